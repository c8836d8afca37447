"""The manager's rooms: the building's rooms with their kind, seats, amenities, approval and
buffers; add, change, retire (never while bookings still hold the room) and bring back."""
