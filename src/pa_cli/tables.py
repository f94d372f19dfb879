"""`pa status` and `pa overdue` as text, JSON, CSV (Dutch Excel) or Markdown.

The stoplicht is always shown as a word, so it reads in black and white and for
colour-blind people; colour is added on a terminal only (never with NO_COLOR).
"""

from __future__ import annotations

import shutil
from typing import Any, Callable

from pa_cli.fmt import aantal, dagen, datum_kort, datum_nl, md_cell, shorten
from pa_cli.model import Partij
from pa_cli.query import STOPLICHTEN, Actie, Stand, overdue_per_party
from pa_cli.term import paint, use_colour

__all__ = ["FORMATS", "status_output", "overdue_output"]

FORMATS = ("table", "json", "csv", "md")
CSV_KEYS = ("nr", "afspraak", "thema", "onderwerp", "actie", "trekker", "termijn", "uiterlijk",
            "status", "stoplicht", "dagen_te_laat")


def _licht(a: Actie) -> str:
    return a.stoplicht or "leeg"


def _heading(s: Stand, what: str) -> str:
    parts = [f"{what} op {datum_nl(s.peildatum)}"]
    if s.verlenging:
        parts.append(s.verlenging)
    if s.gevraagd:
        parts.append("trekker " + s.gevraagd_namen())
    return ", ".join(parts)


def _summary(s: Stand, acties: list[Actie]) -> str:
    n = sum(1 for a in acties if a.stoplicht)
    counts = s.tellingen(acties)
    lights = ", ".join(f"{counts[k]} {k}" for k in STOPLICHTEN)
    empty = len(acties) - n
    extra = f"; {aantal(empty, 'lege rij', 'lege rijen')}" if empty else ""
    return (f"{aantal(n, 'actie', 'acties')}: {lights}{extra} (oranje: termijn binnen "
            f"{s.marge_weken} weken)")


# -- plain text -------------------------------------------------------------------------------

_COLUMNS: list[tuple[str, Callable[[Actie], str], int]] = [
    ("nr", lambda a: a.nr, 0),
    ("onderwerp", lambda a: a.onderwerp or "", 28),
    ("actie", lambda a: a.rij.actie or "", 44),
    ("trekker", lambda a: ", ".join(a.trekker), 0),
    ("termijn", lambda a: a.termijn or "", 0),
    ("uiterlijk", lambda a: datum_kort(a.uiterlijk), 0),
    ("status", lambda a: a.status or "", 0),
    ("stoplicht", _licht, 0),
    ("te laat", lambda a: dagen(a.dagen_te_laat), 0),
]


def _text_table(acties: list[Actie], colour: bool, indent: str = "") -> list[str]:
    width = shutil.get_terminal_size((160, 24)).columns  # COLUMNS, the terminal, or 160
    # the two long columns share what is left of the terminal after the others
    fixed = sum(max([len(h)] + [len(f(a)) for a in acties]) + 2
                for h, f, w in _COLUMNS if not w)
    room = max(width - fixed - len(indent), 40)
    widths = {"onderwerp": max(room * 2 // 5 - 2, 12), "actie": max(room * 3 // 5 - 2, 20)}
    rows = [[h for h, _, _ in _COLUMNS]]
    for a in acties:
        rows.append([shorten(f(a), widths[h]) if w else f(a) for h, f, w in _COLUMNS])
    sizes = [max(len(r[i]) for r in rows) for i in range(len(_COLUMNS))]
    lines = []
    for i, row in enumerate(rows):
        cells = [c.ljust(sizes[j]) for j, c in enumerate(row)]
        if i and colour:
            a = acties[i - 1]
            cells[-2] = paint(cells[-2], a.stoplicht or "dim", True)
        line = indent + "  ".join(cells).rstrip()
        lines.append(paint(line, "vet", colour) if i == 0 else line)
    return lines


def _status_text(s: Stand) -> str:
    colour = use_colour()
    lines = [_heading(s, "Stand"), ""]
    if s.acties:
        lines += _text_table(s.acties, colour)
    else:
        lines.append("Geen acties die aan deze selectie voldoen.")
    lines += ["", _summary(s, s.acties)]
    return "\n".join(lines)


# -- JSON, CSV, Markdown ----------------------------------------------------------------------

def _csv(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> str:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(keys)
    for row in rows:
        writer.writerow([", ".join(v) if isinstance(v, list) else ("" if v is None else v)
                         for v in (row[k] for k in keys)])
    return "\ufeff" + buf.getvalue()  # the BOM tells Excel it is UTF-8


def _md_table(acties: list[Actie]) -> list[str]:
    head = ["nr", "onderwerp", "actie", "trekker", "termijn", "uiterlijk", "status",
            "stoplicht", "te laat"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for a in acties:
        cells = [a.nr, a.onderwerp, a.rij.actie, ", ".join(a.trekker), a.termijn,
                 datum_nl(a.uiterlijk), a.status, _licht(a), dagen(a.dagen_te_laat)]
        lines.append("| " + " | ".join(md_cell(c) for c in cells) + " |")
    return lines


def _status_md(s: Stand) -> str:
    lines = [f"**{md_cell(_heading(s, 'Stand'))}**", ""]
    lines += _md_table(s.acties) if s.acties else ["Geen acties die aan deze selectie voldoen."]
    lines += ["", md_cell(_summary(s, s.acties))]
    return "\n".join(lines)


def status_output(s: Stand, fmt: str) -> str:
    if fmt == "json":
        import json

        return json.dumps([a.as_json() for a in s.acties], ensure_ascii=False, indent=2)
    if fmt == "csv":
        return _csv([a.as_json() for a in s.acties], CSV_KEYS)
    if fmt == "md":
        return _status_md(s)
    return _status_text(s)


# -- overdue ----------------------------------------------------------------------------------

def _party_heading(p: Partij, acties: list[Actie]) -> str:
    n = len(acties)
    return f"{p.naam}: {aantal(n, 'actie', 'acties')} te laat"


def overdue_output(s: Stand, fmt: str) -> str:
    groups = overdue_per_party(s)
    if fmt == "json":
        import json

        return json.dumps({
            "peildatum": s.peildatum.isoformat(),
            "partijen": [{"partij": p.naam, "kort": p.kort, "aantal": len(acties),
                          "acties": [a.as_json() for a in acties]} for p, acties in groups],
        }, ensure_ascii=False, indent=2)
    if fmt == "csv":
        rows = [{"partij": p.naam, **a.as_json()} for p, acties in groups for a in acties]
        return _csv(rows, ("partij", *CSV_KEYS))
    title = _heading(s, "Te laat")
    if fmt == "md":
        lines = [f"**{md_cell(title)}**"]
        for p, acties in groups:
            lines += ["", f"### {md_cell(_party_heading(p, acties))}", ""] + _md_table(acties)
    else:
        colour = use_colour()
        lines = [title]
        for p, acties in groups:
            lines += ["", paint(_party_heading(p, acties), "vet", colour)]
            lines += _text_table(acties, colour, indent="  ")
    if not groups:
        lines += ["", "Niets te laat."]
    late = {id(a) for _, acties in groups for a in acties}
    lines += ["", f"{aantal(len(late), 'actie', 'acties')} te laat; per partij: "
              + (", ".join(f"{p.kort} {len(acties)}" for p, acties in groups) or "geen")]
    return "\n".join(lines)
