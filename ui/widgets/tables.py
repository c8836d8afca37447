"""The read-only table: a list of rows to read and pick from (bookings, closures, offers,
history), set up the same way everywhere."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def read_only_table(parent: QWidget | None, model: QAbstractItemModel, *,
                    stretch: Sequence[int] = (), wrap: bool = False,
                    alternate: bool = True) -> QTableView:
    """A table of ``model`` whose rows are picked whole, one at a time, and never edited;
    rows alternate in colour (unless not ``alternate``) and keep to one line (unless
    ``wrap``). The ``stretch`` columns share the width the others leave."""
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternate)
    view.setWordWrap(wrap)
    for column in stretch:
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view
