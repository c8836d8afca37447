"""The marshal's tick: a large box in the first column of every person row, touched anywhere
in the cell to mark them safe (or not, touched again); checked, it shows a heavy tick and the
word "Safe", so nothing depends on colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.reception.evacuation.model import RollCallModel

Index = QModelIndex | QPersistentModelIndex

#: A person's row is at least this high: a touch target for a finger.
ROW_HEIGHT = 60
#: The tick box's side.
BOX = 40
#: The tick column: the box and the word "Safe" beside it.
TICK_WIDTH = 170


class TickDelegate(QStyledItemDelegate):
    """Paints and toggles the tick column; other cells draw as usual, in tall rows."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() == RollCallModel.TICK and index.parent().isValid():
            hint.setWidth(max(hint.width(), BOX + 24 + option.fontMetrics.horizontalAdvance(
                str(index.data()) + "  ")))
        return QSize(hint.width(), max(hint.height(), ROW_HEIGHT))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() != RollCallModel.TICK or not index.parent().isValid():
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        item.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, option.widget)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        rect = option.rect
        box = QRect(rect.left() + 10, rect.top() + (rect.height() - BOX) // 2, BOX, BOX)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = option.palette.color(option.palette.ColorRole.Text)
        painter.setPen(QPen(colour, 3))
        painter.drawRoundedRect(box, 6, 6)
        if checked:
            tick = QPainterPath(QPointF(box.left() + 8, box.center().y() + 1))
            tick.lineTo(box.left() + 17, box.bottom() - 8)
            tick.lineTo(box.right() - 7, box.top() + 9)
            painter.setPen(QPen(colour, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.drawPath(tick)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            text = rect.adjusted(BOX + 20, 0, 0, 0)
            painter.drawText(text, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             str(index.data()))
        painter.restore()

    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem,
                    index: Index) -> bool:
        if index.column() != RollCallModel.TICK or not index.parent().isValid():
            return super().editorEvent(event, model, option, index)  # type: ignore[arg-type]
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton and option.rect.contains(
                    event.position().toPoint()):
                return self.toggle(index)
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True  # the release toggles: a double tap is two toggles, never an editor
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Space, Qt.Key.Key_Select):
            return self.toggle(index)
        return False

    @staticmethod
    def toggle(index: Index) -> bool:
        """Tick the person at ``index`` safe, or untick them."""
        model = index.model()
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return bool(model.setData(index, state, Qt.ItemDataRole.CheckStateRole))
