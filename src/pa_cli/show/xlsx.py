"""`pa export`: the agendas and the stand as a real Excel workbook, for the colleagues outside
the werkgroep.

One sheet per agenda, its rows as the YAML has them (`pa import agenda` reads such a sheet back
to the same rows), and a sheet "Stand" with every action of the peildatum's agenda, its
stoplicht as a word and a fill colour. Dates are Excel dates, the header row is frozen and has
filters, each column is as wide as its text (long texts wrap).

A text is always a string cell (`t="inlineStr"`), never a formula, whatever it starts with:
openpyxl makes a formula of a text that starts with '=', so every text cell gets data_type
's' after its value is set, and a text that a spreadsheet would take for a formula when typed
again ('=', '+', '-', '@', tab, CR, see safe_text.spreadsheet_cell) gets Excel's quote prefix
as well. Nothing is prefixed to the text itself: the workbook holds the data's own words.
openpyxl is imported here only, when the command runs.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, Iterable

from pa_cli.base.fmt import datum_nl
from pa_cli.base.safe_text import spreadsheet_cell
from pa_cli.model.records import Agenda, Rij
from pa_cli.query.stand import Actie, Stand

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["workbook", "AGENDA_HEADINGS", "STAND_HEADINGS", "STAND_SHEET", "FILLS", "DATE_FORMAT",
           "sheet_name"]

STAND_SHEET = "Stand"
# The headings `pa import agenda` recognises (issue 19: Nr., Onderwerp, Actie, Trekker, Termijn,
# Status) and Toelichting; Uiterlijk is extra, for the reader; Hoort bij afspraak carries a row's
# `afspraak:` (where its number does not name its afspraak) back through pa import.
AGENDA_HEADINGS = ("Nr.", "Onderwerp", "Actie", "Trekker", "Termijn", "Uiterlijk", "Status",
                   "Toelichting", "Hoort bij afspraak")
STAND_HEADINGS = ("Agenda", "Nr.", "Onderwerp", "Actie", "Trekker", "Termijn", "Uiterlijk",
                  "Status", "Stoplicht", "Dagen te laat", "Toelichting")
# Excel's own light fills for bad, neutral and good, and a grey: readable in black and white
# too, since the stoplicht is also written as a word.
FILLS = {"rood": "FFC7CE", "oranje": "FFEB9C", "groen": "C6EFCE", "grijs": "D9D9D9"}
DATE_FORMAT = "dd-mm-yyyy"
_MAX_WIDTH = 60  # characters; a longer text wraps
_MIN_WIDTH = 6
_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})  # not allowed in a sheet's name


def sheet_name(agenda: Agenda, taken: Iterable[str]) -> str:
    """The sheet of an agenda: its years ("2022-2023"), else its titel; at most 31 characters,
    none of []:*?/\\, unique (without regard to case, as Excel compares)."""
    base = (agenda.jaren or agenda.titel or "Agenda").translate(_FORBIDDEN).strip("'") or "Agenda"
    base = base[:31]
    used = {t.casefold() for t in taken}
    name, n = base, 2
    while name.casefold() in used or name.casefold() == STAND_SHEET.casefold():
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    return name


def _agenda_row(rij: Rij) -> list[Any]:
    t = rij.termijn
    return [rij.nr, rij.onderwerp, rij.actie, ", ".join(rij.trekker) or None,
            t.tekst if t else None, t.uiterlijk if t else None, rij.status, rij.toelichting,
            rij.afspraak]


def _stand_row(a: Actie) -> list[Any]:
    licht = f"doorgeschoven naar {a.doorgeschoven}" if a.doorgeschoven else a.stoplicht
    return [a.agenda.jaren or a.agenda.titel, a.nr, a.onderwerp, a.rij.actie,
            ", ".join(a.trekker) or None, a.termijn_getoond, a.uiterlijk, a.status, licht,
            a.dagen_te_laat, a.toelichting]


def workbook(agendas: list[Agenda], s: Stand) -> bytes:
    """The workbook's bytes: a sheet per agenda, then the stand on s.peildatum."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    moment = datetime.combine(s.peildatum, time(12))
    wb.properties.creator = "pa"
    wb.properties.created = wb.properties.modified = moment  # the peildatum's, not the clock's
    names: list[str] = []
    for agenda in agendas:
        names.append(sheet_name(agenda, names))
        ws = wb.create_sheet(names[-1])
        _table(ws, 1, AGENDA_HEADINGS, [_agenda_row(r) for r in agenda.rijen])
    ws = wb.create_sheet(STAND_SHEET)
    title = f"Stand op {datum_nl(s.peildatum)}"
    if s.agenda_label:
        title += f", {s.agenda_label}"
    ws.cell(1, 1).value = title
    ws.cell(1, 1).data_type = "s"
    rows = [_stand_row(a) for a in s.acties if a.rij.is_actie]
    _table(ws, 2, STAND_HEADINGS, rows)
    _colour(ws, 2, STAND_HEADINGS.index("Stoplicht") + 1, len(rows))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _table(ws: Worksheet, head: int, headings: tuple[str, ...], rows: list[list[Any]]) -> None:
    """Headings in row `head` (bold, frozen, with filters), the rows below them."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    widths = [len(h) + 3 for h in headings]  # room for the filter button
    for c, h in enumerate(headings, 1):
        cell = ws.cell(head, c)
        cell.value, cell.data_type, cell.font = h, "s", bold
    for r, values in enumerate(rows, head + 1):
        for c, value in enumerate(values, 1):
            if value is None or value == "":
                continue
            cell = ws.cell(r, c)
            _put(cell, value)
            widths[c - 1] = max(widths[c - 1], _width(value))
            cell.alignment = wrap if isinstance(value, str) and _wraps(value) else top
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = min(max(width, _MIN_WIDTH), _MAX_WIDTH)
    last = get_column_letter(len(headings))
    ws.freeze_panes = ws.cell(head + 1, 1)
    ws.auto_filter.ref = f"A{head}:{last}{head + max(len(rows), 1)}"
    # printed: landscape, as wide as the page, the headings on every page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{head}:{head}"


def _put(cell: Any, value: Any) -> None:
    """A value in a cell: a date as an Excel date, a number as a number, anything else as
    text that is never a formula."""
    if isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, int) and not isinstance(value, bool):
        cell.value = value
    else:
        text = _legal(str(value))
        cell.value = text
        cell.data_type = "s"  # openpyxl took a text starting with '=' for a formula
        if spreadsheet_cell(text) != text:
            cell.quotePrefix = True  # retyped in Excel, it stays text


def _legal(text: str) -> str:
    """XML 1.0 has no place for most control characters; validated data holds none (PA005),
    but a workbook must never fail to be written: each becomes U+FFFD. A CR is read back from
    XML as a line break, so it is written as one."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)


def _width(value: Any) -> int:
    if isinstance(value, date):
        return 12
    return max((len(line) for line in str(value).split("\n")), default=0) + 2


def _wraps(text: str) -> bool:
    return "\n" in text or len(text) + 2 > _MAX_WIDTH


def _colour(ws: Worksheet, head: int, column: int, n: int) -> None:
    """The stoplicht cell filled with its colour."""
    from openpyxl.styles import PatternFill

    fills = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in FILLS.items()}
    for r in range(head + 1, head + 1 + n):
        cell = ws.cell(r, column)
        if cell.value in fills:
            cell.fill = fills[cell.value]
