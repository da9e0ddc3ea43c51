"""The scan-first single entry point (SPEC §6: a tap of a known item anywhere opens it).

Every "a card/tag/code was read" event — from the readers' Qt bridge, the developer menu or
a code typed at the keyboard — is :meth:`ScanHub.submit`-ted here, from any thread. The hub
re-emits it on the GUI thread as :attr:`ScanHub.read`, then routes it:

- to the handler on top of the grab stack, when a dialog has grabbed the reads (an
  attribution dialog waiting for the technician's badge, an inventory…);
- otherwise as :attr:`ScanHub.unclaimed`, which the main window turns into "open that item"
  or "register this unknown UID".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.identifiers import compact, is_uid

log = logging.getLogger("mileo_desk.gui.scan")


def make_keyboard_read(text: str, *, reader: str = "clavier") -> Any:
    """Turn a typed code into a read event, as a keyboard-wedge reader's would be: a UID when
    it has the shape of one (the domain's grammar), a registry id otherwise."""
    from .devices_bridge import DeviceFamily, ReadEvent, ReadKind

    raw = text.strip()
    uid = compact(raw) if is_uid(compact(raw)) else None
    registry_id = None if uid else raw.upper()
    return ReadEvent(
        reader=reader,
        family=DeviceFamily.WEDGE,
        kind=ReadKind.WEDGE_UID if uid else ReadKind.BARCODE,
        uid=uid,
        registry_id=registry_id,
        text=raw,
    )


def read_key(event: Any) -> str | None:
    """What a read designates: the proven/scanned registry id, else the UID, else the raw text."""
    return getattr(event, "registry_id", None) or getattr(event, "uid", None) or getattr(event, "text", None)


Handler = Callable[[Any], None]


class ScanHub(QObject):
    """Receives read events from any thread and routes them on the GUI thread."""

    read = Signal(object)  #: a read event, re-emitted on the GUI thread
    unclaimed = Signal(object)  #: a read no grabbing dialog took: the main window opens the item
    _submitted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grabs: list[Handler] = []
        # AutoConnection: direct when submitted on the GUI thread, queued from a reader thread
        self._submitted.connect(self._on_submitted)

    def submit(self, event: object) -> None:
        """Thread-safe: hand over a read event (kind, uid, registry_id, reader attributes)."""
        self._submitted.emit(event)

    def grab(self, handler: Handler) -> Callable[[], None]:
        """Route the next reads to *handler* until the returned release function is called."""
        self._grabs.append(handler)

        def release() -> None:
            if handler in self._grabs:
                self._grabs.remove(handler)

        return release

    @property
    def grabbed(self) -> bool:
        return bool(self._grabs)

    @Slot(object)
    def _on_submitted(self, event: object) -> None:
        log.debug("read from %s", getattr(event, "reader", "?"))
        self.read.emit(event)
        if self._grabs:
            self._grabs[-1](event)
        else:
            self.unclaimed.emit(event)


class ScanEntryDialog(QDialog):
    """A code typed at the keyboard (or by a keyboard-wedge reader into this field) becomes a
    read event submitted to the hub."""

    def __init__(self, hub: ScanHub, parent: QWidget | None = None) -> None:
        from .forms.ui_scan_entry import Ui_ScanEntryDialog

        super().__init__(parent)
        self.hub = hub
        self.ui = Ui_ScanEntryDialog()
        self.ui.setupUi(self)
        self.ui.codeEdit.setFocus()

    def accept(self) -> None:
        text = self.ui.codeEdit.text().strip()
        if not text:
            self.ui.codeEdit.setFocus()
            return
        super().accept()
        # submitted after closing, so that the read is not taken for this dialog's own
        self.hub.submit(make_keyboard_read(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
