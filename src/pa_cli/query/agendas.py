"""Which agenda a command works on, and which of its rows have moved on to a later one.

Commands work on the agenda that covers the peildatum (by the years in its file name,
agenda-2024-2025.yaml); `--agenda JAREN` picks another. On a peildatum no agenda covers,
the latest agenda before it is used, and the command says so in one line (`melding`).

A row with `doorgeschoven: "2024-2025"` has moved on once that agenda has begun: from
then on the action counts in the newest agenda only, and the old row shows where it went.
"""

from __future__ import annotations

from datetime import date

from pa_cli.base.exits import Refused
from pa_cli.base.struct import Struct
from pa_cli.base.termijn import Termijn
from pa_cli.load.dataset import Dataset
from pa_cli.model.records import Agenda, Rij

__all__ = ["Keuze", "kies", "by_jaren", "doorgeschoven", "split_ref", "keten", "actueel",
           "vorige_termijn"]


class Keuze(Struct):
    """The agenda(s) a command works on, and the line that says why when it is not obvious."""

    agendas: list[Agenda]
    melding: str = ""


def by_jaren(ds: Dataset) -> dict[str, Agenda]:
    return ds.index().by_jaren  # built once per dataset: asked for every row


def _unknown(ds: Dataset, jaren: str) -> Refused:
    """The agendas --agenda can name: not one whose file name has nothing after 'agenda-'."""
    return Refused(f"agenda '{jaren}' bestaat niet; bekend: " + (", ".join(by_jaren(ds)) or "geen"))


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


def _row(ds: Dataset, jaren: str, nr: str | None = None,
         herkomst: str | None = None) -> tuple[Agenda, Rij] | None:
    index = ds.index()
    agenda = index.by_jaren.get(jaren)
    if agenda is None:
        return None
    rij = index.rij(agenda, nr) if nr is not None else (
        index.met_herkomst(agenda, herkomst) if herkomst else None)
    return None if rij is None else (agenda, rij)


def keten(ds: Dataset, agenda: Agenda, rij: Rij) -> list[tuple[Agenda, Rij]]:
    """The rows of one action across agendas, oldest first (herkomst back, doorgeschoven on)."""
    chain = [(agenda, rij)]
    seen = {id(rij)}
    while chain[0][1].herkomst:  # backwards
        jaren, _, nr = (chain[0][1].herkomst or "").partition("/")
        found = _row(ds, jaren, nr=nr)
        if found is None or id(found[1]) in seen:
            break
        seen.add(id(found[1]))
        chain.insert(0, found)
    while chain[-1][1].doorgeschoven:  # forwards
        ag, r = chain[-1]
        found = _row(ds, r.doorgeschoven or "", herkomst=f"{ag.jaren}/{r.nr}")
        if found is None or id(found[1]) in seen:
            break
        seen.add(id(found[1]))
        chain.append(found)
    return chain


def actueel(ds: Dataset, agenda: Agenda, rij: Rij, peildatum: date) -> tuple[Agenda, Rij]:
    """The row where the action of `rij` lives on the peildatum: `rij` itself, or the row it
    was carried over to (again and again) in an agenda that had begun by then."""
    chain = keten(ds, agenda, rij)
    here = next(i for i, (_, r) in enumerate(chain) if r is rij)
    while here + 1 < len(chain) and doorgeschoven(ds, chain[here][1], peildatum):
        here += 1
    return chain[here]


def vorige_termijn(ds: Dataset, agenda: Agenda, rij: Rij, peildatum: date) -> Termijn | None:
    """The termijn a carried action is judged by on the peildatum instead of its own, or None
    when its own counts.

    The termijnen of an agenda are agreed at its vaststelling. So a carried action (herkomst)
    keeps the termijn it had while its new one is still 'vast te stellen', and while its agenda
    is a concept on the peildatum (Agenda.concept_op), whatever new termijn the concept
    proposes: carrying an overdue action over must not turn it green before anyone agreed to
    it. That is the latest termijn before it in its chain (keten) that was set in an agenda
    vastgesteld by the peildatum; None when there is none (then a proposal counts as a new
    row's termijn does, and 'vast te stellen' has no deadline), and None when the proposal
    means the same as the old one ('vanaf 2023' kept as it was): nothing to tell apart.
    """
    termijn = rij.termijn
    if not (rij.herkomst and termijn is not None
            and (termijn.vast_te_stellen or agenda.concept_op(peildatum))):
        return None
    chain = keten(ds, agenda, rij)
    here = next(i for i, (_, r) in enumerate(chain) if r is rij)
    for old_agenda, previous in reversed(chain[:here]):
        old = previous.termijn
        if old is not None and not old.vast_te_stellen and not old_agenda.concept_op(peildatum):
            same = (old.uiterlijk, old.begin) == (termijn.uiterlijk, termijn.begin)
            return None if same and not termijn.vast_te_stellen else old
    return None


def split_ref(ref: str) -> tuple[str | None, str]:
    """'2024-2025/2.4b' -> ('2024-2025', '2.4b'); '2.4b' -> (None, '2.4b')."""
    jaren, slash, nr = ref.partition("/")
    return (jaren, nr) if slash else (None, ref)
