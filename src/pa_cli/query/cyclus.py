"""Query stage: the bestuurlijk overleggen of the cycle, read from `cyclus:` in afspraken.yaml.

In Terneuzen that is a voorjaarsoverleg in april and a najaarsoverleg in oktober
(afspraak 5.1 and the "Cyclus prestatieafspraken"). An overleg's date is the first
day of its period (1 april); a date given with --overleg belongs to the overleg whose
month is nearest, a tie going to the one that comes next. --overleg also takes the
overleg of a half year ('voorjaar 2027'), dated by the cycle as the handout dates it.
"""

from __future__ import annotations

import copy
import re
from datetime import date

from pa_cli.base.exits import UsageProblem
from pa_cli.base.fmt import datum_nl, opsomming
from pa_cli.base.struct import Struct
from pa_cli.model import datum
from pa_cli.model.records import Moment
from pa_cli.query.stand import Stand, due_before

__all__ = ["Overleg", "Seizoen", "Cyclus", "overleg_option", "voor_overleg", "OVERLEG_FORMS"]

# For data without `cyclus:`: the cycle as the Terneuzen document describes it.
_DEFAULT = [
    Moment(id="voorjaarsoverleg", naam="Voorjaarsoverleg", afspraak="5.1", wanneer="april",
           soort="overleg", trekker=[],
           wat="evaluatie van de prestatieafspraken voorgaande jaren en actualisatie "
               "uitvoeringsagenda."),
    Moment(id="najaarsoverleg", naam="Najaarsoverleg", afspraak="5.1", wanneer="oktober",
           soort="overleg", trekker=[], wat="bespreken van de voortgang."),
]


class Overleg(Struct):
    """A bestuurlijk overleg of the cycle."""

    datum: date
    soort: str  # "voorjaar" (January to June) or "najaar"
    naam: str  # "Voorjaarsoverleg 2023"
    doel: str  # what the cycle says this overleg is for


class Seizoen(Struct):
    """--overleg 'voorjaar 2027': the overleg of that half year, its date still to be read
    from the cycle."""

    soort: str  # "voorjaar" or "najaar", as Overleg.soort
    jaar: int
    tekst: str  # as typed, for messages


OVERLEG_FORMS = f"voorjaar 2027, najaar 2026 of een datum: {datum.FORMS}"
_SEIZOEN = re.compile(r"(voorjaar|najaar)(?:s?overleg)? (\d{4})")


def overleg_option(text: str, option: str = "--overleg") -> date | Seizoen:
    """The overleg given on the command line: a date, or a half year of the cycle; a usage
    problem (exit 2) naming the accepted forms."""
    if m := _SEIZOEN.fullmatch(" ".join(text.casefold().split())):
        return Seizoen(m[1], int(m[2]), text)
    try:
        return datum.parse(text)
    except ValueError:
        raise UsageProblem(f"{option} '{text}' is geen datum of overleg; schrijf bijvoorbeeld "
                           f"{OVERLEG_FORMS}") from None


def _soort(d: date) -> str:
    return "voorjaar" if d.month <= 6 else "najaar"


class Cyclus:
    """The overleggen of each year, in order; built from the moments of kind 'overleg'."""

    def __init__(self, moments: list[Moment]) -> None:
        overleggen = [m for m in moments if m.soort == "overleg"] or _DEFAULT
        self.overleggen = sorted(overleggen, key=lambda m: m.in_jaar(2000)[0])

    def _start(self, i: int, year: int) -> date:
        n = len(self.overleggen)
        return self.overleggen[i % n].in_jaar(year + i // n)[0]

    def _index(self, d: date) -> int:
        """The overleg a date belongs to: nearest month, a tie going to the next one."""
        def distance(m: Moment) -> tuple[int, int]:
            month = m.in_jaar(d.year)[0].month
            ahead = (month - d.month) % 12
            return min(ahead, 12 - ahead), ahead

        return min(range(len(self.overleggen)), key=lambda i: distance(self.overleggen[i]))

    def op(self, d: date) -> Overleg:
        """The overleg held on `d`."""
        m = self.overleggen[self._index(d)]
        return Overleg(d, _soort(m.in_jaar(d.year)[0]), f"{m.naam} {d.year}",
                       (m.wat or "").rstrip(". "))

    def kies(self, keuze: date | Seizoen | None, peildatum: date) -> date:
        """The date of the overleg asked for with --overleg: a date as given; for a half year
        the first day of its (first) overleg in that year, as the cycle dates it; without
        one, the first overleg on or after the peildatum."""
        if keuze is None:
            return self.eerstvolgend(peildatum)
        if isinstance(keuze, date):
            return keuze
        starts = [m.in_jaar(keuze.jaar)[0] for m in self.overleggen]
        found = [s for s in starts if _soort(s) == keuze.soort]
        if not found:
            held = opsomming([datum_nl(s) for s in starts], "en")
            raise UsageProblem(f"--overleg '{keuze.tekst}': de cyclus in afspraken.yaml heeft "
                               f"geen overleg in het {keuze.soort}, in {keuze.jaar} alleen op "
                               f"{held}; geef de datum van het overleg")
        return found[0]

    def eerstvolgend(self, peildatum: date) -> date:
        """The first overleg on or after the peildatum."""
        starts = [self._start(i, peildatum.year) for i in range(2 * len(self.overleggen))]
        return min(s for s in starts if s >= peildatum)

    def volgend(self, overleg: date) -> date:
        return self._start(self._index(overleg) + 1, overleg.year)

    def vorig(self, overleg: date) -> date:
        return self._start(self._index(overleg) - 1 + len(self.overleggen), overleg.year - 1)


def voor_overleg(s: Stand, cyclus: Cyclus) -> Stand:
    """The actions of `s` whose termijn ends before the next overleg, as the handout lists them.

    As in the handout for the first overleg on or after the peildatum (section 3): not done,
    termijn from the peildatum to before the overleg after that one; earliest first.
    """
    end = cyclus.volgend(cyclus.eerstvolgend(s.peildatum))
    naam = cyclus.op(end).naam
    kop = f"Termijn vóór het {naam[:1].lower()}{naam[1:]} ({datum_nl(end)}), stand"
    out = copy.copy(s)
    out.acties, out.kop = due_before(s.acties, s.peildatum, end), kop
    return out
