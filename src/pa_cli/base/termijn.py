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

__all__ = ["Termijn", "TermijnFout", "parse", "day", "day_problem", "day_suggestion",
           "written_as_day", "FORMS", "MONTHS", "MONTH_WORDS", "WORDS"]


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
    """A phrase that is not a termijn; .suggestion holds the nearest accepted form, if any, and
    .reason what is wrong when the form is right but the day is not ('31 februari ...')."""

    def __init__(self, phrase: str, suggestion: str | None, reason: str | None = None) -> None:
        super().__init__(phrase)
        self.phrase = phrase
        self.suggestion = suggestion
        self.reason = reason


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
WORDS = frozenset({*_KEYWORDS, *_MONTH_ABBR})  # the words a termijn is written with

FORMS = ("een jaar ('2023')", "'eind 2023'", "'najaar 2023'", "'voorjaar 2023'", "'medio 2023'",
         "'zomer 2023'", "'begin 2023'", "'Q3 2023'", "'3e kwartaal 2023'", "'juni 2023'",
         "'1 juli 2023'", "'uiterlijk 1 juli 2023'", "'voor 1 april 2023'", "'1-7-2023'",
         "'2023-07-01'",
         "'2022/2023'", "'2022 en 2023'", "'2022-2023'", "'najaar 2022 en 2023'",
         "'vanaf 2023'", "'jaarlijks'",
         "'doorlopend'", "'vast te stellen'")

OPEN = "vast te stellen"

_Y = r"(\d{4})"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"{_Y}"), "year"),
    (re.compile(rf"({'|'.join(_SEASONS)}) {_Y}"), "season"),
    # the document's own way (agenda row 5.4: "In najaar 2022 en 2023"): the season of the last
    (re.compile(rf"({'|'.join(_SEASONS)}) {_Y} ?(?:/| en ) ?{_Y}"), "seasons"),
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
            if kind == "seasons" and int(g[2]) > int(g[1]):
                month, last = _SEASONS[g[0]]
                return date(int(g[2]), month, last), None
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


# The forms of one day, as on the command line (model/datum.py): 2023-07-01, 1-7-2023, 1 juli 2023
_DAY_FORMS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), (0, 1, 2)),  # year, month, day
    (re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"), (2, 1, 0)),
    (re.compile(r"(\d{1,2}) ([a-z]+)\.? (\d{4})"), (2, 1, 0)),
)


def _day_match(norm: str) -> tuple[re.Match[str], int, int, int] | None:
    """A day form's match with (year, month, day) as written, not yet checked; else None."""
    for pattern, order in _DAY_FORMS:
        m = pattern.fullmatch(norm)
        if m:
            g = m.groups()
            month = MONTH_WORDS.get(g[1]) if g[1].isalpha() else int(g[1])
            if month is None:
                return None
            return m, int(g[order[0]]), month, int(g[order[2]])
    return None


def day(norm: str) -> date | None:
    """The day a normalised text names ('27-11-2026', '27 nov. 2026', '2026-11-27'), or None.

    ValueError for a day that does not exist (31-02-2027, month 13).
    """
    found = _day_match(norm)
    return date(*found[1:]) if found else None


def written_as_day(text: str) -> bool:
    """Whether a text has the form of a day (27-11-2026, 27 nov. 2026, 2026-11-27)."""
    return _day_match(normalise(text)) is not None


_MONTH_NAMES = {n: name for name, n in MONTHS.items()}


def day_problem(norm: str) -> tuple[str, str | None] | None:
    """For a day in a right form that does not exist ('31-02-2027'): what is wrong, in Dutch,
    and the nearest day written in the same form ('28-02-2027'), if there is one."""
    m = re.fullmatch(r"((?:uiterlijk|voor) )?(.+)", norm)
    found = _day_match(m[2]) if m else None
    if not m or not found:
        return None
    prefix, text = m[1] or "", m[2]
    match, year, month, dag = found
    day_group = 3 if match.re is _DAY_FORMS[0][0] else 1
    if year < 1:
        return None
    if 1 <= month <= 12:
        last = _days_in_month(year, month)
        if not 1 <= dag <= last:
            name = _MONTH_NAMES[month]
            if dag == 0:
                return "dag 0 bestaat niet; een maand begint bij dag 1", None
            fixed = text[:match.start(day_group)] + str(last) + text[match.end(day_group):]
            return (f"{dag} {name} {year} bestaat niet ({name} {year} heeft {last} dagen)",
                    prefix + fixed)
        return None
    reason = f"er is geen maand {month}; een jaar heeft 12 maanden"
    month_group = 2
    if match.group(month_group).isdigit() and 1 <= dag <= 12:  # day and month swapped
        a, b = sorted((month_group, day_group))
        swapped = (text[:match.start(a)] + match.group(b) + text[match.end(a):match.start(b)]
                   + match.group(a) + text[match.end(b):])
        if 1 <= month <= _days_in_month(year, dag):
            return reason, prefix + swapped
    return reason, None


def _days_in_month(year: int, month: int) -> int:
    """As calendar.monthrange(year, month)[1], without importing calendar (and with it locale,
    a few milliseconds of every start)."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def normalise(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def parse(phrase: str) -> Termijn:
    """Parse a termijn; raises TermijnFout (with a suggestion where one is near)."""
    norm = normalise(phrase)
    result = _interpret(norm)
    if result is None:
        wrong_day = day_problem(norm)
        if wrong_day:
            raise TermijnFout(phrase, wrong_day[1], wrong_day[0])
        raise TermijnFout(phrase, _suggest(norm))
    uiterlijk, begin = result
    return Termijn(phrase, uiterlijk, begin)


# Words people write for a form pa reads: 'mid 2027' is 'medio 2027' (not 'mei 2027', the
# nearest spelling), 'tweede kwartaal' the '2e kwartaal'; None: a word to leave out ('In najaar').
_SYNONYMS: dict[str, str | None] = {
    "mid": "medio", "midden": "medio", "half": "medio", "halverwege": "medio", "einde": "eind",
    "lente": "voorjaar", "herfst": "najaar", "eerste": "1e", "tweede": "2e", "derde": "3e",
    "vierde": "4e", "1ste": "1e", "2de": "2e", "3de": "3e", "4de": "4e", "in": None,
    "per": None, "uiterst": "uiterlijk", "uiterlijks": "uiterlijk"}
# a day with a year of two digits: 31-12-27, 1 april 27 (read as 2027)
_SHORT_YEAR = re.compile(r"((?:uiterlijk |voor )?\d{1,2}(?:[-/.]\d{1,2}[-/.]| [a-z]+\.? ))"
                         r"(\d{2})")


def _suggest(norm: str) -> str | None:
    """The nearest phrase that parses, found by correcting one misspelt word at a time."""
    import difflib

    short = _SHORT_YEAR.fullmatch(norm)
    if short:
        candidate = f"{short[1]}20{short[2]}"
        return candidate if _interpret(candidate) is not None else None
    words = re.findall(r"q[1-4](?!\d)|[1-4]e(?![a-z])|\d+|[a-z]+|[^\sa-z\d]", norm)
    if len(words) > 12:  # no termijn is that long: nothing near to suggest, and costly to try
        return None
    fixed: list[str] = []
    for i, w in enumerate(words):
        if w in _SYNONYMS and (i == 0 or _SYNONYMS[w] is not None):
            other = _SYNONYMS[w]
            if other is not None:
                fixed.append(other)
            continue
        # a word over 24 letters is never within difflib's 0.6 of a keyword (at most 10 letters)
        if (w.isalpha() and len(w) <= 24 and w not in _KEYWORDS and w not in _MONTH_ABBR
                and not re.fullmatch(r"q[1-4]|[1-4]e", w)):
            close = difflib.get_close_matches(w, _KEYWORDS, n=1, cutoff=0.6)
            w = close[0] if close else w
        elif len(w) == 5 and w.isdigit():
            w = _year_typo(w)
        fixed.append(w)
    candidate = " ".join(fixed)
    candidate = re.sub(r" ?([/-]) ?", r"\1", candidate)
    if candidate != norm and _interpret(candidate) is not None:
        return candidate
    return None


def day_suggestion(norm: str) -> str | None:
    """The nearest day to a normalised text that is none ('1 april 20227' -> '1 april 2027',
    '31-12-27' -> '31-12-2027', '1 apirl 2027'), for a date in the data or on the command line;
    None when no day is near. A day that does not exist: see day_problem."""
    problem = day_problem(norm)
    if problem:
        return problem[1]
    candidate = _suggest(norm)
    try:
        return candidate if candidate and day(candidate) is not None else None
    except ValueError:
        return None


def _year_typo(digits: str) -> str:
    """The year meant by five digits ('20227': a key pressed twice in 2027), or them unchanged.

    One digit too many: a doubled digit is the likeliest slip; else the only year between 1900
    and 2099 left by dropping one digit. Where two years are as likely, none is guessed.
    """
    def plausible(year: str) -> bool:
        return 1900 <= int(year) <= 2099

    doubled = {digits[:i] + digits[i + 1:] for i in range(len(digits) - 1)
               if digits[i] == digits[i + 1]}
    dropped = {digits[:i] + digits[i + 1:] for i in range(len(digits))}
    for options in ({y for y in doubled if plausible(y)}, {y for y in dropped if plausible(y)}):
        if len(options) == 1:
            return options.pop()
        if options:
            return digits
    return digits
