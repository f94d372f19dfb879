"""Query stage: one action's whole story, across agendas (the core of `pa toon`).

An action carried over by `pa agenda nieuw` is a chain of rows: the new row names its
origin in `herkomst` ("2022-2023/1.1.2"), the old row where it went in `doorgeschoven`.
The story follows that chain both ways from the row asked for, and lists every
voortgang step and every carry-over in date order, as they stood on the peildatum: a later
step is not there yet, and the chain goes on past the row asked for only where the action
had moved on by then (as `pa status --peildatum` counts it).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pa_cli.base.struct import LIST, Struct
from pa_cli.base.termijn import Termijn
from pa_cli.load.dataset import Dataset
from pa_cli.model.records import Afspraak, Agenda, Rij
from pa_cli.model.trekker import Trekkers
from pa_cli.query.agendas import doorgeschoven, keten, vorige_termijn
from pa_cli.query.stand import marge_weken, op_peildatum, stoplicht, verlenging

__all__ = ["Stap", "Verhaal", "verhaal"]


class Stap(Struct):
    """One event in an action's history."""

    soort: str  # "voortgang" or "doorgeschoven"
    agenda: str  # the agenda's years ("2022-2023") or title
    nr: str
    datum: date | None = None  # None: a carry-over into an agenda not (yet) vastgesteld
    status: str | None = None
    toelichting: str | None = None
    naar: str | None = None  # for a carry-over: the agenda it moved to
    concept: bool = False  # a carry-over into an agenda not (yet) vastgesteld

    def as_json(self) -> dict[str, Any]:
        return {"soort": self.soort, "agenda": self.agenda, "nr": self.nr,
                "datum": self.datum.isoformat() if self.datum else None, "status": self.status,
                "toelichting": self.toelichting, "naar": self.naar}


class Verhaal(Struct):
    """An action on the peildatum, with its afspraak and its history, oldest first."""

    agenda: Agenda
    rij: Rij
    afspraak: Afspraak | None
    trekker: list[str]
    peildatum: date
    status: str | None
    toelichting: str | None
    stoplicht: str | None
    dagen_te_laat: int | None
    verlenging: str  # "in verlenging sinds 1 januari 2026", or ""
    rijen: list[tuple[Agenda, Rij]] = LIST  # the chain, oldest agenda first
    stappen: list[Stap] = LIST
    # the old termijn that counts instead of the row's own (agendas.vorige_termijn)
    vorige: Termijn | None = None

    @property
    def termijnen(self) -> list[tuple[str, str, bool]]:
        """(agenda, termijn, voorstel) along the chain, where a termijn was set: how it moved.
        `voorstel`: the agenda is a concept on the peildatum, so its termijn is only proposed."""
        return [(_naam(a), r.termijn.tekst, a.concept_op(self.peildatum)) for a, r in self.rijen
                if r.termijn is not None and not r.termijn.vast_te_stellen]

    @property
    def uitgesteld(self) -> int:
        """How often the agreed deadline moved later from one agenda to the next; a concept's
        proposal is not agreed before its vaststelling, so it does not count."""
        dates = [r.termijn.uiterlijk for a, r in self.rijen if r.termijn is not None
                 and r.termijn.uiterlijk is not None and not a.concept_op(self.peildatum)]
        return sum(1 for a, b in zip(dates, dates[1:]) if b > a)


def _naam(agenda: Agenda) -> str:
    return agenda.jaren or agenda.titel


def _tot_peildatum(ds: Dataset, chain: list[tuple[Agenda, Rij]], rij: Rij,
                   peildatum: date) -> list[tuple[Agenda, Rij]]:
    """The chain as it stood on the peildatum: up to the row asked for, and on from there only
    where the action had moved on by then (query.agendas.doorgeschoven)."""
    end = next(i for i, (_, r) in enumerate(chain) if r is rij)
    while end + 1 < len(chain) and doorgeschoven(ds, chain[end][1], peildatum):
        end += 1
    return chain[:end + 1]


def _stappen(chain: list[tuple[Agenda, Rij]], peildatum: date) -> list[Stap]:
    out: list[Stap] = []
    for i, (agenda, rij) in enumerate(chain):
        for v in rij.voortgang:
            if v.datum is not None and v.datum > peildatum:
                continue  # not there yet on the peildatum
            out.append(Stap("voortgang", _naam(agenda), rij.nr, v.datum, v.status, v.toelichting))
        if rij.doorgeschoven and i + 1 < len(chain):
            new_agenda = chain[i + 1][0]
            concept = new_agenda.concept_op(peildatum)  # vastgesteld only later: a concept then
            out.append(Stap("doorgeschoven", _naam(agenda), rij.nr,
                            None if concept else new_agenda.vastgesteld, rij.status,
                            naar=rij.doorgeschoven, concept=concept))
    # voortgang in date order within the chain; a carry-over stays after its agenda's steps
    return out


def verhaal(ds: Dataset, agenda: Agenda, rij: Rij, peildatum: date) -> Verhaal:
    """The story of the action in `rij` (found with edit.find_row) on the peildatum."""
    assert ds.afspraken is not None
    afspraken = ds.afspraken
    trekkers = Trekkers(afspraken)
    afspraak = next((a for a in afspraken.alle_afspraken() if a.nr == rij.afspraak_nr), None)
    window = timedelta(weeks=marge_weken(ds, None))
    vorige = vorige_termijn(ds, agenda, rij, peildatum)
    licht, late = stoplicht(rij, peildatum, window, vorige)
    status, toelichting = op_peildatum(rij, peildatum)
    chain = _tot_peildatum(ds, keten(ds, agenda, rij), rij, peildatum)
    return Verhaal(agenda, rij, afspraak, [trekkers.display(n) for n in rij.trekker], peildatum,
                   status, toelichting, licht, late, verlenging(afspraken.looptijd, peildatum),
                   chain, _stappen(chain, peildatum), vorige)
