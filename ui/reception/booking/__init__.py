"""Room booking at reception: the booking dialog in its parts, the bookings panel and the
free-room finder, their Qt models and the booking's words.

- ``dialog``: :class:`BookingDialog` ties the parts: loads, checks, books, saves, approves,
  cancels or rejects on the worker, and says what went wrong where.
- ``form``: the booking's fields (what, who, where, when) and the request they make;
  ``repeat``: how a new booking repeats; ``rooms``: the rooms offered, by floor.
- ``dates``: every date of a booking with what stands in its way, each skipped or moved.
- ``actions``: the dialog's buttons, the dates of a series an action applies to, the reason
  bar for cancelling and rejecting, and the result page.
- ``panel``: the bookings list, the approvals and the finder (``free_room_finder``) in tabs;
  ``models``: their Qt table models; ``texts``: conflicts, errors, statuses and room words,
  whose limits come from :mod:`kiosk.bookings.rules`.

May import the domain's booking feature (``kiosk.bookings``, ``kiosk.models``,
``kiosk.errors``, ``kiosk.operations``, ``kiosk.paths``), ``ui.context``, ``ui.widgets``,
``ui.table_model`` and ``ui.texts``; never the reception window nor the calendar. Texts of
the dialog's parts keep the ``BookingDialog`` translation context (``.ts`` files key
translations by it).
"""
