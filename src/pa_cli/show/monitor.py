"""`pa monitor` as text, JSON, CSV (Dutch Excel) or Markdown.

As with the stoplicht of the actions, the verdict is always a word; colour is
added on a terminal only.
"""

from __future__ import annotations

from typing import Callable

from pa_cli.base.fmt import aantal, datum_nl, md_cell, shorten
from pa_cli.base.safe_text import inline, json_text
from pa_cli.query.monitor import (
    GEEN_METING,
    LICHTEN,
    Monitor,
    Regel,
    doel_tekst,
    getal,
    meting_tekst,
    wanneer,
)
from pa_cli.show.fit import GAP, fit, natural, table_lines
from pa_cli.show.tables import _csv, _prose
from pa_cli.show.term import paint, screen

__all__ = ["FORMATS", "monitor_output", "COLUMNS", "meting_tekst", "wanneer"]

FORMATS = ("table", "json", "csv", "md")
CSV_KEYS = ("indicator", "afspraak", "naam", "reeks", "eenheid", "richting", "jaar", "peildatum",
            "waarde", "bron", "doel", "doel_tekst", "doel_herkomst", "stoplicht", "toelichting")


def licht(r: Regel) -> str:
    return r.stoplicht or "–"


COLUMNS: list[tuple[str, Callable[[Regel], str]]] = [
    ("afspraak", lambda r: r.indicator.afspraak),
    ("id", lambda r: r.indicator.id),  # what pa meet needs
    ("indicator", lambda r: r.indicator.naam),
    ("reeks", lambda r: r.reeks),
    ("meting", meting_tekst),
    ("jaar", wanneer),
    ("doel", doel_tekst),
    ("stoplicht", licht),
    ("toelichting", lambda r: r.toelichting),
]


def _summary(mon: Monitor) -> str:
    n = mon.tellingen()
    parts = [f"{n[k]} {k}" for k in (*LICHTEN, GEEN_METING)] + [f"{n['zonder kleur']} zonder "
                                                                  "kleur"]
    return (f"{aantal(len(mon.regels), 'regel', 'regels')}: " + ", ".join(parts)
            + f" (oranje: doel gemist met hooguit {getal(mon.marge_procent)}% van het doel)")


def _heading(mon: Monitor) -> str:
    bron = f" (afspraak {mon.afspraak})" if mon.afspraak else ""
    return f"Monitor{bron} op {datum_nl(mon.peildatum)}"


# On a narrow terminal: the long texts are cut to no less than these (by column index) ...
_LEAST = {2: 24, 3: 16, 6: 14, 8: 24}
# ... and when even that does not fit, the id, the reeks and the toelichting go on a line of
# their own under each row, and these columns stay: afspraak, indicator, meting, jaar, doel,
# stoplicht.
_NARROW = (0, 2, 4, 5, 6, 7)
_NARROW_LEAST = {1: 12, 4: 11}
_UNDER = " " * 4


def _under(r: Regel) -> str:
    """id: reeks; toelichting, the line under a row on a narrow terminal."""
    rest = "; ".join(inline(t) for t in (r.reeks, r.toelichting) if t)
    return f"{r.indicator.id}: {rest}" if rest else r.indicator.id


def _text(mon: Monitor) -> str:
    out = screen()
    rows = [[h for h, _ in COLUMNS]] + [[inline(f(r)) for _, f in COLUMNS] for r in mon.regels]
    shown = list(range(len(COLUMNS)))
    widths = fit(natural(rows), out.width, _LEAST)
    if widths is None:
        shown = list(_NARROW)
        rows = [[row[i] for i in shown] for row in rows]
        widths = fit(natural(rows), out.width, _NARROW_LEAST) or [
            min(w, _NARROW_LEAST.get(i, w)) for i, w in enumerate(natural(rows))]
    light = shown.index(len(COLUMNS) - 2)
    lines = [_prose(_heading(mon), out.width), ""]
    for i, line in enumerate(table_lines(rows, widths)):
        if i == 0:
            lines.append(paint(line, "vet", out.colour))
            continue
        r = mon.regels[i - 1]
        if out.colour:
            start = sum(widths[:light]) + GAP * light
            cell = line[start:start + widths[light]]
            line = line[:start] + paint(cell, r.stoplicht or "dim", True) + line[start + len(cell):]
        lines.append(line)
        if shown == list(_NARROW):
            lines.append(_UNDER + shorten(_under(r), (out.width or 0) - len(_UNDER)))
    if not mon.regels:
        lines.append("Geen indicatoren: er is geen indicatoren.yaml in de datamap.")
    lines += ["", _prose(_summary(mon), out.width)]
    return "\n".join(lines)


def md_table(regels: list[Regel]) -> list[str]:
    """The monitor as a Markdown table (also used by the reports)."""
    lines = ["| " + " | ".join(h for h, _ in COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in regels:
        lines.append("| " + " | ".join(md_cell(f(r)) for _, f in COLUMNS) + " |")
    return lines


def monitor_output(mon: Monitor, fmt: str) -> str:
    if fmt == "json":
        return json_text({"peildatum": mon.peildatum.isoformat(),
                          "marge_procent": mon.marge_procent,
                          "regels": [r.as_json() for r in mon.regels]})
    if fmt == "csv":
        return _csv([r.as_json() for r in mon.regels], CSV_KEYS)
    if fmt == "md":
        return "\n".join([f"**{md_cell(_heading(mon))}**", "", *md_table(mon.regels), "",
                          md_cell(_summary(mon))])
    return _text(mon)
