"""Report stage: the context a report template receives, computed once from the query stage.

`build()` turns a Dataset and the options of `pa report` into a `Rapport`: plain
records holding the same `Actie` objects `pa status` shows, with every date,
count and selection already worked out. Templates (see report/render.py) only lay it out.
`make_report()` is the core of `pa report`: load, build, render, and print to PDF.

The dates of the bestuurlijk overleggen come from the data (query/cyclus.py): without
--overleg the overleg is the first one on or after the peildatum.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pa_cli import __version__
from pa_cli.base import clock
from pa_cli.base.exits import UsageProblem
from pa_cli.base.fmt import datum_nl
from pa_cli.base.struct import LIST, Struct
from pa_cli.history.sinds import SindsOverleg
from pa_cli.load.dataset import Dataset
from pa_cli.model.records import Afspraak, Afspraken, Agenda, Looptijd, Partij, Thema
from pa_cli.model.regels import bij
from pa_cli.query.cyclus import Cyclus, Overleg, Seizoen
from pa_cli.query.stand import (
    STOPLICHTEN,
    Actie,
    Filter,
    Stand,
    due_before,
    overdue_per_party,
    stand,
)
from pa_cli.query.terugblik import Terugblik, terugblik
from pa_cli.query.voortgang import Afgerond, VoortgangRegel, afgerond, voortgang
from pa_cli.report.monitor import MonitorSectie
from pa_cli.report.monitor import sectie as monitor_sectie
from pa_cli.report.problem import ReportProblem

__all__ = ["FORMATS", "EXTENSIONS", "Options", "ReportProblem", "Rapport", "Licht", "Overleg",
           "ThemaStand", "AfspraakStand", "LegeRij", "VoortgangRegel", "AgendaStand", "AgendaThema",
           "Tabel", "build", "make_report", "worst", "legenda"]

FORMATS = ("md", "html", "pdf")
EXTENSIONS = {"md": (".md", ".markdown"), "html": (".html", ".htm"), "pdf": (".pdf",)}


class Options(Struct):
    """What `pa report` was asked for; None means the default."""

    naam: str
    formaat: str = "md"
    peildatum: date | None = None
    overleg: date | Seizoen | None = None  # a date, or 'voorjaar 2027'
    sinds: date | None = None
    trekker: list[str] = LIST
    thema: str | None = None
    marge: int | None = None
    templates: Path | None = None
    data: Path | None = None
    agenda: str | None = None  # --agenda JAREN; None: the agenda covering the peildatum


# -- the context --------------------------------------------------------------------------------

class Licht(Struct):
    """One stoplicht for the legend: the word, a shape for black and white, an emoji."""

    naam: str
    teken: str
    emoji: str
    betekenis: str


class AfspraakStand(Struct):
    """An afspraak with its agenda actions; its stoplicht is the worst of theirs."""

    afspraak: Afspraak
    thema: Thema
    trekker: list[str]  # the afspraak's trekker, as display names
    stoplicht: str | None  # None when it has no action
    acties: list[Actie]
    lege_rijen: list[Actie]  # its agenda rows without an action
    doorgeschoven: list[Actie] = LIST  # moved on to a later agenda
    afgerond: list[Afgerond] = LIST  # its actions of an earlier agenda, done since `sinds`

    @property
    def nr(self) -> str:
        return self.afspraak.nr

    @property
    def onderwerp(self) -> str | None:
        return self.afspraak.onderwerp


class ThemaStand(Struct):
    """One thema: its selected actions, their counts per stoplicht, its afspraken."""

    thema: Thema
    acties: list[Actie]
    tellingen: dict[str, int]
    afspraken: list[AfspraakStand]

    @property
    def aantal(self) -> int:
        return len(self.acties)


class LegeRij(Struct):
    """An agenda row without an action: one the werkgroep still has to fill."""

    rij: Actie
    afspraak: Afspraak
    trekker: list[str]  # the afspraak's trekker, as display names

    @property
    def nr(self) -> str:
        return self.rij.nr

    @property
    def onderwerp(self) -> str | None:
        return self.rij.onderwerp


class Tabel(Struct):
    """The rows of one sectie of a thema (nr and titel None when the thema has no secties)."""

    nr: str | None
    titel: str | None
    rijen: list[Actie]  # actions and empty rows, in the agenda's order


class AgendaThema(Struct):
    thema: Thema
    tabellen: list[Tabel]


class AgendaStand(Struct):
    """One uitvoeringsagenda, laid out per thema and sectie as in Bijlage 2."""

    agenda: Agenda
    themas: list[AgendaThema]
    peildatum: date | None = None  # the report's: a concept then is a concept in the report

    @property
    def naam(self) -> str:
        """"agenda 2026-2027" (its titel when the file name has no years)."""
        return self.agenda.naam

    @property
    def concept(self) -> bool:
        """Not vastgesteld by the overleg on the peildatum: no `vastgesteld` and no `bijlage`,
        or vastgesteld only after the peildatum."""
        if self.peildatum is None:
            return self.agenda.is_concept
        return self.agenda.concept_op(self.peildatum)

    @property
    def vastgesteld(self) -> date | None:
        """The day the overleg vastgesteld it; None for a concept (also one vastgesteld only
        after the peildatum), and for Bijlage 2, vastgesteld with the signed document."""
        return None if self.concept else self.agenda.vastgesteld


class Rapport(Struct):
    """Everything a report template receives; each field is a top-level template variable."""

    naam: str  # the report, e.g. "handout"
    formaat: str  # "md" or "html" (a PDF is printed from the HTML)
    titel: str  # of the afspraken: "Prestatieafspraken Terneuzen 2022-2025"
    gemeente: str
    looptijd: Looptijd
    verlenging: str  # "in verlenging sinds 1 januari 2026" on a peildatum in the extension
    melding: str  # "Geen agenda voor 2026: ..." when no agenda covers the peildatum, else ""
    peildatum: date
    marge_weken: int
    selectie: str  # "" or what --trekker and --thema chose, in words
    legenda: list[Licht]
    acties: list[Actie]  # the selected actions (no empty rows), in the document's order
    tellingen: dict[str, int]  # actions per stoplicht
    afspraak_tellingen: dict[str, int]  # afspraken per stoplicht, plus "zonder_actie"
    themas: list[ThemaStand]
    te_laat: list[tuple[Partij, list[Actie]]]  # per party, most days late first
    overleg: Overleg
    volgend_overleg: Overleg
    sinds: date
    binnenkort: list[Actie]  # not done, termijn from the peildatum to before the next overleg
    voortgang: list[VoortgangRegel]  # entries from `sinds` up to the peildatum, oldest first
    wijzigingen: SindsOverleg  # what changed in the data since `sinds`, read from git on use
    lege_rijen: list[LegeRij]
    agendas: list[AgendaStand]
    concept: list[AgendaStand]  # the agendas shown that are not yet vastgesteld; else empty
    monitor: MonitorSectie  # the figures of the monitor (report/monitor.py)
    versie: str  # of pa
    bij: dict[str, str]  # ' (afspraak 5.3)' after the agenda, monitor, overleg; '' if none
    terugblik: Terugblik | None = None  # the look back of an overleg with `terugblik: true`

    def variables(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._fields}


def _bij(afspraken: Afspraken, overleg: Overleg) -> dict[str, str]:
    """What the templates write after a rule: ' (afspraak 5.3)', or '' where the set names no
    afspraak for it (regels: and cyclus: in afspraken.yaml)."""
    regel = afspraken.regel
    return {"agenda": bij(regel.agenda), "monitor": bij(regel.monitor),
            "verlenging": bij(regel.verlenging),
            "overleg": f" (afspraak {overleg.afspraak})" if overleg.afspraak else ""}


def legenda(marge_weken: int) -> list[Licht]:
    return [
        Licht("rood", "✕", "🔴", "termijn verstreken, actie niet gereed"),
        Licht("oranje", "!", "🟠", f"termijn loopt binnen {marge_weken} weken af"),
        Licht("groen", "✓", "🟢", "gereed, op schema of doorlopend"),
        Licht("grijs", "–", "⚪", "vervallen"),
    ]


def worst(lichten: list[str | None]) -> str | None:
    """The most serious stoplicht: rood before oranje before groen before grijs."""
    present = [STOPLICHTEN.index(x) for x in lichten if x]
    return STOPLICHTEN[min(present)] if present else None


# -- building the context ------------------------------------------------------------------------

def _selectie(s: Stand, thema: Thema | None) -> str:
    parts = []
    if s.gevraagd:
        parts.append("trekker " + s.gevraagd_namen())
    if thema is not None:
        parts.append(f"thema {thema.nr} {thema.titel}")
    return "; ".join(parts)


def build(ds: Dataset, opts: Options, peildatum: date) -> Rapport:
    """The context of every report, for the options' selection on the peildatum."""
    assert ds.afspraken is not None
    afspraken = ds.afspraken
    gekozen = Filter(list(opts.trekker), opts.thema)
    s = stand(ds, peildatum, gekozen, opts.marge, opts.agenda)
    rows = stand(ds, peildatum, Filter(thema=opts.thema, alles=True), opts.marge,
                 opts.agenda).acties
    chosen = {id(a.rij) for a in s.acties}

    def wanted(afspraak: Afspraak | None) -> bool:
        return not s.gevraagd or (afspraak is not None
                                  and s.trekkers.matches(afspraak.trekker, s.gevraagd))

    def display(afspraak: Afspraak) -> list[str]:
        return [s.trekkers.display(n) for n in afspraak.trekker]

    # the selected rows: chosen actions, and the empty rows of afspraken the selection concerns
    rijen = [a for a in rows if id(a.rij) in chosen or (not a.rij.is_actie and wanted(a.afspraak))]
    acties = [a for a in rijen if a.rij.is_actie and not a.doorgeschoven]  # counted once
    lege = [a for a in rijen if not a.rij.is_actie]

    cyclus = Cyclus(afspraken.cyclus, s.marge_weken)
    overleg = cyclus.kies(opts.overleg, peildatum)
    volgend_overleg = cyclus.na(overleg)
    vorig = cyclus.vorig(overleg)
    sinds = opts.sinds or vorig.datum
    if sinds > peildatum:
        raise UsageProblem(_sinds_na_peildatum(opts, cyclus, overleg, vorig, peildatum))
    klaar = afgerond(ds, gekozen, opts.marge, sinds, peildatum, s.agendas)

    themas = [t for t in afspraken.themas if opts.thema in (None, t.nr)]
    per_afspraak: dict[str, list[Actie]] = {}  # the rows of each afspraak, in the agenda's order
    for a in rijen:
        per_afspraak.setdefault(a.rij.afspraak_nr, []).append(a)
    thema_standen = []
    for t in themas:
        blokken = []
        for af in t.alle_afspraken():
            hier = per_afspraak.get(af.nr, [])
            own = [a for a in hier if a.rij.is_actie and not a.doorgeschoven]  # as in acties
            empty = [a for a in hier if not a.rij.is_actie]  # as in lege
            moved = [a for a in hier if a.doorgeschoven]
            if own or wanted(af):
                blokken.append(AfspraakStand(af, t, display(af), worst([a.stoplicht for a in own]),
                                             own, empty, moved, klaar.get(af.nr, [])))
        mine = [a for a in acties if a.thema is t]
        thema_standen.append(ThemaStand(t, mine, s.tellingen(mine), blokken))

    afspraak_tellingen = {k: 0 for k in (*STOPLICHTEN, "zonder_actie")}
    for ts in thema_standen:
        for b in ts.afspraken:
            afspraak_tellingen[b.stoplicht or "zonder_actie"] += 1

    lege_rijen = [LegeRij(a, a.afspraak, display(a.afspraak)) for a in lege if a.afspraak]
    look_back = (terugblik(ds, gekozen, opts.marge,
                           overleg.datum.year - 1, peildatum, themas)
                 if overleg.terugblik else None)
    agendas = [_agenda(ag, themas, rijen, peildatum) for ag in s.agendas]
    selected_stand = Stand(peildatum, s.marge_weken, acties, s.trekkers, s.gevraagd,
                           s.verlenging, s.agendas, s.melding, s.agenda_label)
    return Rapport(
        naam=opts.naam,
        formaat="html" if opts.formaat == "pdf" else opts.formaat,
        titel=afspraken.titel,
        gemeente=afspraken.gemeente,
        looptijd=afspraken.looptijd,
        verlenging=s.verlenging,
        melding=s.melding,
        peildatum=peildatum,
        marge_weken=s.marge_weken,
        selectie=_selectie(s, themas[0] if opts.thema else None),
        legenda=legenda(s.marge_weken),
        acties=acties,
        tellingen=s.tellingen(acties),
        afspraak_tellingen=afspraak_tellingen,
        themas=thema_standen,
        te_laat=overdue_per_party(selected_stand),
        overleg=overleg,
        volgend_overleg=volgend_overleg,
        bij=_bij(afspraken, overleg),
        sinds=sinds,
        binnenkort=due_before(acties, peildatum, volgend_overleg.tot),
        voortgang=voortgang(ds, gekozen, opts.marge, sinds, peildatum, s.agendas),
        wijzigingen=SindsOverleg(ds, sinds),
        lege_rijen=lege_rijen,
        agendas=agendas,
        concept=[ag for ag in agendas if ag.concept],
        monitor=monitor_sectie(ds, peildatum, None if not (s.gevraagd or opts.thema) else {
            af.nr for t in themas for af in t.alle_afspraken() if wanted(af)}),
        versie=__version__,
        terugblik=look_back,
    )


def _sinds_na_peildatum(opts: Options, cyclus: Cyclus, overleg: Overleg, vorig: Overleg,
                        peildatum: date) -> str:
    """Why the handout cannot look back from `sinds`, in the terms the user gave: --sinds,
    or the --overleg whose previous overleg lies after the (given or today's) peildatum."""
    peil = f"de peildatum {datum_nl(peildatum)}" + ("" if opts.peildatum else " (vandaag)")
    if opts.sinds:
        return f"--sinds {datum_nl(opts.sinds)} ligt na {peil}; kies een eerdere datum"
    sinds = vorig.datum
    if isinstance(opts.overleg, Seizoen):
        wat = f"--overleg '{opts.overleg.tekst}' is het {_klein(overleg.naam)} van "
        wat += f"{overleg.wanneer}; "
    else:
        wat = f"--overleg {overleg.wanneer}" + (
            f" is het {_klein(overleg.naam)}; " if cyclus.overleggen else ": ")
    ervoor = "het overleg ervoor" if cyclus.overleggen else "een jaar ervoor"
    return (f"{wat}de hand-out telt wat er veranderde sinds {ervoor} ({vorig.wanneer}), en "
            f"dat ligt na {peil}. Geef een --peildatum vanaf {datum_nl(sinds)}, of met --sinds "
            "een eerdere datum")


def _klein(naam: str) -> str:
    return naam[:1].lower() + naam[1:]


def _agenda(agenda: Agenda, themas: list[Thema], rijen: list[Actie],
            peildatum: date) -> AgendaStand:
    """The agenda's selected rows per thema and sectie, in the agenda's own order."""
    mine = [a for a in rijen if a.agenda is agenda]
    out = []
    for t in themas:
        in_thema = [a for a in mine if a.thema is t]
        if not in_thema:
            continue
        sectie_of = {af.nr: sec for sec in t.secties for af in sec.afspraken}
        tabellen: list[Tabel] = []
        for a in in_thema:
            sec = sectie_of.get(a.rij.afspraak_nr)
            nr, titel = (sec.nr, sec.titel) if sec else (None, None)
            if not tabellen or tabellen[-1].nr != nr:
                tabellen.append(Tabel(nr, titel, []))
            tabellen[-1].rijen.append(a)
        out.append(AgendaThema(t, tabellen))
    return AgendaStand(agenda, out, peildatum)


# -- the core of `pa report` ---------------------------------------------------------------------

def make_report(opts: Options) -> tuple[bytes, str]:
    """The report asked for, as the bytes to write (UTF-8 text, or a PDF), and its melding."""
    from pa_cli.check.validate import load_valid
    from pa_cli.report import render

    if opts.formaat not in FORMATS:
        raise UsageProblem(f"--format '{opts.formaat}' bestaat niet; kies uit: "
                           + ", ".join(FORMATS))
    text_format = "html" if opts.formaat == "pdf" else opts.formaat
    ds = load_valid(opts.data)
    dirs = render.template_dirs(opts.templates, ds.directory)
    template = render.template_name(dirs, opts.naam, text_format)
    rapport = build(ds, opts, opts.peildatum or clock.today())
    text = render.render(dirs, template, rapport.variables())
    if opts.formaat == "pdf":
        from pa_cli.report import pdf

        return pdf.html_to_pdf(text), rapport.melding
    return text.encode("utf-8"), rapport.melding
