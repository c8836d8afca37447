"""Guards against a Qt binding bug that would abort a long-running kiosk."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)


def test_emitting_signals_keeps_the_reference_counts_of_true_and_false(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 returns True from ``emit()`` without a reference: every emit leaks one
    reference *less*, and once True's count reaches zero the interpreter aborts
    ("bool_dealloc"). pyproject.toml keeps PySide6 below 6.12 until this passes there."""
    field = QLineEdit()
    emitter = _Emitter()
    emitter.plain.connect(lambda: None)
    emitter.flag.connect(lambda value: None)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for _ in range(1000):
        emitter.plain.emit()
        emitter.flag.emit(False)
        field.setText("x")  # 6.12.0 loses None from every void-returning call too
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert all(a >= b for a, b in zip(after, before, strict=True))
