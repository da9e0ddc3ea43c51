"""The desk station's main window (SPEC §1, §2, §6, §8).

- the registry as an id-based table (:class:`RegistryModel`), with search-as-you-type and
  filters, fluid on 100,000 items;
- the item panel in a dock, so that an item opens "wherever the user is" (registry or
  dashboard tab);
- scan-first: every read no dialog grabbed arrives here through :attr:`ScanHub.unclaimed`;
  a known item opens, a person's Mileo badge filters what they hold, an unknown UID offers
  to register it;
- menus, toolbar and context menu follow the role of the logged-in user;
- an idle lock that hides the content until the same or another user logs in;
- window, dock, splitter and column state remembered in the settings.

Dialogs are imported lazily from :mod:`mileo_desk.gui.dialogs`; one that is not there yet
shows "bientôt disponible".
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import secrets
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from .. import __version__
from ..domain.enums import ItemState, ItemType, MovementKind
from ..domain.errors import MileoError
from ..domain.identifiers import looks_like_code
from ..domain.permissions import Action
from ..domain.rules import available_movements
from ..domain.text import fold
from ..services.dto import (
    Changes,
    ClientView,
    ItemFilter,
    ItemView,
    MovementResult,
    MovementView,
    PersonView,
    SiteView,
    VerifyReport,
)
from .context import GuiContext
from .dashboard import DashboardView
from .forms.ui_main_window import Ui_MainWindow
from .lock import IdleWatcher, LockScreen
from .models.choices import ChoiceModel
from .models.labels import error_text, item_type_label, movement_label, role_label, state_label
from .models.registry_model import Column, ItemRole, RegistryDelegate, RegistryModel
from .operations.runner import Priority, runs_in_db_thread
from .scan import ScanEntryDialog, lookup_key
from .settings import SettingsDialog
from .widgets.item_panel import ItemBundle, ItemPanel, load_item_bundle

log = logging.getLogger("mileo_desk.gui.main_window")

#: a full verification after login is automatic only on registries up to this size
AUTO_VERIFY_MAX_ITEMS = 10_000
#: short search terms scan the whole registry: wait for a pause in the typing
SHORT_TERM_DELAY_MS = 250
#: rows of the first page of a search, at least (more when the table shows more)
FIRST_PAGE_MIN = 40
COLUMN_WIDTHS = {Column.REGISTRY_ID: 115, Column.TYPE: 125, Column.CLIENT: 200, Column.SITE: 170,
                 Column.HOLDER: 150, Column.STATE: 125, Column.DUE: 125}


def _dialog_class(name: str) -> Callable[..., QDialog] | None:
    """A dialog class of :mod:`mileo_desk.gui.dialogs`, or None if not written yet."""
    try:
        module = importlib.import_module("mileo_desk.gui.dialogs")
    except ImportError:
        log.warning("dialogs package unavailable")
        return None
    cls = getattr(module, name, None)
    return cls if isinstance(cls, type) and issubclass(cls, QDialog) else None


@runs_in_db_thread
def _resolve_read(ctx: GuiContext, key: str) -> tuple[Any, ItemBundle | None]:
    actor = ctx.require_actor()
    resolution = ctx.services.queries.resolve_uid(actor, key)
    if resolution.kind == "item" and resolution.item is not None:
        try:
            return resolution, load_item_bundle(ctx.services, actor, resolution.item.id, resolution.item)
        except MileoError:
            # a technician may resolve an item he does not hold; he just cannot open it
            return resolution, None
    return resolution, None


class MainWindow(QMainWindow):
    """The desk station."""

    locked = Signal()  #: the content is hidden
    unlocked = Signal(object)  #: the Actor now using the station
    scan_handled = Signal(str, object)  #: ("item" | "person" | "unknown" | "ignored", payload)
    verified = Signal(object)  #: a VerifyReport

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._locked = False
        self._dock_was_visible = True
        self._global_report: VerifyReport | None = None
        self._auto_verify_done = False
        self._unknown_box: QMessageBox | None = None
        self._dialog: QDialog | None = None
        self._clients: list[ClientView] = []
        self._sites: list[SiteView] = []
        self._holders: list[PersonView] = []
        self._pending_select: int | None = None

        # the registry
        self.model = RegistryModel(ctx, self)
        table = self.ui.table
        table.setModel(self.model)
        table.setItemDelegate(RegistryDelegate(self.model, table))
        # the cells hold Latin text, which needs no shaping: a screen of ~250 cells paints
        # ~20 % faster (only the strategy is set: the font still follows the application's)
        cells_font = QFont()
        cells_font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        table.setFont(cells_font)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(Column.REGISTRY_ID, Qt.SortOrder.AscendingOrder)
        for col, width in COLUMN_WIDTHS.items():
            header.resizeSection(col, width)
        vheader = table.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.model.ids_loaded.connect(self._on_model_ids_loaded)
        self.model.failed.connect(self._on_op_failed)
        table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        table.activated.connect(self._on_table_activated)
        table.customContextMenuRequested.connect(self._on_table_context_menu_requested)

        # the item panel, the dashboard, the lock screen
        self.panel = ItemPanel(ctx, self.ui.itemDockContents)
        self.ui.itemDockLayout.addWidget(self.panel)
        self.panel.item_shown.connect(self._on_panel_item_shown)
        self.panel.item_cleared.connect(self._update_actions)
        self.panel.load_failed.connect(self._on_op_failed)
        self.panel.verify_requested.connect(self.verify_chain)
        self.panel.correction_requested.connect(self._on_panel_correction_requested)
        self.panel.receipt_requested.connect(self._on_panel_receipt_requested)
        self.dashboard = DashboardView(ctx, self.ui.dashboardTab)
        self.ui.dashboardLayout.addWidget(self.dashboard)
        self.dashboard.item_activated.connect(self.open_item)
        self.lock_screen = LockScreen(ctx, self.ui.lockPage)
        self.ui.lockLayout.addWidget(self.lock_screen)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        dock_action = self.ui.itemDock.toggleViewAction()
        dock_action.setShortcut(QKeySequence("Ctrl+3"))
        self.ui.menuView.insertAction(self.ui.actionVerify, dock_action)
        self.ui.menuView.insertSeparator(self.ui.actionVerify)
        self._dock_action = dock_action

        # the status bar
        self._user_label = QLabel(self)
        self._busy_label = QLabel(self)
        self._busy_label.setStyleSheet("color: #57606a;")
        self._busy_label.hide()
        self.ui.statusbar.addWidget(self._busy_label)
        self.ui.statusbar.addPermanentWidget(self._user_label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)
        self._busy_timer.timeout.connect(self._busy_label.show)
        ctx.ops.busy_changed.connect(self._on_ops_busy_changed)

        # search and filters
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(self._on_search_edit_text_changed)
        self.ui.searchEdit.returnPressed.connect(self._on_search_edit_return_pressed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.ui.searchEdit, self.ui.searchEdit.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)
        for combo in (self.ui.clientCombo, self.ui.siteCombo, self.ui.holderCombo):
            combo.setModel(ChoiceModel(combo))  # thousands of entries in one go
            view = combo.view()
            if isinstance(view, QListView):
                view.setUniformItemSizes(True)
        for combo in (self.ui.typeCombo, self.ui.stateCombo, self.ui.siteCombo, self.ui.holderCombo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.clientCombo.currentIndexChanged.connect(self._on_client_combo_current_index_changed)
        self.ui.overdueCheck.toggled.connect(self.apply_filters)
        self.ui.tempOutCheck.toggled.connect(self.apply_filters)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self._fill_static_combos()

        # actions
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
            ui.actionAttribute: lambda: self._open_item_dialog("AttributeDialog"),
            ui.actionReturn: lambda: self._open_item_dialog("ReturnDialog"),
            ui.actionTransfer: lambda: self._open_item_dialog("TransferDialog"),
            ui.actionDeclareLoss: lambda: self._open_item_dialog("LossDialog", stolen=False),
            ui.actionDeclareTheft: lambda: self._open_item_dialog("LossDialog", stolen=True),
            ui.actionMarkFound: lambda: self._open_item_dialog("FoundDialog"),
            ui.actionRestitute: lambda: self._open_item_dialog("RestituteDialog"),
            ui.actionDuplicate: lambda: self._open_item_dialog("DuplicateDialog"),
            ui.actionReceipt: self._on_receipt_action,
        }
        for action, slot in self._item_actions.items():
            action.triggered.connect(slot)
        ui.actionReceive.triggered.connect(lambda: self.open_dialog("ReceiveDialog"))
        ui.actionNewClient.triggered.connect(lambda: self.open_dialog("ClientDialog"))
        ui.actionNewSite.triggered.connect(lambda: self.open_dialog("SiteDialog"))
        ui.actionNewPerson.triggered.connect(lambda: self.open_dialog("PersonDialog"))
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
        self._set_icons()

        # the session, the lock, the reads, the changes
        self.idle = IdleWatcher(ctx.settings.idle_lock_seconds * 1000, self)
        self.idle.idle.connect(self.lock)
        ctx.scan.unclaimed.connect(self._on_scan_unclaimed)
        ctx.changes.actor_changed.connect(self._on_changes_actor_changed)
        ctx.changes.changed.connect(self._on_changes_changed)

        self._retranslate()
        self._restore_state()
        if ctx.actor is not None:
            self._on_changes_actor_changed(ctx.actor)
        else:
            self._update_actions()

    # ------------------------------------------------------------------ session and role

    def _on_changes_actor_changed(self, actor: Any) -> None:
        self._global_report = None
        self._auto_verify_done = False
        self._retranslate_user()
        self._apply_role()
        if actor is None:
            return
        self.idle.start()
        self._load_filter_choices()
        self._load_simulated_reads()
        if not self.model.loaded and not self.model.querying:
            self.model.refresh()

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
        for action, movement in self._movement_actions.items():
            refusal = reasons.get(movement)
            text = action.text().replace("&", "")
            if locked:
                why = ""
            elif item is None:
                why = self.tr("Choisissez d'abord un objet dans le registre ou lisez son badge.")
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
        from .widgets.item_panel import RECEIPT_KINDS

        for m in reversed(self.panel.history):
            if m.kind in RECEIPT_KINDS:
                return m
        return None

    # ------------------------------------------------------------------ lock

    @property
    def is_locked(self) -> bool:
        return self._locked

    def lock(self, *, switch_user: bool = False) -> None:
        """Hide the content until the same or another user logs in (SPEC §8)."""
        if self._locked or self.ctx.actor is None:
            return
        self._locked = True
        self.idle.stop()
        self._search_timer.stop()
        # dialogs and message boxes show confidential data: they are closed, not hidden
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self._dock_was_visible = self.ui.itemDock.isVisible()
        self.ui.itemDock.hide()
        self.ui.mainToolBar.hide()
        self.ui.menubar.hide()
        self.ui.menubar.setEnabled(False)
        self._user_label.hide()
        self.ui.statusbar.clearMessage()
        self.lock_screen.prepare(None if switch_user else self.ctx.actor)
        self.ui.stack.setCurrentWidget(self.ui.lockPage)
        self._update_actions()
        self.lock_screen.focus_form()
        log.info("station locked")
        self.locked.emit()

    def _on_lock_screen_unlocked(self, actor: Any) -> None:
        previous = self.ctx.actor
        self._locked = False
        self.ui.stack.setCurrentWidget(self.ui.contentPage)
        self.ui.menubar.setEnabled(True)
        self.ui.menubar.show()
        self.ui.mainToolBar.show()
        self._user_label.show()
        if previous is not None and actor.person_id == previous.person_id and actor.role is previous.role:
            # same person: the session goes on, with what was on screen
            self.idle.start()
            self._update_actions()
        else:
            # another user takes the station: start from a clean registry view
            self._clear_filter_widgets()
            self.ctx.actor = actor
        if self._dock_was_visible:
            self.ui.itemDock.show()
        self.unlocked.emit(actor)

    # ------------------------------------------------------------------ filters

    def _fill_static_combos(self) -> None:
        ui = self.ui
        for combo in (ui.typeCombo, ui.stateCombo):
            combo.blockSignals(True)
            combo.clear()
        ui.typeCombo.addItem("", None)
        for t in ItemType:
            ui.typeCombo.addItem(item_type_label(t), t)
        ui.stateCombo.addItem("", None)
        for s in ItemState:
            ui.stateCombo.addItem(state_label(s), s)
        for combo in (ui.typeCombo, ui.stateCombo):
            combo.blockSignals(False)
        self._retranslate_combos()

    def _fit_static_combos(self) -> None:
        # the filter row is crowded: keep the short combos at their full width
        for combo in (self.ui.typeCombo, self.ui.stateCombo):
            combo.setMinimumWidth(0)
            combo.setMinimumWidth(combo.sizeHint().width())

    def _retranslate_combos(self) -> None:
        ui = self.ui
        ui.typeCombo.setItemText(0, self.tr("Tous les types"))
        for i in range(1, ui.typeCombo.count()):
            ui.typeCombo.setItemText(i, item_type_label(ui.typeCombo.itemData(i)))
        ui.stateCombo.setItemText(0, self.tr("Tous les états"))
        for i in range(1, ui.stateCombo.count()):
            ui.stateCombo.setItemText(i, state_label(ui.stateCombo.itemData(i)))
        for combo, text in ((ui.clientCombo, self.tr("Tous les clients")), (ui.siteCombo, self.tr("Tous les sites")),
                            (ui.holderCombo, self.tr("Tous les détenteurs"))):
            choices = self._choices(combo)
            if choices.rowCount() == 0:
                combo.blockSignals(True)
                choices.set_entries([(text, None)])
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            else:
                choices.set_text(0, text)

    def _load_filter_choices(self) -> None:
        actor = self.ctx.require_actor()
        directory = self.ctx.services.directory

        @runs_in_db_thread
        def load() -> tuple[list[ClientView], list[SiteView], list[PersonView]]:
            return (directory.list_clients(actor), directory.list_sites(actor),
                    directory.list_people(actor, holders_only=True))

        def done(result: tuple[list[ClientView], list[SiteView], list[PersonView]]) -> None:
            self._clients, self._sites, self._holders = result
            self._fill_choice_combos()

        self.ctx.ops.run(load, on_success=done, on_failure=self._on_op_failed, priority=Priority.LOW, owner=self)

    @staticmethod
    def _choices(combo: QComboBox) -> ChoiceModel:
        model = combo.model()
        assert isinstance(model, ChoiceModel)
        return model

    @classmethod
    def _refill_combo(cls, combo: QComboBox, everything: str, entries: Iterable[tuple[str, int]]) -> None:
        """Replace a filter combo's entries (*everything* first, data None), keeping the
        chosen entry when it is still there, without emitting a change."""
        chosen = combo.currentData()
        choices = cls._choices(combo)
        combo.blockSignals(True)
        choices.set_entries([(everything, None), *entries])
        combo.setCurrentIndex(max(0, choices.row_of(chosen)))
        combo.blockSignals(False)

    def _fill_choice_combos(self) -> None:
        ui = self.ui
        self._refill_combo(ui.clientCombo, self.tr("Tous les clients"), ((c.name, c.id) for c in self._clients))
        self._refill_combo(ui.holderCombo, self.tr("Tous les détenteurs"),
                           ((p.full_name, p.id) for p in self._holders))
        self._fill_site_combo()

    def _fill_site_combo(self) -> None:
        client_id = self.ui.clientCombo.currentData()
        self._refill_combo(self.ui.siteCombo, self.tr("Tous les sites"), (
            (s.name if client_id is not None else f"{s.name} — {s.client_name}", s.id)
            for s in self._sites if client_id is None or s.client_id == client_id))

    def _on_client_combo_current_index_changed(self, _index: int) -> None:
        self._fill_site_combo()
        self.apply_filters()

    def current_filter(self) -> ItemFilter:
        ui = self.ui
        text = ui.searchEdit.text().strip()
        return ItemFilter(
            text=text or None,
            client_id=ui.clientCombo.currentData(),
            site_id=ui.siteCombo.currentData(),
            type=ui.typeCombo.currentData(),
            state=ui.stateCombo.currentData(),
            holder_id=ui.holderCombo.currentData(),
            overdue_only=ui.overdueCheck.isChecked(),
            temporary_out=ui.tempOutCheck.isChecked(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self.ctx.actor is None or self._locked:
            return
        self._fit_first_page()
        self.model.set_filter(self.current_filter())

    def _fit_first_page(self) -> None:
        """The first page of a search fills the table and a little more: the fewer rows it
        asks, the sooner the registry's first items hold them (see QueryService.list_items)."""
        table = self.ui.table
        visible = table.viewport().height() // max(1, table.verticalHeader().defaultSectionSize()) + 1
        self.model.first_page = max(FIRST_PAGE_MIN, visible + 10)
        self._retranslate_count()

    def _on_search_edit_text_changed(self, text: str) -> None:
        terms = fold(text).split()
        # a 1–2 letter term cannot use the trigram index and matches most of the registry:
        # wait for the next keystroke rather than scan 100,000 rows for nothing
        if any(len(t) < 3 for t in terms):
            self._search_timer.start(SHORT_TERM_DELAY_MS)
        else:
            self.apply_filters()  # at once: the first page is a few ms away (latest wins)

    def _on_search_edit_return_pressed(self) -> None:
        text = self.ui.searchEdit.text().strip()
        if looks_like_code(text):
            from .scan import make_keyboard_read

            self.ctx.scan.submit(make_keyboard_read(text, reader="clavier"))
        else:
            self.apply_filters()
            self.ui.table.setFocus()

    def _clear_filter_widgets(self) -> None:
        ui = self.ui
        widgets = (ui.searchEdit, ui.clientCombo, ui.siteCombo, ui.typeCombo, ui.stateCombo, ui.holderCombo,
                   ui.overdueCheck, ui.tempOutCheck)
        for w in widgets:
            w.blockSignals(True)
        ui.searchEdit.clear()
        for combo in (ui.clientCombo, ui.siteCombo, ui.typeCombo, ui.stateCombo, ui.holderCombo):
            combo.setCurrentIndex(0)
        ui.overdueCheck.setChecked(False)
        ui.tempOutCheck.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._fill_site_combo()

    def clear_filters(self) -> None:
        self._clear_filter_widgets()
        self.apply_filters()

    def focus_search(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.registryTab)
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def filter_by_holder(self, person_id: int) -> None:
        index = self._choices(self.ui.holderCombo).row_of(person_id)
        if index < 0:
            return
        self.ui.tabs.setCurrentWidget(self.ui.registryTab)
        self.ui.holderCombo.setCurrentIndex(index)

    def _on_model_ids_loaded(self, rows: int) -> None:
        self._retranslate_count()
        if self._pending_select is not None:
            self.select_item(self._pending_select)
        if (not self._auto_verify_done and self.model.complete and self.ctx.settings.verify_at_login
                and self.ctx.can(Action.VERIFY_HISTORY) and self.model.filters == (ItemFilter(),)):
            self._auto_verify_done = True
            if rows <= AUTO_VERIFY_MAX_ITEMS:
                self.verify_chain(quiet=True)

    # ------------------------------------------------------------------ opening items

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        item_id = current.data(ItemRole.ID)
        if item_id is not None and (self.panel.item is None or self.panel.item.id != item_id):
            self.panel.show_item(int(item_id), item=self.model.cached(int(item_id)))

    def _on_table_activated(self, index: QModelIndex) -> None:
        item_id = index.data(ItemRole.ID)
        if item_id is not None:
            self.open_item(int(item_id))

    def open_item(self, item_id: int, *, item: ItemView | None = None) -> None:
        """Show an item in the panel, whichever tab is current."""
        self.ui.itemDock.show()
        self.ui.itemDock.raise_()
        self.panel.show_item(item_id, item=item or self.model.cached(item_id))

    def select_item(self, item_id: int) -> bool:
        """Select the item's row in the registry if the current filter shows it."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self._pending_select = None
        index = self.model.index(row, 0)
        selection = self.ui.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.ui.table.scrollTo(index)
        self.ui.table.viewport().update()
        return True

    def _on_panel_item_shown(self, item_id: int) -> None:
        item = self.panel.item
        if item is not None:
            self.model.remember(item)
        self._update_actions()

    # ------------------------------------------------------------------ scan-first

    def _on_scan_unclaimed(self, event: Any) -> None:
        key = lookup_key(event)
        if not key:
            return
        if self._locked or self.ctx.actor is None:
            self.scan_handled.emit("ignored", event)
            return
        if QApplication.activeModalWidget() is not None:
            self.ui.statusbar.showMessage(self.tr("Lecture ignorée : terminez d'abord la fenêtre en cours."), 5000)
            self.scan_handled.emit("ignored", event)
            return
        key_tag = getattr(event, "key_tag", None)
        suspicious = bool(key_tag is not None and getattr(key_tag, "is_suspicious", False))
        if suspicious:
            # a copied or forged key tag: never trust the registry id it claims, look up its UID
            key = getattr(event, "uid", None) or key
        ctx = self.ctx

        def done(result: tuple[Any, ItemBundle | None]) -> None:
            if self._locked:
                return
            resolution, bundle = result
            if resolution.kind == "item" and bundle is not None:
                self.ui.itemDock.show()
                self.ui.itemDock.raise_()
                self.panel.show_bundle(bundle)
                # the panel is painted first; the registry row is selected just after
                QTimer.singleShot(40, self, lambda item_id=bundle.item.id: self._select_after_read(item_id))
                self.ui.statusbar.showMessage(
                    self.tr("Lu : %1").replace("%1", bundle.item.registry_id), 4000)
                self.scan_handled.emit("item", bundle.item)
                if suspicious:
                    self._warn_suspicious_tag(key_tag, bundle.item)
            elif resolution.kind == "item":
                self.ui.statusbar.showMessage(self.tr("Cet objet ne fait pas partie de ceux que vous détenez."), 6000)
                self.scan_handled.emit("ignored", event)
            elif resolution.kind == "person" and resolution.person is not None:
                person = resolution.person
                self.ui.statusbar.showMessage(
                    self.tr("Badge Mileo de %1 (%2) : objets détenus affichés.")
                    .replace("%1", person.full_name).replace("%2", role_label(person.role)), 8000)
                self.filter_by_holder(person.id)
                self.scan_handled.emit("person", person)
            else:
                self._offer_registration(resolution.uid, event)

        ctx.ops.run(lambda: _resolve_read(ctx, key), on_success=done, on_failure=self._on_op_failed,
                    priority=Priority.HIGH, owner=self)

    def _select_after_read(self, item_id: int) -> None:
        if self.panel.item is not None and self.panel.item.id == item_id and not self.select_item(item_id):
            self.ui.table.clearSelection()

    def _warn_suspicious_tag(self, key_tag: Any, item: ItemView) -> None:
        reason = getattr(key_tag, "reason_fr", None) or ""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Porte-clés suspect"),
                          self.tr("Ce porte-clés semble copié ou falsifié : vérifiez l'objet %1 avant toute remise.")
                          .replace("%1", item.registry_id), QMessageBox.StandardButton.Ok, self)
        if reason:
            box.setInformativeText(reason)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _offer_registration(self, uid: str, event: Any) -> None:
        is_uid = getattr(event, "uid", None) is not None or (looks_like_code(uid) and "-" not in uid)
        self.scan_handled.emit("unknown", uid)
        if not is_uid or not self.ctx.can(Action.RECEIVE_ITEM):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Code inconnu"),
                              self.tr("Aucun objet du registre ne correspond à « %1 ».").replace("%1", uid),
                              QMessageBox.StandardButton.Ok, self)
        else:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Carte inconnue"),
                              self.tr("L'UID %1 ne correspond à aucun objet du registre.").replace("%1", uid),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setInformativeText(self.tr("Voulez-vous réceptionner un nouvel objet avec cet UID ?"))
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Réceptionner…"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Ignorer"))
            box.setDefaultButton(QMessageBox.StandardButton.Yes)
            box.accepted.connect(lambda: self.open_dialog("ReceiveDialog", uid=uid))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._on_unknown_box_destroyed)
        self._unknown_box = box
        box.open()

    def _on_unknown_box_destroyed(self) -> None:
        self._unknown_box = None

    @property
    def unknown_box(self) -> QMessageBox | None:
        """The "unknown card" question currently shown (tests and screenshots)."""
        return self._unknown_box

    def enter_code(self) -> None:
        dialog = ScanEntryDialog(self.ctx.scan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    def simulate_read(self, uid: str | None, *, registry_id: str | None = None) -> None:
        """Developer menu: a read from the simulated reader."""
        try:
            from ..devices.protocols import DeviceFamily, ReadEvent, ReadKind

            event: Any = ReadEvent(reader=self.tr("Lecteur simulé"), family=DeviceFamily.SIMULATED,
                                   kind=ReadKind.CARD_UID if uid else ReadKind.BARCODE, uid=uid,
                                   registry_id=registry_id, text=registry_id)
        except ImportError:
            from .scan import KeyboardRead

            event = KeyboardRead("card_uid", uid, registry_id, self.tr("Lecteur simulé"))
        self.ctx.scan.submit(event)

    def _on_simulate_unknown_action(self) -> None:
        self.simulate_read("04" + secrets.token_hex(6).upper())

    def _load_simulated_reads(self) -> None:
        self._simulate_menu.clear()
        if not self.developer_mode:
            return
        actor = self.ctx.require_actor()
        services = self.ctx.services

        @runs_in_db_thread
        def load() -> tuple[list[ItemView], list[PersonView]]:
            page = services.queries.list_items(actor, ItemFilter(), limit=60, with_total=False)
            items = [i for i in page.items if i.card_uid or i.tag_uid][:10]
            people: list[PersonView] = []
            with contextlib.suppress(MileoError):
                people = [p for p in services.directory.list_people(actor, holders_only=True) if p.badge_uid][:5]
            return items, people

        def done(result: tuple[list[ItemView], list[PersonView]]) -> None:
            items, people = result
            self._simulate_menu.clear()
            for item in items:
                uid = item.card_uid or item.tag_uid
                action = self._simulate_menu.addAction(f"{item.registry_id} — {uid}")
                action.triggered.connect(lambda _=False, u=uid: self.simulate_read(u))
            if people:
                self._simulate_menu.addSeparator()
            for p in people:
                action = self._simulate_menu.addAction(self.tr("Badge Mileo de %1").replace("%1", p.full_name))
                action.triggered.connect(lambda _=False, u=p.badge_uid: self.simulate_read(u))

        self.ctx.ops.run(load, on_success=done, on_failure=self._on_op_failed, priority=Priority.LOW, owner=self)

    # ------------------------------------------------------------------ dialogs

    def open_dialog(self, name: str, *args: Any, **kwargs: Any) -> QDialog | None:
        """Open a dialog of :mod:`mileo_desk.gui.dialogs` (window-modal, not blocking)."""
        if self._locked:
            return None
        cls = _dialog_class(name)
        if cls is None:
            QMessageBox.information(self, self.tr("Bientôt disponible"),
                                    self.tr("Cette fonction est bientôt disponible."))
            return None
        dialog = cls(self.ctx, *args, parent=self, **kwargs)
        completed = getattr(dialog, "completed", None)
        if completed is not None:
            completed.connect(self._on_dialog_completed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

    @property
    def current_dialog(self) -> QDialog | None:
        try:
            return self._dialog if self._dialog is not None and self._dialog.isVisible() else None
        except RuntimeError:  # already deleted
            return None

    def _open_item_dialog(self, name: str, **kwargs: Any) -> None:
        item = self.panel.item
        if item is None:
            self.ui.statusbar.showMessage(self.tr("Sélectionnez d'abord un objet."), 4000)
            return
        self.open_dialog(name, item, **kwargs)

    def _on_panel_correction_requested(self, movement: MovementView) -> None:
        self.open_dialog("CorrectionDialog", movement)

    def _on_dialog_completed(self, result: Any) -> None:
        # the dialog broadcast its change set itself; here we only navigate
        if isinstance(result, MovementResult):
            item = result.item
            if result.movement.kind is MovementKind.RECEPTION or result.created:
                target = result.created[0] if result.created else item
                self._pending_select = target.id
                self.open_item(target.id, item=target)
            self.ui.statusbar.showMessage(
                self.tr("%1 enregistré(e) pour %2.").replace("%1", movement_label(result.movement.kind))
                .replace("%2", item.registry_id), 6000)
        elif isinstance(result, ClientView | SiteView | PersonView):
            self.ui.statusbar.showMessage(self.tr("Annuaire mis à jour."), 4000)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_settings_accepted)
        self._dialog = dialog
        dialog.open()

    def _on_settings_accepted(self) -> None:
        self.idle.set_timeout_ms(self.ctx.settings.idle_lock_seconds * 1000)
        self._apply_role()
        self._load_simulated_reads()

    # ------------------------------------------------------------------ receipts

    def _on_receipt_action(self) -> None:
        movement = self._last_receipt_movement()
        if movement is not None:
            self._on_panel_receipt_requested(movement)

    def _on_panel_receipt_requested(self, movement: MovementView) -> None:
        actor = self.ctx.require_actor()
        reports = self.ctx.services.reports
        self.ctx.ops.run(lambda: reports.handover_receipt(actor, seq=movement.seq),
                         on_success=self._show_receipt, on_failure=self._on_op_failed, owner=self)

    def _show_receipt(self, document: Any) -> None:
        dialog = ReceiptDialog(document, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ chain verification

    def verify_chain(self, *, quiet: bool = False) -> None:
        """Verify the whole chain and its signatures (SPEC §1); the panel shows the result."""
        if not self.ctx.can(Action.VERIFY_HISTORY):
            return
        actor = self.ctx.require_actor()
        integrity = self.ctx.services.integrity
        self.ui.statusbar.showMessage(self.tr("Vérification de tout l'historique…"))

        def done(report: VerifyReport) -> None:
            self._global_report = report
            self.panel.set_global_report(report)
            self.ui.statusbar.clearMessage()
            self.verified.emit(report)
            if report.ok and quiet:
                return
            from .models.chain_check import global_status_text

            box = QMessageBox(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Critical,
                              self.tr("Intégrité de l'historique"), global_status_text(report) or "",
                              QMessageBox.StandardButton.Ok, self)
            if not report.ok:
                box.setInformativeText(report.message)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self.ctx.ops.run(lambda: integrity.verify(actor, signatures=True), on_success=done,
                         on_failure=self._on_op_failed, priority=Priority.LOW if quiet else Priority.NORMAL, owner=self)

    @property
    def global_report(self) -> VerifyReport | None:
        return self._global_report

    # ------------------------------------------------------------------ changes, busy, errors

    def _on_changes_changed(self, changes: Changes) -> None:
        if changes.clients or changes.people:
            self._load_filter_choices()
        if changes.items_added:
            self._retranslate_count()

    def _on_ops_busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._busy_label.hide()

    def _on_op_failed(self, err: MileoError) -> None:
        log.info("op refused: %s", err.code)
        if err.code == "authentification" and not self._locked:
            self.lock()
        self.ui.statusbar.showMessage(error_text(err), 10000)

    def _on_refresh_action(self) -> None:
        self.model.refresh()
        self.panel.reload()
        if self.ui.tabs.currentWidget() is self.ui.dashboardTab:
            self.dashboard.refresh()
        self._load_filter_choices()

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

    def _on_about_action(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Mileo Desk"), self.tr(
            "<b>Mileo Desk %1</b><br>Registre des badges, clés et moyens d'accès confiés par les clients "
            "de Mileo Technology (PROC-INT-006).").replace("%1", __version__))

    # ------------------------------------------------------------------ texts

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

    def _retranslate(self) -> None:
        self._retranslate_combos()
        self._fit_static_combos()
        self._retranslate_count()
        self._retranslate_user()
        self._simulate_menu.setTitle(self.tr("Simuler une lecture"))
        self._dock_action.setText(self.tr("Panneau de l'objet"))
        self._busy_label.setText(self.tr("Travail en cours…"))

    def _retranslate_count(self) -> None:
        if self.ctx.actor is None:
            self.ui.countLabel.setText("")
        elif self.model.querying or not self.model.loaded:
            self.ui.countLabel.setText(self.tr("Recherche…"))
        else:
            self.ui.countLabel.setText(self.tr("%n objet(s)", "", self.model.rowCount()))

    def _retranslate_user(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            self._user_label.setText("")
            return
        self._user_label.setText(
            self.tr("%1 — %2 · poste %3").replace("%1", actor.full_name).replace("%2", role_label(actor.role))
            .replace("%3", actor.station))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.model.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ window state

    def _restore_state(self) -> None:
        s = self.ctx.settings
        geometry = s.state("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.state("main_window/state")
        if state is not None:
            self.restoreState(state)
        header = s.state("main_window/table_header")
        self._columns_fitted = header is not None
        if header is not None:
            self.ui.table.horizontalHeader().restoreState(header)
            header_view = self.ui.table.horizontalHeader()
            self.model.sort(header_view.sortIndicatorSection(), header_view.sortIndicatorOrder())
        for name, splitter in (("item_panel/splitter", self.panel.ui.splitter),
                               ("dashboard/splitter", self.dashboard.ui.splitter)):
            value = s.state(name)
            if value is not None:
                splitter.restoreState(value)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.idle.watch_widget(self)
        if not self._columns_fitted:
            self._columns_fitted = True
            QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        """First run: a third of the window for the item panel, the table's width shared
        between its columns (later, the saved state)."""
        self.resizeDocks([self.ui.itemDock], [max(440, int(self.width() * 0.36))], Qt.Orientation.Horizontal)
        # the columns once the dock has taken its width
        QTimer.singleShot(0, self, self._fit_table_columns)

    def _fit_table_columns(self) -> None:
        header = self.ui.table.horizontalHeader()
        fixed = {Column.REGISTRY_ID: 112, Column.TYPE: 128, Column.STATE: 108, Column.DUE: 124}
        # what is left (the last column, "Retard", stretches over ~80 px) goes to the names
        rest = self.ui.table.viewport().width() - sum(fixed.values()) - 84
        shares = {Column.CLIENT: 0.4, Column.SITE: 0.33, Column.HOLDER: 0.27}
        for col, width in fixed.items():
            header.resizeSection(col, width)
        for col, share in shares.items():
            header.resizeSection(col, max(90, int(rest * share)))

    def save_state(self) -> None:
        s = self.ctx.settings
        s.set_state("main_window/geometry", self.saveGeometry())
        if self._locked:
            self.ui.itemDock.setVisible(self._dock_was_visible)
        s.set_state("main_window/state", self.saveState())
        s.set_state("main_window/table_header", self.ui.table.horizontalHeader().saveState())
        s.set_state("item_panel/splitter", self.panel.ui.splitter.saveState())
        s.set_state("dashboard/splitter", self.dashboard.ui.splitter.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.idle.uninstall()
        super().closeEvent(event)


class ReceiptDialog(QDialog):
    """Preview of a handover receipt (bon de remise), to save as PDF or print (SPEC §2, §7)."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Bon de remise — %1").replace("%1", document.filename))
        self.resize(720, 860)
        layout = QVBoxLayout(self)
        self._pdf: Any = None
        try:
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self._pdf = QPdfDocument(self)
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(document.pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._pdf.load(self._buffer)
            view = QPdfView(self)
            view.setDocument(self._pdf)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(view)
        except ImportError:
            layout.addWidget(QLabel(self.tr("Aperçu indisponible (module QtPdf absent)."), self))
        footer = QLabel(self.tr("Empreinte du document : %1").replace("%1", document.fingerprint), self)
        footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        footer.setStyleSheet("color: #57606a;")
        layout.addWidget(footer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        save = buttons.addButton(self.tr("Enregistrer en PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        printer = buttons.addButton(self.tr("Imprimer…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self._on_save_clicked)
        printer.clicked.connect(self._on_print_clicked)
        printer.setEnabled(self._pdf is not None)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_save_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le bon de remise"), self.document.filename,
                                              self.tr("Documents PDF (*.pdf)"))
        if path:
            with open(path, "wb") as fh:
                fh.write(self.document.pdf)

    def _on_print_clicked(self) -> None:
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted or self._pdf is None:
            return
        painter = QPainter(printer)
        try:
            for page in range(self._pdf.pageCount()):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                image = self._pdf.render(page, rect.size())
                painter.fillRect(rect, Qt.GlobalColor.white)
                painter.drawImage(rect, image)
        finally:
            painter.end()
