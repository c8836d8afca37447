"""The building's own organisations (tenants, city agencies, partners) and their contacts:
checking what is typed or imported (``directory``), reading a CSV or XLSX list
(``spreadsheet``), importing it row by row (``importing``) and the operations reception and the
command line call (``operations``).

May import: ``kiosk.visits`` (names, phones), ``kiosk.building``, ``kiosk.models``,
``kiosk.db``, ``kiosk.errors``, ``kiosk.config``.
"""
