"""The booking form: what (title, organisation), who (contact, people), where (the room, with
its seats) and when (date, start, end), and, for a new booking, how it repeats."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.agenda import BookingSummary, OrganizationChoice
from kiosk.bookings.booking import BookingRequest
from kiosk.bookings.rules import (
    CONTACT_NAME_LIMIT,
    CONTACT_PHONE_LIMIT,
    MAX_ATTENDEES,
    TITLE_LIMIT,
)
from kiosk.errors import ErrorCode, InvalidFieldError
from ui.reception.booking.repeat import RepeatBox
from ui.reception.booking.rooms import RoomChoices, select_room
from ui.widgets import building_moment, is_indonesian, label
from ui.widgets.combos import find_data, fit_to_layout
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.form import OVERTYPE, FormGrid, show_error
from ui.widgets.times import QuarterHourEdit


class BookingForm(QWidget):
    """The fields of one booking, their messages, and the request they make. Texts keep the
    booking dialog's translation context.

    Signals:
        request_changed(): what is booked, when or where changed (the title and the contact
            change nothing a check looks at).
    """

    request_changed = Signal()

    def __init__(self, rooms: RoomChoices, zone: ZoneInfo, start: datetime, end: datetime,
                 parent: QWidget | None = None) -> None:
        """``start`` and ``end`` are shown in the building's ``zone``."""
        super().__init__(parent)
        self.rooms = rooms
        self.zone = zone
        start, end = start.astimezone(zone), end.astimezone(zone)
        self._build_what()
        self._build_who()
        self._build_where()
        self._build_when(start, end)
        self.repeat = RepeatBox(start.date(), self)
        self._connect()
        self._lay_out()
        self.repeat.refresh()

    # --- building -------------------------------------------------------------------------

    def _build_what(self) -> None:
        self.title_caption = label("field-caption", self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(TITLE_LIMIT + OVERTYPE)
        self.title_error = label("error", self)
        self.organization_caption = label("field-caption", self)
        combo = self.organization_combo = QComboBox(self)
        combo.setProperty("role", "touch")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(12)
        fit_to_layout(combo)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        self.organization_error = label("error", self)

    def _build_who(self) -> None:
        self.contact_caption = label("field-caption", self)
        self.contact_name_edit = QLineEdit(self)
        self.contact_name_edit.setMaxLength(CONTACT_NAME_LIMIT + OVERTYPE)
        self.contact_phone_edit = QLineEdit(self)
        self.contact_phone_edit.setMaxLength(CONTACT_PHONE_LIMIT + 4)  # spaces and dashes
        self.contact_phone_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.contact_error = label("error", self)
        self.attendees_caption = label("field-caption", self)
        self.attendees_spin = QSpinBox(self)
        self.attendees_spin.setRange(1, MAX_ATTENDEES)
        self.attendees_spin.setValue(1)
        self.capacity_label = label("body", self, wrap=False)
        self.attendees_error = label("error", self)

    def _build_where(self) -> None:
        self.room_caption = label("field-caption", self)
        self.room_combo = QComboBox(self)
        self.room_combo.setProperty("role", "touch")
        self.room_combo.setMaxVisibleItems(14)
        fit_to_layout(self.room_combo)
        self.room_error = label("error", self)

    def _build_when(self, start: datetime, end: datetime) -> None:
        self.date_caption = label("field-caption", self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(to_qdate(start.date()))
        self.time_caption = label("field-caption", self)
        self.start_edit = QuarterHourEdit(self, start)
        self.end_edit = QuarterHourEdit(self, end)
        self.time_separator = label("body", self, wrap=False)
        self.zone_label = label("body", self, wrap=False)
        self.zone_label.setText(start.tzname() or self.zone.key)
        self.times_error = label("error", self)

    def _connect(self) -> None:
        """A message goes as soon as its field is edited; a change to what is booked when and
        where makes the last check stale."""
        self.title_edit.textEdited.connect(
            lambda: show_error(self.title_error, "", self.title_edit))
        for line in (self.contact_name_edit, self.contact_phone_edit):
            line.textEdited.connect(lambda: show_error(self.contact_error, ""))
        self.organization_combo.currentTextChanged.connect(self.request_changed)
        self.organization_combo.currentTextChanged.connect(
            lambda: show_error(self.organization_error, "", self.organization_combo))
        self.attendees_spin.valueChanged.connect(self.request_changed)
        self.attendees_spin.valueChanged.connect(
            lambda: show_error(self.attendees_error, "", self.attendees_spin))
        self.room_combo.currentIndexChanged.connect(self._room_changed)
        for when in (self.date_edit, self.start_edit, self.end_edit):
            when.dateTimeChanged.connect(self.request_changed)
            when.dateTimeChanged.connect(
                lambda: show_error(self.times_error, "", self.end_edit))
        self.date_edit.dateChanged.connect(
            lambda day: self.repeat.follow_date(from_qdate(day)))
        self.repeat.changed.connect(self.request_changed)

    def _lay_out(self) -> None:
        times = QHBoxLayout()
        times.setSpacing(8)
        times.addWidget(self.start_edit)
        times.addWidget(self.time_separator)
        times.addWidget(self.end_edit)
        times.addWidget(self.zone_label)
        times.addStretch(1)
        day = QHBoxLayout()
        day.addWidget(self.date_edit)
        day.addStretch(1)
        contact = QHBoxLayout()
        contact.addWidget(self.contact_name_edit, 3)
        contact.addWidget(self.contact_phone_edit, 2)
        people = QHBoxLayout()
        people.setSpacing(12)
        people.addWidget(self.attendees_spin)
        people.addWidget(self.capacity_label, 1)
        # The captions of the rows whose fields sit in a layout name their first field; the
        # words between two fields name the second.
        self.contact_caption.setBuddy(self.contact_name_edit)
        self.attendees_caption.setBuddy(self.attendees_spin)
        self.date_caption.setBuddy(self.date_edit)
        self.time_caption.setBuddy(self.start_edit)
        self.time_separator.setBuddy(self.end_edit)
        grid = FormGrid()
        grid.add_row(self.title_caption, self.title_edit, message=self.title_error)
        grid.add_row(self.organization_caption, self.organization_combo,
                     message=self.organization_error)
        grid.add_row(self.contact_caption, contact, message=self.contact_error)
        grid.add_row(self.room_caption, self.room_combo, message=self.room_error)
        grid.add_row(self.attendees_caption, people, message=self.attendees_error)
        grid.add_row(self.date_caption, day)
        grid.add_row(self.time_caption, times, message=self.times_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(grid)
        layout.addWidget(self.repeat)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_caption.setText(QCoreApplication.translate("BookingDialog", "Title"))
        self.title_edit.setPlaceholderText(QCoreApplication.translate(
            "BookingDialog", "For example: Halal certification training"))
        self.organization_caption.setText(
            QCoreApplication.translate("BookingDialog", "Organisation"))
        line = self.organization_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                QCoreApplication.translate("BookingDialog", "Optional: type to search"))
        self.contact_caption.setText(QCoreApplication.translate("BookingDialog", "Contact"))
        self.contact_name_edit.setPlaceholderText(
            QCoreApplication.translate("BookingDialog", "Name"))
        self.contact_name_edit.setAccessibleDescription(self.contact_name_edit.placeholderText())
        self.contact_phone_edit.setPlaceholderText(
            QCoreApplication.translate("BookingDialog", "Phone"))
        self.contact_phone_edit.setAccessibleName(self.contact_phone_edit.placeholderText())
        self.attendees_caption.setText(QCoreApplication.translate("BookingDialog", "People"))
        self.room_caption.setText(QCoreApplication.translate("BookingDialog", "Room"))
        self.date_caption.setText(QCoreApplication.translate("BookingDialog", "Date"))
        self.time_caption.setText(QCoreApplication.translate("BookingDialog", "Time"))
        self.time_separator.setText(QCoreApplication.translate("BookingDialog", "until"))
        self.date_edit.setLocale(QLocale())
        # "Kam, 26 Nov 2026": the weekday matters, and the long format is too wide here.
        self.date_edit.setDisplayFormat("ddd, d MMM yyyy")
        self.repeat.retranslate()
        if self.rooms.rooms:
            self.rooms.fill(self.room_combo)
        self.show_capacity()

    def set_editing(self, editing: bool) -> None:
        """An existing booking is changed one date (or its series) at a time: no repeating."""
        self.repeat.setVisible(not editing)

    def show_capacity(self) -> None:
        room = self.rooms.room(self.room_combo.currentData())
        self.capacity_label.setText(
            QCoreApplication.translate("BookingDialog", "The room has %1 seats").replace(
                "%1", str(room.capacity)) if room else "")
        if room is not None:
            self.attendees_spin.setToolTip(self.capacity_label.text())

    # --- filling in -----------------------------------------------------------------------

    def offer(self, organizations: list[OrganizationChoice]) -> None:
        """The loaded choices: the organisations (none chosen) and every room."""
        combo = self.organization_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for organization in organizations:
            combo.addItem(organization.name, organization.id)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self.rooms.fill(self.room_combo)

    def prefill(self, room_id: uuid.UUID | None, attendees: int | None) -> None:
        select_room(self.room_combo, room_id)
        if attendees is not None:
            self.attendees_spin.setValue(attendees)

    def set_times(self, start: datetime, end: datetime) -> None:
        """The date of ``start`` and both times, in the building's wall clock."""
        self.date_edit.setDate(to_qdate(start.date()))
        self.start_edit.set_time(start)
        self.end_edit.set_time(end)

    def limit_to(self, today: date) -> None:
        """New bookings start today or later. A past date given by the calendar stays, and the
        check says it is past; silently moving it to today would book a day nobody chose."""
        if from_qdate(self.date_edit.date()) >= today:
            self.date_edit.setMinimumDate(to_qdate(today))
        self.repeat.limit_to(today)

    def fill_from(self, booking: BookingSummary) -> None:
        """Show an existing booking as it is."""
        self.title_edit.setText(booking.title)
        combo = self.organization_combo
        index = find_data(combo, booking.organization_id)
        if index < 0 and booking.organization_id is not None:
            # Not one of the tenants, agencies and partners offered: keep it, never drop it.
            combo.addItem(booking.organization, booking.organization_id)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))
        self.contact_name_edit.setText(booking.contact_name)
        self.contact_phone_edit.setText(booking.contact_phone)
        if find_data(self.room_combo, booking.room_id) < 0:
            # A room no longer bookable: shown as it is, so saving says so instead of moving
            # the booking to whichever room comes first.
            language = "id" if is_indonesian() else "en"
            self.room_combo.addItem(f"{booking.room_code} · {booking.room_name(language)}",
                                    booking.room_id)
        select_room(self.room_combo, booking.room_id)
        self.attendees_spin.setValue(booking.attendees)
        self.set_times(booking.starts_at.astimezone(self.zone),
                       booking.ends_at.astimezone(self.zone))

    def _room_changed(self) -> None:
        self.show_capacity()
        show_error(self.room_error, "", self.room_combo)
        self.request_changed.emit()

    # --- the request ----------------------------------------------------------------------

    def request(self, *, repeating: bool) -> BookingRequest:
        """What the form says, times in the building's zone as aware UTC, with the repeat
        pattern when ``repeating``. Raises :class:`InvalidFieldError` for an organisation not
        in the list or no room."""
        room_id = self.room_combo.currentData()
        if not isinstance(room_id, uuid.UUID):
            raise InvalidFieldError("room", ErrorCode.UNKNOWN_ROOM)
        day = self.date_edit.date()
        return BookingRequest(
            room_id=room_id,
            title=self.title_edit.text(),
            starts_at=building_moment(day, self.start_edit.time(), self.zone),
            ends_at=building_moment(day, self.end_edit.time(), self.zone),
            attendees=self.attendees_spin.value(),
            organization_id=self._organization_id(),
            contact_name=self.contact_name_edit.text(),
            contact_phone=self.contact_phone_edit.text(),
            recurrence=self.repeat.recurrence() if repeating else None,
        )

    def _organization_id(self) -> uuid.UUID | None:
        combo = self.organization_combo
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise InvalidFieldError("organization", ErrorCode.UNKNOWN_ORGANIZATION)
        found = combo.itemData(index)
        return found if isinstance(found, uuid.UUID) else None

    # --- messages -------------------------------------------------------------------------

    def message_place(self, field: str) -> tuple[QLabel, QWidget | None] | None:
        """Where a message about ``field`` goes, and the field to mark; None when the form
        has no place for it (the repeat pattern of an existing booking among them)."""
        places: dict[str, tuple[QLabel, QWidget | None]] = {
            "title": (self.title_error, self.title_edit),
            "organization": (self.organization_error, self.organization_combo),
            "contact_name": (self.contact_error, self.contact_name_edit),
            "contact_phone": (self.contact_error, self.contact_phone_edit),
            "attendees": (self.attendees_error, self.attendees_spin),
            "room": (self.room_error, self.room_combo),
            "starts_at": (self.times_error, self.start_edit),
            "ends_at": (self.times_error, self.end_edit),
        }
        if field == "recurrence" and self.repeat.isVisible():
            return self.repeat.error, None
        return places.get(field)

    def clear_errors(self) -> None:
        show_error(self.title_error, "", self.title_edit)
        show_error(self.organization_error, "", self.organization_combo)
        show_error(self.contact_error, "", self.contact_name_edit)
        show_error(self.contact_error, "", self.contact_phone_edit)
        show_error(self.attendees_error, "", self.attendees_spin)
        show_error(self.room_error, "", self.room_combo)
        show_error(self.times_error, "", self.end_edit)
        show_error(self.times_error, "", self.start_edit)
        show_error(self.repeat.error, "")
