"""Dashboard of the custodian and the operations manager (SPEC §2, §3): overdue attributions,
temporary site badges not returned (PROC-INT-005 §04: back the same day), lost or stolen items.

Each list is an id-based :class:`RegistryModel` with a fixed filter, so it stays fluid on a
registry of 100,000 items. The lists are loaded when the dashboard is first shown, and
re-loaded when it is shown again after a change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ..domain.enums import ItemState
from ..services.dto import Changes, ItemFilter
from .context import GuiContext
from .forms.ui_dashboard import Ui_DashboardView
from .models.registry_model import Column, ItemRole, RegistryDelegate, RegistryModel
from .operations.runner import Priority

COLUMN_WIDTHS = {Column.REGISTRY_ID: 120, Column.TYPE: 120, Column.CLIENT: 220, Column.SITE: 180,
                 Column.HOLDER: 160, Column.STATE: 110, Column.DUE: 130}


class DashboardView(QWidget):
    """Three lists; activating a row asks the window to open that item."""

    item_activated = Signal(int)  #: an item id to open
    refreshed = Signal()  #: every list has its ids

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        self.ui.summaryLabel.setStyleSheet("font-size: 11pt;")
        low = Priority.LOW  # background loads: a card read overtakes them
        self.overdue = RegistryModel(ctx, self, filters=[ItemFilter(overdue_only=True)], sort="due",
                                     auto_refresh=False, priority=low)
        self.temporary = RegistryModel(ctx, self, filters=[ItemFilter(temporary_out=True)], sort="due",
                                       auto_refresh=False, priority=low)
        self.lost = RegistryModel(ctx, self, filters=[ItemFilter(state=ItemState.LOST),
                                                      ItemFilter(state=ItemState.STOLEN)],
                                  auto_refresh=False, priority=low)
        self._tables: list[tuple[QTableView, RegistryModel, tuple[Column, ...]]] = [
            (self.ui.overdueTable, self.overdue, (Column.OVERDUE,)),
            (self.ui.tempTable, self.temporary, (Column.OVERDUE, Column.STATE)),
            (self.ui.lostTable, self.lost, (Column.DUE, Column.OVERDUE)),
        ]
        for table, model, hidden in self._tables:
            table.setModel(model)
            table.setItemDelegate(RegistryDelegate(model, table))
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for col, width in COLUMN_WIDTHS.items():
                header.resizeSection(col, width)
            for col in hidden:
                table.setColumnHidden(col, True)
            # the lists are read at a glance: no horizontal scrolling, names take what is left
            for col in (Column.CLIENT, Column.SITE):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
            table.activated.connect(self._on_table_activated)
            model.ids_loaded.connect(self._on_model_ids_loaded)
        self.ui.refreshButton.clicked.connect(self.refresh)
        ctx.changes.changed.connect(self._on_changes_changed)
        ctx.changes.actor_changed.connect(self._on_changes_actor_changed)
        self._stale = True
        self._retranslate()

    # -- loading

    def refresh(self) -> None:
        self._stale = False
        for _, model, _ in self._tables:
            model.refresh()

    @property
    def loaded(self) -> bool:
        return all(m.loaded and not m.querying for _, m, _ in self._tables)

    def counts(self) -> tuple[int, int, int]:
        return self.overdue.rowCount(), self.temporary.rowCount(), self.lost.rowCount()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.ctx.actor is not None:
            self.refresh()

    def _on_changes_changed(self, changes: Changes) -> None:
        # the lists follow the history (a movement may make an item overdue, lost or back)
        # and show client and holder names
        if not (changes.history or changes.items_added or changes.clients or changes.people):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_changes_actor_changed(self, actor: object) -> None:
        for _, model, _ in self._tables:
            model.clear()
        self._stale = True
        self._retranslate()
        if actor is not None and self.isVisible():
            self.refresh()

    def _on_model_ids_loaded(self, _rows: int) -> None:
        self._retranslate()
        if self.loaded:
            self.refreshed.emit()

    def _on_table_activated(self, index: QModelIndex) -> None:
        item_id = index.data(ItemRole.ID)
        if item_id is not None:
            self.item_activated.emit(int(item_id))

    # -- texts

    def _retranslate(self) -> None:
        overdue, temporary, lost = self.counts()
        loaded = self.loaded
        self.ui.overdueBox.setTitle(self.tr("Attributions en retard (%1)").replace("%1", str(overdue)))
        self.ui.tempBox.setTitle(self.tr("Badges temporaires non rendus (%1)").replace("%1", str(temporary)))
        self.ui.lostBox.setTitle(self.tr("Objets perdus ou volés (%1)").replace("%1", str(lost)))
        if not loaded:
            self.ui.summaryLabel.setText(self.tr("Chargement du tableau de bord…"))
        elif overdue or temporary or lost:
            self.ui.summaryLabel.setText(self.tr(
                "À traiter : les attributions en retard et les badges temporaires encore dehors "
                "(ils doivent revenir le jour même, PROC-INT-005 §04)."))
        else:
            self.ui.summaryLabel.setText(self.tr("Rien en retard, aucun badge temporaire dehors, aucun objet perdu."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            for _, model, _ in self._tables:
                model.retranslate()
        super().changeEvent(event)
