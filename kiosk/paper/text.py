"""Visitors' names in any script on a PDF page: Latin (with Vietnamese and Indonesian marks),
Cyrillic, Greek, Arabic, Hebrew, Javanese, Chinese, Japanese and Korean.

reportlab draws a string in one font, left to right, one glyph per character. That is not enough
for a name like 王小明 (DejaVu has no CJK: missing-glyph boxes) or محمد (Arabic letters must join
and read right to left). So this module:

* shapes right-to-left text before drawing: arabic-reshaper picks each Arabic letter's joined
  form (the Unicode presentation forms, which the Arabic font maps), python-bidi puts the
  characters in visual order;
* draws each character with the first bundled font that has a glyph for it, as runs of
  same-font characters, so one name may mix Noto Sans, Noto Sans Arabic and Droid Sans Fallback.

Every function takes text as typed (logical order) and shapes it itself: callers never handle
shaped strings, and :func:`fit` wraps before shaping, so an Arabic name's lines stay in reading
order. Results are cached per string, because a pass measures the same few strings at several
sizes and then draws them.

This is also the one place that decides when PDF's built-in Helvetica can draw a text instead
(:func:`built_in`: cp1252, no font to embed) and that fits text into a box with an ellipsis
(:func:`fit`), for passes, invitation slips and schedules alike.

The fonts live in ``resources/fonts`` (see its README.md); they are TrueType with glyf outlines
because reportlab can only embed those (not CFF-flavoured OpenType such as Noto Sans CJK).

Limits: there is no OpenType layout (GSUB/GPOS). Arabic and Hebrew are fine for names (Arabic
vowel marks are dropped); Javanese gets its letters, vowel signs and the one reordering a name
needs most (taling before its consonant), but not the stacked pasangan forms: a consonant
cluster shows its pangkon instead. Indic and Thai scripts are not bundled and fall back to the
Latin font's missing-glyph box.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

# Neither package ships type information: their two calls below are wrapped in str().
from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]
from bidi import get_display  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk import paths

FONT_DIR: Final = paths.RESOURCES / "fonts"

ELLIPSIS: Final = "…"


@dataclass(frozen=True)
class FontFamily:
    """A bundled font family and the names its faces are registered under with reportlab.

    A family without a bold design (Droid Sans Fallback) registers one face and draws bold text
    with it: a regular-weight Chinese name beside bold Latin is better than no name.
    """

    regular: str
    bold: str
    regular_file: str
    bold_file: str | None = None

    def name(self, bold: bool) -> str:
        return self.bold if bold else self.regular


LATIN: Final = FontFamily("PassText-Latin", "PassText-Latin-Bold",
                          "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
ARABIC: Final = FontFamily("PassText-Arabic", "PassText-Arabic-Bold",
                           "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
HEBREW: Final = FontFamily("PassText-Hebrew", "PassText-Hebrew-Bold",
                           "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf")
JAVANESE: Final = FontFamily("PassText-Javanese", "PassText-Javanese-Bold",
                             "NotoSansJavanese-Regular.ttf", "NotoSansJavanese-Bold.ttf")
#: Chinese and Japanese (all 20,902 CJK Unified Ideographs, kana) and Korean (all Hangul
#: syllables). Not the "Full" build: it draws the same ideographs but has no Hangul.
CJK: Final = FontFamily("PassText-CJK", "PassText-CJK", "DroidSansFallback.ttf")

#: The order in which fonts are asked for a glyph: Latin first, so digits and punctuation look
#: the same on every pass; the large CJK font last.
FAMILIES: Final = (LATIN, ARABIC, HEBREW, JAVANESE, CJK)

# Letters that need bidi reordering (Hebrew, Arabic and its supplements, presentation forms).
_RTL: Final = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# What arabic-reshaper reshapes: Arabic letters, marks and presentation forms, and ZWJ.
_ARABIC_RUN: Final = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff"
                                "\ufe70-\ufeff\u200d]+")
# Characters that keep the font of the run they are in, if it has them (spaces, punctuation,
# combining marks, joiners): a space or a comma must not split a name into extra runs.
_NEUTRAL_CATEGORIES: Final = frozenset("ZPMC")
_JOINERS: Final = frozenset("\u200c\u200d")
# Javanese: the vowel signs written before their consonant, the signs that may stand between
# the two (cecak telu, keret, pengkal, cakra), and the range of letters.
_JAVANESE_PREBASE: Final = frozenset("\ua9ba\ua9bb")
_JAVANESE_MEDIALS: Final = frozenset("\ua9b3\ua9bd\ua9be\ua9bf")
_JAVANESE_FIRST_LETTER: Final = "\ua984"
_JAVANESE_LAST_LETTER: Final = "\ua9b2"

# Harakat (vowel marks) are dropped, the reshaper's default: without GPOS they would sit
# anywhere; names are written without them.
_RESHAPER: Final = ArabicReshaper()


@cache
def register_fonts() -> None:
    """Register every bundled face with reportlab, once per process.

    Loading the fonts parses their tables (0.15 to 0.2 s, most of it the CJK font): call this
    at start-up, away from the first pass, if that matters.
    """
    for family in FAMILIES:
        files = {family.regular: family.regular_file,
                 family.bold: family.bold_file or family.regular_file}
        for name, file in files.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


@dataclass(frozen=True, eq=False)
class _Face:
    """A registered face's glyph coverage and advance widths (1/1000 em), read once."""

    name: str
    has: frozenset[int]  # code points mapped to a real glyph (not .notdef)
    widths: dict[int, float]  # reportlab's own table, so widths match what it draws
    default: float


@cache
def _faces(bold: bool) -> tuple[_Face, ...]:
    register_fonts()
    faces = []
    for family in FAMILIES:
        name = family.name(bold)
        face = pdfmetrics.getFont(name).face
        has = frozenset(cp for cp, glyph in face.charToGlyph.items() if glyph)
        faces.append(_Face(name, has, face.charWidths, face.defaultWidth))
    return tuple(faces)


# Per character: (keeps the current run's font, first face with a glyph). Grows with the
# distinct characters seen, a few thousand at most.
_CHARS: Final[dict[bool, dict[str, tuple[bool, _Face]]]] = {False: {}, True: {}}


def _char(ch: str, bold: bool) -> tuple[bool, _Face]:
    known = _CHARS[bold].get(ch)
    if known is None:
        faces = _faces(bold)
        code = ord(ch)
        face = next((f for f in faces if code in f.has), faces[0])
        known = (unicodedata.category(ch)[0] in _NEUTRAL_CATEGORIES, face)
        _CHARS[bold][ch] = known
    return known


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """``text`` as it is drawn left to right: for text with Arabic or Hebrew letters, joined
    Arabic presentation forms in visual order; any other text is returned unchanged.

    Takes logical (typed) order only: shaping an already shaped string reverses it again.
    """
    if not _RTL.search(text):
        return text
    return str(get_display(_ARABIC_RUN.sub(_reshaped_run, text)))


def _reshaped_run(match: re.Match[str]) -> str:
    return _reshape(match.group())


@lru_cache(maxsize=4096)
def _reshape(run: str) -> str:
    """One run of Arabic characters reshaped, cached: the reshaper costs tens of microseconds
    a call (it reads its settings each time), and fit() measures a name's growing prefixes, which
    share their words. Reshaping runs alone is the same as reshaping the whole text: joining
    and the enabled ligatures never reach across a space or a non-Arabic character.

    arabic-reshaper 3.0 raises IndexError on a run that starts with a zero-width joiner
    (found by hypothesis: "\u200dلآ"). Joiners only steer joining, so the run is retried without
    them; should the reshaper fail even then, the letters are drawn unjoined: a pass must never
    fail to print because of a name."""
    try:
        return str(_RESHAPER.reshape(run))
    except (IndexError, KeyError, ValueError):
        plain = run.replace("\u200d", "").replace("\u200c", "")
        try:
            return str(_RESHAPER.reshape(plain))
        except (IndexError, KeyError, ValueError):
            return plain


def _visual(text: str) -> str:
    # Composed form: a name typed with combining marks (e + U+0302 + U+0301) draws with the
    # font's designed ệ rather than marks stacked without positioning.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return shape(_javanese_prebase(text))


def _javanese_prebase(text: str) -> str:
    """Move each Javanese taling (and dirga mure) before its consonant, where it is written:
    Unicode stores it after, and only a shaping engine would reorder it (ꦱꦭꦩꦺꦠ꧀, Slamet,
    would otherwise read "Slam-taling-t")."""
    if not _JAVANESE_PREBASE.intersection(text):
        return text
    chars = list(text)
    for i in range(len(chars)):
        if chars[i] in _JAVANESE_PREBASE:
            j = i - 1
            while j >= 0 and chars[j] in _JAVANESE_MEDIALS:
                j -= 1
            if j >= 0 and _JAVANESE_FIRST_LETTER <= chars[j] <= _JAVANESE_LAST_LETTER:
                chars.insert(j, chars.pop(i))
    return "".join(chars)


@lru_cache(maxsize=4096)
def _layout(visual: str, bold: bool) -> tuple[tuple[tuple[_Face, str], ...], float]:
    """The same-font runs of an already shaped string and its advance in 1/1000 em."""
    found: list[tuple[_Face, str]] = []
    current: _Face | None = None
    start = 0
    total = 0.0
    for i, ch in enumerate(visual):
        neutral, face = _char(ch, bold)
        code = ord(ch)
        if neutral and current is not None and code in current.has:
            face = current
        elif face is not current:
            if current is not None:
                found.append((current, visual[start:i]))
            current, start = face, i
        total += face.widths.get(code, face.default)
    if current is not None:
        found.append((current, visual[start:]))
    return tuple(found), total


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` shaped and split into ``(font name, substring)`` runs, left to right, as drawn.

    Each character goes to the first font in :data:`FAMILIES` with a glyph for it; spaces,
    punctuation and marks stay in the current run when its font has them. A character no font
    has goes to the Latin font (and shows as its missing-glyph box).
    """
    return [(face.name, part) for face, part in _layout(_visual(text), bold)[0]]


def width(text: str, size: float, bold: bool = False) -> float:
    """The drawn width of ``text`` in points: the sum of its runs' widths after shaping."""
    return _layout(_visual(text), bold)[1] * size / 1000


def draw_left(canvas: Canvas, x: float, y: float, text: str, size: float,
              bold: bool = False) -> None:
    """Draw ``text`` with its left end at ``x`` and its baseline at ``y``."""
    found, _ = _layout(_visual(text), bold)
    _draw(canvas, x, y, found, size)


def draw_centred(canvas: Canvas, x_centre: float, y: float, text: str, size: float,
                 bold: bool = False) -> None:
    """Draw ``text`` centred on ``x_centre``, baseline at ``y``, in the canvas's fill colour."""
    found, advance = _layout(_visual(text), bold)
    _draw(canvas, x_centre - advance * size / 2000, y, found, size)


def _draw(canvas: Canvas, x: float, y: float, found: tuple[tuple[_Face, str], ...],
          size: float) -> None:
    if not found:
        return
    # One text object for all runs: reportlab advances by its own widths, the same table
    # _layout measured with, so centring is exact.
    text = canvas.beginText(x, y)
    for face, part in found:
        text.setFont(face.name, size)
        text.textOut(part)
    canvas.drawText(text)


#: PDF's built-in fonts, which every viewer and printer has: text they can draw needs no
#: embedded font, and a page without one is several times faster to make.
BUILT_IN: Final = ("Helvetica", "Helvetica-Bold")


@lru_cache(maxsize=8192)
def built_in(text: str) -> bool:
    """Whether the built-in fonts can draw ``text``: their encoding is cp1252, which holds
    nearly all Indonesian text."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width :func:`draw_text` draws ``text`` at: Helvetica's when it can draw it, else
    the bundled fonts' (:func:`width`)."""
    if built_in(text):
        return float(pdfmetrics.stringWidth(text, BUILT_IN[bold], size))
    return width(text, size, bold)


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float,
              bold: bool = False) -> None:
    """``text`` with its left end at ``x``: in Helvetica when it can, else a font per script."""
    if not text:
        return
    if built_in(text):
        canvas.setFont(BUILT_IN[bold], size)
        canvas.drawString(x, y, text)
    else:
        draw_left(canvas, x, y, text, size, bold)


def fit(text: str, width: float, sizes: tuple[float, ...], max_lines: int,
        bold: bool = False, *, font: str | None = None,
        fill: bool = False) -> tuple[float, list[str]]:
    """The largest of ``sizes`` at which ``text`` wraps into at most ``max_lines`` lines no wider
    than ``width``; if none, the smallest size with the last line shortened with an ellipsis:
    after that line's own words, or with ``fill`` after as much of the rest of the text as the
    line holds (a schedule's box shows every letter it can; a name on a pass ends its line).

    Lines break at spaces; a word wider than a line (a long Latin name, Chinese without spaces)
    breaks between characters, not before a combining mark unless its cluster alone is too wide.
    Only a single character wider than ``width`` can make a line wider than ``width``.

    Measured with the bundled fonts, a font per script, as :func:`width` does; with ``font``
    (a registered font's name: Helvetica for text :func:`built_in` accepts) in that one font,
    as ``canvas.drawString`` draws it.

    Lines are returned in logical order, unshaped: pass them to :func:`draw_centred` or
    :func:`draw_left`, which shape each line, so a wrapped Arabic name reads in the right order
    line by line.
    """
    if not sizes or max_lines < 1:
        raise ValueError("fit needs at least one size and one line")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    lines: list[str] = []
    for size in sizes:
        fits = _measure(width, size, bold, font)
        lines = _wrap(text, fits)
        if len(lines) <= max_lines:
            return size, lines
    last = _rest(text, lines, max_lines - 1) if fill else lines[max_lines - 1]
    return sizes[-1], [*lines[:max_lines - 1], _shorten(last, fits)]


def _measure(width: float, size: float, bold: bool, font: str | None) -> Callable[[str], bool]:
    """Whether a line fits ``width``: the same arithmetic as drawing it, so a line that fits
    here measures as fitting there."""
    if font is not None:
        return lambda line: pdfmetrics.stringWidth(line, font, size) <= width
    return lambda line: _layout(_visual(line), bold)[1] * size / 1000 <= width


def _wrap(text: str, fits: Callable[[str], bool]) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if fits(candidate):
            current = candidate
            continue
        if current:
            lines.append(current)
        while word and not fits(word):
            cut = _longest_fitting(word, "", fits)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


def _rest(text: str, lines: list[str], kept: int) -> str:
    """The text left after the first ``kept`` of its wrapped ``lines``: each line is the next
    piece of the text, after one space where it broke between words."""
    rest = " ".join(text.split())
    for line in lines[:kept]:
        rest = rest[len(line):]
        if rest.startswith(" "):
            rest = rest[1:]
    return rest


def _breaks(text: str) -> list[int]:
    """Where ``text`` may be broken between characters: not before a combining mark (a vowel
    sign, a tone mark) and not beside a joiner, so no line starts with a detached mark."""
    return [i for i in range(1, len(text))
            if unicodedata.category(text[i])[0] != "M"
            and text[i] not in _JOINERS and text[i - 1] not in _JOINERS]


def _longest_fitting(text: str, suffix: str, fits: Callable[[str], bool]) -> int:
    """The longest break position ``i`` (at least 1) at which ``text[:i] + suffix`` fits.

    Bisection, and every answer but the last resort has been measured, so widths that shaping
    makes not quite monotonic cost a few characters of line, never an overflow. When not even
    the first cluster fits (a letter carrying a pile of marks), any character boundary will do:
    a detached mark beats a line running off the pass.
    """
    for positions in (_breaks(text), range(1, len(text))):
        low, high, best = 0, len(positions) - 1, 0
        while low <= high:
            middle = (low + high) // 2
            if fits(text[:positions[middle]].rstrip() + suffix):
                best = positions[middle]
                low = middle + 1
            else:
                high = middle - 1
        if best:
            return best
    return 1


def _shorten(line: str, fits: Callable[[str], bool]) -> str:
    if fits(line + ELLIPSIS):
        return line + ELLIPSIS
    cut = _longest_fitting(line, ELLIPSIS, fits)
    shortened = line[:cut].rstrip() + ELLIPSIS
    return shortened if fits(shortened) else ELLIPSIS
