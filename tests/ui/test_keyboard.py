"""Visitors type by touch: a numeric pad for phone and pass numbers, a keyboard for names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRegularExpression, Qt, SignalInstance
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.keyboard import CAPITALIZE_WORDS, NumericPad, OnScreenKeyboard
from ui.theme import apply_theme


def touch(qtbot: QtBot, *keys: QPushButton) -> None:
    for key in keys:
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def type_word(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Touch the keys of ``text`` as they are labelled (lower case), space for space."""
    touch(qtbot, *(keyboard.space if char == " " else keyboard.key(char) for char in text))


def show(qtbot: QtBot, widget: QWidget, width: int = 1080) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)


def window_with(qtbot: QtBot, keys: QWidget, edit: QLineEdit) -> QWidget:
    """A shown, active window holding ``edit`` (focused) above ``keys``."""
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(edit)
    layout.addWidget(keys)
    show(qtbot, window)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return window


def counter(signal: SignalInstance) -> list[None]:
    """A list that grows by one on every emission of ``signal``."""
    emitted: list[None] = []
    signal.connect(lambda: emitted.append(None))
    return emitted


@pytest.fixture(params=["unstyled", "default theme"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Run once without a style sheet and once with the kiosk's theme (it sets key sizes)."""
    previous = qapp.styleSheet()
    if request.param == "default theme":
        apply_theme(qapp)
    else:
        qapp.setStyleSheet("")
    yield request.param
    qapp.setStyleSheet(previous)


# --- numeric pad --------------------------------------------------------------------------


def test_pad_types_digits_at_the_cursor(qtbot: QtBot, qapp: QApplication) -> None:
    pad = NumericPad()
    qtbot.addWidget(pad)
    edit = QLineEdit("0812")
    pad.set_target(edit)
    typed = counter(pad.typed)

    touch(qtbot, pad.key("3"), pad.key("4"))
    edit.setCursorPosition(0)
    touch(qtbot, pad.key("9"))

    assert edit.text() == "9081234"
    assert len(typed) == 3


def test_pad_backspace_and_clear(qtbot: QtBot, qapp: QApplication) -> None:
    pad = NumericPad()
    qtbot.addWidget(pad)
    edit = QLineEdit()
    pad.set_target(edit)
    touch(qtbot, pad.key("0"), pad.key("8"), pad.key("1"), pad.key("2"))

    touch(qtbot, pad.backspace)
    assert edit.text() == "081"
    touch(qtbot, pad.clear_key)
    assert edit.text() == ""
    with qtbot.assertNotEmitted(pad.typed):
        touch(qtbot, pad.backspace, pad.clear_key)  # nothing left to change
    assert pad.clear_key.text() == "Clear"  # a word: "C" meant nothing to a visitor
    assert pad.backspace.text() == "⌫"
    assert pad.backspace.accessibleName() == "Delete"


def test_pad_action_submits_with_the_callers_text(qtbot: QtBot, qapp: QApplication) -> None:
    pad = NumericPad()
    qtbot.addWidget(pad)
    assert pad.action.text() == "OK"
    pad.set_action_text("Cari kunjungan saya")
    pad.retranslate()  # a language change keeps the caller's text
    assert pad.action.text() == "Cari kunjungan saya"
    assert pad.action.property("role") == "key-action"
    with qtbot.waitSignal(pad.submitted, timeout=1000):
        touch(qtbot, pad.action)


def test_pad_has_only_digit_keys_that_never_take_the_focus(qtbot: QtBot,
                                                           qapp: QApplication) -> None:
    pad = NumericPad()
    qtbot.addWidget(pad)
    keys = pad.findChildren(QPushButton)
    assert sorted(k.text() for k in keys if k is not pad.action) == [
        *"0123456789", "Clear", "⌫"]
    assert all(k.focusPolicy() == Qt.FocusPolicy.NoFocus for k in keys)
    assert [k for k in keys if k.autoRepeat()] == [pad.backspace]
    assert {k.property("role") for k in keys if k is not pad.action} == {"key"}


def test_pad_without_a_target_does_nothing(qtbot: QtBot, qapp: QApplication) -> None:
    pad = NumericPad()
    qtbot.addWidget(pad)
    with qtbot.assertNotEmitted(pad.typed):
        touch(qtbot, pad.key("5"), pad.backspace, pad.clear_key)
    assert pad.target() is None


def test_the_field_keeps_the_focus_while_the_pad_is_touched(qtbot: QtBot,
                                                            qapp: QApplication) -> None:
    edit = QLineEdit()
    pad = NumericPad()
    pad.set_target(edit)
    window = window_with(qtbot, pad, edit)

    touch(qtbot, pad.key("1"), pad.key("2"), pad.backspace, pad.key("7"), pad.action)

    assert window.isActiveWindow()
    assert edit.hasFocus()
    assert QApplication.focusWidget() is edit
    assert edit.text() == "17"


# --- full keyboard ------------------------------------------------------------------------


def test_names_get_a_capital_at_each_word(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    edit = QLineEdit()
    edit.setProperty(CAPITALIZE_WORDS, True)
    keyboard.set_target(edit)

    type_word(qtbot, keyboard, "budi santoso")

    assert edit.text() == "Budi Santoso"
    assert keyboard.key("a").text() == "a"  # capitals come from the field, not from shift


def test_other_fields_get_letters_as_shown(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    edit = QLineEdit()
    keyboard.set_target(edit)
    type_word(qtbot, keyboard, "cv maju 2")
    touch(qtbot, keyboard.key("-"), keyboard.key("'"), keyboard.key("."), keyboard.key(","))
    assert edit.text() == "cv maju 2-'.,"


def test_shift_makes_one_capital_then_turns_off(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    edit = QLineEdit()
    keyboard.set_target(edit)

    touch(qtbot, keyboard.shift)
    assert keyboard.shift.isChecked()
    assert keyboard.key("q").text() == "Q"
    touch(qtbot, keyboard.key("u"), keyboard.key("m"))
    assert edit.text() == "Um"
    assert not keyboard.shift.isChecked()
    assert keyboard.key("q").text() == "q"

    touch(qtbot, keyboard.shift, keyboard.shift)  # on and off again
    touch(qtbot, keyboard.key("i"))
    assert edit.text() == "Umi"


def test_backspace_deletes_before_the_cursor(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    edit = QLineEdit("Sitti")
    edit.setCursorPosition(3)
    keyboard.set_target(edit)
    touch(qtbot, keyboard.backspace)
    assert edit.text() == "Siti"
    assert keyboard.backspace.autoRepeat()


def test_the_fields_max_length_and_validator_apply(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    edit = QLineEdit()
    edit.setMaxLength(3)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression("[a-z ]*"), edit))
    keyboard.set_target(edit)

    type_word(qtbot, keyboard, "an")
    with qtbot.assertNotEmitted(keyboard.typed):
        touch(qtbot, keyboard.key("7"))  # the validator refuses digits
    type_word(qtbot, keyboard, "dien")

    assert edit.text() == "and"


def test_keyboard_types_into_the_focused_field_and_keeps_its_focus(qtbot: QtBot,
                                                                    qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    edit = QLineEdit()
    window = window_with(qtbot, keyboard, edit)
    assert keyboard.target() is edit

    type_word(qtbot, keyboard, "ok")
    touch(qtbot, keyboard.shift, keyboard.backspace, keyboard.space)

    assert edit.text() == "o "
    assert window.isActiveWindow()
    assert QApplication.focusWidget() is edit


def test_a_chosen_target_wins_over_the_focused_field(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    focused = QLineEdit()
    window = window_with(qtbot, keyboard, focused)
    chosen = QLineEdit()
    keyboard.set_target(chosen)
    type_word(qtbot, keyboard, "hi")
    assert (chosen.text(), focused.text()) == ("hi", "")
    assert window.focusWidget() is focused


def test_without_a_target_or_a_focused_field_keys_do_nothing(qtbot: QtBot,
                                                             qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    bystander = QLineEdit("unchanged")  # exists, but has no focus
    qtbot.addWidget(bystander)
    show(qtbot, keyboard)
    assert keyboard.target() is None

    with qtbot.assertNotEmitted(keyboard.typed):
        touch(qtbot, keyboard.shift)
        type_word(qtbot, keyboard, "a 1")
        touch(qtbot, keyboard.key("-"), keyboard.backspace)

    assert bystander.text() == "unchanged"


def test_a_deleted_or_read_only_target_is_left_alone(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    read_only = QLineEdit("Budi")
    read_only.setReadOnly(True)
    keyboard.set_target(read_only)
    type_word(qtbot, keyboard, "x")
    touch(qtbot, keyboard.backspace)
    assert read_only.text() == "Budi"

    gone = QLineEdit()
    keyboard.set_target(gone)
    gone.deleteLater()
    qtbot.waitUntil(lambda: keyboard.target() is None)
    with qtbot.assertNotEmitted(keyboard.typed):
        type_word(qtbot, keyboard, "x")


def test_every_keyboard_key_is_a_touch_key(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keys = keyboard.findChildren(QPushButton)
    assert len(keys) == 10 + 26 + 4 + 3  # digits, letters, punctuation, shift ⌫ space
    assert all(k.focusPolicy() == Qt.FocusPolicy.NoFocus for k in keys)
    assert [k for k in keys if k.autoRepeat()] == [keyboard.backspace]
    assert {k.property("role") for k in keys} == {"key"}  # the screen has the one confirm


def test_a_keyboard_for_names_has_no_digits(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard(digits=False)
    qtbot.addWidget(keyboard)
    texts = {k.text() for k in keyboard.findChildren(QPushButton)}
    assert not texts & set("0123456789")
    assert len(texts) == 26 + 4 + 3
    with pytest.raises(KeyError):
        keyboard.key("1")


@pytest.mark.usefixtures("theme")
def test_keys_are_big_enough_to_touch_at_1080_px(qtbot: QtBot, qapp: QApplication) -> None:
    keyboard = OnScreenKeyboard()
    pad = NumericPad()
    for widget in (keyboard, pad):
        show(qtbot, widget, 1080)
        assert widget.width() == 1080
        for key in widget.findChildren(QPushButton):
            assert key.height() >= 64, key.objectName()
            assert key.width() >= 64, key.objectName()
            assert widget.rect().contains(key.geometry()), key.objectName()  # nothing cut off
    for key in pad.findChildren(QPushButton):
        assert key.height() >= 88, key.objectName()
        assert key.width() >= 88, key.objectName()
