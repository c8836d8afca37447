"""Everything that ends on paper: text on a PDF in any script, fitted to its box (``text``),
dates written out for people (``dates``), and printing through CUPS (``printing``).

May import: ``kiosk.errors``, ``kiosk.paths``, ``kiosk.config``. Never a model: paper knows
nothing of visits or bookings.
"""
