"""The values a YAML data file is read into: mappings and sequences that remember where
each key and item stood, and the resolution of plain scalars. Shared by the reader
(read.py), the tree builder (build.py) and the schema above them.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

__all__ = ["Pos", "YMap", "YSeq", "new_map", "new_seq", "resolve_plain", "MAX_DEPTH",
           "UNSTORABLE"]

# Characters a text may not hold: they do not survive a YAML round trip or a terminal.
UNSTORABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")

MAX_DEPTH = 24


class Pos(NamedTuple):
    """Where a value stands (1-based), and how it was written."""

    line: int
    col: int
    raw: str = ""  # the scalar as written, before type resolution
    plain: bool = False  # written without quotes


class YMap(dict):
    """A mapping with the position of itself, of each key and of each value."""

    pos: Pos
    keys_pos: dict[str, Pos]
    values_pos: dict[str, Pos]


class YSeq(list):
    """A sequence with the position of itself and of each item."""

    pos: Pos
    items_pos: list[Pos]


def new_map(pos: Pos) -> YMap:
    m = YMap()
    m.pos, m.keys_pos, m.values_pos = pos, {}, {}
    return m


def new_seq(pos: Pos) -> YSeq:
    s = YSeq()
    s.pos, s.items_pos = pos, []
    return s


# YAML 1.2 core schema, applied to plain scalars only.
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+\Z")
_MAX_INT_DIGITS = 4000
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")


def resolve_plain(text: str) -> Any:
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text):
        # Python refuses to convert more than 4,300 digits (a guard against slow
        # conversions); no data file needs such a number, so it is read as a float.
        return int(text) if len(text) <= _MAX_INT_DIGITS else float(text)
    if _FLOAT.match(text):
        return float(text)
    return text


# A CR is only allowed as part of CRLF: the parser counts a lone CR as a line break
# where editors and git do not, so lines and columns would no longer match.
