"""Reception invites a guest in advance: the guest gets a code and a QR code, and checks in at
the kiosk by scanning or typing it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

import qrcode
import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from qrcode.constants import ERROR_CORRECT_M

from kiosk.errors import ErrorCode, ValidationError
from kiosk.models import Purpose
from kiosk.models.visitors import NAME_MAX_LENGTH
from kiosk.operations import Destinations, Operations
from kiosk.visits.check_in import GROUP_SIZE_MAX, ORGANIZATION_MAX_LENGTH, DestinationKind
from kiosk.visits.invitations import InvitationRequest, InvitationSummary
from ui.context import AppContext
from ui.reception.destinations import chosen, fill_destinations
from ui.texts import error_text, purpose_label, something_went_wrong
from ui.widgets import building_moment, is_indonesian, label
from ui.widgets.dates import to_qdate
from ui.widgets.form import OVERTYPE, FormGrid, show_error
from ui.widgets.times import QuarterHourEdit, default_window

log = logging.getLogger(__name__)

#: Quiet zone around the QR code, in modules (the QR standard asks for four).
QR_BORDER = 4
#: Side of one QR module on screen, in pixels.
QR_MODULE_PIXELS = 8


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR code's modules, quiet zone included. Pure Python: build it on the worker."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QR_BORDER)
    code.add_data(payload)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def qr_image(matrix: list[list[bool]], module: int = QR_MODULE_PIXELS) -> QImage:
    """Paint the modules black on white, ``module`` pixels each, with sharp edges."""
    count = len(matrix)
    image = QImage(count * module, count * module, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        black = QColor("black")
        for row, cells in enumerate(matrix):
            for col, dark in enumerate(cells):
                if dark:
                    painter.fillRect(col * module, row * module, module, module, black)
    finally:
        painter.end()
    return image


class InviteDialog(QDialog):
    """Reception registers a guest in advance, then gives them the code and QR code.

    A form (guest, purpose, where, when) and, once created, a result view with the code in big
    letters, its QR code and a summary to read out or copy. Destinations load and the
    invitation is created on the database worker; the domain's validation errors come back as
    messages under their fields.

    Signals:
        created(object): the new :class:`~kiosk.visits.invitations.InvitationSummary`.
    """

    created = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.setObjectName("invite")
        self.context = context
        self._zone = context.settings.zone
        self._destinations: Destinations | None = None
        self._summary: InvitationSummary | None = None
        self._qr: QPixmap | None = None
        self._busy = False
        now = clock().astimezone(self._zone)
        # Two pages in one layout, one hidden, rather than a QStackedWidget: the wrapped labels
        # then size the dialog by their height for its width and are never clipped.
        self.form_page = QWidget(self)
        self.result_page = QWidget(self)
        self.result_page.hide()
        self._build_form(now)
        self._build_result()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_page)
        layout.addWidget(self.result_page)
        self.setMinimumWidth(960)
        self.retranslate()
        self.context.run(lambda ops: ops.destinations(), self._show_destinations,
                         self._destinations_failed)

    # --- building -------------------------------------------------------------------------

    def _build_form(self, now: datetime) -> None:
        start, end = default_window(now, self._zone)
        page = self.form_page
        self.form_title = label("title", page)
        self.name_caption = label("field-caption", page)
        self.name_edit = QLineEdit(page)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH + OVERTYPE)
        self.name_error = label("error", page)
        self.phone_caption = label("field-caption", page)
        self.phone_edit = QLineEdit(page)
        self.phone_edit.setMaxLength(32)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_error = label("error", page)
        self.organization_caption = label("field-caption", page)
        self.organization_edit = QLineEdit(page)
        self.organization_edit.setMaxLength(ORGANIZATION_MAX_LENGTH)
        self.purpose_caption = label("field-caption", page)
        self.purpose_combo = QComboBox(page)
        self.purpose_combo.setProperty("role", "touch")
        for purpose in Purpose:
            self.purpose_combo.addItem(purpose_label(purpose), purpose)
        self.purpose_combo.setCurrentIndex(list(Purpose).index(Purpose.MEETING))
        self.destination_caption = label("field-caption", page)
        self.destination_combo = QComboBox(page)
        self.destination_combo.setProperty("role", "touch")
        self.destination_combo.setMaxVisibleItems(10)
        self.destination_error = label("error", page)
        self.group_caption = label("field-caption", page)
        self.group_spin = QSpinBox(page)
        self.group_spin.setRange(1, GROUP_SIZE_MAX)
        self.date_caption = label("field-caption", page)
        self.date_edit = QDateEdit(page)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(to_qdate(now.date()))
        self.date_edit.setDate(to_qdate(start.date()))
        self.time_caption = label("field-caption", page)
        self.from_edit = QuarterHourEdit(page, start)
        self.until_edit = QuarterHourEdit(page, end)
        self.time_separator = label("body", page, wrap=False)
        self.zone_label = label("body", page, wrap=False)
        self.zone_label.setText(start.tzname() or self._zone.key)
        self.times_error = label("error", page)
        self.status = label("error", page)
        self.cancel_button = QPushButton(page)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button = QPushButton(page)
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.status.hide()
        self._connect_form()
        self._lay_out_form()

    def _connect_form(self) -> None:
        """A message goes as soon as its field is edited."""
        self.name_edit.textEdited.connect(
            lambda: show_error(self.name_error, "", self.name_edit))
        self.phone_edit.textEdited.connect(
            lambda: show_error(self.phone_error, "", self.phone_edit))
        self.destination_combo.activated.connect(
            lambda: show_error(self.destination_error, "", self.destination_combo))
        for when in (self.date_edit, self.from_edit, self.until_edit):
            when.dateTimeChanged.connect(
                lambda: show_error(self.times_error, "", self.until_edit))

    def _lay_out_form(self) -> None:
        times = QHBoxLayout()
        times.setSpacing(12)
        times.addWidget(self.from_edit)
        times.addWidget(self.time_separator)
        times.addWidget(self.until_edit)
        times.addWidget(self.zone_label)
        times.addStretch(1)
        self.time_caption.setBuddy(self.from_edit)  # "Time": from … "until" …
        self.time_separator.setBuddy(self.until_edit)
        grid = FormGrid(horizontal=20, vertical=6)
        grid.add_row(self.name_caption, self.name_edit, message=self.name_error)
        grid.add_row(self.phone_caption, self.phone_edit, message=self.phone_error)
        grid.add_row(self.organization_caption, self.organization_edit)
        grid.add_row(self.purpose_caption, self.purpose_combo)
        grid.add_row(self.destination_caption, self.destination_combo,
                     message=self.destination_error)
        grid.add_row(self.group_caption, self.group_spin)
        grid.add_row(self.date_caption, self.date_edit)
        grid.add_row(self.time_caption, times, message=self.times_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self.form_page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.form_title)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _build_result(self) -> None:
        page = self.result_page
        self.result_title = label("title", page)
        self.code_caption = label("body", page)
        self.code_label = label("hero", page, wrap=False)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr_label = QLabel(page)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guest_label = label("room", page)
        self.details_label = label("body", page)
        self.hint_label = label("body", page)
        self.copied_label = label("body", page, wrap=False)
        self.copied_label.hide()
        self.copy_button = QPushButton(page)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_code)
        self.close_button = QPushButton(page)
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.accept)

        code = QVBoxLayout()
        code.setSpacing(8)
        code.addWidget(self.code_caption)
        code.addWidget(self.code_label)
        code.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(28)
        top.addLayout(code, 1)
        top.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied_label)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.result_title)
        layout.addLayout(top)
        layout.addWidget(self.guest_label)
        layout.addWidget(self.details_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # --- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text; called again on language change."""
        self.setWindowTitle(self.tr("Invite a guest"))
        self.form_title.setText(self.tr("Invite a guest"))
        self.name_caption.setText(self.tr("Guest's name"))
        self.name_edit.setPlaceholderText(self.tr("As it should appear on the visitor card"))
        # "Optional" lives in the placeholders, keeping the captions' column narrow.
        self.phone_caption.setText(self.tr("Phone"))
        self.phone_edit.setPlaceholderText(
            self.tr("Optional, for example %1").replace("%1", "0812-3456-7890"))
        self.organization_caption.setText(self.tr("Organisation"))
        self.organization_edit.setPlaceholderText(self.tr("Optional"))
        self.purpose_caption.setText(self.tr("Purpose"))
        for index in range(self.purpose_combo.count()):
            self.purpose_combo.setItemText(index,
                                           purpose_label(Purpose(self.purpose_combo.itemData(index))))
        self.destination_caption.setText(self.tr("Where"))
        self._fill_destinations()
        self.group_caption.setText(self.tr("People"))
        self.group_spin.setToolTip(self.tr("More than one: a delegation, invited with one code"))
        self.date_caption.setText(self.tr("Date"))
        locale = QLocale()
        self.date_edit.setLocale(locale)
        self.date_edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.LongFormat))
        self.time_caption.setText(self.tr("Time"))
        self.time_separator.setText(self.tr("until"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.create_button.setText(self.tr("Create invitation"))
        self.result_title.setText(self.tr("Invitation created"))
        self.code_caption.setText(self.tr("Invitation code"))
        self.hint_label.setText(
            self.tr("Give the guest this code or QR code. At the kiosk they scan it or type the "
                    "code, and confirm with one touch."))
        self.copy_button.setText(self.tr("Copy code"))
        self.copied_label.setText(self.tr("Copied to the clipboard"))
        self.close_button.setText(self.tr("Close"))
        self._show_summary()

    def _fill_destinations(self) -> None:
        fill_destinations(self.destination_combo, self._destinations)

    def _show_summary(self) -> None:
        summary = self._summary
        if summary is None:
            return
        self.code_label.setText(summary.code)
        self.guest_label.setText(summary.guest_name)
        start = summary.expected_from.astimezone(self._zone)
        end = summary.expected_until.astimezone(self._zone)
        day = QLocale().toString(to_qdate(start.date()), QLocale.FormatType.LongFormat)
        lines = []
        if summary.organization:
            lines.append(summary.organization)
        lines.append(purpose_label(summary.purpose))
        lines.append(f"{day} · {start:%H:%M}–{end:%H:%M} {start.tzname() or ''}".rstrip())
        room = summary.room_name_id if is_indonesian() else summary.room_name_en
        where = []
        if summary.floor_number is not None:
            where.append(self.tr("Floor %1").replace("%1", str(summary.floor_number)))
        if summary.room_code:
            where.append(f"{summary.room_code} {room}")
        if summary.host:
            where.append(summary.host)
        lines.append(" · ".join(where) if where
                     else self.tr("Reception will show the guest the way"))
        self.details_label.setText("\n".join(lines))

    # --- creating -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """An invitation is being created on the worker."""
        return self._busy

    def request(self) -> InvitationRequest:
        """What the form says, times in the building's zone as aware UTC."""
        day = self.date_edit.date()
        destination = chosen(self.destination_combo)
        return InvitationRequest(
            guest_name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            organization=self.organization_edit.text(),
            purpose=Purpose(self.purpose_combo.currentData()),
            expected_from=building_moment(day, self.from_edit.time(), self._zone),
            expected_until=building_moment(day, self.until_edit.time(), self._zone),
            room_id=destination.id if destination.kind is DestinationKind.ROOM else None,
            host_organization_id=(destination.id
                                  if destination.kind is DestinationKind.ORGANIZATION else None),
            group_size=self.group_spin.value(),
        )

    def submit(self) -> None:
        """Create the invitation on the worker; the result or the errors come back here."""
        if self._busy:
            return
        request, actor = self.request(), self.context.acting()
        self._busy = True
        self.create_button.setEnabled(False)
        self._clear_errors()

        def job(ops: Operations) -> tuple[InvitationSummary, list[list[bool]]]:
            summary = ops.create_invitation(request, actor)
            return summary, qr_matrix(summary.qr_payload)

        self.context.run(job, self._created, self._failed)

    def _created(self, result: tuple[InvitationSummary, list[list[bool]]]) -> None:
        summary, matrix = result
        if not shiboken6.isValid(self):  # closed and deleted while the worker was saving
            log.info("invitation %s created after its dialog closed", summary.code)
            return
        self._busy = False
        self._summary = summary
        self._qr = QPixmap.fromImage(qr_image(matrix))
        self.qr_label.setPixmap(self._qr)
        self._show_summary()
        self.form_page.hide()
        self.result_page.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.adjustSize()
        self.created.emit(summary)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.create_button.setEnabled(True)
        if not isinstance(error, ValidationError):
            log.error("reception could not create an invitation", exc_info=error)
            show_error(self.status, something_went_wrong(error))
            return
        for field_error in error.errors:
            self._show_field_error(field_error.field, field_error.code)

    def _show_field_error(self, field: str, code: ErrorCode) -> None:
        try:
            text = error_text(field, code)
        except KeyError:  # a code with no sentence for visitors yet
            log.error("no text for invitation error %s: %s", field, code)
            text = something_went_wrong()
        if field == "guest_name":
            show_error(self.name_error, text, self.name_edit)
            self.name_edit.setFocus()
        elif field == "phone":
            show_error(self.phone_error, text, self.phone_edit)
        elif field == "expected_until":
            show_error(self.times_error, self.tr("The end must be after the start"),
                             self.until_edit)
        elif field in ("room_id", "host_organization_id", "destination"):
            show_error(self.destination_error, text, self.destination_combo)
        else:
            show_error(self.status, text)

    def _clear_errors(self) -> None:
        show_error(self.name_error, "", self.name_edit)
        show_error(self.phone_error, "", self.phone_edit)
        show_error(self.destination_error, "", self.destination_combo)
        show_error(self.times_error, "", self.until_edit)
        show_error(self.status, "")

    # --- destinations and the result ------------------------------------------------------

    def _show_destinations(self, destinations: Destinations) -> None:
        if not shiboken6.isValid(self):
            return
        self._destinations = destinations
        self._fill_destinations()

    def _destinations_failed(self, error: BaseException) -> None:
        log.error("reception could not load destinations", exc_info=error)
        if shiboken6.isValid(self):
            show_error(self.status, something_went_wrong(error))

    @property
    def qr_pixmap(self) -> QPixmap | None:
        """The invitation's QR code, once created."""
        return self._qr

    @property
    def summary(self) -> InvitationSummary | None:
        """The created invitation, once created."""
        return self._summary

    def copy_code(self) -> None:
        if self._summary is not None:
            QGuiApplication.clipboard().setText(self._summary.code)
            self.copied_label.show()
