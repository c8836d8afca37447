"""The Indonesian interface keeps to docs/GLOSSARY.md: no translation uses a word it says to avoid.

The word list lives in the glossary only: this test reads the "Avoid" column of its tables
(`` `X` `` is a word to avoid; `` `X` unless in `Y` `` allows X only as part of Y).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "GLOSSARY.md"
INDONESIAN = ROOT / "resources" / "translations" / "gic_id.ts"

#: Translations not (or no longer) shown: lupdate's new, obsolete and vanished entries.
SKIPPED_TYPES = frozenset({"unfinished", "obsolete", "vanished"})

#: One avoided word in a cell, with its optional exceptions: `X` unless in `Y` or `Z`.
AVOID_ITEM = re.compile(r"`([^`]+)`((?:\s*(?:unless in|or)\s*`[^`]+`)*)")
QUOTED = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class Rule:
    """A word or phrase to avoid, allowed only inside one of its exceptions."""

    avoid: str
    unless_in: tuple[str, ...]
    concept: str

    def pattern(self) -> re.Pattern[str]:
        # Whole words: a letter, digit, underscore or hyphen next to it makes it another word.
        return re.compile(rf"(?<![\w-]){re.escape(self.avoid)}(?![\w-])", re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        for allowed in self.unless_in:
            text = re.sub(re.escape(allowed), " ", text, flags=re.IGNORECASE)
        return self.pattern().search(text) is not None


@dataclass(frozen=True)
class Translation:
    context: str
    source: str
    text: str


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def rules_in_cell(cell: str, concept: str) -> list[Rule]:
    return [Rule(match.group(1), tuple(QUOTED.findall(match.group(2))), concept)
            for match in AVOID_ITEM.finditer(cell)]


def avoid_rules(markdown: str) -> list[Rule]:
    """The rules of every table in the glossary whose header has an "Avoid" column."""
    rules: list[Rule] = []
    avoid_column: int | None = None
    for line in markdown.splitlines():
        if not line.lstrip().startswith("|"):
            avoid_column = None  # a table ends at its first line that is not a row
            continue
        row = cells(line)
        if avoid_column is None:
            headers = [cell.lower() for cell in row]
            avoid_column = headers.index("avoid") if "avoid" in headers else -1
            continue
        if avoid_column < 0 or set("".join(row)) <= set("-: ") or avoid_column >= len(row):
            continue  # a table without an Avoid column, or the header's separator row
        rules += rules_in_cell(row[avoid_column], row[0])
    return rules


def translations(ts: Path) -> Iterator[Translation]:
    """Every shown Indonesian text, each numerus form on its own."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in SKIPPED_TYPES:
                continue
            source = message.findtext("source") or ""
            forms = translation.findall("numerusform")
            for text in [form.text or "" for form in forms] if forms else [translation.text or ""]:
                yield Translation(name, source, text)


def violations(ts: Path, rules: list[Rule]) -> list[str]:
    return [f"{t.context} | {t.source!r} -> {t.text!r}: avoid {rule.avoid!r} ({rule.concept})"
            for t in translations(ts) for rule in rules if rule.found_in(t.text)]


def test_the_glossary_has_words_to_avoid_in_both_areas() -> None:
    rules = avoid_rules(GLOSSARY.read_text(encoding="utf-8"))
    assert len(rules) > 20
    assert any(rule.unless_in for rule in rules)
    assert all(rule.avoid.strip() == rule.avoid and rule.avoid for rule in rules)


def test_no_indonesian_translation_uses_a_word_to_avoid() -> None:
    found = violations(INDONESIAN, avoid_rules(GLOSSARY.read_text(encoding="utf-8")))
    assert found == [], f"{len(found)} translation(s) break docs/GLOSSARY.md:\n" + "\n".join(found)


def test_floor_numbers_have_a_capital_lantai() -> None:
    """The glossary's "Lantai 5": a floor's number follows a capital L."""
    lower = re.compile(r"(?<![\w-])lantai (?:\d|%\d)")
    found = [f"{t.context} | {t.text!r}" for t in translations(INDONESIAN) if lower.search(t.text)]
    assert found == []


def test_an_exception_allows_the_word_only_inside_it() -> None:
    rule = Rule("pintu", ("pintu masuk",), "test")
    assert not rule.found_in("Lewat Pintu masuk utara")
    assert rule.found_in("Pintu masuk ada di kiri, pintu keluar di kanan")
    assert not rule.found_in("pintu-pintu")  # another word
    assert rule.found_in("Pintu.")


def test_the_parser_reads_avoid_cells_and_skips_tables_without_them() -> None:
    markdown = "\n".join([
        "| Concept | Avoid |", "|---|---|",
        "| Door | `pintu` unless in `pintu masuk` or `pintu darurat`, `gerbang` |",
        "", "| Concept | Note |", "|---|---|", "| Window | `jendela` |"])
    assert avoid_rules(markdown) == [Rule("pintu", ("pintu masuk", "pintu darurat"), "Door"),
                                     Rule("gerbang", (), "Door")]


def test_unfinished_and_vanished_entries_are_skipped(tmp_path: Path) -> None:
    ts = tmp_path / "sample.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="id_ID"><context>'
        "<name>X</name>"
        "<message><source>a</source><translation>satu</translation></message>"
        '<message><source>b</source><translation type="unfinished">dua</translation></message>'
        '<message><source>c</source><translation type="vanished">tiga</translation></message>'
        '<message numerus="yes"><source>%n d</source><translation>'
        "<numerusform>%n empat</numerusform><numerusform>%n lima</numerusform>"
        "</translation></message></context></TS>", encoding="utf-8")
    assert [t.text for t in translations(ts)] == ["satu", "%n empat", "%n lima"]


def test_the_printed_card_uses_the_glossary_s_words_too() -> None:
    """The card's purposes are printed from the domain (no Qt there), not from the .ts."""
    from kiosk.passes.layout import PURPOSE_LABELS

    rules = avoid_rules(GLOSSARY.read_text(encoding="utf-8"))
    found = [f"{purpose}: {indonesian!r} avoids {rule.avoid!r}"
             for purpose, (indonesian, _) in PURPOSE_LABELS.items()
             for rule in rules if rule.found_in(indonesian)]
    assert found == []
