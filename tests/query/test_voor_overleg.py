"""`pa status --voor-overleg`: what falls due before the next overleg, as in the handout."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA
from pa_cli.load.dataset import load
from pa_cli.query import cyclus
from pa_cli.query import stand as query
from pa_cli.report.context import Options, build

DS = load(DATA)  # the shipped data, read without the cache


def test_heading_names_the_overleg(run, ws):
    """The table says until which overleg it looks, and shows the one action due then."""
    r = run("status", "--voor-overleg", "--peildatum", "1 april 2023")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == ("Termijn vóór het najaarsoverleg 2023 (1 oktober 2023), stand op "
                        "1 april 2023")
    assert lines[3].startswith("5.3 ") and "30-06-2023" in lines[3]
    assert "1 actie: 0 rood, 0 oranje, 1 groen, 0 grijs" in r.out


@pytest.mark.parametrize("peildatum, trekker", [
    ("2022-06-01", None), ("2022-10-01", None), ("2022-10-01", "Corporaties"),
    ("2023-01-01", "Gemeente"), ("2023-04-01", None),
])
def test_same_actions_as_the_handout(run, ws, peildatum, trekker):
    """The command lists the actions of section 3 of the handout, in the same order."""
    sel = ("--trekker", trekker) if trekker else ()
    r = run("status", "--voor-overleg", "--format", "json", "--peildatum", peildatum, *sel)
    assert r.code == 0, r.err
    rapport = build(DS, Options("handout", trekker=[trekker] if trekker else []),
                    date.fromisoformat(peildatum))
    assert [a["nr"] for a in json.loads(r.out)] == [a.nr for a in rapport.binnenkort]
    assert rapport.binnenkort or peildatum == "2023-01-01"  # most dates have something due


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=date(2021, 6, 1), max_value=date(2027, 6, 1)),
       marge=st.integers(min_value=0, max_value=30))
def test_one_answer_for_any_peildatum(day, marge):
    """For any peildatum and marge, --voor-overleg and the handout agree (one implementation)."""
    s = query.stand(DS, day, query.Filter(), marge)
    mine = cyclus.voor_overleg(s, cyclus.Cyclus(DS.afspraken.cyclus)).acties
    handout = build(DS, Options("handout", marge=marge), day).binnenkort
    assert [a.nr for a in mine] == [a.nr for a in handout]
    assert all(day <= a.uiterlijk for a in mine)
