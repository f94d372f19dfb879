"""Read a Word document (.docx) with the standard library: its tables, and its paragraphs in order.

A table's cells keep their lines (one per paragraph; a list item gets "- " as pa writes it).
A cell continuing a vertical merge (a thema or onderwerp spanning rows) repeats the merged text,
as a reader of the printed table sees it; a cell spanning columns stands in its first column.
Deleted text of tracked changes, field codes and comments are not the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pa_cli.load.cells import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    Table,
    parse_xml,
    too_many,
)
from pa_cli.load.untrusted_zip import open_package

__all__ = ["read_docx", "Paragraph"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {_W + "delText", _W + "instrText", _MC + "Fallback", _W + "commentReference",
         _W + "footnoteReference", _W + "endnoteReference"}


@dataclass(frozen=True)
class Paragraph:
    """A paragraph outside the tables: its text, style (e.g. "Heading2") and place."""

    text: str
    style: str
    numbered: bool
    place: str


def _text(el: Any) -> str:
    parts: list[str] = []
    for child in el:
        tag = child.tag
        if tag in _SKIP or tag == _W + "pPr" or tag == _W + "rPr":
            continue
        if tag == _W + "t":
            parts.append(child.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append(_text(child))
    return "".join(parts)


def _numbered(p: Any) -> bool:
    ppr = p.find(_W + "pPr")
    return ppr is not None and ppr.find(_W + "numPr") is not None


def _style(p: Any) -> str:
    ppr = p.find(_W + "pPr")
    style = ppr.find(_W + "pStyle") if ppr is not None else None
    return style.get(_W + "val", "") if style is not None else ""


def _cell_text(tc: Any) -> str:
    lines = []
    for p in tc.iter(_W + "p"):
        line = _text(p)
        lines.append(f"- {line}" if _numbered(p) and line.strip() else line)
    return "\n".join(lines)[:MAX_CELL_CHARS]


def _prop(tc: Any, name: str) -> Any:
    tcpr = tc.find(_W + "tcPr")
    return tcpr.find(_W + name) if tcpr is not None else None


def _table(tbl: Any, number: int, shown: str) -> Table:
    place = f"{shown}: tabel {number}"
    table = Table(name=f"tabel {number}", place=place)
    above: dict[int, Cell] = {}  # grid column -> the cell a vertical merge continues
    for r, tr in enumerate(tbl.findall(_W + "tr"), start=1):
        if r > MAX_ROWS:
            raise too_many(shown, f"tabel {number}", "rijen", MAX_ROWS)
        row_place = f"{place}, rij {r}"
        trpr = tr.find(_W + "trPr")
        before = trpr.find(_W + "gridBefore") if trpr is not None else None
        col = int(before.get(_W + "val", "0")) if before is not None else 0
        row: list[Cell] = [Cell("", f"{row_place}, kolom {c + 1}") for c in range(col)]
        for tc in tr.findall(_W + "tc"):
            span_el = _prop(tc, "gridSpan")
            span = max(1, int(span_el.get(_W + "val", "1"))) if span_el is not None else 1
            if col + span > MAX_COLUMNS:
                raise too_many(shown, f"tabel {number}", "kolommen", MAX_COLUMNS)
            merge = _prop(tc, "vMerge")
            cell_place = f"{row_place}, kolom {col + 1}"
            continues = merge is not None and merge.get(_W + "val", "continue") == "continue"
            if continues and col in above:
                origin = above[col]
                cell = Cell(origin.text, cell_place, origin.value, merged=True)
            else:
                text = _cell_text(tc)
                cell = Cell(text, cell_place, text)
                above[col] = cell
            row.append(cell)
            row.extend(Cell("", f"{row_place}, kolom {c + 1}") for c in range(col + 1, col + span))
            col += span
        table.rows.append(row)
        table.row_places.append(row_place)
    return table


def read_docx(path: Path, shown: str) -> list[Table | Paragraph]:
    """The document's tables and the paragraphs between them, in order."""
    with open_package(path, "docx", shown) as z:
        blocks: list[Table | Paragraph] = []
        depth, tables, paragraphs = 0, 0, 0
        for event, el in parse_xml(z.stream("word/document.xml"), shown, "word/document.xml"):
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if depth != 2:  # w:document > w:body > (w:p | w:tbl)
                continue
            if el.tag == _W + "tbl":
                tables += 1
                blocks.append(_table(el, tables, shown))
            elif el.tag == _W + "p":
                paragraphs += 1
                blocks.append(Paragraph(_text(el)[:MAX_CELL_CHARS], _style(el), _numbered(el),
                                        f"{shown}: alinea {paragraphs}"))
            el.clear()
        return blocks
