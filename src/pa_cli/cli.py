"""Command line: parse arguments, call one core function, print, map to an exit code.

`main()` is the program with its one error boundary; the commands below only
translate between the command line and the core modules.
"""

from __future__ import annotations

import copy
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from pa_cli import __version__, _completion, _typer_nl, datum, outfile
from pa_cli._typer_nl import Command, Group
from pa_cli.check import DataInvalid, load_valid
from pa_cli.exits import ExitStatus, Refused, UsageProblem
from pa_cli.problems import unknown
from pa_cli.term import FILE, Screen

if TYPE_CHECKING:
    from pa_cli import partial

app = typer.Typer(
    name="pa",
    cls=Group,
    help="Prestatieafspraken en uitvoeringsagenda als YAML: valideren, voortgang bijhouden, "
    "rapporteren.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

DataOpt = Annotated[Optional[Path], typer.Option(
    "--data", metavar="MAP", help="Map met afspraken.yaml en agenda-*.yaml (standaard: "
    "$PA_DATA, anders de dichtstbijzijnde map data/ vanaf hier omhoog).")]
ValidateFormatOpt = Annotated[str, typer.Option(
    "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: text (standaard), "
    "json, github (annotaties in GitHub Actions) of gitlab (Code Quality-rapport).")]


def _version(value: bool) -> None:
    if value:
        print(f"pa {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Toon het versienummer en stop.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Toon bij een interne fout de volledige "
                                        "Python-traceback.")] = False,
) -> None:
    """Prestatieafspraken en uitvoeringsagenda als YAML: valideren, voortgang bijhouden,
    rapporteren."""


@app.command(cls=Command)
def validate(
    bestanden: Annotated[Optional[list[Path]], typer.Argument(
        metavar="[BESTAND]...", show_default=False, help="Controleer de datamap waar deze "
        "bestanden in staan (zo roept de pre-commit-hook pa aan); standaard de datamap.")] = None,
    data: DataOpt = None,
    format: ValidateFormatOpt = "text",
) -> None:
    """Controleer alle databestanden. Meldt elk probleem met bestand:regel:kolom."""
    from pa_cli import check, output

    _choice(format, output.VALIDATE_FORMATS, "--format")
    results = check.check_targets(data, bestanden or [])
    print(output.validation_report(results, format))
    _exit(ExitStatus.from_problems(p for _, found in results for p in found))


@app.command(cls=Command)
def schema(
    data: DataOpt = None,
    out: Annotated[Optional[Path], typer.Option(
        "--uitvoer", "-o", metavar="MAP", help="Schrijf de schema's naar deze map (standaard: "
        "MAP/schemas naast de data).")] = None,
) -> None:
    """Schrijf de JSON Schema's voor editors. Editors met YAML-ondersteuning vullen daarmee aan
    en waarschuwen meteen."""
    from pa_cli import check
    from pa_cli.load import display_path

    for path in check.write_schemas(out, data):
        print(f"geschreven: {display_path(path)}")


PeildatumOpt = Annotated[Optional[str], typer.Option(
    "--peildatum", metavar=datum.METAVAR, help="Datum waarop de stand wordt bepaald, "
    "als 27-11-2026, 27 november 2026 of 2026-11-27 (standaard: vandaag).")]
TrekkerOpt = Annotated[Optional[list[str]], typer.Option(
    "--trekker", "-t", metavar="NAAM", help="Alleen acties van deze partij of groep; ook "
    "gezamenlijke acties en acties van de groep. Mag vaker.")]
TabelFormatOpt = Annotated[str, typer.Option(
    "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: table (standaard), "
    "json, csv (voor Excel) of md.")]
StandFormatOpt = Annotated[Optional[str], typer.Option(
    "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: table, json, csv "
    "(voor Excel) of md. Standaard: naar de extensie van -o, anders table.")]
UitvoerOpt = Annotated[Optional[Path], typer.Option(
    "--uitvoer", "-o", metavar="BESTAND", help="Schrijf naar dit bestand (via een tijdelijk "
    "bestand, nooit half) in plaats van naar het scherm.")]
ThemaOpt = Annotated[Optional[str], typer.Option("--thema", metavar="NR",
                                                 help="Alleen dit thema (1 t/m 5).")]
AgendaOpt = Annotated[Optional[str], typer.Option(
    "--agenda", metavar="JAREN", help="Welke agenda (bijvoorbeeld 2024-2025; standaard: die "
    "van de peildatum of --datum, anders de laatste daarvoor).")]
MargeOpt = Annotated[Optional[int], typer.Option(
    "--marge", metavar="WEKEN", help="Oranje als de termijn binnen zoveel weken afloopt "
    "(standaard 8, of instellingen.marge_weken in afspraken.yaml).")]


@app.command(cls=Command)
def status(
    data: DataOpt = None,
    trekker: TrekkerOpt = None,
    thema: ThemaOpt = None,
    status_: Annotated[Optional[list[str]], typer.Option(
        "--status", metavar="STATUS", help="Alleen acties met deze status (open, lopend, "
        "gereed, vervallen). Mag vaker.")] = None,
    stoplicht: Annotated[Optional[list[str]], typer.Option(
        "--stoplicht", metavar="KLEUR", help="Alleen acties met dit stoplicht (rood, oranje, "
        "groen, grijs). Mag vaker.")] = None,
    te_laat: Annotated[bool, typer.Option("--te-laat", help="Alleen acties waarvan de termijn "
                                          "verstreken is (rood).")] = False,
    alles: Annotated[bool, typer.Option("--alles", help="Ook de lege agendarijen tonen.")] = False,
    voor_overleg: Annotated[bool, typer.Option(
        "--voor-overleg", help="Alleen acties die af moeten zijn vóór het overleg ná het "
        "eerstvolgende (wat de hand-out voor het eerstvolgende overleg in deel 3 noemt), de "
        "vroegste eerst.")] = False,
    peildatum: PeildatumOpt = None,
    marge: MargeOpt = None,
    agenda: AgendaOpt = None,
    format: StandFormatOpt = None,
    uitvoer: UitvoerOpt = None,
) -> None:
    """Toon per actie termijn, status en stoplicht."""
    from pa_cli import query, tables

    fmt = _output_format(uitvoer, format, tables.FORMATS, tables.EXTENSIONS, "table")
    f = query.Filter(trekker or [], thema, status_ or [], stoplicht or [], te_laat, alles)
    part = _usable(data)
    s = query.stand(part.ds, _peildatum(peildatum), f, marge, agenda)
    if voor_overleg:
        from pa_cli import cyclus

        s = cyclus.voor_overleg(s, cyclus.Cyclus(part.ds.afspraken.cyclus))  # type: ignore[union-attr]
    _emit(part.mark(tables.status_output(s, fmt, _screen(uitvoer)), fmt), uitvoer,
          f"stand, {fmt}")
    _melding(s.melding)
    _exit(ExitStatus.OK if part.complete else ExitStatus.ERROR)


@app.command("overdue", cls=Command)
def overdue(
    data: DataOpt = None,
    trekker: TrekkerOpt = None,
    peildatum: PeildatumOpt = None,
    agenda: AgendaOpt = None,
    format: StandFormatOpt = None,
    uitvoer: UitvoerOpt = None,
) -> None:
    """Toon de acties die te laat zijn, per partij. Ook als 'pa te-laat'."""
    from pa_cli import query, tables

    fmt = _output_format(uitvoer, format, tables.FORMATS, tables.EXTENSIONS, "table")
    f = query.Filter(trekker or [], te_laat=True)
    part = _usable(data)
    s = query.stand(part.ds, _peildatum(peildatum), f, agenda=agenda)
    _emit(part.mark(tables.overdue_output(s, fmt, _screen(uitvoer)), fmt), uitvoer,
          f"te laat, {fmt}")
    _melding(s.melding)
    _exit(ExitStatus.OK if part.complete else ExitStatus.ERROR)


app.command("te-laat", cls=Command, help="Toon de acties die te laat zijn, per partij. Zelfde als "
            "'pa overdue'.")(overdue)


@app.command(cls=Command)
def monitor(
    data: DataOpt = None,
    peildatum: PeildatumOpt = None,
    format: TabelFormatOpt = "table",
) -> None:
    """Toon de cijfers van de monitor (afspraak 5.8). Per indicator de laatste meting tegen
    het doel van dat jaar."""
    from pa_cli import monitor as core
    from pa_cli import monitor_output

    _choice(format, monitor_output.FORMATS, "--format")
    _print(monitor_output.monitor_output(core.monitor(load_valid(data), _peildatum(peildatum)),
                                         format))


@app.command(cls=Command)
def meet(
    indicator: Annotated[str, typer.Argument(metavar="INDICATOR", help="Id van de indicator "
                                             "(pa monitor toont ze), zoals aanbod-regulier.")],
    waarde: Annotated[str, typer.Option("--waarde", metavar="GETAL", help="Het cijfer, zonder "
                                        "eenheid: 812 of 82,5.")],
    bron: Annotated[str, typer.Option("--bron", metavar="TEKST", help="Waar het cijfer vandaan "
                                      "komt (rapportage, jaarverslag).")],
    jaar: Annotated[Optional[int], typer.Option("--jaar", metavar="JJJJ", help="Het jaar van "
                                                "het cijfer (of --peildatum).")] = None,
    peildatum: Annotated[Optional[str], typer.Option(
        "--peildatum", metavar="DATUM", help="De datum van het cijfer (of --jaar).")] = None,
    corporatie: Annotated[Optional[str], typer.Option(
        "--corporatie", metavar="NAAM", help="Voor één corporatie (Clavis, WZV).")] = None,
    kern: Annotated[Optional[str], typer.Option("--kern", metavar="NAAM", help="Voor één "
                                                "kern.")] = None,
    huurklasse: Annotated[Optional[str], typer.Option(
        "--huurklasse", metavar="KLASSE", help="Voor één huurklasse: goedkoop, betaalbaar, "
        "'duur tot de liberalisatiegrens' of 'vrije sector'.")] = None,
    data: DataOpt = None,
) -> None:
    """Leg een cijfer van de monitor vast in indicatoren.yaml.

    Alleen die meting komt erbij; de rest van het bestand blijft gelijk."""
    from pa_cli import meet as core

    day = _parse_date(peildatum, "--peildatum") if peildatum else None
    r = core.meet(data, core.Vraag(indicator, waarde, bron, jaar, day, corporatie, kern,
                                   huurklasse))
    print(f"{r.path}:{r.line}: meting vastgelegd: {r.beschrijving}")


@app.command("set", cls=Command)
def set_(
    nr: Annotated[str, typer.Argument(metavar="NR", help="Nummer van de agendarij zoals "
                                      "gedrukt (1.1.3), of rij:NR / afspraak:NR bij twijfel.")],
    status_: Annotated[str, typer.Option("--status", "-s", metavar="STATUS",
                                         help="Nieuwe status: open, lopend, gereed of "
                                         "vervallen.")],
    toelichting: Annotated[Optional[str], typer.Option(
        "--toelichting", "-m", metavar="TEKST", help="Toelichting bij de status; komt ook in "
        "de voortgang.")] = None,
    datum: Annotated[Optional[str], typer.Option(
        "--datum", metavar=datum.METAVAR, help="Datum van deze voortgang (standaard: "
        "vandaag).")] = None,
    toekomst: Annotated[bool, typer.Option(
        "--toekomst", help="Sta een --datum na vandaag toe (anders geweigerd).")] = False,
    agenda: AgendaOpt = None,
    data: DataOpt = None,
) -> None:
    """Leg de status van een actie vast. Alleen die actie verandert in de YAML."""
    from pa_cli import edit

    day = _parse_date(datum, "--datum") if datum else date.today()
    r = edit.set_status(data, nr, status_, toelichting, day, agenda, toekomst)
    print(f"{r.path}:{r.line}: agendarij {r.nr}: {r.old or '-'} -> {r.new}")
    _melding(r.melding)


@app.command(cls=Command)
def herstel(
    nr: Annotated[str, typer.Argument(metavar="NR", help="Nummer van de agendarij, zoals bij "
                                      "pa set.")],
    agenda: AgendaOpt = None,
    data: DataOpt = None,
) -> None:
    """Draai de laatste voortgang van een actie terug.

    Alleen die actie verandert; status en toelichting worden weer die van de stap ervoor.
    """
    from pa_cli import edit

    r = edit.herstel(data, nr, agenda)
    stap = r.teruggedraaid.isoformat() if r.teruggedraaid else "-"
    print(f"{r.path}:{r.line}: agendarij {r.nr}: voortgang van {stap} teruggedraaid; "
          f"{r.old or '-'} -> {r.new}")
    _melding(r.melding)


@app.command(cls=Command)
def report(
    naam: Annotated[Optional[str], typer.Argument(
        metavar="NAAM", help="Welk rapport: handout, stoplicht, agenda of een eigen sjabloon "
        "(pa report --list toont ze).")] = None,
    lijst: Annotated[bool, typer.Option("--list", help="Toon de rapporten, elk met één regel "
                                        "uitleg, en stop.")] = False,
    format: Annotated[Optional[str], typer.Option(
        "--format", "-f", metavar="VORM", help="Uitvoer: md (Markdown), html of pdf (via "
        "Chromium). Standaard: naar de extensie van -o, anders md.")] = None,
    peildatum: PeildatumOpt = None,
    overleg: Annotated[Optional[str], typer.Option(
        "--overleg", metavar=datum.METAVAR, help="Datum van het bestuurlijk overleg (standaard: "
        "de eerste 1 april of 1 oktober vanaf de peildatum).")] = None,
    sinds: Annotated[Optional[str], typer.Option(
        "--sinds", metavar=datum.METAVAR, help="Voortgang vanaf deze datum (standaard: het "
        "vorige overleg).")] = None,
    trekker: TrekkerOpt = None,
    thema: ThemaOpt = None,
    marge: MargeOpt = None,
    agenda: AgendaOpt = None,
    uitvoer: UitvoerOpt = None,
    templates: Annotated[Optional[Path], typer.Option(
        "--templates", metavar="MAP", help="Map met eigen sjablonen; die gaan voor de "
        "ingebouwde (ook templates/ naast de datamap telt).")] = None,
    data: DataOpt = None,
) -> None:
    """Maak een rapport voor het overleg. Hand-out, stoplichtrapportage of agenda, als
    Markdown, HTML of PDF."""
    from pa_cli import render
    from pa_cli import report as rapport

    try:
        if lijst:
            _print(render.list_reports(templates, data))
            return
        if naam is None:
            raise UsageProblem("welk rapport? Geef een naam, bijvoorbeeld 'pa report handout'; "
                               "pa report --list toont ze allemaal")
        fmt = _output_format(uitvoer, format, rapport.FORMATS, rapport.EXTENSIONS, "md")
        if fmt == "pdf" and uitvoer is None and sys.stdout.isatty():
            raise UsageProblem("een PDF hoort niet op het scherm; schrijf hem naar een bestand "
                               "met -o BESTAND.pdf")
        opts = rapport.Options(
            naam, fmt, _peildatum(peildatum),
            _parse_date(overleg, "--overleg") if overleg else None,
            _parse_date(sinds, "--sinds") if sinds else None,
            trekker or [], thema, marge, templates, data, agenda)
        out, melding = rapport.make_report(opts)
    except rapport.ReportProblem as e:
        print(f"pa: {e}", file=sys.stderr)
        _exit(ExitStatus.ERROR)
    if uitvoer is None:
        if fmt == "pdf":
            sys.stdout.flush()
            sys.stdout.buffer.write(out)
            sys.stdout.buffer.flush()
        else:
            _print(out.decode("utf-8"))
        _melding(melding)
        return
    _emit(out, uitvoer, f"{naam}, {fmt}")
    _melding(melding)


agenda_app = typer.Typer(
    name="agenda", cls=Group, help="Maak de agenda voor de volgende twee jaar.",
    no_args_is_help=True, rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(agenda_app)


@agenda_app.command("nieuw", cls=Command)
def agenda_nieuw(
    jaren: Annotated[str, typer.Argument(metavar="JAREN", help="De jaren van de nieuwe agenda, "
                                         "bijvoorbeeld 2024-2025.")],
    data: DataOpt = None,
) -> None:
    """Maak de agenda voor JAREN. Wat nog loopt schuift door uit de laatste agenda."""
    from pa_cli import carry

    r = carry.nieuwe_agenda(data, jaren)
    print(f"geschreven: {r.path} ({r.doorgeschoven} acties doorgeschoven, {r.lege_rijen} "
          "lege rijen)")
    print(f"bijgewerkt: {r.bron} ({r.doorgeschoven} rijen kregen 'doorgeschoven: \"{jaren}\"')")
    print("Vul de nieuwe termijnen in (pa validate toont waar: 'termijn nog vast te stellen') "
          "en zet 'vastgesteld: JJJJ-MM-DD' bovenaan zodra het overleg de agenda vaststelt.")


@app.command(cls=Command)
def kalender(
    van: Annotated[Optional[str], typer.Option(
        "--van", metavar=datum.METAVAR, help="Eerste dag (standaard: vandaag).")] = None,
    tot: Annotated[Optional[str], typer.Option(
        "--tot", metavar=datum.METAVAR, help="Laatste dag (standaard: een jaar vanaf "
        "--van).")] = None,
    trekker: TrekkerOpt = None,
    format: Annotated[str, typer.Option(
        "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: text (standaard), "
        "json of md.")] = "text",
    ics: Annotated[Optional[Path], typer.Option(
        "--ics", metavar="BESTAND", help="Schrijf de kalender als iCalendar-bestand (.ics) om "
        "te importeren in Outlook of Google Agenda.")] = None,
    data: DataOpt = None,
) -> None:
    """Toon de cyclus en de termijnen op datum. Met --ics een agendabestand (.ics)."""
    from pa_cli import kalender as cal
    from pa_cli import kalender_out
    from pa_cli.fmt import aantal, datum_nl

    _choice(format, kalender_out.FORMATS, "--format")
    start = _parse_date(van, "--van") if van else date.today()
    end = _parse_date(tot, "--tot") if tot else None
    if end is not None and end < start:
        raise UsageProblem(f"--tot {tot} ligt vóór --van {start.isoformat()}; draai ze om")
    k = cal.kalender(load_valid(data), start, end, trekker or [])
    if ics is None:
        _print(kalender_out.kalender_output(k, format))
        return
    outfile.write_output(ics, kalender_out.ics(k))
    print(f"geschreven: {ics} ({aantal(len(k.items), 'gebeurtenis', 'gebeurtenissen')}, "
          f"{datum_nl(k.van)} t/m {datum_nl(k.tot)})")


@app.command(cls=Command)
def wijzigingen(
    sinds: Annotated[str, typer.Option(
        "--sinds", metavar="REV|DATUM", show_default=False, help="Vergelijk met deze "
        "revisie (commit, tak, tag, HEAD~3) of met de laatste commit op of vóór deze datum.")],
    tot: Annotated[Optional[str], typer.Option(
        "--tot", metavar="REV", help="Vergelijk tot deze revisie (standaard: de werkmap, zoals "
        "de bestanden nu zijn).")] = None,
    format: Annotated[str, typer.Option(
        "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: text "
        "(standaard), json of md (voor een pull request).")] = "text",
    data: DataOpt = None,
) -> None:
    """Toon wat er in de gegevens veranderde, gelezen uit git. Sinds een revisie of datum, tot
    de werkmap of een andere revisie (ook als 'pa changes')."""
    from pa_cli import wijzigingen as w

    _choice(format, w.FORMATS, "--format")
    try:
        result = w.wijzigingen(data, sinds, tot)
    except w.HistoryProblem as e:
        print(f"pa: {e}", file=sys.stderr)
        _exit(ExitStatus.ERROR)
    _print(w.render(result, format))


app.command("changes", cls=Command, help="Toon wat er in de gegevens veranderde, gelezen uit git. "
            "Zelfde als 'pa wijzigingen'.")(wijzigingen)


@app.command(cls=Command)
def toon(
    nr: Annotated[str, typer.Argument(metavar="ACTIE", help="Nummer van de actie (1.1.3), of "
                                      "JAREN/NR (2024-2025/1.1.3), rij:NR of afspraak:NR.")],
    peildatum: PeildatumOpt = None,
    agenda: AgendaOpt = None,
    format: Annotated[str, typer.Option(
        "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: text (standaard), "
        "json of md.")] = "text",
    data: DataOpt = None,
) -> None:
    """Toon één actie met haar afspraak, stand en hele geschiedenis."""
    from pa_cli import edit, toon_out
    from pa_cli import toon as core

    _choice(format, toon_out.FORMATS, "--format")
    ds = load_valid(data)
    day = _peildatum(peildatum)
    found_agenda, rij, melding = edit.find_row(ds, nr, agenda, day, moved_ok=True)
    _print(toon_out.toon_output(core.verhaal(ds, found_agenda, rij, day), format))
    _melding(melding)


def _peildatum(text: str | None) -> date:
    return date.today() if text is None else _parse_date(text, "--peildatum")


def _parse_date(text: str, option: str) -> date:
    return datum.option(text, option)


def _output_format(uitvoer: Path | None, given: str | None, formats: tuple[str, ...],
                   extensions: dict[str, tuple[str, ...]], default: str) -> str:
    if given is not None:
        _choice(given, formats, "--format")
    return outfile.output_format(uitvoer, given, extensions, default)


def _usable(data: Path | None) -> partial.Usable:
    """The data for a read-only answer; with errors, they go to stderr first (partial.py)."""
    from pa_cli import partial

    part = partial.load_usable(data)
    if not part.complete:
        print(part.report(), file=sys.stderr, flush=True)
    return part


def _screen(uitvoer: Path | None) -> Screen | None:
    """A table for -o FILE has no colour and whole texts; None: as standard output is."""
    return None if uitvoer is None else FILE


def _emit(out: str | bytes, uitvoer: Path | None, what: str) -> None:
    """Print the answer, or write it to -o FILE (atomically) and say so."""
    if isinstance(out, str):
        out = (out if out.endswith("\n") else out + "\n").encode("utf-8")
    if uitvoer is None:
        _print(out.decode("utf-8"))
        return
    if outfile.write_output(uitvoer, out):  # False: -o named standard output itself
        print(f"geschreven: {uitvoer} ({what})")


def _melding(text: str) -> None:
    """A one-line notice beside the output (on stderr, so JSON and CSV stay clean)."""
    if text:
        print(f"pa: {text}", file=sys.stderr)


def _print(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _exit(code: int) -> None:
    raise typer.Exit(int(code))


def _choice(value: str, allowed: tuple[str, ...], option: str) -> None:
    if value not in allowed:
        raise UsageProblem(f"{option} '{value}' bestaat niet" + unknown(value, allowed))


def _for(args: list[str]) -> typer.Typer:
    """The app that answers args: when they start with a plain command's name, an app with only
    that command, since typer builds every command it holds (reading each signature's options)
    on every start; otherwise, for help, errors and groups, the whole app."""
    from typer.main import get_command_name

    if not args:
        return app
    for info in app.registered_commands:
        name = info.name or get_command_name(info.callback.__name__)  # type: ignore[union-attr]
        if name == args[0]:
            one = copy.copy(app)  # the same settings and root callback, one command
            one.registered_commands = [info]
            one.registered_groups = []
            return one
    return app


def main(argv: list[str] | None = None, prog: str = "pa") -> None:
    """The program with error handling: one boundary, --debug re-raises.

    `prog` is how the user started pa, as help and usage errors show it
    ("python -m pa_cli" when run that way).
    """
    from pa_cli.term import plain_fallbacks

    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    plain_fallbacks(sys.stdout, sys.stderr)  # a cp1252 console prints ✓ as v, not a crash
    if _completion.requested():  # the shell asks (_PA_COMPLETE); no cost otherwise
        _completion.complete(app, prog)
    try:
        code = _for(args)(args=args, prog_name=prog, standalone_mode=False)
    except UsageProblem as e:
        print(f"pa: {e}", file=sys.stderr)
        code = ExitStatus.USAGE
    except Refused as e:
        print(f"pa: geweigerd: {e}", file=sys.stderr)
        code = ExitStatus.ERROR
    except DataInvalid as e:
        from pa_cli.output import invalid_data_report

        print(invalid_data_report(e.ds, e.problems, reason=e.reason), file=sys.stderr)
        code = ExitStatus.ERROR
    except KeyboardInterrupt:
        print("afgebroken", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (pa status | head): not our error
        code = ExitStatus.OK
    except OSError as e:  # the disk, not the data: a full disk, a read-only directory
        if debug:
            raise
        where = f" ({e.filename})" if e.filename else ""
        print(f"pa: lezen of schrijven mislukt: {e.strerror or e}{where}; er is niets gewijzigd",
              file=sys.stderr)
        code = ExitStatus.ERROR
    except Exception as e:  # the one catch-all
        if _typer_nl.is_click_exception(e):  # a malformed command line
            if type(e).__name__ == "NoArgsIsHelpError":
                e.show()  # type: ignore[attr-defined]
            else:
                print(_typer_nl.usage_error_text(e), file=sys.stderr)
            code = getattr(e, "exit_code", ExitStatus.USAGE)
        elif type(e).__name__ == "Abort":
            print("afgebroken", file=sys.stderr)
            code = ExitStatus.ERROR
        elif debug:
            raise
        else:
            print(f"pa: interne fout: {type(e).__name__}: {e}\n"
                  "Dit is een fout in pa, niet in uw gegevens. Draai opnieuw met --debug voor de "
                  "details en meld het aan de beheerders.", file=sys.stderr)
            code = ExitStatus.INTERNAL
    sys.exit(int(code or 0))
