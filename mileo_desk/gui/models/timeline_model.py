"""The movements of one item, newest first, for the item panel's timeline (drawn by a delegate:
a long history costs nothing until its rows are scrolled into view)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...services.dto import MovementView
from .labels import movement_label, paris
from .registry_model import ItemRole

Index = QModelIndex | QPersistentModelIndex

#: the MovementView of a row
MOVEMENT_ROLE = ItemRole.VIEW


class TimelineModel(QAbstractListModel):
    """Rows are movements, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._movements: list[MovementView] = []

    def set_movements(self, oldest_first: Sequence[MovementView]) -> None:
        self.beginResetModel()
        self._movements = list(reversed(oldest_first))
        self.endResetModel()

    def movement(self, row: int) -> MovementView:
        return self._movements[row]

    def movements(self) -> list[MovementView]:
        return list(self._movements)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._movements)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._movements):
            return None
        m = self._movements[index.row()]
        if role == MOVEMENT_ROLE:
            return m
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{movement_label(m.kind)} — {paris(m.at)} — n°{m.seq}"
        return None
