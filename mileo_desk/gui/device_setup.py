"""Readers in the desk station: what the composition root calls (two functions).

``start_devices(ctx, demo=…)`` builds the :class:`~mileo_desk.devices.manager.DeviceManager`
(PC/SC + NFC, the keyring's key-tag key, a resolver that asks the services on the DB worker),
subscribes a :class:`DeviceBridge` to it, installs the keyboard-wedge filter on the
application and starts the readers. ``attach(window, bridge)`` puts the reader indicators in
the window's status bar and a "Lecteurs…" action in its menus.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from .devices_bridge import DeviceBridge, WedgeInput
from .i18n import mark
from .operations.runner import Priority

if TYPE_CHECKING:
    from .context import GuiContext

log = logging.getLogger("mileo_desk.gui.devices")

#: environment variable: NFC reader paths for nfcpy, comma-separated (default "usb")
NFC_PATHS_ENV = "MILEO_NFC_PATHS"
#: menus that may hold the "Lecteurs…" action, by objectName, in order of preference
MENU_NAMES = ("menuTools", "menuReaders", "menuFile")
RESOLVE_TIMEOUT_S = 5.0


def make_resolver(ctx: GuiContext) -> Any:
    """The manager's resolver: ``resolve_uid`` for the logged-in actor, on the DB worker.

    The manager calls it on the caller's thread (the CLI, a diagnostic): it blocks that
    thread, never the database rule (habit 1) — and must not be called on the GUI thread.
    """

    def resolve(event: Any) -> Any:
        key = event.lookup_key
        if not key or ctx.actor is None:
            return None
        actor = ctx.actor
        future = ctx.ops.call(lambda: ctx.services.queries.resolve_uid(actor, key), Priority.HIGH)
        return future.result(RESOLVE_TIMEOUT_S)

    return resolve


def start_devices(
    ctx: GuiContext, *, demo: bool, nfc_paths: Sequence[str] | None = None, wedge: bool = True
) -> DeviceBridge | None:
    """Build and start the readers; None only if the device layer failed unexpectedly.

    - *demo*: the virtual vpcd card and NFC tag of ``drivers/virtual`` (:class:`DemoDevices`)
      are started and the NFC emulator's reader is added; without a source checkout, a
      :class:`SimulatedReader` stands in, so the demo always has a reader to play with;
    - *wedge*: install :class:`WedgeInput` on the QApplication (keyboard-wedge scanners).
    """
    from ..devices import DeviceManager, KeyringKeyProvider

    try:
        paths = list(nfc_paths) if nfc_paths is not None else [
            p.strip() for p in os.environ.get(NFC_PATHS_ENV, "usb").split(",") if p.strip()]
        demo_devices: Any = None
        if demo:
            demo_devices = _start_demo()
            if demo_devices is not None:
                paths.append(demo_devices.nfc_path)
        manager = DeviceManager.discover(keys=KeyringKeyProvider(), resolver=make_resolver(ctx), nfc_paths=paths)
        if demo and demo_devices is None:
            from ..devices.simulated import SimulatedReader

            manager.add_backend(SimulatedReader("demo"))
        bridge = DeviceBridge(manager, ctx)
        bridge.demo = demo_devices
        if wedge:
            app = QApplication.instance()
            if app is not None:
                bridge.wedge_input = WedgeInput(manager, bridge)
                app.installEventFilter(bridge.wedge_input)
        bridge.start()
        return bridge
    except Exception:
        log.exception("the readers could not be started")
        return None


def _start_demo() -> Any:
    from ..devices.simulated import DemoDevices, DemoUnavailable

    try:
        # pcscd installed but not running (no systemd, a fresh machine): a private one with
        # the virtual reader, stopped with the demo devices when the app quits
        from ..demo import DEMO_CARD_UID

        # the virtual card carries the UID of a demo badge: tapping it opens that item
        return DemoDevices(pcscd=True, card_uid=DEMO_CARD_UID).start()
    except (DemoUnavailable, OSError) as exc:
        log.info("demo devices unavailable (%s): a simulated reader is used", exc)
        return None


def find_menu(window: QMainWindow) -> QMenu:
    """The menu for the readers' action: one the shell names in MENU_NAMES, else a new one."""
    for name in MENU_NAMES:
        menu = window.findChild(QMenu, name)
        if menu is not None:
            return menu
    menu = window.menuBar().addMenu("")
    mark(menu, "DeviceSetup", QT_TRANSLATE_NOOP("DeviceSetup", "&Lecteurs"))
    menu.setObjectName("menuReaders")
    return menu


def attach(window: QMainWindow, bridge: DeviceBridge) -> QAction:
    """Reader indicators in *window*'s status bar, a "Lecteurs…" action in its menus.

    Returns the action (it opens the :class:`ReadersDialog`).
    """
    from .readers_page import ReadersDialog
    from .widgets.reader_status import ReaderStatusWidget

    window_ctx: GuiContext | None = getattr(window, "ctx", None)
    ctx = window_ctx if window_ctx is not None else bridge.ctx
    assert ctx is not None, "a window or a bridge with a GUI context"
    status = ReaderStatusWidget(bridge, window)
    status.setObjectName("readerStatus")
    window.statusBar().addPermanentWidget(status)

    def open_readers() -> None:
        existing = window.findChild(ReadersDialog)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return
        dialog = ReadersDialog(ctx, bridge, window)
        dialog.setObjectName("readersDialog")
        dialog.open()

    menu = find_menu(window)
    action = QAction(window)
    mark(action, "DeviceSetup", QT_TRANSLATE_NOOP("DeviceSetup", "Lecteurs…"),
         QT_TRANSLATE_NOOP("DeviceSetup", "Choisir et tester les lecteurs de cartes et de porte-clés"))
    action.setObjectName("actionReaders")
    action.triggered.connect(open_readers)
    menu.addSeparator()
    menu.addAction(action)
    status.clicked.connect(open_readers)

    def on_read(event: Any) -> None:
        # the window warns when the chip is a registered item; say it in any case (unknown chip)
        key_tag = getattr(event, "key_tag", None)
        if key_tag is not None and key_tag.is_suspicious:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "DeviceSetup",
                    "Attention : porte-clés copié ou falsifié sur « %1 » — ne vous fiez pas à ce qu'il annonce.")
                .replace("%1", event.reader), 15000)

    bridge.read_received.connect(on_read)
    if bridge.demo is not None:
        # demo mode: present the virtual card / tag from the menu
        tap = QAction(window)
        mark(tap, "DeviceSetup", QT_TRANSLATE_NOOP("DeviceSetup", "Démo : poser la carte virtuelle"))
        tap.setObjectName("actionDemoTap")
        tap.triggered.connect(lambda: _in_thread(bridge.demo.tap_card, 0.6, bridge=bridge))
        tag = QAction(window)
        mark(tag, "DeviceSetup", QT_TRANSLATE_NOOP("DeviceSetup", "Démo : présenter le porte-clés virtuel"))
        tag.setObjectName("actionDemoTag")
        tag.setCheckable(True)
        tag.toggled.connect(lambda on: _in_thread(bridge.demo.present_tag if on else bridge.demo.remove_tag))
        menu.addAction(tap)
        menu.addAction(tag)
    return action


def _in_thread(fn: Any, *args: Any, bridge: DeviceBridge | None = None) -> None:
    """The demo devices' commands block (a tap holds the card): never on the GUI thread.

    A card that cannot be tapped is a failed read the window shows (with *bridge*), in French.
    """
    from ..devices import messages as msg
    from ..devices.protocols import DeviceFamily, ReadFailed
    from ..devices.simulated import DemoUnavailable

    def run() -> None:
        try:
            fn(*args)
        except (DemoUnavailable, OSError) as exc:
            log.warning("demo device command failed: %s", exc)
            if bridge is not None and bridge.manager is not None:
                bridge.manager.publish(ReadFailed(msg.DEMO_READER, DeviceFamily.PCSC, msg.DEMO_CARD_UNAVAILABLE))
        except Exception:
            log.exception("demo device command failed")

    threading.Thread(target=run, name="mileo-demo-command", daemon=True).start()
