"""The command line: one module per command (``invite``, ``schedule``, ``closure``, ...), each
with ``add_parser(commands)`` and ``run(settings, args) -> int``. Commands only parse and call:
the work is done by the feature packages and ``kiosk.operations``. A result goes to standard
output, a refusal to standard error as one ``gic-kiosk:`` line. Modules import only light
modules at their top, so that parsing the command line loads neither SQLAlchemy nor reportlab.

May import: anything in ``kiosk``; nothing imports it but ``main.py``.
"""
