"""Read the tables of a workbook or document from outside: .xlsx, .ods, .docx and .csv.

`read_tables(path)` gives every table of the file (a sheet, a Word table) as rows of Cells, each
with its place in the source as a person would look for it: `agenda.xlsx:Blad1!D7`,
`agenda.docx: tabel 2, rij 5, kolom 3`, `agenda.csv:7, kolom D`. A cell's text keeps its lines
("\\n" between paragraphs); a date cell gives its date; a formula gives the value the file stored
(pa evaluates nothing; a formula without one is a Cell with `formula` and no text). A cell below
a vertical merge repeats the merged text (`merged`), as a reader of the printed table sees it.
What pa will not read is one PackageRefused, whose Problem names the file and the place.

Used by `pa import` and by `pa export`'s round trip; imported only by those commands. The format
readers are load/read_xlsx.py, load/read_ods.py and load/read_docx.py (sharing load/cells.py);
a zip is checked first by load/untrusted_zip.py.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from pa_cli.load.cells import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    PackageRefused,
    Table,
    cell_text,
    column_index,
    column_letter,
    refusal,
    too_many,
)
from pa_cli.load.untrusted_zip import MACRO_SUFFIXES, MAX_FILE, open_package

__all__ = ["Cell", "Table", "read_tables", "read_csv", "PackageRefused", "column_letter",
           "column_index", "cell_text", "FORMATS", "MAX_ROWS", "MAX_COLUMNS"]

FORMATS = (".xlsx", ".ods", ".docx", ".csv")


def read_tables(path: Path, shown: str | None = None) -> list[Table]:
    """Every table of the file; PackageRefused for what pa will not read (format, size, macros)."""
    shown = shown or path.name
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:  # refused by name, with the format to save it as
        open_package(path, "docx" if suffix.startswith(".d") else "xlsx", shown).close()
    if suffix == ".xlsx":
        from pa_cli.load.read_xlsx import read_xlsx

        return read_xlsx(path, shown)
    if suffix == ".ods":
        from pa_cli.load.read_ods import read_ods

        return read_ods(path, shown)
    if suffix == ".docx":
        from pa_cli.load.read_docx import read_docx

        return [t for t in read_docx(path, shown) if isinstance(t, Table)]
    if suffix == ".csv":
        return [read_csv(path, shown)]
    if suffix in (".xls", ".doc"):
        new = ".xlsx" if suffix == ".xls" else ".docx"
        raise refusal(shown, None, "PA090", f"pa leest het oude {suffix}-formaat niet; sla het "
                      f"bestand op als {new}")
    raise refusal(shown, None, "PA090", f"pa leest {', '.join(FORMATS)}; sla het bestand in een "
                  "van die formaten op")


def _decode(data: bytes, shown: str) -> str:
    """UTF-8 with or without BOM, else Windows-1252 (what Excel writes on Dutch Windows)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as e:
        raise refusal(shown, None, "PA090", f"de tekst is geen UTF-8 en geen Windows-1252 (byte "
                      f"{e.start + 1}); sla het bestand op als CSV UTF-8") from None


def _delimiter(text: str) -> str:
    """';' (Dutch Excel), ',' or a tab: whichever splits the first lines most evenly and often."""
    sample = text[:20_000].splitlines()[:20]
    best, score = ";", -1
    for d in (";", ",", "\t"):
        counts = [len(next(csv.reader([line], delimiter=d))) for line in sample if line.strip()]
        if not counts:
            continue
        s = max(counts) if counts.count(max(counts)) > len(counts) // 2 else min(counts)
        if s > score:
            best, score = d, s
    return best


def read_csv(path: Path, shown: str) -> Table:
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise refusal(shown, None, "PA094", f"het bestand is {size // 2**20} MB; een agenda "
                          "als CSV is veel kleiner")
        data = path.read_bytes()
    except OSError as e:
        raise refusal(shown, None, "PA091",
                      f"het bestand is niet te lezen ({e.strerror})") from None
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        what = "een werkmap of document" if data.startswith(b"PK") else "geen tekst"
        raise refusal(shown, None, "PA090", f"dit is {what}, geen CSV; geef het de juiste "
                      "extensie of sla de agenda op als CSV")
    text = _decode(data, shown)
    table = Table(name=path.stem, place=shown)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    start = 1
    try:
        for record in reader:
            if len(table.rows) >= MAX_ROWS:
                raise too_many(shown, None, "rijen", MAX_ROWS)
            if len(record) > MAX_COLUMNS:
                raise too_many(shown, str(start), "kolommen", MAX_COLUMNS)
            place = f"{shown}:{start}"
            table.row_places.append(place)
            table.rows.append([
                Cell(v.replace("\r\n", "\n")[:MAX_CELL_CHARS],
                     f"{place}, kolom {column_letter(i)}", v)
                for i, v in enumerate(record)])
            start = reader.line_num + 1
    except csv.Error as e:
        raise refusal(shown, str(start), "PA091", f"de CSV is hier niet te lezen ({e})") from None
    return table
