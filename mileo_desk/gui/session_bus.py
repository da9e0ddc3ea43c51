"""No D-Bus session bus the desk station would leave behind (issue 10 item 16).

On X11 without ``DBUS_SESSION_BUS_ADDRESS`` (a bare Xvfb, an ssh -X session, a kiosk started
outside a desktop session), the first session-bus connection in the process — Qt's xcb
platform makes one for a ``QMainWindow``'s menu bar (global menu, portal, tray) — makes
libdbus *autolaunch* a ``dbus-launch`` / ``dbus-daemon`` pair. That pair is detached from the
app and outlives it, bound to the X display. Nothing the app starts may outlive it.

:func:`prevent_bus_autolaunch`, called before the ``QApplication`` exists, settles the
address first: the session's usual socket (``$XDG_RUNTIME_DIR/bus``, systemd's user bus)
when there is one — so the keyring's Secret Service stays reachable — otherwise an address
nobody listens on, so that a connection fails at once instead of spawning a daemon. Without
a session bus the keyring already falls back to "no keyring" (the key-tag key is then
reported unavailable, never stored in plaintext).
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import MutableMapping

log = logging.getLogger("mileo_desk.gui.session_bus")

ADDRESS_ENV = "DBUS_SESSION_BUS_ADDRESS"
#: an address nobody listens on: libdbus and jeepney fail to connect and autolaunch nothing
NO_BUS = "unix:path=/nonexistent/mileo-desk/no-session-bus"


def prevent_bus_autolaunch(environ: MutableMapping[str, str] | None = None) -> str | None:
    """Give the process a session-bus address before anything connects (Linux/BSD only).

    Returns the address set, or None when one was already given (or on Windows/macOS, where
    libdbus does not autolaunch through X11).
    """
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin") or env.get(ADDRESS_ENV):
        return None
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        path = os.path.join(runtime, "bus")
        try:
            if stat.S_ISSOCK(os.stat(path).st_mode):
                env[ADDRESS_ENV] = f"unix:path={path}"
                return env[ADDRESS_ENV]
        except OSError:
            pass
    log.info("no D-Bus session bus: none is started for the window (keyring unavailable)")
    env[ADDRESS_ENV] = NO_BUS
    return NO_BUS
