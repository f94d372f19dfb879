"""Dutch period phrases ("najaar 2022", "2022 en 2023", "vanaf 2023") -> the last day allowed.

    >>> parse("najaar 2022").uiterlijk
    datetime.date(2022, 12, 31)
    >>> parse("vanaf 2023").doorlopend
    True
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

__all__ = ["Termijn", "TermijnFout", "parse", "day", "FORMS", "MONTHS", "MONTH_WORDS"]


class Termijn(NamedTuple):
    """A termijn as written, with what it means."""

    tekst: str  # as written in the data
    uiterlijk: date | None  # last day allowed; None when ongoing
    begin: date | None = None  # first day, for 'vanaf YYYY'

    @property
    def doorlopend(self) -> bool:
        return self.uiterlijk is None and not self.vast_te_stellen

    @property
    def vast_te_stellen(self) -> bool:
        """Still to be decided: how `pa agenda nieuw` marks a carried action's new termijn."""
        return normalise(self.tekst) == OPEN


class TermijnFout(ValueError):
    """A phrase that is not a termijn; .suggestion holds the nearest accepted form, if any."""

    def __init__(self, phrase: str, suggestion: str | None) -> None:
        super().__init__(phrase)
        self.phrase = phrase
        self.suggestion = suggestion


MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "okt": 10, "nov": 11, "dec": 12}
MONTH_WORDS = {**MONTHS, **_MONTH_ABBR}  # full and abbreviated month names

# (month, day) of the last day of each season word
_SEASONS = {"eind": (12, 31), "najaar": (12, 31), "voorjaar": (6, 30), "medio": (6, 30),
            "zomer": (9, 30), "begin": (3, 31)}
_ONGOING = {"jaarlijks", "doorlopend"}
_KEYWORDS = sorted({*_SEASONS, *_ONGOING, *MONTHS, "vanaf", "uiterlijk", "voor", "kwartaal", "en",
                    "vast", "te", "stellen"})

FORMS = ("een jaar ('2023')", "'eind 2023'", "'najaar 2023'", "'voorjaar 2023'", "'medio 2023'",
         "'zomer 2023'", "'begin 2023'", "'Q3 2023'", "'3e kwartaal 2023'", "'juni 2023'",
         "'1 juli 2023'", "'uiterlijk 1 juli 2023'", "'voor 1 april 2023'", "'1-7-2023'",
         "'2023-07-01'",
         "'2022/2023'", "'2022 en 2023'", "'2022-2023'", "'vanaf 2023'", "'jaarlijks'",
         "'doorlopend'", "'vast te stellen'")

OPEN = "vast te stellen"

_Y = r"(\d{4})"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"{_Y}"), "year"),
    (re.compile(rf"({'|'.join(_SEASONS)}) {_Y}"), "season"),
    (re.compile(rf"q([1-4]) {_Y}"), "quarter"),
    (re.compile(rf"([1-4])e kwartaal {_Y}"), "quarter"),
    (re.compile(rf"([a-z]+) {_Y}"), "month"),
    (re.compile(r"(?:(uiterlijk|voor) )?(\d.*\d)"), "day"),
    (re.compile(rf"{_Y} ?(?:/|-| en ) ?{_Y}"), "range"),
    (re.compile(rf"vanaf {_Y}"), "from"),
    (re.compile(r"jaarlijks|doorlopend"), "ongoing"),
    (re.compile(OPEN), "open"),
]


def _last_day(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _interpret(norm: str) -> tuple[date | None, date | None] | None:
    """(uiterlijk, begin) for a normalised phrase, or None when it is not a termijn."""
    for pattern, kind in _PATTERNS:
        m = pattern.fullmatch(norm)
        if not m:
            continue
        g = m.groups()
        try:
            if kind == "year":
                return date(int(g[0]), 12, 31), None
            if kind == "season":
                month, last = _SEASONS[g[0]]
                return date(int(g[1]), month, last), None
            if kind == "quarter":
                return _last_day(int(g[1]), int(g[0]) * 3), None
            if kind == "month" and g[0] in MONTH_WORDS:
                return _last_day(int(g[1]), MONTH_WORDS[g[0]]), None
            if kind == "day" and (d := day(g[1])) is not None:
                # 'voor 1 april': up to the day before
                return (d - timedelta(days=1) if g[0] == "voor" else d), None
            if kind == "range" and int(g[1]) > int(g[0]):
                return date(int(g[1]), 12, 31), None
            if kind == "from":
                return None, date(int(g[0]), 1, 1)
            if kind in ("ongoing", "open"):
                return None, None
        except ValueError:  # 31 februari, month 13
            return None
    return None


# The forms of one day, as on the command line (datum.py): 2023-07-01, 1-7-2023, 1 juli 2023
_DAY_FORMS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), (0, 1, 2)),  # year, month, day
    (re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"), (2, 1, 0)),
    (re.compile(r"(\d{1,2}) ([a-z]+)\.? (\d{4})"), (2, 1, 0)),
)


def _day_parts(norm: str) -> tuple[int, int, int] | None:
    """(year, month, day) as written in one of the day forms, not yet checked; else None."""
    for pattern, order in _DAY_FORMS:
        m = pattern.fullmatch(norm)
        if m:
            g = m.groups()
            month = MONTH_WORDS.get(g[1]) if g[1].isalpha() else int(g[1])
            if month is None:
                return None
            return int(g[order[0]]), month, int(g[order[2]])
    return None


def day(norm: str) -> date | None:
    """The day a normalised text names ('27-11-2026', '27 nov. 2026', '2026-11-27'), or None.

    ValueError for a day that does not exist (31-02-2027, month 13).
    """
    parts = _day_parts(norm)
    return date(*parts) if parts else None


def normalise(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def parse(phrase: str) -> Termijn:
    """Parse a termijn; raises TermijnFout (with a suggestion where one is near)."""
    norm = normalise(phrase)
    result = _interpret(norm)
    if result is None:
        raise TermijnFout(phrase, _suggest(norm))
    uiterlijk, begin = result
    return Termijn(phrase, uiterlijk, begin)


def _suggest(norm: str) -> str | None:
    """The nearest phrase that parses, found by correcting one misspelt word at a time."""
    import difflib

    words = re.findall(r"\d+|[a-z]+|[^\sa-z\d]", norm)
    if len(words) > 12:  # no termijn is that long: nothing near to suggest, and costly to try
        return None
    fixed = []
    for w in words:
        # a word over 24 letters is never within difflib's 0.6 of a keyword (at most 10 letters)
        if (w.isalpha() and len(w) <= 24 and w not in _KEYWORDS and w not in _MONTH_ABBR
                and not re.fullmatch(r"q[1-4]|[1-4]e", w)):
            close = difflib.get_close_matches(w, _KEYWORDS, n=1, cutoff=0.6)
            w = close[0] if close else w
        fixed.append(w)
    candidate = " ".join(fixed)
    candidate = re.sub(r" ?([/-]) ?", r"\1", candidate)
    if candidate != norm and _interpret(candidate) is not None:
        return candidate
    return None
