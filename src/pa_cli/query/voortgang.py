"""Query stage: what happened between two dates, in every agenda (the handout's voortgang).

`pa agenda nieuw` leaves each voortgang step in the agenda where it was recorded, and
carries only the actions that are not done. So what happened since the last overleg is
spread over agendas: steps of a carried action recorded in its old row, and actions that
became gereed (or vervallen) in the previous agenda and were therefore not carried over.
Both are read here from every agenda; each step is counted once, in the row that holds it,
and named by where its action lives on the peildatum.
"""

from __future__ import annotations

from datetime import date

from pa_cli.base.struct import Struct
from pa_cli.load.dataset import Dataset
from pa_cli.model.records import Agenda
from pa_cli.query.agendas import actueel
from pa_cli.query.stand import Actie, Filter, acties_van
from pa_cli.query.terugblik import gereed_sinds

__all__ = ["VoortgangRegel", "Afgerond", "voortgang", "afgerond"]

KLAAR = ("gereed", "vervallen")


class VoortgangRegel(Struct):
    """One voortgang entry of an action, recorded with `pa set`."""

    actie: Actie  # the row that holds the step (in the agenda where it was recorded)
    datum: date
    status: str
    toelichting: str | None
    nr: str = ""  # the action's name: "1.1.3" in the agenda shown, else "2022-2023/3.3"


class Afgerond(Struct):
    """An action of an earlier agenda that became gereed or vervallen in the period, and so
    was not carried over: its afspraak's row in the agenda shown does not show it."""

    actie: Actie
    status: str  # gereed or vervallen
    datum: date  # the day it became so (its voortgang)

    @property
    def nr(self) -> str:
        return f"{self.actie.agenda.jaren}/{self.actie.nr}"

    @property
    def agenda(self) -> str | None:
        return self.actie.agenda.jaren


def voortgang(ds: Dataset, f: Filter, marge: int | None, sinds: date, peildatum: date,
              shown: list[Agenda]) -> list[VoortgangRegel]:
    """Every step from `sinds` up to the peildatum in any agenda, of the actions the filter
    selects, oldest first; a carried action's step under the name of the row it lives in."""
    out = []
    for a in acties_van(ds, ds.agendas, peildatum, f, marge):
        steps = [v for v in a.rij.voortgang if sinds <= v.datum <= peildatum]
        if not steps:
            continue
        where, row = actueel(ds, a.agenda, a.rij, peildatum)
        shown_here = any(where is ag for ag in shown)
        nr = row.nr if shown_here else f"{where.jaren or where.titel}/{row.nr}"
        out += [VoortgangRegel(a, v.datum, v.status, v.toelichting, nr) for v in steps]
    return sorted(out, key=lambda r: r.datum)  # stable: agenda and row order within a day


def afgerond(ds: Dataset, f: Filter, marge: int | None, sinds: date, peildatum: date,
             shown: list[Agenda]) -> dict[str, list[Afgerond]]:
    """Per afspraak, the actions of agendas before the ones shown that became gereed or
    vervallen from `sinds` up to the peildatum (a day their voortgang gives)."""
    begin = min((a.years[0] for a in shown if a.years), default=None)
    earlier = [a for a in ds.agendas if a.years and begin is not None and a.years[1] < begin]
    out: dict[str, list[Afgerond]] = {}
    for a in acties_van(ds, earlier, peildatum, f, marge) if earlier else []:
        if a.doorgeschoven or a.status not in KLAAR:
            continue
        day = gereed_sinds(a.rij, peildatum, a.status or "")
        if day is not None and sinds <= day:
            out.setdefault(a.rij.afspraak_nr, []).append(Afgerond(a, a.status or "", day))
    return out
