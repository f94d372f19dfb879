"""Show stage: a portfolio's targets above the gemeente (query/doelen.py) as text, Markdown, JSON
or CSV, after the monitor of each gemeente in `pa monitor` on a portfolio."""

from __future__ import annotations

from typing import Any

from pa_cli.base.fmt import md_cell
from pa_cli.base.safe_text import inline, json_text
from pa_cli.query.doelen import DoelStand
from pa_cli.query.monitor import met_eenheid
from pa_cli.show.fit import fit, natural, table_lines
from pa_cli.show.tables import _csv, _prose
from pa_cli.show.term import paint, screen

__all__ = ["doelen_output", "heading"]

CSV_KEYS = ("doel", "set", "gemeente", "cijfer", "aandeel", "jaren", "oordeel")


def heading(d: DoelStand) -> str:
    """'Doel van de portefeuille: Nieuwe sociale huurwoningen 2026-2029, minimaal 450 woningen
    (bron: ...)'."""
    return (f"Doel van de portefeuille: {d.doel.naam} {d.jaren_tekst}, {d.doel.richting} "
            f"{met_eenheid(d.doel.totaal, d.eenheid) or d.doel.totaal} (bron: {d.doel.bron})")


def _sum(d: DoelStand) -> str:
    text = (f"Samen {met_eenheid(d.som, d.eenheid) or d.som} van "
            f"{met_eenheid(d.doel.totaal, d.eenheid) or d.doel.totaal}: {d.oordeel}")
    if d.zonder:
        text += "; nog geen meting van " + ", ".join(d.zonder)
    return text + "."


def _rows(d: DoelStand) -> list[list[str]]:
    return [["gemeente", "cijfer", "aandeel", "jaren", "stand"]] + [
        [inline(r.gemeente), met_eenheid(r.cijfer, d.eenheid) if r.cijfer is not None else "–",
         met_eenheid(r.aandeel, d.eenheid) or str(r.aandeel),
         ", ".join(map(str, r.jaren)) or "–", r.oordeel] for r in d.gemeenten]


def _json(d: DoelStand) -> dict[str, Any]:
    return {"doel": d.doel.id, "naam": d.doel.naam, "bron": d.doel.bron,
            "indicator": d.doel.indicator, "jaren": d.jaren_tekst, "richting": d.doel.richting,
            "telling": d.doel.telling, "eenheid": d.eenheid, "totaal": d.doel.totaal,
            "som": d.som, "oordeel": d.oordeel, "zonder_meting": d.zonder,
            "gemeenten": [{"set": r.set, "gemeente": r.gemeente, "cijfer": r.cijfer,
                           "aandeel": r.aandeel, "jaren": r.jaren, "oordeel": r.oordeel}
                          for r in d.gemeenten]}


def doelen_output(standen: list[DoelStand], fmt: str) -> str:
    """The targets in the format of `pa monitor`; "" when the portfolio has none."""
    if not standen:
        return ""
    if fmt == "json":
        return json_text([_json(d) for d in standen])
    if fmt == "csv":
        return _csv([{"doel": d.doel.id, "set": r.set, "gemeente": r.gemeente,
                      "cijfer": r.cijfer, "aandeel": r.aandeel,
                      "jaren": " ".join(map(str, r.jaren)), "oordeel": r.oordeel}
                     for d in standen for r in d.gemeenten], CSV_KEYS)
    blocks = []
    for d in standen:
        rows = _rows(d)
        if fmt == "md":
            table = ["| " + " | ".join(rows[0]) + " |", "|---|---:|---:|---|---|"]
            table += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows[1:]]
            blocks.append("\n".join([f"**{md_cell(heading(d))}**", "", *table, "",
                                     md_cell(_sum(d))]))
            continue
        out = screen()
        widths = fit(natural(rows), out.width, {0: 10, 4: 12}) or natural(rows)
        lines = [_prose(heading(d), out.width), ""]
        for i, line in enumerate(table_lines(rows, widths)):
            lines.append(paint(line, "vet", out.colour) if i == 0 else line)
        blocks.append("\n".join([*lines, "", _prose(_sum(d), out.width)]))
    return "\n\n".join(blocks)
