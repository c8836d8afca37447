from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.building import catalogue
from kiosk.models import OrganizationKind, Purpose
from kiosk.passes.layout import (
    A4_SHEET,
    A6,
    CARD_CR80,
    LAYOUTS,
    LABEL_62x100,
    PassLayout,
    PassStyle,
    render_pass,
    save_pass,
)
from kiosk.passes.tokens import Keyring, SiteKey, TokenKind, sign, verify
from kiosk.visits.check_in import VisitSummary
from tests.pdf_tools import decode_qr, page_sizes_mm, render, text_of

JAKARTA = ZoneInfo("Asia/Jakarta")
CHECKED_IN = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # 08:30 WIB
VALID_UNTIL = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # 21:00 WIB
BUILDING_NAME = catalogue.read_catalogue().building_name
KEYRING = Keyring("gedung-inovasi-tangsel", (SiteKey(1, b"s" * 32, CHECKED_IN),))
SIZES = {LABEL_62x100: (62.0, 100.0), CARD_CR80: (54.0, 86.0), A6: (105.0, 148.0),
         A4_SHEET: (210.0, 297.0)}


def summary(name: str = "Budi Santoso", organization: str = "CV Maju Jaya",
            **changes: object) -> VisitSummary:
    visit = VisitSummary(
        visit_id=uuid.uuid4(), pass_number="7K3QZC4M", visitor_name=name,
        phone_e164="+6281234567890", organization=organization, purpose=Purpose.MEETING,
        group_size=1, member_names=(), organization_kind=None, checked_in_at=CHECKED_IN,
        checked_out_at=None, floor_number=4, floor_name_id="Ruang Pelatihan",
        floor_name_en="Training Rooms", directions_id="", directions_en="", room_code="4.02",
        room_name_id="Ruang Pelatihan Pamulang", room_name_en="Pamulang Training Room", host="",
    )
    return dataclasses.replace(visit, **changes)  # type: ignore[arg-type]


def pdf_for(visit: VisitSummary, layout: PassLayout = LABEL_62x100, **options: object) -> bytes:
    token = sign(KEYRING, TokenKind.VISIT_PASS, visit.visit_id, VALID_UNTIL)
    options.setdefault("site_name", BUILDING_NAME)
    return render_pass(visit, JAKARTA, qr=token, valid_until=VALID_UNTIL, layout=layout,
                       **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("layout", list(LAYOUTS.values()), ids=list(LAYOUTS))
@pytest.mark.parametrize("dpi", [300, 150])
def test_every_layout_is_its_exact_size_and_its_qr_verifies(layout: PassLayout,
                                                             dpi: int) -> None:
    visit = summary()
    pdf = pdf_for(visit, layout)
    assert page_sizes_mm(pdf) == [SIZES[layout]]
    [scanned] = decode_qr(render(pdf, dpi)[0])
    assert verify(KEYRING, scanned, now=CHECKED_IN).subject_id == visit.visit_id


def test_four_group_passes_share_an_a4_sheet_with_cut_lines() -> None:
    visit = summary(group_size=6, member_names=("Ani", "Wati"))
    pdf = pdf_for(visit, A4_SHEET, style=PassStyle.PER_PERSON)
    assert page_sizes_mm(pdf) == [(210.0, 297.0)] * 2  # 4 + 2
    pages = render(pdf, 200)
    assert len(decode_qr(pages[0])) == 4 and len(decode_qr(pages[1])) == 2
    text = text_of(pdf)
    for expected in ("Budi Santoso", "Ani", "Wati", "1/6", "6/6"):
        assert expected in text


def test_pass_shows_who_where_when_and_until_when() -> None:
    text = text_of(pdf_for(summary()))
    # The code in fours, as the kiosk says it.
    for expected in ("Budi Santoso", "CV Maju Jaya", "Pertemuan", "Meeting", "Lantai 4",
                     "4.02", "7K3Q ZC4M", "23 November 2026", "08:30 WIB",
                     "Valid until 21:00 WIB"):
        assert expected in text


@pytest.mark.parametrize(
    ("changes", "band"),
    [({}, "TAMU · VISITOR"),
     ({"organization_kind": OrganizationKind.TENANT}, "PENYEWA · TENANT"),
     ({"purpose": Purpose.DELIVERY}, "KONTRAKTOR · CONTRACTOR"),
     ({"purpose": Purpose.TRAINING}, "PESERTA · PARTICIPANT")],
)
def test_the_band_names_the_visitor_type_in_words(changes: dict[str, object],
                                                  band: str) -> None:
    assert band in text_of(pdf_for(summary(**changes)))


def test_the_pass_is_headed_with_the_building_its_caller_names() -> None:
    assert BUILDING_NAME.upper() in text_of(pdf_for(summary()))
    elsewhere = text_of(pdf_for(summary(), site_name="Menara Kreatif Bandung"))
    assert "MENARA KREATIF BANDUNG" in elsewhere and BUILDING_NAME.upper() not in elsewhere


def test_an_expired_pass_looks_void() -> None:
    assert "VOID" not in text_of(pdf_for(summary()))
    void = pdf_for(summary(), void=True)
    assert "VOID" in text_of(void) and "KEDALUWARSA" in text_of(void)


@pytest.mark.parametrize(
    "name",
    ["Muhammad Rizky Pratama Wijayakusuma Hadiningrat Soerjosoemarno Tjokroaminoto",
     "Sukarno", "Nguyễn Thị Minh Khai", "Сергей Иванов"],
)
@pytest.mark.parametrize("layout", [LABEL_62x100, CARD_CR80])
def test_names_of_any_length_fit_without_being_cut(name: str, layout: PassLayout) -> None:
    pdf = pdf_for(summary(name=name), layout)
    text = text_of(pdf).replace("\r", "").replace("\n", " ")
    for word in name.split():
        assert word in text
    assert decode_qr(render(pdf)[0])


def test_an_impossibly_long_name_is_shortened_with_an_ellipsis_not_cut() -> None:
    assert "…" in text_of(pdf_for(summary(name="Wijayakusuma " * 16)))


def test_saved_pass_appears_whole_under_its_final_name_in_the_local_date(tmp_path: Path) -> None:
    late = summary(checked_in_at=datetime(2026, 11, 23, 23, 30, tzinfo=UTC))  # 06:30 WIB, 24th
    path = save_pass(b"%PDF-1.4 test", late, tmp_path, JAKARTA)
    assert (path.parent.name, path.name) == ("2026-11-24", "pass-7K3QZC4M.pdf")
    assert path.read_bytes() == b"%PDF-1.4 test"
    assert not list(tmp_path.rglob("*.part"))


@pytest.mark.parametrize(
    ("name", "font"),
    [("王小明", b"DroidSans"), ("محمد عبد الله", b"NotoSansArabic"),
     ("ꦧꦸꦢꦶ", b"NotoSansJavanese"), ("Nguyễn Thị Minh Khai", b"NotoSans")],
)
def test_a_name_in_any_script_is_drawn_with_a_font_that_has_it(name: str, font: bytes) -> None:
    pdf = pdf_for(summary(name=name))
    assert font in pdf  # the embedded subset's name
    assert decode_qr(render(pdf)[0])
    if name.isascii() or "王" in name:
        assert name in text_of(pdf)


def test_a_latin_name_embeds_no_font_at_all() -> None:
    pdf = pdf_for(summary(name="Siti Nurhaliza"))
    assert b"/FontFile2" not in pdf
