"""Login by password (SPEC §8: each person logs in; roles decide what they may do).

:class:`LoginForm` is the form itself; it is used by :class:`LoginDialog` at start-up and
embedded in the lock screen (:mod:`mileo_desk.gui.lock`). The password is checked by the
services on the DB worker (scrypt takes a noticeable moment); a refusal is shown in the form.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ..domain.errors import MileoError
from ..services.dto import Actor
from .context import GuiContext
from .forms.ui_login import Ui_LoginForm
from .models.labels import error_text
from .operations.runner import Priority

log = logging.getLogger("mileo_desk.gui.login")

ERROR_STYLE = "color: #b00020; font-weight: 600;"
TITLE_STYLE = "font-size: 16pt; font-weight: 600;"


class LoginForm(QWidget):
    """Login and password; emits :attr:`logged_in` with the Actor the services returned."""

    logged_in = Signal(object)  #: the Actor, after a successful login
    failed = Signal(str)  #: the message shown after a refused login

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, *, login: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LoginForm()
        self.ui.setupUi(self)
        self.ui.titleLabel.setStyleSheet(TITLE_STYLE)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.loginEdit.setText(login)
        self._busy = False
        self._title_text: Callable[[], str] | None = None
        self._intro_text: Callable[[], str] | None = None
        self.ui.loginButton.clicked.connect(self.submit)
        self.ui.passwordEdit.returnPressed.connect(self.submit)
        self.ui.loginEdit.returnPressed.connect(self._on_login_return_pressed)

    # -- public

    def set_login(self, login: str) -> None:
        self.ui.loginEdit.setText(login)

    def set_texts(self, *, title: Callable[[], str] | None = None, intro: Callable[[], str] | None = None) -> None:
        """Replace the title and the intro; given as functions so they follow a language switch
        (an empty title hides it)."""
        self._title_text, self._intro_text = title, intro
        self._apply_texts()

    def _apply_texts(self) -> None:
        if self._title_text is not None:
            title = self._title_text()
            self.ui.titleLabel.setText(title)
            self.ui.titleLabel.setVisible(bool(title))
        if self._intro_text is not None:
            self.ui.introLabel.setText(self._intro_text())

    def reset(self) -> None:
        """Clear the password and the error, focus the first empty field."""
        self.ui.passwordEdit.clear()
        self.show_error(None)
        self.focus_first_empty()

    def focus_first_empty(self) -> None:
        target = self.ui.passwordEdit if self.ui.loginEdit.text().strip() else self.ui.loginEdit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str | None) -> None:
        self.ui.errorLabel.setText(message or "")
        self.ui.errorLabel.setVisible(bool(message))

    @property
    def error(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisible() else ""

    def submit(self) -> None:
        if self._busy:
            return
        login = self.ui.loginEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not login:
            self.show_error(self.tr("Saisissez votre identifiant."))
            self.ui.loginEdit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Saisissez votre mot de passe."))
            self.ui.passwordEdit.setFocus()
            return
        self._set_busy(True)
        session = self.ctx.services.session
        self.ctx.ops.run(lambda: session.login(login, password), on_success=self._on_login_ok,
                         on_failure=self._on_login_failed, priority=Priority.HIGH, owner=self)

    # -- internals

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.loginButton.setEnabled(not busy)
        self.ui.loginEdit.setEnabled(not busy)
        self.ui.passwordEdit.setEnabled(not busy)
        self.ui.loginButton.setText(self.tr("Connexion…") if busy else self.tr("Se connecter"))

    def _on_login_return_pressed(self) -> None:
        self.ui.passwordEdit.setFocus()

    def _on_login_ok(self, actor: Actor) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.clear()
        self.show_error(None)
        log.info("login accepted (role %s)", actor.role.value)
        self.logged_in.emit(actor)

    def _on_login_failed(self, err: MileoError) -> None:
        self._set_busy(False)
        message = error_text(err)
        self.show_error(message)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        self.failed.emit(message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            error = self.error
            self.ui.retranslateUi(self)
            self._set_busy(self._busy)
            self.show_error(error or None)
            self._apply_texts()
        super().changeEvent(event)


class LoginDialog(QDialog):
    """The start-up login; ``actor`` is set when it is accepted."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, *, login: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.form = LoginForm(ctx, self, login=login)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.form)
        self.form.logged_in.connect(self._on_form_logged_in)
        self.setMinimumWidth(420)
        self._retranslate()
        self.form.focus_first_empty()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mileo Desk — Connexion"))

    def _on_form_logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.form.focus_first_empty()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
