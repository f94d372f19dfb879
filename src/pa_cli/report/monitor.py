"""The monitor section of the reports: a table per indicator and, from two measurements on, a chart.

`sectie(ds, peildatum)` computes everything the templates show (`monitor` in the
report context): per indicator its targets in words, every measurement up to the
peildatum with its verdict, and a `Grafiek` whose geometry is computed here, so
that the SVG template (`_monitor.html.j2`) only draws. No chart library: a line
chart is a few dozen lines, and the reports start no heavier for it.

Legible in black and white: each series has its own marker shape and dash
pattern and is named at its end; the targets are dashed grey lines with a label.
"""

from __future__ import annotations

import math
from datetime import date

from pa_cli.base.fmt import datum_nl
from pa_cli.base.struct import DICT, LIST, Struct
from pa_cli.load.dataset import Dataset
from pa_cli.model.monitor import Indicator
from pa_cli.model.records import Looptijd
from pa_cli.query.monitor import (
    Monitor,
    Regel,
    beoordeel,
    doel_op,
    doel_tekst,
    getal,
    jaren_tekst,
    met_eenheid,
    meting_tekst,
    monitor,
    wanneer,
)

__all__ = ["sectie", "MonitorSectie", "IndicatorBlok", "Grafiek"]

# the plot area inside the SVG's viewBox (0 0 W H)
W, H = 720, 250
LEFT, RIGHT, TOP, BOTTOM = 58, 470, 16, 214
MARKERS = ("cirkel", "vierkant", "driehoek", "ruit", "kruis", "plus", "ster", "streep")
DASHES = ("", "7 4", "2 3", "9 3 2 3", "4 4", "12 4", "1 4", "6 2 2 2")
INKT = ("#1b1b1b", "#4a4a4a", "#24476b", "#6b3d24", "#2f5d34", "#5b2f6b", "#6b6424", "#333f4a")


class Punt(Struct):
    x: float
    y: float
    label: str  # the value, as Dutch readers write it


class Lijn(Struct):
    naam: str
    punten: list[Punt]
    marker: str
    streep: str  # SVG stroke-dasharray, '' for solid
    inkt: str
    label_y: float  # where the name stands at the line's end (moved apart from the others)


class Doellijn(Struct):
    x1: float
    x2: float
    y: float
    label: str  # named in the caption, not in the plot, where it would cover the points


class As(Struct):
    pos: float
    label: str


class Grafiek(Struct):
    titel: str
    beschrijving: str  # for screen readers: what the chart shows, in words
    breedte: int
    hoogte: int
    links: int
    rechts: int
    boven: int
    onder: int
    lijnen: list[Lijn] = LIST
    doelen: list[Doellijn] = LIST
    x_as: list[As] = LIST
    y_as: list[As] = LIST
    waarden_tonen: bool = True  # the value beside each point (with few lines)
    as_vanaf: str = ""  # where the value axis begins, when not at 0: "4.950"


class MetingRij(Struct):
    """One row of an indicator's table, as text: what the templates print."""

    jaar: str
    reeks: str
    meting: str
    doel: str
    stoplicht: str | None  # groen, oranje, rood, 'geen meting', or None: no colour
    toelichting: str
    bron: str


class IndicatorBlok(Struct):
    indicator: Indicator
    doelen: list[str]  # "2022-2025: ≥ peil 2021"
    rijen: list[MetingRij]  # every measurement up to the peildatum, with its verdict
    laatste: list[Regel]  # the latest per series (the rows of pa monitor)
    grafiek: Grafiek | None = None


def _rij(r: Regel) -> MetingRij:
    note = r.toelichting if r.indicator.doelen else ""  # the heading says there is no target
    return MetingRij(wanneer(r), r.reeks, meting_tekst(r), doel_tekst(r), r.stoplicht, note,
                     r.meting.bron if r.meting else "")


class MonitorSectie(Struct):
    peildatum: date
    marge_procent: float
    blokken: list[IndicatorBlok] = LIST
    regels: list[Regel] = LIST  # as pa monitor: the latest measurement per series
    tellingen: dict[str, int] = DICT


def _when(regel: Regel) -> float:
    m = regel.meting
    assert m is not None
    if m.peildatum is not None:
        return m.peildatum.year + (m.peildatum.timetuple().tm_yday - 1) / 365.25
    return float(m.year)


def _nice(top: float) -> tuple[float, float]:
    """An axis maximum and step: 0 to a round number a little above `top`, in 2 to 5 steps."""
    top = max(top * 1.05, 1e-9)
    exp = 10 ** math.floor(math.log10(top / 5))
    step = next(f * exp for f in (1, 2, 2.5, 5, 10) if top / (f * exp) <= 5)
    return step * math.ceil(top / step), step


def _axis(values: list[float]) -> tuple[float, float, float]:
    """(bottom, top, step) of the value axis. From 0, unless every value lies in the upper
    half above it: then 0 would flatten a real change (5.080 -> 5.045 woningen) into a
    line, so the axis spans round numbers just around the values."""
    lo, hi = min(values), max(values)
    if lo <= 0 or lo <= hi / 2:
        top, step = _nice(hi)
        return 0.0, top, step
    span = max(hi - lo, hi * 0.02)  # a flat series still gets a readable scale
    exp = 10 ** math.floor(math.log10(span / 4))
    step = next(f * exp for f in (1, 2, 2.5, 5, 10) if span / (f * exp) <= 4)
    bottom = step * math.floor((lo - span * 0.1) / step)
    top = step * math.ceil((hi + span * 0.05) / step)
    return max(bottom, 0.0), top, step


def _spread(ys: list[float], gap: float = 13) -> list[float]:
    """Move label positions apart (in order) so that no two are closer than `gap`."""
    order = sorted(range(len(ys)), key=lambda i: ys[i])
    out = list(ys)
    for a, b in zip(order, order[1:]):
        if out[b] - out[a] < gap:
            out[b] = out[a] + gap
    overflow = out[order[-1]] - (BOTTOM + 4) if order else 0
    if overflow > 0:
        for i in order:
            out[i] -= overflow
    return out


def _grafiek(ind: Indicator, series: dict[str, list[Regel]], doelen: list[Regel],
             verlenging: str = "") -> Grafiek:
    xs = [_when(r) for rs in series.values() for r in rs]
    x0, x1 = min(xs), max(xs)
    x0, x1 = x0 - 0.3, x1 + 0.3  # room at the ends for a year's target line
    values = [r.meting.waarde for rs in series.values() for r in rs if r.meting]
    targets = [r.doelwaarde for r in doelen if r.doelwaarde is not None]
    y_min, y_max, step = _axis(values + targets)
    if ind.eenheid == "procent" and y_min == 0 and max(values + targets) <= 100 < y_max:
        y_max, step = 100, 20

    def px(x: float) -> float:
        return round(LEFT + (x - x0) / (x1 - x0) * (RIGHT - LEFT), 1)

    def py(y: float) -> float:
        return round(BOTTOM - (y - y_min) / (y_max - y_min) * (BOTTOM - TOP), 1)

    lijnen = []
    for i, (naam, rs) in enumerate(series.items()):
        punten = [Punt(px(_when(r)), py(r.meting.waarde), getal(r.meting.waarde))
                  for r in rs if r.meting]
        lijnen.append(Lijn(naam or "totaal", punten, MARKERS[i % len(MARKERS)],
                           DASHES[i % len(DASHES)], INKT[i % len(INKT)], punten[-1].y))
    for lijn, y in zip(lijnen, _spread([ln.label_y for ln in lijnen])):
        lijn.label_y = round(y, 1)
    spans: dict[tuple[int, float], tuple[Regel, float, float]] = {}
    for r in doelen:
        d = r.doel
        if d is None or r.doelwaarde is None or (
                d.peil is not None and len(series) > 1):  # each series has its own peil
            continue
        a, b = (d.jaren[0] - 0.25, d.jaren[1] + 0.25) if d.jaren else (x0, x1)
        if r.herkomst:  # kept in the verlenging: the line runs on to this figure
            b = max(b, _when(r) + 0.25)
        key = (id(d), r.doelwaarde)
        seen, a0, b0 = spans.get(key, (r, a, b))
        spans[key] = (seen, min(a, a0), max(b, b0))
    lines = []
    for r, a, b in spans.values():
        d = r.doel
        assert d is not None and r.doelwaarde is not None
        a, b = max(a, x0), min(b, x1)
        if a >= b:
            continue
        when = "" if d.jaren is None else f" in {jaren_tekst(d)}"
        if d.jaren and b > d.jaren[1] + 0.25:
            when += f" en in de verlenging{verlenging}"
        lines.append(Doellijn(px(a), px(b), py(r.doelwaarde), f"doel {doel_tekst(r)}{when}"))
    first, last = math.ceil(x0), math.floor(x1)
    years = list(range(first, last + 1))
    every = max(1, len(years) // 8)
    x_as = [As(px(y), str(y)) for y in years[::every]]
    n_steps = int(round((y_max - y_min) / step))
    unit = "%" if ind.eenheid == "procent" else ""
    y_as = [As(py(y_min + k * step), getal(y_min + k * step) + unit)
            for k in range(n_steps + 1)]
    names = ", ".join(ln.naam for ln in lijnen)
    as_vanaf = f"{getal(y_min)}{unit}" if y_min else ""
    vanaf = f" De as begint bij {as_vanaf}, niet bij 0." if y_min else ""
    return Grafiek(
        titel=f"{ind.naam} ({ind.eenheid})",
        beschrijving=f"Lijngrafiek van {ind.naam.lower()} per jaar, {len(values)} metingen; "
                     f"lijnen: {names}.{vanaf} De cijfers staan ook in de tabel.",
        breedte=W, hoogte=H, links=LEFT, rechts=RIGHT, boven=TOP, onder=BOTTOM,
        lijnen=lijnen, doelen=lines, x_as=x_as, y_as=y_as, waarden_tonen=len(lijnen) <= 2,
        as_vanaf=as_vanaf)


def _doelen(ind: Indicator, peildatum: date, lt: Looptijd | None) -> list[str]:
    """The targets in words and, from the verlenging on, what holds after the looptijd."""
    sign = {"minimaal": "≥", "maximaal": "≤", "precies": "="}.get(ind.richting or "", "")
    out = []
    for d in ind.doelen:
        what = f"peil {d.peil}" if d.peil is not None else met_eenheid(d.waarde, ind.eenheid)
        note = f" ({d.toelichting})" if d.toelichting else ""
        out.append(f"{jaren_tekst(d)}: {sign} {what}{note}")
    if not out or lt is None or not lt.verlenging or peildatum <= lt.tot_en_met:
        return out
    start = lt.tot_en_met.year + 1
    if lt.opvolger_ondertekend is None or lt.opvolger_ondertekend > date(start, 1, 1):
        keuze = doel_op(ind, start, date(start, 1, 1), lt)
        kop = f"vanaf {start} in de verlenging{lt.bij()}"
        if keuze.herkomst and keuze.doel is not None:
            out.append(f"{kop}: het doel van {jaren_tekst(keuze.doel)} geldt door")
        elif keuze.doel is None:
            out.append(f"{kop}: geen doel, zoals in {start - 1}")
    if lt.opvolger_ondertekend is not None and peildatum >= lt.opvolger_ondertekend:
        out.append(f"vanaf {datum_nl(lt.opvolger_ondertekend)} (nieuwe overeenkomst): geen "
                   "doel uit deze afspraken")
    return out


def sectie(ds: Dataset, peildatum: date, afspraken: set[str] | None = None) -> MonitorSectie:
    """The monitor as the reports show it, on the peildatum; only the indicators of
    `afspraken` (their numbers) when a report selects a trekker or thema."""
    mon: Monitor = monitor(ds, peildatum)
    regels = [r for r in mon.regels if afspraken is None or r.indicator.afspraak in afspraken]
    out = MonitorSectie(peildatum, mon.marge_procent, regels=regels,
                        tellingen=Monitor(peildatum, mon.marge_procent, regels).tellingen())
    for ind in (ds.indicatoren.indicatoren if ds.indicatoren else []):
        if afspraken is not None and ind.afspraak not in afspraken:
            continue
        laatste = [r for r in mon.regels if r.indicator is ind]
        series: dict[str, list[Regel]] = {}
        for last in laatste:
            if last.meting is None:
                continue
            rs = []
            for m in last.metingen:
                r = Regel(ind, last.reeks, m, metingen=last.metingen)
                beoordeel(r, mon.marge_procent, peildatum, mon.looptijd)
                rs.append(r)
            series[last.reeks] = rs
        rank = {naam: i for i, naam in enumerate(series)}  # the sector's order of huurklassen
        history = sorted((r for rs in series.values() for r in rs),
                         key=lambda r: (r.meting.moment if r.meting else peildatum, rank[r.reeks]))
        blok = IndicatorBlok(ind, _doelen(ind, peildatum, mon.looptijd),
                             [_rij(r) for r in history or laatste], laatste)
        if len(history) >= 2:
            blok.grafiek = _grafiek(ind, series, history,
                                    mon.looptijd.bij("") if mon.looptijd else "")
        out.blokken.append(blok)
    return out
