"""Translated words for room booking: its error codes, conflicts, statuses, room kinds,
amenities and history actions. Strings are spelled out in full ``QCoreApplication.translate``
calls so that ``pyside6-lupdate`` finds them (context ``BookingTexts``); the limits they
quote are the domain's (:mod:`kiosk.bookings.rules`, :mod:`kiosk.bookings.recurrence`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.bookings.recurrence import MAX_OCCURRENCES, MAX_SPAN
from kiosk.bookings.rules import (
    CONTACT_NAME_LIMIT,
    CONTACT_PHONE_LIMIT,
    MAX_ATTENDEES,
    MAX_LENGTH,
    REASON_LIMIT,
    TITLE_LIMIT,
    Conflict,
    ConflictKind,
)
from kiosk.errors import ErrorCode
from kiosk.models import BookingStatus, RoomKind
from ui.widgets.dates import to_qdate


def _quote(text: str, *numbers: int) -> str:
    """``text`` with ``%1``, ``%2`` … replaced by ``numbers``, in order."""
    for place, number in enumerate(numbers, start=1):
        text = text.replace(f"%{place}", str(number))
    return text


def booking_error_text(field: str, code: ErrorCode) -> str:
    """One sentence for the receptionist about one field of a booking."""
    specific = {
        ("title", ErrorCode.REQUIRED): QCoreApplication.translate(
            "BookingTexts", "Please give the booking a title."),
        ("title", ErrorCode.TOO_LONG): _quote(QCoreApplication.translate(
            "BookingTexts", "The title is too long: %1 characters at most."), TITLE_LIMIT),
        ("contact_name", ErrorCode.TOO_LONG): _quote(QCoreApplication.translate(
            "BookingTexts", "The contact's name is too long: %1 characters at most."),
            CONTACT_NAME_LIMIT),
        ("contact_phone", ErrorCode.TOO_LONG): _quote(QCoreApplication.translate(
            "BookingTexts", "The phone number is too long: %1 characters at most."),
            CONTACT_PHONE_LIMIT),
        ("reason", ErrorCode.TOO_LONG): _quote(QCoreApplication.translate(
            "BookingTexts", "The reason is too long: %1 characters at most."), REASON_LIMIT),
        ("recurrence", ErrorCode.REQUIRED): QCoreApplication.translate(
            "BookingTexts", "Every date is skipped: nothing is left to book."),
    }
    if (field, code) in specific:
        return specific[field, code]
    general = {
        ErrorCode.REQUIRED: QCoreApplication.translate("BookingTexts", "Please fill this in."),
        ErrorCode.TOO_LONG: QCoreApplication.translate("BookingTexts", "This is too long."),
        ErrorCode.END_BEFORE_START: QCoreApplication.translate(
            "BookingTexts", "The end must be after the start."),
        ErrorCode.ZERO_LENGTH: QCoreApplication.translate(
            "BookingTexts", "The booking has no length: the end must be after the start."),
        ErrorCode.BOOKING_TOO_LONG: _quote(QCoreApplication.translate(
            "BookingTexts", "A booking lasts at most %1 hours. For longer, make it repeat."),
            MAX_LENGTH // timedelta(hours=1)),
        ErrorCode.ATTENDEES_RANGE: _quote(QCoreApplication.translate(
            "BookingTexts", "The number of people must be from 1 to %1."), MAX_ATTENDEES),
        ErrorCode.TOO_MANY_ATTENDEES: QCoreApplication.translate(
            "BookingTexts", "More people than the room has seats. Choose a larger room."),
        ErrorCode.UNKNOWN_ROOM: QCoreApplication.translate(
            "BookingTexts", "This room no longer exists. Please choose another."),
        ErrorCode.ROOM_NOT_BOOKABLE: QCoreApplication.translate(
            "BookingTexts", "This room cannot be booked."),
        ErrorCode.UNKNOWN_ORGANIZATION: QCoreApplication.translate(
            "BookingTexts", "Choose an organisation from the list, or leave it empty."),
        ErrorCode.REASON_REQUIRED: QCoreApplication.translate(
            "BookingTexts", "Please give a reason: the organiser will be told."),
        ErrorCode.BOOKING_NOT_PENDING: QCoreApplication.translate(
            "BookingTexts", "This booking is no longer waiting for approval."),
        ErrorCode.BOOKING_NOT_ACTIVE: QCoreApplication.translate(
            "BookingTexts", "This booking was cancelled or rejected; it cannot be changed."),
        ErrorCode.BOOKING_ENDED: QCoreApplication.translate(
            "BookingTexts", "This booking has already ended; it cannot be changed."),
        ErrorCode.SERIES_NEEDS_END: QCoreApplication.translate(
            "BookingTexts", "Say when the repeating ends: after a number of times or on a "
            "date."),
        ErrorCode.SERIES_INTERVAL_RANGE: QCoreApplication.translate(
            "BookingTexts", "This repeat pattern cannot be used."),
        ErrorCode.SERIES_TOO_LONG: _quote(QCoreApplication.translate(
            "BookingTexts", "A repeating booking may have at most %1 dates within %2 "
            "years."), MAX_OCCURRENCES, MAX_SPAN.days // 365),
        ErrorCode.SERIES_ENDS_BEFORE_START: QCoreApplication.translate(
            "BookingTexts", "The repeating ends before the first date."),
        ErrorCode.SERIES_OVERLAPS_ITSELF: QCoreApplication.translate(
            "BookingTexts", "The dates would overlap each other (set-up and clean-up "
            "included). Repeat less often or make it shorter."),
        ErrorCode.NOT_A_SERIES: QCoreApplication.translate(
            "BookingTexts", "An existing booking cannot be made repeating."),
        ErrorCode.SERIES_CANNOT_MOVE: QCoreApplication.translate(
            "BookingTexts", "Moved to these days the dates would no longer follow the "
            "repeat pattern. Move only this date, or change the time on the same days."),
    }
    if code in general:
        return general[code]
    raise KeyError(code)


def _hours(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    return f"{start.astimezone(zone):%H:%M}–{end.astimezone(zone):%H:%M}"


def _buffer_text(conflict: Conflict) -> str:
    """Why times that do not overlap still collide: the room's set-up and clean-up."""
    if conflict.clear_after_minutes:
        text = QCoreApplication.translate("BookingTexts",
                                          ", plus %1 minutes to clear the room")
        return text.replace("%1", str(conflict.clear_after_minutes))
    if conflict.prepare_before_minutes:
        text = QCoreApplication.translate(
            "BookingTexts", ", which needs the room %1 minutes before it to set up")
        return text.replace("%1", str(conflict.prepare_before_minutes))
    return ""


def conflict_text(conflict: Conflict, zone: ZoneInfo) -> str:
    """What stands in the way of one date, in plain words."""
    hours = _hours(conflict.starts_at, conflict.ends_at, zone)
    kind = conflict.kind
    if kind is ConflictKind.BOOKED and conflict.organization:
        text = QCoreApplication.translate("BookingTexts", "Booked by %1 (%2), %3")
        return (text.replace("%1", conflict.organization).replace("%2", conflict.what)
                .replace("%3", hours)) + _buffer_text(conflict)
    if kind is ConflictKind.BOOKED:
        text = QCoreApplication.translate("BookingTexts", "Already booked: %1, %2")
        return text.replace("%1", conflict.what).replace("%2", hours) + _buffer_text(conflict)
    if kind is ConflictKind.CLOSED and conflict.what:
        text = QCoreApplication.translate("BookingTexts", "Closed: %1")
        return text.replace("%1", conflict.what)
    if kind is ConflictKind.CLOSED:
        return QCoreApplication.translate("BookingTexts", "Closed")
    if kind is ConflictKind.HOLIDAY:
        text = QCoreApplication.translate("BookingTexts", "Holiday: %1")
        return text.replace("%1", conflict.what)
    if kind is ConflictKind.OUTSIDE_HOURS:
        text = QCoreApplication.translate("BookingTexts", "Outside opening hours (%1)")
        return text.replace("%1", hours)
    if kind is ConflictKind.QUOTA:
        text = QCoreApplication.translate("BookingTexts",
                                          "Weekly quota of %1 hours exceeded for %2")
        return text.replace("%1", conflict.what).replace("%2", conflict.organization)
    if kind is ConflictKind.PAST:
        return QCoreApplication.translate("BookingTexts", "Already past")
    text = QCoreApplication.translate("BookingTexts", "Overlaps another date of this series, %1")
    return text.replace("%1", hours)


def status_label(status: BookingStatus) -> str:
    labels = {
        BookingStatus.PENDING: QCoreApplication.translate("BookingTexts",
                                                          "Waiting for approval"),
        BookingStatus.CONFIRMED: QCoreApplication.translate("BookingTexts", "Confirmed"),
        BookingStatus.REJECTED: QCoreApplication.translate("BookingTexts", "Rejected"),
        BookingStatus.CANCELLED: QCoreApplication.translate("BookingTexts", "Cancelled"),
    }
    return labels[status]


def room_kind_label(kind: RoomKind) -> str:
    labels = {
        RoomKind.TRAINING: QCoreApplication.translate("BookingTexts", "Training room"),
        RoomKind.MEETING: QCoreApplication.translate("BookingTexts", "Meeting room"),
        RoomKind.SHOWROOM: QCoreApplication.translate("BookingTexts", "Showroom"),
        RoomKind.COWORKING: QCoreApplication.translate("BookingTexts", "Co-working"),
        RoomKind.CONSULTATION: QCoreApplication.translate("BookingTexts",
                                                          "Consultation room"),
        RoomKind.STUDIO: QCoreApplication.translate("BookingTexts", "Studio"),
        RoomKind.LAB: QCoreApplication.translate("BookingTexts", "Lab"),
        RoomKind.OFFICE: QCoreApplication.translate("BookingTexts", "Office"),
        RoomKind.HALL: QCoreApplication.translate("BookingTexts", "Hall"),
    }
    return labels[kind]


#: The amenities the free-room finder offers as check boxes, in this order.
AMENITIES = ("projector", "screen", "tv", "whiteboard", "sound_system", "microphone",
             "video_conference", "computer", "kitchen", "wheelchair_access")


def amenity_label(name: str) -> str:
    labels = {
        "projector": QCoreApplication.translate("BookingTexts", "Projector"),
        "screen": QCoreApplication.translate("BookingTexts", "Screen"),
        "tv": QCoreApplication.translate("BookingTexts", "TV"),
        "whiteboard": QCoreApplication.translate("BookingTexts", "Whiteboard"),
        "sound_system": QCoreApplication.translate("BookingTexts", "Sound system"),
        "microphone": QCoreApplication.translate("BookingTexts", "Microphone"),
        "video_conference": QCoreApplication.translate("BookingTexts", "Video conference"),
        "wifi": QCoreApplication.translate("BookingTexts", "Wi-Fi"),
        "ac": QCoreApplication.translate("BookingTexts", "Air conditioning"),
        "kitchen": QCoreApplication.translate("BookingTexts", "Kitchen"),
        "sink": QCoreApplication.translate("BookingTexts", "Sink"),
        "lighting_kit": QCoreApplication.translate("BookingTexts", "Lighting kit"),
        "green_screen": QCoreApplication.translate("BookingTexts", "Green screen"),
        "camera": QCoreApplication.translate("BookingTexts", "Camera"),
        "computer": QCoreApplication.translate("BookingTexts", "Computers"),
        "stage": QCoreApplication.translate("BookingTexts", "Stage"),
        "display_shelves": QCoreApplication.translate("BookingTexts", "Display shelves"),
        "wheelchair_access": QCoreApplication.translate("BookingTexts", "Wheelchair access"),
    }
    return labels.get(name, name)


def action_label(action: str) -> str:
    """A history entry's action ("create", "cancel" …) in words."""
    labels = {
        "create": QCoreApplication.translate("BookingTexts", "Booked"),
        "create_series": QCoreApplication.translate("BookingTexts", "Repeating booking made"),
        "edit": QCoreApplication.translate("BookingTexts", "Changed"),
        "edit_series": QCoreApplication.translate("BookingTexts", "Series changed"),
        "split_series": QCoreApplication.translate("BookingTexts", "Series split"),
        "cancel": QCoreApplication.translate("BookingTexts", "Cancelled"),
        "approve": QCoreApplication.translate("BookingTexts", "Approved"),
        "reject": QCoreApplication.translate("BookingTexts", "Rejected"),
    }
    return labels.get(action, action)


def long_day(moment: datetime, zone: ZoneInfo) -> str:
    """"Senin, 23 November 2026": the day in the interface's language."""
    local = moment.astimezone(zone)
    return QLocale().toString(to_qdate(local.date()), QLocale.FormatType.LongFormat)


def short_day(moment: datetime, zone: ZoneInfo) -> str:
    """"Sen 23/11/26"-like: a compact day for tables."""
    local = moment.astimezone(zone)
    locale = QLocale()
    return (locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat) + " "
            + locale.toString(to_qdate(local.date()), QLocale.FormatType.ShortFormat))
