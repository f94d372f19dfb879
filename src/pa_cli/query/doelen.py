"""Query stage: a portfolio's targets above the gemeente (issue 18, part 3), on a peildatum.

A target in portefeuille.yaml (`doelen:`) names an indicator that every set measures in its own
indicatoren.yaml, a whole (`totaal`) and each set's share (`aandelen`), with its source. Per set
the figure is that indicator's measurements for the whole set (not per corporatie, kern or
huurklasse) in the target's years that count on the peildatum: added up (`telling: som`, what
is built or sold in a year) or the latest (`laatste`, a stock). Each set's figure stands against
its share, their sum against the whole. pa states no number that the data does not: a set
without a measurement has no figure, and the sum says how many sets it lacks.
"""

from __future__ import annotations

from datetime import date

from pa_cli.base.struct import LIST, Struct
from pa_cli.load.dataset import Dataset
from pa_cli.model.monitor import Meting
from pa_cli.model.portefeuille import PortDoel, Portefeuille
from pa_cli.query.monitor import bekend_op, met_eenheid

__all__ = ["GemeenteCijfer", "DoelStand", "doelen", "cijfer", "oordeel", "WEGGELATEN"]

WEGGELATEN = "weggelaten: de set bevat fouten"


class GemeenteCijfer(Struct):
    set: str  # the folder
    gemeente: str
    aandeel: float
    cijfer: float | None  # None: no measurement counts yet
    jaren: list[int]  # the years measured that count
    oordeel: str  # "gehaald", "nog 40 woningen te gaan", "geen meting", WEGGELATEN


class DoelStand(Struct):
    doel: PortDoel
    eenheid: str  # of the indicator in the sets ("" when no set has it)
    gemeenten: list[GemeenteCijfer]
    som: float  # of the figures there are
    oordeel: str  # the sum against the whole
    zonder: list[str] = LIST  # gemeenten without a figure yet

    @property
    def jaren_tekst(self) -> str:
        first, last = self.doel.jaren
        return str(first) if first == last else f"{first}-{last}"


def cijfer(doel: PortDoel, metingen: list[Meting], peildatum: date) -> tuple[float | None,
                                                                             list[int]]:
    """A set's figure for the target on the peildatum, and the years it is made of."""
    first, last = doel.jaren
    per_year: dict[int, float] = {}
    for m in metingen:  # in the file's order: a later measurement of a year replaces it
        if (m.indicator == doel.indicator and not (m.corporatie or m.kern or m.huurklasse)
                and first <= m.year <= last and bekend_op(m, peildatum)):
            per_year[m.year] = m.waarde
    if not per_year:
        return None, []
    years = sorted(per_year)
    if doel.telling == "laatste":
        return per_year[years[-1]], [years[-1]]
    return sum(per_year.values()), years


def oordeel(doel: PortDoel, value: float | None, target: float, eenheid: str) -> str:
    """'gehaald', 'nog 40 woningen te gaan', '10 woningen boven het doel', 'geen meting'."""
    if value is None:
        return "geen meting"
    if doel.richting == "maximaal":
        over = value - target
        return "binnen het doel" if over <= 0 else f"{met_eenheid(over, eenheid)} boven het doel"
    short = target - value
    return "gehaald" if short <= 0 else f"nog {met_eenheid(short, eenheid)} te gaan"


def doelen(registry: Portefeuille, sets: list[tuple[str, str, Dataset | None]],
           peildatum: date) -> list[DoelStand]:
    """Every target of the portfolio: each set with a share (folder, gemeente, its data) against
    that share, and the sum against the whole. A set given without data (None: left out for
    its errors) has no figure."""
    by_name = {name: (gemeente, ds) for name, gemeente, ds in sets}
    out = []
    for doel in registry.doelen:
        rows = []
        eenheid = ""
        for name, share in doel.aandelen.items():
            if name not in by_name:
                continue  # a set the portfolio does not hold: PA035 in pa validate
            gemeente, ds = by_name[name]
            if ds is None:  # left out for its errors: no figure, and the rows say why
                rows.append(GemeenteCijfer(name, gemeente, share, None, [], WEGGELATEN))
                continue
            ind = ds.indicatoren
            found = next((i for i in ind.indicatoren if i.id == doel.indicator), None) if ind \
                else None
            eenheid = eenheid or (found.eenheid if found else "")
            value, years = cijfer(doel, ind.metingen if ind else [], peildatum)
            rows.append(GemeenteCijfer(name, gemeente, share, value, years, ""))
        for row in rows:
            if row.oordeel != WEGGELATEN:
                row.oordeel = oordeel(doel, row.cijfer, row.aandeel, eenheid)
        total = sum(r.cijfer for r in rows if r.cijfer is not None)
        zonder = [r.gemeente for r in rows if r.cijfer is None]
        verdict = oordeel(doel, total, doel.totaal, eenheid)
        if zonder and verdict in ("gehaald", "binnen het doel"):
            verdict += " (met de cijfers die er zijn)"
        out.append(DoelStand(doel, eenheid, rows, total, verdict, zonder))
    return out
