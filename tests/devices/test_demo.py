"""Demo mode: the virtual devices as child processes, read through the real backends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.virtual.nfc_tag_emulator import text_message
from drivers.virtual.pcscd_private import PrivatePcscd
from mileo_desk.devices.manager import DeviceManager
from mileo_desk.devices.nfc import NfcBackend
from mileo_desk.devices.pcsc import PcscBackend
from mileo_desk.devices.protocols import CardPresence, DeviceFamily, ReaderStatus, ReadEvent
from mileo_desk.devices.simulated import DemoDevices, DemoUnavailable, find_drivers_root

from .conftest import Recorder, wait_readers_empty

pytestmark = [pytest.mark.pcsc, pytest.mark.nfc, pytest.mark.timeout(60)]


@pytest.fixture
def demo(pcsc: PrivatePcscd, nfcpy: None) -> Iterator[DemoDevices]:
    devices = DemoDevices(
        card_uid="04DE4D0C0FFEE0", card_preset="desfire", vpcd_port=pcsc.ports[0], nfc_ndef=text_message("Démo Mileo")
    )
    devices.start()
    yield devices
    devices.stop()
    wait_readers_empty(pcsc)


def test_demo_devices_drive_the_real_backends(demo: DemoDevices, pcsc: PrivatePcscd, events: Recorder) -> None:
    assert find_drivers_root() is not None
    manager = DeviceManager([PcscBackend(), NfcBackend(demo.nfc_path, targets=("106A",))])
    manager.subscribe(events)
    with manager:
        events.wait_for(ReaderStatus, lambda s: s.reader == pcsc.readers[0])
        demo.insert_card()
        card = events.wait_for(ReadEvent, lambda e: e.family is DeviceFamily.PCSC)
        assert card.uid == "04DE4D0C0FFEE0" and card.technology == "MIFARE DESFire"
        demo.remove_card()
        events.wait_for(CardPresence, lambda e: e.family is DeviceFamily.PCSC and not e.present)
        demo.present_tag()
        tag = events.wait_for(ReadEvent, lambda e: e.family is DeviceFamily.NFC)
        assert [r.text for r in tag.ndef_records] == ["Démo Mileo"]
        assert demo.tag_ndef() == text_message("Démo Mileo")
        demo.remove_tag()
        events.wait_for(CardPresence, lambda e: e.family is DeviceFamily.NFC and not e.present)


def test_demo_without_drivers_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DemoUnavailable) as info:
        DemoDevices(root=tmp_path).start()
    assert "drivers/virtual" in str(info.value)
    with pytest.raises(DemoUnavailable):
        DemoDevices().tap_card()  # not started
