"""The base of every screen: a widget that re-translates itself, labels styled by their role,
re-polishing after a property changes, and which language the interface speaks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget


class Screen(QWidget):
    """A widget that re-translates its texts whenever the language changes.

    Subclasses set every visible text in :meth:`retranslate`, which runs once at the end of
    construction (call it there) and again on every ``LanguageChange`` event.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text; called again on language change."""


def label(role: str, parent: QWidget | None = None, *, wrap: bool = True,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
    """A label styled by its role in the theme (``QLabel[role="title"]`` and so on)."""
    widget = QLabel(parent)
    widget.setProperty("role", role)
    # Names, titles and reasons typed by people are shown as typed, never read as markup.
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    widget.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return widget


def is_indonesian() -> bool:
    """Whether the interface is in Bahasa Indonesia now (the translations set the locale)."""
    return QLocale().language() == QLocale.Language.Indonesian


def other_language_name() -> str:
    """The language toggle names the other language, in that language."""
    return "English" if is_indonesian() else "Bahasa Indonesia"


def language_toggle_name() -> str:
    """What a screen reader says for the language toggle: its purpose, then the language."""
    return QCoreApplication.translate("Screen", "Language: %1").replace(
        "%1", other_language_name())


def repolish(widget: QWidget, name: str, value: object) -> None:
    """Set a property the theme styles on (``invalid``…) and restyle the widget now."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)

