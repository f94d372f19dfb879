"""Read the sheets of an .ods file (OpenDocument) with the standard library, streamed and bounded.

LibreOffice writes a sheet's unused area as one row repeated a million times: repeats of an empty
row or cell only move the position, only cells that hold something are kept. A formula gives the
value the file stored (office:value); nothing is evaluated. Cells covered by a vertical merge
repeat the merged text, as in load/read_docx.py.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from pa_cli.load.cells import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    Table,
    cell_text,
    column_letter,
    parse_xml,
    sheet_table,
    too_many,
)
from pa_cli.load.untrusted_zip import Package, open_package

__all__ = ["read_ods", "paragraph_text"]

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def paragraph_text(p: Any) -> str:
    """The text of a text:p or text:h: spaces (text:s), tabs and line breaks as written."""
    parts = [p.text or ""]
    for child in p:
        tag = child.tag
        if tag == _X + "s":
            parts.append(" " * min(int(child.get(_X + "c", "1") or 1), 1000))
        elif tag == _X + "tab":
            parts.append("\t")
        elif tag == _X + "line-break":
            parts.append("\n")
        elif tag in (_O + "annotation", _X + "note"):
            pass  # a comment or footnote is not the cell's text
        else:
            parts.append(paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _int(el: Any, name: str) -> int:
    try:
        return max(1, int(el.get(name, "1")))
    except ValueError:
        return 1


def read_ods(path: Path, shown: str) -> list[Table]:
    with open_package(path, "ods", shown) as z:
        return _tables(z)


def _value(cell: Any) -> Any:
    kind = cell.get(_O + "value-type")
    try:
        if kind in ("float", "percentage", "currency"):
            number = float(cell.get(_O + "value", ""))
            return int(number) if number.is_integer() and abs(number) < 1e15 else number
        if kind == "date":
            moment = datetime.fromisoformat(cell.get(_O + "date-value", ""))
            return moment.date() if moment.time() == datetime.min.time() else moment
        if kind == "boolean":
            return cell.get(_O + "boolean-value") == "true"
    except ValueError:
        return None
    return None


def _tables(z: Package) -> list[Table]:
    shown = z.shown
    tables: list[Table] = []
    stack: list[Any] = []
    name = ""
    cells: dict[int, dict[int, Cell]] = {}
    spans: dict[int, tuple[Cell, int]] = {}  # column -> (origin, last row of its vertical merge)
    row_no, col_no = 0, 0
    for event, el in parse_xml(z.stream("content.xml"), shown, "content.xml"):
        tag = el.tag
        if event == "start":
            stack.append(el)
            if tag == _T + "table":
                name, cells, spans, row_no = el.get(_T + "name", ""), {}, {}, 0
            elif tag == _T + "table-row":
                row_no, col_no = row_no + 1, 0
            continue
        stack.pop()
        if tag in (_T + "table-cell", _T + "covered-table-cell"):
            repeat = _int(el, _T + "number-columns-repeated")
            lines = [paragraph_text(p) for p in el if p.tag in (_X + "p", _X + "h")]
            text = "\n".join(lines)[:MAX_CELL_CHARS]
            value = _value(el)
            if text or value is not None:
                if row_no > MAX_ROWS:
                    raise too_many(shown, name, "rijen", MAX_ROWS)
                if col_no + repeat > MAX_COLUMNS:
                    raise too_many(shown, name, "kolommen", MAX_COLUMNS)
                for c in range(col_no, col_no + repeat):
                    place = f"{shown}:{name}!{column_letter(c)}{row_no}"
                    # a date or yes/no as pa writes it; a number or text as the sheet shows it
                    typed = isinstance(value, (date, bool))
                    shown_text = cell_text(value) if typed else (text or cell_text(value))
                    cell = Cell(shown_text, place, value if value is not None else text,
                                formula=el.get(_T + "formula") is not None)
                    cells.setdefault(row_no, {})[c] = cell
                    rows_spanned = _int(el, _T + "number-rows-spanned")
                    if rows_spanned > 1:
                        spans[c] = (cell, row_no + rows_spanned - 1)
            else:
                for c in range(col_no, min(col_no + repeat, MAX_COLUMNS)):
                    origin = spans.get(c)
                    if origin and row_no <= origin[1]:
                        o = origin[0]
                        at = f"{shown}:{name}!{column_letter(c)}{row_no}"
                        cells.setdefault(row_no, {})[c] = Cell(o.text, at, o.value, o.formula, True)
            col_no += repeat
            el.clear()
        elif tag == _T + "table-row":
            repeat = _int(el, _T + "number-rows-repeated")
            row = cells.get(row_no)
            if row and repeat > 1:  # a row that holds something, written once for several rows
                if row_no + repeat - 1 > MAX_ROWS:
                    raise too_many(shown, name, "rijen", MAX_ROWS)
                for r in range(row_no + 1, row_no + repeat):
                    cells[r] = {c: Cell(x.text, f"{shown}:{name}!{column_letter(c)}{r}",
                                        x.value, x.formula) for c, x in row.items()}
            el.clear()
            if stack:
                stack[-1].remove(el)
            row_no += repeat - 1
        elif tag == _T + "table":
            tables.append(sheet_table(name, f"{shown}:{name}", cells))
            el.clear()
    return tables
