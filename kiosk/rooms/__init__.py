"""The building's rooms as managers keep them: what a room may be (``directory``) and the
operations the rooms screen calls to add, edit, retire and bring back a room
(``operations``). The building file seeds the rooms of a fresh install
(:mod:`kiosk.building.catalogue`); from then on they change here, and sync like any change.

Sits above ``kiosk.bookings``: retiring a room is refused while bookings hold it, and the
refusal lists them as the booking screens show them.

May import: ``kiosk.bookings``, ``kiosk.staff``, ``kiosk.visits`` (text cleaning),
``kiosk.building``, ``kiosk.models``, ``kiosk.db``, ``kiosk.errors``.
"""
