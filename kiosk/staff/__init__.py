"""The building's staff: the PIN that lets staff leave kiosk mode on a device.

May import: ``kiosk.models``, ``kiosk.db``, ``kiosk.errors``.
"""
