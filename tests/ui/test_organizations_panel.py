"""Reception enters the building's organisations: imports the office's list, finds one,
adds and changes one with every mistake shown at its field, retires one and brings it back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.models import OrganizationKind
from kiosk.organizations.importing import Outcome
from kiosk.organizations.operations import OrganizationSummary
from tests.conftest import staff
from tests.ui.conftest import wait_idle
from tests.ui.test_booking_dialog import on_worker
from ui.context import AppContext
from ui.reception.organizations.dialog import OrganizationDialog
from ui.reception.organizations.models import OrganizationsModel, RefusedRowsModel
from ui.reception.organizations.panel import OrganizationsPanel
from ui.reception.window import ReceptionWindow

LIST = ("Nama;Jenis;Lantai;Ruang;Nama Kontak;No HP;Email\r\n"
        "Keripik Tempe Bu Sri;tenan;8;;Sri Wahyuni;0812-3456-7890;sri@keripik.id\r\n"
        "Kopi Situ Gintung;tenan;;8.03;;;\r\n"
        "Batik Ciputat Collective;tenan;8;;;;\r\n"
        "Dinas Koperasi dan UKM;instansi;9;;Budi;;\r\n")


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_panel(qtbot, context: AppContext) -> OrganizationsPanel:  # type: ignore[no-untyped-def]
    panel = OrganizationsPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    return panel


def names(panel: OrganizationsPanel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def import_list(qtbot, panel: OrganizationsPanel, path: Path, **kwargs: Any) -> None:  # type: ignore[no-untyped-def]
    panel.import_file(path, **kwargs)
    wait_idle(qtbot, panel.context)
    qtbot.waitUntil(lambda: panel.import_button.isEnabled(), timeout=10_000)


def select(qtbot, panel: OrganizationsPanel, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: name in names(panel), timeout=10_000)
    panel.table.selectRow(names(panel).index(name))


def test_an_imported_list_is_shown_searched_retired_and_brought_back(
        qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "daftar.csv"
    sheet.write_bytes(LIST.encode("cp1252"))
    panel = open_panel(qtbot, context)
    assert names(panel) == []
    with qtbot.waitSignal(panel.loaded, timeout=10_000):  # the change broadcast reloads it
        import_list(qtbot, panel, sheet)
    assert panel.status.text() == "Diimpor: 4 ditambahkan, 0 diubah, 0 tidak berubah, " \
                                  "0 dilewati."
    assert names(panel) == ["Batik Ciputat Collective", "Dinas Koperasi dan UKM",
                            "Keripik Tempe Bu Sri", "Kopi Situ Gintung"]
    sri = names(panel).index("Keripik Tempe Bu Sri")
    row = [panel.model.index(sri, c).data() for c in range(panel.model.columnCount())]
    assert row == ["Keripik Tempe Bu Sri", "Penyewa", "Lantai 8", "Bawaan gedung",
                   "Sri Wahyuni (0812-3456-7890)", "Aktif"]
    assert panel.model.index(names(panel).index("Kopi Situ Gintung"), 2).data() == "Ruang 8.03"

    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClicks(panel.search_edit, "kopi")
    assert names(panel) == ["Kopi Situ Gintung"]
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.search_edit.clear()

    select(qtbot, panel, "Batik Ciputat Collective")
    click(qtbot, panel.retire_button)
    assert "Batik Ciputat Collective" in panel.confirm.text.text()
    # A name is shown as typed, whatever it holds: never read as markup.
    assert panel.confirm.text.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        click(qtbot, panel.confirm.confirm_button)
    assert "Batik Ciputat Collective" not in names(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.retired_box.setChecked(True)
    select(qtbot, panel, "Batik Ciputat Collective")
    assert panel.retire_button.text() == "Aktifkan lagi"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        click(qtbot, panel.retire_button)
    found = on_worker(qtbot, context, lambda ops: ops.organizations.find("Batik Ciputat "
                                                                         "Collective"))
    assert not found.retired



def test_a_list_with_bad_rows_saves_nothing_and_says_why_row_by_row(
        qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "daftar.csv"
    sheet.write_text(LIST.replace("Kopi Situ Gintung;tenan;;8.03", "Kopi Situ Gintung;tenan;;9.99")
                     + ";tenan;8;;;;\r\n", encoding="utf-8-sig")
    panel = open_panel(qtbot, context)
    import_list(qtbot, panel, sheet)
    assert panel.import_frame.isVisible()
    assert panel.import_text.text().startswith("Tidak ada yang diimpor: 2 dari 5 baris")
    refused = [[panel.refused_model.index(r, c).data() for c in range(3)]
               for r in range(panel.refused_model.rowCount())]
    assert refused == [["3", "Kopi Situ Gintung", "Ruang: Ruang ini tidak ada di gedung."],
                       ["6", "", "Nama: Mohon isi nama."]]
    assert on_worker(qtbot, context, lambda ops: ops.organizations.list()) == []
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        click(qtbot, panel.skip_bad_button)
    assert len(names(panel)) == 3 and not panel.import_frame.isVisible()


def test_a_file_that_is_not_a_list(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    picture = tmp_path / "foto.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    panel = open_panel(qtbot, context)
    import_list(qtbot, panel, picture)
    assert panel.error.isVisible()
    assert panel.error.text() == "Ini bukan berkas CSV atau Excel (XLSX)."


def open_dialog(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                organization: OrganizationSummary | None = None) -> OrganizationDialog:
    dialog = OrganizationDialog(context, organization)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.room_combo.count() > 1, timeout=10_000)
    return dialog


def test_adding_shows_each_mistake_at_its_field_then_saves(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("partner"))
    qtbot.keyClicks(dialog.contact_name_edit, "Dewi")
    qtbot.keyClicks(dialog.contact_email_edit, "dewi-at-brin")
    qtbot.keyClicks(dialog.contact_phone_edit, "0812-ABCD")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.messages["name"].isVisible(), timeout=10_000)
    shown = {f: m.text() for f, m in dialog.messages.items() if m.isVisible()}
    assert shown == {
        "name": "Mohon isi nama.",
        "contact_email": "Ini bukan alamat e-mail, misalnya nama@usaha.id.",
        "contact_phone": "Nomor HP hanya berisi angka, misalnya 081234567890."}
    assert on_worker(qtbot, context, lambda ops: ops.organizations.list()) == []
    qtbot.keyClicks(dialog.name_edit, "Puspiptek")
    dialog.contact_email_edit.setText("dewi@brin.go.id")
    dialog.contact_phone_edit.setText("0812 3456 0000")
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData("3.02"))
    dialog.own_quota.setChecked(True)
    dialog.quota_spin.setValue(6)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.save_button)
    added: OrganizationSummary = saved.args[0]
    assert (added.name, added.kind, added.room_code, added.floor_number, added.quota_hours) \
        == ("Puspiptek", OrganizationKind.PARTNER, "3.02", 3, 6)
    assert added.contacts[0].phone_e164 == "+6281234560000"

    again = open_dialog(qtbot, context, added)
    assert again.quota_spin.value() == 6 and again.room_combo.currentData() == "3.02"
    again.own_quota.setChecked(False)
    with qtbot.waitSignal(again.saved, timeout=10_000) as changed:
        click(qtbot, again.save_button)
    assert changed.args[0].quota_hours is None


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, context: AppContext,  # type: ignore[no-untyped-def]
                                          tmp_path: Path) -> None:
    sheet = tmp_path / "daftar.csv"
    sheet.write_text(LIST + "Kopi;kantor;;;;;\r\n", encoding="utf-8")
    report = on_worker(qtbot, context, lambda ops: ops.organizations.import_file(
        sheet, staff(), skip_bad=True))
    organizations = OrganizationsModel(context.settings.zone)
    organizations.set_rows(on_worker(qtbot, context, lambda ops: ops.organizations.list()))
    qtmodeltester.check(organizations)
    refused = RefusedRowsModel(context.settings.zone)
    refused.set_rows([r for r in report.rows if r.outcome is Outcome.REFUSED])
    assert refused.rowCount() == 1
    qtmodeltester.check(refused)


def test_the_reception_window_has_the_organisations_tab(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    index = window.tabs.indexOf(window.organizations)
    assert window.tabs.tabText(index) == "Organisasi"
