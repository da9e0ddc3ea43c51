"""NFC through the app's backend and nfcpy's ``udp`` transport, with emulated Type 2/3/4 tags.

Each tag is a child process (``drivers/virtual/nfc_tag_emulator.py``) answering nfcpy's
UDP frames; the backend reads it through nfcpy exactly as it reads a USB reader.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout

import ndef
import pytest

from drivers.virtual.nfc_tag_emulator import text_message
from mileo_desk.devices import keytag
from mileo_desk.devices import messages as msg
from mileo_desk.devices.keytag import KeyTagError, StaticKeyProvider
from mileo_desk.devices.nfc import NfcBackend
from mileo_desk.devices.protocols import (
    BackendStatus,
    CardPresence,
    DeviceFamily,
    DeviceState,
    KeyTagState,
    ReaderStatus,
    ReadEvent,
    ReadFailed,
    ReadKind,
)

from .conftest import TARGETS, Recorder, TagProcess

pytestmark = [pytest.mark.nfc, pytest.mark.timeout(60)]

UIDS = {"2": "04A1B2C3D4E5F6", "3": "03FE0102A1B2C3D4", "4": "04C1D2E3F40506"}
OTHER_UIDS = {"2": "04FFEEDDCCBBAA", "3": "03FE0102FFEEDDCC", "4": "04AABBCCDDEEFF"}
TECHNOLOGIES = {
    "2": "NFC Forum Type 2 (NXP NTAG213)",
    "3": "NFC Forum Type 3 (FeliCa)",
    "4": "NFC Forum Type 4",
}


@pytest.fixture
def reader(events: Recorder, keys: StaticKeyProvider) -> Iterator[Callable[[TagProcess], NfcBackend]]:
    """``reader(tag)``: an NfcBackend started on the tag emulator's udp path."""
    started: list[NfcBackend] = []

    def make(tag: TagProcess) -> NfcBackend:
        backend = NfcBackend(tag.path, targets=TARGETS[tag.kind], keys=keys)
        backend.start(events)
        started.append(backend)
        return backend

    yield make
    for backend in started:
        backend.stop()


@pytest.mark.parametrize("kind", ["2", "3", "4"])
def test_uid_and_ndef_of_each_tag_type(
    tags: Callable[..., TagProcess], reader: Callable[[TagProcess], NfcBackend], events: Recorder, kind: str
) -> None:
    message = text_message("Clé portail — bâtiment B")
    tag = tags(kind, uid=UIDS[kind], ndef=message)
    reader(tag)
    read = events.wait_for(ReadEvent)
    assert read.kind is ReadKind.NFC_TAG and read.family is DeviceFamily.NFC
    assert read.uid == UIDS[kind]
    assert read.technology == TECHNOLOGIES[kind]
    assert [(r.type, r.text) for r in read.ndef_records] == [("urn:nfc:wkt:T", "Clé portail — bâtiment B")]
    assert read.key_tag is not None and read.key_tag.state is KeyTagState.NOT_KEY_TAG
    assert read.registry_id is None
    # the tag stays: no second read; taking it away is reported
    assert events.quiet(0.3) == []
    tag.remove()
    events.wait_for(CardPresence, lambda e: not e.present, timeout=3)
    assert len(events.of(ReadEvent)) == 1


def test_several_records_and_an_empty_tag(
    tags: Callable[..., TagProcess], reader: Callable[[TagProcess], NfcBackend], events: Recorder
) -> None:
    records = [ndef.UriRecord("https://mileo.example/k/42"), ndef.TextRecord("deux", "fr")]
    tag = tags("4", ndef=b"".join(ndef.message_encoder(records)))
    reader(tag)
    read = events.wait_for(ReadEvent)
    assert [(r.type, r.text) for r in read.ndef_records] == [
        ("urn:nfc:wkt:U", "https://mileo.example/k/42"),
        ("urn:nfc:wkt:T", "deux"),
    ]
    tag.remove()
    events.wait_for(CardPresence, lambda e: not e.present, timeout=3)
    events.clear()
    tag.set_ndef(b"")
    tag.present()
    empty = events.wait_for(ReadEvent)
    assert empty.uid == "04C1D2E3F40506" and empty.ndef_records == ()


def test_tag_taken_away_during_the_read_never_gives_a_read(
    tags: Callable[..., TagProcess], reader: Callable[[TagProcess], NfcBackend], events: Recorder
) -> None:
    tag = tags("4", ndef=text_message("x" * 200), present=False)
    reader(tag)
    events.wait_for(ReaderStatus, lambda s: s.state is DeviceState.PRESENT)
    tag.remove_after(8)  # selection and a few APDUs, then out of the field
    tag.present()
    tag.remove_after(8)
    failed = events.wait_for(ReadFailed, timeout=8)
    assert failed.reason_fr == msg.TAG_REMOVED_DURING_READ
    assert events.of(ReadEvent) == []
    events.wait_for(CardPresence, lambda e: not e.present, timeout=5)


@pytest.mark.parametrize("kind", ["2", "3", "4"])
def test_write_a_key_tag_then_read_it_back(
    tags: Callable[..., TagProcess],
    reader: Callable[[TagProcess], NfcBackend],
    events: Recorder,
    kind: str,
    keys: StaticKeyProvider,
) -> None:
    tag = tags(kind, uid=UIDS[kind], ndef=text_message("vierge"))
    backend = reader(tag)
    events.wait_for(ReadEvent)
    result = backend.write_key_tag("ecl-k-0042", timeout=10).result(10)
    assert result.uid == UIDS[kind] and result.registry_id == "ECL-K-0042"
    # what the tag holds now is a sealed key tag plus the readable text
    records = keytag.decode_message(tag.ndef())
    assert [r.type for r in records] == [keytag.RECORD_TYPE, "urn:nfc:wkt:T"]
    assert records[1].text == "MILEO:ECL-K-0042"
    tag.remove()
    events.wait_for(CardPresence, lambda e: not e.present, timeout=3)
    events.clear()
    tag.present()
    read = events.wait_for(ReadEvent)
    assert read.key_tag is not None and read.key_tag.state is KeyTagState.VALID
    assert read.registry_id == "ECL-K-0042" and read.lookup_key == "ECL-K-0042"
    assert not read.key_tag.is_suspicious


def test_copied_tag_is_flagged(
    tags: Callable[..., TagProcess],
    reader: Callable[[TagProcess], NfcBackend],
    events: Recorder,
    keys: StaticKeyProvider,
    key: bytes,
) -> None:
    genuine = keytag.build_message("ECL-K-0042", bytes.fromhex(UIDS["2"]), key)
    clone = tags("2", uid=OTHER_UIDS["2"], ndef=genuine)  # same bytes on another chip
    reader(clone)
    read = events.wait_for(ReadEvent)
    assert read.uid == OTHER_UIDS["2"]
    assert read.key_tag is not None and read.key_tag.state is KeyTagState.COPIED
    assert read.key_tag.is_suspicious and read.key_tag.reason_fr == msg.KEYTAG_COPIED
    assert read.key_tag.registry_id == "ECL-K-0042"  # claimed…
    assert read.registry_id is None  # …but not proven


def test_forged_tags_are_flagged(
    tags: Callable[..., TagProcess],
    reader: Callable[[TagProcess], NfcBackend],
    events: Recorder,
    key: bytes,
) -> None:
    uid = bytes.fromhex(UIDS["3"])
    payload = bytearray(keytag.build_payload("ECL-K-0042", uid, key))
    payload[-1] ^= 0x01  # one bit of the MAC
    bad_mac = b"".join(ndef.message_encoder([ndef.Record(keytag.RECORD_TYPE, "", bytes(payload))]))
    tag = tags("3", uid=UIDS["3"], ndef=bad_mac)
    reader(tag)
    read = events.wait_for(ReadEvent)
    assert read.key_tag is not None and read.key_tag.state is KeyTagState.FORGED
    assert read.key_tag.reason_fr == msg.KEYTAG_FORGED and read.registry_id is None
    # another registry id under the genuine MAC
    tag.remove()
    events.wait_for(CardPresence, lambda e: not e.present, timeout=3)
    events.clear()
    genuine = keytag.build_payload("ECL-K-0042", uid, key)
    tampered = genuine.replace(b"ECL-K-0042", b"ECL-K-0043")
    tag.set_ndef(b"".join(ndef.message_encoder([ndef.Record(keytag.RECORD_TYPE, "", tampered)])))
    tag.present()
    read = events.wait_for(ReadEvent)
    assert read.key_tag is not None and read.key_tag.state is KeyTagState.FORGED


def test_key_tag_of_another_installation_or_without_key(tags: Callable[..., TagProcess], events: Recorder) -> None:
    other_key = b"\x42" * 32
    tag = tags("2", uid=UIDS["2"], ndef=keytag.build_message("ECL-K-0042", bytes.fromhex(UIDS["2"]), other_key))
    for keys, reason in (
        (StaticKeyProvider(b"\x01" * 32), msg.KEYTAG_OTHER_INSTALLATION),
        (StaticKeyProvider(None), msg.KEYTAG_NO_KEY),
    ):
        backend = NfcBackend(tag.path, targets=TARGETS["2"], keys=keys)
        backend.start(events)
        try:
            read = events.wait_for(ReadEvent)
            assert read.key_tag is not None and read.key_tag.state is KeyTagState.UNVERIFIABLE
            assert read.key_tag.reason_fr == reason and read.registry_id is None
        finally:
            backend.stop()
        events.clear()


def test_write_errors_are_clear(
    tags: Callable[..., TagProcess], reader: Callable[[TagProcess], NfcBackend], events: Recorder
) -> None:
    tag = tags("2", present=False)
    backend = reader(tag)
    events.wait_for(BackendStatus, lambda s: s.state is DeviceState.PRESENT)
    with pytest.raises(KeyTagError) as bad:
        backend.write_key_tag("no").result(1)
    assert bad.value.reason_fr == msg.REGISTRY_ID_INVALID
    with pytest.raises((TimeoutError, FutureTimeout)):
        backend.write_key_tag("ECL-K-0001", timeout=0.3).result(3)
    # a write waits for the next tag presented
    future = backend.write_key_tag("ECL-K-0001", timeout=10)
    tag.present()
    assert future.result(10).registry_id == "ECL-K-0001"


def test_no_nfc_device_is_a_status_and_retried(events: Recorder, nfcpy: None) -> None:
    backend = NfcBackend("usb:ffff:ffff", reopen_s=0.1)
    backend.start(events)
    try:
        status = events.wait_for(BackendStatus)
        assert status.state is DeviceState.UNUSABLE and "Aucun lecteur NFC" in (status.reason_fr or "")
        reader_status = events.wait_for(ReaderStatus)
        assert reader_status.state is DeviceState.ABSENT
        assert backend.is_alive()  # keeps looking for a device
    finally:
        backend.stop()
    assert not backend.is_alive()


def test_no_nfc_device_is_logged_once_not_at_every_retry(
    events: Recorder, nfcpy: None, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 10 item 15: « no NFC device on usb » was logged at every retry (every 2 s)."""
    import nfc

    opened: list[str] = []
    real = nfc.ContactlessFrontend

    def counting(path: str) -> object:  # a spy: nfcpy still does the opening
        opened.append(path)
        return real(path)

    monkeypatch.setattr(nfc, "ContactlessFrontend", counting)
    caplog.set_level(logging.DEBUG, logger="mileo_desk")
    backend = NfcBackend("usb:ffff:ffff", reopen_s=0.05)
    backend.start(events)
    try:
        events.wait_for(BackendStatus, lambda s: s.state is DeviceState.UNUSABLE)
        deadline = time.monotonic() + 5
        while len(opened) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        backend.stop()
    assert len(opened) >= 5, opened  # it kept retrying…
    absent = [r for r in caplog.records if "no NFC device" in r.getMessage()]
    assert len(absent) == 1, [r.getMessage() for r in absent]  # …and said so once
    assert len(events.of(BackendStatus)) <= 2  # UNUSABLE once, then the stop
