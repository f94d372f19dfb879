"""`pa status --voor-overleg`: what falls due before the next overleg (issue 20, point 7), the
list the handout of the overleg before it gives in section 3."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import AFSPRAKEN, AGENDA, DATA
from pa_cli.load.dataset import load
from pa_cli.query import cyclus
from pa_cli.query import stand as query
from pa_cli.report.context import Options, build

DS = load(DATA)  # the shipped data, read without the cache


def test_heading_names_the_overleg(run, ws):
    """The table says until which overleg it looks, and shows the one action due then."""
    r = run("status", "--voor-overleg", "--peildatum", "1 mei 2023")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == ("Termijn vóór het najaarsoverleg 2023 (oktober 2023), stand op "
                        "1 mei 2023")
    assert lines[3].startswith("5.3 ") and "30-06-2023" in lines[3]
    assert "1 actie: 0 rood, 0 oranje, 1 groen, 0 grijs" in r.out


@pytest.mark.parametrize("peildatum, heading", [
    ("1 juni 2023", "Termijn vóór het najaarsoverleg 2023 (oktober 2023), stand op 1 juni 2023"),
    # issue 20, point 12: in April the voorjaarsoverleg, whose day is not known, may still come
    ("1 april 2023", "Termijn vóór het voorjaarsoverleg 2023 (april 2023), stand op "
     "1 april 2023"),
    ("15 april 2023", "Termijn vóór het voorjaarsoverleg 2023 (april 2023), stand op "
     "15 april 2023"),
    ("29 april 2023", "Termijn vóór het voorjaarsoverleg 2023 (april 2023), stand op "
     "29 april 2023"),
    ("30 april 2023", "Termijn vóór het najaarsoverleg 2023 (oktober 2023), stand op "
     "30 april 2023"),
    ("30 september 2023", "Termijn vóór het najaarsoverleg 2023 (oktober 2023), stand op "
     "30 september 2023"),
    ("1 oktober 2023", "Termijn vóór het najaarsoverleg 2023 (oktober 2023), stand op "
     "1 oktober 2023"),
    ("31 oktober 2023", "Termijn vóór het voorjaarsoverleg 2024 (april 2024), stand op "
     "31 oktober 2023"),
    ("1 januari 2023", "Termijn vóór het voorjaarsoverleg 2023 (april 2023), stand op "
     "1 januari 2023"),
])
def test_the_next_overleg_not_the_one_after(run, ws, peildatum, heading):
    """"What must be done before the next overleg": in June that is the najaarsoverleg, not
    the voorjaarsoverleg after it. An overleg known only by its month lies ahead until the
    last day of that month (on that day, as on the day of an overleg, the next one)."""
    r = run("status", "--voor-overleg", "--peildatum", peildatum)
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == heading


@pytest.mark.parametrize("peildatum, heading", [
    ("11 april 2023", "Termijn vóór het voorjaarsoverleg 2023 (12 april 2023), stand op "
     "11 april 2023"),
    ("12 april 2023", "Termijn vóór het najaarsoverleg 2023 (oktober 2023), stand op "
     "12 april 2023"),
    ("15 april 2023", "Termijn vóór het najaarsoverleg 2023 (oktober 2023), stand op "
     "15 april 2023"),
])
def test_a_fixed_day_that_has_passed_is_behind_us(run, ws, peildatum, heading):
    """With the day of the voorjaarsoverleg 2023 fixed (data:), that day counts: from it on the
    next overleg is the najaarsoverleg."""
    ws.replace(AFSPRAKEN, "    wanneer: april  #", "    data: [2023-04-12]\n    wanneer: april  #")
    r = run("status", "--voor-overleg", "--peildatum", peildatum)
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == heading


def test_june_lists_what_is_due_before_october(run, ws):
    """On 1 juni 2023 the actualisatie (5.3, uiterlijk 30 juni) is due before the
    najaarsoverleg: it is listed, and nothing due after 1 oktober 2023 is."""
    r = run("status", "--voor-overleg", "--format", "json", "--peildatum", "2023-06-01")
    assert r.code == 0, r.err
    rows = json.loads(r.out)
    assert [a["nr"] for a in rows] == ["5.3"]
    assert all(a["uiterlijk"] < "2023-10-01" for a in rows)



ROW_53 = ("5.3  Uitvoeringsagenda  Actualiseren in voorjaar 2023.  Corporaties  voorjaar 2023  "
          "30-06-2023  open    oranje")


def test_an_action_due_on_the_peildatum_is_listed_until_it_is_late(run, ws):
    """On 30 juni 2023, the last day of 5.3 (voorjaar 2023), it is still due (oranje); on
    1 juli it is late and no longer 'due before the overleg'."""
    r = run("status", "--voor-overleg", "--peildatum", "30 juni 2023")
    assert r.out.splitlines()[3:5] == [ROW_53, ""]
    r = run("status", "--voor-overleg", "--peildatum", "1 juli 2023")
    assert "Geen acties die aan deze selectie voldoen." in r.out

def test_an_action_done_is_no_longer_due_from_the_day_it_was_done(run, ws):
    """5.3 (uiterlijk 30 juni 2023) is due before the najaarsoverleg until it is gereed: done on
    15 mei 2023, it is off the list from that day on, and still on it the day before."""
    assert run("set", "5.3", "--status", "gereed", "-m", "Agenda geactualiseerd", "--datum",
               "2023-05-15").code == 0
    assert run("status", "--voor-overleg", "--peildatum", "14 mei 2023").out.splitlines()[3:4] \
        == [ROW_53]
    for day in ("15 mei 2023", "1 juni 2023"):
        r = run("status", "--voor-overleg", "--peildatum", day)
        assert (r.code, r.out.splitlines()) == (0, [
            f"Termijn vóór het najaarsoverleg 2023 (oktober 2023), stand op {day}", "",
            "Geen acties die aan deze selectie voldoen.", "",
            "0 acties: 0 rood, 0 oranje, 0 groen, 0 grijs (oranje: termijn binnen 8 weken)"])


def test_earliest_deadline_first_and_not_what_is_due_on_the_day_of_the_overleg(run, ws):
    """The list runs by deadline, not by the order of the agenda: 5.3 (30 juni) before 1.1.2
    (zomer 2023: 30 september). An action due on the day of the overleg itself (1.1.3,
    1 oktober 2023, the day fixed in the data) is not due before it; while only the month
    is known (oktober 2023) it is: the overleg may be later that month."""
    ws.replace(AGENDA, '    termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.3"',
               '    termijn: zomer 2023\n    status: open\n\n  - nr: "1.1.3"')
    ws.replace(AGENDA, '    termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.4"',
               '    termijn: 1 oktober 2023\n    status: open\n\n  - nr: "1.1.4"')
    r = run("status", "--voor-overleg", "--format", "json", "--peildatum", "1 juni 2023")
    assert [(a["nr"], a["uiterlijk"]) for a in json.loads(r.out)] == [
        ("5.3", "2023-06-30"), ("1.1.2", "2023-09-30"), ("1.1.3", "2023-10-01")]
    ws.replace(AFSPRAKEN, "    wanneer: oktober  # \"Najaarsoverleg",
               "    data: [2023-10-01]\n    wanneer: oktober  # \"Najaarsoverleg")
    r = run("status", "--voor-overleg", "--format", "json", "--peildatum", "1 juni 2023")
    assert [(a["nr"], a["uiterlijk"]) for a in json.loads(r.out)] == [
        ("5.3", "2023-06-30"), ("1.1.2", "2023-09-30")]

@pytest.mark.parametrize("peildatum, trekker", [
    ("2022-06-01", None), ("2022-11-01", None), ("2022-11-01", "Corporaties"),
    ("2023-01-01", "Gemeente"), ("2023-05-01", None),
])
def test_same_actions_as_the_handout(run, ws, peildatum, trekker):
    """The command lists the actions of section 3 of the handout of the overleg before the
    next one, in the same order."""
    sel = ("--trekker", trekker) if trekker else ()
    r = run("status", "--voor-overleg", "--format", "json", "--peildatum", peildatum, *sel)
    assert r.code == 0, r.err
    day = date.fromisoformat(peildatum)
    c = cyclus.Cyclus(DS.afspraken.cyclus)
    rapport = build(DS, Options("handout", trekker=[trekker] if trekker else [],
                                overleg=c.vorig(c.komend(day)).datum), day)
    assert [a["nr"] for a in json.loads(r.out)] == [a.nr for a in rapport.binnenkort]
    assert rapport.binnenkort or peildatum == "2023-01-01"  # most dates have something due


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=date(2021, 6, 1), max_value=date(2027, 6, 1)),
       marge=st.integers(min_value=0, max_value=30))
def test_one_answer_for_any_peildatum(day, marge):
    """For any peildatum and marge, --voor-overleg and the handout agree (one implementation);
    everything listed falls due before the first overleg after the peildatum."""
    s = query.stand(DS, day, query.Filter(), marge)
    c = cyclus.Cyclus(DS.afspraken.cyclus)
    mine = cyclus.voor_overleg(s, c).acties
    volgend = c.komend(day)
    vorig = c.vorig(volgend)
    assert vorig.tot <= day < volgend.tot  # the next overleg, not the one after it
    handout = build(DS, Options("handout", marge=marge, overleg=vorig.datum), day).binnenkort
    assert [a.nr for a in mine] == [a.nr for a in handout]
    assert all(day <= a.uiterlijk < volgend.tot for a in mine)
