"""The roll call as a two-level Qt model (floors, and the people on each), with a marshal's
"safe" tick per person, and a filter that keeps only those not yet accounted for. The ticks
themselves are :class:`SafeTicks`, which several roll-call screens can share."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from kiosk.safety.evacuation import FloorInside, PersonInside, RollCall
from kiosk.visits.phone import format_phone
from ui.tree_model import FLOOR as _FLOOR
from ui.tree_model import FloorTreeModel, Index
from ui.widgets import is_indonesian

#: A person row: their visit's id (a str), for tests and for finding them again.
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


#: An evacuation begun this long after the last tick (or the last touch of the button) is a
#: new one: the ticks of the one before (a drill this morning) must not mark anyone safe now.
FORGET_AFTER: Final = 60 * 60.0


class SafeTicks(QObject):
    """The marshals' ticks (the visits seen safe), in memory, for every roll-call screen of a
    window: the one a locked console opens and the signed-in console's show the same ticks.
    Ticks are by visit and say nothing about a person, so a screen without phone numbers may
    share them with one that has them.

    Signals:
        changed(): a tick was set or cleared, or all were forgotten.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._safe: set[uuid.UUID] = set()
        self._clock = clock
        self._last = clock()

    def __contains__(self, visit_id: object) -> bool:
        return visit_id in self._safe

    def __len__(self) -> int:
        return len(self._safe)

    def set_safe(self, visit_id: uuid.UUID, safe: bool) -> None:
        self._last = self._clock()
        if safe != (visit_id in self._safe):
            if safe:
                self._safe.add(visit_id)
            else:
                self._safe.discard(visit_id)
            self.changed.emit()

    def begin(self) -> None:
        """The evacuation button was touched: after :data:`FORGET_AFTER` without a tick or
        a touch, this is a new evacuation and the old ticks go; within it, a screen closed by
        mistake and opened again keeps them."""
        now = self._clock()
        stale = now - self._last > FORGET_AFTER
        self._last = now
        if stale and self._safe:
            self._safe.clear()
            self.changed.emit()


class RollCallModel(FloorTreeModel):
    """Top-level rows are floors ("Floor 3 · Food Technology Lab — 5 of 25 not yet accounted
    for"); their children are the people on them. Column 0 of a person is checkable: checked
    means a marshal saw them safe. Ticks are kept by visit, in memory, across reloads, in
    ``ticks`` (shared with other screens) or the model's own.

    Signals:
        counts_changed(): a tick changed, or the roll call was reloaded.
    """

    counts_changed = Signal()

    TICK, NAME, GROUP, TIME_IN, PHONE, ORGANIZATION, WHERE = range(7)
    COLUMNS = 7

    def __init__(self, parent: Any = None, ticks: SafeTicks | None = None) -> None:
        super().__init__(parent)
        self._floors: tuple[FloorInside, ...] = ()
        self._roll_call: RollCall | None = None
        self.ticks = ticks if ticks is not None else SafeTicks(self)
        self.ticks.changed.connect(self._ticks_changed)

    # --- the roll call ------------------------------------------------------------------------

    def set_roll_call(self, roll_call: RollCall) -> None:
        """Show ``roll_call``; the ticks of people still on it stay."""
        self.beginResetModel()
        self._roll_call = roll_call
        self._floors = roll_call.floors
        self.endResetModel()
        self.counts_changed.emit()

    @property
    def roll_call(self) -> RollCall | None:
        return self._roll_call

    @property
    def total(self) -> int:
        """People in the building, groups counted by their size."""
        return sum(floor.count for floor in self._floors)

    @property
    def unaccounted(self) -> int:
        """People not yet ticked safe, groups counted by their size."""
        return sum(self.unaccounted_on(floor) for floor in self._floors)

    def unaccounted_on(self, floor: FloorInside) -> int:
        return sum(p.group_size for p in floor.people if p.visit_id not in self.ticks)

    def is_safe(self, visit_id: uuid.UUID) -> bool:
        return visit_id in self.ticks

    def person_at(self, index: Index) -> PersonInside | None:
        if not index.isValid() or index.internalId() == _FLOOR:
            return None
        return self._floors[index.internalId() - 1].people[index.row()]

    def floor_at(self, index: Index) -> FloorInside | None:
        if not index.isValid() or index.internalId() != _FLOOR:
            return None
        return self._floors[index.row()]

    # --- QAbstractItemModel -----------------------------------------------------------------

    def floor_count(self) -> int:
        return len(self._floors)

    def rows_on(self, floor: int) -> int:
        return len(self._floors[floor].people)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TICK and index.internalId() != _FLOOR:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        floor = self.floor_at(index)
        if floor is not None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self._floor_title(floor)
            return None
        person = self.person_at(index)
        assert person is not None
        if role == VISIT_ID_ROLE:
            return str(person.visit_id)
        safe = person.visit_id in self.ticks
        if index.column() == self.TICK:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if safe else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Safe") if safe else self.tr("Not yet")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(person, index.column())

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        person = self.person_at(index)
        if (person is None or index.column() != self.TICK
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        self.ticks.set_safe(person.visit_id, state == Qt.CheckState.Checked)
        return True

    def _ticks_changed(self) -> None:
        """Here or on another screen sharing the ticks: every tick and floor count again
        (a few dozen signals for a thousand people)."""
        for row, floor in enumerate(self._floors):
            parent = self.index(row, 0)
            self.dataChanged.emit(parent, parent)  # its count
            if floor.people:
                self.dataChanged.emit(self.index(0, self.TICK, parent),
                                      self.index(len(floor.people) - 1, self.TICK, parent))
        self.counts_changed.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        # "People": how many this row stands for (a group's leader stands for the group);
        # short, so the columns of words keep the room their titles need.
        return (self.tr("Safe"), self.tr("Name"), self.tr("People"), self.tr("Time in"),
                self.tr("Phone"), self.tr("Organisation"), self.tr("Host / room"))[section]

    def _cell(self, person: PersonInside, column: int) -> str:
        if column == self.NAME:
            return person.name
        if column == self.GROUP:
            return str(person.group_size)
        if column == self.ORGANIZATION:
            return person.organization
        if column == self.WHERE:
            room = " ".join(p for p in (person.room_code,
                                        person.room_name("id" if is_indonesian() else "en"))
                            if p)
            return " · ".join(p for p in (person.host, room) if p)
        if column == self.TIME_IN:
            zone = self._roll_call.zone if self._roll_call else None
            return f"{person.checked_in_at.astimezone(zone):%H:%M}"
        return format_phone(person.phone) if person.phone else ""

    def _floor_title(self, floor: FloorInside) -> str:
        if floor.number is None:
            where = self.tr("Unknown / lobby")
        else:
            name = floor.name_id if is_indonesian() else floor.name_en
            where = self.tr("Floor %1 · %2").replace("%1", str(floor.number)).replace("%2", name)
        # self.tr: pyside6-lupdate only sees plural forms in tr() calls.
        left = self.tr("%n of %1 not yet accounted for", "", self.unaccounted_on(floor))
        title = f"{where} — {left.replace('%1', str(floor.count))}"
        if floor.bookings:
            # The tenants' own people at a meeting never check in: the marshal looks there too.
            title += " · " + self.tr("%n booking(s) in progress, %1 expected", "",
                                     len(floor.bookings)).replace("%1", str(floor.expected))
        return title


class UnaccountedFilter(QSortFilterProxyModel):
    """The roll call, or (``unaccounted_only``) only the people not ticked safe and the floors
    that still have some."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._only = False
        self.setRecursiveFilteringEnabled(True)

    @property
    def unaccounted_only(self) -> bool:
        return self._only

    def set_unaccounted_only(self, only: bool) -> None:
        if only != self._only:
            self.beginFilterChange()
            self._only = only
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only:
            return True
        if not source_parent.isValid():
            return False  # a floor shows when one of its people does (recursive filtering)
        model = self.sourceModel()
        assert isinstance(model, RollCallModel)
        person = model.person_at(model.index(source_row, 0, source_parent))
        return person is not None and not model.is_safe(person.visit_id)
