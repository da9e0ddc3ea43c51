"""The Qt side of the device layer: reader events as signals on the GUI thread, every read
routed through the scan-first entry point, and keyboard-wedge scanners told from a person.

Habit 6/7 (Electrum ``hw_wallet/qt.py``, qutebrowser ``browsertab.py``): the device layer is
GUI-neutral and calls its subscribers on its I/O threads; :class:`DeviceBridge` is the one
subscriber of the GUI. Its :meth:`DeviceBridge.on_device_event` only emits a private signal,
which Qt queues to the GUI thread (or delivers at once for keyboard-wedge reads, which are
produced on the GUI thread); there the bridge keeps the latest status of each reader and
re-emits the event as a documented signal. Every :class:`ReadEvent` of an enabled reader goes
to :meth:`ScanHub.submit <mileo_desk.gui.scan.ScanHub.submit>` (SPEC §6: a tap anywhere opens
the item) — nothing else in the GUI subscribes to the manager.

:class:`WedgeInput` is the application-wide key filter for keyboard-wedge readers; its
docstring explains how a scanner burst is kept out of the focused field, and the limits.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

# the few device types the rest of the GUI needs: it reaches the devices layer only through
# this module (import contract "gui reaches devices only through its bridge")
from ..devices import protocols as _protocols

DeviceFamily = _protocols.DeviceFamily
ReadEvent = _protocols.ReadEvent
ReadKind = _protocols.ReadKind

if TYPE_CHECKING:
    from ..devices.manager import DeviceManager
    from .context import GuiContext

log = logging.getLogger("mileo_desk.gui.devices")

#: QSettings key of the readers the user switched off (a list of reader names)
DISABLED_KEY = "readers/disabled"
#: the translation context of the device layer's French reasons (devices/messages.py)
DEVICES_CONTEXT = "devices"
#: the pseudo reader shown when the device layer cannot be loaded at all
NOT_INSTALLED = "not-installed"


def tr_devices(text: str | None) -> str:
    """A reason of the device layer through the translator (French when untranslated)."""
    if not text:
        return ""
    return QCoreApplication.translate(DEVICES_CONTEXT, text)


def load_disabled(qsettings: Any) -> set[str]:
    """The reader names switched off in the settings (QSettings returns a str for one item)."""
    raw = qsettings.value(DISABLED_KEY, [])
    if raw is None or raw == "":
        return set()
    if isinstance(raw, str):
        return {raw}
    return {str(r) for r in raw}


def save_disabled(qsettings: Any, names: set[str]) -> None:
    qsettings.setValue(DISABLED_KEY, sorted(names))
    qsettings.sync()


class DeviceBridge(QObject):
    """Subscribes to a DeviceManager and re-emits its events on the GUI thread.

    *manager* None means the device layer is not available (the ``devices`` extra is not
    installed): the bridge then reports one status, "lecteurs non installés", and nothing else.
    """

    #: a ReaderStatus or BackendStatus (a reader or a whole family changed state), GUI thread
    status_changed = Signal(object)
    #: a ReadEvent of an enabled reader, GUI thread, emitted after it was submitted to the scan hub
    read_received = Signal(object)
    #: a ReadFailed (a card pulled mid-read, an unsupported card…), GUI thread
    read_failed = Signal(object)
    #: a CardPresence (a card put on / taken off a reader), GUI thread
    card_presence_changed = Signal(object)
    #: the set of disabled readers changed (the settings page saved it)
    disabled_changed = Signal()

    # emitted on the producing I/O thread; AutoConnection queues it to the GUI thread
    _event_arrived = Signal(object)

    def __init__(self, manager: DeviceManager | None, ctx: GuiContext | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.ctx = ctx
        self.demo: Any = None  #: the DemoDevices of the demo mode, when running
        self.wedge_input: WedgeInput | None = None  #: the key filter installed on the application
        self._readers: dict[tuple[str, str], Any] = {}  # (family, reader) -> ReaderStatus
        self._backends: dict[str, Any] = {}  # family -> BackendStatus
        self._disabled: set[str] = load_disabled(ctx.settings.qsettings) if ctx is not None else set()
        self._unsubscribe: Callable[[], None] | None = None
        self._started = False
        self._event_arrived.connect(self._on_event_arrived)
        if manager is not None:
            self._unsubscribe = manager.subscribe(self.on_device_event)

    # ------------------------------------------------------------------ lifecycle

    @property
    def available(self) -> bool:
        """False when the device layer is not installed."""
        return self.manager is not None

    def start(self) -> None:
        """Start the manager (its backends' threads); safe to call twice."""
        if self.manager is None or self._started:
            return
        self._started = True
        self.manager.start()
        # what the backends already know (the events of a restart are not replayed)
        for status in self.manager.statuses():
            self._backends[str(status.family)] = status
        for reader in self.manager.readers():
            self._readers.setdefault((str(reader.family), reader.reader), reader)

    def stop(self) -> None:
        """Unsubscribe and stop the manager and the demo devices (at application exit)."""
        if self.wedge_input is not None:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.wedge_input)
            self.wedge_input = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.manager is not None and self._started:
            self.manager.stop(timeout=2.0)
        self._started = False
        if self.demo is not None:
            self.demo.stop()
            self.demo = None

    # ------------------------------------------------------------------ I/O threads

    def on_device_event(self, event: Any) -> None:
        """The manager's subscriber: runs on an I/O thread, touches nothing but a signal."""
        self._event_arrived.emit(event)

    # ------------------------------------------------------------------ GUI thread

    @Slot(object)
    def _on_event_arrived(self, event: Any) -> None:
        from ..devices.protocols import BackendStatus, CardPresence, ReaderStatus, ReadEvent, ReadFailed

        if isinstance(event, ReadEvent):
            if event.reader in self._disabled:
                log.debug("read from a disabled reader ignored")
                return
            if self.ctx is not None:
                self.ctx.scan.submit(event)
            self.read_received.emit(event)
        elif isinstance(event, ReadFailed):
            if event.reader not in self._disabled:
                self.read_failed.emit(event)
        elif isinstance(event, CardPresence):
            if event.reader not in self._disabled:
                self.card_presence_changed.emit(event)
        elif isinstance(event, ReaderStatus):
            self._readers[(str(event.family), event.reader)] = event
            self.status_changed.emit(event)
        elif isinstance(event, BackendStatus):
            self._backends[str(event.family)] = event
            self.status_changed.emit(event)

    # ------------------------------------------------------------------ queries

    def readers(self) -> list[Any]:
        """The latest ReaderStatus of every reader seen, by family then name."""
        return [self._readers[k] for k in sorted(self._readers)]

    def backend_statuses(self) -> list[Any]:
        """The latest BackendStatus of every family."""
        return [self._backends[k] for k in sorted(self._backends)]

    def is_enabled(self, reader: str) -> bool:
        return reader not in self._disabled

    @property
    def disabled(self) -> frozenset[str]:
        return frozenset(self._disabled)

    def set_disabled(self, names: set[str], *, persist: bool = True) -> None:
        """Switch readers off (their reads, failures and presences are ignored)."""
        self._disabled = set(names)
        if persist and self.ctx is not None:
            save_disabled(self.ctx.settings.qsettings, self._disabled)
        self.disabled_changed.emit()

    def can_write_tags(self) -> bool:
        """Whether a running family can write key tags (an NFC reader)."""
        if self.manager is None:
            return False
        return any(getattr(b, "write_key_tag", None) is not None and b.is_alive() for b in self.manager.backends)


#: keys that type nothing by themselves: a scanner presses Shift before every capital
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Mode_switch, Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R,
})
#: dead keys (^ ¨ on a French keyboard): composed with the next key, which carries the text
_DEAD_KEYS = range(Qt.Key.Key_Dead_Grave.value, Qt.Key.Key_Dead_Longsolidusoverlay.value + 1)
#: modifiers that change the text of a key, not its meaning (Shift on AZERTY digits, the keypad, AltGr)
_TEXT_MODIFIERS = (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
                   | Qt.KeyboardModifier.GroupSwitchModifier)


class WedgeInput(QObject):
    """Application-wide key filter for keyboard-wedge readers and barcode scanners.

    Installed on the QApplication (``app.installEventFilter(wedge)``). Every printable key
    press delivered to the focused widget is fed to :meth:`DeviceManager.feed_keystroke` with
    its time; the classifier (:mod:`mileo_desk.devices.wedge`) says when a burst — keys at most
    ``max_gap_s`` (40 ms) apart, ended by Enter — was a scanner.

    Keeping the burst out of the focused field. A burst is only recognised at its end, when
    its characters would already have been typed. So the filter *holds back* each printable
    key while a burst may be in progress: a key followed within ``max_gap_s`` by the next one
    stays held; when the gap passes without a new key (the single-shot timer, which also calls
    :meth:`DeviceManager.flush_keystrokes` for scanners without terminator), the held keys are
    replayed, in order, to the widget they were meant for. If the burst ends as a recognised
    read, the held keys and the Enter are dropped: nothing reaches the field, and the read goes
    to the scan hub through the bridge. A non-printable key (Backspace, arrows, shortcuts) first
    releases what is held, then passes; a modifier (Shift, pressed by scanners around every
    capital, and around every digit on an AZERTY layout) or a dead key alone passes without
    touching the burst: the text of the key that follows is what counts (``A``, ``1``).
    Enter or Tab ends a burst; when the burst is a read, the terminator is swallowed too (it
    never presses a dialog's default button nor moves the focus).

    Limits:

    - a person's keystroke reaches the field about 45 ms late (imperceptible, but a key
      pressed during a GUI stall of more than 40 ms may be held with the next one);
    - replayed keys are sent with :meth:`QCoreApplication.sendEvent` (not spontaneous) to the
      widget that had the focus when they were typed, or dropped if it was deleted meanwhile;
    - key times are taken when Qt delivers the event, not from the window system: a GUI
      thread stalled while a person types could make a few human keys look fast — the
      classifier still needs ``min_length`` characters and the terminator, so a person
      practically never passes for a scanner;
    - password fields (a QLineEdit whose echo mode is not Normal), the scan entry dialog and
      any widget with the dynamic property ``mileo_wedge_passthrough`` set (or inside one) are
      left alone: their keys are neither held nor fed (a password manager "typing" a password
      must never become a read);
    - key releases are not held (widgets ignore them for text input).
    """

    #: a ReadEvent recognised from the keyboard (also delivered by the manager to the bridge)
    burst_recognised = Signal(object)

    def __init__(self, manager: DeviceManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._replaying = False
        gap_ms = int(manager.wedge.config.max_gap_s * 1000)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(gap_ms + 5)
        self._timer.timeout.connect(self._on_timer_timeout)
        #: clock used for key times (tests may replace it)
        self.clock: Callable[[], float] = time.monotonic

    @property
    def held_text(self) -> str:
        """The keys held back now (tests)."""
        return "".join(ev.text() for _, ev in self._held)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        target = QApplication.focusWidget() or QApplication.activeWindow()
        # the same key press is seen again for each parent it propagates to: only the first
        if obj is not target or not isinstance(event, QKeyEvent):
            return False
        if self._passes_through(target):
            return False
        key = event.key()
        if key in _MODIFIER_KEYS or key in _DEAD_KEYS:
            # a scanner presses Shift around every capital (and every digit on AZERTY): a
            # modifier or dead key alone types nothing, so it neither ends nor releases a burst
            return False
        text = event.text()
        mods = event.modifiers() & ~_TEXT_MODIFIERS
        is_enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        is_tab = key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier
        if mods != Qt.KeyboardModifier.NoModifier or (
                not (is_enter or is_tab) and (len(text) != 1 or not text.isprintable())):
            # a shortcut or a control key: what was held was typed by a person
            self._release()
            self.manager.wedge.reset()
            return False
        now = self.clock()
        read = self.manager.feed_keystroke("\r" if is_enter else "\t" if is_tab else text, now)
        if read is not None:
            # a scanner burst: the held keys and the terminator never reach the field
            self._timer.stop()
            self._held.clear()
            self.burst_recognised.emit(read)
            return True
        if is_enter or is_tab:
            self._release()
            return False
        if len(self.manager.wedge.pending) <= 1:
            # a new burst begins (the classifier dropped what came before): held keys were a person's
            self._release()
        self._held.append((target, QKeyEvent(event.type(), key, event.modifiers(), text,
                                             event.isAutoRepeat(), event.count())))
        self._timer.start()
        return True

    @staticmethod
    def _passes_through(widget: QWidget) -> bool:
        if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
            return True
        w: QWidget | None = widget
        while w is not None:
            if w.property("mileo_wedge_passthrough") or type(w).__name__ == "ScanEntryDialog":
                return True
            w = w.parentWidget()
        return False

    @Slot()
    def _on_timer_timeout(self) -> None:
        read = self.manager.flush_keystrokes(self.clock())
        if read is not None:
            # a scanner configured without terminator
            self._held.clear()
            self.burst_recognised.emit(read)
            return
        self._release()
        self.manager.wedge.reset()

    def _release(self) -> None:
        """Replay the held keys to the widgets they were typed into."""
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for widget, event in held:
                if shiboken6.isValid(widget):
                    QCoreApplication.sendEvent(widget, event)
        finally:
            self._replaying = False
