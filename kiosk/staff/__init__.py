"""The building's staff: accounts and roles (who may do what), signing in with its lock-out,
the activity record of who did what, and the PIN that lets staff leave kiosk mode.

Roles are checked here, in the domain: a guarded operation takes the acting :class:`Actor`
and raises :class:`PermissionDeniedError` (:mod:`kiosk.staff.roles`).

May import: ``kiosk.visits`` (names), ``kiosk.models``, ``kiosk.db``, ``kiosk.errors``.
"""
