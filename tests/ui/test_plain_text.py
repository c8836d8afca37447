"""What people type (a booking's title, a name, an organisation, a reason) is shown as typed
everywhere in the reception console: in labels, status lines, tooltips and lists, markup
included. Qt guesses rich text for a label or tooltip that looks like markup, so
``<b>Rapat</b>`` would show in bold and ``<script>…</script> Uji Resep`` as "Uji Resep"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from kiosk.models import Purpose
from kiosk.visits.check_in import CheckInRequest
from tests.ui.conftest import wait_idle
from tests.ui.test_booking_dialog import at, book, on_worker, seed_tenant
from tests.ui.test_bookings_panel import click
from ui.context import AppContext
from ui.reception.window import ReceptionWindow

BOLD = "<b>Rapat</b> <i>Penting</i>"
SCRIPT = "<script>alert(1)</script> Uji Resep"
TYPED = (BOLD, SCRIPT, "<i>CV</i> Kopi & Co")  # names refuse "<" at check-in


def shown(tip: str) -> str:
    """A tooltip as Qt shows it: read as markup when it looks like markup."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def indexes(model: QAbstractItemModel, parent: QModelIndex | None = None,
            depth: int = 0) -> Iterator[QModelIndex]:
    parent = parent if parent is not None else QModelIndex()
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and depth < 2:
                yield from indexes(model, index, depth + 1)


def markup_shown_as_markup(root: QWidget) -> list[str]:
    """Every place under ``root`` where typed markup would be read as markup."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if isinstance(widget, QLabel) and any(t in widget.text() for t in TYPED) \
                and widget.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{where}: label {widget.text()!r}")
        tip = widget.toolTip()
        if any(t in tip for t in TYPED) and not any(t in shown(tip) for t in TYPED):
            found.append(f"{where}: tooltip {tip!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for index in indexes(widget.model()):
                tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
                if any(t in tip for t in TYPED) and not any(t in shown(tip) for t in TYPED):
                    found.append(f"{where}: item tooltip {tip!r}")
    return found


def test_typed_markup_shows_as_text_in_every_view_of_the_console(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext) -> None:
    tenant = seed_tenant(qtbot, context, "<i>CV</i> Kopi & Co")
    book(qtbot, context, "10.01", BOLD, at(context, 23, 13), at(context, 23, 15),
         organization=tenant)  # the hall: waits for approval
    book(qtbot, context, "4.02", SCRIPT, at(context, 23, 9), at(context, 23, 11),
         organization=tenant)

    def visitors(ops: Any) -> None:
        ops.check_in(CheckInRequest(name="Budi Santoso", phone="081234567890",
                                    organization="<i>CV</i> Kopi & Co",
                                    purpose=Purpose.MEETING, consent=True))

    on_worker(qtbot, context, visitors)
    admin = on_worker(qtbot, context, lambda ops: ops.staff.create_first_admin(
        "ayu", "Ayu Lestari", "kopi-tubruk-pagi"))
    context.sign_in(admin)
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    wrong: list[str] = []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        wait_idle(qtbot, context)
        wrong += markup_shown_as_markup(window.tabs.widget(tab))

    # The approvals status line names the booking just approved.
    panel = window.bookings
    window.tabs.setCurrentWidget(panel)
    panel.tabs.setCurrentWidget(panel.approvals_page)
    qtbot.waitUntil(lambda: panel.pending_model.rowCount() == 1)
    panel.pending_table.selectRow(0)
    click(qtbot, panel.approve_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: BOLD in panel.approvals_status.text())
    wrong += markup_shown_as_markup(window)
    assert wrong == []
