"""Query stage: where things stand on a peildatum. Stoplicht, filters, overdue per party.

Everything a report or `pa status` shows is computed here, once; the output
modules and templates only format it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pa_cli.base.exits import UsageProblem
from pa_cli.base.fmt import datum_nl
from pa_cli.base.problems import choice, unknown
from pa_cli.base.struct import LIST, Struct
from pa_cli.base.termijn import Termijn
from pa_cli.load.dataset import Dataset
from pa_cli.model.records import (
    STATUSES,
    Afspraak,
    Agenda,
    Groep,
    Looptijd,
    Partij,
    Rij,
    Thema,
    Voortgang,
)
from pa_cli.model.regels import bron
from pa_cli.model.trekker import Trekkers

__all__ = ["STOPLICHTEN", "DEFAULT_MARGE_WEKEN", "BEGIN_STATUS", "Actie", "Filter", "Stand",
           "stand", "replay", "op_peildatum", "stoplicht", "overdue_per_party", "due_before",
           "verlenging", "acties_van"]

STOPLICHTEN = ("rood", "oranje", "groen", "grijs")
DEFAULT_MARGE_WEKEN = 8
BEGIN_STATUS = "open"  # an action's status before the first step of its voortgang


def replay(steps: list[Voortgang], peildatum: date | None = None) -> tuple[str, str | None]:
    """(status, toelichting) after the steps dated on or before the peildatum (all if None).

    Before the first step an action is BEGIN_STATUS without toelichting. A step sets the
    status, and the toelichting: its own, or, when it has none, the previous one if the
    status stayed and none if the status changed (as `pa set` writes it).
    """
    status, toelichting = BEGIN_STATUS, None
    for step in steps:
        if peildatum is not None and step.datum > peildatum:
            break
        if step.toelichting is not None:
            toelichting = step.toelichting
        elif step.status != status:
            toelichting = None
        status = step.status
    return status, toelichting


def op_peildatum(rij: Rij, peildatum: date) -> tuple[str | None, str | None]:
    """(status, toelichting) of a row as its voortgang had them on the peildatum.

    The one reading of the history that status, overdue, the stoplicht and every report use.
    A row without voortgang has its own status and toelichting on every date. From its last
    step on, the row's own status and toelichting are the stand (what the file says now);
    before that, the replay of the steps up to the peildatum (see replay).
    """
    steps = rij.voortgang
    if not steps or steps[-1].datum <= peildatum:
        return rij.status, rij.toelichting
    return replay(steps, peildatum)


def stoplicht(rij: Rij, peildatum: date, marge: timedelta,
              vorige: Termijn | None = None) -> tuple[str | None, int | None]:
    """(stoplicht, days late) of one row on the peildatum; (None, None) for an empty row.

    By the status on the peildatum (see op_peildatum): gereed -> groen; vervallen -> grijs;
    deadline passed -> rood; deadline within the marge -> oranje; otherwise (also: ongoing,
    no deadline) groen. `vorige` is the termijn a carried action is judged by instead of its
    own: while its new one is 'vast te stellen' or its agenda a concept (agendas.vorige_termijn).
    """
    if not rij.is_actie:
        return None, None
    status, _ = op_peildatum(rij, peildatum)
    if status == "gereed":
        return "groen", None
    if status == "vervallen":
        return "grijs", None
    termijn = vorige if vorige is not None else rij.termijn
    uiterlijk = termijn.uiterlijk if termijn else None
    if uiterlijk is None:
        return "groen", None
    if uiterlijk < peildatum:
        return "rood", (peildatum - uiterlijk).days
    if uiterlijk - peildatum <= marge:
        return "oranje", None
    return "groen", None


def verlenging(looptijd: Looptijd | None, peildatum: date) -> str:
    """"in verlenging sinds 1 januari 2026" when the peildatum falls in the extension."""
    if looptijd is None or not looptijd.in_verlenging(peildatum):
        return ""
    return f"in verlenging sinds {datum_nl(looptijd.verlengd_sinds)}"


class Actie(Struct):
    """One agenda row as a report shows it: the row plus what it means on the peildatum.

    `status` and `toelichting` are those of the peildatum (op_peildatum), not of today.
    """

    rij: Rij
    agenda: Agenda
    thema: Thema | None
    afspraak: Afspraak | None
    trekker: list[str]  # display names, as the data names them
    partijen: list[Partij]  # the parties behind them, groups expanded
    stoplicht: str | None
    dagen_te_laat: int | None
    status: str | None
    toelichting: str | None
    doorgeschoven: str | None = None  # moved on to this agenda by the peildatum: not counted
    # the termijn that counts instead of the row's own (agendas.vorige_termijn): while the new
    # one is 'vast te stellen', or only proposed in a concept
    vorige_uiterlijk: date | None = None
    vorige_termijn: str | None = None  # that old termijn as written ("najaar 2022")
    agenda_concept: bool = False  # its agenda was not (yet) vastgesteld on the peildatum

    @property
    def nr(self) -> str:
        return self.rij.nr

    @property
    def uiterlijk(self) -> date | None:
        """The day the action is due: its termijn's, or the carried-over one's until a new
        termijn is set and agreed (vorige_termijn)."""
        if self.vorige_termijn is not None:
            return self.vorige_uiterlijk
        return self.rij.termijn.uiterlijk if self.rij.termijn else None

    @property
    def gepland(self) -> date | None:
        """The day of its own termijn, also when a concept only proposes it (what the calendar
        plans); while that is 'vast te stellen', the old one's."""
        own = self.rij.termijn.uiterlijk if self.rij.termijn else None
        return own if own is not None else self.vorige_uiterlijk

    @property
    def termijn(self) -> str | None:
        return self.rij.termijn.tekst if self.rij.termijn else None

    @property
    def termijn_getoond(self) -> str | None:
        """The termijn as tables show it: as written, and beside it the old one while that
        still counts: "vast te stellen (was najaar 2022)", or for a new termijn that a concept
        only proposes "voorjaar 2025 (voorstel; geldt: najaar 2023)"."""
        if self.vorige_termijn is None:
            return self.termijn
        return f"{self.termijn} ({self.termijn_uitleg})"

    @property
    def voorstel(self) -> bool:
        """Its own termijn is a concept's proposal; the old one counts until the vaststelling."""
        t = self.rij.termijn
        return self.vorige_termijn is not None and t is not None and not t.vast_te_stellen

    @property
    def termijn_uitleg(self) -> str:
        """What termijn_getoond adds in brackets: "was najaar 2022" or "voorstel; geldt:
        najaar 2023" ("" when the own termijn counts)."""
        if self.vorige_termijn is None:
            return ""
        if self.voorstel:
            return f"voorstel; geldt: {self.vorige_termijn}"
        return f"was {self.vorige_termijn}"

    @property
    def onderwerp(self) -> str | None:
        return self.rij.onderwerp or (self.afspraak.onderwerp if self.afspraak else None)

    @property
    def laatste_toelichting(self) -> str | None:
        """The toelichting as it stood on the peildatum (the name templates know)."""
        return self.toelichting

    def as_json(self) -> dict[str, Any]:
        return {
            "nr": self.rij.nr,
            "afspraak": self.rij.afspraak_nr,
            "thema": self.thema.nr if self.thema else None,
            "onderwerp": self.onderwerp,
            "actie": self.rij.actie,
            "trekker": [p.naam for p in self.partijen],
            "termijn": self.termijn,
            "uiterlijk": self.uiterlijk.isoformat() if self.uiterlijk else None,
            "status": self.status,
            "stoplicht": self.stoplicht,
            "dagen_te_laat": self.dagen_te_laat,
            "agenda": self.agenda.jaren,
            "herkomst": self.rij.herkomst,
            "doorgeschoven": self.doorgeschoven,
            "agenda_concept": self.agenda_concept,  # not vastgesteld on the peildatum
            "vorige_termijn": self.vorige_termijn,  # counts while the own is not (yet) agreed
        }


class Filter(Struct):
    trekker: list[str] = LIST
    thema: str | None = None
    status: list[str] = LIST
    stoplicht: list[str] = LIST
    te_laat: bool = False
    alles: bool = False


class Stand(Struct):
    """The answer to 'where do things stand': the selected actions and their context."""

    peildatum: date
    marge_weken: int
    acties: list[Actie]
    trekkers: Trekkers
    gevraagd: list[Partij | Groep]  # the entities asked for with --trekker
    verlenging: str = ""  # "in verlenging sinds 1 januari 2026", or ""
    agendas: list[Agenda] = LIST  # the agenda(s) shown: the one covering the peildatum
    melding: str = ""  # one line when the agenda shown does not cover the peildatum
    agenda_label: str = ""  # "agenda 2024-2025" with several agendas; a concept says so (_label)
    kop: str = "Stand"  # what a table calls this selection ("Stand op 1 april 2023")

    def gevraagd_namen(self) -> str:
        """The trekkers asked for, by their short names: "Gemeente, Corporaties"."""
        return ", ".join(getattr(e, "kort", e.naam) for e in self.gevraagd)

    def tellingen(self, acties: list[Actie] | None = None) -> dict[str, int]:
        counts = {s: 0 for s in STOPLICHTEN}
        for a in self.acties if acties is None else acties:
            if a.stoplicht:
                counts[a.stoplicht] += 1
        return counts


def _resolve(trekkers: Trekkers, names: list[str]) -> list[Partij | Groep]:
    wanted = []
    for name in names:
        entity = trekkers.resolve(name)
        if entity is None:
            raise UsageProblem(f"trekker '{name}' is onbekend" + unknown(
                name, trekkers.all_names(), trekkers.known_names(), "bekend"))
        wanted.append(entity)
    return wanted


def _word(word: str, options: tuple[str, ...], what: str) -> str:
    """A status or stoplicht as typed on the command line, in any case ('Gereed', 'ROOD')."""
    found = choice(word, options)
    if found is None:
        raise UsageProblem(f"{what} '{word}' bestaat niet" + unknown(word, options))
    return found


def _check_filter(f: Filter, themas: list[Thema]) -> None:
    f.status = [_word(s, STATUSES, "status") for s in f.status]
    f.stoplicht = [_word(s, STOPLICHTEN, "stoplicht") for s in f.stoplicht]
    if f.thema is not None and f.thema not in {t.nr for t in themas}:
        raise UsageProblem(f"thema '{f.thema}' bestaat niet" + unknown(f.thema,
                                                                       [t.nr for t in themas]))


def marge_weken(ds: Dataset, option: int | None) -> int:
    if option is not None:
        if option < 0:
            raise UsageProblem("--marge moet 0 of meer weken zijn")
        return option
    inst = ds.afspraken.instellingen if ds.afspraken else None
    if inst and inst.marge_weken is not None:
        return inst.marge_weken
    return DEFAULT_MARGE_WEKEN


def stand(ds: Dataset, peildatum: date, f: Filter, marge: int | None = None,
          agenda: str | None = None, tot: date | None = None) -> Stand:
    """All actions of the peildatum's agenda (or `agenda`) that pass the filter, in order.

    A row that has moved on to a later agenda stays in the list, marked `doorgeschoven`,
    without a stoplicht: it counts in the agenda it moved to.
    """
    from pa_cli.query.agendas import doorgeschoven, kies, vorige_termijn

    assert ds.afspraken is not None
    afspraken = ds.afspraken
    _check_filter(f, afspraken.themas)
    trekkers = Trekkers(afspraken)
    wanted = _resolve(trekkers, f.trekker)
    weeks = marge_weken(ds, marge)
    window = timedelta(weeks=weeks)
    thema_of = {a.nr: t for t in afspraken.themas for a in t.alle_afspraken()}
    afspraak_of = {a.nr: a for a in afspraken.alle_afspraken()}
    keuze = kies(ds, peildatum, agenda, tot)  # tot: the agendas of a period (the calendar)
    acties = []
    for ag in keuze.agendas:
        for rij in ag.rijen:
            if not (rij.is_actie or f.alles):
                continue
            moved = doorgeschoven(ds, rij, peildatum)
            old = vorige_termijn(ds, ag, rij, peildatum)
            licht, late = (None, None) if moved else stoplicht(rij, peildatum, window, old)
            a = Actie(rij, ag, thema_of.get(rij.afspraak_nr), afspraak_of.get(rij.afspraak_nr),
                      [trekkers.display(n) for n in rij.trekker], trekkers.parties_of(rij.trekker),
                      licht, late, *op_peildatum(rij, peildatum), moved,
                      old.uiterlijk if old else None,
                      old.tekst if old else None, ag.concept_op(peildatum))
            if _passes(a, f, wanted, trekkers):
                acties.append(a)
    return Stand(peildatum, weeks, acties, trekkers, wanted,
                 verlenging(afspraken.looptijd, peildatum), keuze.agendas, keuze.melding,
                 _label(keuze.agendas, len(ds.agendas) > 1, peildatum, _bij_agenda(ds)))


def acties_van(ds: Dataset, agendas: list[Agenda], peildatum: date, f: Filter,
               marge: int | None = None) -> list[Actie]:
    """The selected actions of each of these agendas on the peildatum, agenda by agenda (all
    agendas at once when one has no name in its file name, agenda-.yaml: then none can be named)."""
    if any(not a.jaren for a in agendas):
        return stand(ds, peildatum, f, marge).acties
    return [a for ag in agendas for a in stand(ds, peildatum, f, marge, agenda=ag.jaren).acties]


def _bij_agenda(ds: Dataset) -> str:
    """', afspraak 5.3' when the set names the afspraak of its agenda (regels.agenda)."""
    return bron(ds.afspraken.regel.agenda, ", afspraak ") if ds.afspraken else ""


def _label(agendas: list[Agenda], several: bool, peildatum: date, bij: str = "") -> str:
    """The agenda(s) shown, when the data holds several or one shown is a concept on the
    peildatum (not vastgesteld, or only later)."""
    if not (several or any(a.concept_op(peildatum) for a in agendas)):
        return ""
    concept = f" (concept: nog niet vastgesteld{bij})"
    return "agenda " + ", ".join((a.jaren or a.titel) + (concept if a.concept_op(peildatum)
                                                          else "")
                                 for a in agendas)


def _passes(a: Actie, f: Filter, wanted: list[Partij | Groep], trekkers: Trekkers) -> bool:
    if wanted and not trekkers.matches(a.rij.trekker, wanted):
        return False
    if f.thema and (a.thema is None or a.thema.nr != f.thema):
        return False
    if (f.status or f.stoplicht) and a.doorgeschoven:
        return False
    if f.status and a.status not in f.status:
        return False
    if f.stoplicht and a.stoplicht not in f.stoplicht:
        return False
    if f.te_laat and a.stoplicht != "rood":
        return False
    return True


def due_before(acties: list[Actie], start: date, end: date) -> list[Actie]:
    """Not done and not late, termijn from `start` to before `end`; earliest first.

    What falls due before the next overleg: section 3 of the handout and
    `pa status --voor-overleg` both ask this.
    """
    due = [a for a in acties if a.stoplicht in ("oranje", "groen")
           and a.status not in ("gereed", "vervallen")
           and a.uiterlijk is not None and start <= a.uiterlijk < end]
    return sorted(due, key=lambda a: a.uiterlijk or start)  # stable: document order per day


def overdue_per_party(s: Stand) -> list[tuple[Partij, list[Actie]]]:
    """Late actions per party (a joint action under each), most days late first."""
    asked = {pid for e in s.gevraagd for pid in s.trekkers.members(e)}
    out = []
    for party in s.trekkers.partijen.values():
        if asked and party.id not in asked:
            continue
        late = [a for a in s.acties if a.stoplicht == "rood" and party in a.partijen]
        late.sort(key=lambda a: -(a.dagen_te_laat or 0))
        if late:
            out.append((party, late))
    return out
