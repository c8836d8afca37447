"""Visitor passes: the printed layouts (``layout``), the signed QR token (``tokens``), the
site keys that sign it (``keys``), reading a scan (``scanning``) and the invitation slip
(``slip``).

May import: ``kiosk.visits``, ``kiosk.paper``, ``kiosk.models``, ``kiosk.errors``,
``kiosk.config``.
"""
