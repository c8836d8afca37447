"""The roll call's columns at any width: the short ones (people, time in, phone) as wide as
they need, the columns of words (name, organisation, host / room) sharing the rest, and none
narrower than its title. Qt's own stretch gives every stretched column an equal share whatever
its title needs, so long names and organisations squeezed the last title ("Tuan rumah /
ruang…") at 1280 px."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTreeView


def share(room: int, needs: Sequence[int]) -> list[int]:
    """Split ``room`` pixels between columns as equally as their smallest widths (``needs``)
    allow: a column that needs more than an equal share gets its need, the others split what
    is left. Too little room for all: each gets its need (the view scrolls sideways)."""
    widths = list(needs)
    left = list(range(len(needs)))
    remaining = room
    while left:
        each = remaining // len(left)
        wide = [i for i in left if needs[i] > each]
        if not wide:
            extra = remaining - each * len(left)
            for order, i in enumerate(left):
                widths[i] = each + (1 if order < extra else 0)
            break
        for i in wide:
            remaining -= needs[i]
            left.remove(i)
    return widths


def fit_columns(tree: QTreeView, words: Sequence[int]) -> None:
    """Size ``tree``'s columns: fixed ones stay, the other short ones take what their title
    and cells need, the ``words`` columns share the rest of the viewport's width."""
    header = tree.header()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    for column in shown:
        if column not in words and \
                header.sectionResizeMode(column) != QHeaderView.ResizeMode.Fixed:
            header.resizeSection(column, max(header.sectionSizeHint(column),
                                             tree.sizeHintForColumn(column)))
    room = tree.viewport().width() - sum(header.sectionSize(c) for c in shown
                                         if c not in words)
    columns = [c for c in words if c in shown]
    for column, width in zip(columns, share(room, [header.sectionSizeHint(c) for c in columns]),
                             strict=True):
        header.resizeSection(column, width)
