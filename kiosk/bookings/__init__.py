"""Room bookings: the booking rules and conflicts (``rules``), booking, editing, approving
and cancelling (``booking``), repeating bookings (``recurrence``), reads of a period
(``agenda``), today's events, free rooms, calendar export (``ics``) and the operations the
reception console calls (``operations``).

May import: ``kiosk.schedules``, ``kiosk.paper``, ``kiosk.building``, ``kiosk.models``,
``kiosk.db``, ``kiosk.errors``, ``kiosk.config``.
"""
