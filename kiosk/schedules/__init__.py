"""The day's room schedules on paper: reading the day (``day``), the lobby list, the floor
grid and the door sheets (``render``), and making, saving or printing them (``service``).

May import: ``kiosk.paper``, ``kiosk.building``, ``kiosk.models``, ``kiosk.db``,
``kiosk.errors``, ``kiosk.config``.
"""
