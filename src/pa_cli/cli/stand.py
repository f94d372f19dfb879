"""Commands that read: validate, schema, status, overdue, monitor, toon, kalender."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

from pa_cli.base import clock
from pa_cli.base.exits import ExitStatus, Refused, UsageProblem
from pa_cli.check.validate import load_valid
from pa_cli.cli.common import (
    AgendaOpt,
    DataOpt,
    MargeOpt,
    PeildatumOpt,
    StandFormatOpt,
    TabelFormatOpt,
    ThemaOpt,
    TrekkerOpt,
    UitvoerOpt,
    ValidateFormatOpt,
    _choice,
    _emit,
    _exit,
    _melding,
    _output_format,
    _parse_date,
    _peildatum,
    _print,
    _screen,
    _told,
    opdracht,
)
from pa_cli.cli.one_set import one_set
from pa_cli.cli.portfolio import (
    Answering,
    GemeenteOpt,
    Target,
    answering,
    joined,
    read_targets,
    with_agenda,
)
from pa_cli.cli.spec import Arg, Opt
from pa_cli.edit import outfile
from pa_cli.model import datum

if TYPE_CHECKING:
    from pa_cli.load.dataset import Dataset
    from pa_cli.query.doelen import DoelStand


def validate(
    bestanden: Annotated[Optional[list[Path]], Arg(
        metavar="[BESTAND]...", show_default=False, help="Controleer de datamap waar deze "
        "bestanden in staan (zo roept de pre-commit-hook pa aan); standaard de datamap.")] = None,
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
    format: ValidateFormatOpt = "text",
) -> None:
    """Controleer alle databestanden. Meldt elk probleem met bestand:regel:kolom.

    In een portefeuille elke set en het register van partijen (portefeuille.yaml)."""
    from pa_cli.cli.portfolio import validate_targets
    from pa_cli.show import output

    _choice(format, output.VALIDATE_FORMATS, "--format")
    results = validate_targets(data, gemeente, bestanden or [])
    print(output.validation_report(results, format))
    _exit(ExitStatus.from_problems(p for _, found in results for p in found))


def schema(
    data: DataOpt = None,
    out: Annotated[Optional[Path], Opt(
        "--uitvoer", "-o", metavar="MAP", help="Schrijf de schema's naar deze map (standaard: "
        "MAP/schemas naast de data).")] = None,
) -> None:
    """Schrijf de JSON Schema's voor editors. Editors met YAML-ondersteuning vullen daarmee aan
    en waarschuwen meteen."""
    from pa_cli.edit.schemas import write_schemas
    from pa_cli.load.dataset import display_path

    for path in write_schemas(out, data):
        print(f"geschreven: {display_path(path)}")


def status(
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
    trekker: TrekkerOpt = None,
    thema: ThemaOpt = None,
    status_: Annotated[Optional[list[str]], Opt(
        "--status", metavar="STATUS", help="Alleen acties met deze status (open, lopend, "
        "gereed, vervallen). Mag vaker.")] = None,
    stoplicht: Annotated[Optional[list[str]], Opt(
        "--stoplicht", metavar="KLEUR", help="Alleen acties met dit stoplicht (rood, oranje, "
        "groen, grijs). Mag vaker.")] = None,
    te_laat: Annotated[bool, Opt("--te-laat", help="Alleen acties waarvan de termijn "
                                          "verstreken is (rood).")] = False,
    alles: Annotated[bool, Opt("--alles", help="Ook de lege agendarijen tonen.")] = False,
    voor_overleg: Annotated[bool, Opt(
        "--voor-overleg", help="Alleen acties die af moeten zijn vóór het eerstvolgende "
        "overleg na de peildatum (de kop noemt het), de vroegste eerst.")] = False,
    peildatum: PeildatumOpt = None,
    marge: MargeOpt = None,
    agenda: AgendaOpt = None,
    format: StandFormatOpt = None,
    uitvoer: UitvoerOpt = None,
) -> None:
    """Toon per actie termijn, status en stoplicht.

    In een portefeuille per gemeente."""
    from pa_cli.query import stand as query
    from pa_cli.show import tables

    fmt = _output_format(uitvoer, format, tables.FORMATS, tables.EXTENSIONS, "table")
    a = answering(with_agenda(read_targets(data, gemeente, trekker), agenda))
    texts, meldingen = [], []
    for t, part in a.parts:
        f = query.Filter(t.trekker, thema, status_ or [], stoplicht or [], te_laat, alles)
        s = query.stand(part.ds, _peildatum(peildatum), f, marge, agenda)
        if voor_overleg:
            from pa_cli.query import cyclus

            s = cyclus.voor_overleg(s, cyclus.Cyclus(
                part.ds.afspraken.cyclus, s.marge_weken))  # type: ignore[union-attr]
        texts.append(part.mark(tables.status_output(s, fmt, _screen(uitvoer)), fmt,
                               _told(uitvoer)))
        meldingen.append(t.melding(s.melding))
    _answer(a, texts, meldingen, fmt, uitvoer, "stand")


def overdue(
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
    trekker: TrekkerOpt = None,
    peildatum: PeildatumOpt = None,
    agenda: AgendaOpt = None,
    format: StandFormatOpt = None,
    uitvoer: UitvoerOpt = None,
) -> None:
    """Toon de acties die te laat zijn, per partij. Ook als 'pa te-laat'.

    In een portefeuille per gemeente."""
    from pa_cli.query import stand as query
    from pa_cli.show import tables

    fmt = _output_format(uitvoer, format, tables.FORMATS, tables.EXTENSIONS, "table")
    a = answering(with_agenda(read_targets(data, gemeente, trekker), agenda))
    texts, meldingen = [], []
    for t, part in a.parts:
        s = query.stand(part.ds, _peildatum(peildatum), query.Filter(t.trekker, te_laat=True),
                        agenda=agenda)
        texts.append(part.mark(tables.overdue_output(s, fmt, _screen(uitvoer)), fmt,
                               _told(uitvoer)))
        meldingen.append(t.melding(s.melding))
    _answer(a, texts, meldingen, fmt, uitvoer, "te laat")


def monitor(
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
    peildatum: PeildatumOpt = None,
    format: TabelFormatOpt = "table",
) -> None:
    """Toon de cijfers van de monitor (indicatoren.yaml). Per indicator (met de id voor pa meet)
    de laatste meting die op de peildatum bekend was (een jaar zodra het voorbij is) tegen het
    doel van dat jaar; in de verlenging dat van het laatste jaar.

    In een portefeuille per gemeente."""
    from pa_cli.query import monitor as core
    from pa_cli.show import monitor as monitor_output

    _choice(format, monitor_output.FORMATS, "--format")
    targets = read_targets(data, gemeente)
    a = answering(targets, partial=False)
    day = _peildatum(peildatum)
    texts = [monitor_output.monitor_output(core.monitor(part.ds, day), format)
             for _, part in a.parts]
    standen = (_portfolio_targets(data, a, targets, day)
               if targets[0].name is not None and gemeente is None else [])
    if not standen:
        _print(joined(a.targets, texts, format))
    elif format == "json":
        from pa_cli.show.doelen import per_set

        _print(joined(a.targets, texts, format,
                      [{"doelen": per_set(standen, t.name or "")} for t in a.targets]))
    elif format == "csv":
        from pa_cli.show.doelen import csv_rows
        from pa_cli.show.tables import _csv

        keys = ("set", "gemeente", *monitor_output.CSV_KEYS)
        rows = _csv(csv_rows(standen, keys), keys).split("\r\n", 1)[1]  # under one header
        _print(joined(a.targets, texts, format) + rows)
    else:
        from pa_cli.show.doelen import doelen_output

        _print(joined(a.targets, texts, format) + "\n\n"
               + doelen_output(standen, "md" if format == "md" else "text"))
    _exit(ExitStatus.OK if a.complete else ExitStatus.ERROR)


def _portfolio_targets(data: Optional[Path], a: Answering, targets: list[Target],
                       day: date) -> list[DoelStand]:
    """The portfolio's targets above the gemeente (portefeuille.yaml `doelen:`) on the day,
    [] when it has none. A set left out for its errors has no figure."""
    from pa_cli.load.portfolio import find_portfolio, load_portfolio
    from pa_cli.query.doelen import doelen

    root = find_portfolio(data)
    registry = load_portfolio(root).registry if root is not None else None
    if registry is None or not registry.doelen:
        return []
    sets: list[tuple[str, str, Dataset | None]] = [
        (t.name or "", t.gemeente, part.ds) for t, part in a.parts]
    sets += [(t.name or "", t.gemeente, None) for t in a.left_out(targets)]
    return doelen(registry, sets, day)


def toon(
    nr: Annotated[str, Arg(metavar="ACTIE", help="Nummer van de actie (1.1.3), of "
                                      "JAREN/NR (2024-2025/1.1.3), rij:NR of afspraak:NR.")],
    peildatum: PeildatumOpt = None,
    agenda: AgendaOpt = None,
    format: Annotated[str, Opt(
        "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: text (standaard), "
        "json of md.")] = "text",
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Toon één actie met haar afspraak, stand en hele geschiedenis.

    In een portefeuille: GEMEENTE:NR (havenstad:1.2) of --gemeente, tenzij maar één set dat
    nummer heeft."""
    from pa_cli.edit import record as edit
    from pa_cli.query import toon as core
    from pa_cli.show import toon as toon_out

    _choice(format, toon_out.FORMATS, "--format")
    day = _peildatum(peildatum)
    try:
        again = opdracht("pa toon", ("--peildatum", peildatum), ("--agenda", agenda),
                         ("--format", format if format != "text" else None), ("--data", data))
        chosen = one_set(data, gemeente, "pa toon", again, nr)
        ds = load_valid(chosen.data)
        found_agenda, rij, melding = edit.find_row(ds, chosen.nr or nr, agenda, day, True,
                                                   chosen.again)
    except Refused as e:  # worded for pa set; toon changes nothing: ACTIE names no one action
        raise UsageProblem(str(e)) from None
    text = toon_out.toon_output(core.verhaal(ds, found_agenda, rij, day), format)
    _print(chosen.shown(text, ds.afspraken.gemeente if ds.afspraken else "", format))
    _melding(melding)


def kalender(
    van: Annotated[Optional[str], Opt(
        "--van", metavar=datum.METAVAR, help="Eerste dag (standaard: vandaag).")] = None,
    tot: Annotated[Optional[str], Opt(
        "--tot", metavar=datum.METAVAR, help="Laatste dag (standaard: een jaar vanaf "
        "--van).")] = None,
    trekker: TrekkerOpt = None,
    format: Annotated[str, Opt(
        "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: text (standaard), "
        "json of md.")] = "text",
    ics: Annotated[Optional[Path], Opt(
        "--ics", metavar="BESTAND", help="Schrijf de kalender als iCalendar-bestand (.ics) om "
        "te importeren in Outlook of Google Agenda.")] = None,
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Toon de cyclus en de termijnen op datum. Met --ics een agendabestand (.ics).

    In een portefeuille per gemeente; --ics zet ze samen in één bestand."""
    from pa_cli.base.fmt import aantal, datum_nl
    from pa_cli.query import kalender as cal
    from pa_cli.show import kalender as kalender_out

    _choice(format, kalender_out.FORMATS, "--format")
    if ics is not None:
        outfile.output_format(ics, "ics", kalender_out.ICS_EXTENSIONS, "ics", "--ics")
    start = _parse_date(van, "--van") if van else clock.today()
    end = _parse_date(tot, "--tot") if tot else None
    if end is not None and end < start:
        raise UsageProblem(f"--tot {datum_nl(end)} ligt vóór --van {datum_nl(start)}; draai ze "
                           "om")
    a = answering(read_targets(data, gemeente, trekker), partial=False)
    targets = a.targets
    ks = [cal.kalender(part.ds, start, end, t.trekker, t.name) for t, part in a.parts]
    if ics is None:
        _print(joined(targets, [kalender_out.kalender_output(k, format) for k in ks], format))
        _exit(ExitStatus.OK if a.complete else ExitStatus.ERROR)
        return
    if not ks:  # every set of the portfolio left out (said above): no file to write
        _exit(ExitStatus.ERROR)
    k = ks[0] if targets[0].name is None else cal.samen(
        _portfolio_title(data), [(t.gemeente, k) for t, k in zip(targets, ks)])
    outfile.write_output(ics, kalender_out.ics(k), "--ics")
    print(f"geschreven: {ics} ({aantal(len(k.items), 'gebeurtenis', 'gebeurtenissen')}, "
          f"{datum_nl(k.van)} t/m {datum_nl(k.tot)})")
    _exit(ExitStatus.OK if a.complete else ExitStatus.ERROR)


def _portfolio_title(data: Path | None) -> str:
    from pa_cli.load.portfolio import find_portfolio, load_portfolio

    root = find_portfolio(data)
    p = load_portfolio(root) if root is not None else None
    return (p.registry.titel if p and p.registry and p.registry.titel else
            root.name if root is not None else "")


def _answer(a: Answering, texts: list[str], meldingen: list[str], fmt: str,
            uitvoer: Path | None, what: str) -> None:
    """Print the sets' answers as one, each distinct melding once; exit 1 when a set was left
    out (ONVOLLEDIG)."""
    _emit(joined(a.targets, texts, fmt), uitvoer, f"{what}, {fmt}")
    for melding in dict.fromkeys(meldingen):
        _melding(melding)
    _exit(ExitStatus.OK if a.complete else ExitStatus.ERROR)
