"""`pa status` and `pa overdue` as text, JSON, CSV (Dutch Excel) or Markdown.

The stoplicht is always shown as a word, so it reads in black and white and for
colour-blind people; colour is added on a terminal only (never with NO_COLOR).
"""

from __future__ import annotations

from typing import Any, Callable

from pa_cli.base.fmt import aantal, dagen, datum_kort, datum_nl, md_cell, shorten
from pa_cli.base.safe_text import inline, json_text, spreadsheet_cell
from pa_cli.base.struct import Struct
from pa_cli.model.records import Partij
from pa_cli.query.stand import STOPLICHTEN, Actie, Stand, overdue_per_party
from pa_cli.show.term import Screen, paint, screen

__all__ = ["FORMATS", "EXTENSIONS", "status_output", "overdue_output"]

FORMATS = ("table", "json", "csv", "md")
EXTENSIONS = {"table": (".txt",), "json": (".json",), "csv": (".csv",), "md": (".md", ".markdown")}
CSV_KEYS = ("nr", "afspraak", "thema", "onderwerp", "actie", "trekker", "termijn", "uiterlijk",
            "status", "stoplicht", "dagen_te_laat", "agenda", "herkomst", "doorgeschoven",
            "agenda_concept", "vorige_termijn")
# new columns go last: a sheet that reads by position still works


def _licht(a: Actie) -> str:
    if a.doorgeschoven:
        return f"doorgeschoven naar {a.doorgeschoven}"
    return a.stoplicht or "leeg"


def _heading(s: Stand, what: str) -> str:
    parts = [f"{what} op {datum_nl(s.peildatum)}"]
    if s.agenda_label:
        parts.append(s.agenda_label)
    if s.verlenging:
        parts.append(s.verlenging)
    if s.gevraagd:
        parts.append("trekker " + s.gevraagd_namen())
    return inline(", ".join(parts))  # names from the data: one line, no controls


def _summary(s: Stand, acties: list[Actie]) -> str:
    n = sum(1 for a in acties if a.stoplicht)
    counts = s.tellingen(acties)
    lights = ", ".join(f"{counts[k]} {k}" for k in STOPLICHTEN)
    moved = sum(1 for a in acties if a.doorgeschoven)
    empty = len(acties) - n - moved
    extra = f"; {aantal(empty, 'lege rij', 'lege rijen')}" if empty else ""
    if moved:
        extra += f"; {moved} doorgeschoven (die tellen in de nieuwe agenda)"
    return (f"{aantal(n, 'actie', 'acties')}: {lights}{extra} (oranje: termijn binnen "
            f"{s.marge_weken} weken)")


# -- plain text -------------------------------------------------------------------------------

class _Column(Struct):  # not @dataclass: that module and its exec() cost start-up
    head: str
    value: Callable[[Actie], str]
    least: int = 0  # a long text: takes the room the others leave, cut to no less than this
    # how a cell fits a column narrower than its text (default: cut at a word with …)
    cut: Callable[[Actie, int], str] | None = None


def _termijn_cut(a: Actie, width: int) -> str:
    """A termijn too long for its column gives way to its uiterlijk date (10 characters),
    so that the deadline stays whole on the line: '1 februari 2027' -> '01-02-2027'."""
    if a.uiterlijk is not None and width >= len(datum_kort(a.uiterlijk)):
        return datum_kort(a.uiterlijk)
    return shorten(a.termijn_getoond, width)


def _trekker_cut(a: Actie, width: int) -> str:
    """Whole names, as many as fit, then 'e.a.': 'Gemeente e.a.', never 'Gemeente, C…'."""
    names = [inline(n) for n in a.trekker]
    for k in range(len(names) - 1, 0, -1):
        text = ", ".join(names[:k]) + " e.a."
        if len(text) <= width:
            return text
    return shorten(", ".join(names), width)


def _licht_cut(a: Actie, width: int) -> str:
    """'doorgeschoven naar 2024-2025' -> 'doorgeschoven' (the summary says where to)."""
    return "doorgeschoven" if a.doorgeschoven and width >= 13 else shorten(_licht(a), width)


_COLUMNS = (
    _Column("nr", lambda a: a.nr),
    _Column("onderwerp", lambda a: a.onderwerp or "", least=12),
    _Column("actie", lambda a: a.rij.actie or "", least=24),
    _Column("trekker", lambda a: ", ".join(a.trekker), cut=_trekker_cut),
    _Column("termijn", lambda a: a.termijn_getoond or "", cut=_termijn_cut),
    _Column("uiterlijk", lambda a: datum_kort(a.uiterlijk)),
    _Column("status", lambda a: a.status or ""),
    _Column("stoplicht", _licht, cut=_licht_cut),
    _Column("te laat", lambda a: dagen(a.dagen_te_laat)),
)
# When the table is wider than the terminal, the long texts give up their room first; when
# even their least does not fit, these steps follow one at a time, each only as far as needed:
# leave out a column (None), or narrow it to no less than a width. The uiterlijk repeats the
# termijn; the onderwerp summarises the actie; then the actie is cut further, before the
# deadline gives way to its date (10 characters) and the trekker to whole names with 'e.a.'
# (0: as narrow as that goes); a single long name is cut last.
_DATE = 10
_NARROWER: tuple[tuple[str, int | None], ...] = (
    ("uiterlijk", None), ("onderwerp", None), ("actie", 12), ("stoplicht", 13),
    ("termijn", _DATE), ("trekker", 0), ("actie", 10), ("trekker", 12))
_GAP = 2


def _trekker_least(acties: list[Actie]) -> int:
    """The narrowest trekker column in which each row keeps a whole name (see _trekker_cut)."""
    return max([len("trekker")] + [len(_trekker_cut(a, len(inline(a.trekker[0])) + 5))
                                   for a in acties if a.trekker])


def _widths(acties: list[Actie], width: int | None) -> dict[str, int]:
    """The width of each column shown, in order; the table fits `width` where it can."""
    natural = {c.head: max([len(c.head)] + [len(inline(c.value(a))) for a in acties])
               for c in _COLUMNS}
    if width is None:
        return natural
    least = {c.head: c.least for c in _COLUMNS if c.least}

    def excess() -> int:
        fixed = sum(min(w, least.get(h, w)) for h, w in natural.items())
        return fixed + _GAP * (len(natural) - 1) - width

    for head, floor in _NARROWER:
        if excess() <= 0:
            break
        if head not in natural:
            continue
        if floor is None:
            del natural[head]
        elif head in least:
            least[head] = floor
        else:
            floor = floor or _trekker_least(acties)
            natural[head] = max(min(natural[head], floor), natural[head] - excess())
    for c in _COLUMNS:  # a column cut to a shorter form needs only that form's width
        if c.cut and c.head in natural:
            natural[c.head] = max([len(c.head)] + [len(_cell(c, a, natural[c.head]))
                                                   for a in acties])
    texts = [c for c in _COLUMNS if c.head in natural and c.head in least]
    room = width - _GAP * (len(natural) - 1) - sum(
        w for h, w in natural.items() if h not in least)
    # the onderwerp gets up to two fifths of the room, the actie the rest (no less than its
    # least: then the line is wider than a very narrow terminal)
    first, *rest = texts
    share = {first.head: max(least[first.head], min(room * 2 // 5, room - sum(
        least[c.head] for c in rest)))} if rest else {}
    for c in rest or [first]:
        share[c.head] = max(least[c.head], room - sum(share.values()))
    spare = sum(max(share[c.head] - natural[c.head], 0) for c in texts)
    for c in texts:
        natural[c.head] = min(natural[c.head], share[c.head] + spare)
        spare -= max(natural[c.head] - share[c.head], 0)
    return natural


def _cell(c: _Column, a: Actie, width: int) -> str:
    text = inline(c.value(a))
    if len(text) <= width:
        return text
    return c.cut(a, width) if c.cut else shorten(text, width)


def _text_table(acties: list[Actie], out: Screen, indent: str = "") -> list[str]:
    """One line per action, as wide as the terminal (term_width) allows."""
    width, colour = out.width, out.colour
    widths = _widths(acties, None if width is None else width - len(indent))
    columns = [c for c in _COLUMNS if c.head in widths]
    texts = [[_cell(c, a, widths[c.head]) for c in columns] for a in acties]
    if out.terminal and width and not indent:
        from pa_cli.show.rich_out import status_table

        return status_table([c.head for c in columns], texts, [_licht(a) for a in acties],
                            widths).splitlines()
    rows = [[c.head for c in columns], *texts]
    sizes = [max(len(r[i]) for r in rows) for i in range(len(columns))]
    light = [c.head for c in columns].index("stoplicht")
    lines = []
    for i, row in enumerate(rows):
        cells = [c.ljust(sizes[j]) for j, c in enumerate(row)]
        if i and colour:
            a = acties[i - 1]
            cells[light] = paint(cells[light], a.stoplicht or "dim", True)
        line = indent + (" " * _GAP).join(cells).rstrip()
        lines.append(paint(line, "vet", colour) if i == 0 else line)
    return lines


def _prose(text: str, width: int | None) -> str:
    """A sentence under a table, wrapped at the table's width (term_width)."""
    import textwrap

    return text if width is None else textwrap.fill(text, max(width, 40))


def _status_text(s: Stand, out: Screen) -> str:
    lines = [_prose(_heading(s, s.kop), out.width), ""]
    if s.acties:
        lines += _text_table(s.acties, out)
    else:
        lines.append("Geen acties die aan deze selectie voldoen.")
    lines += ["", _prose(_summary(s, s.acties), out.width)]
    return "\n".join(lines)


# -- JSON, CSV, Markdown ----------------------------------------------------------------------

def _csv_value(v: Any) -> Any:
    """A list joined with commas, a yes/no in Dutch, None as an empty cell."""
    if isinstance(v, list):
        return ", ".join(v)
    if isinstance(v, bool):
        return "ja" if v else "nee"
    return "" if v is None else v


def _csv(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> str:
    """CSV for Dutch Excel; no cell of it is a formula (safe_text.spreadsheet_cell)."""
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(keys)
    for row in rows:
        writer.writerow([spreadsheet_cell(_csv_value(row[k])) for k in keys])
    return "\ufeff" + buf.getvalue()  # the BOM tells Excel it is UTF-8


def _md_table(acties: list[Actie]) -> list[str]:
    head = ["nr", "onderwerp", "actie", "trekker", "termijn", "uiterlijk", "status",
            "stoplicht", "te laat"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for a in acties:
        cells = [a.nr, a.onderwerp, a.rij.actie, ", ".join(a.trekker), a.termijn_getoond,
                 datum_nl(a.uiterlijk), a.status, _licht(a), dagen(a.dagen_te_laat)]
        lines.append("| " + " | ".join(md_cell(c) for c in cells) + " |")
    return lines


def _status_md(s: Stand) -> str:
    lines = [f"**{md_cell(_heading(s, s.kop))}**", ""]
    lines += _md_table(s.acties) if s.acties else ["Geen acties die aan deze selectie voldoen."]
    lines += ["", md_cell(_summary(s, s.acties))]
    return "\n".join(lines)


def status_output(s: Stand, fmt: str, out: Screen | None = None) -> str:
    """`pa status` in a format; `out` is where a table goes (default: standard output)."""
    if fmt == "json":
        return json_text([a.as_json() for a in s.acties])
    if fmt == "csv":
        return _csv([a.as_json() for a in s.acties], CSV_KEYS)
    if fmt == "md":
        return _status_md(s)
    return _status_text(s, out or screen())


# -- overdue ----------------------------------------------------------------------------------

def _party_heading(p: Partij, acties: list[Actie]) -> str:
    """'Huurdersorganisatie SHB: 2 acties te laat': a heading starts with a capital, whatever
    the case of the name as the document writes it ('huurdersorganisatie SHB')."""
    naam = inline(p.naam)
    return f"{naam[:1].upper()}{naam[1:]}: {aantal(len(acties), 'actie', 'acties')} te laat"


def overdue_output(s: Stand, fmt: str, out: Screen | None = None) -> str:
    """`pa overdue` in a format; `out` is where a table goes (default: standard output)."""
    groups = overdue_per_party(s)
    if fmt == "json":
        return json_text({
            "peildatum": s.peildatum.isoformat(),
            "partijen": [{"partij": p.naam, "kort": p.kort, "aantal": len(acties),
                          "acties": [a.as_json() for a in acties]} for p, acties in groups],
        })
    if fmt == "csv":
        rows = [{"partij": p.naam, **a.as_json()} for p, acties in groups for a in acties]
        return _csv(rows, ("partij", *CSV_KEYS))
    title = _heading(s, "Te laat")
    if fmt == "md":
        lines = [f"**{md_cell(title)}**"]
        for p, acties in groups:
            lines += ["", f"### {md_cell(_party_heading(p, acties))}", ""] + _md_table(acties)
    else:
        out = out or screen()
        lines = [_prose(title, out.width)]
        for p, acties in groups:
            lines += ["", paint(_party_heading(p, acties), "vet", out.colour)]
            lines += _text_table(acties, out, indent="  ")
    if not groups:
        lines += ["", "Niets te laat."]
    late = {id(a) for _, acties in groups for a in acties}
    summary = (f"{aantal(len(late), 'actie', 'acties')} te laat; per partij: "
               + (", ".join(f"{inline(p.kort)} {len(acties)}" for p, acties in groups) or "geen"))
    lines += ["", md_cell(summary) if fmt == "md" else _prose(summary, (out or screen()).width)]
    return "\n".join(lines)
