"""Data-subject requests (UU No. 27/2022): find a person (``people``), export what is held
about them (``export``: the data and its JSON file; ``document``: a PDF they can read, in
Indonesian or English), erase them everywhere and record a consent withdrawal
(``operations``), and the register of requests with their 3 × 24-hour deadline, which keeps
no name or phone once a request is closed (``register``). A manager's work: every operation
requires :attr:`~kiosk.staff.roles.Permission.PRIVACY`.

May import: ``kiosk.staff``, ``kiosk.privacy``, ``kiosk.paper``, ``kiosk.visits``,
``kiosk.models``, ``kiosk.db``, ``kiosk.config``, ``kiosk.errors``, ``kiosk.paths``.
"""
