"""A list of rows with a title, a subtitle and a payload: destinations, today's events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Row:
    title: str
    subtitle: str
    payload: Any
    #: Extra words a search should find (e.g. the English name of an Indonesian room).
    keywords: str = ""


class RowsModel(QAbstractListModel):
    """Rows shown as "title" over "subtitle"; ``PAYLOAD_ROLE`` gives what the row stands for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title}\n{row.subtitle}" if row.subtitle else row.title
        if role == PAYLOAD_ROLE:
            return row.payload
        if role == SEARCH_ROLE:
            return f"{row.title} {row.subtitle} {row.keywords}".casefold()
        return None


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows whose text contains every word typed, in any order and case."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in text for word in self._words)
