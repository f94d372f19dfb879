"""Query stage: the calendar of the cycle. Yearly moments and action deadlines in date order.

The moments come from `cyclus:` in afspraken.yaml (each with its afspraak); the deadlines
from the agenda actions that are not gereed or vervallen today (a calendar reminds of
what is still to do, whatever period it shows). Every entry has a UID that
stays the same across runs and edits of other rows, so a calendar that imports the
ICS file again updates its events instead of doubling them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from pa_cli.base import clock
from pa_cli.base.struct import LIST, Struct
from pa_cli.load.dataset import Dataset
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
    """One entry of the calendar: one day, or a period such as 'april'."""

    datum: date  # first day
    tot_en_met: date  # last day; equal to datum for a single day
    soort: str  # key of SOORTEN
    naam: str
    uid: str
    afspraak: str | None = None
    trekker: list[str] = LIST
    wanneer: str | None = None  # as written: 'voor 1 april', 'najaar 2022'
    tekst: str | None = None  # what happens: the moment's text or the action
    status: str | None = None  # of an action
    nr: str | None = None  # of an action: one day's termijnen go in the order of their numbers

    def as_json(self) -> dict[str, Any]:
        return {"datum": self.datum.isoformat(), "tot_en_met": self.tot_en_met.isoformat(),
                "soort": self.soort, "naam": self.naam, "afspraak": self.afspraak,
                "trekker": self.trekker, "wanneer": self.wanneer, "tekst": self.tekst,
                "status": self.status, "uid": self.uid}


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
    for year in range(van.year, tot.year + 1):
        for m in ds.afspraken.cyclus:
            first, last = m.in_jaar(year)
            if last < van or first > tot:
                continue
            if wanted and m.soort not in _FOR_EVERYONE and not trekkers.matches(m.trekker,
                                                                                  wanted):
                continue
            out.append(Gebeurtenis(first, last, m.soort, m.naam, f"{m.id}-{year}@{domain}",
                                   m.afspraak, [trekkers.display(n) for n in m.trekker],
                                   m.wanneer, m.wat))
    return out


def _action_uid(ds: Dataset, a: Actie, domain: str) -> str:
    """Stable for the action: the agenda and number where it began, so that a carried-over
    action keeps its event; not its place in the file."""
    agenda, rij = keten(ds, a.agenda, a.rij)[0]
    name = agenda.src[0].rsplit("/", 1)[-1].removesuffix(".yaml")
    return f"{name}-{rij.nr}@{domain}"


def _deadlines(ds: Dataset, acties: list[Actie], van: date, tot: date,
               domain: str) -> list[Gebeurtenis]:
    out = []
    today = clock.today()
    for a in acties:
        day = a.uiterlijk
        status, _ = op_peildatum(a.rij, today)  # a reminder is for what is still to do now
        if (day is None or not van <= day <= tot or status in ("gereed", "vervallen")
                or getattr(a, "doorgeschoven", None)):
            continue
        out.append(Gebeurtenis(day, day, "actie", f"{a.nr} {a.onderwerp or ''}".strip(),
                               _action_uid(ds, a, domain), a.afspraak.nr if a.afspraak else None,
                               a.trekker, a.termijn, a.rij.actie, status, a.nr))
    return out


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
    order = {k: i for i, k in enumerate(SOORTEN)}
    volgorde = ds.afspraken.volgorde()  # 'A2' before 'A10', 'V.1' before 'IX.1'
    items.sort(key=lambda g: (g.datum, order[g.soort], volgorde(g.nr) if g.nr else (), g.naam))
    return Kalender(van, end, ds.afspraken.gemeente, s.gevraagd_namen() if s.gevraagd else "",
                    items)


def samen(title: str, parts: list[tuple[str, Kalender]]) -> Kalender:
    """The calendars of a portfolio's sets as one (for --ics): each entry named with its
    gemeente, in order of date."""
    order = {k: i for i, k in enumerate(SOORTEN)}
    # one day's entries of one gemeente keep the order of its own calendar (numbers, names)
    ranked = [((g.datum, order[g.soort], gemeente, i),
               Gebeurtenis(g.datum, g.tot_en_met, g.soort, f"{gemeente}: {g.naam}", g.uid,
                           g.afspraak, g.trekker, g.wanneer, g.tekst, g.status, g.nr))
              for gemeente, k in parts for i, g in enumerate(k.items)]
    items = [g for _, g in sorted(ranked, key=lambda r: r[0])]
    first = parts[0][1]
    gevraagd = ", ".join(dict.fromkeys(k.gevraagd for _, k in parts if k.gevraagd))
    return Kalender(first.van, first.tot, title, gevraagd, items)
