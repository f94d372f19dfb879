"""A past peildatum shows the stand as it was (issue 20, point 9): an agenda vastgesteld on
1 april 2024 is a concept on 1 januari 2024, in pa status, its JSON and the reports."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import FIXTURES

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


# -- before its vastgesteld date an agenda is exactly the concept it was (same code path) --

SAME = [("status",), ("status", "-f", "json"), ("status", "-f", "csv"), ("status", "-f", "md"),
        ("overdue",), ("overdue", "-f", "json"), ("report", "handout", "-f", "md"),
        ("report", "handout", "-f", "html"), ("report", "stoplicht", "-f", "md"),
        ("report", "agenda", "-f", "md")]


def _outputs(run, peildatum: str, *data: str) -> list[tuple[int, str, str]]:
    out = []
    for args in SAME:
        r = run(*args, "--peildatum", peildatum, *data)
        out.append((r.code, r.out, r.err))
    return out


@pytest.mark.parametrize("peildatum", ["2024-01-01", "2024-03-20", "2024-03-31"])
def test_before_its_vaststelling_an_agenda_is_treated_as_a_concept_is(run, vastgesteld,
                                                                      peildatum):
    """Every command on a day before `vastgesteld: 2024-04-01` answers byte for byte as it does
    for the same agenda without `vastgesteld:`, the concept that pa agenda nieuw made: its
    termijnen count as a concept's do, and it says concept."""
    before = _outputs(run, peildatum)
    vastgesteld.replace(NEW, "vastgesteld: 2024-04-01\n", "")
    assert _outputs(run, peildatum) == before
    assert "concept: nog niet vastgesteld" in before[0][1]


def test_from_its_vaststelling_on_the_agenda_is_no_concept(run, vastgesteld):
    before = _outputs(run, "2024-04-01")
    vastgesteld.replace(NEW, "vastgesteld: 2024-04-01\n", "")
    concept = _outputs(run, "2024-04-01")
    assert [a == b for a, b in zip(before, concept)] == [False] * len(SAME)


def test_status_before_the_vaststelling_exactly(run, vastgesteld):
    """The concept's carried rows are judged by their old termijn while the new one is still
    'vast te stellen', as in a concept today: late on 1 januari 2024, and said so."""
    r = run("status", "--peildatum", "2024-01-01", "-f", "md")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == ("**Stand op 1 januari 2024, agenda 2024-2025 (concept: nog niet "
                        "vastgesteld, afspraak 5.3)**")
    rows = {ln.split(" | ")[0]: ln for ln in lines if ln.startswith("| 1.1.")}
    assert rows["| 1.1.5"] == (
        "| 1.1.5 | Verkoop | Bespreken geactualiseerde verkooplijst corporaties in Bouwtafel. | "
        "Corporaties | vast te stellen (was 2023) | 31 december 2023 | open | rood | 1 dag |")
    text = run("status", "--peildatum", "2024-01-01").out.splitlines()
    assert text[-1] == ("43 acties: 22 rood, 0 oranje, 21 groen, 0 grijs (oranje: termijn "
                        "binnen 8 weken)")


def test_overdue_before_the_vaststelling_exactly(run, vastgesteld):
    r = run("overdue", "--peildatum", "2024-01-01")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == ("Te laat op 1 januari 2024, agenda 2024-2025 (concept: nog niet "
                        "vastgesteld, afspraak 5.3)")
    assert lines[2] == "Gemeente Terneuzen: 14 acties te laat"
    assert lines[-1] == ("22 acties te laat; per partij: Gemeente 14, Clavis 9, WZV 9, SHB 1, "
                         "Bewonersraad Clavis 1")


def test_handout_before_the_vaststelling_exactly(run, vastgesteld):
    """The handout for the voorjaarsoverleg 2024, made on 20 maart 2024: the concept notice
    under its title, the late actions of the concept per trekker."""
    r = run("report", "handout", "--peildatum", "2024-03-20", "-f", "md")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[:5] == ["# Voorjaarsoverleg 2024", "", "Prestatieafspraken Terneuzen 2022-2025",
                         "", "> **Concept:** agenda 2024-2025 is nog niet vastgesteld (afspraak "
                         "5.3); acties en termijnen kunnen nog veranderen."]
    assert "| **totaal** | **22** | **0** | **21** | **0** | **43** |" in lines
    assert "### Gemeente Terneuzen: 14 acties te laat" in lines
    after = run("report", "handout", "--peildatum", "2024-04-01", "-f", "md").out
    assert "**Concept:**" not in after


# -- on a fictional gemeente: Veldmere (tests/fixtures/gemeenten/letters), jaarschijf 2026 --

LETTERS_BEFORE = (
    "Stand op 9 februari 2026, agenda 2026 (concept: nog niet vastgesteld)\n"
    "\n"
    "nr   onderwerp  actie                   trekker              termijn"
    "           uiterlijk   status  stoplicht  te laat\n"
    "A1              Bouwplan opstellen      Heidehuis            1 februari 2026"
    "   01-02-2026  open    rood       8 dagen\n"
    "A1b             Aannemer selecteren     Heidehuis            1 september 2026"
    "  01-09-2026  lopend  groen\n"
    "A2              Locaties aanwijzen      Gemeente             medio 2026"
    "        30-06-2026  open    groen\n"
    "B1              Klankbordgroep starten  De Linde, Heidehuis  eind 2026"
    "         31-12-2026  open    groen\n"
    "\n"
    "4 acties: 1 rood, 0 oranje, 3 groen, 0 grijs (oranje: termijn binnen 8 weken)\n"
)
LETTERS_OVERDUE = (
    "Te laat op 9 februari 2026, agenda 2026 (concept: nog niet vastgesteld)\n"
    "\n"
    "Woonstichting Heidehuis: 1 actie te laat\n"
    "  nr  onderwerp  actie               trekker    termijn          uiterlijk"
    "   status  stoplicht  te laat\n"
    "  A1             Bouwplan opstellen  Heidehuis  1 februari 2026  01-02-2026"
    "  open    rood       8 dagen\n"
    "\n"
    "1 actie te laat; per partij: Heidehuis 1\n"
)


@pytest.fixture
def letters(tmp_path):
    """Veldmere, jaarschijf 2026 vastgesteld on 10 februari 2026, with A1 due on 1 februari."""
    data = tmp_path / "letters"
    shutil.copytree(FIXTURES / "gemeenten" / "letters", data)
    path = data / "agenda-2026.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("termijn: 1 juni 2026\n") == 1
    path.write_text(text.replace("termijn: 1 juni 2026\n", "termijn: 1 februari 2026\n"),
                    encoding="utf-8")
    return data


def test_a_fictional_gemeente_before_its_vaststelling(run, letters):
    data = ("--data", str(letters))
    assert run("status", "--peildatum", "2026-02-09", *data).out == LETTERS_BEFORE
    assert run("overdue", "--peildatum", "2026-02-09", *data).out == LETTERS_OVERDUE
    handout = run("report", "handout", "--peildatum", "2026-02-09", "-f", "md", *data).out
    assert handout.splitlines()[4] == ("> **Concept:** agenda 2026 is nog niet vastgesteld; "
                                       "acties en termijnen kunnen nog veranderen.")
    on_the_day = run("status", "--peildatum", "2026-02-10", *data).out.splitlines()
    assert on_the_day[0] == "Stand op 10 februari 2026, agenda 2026"
    before = _outputs(run, "2026-02-09", *data)
    path = letters / "agenda-2026.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("vastgesteld: 2026-02-10\n", ""),
                    encoding="utf-8")
    assert _outputs(run, "2026-02-09", *data) == before
