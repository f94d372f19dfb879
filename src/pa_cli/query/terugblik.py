"""Query stage: the terugblik of the overleg whose moment in the cycle has `terugblik: true`
(Terneuzen's voorjaarsoverleg, afspraak 5.1: "In het voorjaarsoverleg wordt tevens terug
gekeken op de in het voorgaande jaar behaalde prestaties"; report/context.py asks for it).

Per thema, the actions whose termijn fell in the previous calendar year and how they ended by
the peildatum; one not done whose termijn has not passed on the peildatum (a handout made in
November for the next year's overleg) still runs: "loopt nog". When an action
became gereed is read from its voortgang (the first step of its last run of 'gereed'); a row
marked gereed by hand without voortgang is gereed on an unknown date.
"""

from __future__ import annotations

from datetime import date

from pa_cli.base.struct import Struct
from pa_cli.load.dataset import Dataset
from pa_cli.model.records import Rij, Thema
from pa_cli.query.stand import Actie, Filter, acties_van

__all__ = ["AFLOPEN", "Regel", "TerugblikThema", "Terugblik", "terugblik", "gereed_sinds"]

LOOPT_NOG = "loopt nog"  # not done, termijn not passed on the peildatum: a column only when so
AFLOPEN = ("op tijd gereed", "te laat gereed", "gereed, datum onbekend", "vervallen",
           "niet gereed", LOOPT_NOG)


class Regel(Struct):
    actie: Actie
    afloop: str  # one of AFLOPEN
    gereed_op: date | None  # the day it became gereed, where known


class TerugblikThema(Struct):
    thema: Thema
    regels: list[Regel]
    tellingen: dict[str, int]


class Terugblik(Struct):
    jaar: int
    themas: list[TerugblikThema]
    tellingen: dict[str, int]
    aantal: int


def gereed_sinds(rij: Rij, peildatum: date, status: str = "gereed") -> date | None:
    """The day the action became gereed (or `status`) for the last time, up to the peildatum;
    None when its voortgang does not say (or it is not gereed then)."""
    since = None
    for step in rij.voortgang:
        if step.datum > peildatum:
            break
        if step.status == status:
            since = since or step.datum
        else:
            since = None
    return since


def _afloop(a: Actie, peildatum: date) -> tuple[str, date | None]:
    if a.status == "vervallen":
        return "vervallen", None
    if a.status != "gereed":
        running = a.uiterlijk is not None and a.uiterlijk >= peildatum
        return (LOOPT_NOG if running else "niet gereed"), None
    day = gereed_sinds(a.rij, peildatum)
    if day is None:
        return "gereed, datum onbekend", None
    assert a.uiterlijk is not None
    return ("op tijd gereed" if day <= a.uiterlijk else "te laat gereed"), day


def _count(regels: list[Regel], keys: tuple[str, ...]) -> dict[str, int]:
    counts = dict.fromkeys(keys, 0)
    for r in regels:
        counts[r.afloop] += 1
    return counts


def _acties(ds: Dataset, f: Filter, marge: int | None, jaar: int, peildatum: date) -> list[Actie]:
    """The selected actions of every agenda that covers `jaar`, as they stood on the peildatum
    (a row carried on to a later agenda is still last year's action: not done in time)."""
    from pa_cli.query.agendas import kies

    return acties_van(ds, kies(ds, date(jaar, 1, 1), tot=date(jaar, 12, 31)).agendas, peildatum,
                      f, marge)


def terugblik(ds: Dataset, f: Filter, marge: int | None, jaar: int, peildatum: date,
              themas: list[Thema]) -> Terugblik:
    """The selected actions with a termijn in `jaar`, per thema in the document's order, and
    how they ended on the peildatum."""
    regels = [Regel(a, *_afloop(a, peildatum)) for a in _acties(ds, f, marge, jaar, peildatum)
              if a.rij.is_actie and a.uiterlijk and a.uiterlijk.year == jaar]
    running = any(r.afloop == LOOPT_NOG for r in regels)
    keys = tuple(k for k in AFLOPEN if running or k != LOOPT_NOG)
    per_thema = []
    for thema in themas:
        own = [r for r in regels if r.actie.thema is thema]
        if own:
            per_thema.append(TerugblikThema(thema, own, _count(own, keys)))
    return Terugblik(jaar, per_thema, _count(regels, keys), len(regels))
