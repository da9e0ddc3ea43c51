"""The registry as a table model that scales to 100,000 items (habit 8, Anki's browser table).

The model holds only the ids of the matching items, in display order. Rows are fetched in
blocks of :attr:`RegistryModel.block_size` on the DB worker when the view first asks for them;
until a block arrives its cells show a placeholder. Fetched rows are kept in a bounded LRU
cache keyed by item id, so a new filter reuses what was already fetched.

Filtering and sorting are done by the services (SQL, FTS5 trigram index): a change of filter
re-queries the ids. At most one id query is in flight; while it runs, newer filters replace
each other and only the latest is queried next ("latest wins"), so fast typing never queues
a backlog on the DB worker.

A query comes in two steps: the first page of rows at once, then every matching id once the
typing pauses (:attr:`RegistryModel.ids_delay_ms`), or as soon as the view scrolls to the end
of the first page (``fetchMore``). Listing 50,000 ids takes the DB worker ~60 ms, most of it
in Python holding the GIL; run while the person types, it would delay the next keystroke's
page and the repaint of the table (every ``data()`` call waits for the GIL) by as much.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ...domain.enums import ItemState, Keeping
from ...domain.errors import MileoError
from ...services.dto import Changes, ItemFilter, ItemPage, ItemView
from ..context import GuiContext
from ..operations.runner import Priority
from .labels import item_type_label, keeping_label, paris, state_label

log = logging.getLogger("mileo_desk.gui.models")

Index = QModelIndex | QPersistentModelIndex

PLACEHOLDER = "…"
OVERDUE_FG = QColor(176, 0, 32)
OVERDUE_BG = QColor(255, 235, 235)
PLACEHOLDER_FG = QColor(150, 150, 150)


class Column(IntEnum):
    REGISTRY_ID = 0
    TYPE = 1
    CLIENT = 2
    SITE = 3
    HOLDER = 4
    STATE = 5
    DUE = 6
    OVERDUE = 7


class ItemRole(IntEnum):
    """Named item data roles (habit 10)."""

    ID = Qt.ItemDataRole.UserRole + 1  #: the item id (int), known even before the row is fetched
    VIEW = Qt.ItemDataRole.UserRole + 2  #: the ItemView, or None while loading
    OVERDUE = Qt.ItemDataRole.UserRole + 3  #: bool
    LOADED = Qt.ItemDataRole.UserRole + 4  #: whether the row has been fetched


#: columns the services can sort by, with their sort key
SORT_KEYS = {Column.REGISTRY_ID: "registry_id", Column.TYPE: "type", Column.STATE: "state", Column.DUE: "due"}

_MISSING = object()  # an id whose row the services no longer return (out of scope)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ID, _VIEW, _OVERDUE, _LOADED = ItemRole.ID, ItemRole.VIEW, ItemRole.OVERDUE, ItemRole.LOADED
_COL_ID, _COL_STATE, _COL_DUE, _COL_OVERDUE = (int(c) for c in (Column.REGISTRY_ID, Column.STATE, Column.DUE,
                                                                 Column.OVERDUE))
_ROLES = frozenset({_DISPLAY, _FOREGROUND, _BACKGROUND, _FONT, _TOOLTIP, _ID, _VIEW, _OVERDUE, _LOADED})
_BAD_STATES = frozenset({ItemState.LOST, ItemState.STOLEN})
_STYLE: dict[str, Any] = {}


def _brushes() -> dict[str, QBrush]:
    if "overdue" not in _STYLE:
        _STYLE.update(overdue=QBrush(OVERDUE_FG), overdue_bg=QBrush(OVERDUE_BG), placeholder=QBrush(PLACEHOLDER_FG))
    return _STYLE


#: what a cell shows: text, text brush, background brush, bold
Cell = tuple[str, QBrush | None, QBrush | None, bool]


def _bold_font() -> QFont:
    font = _STYLE.get("bold")
    if font is None:
        font = _STYLE["bold"] = QFont()
        font.setBold(True)
    return font


class RegistryModel(QAbstractTableModel):
    """Item ids in display order; rows fetched in blocks off the GUI thread."""

    ids_loaded = Signal(int)  #: the ids of a (re)query arrived: the new row count
    block_loaded = Signal(int, int)  #: rows [first, last] were filled
    failed = Signal(object)  #: a MileoError from a query (shown by the window)

    def __init__(
        self,
        ctx: GuiContext,
        parent: QObject | None = None,
        *,
        filters: Sequence[ItemFilter] | None = None,
        sort: str = "registry_id",
        block_size: int = 100,
        cache_rows: int = 5000,
        auto_refresh: bool = True,
        priority: Priority = Priority.NORMAL,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.block_size = block_size
        self._cache_rows = max(cache_rows, block_size * 4)
        self._filters: tuple[ItemFilter, ...] = tuple(filters or (ItemFilter(),))
        self._sort = sort
        self._descending = False
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: OrderedDict[int, Any] = OrderedDict()
        self._cells: dict[int, tuple[Cell, ...]] = {}  # what the cells of cached rows show
        self._inflight: set[int] = set()
        self._generation = 0  # bumps when the id list is replaced
        self._query_running = False
        self._query_wanted = False
        self._ids_step: Any = None  # the id step of the current query, waiting for a pause
        self._ids_timer = QTimer(self)
        self._ids_timer.setSingleShot(True)
        self._ids_timer.timeout.connect(self._on_ids_timer_timeout)
        #: pause in the filter changes before every matching id is listed (ms)
        self.ids_delay_ms = 300
        self._loaded_once = False
        self._complete = True
        #: rows fetched by the first step of a query (0: ids only)
        self.first_page = 60
        self._priority = priority
        if auto_refresh:
            ctx.changes.changed.connect(self._on_changes_changed)
            ctx.changes.actor_changed.connect(self._on_changes_actor_changed)

    # -- filter, sort, refresh

    @property
    def filters(self) -> tuple[ItemFilter, ...]:
        return self._filters

    @property
    def loaded(self) -> bool:
        """Whether ids for the current filter have arrived at least once."""
        return self._loaded_once

    @property
    def querying(self) -> bool:
        return self._query_running or self._query_wanted or self._ids_step is not None

    def set_filter(self, flt: ItemFilter | Sequence[ItemFilter]) -> None:
        """Show the items matching *flt* (several filters: their union, in that order)."""
        filters = (flt,) if isinstance(flt, ItemFilter) else tuple(flt)
        if filters == self._filters and self._loaded_once:
            return
        self._filters = filters
        self.refresh()

    def reset_filter(self, flt: ItemFilter) -> None:
        """Take *flt* as the filter without querying, forgetting the rows of the previous one
        (a new session: the next :meth:`refresh` lists what *flt* matches)."""
        if (flt,) != self._filters:
            self._filters = (flt,)
            self.clear()

    def refresh(self) -> None:
        """Re-query (latest wins: one query in flight, the newest filter waits for it).

        Two steps for a single filter in ascending order: the first page of rows (a LIMIT query
        the indexes answer at once, even when 50,000 items match), shown as soon as it arrives;
        then every matching id, which extends the table under the rows already shown.
        """
        self._ids_timer.stop()
        self._ids_step = None
        if self._query_running:
            self._query_wanted = True
            return
        if self._ctx.actor is None:
            return
        self._query_running = True
        self._query_wanted = False
        filters, sort, actor = self._filters, self._sort, self._ctx.require_actor()
        queries = self._ctx.services.queries

        def stale() -> bool:
            return self._query_wanted or (filters, sort) != (self._filters, self._sort)

        def fetch_ids() -> list[int]:
            if len(filters) == 1:
                return queries.item_ids(actor, filters[0], sort=sort)
            seen: set[int] = set()
            out: list[int] = []
            for f in filters:
                for i in queries.item_ids(actor, f, sort=sort):
                    if i not in seen:
                        seen.add(i)
                        out.append(i)
            return out

        def ids_done(ids: list[int]) -> None:
            self._query_running = False
            if stale():
                self.refresh()  # a newer filter arrived meanwhile: this result is stale
                return
            self._set_ids(ids[::-1] if self._descending else ids, complete=True)

        def failed(err: MileoError) -> None:
            self._query_running = False
            log.warning("registry query failed: %s", err.code)
            self.failed.emit(err)
            if self._query_wanted:
                self.refresh()

        def run_ids() -> None:
            self._query_running = True
            self._ctx.ops.run(fetch_ids, on_success=ids_done, on_failure=failed, priority=self._priority,
                              owner=self)

        if len(filters) != 1 or self._descending or self.first_page <= 0:
            run_ids()
            return

        def page_done(page: ItemPage) -> None:
            if stale():
                self._query_running = False
                self.refresh()
                return
            self._store({v.id: v for v in page.items})
            complete = len(page.items) < self.first_page
            self._query_running = False
            self._set_ids([v.id for v in page.items], complete=complete)
            if not complete:
                # every id once the typing pauses (or the view scrolls to the end of the page)
                self._ids_step = run_ids
                self._ids_timer.start(self.ids_delay_ms)

        self._ctx.ops.run(lambda: queries.list_items(actor, filters[0], limit=self.first_page, sort=sort,
                                                     with_total=False),
                          on_success=page_done, on_failure=failed, priority=self._priority, owner=self)

    def _on_ids_timer_timeout(self) -> None:
        self._start_ids_step()

    def _start_ids_step(self) -> None:
        step, self._ids_step = self._ids_step, None
        self._ids_timer.stop()
        if step is not None and not self._query_running:
            step()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """The view reached the end of the first page while the rest waits for a pause."""
        return not parent.isValid() and self._ids_step is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._start_ids_step()

    @property
    def complete(self) -> bool:
        """Whether every matching id is known (not only the first page)."""
        return self._complete

    def _set_ids(self, ids: list[int], *, complete: bool = True) -> None:
        old = self._ids
        n = len(old)
        if not self._complete and self._loaded_once and len(ids) >= n and ids[:n] == old:
            # the rest of what the first page began: add rows under those already shown
            if len(ids) > n:
                self.beginInsertRows(QModelIndex(), n, len(ids) - 1)
                self._ids = ids
                self._row_of = None
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._ids = ids
            self._row_of = None
            self._generation += 1
            self._inflight.clear()
            self.endResetModel()
        self._complete = complete
        self._loaded_once = True
        self.ids_loaded.emit(len(ids))

    def clear(self) -> None:
        """Forget everything (the session ended or the user changed)."""
        self._ids_timer.stop()
        self._ids_step = None
        self.beginResetModel()
        self._ids = []
        self._row_of = None
        self._cache.clear()
        self._cells.clear()
        self._generation += 1
        self._inflight.clear()
        self._loaded_once = False
        self._complete = True
        self.endResetModel()

    # -- rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def item_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def item_at(self, row: int) -> ItemView | None:
        """The row's item if fetched (does not trigger a fetch)."""
        item_id = self.item_id_at(row)
        if item_id is None:
            return None
        view = self._cache.get(item_id)
        return view if isinstance(view, ItemView) else None

    def row_of(self, item_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {i: r for r, i in enumerate(self._ids)}
        return self._row_of.get(item_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def cached(self, item_id: int) -> ItemView | None:
        view = self._cache.get(item_id)
        return view if isinstance(view, ItemView) else None

    def remember(self, item: ItemView) -> None:
        """Put a fresh ItemView (from a panel load or an op result) into the cache."""
        self._store({item.id: item})
        row = self.row_of(item.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # -- fetching

    def _row_view(self, row: int) -> Any:
        item_id = self._ids[row]
        view = self._cache.get(item_id)
        if view is None:
            self._request_block(row // self.block_size)
        return view

    def _request_block(self, block: int) -> None:
        if block in self._inflight or self._ctx.actor is None:
            return
        self._inflight.add(block)
        start = block * self.block_size
        ids = self._ids[start:start + self.block_size]
        gen, actor = self._generation, self._ctx.require_actor()
        queries = self._ctx.services.queries

        def done(views: list[ItemView]) -> None:
            got: dict[int, Any] = {v.id: v for v in views}
            for i in ids:
                got.setdefault(i, _MISSING)
            self._store(got)
            if gen != self._generation:
                return  # the id list changed; the cache still profits
            self._inflight.discard(block)
            last = min(start + len(ids), len(self._ids)) - 1
            if last >= start:
                self.dataChanged.emit(self.index(start, 0), self.index(last, len(Column) - 1))
                self.block_loaded.emit(start, last)

        def failed(err: MileoError) -> None:
            if gen == self._generation:
                self._inflight.discard(block)
            self.failed.emit(err)

        self._ctx.ops.run(lambda: queries.items_by_ids(actor, ids), on_success=done, on_failure=failed,
                          priority=self._priority, owner=self)

    def _store(self, views: dict[int, Any]) -> None:
        cache = self._cache
        for item_id, view in views.items():
            cache[item_id] = view
            cache.move_to_end(item_id)
            self._cells.pop(item_id, None)
        while len(cache) > self._cache_rows:
            dropped, _ = cache.popitem(last=False)
            self._cells.pop(dropped, None)

    # -- changes (habit 4)

    def _on_changes_changed(self, changes: Changes) -> None:
        # a movement names its items: only their rows are read again; the list itself is
        # queried again when items were added or names shown in every row may have changed
        if changes.items_added or changes.clients or changes.people:
            # names shown in rows may have changed too
            if changes.clients or changes.people:
                self._cache.clear()
                self._cells.clear()
            self.refresh()
            return
        if not changes.item_ids:
            return
        for item_id in changes.item_ids:
            self._cache.pop(item_id, None)
            self._cells.pop(item_id, None)
        # an attribution or a return may move an item in or out of the filter
        if any(self._filter_depends_on_state(f) for f in self._filters):
            self.refresh()
            return
        for item_id in changes.item_ids:
            row = self.row_of(item_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    @staticmethod
    def _filter_depends_on_state(f: ItemFilter) -> bool:
        return bool(f.text or f.state or f.holder_id or f.overdue_only or f.temporary_out)

    def _on_changes_actor_changed(self, actor: object) -> None:
        self.clear()
        if actor is not None:
            self.refresh()

    # -- presentation

    def cell(self, row: int, col: int) -> Cell:
        """What cell (*row*, *col*) shows: text, text brush, background brush, bold — one call
        for the delegate (:class:`RegistryDelegate`) where the roles cost seven."""
        view = self._row_view(row)
        if view is None:
            return PLACEHOLDER, _brushes()["placeholder"], None, False
        if view is _MISSING:
            return "—", _brushes()["placeholder"], None, False
        return self._cell_of(view, col)

    def _cell_of(self, view: ItemView, col: int) -> Cell:
        return (self._cells.get(view.id) or self._row_cells(view))[col]

    def _row_cells(self, view: ItemView) -> tuple[Cell, ...]:
        """The cells of *view*'s row, worked out once while it stays in the cache (a repaint
        then costs one dictionary look-up per cell)."""
        overdue = view.overdue
        brushes = _brushes()
        bg = brushes["overdue_bg"] if overdue else None
        cells = []
        for col in Column:
            fg = None
            if (overdue and col in (_COL_OVERDUE, _COL_DUE)) or (col == _COL_STATE and view.state in _BAD_STATES):
                fg = brushes["overdue"]
            cells.append((self._display(view, col), fg, bg, col == _COL_ID or (col == _COL_OVERDUE and overdue)))
        self._cells[view.id] = row = tuple(cells)
        return row

    # -- Qt model API

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # called for every role of every visible cell at each paint: the cheap exits come first
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._ids):
            return None
        if role == _ID:
            return self._ids[row]
        view = self._row_view(row)
        if role == _LOADED:
            return view is not None
        if view is None or view is _MISSING:
            if role == _DISPLAY:
                return PLACEHOLDER if view is None else "—"
            if role == _FOREGROUND:
                return _brushes()["placeholder"]
            return None
        col = index.column()
        if role == _VIEW:
            return view
        if role == _OVERDUE:
            return view.overdue
        if role in (_DISPLAY, _FOREGROUND, _BACKGROUND, _FONT):
            text, fg, bg, bold = self._cell_of(view, col)
            if role == _DISPLAY:
                return text
            if role == _FOREGROUND:
                return fg
            if role == _BACKGROUND:
                return bg
            return _bold_font() if bold else None
        if role == _TOOLTIP:
            if col == _COL_OVERDUE and view.overdue:
                return self.tr("Retour prévu le %1, dépassé").replace("%1", paris(view.due_at))
            return view.label or None
        return None

    def _display(self, v: ItemView, col: Column) -> str:
        if col == Column.REGISTRY_ID:
            return v.registry_id
        if col == Column.TYPE:
            return item_type_label(v.type)
        if col == Column.CLIENT:
            return v.client_name
        if col == Column.SITE:
            return v.site_name
        if col == Column.HOLDER:
            if v.holder_name:
                return v.holder_name
            if v.state is ItemState.IN_SERVICE and v.keeping is Keeping.HEADQUARTERS:
                return keeping_label(Keeping.HEADQUARTERS)
            return ""
        if col == Column.STATE:
            return state_label(v.state)
        if col == Column.DUE:
            return paris(v.due_at) if v.holder_id is not None else ""
        if col == Column.OVERDUE:
            return self.tr("En retard") if v.overdue else ""
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section] if 0 <= section < len(Column) else None

    def column_titles(self) -> list[str]:
        return [
            self.tr("Identifiant"),
            self.tr("Type"),
            self.tr("Client"),
            self.tr("Site"),
            self.tr("Détenteur"),
            self.tr("État"),
            self.tr("Retour prévu"),
            self.tr("Retard"),
        ]

    def retranslate(self) -> None:
        """Called after a language switch: headers and cells are re-read."""
        self._cells.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort and self._loaded_once and self._complete and not self.querying:
            if descending != self._descending:
                self._descending = descending
                self._set_ids(self._ids[::-1])
            return
        self._sort, self._descending = key, descending
        self.refresh()

    def sort_column(self) -> int:
        for col, key in SORT_KEYS.items():
            if key == self._sort:
                return int(col)
        return 0


_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_TEXT = QPalette.ColorRole.Text


class RegistryDelegate(QStyledItemDelegate):
    """Paints :class:`RegistryModel` cells from one :meth:`RegistryModel.cell` call each.

    The standard delegate asks the model seven roles per cell (font, alignment, colours, check
    state, decoration, text, background): seven Python calls from C++, some 40 % of a repaint
    of the table. This one asks once and fills the same style option; the roles stay for every
    other reader of the model."""

    def __init__(self, model: RegistryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._bold: tuple[QFont, QFont, QFontMetrics] | None = None  # (base font, bold, metrics)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        if index.model() is not self._model:
            super().initStyleOption(option, index)
            return
        text, fg, bg, bold = self._model.cell(index.row(), index.column())
        if isinstance(index, QModelIndex):
            option.index = index
        option.text = text
        option.features |= _HAS_DISPLAY
        if bold:
            base = option.font
            if self._bold is None or self._bold[0] != base:
                font = QFont(base)
                font.setBold(True)
                self._bold = (QFont(base), font, QFontMetrics(font))
            option.font, option.fontMetrics = self._bold[1], self._bold[2]
        if fg is not None:
            palette = option.palette
            palette.setBrush(_TEXT, fg)
            option.palette = palette
        if bg is not None:
            option.backgroundBrush = bg
