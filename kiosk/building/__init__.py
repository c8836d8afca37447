"""The building itself: floors and rooms, seeded from the catalogue file
(``resources/building.toml``) and the building's name.

May import: ``kiosk.models``, ``kiosk.db``, ``kiosk.paths``.
"""
