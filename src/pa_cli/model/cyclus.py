"""The cycle's records: the yearly moments of afspraken 5.1-5.9 (`cyclus:` in afspraken.yaml).

A moment says when in every year something happens, as a termijn without its year
('voor 1 april', 'uiterlijk 1 juli', 'april'), read with the rules of base/termijn.py; it may
name the moment it prepares (`bereidt_voor`) or the moment it happens during (`tijdens`), and
the days fixed for some years (`data`).

`datering` is the one rule that turns a moment into its place in a year; the kalender, its
.ics, the handout and `pa status --voor-overleg` all read it (docs/jaarcyclus.md):

- a day fixed for that year (`data:`) is that day;
- a moment that happens during another (`tijdens`) falls where that one falls, its fixed day
  or its month, whatever its own `wanneer` says ('12 oktober 2027', 'oktober 2027');
- a moment that prepares another comes before it: by its own `wanneer` if that ends before
  the other begins, else on the day before the other ('vóór april 2027');
- a month ('april') is that month, not yet a day: 'april 2027', from its first to its last day;
- any other termijn ('voor 1 april', 'uiterlijk 1 juli', 'najaar') is its last day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from pa_cli.base import termijn as _termijn
from pa_cli.base.fmt import MAANDEN, datum_nl
from pa_cli.base.struct import LIST, Struct, _Located
from pa_cli.model import nummer as _nummer
from pa_cli.model.fieldtypes import Bool, Custom, Date, Enum, Ident, ListOf, Nr, RefList, Text
from pa_cli.model.schema import Field, Record

__all__ = ["Moment", "MOMENT", "MOMENT_SOORTEN", "Datering", "datering", "yearly"]

# overleg: a bestuurlijk overleg (5.1); werkgroep: the ambtelijke werkgroep (5.2);
# termijn: something the trekker must have done by then (5.3, 5.4, 5.9)
MOMENT_SOORTEN = ("overleg", "werkgroep", "termijn")


class Moment(_Located):
    """A yearly moment of the cycle (afspraken 5.1-5.9), e.g. the letter 'voor 1 april'."""

    id: str
    naam: str
    afspraak: str
    soort: str
    trekker: list[str]
    wanneer: str | None = None  # a termijn without its year: 'voor 1 april', 'april', 'najaar'
    wat: str | None = None
    terugblik: bool = False  # this overleg looks back on the past year (the handout's terugblik)
    bereidt_voor: str | None = None  # the id of the moment this one prepares
    tijdens: str | None = None  # the id of the moment this one happens during
    data: list[date] = LIST  # days fixed in the data, at most one per year


class Datering(Struct):
    """Where a moment falls in one year (see `datering`)."""

    dag: date  # the day it stands on: a fixed day, the first of its month, or its deadline
    laatste: date  # the last day it can fall on: the end of its month, else `dag`
    tekst: str  # as pa writes it: '12 april 2027', 'april 2027', 'vóór april 2027'

    @property
    def maand(self) -> bool:
        """Known only by its month: no day yet."""
        return self.laatste != self.dag


def datering(m: Moment, year: int, moments: Mapping[str, Moment],
             _seen: tuple[str, ...] = ()) -> Datering:
    """The moment `m` in `year`, by the one rule of the module docstring. `moments` by id,
    for what it prepares or happens during (a reference that loops or is unknown, PA083, is
    left out)."""
    fixed = sorted(d for d in m.data if d.year == year)
    if fixed:
        return Datering(fixed[0], fixed[0], datum_nl(fixed[0]))
    during = moments.get(m.tijdens or "")
    if during is not None and during.id not in _seen and during is not m:
        return datering(during, year, moments, (*_seen, m.id))
    own = None
    if m.wanneer:
        first, last = yearly(m.wanneer, year)
        own = Datering(first, last, datum_nl(first) if first == last
                       else f"{MAANDEN[first.month - 1]} {year}")
    target = moments.get(m.bereidt_voor or "")
    if target is None or target.id in _seen or target is m:
        assert own is not None, "a moment has a wanneer, tijdens or bereidt_voor (check_cyclus)"
        return own
    t = datering(target, year, moments, (*_seen, m.id))
    if own is not None and own.laatste < t.dag:
        return own
    before = t.dag - timedelta(days=1)
    other = datum_nl(t.dag) if t.tekst.startswith("vóór") else t.tekst  # not 'vóór vóór'
    return Datering(before, before, f"vóór {other}")


def yearly(wanneer: str, year: int) -> tuple[date, date]:
    """(first, last) day of a yearly termijn ('uiterlijk 1 juli', 'april') in `year`."""
    last = _termijn.parse(f"{wanneer} {year}").uiterlijk
    assert last is not None  # _parse_wanneer admits no ongoing forms
    month = _termijn.MONTHS.get(_termijn.normalise(wanneer))
    return (date(year, month, 1) if month else last), last


def _parse_wanneer(text: str) -> str:
    """A yearly termijn: a termijn phrase without its year ('voor 1 april', 'oktober')."""
    forms = "'voor 1 april', 'uiterlijk 1 juli', 'april', 'voorjaar', 'najaar'"
    if _termijn.normalise(text) in ("jaarlijks", "doorlopend") or text.startswith("vanaf"):
        raise ValueError(f"wanneer '{text}' heeft geen datum; schrijf bijvoorbeeld {forms}")
    if re.search(r"\d{4}", text):
        raise ValueError(f"wanneer '{text}' noemt een jaar; een moment van de cyclus komt elk "
                         f"jaar terug: schrijf het zonder jaar, zoals {forms}")
    try:
        t = _termijn.parse(f"{text} 2000")
    except _termijn.TermijnFout as e:
        hint = f"; bedoelt u '{e.suggestion[:-5]}'?" if e.suggestion else "."
        raise ValueError(f"wanneer '{text}' is onbekend{hint} Schrijf een termijn zonder jaar, "
                         f"zoals {forms}") from None
    if t.doorlopend:
        raise ValueError(f"wanneer '{text}' heeft geen datum; schrijf bijvoorbeeld {forms}")
    return text


TEXT = Text()
LINE = Text(multiline=False)

MOMENT = Record("moment", Moment, [
    Field("id", Ident(), True, "Korte vaste sleutel (kleine letters, cijfers en '-'); ook de "
          "basis van de UID in de agenda-export."),
    Field("naam", LINE, True, "Korte naam voor de kalender."),
    Field("afspraak", Nr(_nummer.AFSPRAAK), True,
          "De afspraak waar dit moment uit komt, met haar nummer zoals het document het drukt."),
    Field("wat", TEXT, False, "Wat er dan gebeurt, letterlijk uit het document."),
    Field("wanneer", Custom("wanneer", _parse_wanneer, "PA080",
                            "Termijn zonder jaar: 'voor 1 april', 'uiterlijk 1 juli', 'april'"),
          False, "Wanneer in elk jaar, als een termijn zonder jaar. Mag ontbreken bij een "
          "moment met bereidt_voor (dat staat dan op de dag ervoor) of tijdens (dat staat dan "
          "op dezelfde dag); naast tijdens is het alleen de tekst van het document."),
    Field("bereidt_voor", Ident(), False, "Id van het moment dat dit moment voorbereidt (zoals "
          "de werkgroep een overleg); het staat dan altijd vóór dat moment."),
    Field("tijdens", Ident(), False, "Id van het moment waarin dit moment gebeurt (zoals een "
          "bespreking in het bestuurlijk overleg); het staat dan elk jaar op dezelfde datum als "
          "dat moment (zijn vaste dag, anders zijn maand), tenzij dit moment voor dat jaar een "
          "eigen dag heeft (data:)."),
    Field("data", ListOf(Date()), False, "Vastgelegde dagen, hoogstens één per jaar (zoals "
          "2027-04-12): in dat jaar staat het moment op die dag.", list),
    Field("soort", Enum(MOMENT_SOORTEN, "PA081"), True, "overleg (bestuurlijk overleg), werkgroep "
          "(ambtelijke werkgroep) of termijn (moet dan gedaan zijn)."),
    Field("trekker", RefList(), True, "Partij(en) of groep(en) die het moment trekken.", list),
    Field("terugblik", Bool(), False, "true bij het overleg dat terugkijkt op het voorgaande "
          "jaar: de hand-out voor dat overleg krijgt dan de terugblik (de acties met een "
          "termijn in dat jaar en hoe ze afliepen). Alleen bij een overleg; zonder: geen "
          "terugblik.", False),
], "Een moment dat elk jaar terugkomt in de cyclus van de prestatieafspraken.")
