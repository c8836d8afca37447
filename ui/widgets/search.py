"""The search box at reception: a clear button, and for screen readers a name ("Search"),
what it searches as its description and a clear button that says what it does."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

#: The object name Qt gives the action behind a line edit's clear button.
_CLEAR_ACTION = "_q_qlineeditclearaction"


class SearchEdit(QLineEdit):
    """A line edit that searches as one types. Its owner says what it searches with
    :meth:`describe` (shown while it is empty, and read out after its name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.retranslate()

    def describe(self, what: str) -> None:
        """What the box searches ("Name, phone, …"): its placeholder and its description."""
        self.setPlaceholderText(what)
        self.setAccessibleDescription(what)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Search"))
        # The clear button takes its name (and tooltip) from its action; Qt leaves it blank.
        clear = self.findChild(QAction, _CLEAR_ACTION)
        if clear is not None:
            clear.setText(self.tr("Clear search"))
