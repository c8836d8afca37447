"""The visitor kiosk: full-screen touch screens."""
