"""A list of rows with a title, a subtitle and a payload, perhaps under section headings:
destinations, today's events."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
#: The words a search looks in (case-folded); ``None`` for a row every search keeps.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3
#: A heading is this high; a row is as high as its text (the theme sets a minimum).
HEADING_HEIGHT = 56
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Row:
    title: str
    subtitle: str = ""
    payload: Any = None
    #: Extra words a search should find (e.g. the English name of an Indonesian room).
    keywords: str = ""
    #: A section heading: not touchable, shown while a row under it is.
    heading: bool = False
    #: Shown whatever is searched ("I don't know yet").
    always: bool = False


class RowsModel(QAbstractListModel):
    """Rows shown as "title" over "subtitle"; ``PAYLOAD_ROLE`` gives what the row stands for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._heading_font = QFont()
        self._heading_font.setBold(True)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self._rows[index.row()].heading:
            return Qt.ItemFlag.ItemIsEnabled  # painted as text, never selected
        return super().flags(index)

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
            return None if row.always else f"{row.title} {row.subtitle} {row.keywords}".casefold()
        if role == HEADING_ROLE:
            return row.heading
        if row.heading and role == Qt.ItemDataRole.FontRole:
            return self._heading_font
        if row.heading and role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, HEADING_HEIGHT)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}. {row.subtitle}" if row.subtitle else row.title
        return None


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows with a word starting with each word typed, in any order and case ("5"
    finds "Lantai 5" and room "5.02", not "15:00"), and the heading of each section that keeps
    a row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._kept: set[int] | None = None

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        # Before the proxy re-reads the rows: what was kept was about the old ones.
        model.modelAboutToBeReset.connect(self._forget)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._kept = None
        self.endFilterChange()

    def _forget(self) -> None:
        self._kept = None

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        if self._kept is None:
            self._kept = self._matching()
        return source_row in self._kept

    def _matching(self) -> set[int]:
        """One pass: the matching rows, each with its section's heading."""
        model = self.sourceModel()
        starts = [re.compile(r"(?<!\w)" + re.escape(word)) for word in self._words]
        kept: set[int] = set()
        heading: int | None = None
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.data(index, HEADING_ROLE):
                heading = row
                continue
            text = model.data(index, SEARCH_ROLE)
            if text is None or all(start.search(text) for start in starts):
                kept.add(row)
                if heading is not None and text is not None:
                    kept.add(heading)
        return kept


def touch_list(parent: QWidget, model: QAbstractItemModel) -> QListView:
    """A list to touch: rows of words wrapped to its width (the theme pads the list, not its
    rows, so a row is exactly as wide as the view: padded rows came out wider than the view
    and scrolled sideways, cutting the ends of the lines off), scrolled by the pixel, never
    sideways, never edited."""
    view = QListView(parent)
    view.setModel(model)
    view.setProperty("role", "touch-list")
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a touch on a row moves no focus
    return view
