"""Typer/click in Dutch: help headings, the help option, and usage errors.

Click writes "Usage:", "Options:", "Show this message and exit." and its usage
errors in English, without a translation hook in the click that typer 0.26+
bundles. The public classes are subclassed here (formatter, context, group,
command) and usage errors are translated at the one error boundary in cli.main.
"""

from __future__ import annotations

import re
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

__all__ = ["Group", "Command", "usage_error_text", "is_click_exception", "HELP"]

HELP = "Toon deze hulp en stop."
_SECTIONS = {"Options": "Opties", "Commands": "Opdrachten", "Arguments": "Argumenten"}

_Base: Any = typer.Context.formatter_class


class _Formatter(_Base):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        args = re.sub(r"\{(\w+)\}", r"\1", args)  # typer writes a required argument as {NR}
        super().write_usage(prog, args.replace("[OPTIONS]", "[OPTIES]").replace(
            "COMMAND [ARGS]...", "OPDRACHT [ARGUMENTEN]..."), "Gebruik: " if prefix is None
            else prefix)

    def section(self, name: str) -> Any:
        return super().section(_SECTIONS.get(name, name))

    def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:
        super().write_dl([(term, _dutch_extra(text)) for term, text in rows], *args, **kwargs)


def _dutch_extra(text: str) -> str:
    """Click's bracketed notes after a help text ("[required]", "[default: x]") in Dutch."""
    return text.replace("[required]", "[verplicht]").replace("[default: ", "[standaard: ")


class _Context(typer.Context):
    formatter_class = _Formatter


class _DutchHelp:
    context_class: Any = _Context

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP
        return option


class Group(_DutchHelp, TyperGroup):
    pass


class Command(_DutchHelp, TyperCommand):
    pass


def is_click_exception(e: BaseException) -> bool:
    """Click's own exceptions, whichever click typer uses (bundled or not)."""
    return any(c.__name__ == "ClickException" for c in type(e).__mro__)


_ERRORS = [
    (r"No such option: (\S+)(?: Did you mean (\S+)\?| \(Possible options: (.+)\))?",
     lambda m: f"onbekende optie {m[1]}" + (f"; bedoelt u {_of(m[2] or m[3])}?"
                                              if m[2] or m[3] else "")),
    (r"No such command '(.+?)'\.(?: Did you mean '(.+)'\?)?",
     lambda m: f"onbekende opdracht '{m[1]}'" + (f"; bedoelt u '{m[2]}'?" if m[2] else "")),
    (r"Missing option '(.+)'\.", lambda m: f"optie '{m[1]}' ontbreekt"),
    (r"Missing argument '(.+)'\.", lambda m: f"argument {m[1]} ontbreekt"),
    (r"Option '(.+)' requires an argument\.", lambda m: f"optie '{m[1]}' heeft een waarde nodig"),
    (r"Option '(.+)' does not take a value\.",
     lambda m: f"optie '{m[1]}' krijgt geen waarde; laat '=...' weg"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)",
     lambda m: f"onverwacht extra argument: {m[1]}"),
    (r"Invalid value for '(.+)': '(.*)' is not a valid int(?:eger)?\.",
     lambda m: f"ongeldige waarde voor '{m[1]}': '{m[2]}' is geen geheel getal"),
    (r"Invalid value for '(.+)': (.+)", lambda m: f"ongeldige waarde voor '{m[1]}': {m[2]}"),
]


def _of(names: str) -> str:
    """Click's "--a, --b, --c" as Dutch: "--a, --b of --c"."""
    *rest, last = names.split(", ")
    return f"{', '.join(rest)} of {last}" if rest else last


def usage_error_text(e: Any) -> str:
    """A click usage error as one or two Dutch lines, with where to find help."""
    message = e.format_message()
    for pattern, dutch in _ERRORS:
        m = re.fullmatch(pattern, message.strip(), re.S)
        if m:
            message = dutch(m)
            break
    ctx = getattr(e, "ctx", None)
    hint = f"\nZie '{ctx.command_path} --help'." if ctx is not None else ""
    return f"pa: {message}{hint}"
