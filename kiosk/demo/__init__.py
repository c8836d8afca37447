"""A realistic living demo day for newcomers (``gic-kiosk seed-demo``). Its data tables are in
``resources/demo/``.

May import: the feature packages, ``kiosk.operations``.
"""
