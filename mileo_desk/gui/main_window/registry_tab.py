"""The registry tab of the main window (SPEC §1, §6): the registry as an id-based table
(:class:`RegistryModel`), with search-as-you-type and filters, fluid on 100,000 items, and
the opening of an item in the panel from the table.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListView,
)

from ...domain.enums import ItemState, ItemType
from ...domain.identifiers import looks_like_code
from ...domain.permissions import Action
from ...domain.text import fold
from ...services.dto import (
    ClientView,
    ItemFilter,
    ItemView,
    PersonView,
    SiteView,
)
from ..models.choices import ChoiceModel
from ..models.labels import item_type_label, state_label
from ..models.registry_model import Column, ItemRole, RegistryDelegate, RegistryModel
from ..operations.runner import Priority, runs_in_db_thread
from ._host import WindowBase

#: a full verification after login is automatic only on registries up to this size
AUTO_VERIFY_MAX_ITEMS = 10_000
#: short search terms scan the whole registry: wait for a pause in the typing
SHORT_TERM_DELAY_MS = 250
#: rows of the first page of a search, at least (more when the table shows more)
FIRST_PAGE_MIN = 40
#: the filter combos of clients, sites and holders show at least this many characters
MIN_CHOICE_CHARS = 11
COLUMN_WIDTHS = {Column.REGISTRY_ID: 115, Column.TYPE: 125, Column.CLIENT: 200, Column.SITE: 170,
                 Column.HOLDER: 150, Column.STATE: 125, Column.DUE: 125}


class RegistryTabMixin(WindowBase):  # type: ignore[misc]  # see _host
    """The registry tab of :class:`MainWindow`: the id-based table, the search box and the
    filter combos (a mixin, for the "MainWindow" translation context of its strings)."""

    _pending_select: int | None
    _auto_verify_done: bool

    def _setup_registry_tab(self) -> None:
        # the registry
        self.model = RegistryModel(self.ctx, self)
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
            # « Tous les détenteurs » whole, not clipped to « Tous les détenteur »
            combo.setMinimumContentsLength(max(MIN_CHOICE_CHARS, len(text)))
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
            from ..scan import make_keyboard_read

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

    def _reset_registry_view(self) -> None:
        """No search, no filter, no selection (a new session): the widgets and the model's own
        filter, without querying (the model queries again when the session starts)."""
        self._search_timer.stop()
        self._clear_filter_widgets()
        self.ui.table.clearSelection()
        self.model.reset_filter(self.current_filter())

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

    def _retranslate_count(self) -> None:
        if self.ctx.actor is None:
            self.ui.countLabel.setText("")
        elif self.model.querying or not self.model.loaded:
            self.ui.countLabel.setText(self.tr("Recherche…"))
        else:
            # a plural is looked up in this module's own context: PySide's tr() walks the classes of
            # a mixin only for singular texts (a %n text always "translates" to itself first)
            self.ui.countLabel.setText(
                QCoreApplication.translate("RegistryTabMixin", "%n objet(s)", "", self.model.rowCount()))
