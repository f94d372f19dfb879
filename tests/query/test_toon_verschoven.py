"""`pa toon` answers "hoe vaak is dit al uitgesteld?" (issue 20, point 11): the termijn across
the agendas, a carry-over into a concept said as such, and an empty row that points to the
afspraak's last action in an earlier agenda."""

from __future__ import annotations

import json

from conftest import AGENDA, SECOND, _fill_in
from conftest import carry_1_1_3_twice as _carry_twice


def test_the_termijn_across_the_agendas(run, ws):
    """1.1.3: najaar 2022 -> najaar 2024 -> najaar 2026, twice put off, in text and JSON."""
    _carry_twice(run, ws)
    r = run("toon", "2026-2027/1.1.3")
    assert r.code == 0, r.err
    assert ("Verschoven:   najaar 2022 (2022-2023) -> najaar 2024 (2024-2025) -> najaar 2026 "
            "(2026-2027): 2 keer uitgesteld") in r.out
    data = json.loads(run("toon", "2026-2027/1.1.3", "--format", "json").out)
    assert data["termijnen"] == [
        {"agenda": "2022-2023", "termijn": "najaar 2022", "voorstel": False},
        {"agenda": "2024-2025", "termijn": "najaar 2024", "voorstel": False},
        {"agenda": "2026-2027", "termijn": "najaar 2026", "voorstel": False}]
    assert data["uitgesteld"] == 2


def test_one_agenda_has_no_line_of_moves(run, ws):
    r = run("toon", "1.1.3", "--peildatum", "2023-01-01")
    assert r.code == 0, r.err
    assert "Verschoven:" not in r.out


def test_a_carry_over_into_a_concept_is_no_unknown_date(run, ws):
    """Carried into an agenda not yet vastgesteld: said so, not 'datum onbekend'."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    r = run("toon", "2024-2025/3.5")
    assert r.code == 0, r.err
    assert "datum onbekend" not in r.out
    assert ("- doorgeschoven van agenda 2022-2023 (rij 3.5) naar agenda 2024-2025, een concept "
            "(nog niet vastgesteld), status was open") in r.out


def _1_1_2_done_in_2024_2025(run, ws) -> None:
    """1.1.2 was gereed on 15 oktober 2024 in 2024-2025, so 2026-2027 has an empty row 1.1.2."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    _fill_in(ws, "agenda-2024-2025.yaml", "1.1.2", "najaar 2024", "2024-04-01")
    assert run("set", "2024-2025/1.1.2", "-s", "gereed", "-m", "klaar", "--datum",
               "2024-10-15").code == 0
    assert run("agenda", "nieuw", "2026-2027").code == 0


def test_an_empty_row_points_to_the_last_action(run, ws):
    """`pa toon 1.1.2` on the empty row says where the action went and gives the command."""
    _1_1_2_done_in_2024_2025(run, ws)
    r = run("toon", "2026-2027/1.1.2")
    assert (r.code, r.err) == (2, (
        "pa: agendarij 1.1.2 is leeg (geen actie); vul eerst de actie, trekker en status in het "
        "bestand in; de laatste actie van afspraak 1.1.2: 2024-2025/1.1.2 (gereed op 15 oktober "
        "2024): pa toon 2024-2025/1.1.2\n"))
    assert run("toon", "2024-2025/1.1.2").code == 0


def test_pa_set_on_an_empty_row_says_where_the_action_went_without_a_command(run, ws):
    """`pa set` on that empty row is refused with the same pointer, but without a command: only
    `pa toon`, which reads, gives one."""
    _1_1_2_done_in_2024_2025(run, ws)
    before = ws.snapshot()
    r = run("set", "2026-2027/1.1.2", "-s", "lopend", "--datum", "2026-03-01")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: agendarij 1.1.2 is leeg (geen actie); vul eerst de actie, trekker en "
        "status in het bestand in; de laatste actie van afspraak 1.1.2: 2024-2025/1.1.2 (gereed "
        "op 15 oktober 2024)\n"))
    assert ws.snapshot() == before


def test_an_empty_row_points_to_the_last_actions_of_the_last_agenda_that_has_any(run, ws):
    """Afspraak 1.1.3 with two actions in 2022-2023, both gereed (1.1.3b by hand, without a
    step): in 2024-2025 and 2026-2027 its row is empty. The pointer skips the empty 2024-2025
    and names both actions, 'en' between them, each with its status and the day of the step
    that gave it where there is one; `pa toon` gives the command for the last."""
    ws.replace("agenda-2022-2023.yaml", '  - nr: "1.1.4"\n',
               SECOND.replace("status: open", "status: gereed").lstrip("\n")
               + '\n  - nr: "1.1.4"\n')
    assert run("set", "1.1.3", "-s", "gereed", "--datum", "2023-03-01").code == 0
    assert run("agenda", "nieuw", "2024-2025").code == 0
    assert run("agenda", "nieuw", "2026-2027").code == 0
    pointer = ("agendarij 1.1.3 is leeg (geen actie); vul eerst de actie, trekker en status in "
               "het bestand in; de laatste acties van afspraak 1.1.3: 2022-2023/1.1.3 (gereed op "
               "1 maart 2023) en 2022-2023/1.1.3b (gereed)")
    before = ws.snapshot()
    r = run("set", "2026-2027/1.1.3", "-s", "lopend", "--datum", "2026-03-01")
    assert (r.code, r.err) == (1, f"pa: geweigerd: {pointer}\n")
    assert ws.snapshot() == before
    r = run("toon", "2026-2027/1.1.3")
    assert (r.code, r.err) == (2, f"pa: {pointer}: pa toon 2022-2023/1.1.3b\n")


def test_an_empty_row_in_an_agenda_without_years_points_nowhere(run, ws):
    """An agenda without years in its name has no earlier agenda: the refusal on its empty row
    ends with what to fill in."""
    ws.path("agenda-2022-2023.yaml").rename(ws.path("agenda-concept.yaml"))
    r = run("set", "2.2", "-s", "gereed")
    assert (r.code, r.err) == (1, "pa: geweigerd: agendarij 2.2 is leeg (geen actie); vul eerst "
                                  "de actie, trekker en status in het bestand in\n")


def test_an_empty_row_points_back_only(run, ws):
    """Row 2.2 is empty in 2022-2023 and in 2024-2025, where afspraak 2.2 got an action of its
    own, 2.2b. Neither empty row points to 2.2b, beside or after it: 2022-2023 has no earlier
    agenda, and the one before 2024-2025 has no action for afspraak 2.2."""
    ws.write("agenda-2024-2025.yaml", ws.read("agenda-2022-2023.yaml").replace(
        "titel: Uitvoeringsagenda 2022-2023", "titel: Uitvoeringsagenda 2024-2025").replace(
        '  - nr: "2.3"', '  - nr: "2.2b"\n    afspraak: "2.2"\n    actie: Warmteplan Axel.\n'
        '    trekker: [Gemeente]\n    termijn: "2025"\n    status: open\n\n  - nr: "2.3"'))
    before = ws.snapshot()
    for nr, day in (("2022-2023/2.2", "2023-03-01"), ("2024-2025/2.2", "2024-05-01")):
        r = run("set", nr, "-s", "gereed", "--datum", day)
        assert (r.code, r.err) == (1, "pa: geweigerd: agendarij 2.2 is leeg (geen actie); vul "
                                      "eerst de actie, trekker en status in het bestand in\n")
    assert ws.snapshot() == before
    assert run("set", "2024-2025/2.2b", "-s", "gereed", "--datum", "2024-05-01").code == 0


def test_after_overlapping_agendas_an_empty_row_points_to_the_one_pa_uses(run, ws):
    """Agendas 2022 and 2022-2023 overlap (PA044: in their shared year pa uses 2022-2023); an
    empty row 1.1.2 in 2024-2025 points to the action in 2022-2023, the later of the two, not to
    the one whose file name sorts last."""
    text = ws.read(AGENDA)
    ws.write("agenda-2022.yaml", text.replace("titel: Uitvoeringsagenda 2022-2023",
                                              "titel: Uitvoeringsagenda 2022"))
    row = text[text.index('  - nr: "1.1.2"'):text.index('  - nr: "1.1.3"')]
    ws.write("agenda-2024-2025.yaml", text.replace(
        "titel: Uitvoeringsagenda 2022-2023", "titel: Uitvoeringsagenda 2024-2025").replace(
        row, '  - nr: "1.1.2"\n    onderwerp: Gezamenlijk inzicht in ontwikkelingen '
        'woningmarkt\n\n'))
    r = run("set", "2024-2025/1.1.2", "-s", "gereed", "--datum", "2024-05-01")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: agendarij 1.1.2 is leeg (geen actie); vul eerst de actie, trekker en "
        "status in het bestand in; de laatste actie van afspraak 1.1.2: 2022-2023/1.1.2 "
        "(open)\n"))
