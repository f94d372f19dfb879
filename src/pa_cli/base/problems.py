"""Problems are values: collected by every stage, never raised mid-validation."""

from __future__ import annotations

import re
from typing import Iterable, Mapping, NamedTuple

from pa_cli.base.fmt import getal as dutch_number
from pa_cli.base.safe_text import one_line

__all__ = ["Problem", "FOUT", "WAARSCHUWING", "format_problem", "format_json", "has_errors",
           "capped", "clip", "dutch_number", "MAX_PER_CODE", "ECHO_WIDTH",
           "printable", "suggest", "unknown", "choice"]

FOUT = "fout"
WAARSCHUWING = "waarschuwing"


class Problem(NamedTuple):
    """One finding about the data, with a position an editor can jump to."""

    file: str
    line: int  # 1-based; 0 when the whole file is meant
    column: int  # 1-based; 0 when unknown
    severity: str  # FOUT or WAARSCHUWING
    code: str  # stable, e.g. "PA012"
    message: str  # Dutch, ends with the hint how to fix it

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)


def _closest(word: str, options: list[str], cutoff: float = 0.6) -> list[str]:
    """difflib's nearest option; a word of pages long is no misspelling and costs too much."""
    import difflib

    if len(word) > 100:
        return []
    return difflib.get_close_matches(word, options, n=1, cutoff=cutoff)


def suggest(word: str, options: Iterable[str], cutoff: float = 0.6) -> str:
    """"; bedoelt u 'x'?" for the option nearest to a misspelt word, or ""."""
    close = _closest(word, list(options), cutoff)
    return f"; bedoelt u '{close[0]}'?" if close else ""


def unknown(word: str, options: Iterable[str] | Mapping[str, str],
            listed: Iterable[str] | None = None, label: str = "kies uit") -> str:
    """The end of a message about an unknown word: a suggestion when one is near, then the choices.

    "; bedoelt u 'gereed'? Kies uit: open, lopend, ..." or "; kies uit: open, lopend, ...".
    Case does not matter for the suggestion; `listed` (default: the options) is what is shown.
    With a mapping, a word near a key gets its value suggested: an alias or id leads to the
    name that the list shows.
    """
    if not isinstance(options, Mapping):
        options = list(options)
    pairs = list(options.items() if isinstance(options, Mapping) else zip(options, options))
    by_key: dict[str, str] = {}
    for o, offered in pairs:
        by_key.setdefault(o.casefold(), offered)  # the first spelling of a name, not an alias
    close = _closest(word.casefold(), list(by_key))
    if listed is None:
        listed = dict.fromkeys(options.values()) if isinstance(options, Mapping) else options
    names = ", ".join(listed)
    if close:
        return f"; bedoelt u '{by_key[close[0]]}'? {label[:1].upper()}{label[1:]}: {names}"
    return f"; {label}: {names}"


def choice(word: str, options: Iterable[str]) -> str | None:
    """The option a word means, whatever its case or surrounding spaces ('Gereed' -> 'gereed')."""
    key = " ".join(word.casefold().split())
    return next((o for o in options if o.casefold() == key), None)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity == FOUT for p in problems)


def printable(text: str) -> str:
    """A value or message fit to print: on one line, controls and bidi controls shown escaped
    (see safe_text.one_line)."""
    return one_line(text)


def _location(p: Problem) -> str:
    name = one_line(p.file)  # a file name from a pull request may hold a line break or ESC
    if p.line and p.column:
        return f"{name}:{p.line}:{p.column}"
    if p.line:
        return f"{name}:{p.line}"
    return name


def format_problem(p: Problem, source_lines: list[str] | None = None) -> str:
    """`file:line:col: fout PA012: message`, plus the offending line with a marker.

    A long source line is shown as a window of ECHO_WIDTH characters around the column.
    """
    text = f"{_location(p)}: {p.severity} {p.code}: {printable(p.message)}"
    if source_lines and 0 < p.line <= len(source_lines):
        raw, column = _window(source_lines[p.line - 1].rstrip("\r\n"), p.column)
        line = one_line(raw)
        if line.strip():
            gutter = f"{p.line:>5} | "
            text += f"\n{gutter}{line}"
            if column:  # under the same character, however wide the escapes before it
                before = len(one_line(raw[:column - 1]))
                text += "\n" + " " * (len(gutter) - 2) + "| " + " " * before + "^"
    return text


ECHO_WIDTH = 120  # characters of a source line shown under a problem
MAX_PER_CODE = 50  # problems shown per file and code; the rest is counted
# a value quoted in a message: opened after a space or bracket, closed before one or a sign
_QUOTED = re.compile(r"(?:(?<=[\s(\[])|^)'([^'\n]{81,})'(?=[\s;,.:)?!]|$)")
_MAX_MESSAGE = 1000


def _window(line: str, column: int) -> tuple[str, int]:
    """At most ECHO_WIDTH characters of `line` around `column`, and the column within them."""
    if len(line) <= ECHO_WIDTH:
        return line, column
    start = max(0, min(column - 1 - ECHO_WIDTH // 2, len(line) - ECHO_WIDTH))
    part = line[start:start + ECHO_WIDTH]
    lead = "…" if start else ""
    tail = "…" if start + ECHO_WIDTH < len(line) else ""
    return lead + part + tail, (column - start + len(lead)) if column else 0


def clip(message: str) -> str:
    """A message fit to show: long quoted values and very long messages cut, with '…'."""
    message = _QUOTED.sub(lambda m: f"'{m.group(1)[:60]}…'", message)
    return message if len(message) <= _MAX_MESSAGE else message[:_MAX_MESSAGE - 1] + "…"


def capped(problems: list[Problem]) -> tuple[list[Problem], list[dict[str, object]]]:
    """The problems to show, and what was left out.

    At most MAX_PER_CODE problems per file and code are shown, their messages clipped;
    after each capped group follows one problem (line 0) "en nog 9.812 keer PA030".
    The second value lists the left-out groups: {"file", "code", "aantal"}.
    """
    seen: dict[tuple[str, str], int] = {}
    worst: dict[tuple[str, str], str] = {}
    shown: list[Problem] = []
    for p in problems:
        key = (p.file, p.code)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= MAX_PER_CODE:
            shown.append(p._replace(message=clip(p.message)))
        elif p.severity == FOUT or key not in worst:
            worst[key] = p.severity
    left_out = [{"file": f, "code": c, "aantal": seen[f, c] - MAX_PER_CODE}
                for (f, c) in worst]
    for item in left_out:
        f, c, n = str(item["file"]), str(item["code"]), int(str(item["aantal"]))
        shown.append(Problem(f, 0, 0, worst[f, c], c,
                             f"en nog {dutch_number(n)} keer {c} in dit bestand, niet getoond; "
                             "los eerst de getoonde op en controleer opnieuw."))
    return shown, left_out


def format_json(problems: list[Problem], summary: dict[str, object]) -> str:
    from pa_cli.base.safe_text import json_text

    rows = [p._asdict() for p in problems]
    return json_text({"problems": rows, **summary})
