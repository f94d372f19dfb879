"""Read the sheets of an .xlsx file with the standard library: streamed, bounded, nothing evaluated.

Measured before choosing (see the commit): python-calamine is fast but allocates the whole used
range of a sheet at once, so one cell at XFD1048576 in an 8 KB file aborts the process; openpyxl
costs 120 ms to import and 70 ms per 500 rows. Streaming the sheet XML ourselves keeps memory to
the cells that hold something, reads 500 rows in a few milliseconds and takes a formula's stored
value. Cells below a vertical merge repeat the merged text, as in load/read_docx.py.
"""

from __future__ import annotations

import posixpath
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from pa_cli.load.cells import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    Table,
    cell_text,
    column_index,
    column_letter,
    parse_xml,
    sheet_table,
    too_many,
)
from pa_cli.load.untrusted_zip import Package, open_package

__all__ = ["read_xlsx"]

_M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"^([A-Za-z]{1,3})([0-9]{1,7})$")
# Excel's built-in number formats that show a date or time
_DATE_FORMATS = set(range(14, 23)) | set(range(45, 48)) | set(range(27, 37)) | set(range(50, 59))

def _is_date_code(code: str) -> bool:
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code)
    return bool(re.search(r"[dmyhsDMYHS]", code)) and "General" not in code


def _target(base: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target))


def _rels(z: Package, part: str) -> dict[str, str]:
    rels_part = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    if not z.has(rels_part):
        return {}
    out: dict[str, str] = {}
    for event, el in parse_xml(z.stream(rels_part), z.shown, rels_part, ("end",)):
        if el.tag == _REL + "Relationship" and el.get("TargetMode") != "External":
            out[el.get("Id", "")] = _target(part, el.get("Target", ""))
    return out


def _shared_strings(z: Package, part: str | None) -> list[str]:
    if not part or not z.has(part):
        return []
    strings: list[str] = []
    for event, el in parse_xml(z.stream(part), z.shown, part, ("end",)):
        if el.tag == _M + "si":
            texts = [t.text or "" for t in el.iter(_M + "t")]
            # phonetic runs (rPh) hold a reading aid, not the text
            phonetic = {id(t) for r in el.iter(_M + "rPh") for t in r.iter(_M + "t")}
            strings.append("".join(t.text or "" for t in el.iter(_M + "t") if id(t) not in phonetic)
                           if phonetic else "".join(texts))
            el.clear()
            if len(strings) > MAX_ROWS * MAX_COLUMNS:
                raise too_many(z.shown, part, "teksten", MAX_ROWS * MAX_COLUMNS)
    return strings


def _date_styles(z: Package, part: str | None) -> set[int]:
    if not part or not z.has(part):
        return set()
    custom: dict[int, str] = {}
    dated: set[int] = set()
    in_xfs, index = False, 0
    for event, el in parse_xml(z.stream(part), z.shown, part):
        if event == "start" and el.tag == _M + "cellXfs":
            in_xfs = True
        elif event == "end" and el.tag == _M + "cellXfs":
            in_xfs = False
        elif event == "end" and el.tag == _M + "numFmt":
            custom[int(el.get("numFmtId", "0") or 0)] = el.get("formatCode", "")
        elif event == "end" and el.tag == _M + "xf" and in_xfs:
            fmt = int(el.get("numFmtId", "0") or 0)
            if fmt in _DATE_FORMATS or (fmt in custom and _is_date_code(custom[fmt])):
                dated.add(index)
            index += 1
    return dated


def _serial_date(serial: float, base: date) -> date | datetime:
    moment = datetime(base.year, base.month, base.day) + timedelta(days=serial)
    return moment.date() if moment.time() == datetime.min.time() else moment


def read_xlsx(path: Path, shown: str) -> list[Table]:
    with open_package(path, "xlsx", shown) as z:
        rels = _rels(z, "xl/workbook.xml")
        sheets: list[tuple[str, str]] = []
        base = date(1899, 12, 30)
        for event, el in parse_xml(z.stream("xl/workbook.xml"), shown, "xl/workbook.xml", ("end",)):
            if el.tag == _M + "sheet":
                target = rels.get(el.get(_R + "id", ""))
                if target and z.has(target):
                    sheets.append((el.get("name", ""), target))
            elif el.tag == _M + "workbookPr" and el.get("date1904") in ("1", "true"):
                base = date(1904, 1, 1)
        by_type = {t.rsplit("/", 1)[-1]: t for t in rels.values()}
        strings = _shared_strings(z, by_type.get("sharedStrings.xml"))
        dated = _date_styles(z, by_type.get("styles.xml"))
        return [_sheet(z, name, part, strings, dated, base) for name, part in sheets]


def _sheet(z: Package, name: str, part: str, strings: list[str], dated: set[int],
           base: date) -> Table:
    shown = z.shown
    place = f"{shown}:{name}"
    cells: dict[int, dict[int, Cell]] = {}
    merges: list[tuple[int, int, int, int]] = []
    row_no, col_no = 0, -1
    data: Any = None
    for event, el in parse_xml(z.stream(part), shown, part):
        tag = el.tag
        if event == "start":
            if tag == _M + "sheetData":
                data = el
            elif tag == _M + "row":
                r = el.get("r")
                row_no = int(r) if r and r.isdigit() else row_no + 1
                col_no = -1
            continue
        if tag == _M + "c":
            ref = _REF.match(el.get("r", ""))
            if ref:
                col_no = column_index(ref.group(1)) or 0
                row_no = int(ref.group(2))
            else:
                col_no += 1
            cell = _cell(el, strings, dated, base, f"{place}!", row_no, col_no)
            el.clear()
            if cell is None:
                continue
            if row_no > MAX_ROWS:
                raise too_many(shown, name, "rijen", MAX_ROWS)
            if col_no >= MAX_COLUMNS:
                raise too_many(shown, name, "kolommen", MAX_COLUMNS)
            cells.setdefault(row_no, {})[col_no] = cell
        elif tag == _M + "row":
            el.clear()
            if data is not None:  # a million empty rows must not stay in memory as elements
                data.remove(el)
        elif tag == _M + "mergeCell":
            m = re.match(r"^([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)$", el.get("ref", ""))
            if m:
                c1, c2 = column_index(m.group(1)), column_index(m.group(3))
                if c1 is not None and c2 is not None:
                    merges.append((int(m.group(2)), c1, int(m.group(4)), c2))
    for top, left, bottom, _right in merges:
        origin = cells.get(top, {}).get(left)
        if origin is None:
            continue
        for r in range(top + 1, min(bottom, MAX_ROWS) + 1):
            cells.setdefault(r, {})[left] = Cell(origin.text, f"{place}!{column_letter(left)}{r}",
                                                 origin.value, origin.formula, merged=True)
    return sheet_table(name, place, cells)


def _cell(el: Any, strings: list[str], dated: set[int], base: date, prefix: str,
          row_no: int, col_no: int) -> Cell | None:
    kind = el.get("t", "n")
    v = el.find(_M + "v")
    raw = v.text if v is not None else None
    formula = el.find(_M + "f") is not None
    value: Any
    if kind == "inlineStr":
        is_ = el.find(_M + "is")
        value = "".join(t.text or "" for t in is_.iter(_M + "t")) if is_ is not None else None
    elif raw is None:
        value = None
    elif kind == "s":
        try:
            value = strings[int(raw)]
        except (ValueError, IndexError):
            value = None
    elif kind == "b":
        value = raw.strip() in ("1", "true")
    elif kind in ("str", "e"):
        value = raw
    elif kind == "d":
        try:
            value = datetime.fromisoformat(raw.strip())
            if value.time() == datetime.min.time():
                value = value.date()
        except ValueError:
            value = raw
    else:
        try:
            number = float(raw)
        except ValueError:
            value = raw
        else:
            style = int(el.get("s", "0") or 0)
            if style in dated and 0 <= number < 2_958_466:
                value = _serial_date(number, base)
            else:
                value = int(number) if number.is_integer() and abs(number) < 1e15 else number
    if value is None or value == "":  # a formula without a stored value: the caller says so
        return Cell("", f"{prefix}{column_letter(col_no)}{row_no}", None, True) if formula else None
    text = cell_text(value) if not isinstance(value, str) else value
    text = text.replace("\r\n", "\n").replace("_x000D_", "")[:MAX_CELL_CHARS]
    return Cell(text, f"{prefix}{column_letter(col_no)}{row_no}", value, formula)
