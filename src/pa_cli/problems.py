"""Problems are values: collected by every stage, never raised mid-validation."""

from __future__ import annotations

from typing import Iterable, NamedTuple

__all__ = ["Problem", "FOUT", "WAARSCHUWING", "format_problem", "format_json", "has_errors",
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


def suggest(word: str, options: Iterable[str], cutoff: float = 0.6) -> str:
    """"; bedoelt u 'x'?" for the option nearest to a misspelt word, or ""."""
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=cutoff)
    return f"; bedoelt u '{close[0]}'?" if close else ""


def unknown(word: str, options: Iterable[str], listed: Iterable[str] | None = None,
            label: str = "kies uit") -> str:
    """The end of a message about an unknown word: a suggestion when one is near, then the choices.

    "; bedoelt u 'gereed'? Kies uit: open, lopend, ..." or "; kies uit: open, lopend, ...".
    Case does not matter for the suggestion; `listed` (default: the options) is what is shown.
    """
    import difflib

    options = list(options)
    by_key: dict[str, str] = {}
    for o in options:
        by_key.setdefault(o.casefold(), o)  # the first spelling of a name, not an alias
    close = difflib.get_close_matches(word.casefold(), list(by_key), n=1, cutoff=0.6)
    names = ", ".join(options if listed is None else listed)
    if close:
        return f"; bedoelt u '{by_key[close[0]]}'? {label[:1].upper()}{label[1:]}: {names}"
    return f"; {label}: {names}"


def choice(word: str, options: Iterable[str]) -> str | None:
    """The option a word means, whatever its case or surrounding spaces ('Gereed' -> 'gereed')."""
    key = " ".join(word.casefold().split())
    return next((o for o in options if o.casefold() == key), None)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity == FOUT for p in problems)


_CONTROL = {i: f"\\x{i:02x}" for i in range(0x20) if i not in (0x09, 0x0A)}
_CONTROL.update({0x7F: "\\x7f", 0x85: "\\x85", 0x2028: "\\u2028", 0x2029: "\\u2029"})
_CONTROL.update({i: f"\\x{i:02x}" for i in range(0x80, 0xA0)})


def printable(text: str) -> str:
    """Make text safe to print on a terminal: control characters become escapes."""
    return text.translate(_CONTROL)


def _location(p: Problem) -> str:
    if p.line and p.column:
        return f"{p.file}:{p.line}:{p.column}"
    if p.line:
        return f"{p.file}:{p.line}"
    return p.file


def format_problem(p: Problem, source_lines: list[str] | None = None) -> str:
    """`file:line:col: fout PA012: message`, plus the offending line with a marker."""
    text = f"{_location(p)}: {p.severity} {p.code}: {printable(p.message)}"
    if source_lines and 0 < p.line <= len(source_lines):
        line = printable(source_lines[p.line - 1].rstrip("\r\n"))
        if line.strip():
            gutter = f"{p.line:>5} | "
            text += f"\n{gutter}{line}"
            if p.column:
                text += "\n" + " " * (len(gutter) - 2) + "| " + " " * (p.column - 1) + "^"
    return text


def format_json(problems: list[Problem], summary: dict[str, object]) -> str:
    import json

    rows = [p._asdict() for p in problems]
    return json.dumps({"problems": rows, **summary}, ensure_ascii=False, indent=2)
