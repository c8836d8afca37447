"""Who is in the building, as a two-level Qt model: floors, and the visits on each floor."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from kiosk.visits.check_in import FloorGroup, VisitSummary
from ui.texts import purpose_label
from ui.tree_model import FLOOR as _FLOOR
from ui.tree_model import FloorTreeModel, Index
from ui.widgets import is_indonesian

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class VisitorsByFloorModel(FloorTreeModel):
    """Top-level rows are floors (with a head count); their children are open visits."""

    COLUMNS = 6

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._groups: list[FloorGroup] = []

    def set_groups(self, groups: list[FloorGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    @property
    def people(self) -> int:
        return sum(g.people for g in self._groups)

    def visit_at(self, index: Index) -> VisitSummary | None:
        if not index.isValid() or index.internalId() == _FLOOR:
            return None
        return self._groups[index.internalId() - 1].visits[index.row()]

    # --- QAbstractItemModel ---------------------------------------------------------------

    def floor_count(self) -> int:
        return len(self._groups)

    def rows_on(self, floor: int) -> int:
        return len(self._groups[floor].visits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _FLOOR:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self._floor_title(group)
            return None
        visit = self.visit_at(index)
        assert visit is not None
        if role == VISIT_ID_ROLE:
            return str(visit.visit_id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        indonesian = is_indonesian()
        room_name = visit.room_name_id if indonesian else visit.room_name_en
        name = visit.visitor_name
        if visit.group_size > 1:
            name = f"{name} (+{visit.group_size - 1})"
        return (
            name,
            visit.organization,
            purpose_label(visit.purpose),
            " · ".join(p for p in (visit.room_code, room_name or visit.host) if p),
            f"{visit.checked_in_at.astimezone(self._zone):%H:%M}",
            visit.pass_number,
        )[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            QCoreApplication.translate("VisitorsByFloorModel", "Visitor"),
            QCoreApplication.translate("VisitorsByFloorModel", "Organisation"),
            QCoreApplication.translate("VisitorsByFloorModel", "Purpose"),
            QCoreApplication.translate("VisitorsByFloorModel", "Going to"),
            QCoreApplication.translate("VisitorsByFloorModel", "Since"),
            QCoreApplication.translate("VisitorsByFloorModel", "Pass"),
        )[section]

    def _floor_title(self, group: FloorGroup) -> str:
        # self.tr: pyside6-lupdate only sees plural forms in tr() calls.
        people = self.tr("%n person(s)", "", group.people)
        if group.floor_number is None:
            where = QCoreApplication.translate("VisitorsByFloorModel", "At reception")
        else:
            indonesian = is_indonesian()
            name = group.floor_name_id if indonesian else group.floor_name_en
            where = (QCoreApplication.translate("VisitorsByFloorModel", "Floor %1 · %2")
                     .replace("%1", str(group.floor_number)).replace("%2", name))
        return f"{where} — {people}"
