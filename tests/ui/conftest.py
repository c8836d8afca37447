from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.operations import Operations
from tests.conftest import MORNING, staff
from ui.context import AppContext
from ui.i18n import Translations
from ui.theme import apply_theme


@pytest.fixture
def context(qapp: QApplication, settings: Settings) -> Iterator[AppContext]:
    """The application's real context over a real SQLite file, in Indonesian, with a manager
    signed in (the sign-in itself has its own tests)."""
    translations = Translations(qapp)
    translations.install("id")
    apply_theme(qapp)
    app_context = AppContext(settings, translations,
                             open_operations=lambda s: Operations.open(s, clock=lambda: MORNING))
    app_context.sign_in(staff())
    yield app_context
    app_context.close()


def wait_idle(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not context.worker.busy, timeout=10_000)
