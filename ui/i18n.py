"""Translations: our own ``.qm`` files (built from ``resources/translations/*.ts``) and Qt's.

Source strings are English; Bahasa Indonesia is the default language. Switching language
installs new translators, and Qt sends every widget a ``LanguageChange`` event so it can
re-translate itself (see :class:`ui.widgets.Screen`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.paths import RESOURCES

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("id", "en")


class Translations:
    """Owns the installed translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def install(self, language: str) -> None:
        if language == self.language:
            return
        self.uninstall()
        locale = QLocale(language)
        QLocale.setDefault(locale)
        ours = QTranslator(self._app)
        if ours.load(f"gic_{language}", str(TRANSLATIONS)):
            self._installed.append(ours)
        elif language != "en":
            log.warning("no translation for %r in %s (run `make translations`)", language,
                        TRANSLATIONS)
        qt = QTranslator(self._app)
        # Qt ships no Indonesian qtbase catalogue; English and others load when present.
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_translations):
            self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language

    def uninstall(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ""
