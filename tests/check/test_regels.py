"""regels: in afspraken.yaml (issue 18, part 1): each rule cites the set's own afspraak, a bad
rule is PA087, and without rules pa sets no deadline and cites nothing."""

from __future__ import annotations

import json

import pytest

from conftest import AFSPRAKEN


def _problems(run, *args) -> list[tuple[str, str]]:
    report = json.loads(run("validate", "--format", "json", *args).out)
    return [(p["code"], p["message"]) for p in report["problems"] if p["code"] != "PA034"]


def _next_agenda(ws, vastgesteld: str = "") -> None:
    ws.write("agenda-2024-2025.yaml", f"titel: Uitvoeringsagenda 2024-2025\n{vastgesteld}"
             "rijen: []\n")


@pytest.mark.parametrize("old, new, message", [
    ("    jaren: 2  #", "    jaren: 7  #",
     "jaren '7' is geen aantal jaren; schrijf 1, 2 (of tot 5)"),
    ("vaststellen: uiterlijk 1 juli  # 5.3", "vaststellen: 1 juli 2024",
     "wanneer '1 juli 2024' noemt een jaar; een moment van de cyclus komt elk jaar terug: "
     "schrijf het zonder jaar, zoals 'voor 1 april', 'uiterlijk 1 juli', 'april', 'voorjaar', "
     "'najaar'"),
])
def test_a_bad_agenda_rule_is_pa087(run, ws, old, new, message):
    ws.replace(AFSPRAKEN, old, new)
    assert [p for p in _problems(run) if p[0] == "PA087"] == [
        ("PA087", f"agendaregel (agenda van regels): {message}")]


def test_the_deadline_and_article_come_from_the_rule(run, ws):
    """PA043 names the set's deadline and afspraak: another article, another day."""
    _next_agenda(ws)
    ws.replace(AFSPRAKEN, 'afspraak: "5.3"  #', 'afspraak: "7.2"  #')
    ws.replace(AFSPRAKEN, "vaststellen: uiterlijk 1 juli  # 5.3", "vaststellen: uiterlijk 1 maart")
    found = [m for c, m in _problems(run) if c == "PA043"]
    assert found == ["agenda 2024-2025 is nog een concept: niet vastgesteld op 1 maart 2024 "
                     "(afspraak 7.2, uiterlijk 1 maart). Zet 'vastgesteld: JJJJ-MM-DD' bovenaan "
                     "het bestand zodra het overleg de agenda heeft vastgesteld"]


def test_without_rules_no_deadline_and_no_article(run, ws):
    """Without regels: a concept agenda is no PA043, and status names no afspraak."""
    _next_agenda(ws)
    text = ws.read(AFSPRAKEN)
    start = text.index("regels:\n")
    end = text.index("\n\n", start)
    ws.write(AFSPRAKEN, text[:start] + text[end + 2:])
    assert [c for c, _ in _problems(run)] == []
    r = run("status", "--peildatum", "2024-09-01")
    assert r.out.startswith("Stand op 1 september 2024, agenda 2024-2025 (concept: nog niet "
                            "vastgesteld)\n"), r.out
