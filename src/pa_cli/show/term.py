"""Terminal output without heavy imports: colour only on a terminal, never with NO_COLOR.

A console that is not UTF-8 (Windows' cp1252 or cp850, an ASCII pipe) cannot show every
character pa prints; `plain_fallbacks()` makes such characters readable stand-ins
(✓ -> v, … -> ~, ë -> e) instead of a crash.
"""

from __future__ import annotations

import os
import sys
from typing import NamedTuple, TextIO

__all__ = ["use_colour", "paint", "term_width", "plain_fallbacks", "Screen", "screen", "FILE"]

_CODES = {"rood": "31", "oranje": "33", "groen": "32", "grijs": "90", "vet": "1", "dim": "2"}


def use_colour(stream: TextIO | None = None) -> bool:
    """Colour when writing to a terminal, unless NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def paint(text: str, colour: str, on: bool) -> str:
    code = _CODES.get(colour)
    return f"\x1b[{code}m{text}\x1b[0m" if on and code else text


def term_width(stream: TextIO | None = None) -> int | None:
    """How wide a table may be: COLUMNS if set, else the terminal's width; None (no limit) when
    writing to a pipe or a file, so that grep and a spreadsheet get whole texts."""
    given = os.environ.get("COLUMNS", "")
    if given.isdigit() and int(given) > 0:
        return int(given)
    stream = stream or sys.stdout
    try:
        if stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        pass
    return None


class Screen(NamedTuple):
    """Where text output goes: with colour or not, how wide (None: no limit), and whether it
    is a person's terminal (then tables are drawn with rich, see show/rich_out.py)."""

    colour: bool
    width: int | None
    terminal: bool = False


FILE = Screen(False, None)  # a file written with -o: no colour, whole texts


def _is_terminal(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def screen() -> Screen:
    """Standard output as it is now: a terminal, a pipe or a file."""
    return Screen(use_colour(), term_width(), _is_terminal(sys.stdout))


# Stand-ins for what pa prints that a non-UTF-8 console may lack, one character for one so
# that table columns stay aligned (the emoji stand next to their word, so they may go);
# other letters lose their accents (ë -> e), anything else becomes '?'.
_FALLBACK = {"✓": "v", "✕": "x", "–": "-", "—": "-", "…": "~", "‘": "'", "’": "'",
             "“": '"', "”": '"', "🔴": "", "🟠": "", "🟢": "", "⚪": "", "\ufeff": ""}


def _fallback(error: UnicodeError) -> tuple[str, int]:
    import unicodedata

    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start:error.end]:
        plain = _FALLBACK.get(ch)
        if plain is None:
            base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            plain = base or "?"
        out.append(plain)
    return "".join(out), error.end


def plain_fallbacks(*streams: TextIO) -> None:
    """Files and pipes carry the data's text: they get UTF-8, whatever the locale says (JSON,
    CSV with its BOM, a report: "carrière" stays "carrière" under LC_ALL=C). Only a terminal
    whose encoding lacks a character gets a stand-in instead of a failure."""
    import codecs

    try:
        codecs.lookup_error("pa-fallback")
    except LookupError:
        codecs.register_error("pa-fallback", _fallback)
    for stream in streams:
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or encoding in ("utf8", "utf_8"):
            continue
        if _is_terminal(stream):
            reconfigure(errors="pa-fallback")
        else:  # an undecodable byte of the command line goes back out as it came in
            reconfigure(encoding="utf-8", errors="surrogateescape")
