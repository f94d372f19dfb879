"""Which agenda a command works on, and which of its rows have moved on to a later one.

Commands work on the agenda that covers the peildatum (by the years in its file name,
agenda-2024-2025.yaml); `--agenda JAREN` picks another. On a peildatum no agenda covers,
the latest agenda before it is used, and the command says so in one line (`melding`).

A row with `doorgeschoven: "2024-2025"` has moved on once that agenda has begun: from
then on the action counts in the newest agenda only, and the old row shows where it went.
"""

from __future__ import annotations

from datetime import date

from pa_cli._struct import Struct
from pa_cli.exits import Refused
from pa_cli.load import Dataset
from pa_cli.model import Agenda, Rij

__all__ = ["Keuze", "kies", "by_jaren", "doorgeschoven", "split_ref", "vorige_uiterlijk"]


class Keuze(Struct):
    """The agenda(s) a command works on, and the line that says why when it is not obvious."""

    agendas: list[Agenda]
    melding: str = ""


def by_jaren(ds: Dataset) -> dict[str, Agenda]:
    return {a.jaren: a for a in ds.agendas if a.jaren}


def _unknown(ds: Dataset, jaren: str) -> Refused:
    return Refused(f"agenda '{jaren}' bestaat niet; bekend: "
                   + (", ".join(a.jaren or "" for a in ds.agendas) or "geen"))


def kies(ds: Dataset, peildatum: date, jaren: str | None = None,
         tot: date | None = None) -> Keuze:
    """The agenda for the peildatum, or the one `jaren` names.

    With `tot` (a period, as the calendar shows), every agenda whose years overlap
    the peildatum's year up to tot's, or else the one for the peildatum.
    """
    if jaren is not None:
        found = by_jaren(ds).get(jaren)
        if found is None:
            raise _unknown(ds, jaren)
        return Keuze([found])
    dated = sorted((a for a in ds.agendas if a.years), key=lambda a: a.years or (0, 0))
    if not dated:  # no file names with years: every agenda, as before the cycle
        return Keuze(list(ds.agendas))
    year = peildatum.year
    if tot is not None:
        overlap = [a for a in dated if a.years and a.years[0] <= tot.year
                   and year <= a.years[1]]
        if overlap:
            return Keuze(overlap)
    covering = [a for a in dated if a.years and a.years[0] <= year <= a.years[1]]
    if covering:
        return Keuze([covering[-1]])
    before = [a for a in dated if a.years and a.years[1] < year]
    chosen = before[-1] if before else dated[0]
    which = "de laatste daarvoor" if before else "de eerste"
    return Keuze([chosen], f"Geen agenda voor {year}: pa gebruikt agenda {chosen.jaren}, {which} "
                           "(kies een andere met --agenda JAREN).")


def doorgeschoven(ds: Dataset, rij: Rij, peildatum: date) -> str | None:
    """The years of the agenda a row has moved on to by the peildatum, or None."""
    if not rij.doorgeschoven:
        return None
    target = by_jaren(ds).get(rij.doorgeschoven)
    if target is None or target.years is None or peildatum.year < target.years[0]:
        return None
    return rij.doorgeschoven


def vorige_uiterlijk(ds: Dataset, rij: Rij) -> date | None:
    """While a carried action's new termijn is still 'vast te stellen', the last day of the
    termijn it had before (following `herkomst` back); None when it never had a dated one.

    Until the werkgroep sets a new termijn, the action is judged by the old one: carrying an
    overdue action over must not turn it green.
    """
    seen = {id(rij)}
    current = rij
    agendas = by_jaren(ds)
    while current.termijn is not None and current.termijn.vast_te_stellen and current.herkomst:
        jaren, _, nr = current.herkomst.partition("/")
        source = agendas.get(jaren)
        previous = next((r for r in source.rijen if r.nr == nr), None) if source else None
        if previous is None or id(previous) in seen:
            return None
        seen.add(id(previous))
        current = previous
    if current is rij or current.termijn is None:
        return None
    return current.termijn.uiterlijk


def split_ref(ref: str) -> tuple[str | None, str]:
    """'2024-2025/2.4b' -> ('2024-2025', '2.4b'); '2.4b' -> (None, '2.4b')."""
    jaren, slash, nr = ref.partition("/")
    return (jaren, nr) if slash else (None, ref)
