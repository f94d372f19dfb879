"""Command line: parse arguments, call one core function, print, map to an exit code.

`main()` is the program with its one error boundary. The commands live in cli/stand.py
(reading), cli/write.py (writing the data) and cli/report.py (documents), their shared
options and helpers in cli/common.py, and the list of them in cli/spec.py. A plain command line
is read by cli/fast.py, without the 40 ms that importing typer costs; help, completion and
malformed lines go to the typer app of cli/typer_app.py.
"""

from __future__ import annotations

import sys
from typing import Any

from pa_cli.base.exits import Exit, ExitStatus, Interrupted, Refused, UsageProblem
from pa_cli.base.safe_text import multi_line
from pa_cli.check.validate import DataInvalid
from pa_cli.cli import completion as _completion


def _err(text: str) -> None:
    """A message on stderr: line breaks of its own stay, no control or workflow command from
    what it quotes gets through (see safe_text)."""
    print(multi_line(text), file=sys.stderr)


def _run(args: list[str], prog: str) -> Any:
    """Read args without typer when they are plain (cli/fast.py); else typer answers them."""
    from pa_cli.cli import fast as _cli_fast

    call = _cli_fast.read(args)
    if call is None:
        from pa_cli.cli import typer_app as _cli_typer

        return _cli_typer.run(args, prog)
    func, kwargs = call
    return func(**kwargs)


def main(argv: list[str] | None = None, prog: str = "pa") -> None:
    """The program with error handling: one boundary, --debug re-raises.

    `prog` is how the user started pa, as help and usage errors show it
    ("python -m pa_cli" when run that way).
    """
    from pa_cli.show.term import plain_fallbacks

    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    plain_fallbacks(sys.stdout, sys.stderr)  # a cp1252 console prints ✓ as v, not a crash
    if _completion.requested():  # the shell asks (_PA_COMPLETE); no cost otherwise
        from pa_cli.cli import typer_app as _cli_typer

        _completion.complete(_cli_typer.app, prog)
    try:
        code = _run(args, prog)
    except Exit as e:
        code = e.code
    except UsageProblem as e:
        _err(f"pa: {e}")
        code = ExitStatus.USAGE
    except Refused as e:
        _err(f"pa: geweigerd: {e}")
        code = ExitStatus.ERROR
    except Interrupted as e:
        _err(f"pa: {e}")
        code = ExitStatus.ERROR
    except DataInvalid as e:
        from pa_cli.show.output import invalid_data_report

        _err(invalid_data_report(e.ds, e.problems, reason=e.reason))
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
        _err(f"pa: lezen of schrijven mislukt: {e.strerror or e}{where}; er is niets gewijzigd")
        code = ExitStatus.ERROR
    except Exception as e:  # the one catch-all
        from pa_cli.cli import typer_nl as _typer_nl

        if _typer_nl.is_click_exception(e):  # a malformed command line
            if type(e).__name__ == "NoArgsIsHelpError":
                e.show()  # type: ignore[attr-defined]
            else:
                _err(_typer_nl.usage_error_text(e))
            code = getattr(e, "exit_code", ExitStatus.USAGE)
        elif type(e).__name__ == "Abort":
            print("afgebroken", file=sys.stderr)
            code = ExitStatus.ERROR
        elif debug:
            raise
        else:
            _err(f"pa: interne fout: {type(e).__name__}: {e}\n"
                 "Dit is een fout in pa, niet in uw gegevens. Draai opnieuw met --debug voor de "
                 "details en meld het aan de beheerders.")
            code = ExitStatus.INTERNAL
    if argv is None:  # pa itself (not a test calling main()): the process ends here
        _leave_to_the_system()
    sys.exit(int(code or 0))


def _leave_to_the_system() -> None:
    """At exit Python takes every module apart and frees what it holds object by object: for a
    report, with Jinja and its templates loaded, that cost 18 ms of CPU, more than building the
    report's context. Frozen (gc.freeze), the objects are out of reach of the final
    collections; the system takes the memory back with the process. What an exit must still do
    happens as before: atexit handlers run, stdout and stderr are flushed, and pa has closed
    every file it wrote (atomically) before it got here. A test calling main() in-process
    passes its own arguments and is not frozen."""
    import gc

    gc.freeze()
