"""Names in every script a visitor may type, drawn with the bundled fonts: which font draws
each character, how Arabic is shaped, how names wrap, and what the page shows when rendered."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from functools import partial

import pytest
from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]
from bidi import get_display  # type: ignore[import-untyped]
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from kiosk.paper import text as pdf_text
from kiosk.paper.text import ARABIC, CJK, ELLIPSIS, FAMILIES, HEBREW, JAVANESE, LATIN
from tests.pdf_tools import render, text_of

CHINESE = "王小明"
ARABIC_NAME = "محمد عبد الله"
JAVANESE_NAME = "ꦧꦸꦢꦶ"  # Budi
PAGE = (300.0, 60.0)

SAMPLES = {
    "latin": "Nguyễn Thị Phượng Đặng",
    "chinese": "王小明 李嘉欣",
    "arabic": ARABIC_NAME,
    "javanese": "ꦧꦸꦢꦶ ꦱꦭꦩꦺꦠ꧀",
    "cyrillic": "Дмитрий Петров",
    "hebrew": "דוד כהן",
    "korean": "김민준",
}


def pdf_of(draw: Callable[[Canvas], None], page: tuple[float, float] = PAGE) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def ink(image: Image.Image) -> Image.Image:
    """Dark pixels as white on black, so getbbox() finds the text."""
    return Image.eval(image.convert("L"), lambda value: 255 if value < 128 else 0)


def font_of_each_char(text: str, bold: bool = False) -> dict[str, str]:
    return {char: font for font, part in pdf_text.runs(text, bold) for char in part}


def test_register_fonts_is_idempotent_and_registers_every_face() -> None:
    pdf_text.register_fonts()
    pdf_text.register_fonts()
    for family in FAMILIES:
        for name in (family.regular, family.bold):
            assert pdfmetrics.getFont(name).fontName == name


def test_every_bundled_file_is_distinct() -> None:
    """reportlab shares a face between files with the same internal name: two fonts of one
    family name would silently draw with one of them."""
    pdf_text.register_fonts()
    faces = {pdfmetrics.getFont(family.regular).face.name for family in FAMILIES}
    assert len(faces) == len(FAMILIES)


def test_chinese_is_drawn_with_the_cjk_font_and_extracts_as_text() -> None:
    assert pdf_text.runs(CHINESE) == [(CJK.regular, CHINESE)]
    assert set(font_of_each_char(CHINESE, bold=True).values()) == {CJK.bold}

    pdf = pdf_of(lambda canvas: pdf_text.draw_left(canvas, 10, 20, CHINESE, 20))

    assert CHINESE in text_of(pdf)


def test_arabic_is_shaped_into_presentation_forms_in_visual_order() -> None:
    shaped = pdf_text.shape("محمد")

    # meem initial, hah medial, meem medial, dal final: read right to left, so stored reversed
    assert shaped == "\ufeaa\ufee4\ufea4\ufee3"
    assert all(0xFE70 <= ord(char) <= 0xFEFF for char in shaped)
    assert pdf_text.runs("محمد") == [(ARABIC.regular, shaped)]
    assert pdf_text.runs("محمد", bold=True) == [(ARABIC.bold, shaped)]


def test_a_full_arabic_name_keeps_its_words_in_reading_order() -> None:
    shaped = pdf_text.shape(ARABIC_NAME)
    words = shaped.split(" ")
    # The first word typed (Muhammad) is drawn rightmost; Allah becomes its ligature.
    assert words[-1] == pdf_text.shape("محمد")
    assert words[0] == "\ufdf2"
    assert set(font_of_each_char(ARABIC_NAME).values()) == {ARABIC.regular}


@settings(max_examples=200, deadline=None)
# Without joiners: with a zero-width joiner the reference reshaper itself crashes or goes
# wrong (see test_joiners_the_reshaper_trips_on_never_stop_a_pass).
@given(st.text(alphabet="محمدعبداللهلالأإآةیگپ\u064e\u0651\u0640 abc 12-王", max_size=40))
def test_shaping_arabic_word_by_word_is_shaping_the_whole_text(text: str) -> None:
    """shape() reshapes each run of Arabic letters alone, to cache them: the same result."""
    assume(any("\u0600" <= char <= "\u06ff" for char in text))
    assert pdf_text.shape(text) == get_display(ArabicReshaper().reshape(text))


def test_hebrew_is_reversed_and_other_text_is_unchanged() -> None:
    assert pdf_text.shape("דוד כהן") == "ןהכ דוד"
    assert pdf_text.runs("דוד") == [(HEBREW.regular, "דוד")]
    for text in ("Budi Santoso", "Nguyễn Thị", CHINESE, JAVANESE_NAME, "Дмитрий", ""):
        assert pdf_text.shape(text) == text


def test_javanese_is_drawn_with_the_javanese_font() -> None:
    assert pdf_text.runs(JAVANESE_NAME) == [(JAVANESE.regular, JAVANESE_NAME)]
    assert pdf_text.runs(JAVANESE_NAME, bold=True) == [(JAVANESE.bold, JAVANESE_NAME)]


def test_javanese_taling_is_drawn_before_its_consonant() -> None:
    """ꦱꦭꦩꦺꦠ꧀ (Slamet): the vowel sign taling is typed after ꦩ but written before it."""
    [(font, drawn)] = pdf_text.runs("ꦱꦭꦩꦺꦠ꧀")
    assert font == JAVANESE.regular
    assert drawn == "ꦱꦭ\ua9baꦩꦠ꧀"
    # with a medial (cakra) between: ꦏꦿꦺ (kre) is drawn taling, ka, cakra
    assert pdf_text.runs("ꦏꦿꦺ")[0][1] == "\ua9baꦏꦿ"


def test_a_mixed_name_splits_into_one_run_per_script() -> None:
    assert pdf_text.runs("Budi 王 محمد") == [
        (LATIN.regular, "Budi "),
        (CJK.regular, "王 "),
        (ARABIC.regular, pdf_text.shape("محمد")),
    ]
    assert [font for font, _ in pdf_text.runs("Budi 王 محمد", bold=True)] == [
        LATIN.bold, CJK.bold, ARABIC.bold]


def test_punctuation_stays_in_its_run_when_the_font_has_it() -> None:
    assert pdf_text.runs("Siti, M.Sc.") == [(LATIN.regular, "Siti, M.Sc.")]
    # Droid Sans Fallback has no middle dot: it goes to the first font that has one.
    assert pdf_text.runs("王·明") == [(CJK.regular, "王"), (LATIN.regular, "·"),
                                     (CJK.regular, "明")]


def test_a_character_no_font_has_falls_back_to_the_latin_font() -> None:
    assert pdf_text.runs("ก") == [(LATIN.regular, "ก")]  # Thai is not bundled


def test_width_is_what_reportlab_measures_for_each_run() -> None:
    for text in [*SAMPLES.values(), "Budi 王 محمد ꦧꦸꦢꦶ"]:
        for bold in (False, True):
            expected = sum(pdfmetrics.stringWidth(part, font, 12)
                           for font, part in pdf_text.runs(text, bold))
            assert pdf_text.width(text, 12, bold) == pytest.approx(expected)


def test_decomposed_diacritics_are_composed_before_drawing() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert pdf_text.runs(decomposed) == [(LATIN.regular, "Nguyễn")]
    assert pdf_text.width(decomposed, 10) == pdf_text.width("Nguyễn", 10)


def test_draw_centred_centres_the_ink_on_the_point() -> None:
    for text in (SAMPLES["latin"], SAMPLES["chinese"], ARABIC_NAME, "Budi 王 محمد"):
        pdf = pdf_of(partial(pdf_text.draw_centred, x_centre=150, y=20, text=text, size=16,
                             bold=True))
        image = render(pdf, dpi=144)[0]
        box = ink(image).getbbox()
        assert box is not None, text
        centre_pt = (box[0] + box[2]) / 2 / 2  # 144 dpi: two pixels a point
        assert centre_pt == pytest.approx(150, abs=2), text


def test_draw_left_starts_at_x() -> None:
    pdf = pdf_of(lambda canvas: pdf_text.draw_left(canvas, 40, 20, "Budi 王 محمد", 16))
    box = ink(render(pdf, dpi=144)[0]).getbbox()
    assert box is not None
    assert box[0] / 2 == pytest.approx(40, abs=2)
    assert box[2] / 2 == pytest.approx(40 + pdf_text.width("Budi 王 محمد", 16), abs=2)


@pytest.mark.parametrize("script", list(SAMPLES))
def test_every_script_renders_ink_where_the_text_is(script: str) -> None:
    text = SAMPLES[script]
    pdf = pdf_of(lambda canvas: pdf_text.draw_left(canvas, 10, 20, text, 18))
    image = render(pdf, dpi=150)[0]
    box = ink(image).getbbox()
    assert box is not None
    left, top, right, bottom = (value * 72 / 150 for value in box)
    assert left == pytest.approx(10, abs=3)
    assert right <= 10 + pdf_text.width(text, 18) + 3
    assert PAGE[1] - bottom < 20 + 1 and PAGE[1] - top > 20 + 8  # around the baseline


def test_cjk_drawn_with_runs_differs_from_the_latin_fonts_missing_glyphs() -> None:
    """Regression for the original bug: DejaVu/Noto Sans draws 王小明 as .notdef boxes."""
    pdf_text.register_fonts()

    def with_latin_font(canvas: Canvas) -> None:
        canvas.setFont(LATIN.regular, 24)
        canvas.drawString(10, 20, CHINESE)

    def with_cjk_font(canvas: Canvas) -> None:
        canvas.setFont(CJK.regular, 24)
        canvas.drawString(10, 20, CHINESE)

    def with_runs(canvas: Canvas) -> None:
        pdf_text.draw_left(canvas, 10, 20, CHINESE, 24)

    boxes, cjk, drawn = (render(pdf_of(draw))[0] for draw in
                         (with_latin_font, with_cjk_font, with_runs))
    assert ImageChops.difference(ink(boxes), ink(drawn)).getbbox() is not None
    assert ImageChops.difference(ink(cjk), ink(drawn)).getbbox() is None


def test_fit_keeps_the_largest_size_that_fits() -> None:
    assert pdf_text.fit("Budi Santoso", 150, (16, 12), 2) == (16, ["Budi Santoso"])
    size, lines = pdf_text.fit("Budi Santoso", 70, (16, 12), 2)
    assert (size, lines) == (16, ["Budi", "Santoso"])


def test_fit_shortens_the_last_line_with_an_ellipsis_at_the_smallest_size() -> None:
    name = "Raden Mas Bagus Prawirodirjo Hadiningrat Kusumowardhani Suryokusumo"
    size, lines = pdf_text.fit(name, 80, (14, 10), 2)
    assert size == 10
    assert len(lines) == 2
    assert lines[-1].endswith(ELLIPSIS)
    assert all(pdf_text.width(line, size) <= 80 for line in lines)


def test_fit_breaks_chinese_without_spaces_between_characters() -> None:
    name = "欧阳娜娜司马相如诸葛孔明"
    size, lines = pdf_text.fit(name, 60, (12,), 4)
    assert "".join(lines) == name
    assert len(lines) > 1
    assert all(pdf_text.width(line, size) <= 60 for line in lines)


def test_fit_wraps_arabic_in_reading_order_before_shaping() -> None:
    size, lines = pdf_text.fit(ARABIC_NAME, 45, (14,), 3)
    # Logical lines: the first typed word comes first; each line is shaped when drawn.
    assert lines[0].startswith("محمد")
    assert " ".join(lines) == ARABIC_NAME
    assert all(pdf_text.width(line, size) <= 45 for line in lines)


def test_fit_does_not_start_a_line_with_a_combining_mark() -> None:
    word = "ꦧꦸꦢꦶ" * 6
    size, lines = pdf_text.fit(word, 40, (12,), 6)
    assert "".join(lines) == word
    assert all(unicodedata.category(line[0])[0] != "M" for line in lines)
    assert all(pdf_text.width(line, size) <= 40 for line in lines)


NAME_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ăâđêôơưệịọụỹÁÉÍÓÚàèìòùÇçÑñŋ"  # Vietnamese, Indonesian, Latin diacritics
    "王小明李嘉欣張偉欧阳娜司马相如诸葛孔"  # Chinese
    "محمدعبداللهفاطمةعليحسن"  # Arabic
    "ꦧꦸꦢꦶꦱꦭꦩꦺꦠ꧀ꦏꦿꦗꦤꦫ"  # Javanese
    "ДмитрийПетровЁжик"  # Cyrillic
    "0123456789"
    "     .,-'"
    "\u0301"  # a combining acute, typed after any letter
)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=NAME_ALPHABET, max_size=80),
       width=st.floats(min_value=40, max_value=300),
       sizes=st.lists(st.floats(min_value=6, max_value=24), min_size=1, max_size=4,
                      unique=True).map(lambda found: tuple(sorted(found, reverse=True))),
       max_lines=st.integers(min_value=1, max_value=4),
       bold=st.booleans())
def test_fit_never_returns_a_line_wider_than_the_width(text: str, width: float,
                                                       sizes: tuple[float, ...],
                                                       max_lines: int, bold: bool) -> None:
    size, lines = pdf_text.fit(text, width, sizes, max_lines, bold)

    assert size in sizes
    assert 1 <= len(lines) <= max_lines
    for line in lines:
        assert pdf_text.width(line, size, bold) <= width or len(line) == 1, line
    # Nothing is lost or invented: the lines hold the name's characters in order, or the
    # start of them and an ellipsis.
    written = "".join(unicodedata.normalize("NFC", text).split())
    shown = "".join("".join(lines).split())
    if shown.endswith(ELLIPSIS) and not written.endswith(ELLIPSIS):
        assert size == sizes[-1]
        assert written.startswith(shown.removesuffix(ELLIPSIS))
    else:
        assert shown == written


@pytest.mark.parametrize("text", ["\u200dلآ", "\u200cمحمد\u200d", "\u200d"])
def test_joiners_the_reshaper_trips_on_never_stop_a_pass(text: str) -> None:
    """arabic-reshaper raises IndexError on a run starting with a zero-width joiner."""
    shaped = pdf_text.shape(text)
    assert "\u200d" not in shaped or text == "\u200d"
    _size, lines = pdf_text.fit(text, 150, (16, 12), 2)
    assert lines


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(alphabet=NAME_ALPHABET, max_size=80),
                      st.text(alphabet="abcdefghijklmWXYZéüñ0123456789   .,-'", min_size=20,
                              max_size=120)),
       width=st.floats(min_value=40, max_value=300),
       size=st.floats(min_value=6, max_value=24),
       max_lines=st.integers(min_value=1, max_value=4),
       bold=st.booleans())
def test_fit_filling_the_last_line_loses_nothing_and_leaves_no_room(
        text: str, width: float, size: float, max_lines: int, bold: bool) -> None:
    """A schedule's box: the last line holds as much of the rest as fits, in Helvetica when
    the built-in fonts can draw the text, else in the bundled fonts."""
    text = unicodedata.normalize("NFC", text)
    font = pdf_text.BUILT_IN[bold] if pdf_text.built_in(text) else None

    def measure(line: str) -> float:
        return (pdfmetrics.stringWidth(line, font, size) if font
                else pdf_text.width(line, size, bold))

    _size, lines = pdf_text.fit(text, width, (size,), max_lines, bold, font=font, fill=True)
    assert 1 <= len(lines) <= max_lines
    assert all(measure(line) <= width or len(line) == 1 for line in lines)
    written = " ".join(text.split())
    if not lines[-1].endswith(ELLIPSIS):
        assert "".join(" ".join(lines).split()) == "".join(written.split())
        return
    # The lines are the text's start, in order, each broken at a space or inside a word.
    shown = lines[-1].removesuffix(ELLIPSIS)
    position = 0
    for line in [*lines[:-1], shown]:
        if written.startswith(" ", position) and not line.startswith(" "):
            position += 1
        assert written.startswith(line, position), (lines, written)
        position += len(line)
    after = written[position:].lstrip(" ")
    if font and shown and after:  # Helvetica's widths only grow: the longest prefix is exact
        start, next_letter = position - len(shown), len(written) - len(after)
        assert measure(written[start:next_letter + 1] + ELLIPSIS) > width


def test_fit_in_a_built_in_font_measures_with_that_font() -> None:
    title = "Pelatihan Pengolahan Keripik Singkong Angkatan 3"
    # Helvetica Bold is narrower than the bundled Noto Sans Bold: two whole lines, not three.
    assert pdf_text.fit(title, 130, (9,), 2, bold=True, font="Helvetica-Bold") == (
        9, ["Pelatihan Pengolahan Keripik", "Singkong Angkatan 3"])
    assert pdf_text.fit(title, 130, (9,), 2, bold=True) == (
        9, ["Pelatihan Pengolahan", "Keripik Singkong Angkata…"])
    _size, short = pdf_text.fit(title, 160, (9,), 1, font="Helvetica-Bold")
    _size, filled = pdf_text.fit(title, 160, (9,), 1, font="Helvetica-Bold", fill=True)
    assert short == ["Pelatihan Pengolahan Keripik…"]  # ends after the line's own words
    assert filled == ["Pelatihan Pengolahan Keripik Sing…"]  # holds all it can of the rest
    assert pdfmetrics.stringWidth(filled[0], "Helvetica-Bold", 9) <= 160


@pytest.mark.parametrize(("text", "built_in"), [
    ("Budi Santoso", True), ("Café Soto Betawi · 25 orang – “Rapat”", True), ("", True),
    ("Nguyễn Thị Minh Khai", False), ("王小明", False), ("محمد", False), ("Сергей", False),
])
def test_built_in_fonts_draw_cp1252_text_only(text: str, built_in: bool) -> None:
    assert pdf_text.built_in(text) is built_in
