"""Show stage: a portfolio's targets above the gemeente (query/doelen.py) in `pa monitor` on a
portfolio: as text and Markdown after the monitor of each gemeente; in JSON with each set (its
share in each target, with the target's whole, sum and source); in CSV as rows in the monitor's
own columns, a row per gemeente and one for the sum ("samen"), the target, its whole and its
source in `doel_herkomst`."""

from __future__ import annotations

from typing import Any

from pa_cli.base.fmt import getal, md_cell
from pa_cli.base.safe_text import inline
from pa_cli.query.doelen import DoelStand
from pa_cli.query.monitor import met_eenheid
from pa_cli.show.fit import fit, natural, table_lines
from pa_cli.show.tables import _prose
from pa_cli.show.term import paint, screen

__all__ = ["doelen_output", "heading", "herkomst", "per_set", "csv_rows"]


def heading(d: DoelStand) -> str:
    """'Doel van de portefeuille: Nieuwe sociale huurwoningen 2026-2029, minimaal 450 woningen
    (bron: ...)'."""
    return (f"Doel van de portefeuille: {d.doel.naam} {d.jaren_tekst}, {d.doel.richting} "
            f"{met_eenheid(d.doel.totaal, d.eenheid) or d.doel.totaal} (bron: {d.doel.bron})")


def _verdict(d: DoelStand) -> str:
    """'nog 51 woningen te gaan; nog geen meting van Polderdam'."""
    return d.oordeel + ("; nog geen meting van " + ", ".join(d.zonder) if d.zonder else "")


def _sum(d: DoelStand) -> str:
    return (f"Samen {met_eenheid(d.som, d.eenheid) or d.som} van "
            f"{met_eenheid(d.doel.totaal, d.eenheid) or d.doel.totaal}: {_verdict(d)}.")


def _rows(d: DoelStand) -> list[list[str]]:
    return [["gemeente", "cijfer", "aandeel", "jaren", "stand"]] + [
        [inline(r.gemeente), met_eenheid(r.cijfer, d.eenheid) if r.cijfer is not None else "–",
         met_eenheid(r.aandeel, d.eenheid) or str(r.aandeel),
         ", ".join(map(str, r.jaren)) or "–", r.oordeel] for r in d.gemeenten]


def _teken(d: DoelStand, value: float) -> str:
    """'≥ 20 woningen' (minimaal), '≤ 10%' (maximaal): a target as pa monitor writes one."""
    sign = {"minimaal": "≥", "maximaal": "≤"}.get(d.doel.richting, "")
    return f"{sign} {met_eenheid(value, d.eenheid) or getal(value)}".strip()


def herkomst(d: DoelStand) -> str:
    """Where a gemeente's share comes from: 'doel van de portefeuille starters 2025-2028:
    minimaal 60 woningen (bron: ...)'."""
    return (f"doel van de portefeuille {d.doel.id} {d.jaren_tekst}: {d.doel.richting} "
            f"{met_eenheid(d.doel.totaal, d.eenheid) or getal(d.doel.totaal)} (bron: "
            f"{d.doel.bron})")


def per_set(standen: list[DoelStand], name: str) -> list[dict[str, Any]]:
    """The set's share in each target with its figure, and the target's whole, sum and source:
    what `pa monitor --format json` on a portfolio gives each set under "doelen"."""
    out = []
    for d in standen:
        for r in d.gemeenten:
            if r.set == name:
                out.append({"doel": d.doel.id, "naam": d.doel.naam, "bron": d.doel.bron,
                            "indicator": d.doel.indicator, "jaren": d.jaren_tekst,
                            "richting": d.doel.richting, "telling": d.doel.telling or "som",
                            "eenheid": d.eenheid, "aandeel": r.aandeel, "cijfer": r.cijfer,
                            "cijfer_jaren": r.jaren, "oordeel": r.oordeel,
                            "totaal": d.doel.totaal, "som": d.som, "oordeel_totaal": d.oordeel,
                            "zonder_meting": d.zonder})
    return out


def csv_rows(standen: list[DoelStand], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """The targets as rows of `pa monitor --format csv` on a portfolio (its columns `keys`):
    per target a row for each gemeente (its figure against its share) and one for the sum
    against the whole (set empty, gemeente 'samen'); `doel_herkomst` names the target, its
    whole and its source."""
    rows = []
    for d in standen:
        base: dict[str, Any] = {k: None for k in keys} | {
            "indicator": d.doel.indicator, "naam": d.doel.naam, "eenheid": d.eenheid,
            "richting": d.doel.richting, "doel_herkomst": herkomst(d)}
        for r in d.gemeenten:
            rows.append(base | {"set": r.set, "gemeente": r.gemeente,
                                "jaar": " ".join(map(str, r.jaren)), "waarde": r.cijfer,
                                "doel": r.aandeel, "doel_tekst": _teken(d, r.aandeel),
                                "toelichting": r.oordeel})
        rows.append(base | {"set": "", "gemeente": "samen", "waarde": d.som,
                            "doel": d.doel.totaal, "doel_tekst": _teken(d, d.doel.totaal),
                            "toelichting": _verdict(d)})
    return rows


def doelen_output(standen: list[DoelStand], fmt: str) -> str:
    """The targets as text or Markdown ("md"), after the monitor of each gemeente; "" when the
    portfolio has none. JSON and CSV carry them with each set (`per_set`, `csv_rows`)."""
    if not standen:
        return ""
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
