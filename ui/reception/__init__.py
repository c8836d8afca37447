"""The reception console: who is in the building, and (later) bookings and passes."""
