"""Query stage for the monitor of afspraak 5.8: each figure's latest measurement against its target.

`monitor(ds, peildatum)` gives one `Regel` per indicator and series (the whole,
a corporatie, a kern, a huurklasse): the latest measurement known on the peildatum
(`bekend_op`: a jaar once that year has ended, a peildatum from that day), the
target of that measurement's year, and the verdict:

- groen: the target is met;
- oranje: missed by at most `marge_procent` percent of the target (default 5):
  at least 80% with 77% measured is oranje (76% is the edge), 82% is rood;
- rood: missed by more;
- "geen meting": nothing measured yet;
- no colour: no target in that year, a target without a year not yet met, or a
  target "op peil JJJJ" whose reference figure is missing (the text says which).

The verlenging (afspraak 5.6: the agreement "loopt automatisch door bij het
verstrijken van de einddatum tot er sprake is van ondertekening van een nieuwe
overeenkomst"): a year after the looptijd without a target of its own keeps the
target of the looptijd's last year, unchanged, and `Regel.herkomst` says so. A
standing norm ("minimaal 80%" for 2022-2025) and a target for 2025 therefore
continue; a target only for an earlier year did not hold in 2025 either, and does
not return. From `opvolger_ondertekend` on the old agreement's targets no longer
apply (a `jaar` counts as its last day, like `Meting.moment`).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from pa_cli.base.fmt import datum_kort, datum_nl, getal
from pa_cli.base.struct import LIST, Struct
from pa_cli.check.monitor import nog_niet_voorbij
from pa_cli.load.dataset import Dataset
from pa_cli.model.monitor import HUURKLASSEN, MARGE_PROCENT, Doel, Indicator, Meting
from pa_cli.model.records import Looptijd
from pa_cli.model.regels import bron
from pa_cli.model.trekker import Trekkers

__all__ = ["Regel", "Monitor", "monitor", "beoordeel", "doel_tekst", "GEEN_METING", "LICHTEN",
           "getal", "met_eenheid", "meting_tekst", "wanneer", "bekend_op", "doel_op", "Doelkeuze",
           "jaren_tekst"]

GEEN_METING = "geen meting"
LICHTEN = ("groen", "oranje", "rood")


class Regel(Struct):
    """One line of the monitor: an indicator, or one series of it."""

    indicator: Indicator
    reeks: str  # '' for the whole; else 'Clavis', 'Clavis, goedkoop', 'Axel'
    meting: Meting | None = None
    doel: Doel | None = None
    doelwaarde: float | None = None  # the target as a number (a peil resolved)
    stoplicht: str | None = None  # groen, oranje, rood, GEEN_METING, or None: no colour
    toelichting: str = ""
    metingen: list[Meting] = LIST  # the series up to the peildatum, oldest first (for charts)
    herkomst: str = ""  # in the verlenging: where the target comes from ('' for the year's own)

    def as_json(self) -> dict[str, Any]:
        m, ind = self.meting, self.indicator
        return {
            "indicator": ind.id, "afspraak": ind.afspraak, "naam": ind.naam, "reeks": self.reeks,
            "eenheid": ind.eenheid, "richting": ind.richting,
            "jaar": m.jaar if m else None,
            "peildatum": m.peildatum.isoformat() if m and m.peildatum else None,
            "waarde": m.waarde if m else None, "bron": m.bron if m else None,
            "doel": self.doelwaarde, "doel_tekst": doel_tekst(self),
            "doel_herkomst": self.herkomst or None,
            "stoplicht": self.stoplicht, "toelichting": self.toelichting,
        }


class Monitor(Struct):
    peildatum: date
    marge_procent: float
    regels: list[Regel] = LIST
    looptijd: Looptijd | None = None  # for the verlenging
    afspraak: str = ""  # the monitor's afspraak (regels.monitor), "" when the set names none

    def tellingen(self) -> dict[str, int]:
        out = {k: 0 for k in (*LICHTEN, GEEN_METING)}
        out["zonder kleur"] = 0
        for r in self.regels:
            out[r.stoplicht or "zonder kleur"] += 1
        return out


_ENKELVOUD = {"woningen": "woning", "projecten": "project"}


def met_eenheid(x: float | None, eenheid: str) -> str:
    """'82,5%', '1 woning', '1.200 woningen', '1 project'."""
    if x is None:
        return ""
    if eenheid == "procent":
        return f"{getal(x)}%"
    return f"{getal(x)} {_ENKELVOUD.get(eenheid, eenheid) if x == 1 else eenheid}"


def meting_tekst(r: Regel) -> str:
    """'82,5%' or '812 woningen'; '' without a measurement."""
    if r.meting is None:
        return ""
    return met_eenheid(r.meting.waarde, r.indicator.eenheid)


def wanneer(r: Regel) -> str:
    """The year or the peildatum of the measurement."""
    m = r.meting
    if m is None:
        return ""
    return str(m.jaar) if m.jaar is not None else datum_kort(m.peildatum)


def bekend_op(m: Meting, peildatum: date) -> bool:
    """A figure counts on the peildatum once it could be known then: a jaar once that year has
    ended, a peildatum from that day. The one rule by which `pa meet` and validation call a
    figure not yet passed on today (check.monitor.nog_niet_voorbij), asked on the peildatum."""
    return nog_niet_voorbij(m.jaar, m.peildatum, peildatum) is None


def _series(m: Meting, kort: Callable[[str], str]) -> tuple[tuple[bool, str, bool, str, int], str]:
    """Sort key and name of a measurement's series: the whole first, then per corporatie, kern,
    huurklasse."""
    corp = kort(m.corporatie) if m.corporatie else ""
    klasse = HUURKLASSEN.index(m.huurklasse) if m.huurklasse in HUURKLASSEN else -1
    key = (bool(corp), corp.casefold(), bool(m.kern), (m.kern or "").casefold(), klasse)
    return key, ", ".join(p for p in (corp, m.kern, m.huurklasse) if p)


def _doel_voor(ind: Indicator, year: int, yearless: bool = True) -> Doel | None:
    for d in ind.doelen:
        if d.jaren and d.jaren[0] <= year <= d.jaren[1]:
            return d
    return next((d for d in ind.doelen if d.jaren is None), None) if yearless else None


def jaren_tekst(d: Doel) -> str:
    """'2023', '2022-2025' or 'zonder jaartal'."""
    if d.jaren is None:
        return "zonder jaartal"
    return str(d.jaren[0]) if d.jaren[0] == d.jaren[1] else f"{d.jaren[0]}-{d.jaren[1]}"


class Doelkeuze(Struct):
    """The target for a figure: the doel, where it comes from in the verlenging, or why none."""

    doel: Doel | None
    herkomst: str = ""
    zonder: str = ""  # why there is none, when the verlenging or its end decides that


def doel_op(ind: Indicator, year: int, moment: date, lt: Looptijd | None,
            wanneer: str = "") -> Doelkeuze:
    """The target for a figure of `year` (at `moment`), the verlenging included;
    `wanneer` names the figure's time in a reason ('voor 2026', 'op 1 september 2026')."""
    wanneer = wanneer or f"voor {year}"
    if lt is None or not lt.verlenging or not lt.tot_en_met or year <= lt.tot_en_met.year:
        return Doelkeuze(_doel_voor(ind, year))
    if lt.opvolger_ondertekend is not None and moment >= lt.opvolger_ondertekend:
        return Doelkeuze(None, zonder=f"geen doel {wanneer}: op "
                         f"{datum_nl(lt.opvolger_ondertekend)} is een nieuwe overeenkomst "
                         f"ondertekend{lt.bij()}" if ind.doelen else "")
    own = _doel_voor(ind, year, yearless=False)
    if own is not None:
        return Doelkeuze(own)
    last = lt.tot_en_met.year
    kept = _doel_voor(ind, last, yearless=False)
    if kept is not None:
        return Doelkeuze(kept, f"doel {jaren_tekst(kept)}, geldt door in de verlenging"
                         f"{lt.bij('')}")
    yearless = _doel_voor(ind, year)
    if yearless is not None or not ind.doelen:
        return Doelkeuze(yearless)
    return Doelkeuze(None, zonder=f"geen doel {wanneer}: in de verlenging{lt.bij('')} geldt het "
                     f"doel van {last}, en voor {last} is er geen")


def _oordeel(richting: str | None, waarde: float, doel: float, marge: float) -> str:
    band = abs(doel) * marge / 100
    if richting == "maximaal":
        return "groen" if waarde <= doel else "oranje" if waarde <= doel + band else "rood"
    if richting == "precies":
        return "groen" if waarde == doel else "oranje" if abs(waarde - doel) <= band else "rood"
    return "groen" if waarde >= doel else "oranje" if waarde >= doel - band else "rood"


def beoordeel(r: Regel, marge: float, peildatum: date, looptijd: Looptijd | None = None) -> None:
    """Set the target, stoplicht and toelichting of a line from its measurement."""
    m, ind = r.meting, r.indicator
    if m is None:
        keuze = doel_op(ind, peildatum.year, peildatum, looptijd)
        r.doel, r.herkomst = keuze.doel, keuze.herkomst
        r.doelwaarde = r.doel.waarde if r.doel else None
        r.stoplicht = GEEN_METING
        r.toelichting = _samen("nog geen cijfer vastgelegd", r.herkomst)
        return
    keuze = doel_op(ind, m.year, m.moment, looptijd,
                    "" if m.peildatum is None else f"op {datum_nl(m.peildatum)}")
    doel, r.doel, r.herkomst = keuze.doel, keuze.doel, keuze.herkomst
    if doel is None:
        peil = any(d.peil == m.year for d in ind.doelen)
        r.toelichting = (f"het cijfer van het peiljaar {m.year}" if peil else
                         keuze.zonder or (f"geen doel voor {m.year}" if ind.doelen else
                                          "geen doel in de afspraken"))
        return
    if doel.peil is not None:
        ref = [x for x in r.metingen if x.year == doel.peil]
        if not ref:
            where = f" voor {r.reeks}" if r.reeks else ""
            r.toelichting = _samen(f"het cijfer van {doel.peil}{where} ontbreekt (doel: op peil "
                                   f"{doel.peil}); leg het vast met pa meet {ind.id} --jaar "
                                   f"{doel.peil}", r.herkomst)
            return
        r.doelwaarde = ref[-1].waarde
    else:
        r.doelwaarde = doel.waarde
    if r.doelwaarde is None:
        return
    licht = _oordeel(ind.richting, m.waarde, r.doelwaarde, marge)
    if doel.jaren is None and licht != "groen":
        r.toelichting = "doel zonder jaartal, nog niet gehaald"
        return
    r.stoplicht = licht
    r.toelichting = _samen(f"binnen de marge van {getal(marge)}% van het doel"
                           if licht == "oranje" else "", r.herkomst)


def _samen(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def doel_tekst(r: Regel) -> str:
    """The target in words: '≥ 80%', '≤ 10%', '= 5 woningen', '≥ peil 2021 (812 woningen)'."""
    d, ind = r.doel, r.indicator
    if d is None:
        return ""
    sign = {"minimaal": "≥", "maximaal": "≤", "precies": "="}.get(ind.richting or "", "")
    if d.peil is not None:
        known = f" ({met_eenheid(r.doelwaarde, ind.eenheid)})" if r.doelwaarde is not None else ""
        return f"{sign} peil {d.peil}{known}"
    return f"{sign} {met_eenheid(d.waarde, ind.eenheid)}"


def monitor(ds: Dataset, peildatum: date) -> Monitor:
    """Every indicator (and series) with its latest measurement on the peildatum."""
    mon = ds.indicatoren
    marge = mon.marge_procent if mon and mon.marge_procent is not None else MARGE_PROCENT
    out = Monitor(peildatum, marge, looptijd=ds.afspraken.looptijd if ds.afspraken else None,
                  afspraak=bron(ds.afspraken.regel.monitor, "") if ds.afspraken else "")
    if mon is None:
        return out
    trekkers = Trekkers(ds.afspraken) if ds.afspraken else None

    def kort(name: str) -> str:
        return trekkers.display(name) if trekkers else name

    for ind in mon.indicatoren:
        series: dict[str, list[Meting]] = {}
        order: dict[str, tuple[bool, str, bool, str, int]] = {}
        for m in mon.metingen:
            if m.indicator != ind.id or not bekend_op(m, peildatum):
                continue
            key, name = _series(m, kort)
            series.setdefault(name, []).append(m)
            order[name] = key
        if not series:
            regel = Regel(ind, "")
            beoordeel(regel, marge, peildatum, out.looptijd)
            out.regels.append(regel)
            continue
        for name in sorted(series, key=lambda n: order[n]):
            ms = sorted(series[name], key=lambda x: x.moment)
            regel = Regel(ind, name, ms[-1], metingen=ms)
            beoordeel(regel, marge, peildatum, out.looptijd)
            out.regels.append(regel)
    return out
