"""Query stage: the bestuurlijk overleggen of the cycle, read from `cyclus:` in afspraken.yaml.

In Terneuzen that is a voorjaarsoverleg and a najaarsoverleg, each in the month its data
gives (with the afspraak it comes from). An overleg is dated by `datering` (model/cyclus.py):
a day fixed in the data, else its month ('april 2027'), which it may fill to the last day:
until then it lies ahead, and what is due before it is due before that day. A date given
with --overleg belongs to the overleg of that day, else whose month is nearest, a tie going
to the one that comes next. --overleg also takes an overleg named with its year: by its
moment's id or naam ('najaarsoverleg 2027', 'Startoverleg 2027'), or by its half year
('voorjaar 2027'), dated by the cycle as the handout dates it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from pa_cli.base import termijn
from pa_cli.base.exits import UsageProblem
from pa_cli.base.fmt import datum_nl, opsomming
from pa_cli.base.problems import unknown
from pa_cli.base.struct import Struct
from pa_cli.model import datum
from pa_cli.model.cyclus import Datering, datering, yearly
from pa_cli.model.records import Moment
from pa_cli.query.stand import Stand, due_before

__all__ = ["Overleg", "Seizoen", "Cyclus", "overleg_option", "voor_overleg", "OVERLEG_FORMS"]

# Without overleggen in `cyclus:` pa invents none: the handout is for the day given with
# --overleg (else the peildatum), and "before the next overleg" is the stoplicht's marge.


class Overleg(Struct):
    """A bestuurlijk overleg of the cycle, dated by `datering` (model/cyclus.py)."""

    datum: date  # the day it stands on: a fixed day, or the first day of its month
    soort: str  # "voorjaar" (January to June) or "najaar"
    naam: str  # "Voorjaarsoverleg 2023"
    doel: str  # what the cycle says this overleg is for
    afspraak: str = ""  # the afspraak the cycle cites for it; "" without a cycle
    moment: str = ""  # the name of its moment in the cycle, without the year ("Voorjaarsoverleg")
    terugblik: bool = False  # the cycle has it look back on the past year (`terugblik: true`)
    laatste: date | None = None  # the last day it can be: its month's end while its day is
    # not known; else (and None as given) `datum`. It lies ahead while the peildatum is before
    # this day, and what is due before it is due before this day.
    wanneer: str = ""  # as pa writes it: '12 april 2027', 'april 2027'; "" as given: the day

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.laatste = self.laatste or self.datum
        self.wanneer = self.wanneer or datum_nl(self.datum)

    @property
    def tot(self) -> date:
        """What falls due before the overleg falls due before this day."""
        assert self.laatste is not None
        return self.laatste


class Seizoen(Struct):
    """--overleg 'najaarsoverleg 2027' or 'voorjaar 2027': an overleg of the cycle named by its
    moment's id or naam, or by its half year, with the year; its date is read from the cycle."""

    naam: str  # as typed before the year, case and spaces normalised: "najaarsoverleg"
    jaar: int | None  # None: typed without a year ('startoverleg'), which kies() refuses
    tekst: str  # as typed, for messages


OVERLEG_FORMS = (f"de naam van een overleg uit de cyclus met het jaar, voorjaar 2027, najaar "
                 f"2026 of een datum: {datum.FORMS}")
# compiled on first use (by re's own cache): only an --overleg named with words needs them
_NAAM_JAAR = r"(.*[^\W\d].*?) (\d{4})"  # words with a letter, then a year
_NAAM = r"[^\d]*[^\W\d][^\d]*"  # words with a letter and no digit: no year
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
    if not hint and (m := re.fullmatch(_NAAM_JAAR, _gewoon(text))):
        return Seizoen(m[1], int(m[2]), text)
    if not hint and re.fullmatch(_NAAM, _gewoon(text)):
        return Seizoen(_gewoon(text), None, text)  # an overleg without its year? kies() says
    raise _geen_overleg(text, option, hint)


def _periode(naam: str) -> bool:
    """'eind februari', 'zomer', 'april': the words of a termijn, not the name of an overleg."""
    return all(w in termijn.WORDS for w in naam.split())


def _soort(d: date) -> str:
    return "voorjaar" if d.month <= 6 else "najaar"


class Cyclus:
    """The overleggen of each year, in order; built from the moments of kind 'overleg'.

    The i-th overleg counts from the first of year 0: year i // n, the (i % n)-th of that
    year in date order (n overleggen a year).
    """

    def __init__(self, moments: list[Moment], marge_weken: int = 8) -> None:
        self.moments = {m.id: m for m in moments}
        self.overleggen = [m for m in moments if m.soort == "overleg"]
        self.marge = timedelta(weeks=marge_weken)  # without overleggen: "before the next"

    def _year(self, year: int) -> list[tuple[Moment, Datering]]:
        dated = [(m, datering(m, year, self.moments)) for m in self.overleggen]
        return sorted(dated, key=lambda md: md[1].dag)

    def _overleg(self, i: int) -> Overleg:
        year, k = divmod(i, len(self.overleggen))
        m, d = self._year(year)[k]
        usual = yearly(m.wanneer, year)[0] if m.wanneer else d.dag  # a moved day keeps its half
        return Overleg(d.dag, _soort(usual), f"{m.naam} {year}", (m.wat or "").rstrip(". "),
                       m.afspraak, m.naam, m.terugblik, d.laatste, d.tekst)

    def _first(self, peildatum: date, ahead: Callable[[Overleg], bool]) -> Overleg:
        """The first overleg from the year before the peildatum's on that is `ahead`."""
        i = (peildatum.year - 1) * len(self.overleggen)
        while not ahead(o := self._overleg(i)):
            i += 1
        return o

    def _index(self, d: date) -> int:
        """The overleg a date belongs to: its own day if fixed, else the nearest month, a tie
        going to the next one."""
        n = len(self.overleggen)

        def distance(i: int) -> tuple[bool, int, bool]:
            day = self._overleg(i).datum
            months = (day.year - d.year) * 12 + day.month - d.month
            return day != d, abs(months), months < 0

        return min(range((d.year - 1) * n, (d.year + 2) * n), key=distance)

    def op(self, d: date) -> Overleg:
        """The overleg held on `d` (as given with --overleg); without a cycle a neutral one that
        cites nothing."""
        if not self.overleggen:
            return Overleg(d, "", "Hand-out", "de stand van de uitvoering")
        o = self._overleg(self._index(d))
        return Overleg(d, o.soort, o.naam, o.doel, o.afspraak, o.moment, o.terugblik)

    def na(self, overleg: Overleg) -> Overleg:
        """What 'before the next overleg' means after `overleg`: the next overleg, or without a
        cycle the end of the marge ("het einde van de marge van 8 weken")."""
        if self.overleggen:
            return self._overleg(self._index(overleg.datum) + 1)
        weeks = self.marge.days // 7
        return Overleg(overleg.datum + self.marge, "", f"Einde van de marge van {weeks} "
                       f"{'week' if weeks == 1 else 'weken'}", "")

    def kies(self, keuze: date | Seizoen | None, peildatum: date) -> Overleg:
        """The overleg asked for with --overleg: on a date as given; for an overleg named by
        its moment's id or naam that moment in the year, for a half year its (first) overleg,
        as the cycle dates them; a name that fits none is refused with the cycle's own
        overleggen; without --overleg, the first overleg on or after the peildatum (see
        `eerstvolgend`)."""
        if isinstance(keuze, date):
            return self.op(keuze)
        if keuze is None:
            return self.eerstvolgend(peildatum) if self.overleggen else self.op(peildatum)
        if keuze.jaar is None:
            raise self._zonder_jaar(keuze, peildatum)
        n = len(self.overleggen)
        held = [self._overleg(i) for i in range(keuze.jaar * n, (keuze.jaar + 1) * n)]
        for m in self.overleggen:
            if keuze.naam in (m.id, _gewoon(m.naam)):
                return next(o for o in held if o.moment == m.naam)
        half = _HALFJAAR.get(keuze.naam)
        if half is None and _periode(keuze.naam):
            raise _geen_overleg(keuze.tekst, "--overleg")  # a period such as 'zomer 2027'
        if not self.overleggen:
            raise UsageProblem(f"--overleg '{keuze.tekst}': afspraken.yaml noemt geen "
                               "overleggen (cyclus:); geef de datum van het overleg")
        if half is None:
            raise UsageProblem(self._onbekend(keuze))
        found = [o for o in held if o.soort == half]
        if not found:
            named = opsomming([o.wanneer for o in held], "en")
            raise UsageProblem(f"--overleg '{keuze.tekst}': de cyclus in afspraken.yaml heeft "
                               f"geen overleg in het {half}, in {keuze.jaar} alleen "
                               f"{named}; geef de datum van het overleg")
        return found[0]

    def _zonder_jaar(self, keuze: Seizoen, peildatum: date) -> UsageProblem:
        """--overleg 'startoverleg': the year is missing. Where the words name an overleg of the
        cycle, the form to type, with the year that names the next one from the peildatum."""
        for year in range(peildatum.year, peildatum.year + 3):
            try:
                found = self.kies(Seizoen(keuze.naam, year, keuze.tekst), peildatum)
            except UsageProblem:
                break  # the words name no overleg of this cycle
            if found.tot >= peildatum:
                typed = " ".join(keuze.tekst.split())
                return UsageProblem(f"--overleg '{keuze.tekst}': het jaar ontbreekt; schrijf "
                                    f"het jaar erbij, bijvoorbeeld --overleg \"{typed} {year}\"")
        return _geen_overleg(keuze.tekst, "--overleg")

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
        overleg"): the first whose last possible day is after the peildatum. On the day of an
        overleg, the one after it; in its month while its day is not fixed, that overleg.
        Without a cycle the end of the marge."""
        if not self.overleggen:
            return self.na(self.op(peildatum))
        return self._first(peildatum, lambda o: o.tot > peildatum)

    def eerstvolgend(self, peildatum: date) -> Overleg:
        """The first overleg on or after the peildatum: the handout's overleg; in its month
        while its day is not fixed, up to and including the month's last day."""
        return self._first(peildatum, lambda o: o.tot >= peildatum)

    def vorig(self, overleg: Overleg) -> Overleg:
        """The overleg before; without a cycle, the same day a year earlier. The handout counts
        what changed from its `datum` on: its day, or the first day of its month."""
        if not self.overleggen:
            return Overleg(_a_year_before(overleg.datum), "", "Een jaar ervoor", "")
        return self._overleg(self._index(overleg.datum) - 1)


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
    naam = volgend.naam
    kop = f"Termijn vóór het {naam[:1].lower()}{naam[1:]} ({volgend.wanneer}), stand"
    out = copy.copy(s)
    out.acties, out.kop = due_before(s.acties, s.peildatum, volgend.tot), kop
    return out
