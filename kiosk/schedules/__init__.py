"""The day's room schedules on paper: reading the day (``day``), the lobby list (``lobby``), the
floor grid (``floor``) and the door sheets (``door``) with what their pages share (``page``),
one entry point for every kind (``render``), and making, saving or printing them (``service``).

May import: ``kiosk.paper``, ``kiosk.building``, ``kiosk.models``, ``kiosk.db``,
``kiosk.errors``, ``kiosk.config``.
"""
