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


def test_a_new_session_starts_without_the_previous_users_search(qtbot, window, gui_world) -> None:
    """CHR-GOV-001 §01: one user's search is not the next one's business (issue 10, item 1)."""
    from tests.gui.test_registry import search, shown_ids

    assert search(qtbot, window, "eclair") == ["ECL-00002", "ECL-00005"]
    window.ui.overdueCheck.setChecked(True)
    qtbot.waitUntil(lambda: not window.model.querying)
    window.open_item(gui_world.ids.held_key_id)
    window.select_item(gui_world.ids.held_key_id)
    wait_idle(qtbot, window.ctx)
    window.ui.actionSwitchUser.trigger()
    assert_hidden(window)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock(qtbot, window, "olivier", PASSWORDS["olivier"])
    qtbot.waitUntil(lambda: window.model.loaded and not window.model.querying)
    wait_idle(qtbot, window.ctx)
    ui = window.ui
    # the widgets say "no filter", and the list is what no filter shows
    assert ui.searchEdit.text() == "" and not ui.overdueCheck.isChecked() and not ui.tempOutCheck.isChecked()
    assert all(c.currentData() is None for c in (ui.clientCombo, ui.siteCombo, ui.typeCombo, ui.stateCombo,
                                                  ui.holderCombo))
    assert window.model.filters == (window.current_filter(),)
    assert len(shown_ids(window)) == 6
    assert ui.countLabel.text() == "6 objets"
    assert not ui.table.selectionModel().hasSelection()
    assert window.panel.item is None and ui.itemDock.isVisible()
    # F5 lists what the visible filters say
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.model.querying)
    wait_idle(qtbot, window.ctx)
    assert len(shown_ids(window)) == 6


def test_refresh_follows_the_visible_filters(qtbot, window) -> None:
    from tests.gui.test_registry import shown_ids

    # a filter set on the model but not on screen (as a previous session left it) is dropped by F5
    window.model.set_filter(window.current_filter().__class__(text="eclair"))
    qtbot.waitUntil(lambda: not window.model.querying)
    wait_idle(qtbot, window.ctx)
    assert len(shown_ids(window)) == 2
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.model.querying)
    wait_idle(qtbot, window.ctx)
    assert len(shown_ids(window)) == 6
