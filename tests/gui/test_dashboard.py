"""The dashboard: overdue attributions, temporary badges not returned, lost or stolen items."""

from __future__ import annotations

from mileo_desk.gui.models.registry_model import Column
from tests.gui.conftest import wait_idle


def test_dashboard_lists_and_opening_an_item(qtbot, window, gui_world) -> None:
    dash = window.dashboard
    with qtbot.waitSignal(dash.refreshed, timeout=10_000):
        window.ui.actionShowDashboard.trigger()
    assert dash.counts() == (1, 1, 1)
    assert dash.ui.overdueBox.title() == "Attributions en retard (1)"
    assert dash.ui.tempBox.title() == "Badges temporaires non rendus (1)"
    assert dash.ui.lostBox.title() == "Objets perdus ou volés (1)"
    qtbot.waitUntil(lambda: dash.overdue.item_at(0) is not None and dash.lost.item_at(0) is not None
                    and dash.temporary.item_at(0) is not None)
    assert dash.overdue.item_at(0).registry_id == "ECL-00004"
    assert dash.temporary.item_at(0).registry_id == "ECL-00005"
    assert dash.lost.item_at(0).registry_id == "ECL-00003"
    table = dash.ui.overdueTable
    table.activated.emit(dash.overdue.index(0, Column.REGISTRY_ID))
    qtbot.waitUntil(lambda: window.panel.item is not None and window.panel.item.id == gui_world.ids.overdue_master_id)
    assert window.ui.tabs.currentWidget() is window.ui.dashboardTab
    wait_idle(qtbot, window.ctx)


def test_dashboard_refreshes_after_a_change(qtbot, window, gui_world) -> None:
    from mileo_desk.services.dto import Changes
    from tests.conftest import sig

    dash = window.dashboard
    with qtbot.waitSignal(dash.refreshed, timeout=10_000):
        window.ui.tabs.setCurrentWidget(window.ui.dashboardTab)
    svc, actor = gui_world.svc, window.ctx.actor
    svc.registry.return_item(actor, item_id=gui_world.ids.overdue_master_id, technician_signature=sig(11),
                             custodian_signature=sig(12))
    with qtbot.waitSignal(dash.refreshed, timeout=10_000):
        # what the return's MovementResult says: the item changed, the history grew
        window.ctx.changes.broadcast(Changes(item_ids=frozenset({gui_world.ids.overdue_master_id}), history=True))
    assert dash.counts() == (0, 1, 1)
    wait_idle(qtbot, window.ctx)
