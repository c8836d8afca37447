"""Closures at reception: closing the building, a floor or a room to bookings for a period,
the closures of the coming weeks, and lifting one."""
