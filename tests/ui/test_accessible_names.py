"""Every control of the reception console and of the kiosk has a name a screen reader can
say: asked of Qt's accessibility layer, as a screen reader asks, not read off the widget."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from kiosk.bookings.booking import BookingRequest
from kiosk.building.catalogue import room_id
from kiosk.models import Purpose
from kiosk.visits.check_in import CheckInRequest
from tests.conftest import staff
from tests.ui.conftest import wait_idle
from tests.ui.kiosk_driver import open_kiosk
from tests.ui.test_booking_dialog import on_worker
from ui.context import AppContext
from ui.reception.sync_indicator import NoticesDialog, SyncIndicator
from ui.reception.window import ReceptionWindow

#: What a person works: buttons (and check boxes, radio buttons, tool buttons), text fields,
#: lists, choices, numbers, dates and times, sliders, tab bars.
CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
            QAbstractSpinBox, QAbstractItemView, QSlider, QTabBar)


def _qt_internal(widget: QWidget) -> bool:
    """A part Qt builds inside a control, named (or reported) by the control it belongs to:
    a spin box's or combo box's own line edit and popup list, a table's headers and corner
    button, a tab bar's scroll arrows."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    if isinstance(widget, QHeaderView):
        return True
    return widget.objectName() in {"qt_tableview_cornerbutton", "ScrollLeftButton",
                                   "ScrollRightButton"}


def _describe(widget: QWidget) -> str:
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    name = widget.objectName()
    text = getattr(widget, "text", None)
    shown = f" {text()!r}" if isinstance(widget, QAbstractButton) and callable(text) else ""
    return (f"{type(widget).__name__}{f' #{name}' if name else ''}{shown} in "
            f"{' < '.join(chain)}")


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``. A combo box on Linux reports its current
    item as its name (its label comes as a relation): there the label relation or the
    widget's own accessible name counts, never the item shown."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    name = interface.text(QAccessible.Text.Name) or ""
    if isinstance(widget, QComboBox) and sys.platform.startswith("linux"):
        labels = [other.text(QAccessible.Text.Name) or ""
                  for other, _relation in interface.relations(QAccessible.Relation.Label)]
        name = widget.accessibleName() or " ".join(labels)
    return name


def unnamed_controls(root: QWidget) -> list[str]:
    """Every control under ``root`` (shown or not) whose accessible name is empty or says
    nothing (no letter or digit: "⌫", "◐", "…", "‹"), described by class, object name and
    parents."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or _qt_internal(widget):
            continue
        if not any(char.isalnum() for char in accessible_name(widget)):
            found.append(_describe(widget))
    return found


# --- the reception console -------------------------------------------------------------------


def _seed(qtbot, context: AppContext) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """A visitor inside and a booking, so that the lists and the booking form have rows."""
    start = datetime(2026, 11, 24, 2, tzinfo=UTC)

    def seed(ops):  # type: ignore[no-untyped-def]
        ops.check_in(CheckInRequest(name="Budi Santoso", phone="081234567890",
                                    purpose=Purpose.MEETING, consent=True))
        request = BookingRequest(room_id("4.02"), "Rapat Koordinasi", start,
                                 start.replace(hour=4), 10, None)
        return ops.bookings.book(request, staff("someone-else")).booking_ids[0]

    booking_id: uuid.UUID = on_worker(qtbot, context, seed)
    return booking_id


def test_every_control_of_the_reception_console_has_a_name(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    booking_id = _seed(qtbot, context)
    admin = on_worker(qtbot, context, lambda ops: ops.staff.create_first_admin(
        "ayu", "Ayu Lestari", "kopi-tubruk-pagi"))
    context.sign_in(admin)  # an administrator: every tab exists
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.signed_in and window.staff is not None and window.rooms is not None
    unnamed: dict[str, list[str]] = {}

    def look(where: str, root: QWidget) -> None:
        wait_idle(qtbot, context)
        unnamed[where] = unnamed_controls(root)

    def first(table: QTableView, open_dialog: Callable[[], QDialog | None]) -> QDialog | None:
        """The dialog for the first row of ``table`` (a person, a room)."""
        qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10_000)
        table.selectRow(0)
        return open_dialog()

    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        if window.tabs.currentWidget() is window.bookings:  # and its approvals, free rooms
            for inner in range(window.bookings.tabs.count()):
                window.bookings.tabs.setCurrentIndex(inner)
                wait_idle(qtbot, context)
        look(window.tabs.tabText(tab), window.tabs.widget(tab))
    look("the tab bar", window.tabs.tabBar())
    look("the status bar", window.statusBar())
    look("the sync indicator (shown with a central database)", SyncIndicator(context, window))
    for page in (window.sign_in_page, window.first_admin_page, window.lock_page):
        look(type(page).__name__, page)

    dialogs = {
        "new booking": window.bookings.new_booking,
        "a booking": lambda: window.open_booking(booking_id),
        "invitation": window.visitors.invite,
        "check-in at the desk": window.visitors.check_in_at_desk,
        "closures": window.calendar.open_closures,
        "my account": window.my_account,
        "new staff": window.staff.add,
        "a new password": lambda: first(window.staff.table, window.staff.new_password),
        "new room": window.rooms.add,
        "a room": lambda: first(window.rooms.table, window.rooms.edit),
        "sync notices": lambda: NoticesDialog([], window),
    }
    for where, open_dialog in dialogs.items():
        dialog = open_dialog()
        assert dialog is not None
        if not dialog.isVisible():
            dialog.open()
        qtbot.waitUntil(dialog.isVisible)
        look(where, dialog)
        dialog.reject()
    window.organizations.add()
    organization = window.organizations.dialog
    assert organization is not None
    qtbot.waitUntil(organization.isVisible)
    look("new organisation", organization)
    organization.reject()

    assert [f"{where}: {control}" for where, found in unnamed.items() for control in found] == []
    # The names follow the language.
    context.translations.install("en")
    qtbot.waitUntil(lambda: window.history.search_edit.accessibleName() == "Search")
    assert window.calendar.view.accessibleName() == "Calendar"
    assert unnamed_controls(window) == []


# --- the kiosk -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_control_of_the_kiosk_has_a_name(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                               language: str) -> None:
    context.translations.install(language)
    window = open_kiosk(qtbot, context)
    assert window.screens is not None  # builds every screen
    wait_idle(qtbot, context)
    assert unnamed_controls(window) == []
