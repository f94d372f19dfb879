"""Termijn phrases: every documented form, and properties over open-ended input."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pa_cli.base.termijn import MONTHS, TermijnFout, day_suggestion, normalise, parse

EXAMPLES = [
    ("2022", date(2022, 12, 31)),
    ("eind 2022", date(2022, 12, 31)),
    ("najaar 2022", date(2022, 12, 31)),
    ("voorjaar 2023", date(2023, 6, 30)),
    ("medio 2023", date(2023, 6, 30)),
    ("zomer 2023", date(2023, 9, 30)),
    ("begin 2024", date(2024, 3, 31)),
    ("Q1 2023", date(2023, 3, 31)),
    ("Q4 2023", date(2023, 12, 31)),
    ("2e kwartaal 2023", date(2023, 6, 30)),
    ("juni 2022", date(2022, 6, 30)),
    ("februari 2024", date(2024, 2, 29)),
    ("1 juli 2023", date(2023, 7, 1)),
    ("uiterlijk 1 juli 2023", date(2023, 7, 1)),
    ("voor 1 april 2023", date(2023, 3, 31)),
    ("voor 1 januari 2024", date(2023, 12, 31)),
    ("2023-07-01", date(2023, 7, 1)),
    ("2022/2023", date(2023, 12, 31)),
    ("2022 en 2023", date(2023, 12, 31)),
    ("2022-2023", date(2023, 12, 31)),
    ("najaar 2024 en 2025", date(2025, 12, 31)),  # the document's way (agenda row 5.4)
    ("voorjaar 2026/2027", date(2027, 6, 30)),
]


@pytest.mark.parametrize("phrase, last_day", EXAMPLES)
def test_documented_forms(phrase, last_day):
    """Each form in the manual (docs/gegevens.md) gives the documented last day."""
    t = parse(phrase)
    assert t.uiterlijk == last_day and not t.doorlopend
    assert t.tekst == phrase


@pytest.mark.parametrize("phrase", ["vanaf 2023", "jaarlijks", "doorlopend"])
def test_ongoing_forms_have_no_deadline(phrase):
    """'vanaf', 'jaarlijks' and 'doorlopend' are ongoing: no last day."""
    t = parse(phrase)
    assert t.uiterlijk is None and t.doorlopend


def test_vanaf_remembers_its_start():
    """'vanaf 2023' starts on 1 January 2023 (for the looptijd check)."""
    assert parse("vanaf 2023").begin == date(2023, 1, 1)


@pytest.mark.parametrize("phrase, suggestion", [
    ("najaaar 2022", "najaar 2022"),
    ("vanaff 2023", "vanaf 2023"),
    ("junni 2022", "juni 2022"),
    ("voorjar 2023", "voorjaar 2023"),
    ("voor 1 apirl 2023", "voor 1 april 2023"),
    ("morgen", None),
    ("31 februari 2023", "28 februari 2023"),
    ("eind 20227", "eind 2027"),  # the 2 pressed twice
    ("najaaar 20227", "najaar 2027"),
    ("eind 20237", None),  # 2037, 2027 or 2023: no guess
    ("31-02-2027", "28-02-2027"),
    ("uiterlijk 2027-04-31", "uiterlijk 2027-04-30"),
    ("03-15-2027", "15-03-2027"),  # day and month swapped
    ("15-13-2027", None),
    ("2023/2022", None),
    ("2023/2023", None),  # a range ends after it begins
    ("2023 en 2023", None),
    ("Q5 2023", None),
    ("", None),
    # issue 20, point 15: the words people write for a form pa reads
    ("mid 2027", "medio 2027"),  # not 'mei 2027', the nearest spelling
    ("tweede kwartaal 2027", "2e kwartaal 2027"),
    ("Eerste kwartaal 2027", "1e kwartaal 2027"),
    ("31-12-27", "31-12-2027"),
    ("voor 1 april 27", "voor 1 april 2027"),
    ("In najaar 2022 en 2023", "najaar 2022 en 2023"),  # as agenda row 5.4 writes it
    ("1 april 20227", "1 april 2027"),
    ("najaar 2025 en 2024", None),
    # found by mutation testing (docs/ontwikkeling.md, "Mutatietests"):
    ("najaar 2023/2023", None),  # a range of seasons also ends after it begins
    ("In herfst 2027", "najaar 2027"),  # a word left out, then another word for a form
    ("In tweede kwartaal 2027", "2e kwartaal 2027"),
    ("31-13-27", None),  # with the year written out it is still no day: no suggestion
    ("1 aprul 27", None),  # idem: two slips at once, pa does not guess
])
def test_unknown_phrases_are_refused_with_a_suggestion(phrase, suggestion):
    """A phrase that is not a termijn raises, with the nearest accepted form where there is one."""
    with pytest.raises(TermijnFout) as e:
        parse(phrase)
    assert e.value.suggestion == suggestion


@pytest.mark.parametrize("phrase, reason", [
    ("31-02-2027", "31 februari 2027 bestaat niet (februari 2027 heeft 28 dagen)"),
    ("29 feb 2027", "29 februari 2027 bestaat niet (februari 2027 heeft 28 dagen)"),
    ("voor 31 juni 2027", "31 juni 2027 bestaat niet (juni 2027 heeft 30 dagen)"),
    ("0-3-2027", "dag 0 bestaat niet; een maand begint bij dag 1"),
    ("15-13-2027", "er is geen maand 13; een jaar heeft 12 maanden"),
    ("eind 20227", None),
])
def test_a_day_that_does_not_exist_says_why(phrase, reason):
    """A day in the right form that is not in the calendar says plainly what is wrong with it."""
    with pytest.raises(TermijnFout) as e:
        parse(phrase)
    assert e.value.reason == reason


years = st.integers(min_value=1900, max_value=2199)
spaces = st.text(alphabet=" ", min_size=1, max_size=3)


def _vary(phrase: str, data: st.DataObject) -> str:
    """The same phrase with random case and extra spaces."""
    words = phrase.split(" ")
    sep = [data.draw(spaces) for _ in words]
    cased = "".join(data.draw(st.sampled_from([c.lower(), c.upper()])) for c in
                    "".join(w + s for w, s in zip(words, sep)))
    return data.draw(spaces) + cased


@given(year=years, data=st.data())
def test_case_and_spaces_do_not_matter(year, data):
    """'  NAJAAR   2022 ' means what 'najaar 2022' means."""
    word = data.draw(st.sampled_from(["eind", "najaar", "voorjaar", "medio", "zomer", "begin",
                                      "juni", "Q3", "vanaf"]))
    phrase = f"{word} {year}"
    assert parse(_vary(phrase, data))[1:] == parse(phrase)[1:]


@given(year=years, month=st.sampled_from(sorted(MONTHS)))
def test_month_means_its_last_day(year, month):
    """A month name and year give the last day of that month, leap years included."""
    number = MONTHS[month]
    assert parse(f"{month} {year}").uiterlijk == date(year, number,
                                                     calendar.monthrange(year, number)[1])


@given(first=years, gap=st.integers(min_value=1, max_value=10),
       sep=st.sampled_from(["/", " en ", "-"]))
def test_ranges_end_with_their_last_year(first, gap, sep):
    """'YYYY/YYYY', 'YYYY en YYYY' and 'YYYY-YYYY' end on 31 December of the last year."""
    assert parse(f"{first}{sep}{first + gap}").uiterlijk == date(first + gap, 12, 31)


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_dates_in_both_spellings_agree(day):
    """'1 juli 2023' and '2023-07-01' are the same day."""
    name = next(m for m, n in MONTHS.items() if n == day.month)
    assert parse(f"{day.day} {name} {day.year}").uiterlijk == day
    assert parse(day.isoformat()).uiterlijk == day
    assert parse(f"uiterlijk {day.isoformat()}").uiterlijk == day


@given(year=years, quarter=st.integers(min_value=1, max_value=4))
def test_quarters(year, quarter):
    """'Qn YYYY' and 'ne kwartaal YYYY' end on the last day of that quarter."""
    end = parse(f"Q{quarter} {year}").uiterlijk
    assert end == parse(f"{quarter}e kwartaal {year}").uiterlijk
    month = quarter * 3
    assert end == date(year, month, calendar.monthrange(year, month)[1])


@given(st.text(max_size=40))
def test_any_text_parses_or_is_refused(text):
    """No input crashes: it is a termijn, or a TermijnFout whose suggestion itself parses."""
    try:
        t = parse(text)
    except TermijnFout as e:
        if e.suggestion is not None:
            parse(e.suggestion)
    else:
        assert t.uiterlijk is not None or t.doorlopend


@given(day=st.dates(min_value=date(1900, 1, 2), max_value=date(2199, 12, 31)))
def test_voor_a_day_is_the_day_before(day):
    """'voor 1 april 2023' (as in afspraak 5.9) allows up to the day before that date."""
    name = next(m for m, n in MONTHS.items() if n == day.month)
    assert parse(f"voor {day.day} {name} {day.year}").uiterlijk == day - timedelta(days=1)


# -- the edges: the first and last day of each month, and the guesses at a mistyped day or year --
# (each case below was a boundary that make mutate could move without a test noticing)

def _refused(phrase: str) -> tuple[str | None, str | None]:
    """(reason, suggestion) of a phrase that is not a termijn."""
    with pytest.raises(TermijnFout) as e:
        parse(phrase)
    return e.value.reason, e.value.suggestion


@pytest.mark.parametrize("year", [1, 2024, 2027, 9999])  # the calendar's first year, a leap year
def test_each_month_runs_from_day_1_to_its_last_day(year):
    """Day 1 up to the month's last day are termijnen; day 0 is refused, and a day after the
    last says how many days the month has and suggests its last day, in the same form."""
    for month, name in ((n, m) for m, n in MONTHS.items()):
        last = calendar.monthrange(year, month)[1]
        for dag in range(1, last + 1):
            assert parse(f"{dag}-{month}-{year:04}").uiterlijk == date(year, month, dag)
        assert _refused(f"0-{month}-{year:04}") == (
            "dag 0 bestaat niet; een maand begint bij dag 1", None)
        for dag in range(last + 1, 33):  # up to 32, past every month's end
            assert _refused(f"{dag}-{month}-{year:04}") == (
                f"{dag} {name} {year} bestaat niet ({name} {year} heeft {last} dagen)",
                f"{last}-{month}-{year:04}")


def test_day_and_month_swapped_is_suggested_the_right_way_round():
    """'01-31-2027' (month first, as in English) is refused as month 31 and suggests
    '31-01-2027'; only when the swapped day exists in that month ('02-30-2027' does not)."""
    for month in range(1, 13):
        last = calendar.monthrange(2027, month)[1]
        for dag in range(13, 32):
            assert _refused(f"{month:02}-{dag}-2027") == (
                f"er is geen maand {dag}; een jaar heeft 12 maanden",
                f"{dag}-{month:02}-2027" if dag <= last else None)
    assert _refused("2027-31-01") == ("er is geen maand 31; een jaar heeft 12 maanden",
                                      "2027-01-31")
    for phrase in ("13-14-2027", "00-14-2027"):  # neither number is a month
        assert _refused(phrase) == ("er is geen maand 14; een jaar heeft 12 maanden", None)


@pytest.mark.parametrize("phrase, suggestion", [
    ("eind 19000", "eind 1900"),  # the first year pa guesses
    ("eind 20999", "eind 2099"),  # the last
    ("eind 21000", "eind 2000"),  # 2100 is past it: the one year left by dropping a digit
    ("eind 20277", "eind 2027"),  # the last digit pressed twice
    ("eind 20223", "eind 2023"),  # a doubled 2 wins over dropping the 3 (2022)
    ("eind 21023", "eind 2023"),  # no doubled digit: the only year left by dropping one
    ("1-7-20227", "1-7-2027"),  # in a day, written back in its own form
    ("2022 / 20233", "2022/2023"),
])
def test_a_year_with_one_digit_too_many_is_guessed(phrase, suggestion):
    """Five digits where a year belongs: a doubled digit is the likeliest slip, else the one
    year from 1900 to 2099 that dropping a digit leaves."""
    assert _refused(phrase) == (None, suggestion)


# -- near misses: what a person writes for a termijn pa reads ---------------------------------

_SEASON_WORDS = ("eind", "najaar", "voorjaar", "medio", "zomer", "begin")
# words for a form pa reads, and what pa reads instead: the suggestion must give the same day
_SAME = {"medio": ("mid", "midden", "half"), "najaar": ("herfst",), "voorjaar": ("lente",),
         "eind": ("einde",), "1e": ("eerste",), "2e": ("tweede",), "3e": ("derde",),
         "4e": ("vierde",)}


@st.composite
def readable(draw) -> str:
    """A termijn in one of the forms pa reads."""
    year = draw(st.integers(min_value=2000, max_value=2099))
    month = draw(st.sampled_from(sorted(MONTHS)))
    d = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
    return draw(st.sampled_from([
        str(year), f"{draw(st.sampled_from(_SEASON_WORDS))} {year}",
        f"{draw(st.integers(1, 4))}e kwartaal {year}", f"q{draw(st.integers(1, 4))} {year}",
        f"{month} {year}", f"{d.day}-{d.month}-{d.year}", d.isoformat(),
        f"uiterlijk {d.day} {next(m for m, n in MONTHS.items() if n == d.month)} {d.year}",
        f"{year} en {year + 1}", f"{draw(st.sampled_from(_SEASON_WORDS))} {year} en {year + 1}",
        f"vanaf {year}"]))


def _slip(draw, phrase: str) -> str:
    """The phrase with one slip of the hand or of habit."""
    words = phrase.split(" ")
    i = draw(st.integers(0, len(words) - 1))
    w = words[i]
    kind = draw(st.sampled_from(["drop", "double", "swap", "short-year", "in", "synonym",
                                 "char"]))
    if kind == "drop" and len(w) > 1:
        j = draw(st.integers(0, len(w) - 1))
        w = w[:j] + w[j + 1:]
    elif kind == "double":
        j = draw(st.integers(0, len(w) - 1))
        w = w[:j] + w[j] + w[j:]
    elif kind == "swap" and len(w) > 1:
        j = draw(st.integers(0, len(w) - 2))
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == "short-year" and w.isdigit() and len(w) == 4:
        w = w[2:]
    elif kind == "in":
        return "In " + phrase
    elif kind == "synonym" and w in _SAME:
        w = draw(st.sampled_from(_SAME[w]))
    elif kind == "char":
        w = w + draw(st.characters(codec="utf-8", exclude_categories=("Cs",)))
    return " ".join(words[:i] + [w] + words[i + 1:])


@given(st.data())
def test_a_suggestion_for_a_near_miss_is_itself_readable(data):
    """For any termijn phrase pa cannot read, a suggestion, if any, is one pa reads."""
    phrase = _slip(data.draw, data.draw(readable()))
    try:
        parse(phrase)
    except TermijnFout as e:
        if e.suggestion is not None:
            parse(e.suggestion)


@given(st.data())
def test_another_word_for_a_form_is_understood(data):
    """'mid 2027', 'herfst 2027', 'tweede kwartaal 2027', 'In najaar ...', '31-12-27': the
    suggestion means the day the person meant."""
    meant = data.draw(readable())
    words = meant.split(" ")
    kind = data.draw(st.sampled_from(["synonym", "in", "short-year"]))
    if kind == "synonym":
        i = next((i for i, w in enumerate(words) if w in _SAME), None)
        if i is None:
            return
        words[i] = data.draw(st.sampled_from(_SAME[words[i]]))
        phrase = " ".join(words)
    elif kind == "in":
        phrase = "In " + meant
    else:
        if not re.fullmatch(r"(uiterlijk )?\d{1,2}[- ]\S+[- ]20\d\d", meant):
            return
        phrase = meant[:-4] + meant[-2:]
    with pytest.raises(TermijnFout) as e:
        parse(phrase)
    assert e.value.suggestion is not None, phrase
    assert parse(e.value.suggestion).uiterlijk == parse(meant).uiterlijk


@pytest.mark.parametrize("text, nearest", [
    ("1 april 20227", "1 april 2027"), ("31-12-27", "31-12-2027"), ("1 apirl 2027", "1 april 2027"),
    ("31-02-2026", "28-02-2026"), ("eind november", None), ("morgen", None)])
def test_a_text_that_is_nearly_a_day_gets_that_day(text, nearest):
    """For a date in the data or on the command line: the day meant, where one is near."""
    assert day_suggestion(normalise(text)) == nearest
