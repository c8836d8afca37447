from __future__ import annotations

import uuid
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.models import Purpose
from kiosk.passes import qr_payload, render_pass, save_pass, visit_id_from_qr
from kiosk.visits import VisitSummary
from tests.pdf_tools import decode_qr, page_sizes_mm, render, text_of

JAKARTA = ZoneInfo("Asia/Jakarta")


def summary(name: str = "Budi Santoso", organization: str = "CV Maju Jaya") -> VisitSummary:
    return VisitSummary(
        visit_id=uuid.uuid4(), pass_number="7K3QZC4M", visitor_name=name,
        phone_e164="+6281234567890", organization=organization, purpose=Purpose.TRAINING,
        group_size=1, member_names=(), checked_in_at=datetime(2026, 11, 23, 1, 30, tzinfo=UTC),
        checked_out_at=None, floor_number=4, floor_name_id="Ruang Pelatihan",
        floor_name_en="Training Rooms", directions_id="", directions_en="", room_code="4.02",
        room_name_id="Ruang Pelatihan Pamulang", room_name_en="Pamulang Training Room", host="",
    )


def test_pass_is_a_62_by_100_mm_page_whose_qr_decodes_to_the_visit_id() -> None:
    visit = summary()
    pdf = render_pass(visit, JAKARTA)
    assert page_sizes_mm(pdf) == [(62.0, 100.0)]
    for dpi in (300, 150):
        decoded = decode_qr(render(pdf, dpi)[0])
        assert [visit_id_from_qr(t) for t in decoded] == [visit.visit_id]


def test_pass_shows_who_where_and_when() -> None:
    text = text_of(render_pass(summary(), JAKARTA))
    for expected in ("Budi Santoso", "CV Maju Jaya", "Pelatihan", "Training", "Lantai 4",
                     "4.02", "7K3QZC4M", "23 November 2026", "08:30 WIB"):
        assert expected in text


@pytest.mark.parametrize(
    "name",
    ["Muhammad Rizky Pratama Wijayakusuma Hadiningrat Soerjosoemarno Tjokroaminoto",
     "Sukarno", "Nguyễn Thị Minh Khai", "Сергей Иванов"],
)
def test_names_of_any_length_fit_without_being_cut(name: str) -> None:
    pdf = render_pass(summary(name=name), JAKARTA)
    text = text_of(pdf).replace("\r", "").replace("\n", " ")
    # Every word of the name is on the page (wrapped, not cut off), and the QR still reads.
    for word in name.split():
        assert word in text
    assert decode_qr(render(pdf)[0])


def test_an_impossibly_long_name_is_shortened_with_an_ellipsis_not_cut() -> None:
    pdf = render_pass(summary(name="Wijayakusuma " * 16), JAKARTA)
    assert "…" in text_of(pdf)


def test_qr_payload_round_trip_and_refuses_other_codes() -> None:
    visit_id = uuid.uuid4()
    assert visit_id_from_qr(qr_payload(visit_id)) == visit_id
    assert visit_id_from_qr(qr_payload(visit_id).lower()) == visit_id
    for garbage in ("", "GIC:V:", "GIC:V:not-a-uuid", "https://example.com", str(visit_id)):
        assert visit_id_from_qr(garbage) is None


def test_saved_pass_appears_whole_under_its_final_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    visit = summary()
    path = save_pass(b"%PDF-1.4 test", visit, tmp_path, JAKARTA)
    assert path.name == "pass-7K3QZC4M.pdf"
    assert path.parent.name == "2026-11-23"
    assert path.read_bytes() == b"%PDF-1.4 test"
    assert not list(tmp_path.rglob("*.part"))
