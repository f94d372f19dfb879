"""Dates on the command line as Dutch users write them, for every date option."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pa_cli.base.fmt import datum_kort, datum_nl
from pa_cli.base.termijn import MONTH_WORDS
from pa_cli.model import datum

days = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
ABBREVIATIONS = {n: w for w, n in MONTH_WORDS.items() if len(w) <= 4}


@given(day=days, style=st.sampled_from(["kort", "nl", "iso", "afgekort", "punt", "hoofdletters"]))
def test_round_trip(day, style):
    """Every date, written in any accepted form, parses back to the same day."""
    text = {
        "kort": datum_kort(day),
        "nl": datum_nl(day),
        "iso": day.isoformat(),
        "afgekort": f"{day.day} {ABBREVIATIONS[day.month]} {day.year}",
        "punt": f"{day.day} {ABBREVIATIONS[day.month]}. {day.year}",
        "hoofdletters": f"  {datum_nl(day).upper()} ",
    }[style]
    assert datum.parse(text) == day


@given(st.text(max_size=30))
def test_any_text_is_a_date_or_a_value_error(text):
    """Open-ended input never crashes the parser: a date, or ValueError."""
    try:
        assert isinstance(datum.parse(text), date)
    except ValueError:
        pass


@pytest.mark.parametrize("text", ["31-02-2026", "27-13-2026", "2026-11", "27 novembre 2026",
                                  "november 2026", "27-11-26", "morgen", ""])
def test_not_a_date(text):
    """Impossible days, unknown month names and partial dates are refused."""
    with pytest.raises(ValueError):
        datum.parse(text)


@pytest.mark.parametrize("args", [
    ("status", "--format", "json", "--peildatum"),
    ("overdue", "--format", "json", "--peildatum"),
    ("report", "handout", "--peildatum"),
])
def test_date_options_take_dutch_forms(run, ws, args):
    """--peildatum answers the same for 1-1-2023, 1 januari 2023, 1 jan 2023 and 2023-01-01."""
    outs = {run(*args, text).out for text in ("1-1-2023", "1 januari 2023", "1 jan 2023",
                                               "2023-01-01")}
    assert len(outs) == 1
    assert outs.pop()


def test_report_dates_in_dutch(run, ws):
    """--overleg and --sinds in Dutch forms give the same report as in ISO."""
    dutch = run("report", "handout", "--peildatum", "1 april 2023", "--overleg", "15-04-2023",
                "--sinds", "1 okt 2022")
    iso = run("report", "handout", "--peildatum", "2023-04-01", "--overleg", "2023-04-15",
              "--sinds", "2022-10-01")
    assert (dutch.code, dutch.out) == (0, iso.out)
    assert "15 april 2023" in dutch.out


def test_set_datum_in_dutch(run, ws):
    """pa set --datum 3-11-2022 records the voortgang on 2022-11-03."""
    r = run("set", "1.1.3", "--status", "gereed", "--datum", "3 november 2022")
    assert r.code == 0, r.err
    rows = json.loads(run("status", "--format", "json", "--peildatum", "3-11-2022").out)
    assert next(a for a in rows if a["nr"] == "1.1.3")["status"] == "gereed"
    assert "datum: 2022-11-03" in ws.read("agenda-2022-2023.yaml")


@pytest.mark.parametrize("option, what, forms", [
    ("--peildatum", "datum", ""), ("--sinds", "datum", ""),
    ("--overleg", "datum of overleg", "de naam van een overleg uit de cyclus met het jaar, "
     "voorjaar 2027, najaar 2026 of een datum: "),
])
def test_wrong_date_lists_the_forms(run, ws, option, what, forms):
    """A date pa cannot read is exit 2 with a Dutch message listing the accepted forms."""
    r = run("report", "handout", option, "eind februari 2023")
    assert r.code == 2
    assert r.err.strip() == (f"pa: {option} 'eind februari 2023' is geen {what}; schrijf "
                             f"bijvoorbeeld {forms}27-11-2026, 27 november 2026 (ook 27 nov "
                             "2026) of 2026-11-27")


@pytest.mark.parametrize("option, what", [
    ("--peildatum", "datum"), ("--sinds", "datum"), ("--overleg", "datum of overleg")])
def test_a_day_that_does_not_exist_says_so(run, ws, option, what):
    """31 februari (issue 20, point 15): the message says that day does not exist, with the
    nearest one, instead of listing forms the user did write."""
    r = run("report", "handout", option, "31 februari 2023")
    assert r.code == 2
    assert r.err.strip() == (f"pa: {option} '31 februari 2023' is geen {what}: 31 februari 2023 "
                             "bestaat niet (februari 2023 heeft 28 dagen); bedoelt u 28 februari "
                             "2023?")


def test_tables_show_the_dutch_form(run, ws):
    """The table shows the uiterlijk as 31-12-2022 and the peildatum in words."""
    out = run("status", "--peildatum", "2023-01-01", "--te-laat").out
    assert out.startswith("Stand op 1 januari 2023")
    assert "31-12-2022" in out and "2022-12-31" not in out
