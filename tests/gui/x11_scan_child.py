"""The window under a real X server for test_wedge_x11.py (run as a subprocess: the test
session's QApplication is offscreen, and a platform is chosen once per process).

Opens the registry at ``argv[1]`` as the custodian, installs the keyboard-wedge filter as the
application does, focuses the registry table, prints ``ready <window id>``, then one line per
scan handled: ``item <registry id>``, ``unknown <code>``, ``ignored``…
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from mileo_desk.devices.manager import DeviceManager
from mileo_desk.domain.enums import Role
from mileo_desk.gui.context import GuiContext
from mileo_desk.gui.devices_bridge import DeviceBridge, WedgeInput
from mileo_desk.gui.main_window import MainWindow
from mileo_desk.gui.settings import AppSettings
from mileo_desk.services import open_services
from mileo_desk.services.dto import Actor
from tests.conftest import STATION, FakeClock
from tests.gui.conftest import GUI_T0


def main(url: str, settings_path: str) -> int:
    app = QApplication(sys.argv[:1])
    svc = open_services(url, clock=FakeClock(GUI_T0), migrate=False)
    admin = Actor(1, "admin", "Alice Martin", Role.ADMIN, STATION)
    claire = svc.directory.find_person(admin, login="claire")
    ctx = GuiContext(svc, AppSettings(QSettings(settings_path, QSettings.Format.IniFormat)))
    ctx.actor = Actor(claire.id, "claire", claire.full_name, Role.CUSTODIAN, STATION)
    window = MainWindow(ctx)
    manager = DeviceManager([])
    bridge = DeviceBridge(manager, ctx)
    app.installEventFilter(WedgeInput(manager, bridge))

    def say(*words: object) -> None:
        print(*words, flush=True)

    window.scan_handled.connect(
        lambda kind, payload: say(kind, getattr(payload, "registry_id", payload) if payload is not None else ""))
    window.show()

    def when_loaded() -> None:
        if not window.model.loaded or not window.isActiveWindow():
            QTimer.singleShot(50, when_loaded)
            return
        window.ui.table.setFocus()
        say("ready", int(window.winId()))

    QTimer.singleShot(50, lambda: say("window", int(window.winId())))
    QTimer.singleShot(100, when_loaded)
    QTimer.singleShot(60_000, app.quit)
    code = app.exec()
    bridge.stop()
    ctx.shutdown()
    svc.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
