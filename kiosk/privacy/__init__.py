"""Personal data (UU No. 27/2022): what a stranger may see of a visitor (masks) and which
version of the privacy notice a visitor agreed to.

May import: nothing of the application but ``kiosk.errors``; everything else may import it.
"""
