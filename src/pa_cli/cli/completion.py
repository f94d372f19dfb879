"""Shell completion (bash, zsh, fish, PowerShell) through typer, set up only when asked for.

The shell runs `pa` with `_PA_COMPLETE` set; only then are typer's completion classes
loaded and the value completers (trekker names, status words, stoplichten, formats)
attached to the options, so ordinary commands pay nothing for it. Both spellings of
the instruction work: click's `bash_source` (as in the manual's eval lines) and typer's
own `source_bash` (its scripts call `complete_bash`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from pa_cli.model.records import Groep, Partij

__all__ = ["VAR", "requested", "complete"]

VAR = "_PA_COMPLETE"
_ACTIONS = ("source", "complete")


def requested() -> bool:
    return bool(os.environ.get(VAR))


def complete(app: Any, prog: str) -> None:
    """Answer the shell (a script, or the completions of a command line), then exit."""
    import typer
    from typer.completion import completion_init

    first, _, second = os.environ[VAR].partition("_")
    if second in _ACTIONS and first not in _ACTIONS:  # click's bash_source -> typer's source_bash
        os.environ[VAR] = f"{second}_{first}"
    completion_init()
    command = typer.main.get_command(app)
    for name, sub in getattr(command, "commands", {}).items():
        for param in sub.params:
            values = _values(name, param.opts)
            if values is not None:
                param._custom_shell_complete = _completer(values)
    command.main(args=[], prog_name=prog, complete_var=VAR)  # exits with the shell's answer


# -- values a Tab offers after an option -------------------------------------------------------

def _values(command: str, opts: list[str]) -> Callable[[], list[str]] | None:
    if "--trekker" in opts:
        return _trekkers
    if "--status" in opts:
        from pa_cli.model.records import STATUSES

        return lambda: list(STATUSES)
    if "--stoplicht" in opts:
        from pa_cli.query.stand import STOPLICHTEN

        return lambda: list(STOPLICHTEN)
    if "--format" in opts and command in ("status", "overdue", "te-laat"):
        from pa_cli.show.tables import FORMATS

        return lambda: list(FORMATS)
    if "--format" in opts and command == "report":
        from pa_cli.report.context import FORMATS as REPORT_FORMATS

        return lambda: list(REPORT_FORMATS)
    return None


def _completer(values: Callable[[], list[str]]) -> Callable[[Any, Any, str], list[str]]:
    def completer(ctx: Any, param: Any, incomplete: str) -> list[str]:
        return _starting(values(), incomplete)

    return completer


def _starting(options: list[str], incomplete: str) -> list[str]:
    """The options that start with what was typed, in any case, kept in the case typed ('g' ->
    'gemeente': pa reads names and status words in any case, and shells such as zsh keep only
    what starts with exactly what was typed)."""
    key = incomplete.casefold()
    return [incomplete + o[len(incomplete):] for o in options if o.casefold().startswith(key)]


def _trekkers() -> list[str]:
    """The parties and groups of the data here, each as one word (else its id)."""
    try:
        from pa_cli.check.validate import check_dir
        from pa_cli.model.trekker import Trekkers

        afspraken = check_dir(None)[0].afspraken
    except Exception:  # no data here, or unreadable: nothing to offer, never an error
        return []
    if afspraken is None:
        return []
    t = Trekkers(afspraken)
    entities: list[Partij | Groep] = [*t.partijen.values(), *t.groepen.values()]
    names = [(getattr(e, "kort", None) or e.naam, e.id) for e in entities]
    return [name if " " not in name else id_ for name, id_ in names]
