"""The contract every reader backend honours — the real ones and the simulated one alike.

Each rig gives a started backend and a way to tap a card on it: the simulated reader
(code), PC/SC (a vpcd virtual card through a private pcscd) and NFC (a Type 2 tag
emulated on nfcpy's udp transport). The same assertions run on all three, so the GUI
tests that use :class:`SimulatedReader` test what the real readers do.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC

import pytest

from mileo_desk.devices.base import BackendBase, WrongThreadError
from mileo_desk.devices.nfc import NfcBackend
from mileo_desk.devices.pcsc import PcscBackend
from mileo_desk.devices.protocols import (
    BackendStatus,
    CardPresence,
    DeviceState,
    ReaderBackend,
    ReaderStatus,
    ReadEvent,
    ReadFailed,
)
from mileo_desk.devices.simulated import SimulatedReader

from .conftest import TARGETS, Recorder

pytestmark = pytest.mark.timeout(60)

UID_RE = re.compile(r"^[0-9A-F]+$")


@dataclass
class Rig:
    backend: BackendBase
    tap: Callable[[], None]  # put a card on, and take it off a moment later
    uid: str
    reader: str


@pytest.fixture(
    params=["simulated", pytest.param("pcsc", marks=pytest.mark.pcsc), pytest.param("nfc", marks=pytest.mark.nfc)]
)
def rig(request: pytest.FixtureRequest, events: Recorder) -> Iterator[Rig]:
    kind = request.param
    if kind == "simulated":
        sim = SimulatedReader()

        def tap_sim() -> None:
            sim.tap("04:a1:b2:c3:d4:e5:f6", hold=0.1)

        sim.start(events)
        yield Rig(sim, tap_sim, "04A1B2C3D4E5F6", "Lecteur simulé")
        sim.stop()
    elif kind == "pcsc":
        pcsc = request.getfixturevalue("pcsc")
        card = request.getfixturevalue("cards")("desfire", uid="04A1B2C3D4E5F6")
        backend = PcscBackend()

        def tap_card() -> None:
            card.insert()
            events.wait_for(ReadEvent)
            card.remove()

        backend.start(events)
        yield Rig(backend, tap_card, "04A1B2C3D4E5F6", pcsc.readers[0])
        backend.stop()
    else:
        tag = request.getfixturevalue("tags")("2", uid="04A1B2C3D4E5F6", present=False)
        nfc = NfcBackend(tag.path, targets=TARGETS["2"])

        def tap_tag() -> None:
            tag.present()
            events.wait_for(ReadEvent)
            tag.remove()

        nfc.start(events)
        yield Rig(nfc, tap_tag, "04A1B2C3D4E5F6", nfc.reader_name)
        nfc.stop()


def test_start_reports_the_family_and_its_readers(rig: Rig, events: Recorder) -> None:
    status = events.wait_for(BackendStatus, lambda s: s.state is DeviceState.PRESENT)
    assert status.family is rig.backend.family
    reader = events.wait_for(ReaderStatus, lambda s: s.reader == rig.reader)
    assert reader.state is DeviceState.PRESENT and reader.reason_fr is None
    assert rig.backend.is_alive()
    assert isinstance(rig.backend, ReaderBackend)
    assert rig.reader in [r.reader for r in rig.backend.readers() if r.state is DeviceState.PRESENT]
    assert rig.backend.status().state is DeviceState.PRESENT


def test_a_tap_gives_presence_read_and_removal_in_order_on_the_io_thread(rig: Rig, events: Recorder) -> None:
    events.wait_for(ReaderStatus, lambda s: s.reader == rig.reader and s.state is DeviceState.PRESENT)
    events.clear()
    rig.tap()
    events.wait_for(CardPresence, lambda e: not e.present, timeout=5)
    taps = [e for e in events.events if isinstance(e, CardPresence | ReadEvent | ReadFailed)]
    assert [type(e).__name__ for e in taps] == ["CardPresence", "ReadEvent", "CardPresence"]
    inserted, read, removed = taps
    assert isinstance(inserted, CardPresence) and inserted.present
    assert isinstance(removed, CardPresence) and not removed.present
    assert isinstance(read, ReadEvent)
    assert read.uid == rig.uid and UID_RE.match(read.uid)
    assert read.reader == rig.reader and read.family is rig.backend.family
    assert read.at.tzinfo is UTC
    assert inserted.at <= read.at <= removed.at
    assert read.technology
    # every event of a family comes from its one I/O thread
    threads = set(events.threads)
    assert len(threads) == 1
    assert threads.pop().startswith(type(rig.backend).thread_name)


def test_events_are_frozen_values(rig: Rig, events: Recorder) -> None:
    rig.tap()
    read = events.wait_for(ReadEvent, timeout=5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        read.uid = "00000000"  # type: ignore[misc]
    assert hash(read) == hash(dataclasses.replace(read))
    assert read == dataclasses.replace(read, mono=0.0)  # the monotonic stamp is not part of equality


def test_io_thread_is_enforced_and_jobs_run_there(rig: Rig) -> None:
    with pytest.raises(WrongThreadError):
        rig.backend.assert_io_thread()
    name = rig.backend.submit(lambda: threading.current_thread().name).result(2)
    assert name.startswith(type(rig.backend).thread_name)
    assert name != threading.current_thread().name


def test_stop_ends_the_thread_and_the_events(rig: Rig, events: Recorder) -> None:
    events.wait_for(BackendStatus, lambda s: s.state is DeviceState.PRESENT)
    started = time.monotonic()
    rig.backend.stop()
    assert time.monotonic() - started < 3.0
    assert not rig.backend.is_alive()
    final = events.of(BackendStatus)[-1]
    assert final.state is DeviceState.ABSENT and final.reason_fr
    assert all(r.state is DeviceState.ABSENT for r in rig.backend.readers())
    count = len(events.events)
    assert events.quiet(0.3) == []
    assert len(events.events) == count
    # a job after stop fails instead of hanging
    with pytest.raises(RuntimeError):
        rig.backend.submit(lambda: None).result(1)
