"""Issue 16 with real X key events: ``xdotool type`` presses Shift around every capital, as a
keyboard-wedge scanner does, into the window running on the xcb platform under Xvfb.

The window runs in a subprocess (tests/gui/x11_scan_child.py) on a private Xvfb display; the
registry table has the focus; a registry id and an upper-case UID are typed 4 ms apart, then
Return, and each opens its item — nothing else, nothing typed into the table.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import BADGE_UID
from tests.gui.test_session_bus import x11_env

pytestmark = pytest.mark.timeout(90)
CHILD = Path(__file__).with_name("x11_scan_child.py")


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb display (``:N``); skipped when Xvfb or xdotool is missing."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb or xdotool is not installed (apt-get install xvfb xdotool)")
    number = next(n for n in range(150, 250) if not os.path.exists(f"/tmp/.X11-unix/X{n}")
                  and not os.path.exists(f"/tmp/.X{n}-lock"))
    proc = subprocess.Popen([xvfb, f":{number}", "-nolisten", "tcp", "-screen", "0", "1600x1000x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not os.path.exists(f"/tmp/.X11-unix/X{number}"):
        assert proc.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    proc.wait(5)


def read_line(proc: subprocess.Popen[str], timeout: float = 20.0) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the window said nothing"
    return proc.stdout.readline().strip()


def test_real_x_key_events_from_the_table_open_the_right_item(display: str, gui_world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = x11_env(display, tmp_path)
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    child = subprocess.Popen([sys.executable, str(CHILD), gui_world.url, str(tmp_path / "settings.ini")],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = read_line(child)
        assert line.startswith("window "), line
        # no window manager: give the window the X input focus
        subprocess.run(["xdotool", "windowfocus", line.split()[1]], env=env, check=True)
        line = read_line(child)
        assert line.startswith("ready "), line
        for typed, expected in (("ECL-00003", "ECL-00003"), (BADGE_UID, "ECL-00001"),
                                ("MILEO:ECL-00004", "ECL-00004")):
            subprocess.run(["xdotool", "type", "--delay", "4", typed], env=env, check=True)
            subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
            assert read_line(child) == f"item {expected}", typed
    finally:
        child.terminate()
        try:
            _, err = child.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            _, err = child.communicate()
    assert "Traceback" not in err, err
