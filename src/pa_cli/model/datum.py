"""Dates on the command line as Dutch users write them: 27-11-2026, 27 november 2026, 2026-11-27.

One parser for every date option (--peildatum, --datum, --sinds, --overleg, ...):

    >>> parse("27-11-2026")
    datetime.date(2026, 11, 27)
    >>> parse("27 nov. 2026")
    datetime.date(2026, 11, 27)
"""

from __future__ import annotations

from datetime import date

from pa_cli.base import termijn
from pa_cli.base.exits import UsageProblem

__all__ = ["METAVAR", "FORMS", "parse", "option"]

METAVAR = "DATUM"
FORMS = "27-11-2026, 27 november 2026 (ook 27 nov 2026) of 2026-11-27"


def parse(text: str) -> date:
    """The date a user meant; ValueError when the text is none of the accepted forms.

    The same forms as a day in the data (termijn.day): one reading for both.
    """
    day = termijn.day(termijn.normalise(text))  # ValueError for 31-02-2026
    if day is None:
        raise ValueError(text)
    return day


def option(text: str, name: str) -> date:
    """The date given to option `name`; a usage problem (exit 2) naming the accepted forms."""
    try:
        return parse(text)
    except ValueError:
        raise UsageProblem(f"{name} '{text}' is geen datum; schrijf bijvoorbeeld "
                           f"{FORMS}") from None
