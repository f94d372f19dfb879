"""Dates on the command line as Dutch users write them: 27-11-2026, 27 november 2026, 2026-11-27.

One parser for every date option (--peildatum, --datum, --sinds, --overleg, ...):

    >>> parse("27-11-2026")
    datetime.date(2026, 11, 27)
    >>> parse("27 nov. 2026")
    datetime.date(2026, 11, 27)
"""

from __future__ import annotations

import re
from datetime import date

from pa_cli.exits import UsageProblem
from pa_cli.termijn import MONTH_WORDS

__all__ = ["METAVAR", "FORMS", "parse", "option"]

METAVAR = "DATUM"
FORMS = "27-11-2026, 27 november 2026 (ook 27 nov 2026) of 2026-11-27"

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_WORDS = re.compile(r"(\d{1,2}) ([a-z]+)\.? (\d{4})")


def parse(text: str) -> date:
    """The date a user meant; ValueError when the text is none of the accepted forms."""
    norm = " ".join(text.casefold().split())
    if m := _ISO.fullmatch(norm):
        year, month, day = (int(g) for g in m.groups())
    elif m := _NUMERIC.fullmatch(norm):
        day, month, year = (int(g) for g in m.groups())
    elif (m := _WORDS.fullmatch(norm)) and m[2] in MONTH_WORDS:
        day, month, year = int(m[1]), MONTH_WORDS[m[2]], int(m[3])
    else:
        raise ValueError(text)
    return date(year, month, day)  # ValueError for 31-02-2026


def option(text: str, name: str) -> date:
    """The date given to option `name`; a usage problem (exit 2) naming the accepted forms."""
    try:
        return parse(text)
    except ValueError:
        raise UsageProblem(f"{name} '{text}' is geen datum; schrijf bijvoorbeeld "
                           f"{FORMS}") from None
