"""Forms at reception: captions on the left, fields on the right, each field's message under
it; and showing or clearing the message of a field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QWidget,
)

from kiosk.errors import FieldError, InvalidFieldError, ValidationError
from ui.widgets.screen import repolish

#: Room to type past a limit, so that a form can say "too long" rather than cut the text.
OVERTYPE = 20


class FormGrid(QGridLayout):
    """Rows of caption | field(s), each with its message on the row below, under the fields.

    A row holds one field (a widget or a layout) spanning every field column, or one field per
    column (a date, a time and the zone, lined up under each other row by row). Captions
    never wrap: the caption column is as wide as its longest caption. Messages start hidden.

    A caption names its row's first field for screen readers (its buddy); a field in a layout,
    or beside the first, is named by its owner.
    """

    def __init__(self, *, columns: int = 1, horizontal: int = 16, vertical: int = 4) -> None:
        super().__init__()
        self._columns = columns
        self._row = 0
        self.setHorizontalSpacing(horizontal)
        self.setVerticalSpacing(vertical)
        self.setColumnStretch(1, 1)

    def add_row(self, caption: QLabel, *fields: QWidget | QLayout,
                message: QLabel | None = None) -> None:
        caption.setWordWrap(False)
        if isinstance(fields[0], QWidget):
            caption.setBuddy(fields[0])
        self.addWidget(caption, self._row, 0)
        if len(fields) == 1:
            self._add(fields[0], 1, self._columns)
        else:
            for column, field in enumerate(fields, start=1):
                self._add(field, column, 1)
        self._row += 1
        if message is not None:
            message.hide()
            self.addWidget(message, self._row, 1, 1, self._columns)
            self._row += 1

    def add_full_row(self, item: QWidget | QLayout) -> None:
        """A row across the captions and the fields (a choice that shapes the form)."""
        self._add(item, 0, self._columns + 1)
        self._row += 1

    def _add(self, item: QWidget | QLayout, column: int, span: int) -> None:
        if isinstance(item, QLayout):
            self.addLayout(item, self._row, column, 1, span)
        else:
            self.addWidget(item, self._row, column, 1, span)


def show_error(where: QLabel, text: str, field: QWidget | None = None) -> None:
    """Say ``text`` under a field (an empty text hides the message) and mark the field
    invalid for the theme while there is one."""
    where.setText(text)
    where.setVisible(bool(text))
    if field is not None:
        repolish(field, "invalid", bool(text))


def refused_fields(error: BaseException) -> tuple[FieldError, ...] | None:
    """The fields an operation refused, each with its code; None when ``error`` is not a
    refusal of fields (a failure to apologise for)."""
    if isinstance(error, ValidationError):
        return error.errors
    if isinstance(error, InvalidFieldError):
        return (error.error,)
    return None


class DialogButtons(QHBoxLayout):
    """A form dialog's last row: cancel, then the primary button that saves (the default,
    so Enter saves). The owner sets their words and connects ``save_button``."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__()
        self.cancel_button = QPushButton(dialog)
        self.cancel_button.clicked.connect(dialog.reject)
        self.save_button = QPushButton(dialog)
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.addStretch(1)
        self.addWidget(self.cancel_button)
        self.addWidget(self.save_button)
