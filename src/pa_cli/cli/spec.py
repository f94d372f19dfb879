"""The command line described without typer: its commands, and their options and arguments.

The command functions in cli/stand.py, cli/write.py and cli/report.py carry `Opt` and `Arg`
in their annotations (`Annotated[Optional[str], Opt("--peildatum", metavar=..., help=...)]`).
Two readers use this description: cli/typer_app.py turns it into typer's options for help,
completion and usage errors, and cli/fast.py reads a plain command line with it without
importing typer, which would cost every start some 40 ms (see cli.main).
"""

from __future__ import annotations

import importlib
import typing
from typing import Any, Callable, NamedTuple

__all__ = ["Opt", "Arg", "Entry", "Param", "COMMANDS", "GROUPS", "function", "params", "REQUIRED"]


class Opt:
    """An option: its names (`--trekker`, `-t`) and its help. A `bool` option is a flag; a
    `list` option may be given more than once; one without a default is required."""

    __slots__ = ("decls", "metavar", "help", "show_default")

    def __init__(self, *decls: str, metavar: str | None = None, help: str | None = None,
                 show_default: bool = True) -> None:
        self.decls = decls
        self.metavar = metavar
        self.help = help
        self.show_default = show_default


class Arg:
    """A positional argument; a `list` argument takes all the remaining ones."""

    __slots__ = ("metavar", "help", "show_default")

    def __init__(self, *, metavar: str | None = None, help: str | None = None,
                 show_default: bool = True) -> None:
        self.metavar = metavar
        self.help = help
        self.show_default = show_default


class Entry(NamedTuple):
    """One command: the words that call it, and its function as `module:name` (imported only
    when called). An alias repeats a function with its own one-line help."""

    words: tuple[str, ...]
    target: str
    help: str | None = None


# In the order `pa --help` lists them (a group after the plain commands, as typer does).
COMMANDS = (
    Entry(("validate",), "cli.stand:validate"),
    Entry(("schema",), "cli.stand:schema"),
    Entry(("status",), "cli.stand:status"),
    Entry(("overdue",), "cli.stand:overdue"),
    Entry(("te-laat",), "cli.stand:overdue",
          "Toon de acties die te laat zijn, per partij. Zelfde als 'pa overdue'."),
    Entry(("monitor",), "cli.stand:monitor"),
    Entry(("meet",), "cli.write:meet"),
    Entry(("set",), "cli.write:set_"),
    Entry(("herstel",), "cli.write:herstel"),
    Entry(("report",), "cli.report:report"),
    Entry(("export",), "cli.report:export"),
    Entry(("kalender",), "cli.stand:kalender"),
    Entry(("wijzigingen",), "cli.report:wijzigingen"),
    Entry(("changes",), "cli.report:wijzigingen",
          "Toon wat er in de gegevens veranderde, gelezen uit git. Zelfde als 'pa wijzigingen'."),
    Entry(("toon",), "cli.stand:toon"),
    Entry(("agenda", "nieuw"), "cli.write:agenda_nieuw"),
    Entry(("init",), "cli.begin:init"),
    Entry(("import", "agenda"), "cli.begin:import_agenda"),
    Entry(("import", "afspraken"), "cli.begin:import_afspraken"),
)

GROUPS = {"agenda": "Maak de volgende uitvoeringsagenda.",
          "import": "Lees gegevens in uit Excel, Word, LibreOffice of CSV."}


REQUIRED: Any = object()  # the default of a parameter without one


class Param(NamedTuple):
    """One parameter of a command function: its type without the `Annotated` around it."""

    name: str
    annotation: Any
    spec: Opt | Arg
    default: Any


def function(entry: Entry) -> Callable[..., Any]:
    module, _, name = entry.target.partition(":")
    return getattr(importlib.import_module(f"pa_cli.{module}"), name)


def params(func: Callable[..., Any]) -> list[Param]:
    """The parameters of a command function, in order (read without `inspect`, which alone
    would cost a few milliseconds to import)."""
    hints = typing.get_type_hints(func, include_extras=True)
    code = func.__code__
    names = code.co_varnames[:code.co_argcount]
    defaults = func.__defaults__ or ()
    first_default = len(names) - len(defaults)
    found = []
    for i, name in enumerate(names):
        hint = hints[name]
        spec = next(m for m in hint.__metadata__ if isinstance(m, (Opt, Arg)))
        default = defaults[i - first_default] if i >= first_default else REQUIRED
        found.append(Param(name, hint.__origin__, spec, default))
    return found
