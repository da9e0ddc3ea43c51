"""The dialog every desk-station operation runs in, and what it shows around its inputs.

:class:`OpDialog` is a dialog whose OK button runs ONE service call through
``ctx.ops.run`` (off the GUI thread, habit 2). A refusal (:class:`MileoError`) is shown in
French in a banner at the top of the dialog and the input it names (``err.field``) gets the
focus; nothing the user typed or signed is cleared, so they fix it and try again. On success
the dialog emits :attr:`OpDialog.completed` with the service's result, broadcasts the change
set and closes.

Also here: the banner, the item summary shown at the top of item dialogs and
:func:`require_signature`. The inputs themselves (date editors, person combo, form helpers)
are in :mod:`.fields`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import format_paris
from ...domain.enums import ItemState, Keeping
from ...domain.errors import MileoError, ValidationError
from ...services.dto import Changes
from ..models.labels import error_text, item_type_label, state_label
from ..widgets.signature_pad import SignaturePad
from .fields import PersonCombo, esc

if TYPE_CHECKING:
    from ...services.dto import Actor, ItemView
    from ..context import GuiContext

# --------------------------------------------------------------------------- widgets


class Banner(QFrame):
    """A message across the top of a dialog: a refusal (red) or a warning (amber)."""

    STYLES: ClassVar[dict[str, str]] = {
        "error": "QFrame#%s { background: #fdecea; border: 1px solid #e0a19a; border-radius: 4px; }"
        " QLabel { color: #8a1c12; }",
        "warning": "QFrame#%s { background: #fff4d6; border: 1px solid #e3c46b; border-radius: 4px; }"
        " QLabel { color: #6b4a00; }",
        "info": "QFrame#%s { background: #e8f1fb; border: 1px solid #9dbbe0; border-radius: 4px; }"
        " QLabel { color: #163e6b; }",
    }

    def __init__(self, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(self.STYLES[kind] % name)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")

    def text(self) -> str:
        return self.label.text()


class ItemHeader(QLabel):
    """Which item the dialog acts on: registry id, type, designation, client and site, and
    where it is now."""

    def __init__(self, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemHeader")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            "QLabel#itemHeader { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        title = f"<b>{esc(item.registry_id)}</b> — {esc(item_type_label(item.type))}"
        if item.label:
            title += f" — {esc(item.label)}"
        where = self.tr("{client} · site {site} ({sensitivity})").format(
            client=esc(item.client_name), site=esc(item.site_name), sensitivity=item.sensitivity.value
        )
        if item.state is not ItemState.IN_SERVICE:
            status = state_label(item.state)
        elif item.keeping is Keeping.TECHNICIAN and item.holder_name:
            status = self.tr("Détenu par {name} depuis le {since}").format(
                name=esc(item.holder_name), since=format_paris(item.held_since)
            )
            if item.due_at is not None:
                status += self.tr(", retour prévu le {due}").format(due=format_paris(item.due_at))
        else:
            status = self.tr("Au siège")
        self.setText(f"{title}<br>{where}<br><i>{status}</i>")



# --------------------------------------------------------------------------- the dialog


class OpDialog(QDialog):
    """A dialog whose OK runs one service call; refusals stay in the dialog."""

    #: the service call succeeded: its result (MovementResult, ClientView…); the dialog closes
    completed = Signal(object)
    #: the service refused: the MileoError, already shown in the banner
    failed = Signal(object)
    #: the data the dialog needed (people, clients…) arrived; OK becomes available
    loaded = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None, *, title: str, ok_text: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self._fields: dict[str, QWidget] = {}
        self._fields_watched: list[QWidget] = []
        #: the input the refusal shown in the banner is about
        self._error_widget: QWidget | None = None
        self._busy = False
        self._loading = 0
        self._release_scan: Callable[[], None] | None = None
        self._close_when_done = False

        self.error_banner = Banner("error", "errorBanner", self)
        self.notice_banner = Banner("warning", "noticeBanner", self)
        self.body = QWidget(self)
        self.body.setObjectName("dialogBody")
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and cancel is not None
        self.ok_button: QPushButton = ok
        self.cancel_button: QPushButton = cancel
        self.ok_button.setObjectName("okButton")
        self.cancel_button.setObjectName("cancelButton")
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.cancel_button.setText(self.tr("Annuler"))
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.notice_banner)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(520)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translate in the context of the class that wrote *text*.

        Qt's ``tr`` takes the context from the runtime class, but lupdate files a string
        under the class whose code contains it: strings of a base dialog would never be
        translated in its subclasses. This walks the classes up to QDialog instead.
        """
        for cls in type(self).__mro__:
            if cls is QDialog:
                break
            translated = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
            if translated != text:
                return translated
        return text

    # -- for subclasses -------------------------------------------------------------

    def register_field(self, name: str, widget: QWidget) -> None:
        """*widget* is where the user fixes an error whose ``field`` is *name*; the refusal
        shown about it goes away as soon as its cause is fixed there."""
        self._fields[name] = widget
        if widget not in self._fields_watched:
            self._fields_watched.append(widget)
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(self._on_field_changed)

    def _on_field_changed(self, *_args: Any) -> None:
        widget = self.sender()
        if widget is not None and self._error_widget is widget and _cause_fixed(self._error_widget):
            self._error_widget = None
            self.clear_error()

    def field_widget(self, name: str | None) -> QWidget | None:
        return self._fields.get(name) if name else None

    def build_op(self) -> Callable[[], Any]:
        """Read the inputs (GUI thread) and return the service call to run on the DB worker.

        May raise :class:`MileoError` for what can be checked here (e.g. a signature)."""
        raise NotImplementedError

    def change_set(self, result: Any) -> Changes:
        """What the successful call changed (broadcast to the views): the service says it."""
        changes = getattr(result, "changes", None)
        return changes if isinstance(changes, Changes) else Changes()

    def actor(self) -> Actor:
        return self.ctx.require_actor()

    def now(self) -> datetime:
        """The services' clock (UTC): what "now" means for their rules."""
        clock = getattr(self.ctx.services, "clock", None)
        return clock() if clock is not None else datetime.now(UTC)

    def load(self, fn: Callable[[], Any], on_loaded: Callable[[Any], None]) -> None:
        """Read something the dialog needs on the DB worker; OK waits for it.

        *fn* runs on the worker thread: it must capture plain values (services, actor, ids),
        never the dialog or its widgets. *on_loaded* is a method of the dialog, called on the
        GUI thread with the result.
        """
        self._loading += 1
        self._update_ok()
        this = weakref.ref(self)
        callback = weakref.WeakMethod(on_loaded)

        def done(result: Any) -> None:
            dialog, method = this(), callback()
            if dialog is not None and method is not None:
                dialog._on_load_done(method, result)

        def failed(err: MileoError) -> None:
            dialog = this()
            if dialog is not None:
                dialog._on_load_failed(err)

        self.ctx.ops.run(fn, on_success=done, on_failure=failed)

    def _on_load_done(self, on_loaded: Callable[[Any], None], result: Any) -> None:
        self._loading -= 1
        on_loaded(result)
        self._update_ok()
        if self._loading == 0:
            self.loaded.emit()

    def _on_load_failed(self, err: MileoError) -> None:
        forget_traceback(err)
        self._loading -= 1
        self._update_ok()
        self.show_error(err)

    def is_ready(self) -> bool:
        """Nothing is loading and no call is running."""
        return self._loading == 0 and not self._busy

    def is_busy(self) -> bool:
        return self._busy

    def grab_scans(self, handler: Callable[[Any], None]) -> None:
        """While the dialog is open, reads (badge taps, scanned UIDs) come to *handler*."""
        scan = getattr(self.ctx, "scan", None)
        if scan is not None and self._release_scan is None:
            self._release_scan = scan.grab(handler)

    # -- errors ---------------------------------------------------------------------

    def show_error(self, err: MileoError) -> None:
        """Show a refusal in the banner and put the focus where it can be fixed."""
        self.error_banner.show_message(error_text(err))
        widget = self.field_widget(err.field) or self.field_widget(f"code:{err.code}")
        self._error_widget = widget
        if isinstance(widget, SignaturePad):
            widget.show_error(error_text(err))
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        self._error_widget = None
        self.error_banner.clear()

    # -- running the call -----------------------------------------------------------

    def _update_ok(self) -> None:
        # OK stays enabled while a call runs (submit() ignores it then): disabling the focused
        # button would send the focus away, and the refusal must be able to put it back
        self.ok_button.setEnabled(self._loading == 0)

    def _set_busy(self, busy: bool) -> None:
        """While the call runs, OK, Enter, Cancel and Escape do nothing and the cursor says so;
        the inputs are left as they are (their values were already read)."""
        self._busy = busy
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def submit(self) -> None:
        """What OK (or Enter) does: check, then run the call."""
        if not self.is_ready():
            return
        self.clear_error()
        try:
            fn = self.build_op()
        except MileoError as err:
            forget_traceback(err)
            self.show_error(err)
            self.failed.emit(err)
            return
        self._set_busy(True)
        # the op may be released on the worker thread: it must not hold the dialog, or the
        # dialog could be destroyed there (see weakly())
        this = weakref.ref(self)

        def changes(result: Any) -> Changes:
            dialog = this()
            if dialog is None:
                # the dialog is gone: fall back on what the result itself says
                found = getattr(result, "changes", None)
                return found if isinstance(found, Changes) else Changes(items_added=True, history=True)
            return dialog.change_set(result)

        self.ctx.ops.run(fn, on_success=weakly(self._on_op_succeeded), on_failure=weakly(self._on_op_failed),
                         changes=changes)

    def _on_button_box_accepted(self) -> None:
        self.submit()

    def _on_op_succeeded(self, result: Any) -> None:
        self._set_busy(False)
        self.completed.emit(result)
        self.accept()

    def _on_op_failed(self, err: MileoError) -> None:
        forget_traceback(err)
        self._set_busy(False)
        self.show_error(err)
        self.failed.emit(err)
        if self._close_when_done:
            # closed meanwhile (e.g. the station locked itself): close now
            self.done(QDialog.DialogCode.Rejected)

    # -- closing --------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self._busy:
            return  # Cancel/Escape while the call runs: its outcome is shown first
        if self._release_scan is not None:
            self._release_scan()
            self._release_scan = None
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            # a close() from the application (idle lock…) happens as soon as the call ends
            self._close_when_done = True
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._busy and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)


def _change_signal(widget: QWidget) -> Any:
    """The signal a field emits when the user changes it (None for a widget without one)."""
    if isinstance(widget, SignaturePad):
        return widget.changed
    if isinstance(widget, QComboBox):
        return widget.editTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


def _cause_fixed(widget: QWidget) -> bool:
    """Whether a change of *widget* fixes a refusal about it: a technician chosen from the list,
    a signature that is one; any change for the other inputs (the services judge it again)."""
    if isinstance(widget, SignaturePad):
        return widget.validation_error() is None
    if isinstance(widget, PersonCombo):
        return widget.person() is not None
    return True


def forget_traceback(err: BaseException) -> None:
    """Drop the traceback of a refusal that is only shown.

    A refusal raised on the DB worker carries frames that hold the op runner and the op (which
    holds the refusal): a reference cycle that only the cyclic garbage collector frees, on
    whatever thread it happens to run; Qt objects freed that way on the worker crashed the
    process in testing. The message, code and field are all the dialog needs.
    """
    err.__traceback__ = None
    err.__context__ = None


def weakly(method: Callable[[Any], None]) -> Callable[[Any], None]:
    """A callback for ``ctx.ops.run`` that holds its dialog weakly.

    The op object is dropped by whichever thread lets go of it last, possibly the DB worker;
    if it held the last reference to a dialog, the dialog's wrapper would be deallocated on
    that thread (Shiboken then defers the C++ deletion to the GUI thread, which crashed in
    testing). A dialog closed meanwhile simply ignores the result.
    """
    ref = weakref.WeakMethod(method)

    def call(arg: Any) -> None:
        bound = ref()
        if bound is not None:
            bound(arg)

    return call


def require_signature(pad: SignaturePad) -> Any:
    """The pad's validated capture, or the pad's French refusal raised for the banner."""
    capture = pad.capture()
    if capture is None:
        raise ValidationError(pad.error_message or "", field=pad.objectName() or "signature")
    return capture


