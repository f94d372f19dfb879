"""Command line: parse arguments, call one core function, print, map to an exit code.

`main()` is the program with its one error boundary; the commands below only
translate between the command line and the core modules.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from pa_cli import __version__
from pa_cli.exits import ExitStatus, UsageProblem

app = typer.Typer(
    name="pa",
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
FormatOpt = Annotated[str, typer.Option(
    "--format", "-f", metavar="VORM", help="Uitvoer: text of json.")]


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


@app.command()
def validate(data: DataOpt = None, format: FormatOpt = "text") -> None:
    """Controleer alle databestanden en meld elk probleem met bestand:regel:kolom."""
    from pa_cli import check, output

    _choice(format, ("text", "json"), "--format")
    ds, problems = check.check_dir(data)
    print(output.validation_report(ds, problems, format))
    _exit(ExitStatus.from_problems(problems))


@app.command()
def schema(
    data: DataOpt = None,
    out: Annotated[Optional[Path], typer.Option(
        "--uitvoer", "-o", metavar="MAP", help="Schrijf de schema's naar deze map (standaard: "
        "MAP/schemas naast de data).")] = None,
) -> None:
    """Schrijf de JSON Schema's van de databestanden (voor editors met YAML-ondersteuning)."""
    from pa_cli import check
    from pa_cli.load import display_path

    for path in check.write_schemas(out, data):
        print(f"geschreven: {display_path(path)}")


def _exit(code: int) -> None:
    raise typer.Exit(int(code))


def _choice(value: str, allowed: tuple[str, ...], option: str) -> None:
    if value not in allowed:
        raise UsageProblem(f"{option} '{value}' bestaat niet; kies uit: " + ", ".join(allowed))


def main(argv: list[str] | None = None) -> None:
    """The program with error handling: one boundary, --debug re-raises.

    Typer (click) itself answers malformed command lines with exit 2 and ends
    every command through SystemExit; what reaches the handlers below is ours.
    """
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        app(args=args, prog_name="pa")
        code = ExitStatus.OK
    except UsageProblem as e:
        print(f"pa: {e}", file=sys.stderr)
        code = ExitStatus.USAGE
    except KeyboardInterrupt:
        print("afgebroken", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (pa status | head): not our error
        code = ExitStatus.OK
    except Exception as e:  # the one catch-all
        if debug:
            raise
        print(f"pa: interne fout: {type(e).__name__}: {e}\n"
              "Dit is een fout in pa, niet in uw gegevens. Draai opnieuw met --debug voor de "
              "details en meld het aan de beheerders.", file=sys.stderr)
        code = ExitStatus.INTERNAL
    sys.exit(int(code or 0))
