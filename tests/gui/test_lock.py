"""Idle lock (SPEC §8): the content is hidden until the same or another user logs in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from mileo_desk.domain.enums import Role
from tests.conftest import BADGE_UID
from tests.gui.conftest import PASSWORDS, wait_idle
from tests.gui.test_scan import card


def unlock(qtbot, window, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    form = window.lock_screen.form
    form.ui.loginEdit.setText(login)
    form.ui.passwordEdit.clear()
    qtbot.keyClicks(form.ui.passwordEdit, password)
    qtbot.keyClick(form.ui.passwordEdit, Qt.Key.Key_Return)


def assert_hidden(window) -> None:  # type: ignore[no-untyped-def]
    assert window.is_locked
    assert window.ui.stack.currentWidget() is window.ui.lockPage
    assert not window.ui.contentPage.isVisible()
    assert not window.ui.itemDock.isVisible()
    assert not window.ui.menubar.isVisible() and not window.ui.mainToolBar.isVisible()
    assert not window.ui.actionAttribute.isEnabled() and not window.ui.actionReceive.isEnabled()


def test_idle_station_locks_and_the_same_user_unlocks(qtbot, window, gui_world) -> None:
    window.open_item(gui_world.ids.held_key_id)
    qtbot.waitUntil(lambda: window.panel.item is not None)
    wait_idle(qtbot, window.ctx)
    window.idle.set_timeout_ms(150)
    window.idle.start()
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert_hidden(window)
    assert "Session de Claire Dubois (Gardien des clés), verrouillée le" in window.lock_screen.ui.infoLabel.text()
    assert window.lock_screen.form.ui.loginEdit.text() == "claire"

    # a card read while locked opens nothing
    handled: list[str] = []
    window.scan_handled.connect(lambda kind, _p: handled.append(kind))
    window.ctx.scan.submit(card(BADGE_UID))
    assert handled == ["ignored"]

    unlock(qtbot, window, "claire", "pas-le-bon")
    qtbot.waitUntil(lambda: bool(window.lock_screen.form.error))
    assert window.lock_screen.form.error == "Identifiant ou mot de passe incorrect."
    assert window.is_locked

    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock(qtbot, window, "claire", PASSWORDS["claire"])
    assert not window.is_locked
    assert window.ui.contentPage.isVisible() and window.ui.itemDock.isVisible()
    assert window.panel.item is not None and window.panel.item.id == gui_world.ids.held_key_id, "same user: kept"
    assert window.ui.actionReceive.isEnabled()
    wait_idle(qtbot, window.ctx)


def test_another_user_takes_over_with_his_own_role(qtbot, window, gui_world) -> None:
    window.open_item(gui_world.ids.held_key_id)
    qtbot.waitUntil(lambda: window.panel.item is not None)
    wait_idle(qtbot, window.ctx)
    assert not window.ui.actionDuplicate.isVisible()  # custodians do not duplicate
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_hidden(window)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock(qtbot, window, "olivier", PASSWORDS["olivier"])
    assert window.ctx.actor.role is Role.OPERATIONS_MANAGER
    assert window.panel.item is None, "the previous user's item is not shown to the next one"
    assert window.ui.actionDuplicate.isVisible()
    assert window.ui.menuDirectory.menuAction().isVisible()
    qtbot.waitUntil(lambda: window.model.loaded and window.model.rowCount() == 6)
    wait_idle(qtbot, window.ctx)


def test_switch_user_starts_with_an_empty_login(qtbot, window) -> None:
    window.ui.actionSwitchUser.trigger()
    assert_hidden(window)
    assert window.lock_screen.form.ui.loginEdit.text() == ""
    assert window.lock_screen.ui.infoLabel.text() == "Connectez-vous pour accéder au registre."


def test_locking_closes_open_dialogs(qtbot, window) -> None:
    window.open_settings()
    dialog = window.current_dialog
    assert dialog is not None and dialog.isVisible()
    window.lock()
    assert not dialog.isVisible()


def test_user_input_keeps_the_station_unlocked(qtbot, window) -> None:
    window.idle.set_timeout_ms(400)
    window.idle.start()
    for i in range(8):  # 8 × 100 ms of mouse moves and keys: twice the delay
        qtbot.mouseMove(window.ui.table.viewport(), QPoint(20 + i * 5, 30))
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
        qtbot.wait(100)
    assert not window.is_locked
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert window.is_locked
