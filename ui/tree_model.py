"""Rows by floor as a two-level Qt item model: a heading row per floor and the floor's rows
under it. The index arithmetic lives here once; a model says how many floors there are and
how many rows each holds (reception's visitors, the evacuation roll call)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
FLOOR = 0  # internal id of a floor row; a row under a floor has its floor's row + 1


class FloorTreeModel(QAbstractItemModel):
    """Floors at the top level, their rows under them, ``COLUMNS`` columns (the rows hang
    under a floor's first column)."""

    COLUMNS = 1

    def floor_count(self) -> int:
        raise NotImplementedError

    def rows_on(self, floor: int) -> int:
        """How many rows the floor at top-level row ``floor`` holds."""
        raise NotImplementedError

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, FLOOR)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == FLOOR:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, FLOOR)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return self.floor_count()
        if parent.internalId() == FLOOR and parent.column() == 0:
            return self.rows_on(parent.row())
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return self.COLUMNS
