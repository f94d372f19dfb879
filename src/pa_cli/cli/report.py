"""Commands that make documents: report, export, wijzigingen."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

from pa_cli.base.exits import ExitStatus, UsageProblem
from pa_cli.base.fmt import datum_nl
from pa_cli.cli.common import (
    AgendaOpt,
    DataOpt,
    MargeOpt,
    PeildatumOpt,
    ThemaOpt,
    TrekkerOpt,
    UitvoerOpt,
    _choice,
    _emit,
    _err,
    _exit,
    _melding,
    _output_format,
    _parse_date,
    _peildatum,
    _print,
    opdracht,
)
from pa_cli.cli.one_set import one_set
from pa_cli.cli.portfolio import GemeenteOpt, joined, read_targets
from pa_cli.cli.spec import Arg, Opt
from pa_cli.model import datum


def report(
    naam: Annotated[Optional[str], Arg(
        metavar="NAAM", help="Welk rapport: handout, stoplicht, agenda of een eigen sjabloon "
        "(pa report --list toont ze).")] = None,
    lijst: Annotated[bool, Opt("--list", help="Toon de rapporten, elk met één regel "
                                        "uitleg, en stop.")] = False,
    format: Annotated[Optional[str], Opt(
        "--format", "-f", metavar="VORM", help="Uitvoer: md (Markdown), html of pdf (via "
        "Chromium). Standaard: naar de extensie van -o, anders md.")] = None,
    peildatum: PeildatumOpt = None,
    overleg: Annotated[Optional[str], Opt(
        "--overleg", metavar="DATUM|OVERLEG", help="Het bestuurlijk overleg: een datum, de "
        "naam of id van een overleg uit de cyclus met het jaar (zoals in de kalender), of "
        "'voorjaar 2027' / 'najaar 2026' voor het overleg van dat halfjaar volgens de cyclus "
        "(standaard: het eerste overleg van de cyclus vanaf de peildatum; zonder cyclus de "
        "peildatum).")] = None,
    sinds: Annotated[Optional[str], Opt(
        "--sinds", metavar=datum.METAVAR, help="Voortgang vanaf deze datum (standaard: het "
        "vorige overleg).")] = None,
    trekker: TrekkerOpt = None,
    thema: ThemaOpt = None,
    marge: MargeOpt = None,
    agenda: AgendaOpt = None,
    uitvoer: UitvoerOpt = None,
    templates: Annotated[Optional[Path], Opt(
        "--templates", metavar="MAP", help="Map met eigen sjablonen; die gaan voor de "
        "ingebouwde (ook templates/ naast de datamap telt).")] = None,
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Maak een rapport voor het overleg. Hand-out, stoplichtrapportage of agenda, als
    Markdown, HTML of PDF.

    In een portefeuille voor de set die --gemeente noemt."""
    from pa_cli.query.cyclus import overleg_option
    from pa_cli.report import context as rapport
    from pa_cli.report import render

    weggelaten: list[str] = []  # pa report portefeuille: sets left out for their errors
    try:
        if lijst:
            _print(render.list_reports(templates, data))  # descriptions escaped there
            return
        if naam is None:
            raise UsageProblem("welk rapport? Geef een naam, bijvoorbeeld 'pa report handout'; "
                               "pa report --list toont ze allemaal")
        fmt = _output_format(uitvoer, format, rapport.FORMATS, rapport.EXTENSIONS, "md")
        if naam != "portefeuille":  # the other reports are of one set
            chosen = one_set(data, gemeente, opdracht(
                "pa report", ("--format", format), ("--peildatum", peildatum),
                ("--overleg", overleg), ("--uitvoer", uitvoer), ("--data", data))(naam),
                trekker=trekker)
            data, trekker = chosen.data, chosen.trekker
        elif gemeente:
            raise UsageProblem("pa report portefeuille gaat over alle sets; --gemeente hoort "
                               "bij de rapporten van één set")
        if fmt == "pdf" and uitvoer is None and sys.stdout.isatty():
            raise UsageProblem("een PDF hoort niet op het scherm; schrijf hem naar een bestand "
                               "met -o BESTAND.pdf")
        opts = rapport.Options(
            naam, fmt, _parse_date(peildatum, "--peildatum") if peildatum else None,
            overleg_option(overleg) if overleg else None,
            _parse_date(sinds, "--sinds") if sinds else None,
            trekker or [], thema, marge, templates, data, agenda)
        if naam == "portefeuille":  # across the sets of a portfolio (report/portefeuille.py)
            from pa_cli.check.validate import DataInvalid
            from pa_cli.cli.portfolio import left_out
            from pa_cli.load.dataset import Dataset
            from pa_cli.report import portefeuille

            def said(w: portefeuille.LeftOut) -> None:
                weggelaten.append(w.naam)
                left_out(DataInvalid(Dataset(w.set.set.directory), w.problems), w.set.gemeente,
                         w.set.set.name)

            out, melding = portefeuille.make(opts, said)
        else:
            out, melding = rapport.make_report(opts)
    except rapport.ReportProblem as e:
        _err(f"pa: {e}")
        _exit(ExitStatus.ERROR)
    if uitvoer is None:
        if fmt == "pdf":
            sys.stdout.flush()
            sys.stdout.buffer.write(out)
            sys.stdout.buffer.flush()
        else:
            _print(out.decode("utf-8"))
    else:
        _emit(out, uitvoer, f"{naam}, {fmt}")
    _melding(melding)
    _exit(ExitStatus.ERROR if weggelaten else ExitStatus.OK)


def export(
    bestand: Annotated[Path, Arg(
        metavar="BESTAND.xlsx", show_default=False, help="De Excel-werkmap om te schrijven (via "
        "een tijdelijk bestand, nooit half).")],
    peildatum: PeildatumOpt = None,
    marge: MargeOpt = None,
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Schrijf de agenda's en de stand als Excel-werkmap. Een blad per agenda en een blad
    'Stand' op de peildatum, met het stoplicht als woord en kleur.

    In een portefeuille de set die --gemeente noemt."""
    from pa_cli.check.validate import load_valid
    from pa_cli.edit import outfile
    from pa_cli.query import stand as query
    from pa_cli.show import xlsx

    outfile.output_format(bestand, None, {"xlsx": (".xlsx",)}, "xlsx", "export")
    dag = _peildatum(peildatum)
    ds = load_valid(one_set(data, gemeente, opdracht(
        "pa export", ("--peildatum", peildatum), ("--marge", marge), ("--data", data))(
        str(bestand))).data)
    s = query.stand(ds, dag, query.Filter(), marge)
    out = xlsx.workbook(ds.agendas, s)
    if outfile.write_output(bestand, out, "export"):
        _print(f"geschreven: {bestand} (werkmap, {len(ds.agendas) + 1} bladen, stand op "
               f"{datum_nl(dag)})")
    _melding(s.melding)


def wijzigingen(
    sinds: Annotated[str, Opt(
        "--sinds", metavar="REV|DATUM", show_default=False, help="Vergelijk met deze "
        "revisie (commit, tak, tag, HEAD~3) of met de laatste commit vóór deze datum "
        "(dus met de wijzigingen van die dag).")],
    tot: Annotated[Optional[str], Opt(
        "--tot", metavar="REV", help="Vergelijk tot deze revisie (standaard: de werkmap, zoals "
        "de bestanden nu zijn).")] = None,
    format: Annotated[str, Opt(
        "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: text "
        "(standaard), json of md (voor een pull request).")] = "text",
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Toon wat er in de gegevens veranderde, gelezen uit git. Sinds een revisie of datum, tot
    de werkmap of een andere revisie (ook als 'pa changes').

    In een portefeuille per gemeente."""
    from pa_cli.check.validate import DataInvalid
    from pa_cli.history import wijzigingen as w

    _choice(format, w.FORMATS, "--format")
    targets = read_targets(data, gemeente)
    answered, texts = [], []
    for t in targets:
        try:
            result = w.wijzigingen(t.data, sinds, tot)
        except w.HistoryProblem as e:
            _err(f"pa: {e}")
            _exit(ExitStatus.ERROR)
        except DataInvalid as e:
            if t.name is None or len(targets) == 1:  # one set: nothing to answer, as ever
                raise
            t.left_out(e)  # in a portfolio the other sets still answer (ONVOLLEDIG, exit 1)
            continue
        answered.append(t)
        texts.append(w.render(result, format))
    _print(joined(answered, texts, format))
    _exit(ExitStatus.OK if len(answered) == len(targets) else ExitStatus.ERROR)
