"""Keyboard-wedge readers and scanners: a scanner burst against a person typing."""

from __future__ import annotations

import threading

import pytest

from mileo_desk.devices.manager import DeviceManager
from mileo_desk.devices.protocols import DeviceEvent, DeviceFamily, ReadEvent, ReadKind
from mileo_desk.devices.wedge import WedgeClassifier, WedgeConfig, interpret


def typed(
    classifier: WedgeClassifier, text: str, *, gap: float, start: float = 100.0, enter: bool = True
) -> list[ReadEvent]:
    """Feed *text* (and Enter) with *gap* seconds between keys; the events produced."""
    out: list[ReadEvent] = []
    t = start
    for char in text + ("\r" if enter else ""):
        event = classifier.feed(char, t)
        if event is not None:
            out.append(event)
        t += gap
    return out


def test_scanner_burst_with_enter_is_a_read() -> None:
    [event] = typed(WedgeClassifier(), "04A1B2C3D4E5F6", gap=0.008)
    assert event.kind is ReadKind.WEDGE_UID and event.uid == "04A1B2C3D4E5F6"
    assert event.family is DeviceFamily.WEDGE and event.reader == "Lecteur clavier"


def test_person_typing_the_same_text_is_not_a_read() -> None:
    assert typed(WedgeClassifier(), "04A1B2C3D4E5F6", gap=0.180) == []
    # a fast typist's bursts of two or three keys are not scanners either
    classifier = WedgeClassifier()
    events = []
    t = 0.0
    for chunk in ("04A", "1B2", "C3D", "4E5", "F6"):
        for char in chunk:
            events.append(classifier.feed(char, t))
            t += 0.030
        t += 0.200
    events.append(classifier.feed("\r", t))
    assert [e for e in events if e is not None] == []


def test_person_typing_then_a_scan_in_the_same_field() -> None:
    classifier = WedgeClassifier()
    assert typed(classifier, "note: ", gap=0.150, enter=False) == []
    [event] = typed(classifier, "MILEO:ECL-K-0042", gap=0.005, start=200.0)
    assert event.kind is ReadKind.BARCODE and event.registry_id == "ECL-K-0042"
    assert event.uid is None and event.text == "MILEO:ECL-K-0042"


@pytest.mark.parametrize(
    ("text", "kind", "uid", "registry_id"),
    [
        ("04:a1:b2:c3:d4:e5:f6", ReadKind.WEDGE_UID, "04A1B2C3D4E5F6", None),
        ("0a-0b-0c-0d", ReadKind.WEDGE_UID, "0A0B0C0D", None),
        ("E0 04 01 50 12 34 56 78", ReadKind.WEDGE_UID, "E004015012345678", None),
        ("mileo:bdn-opera-01", ReadKind.BARCODE, None, "BDN-OPERA-01"),
        ("BDN-OPERA-01", ReadKind.BARCODE, None, "BDN-OPERA-01"),
        ("MILEO:pas un id!", ReadKind.BARCODE, None, None),
        ("https://example.org/x?y=1", ReadKind.BARCODE, None, None),
        ("04A1B2C3D4", ReadKind.BARCODE, None, "04A1B2C3D4"),  # 5 bytes: no UID length
    ],
)
def test_interpretation(text: str, kind: ReadKind, uid: str | None, registry_id: str | None) -> None:
    meaning = interpret(text)
    assert (meaning.kind, meaning.uid, meaning.registry_id) == (kind, uid, registry_id)


def test_decimal_uids() -> None:
    assert interpret("0012345678", "be").uid == "00BC614E"
    assert interpret("0012345678", "le").uid == "4E61BC00"
    assert interpret("0012345678").uid is None  # off by default: a code
    assert interpret("9999999999", "be").uid is None  # more than 32 bits


def test_prefix_suffix_and_minimum_length() -> None:
    classifier = WedgeClassifier(WedgeConfig(prefix="%", suffix="?", min_length=6))
    [event] = typed(classifier, "%04A1B2C3?", gap=0.004)
    assert event.uid == "04A1B2C3"
    assert typed(classifier, "04A1B2C3", gap=0.004, start=300) == []  # prefix missing
    assert typed(classifier, "%ABC?", gap=0.004, start=400) == []  # too short


def test_scanner_without_terminator_needs_a_flush() -> None:
    classifier = WedgeClassifier(WedgeConfig(require_terminator=False))
    assert typed(classifier, "0A0B0C0D", gap=0.005, enter=False) == []
    assert classifier.pending == "0A0B0C0D"
    assert classifier.flush(100.0 + 8 * 0.005) is None  # too early: the burst may go on
    event = classifier.flush(101.0)
    assert event is not None and event.uid == "0A0B0C0D"
    assert classifier.pending == ""
    # with the default (terminator required), the same burst is dropped
    strict = WedgeClassifier()
    typed(strict, "0A0B0C0D", gap=0.005, enter=False)
    assert strict.flush(101.0) is None


def test_control_key_inside_a_burst_is_not_a_scan() -> None:
    assert typed(WedgeClassifier(), "04A1\bB2C3", gap=0.005) == []


def test_manager_delivers_wedge_reads_on_the_feeding_thread() -> None:
    manager = DeviceManager()
    got: list[tuple[str, DeviceEvent]] = []
    manager.subscribe(lambda e: got.append((threading.current_thread().name, e)))
    t = 50.0
    result = None
    for char in "CAFEBABE\r":
        result = manager.feed_keystroke(char, t) or result
        t += 0.006
    assert result is not None and result.uid == "CAFEBABE"
    assert got == [(threading.current_thread().name, result)]


def test_tab_ends_a_burst_like_enter() -> None:
    """Issue 16: scanners set up with a Tab suffix (to move to the next field) end a burst too."""
    classifier = WedgeClassifier()
    events = [classifier.feed(c, 100.0 + i * 0.003) for i, c in enumerate("BLF-00003\t")]
    assert [e.registry_id for e in events if e is not None] == ["BLF-00003"]
