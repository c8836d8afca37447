"""Data-subject requests (UU No. 27/2022): find a person, export what is held about them (a
PDF they can read and a JSON file), erase them everywhere, record a consent withdrawal, and
the register of requests with their 3 × 24-hour deadline (a manager's work).

May import: ``kiosk.staff``, ``kiosk.privacy``, ``kiosk.paper``, ``kiosk.visits``,
``kiosk.models``, ``kiosk.db``, ``kiosk.config``, ``kiosk.errors``.
"""
