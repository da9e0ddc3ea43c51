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


DEMO_WITHOUT_PCSCD = """
import os, queue, sys
from mileo_desk.devices.manager import DeviceManager
from mileo_desk.devices.pcsc import PcscBackend
from mileo_desk.devices.protocols import DeviceState, ReaderStatus, ReadEvent
from mileo_desk.devices.simulated import DemoDevices

assert not os.path.exists("/run/pcscd/pcscd.pid"), "a pcscd runs in this namespace"
demo = DemoDevices(pcscd=True, card_uid="04DE4D0C0FFEE0", card_preset="desfire").start()
assert demo.pcscd is not None, "no private pcscd was started"
daemon = demo.pcscd.proc.pid
reader = demo.pcscd.readers[0]
seen = queue.Queue()
manager = DeviceManager([PcscBackend()])
manager.subscribe(seen.put)
with manager:
    while True:
        e = seen.get(timeout=10)
        if isinstance(e, ReaderStatus) and e.reader == reader and e.state is DeviceState.PRESENT:
            break
    demo.tap_card(0.6)
    while True:
        e = seen.get(timeout=10)
        if isinstance(e, ReadEvent):
            break
demo.stop()
alive = os.path.exists(f"/proc/{daemon}") and open(f"/proc/{daemon}/stat").read().split(")")[1].split()[0] != "Z"
print("read", e.uid, "daemon-alive", alive)
"""


@pytest.mark.pcsc
def test_demo_starts_a_private_pcscd_when_none_runs_and_stops_it(pcsc: PrivatePcscd) -> None:
    """Issue 10 item 14: pcscd installed but not running (a fresh machine without systemd).

    The demo runs in a private mount namespace where ``/run/pcscd`` is empty (the session's
    pcscd is invisible there): the demo devices start their own pcscd with the virtual reader,
    the tapped card is read, and the daemon is gone once the demo devices stop.
    """
    import os
    import shutil
    import subprocess
    import sys

    from .conftest import REPO, unavailable

    if shutil.which("unshare") is None:
        unavailable("unshare (util-linux) is needed to hide the session's pcscd")
    unshare = ["unshare", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        unshare = ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"]
    script = "mount -t tmpfs tmpfs /run && mkdir -p /run/pcscd && exec \"$0\" -c \"$1\""
    env = {k: v for k, v in os.environ.items() if k != "PCSCLITE_CSOCK_NAME"}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [*unshare, "sh", "-c", script, sys.executable, DEMO_WITHOUT_PCSCD],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["read", "04DE4D0C0FFEE0", "daemon-alive", "False"], done.stdout
