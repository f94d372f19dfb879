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

__all__ = ["METAVAR", "FORMS", "parse", "near", "option"]

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


def near(text: str) -> str | None:
    """For a text that is nearly a day, what is wrong and the day meant, as the end of a
    message: ": 31 februari 2026 bestaat niet (...); bedoelt u 28-02-2026?" or
    "; bedoelt u 31-12-2026?" (31-12-26); None when no day is near."""
    norm = termijn.normalise(text)
    wrong = termijn.day_problem(norm)  # 31-02-2026: say which day does not exist
    nearest = wrong[1] if wrong else termijn.day_suggestion(norm)
    why = f": {wrong[0]}" if wrong else ""
    if not (why or nearest):
        return None
    return why + (f"; bedoelt u {nearest}?" if nearest else f"; schrijf bijvoorbeeld {FORMS}")


def option(text: str, name: str) -> date:
    """The date given to option `name`; a usage problem (exit 2) naming the accepted forms, or
    the day meant."""
    try:
        return parse(text)
    except ValueError:
        hint = near(text) or f"; schrijf bijvoorbeeld {FORMS}"
        raise UsageProblem(f"{name} '{text}' is geen datum{hint}") from None
