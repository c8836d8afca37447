"""Step 2 for a new visitor: name and organisation, on the on-screen keyboard."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from kiosk.errors import InvalidFieldError
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.visits.check_in import ORGANIZATION_MAX_LENGTH
from kiosk.visits.names import clean_name
from ui.keyboard import CAPITALIZE_WORDS, OnScreenKeyboard
from ui.texts import error_text
from ui.visitor.step import StepScreen
from ui.widgets import label


class DetailsScreen(StepScreen):
    """Name (one field; a single name is a whole name) and, optionally, organisation.

    Signals:
        submitted(str, str): name and organisation, the name already checked.
    """

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.name_caption = label("field-caption", self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH + 20)  # long enough to explain "too long"
        self.name_edit.setProperty(CAPITALIZE_WORDS, True)
        self.name_error = label("error", self)
        self.name_error.hide()
        self.organization_caption = label("field-caption", self)
        self.organization_edit = QLineEdit(self)
        self.organization_edit.setMaxLength(ORGANIZATION_MAX_LENGTH)
        self.organization_edit.setProperty(CAPITALIZE_WORDS, True)
        self.next_button = QPushButton(self)
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self._submit)
        self.keyboard = OnScreenKeyboard(self, digits=False)  # names have no digits
        self.name_edit.returnPressed.connect(self.organization_edit.setFocus)
        self.organization_edit.returnPressed.connect(self._submit)
        for widget in (self.name_caption, self.name_edit, self.name_error,
                       self.organization_caption, self.organization_edit, self.next_button):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.body.addWidget(self.keyboard)
        self.main = self.name_edit
        self.name_caption.setBuddy(self.name_edit)  # the caption is the field's name
        self.organization_caption.setBuddy(self.organization_edit)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("About you"))
        self.name_caption.setText(self.tr("Your name (one name is fine)"))
        self.name_edit.setPlaceholderText(self.tr("As it should appear on your visitor card"))
        self.organization_caption.setText(self.tr("Company, UMKM or organisation (optional)"))
        self.next_button.setText(self.tr("Next"))

    def reset(self) -> None:
        self.name_edit.clear()
        self.organization_edit.clear()
        self._show_error("")

    def _show_error(self, text: str) -> None:
        self.name_error.setText(text)
        self.name_error.setVisible(bool(text))
        self.name_edit.setProperty("invalid", bool(text))
        self.name_edit.style().unpolish(self.name_edit)
        self.name_edit.style().polish(self.name_edit)

    def _submit(self) -> None:
        try:
            # A pure check, no database: the visitor hears about a typo at once.
            name = clean_name(self.name_edit.text(), NAME_MAX_LENGTH)
        except InvalidFieldError as exc:
            self._show_error(error_text("name", exc.error.code))
            self.name_edit.setFocus()
            return
        self._show_error("")
        self.submitted.emit(name, self.organization_edit.text())
