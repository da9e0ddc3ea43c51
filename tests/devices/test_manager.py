"""The device manager: subscriptions, supervision, resolution, discovery."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from drivers.virtual.pcscd_private import PrivatePcscd
from drivers.virtual.vpcd_card import VirtualCard
from mileo_desk.devices import messages as msg
from mileo_desk.devices.keytag import KeyTagError
from mileo_desk.devices.manager import DeviceManager
from mileo_desk.devices.nfc import NfcBackend
from mileo_desk.devices.pcsc import PcscBackend
from mileo_desk.devices.protocols import (
    BackendStatus,
    CardPresence,
    DeviceEvent,
    DeviceFamily,
    DeviceState,
    ReaderStatus,
    ReadEvent,
    ReadResolution,
)
from mileo_desk.devices.simulated import SimulatedReader

from .conftest import Recorder

pytestmark = pytest.mark.timeout(60)


@dataclass(frozen=True)
class Found:
    """What the services' resolver returns, reduced to the protocol."""

    kind: str
    uid: str
    label: str | None = None


def test_subscribe_unsubscribe_and_a_failing_subscriber(events: Recorder) -> None:
    sim = SimulatedReader()
    manager = DeviceManager([sim])
    calls: list[DeviceEvent] = []

    def broken(event: DeviceEvent) -> None:
        calls.append(event)
        raise RuntimeError("a bug in a view")

    manager.subscribe(broken)
    unsubscribe = manager.subscribe(events)
    with manager:
        sim.tap("0A0B0C0D", hold=0.05)
        events.wait_for(CardPresence, lambda e: not e.present)
        assert len(calls) == len(events.events)  # the broken subscriber got everything, too
        assert sim.is_alive()  # and did not kill the I/O thread
        unsubscribe()
        count = len(events.events)
        sim.tap("0A0B0C0D", hold=0.05)
        sim.wait_idle()
        time.sleep(0.15)
        assert len(events.events) == count
        manager.unsubscribe(events)  # twice: no error


def test_supervisor_restarts_a_crashed_backend(events: Recorder) -> None:
    sim = SimulatedReader()
    manager = DeviceManager([sim], supervise_interval=0.05)
    manager.subscribe(events)
    with manager:
        events.wait_for(BackendStatus, lambda s: s.state is DeviceState.PRESENT)
        sim.crash()
        crashed = events.wait_for(BackendStatus, lambda s: s.state is DeviceState.ERROR)
        assert crashed.reason_fr == msg.INTERNAL_ERROR.format(family="simulés")
        events.wait_count(BackendStatus, 2, lambda s: s.state is DeviceState.PRESENT)
        assert manager.restart_count == 1 and sim.is_alive()
        events.clear()
        sim.tap("04A1B2C3D4E5F6", hold=0.05)
        assert events.wait_for(ReadEvent).uid == "04A1B2C3D4E5F6"
    assert not sim.is_alive()


def test_supervisor_backs_off_and_leaves_stopped_or_refused_backends() -> None:
    sim = SimulatedReader()
    manager = DeviceManager([sim], supervise_interval=0.02)
    with manager:
        for _ in range(3):
            sim.crash()
            deadline = time.monotonic() + 3
            while sim.is_alive() and time.monotonic() < deadline:
                time.sleep(0.005)
            deadline = time.monotonic() + 3
            while not sim.is_alive() and time.monotonic() < deadline:
                time.sleep(0.005)
        assert manager.restart_count == 3
        sim.stop()
        time.sleep(0.1)
        assert not sim.is_alive() and manager.restart_count == 3  # stopped on purpose: left alone


def test_resolver_is_called_by_resolve_and_failures_give_none(events: Recorder) -> None:
    sim = SimulatedReader()
    seen: list[str | None] = []

    def resolver(event: ReadEvent) -> ReadResolution | None:
        seen.append(event.lookup_key)
        if event.uid == "BADBADBA":
            raise LookupError("database locked")
        return Found("person", event.uid or "", "Thomas Éclair") if event.uid == "04A1B2C3D4E5F6" else None

    manager = DeviceManager([sim], resolver=resolver)
    manager.subscribe(events)
    with manager:
        sim.tap("04A1B2C3D4E5F6", hold=0.05)
        found = manager.resolve(events.wait_for(ReadEvent))
        assert isinstance(found, ReadResolution) and found.kind == "person"
        events.wait_for(CardPresence, lambda e: not e.present)
        sim.tap("BADBADBA", reader="Lecteur simulé")
        events.wait_count(ReadEvent, 2)
        assert manager.resolve(events.of(ReadEvent)[1]) is None
    assert seen == ["04A1B2C3D4E5F6", "BADBADBA"]
    assert DeviceManager().resolve(events.of(ReadEvent)[0]) is None  # no resolver: nothing


def test_readers_statuses_and_key_tag_without_nfc(events: Recorder) -> None:
    sim = SimulatedReader(readers=("A", "B"))
    manager = DeviceManager([sim])
    manager.subscribe(events)
    with manager:
        events.wait_count(ReaderStatus, 2)
        assert [(r.reader, r.state) for r in manager.readers()] == [
            ("A", DeviceState.PRESENT),
            ("B", DeviceState.PRESENT),
        ]
        sim.unplug("B")
        events.wait_for(ReaderStatus, lambda s: s.reader == "B" and s.state is DeviceState.ABSENT)
        assert manager.readers()[1].reason_fr == msg.READER_UNPLUGGED
        assert [s.family for s in manager.statuses()] == [DeviceFamily.SIMULATED]
        with pytest.raises(KeyTagError) as info:
            manager.write_key_tag("ECL-K-0001").result(1)
        assert info.value.reason_fr == msg.NO_NFC_BACKEND


def test_simulated_service_down_and_failed_reads(events: Recorder) -> None:
    sim = SimulatedReader()
    with DeviceManager([sim]) as manager:
        manager.subscribe(events)
        sim.fail_next_read()
        sim.tap("0A0B0C0D", hold=0.05)
        events.wait_for(CardPresence, lambda e: not e.present)
        assert events.of(ReadEvent) == []
        sim.service_down()
        events.wait_for(BackendStatus, lambda s: s.state is DeviceState.UNUSABLE)
        sim.tap("0A0B0C0D")  # no reader while the service is down: nothing happens
        sim.service_up()
        events.wait_for(BackendStatus, lambda s: s.state is DeviceState.PRESENT)
        sim.wait_idle()
        assert events.of(ReadEvent) == []


def test_discover_builds_the_standard_families() -> None:
    manager = DeviceManager.discover(nfc_paths=("usb", "udp:127.0.0.1:54321"))
    kinds = [type(b) for b in manager.backends]
    assert kinds == [PcscBackend, NfcBackend, NfcBackend]
    assert [b.name for b in manager.backends] == ["pcsc", "nfc:usb", "nfc:udp:127.0.0.1:54321"]
    assert DeviceManager.discover(pcsc=False, nfc_paths=()).backends == ()


@pytest.mark.pcsc
def test_a_real_tap_through_the_manager_with_several_subscribers(
    pcsc: PrivatePcscd, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    manager = DeviceManager([PcscBackend()], resolver=lambda e: Found("item", e.uid or "", "Badge salle serveurs"))
    other: list[str] = []
    manager.subscribe(events)
    manager.subscribe(lambda e: other.append(threading.current_thread().name))
    with manager:
        events.wait_for(ReaderStatus, lambda s: s.reader == pcsc.readers[0])
        cards("desfire", uid="04A2B3C4D5E680").insert()
        read = events.wait_for(ReadEvent)
        resolution = manager.resolve(read)
        assert resolution is not None and resolution.kind == "item" and resolution.uid == "04A2B3C4D5E680"
    assert set(other) == {"mileo-pcsc-pcsc"}
