"""Which column of an imported table means what: the header row and its Dutch headings.

Gemeenten head their agenda's columns in many ways ("Nr.", "Onderwerp(en)", "Afspraak",
"Trekker /datum", "Wanneer"); `find_header` looks for the first row whose cells name at least
two of pa's fields and maps each field to its column. One heading may name two fields:
"Trekker /datum" holds "Gemeente, najaar 2022", which `split_trekker_termijn` splits. `--kolom
actie=C` (a column letter, or a heading as written) overrides what a heading says.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pa_cli.base.exits import UsageProblem
from pa_cli.load.workbook import Cell, Table, column_index, column_letter

__all__ = ["FIELDS", "Header", "find_header", "parse_kolom", "split_trekker_termijn",
           "heading_key", "COMBINED"]

FIELDS = ("nr", "onderwerp", "actie", "trekker", "termijn", "status", "toelichting", "afspraak")
COMBINED = "trekker+termijn"

# Headings found in practice, by field (compared after heading_key: case, dots, "(en)" and
# spaces do not matter).
_HEADINGS = {
    "nr": ("nr", "nummer", "no", "nr afspraak", "afspraaknummer", "#"),
    "onderwerp": ("onderwerp", "onderwerpen", "thema onderwerp", "titel"),
    "actie": ("actie", "acties", "afspraak", "afspraken", "afspraak bespreken", "wat",
              "uitvoeringsafspraak", "omschrijving", "activiteit", "actiepunt"),
    "trekker": ("trekker", "trekkers", "verantwoordelijke", "verantwoordelijk", "wie",
                "eigenaar", "partij", "kartrekker"),
    "termijn": ("termijn", "planning", "wanneer", "datum", "deadline", "gereed", "tijdpad",
                "periode"),
    "status": ("status", "stand"),
    "toelichting": ("toelichting", "opmerking", "opmerkingen", "stand van zaken", "voortgang",
                    "toelichting status"),
    # the afspraak a row belongs to where its number does not say it (pa export writes it)
    "afspraak": ("hoort bij afspraak", "bij afspraak"),
}
_BY_HEADING = {h: field for field, hs in _HEADINGS.items() for h in hs}


def heading_key(text: str) -> str:
    """'Onderwerp(en)' -> 'onderwerp', 'Nr.' -> 'nr', 'Trekker /datum' -> 'trekker/datum'."""
    key = text.casefold().replace("(en)", "").replace("(s)", "")
    key = re.sub(r"[.:*]", "", key)
    key = re.sub(r"\s*([/&+])\s*", r"\1", key)
    return " ".join(key.split())


def _meaning(text: str) -> str | None:
    """The field a heading names, COMBINED for 'Trekker /datum', or None."""
    key = heading_key(text)
    if key in _BY_HEADING:
        return _BY_HEADING[key]
    parts = re.split(r"/|&|\+| en ", key)
    if len(parts) == 2:
        fields = {_BY_HEADING.get(p.strip()) for p in parts}
        if fields == {"trekker", "termijn"}:
            return COMBINED
    return None


class Header(NamedTuple):
    """The header row of a table and what each of its columns means."""

    row: int  # index into table.rows
    columns: dict[str, int]  # field (or COMBINED) -> column index
    headings: dict[int, str]  # column index -> its heading as written


def parse_kolom(specs: list[str]) -> dict[str, str]:
    """`--kolom actie=C` (or `actie=Wat te doen`) -> {field: column letter or heading}."""
    out: dict[str, str] = {}
    names = ", ".join((*FIELDS, "trekker/termijn"))
    for spec in specs:
        field, sep, column = spec.partition("=")
        field = field.strip().casefold()
        field = COMBINED if field in ("trekker/termijn", COMBINED) else field
        if not sep or not column.strip():
            raise UsageProblem(f"--kolom '{spec}' heeft niet de vorm VELD=KOLOM; schrijf "
                               "bijvoorbeeld --kolom actie=C of --kolom 'actie=Wat te doen'")
        if field not in (*FIELDS, COMBINED):
            raise UsageProblem(f"--kolom '{spec}': onbekend veld '{field}'; kies uit: {names}")
        out[field] = column.strip()
    return out


def _override(table: Table, row: list[Cell], spec: str) -> int | None:
    """The column a `--kolom` value names in this header row: a heading as written, else a
    column letter (a heading wins: a column headed 'Wie' is not column W)."""
    for i, cell in enumerate(row):
        if cell.text.strip() and heading_key(cell.text) == heading_key(spec):
            return i
    return column_index(spec) if re.fullmatch(r"[A-Za-z]{1,3}", spec) else None


def find_header(table: Table, kolom: dict[str, str]) -> Header | None:
    """The first of the table's first 30 rows that names at least two fields (or all the
    `--kolom` columns), with `--kolom` applied; None if there is none."""
    for index, row in enumerate(table.rows[:30]):
        columns: dict[str, int] = {}
        for i, cell in enumerate(row):
            meaning = _meaning(cell.text) if cell.text.strip() else None
            if meaning and meaning not in columns and not cell.merged:
                columns[meaning] = i
        if len(columns) < 2 and not kolom:
            continue
        for field, spec in kolom.items():
            at = _override(table, row, spec)
            if at is None:
                break
            for other, i in list(columns.items()):
                if i == at:
                    del columns[other]
            columns[field] = at
        else:
            if COMBINED in columns and ("trekker" in kolom or "termijn" in kolom):
                del columns[COMBINED]
            if len(columns) >= 2 and ("actie" in columns or "onderwerp" in columns):
                headings = {i: row[i].text.strip() if i < len(row) else column_letter(i)
                            for i in columns.values()}
                return Header(index, columns, headings)
    return None


# "Gemeente, najaar 2022", "Corporaties en gemeente, 2022/2023": who, then when after the
# last comma that is followed by something with a year, a month or a season word
_WHEN = re.compile(r"\d|\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|"
                   r"oktober|november|december|voorjaar|najaar|zomer|winter|medio|eind|begin|"
                   r"kwartaal|jaarlijks|doorlopend|vast te stellen)\b", re.IGNORECASE)


def split_trekker_termijn(text: str) -> tuple[str, str]:
    """'Gemeente, najaar 2022' -> ('Gemeente', 'najaar 2022'); 'Gemeente' -> ('Gemeente', '');
    '2023' -> ('', '2023'). A line break before the when is a comma
    ("Gemeente\\nnajaar 2022"), elsewhere a space ("Corporaties en\\ngemeente")."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    flat = lines[0] if lines else ""
    for before, line in zip(lines, lines[1:]):  # a line that starts the when is a comma
        starts = _WHEN.search(line.split(",")[0]) and not _WHEN.search(before)
        flat += (", " if starts else " ") + line
    flat = re.sub(r"\s*(,\s*)+", ", ", " ".join(flat.split())).strip(" ,")
    if not flat:
        return "", ""
    parts = flat.split(", ")
    for cut, part in enumerate(parts):
        if _WHEN.search(part):
            return ", ".join(parts[:cut]), ", ".join(parts[cut:])
    return flat, ""
