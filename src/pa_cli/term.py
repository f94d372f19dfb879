"""Terminal output without heavy imports: colour only on a terminal, never with NO_COLOR."""

from __future__ import annotations

import os
import sys
from typing import TextIO

__all__ = ["use_colour", "paint", "term_width"]

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
