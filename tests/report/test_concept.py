"""A concept agenda (no 'vastgesteld:' yet, afspraak 5.3) says so at the top of every report and
in the heading of pa status; a vastgesteld one shows no such line."""

from __future__ import annotations

import csv
import io
import json

import pytest

PEIL = ("--peildatum", "2026-11-27")
TITEL = "titel: Uitvoeringsagenda 2026-2027\n"
ZIN = ("agenda 2026-2027 is nog niet vastgesteld (afspraak 5.3); acties en termijnen kunnen "
       "nog veranderen.")
MD = f"> **Concept:** {ZIN}"
HTML = f'<p class="concept"><strong>Concept:</strong> {ZIN}</p>'
KOP = ("Stand op 27 november 2026, agenda 2026-2027 (concept: nog niet vastgesteld, afspraak "
       "5.3), in verlenging sinds 1 januari 2026")
KOP_VASTGESTELD = "Stand op 27 november 2026, agenda 2026-2027, in verlenging sinds 1 januari 2026"
REPORTS = ["handout", "stoplicht", "agenda"]


@pytest.fixture
def concept(run, ws):
    """The shipped data with the agenda 2026-2027 just made by `pa agenda nieuw`: a concept."""
    r = run("agenda", "nieuw", "2026-2027")
    assert r.code == 0, r.err
    return ws


def _vaststellen(ws) -> None:
    """What the werkgroep writes after the overleg: the day it adopted the agenda."""
    ws.replace("agenda-2026-2027.yaml", TITEL, TITEL + "vastgesteld: 2026-06-20\n")


def _out(run, *args: str) -> str:
    r = run(*args)
    assert r.code == 0, r.err
    return r.out


@pytest.mark.parametrize("name", REPORTS)
def test_markdown_report_of_a_concept_says_so_under_the_title(run, concept, name):
    """Under the title line of each Markdown report stands the concept line, set apart."""
    lines = _out(run, "report", name, "--format", "md", *PEIL).splitlines()
    assert lines[2] == "Prestatieafspraken Terneuzen 2022-2025 (in verlenging sinds 1 januari 2026)"
    assert lines[3:6] == ["", MD, ""]


@pytest.mark.parametrize("name", REPORTS)
def test_html_report_of_a_concept_says_so_under_the_heading(run, concept, name):
    """Right under the h1 of each HTML report stands the concept line, in a framed box."""
    lines = _out(run, "report", name, "--format", "html", *PEIL).splitlines()
    h1 = next(i for i, ln in enumerate(lines) if ln.startswith("<h1>"))
    assert lines[h1 + 1] == HTML
    assert (".concept { border: 2px dashed var(--inkt); padding: .3em .6em; margin: .6em 0; "
            "font-size: 11pt; }") in lines


@pytest.mark.parametrize("fmt, line, extra", [
    ("md", MD, [""]),
    ("html", HTML, [".concept { border: 2px dashed var(--inkt); padding: .3em .6em; "
                    "margin: .6em 0; font-size: 11pt; }",
                    "@media print { .concept { break-inside: avoid; } }"]),
])
@pytest.mark.parametrize("name", REPORTS)
def test_a_vastgesteld_agenda_has_no_concept_line_and_nothing_else_changes(run, concept, name,
                                                                           fmt, line, extra):
    """Once 'vastgesteld:' is written, the line (and its style) is gone and all else is equal."""
    before = _out(run, "report", name, "--format", fmt, *PEIL).splitlines()
    _vaststellen(concept)
    after = _out(run, "report", name, "--format", fmt, *PEIL).splitlines()
    assert "Concept:" not in "\n".join(after)
    i = before.index(line)
    del before[i:i + 1 + (len(extra) if fmt == "md" else 0)]
    for css in extra if fmt == "html" else []:
        before.remove(css)
    assert before == after


def test_the_shipped_bijlage_2_is_no_concept(run, ws):
    """Bijlage 2 belongs to the signed document: vastgesteld with it, so no line, no label."""
    md = _out(run, "report", "handout", "--format", "md", "--peildatum", "2023-04-01")
    assert "Concept" not in md
    assert _out(run, "status", "--peildatum", "2023-04-01").splitlines()[0] == (
        "Stand op 1 april 2023")


def test_a_concept_is_named_even_as_the_only_agenda(run, ws):
    """Without the bijlage, the one agenda is a concept: the heading names it though it is alone."""
    ws.replace("agenda-2022-2023.yaml", "bijlage: Bijlage 2 - Uitvoeringsagenda 2022-2023\n", "")
    assert _out(run, "status", "--peildatum", "2023-04-01").splitlines()[0] == (
        "Stand op 1 april 2023, agenda 2022-2023 (concept: nog niet vastgesteld, afspraak 5.3)")


def test_status_heading_of_a_concept(run, concept):
    """pa status and pa overdue, as table and Markdown, say in their heading it is a concept."""
    assert _out(run, "status", *PEIL).splitlines()[0] == KOP
    assert _out(run, "status", "--format", "md", *PEIL).splitlines()[0] == f"**{KOP}**"
    assert _out(run, "overdue", *PEIL).splitlines()[0] == KOP.replace("Stand op", "Te laat op")


def test_status_heading_of_a_vastgesteld_agenda(run, concept):
    """After vaststelling the heading names the agenda only, as before."""
    _vaststellen(concept)
    assert _out(run, "status", *PEIL).splitlines()[0] == KOP_VASTGESTELD
    assert _out(run, "status", "--format", "md", *PEIL).splitlines()[0] == (
        f"**{KOP_VASTGESTELD}**")


def test_json_and_csv_carry_agenda_concept(run, concept):
    """Each JSON row has agenda_concept true or false; CSV has the column with ja or nee."""
    rows = json.loads(_out(run, "status", "--format", "json", *PEIL))
    assert {(r["agenda"], r["agenda_concept"]) for r in rows} == {("2026-2027", True)}
    old = json.loads(_out(run, "status", "--format", "json", "--agenda", "2022-2023", *PEIL))
    assert {(r["agenda"], r["agenda_concept"]) for r in old} == {("2022-2023", False)}
    text = _out(run, "status", "--format", "csv", *PEIL).lstrip("\ufeff")
    assert {r["agenda_concept"] for r in csv.DictReader(io.StringIO(text), delimiter=";")} == {
        "ja"}
    _vaststellen(concept)
    text = _out(run, "status", "--format", "csv", *PEIL).lstrip("\ufeff")
    assert {r["agenda_concept"] for r in csv.DictReader(io.StringIO(text), delimiter=";")} == {
        "nee"}


OWN = """{% for ag in agendas %}{{ ag.naam }}: {% if ag.concept %}concept{% else %}\
vastgesteld op {{ ag.vastgesteld|datum }}{% endif %}; {{ concept|length }} concept
{% endfor %}"""


def test_own_template_reads_concept_and_vastgesteld(run, concept, tmp_path):
    """A werkgroep's own template can say per agenda whether it is a concept, or since when not."""
    own = tmp_path / "sjablonen"
    own.mkdir()
    (own / "stand.md.j2").write_text(OWN, encoding="utf-8")
    args = ("report", "stand", "--templates", str(own), *PEIL)
    assert _out(run, *args) == "agenda 2026-2027: concept; 1 concept\n"
    _vaststellen(concept)
    assert _out(run, *args) == "agenda 2026-2027: vastgesteld op 20 juni 2026; 0 concept\n"
