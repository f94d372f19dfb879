"""What the format readers share: a Cell with its place, a Table, limits, safe XML parsing.

load/workbook.py gives these to its callers; load/read_xlsx.py, read_ods.py and read_docx.py build
them. Kept apart so that the readers and the dispatcher do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterator

from pa_cli.base.fmt import getal
from pa_cli.load.untrusted_zip import MAX_ROWS, PackageRefused, refusal

__all__ = ["Cell", "Table", "PackageRefused", "refusal", "column_letter", "column_index",
           "sheet_table", "MAX_ROWS", "MAX_COLUMNS", "MAX_CELL_CHARS", "cell_text", "parse_xml",
           "too_many"]

MAX_COLUMNS = 200  # with MAX_ROWS (load/untrusted_zip.py) it bounds a sheet's cells
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell


@dataclass(frozen=True)
class Cell:
    """One cell: its text (lines joined by \\n), its typed value where the format gives one."""

    text: str
    place: str
    value: Any = None  # str, int, float, date, bool or None
    formula: bool = False
    merged: bool = False  # repeats the text of a vertically merged cell above


@dataclass
class Table:
    """One sheet or Word table: rows of cells, each row with its place (`agenda.xlsx:Blad1!7`)."""

    name: str  # the sheet's name, or "tabel 2"
    place: str  # "agenda.xlsx:Blad1", "agenda.docx: tabel 2"
    rows: list[list[Cell]] = field(default_factory=list)
    row_places: list[str] = field(default_factory=list)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int | None:
    """A -> 0, AA -> 26; None for what is no column (Excel's last column is XFD)."""
    letters = letters.strip().upper()
    if not letters.isascii() or not letters.isalpha() or len(letters) > 3:
        return None
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def cell_text(value: Any) -> str:
    """The text of a typed value as a person reads it: 2022, 1.5, 2022-10-01, ja/nee."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def sheet_table(name: str, place: str, cells: dict[int, dict[int, Cell]]) -> Table:
    """A sheet's table from its cells that hold something (1-based rows, 0-based columns)."""
    table = Table(name=name, place=place)
    for r in range(1, max(cells, default=0) + 1):
        row = cells.get(r, {})
        table.rows.append([row.get(c) or Cell("", f"{place}!{column_letter(c)}{r}")
                           for c in range(max(row, default=-1) + 1)])
        table.row_places.append(f"{place}!{r}")
    return table


def too_many(shown: str, place: str | None, what: str, limit: int) -> PackageRefused:
    return refusal(shown, place, "PA097", f"meer dan {getal(limit)} {what}; pa leest zo'n groot "
                   "blad niet. Zet alleen de agenda in een nieuw bestand en importeer dat")


def parse_xml(stream: Any, shown: str, part: str,
              events: tuple[str, ...] = ("start", "end")) -> Iterator[tuple[str, Any]]:
    """iterparse of a part that load/untrusted_zip.py checked (no DOCTYPE, so no entities);
    broken XML is a refusal of the file, naming the part."""
    import xml.etree.ElementTree as ET

    try:
        yield from ET.iterparse(stream, events=events)  # type: ignore[arg-type]
    except ET.ParseError as e:
        raise refusal(shown, part, "PA091", f"dit onderdeel is geen geldige XML ({e}); open het "
                      "bestand in Excel, Word of LibreOffice en sla het opnieuw op") from None
