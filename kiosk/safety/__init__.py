"""Safety in the building: the evacuation roll call (who is inside, by floor, on paper and on
screen, from this device's own data) and the deny list (a check-in that matches is held for
reception to decide; nothing about the list shows on the kiosk).

May import: the features below it (bookings, organizations, passes, ``kiosk.sync`` (the roll
call says when the device last synced), staff, schedules, visits, privacy, paper, building),
``kiosk.models``, ``kiosk.db``, ``kiosk.config``, ``kiosk.errors``, ``kiosk.paths``.
"""
