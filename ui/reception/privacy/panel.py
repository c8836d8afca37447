"""A manager answers a person's request about their data: find them by mobile number or name,
give them their data (a PDF and a JSON file saved to a folder), erase them, or record that
they withdrew consent; the register below shows every request and its deadline."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.data_requests.operations import Exported, Handled
from kiosk.data_requests.people import FoundVisitor, PersonQuery, parse_search
from kiosk.data_requests.register import RequestSummary
from kiosk.db.changes import Change
from kiosk.errors import InvalidFieldError
from kiosk.models import RequestKind
from kiosk.operations import Operations
from ui.context import AppContext
from ui.reception.privacy.models import FoundModel, RegisterModel, kind_label
from ui.texts import error_text, something_went_wrong
from ui.widgets import Screen, label
from ui.widgets.confirm import ConfirmBar
from ui.widgets.form import show_error
from ui.widgets.search import SearchEdit
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

#: The people found, the register, and the operations' now (for what is overdue).
_Shown = tuple[list[FoundVisitor], list[RequestSummary], datetime]


class PrivacyPanel(Screen):
    """Search, the people found with what can be done for them, and the register.

    Signals:
        loaded(): the people found and the register show what the database has.
        done(str): an export, erasure or withdrawal finished (what the status line says).
    """

    loaded = Signal()
    done = Signal(str)
    SHOWS = frozenset({Change.PRIVACY, Change.VISITS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy")
        self.context = context
        self.found_model = FoundModel(context.settings.zone, self)
        self.register_model = RegisterModel(context.settings.zone, self)
        #: What the last search looked for (None: nothing searched yet).
        self.query: PersonQuery | None = None
        self._build()
        self._lay_out()
        self.retranslate()
        context.follow(self, self.SHOWS, self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.heading = label("title", self)
        self.hint = label("body", self)
        self.search_edit = SearchEdit(self)
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(self.search)
        self.search_error = label("error", self)
        self.search_error.hide()
        # A request received now (at the desk, by letter) and handled later: it waits open.
        self.kind_box = QComboBox(self)
        self.log_button = QPushButton(self)
        self.log_button.clicked.connect(self.log_request)
        self.found_table = read_only_table(self, self.found_model, stretch=(0,))
        header = self.found_table.horizontalHeader()
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.found_table.selectionModel().currentRowChanged.connect(self._selected)
        self.language_box = QComboBox(self)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.choose_folder)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.erase_button = QPushButton(self)
        self.erase_button.setProperty("role", "danger")
        self.erase_button.clicked.connect(self.ask_erase)
        self.confirm = ConfirmBar(self)
        self.confirm.confirmed.connect(self.erase)
        self.status = label("body", self)
        self.error = label("error", self)
        self.error.hide()
        self.register_heading = label("body", self)
        self.register_table = read_only_table(self, self.register_model, stretch=(5,),
                                              wrap=True)
        for column in range(5):
            self.register_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        # What a request covered wraps to the lines it needs, whatever the panel's width.
        self.register_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

    def _lay_out(self) -> None:
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.search_button)
        search.addSpacing(24)
        search.addWidget(self.kind_box)
        search.addWidget(self.log_button)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.error, 1)
        actions.addWidget(self.language_box)
        actions.addWidget(self.export_button)
        actions.addWidget(self.withdraw_button)
        actions.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(search)
        layout.addWidget(self.search_error)
        layout.addWidget(self.found_table, 3)
        layout.addLayout(actions)
        layout.addWidget(self.confirm)
        layout.addWidget(self.register_heading)
        layout.addWidget(self.register_table, 3)
        self._selected(QModelIndex())

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Requests about personal data"))
        self.hint.setText(self.tr(
            "Find the person by mobile number or name. A request must be answered within "
            "3 × 24 hours of receiving it."))
        self.search_edit.describe(self.tr("Mobile number or name"))
        self.search_button.setText(self.tr("Find"))
        self.found_table.setAccessibleName(self.tr("People found"))
        kind = self.kind_box.currentIndex()
        self.kind_box.clear()
        for each in RequestKind:
            self.kind_box.addItem(kind_label(each), each)
        self.kind_box.setCurrentIndex(max(kind, 0))
        self.kind_box.setAccessibleName(self.tr("Kind of request"))
        self.log_button.setText(self.tr("Log as received"))
        self.log_button.setToolTip(self.tr(
            "Enter the request for the mobile number or name typed, to handle later: it "
            "waits in the register with its deadline."))
        chosen = self.language_box.currentIndex()
        self.language_box.clear()
        self.language_box.addItem(self.tr("In Indonesian"), "id")
        self.language_box.addItem(self.tr("In English"), "en")
        self.language_box.setCurrentIndex(max(chosen, 0))
        self.language_box.setAccessibleName(self.tr("Language of the export"))
        self.export_button.setText(self.tr("Export…"))
        self.withdraw_button.setText(self.tr("Withdraw consent"))
        self.erase_button.setText(self.tr("Erase…"))
        self.confirm.set_buttons(self.tr("Erase"), self.tr("Keep"))
        self.register_heading.setText(self.tr("Register of requests"))
        self.register_table.setAccessibleName(self.register_heading.text())
        self.found_model.retranslate()
        self.register_model.retranslate()

    # --- searching ---------------------------------------------------------------------

    def search(self) -> None:
        """Find the person typed in the search box; say at the box what is wrong with it."""
        query = self._typed()
        if query is not None:
            self.query = query
            self.refresh()

    def _typed(self) -> PersonQuery | None:
        """The person the search box names; None (and why, at the box) when it names none."""
        self.confirm.hide()
        try:
            query = parse_search(self.search_edit.text())
        except InvalidFieldError as exc:
            show_error(self.search_error, error_text(exc.error.field, exc.error.code),
                       self.search_edit)
            return None
        show_error(self.search_error, "", self.search_edit)
        return query

    def log_request(self) -> None:
        """Enter a request of the chosen kind for the person typed, received now."""
        query = self._typed()
        if query is None:
            return
        kind, actor = RequestKind(self.kind_box.currentData()), self.context.acting()
        self.context.run(lambda ops: ops.data_requests.receive(kind, query, actor),
                         self._logged, self._failed)

    def _logged(self, request: RequestSummary) -> None:
        if shiboken6.isValid(self):
            due = f"{request.due_at.astimezone(self.context.settings.zone):%d-%m-%Y %H:%M}"
            self._finish(self.tr("Logged: to be answered by %1.").replace("%1", due))

    def refresh(self) -> None:
        query, actor = self.query, self.context.acting()

        def job(ops: Operations) -> _Shown:
            requests = ops.data_requests
            found = requests.find(query, actor) if query is not None else []
            return found, requests.requests(actor), ops.clock()

        self.context.run(job, self._show, self._failed)

    def _show(self, result: _Shown) -> None:
        if not shiboken6.isValid(self):
            return
        found, register, now = result
        chosen = self.selected()
        self.found_model.set_rows(found)
        row = self.found_model.row_of(chosen.visitor_id) if chosen is not None else -1
        if row >= 0:
            self.found_table.selectRow(row)
        self._selected(self.found_table.currentIndex())
        # The theme's warning colour, as the error label wears it.
        self.register_model.warning = self.error.palette().color(QPalette.ColorRole.WindowText)
        self.register_model.now = now
        self.register_model.set_rows(register)
        self.loaded.emit()

    def selected(self) -> FoundVisitor | None:
        index = self.found_table.currentIndex()
        return self.found_model.found_at(index.row()) if index.isValid() else None

    def _selected(self, _index: QModelIndex) -> None:
        chosen = self.selected()
        for button in (self.export_button, self.withdraw_button, self.erase_button):
            button.setEnabled(chosen is not None)
        self.withdraw_button.setEnabled(chosen is not None
                                        and chosen.consent_withdrawn_at is None)
        self.confirm.hide()

    # --- what can be done for them -------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the export to"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Write the chosen person's data to ``folder`` in the chosen language."""
        chosen = self.selected()
        if chosen is None:
            return
        query, actor = chosen.query, self.context.acting()
        language = str(self.language_box.currentData())
        self._say(self.tr("Exporting…"))
        self.context.run(lambda ops: ops.data_requests.export(query, folder, actor, language),
                         self._exported, self._failed)

    def _exported(self, exported: Exported) -> None:
        if shiboken6.isValid(self):
            self._finish(self.tr("Saved to %1: %2 and %3").replace(
                "%1", str(exported.pdf.parent)).replace("%2", exported.pdf.name)
                .replace("%3", exported.json.name))

    def withdraw(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        query, actor = chosen.query, self.context.acting()
        self.context.run(lambda ops: ops.data_requests.withdraw(query, actor),
                         self._withdrawn, self._failed)

    def _withdrawn(self, handled: Handled) -> None:
        if shiboken6.isValid(self):
            self._finish(self.tr(
                "Consent withdrawn. The kiosk no longer recalls them; next time they are "
                "asked afresh."))

    def ask_erase(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        phone = self.found_model.cell(chosen, 1)
        # Every row of this phone and name goes (several desks may each have made one).
        same = chosen.query
        visits = sum(f.visits for f in self.found_model.rows()
                     if f.query.phone_e164 == same.phone_e164 and f.query.name_key == same.name_key)
        self.confirm.ask(self.tr(
            "Erase %1 (%2) now? Their name, mobile number and the names in their groups go "
            "from %n visit(s) on every desk, and cannot be brought back. The visits stay, "
            "without them, for the statistics.", "", visits)
            .replace("%1", chosen.name).replace("%2", phone))

    def erase(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        query, actor = chosen.query, self.context.acting()
        self._say(self.tr("Erasing…"))
        self.context.run(lambda ops: ops.data_requests.erase(query, actor), self._erased,
                         self._failed)

    def _erased(self, handled: Handled) -> None:
        if shiboken6.isValid(self):
            self._finish(self.tr("Erased: %n visitor record(s).", "", handled.visitors))

    def _finish(self, text: str) -> None:
        self._say(text)
        self.done.emit(text)

    def _say(self, text: str) -> None:
        show_error(self.error, "")
        self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        log.error("privacy requests: %s", type(error).__name__, exc_info=error)
        if shiboken6.isValid(self):
            self.status.setText("")
            show_error(self.error, something_went_wrong(error))
