"""Personal data (UU No. 27/2022): what a stranger may see of a visitor (masks), which version
of the privacy notice a visitor agreed to, which columns are personal (``personal``), and how
they are erased: anonymisation in place (``erasure``), the daily retention purge
(``retention``) and making erased bytes unrecoverable from the device's files (``wipe``).

May import: ``kiosk.models``, ``kiosk.db``, ``kiosk.config``, ``kiosk.errors``; everything
above may import it.
"""
