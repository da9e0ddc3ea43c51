"""The main window's actions: menus, toolbar, context menu, their visibility by role and
their availability by the domain's rules.

Visibility follows the role (:mod:`mileo_desk.domain.permissions`); whether an item action is
enabled is asked to :func:`mileo_desk.domain.rules.available_movements`, whose French reason is
shown in the tooltip and the status tip: the rule lives once, in the domain (habit 0).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
)

from ...domain.errors import MileoError
from ...domain.permissions import Action
from ...domain.rules import available_movements
from ...services.dto import (
    MovementView,
)
from .. import dialogs
from ..models.labels import error_text
from ..models.registry_model import ItemRole
from ._host import WindowBase


class ActionsMixin(WindowBase):  # type: ignore[misc]  # see _host
    """Menu, toolbar and context-menu actions of :class:`MainWindow` (a mixin: the methods run
    on the window itself, so their ``tr`` strings keep the "MainWindow" translation context)."""

    def _setup_actions(self) -> None:
        ui = self.ui
        #: each item action and the movement of the domain it starts (its rules say when it may)
        self._movement_actions: dict[QAction, Action] = {
            ui.actionAttribute: Action.ATTRIBUTE_ITEM,
            ui.actionReturn: Action.RETURN_ITEM,
            ui.actionTransfer: Action.TRANSFER_ITEM,
            ui.actionDeclareLoss: Action.DECLARE_LOSS,
            ui.actionDeclareTheft: Action.DECLARE_LOSS,
            ui.actionMarkFound: Action.MARK_FOUND,
            ui.actionRestitute: Action.RESTITUTE_ITEM,
            ui.actionDuplicate: Action.DUPLICATE_ITEM,
        }
        self._item_actions: dict[QAction, Callable[[], None]] = {
            ui.actionAttribute: lambda: self._open_item_dialog(dialogs.AttributeDialog),
            ui.actionReturn: lambda: self._open_item_dialog(dialogs.ReturnDialog),
            ui.actionTransfer: lambda: self._open_item_dialog(dialogs.TransferDialog),
            ui.actionDeclareLoss: lambda: self._open_item_dialog(dialogs.LossDialog, stolen=False),
            ui.actionDeclareTheft: lambda: self._open_item_dialog(dialogs.LossDialog, stolen=True),
            ui.actionMarkFound: lambda: self._open_item_dialog(dialogs.FoundDialog),
            ui.actionRestitute: lambda: self._open_item_dialog(dialogs.RestituteDialog),
            ui.actionDuplicate: lambda: self._open_item_dialog(dialogs.DuplicateDialog),
            ui.actionReceipt: self._on_receipt_action,
        }
        for action, slot in self._item_actions.items():
            action.triggered.connect(slot)
        ui.actionReceive.triggered.connect(lambda: self.open_dialog(dialogs.ReceiveDialog))
        ui.actionNewClient.triggered.connect(lambda: self.open_dialog(dialogs.ClientDialog))
        ui.actionNewSite.triggered.connect(lambda: self.open_dialog(dialogs.SiteDialog))
        ui.actionNewPerson.triggered.connect(lambda: self.open_dialog(dialogs.PersonDialog))
        ui.actionLock.triggered.connect(self.lock)
        ui.actionSwitchUser.triggered.connect(lambda: self.lock(switch_user=True))
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFocusSearch.triggered.connect(self.focus_search)
        ui.actionClearFilters.triggered.connect(self.clear_filters)
        ui.actionRefresh.triggered.connect(self._on_refresh_action)
        ui.actionShowRegistry.triggered.connect(lambda: ui.tabs.setCurrentWidget(ui.registryTab))
        ui.actionShowDashboard.triggered.connect(lambda: ui.tabs.setCurrentWidget(ui.dashboardTab))
        ui.actionVerify.triggered.connect(self.verify_chain)
        ui.actionEnterCode.triggered.connect(self.enter_code)
        ui.actionSimulateUnknown.triggered.connect(self._on_simulate_unknown_action)
        ui.actionAbout.triggered.connect(self._on_about_action)
        self._simulate_menu = QMenu(self)
        ui.menuDeveloper.addMenu(self._simulate_menu)
        # a grey entry of the Objet menu shows, under the pointer, the domain's reason
        ui.menuItem.setToolTipsVisible(True)
        self._set_icons()

    def _apply_role(self) -> None:
        can = self.ctx.can
        ui = self.ui
        visible = {
            ui.actionReceive: can(Action.RECEIVE_ITEM),
            ui.actionAttribute: can(Action.ATTRIBUTE_ITEM),
            ui.actionReturn: can(Action.RETURN_ITEM),
            ui.actionTransfer: can(Action.TRANSFER_ITEM),
            ui.actionDeclareLoss: can(Action.DECLARE_LOSS),
            ui.actionDeclareTheft: can(Action.DECLARE_LOSS),
            ui.actionMarkFound: can(Action.MARK_FOUND),
            ui.actionRestitute: can(Action.RESTITUTE_ITEM),
            ui.actionDuplicate: can(Action.DUPLICATE_ITEM),
            ui.actionVerify: can(Action.VERIFY_HISTORY),
            ui.actionNewClient: can(Action.MANAGE_CLIENTS),
            ui.actionNewSite: can(Action.MANAGE_CLIENTS),
            ui.actionNewPerson: can(Action.MANAGE_PEOPLE),
            ui.actionShowDashboard: can(Action.VIEW_DASHBOARD),
        }
        for action, shown in visible.items():
            action.setVisible(shown)
        ui.menuDirectory.menuAction().setVisible(can(Action.MANAGE_CLIENTS) or can(Action.MANAGE_PEOPLE))
        dashboard_index = ui.tabs.indexOf(ui.dashboardTab)
        ui.tabs.setTabVisible(dashboard_index, can(Action.VIEW_DASHBOARD))
        if not can(Action.VIEW_DASHBOARD):
            ui.tabs.setCurrentWidget(ui.registryTab)
        ui.menuDeveloper.menuAction().setVisible(self.developer_mode)
        self.panel.set_actions([ui.actionAttribute, ui.actionReturn, ui.actionTransfer, ui.actionDeclareLoss,
                                ui.actionDeclareTheft, ui.actionMarkFound, ui.actionRestitute, ui.actionDuplicate])
        self._update_actions()

    @property
    def developer_mode(self) -> bool:
        return bool(self.ctx.settings.developer_menu or os.environ.get("MILEO_DESK_DEV"))

    def _update_actions(self) -> None:
        """Enable the item actions the domain allows on the item shown, for the user's role; an
        unavailable one says why in its tooltip and the status bar (visibility follows the role)."""
        item = self.panel.item
        actor = self.ctx.actor
        locked = self._locked or actor is None
        ui = self.ui
        reasons: dict[Action, MileoError | None] = {}
        if item is not None and actor is not None:
            reasons = available_movements(item.facts, role=actor.role, actor_id=actor.person_id)
        nothing_open = self.tr("Choisissez d'abord un objet dans le registre ou lisez son badge.")
        for action, movement in self._movement_actions.items():
            refusal = reasons.get(movement)
            text = action.text().replace("&", "")
            if locked:
                why = ""
            elif item is None:
                why = nothing_open
            elif refusal is not None:
                why = error_text(refusal)
            else:
                why = ""
            action.setEnabled(not locked and item is not None and refusal is None)
            action.setToolTip(f"{text} — {why}" if why else text)
            action.setStatusTip(why)
        receipt = self._last_receipt_movement() is not None
        ui.actionReceipt.setEnabled(receipt and not locked)
        for action in (ui.actionReceive, ui.actionLock, ui.actionSwitchUser, ui.actionSettings, ui.actionFocusSearch,
                       ui.actionClearFilters, ui.actionRefresh, ui.actionShowRegistry, ui.actionShowDashboard,
                       ui.actionVerify, ui.actionNewClient, ui.actionNewSite, ui.actionNewPerson, ui.actionEnterCode,
                       ui.actionSimulateUnknown, self._dock_action):
            action.setEnabled(not locked)

    def _last_receipt_movement(self) -> MovementView | None:
        from ..widgets.item_panel import RECEIPT_KINDS

        history: list[MovementView] = self.panel.history
        for m in reversed(history):
            if m.kind in RECEIPT_KINDS:
                return m
        return None

    def _set_icons(self) -> None:
        style = self.style()
        sp = style.StandardPixmap
        icons = {
            self.ui.actionReceive: sp.SP_FileDialogNewFolder,
            self.ui.actionAttribute: sp.SP_ArrowRight,
            self.ui.actionReturn: sp.SP_ArrowLeft,
            self.ui.actionEnterCode: sp.SP_FileDialogContentsView,
            self.ui.actionRefresh: sp.SP_BrowserReload,
            self.ui.actionLock: sp.SP_DialogNoButton,
        }
        for action, pixmap in icons.items():
            action.setIcon(style.standardIcon(pixmap))

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        index = self.ui.table.indexAt(pos)
        if not index.isValid():
            return
        self.ui.table.setCurrentIndex(index)
        item_id = index.data(ItemRole.ID)
        if item_id is not None and (self.panel.item is None or self.panel.item.id != item_id):
            # actions apply to the item once it is loaded
            self.panel.show_item(int(item_id), item=self.model.cached(int(item_id)))
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # the reason of a grey entry, as in the Objet menu
        ui = self.ui
        for action in (ui.actionAttribute, ui.actionReturn, ui.actionTransfer, None, ui.actionDeclareLoss,
                       ui.actionDeclareTheft, ui.actionMarkFound, None, ui.actionRestitute, ui.actionDuplicate,
                       None, ui.actionReceipt):
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.ui.table.viewport().mapToGlobal(pos))
