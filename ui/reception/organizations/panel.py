"""Reception's list of the building's organisations: search, add, change, retire (or bring
back), and import the list an office keeps."""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.db.changes import Change
from kiosk.organizations.importing import ImportReport, Outcome
from kiosk.organizations.operations import OrganizationSummary
from kiosk.organizations.spreadsheet import SpreadsheetError
from ui.context import AppContext
from ui.reception.organizations.dialog import OrganizationDialog
from ui.reception.organizations.models import OrganizationsModel, RefusedRowsModel
from ui.reception.organizations.texts import file_problem_text
from ui.texts import something_went_wrong
from ui.widgets import Screen, label
from ui.widgets.confirm import ConfirmBar
from ui.widgets.form import show_error
from ui.widgets.search import SearchEdit
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300
#: The name and contacts columns share the width the others leave, fitted to their words.
_STRETCH = (0, 4)
_FIT = (1, 2, 3, 5)


class OrganizationsPanel(Screen):
    """The organisations, by name; the buttons act on the selected one.

    Signals:
        loaded(): the list shows what the database has (after a search, a change, an import).
    """

    loaded = Signal()
    SHOWS = frozenset({Change.CATALOGUE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organizations")
        self.context = context
        self.model = OrganizationsModel(context.settings.zone, self)
        self.refused_model = RefusedRowsModel(context.settings.zone, self)
        self.dialog: OrganizationDialog | None = None
        self._import_path: Path | None = None
        self._build()
        self._lay_out()
        self.retranslate()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.retired_box.toggled.connect(lambda _on: self.refresh())
        context.follow(self, self.SHOWS, self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.heading = label("title", self)
        self.search_edit = SearchEdit(self)
        self.retired_box = QCheckBox(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.choose_file)
        self.table = read_only_table(self, self.model, stretch=_STRETCH)
        header = self.table.horizontalHeader()
        for column in _FIT:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit)
        self.retire_button = QPushButton(self)
        self.retire_button.clicked.connect(self.retire_or_bring_back)
        self.status = label("subtitle", self)
        self.error = label("error", self)
        self.error.hide()
        # Asked once more before retiring, in the panel.
        self.confirm = ConfirmBar(self)
        self.confirm.confirmed.connect(self._retire_confirmed)
        # What an import refused, and the way on.
        self.import_frame = QFrame(self)
        self.import_text = label("error", self.import_frame)
        self.refused_table = read_only_table(self.import_frame, self.refused_model,
                                             stretch=(2,), wrap=True)
        for column in (0, 1):
            self.refused_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        # A reason wraps to the lines it needs, whatever width the panel has.
        self.refused_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.skip_bad_button = QPushButton(self.import_frame)
        self.skip_bad_button.clicked.connect(self._import_good_rows)
        self.close_import_button = QPushButton(self.import_frame)
        self.close_import_button.clicked.connect(self.import_frame.hide)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.retired_box)
        top.addWidget(self.import_button)
        top.addWidget(self.add_button)
        refused = QVBoxLayout(self.import_frame)
        refused.addWidget(self.import_text)
        refused.addWidget(self.refused_table)
        refused_buttons = QHBoxLayout()
        refused_buttons.addStretch(1)
        refused_buttons.addWidget(self.close_import_button)
        refused_buttons.addWidget(self.skip_bad_button)
        refused.addLayout(refused_buttons)
        self.import_frame.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.error, 1)
        actions.addWidget(self.retire_button)
        actions.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.confirm)
        layout.addWidget(self.import_frame, 2)
        layout.addLayout(actions)
        self._selected(QModelIndex())

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tenants, agencies and partners"))
        self.search_edit.describe(self.tr("Search by name"))
        self.table.setAccessibleName(self.heading.text())
        # What an import refused, under the title of the import; the reason as description.
        self.refused_table.setAccessibleName(self.tr("Import a list of organisations"))
        self.retired_box.setText(self.tr("Show retired"))
        self.add_button.setText(self.tr("Add…"))
        self.import_button.setText(self.tr("Import a list…"))
        self.edit_button.setText(self.tr("Change…"))
        self.confirm.set_buttons(self.tr("Retire"), self.tr("Keep it"))
        self.skip_bad_button.setText(self.tr("Import the other rows"))
        self.close_import_button.setText(self.tr("Close"))
        self._selected(self.table.currentIndex())
        self.model.retranslate()
        self.refused_model.retranslate()

    # --- the list ----------------------------------------------------------------------

    def refresh(self) -> None:
        search, retired = self.search_edit.text(), self.retired_box.isChecked()
        self.context.run(lambda ops: ops.organizations.list(search, include_retired=retired),
                         self._show, self._failed)

    def _show(self, organizations: list[OrganizationSummary]) -> None:
        if not shiboken6.isValid(self):
            return
        chosen = self.selected()
        self.model.set_rows(organizations)
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selected(self.table.currentIndex())
        self.loaded.emit()

    def selected(self) -> OrganizationSummary | None:
        index = self.table.currentIndex()
        return self.model.organization_at(index.row()) if index.isValid() else None

    def _selected(self, _index: QModelIndex) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.retire_button.setEnabled(chosen is not None)
        self.retire_button.setText(self.tr("Bring back") if chosen is not None and chosen.retired
                                   else self.tr("Retire…"))
        self.confirm.hide()

    # --- add, change, retire -------------------------------------------------------------

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        if (chosen := self.selected()) is not None:
            self._open(chosen)

    def _open(self, organization: OrganizationSummary | None) -> None:
        self.dialog = OrganizationDialog(self.context, organization, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, organization: OrganizationSummary) -> None:
        self._say(self.tr("Saved: %1").replace("%1", organization.name))

    def _say(self, text: str) -> None:
        show_error(self.error, "")
        self.status.setText(text)

    def retire_or_bring_back(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen.retired:
            actor = self.context.acting()
            self.context.run(lambda ops: ops.organizations.bring_back(chosen.id, actor),
                             self._brought_back, self._failed)
            return
        self.confirm.ask(self.tr(
            "Retire %1? It will no longer be offered to visitors or for bookings; its visits "
            "and bookings keep its name.").replace("%1", chosen.name))

    def _retire_confirmed(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            actor = self.context.acting()
            self.context.run(lambda ops: ops.organizations.retire(chosen.id, actor), self._retired,
                             self._failed)

    def _retired(self, organization: OrganizationSummary) -> None:
        if shiboken6.isValid(self):
            self._say(self.tr("Retired: %1").replace("%1", organization.name))

    def _brought_back(self, organization: OrganizationSummary) -> None:
        if shiboken6.isValid(self):
            self._say(self.tr("Back: %1").replace("%1", organization.name))

    def _failed(self, error: BaseException) -> None:
        log.error("organisations: %s", type(error).__name__, exc_info=error)
        if shiboken6.isValid(self):
            self.status.setText("")
            show_error(self.error, something_went_wrong(error))

    # --- import ------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a list of organisations"), "",
            self.tr("Spreadsheets (*.csv *.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, *, skip_bad: bool = False) -> None:
        """Import ``path``; when rows are refused, nothing is saved and they are listed, with
        the choice to import the others."""
        self._import_path = path
        self.import_frame.hide()
        self.import_button.setEnabled(False)
        self._say(self.tr("Importing…"))
        actor = self.context.acting()
        self.context.run(lambda ops: ops.organizations.import_file(path, actor,
                                                                   skip_bad=skip_bad),
                         self._imported, self._import_failed)

    def _import_good_rows(self) -> None:
        if self._import_path is not None:
            self.import_file(self._import_path, skip_bad=True)

    def _imported(self, report: ImportReport) -> None:
        if not shiboken6.isValid(self):
            return
        self.import_button.setEnabled(True)
        refused = report.count(Outcome.REFUSED)
        if report.applied:
            self._say(self.tr(
                "Imported: %1 added, %2 changed, %3 unchanged, %4 skipped.")
                .replace("%1", str(report.count(Outcome.ADDED)))
                .replace("%2", str(report.count(Outcome.UPDATED)))
                .replace("%3", str(report.count(Outcome.UNCHANGED)))
                .replace("%4", str(refused)))
            return
        self.status.setText("")
        self.import_text.setText(self.tr(
            "Nothing was imported: %1 of %2 rows need mending. Mend them in the file and "
            "import it again, or import the other rows now.")
            .replace("%1", str(refused)).replace("%2", str(len(report.rows))))
        self.refused_table.setAccessibleDescription(self.import_text.text())
        self.refused_model.set_rows([r for r in report.rows if r.outcome is Outcome.REFUSED])
        self.import_frame.show()

    def _import_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.import_button.setEnabled(True)
        if isinstance(error, SpreadsheetError):
            self.status.setText("")
            show_error(self.error, file_problem_text(error.problem))
            return
        self._failed(error)

