"""End to end: a virtual card tapped on the vpcd reader behind a real private pcscd (and an
emulated NFC tag on nfcpy's udp transport) reaches the main window through the real backends,
the DeviceManager, the DeviceBridge and the scan hub. Nothing is mocked."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from drivers.virtual.pcscd_private import PcscdUnavailable, PrivatePcscd
from drivers.virtual.vpcd_card import VirtualCard
from mileo_desk.devices import keytag
from mileo_desk.devices.manager import DeviceManager
from mileo_desk.devices.nfc import NfcBackend
from mileo_desk.devices.pcsc import PcscBackend
from mileo_desk.devices.protocols import DeviceState, KeyTagState
from mileo_desk.gui.device_setup import attach
from mileo_desk.gui.devices_bridge import DeviceBridge
from mileo_desk.gui.widgets.reader_status import ReaderStatusWidget
from tests.conftest import BADGE_UID
from tests.devices import conftest as device_fixtures
from tests.gui.conftest import wait_idle

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(90)]

# the device tests' fixtures (virtual cards, tag emulators, the installation key)
pcsc = device_fixtures.pcsc
cards = device_fixtures.cards
nfcpy = device_fixtures.nfcpy
tags = device_fixtures.tags
key = device_fixtures.key
keys = device_fixtures.keys


@pytest.fixture(scope="module")
def pcscd() -> Iterator[PrivatePcscd]:
    """The private pcscd: the one the device tests started in this process, else our own.

    pcsc-lite reads its socket path once per process, so a second private daemon would be
    unreachable: when tests/devices already runs one (a session fixture), reuse it.
    """
    running = [o for o in gc.get_objects() if isinstance(o, PrivatePcscd) and o.running]
    if running:
        yield running[0]
        return
    try:
        import smartcard.scard  # noqa: F401
    except ImportError:
        device_fixtures.unavailable("pyscard is not installed")
    daemon = PrivatePcscd()
    try:
        daemon.start()
    except PcscdUnavailable as exc:
        device_fixtures.unavailable(f"cannot start a private pcscd: {exc}")
    try:
        yield daemon
    finally:
        daemon.stop()


@pytest.fixture
def stack(qtbot, ctx, pcsc: PrivatePcscd) -> Iterator[tuple[DeviceManager, DeviceBridge]]:  # type: ignore[no-untyped-def]
    manager = DeviceManager([PcscBackend()])
    bridge = DeviceBridge(manager, ctx)
    bridge.start()
    yield manager, bridge
    bridge.stop()


def reader_present(widget: ReaderStatusWidget, name: str) -> bool:
    return any(text == name and state == "present" for state, text, _ in widget.entries())


def test_a_real_card_tap_opens_the_item(qtbot, make_window, ctx, *, stack, pcsc, cards) -> None:
    _manager, bridge = stack
    window = make_window(ctx)
    attach(window, bridge)
    status = window.statusBar().findChild(ReaderStatusWidget, "readerStatus")
    qtbot.waitUntil(lambda: reader_present(status, pcsc.readers[0]), timeout=5000)
    window.ui.itemDock.hide()

    card: VirtualCard = cards("desfire", uid=BADGE_UID)
    with qtbot.waitSignal(window.scan_handled, timeout=5000) as handled:
        card.insert()
    assert handled.args[0] == "item"
    qtbot.waitUntil(lambda: window.panel.item is not None and window.panel.item.registry_id == "ECL-00001")
    assert window.ui.itemDock.isVisible()
    assert "Lu : ECL-00001" in window.statusBar().currentMessage()
    card.remove()
    wait_idle(qtbot, ctx)


def test_a_real_unknown_card_offers_registration(qtbot, make_window, ctx, *, stack, pcsc, cards) -> None:
    _manager, bridge = stack
    window = make_window(ctx)
    qtbot.waitUntil(lambda: any(r.state is DeviceState.PRESENT for r in bridge.readers()), timeout=5000)
    card = cards("desfire", uid="04AABBCCDDEE01")
    with qtbot.waitSignal(window.scan_handled, timeout=5000) as handled:
        card.insert()
    assert handled.args == ["unknown", "04AABBCCDDEE01"]
    box = window.unknown_box
    assert box is not None and box.isVisible()
    assert box.text() == "L'UID 04AABBCCDDEE01 ne correspond à aucun objet du registre."
    box.button(QMessageBox.StandardButton.No).click()
    card.remove()
    wait_idle(qtbot, ctx)


@pytest.mark.nfc
def test_a_copied_key_tag_warns_and_never_opens_what_it_claims(
    qtbot, make_window, ctx, *, gui_world, tags, keys, key: bytes  # type: ignore[no-untyped-def]
) -> None:
    # the badge's chip (a known UID) carries the key tag of another item, written for another chip
    claimed = gui_world.registry_id(gui_world.ids.held_key_id)
    message = keytag.build_message(claimed, bytes.fromhex("04FFEEDDCCBBAA"), key)
    tag = tags("2", uid=BADGE_UID, ndef=message, present=False)
    manager = DeviceManager([NfcBackend(tag.path, targets=("106A",), keys=keys)])
    bridge = DeviceBridge(manager, ctx)
    window = make_window(ctx)
    attach(window, bridge)
    reads: list[object] = []
    bridge.read_received.connect(reads.append)
    bridge.start()
    try:
        with qtbot.waitSignal(window.scan_handled, timeout=8000) as handled:
            tag.present()
        read = reads[0]
        assert read.key_tag.state is KeyTagState.COPIED and read.key_tag.registry_id == claimed  # type: ignore[attr-defined]
        assert handled.args[0] == "item"
        assert window.panel.item.registry_id == "ECL-00001", "looked up by its UID, not by its claim"
        assert window.panel.item.registry_id != claimed

        def warning() -> QMessageBox | None:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == "Porte-clés suspect":
                    return w
            return None

        qtbot.waitUntil(lambda: warning() is not None)
        box = warning()
        assert box is not None
        assert box.text() == ("Ce porte-clés semble copié ou falsifié : vérifiez l'objet ECL-00001 "
                              "avant toute remise.")
        assert box.informativeText() == "Étiquette copiée : son contenu a été écrit pour une autre puce."
        box.accept()
        tag.remove()
    finally:
        bridge.stop()
    wait_idle(qtbot, ctx)


def test_status_follows_the_service(qtbot, ctx, stack, pcsc: PrivatePcscd) -> None:
    _manager, bridge = stack
    widget = ReaderStatusWidget(bridge)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: reader_present(widget, pcsc.readers[0]), timeout=5000)
    pcsc.terminate()
    try:
        qtbot.waitUntil(lambda: all(s != "present" for s, _, _ in widget.entries()), timeout=5000)
        tips = "\n".join(t for _, _, t in widget.entries())
        assert "service de cartes à puce" in tips
    finally:
        pcsc.start()
    qtbot.waitUntil(lambda: reader_present(widget, pcsc.readers[0]), timeout=10_000)


