"""Room booking at reception: the booking dialog, the bookings panel (search, approvals, the
free-room finder), their Qt models and the booking's words."""
