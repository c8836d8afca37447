"""Drawing shared by the calendar views: rows that fill the view, lines of text fitted into a
rectangle, and booking blocks with their set-up and clean-up time.

A booking looks the same wherever it is drawn: confirmed blocks solid with a solid edge,
pending ones hatched with a dashed edge (readable in black and white too), set-up and
clean-up as a lighter dotted band. The legend draws its swatches with the same pens.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QTableView

from ui.reception.calendar.palette import BlockView


def fit_rows(view: QTableView, least: int, most: float = 1.6) -> None:
    """Rows of at least ``least`` pixels, taller (up to ``most`` times) to fill the view when
    there are few of them: no empty half-screen under a small floor."""
    rows = view.model().rowCount() if view.model() is not None else 0
    available = view.viewport().height()
    size = least
    if rows:
        size = max(least, min(available // rows, int(least * most)))
    if view.verticalHeader().defaultSectionSize() != size:
        view.verticalHeader().setDefaultSectionSize(size)


def wrap(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` in at most ``most`` lines of ``width`` pixels, the last one elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:  # one long word: elide it, go on
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def draw_lines(painter: QPainter, rect: QRectF, lines: list[tuple[str, bool]],
               color: QColor, font: QFont, wrapping: int = 0) -> None:
    """Draw as many ``(text, bold)`` lines as fit in ``rect``, each elided to its width; line
    ``wrapping`` (the title) wraps onto the lines the others leave free."""
    painter.setPen(color)
    width = max(0, int(rect.width()))
    bold = QFont(font)
    bold.setBold(True)
    height = QFontMetrics(bold).height()
    capacity = max(1, int(rect.height() // height))
    rows: list[tuple[str, QFont]] = []
    for number, (text, strong) in enumerate(lines):
        line_font = bold if strong else font
        metrics = QFontMetrics(line_font)
        if number == wrapping:
            most = max(1, capacity - (len(lines) - 1))
            rows.extend((part, line_font) for part in wrap(text, metrics, width, most))
        else:
            rows.append((metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
                         line_font))
    y = rect.top()
    for text, line_font in rows[:capacity]:
        painter.setFont(line_font)
        painter.drawText(QRectF(rect.left(), y, rect.width(), height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        y += height


# --- booking blocks ------------------------------------------------------------------------


def block_fill(view: BlockView, pending: bool) -> QColor:
    return view.pendingColor if pending else view.confirmedColor


def pending_hatch(view: BlockView) -> QBrush:
    return QBrush(view.pendingHatchColor, Qt.BrushStyle.BDiagPattern)


def block_pen(view: BlockView, pending: bool) -> QPen:
    """A block's edge: dashed while it waits for approval."""
    if pending:
        return QPen(view.pendingBorderColor, 2, Qt.PenStyle.DashLine)
    return QPen(view.confirmedBorderColor, 2)


def buffer_pen(view: BlockView) -> QPen:
    return QPen(view.bufferColor.darker(115), 1, Qt.PenStyle.DotLine)


def paint_buffer(painter: QPainter, view: BlockView, rect: QRectF) -> None:
    """The room held around a booking for set-up and clean-up."""
    painter.setPen(buffer_pen(view))
    painter.setBrush(view.bufferColor)
    painter.drawRect(rect)


def paint_block(painter: QPainter, view: BlockView, rect: QRectF, pending: bool) -> None:
    """A booking's block (its text is the caller's: the day and the week lay it out apart)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(block_fill(view, pending))
    painter.drawRoundedRect(rect, 4, 4)
    if pending:
        painter.setBrush(pending_hatch(view))
        painter.drawRoundedRect(rect, 4, 4)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(block_pen(view, pending))
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
