"""The cycle's records: the yearly moments of afspraken 5.1-5.9 (`cyclus:` in afspraken.yaml).

A moment says when in every year something happens, as a termijn without its year
('voor 1 april', 'uiterlijk 1 juli', 'april'), read with the rules of base/termijn.py.
"""

from __future__ import annotations

import re
from datetime import date

from pa_cli.base import termijn as _termijn
from pa_cli.base.struct import _Located
from pa_cli.model import nummer as _nummer
from pa_cli.model.fieldtypes import Bool, Custom, Enum, Ident, Nr, RefList, Text
from pa_cli.model.schema import Field, Record

__all__ = ["Moment", "MOMENT", "MOMENT_SOORTEN", "yearly"]

# overleg: a bestuurlijk overleg (5.1); werkgroep: the ambtelijke werkgroep (5.2);
# termijn: something the trekker must have done by then (5.3, 5.4, 5.9)
MOMENT_SOORTEN = ("overleg", "werkgroep", "termijn")


class Moment(_Located):
    """A yearly moment of the cycle (afspraken 5.1-5.9), e.g. the letter 'voor 1 april'."""

    id: str
    naam: str
    afspraak: str
    wanneer: str  # a termijn without its year: 'voor 1 april', 'april', 'najaar'
    soort: str
    trekker: list[str]
    wat: str | None = None
    terugblik: bool = False  # this overleg looks back on the past year (the handout's terugblik)

    def in_jaar(self, year: int) -> tuple[date, date]:
        """(first, last) day of this moment in `year`; one day unless it names a month."""
        return yearly(self.wanneer, year)


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
          True, "Wanneer in elk jaar, als een termijn zonder jaar."),
    Field("soort", Enum(MOMENT_SOORTEN, "PA081"), True, "overleg (bestuurlijk overleg), werkgroep "
          "(ambtelijke werkgroep) of termijn (moet dan gedaan zijn)."),
    Field("trekker", RefList(), True, "Partij(en) of groep(en) die het moment trekken.", list),
    Field("terugblik", Bool(), False, "true bij het overleg dat terugkijkt op het voorgaande "
          "jaar: de hand-out voor dat overleg krijgt dan de terugblik (de acties met een "
          "termijn in dat jaar en hoe ze afliepen). Alleen bij een overleg; zonder: geen "
          "terugblik.", False),
], "Een moment dat elk jaar terugkomt in de cyclus van de prestatieafspraken.")
