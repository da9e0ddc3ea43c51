"""Login by password; a refusal is shown in the dialog (SPEC §8)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mileo_desk.domain.enums import Role
from mileo_desk.gui.login import LoginDialog
from tests.gui.conftest import PASSWORDS


def type_in(qtbot, dialog: LoginDialog, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    form = dialog.form
    form.ui.loginEdit.clear()
    qtbot.keyClicks(form.ui.loginEdit, login)
    form.ui.passwordEdit.clear()
    qtbot.keyClicks(form.ui.passwordEdit, password)
    qtbot.keyClick(form.ui.passwordEdit, Qt.Key.Key_Return)


def test_wrong_password_is_shown_in_the_dialog_then_login_succeeds(qtbot, make_ctx) -> None:
    ctx = make_ctx(role=None)
    dialog = LoginDialog(ctx, login="claire")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Mileo Desk — Connexion"
    assert dialog.form.ui.passwordEdit.hasFocus() or not dialog.isActiveWindow()
    type_in(qtbot, dialog, "claire", "mauvais-mot-de-passe")
    qtbot.waitUntil(lambda: bool(dialog.form.error))
    assert dialog.form.error == "Identifiant ou mot de passe incorrect."
    assert dialog.form.ui.errorLabel.isVisible()
    assert dialog.form.ui.passwordEdit.text() == "", "the wrong password is not kept"
    assert dialog.result() == 0 and dialog.actor is None

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        type_in(qtbot, dialog, "claire", PASSWORDS["claire"])
    assert dialog.actor is not None
    assert dialog.actor.role is Role.CUSTODIAN
    assert dialog.actor.full_name == "Claire Dubois"


def test_empty_fields_are_refused_without_asking_the_services(qtbot, make_ctx) -> None:
    ctx = make_ctx(role=None)
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.submit()
    assert dialog.form.error == "Saisissez votre identifiant."
    qtbot.keyClicks(dialog.form.ui.loginEdit, "claire")
    dialog.form.submit()
    assert dialog.form.error == "Saisissez votre mot de passe."
    assert not ctx.ops.busy
