"""The evacuation at reception: one touch prints the roll call and opens the roll-call screen,
where marshals tick people safe."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk.models import Purpose, Role, Room
from kiosk.operations import Operations
from kiosk.safety.evacuation import take_roll_call
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind
from tests.conftest import MORNING, staff
from tests.pdf_tools import text_of
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.reception.evacuation import EvacuationButton, EvacuationDialog
from ui.reception.evacuation.columns import share
from ui.reception.evacuation.model import FORGET_AFTER, RollCallModel, SafeTicks, UnaccountedFilter
from ui.reception.window import ReceptionWindow


def fill(ops: Operations) -> None:
    """A group of 25 on floor 3, two people on floor 5, one at reception."""
    with ops.database.reading() as session:
        rooms = {code: session.scalars(select(Room.id).where(Room.code == code)).one()
                 for code in ("3.05", "5.01")}

    def arrive(name: str, phone: str, room: str | None = None, group: int = 1,
               organization: str = "") -> None:
        where = Destination(DestinationKind.ROOM, rooms[room]) if room else Destination()
        ops.check_in(CheckInRequest(name=name, phone=phone, purpose=Purpose.TRAINING,
                                    destination=where, group_size=group, consent=True,
                                    organization=organization))

    arrive("Sri Wahyuni", "081234500001", "3.05", 25)
    arrive("Agus Salim", "081234500002", "5.01")
    arrive("Budi Santoso", "081234500003", "5.01", organization="<b>Kopi</b> Situ Gintung")
    arrive("Yohanes", "081234500004")


@pytest.fixture
def window(qtbot, context: AppContext) -> ReceptionWindow:
    context.run(fill)
    context.sign_in(staff("Rina", Role.RECEPTIONIST))
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def person_index(model: RollCallModel, name: str):
    for row in range(model.rowCount()):
        floor = model.index(row, 0)
        for child in range(model.rowCount(floor)):
            index = model.index(child, RollCallModel.TICK, floor)
            person = model.person_at(index)
            if person is not None and person.name == name:
                return index
    raise LookupError(name)


def test_one_touch_prints_the_list_and_opens_the_roll_call(qtbot, window: ReceptionWindow,
                                                           context: AppContext) -> None:
    assert window.evacuation.isVisible()  # a receptionist has it, in every tab's corner
    qtbot.mouseClick(window.evacuation, Qt.MouseButton.LeftButton)
    dialog = window.evacuation.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.printing, timeout=10_000)
    saved = context.settings.pdf_path / "2026-11-23" / "evakuasi-2026-11-23-0830.pdf"
    assert str(saved) in dialog.print_status.text()  # no A4 printer here: saved, and said so
    text = text_of(saved.read_bytes())
    assert "Sri Wahyuni" in text and "0812-3450-0001" in text  # staff: with phones
    assert dialog.model.total == 28
    assert dialog.unaccounted.text().startswith("28 ")
    assert not dialog.tree.isColumnHidden(RollCallModel.PHONE)


def test_a_tick_makes_the_unaccounted_count_drop_by_the_group_size(
        qtbot, window: ReceptionWindow) -> None:
    dialog = window.evacuation.evacuate()
    model = dialog.model
    qtbot.waitUntil(lambda: model.total == 28, timeout=10_000)
    group = dialog.filter.mapFromSource(person_index(model, "Sri Wahyuni"))
    dialog.tree.scrollTo(group)
    rect = dialog.tree.visualRect(group)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.unaccounted == 3
    assert dialog.unaccounted.text().startswith("3 ")
    floor = model.parent(person_index(model, "Sri Wahyuni"))
    assert "— 0 " in model.data(floor) and " 25 " in model.data(floor)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.unaccounted == 28  # touched again: not safe after all


def test_unaccounted_only_hides_who_is_safe_and_floors_with_nobody_left(
        qtbot, window: ReceptionWindow) -> None:
    dialog = window.evacuation.evacuate()
    model = dialog.model
    qtbot.waitUntil(lambda: model.total == 28, timeout=10_000)
    tick = Qt.ItemDataRole.CheckStateRole
    model.setData(person_index(model, "Sri Wahyuni"), Qt.CheckState.Checked, tick)
    model.setData(person_index(model, "Agus Salim"), Qt.CheckState.Checked, tick)
    dialog.only_button.click()
    shown = dialog.filter
    def floors() -> list[int | None]:
        return [model.floor_at(shown.mapToSource(shown.index(row, 0))).number  # type: ignore[union-attr]
                for row in range(shown.rowCount())]

    assert floors() == [5, None]
    lantai_5 = shown.index(0, 0)
    assert [shown.data(shown.index(r, RollCallModel.NAME, lantai_5))
            for r in range(shown.rowCount(lantai_5))] == ["Budi Santoso"]
    model.setData(person_index(model, "Budi Santoso"), Qt.CheckState.Checked, tick)
    assert floors() == [None]  # floor 5 is done
    dialog.only_button.click()
    assert floors() == [3, 5, None]


def test_ticks_survive_a_reload_and_closing_the_screen(qtbot, window: ReceptionWindow,
                                                        context: AppContext) -> None:
    dialog = window.evacuation.evacuate()
    model = dialog.model
    qtbot.waitUntil(lambda: model.total == 28, timeout=10_000)
    model.setData(person_index(model, "Yohanes"), Qt.CheckState.Checked,
                  Qt.ItemDataRole.CheckStateRole)
    dialog.close_button.click()
    # Someone checks out meanwhile: the screen, opened again, reads the building afresh.
    leaving = person_index(model, "Agus Salim")
    visit = model.person_at(leaving).visit_id  # type: ignore[union-attr]
    context.run(lambda ops: ops.check_out_at_desk(visit, staff()))
    assert window.evacuation.evacuate() is dialog
    qtbot.waitUntil(lambda: model.total == 27, timeout=10_000)
    assert model.unaccounted == 26  # Yohanes is still ticked safe


def test_a_tick_is_a_large_touch_target(qtbot, window: ReceptionWindow) -> None:
    dialog = window.evacuation.evacuate()
    qtbot.waitUntil(lambda: dialog.model.total == 28, timeout=10_000)
    index = dialog.filter.mapFromSource(person_index(dialog.model, "Yohanes"))
    rect = dialog.tree.visualRect(index)
    assert rect.height() >= 56 and rect.width() >= 120
    corner = rect.topLeft() + QPoint(rect.width() - 4, 4)  # anywhere in the cell
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert dialog.model.unaccounted == 27


def test_the_roll_call_models_pass_the_model_tester(qtmodeltester, ops: Operations) -> None:
    fill(ops)
    model = RollCallModel()
    model.set_roll_call(take_roll_call(ops.database, ops.settings, ops.clock(), staff()))
    qtmodeltester.check(model)
    model.setData(person_index(model, "Yohanes"), Qt.CheckState.Checked,
                  Qt.ItemDataRole.CheckStateRole)
    shown = UnaccountedFilter()
    shown.setSourceModel(model)
    shown.set_unaccounted_only(True)
    qtmodeltester.check(shown)
    assert shown.rowCount() == 2


def test_names_show_as_typed_never_as_markup(qtbot, window: ReceptionWindow) -> None:
    dialog = window.evacuation.evacuate()
    qtbot.waitUntil(lambda: dialog.model.total == 28, timeout=10_000)
    index = person_index(dialog.model, "Budi Santoso")
    organization = dialog.model.index(index.row(), RollCallModel.ORGANIZATION, index.parent())
    assert dialog.model.data(organization) == "<b>Kopi</b> Situ Gintung"
    # Item views draw DisplayRole text as plain text; labels here carry counts only.
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in (dialog.title, dialog.freshness, dialog.print_status,
                             dialog.unaccounted, dialog.total))


def test_the_screen_says_the_list_is_only_this_devices_data(qtbot, window: ReceptionWindow) -> None:
    dialog = window.evacuation.evacuate()
    qtbot.waitUntil(lambda: dialog.model.total == 28, timeout=10_000)
    assert "08:30" in dialog.freshness.text()
    assert MORNING + timedelta(0) == dialog.model.roll_call.taken_at  # type: ignore[union-attr]


# --- with nobody signed in: the lock and sign-in pages ---------------------------------------

#: The four visitors' phone numbers as the sheet would print them, and their digits.
PHONES = ("0812-3450-000", "081234500", "6281234500", "81234500")


def sheet(context: AppContext) -> Path:
    return context.settings.pdf_path / "2026-11-23" / "evakuasi-2026-11-23-0830.pdf"


def printed(qtbot, button: EvacuationButton) -> EvacuationDialog:  # type: ignore[no-untyped-def]
    """The roll-call screen ``button`` opened, once its list is printed (saved, here)."""
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.printing and dialog.model.total == 28, timeout=10_000)
    return dialog


def test_on_a_locked_console_one_touch_prints_the_list_without_phones_and_opens_the_roll_call(
        qtbot, window: ReceptionWindow, context: AppContext) -> None:
    window.lock()
    button = window.lock_page.evacuation
    assert button.isVisible() and button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = printed(qtbot, button)
    assert str(sheet(context)) in dialog.print_status.text()
    text = text_of(sheet(context).read_bytes())
    assert all(name in text for name in ("Sri Wahyuni", "Agus Salim", "Budi Santoso",
                                         "Yohanes"))
    assert not any(phone in text.replace(" ", "") for phone in PHONES)
    assert "Phone numbers are not printed" in text  # the sheet says they were left out
    # The marshals' screen: everyone, ready to tick, and no phone number read at all.
    roll_call = dialog.model.roll_call
    assert roll_call is not None and not roll_call.phones_shown
    assert all(not person.phone for floor in roll_call.floors for person in floor.people)
    assert dialog.tree.isColumnHidden(RollCallModel.PHONE)
    assert dialog.tr("Phone numbers are shown only to signed-in staff.") \
        in dialog.freshness.text()
    assert dialog.model.unaccounted == 28


@pytest.fixture
def nobody(qtbot, context: AppContext) -> ReceptionWindow:  # type: ignore[no-untyped-def]
    """The console with an account on it and nobody signed in: the sign-in page."""
    context.run(fill)
    context.run(lambda ops: ops.staff.create_first_admin("ayu", "Ayu Lestari",
                                                         "kopi-tubruk-pagi"))
    context.sign_in(None)
    window = ReceptionWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in_page,
                    timeout=10_000)
    return window


def test_on_the_sign_in_page_the_keyboard_reaches_the_button_and_space_prints(
        qtbot, nobody: ReceptionWindow, context: AppContext) -> None:
    page = nobody.sign_in_page
    nobody.activateWindow()
    qtbot.waitUntil(page.login_edit.hasFocus)
    for _ in range(8):  # Tab round the page until the button has the focus
        if page.evacuation.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.evacuation.hasFocus()
    qtbot.keyClick(page.evacuation, Qt.Key.Key_Space)
    dialog = printed(qtbot, page.evacuation)
    assert not dialog.model.roll_call.phones_shown  # type: ignore[union-attr]
    assert not any(phone in text_of(sheet(context).read_bytes()).replace(" ", "")
                   for phone in PHONES)


def test_ticks_made_on_the_locked_console_carry_over_when_someone_signs_in(
        qtbot, window: ReceptionWindow, context: AppContext) -> None:
    window.lock()
    window.lock_page.evacuation.evacuate()
    locked = printed(qtbot, window.lock_page.evacuation)
    tick = Qt.ItemDataRole.CheckStateRole
    locked.model.setData(person_index(locked.model, "Sri Wahyuni"), Qt.CheckState.Checked, tick)
    assert locked.model.unaccounted == 3
    # Someone else signs in (to call who is missing): their console's roll call, with phones,
    # starts from the marshals' ticks.
    wait_idle(qtbot, context)
    window.lock_page.switch_button.click()
    window.enter(staff("Dewi"))
    assert not locked.isVisible()  # the page's own screen went with the page
    dialog = window.evacuation.evacuate()
    qtbot.waitUntil(lambda: dialog.model.total == 28, timeout=10_000)
    assert dialog.model.unaccounted == 3
    assert not dialog.tree.isColumnHidden(RollCallModel.PHONE)
    dialog.model.setData(person_index(dialog.model, "Yohanes"), Qt.CheckState.Checked, tick)
    assert locked.model.unaccounted == 2  # one set of ticks, whichever screen shows them


def test_a_new_evacuation_an_hour_after_the_last_tick_starts_with_no_ticks(
        ops: Operations) -> None:
    fill(ops)
    now = [0.0]
    ticks = SafeTicks(clock=lambda: now[0])
    one, other = RollCallModel(ticks=ticks), RollCallModel(ticks=ticks)
    for model in (one, other):
        model.set_roll_call(take_roll_call(ops.database, ops.settings, ops.clock()))
    one.setData(person_index(one, "Sri Wahyuni"), Qt.CheckState.Checked,
                Qt.ItemDataRole.CheckStateRole)
    assert other.unaccounted == 3
    now[0] += FORGET_AFTER - 60
    ticks.begin()  # the screen closed by mistake and opened again: still this evacuation
    assert other.unaccounted == 3
    now[0] += 2 * FORGET_AFTER
    ticks.begin()  # the alarm rings again this afternoon: this morning's drill is over
    assert one.unaccounted == other.unaccounted == 28


class _Indonesian(QTranslator):
    """The roll call's longest column title, as the Indonesian translation has it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        if (context, source) == ("RollCallModel", "Host / room"):
            return "Tuan rumah / ruang"
        return None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def long_titles(qapp: QApplication) -> Iterator[None]:
    translator = _Indonesian()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_column_title_fits_at_1280_px_whatever_the_names(
        qtbot, window: ReceptionWindow, context: AppContext, long_titles: None) -> None:
    def arrive(ops: Operations) -> None:
        ops.check_in(CheckInRequest(
            name="Rosmawati Rotua Pardede, M.M.", phone="081234500005",
            purpose=Purpose.MEETING, consent=True,
            organization="Koperasi Produsen Kerupuk Kulit Sapi Bang Udin Sejahtera Bersama"))

    context.run(arrive)
    assert window.width() == 1280
    dialog = window.evacuation.evacuate()
    qtbot.waitUntil(lambda: dialog.model.total == 29, timeout=10_000)
    header = dialog.tree.header()
    assert dialog.model.headerData(RollCallModel.WHERE, Qt.Orientation.Horizontal) \
        == "Tuan rumah / ruang"
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert RollCallModel.PHONE in shown  # staff: the widest case
    for column in shown:
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    assert sum(header.sectionSize(c) for c in shown) <= dialog.tree.viewport().width()


def test_the_columns_of_words_share_the_width_none_below_its_title() -> None:
    assert share(600, [100, 100, 100]) == [200, 200, 200]
    assert share(601, [100, 100, 100]) == [201, 200, 200]
    assert share(600, [100, 100, 259]) == [171, 170, 259]
    assert share(300, [100, 150, 259]) == [100, 150, 259]  # too narrow: the view scrolls
