"""Query stage: the calendar of the cycle. Yearly moments and action deadlines in date order.

The moments come from `cyclus:` in afspraken.yaml (each with its afspraak); the deadlines
from the agenda actions that are not gereed or vervallen today (a calendar reminds of
what is still to do, whatever period it shows). Every entry has a UID that
stays the same across runs and edits of other rows, so a calendar that imports the
ICS file again updates its events instead of doubling them.

A moment stands where `datering` (model/cyclus.py) puts it: on a fixed day, on the first day
of its month while that is all that is known ('april 2027', `tot_en_met` the month's end),
or on its deadline; one that prepares another the day before that one; one that happens during
another (`tijdens`) on that one's day, right after it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from pa_cli.base import clock
from pa_cli.base.fmt import datum_nl
from pa_cli.base.struct import LIST, Struct
from pa_cli.load.dataset import Dataset
from pa_cli.model.cyclus import Datering, Moment, datering
from pa_cli.model.records import Agenda, Rij
from pa_cli.model.regels import bron
from pa_cli.query.agendas import keten
from pa_cli.query.stand import Actie, Filter, Stand, op_peildatum, stand

__all__ = ["Gebeurtenis", "Kalender", "kalender", "samen", "SOORTEN"]

# what each kind of entry is called in the output
SOORTEN = {"overleg": "bestuurlijk overleg", "werkgroep": "ambtelijke werkgroep",
           "termijn": "termijn (cyclus)", "actie": "termijn actie", "looptijd": "looptijd"}
# moments every party takes part in (5.1: "tussen de gemeente, de corporaties en de
# huurdersorganisaties"; 5.2: "vertegenwoordigers van alle partijen"), whoever leads them
_FOR_EVERYONE = ("overleg", "werkgroep")


class Gebeurtenis(Struct):
    """One entry of the calendar: a day, or a month whose day is not yet known."""

    datum: date  # the day it stands on: for a month its first day
    tot_en_met: date  # the last day it can fall on; equal to datum for a day
    soort: str  # key of SOORTEN
    naam: str
    uid: str
    afspraak: str | None = None
    trekker: list[str] = LIST
    wanneer: str | None = None  # as written: 'voor 1 april', 'najaar 2022'
    tekst: str | None = None  # what happens: the moment's text or the action
    status: str | None = None  # of an action
    nr: str | None = None  # of an action: one day's termijnen go in the order of their numbers
    datum_tekst: str = ""  # as pa writes when: 'april 2027', 'vóór april 2027'; "": the day
    bereidt_voor: str | None = None  # the name of the moment it prepares
    # of an action whose own termijn does not count on its day (as pa status says it): one a
    # concept only proposes ("voorstel; geldt: najaar 2022"), or 'vast te stellen' ("was ...")
    termijn_uitleg: str = ""
    voorstel: bool = False
    vorige_termijn: str | None = None  # the termijn that counts instead
    tijdens: str | None = None  # the name of the moment it happens during
    # on the day of the moment it happens during: where that one stands among the day's
    # entries (prepares another?, its kind) and the names from it down to this one, so that
    # it stands right after it
    plek: tuple[Any, ...] = ()

    @property
    def wanneer_nl(self) -> str:
        """When, as the kalender, its .ics and the handout write it: '12 april 2027',
        'april 2027' (a month, the day not yet known), 'vóór april 2027'."""
        return self.datum_tekst or datum_nl(self.datum)

    def as_json(self) -> dict[str, Any]:
        return {"datum": self.datum.isoformat(), "tot_en_met": self.tot_en_met.isoformat(),
                "datum_tekst": self.wanneer_nl, "soort": self.soort, "naam": self.naam,
                "afspraak": self.afspraak, "trekker": self.trekker, "wanneer": self.wanneer,
                "bereidt_voor": self.bereidt_voor, "tijdens": self.tijdens, "tekst": self.tekst,
                "status": self.status, "voorstel": self.voorstel,
                "vorige_termijn": self.vorige_termijn, "uid": self.uid}


class Kalender(Struct):
    van: date
    tot: date
    gemeente: str
    gevraagd: str  # the trekkers asked for, in words ("" for everyone)
    items: list[Gebeurtenis]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "pa"


def _moments(ds: Dataset, van: date, tot: date, s: Stand, domain: str) -> list[Gebeurtenis]:
    assert ds.afspraken is not None
    trekkers, wanted = s.trekkers, s.gevraagd
    out = []
    by_id = {m.id: m for m in ds.afspraken.cyclus}
    # a year's moment may stand in the year before (the day before an overleg of 1 januari)
    for year in range(van.year, tot.year + 2):
        for m in ds.afspraken.cyclus:
            d = datering(m, year, by_id)
            if d.laatste < van or d.dag > tot:
                continue
            if wanted and m.soort not in _FOR_EVERYONE and not trekkers.matches(m.trekker,
                                                                                  wanted):
                continue
            target = by_id.get(m.bereidt_voor or "")
            during = by_id.get(m.tijdens or "")
            out.append(Gebeurtenis(d.dag, d.laatste, m.soort, m.naam, f"{m.id}-{year}@{domain}",
                                   m.afspraak, [trekkers.display(n) for n in m.trekker],
                                   m.wanneer, m.wat, datum_tekst=d.tekst,
                                   bereidt_voor=target.naam if target else None,
                                   tijdens=during.naam if during else None,
                                   plek=_plek(m, d, year, by_id)))
    return out


def _plek(m: Moment, d: Datering, year: int, by_id: dict[str, Moment]) -> tuple[Any, ...]:
    """For a moment on the day of the moment it happens during (`Gebeurtenis.plek`): the
    place of the first moment of that chain on that day, and the names down to `m`."""
    names, first = [m.naam], m
    while (up := by_id.get(first.tijdens or "")) is not None and up.id != m.id \
            and len(names) <= len(by_id) and datering(up, year, by_id) == d:
        names.insert(0, up.naam)
        first = up
    if first is m:
        return ()
    return first.bereidt_voor is not None, _KINDS[first.soort], tuple(names)


def _action_uid(chain: list[tuple[Agenda, Rij]], domain: str) -> str:
    """Stable for the action: the agenda and number where it began (the first of its chain,
    query.agendas.keten), so that a carried-over action keeps its event; not its place in the
    file."""
    agenda, rij = chain[0]
    name = agenda.src[0].rsplit("/", 1)[-1].removesuffix(".yaml")
    return f"{name}-{rij.nr}@{domain}"


def _deadlines(ds: Dataset, acties: list[Actie], van: date, tot: date,
               domain: str) -> list[Gebeurtenis]:
    """One event per action: where a period holds two of its rows (the old agenda's and the
    one it is carried into), the later one, as its new termijn moves the same event."""
    out: dict[str, tuple[int, Gebeurtenis]] = {}
    today = clock.today()
    for a in acties:
        day = a.gepland  # a concept's proposed termijn too: the plan for the period, marked
        status, _ = op_peildatum(a.rij, today)  # a reminder is for what is still to do now
        if (day is None or not van <= day <= tot or status in ("gereed", "vervallen")
                or getattr(a, "doorgeschoven", None)):
            continue
        chain = keten(ds, a.agenda, a.rij)
        uid = _action_uid(chain, domain)
        step = next(i for i, (_, r) in enumerate(chain) if r is a.rij)
        if uid in out and out[uid][0] > step:
            continue
        # a proposal stands on its own day, the plan, and says what counts until the
        # vaststelling; an agenda vastgesteld by that day agreed it
        agreed = a.voorstel and not a.agenda.concept_op(day)
        out[uid] = (step, Gebeurtenis(
            day, day, "actie", f"{a.nr} {a.onderwerp or ''}".strip(), uid,
            a.afspraak.nr if a.afspraak else None, a.trekker, a.termijn, a.rij.actie, status,
            a.nr, termijn_uitleg="" if agreed else a.termijn_uitleg,
            voorstel=a.voorstel and not agreed,
            vorige_termijn=None if agreed else a.vorige_termijn))
    return [g for _, g in out.values()]


_KINDS = {k: i for i, k in enumerate(SOORTEN)}


def _order(g: Gebeurtenis) -> tuple[date, bool, int]:
    """By day; on one day what prepares the next moment last, right before it; then by kind
    (then a set's calendar by number and name, a portfolio's by gemeente). What happens
    during another moment on its day stands where that one stands, after it (`_names`)."""
    if g.plek:
        return g.datum, g.plek[0], g.plek[1]
    return g.datum, g.bereidt_voor is not None, _KINDS[g.soort]


def _names(g: Gebeurtenis) -> tuple[str, ...]:
    """The last key of one day's order: the name, or for what happens during another moment
    the names from that moment down to it, so that it comes right after that moment."""
    return g.plek[2] if g.plek else (g.naam,)


def _a_year_after(day: date) -> date:
    """The day before the same date next year: 1 jan 2023 -> 31 dec 2023."""
    try:
        return day.replace(year=day.year + 1) - timedelta(days=1)
    except ValueError:  # 29 February
        return date(day.year + 1, 2, 28)


def kalender(ds: Dataset, van: date, tot: date | None, trekker: list[str],
             set_name: str | None = None) -> Kalender:
    """The calendar from `van` up to and including `tot` (default: one year from `van`).

    The UIDs end in @GEMEENTE.pa; in a portfolio in @SET.GEMEENTE.pa (`set_name`, the set's
    folder), so that two sets of one gemeente (two periods) never share one.
    """
    assert ds.afspraken is not None
    end = tot or _a_year_after(van)
    s = stand(ds, van, Filter(trekker), tot=end)
    domain = f"{_slug(ds.afspraken.gemeente)}.pa"
    if set_name is not None:
        domain = f"{_slug(set_name)}.{domain}"
    items = _moments(ds, van, end, s, domain)
    items += _deadlines(ds, s.acties, van, end, domain)
    looptijd = ds.afspraken.looptijd
    if van <= looptijd.tot_en_met <= end:
        items.append(Gebeurtenis(looptijd.tot_en_met, looptijd.tot_en_met, "looptijd",
                                 "Einde looptijd prestatieafspraken", f"looptijd-einde@{domain}",
                                 bron(ds.afspraken.regel.verlenging, "") or None, [], None,
                                 looptijd.verlenging))
    volgorde = ds.afspraken.volgorde()  # 'A2' before 'A10', 'V.1' before 'IX.1'
    items.sort(key=lambda g: (*_order(g), volgorde(g.nr) if g.nr else (), *_names(g)))
    return Kalender(van, end, ds.afspraken.gemeente, s.gevraagd_namen() if s.gevraagd else "",
                    items)


def samen(title: str, parts: list[tuple[str, Kalender]]) -> Kalender:
    """The calendars of a portfolio's sets as one (for --ics): each entry named with its
    gemeente, in order of date."""
    # one day's entries of one gemeente keep the order of its own calendar (numbers, names)
    ranked = [((*_order(g), gemeente, i),
               Gebeurtenis(g.datum, g.tot_en_met, g.soort, f"{gemeente}: {g.naam}", g.uid,
                           g.afspraak, g.trekker, g.wanneer, g.tekst, g.status, g.nr,
                           g.datum_tekst, g.bereidt_voor, g.termijn_uitleg, g.voorstel,
                           g.vorige_termijn, g.tijdens, g.plek))
              for gemeente, k in parts for i, g in enumerate(k.items)]
    items = [g for _, g in sorted(ranked, key=lambda r: r[0])]
    first = parts[0][1]
    gevraagd = ", ".join(dict.fromkeys(k.gevraagd for _, k in parts if k.gevraagd))
    return Kalender(first.van, first.tot, title, gevraagd, items)
