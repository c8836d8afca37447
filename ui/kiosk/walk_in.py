"""The walk-in check-in form: who you are, why you came, where you are going."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import ValidationError
from kiosk.models import Purpose
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.models.visits import GROUP_SIZE_MAX
from kiosk.operations import Destinations
from kiosk.visits import ORGANIZATION_MAX_LENGTH, CheckInRequest, Destination, DestinationKind
from ui.texts import error_text, purpose_label
from ui.widgets import Screen, label

#: Two form columns when the screen is wider than this (landscape); one column in portrait.
TWO_COLUMNS_MIN_WIDTH = 1400


class Field(QWidget):
    """A caption, an input and the place where its error appears."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = label("field-caption", self)
        self.editor = editor
        self.error = label("error", self)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)


class WalkInScreen(Screen):
    """Collects a :class:`CheckInRequest`. Shows each field's error in the visitor's language.

    Signals:
        submitted(CheckInRequest): the visitor asked for the pass.
        cancelled(): back to welcome.
    """

    submitted = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walk-in")
        self._destinations: Destinations | None = None
        self._columns = 0

        self.title = label("title", self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH + 20)  # long enough to explain "too long"
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_edit.setMaxLength(40)
        self.organization_edit = QLineEdit(self)
        self.organization_edit.setMaxLength(ORGANIZATION_MAX_LENGTH + 20)

        self.purpose_box = QWidget(self)
        purpose_grid = QGridLayout(self.purpose_box)
        purpose_grid.setContentsMargins(0, 0, 0, 0)
        purpose_grid.setSpacing(12)
        self.purpose_group = QButtonGroup(self)
        self.purpose_buttons: dict[Purpose, QPushButton] = {}
        for index, purpose in enumerate(Purpose):
            button = QPushButton(self.purpose_box)
            button.setCheckable(True)
            button.setProperty("role", "choice")
            button.setObjectName(f"purpose-{purpose.value}")
            self.purpose_group.addButton(button)
            self.purpose_buttons[purpose] = button
            purpose_grid.addWidget(button, index // 4, index % 4)

        self.destination_combo = QComboBox(self)
        self.destination_combo.setProperty("role", "touch")

        self.group_box = QWidget(self)
        group_row = QHBoxLayout(self.group_box)
        group_row.setContentsMargins(0, 0, 0, 0)
        self.minus_button = QPushButton("−", self.group_box)
        self.plus_button = QPushButton("+", self.group_box)
        for button in (self.minus_button, self.plus_button):
            button.setProperty("role", "stepper")
            button.setAutoRepeat(True)
        self.group_size_label = QLabel("1", self.group_box)
        self.group_size_label.setProperty("role", "stepper-value")
        self.group_size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.people_label = label("body", self.group_box)
        group_row.addWidget(self.minus_button)
        group_row.addWidget(self.group_size_label)
        group_row.addWidget(self.plus_button)
        group_row.addWidget(self.people_label, 1)
        self.minus_button.clicked.connect(lambda: self._step_group(-1))
        self.plus_button.clicked.connect(lambda: self._step_group(+1))
        self._group_size = 1

        self.consent_button = QPushButton(self)
        self.consent_button.setCheckable(True)
        self.consent_button.setProperty("role", "choice")

        self.fields = {
            "name": Field(self.name_edit),
            "phone": Field(self.phone_edit),
            "organization": Field(self.organization_edit),
            "purpose": Field(self.purpose_box),
            "destination": Field(self.destination_combo),
            "group_size": Field(self.group_box),
            "consent": Field(self.consent_button),
        }

        self.form_error = label("error", self)
        self.form_error.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setProperty("role", "secondary")
        self.cancel_button.clicked.connect(self.cancelled)
        self.submit_button = QPushButton(self)
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.submit_button, 2)

        self._form = QWidget()
        self._grid = QGridLayout(self._form)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(48)
        self._grid.setVerticalSpacing(20)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        self._arrange(1)
        self.retranslate()

    # --- public -------------------------------------------------------------------------

    def set_destinations(self, destinations: Destinations) -> None:
        self._destinations = destinations
        self._fill_destinations()

    def reset(self) -> None:
        """Clear everything a previous visitor entered."""
        for edit in (self.name_edit, self.phone_edit, self.organization_edit):
            edit.clear()
        self.purpose_group.setExclusive(False)
        for button in self.purpose_buttons.values():
            button.setChecked(False)
        self.purpose_group.setExclusive(True)
        self.destination_combo.setCurrentIndex(0)
        self.consent_button.setChecked(False)
        self._group_size = 1
        self._show_group_size()
        self.clear_errors()
        self.set_busy(False)

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        for field_error in error.errors:
            self.fields[field_error.field].set_error(error_text(field_error.field,
                                                                field_error.code))
        first = self.fields[error.errors[0].field] if error.errors else None
        if first is not None:
            first.editor.setFocus()

    def show_form_error(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.setVisible(bool(text))

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.set_error("")
        self.show_form_error("")

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)
        self.submit_button.setText(self.tr("Please wait…") if busy else self.tr("Get my pass"))

    def request(self) -> CheckInRequest:
        checked = next((p for p, b in self.purpose_buttons.items() if b.isChecked()), None)
        destination = self.destination_combo.currentData()
        return CheckInRequest(
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            organization=self.organization_edit.text(),
            purpose=checked if checked is not None else "",
            destination=destination if isinstance(destination, Destination) else Destination(),
            group_size=self._group_size,
            consent=self.consent_button.isChecked(),
        )

    # --- Qt -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check in"))
        captions = {
            "name": self.tr("Your name"),
            "phone": self.tr("Phone number (WhatsApp)"),
            "organization": self.tr("Company, UMKM or organisation (optional)"),
            "purpose": self.tr("Purpose of your visit"),
            "destination": self.tr("Where are you going?"),
            "group_size": self.tr("How many people, including you?"),
            "consent": self.tr("Your data"),
        }
        for key, text in captions.items():
            self.fields[key].caption.setText(text)
        self.name_edit.setPlaceholderText(self.tr("As it should appear on your pass"))
        self.phone_edit.setPlaceholderText("0812-3456-7890")
        for purpose, button in self.purpose_buttons.items():
            button.setText(purpose_label(purpose))
        self.cancel_button.setText(self.tr("Cancel"))
        self.consent_button.setText(self.tr("I agree that my name and phone number are kept "
                                            "for the building's visitor records"))
        self.set_busy(not self.submit_button.isEnabled())
        self._show_group_size()
        self._fill_destinations()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(2 if event.size().width() >= TWO_COLUMNS_MIN_WIDTH else 1)
        super().resizeEvent(event)

    # --- private ------------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        """Portrait: one column. Landscape: who you are | why and where."""
        if columns == self._columns:
            return
        self._columns = columns
        order = ["name", "phone", "organization", "purpose", "destination", "group_size",
                 "consent"]
        for key in order:
            self._grid.removeWidget(self.fields[key])
        for index, key in enumerate(order):
            row, column = (index, 0) if columns == 1 else (index % 4, index // 4)
            self._grid.addWidget(self.fields[key], row, column, Qt.AlignmentFlag.AlignTop)
        self._grid.setRowStretch(len(order), 1)

    def _step_group(self, delta: int) -> None:
        self._group_size = max(1, min(GROUP_SIZE_MAX, self._group_size + delta))
        self._show_group_size()

    def _show_group_size(self) -> None:
        self.group_size_label.setText(str(self._group_size))
        self.minus_button.setEnabled(self._group_size > 1)
        self.people_label.setText(self.tr("%n person(s)", "", self._group_size))

    def _fill_destinations(self) -> None:
        combo = self.destination_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("I don't know: reception will help me"), Destination())
        destinations = self._destinations
        if destinations is None:
            return
        indonesian = QLocale().language() == QLocale.Language.Indonesian
        for host in destinations.hosts:
            where = (self.tr("floor %1").replace("%1", str(host.floor_number))
                     if host.floor_number is not None else "")
            text = f"{host.name} ({where})" if where else host.name
            combo.addItem(text, Destination(DestinationKind.ORGANIZATION, host.id))
        for floor in destinations.floors:
            floor_name = floor.name_id if indonesian else floor.name_en
            combo.addItem(self.tr("Floor %1 · %2").replace("%1", str(floor.number))
                          .replace("%2", floor_name),
                          Destination(DestinationKind.FLOOR, floor.id))
            for room in floor.rooms:
                room_name = room.name_id if indonesian else room.name_en
                combo.addItem(f"    {room.code} · {room_name}",
                              Destination(DestinationKind.ROOM, room.id))
        if isinstance(current, Destination):
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))

    def _submit(self) -> None:
        self.clear_errors()
        self.submitted.emit(self.request())
