"""Query stage: the bestuurlijk overleggen of the cycle, read from `cyclus:` in afspraken.yaml.

In Terneuzen that is a voorjaarsoverleg and a najaarsoverleg, each in the month its data
gives (with the afspraak it comes from). An overleg's date is the first
day of its period (1 april); a date given with --overleg belongs to the overleg whose
month is nearest, a tie going to the one that comes next. --overleg also takes an overleg
named with its year: by its moment's id or naam ('najaarsoverleg 2027', 'Startoverleg 2027'),
or by its half year ('voorjaar 2027'), dated by the cycle as the handout dates it.
"""

from __future__ import annotations

import copy
import re
from datetime import date, timedelta

from pa_cli.base import termijn
from pa_cli.base.exits import UsageProblem
from pa_cli.base.fmt import datum_nl, opsomming
from pa_cli.base.problems import unknown
from pa_cli.base.struct import Struct
from pa_cli.model import datum
from pa_cli.model.records import Moment
from pa_cli.query.stand import Stand, due_before

__all__ = ["Overleg", "Seizoen", "Cyclus", "overleg_option", "voor_overleg", "OVERLEG_FORMS"]

# Without overleggen in `cyclus:` pa invents none: the handout is for the day given with
# --overleg (else the peildatum), and "before the next overleg" is the stoplicht's marge.


class Overleg(Struct):
    """A bestuurlijk overleg of the cycle."""

    datum: date
    soort: str  # "voorjaar" (January to June) or "najaar"
    naam: str  # "Voorjaarsoverleg 2023"
    doel: str  # what the cycle says this overleg is for
    afspraak: str = ""  # the afspraak the cycle cites for it; "" without a cycle
    moment: str = ""  # the name of its moment in the cycle, without the year ("Voorjaarsoverleg")
    terugblik: bool = False  # the cycle has it look back on the past year (`terugblik: true`)


class Seizoen(Struct):
    """--overleg 'najaarsoverleg 2027' or 'voorjaar 2027': an overleg of the cycle named by its
    moment's id or naam, or by its half year, with the year; its date is read from the cycle."""

    naam: str  # as typed before the year, case and spaces normalised: "najaarsoverleg"
    jaar: int
    tekst: str  # as typed, for messages


OVERLEG_FORMS = (f"de naam van een overleg uit de cyclus met het jaar, voorjaar 2027, najaar "
                 f"2026 of een datum: {datum.FORMS}")
_NAAM_JAAR = re.compile(r"(.*[^\W\d].*?) (\d{4})")  # words with a letter, then a year
# the overleg of a half year: 'voorjaar 2027', 'najaarsoverleg 2026'
_HALFJAAR = {"voorjaar": "voorjaar", "voorjaarsoverleg": "voorjaar", "voorjaaroverleg": "voorjaar",
             "najaar": "najaar", "najaarsoverleg": "najaar", "najaaroverleg": "najaar"}


def _gewoon(text: str) -> str:
    return " ".join(text.casefold().split())


def _geen_overleg(text: str, option: str, hint: str | None = None) -> UsageProblem:
    return UsageProblem(f"{option} '{text}' is geen datum of overleg"
                        f"{hint or f'; schrijf bijvoorbeeld {OVERLEG_FORMS}'}")


def overleg_option(text: str, option: str = "--overleg") -> date | Seizoen:
    """The overleg given on the command line: a date, or an overleg named with its year (read
    against the cycle by `Cyclus.kies`); a usage problem (exit 2) naming the accepted forms. A
    text that is nearly a date gets the date meant."""
    try:
        return datum.parse(text)
    except ValueError:
        pass
    hint = datum.near(text)
    if not hint and (m := _NAAM_JAAR.fullmatch(_gewoon(text))):
        return Seizoen(m[1], int(m[2]), text)
    raise _geen_overleg(text, option, hint)


def _periode(naam: str) -> bool:
    """'eind februari', 'zomer', 'april': the words of a termijn, not the name of an overleg."""
    return all(w in termijn.WORDS for w in naam.split())


def _soort(d: date) -> str:
    return "voorjaar" if d.month <= 6 else "najaar"


class Cyclus:
    """The overleggen of each year, in order; built from the moments of kind 'overleg'."""

    def __init__(self, moments: list[Moment], marge_weken: int = 8) -> None:
        overleggen = [m for m in moments if m.soort == "overleg"]
        self.overleggen = sorted(overleggen, key=lambda m: m.in_jaar(2000)[0])
        self.marge = timedelta(weeks=marge_weken)  # without overleggen: "before the next"


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
        """The overleg held on `d`; without a cycle a neutral one that cites nothing."""
        if not self.overleggen:
            return Overleg(d, "", "Hand-out", "de stand van de uitvoering")
        m = self.overleggen[self._index(d)]
        return Overleg(d, _soort(m.in_jaar(d.year)[0]), f"{m.naam} {d.year}",
                       (m.wat or "").rstrip(". "), m.afspraak, m.naam, m.terugblik)

    def na(self, d: date) -> Overleg:
        """What 'before the next overleg' means after `d`: the next overleg, or without a
        cycle the end of the marge ("het einde van de marge van 8 weken")."""
        if self.overleggen:
            return self.op(self.volgend(d))
        weeks = self.marge.days // 7
        return Overleg(d + self.marge, "", f"Einde van de marge van {weeks} "
                       f"{'week' if weeks == 1 else 'weken'}", "")

    def kies(self, keuze: date | Seizoen | None, peildatum: date) -> date:
        """The date of the overleg asked for with --overleg: a date as given; for an overleg
        named by its moment's id or naam the first day of that moment in the year, for a half
        year that of its (first) overleg, as the cycle dates them; a name that fits none is
        refused with the cycle's own overleggen; without --overleg, the first overleg on or
        after the peildatum."""
        if isinstance(keuze, date):
            return keuze
        if keuze is None:
            return self.eerstvolgend(peildatum) if self.overleggen else peildatum
        for m in self.overleggen:
            if keuze.naam in (m.id, _gewoon(m.naam)):
                return m.in_jaar(keuze.jaar)[0]
        half = _HALFJAAR.get(keuze.naam)
        if half is None and _periode(keuze.naam):
            raise _geen_overleg(keuze.tekst, "--overleg")  # a period such as 'zomer 2027'
        if not self.overleggen:
            raise UsageProblem(f"--overleg '{keuze.tekst}': afspraken.yaml noemt geen "
                               "overleggen (cyclus:); geef de datum van het overleg")
        if half is None:
            raise UsageProblem(self._onbekend(keuze))
        starts = [m.in_jaar(keuze.jaar)[0] for m in self.overleggen]
        found = [s for s in starts if _soort(s) == half]
        if not found:
            held = opsomming([datum_nl(s) for s in starts], "en")
            raise UsageProblem(f"--overleg '{keuze.tekst}': de cyclus in afspraken.yaml heeft "
                               f"geen overleg in het {half}, in {keuze.jaar} alleen op "
                               f"{held}; geef de datum van het overleg")
        return found[0]

    def _onbekend(self, keuze: Seizoen) -> str:
        """--overleg names no overleg of this cycle: its own overleggen spelled out."""
        year = keuze.jaar
        names = {**{m.id: f"{m.naam} {year}" for m in self.overleggen},
                 **{_gewoon(m.naam): f"{m.naam} {year}" for m in self.overleggen}}
        listed = [f"{m.naam} {year}" for m in self.overleggen]
        listed.append(f"een halfjaar (voorjaar {year}, najaar {year}) of een datum")
        return (f"--overleg '{keuze.tekst}': de cyclus in afspraken.yaml heeft geen overleg "
                f"'{keuze.naam}'" + unknown(keuze.naam, names, listed))

    def komend(self, peildatum: date) -> Overleg:
        """The next overleg after the peildatum ("what must be done before the next
        overleg"); on the day of an overleg, the one after it. Without a cycle the end of
        the marge."""
        if not self.overleggen:
            return self.na(peildatum)
        return self.op(self.eerstvolgend(peildatum + timedelta(days=1)))

    def eerstvolgend(self, peildatum: date) -> date:
        """The first overleg on or after the peildatum."""
        starts = [self._start(i, peildatum.year) for i in range(2 * len(self.overleggen))]
        return min(s for s in starts if s >= peildatum)

    def volgend(self, overleg: date) -> date:
        return self._start(self._index(overleg) + 1, overleg.year)

    def vorig(self, overleg: date) -> date:
        """The overleg before; without a cycle, the same day a year earlier."""
        if not self.overleggen:
            return _a_year_before(overleg)
        return self._start(self._index(overleg) - 1 + len(self.overleggen), overleg.year - 1)


def _a_year_before(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return date(d.year - 1, 2, 28)


def voor_overleg(s: Stand, cyclus: Cyclus) -> Stand:
    """The actions of `s` whose termijn ends before the next overleg after the peildatum.

    As section 3 of the handout of the overleg before that one lists them: not done,
    termijn from the peildatum to before the overleg; earliest first.
    """
    volgend = cyclus.komend(s.peildatum)
    end, naam = volgend.datum, volgend.naam
    kop = f"Termijn vóór het {naam[:1].lower()}{naam[1:]} ({datum_nl(end)}), stand"
    out = copy.copy(s)
    out.acties, out.kop = due_before(s.acties, s.peildatum, end), kop
    return out
