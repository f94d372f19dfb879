"""The command line's shared parts: the options several commands take, and the
small helpers that turn core results into output and exit codes (see cli/main.py)."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

from pa_cli.base import clock
from pa_cli.base.exits import Exit, UsageProblem
from pa_cli.base.problems import unknown
from pa_cli.base.safe_text import multi_line, no_commands
from pa_cli.cli.spec import Opt
from pa_cli.edit import outfile
from pa_cli.model import datum
from pa_cli.show.term import FILE, Screen

if TYPE_CHECKING:
    from pa_cli.show import partial

DataOpt = Annotated[Optional[Path], Opt(
    "--data", metavar="MAP", help="Map met afspraken.yaml en agenda-*.yaml (standaard: "
    "$PA_DATA, anders de dichtstbijzijnde map data/ vanaf hier omhoog).")]

ValidateFormatOpt = Annotated[str, Opt(
    "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: text (standaard), "
    "json, github (annotaties in GitHub Actions) of gitlab (Code Quality-rapport).")]

PeildatumOpt = Annotated[Optional[str], Opt(
    "--peildatum", metavar=datum.METAVAR, help="Datum waarop de stand wordt bepaald, "
    "als 27-11-2026, 27 november 2026 of 2026-11-27 (standaard: vandaag).")]

TrekkerOpt = Annotated[Optional[list[str]], Opt(
    "--trekker", "-t", metavar="NAAM", help="Alleen acties van deze partij of groep; ook "
    "gezamenlijke acties en acties van de groep. Mag vaker.")]

TabelFormatOpt = Annotated[str, Opt(
    "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: table (standaard), "
    "json, csv (voor Excel) of md.")]

StandFormatOpt = Annotated[Optional[str], Opt(
    "--format", "-f", metavar="VORM", show_default=False, help="Uitvoer: table, json, csv "
    "(voor Excel) of md. Standaard: naar de extensie van -o, anders table.")]

UitvoerOpt = Annotated[Optional[Path], Opt(
    "--uitvoer", "-o", metavar="BESTAND", help="Schrijf naar dit bestand (via een tijdelijk "
    "bestand, nooit half) in plaats van naar het scherm.")]

ThemaOpt = Annotated[Optional[str], Opt("--thema", metavar="NR",
                                                 help="Alleen dit thema (1, A, IV).")]



def _agenda_opt(day: str) -> Any:
    return Annotated[Optional[str], Opt(
        "--agenda", metavar="JAREN", help=f"Welke agenda (bijvoorbeeld 2024-2025; standaard: die "
        f"van {day}, anders de laatste daarvoor).")]


AgendaOpt = _agenda_opt("de peildatum")
AgendaSetOpt = _agenda_opt("--datum")  # pa set: the agenda of the step's day
AgendaTodayOpt = _agenda_opt("vandaag")  # pa herstel

MargeOpt = Annotated[Optional[int], Opt(
    "--marge", metavar="WEKEN", help="Oranje als de termijn binnen zoveel weken afloopt "
    "(standaard 8, of instellingen.marge_weken in afspraken.yaml).")]


def _peildatum(text: str | None) -> date:
    return clock.today() if text is None else _parse_date(text, "--peildatum")


def _parse_date(text: str, option: str) -> date:
    return datum.option(text, option)


def _output_format(uitvoer: Path | None, given: str | None, formats: tuple[str, ...],
                   extensions: dict[str, tuple[str, ...]], default: str) -> str:
    if given is not None:
        _choice(given, formats, "--format")
    return outfile.output_format(uitvoer, given, extensions, default)


def _usable(data: Path | None) -> partial.Usable:
    """The data for a read-only answer; with errors, they go to stderr first (show/partial.py)."""
    from pa_cli.show import partial

    part = partial.load_usable(data)
    if not part.complete:
        _err(part.report())
        sys.stderr.flush()
    return part


def _told(uitvoer: Path | None) -> bool:
    """Whether the answer goes to the terminal that just showed the errors and the ONVOLLEDIG
    notice on stderr (_usable): then the notice is not repeated above the answer."""
    if uitvoer is not None:
        return False
    try:
        return (sys.stdout.isatty() and sys.stderr.isatty()
                and os.ttyname(sys.stdout.fileno()) == os.ttyname(sys.stderr.fileno()))
    except (AttributeError, OSError, ValueError):
        return False


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
        _print(multi_line(f"geschreven: {uitvoer} ({what})"))


def _melding(text: str) -> None:
    """A one-line notice beside the output (on stderr, so JSON and CSV stay clean)."""
    if text:
        _err(f"pa: {text}")


def _print(text: str) -> None:
    """Standard output: no line of it a workflow command (values are escaped where they are
    put in; colour codes, pa's own, stay)."""
    text = no_commands(text)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _err(text: str) -> None:
    """A message on stderr: whatever it quotes, no control reaches the terminal or CI log."""
    print(multi_line(text), file=sys.stderr)


def _exit(code: int) -> None:
    raise Exit(int(code))


def _choice(value: str, allowed: tuple[str, ...], option: str) -> None:
    if value not in allowed:
        raise UsageProblem(f"{option} '{value}' bestaat niet" + unknown(value, allowed))


def opdracht(command: str, *options: tuple[str, Any]) -> Any:
    """The command as the user gave it, with another NR in its place: a refusal that asks which
    row is meant shows the whole command to type. Options without a value are left out."""
    import shlex

    from pa_cli.base.problems import printable

    given = [(flag, value) for flag, value in options if value not in (None, False, "")]

    def with_nr(nr: str) -> str:
        words = [command, nr]
        for flag, value in given:
            words += [flag] if value is True else [flag, shlex.quote(str(value))]
        return printable(" ".join(words))

    return with_nr
