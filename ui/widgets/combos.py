"""Combo boxes at reception: headings that cannot be chosen, finding an item by its value,
and sizing by the layout rather than by the longest item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox


def add_heading(combo: QComboBox, text: str) -> None:
    """A heading (a floor, "Tenants and agencies") in capitals after a rule; not a choice.
    Capitals, since the theme colours disabled items like the others."""
    if combo.count():
        combo.insertSeparator(combo.count())
    item = QStandardItem(text.upper())
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    model = combo.model()
    assert isinstance(model, QStandardItemModel)  # QComboBox's own model
    model.appendRow(item)


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals ``value``, or -1 (``QComboBox.findData`` does
    not compare Python objects such as UUIDs by value)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def fit_to_layout(combo: QComboBox, characters: int = 24) -> None:
    """Size a combo box by the layout, not by its longest item (a long organisation name
    would otherwise widen the whole dialog); it stays ``characters`` wide at least."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
