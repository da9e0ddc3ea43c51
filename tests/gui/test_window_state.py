"""Window state remembered (QSettings), shortcuts and tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mileo_desk.gui.models.registry_model import Column
from tests.gui.conftest import wait_idle


def test_geometry_dock_and_columns_are_remembered(qtbot, make_ctx, make_window, settings) -> None:
    ctx = make_ctx()
    first = make_window(ctx)
    assert first.minimumSizeHint().width() <= 1280, "fits a 1366×768 laptop screen"
    first.resize(1301, 717)
    first.ui.itemDock.hide()
    first.ui.table.horizontalHeader().resizeSection(Column.CLIENT, 321)
    wait_idle(qtbot, ctx)
    first.close()
    assert settings.state("main_window/geometry") is not None
    second = make_window(make_ctx())
    assert second.size().width() == 1301 and second.size().height() == 717
    assert not second.ui.itemDock.isVisible()
    assert second.ui.table.horizontalHeader().sectionSize(Column.CLIENT) == 321


def test_frequent_actions_have_shortcuts(qtbot, window) -> None:
    ui = window.ui
    shortcuts = {a.objectName(): a.shortcut().toString() for a in (
        ui.actionReceive, ui.actionAttribute, ui.actionReturn, ui.actionLock, ui.actionFocusSearch,
        ui.actionEnterCode, ui.actionRefresh, ui.actionQuit)}
    assert shortcuts == {"actionReceive": "Ctrl+N", "actionAttribute": "Ctrl+T", "actionReturn": "Ctrl+R",
                         "actionLock": "Ctrl+L", "actionFocusSearch": "Ctrl+F", "actionEnterCode": "Ctrl+K",
                         "actionRefresh": "F5", "actionQuit": "Ctrl+Q"}
    window.ui.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus() or window.focusWidget() is window.ui.searchEdit


def test_tab_order_of_the_registry(qtbot, window) -> None:
    ui = window.ui
    order = [ui.searchEdit]
    for _ in range(9):
        order.append(order[-1].nextInFocusChain())
        while not order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus or order[-1].parent() is None:
            order[-1] = order[-1].nextInFocusChain()
    names = [w.objectName() for w in order]
    assert names[:8] == ["searchEdit", "clientCombo", "siteCombo", "typeCombo", "stateCombo", "holderCombo",
                         "overdueCheck", "tempOutCheck"]
