"""Widgets and helpers shared by the visitor's kiosk screens and the reception console.

- :mod:`~ui.widgets.screen`: :class:`Screen` (re-translates itself), role-styled labels,
  re-polishing a property the theme styles on, and the interface's language.
- :mod:`~ui.widgets.dates`: one conversion each way between Python dates and ``QDate``, and a
  picked day and time as a moment in the building.
- :mod:`~ui.widgets.times`: the quarter-hour time edit and the default time window.
- :mod:`~ui.widgets.form`: the caption | field | message form grid, field errors (shown, and
  read from a refusal) and a form dialog's cancel | save row.
- :mod:`~ui.widgets.confirm`: a question asked once more in the panel before a step.
- :mod:`~ui.widgets.tables`: a read-only table view set up once.
- :mod:`~ui.widgets.combos`: combo boxes: headings, finding by value, sizing by the layout.
- :mod:`~ui.widgets.search`: the search box, named for screen readers with what it searches.
- :mod:`~ui.widgets.wrap_button`: a touch button whose words wrap instead of widening the
  screen, with an optional icon above them.

May import Qt and the domain's plain values; never a screen (``ui.visitor``,
``ui.reception``). The names below stay importable from ``ui.widgets``; the rest import from
their module, so that the kiosk's start-up loads only what it uses.
"""

from ui.widgets.dates import building_moment
from ui.widgets.screen import Screen, is_indonesian, label, other_language_name, repolish

__all__ = ["Screen", "building_moment", "is_indonesian", "label", "other_language_name",
           "repolish"]
