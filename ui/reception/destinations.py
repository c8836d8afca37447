"""Where a visitor or guest is going, as reception picks it: rooms by floor, then the tenants
and agencies, in one list whose floor headings cannot be chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from kiosk.operations import Destinations
from kiosk.visits.check_in import Destination, DestinationKind
from ui.widgets import is_indonesian
from ui.widgets.combos import add_heading


def fill_destinations(combo: QComboBox, destinations: Destinations | None) -> None:
    """'—' for none, then rooms by floor, then tenants and agencies. Keeps the current choice
    when the texts change language."""
    current = combo.currentData()
    combo.clear()
    combo.addItem("—", Destination())
    if destinations is not None:
        indonesian = is_indonesian()
        for floor in destinations.floors:
            if not floor.rooms:
                continue
            name = floor.name_id if indonesian else floor.name_en
            add_heading(combo, floor_text(floor.number) + (f" · {name}" if name else ""))
            for room in floor.rooms:
                combo.addItem(f"{room.code} · {room.name_id if indonesian else room.name_en}",
                              Destination(DestinationKind.ROOM, room.id))
        if destinations.hosts:
            add_heading(combo, QCoreApplication.translate("Destinations",
                                                          "Tenants and agencies"))
            for host in destinations.hosts:
                where = (" · " + floor_text(host.floor_number)
                         if host.floor_number is not None else "")
                combo.addItem(host.name + where,
                              Destination(DestinationKind.ORGANIZATION, host.id))
    for index in range(combo.count()):
        if isinstance(current, Destination) and combo.itemData(index) == current:
            combo.setCurrentIndex(index)
            break


def floor_text(number: int) -> str:
    return QCoreApplication.translate("Destinations", "Floor %1").replace("%1", str(number))


def chosen(combo: QComboBox) -> Destination:
    destination = combo.currentData()
    return destination if isinstance(destination, Destination) else Destination()
