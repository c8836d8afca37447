"""The command line: each module adds its sub-commands to the parser and runs them. Commands
only parse and call: the work is done by the feature packages and ``kiosk.operations``.

May import: anything in ``kiosk``; nothing imports it but ``main.py``.
"""
