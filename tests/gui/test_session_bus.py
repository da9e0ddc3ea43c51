"""Issue 10 item 16: quitting the app left a ``dbus-launch`` / ``dbus-daemon`` pair running.

Qt's xcb platform connects to the session bus for a main window's menu bar; without
``DBUS_SESSION_BUS_ADDRESS`` libdbus autolaunches a bus that outlives the app. Each case runs
in a subprocess on a private Xvfb display and looks for D-Bus processes that were not there
before. The control case (no guard) shows the detector sees the pair; the test kills it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mileo_desk.gui.session_bus import NO_BUS, prevent_bus_autolaunch

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(120)

WINDOW = """
import sys
if sys.argv[1] == "guarded":
    from mileo_desk.gui.session_bus import prevent_bus_autolaunch
    prevent_bus_autolaunch()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.menuBar().addMenu("Fichier")
window.show()
QTimer.singleShot(1500, app.quit)
app.exec()
"""


def dbus_processes() -> dict[int, str]:
    """Pid → command line of every dbus-launch / dbus-daemon on the machine."""
    found: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            args = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        name = os.path.basename(args[0].decode(errors="replace")) if args and args[0] else ""
        if name in ("dbus-launch", "dbus-daemon"):
            found[int(entry)] = b" ".join(args).decode(errors="replace").strip()
    return found


def new_dbus_after(before: dict[int, str], settle: float = 1.0) -> dict[int, str]:
    time.sleep(settle)  # an autolaunched daemon forks away from its launcher
    return {pid: cmd for pid, cmd in dbus_processes().items() if pid not in before}


def kill_all(pids: dict[int, str]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb display (``:N``)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    number = next(n for n in range(150, 250) if not os.path.exists(f"/tmp/.X11-unix/X{n}")
                  and not os.path.exists(f"/tmp/.X{n}-lock"))
    proc = subprocess.Popen([xvfb, f":{number}", "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not os.path.exists(f"/tmp/.X11-unix/X{number}"):
        assert proc.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    proc.wait(5)


def x11_env(display: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home), PYTHONPATH=str(REPO))
    return env


def test_the_guard_settles_an_address_before_anything_connects(tmp_path: Path) -> None:
    assert prevent_bus_autolaunch({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) is None
    env: dict[str, str] = {}
    assert prevent_bus_autolaunch(env) == NO_BUS and env["DBUS_SESSION_BUS_ADDRESS"] == NO_BUS
    # a systemd user session's bus is used, not replaced
    import socket

    bus = tmp_path / "bus"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(bus))
        env = {"XDG_RUNTIME_DIR": str(tmp_path)}
        assert prevent_bus_autolaunch(env) == f"unix:path={bus}"


@pytest.mark.skipif(sys.platform != "linux", reason="libdbus autolaunch through X11")
def test_a_window_without_session_bus_leaves_no_dbus_behind(display: str, tmp_path: Path) -> None:
    if shutil.which("dbus-launch") is None:
        pytest.skip("dbus-launch (dbus-x11) is not installed: nothing could be autolaunched")
    before = dbus_processes()
    # control: without the guard, Qt's connection autolaunches a pair that outlives the process
    subprocess.run([sys.executable, "-c", WINDOW, "bare"], env=x11_env(display, tmp_path), timeout=60, check=True)
    leftover = new_dbus_after(before)
    kill_all(leftover)
    assert any("dbus-launch" in cmd for cmd in leftover.values()), "the control case should autolaunch a bus"
    time.sleep(0.5)
    before = dbus_processes()
    subprocess.run([sys.executable, "-c", WINDOW, "guarded"], env=x11_env(display, tmp_path), timeout=60, check=True)
    leftover = new_dbus_after(before)
    kill_all(leftover)
    assert leftover == {}


@pytest.mark.skipif(sys.platform != "linux", reason="libdbus autolaunch through X11")
def test_the_app_started_and_stopped_leaves_no_dbus_behind(display: str, tmp_path: Path) -> None:
    """The real ``python -m mileo_desk`` (demo registry, login window) under Xvfb."""
    if shutil.which("dbus-launch") is None:
        pytest.skip("dbus-launch (dbus-x11) is not installed: nothing could be autolaunched")
    before = dbus_processes()
    env = x11_env(display, tmp_path)
    env["MILEO_NFC_PATHS"] = "usb:ffff:ffff"
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        app = subprocess.Popen([sys.executable, "-m", "mileo_desk"], cwd=tmp_path, env=env,
                               stdout=out, stderr=subprocess.STDOUT)
    try:
        # the demo registry is created on a first start; the window connects once it shows
        deadline = time.monotonic() + 40
        while app.poll() is None and time.monotonic() < deadline:
            if list(Path(tmp_path).rglob("*.sqlite*")) or list(Path(tmp_path).rglob("*.db")):
                break
            time.sleep(0.2)
        time.sleep(4)
        assert app.poll() is None, log.read_text(errors="replace")
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(5)
    leftover = new_dbus_after(before)
    kill_all(leftover)
    assert leftover == {}
