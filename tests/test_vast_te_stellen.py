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
    """Once the werkgroep sets a new termijn, that one counts."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    _fill_in(ws, "agenda-2026-2027.yaml", "1.1.3", "najaar 2027", "2027-05-01")
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
        "(1 januari 2026); toen liep de actie nog in agenda 2022-2023/3.3, en daar telt een stap "
        "van die datum niet meer. Leg vast wat nu geldt met een datum vanaf het begin van deze "
        "agenda, en noem de eerdere datum in de toelichting\n"))
    assert ws.read("agenda-2026-2027.yaml") == before
    assert run("set", "2026-2027/3.3", "--status", "gereed", "--datum", "2-1-2026",
               "-m", "gereed sinds maart 2023").code == 0
