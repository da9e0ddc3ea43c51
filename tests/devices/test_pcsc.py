"""PC/SC through the app's backend, against a real pcscd with vsmartcard's vpcd readers.

The private pcscd of the session serves "Virtual PCD 00 00" (port 35963) and
"Virtual PCD 00 01" (35964); virtual cards connect to those ports. Nothing is mocked:
pyscard → libpcsclite → pcscd → vpcd → the virtual card.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from drivers.virtual.pcscd_private import PrivatePcscd
from drivers.virtual.vpcd_card import PRESETS, VirtualCard
from mileo_desk.devices import messages as msg
from mileo_desk.devices.atr import parse_atr
from mileo_desk.devices.base import LibraryGate, WrongThreadError
from mileo_desk.devices.pcsc import PcscBackend, ServiceLost
from mileo_desk.devices.protocols import (
    BackendStatus,
    CardPresence,
    DeviceFamily,
    DeviceState,
    ReaderStatus,
    ReadEvent,
    ReadFailed,
    ReadKind,
)

from .conftest import Recorder

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(60)]


@pytest.fixture
def backend(pcsc: PrivatePcscd, events: Recorder) -> Iterator[PcscBackend]:
    b = PcscBackend()
    b.start(events)
    events.wait_for(ReaderStatus, lambda s: s.reader == pcsc.readers[1] and s.state is DeviceState.PRESENT)
    yield b
    b.stop()


CARD_KINDS = [
    ("mifare-1k", "A1B2C3D4", "MIFARE Classic 1K"),
    ("mifare-4k", "B1C2D3E4", "MIFARE Classic 4K"),
    ("ultralight", "04112233445566", "MIFARE Ultralight"),
    ("desfire", "04A2B3C4D5E680", "MIFARE DESFire"),
    ("iclass", "E012345678ABCDEF", "HID iCLASS (PicoPass 16KS)"),
    ("felica", "012E4CD2A1B2C3D4", "FeliCa"),
    ("iso14443-4", "08A1B2C3", "NXP JCOP (Java Card)"),
]


@pytest.mark.parametrize(("preset", "uid", "technology"), CARD_KINDS)
def test_uid_atr_and_technology_of_each_card_kind(
    *,
    backend: PcscBackend,
    cards: Callable[..., VirtualCard],
    events: Recorder,
    preset: str,
    uid: str,
    technology: str,
) -> None:
    card = cards(preset)
    card.insert()
    read = events.wait_for(ReadEvent)
    assert read.kind is ReadKind.CARD_UID and read.family is DeviceFamily.PCSC
    assert read.uid == uid
    assert read.atr == PRESETS[preset].atr.hex().upper()
    assert read.technology == technology
    assert parse_atr(bytes.fromhex(read.atr)).contactless
    # one GET DATA, Le = 00 (full length)
    assert card.apdus == ["FFCA000000"]


def test_insertion_and_removal_events(
    backend: PcscBackend, pcsc: PrivatePcscd, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    card = cards("mifare-1k", uid="0A0B0C0D")
    for _ in range(2):
        events.clear()
        inserted_at = time.monotonic()
        card.insert()
        presence = events.wait_for(CardPresence, lambda e: e.present)
        read = events.wait_for(ReadEvent)
        assert presence.reader == read.reader == pcsc.readers[0]
        assert presence.atr == read.atr
        # pcscd polls vpcd every 400 ms: the insertion shows up within that (plus margin)
        assert presence.mono - inserted_at < 1.0
        assert backend.card_present(pcsc.readers[0])
        card.remove()
        gone = events.wait_for(CardPresence, lambda e: not e.present)
        assert gone.reader == pcsc.readers[0]
        assert not backend.card_present(pcsc.readers[0])
        assert [type(e).__name__ for e in events.events if not isinstance(e, ReaderStatus | BackendStatus)] == [
            "CardPresence",
            "ReadEvent",
            "CardPresence",
        ]


def test_two_readers_at_once(
    backend: PcscBackend, pcsc: PrivatePcscd, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    first = cards("mifare-1k", port=pcsc.ports[0], uid="11223344")
    second = cards("desfire", port=pcsc.ports[1], uid="04556677889900")
    first.insert()
    second.insert()
    reads = events.wait_count(ReadEvent, 2)
    assert {(r.reader, r.uid) for r in reads} == {
        (pcsc.readers[0], "11223344"),
        (pcsc.readers[1], "04556677889900"),
    }
    # each reader is read on demand too, from another thread
    assert backend.read_now(pcsc.readers[0]).uid == "11223344"
    assert backend.read_now(pcsc.readers[1]).uid == "04556677889900"
    first.remove()
    removed = events.wait_for(CardPresence, lambda e: not e.present)
    assert removed.reader == pcsc.readers[0]
    assert backend.card_present(pcsc.readers[1])


def test_wrong_le_is_retried_with_the_length_the_card_gives(
    backend: PcscBackend, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    card = cards("ultralight", mode="strict-le")
    card.insert()
    read = events.wait_for(ReadEvent)
    assert read.uid == "04112233445566"
    assert card.apdus == ["FFCA000000", "FFCA000007"]  # 6C 07, then Le = 07


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("unsupported", msg.UID_UNSUPPORTED),  # 6A 81
        ("fail", msg.UID_READ_FAILED),  # 63 00
        ("short", msg.UID_SHORT_RESPONSE),  # 90 00 without a UID
    ],
)
def test_status_words_without_uid_give_a_failed_read(
    backend: PcscBackend, cards: Callable[..., VirtualCard], events: Recorder, mode: str, reason: str
) -> None:
    cards("mifare-1k", mode=mode).insert()
    failed = events.wait_for(ReadFailed)
    assert failed.reason_fr == reason
    assert events.of(ReadEvent) == []
    assert events.wait_for(CardPresence, lambda e: e.present)


def test_card_vanishing_mid_apdu_never_gives_a_uid(
    backend: PcscBackend, pcsc: PrivatePcscd, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    card = cards("mifare-1k", mode="die", delay=0.05)
    card.insert()
    failed = events.wait_for(ReadFailed)
    assert failed.reason_fr in (msg.CARD_REMOVED_DURING_READ, msg.UID_SHORT_RESPONSE)
    events.wait_for(CardPresence, lambda e: not e.present, timeout=3)
    assert events.of(ReadEvent) == []
    # the backend carries on: the next card is read
    cards("mifare-1k", uid="CAFEBABE").insert()
    assert events.wait_for(ReadEvent).uid == "CAFEBABE"


def test_card_pulled_by_the_person_during_the_read(
    backend: PcscBackend, pcsc: PrivatePcscd, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    card = cards("mifare-1k", delay=0.3)  # a slow card: time to pull it mid-read
    card.insert()
    events.wait_for(CardPresence, lambda e: e.present)
    time.sleep(0.1)
    card.remove()
    failed = events.wait_for(ReadFailed)
    assert failed.reason_fr in (msg.CARD_REMOVED_DURING_READ, msg.UID_SHORT_RESPONSE)
    events.wait_for(CardPresence, lambda e: not e.present)
    assert events.of(ReadEvent) == []


def test_read_now_from_another_thread_and_the_thread_assert(
    backend: PcscBackend, pcsc: PrivatePcscd, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    cards("felica").insert()
    events.wait_for(ReadEvent)
    result = backend.read_now(pcsc.readers[0])
    assert result.uid == "012E4CD2A1B2C3D4" and result.technology == "FeliCa"
    with pytest.raises(WrongThreadError):
        backend._read_card(pcsc.readers[0])
    empty = backend.read_now(pcsc.readers[1])
    assert empty.uid is None and empty.reason_fr == msg.CARD_REMOVED_DURING_READ  # no card there


@pytest.mark.slow
def test_pcscd_killed_and_restarted_monitoring_resumes_within_2_s(
    backend: PcscBackend, pcsc: PrivatePcscd, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    card = cards("mifare-1k", uid="DEADBEEF")
    card.insert()
    events.wait_for(ReadEvent)
    events.clear()
    pcsc.kill()  # SIGKILL: pcscd crashes
    down = events.wait_for(BackendStatus, lambda s: s.state is DeviceState.UNUSABLE)
    assert down.reason_fr == msg.PCSC_SERVICE_DOWN
    events.wait_for(CardPresence, lambda e: not e.present)
    assert {s.state for s in backend.readers()} == {DeviceState.ABSENT}
    card.remove()
    # a read asked while the service is down fails clearly
    with pytest.raises(ServiceLost):
        backend.read_now(pcsc.readers[0])
    time.sleep(0.5)
    back_at = time.monotonic()
    pcsc.start()
    up = events.wait_for(BackendStatus, lambda s: s.state is DeviceState.PRESENT, timeout=5)
    recovered = events.wait_for(ReaderStatus, lambda s: s.reader == pcsc.readers[0] and s.state is DeviceState.PRESENT)
    assert recovered.at >= up.at
    elapsed = time.monotonic() - back_at
    assert elapsed <= 2.0, f"monitoring resumed {elapsed:.2f} s after pcscd came back"
    card.insert()
    assert events.wait_for(ReadEvent).uid == "DEADBEEF"
    assert backend.is_alive()


@pytest.mark.slow
def test_pcscd_stopped_before_the_backend_starts(
    pcsc: PrivatePcscd, events: Recorder, cards: Callable[..., VirtualCard]
) -> None:
    pcsc.terminate()
    backend = PcscBackend()
    backend.start(events)
    try:
        down = events.wait_for(BackendStatus)
        assert down.state is DeviceState.UNUSABLE and "pcscd" in (down.reason_fr or "")
        assert backend.is_alive()
        back_at = time.monotonic()
        pcsc.start()
        events.wait_for(ReaderStatus, lambda s: s.reader == pcsc.readers[0] and s.state is DeviceState.PRESENT)
        assert time.monotonic() - back_at <= 2.0
        cards("mifare-4k").insert()
        assert events.wait_for(ReadEvent).technology == "MIFARE Classic 4K"
    finally:
        backend.stop()


def test_missing_pyscard_is_a_status_not_a_crash(monkeypatch: pytest.MonkeyPatch, events: Recorder) -> None:
    monkeypatch.setitem(sys.modules, "smartcard.scard", None)  # import fails as if not installed
    backend = PcscBackend()
    backend.start(events)
    status = events.wait_for(BackendStatus)
    assert status.state is DeviceState.UNUSABLE
    assert "pyscard" in (status.reason_fr or "") and "n'est pas installé" in (status.reason_fr or "")
    assert not backend.is_alive() and not backend.restartable
    backend.stop()


def test_too_old_library_is_refused_by_the_gate() -> None:
    result = LibraryGate("pyscard", "smartcard.scard", minimum="99.0").check(DeviceFamily.PCSC)
    assert not result.ok and result.version and "trop ancienne" in (result.reason_fr or "")
    assert LibraryGate("pyscard", "smartcard.scard", minimum="2.2", below="3").check(DeviceFamily.PCSC).ok


def test_subscriber_is_called_on_the_pcsc_thread_only(
    backend: PcscBackend, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    cards("mifare-1k").insert()
    events.wait_for(ReadEvent)
    names = set(events.threads)
    assert names == {f"mileo-pcsc-{backend.name}"}
    assert threading.current_thread().name not in names
