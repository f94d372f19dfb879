"""A past peildatum shows the stand as it was (issue 20, point 9): an agenda vastgesteld on
1 april 2024 is a concept on 1 januari 2024, in pa status, its JSON and the reports."""

from __future__ import annotations

import json

import pytest

NEW = "agenda-2024-2025.yaml"


@pytest.fixture
def vastgesteld(run, ws):
    """Agenda 2024-2025 made by `pa agenda nieuw` and vastgesteld on 1 april 2024."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    ws.replace(NEW, "titel: Uitvoeringsagenda 2024-2025\n",
               "titel: Uitvoeringsagenda 2024-2025\nvastgesteld: 2024-04-01\n")
    return ws


@pytest.mark.parametrize("peildatum, heading", [
    ("2024-01-01", "Stand op 1 januari 2024, agenda 2024-2025 (concept: nog niet vastgesteld, "
     "afspraak 5.3)"),
    ("2024-03-31", "Stand op 31 maart 2024, agenda 2024-2025 (concept: nog niet vastgesteld, "
     "afspraak 5.3)"),
    ("2024-04-01", "Stand op 1 april 2024, agenda 2024-2025"),
    ("2024-05-01", "Stand op 1 mei 2024, agenda 2024-2025"),
])
def test_status_names_the_concept_before_its_vaststelling(run, vastgesteld, peildatum, heading):
    r = run("status", "--peildatum", peildatum)
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == heading
    rows = json.loads(run("status", "--peildatum", peildatum, "--format", "json").out)
    assert {row["agenda_concept"] for row in rows} == {peildatum < "2024-04-01"}


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_before_the_vaststelling_say_concept(run, vastgesteld, fmt):
    """The handout for the voorjaarsoverleg, made on 20 maart 2024, carries the concept notice;
    made on 1 mei 2024 it does not."""
    notice = "agenda 2024-2025 is nog niet vastgesteld (afspraak 5.3)"
    before = run("report", "handout", "--format", fmt, "--peildatum", "2024-03-20").out
    after = run("report", "handout", "--format", fmt, "--peildatum", "2024-05-01").out
    assert notice in before and notice not in after
