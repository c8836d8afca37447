"""The building itself: floors and rooms, seeded on a fresh install from the building file
(``resources/building.toml``, or the ``building_file`` setting), and the building's name.

May import: ``kiosk.models``, ``kiosk.db``, ``kiosk.config``, ``kiosk.paths``.
"""
