"""Visitors coming and going: check-in and check-out (walk-in, returning, group), who is in
the building now, invitations, and the rules for names, phone numbers and pass numbers.

May import: ``kiosk.privacy``, ``kiosk.models``, ``kiosk.db``, ``kiosk.errors``, ``kiosk.config``.
"""
