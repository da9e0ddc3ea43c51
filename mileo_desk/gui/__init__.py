"""The Qt desk station (SPEC §1, §2, §6, §8): login and idle lock, the registry table, the item
panel with its signed history, scan-first, the dashboard; French first, English shipped.

Nothing here touches the database directly: every read or write is a service call run by
:class:`~mileo_desk.gui.operations.runner.OpRunner` on the DB worker thread.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger("mileo_desk.gui")


def _guard_emit_refcount() -> bool:
    """Work around a PySide6 6.12 bug on Python < 3.12: ``SignalInstance.emit()`` returns
    ``True`` without a new reference, so every emit from Python takes one reference away from
    ``True``; after a few hundred emits the interpreter aborts ("bool_dealloc: deallocating True
    or False"). Python 3.12 made the singletons immortal; here, when the bug is detected, their
    reference counts are raised far out of reach, which is what immortality amounts to.
    Returns whether the guard was applied.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        probed = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    probe.probed.emit()
    if sys.getrefcount(True) >= before:
        return False
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    log.debug("PySide6 emit() refcount guard applied")
    return True


EMIT_GUARD = _guard_emit_refcount()
