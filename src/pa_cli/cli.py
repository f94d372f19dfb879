"""Command line: parse arguments, call one core function, print, map to an exit code.

`main()` is the program with its one error boundary. The commands live in _cli_stand.py
(reading), _cli_write.py (writing the data) and _cli_report.py (documents), their shared
options and helpers in _cli_app.py; they are registered here, in the order `pa --help`
lists them.
"""

from __future__ import annotations

import copy
import sys

import typer

from pa_cli import _cli_report, _cli_stand, _cli_write, _completion, _typer_nl
from pa_cli._cli_app import app
from pa_cli._typer_nl import Command, Group
from pa_cli.check import DataInvalid
from pa_cli.exits import ExitStatus, Refused, UsageProblem

app.command(cls=Command)(_cli_stand.validate)
app.command(cls=Command)(_cli_stand.schema)
app.command(cls=Command)(_cli_stand.status)
app.command("overdue", cls=Command)(_cli_stand.overdue)
app.command("te-laat", cls=Command, help="Toon de acties die te laat zijn, per partij. Zelfde als "
            "'pa overdue'.")(_cli_stand.overdue)
app.command(cls=Command)(_cli_stand.monitor)
app.command(cls=Command)(_cli_write.meet)
app.command("set", cls=Command)(_cli_write.set_)
app.command(cls=Command)(_cli_write.herstel)
app.command(cls=Command)(_cli_report.report)
agenda_app = typer.Typer(
    name="agenda", cls=Group, help="Maak de agenda voor de volgende twee jaar.",
    no_args_is_help=True, rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(agenda_app)
agenda_app.command("nieuw", cls=Command)(_cli_write.agenda_nieuw)
app.command(cls=Command)(_cli_stand.kalender)
app.command(cls=Command)(_cli_report.wijzigingen)
app.command("changes", cls=Command, help="Toon wat er in de gegevens veranderde, gelezen uit git. "
            "Zelfde als 'pa wijzigingen'.")(_cli_report.wijzigingen)
app.command(cls=Command)(_cli_stand.toon)


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
