"""Menus and actions follow the role (SPEC §8, README "Rôles et droits")."""

from __future__ import annotations

from mileo_desk.domain.enums import Role
from tests.gui.conftest import wait_idle


def test_a_technician_sees_no_attribution_and_only_what_he_holds(qtbot, make_ctx, make_window, gui_world) -> None:
    window = make_window(make_ctx(Role.TECHNICIAN))
    ui = window.ui
    for action in (ui.actionAttribute, ui.actionReturn, ui.actionTransfer, ui.actionReceive, ui.actionMarkFound,
                   ui.actionDuplicate, ui.actionVerify, ui.actionNewClient, ui.actionNewPerson):
        assert not action.isVisible(), action.objectName()
    assert ui.actionDeclareLoss.isVisible()  # PROC-INT-006 §03: he reports what he lost
    assert not ui.menuDirectory.menuAction().isVisible()
    assert not ui.tabs.isTabVisible(ui.tabs.indexOf(ui.dashboardTab))
    toolbar_texts = [a.text() for a in ui.mainToolBar.actions() if a.isVisible()]
    assert "Attribuer à un technicien…" not in toolbar_texts
    assert [b.defaultAction() for b in window.panel.action_buttons] == [ui.actionDeclareLoss, ui.actionDeclareTheft]
    # only the items he holds: the mechanical key and the temporary badge
    qtbot.waitUntil(lambda: window.model.item_at(0) is not None and window.model.item_at(1) is not None)
    assert sorted(window.model.item_at(r).registry_id for r in range(window.model.rowCount())) == [
        "ECL-00002", "ECL-00005"]
    wait_idle(qtbot, window.ctx)


def test_the_custodian_and_the_manager(qtbot, make_ctx, make_window) -> None:
    custodian = make_window(make_ctx(Role.CUSTODIAN))
    ui = custodian.ui
    assert ui.actionAttribute.isVisible() and ui.actionReturn.isVisible() and ui.actionReceive.isVisible()
    assert not ui.actionDuplicate.isVisible()  # PROC-INT-006 §02: the manager records duplications
    assert not ui.menuDirectory.menuAction().isVisible()
    assert ui.tabs.isTabVisible(ui.tabs.indexOf(ui.dashboardTab))
    manager = make_window(make_ctx(Role.OPERATIONS_MANAGER))
    assert manager.ui.actionDuplicate.isVisible() and manager.ui.actionNewClient.isVisible()
    assert manager.ui.menuDirectory.menuAction().isVisible()
    wait_idle(qtbot, manager.ctx)


def test_the_administrator_manages_but_does_not_hand_over(qtbot, make_ctx, make_window) -> None:
    window = make_window(make_ctx(Role.ADMIN))
    ui = window.ui
    assert not ui.actionAttribute.isVisible() and not ui.actionReturn.isVisible()
    assert ui.actionReceive.isVisible() and ui.actionNewPerson.isVisible() and ui.actionVerify.isVisible()
    wait_idle(qtbot, window.ctx)
