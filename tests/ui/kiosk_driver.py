"""A test guest at the kiosk: touches (counted), types on the on-screen keys, scans."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ui.context import AppContext
from ui.keyboard import NumericPad, OnScreenKeyboard
from ui.visitor.window import KioskWindow

ORIENTATIONS = {"portrait": (1080, 1920), "landscape": (1920, 1080)}


class Guest:
    """Drives a :class:`KioskWindow` the way a person does, counting touches and scans."""

    def __init__(self, qtbot: Any, window: KioskWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.touches = 0
        self.scans = 0

    def touch(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} not touchable"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.touches += 1

    def touch_row(self, view: QAbstractItemView, index: QModelIndex) -> None:
        assert index.isValid(), "no such row"
        view.scrollTo(index)
        rect = view.visualRect(index)
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.touches += 1

    def dial(self, pad: NumericPad, digits: str) -> None:
        """Digits on the numeric pad, then its action key: entering the number (not counted
        as touches: "the phone number" is the visitor's own input)."""
        assert pad.isVisible(), "the pad is not on screen"
        for digit in digits:
            self.qtbot.mouseClick(pad.key(digit), Qt.MouseButton.LeftButton)
        self.qtbot.mouseClick(pad.action, Qt.MouseButton.LeftButton)

    def spell(self, keyboard: OnScreenKeyboard, text: str) -> None:
        """Letters on the on-screen keyboard (typing is not counted as touches)."""
        assert keyboard.isVisible(), "the keyboard is not on screen"
        for char in text:
            key = keyboard.space if char == " " else keyboard.key(char.lower())
            self.qtbot.mouseClick(key, Qt.MouseButton.LeftButton)

    def scan(self, code: str) -> None:
        """What a USB scanner does: types the code fast and presses Enter, into whatever has
        the keyboard focus (as a real one does)."""
        target = QApplication.focusWidget() or self.window.current() or self.window
        self.qtbot.keyClicks(target, code)
        self.qtbot.keyClick(target, Qt.Key.Key_Return)
        self.scans += 1

    def sees(self, screen: QWidget, timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(lambda: self.window.current() is screen, timeout=timeout)


def open_kiosk(qtbot: Any, context: AppContext, orientation: str = "portrait") -> KioskWindow:
    window = KioskWindow(context)
    qtbot.addWidget(window)
    window.resize(*ORIENTATIONS[orientation])
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not context.worker.busy, timeout=10_000)
    return window


def new_visitor_until_destination(guest: Guest, name: str, purpose: object,
                                  phone: str = "081298765432") -> None:
    """A first-time visitor: Check in, agree to the privacy notice, phone, name on the
    keyboard, purpose; leaves them on the destination screen."""
    window = guest.window
    s = window.screens
    guest.touch(window.welcome.check_in_button)
    guest.touch(s.privacy.agree)
    guest.dial(s.phone.pad, phone)
    guest.sees(s.details)
    guest.spell(s.details.keyboard, name)
    guest.touch(s.details.next_button)
    guest.touch(s.purpose.buttons[purpose])  # type: ignore[index]
    guest.sees(s.destination)
