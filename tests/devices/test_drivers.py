"""The driver material in drivers/ is well formed and agrees with the code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from drivers.virtual import nfc_tag_emulator, vpcd_card
from drivers.virtual.pcscd_private import reap_orphans

DRIVERS = Path(__file__).resolve().parents[2] / "drivers"


def test_udev_rules_name_the_readers_the_docs_promise() -> None:
    text = (DRIVERS / "linux" / "udev" / "60-mileo-desk-readers.rules").read_text()
    rules = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line in rules:
        for vid in re.findall(r'idVendor\}=="([^"]*)"', line) + re.findall(r'idProduct\}=="([^"]*)"', line):
            assert re.fullmatch(r"[0-9a-f]{4}", vid), line
        assert line.count('"') % 2 == 0, line
    ids = set(re.findall(r'idVendor\}=="([0-9a-f]{4})", ATTRS\{idProduct\}=="([0-9a-f]{4})"', text))
    assert {("072f", "2200"), ("054c", "06c1"), ("054c", "06c3"), ("04e6", "5591")} <= ids
    assert 'LABEL="mileo_desk_readers_end"' in text


def test_blacklist_covers_the_kernel_nfc_drivers() -> None:
    text = (DRIVERS / "linux" / "modprobe.d" / "blacklist-mileo-desk-nfc.conf").read_text()
    modules = {line.split()[1] for line in text.splitlines() if line.startswith("blacklist ")}
    assert modules == {"pn533_usb", "pn533", "port100"}


def test_vpcd_stanza_points_at_the_port_the_virtual_card_uses() -> None:
    text = (DRIVERS / "linux" / "pcscd" / "reader.conf.d" / "vpcd").read_text()
    fields = dict(line.split(None, 1) for line in text.splitlines() if line and not line.startswith("#"))
    assert int(fields["CHANNELID"], 16) == vpcd_card.DEFAULT_PORT == 35963
    assert fields["DEVICENAME"].endswith(fields["CHANNELID"])


def test_virtual_devices_have_a_command_line() -> None:
    root = DRIVERS.parent
    for module in ("drivers.virtual.vpcd_card", "drivers.virtual.nfc_tag_emulator"):
        done = subprocess.run(
            [sys.executable, "-m", module, "--help"], cwd=root, capture_output=True, text=True, timeout=30, check=True
        )
        assert "usage:" in done.stdout
    assert nfc_tag_emulator.text_message("é")[3:4] == b"T"


def test_reaping_orphans_spares_live_owners(tmp_path: Path) -> None:
    live = tmp_path / "mileo-pcscd-live"
    live.mkdir()
    (live / "owner.pid").write_text(str(os.getpid()))
    dead = tmp_path / "mileo-pcscd-dead"
    dead.mkdir()
    (dead / "owner.pid").write_text("999999999")
    assert reap_orphans(tmp_path) == []
    assert live.exists() and not dead.exists()
