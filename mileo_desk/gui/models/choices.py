"""The entries of a filter combo box (clients, sites, holders) as a list model.

A registry has thousands of sites: ``QComboBox.addItem`` for each of 5,000 of them held the
GUI thread ~30 ms (one Python → C++ call and one model insertion each). This model takes the
whole list in one reset; the combo asks only for the entries it shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole)
_DATA = Qt.ItemDataRole.UserRole  # what QComboBox.currentData() reads


class ChoiceModel(QAbstractListModel):
    """(text, data) entries; the first one is the "every …" entry (data None)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, Any]] = []
        self._row_of: dict[Any, int] = {}

    def set_entries(self, entries: Iterable[tuple[str, Any]]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._row_of = {}
        for row, (_text, data) in enumerate(self._entries):
            self._row_of.setdefault(data, row)
        self.endResetModel()

    def set_text(self, row: int, text: str) -> None:
        """Rename one entry (the "every …" entry after a language switch)."""
        if 0 <= row < len(self._entries):
            self._entries[row] = (text, self._entries[row][1])
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def row_of(self, data: Any) -> int:
        """The row of the first entry holding *data*, or -1."""
        return self._row_of.get(data, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._entries):
            return None
        if role in _TEXT_ROLES:
            return self._entries[row][0]
        if role == _DATA:
            return self._entries[row][1]
        return None
