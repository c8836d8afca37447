"""Qt Widgets: the kiosk screens, the reception console, and what they share."""
