"""The reception's tables show what people typed as they typed it, tooltips included."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from ui.table_model import RowsTableModel


class Names(RowsTableModel):
    def headers(self) -> list[str]:
        return ["Name"]

    def cell(self, row: Any, column: int) -> str:
        return str(row)


def test_a_tooltip_shows_markup_typed_in_a_name_as_text(qapp: QApplication) -> None:
    model = Names(ZoneInfo("Asia/Jakarta"))
    model.set_rows(["<b>Toko</b> & Sons"])
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    shown.setHtml(tip)  # Qt reads a tooltip that looks like markup as markup
    assert shown.toPlainText() == "<b>Toko</b> & Sons"
