"""A carried action with termijn 'vast te stellen' keeps its old deadline until one is set."""

from __future__ import annotations

import json

from conftest import _fill_in


def _late(run, *args: str) -> dict[str, int]:
    r = run("status", "--te-laat", "--format", "json", *args)
    assert r.code == 0, r.err
    return {a["nr"]: a["dagen_te_laat"] for a in json.loads(r.out)}


def test_carrying_over_does_not_turn_late_actions_green(run, ws):
    """The werkgroep's concept agenda: every late action is still late, by the same days."""
    before = _late(run, "--peildatum", "2026-11-27", "--agenda", "2022-2023")
    assert len(before) == 22
    assert run("agenda", "nieuw", "2026-2027").code == 0
    after = _late(run, "--peildatum", "2026-11-27")
    assert after == before
    row = next(a for a in json.loads(run("status", "--format", "json", "--peildatum",
                                         "2026-11-27").out) if a["nr"] == "1.1.3")
    assert (row["termijn"], row["uiterlijk"], row["stoplicht"], row["agenda"]) == (
        "vast te stellen", "2022-12-31", "rood", "2026-2027")
    assert "22 acties te laat" in run("overdue", "--peildatum", "2026-11-27").out


def test_a_new_termijn_takes_over(run, ws):
    """Once the werkgroep sets a new termijn and the overleg adopts it, that one counts
    (before the vaststelling the old one does: tests/query/test_voorstel.py)."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    _fill_in(ws, "agenda-2026-2027.yaml", "1.1.3", "najaar 2027", "2026-11-20")
    row = next(a for a in json.loads(run("status", "--format", "json", "--peildatum",
                                         "2026-11-27").out) if a["nr"] == "1.1.3")
    assert (row["termijn"], row["uiterlijk"], row["stoplicht"]) == (
        "najaar 2027", "2027-12-31", "groen")


def test_a_broken_new_agenda_is_one_problem_not_one_per_carried_row(run, ws):
    """A tab in the new agenda is reported once (PA004), not as 43 rows pointing nowhere."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    ws.replace("agenda-2026-2027.yaml", '    herkomst: "2022-2023/1.1.1"\n',
               '\therkomst: "2022-2023/1.1.1"\n')
    r = run("validate", "--format", "json")
    errors = [p["code"] for p in json.loads(r.out)["problems"] if p["severity"] == "fout"]
    assert (r.code, errors) == (1, ["PA004"])


def test_a_carried_row_refuses_a_step_from_before_its_agenda(run, ws):
    """A step dated before the new agenda began would count nowhere: refused, with the way out."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    before = ws.read("agenda-2026-2027.yaml")
    r = run("set", "2026-2027/3.3", "--status", "gereed", "--datum", "1-3-2023", "-m", "x")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: --datum 1 maart 2023 ligt vóór het begin van de agenda van deze rij "
        "(1 januari 2026); toen liep de actie nog in agenda 2022-2023/3.3: leg de stap daar "
        "vast, met pa set 2022-2023/3.3 --status gereed --toelichting x --datum 1-3-2023\n"))
    assert ws.read("agenda-2026-2027.yaml") == before
    assert run("set", "2026-2027/3.3", "--status", "gereed", "--datum", "2-1-2026",
               "-m", "gereed sinds maart 2023").code == 0


def test_the_old_termijn_that_still_counts_is_named(run, ws):
    """'vast te stellen (was najaar 2022)' beside 31 december 2022, wherever a table shows it."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    peil = ("--peildatum", "2026-11-27")
    md = run("report", "handout", *peil).out
    assert ("| 1.1.3 | In samenhang sturen op gebiedsontwikkeling | Eerste Bouwtafel en bepalen "
            "wanneer voor welke kernen een bouwprogramma opstellen. Hierin geven partijen ook een "
            "plek aan de lijn uit de landelijke woonagenda… | vast te stellen (was najaar 2022) | "
            "31 december 2022 | 1.427 dagen | open |") in md.splitlines()
    html = run("report", "handout", "-f", "html", *peil).out
    assert ('<td class="datum">vast te stellen<span class="onder">(was najaar 2022)</span></td>'
            '<td class="datum">31 december 2022</td><td class="nr">1.427 dagen</td>') in html
    stoplicht = run("report", "stoplicht", "-f", "html", *peil).out
    assert ('<td>vast te stellen<span class="onder">(was najaar 2022)</span><span class="onder">'
            '(31 december 2022)</span></td>') in stoplicht
    table = run("status", *peil).out
    row = next(ln for ln in table.splitlines() if ln.startswith("1.1.3 "))
    assert "  Gemeente               vast te stellen (was najaar 2022)    31-12-2022  open  " in row
    assert ("| Gemeente | vast te stellen (was najaar 2022) | 31 december 2022 | open | rood | "
            "1.427 dagen |") in run("status", *peil, "--format", "md").out
    toon = " ".join(run("toon", "1.1.3", *peil).out.split())
    assert ("Termijn: vast te stellen (was najaar 2022: tot er een nieuwe is, geldt uiterlijk "
            "31 december 2022)") in toon
    row = next(a for a in json.loads(run("status", "--format", "json", *peil).out)
               if a["nr"] == "1.1.3")
    assert (row["termijn"], row["vorige_termijn"], row["uiterlijk"]) == (
        "vast te stellen", "najaar 2022", "2022-12-31")
    csv = run("status", *peil, "--format", "csv").out.splitlines()
    assert csv[0].endswith(";agenda_concept;vorige_termijn")
    assert next(ln for ln in csv if ln.startswith("1.1.3;")).endswith(";ja;najaar 2022")
    assert json.loads(run("toon", "1.1.3", *peil, "--format", "json").out)[
        "vorige_termijn"] == "najaar 2022"


def test_a_termijn_set_again_needs_no_explanation(run, ws):
    """Once a new termijn is set and vastgesteld, it shows as written, without 'was'."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    _fill_in(ws, "agenda-2026-2027.yaml", "1.1.3", "najaar 2027", "2026-11-20")
    row = next(a for a in json.loads(run("status", "--format", "json", "--peildatum",
                                         "2026-11-27").out) if a["nr"] == "1.1.3")
    assert (row["termijn"], row["vorige_termijn"]) == ("najaar 2027", None)
    table = run("status", "--peildatum", "2026-11-27").out
    row = next(ln for ln in table.splitlines() if ln.startswith("1.1.3 "))
    assert "  najaar 2027  " in row and "(was" not in row


def test_a_row_keeps_the_termijn_before_it_not_the_one_after_it(run, ws):
    """1.1.3 stays 'vast te stellen' in 2024-2025 and goes on to 2026-2027: there it counts
    najaar 2022, the last termijn set, until 2026-2027 sets najaar 2026. Seen from 2024-2025 in
    2027, that row still counts najaar 2022, the termijn before it; the one set after it is not
    what it 'was'."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    ws.replace("agenda-2024-2025.yaml", "titel: Uitvoeringsagenda 2024-2025\n",
               "titel: Uitvoeringsagenda 2024-2025\nvastgesteld: 2024-05-14\n")
    assert run("agenda", "nieuw", "2026-2027").code == 0
    # carried twice without a new termijn: still late by najaar 2022, not by 'vast te stellen'
    r = run("status", "--peildatum", "2026-11-27", "--format", "json")
    row = next(a for a in json.loads(r.out) if a["nr"] == "1.1.3")
    assert (row["agenda"], row["vorige_termijn"], row["stoplicht"], row["dagen_te_laat"]) == (
        "2026-2027", "najaar 2022", "rood", 1427)
    _fill_in(ws, "agenda-2026-2027.yaml", "1.1.3", "najaar 2026", "2026-06-20")
    r = run("status", "--peildatum", "2027-01-01", "--agenda", "2024-2025", "--format", "json")
    row = next(a for a in json.loads(r.out) if a["nr"] == "1.1.3")
    assert (row["termijn"], row["vorige_termijn"], row["uiterlijk"], row["doorgeschoven"]) == (
        "vast te stellen", "najaar 2022", "2022-12-31", "2026-2027")
    r = run("status", "--peildatum", "2027-01-01", "--agenda", "2024-2025", "-t", "Gemeente")
    assert "vast te stellen (was najaar 2022)" in r.out
