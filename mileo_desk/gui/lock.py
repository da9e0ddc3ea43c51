"""Idle lock (SPEC §8: an idle station locks itself).

:class:`IdleWatcher` watches every user input of the application (an event filter on the
QApplication) and emits :attr:`IdleWatcher.idle` after the configured delay without any.
:class:`LockScreen` is what the main window shows instead of its content while locked: who
locked it and when, and the login form — the same user unlocks, or another user logs in and
takes over the station with their own role.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent, QWindow
from PySide6.QtWidgets import QWidget

from ..services.dto import Actor
from .context import GuiContext
from .forms.ui_lock_screen import Ui_LockScreen
from .login import LoginForm
from .models.labels import paris, role_label

log = logging.getLogger("mileo_desk.gui.lock")

#: the events that count as the user being there
ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits :attr:`idle` once after *timeout_ms* without user input (re-armed by :meth:`start`).

    It filters the events of the application's top-level *windows* (QWindow), where every
    mouse, key, wheel, tablet and touch input arrives before Qt dispatches it to a widget —
    not the events of every object, which would call into Python for each paint and layout.
    A window that appears later (a dialog) is watched from the moment it gets the focus.
    """

    idle = Signal()  #: no user input for the configured delay

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._last = time.monotonic()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._configure_timer()
        self._watched: set[int] = set()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for window in app.topLevelWindows():
                self._watch(window)
            app.focusWindowChanged.connect(self._on_app_focus_window_changed)

    def _watch(self, window: QWindow | None) -> None:
        if window is None or id(window) in self._watched:
            return
        key = id(window)
        self._watched.add(key)
        window.installEventFilter(self)
        window.destroyed.connect(lambda _=None, key=key: self._watched.discard(key))

    def _on_app_focus_window_changed(self, window: QWindow | None) -> None:
        self._watch(window)
        self._last = time.monotonic()

    def watch_widget(self, widget: QWidget) -> None:
        """Watch a top-level widget's window now (rather than when it first gets the focus)."""
        self._watch(widget.windowHandle())

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(50, int(timeout_ms))
        self._configure_timer()

    def _configure_timer(self) -> None:
        # a coarse periodic check is cheaper than restarting a timer on every mouse move
        self._timer.setInterval(max(20, min(1000, self._timeout_ms // 5)))

    def start(self) -> None:
        """Arm the watcher (after a login or an unlock)."""
        self._last = time.monotonic()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def poke(self) -> None:
        """Count as activity (e.g. a card read)."""
        self._last = time.monotonic()

    @property
    def idle_ms(self) -> float:
        return (time.monotonic() - self._last) * 1000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self._last = time.monotonic()
        return False

    def _on_timer_timeout(self) -> None:
        if self._armed and self.idle_ms >= self._timeout_ms:
            self.stop()
            log.info("station idle: locking")
            self.idle.emit()

    def uninstall(self) -> None:
        self.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._on_app_focus_window_changed)
            for window in app.topLevelWindows():
                if id(window) in self._watched:
                    window.removeEventFilter(self)
        self._watched.clear()


class LockScreen(QWidget):
    """Shown instead of the content while the station is locked."""

    unlocked = Signal(object)  #: the Actor who logged in (the same user or another one)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.ui.titleLabel.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.ui.infoLabel.setStyleSheet("font-size: 11pt; color: #444;")
        self.form = LoginForm(ctx, self.ui.formFrame)
        self.form.set_texts(title=lambda: "", intro=lambda: self.tr(
            "Le même utilisateur déverrouille, ou un autre utilisateur se connecte et prend le poste."))
        self.ui.formHostLayout.addWidget(self.form)
        self.form.logged_in.connect(self.unlocked)
        self._locked_by: Actor | None = None
        self._locked_at: datetime | None = None
        self._retranslate()

    def prepare(self, actor: Actor | None, *, at: datetime | None = None) -> None:
        """Show who locked the station and when; propose their login."""
        self._locked_by = actor
        self._locked_at = at or datetime.now(UTC)
        self.form.set_login(actor.login if actor else "")
        self.form.reset()
        self._retranslate()

    def focus_form(self) -> None:
        self.form.focus_first_empty()

    def _retranslate(self) -> None:
        if self._locked_by is None:
            self.ui.infoLabel.setText(self.tr("Connectez-vous pour accéder au registre."))
            return
        self.ui.infoLabel.setText(
            self.tr("Session de %1 (%2), verrouillée le %3.")
            .replace("%1", self._locked_by.full_name)
            .replace("%2", role_label(self._locked_by.role))
            .replace("%3", paris(self._locked_at))
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.form.focus_first_empty()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


__all__ = ["IdleWatcher", "LockScreen"]
