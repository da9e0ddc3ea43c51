"""The first administrator, asked at the first start on an empty registry given by URL (a
fresh PostgreSQL server, a new SQLite file): no demo account with a public password is ever
created there (issue 10, item 4). The composition root (:func:`mileo_desk.app.run_gui`) shows
this dialog before the login; the account is created by the same use case as
``mileo-desk init`` (``services.setup.create_first_admin``), on the DB worker.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import MileoError
from ..services.dto import PersonView
from .context import GuiContext
from .login import ERROR_STYLE, TITLE_STYLE
from .models.labels import error_text
from .operations.runner import Priority

log = logging.getLogger("mileo_desk.gui.first_admin")


class FirstAdminDialog(QDialog):
    """Full name, login, password twice; ``admin`` holds the account once it is accepted."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, *, where: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.where = where
        self.admin: PersonView | None = None
        self._busy = False
        self.title = QLabel()
        self.title.setStyleSheet(TITLE_STYLE)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.login_edit = QLineEdit("admin")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.form = QFormLayout()
        for edit in (self.name_edit, self.login_edit, self.password_edit, self.confirm_edit):
            self.form.addRow("", edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        for widget in (self.title, self.intro):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._retranslate()
        self.name_edit.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mileo Desk — Premier administrateur"))
        self.title.setText(self.tr("Créer le premier administrateur"))
        intro = self.tr("Le registre est vide : aucun compte n'existe encore. Créez le compte de "
                        "l'administrateur, qui créera ensuite les autres comptes. Aucune donnée de "
                        "démonstration n'est ajoutée à ce registre.")
        self.intro.setText(intro + (f"\n{self.where}" if self.where else ""))
        labels = (self.tr("Nom complet"), self.tr("Identifiant"), self.tr("Mot de passe"), self.tr("Confirmation"))
        for row, label in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setText(label)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer le compte"))

    @property
    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    def show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def submit(self) -> None:
        """Check what can be checked here, then create the account on the DB worker."""
        if self._busy:
            return
        name, login = self.name_edit.text().strip(), self.login_edit.text().strip()
        password = self.password_edit.text()
        for edit, missing in ((self.name_edit, not name), (self.login_edit, not login),
                              (self.password_edit, not password)):
            if missing:
                self.show_error(self.tr("Remplissez tous les champs."))
                edit.setFocus()
                return
        if password != self.confirm_edit.text():
            self.show_error(self.tr("Les deux mots de passe diffèrent."))
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            return
        self._set_busy(True)
        setup = self.ctx.services.setup
        # the password length and the login grammar are the services' rules, as for « init »
        self.ctx.ops.run(lambda: setup.create_first_admin(full_name=name, login=login, password=password),
                         on_success=self._on_created, on_failure=self._on_refused, priority=Priority.HIGH,
                         owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def _on_created(self, admin: PersonView) -> None:
        self._set_busy(False)
        self.admin = admin
        log.info("first administrator created")
        self.accept()

    def _on_refused(self, err: MileoError) -> None:
        self._set_busy(False)
        self.show_error(error_text(err))
        self.password_edit.clear()
        self.confirm_edit.clear()
        (self.login_edit if err.field == "login" else self.password_edit).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
