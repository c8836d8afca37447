"""How a new booking repeats: every day, every week on the days ticked, every month on a date
or on a weekday; ending after a number of times or on a date."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.bookings.recurrence import MAX_OCCURRENCES, Frequency, Recurrence, nth_weekday
from ui.widgets import label
from ui.widgets.combos import fit_to_layout
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.form import show_error

DEFAULT_REPEATS = 10
#: "Ends on" starts this far after the first date.
DEFAULT_UNTIL = timedelta(days=90)


class RepeatBox(QFrame):
    """The repeat pattern of a new booking, following the booking's first date: its weekday
    is always one of the days ticked, and the monthly choices name its day and weekday.
    Texts keep the booking dialog's translation context.

    Signals:
        changed(): the pattern or its end changed.
    """

    changed = Signal()

    def __init__(self, first_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "section")
        self._day = first_day
        self.caption = label("field-caption", self)
        self.combo = QComboBox(self)
        self.combo.setProperty("role", "touch")
        fit_to_layout(self.combo, 20)
        for frequency in (None, Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY_BY_DATE,
                          Frequency.MONTHLY_BY_WEEKDAY):
            self.combo.addItem("", frequency)
        self.caption.setBuddy(self.combo)
        self._build_weekdays()
        self._build_ends(first_day)
        self.error = label("error", self)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.combo, 1)
        layout.addLayout(top)
        layout.addWidget(self.weekdays_row)
        layout.addWidget(self.ends_row)
        layout.addWidget(self.error)
        self.combo.currentIndexChanged.connect(self._frequency_changed)
        for box in self.weekday_boxes:
            box.toggled.connect(self.changed)
        for widget in (self.count_radio, self.until_radio):
            widget.toggled.connect(self.changed)
        self.count_spin.valueChanged.connect(self.changed)
        self.until_edit.dateChanged.connect(self.changed)

    def _build_weekdays(self) -> None:
        self.weekdays_row = QWidget(self)
        self.weekday_boxes: list[QCheckBox] = []
        weekdays = QHBoxLayout(self.weekdays_row)
        weekdays.setContentsMargins(0, 0, 0, 0)
        for _ in range(7):
            box = QCheckBox(self.weekdays_row)
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        weekdays.addStretch(1)

    def _build_ends(self, first_day: date) -> None:
        self.ends_row = QWidget(self)
        self.count_radio = QRadioButton(self.ends_row)
        self.count_radio.setChecked(True)
        self.count_spin = QSpinBox(self.ends_row)
        self.count_spin.setRange(1, MAX_OCCURRENCES)
        self.count_spin.setValue(DEFAULT_REPEATS)
        self.count_suffix = label("body", self.ends_row, wrap=False)
        self.until_radio = QRadioButton(self.ends_row)
        self.until_edit = QDateEdit(self.ends_row)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDate(to_qdate(first_day + DEFAULT_UNTIL))
        ends = QGridLayout(self.ends_row)
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self.count_radio, 0, 0)
        ends.addWidget(self.count_spin, 0, 1)
        ends.addWidget(self.count_suffix, 0, 2)
        ends.addWidget(self.until_radio, 1, 0)
        ends.addWidget(self.until_edit, 1, 1, 1, 2)
        ends.setColumnStretch(3, 1)

    def retranslate(self) -> None:
        locale = QLocale()
        self.until_edit.setLocale(locale)
        self.until_edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
        self.caption.setText(QCoreApplication.translate("BookingDialog", "Repeat"))
        for index, weekday in enumerate(self.weekday_boxes):
            weekday.setText(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
        self.count_radio.setText(QCoreApplication.translate("BookingDialog", "Ends after"))
        self.count_suffix.setText(QCoreApplication.translate("BookingDialog", "times"))
        self.until_radio.setText(QCoreApplication.translate("BookingDialog", "Ends on"))
        # The number and the date are named by the choice beside them ("Ends after … times").
        self.count_spin.setAccessibleName(self.count_radio.text())
        self.count_spin.setAccessibleDescription(self.count_suffix.text())
        self.until_edit.setAccessibleName(self.until_radio.text())
        self._name_repeats()

    def _name_repeats(self) -> None:
        day = self._day
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        monthly_weekday = {
            1: QCoreApplication.translate("BookingDialog", "Every month, on the first %1"),
            2: QCoreApplication.translate("BookingDialog", "Every month, on the second %1"),
            3: QCoreApplication.translate("BookingDialog", "Every month, on the third %1"),
            4: QCoreApplication.translate("BookingDialog", "Every month, on the fourth %1"),
        }.get(nth_weekday(day), QCoreApplication.translate(
            "BookingDialog", "Every month, on the last %1")).replace("%1", weekday)
        texts = [QCoreApplication.translate("BookingDialog", "Does not repeat"),
                 QCoreApplication.translate("BookingDialog", "Every day"),
                 QCoreApplication.translate("BookingDialog", "Every week, on the days ticked"),
                 QCoreApplication.translate("BookingDialog", "Every month, on day %1").replace(
                     "%1", str(day.day)),
                 monthly_weekday]
        for index, text in enumerate(texts):
            self.combo.setItemText(index, text)

    def follow_date(self, day: date) -> None:
        """The booking's first date changed: tick its weekday (and untick the one ticked for
        the date before), and name the monthly choices after it."""
        self._day = day
        weekday = day.weekday()
        for index, box in enumerate(self.weekday_boxes):
            if index == weekday:
                box.setChecked(True)
            elif not box.isEnabled():
                box.setChecked(False)  # the day of the date before, ticked for it
            box.setEnabled(index != weekday)  # the first date's day is always one of them
        self._name_repeats()

    def _frequency_changed(self) -> None:
        frequency = self.combo.currentData()
        self.weekdays_row.setVisible(frequency == Frequency.WEEKLY)
        self.ends_row.setVisible(bool(frequency))
        self.follow_date(self._day)
        show_error(self.error, "")
        self.changed.emit()

    def refresh(self) -> None:
        """Show the rows the chosen pattern needs (called once built)."""
        self._frequency_changed()

    def limit_to(self, today: date) -> None:
        """The repeating cannot end before today."""
        self.until_edit.setMinimumDate(to_qdate(today))

    def recurrence(self) -> Recurrence | None:
        data = self.combo.currentData()
        if not data:
            return None
        frequency = Frequency(data)  # Qt keeps the enum as its string
        weekdays = tuple(i for i, box in enumerate(self.weekday_boxes) if box.isChecked())
        if self.count_radio.isChecked():
            return Recurrence(frequency, weekdays=weekdays, count=self.count_spin.value())
        return Recurrence(frequency, weekdays=weekdays,
                          until=from_qdate(self.until_edit.date()))
