"""The typer app: help, shell completion and usage errors, all in Dutch.

It answers every command line that cli/fast.py leaves to it (see cli.main). The commands and
their options are those of cli/spec.py; each `Opt` and `Arg` becomes typer's own here, so the
help and the fast reader can never describe different options.
"""

from __future__ import annotations

import copy
import functools
import inspect
from typing import Annotated, Any, Callable

import typer

from pa_cli import __version__
from pa_cli.cli import spec as _cli_spec
from pa_cli.cli.typer_nl import Command, Group

__all__ = ["app", "build", "run"]

Invoke = Callable[[_cli_spec.Entry, dict[str, Any]], Any]
_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"]}
_HELP = ("Prestatieafspraken en uitvoeringsagenda als YAML: valideren, voortgang bijhouden, "
         "rapporteren.")


def _version(value: bool) -> None:
    if value:
        print(f"pa {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Toon het versienummer en stop.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Toon bij een interne fout de volledige "
                                        "Python-traceback.")] = False,
) -> None:
    """Prestatieafspraken en uitvoeringsagenda als YAML: valideren, voortgang bijhouden,
    rapporteren."""


def build(invoke: Invoke | None = None) -> typer.Typer:
    """The whole app. `invoke(entry, kwargs)` replaces calling the command (for tests that
    compare what typer reads with what cli/fast.py reads)."""
    app = typer.Typer(name="pa", cls=Group, help=_HELP, add_completion=False,
                      no_args_is_help=True, rich_markup_mode=None,
                      pretty_exceptions_enable=False, context_settings=_SETTINGS)
    app.callback()(_root)
    groups: dict[str, typer.Typer] = {}
    for entry in _cli_spec.COMMANDS:
        *group, name = entry.words
        holder = app
        if group:
            if group[0] not in groups:
                groups[group[0]] = typer.Typer(
                    name=group[0], cls=Group, help=_cli_spec.GROUPS[group[0]],
                    no_args_is_help=True, rich_markup_mode=None, context_settings=_SETTINGS)
                app.add_typer(groups[group[0]])
            holder = groups[group[0]]
        holder.command(name, cls=Command, help=entry.help)(_typed(entry, invoke))
    return app


def _typed(entry: _cli_spec.Entry, invoke: Invoke | None) -> Callable[..., Any]:
    """The command function with typer's Option/Argument in its signature."""
    func = _cli_spec.function(entry)
    params = [inspect.Parameter(
        p.name, inspect.Parameter.POSITIONAL_OR_KEYWORD,
        default=inspect.Parameter.empty if p.default is _cli_spec.REQUIRED else p.default,
        annotation=Annotated[p.annotation, _typer_param(p.spec)])
        for p in _cli_spec.params(func)]

    @functools.wraps(func)
    def command(**kwargs: Any) -> Any:
        return func(**kwargs) if invoke is None else invoke(entry, kwargs)

    command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    return command


def _typer_param(spec: _cli_spec.Opt | _cli_spec.Arg) -> Any:
    if isinstance(spec, _cli_spec.Opt):
        return typer.Option(*spec.decls, metavar=spec.metavar, help=spec.help,
                            show_default=spec.show_default)
    return typer.Argument(metavar=spec.metavar, help=spec.help, show_default=spec.show_default)


app = build()


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


def run(args: list[str], prog: str) -> Any:
    """Answer args as typer does; its exit code, or what the command returned."""
    return _for(args)(args=args, prog_name=prog, standalone_mode=False)
