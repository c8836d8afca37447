"""The reception calendar: a floor's day grid, a room's week and the building overview.

``palette`` (colours, set only by the QSS themes) and ``paint`` (text fitting, booking
blocks) are the drawing kit; ``panel`` is what the three tabs share (the date bar, dropping
stale answers, refreshing from :attr:`ui.context.AppContext.changed`); ``models`` and
``overview_model`` adapt :mod:`kiosk.bookings.agenda` results for the views.

May import: Qt, ``ui.context``, ``ui.widgets``, ``ui.texts``, other ``ui.reception`` dialogs it
opens, and the domain's results and operations (``kiosk.bookings``, ``kiosk.models``,
``kiosk.db.changes``). Nothing outside ``ui.reception`` imports from here but the reception
window and the tests.
"""
