"""Closures at reception: closing the building, a floor or a room to bookings for a period,
the closures of the coming weeks, and lifting one.

- ``dialog``: :class:`ClosuresDialog` ties the parts: loads, adds and lifts on the worker,
  lists the bookings a new closure covers, and says what went wrong where.
- ``form``: the new closure's fields (what, from and until when, why) and its request.
- ``closure_list``: the closures listed, and lifting one once reception confirms.
- ``models``: the closures' words (where, when) and their Qt table models.

May import the domain's booking feature (``kiosk.bookings``, ``kiosk.models``,
``kiosk.errors``, ``kiosk.operations``, ``kiosk.building``), ``ui.reception.booking.texts``
for the booking words it shares, ``ui.context``, ``ui.widgets``, ``ui.table_model`` and
``ui.texts``; the calendar opens this dialog, never the other way round. Texts of the parts
keep the ``ClosuresDialog`` translation context (``.ts`` files key translations by it).
"""
