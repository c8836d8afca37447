"""Sync with the central PostgreSQL database, the device's side: push the outbox, pull
everyone else's changes (``device``), and the notices central leaves for this desk
(``notices``). Central's own side lives in ``kiosk.central``.

May import: ``kiosk.central``, ``kiosk.models``, ``kiosk.db``, ``kiosk.errors``,
``kiosk.config``.
"""
