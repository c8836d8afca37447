"""The calendar's colours. Every one lives in the QSS themes (``resources/themes``) and reaches
the views as a Qt property: ``DayGridView { qproperty-pendingColor: …; }``.

Before a theme sets a colour (a view made without one), the widget's palette stands in: no
colour is written in Python.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Role = QPalette.ColorRole


def color_property(name: str, fallback: QPalette.ColorRole) -> Any:
    """A colour the theme sets with ``qproperty-<name>``; the view repaints when it changes.
    Until then it is the widget palette's ``fallback`` role."""
    attribute = f"_color_{name}"

    def get(self: QWidget) -> QColor:
        color: QColor | None = getattr(self, attribute, None)
        return color if color is not None else self.palette().color(fallback)

    def set_(self: QWidget, value: QColor) -> None:
        setattr(self, attribute, QColor(value))
        self.update()
        if isinstance(self, QAbstractItemView):
            self.viewport().update()

    return Property(QColor, get, set_)


def mix(base: QColor, ink: QColor, amount: float) -> QColor:
    """``amount`` (0..1) of ``ink`` over ``base``."""
    amount = min(1.0, max(0.0, amount))
    return QColor.fromRgbF(
        base.redF() + (ink.redF() - base.redF()) * amount,
        base.greenF() + (ink.greenF() - base.greenF()) * amount,
        base.blueF() + (ink.blueF() - base.blueF()) * amount,
    )


def readable_on(background: QColor, dark: QColor, light: QColor) -> QColor:
    """Dark text on a light background, light text on a dark one."""
    return dark if background.lightnessF() > 0.55 else light


class BlockView(QTableView):
    """A table view that draws bookings as blocks over its cells: the colours the day grid and
    the week share (free cells, grid lines, the selection, confirmed and pending blocks, set-up
    and clean-up time, the text on a block). The theme sets them on each view by its class."""

    freeColor = color_property("freeColor", Role.Base)
    gridColor = color_property("gridColor", Role.Midlight)
    selectionColor = color_property("selectionColor", Role.Highlight)
    confirmedColor = color_property("confirmedColor", Role.AlternateBase)
    confirmedBorderColor = color_property("confirmedBorderColor", Role.Dark)
    pendingColor = color_property("pendingColor", Role.ToolTipBase)
    pendingBorderColor = color_property("pendingBorderColor", Role.ToolTipText)
    pendingHatchColor = color_property("pendingHatchColor", Role.Mid)
    bufferColor = color_property("bufferColor", Role.AlternateBase)
    blockTextColor = color_property("blockTextColor", Role.Text)
