"""`pa toon`: one action with its afspraak, its stand on the peildatum and its whole history."""

from __future__ import annotations

import json

from conftest import carry_1_1_3_twice as _carry_twice


def test_toon_one_action_without_history(run, ws):
    """An action never touched shows its afspraak, termijn and stand, and says it has no steps."""
    r = run("toon", "1.1.3", "--peildatum", "2023-01-01")
    assert r.code == 0, r.err
    assert r.out.startswith(
        "Actie 1.1.3 (agenda 2022-2023): In samenhang sturen op gebiedsontwikkeling\n\n"
        "Afspraak:     1.1.3: Partijen bespreken minimaal eens per jaar")
    assert "Termijn:      najaar 2022 (uiterlijk 31 december 2022)\n" in r.out
    assert "Stand:        open, stoplicht rood, 1 dag te laat (op 1 januari 2023)\n" in r.out
    assert r.out.endswith("Geschiedenis. In agenda 2022-2023.\n- nog geen voortgang vastgelegd\n")


def test_toon_an_action_carried_over_twice(run, ws, monkeypatch):
    """The history runs through all three agendas, each step and carry-over in order; long
    lines wrap at the terminal's width."""
    _carry_twice(run, ws)
    monkeypatch.setenv("COLUMNS", "80")
    r = run("toon", "1.1.3", "--agenda", "2026-2027", "--peildatum", "2026-11-27")
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == ("Actie 1.1.3 (agenda 2026-2027): In samenhang sturen op "
                                     "gebiedsontwikkeling")
    history = r.out.split("Geschiedenis. ", 1)[1]
    assert history == (
        "Via de agenda's 2022-2023, 2024-2025 en 2026-2027.\n"
        "- 3 november 2022: lopend (agenda 2022-2023, rij 1.1.3): Eerste bouwtafel\n"
        "  gepland\n"
        "- 14 mei 2024: doorgeschoven van agenda 2022-2023 (rij 1.1.3) naar agenda\n"
        "  2024-2025, status was lopend\n"
        "- 2 oktober 2024: lopend (agenda 2024-2025, rij 1.1.3): Bouwtafel Axel gehouden\n"
        "- 20 juni 2026: doorgeschoven van agenda 2024-2025 (rij 1.1.3) naar agenda\n"
        "  2026-2027, status was lopend\n"
        "- 2 november 2026: gereed (agenda 2026-2027, rij 1.1.3): Woonprogramma's per\n"
        "  kern vastgesteld\n")
    assert ("Stand:        gereed, stoplicht groen (op 27 november 2026); de afspraken zijn\n"
            "              in verlenging sinds 1 januari 2026\n") in r.out


def test_toon_the_old_row_tells_the_same_story(run, ws):
    """Asking for the oldest row gives the same chain: the history does not depend on the entry."""
    _carry_twice(run, ws)
    old = json.loads(run("toon", "1.1.3", "--agenda", "2022-2023", "-f", "json").out)
    new = json.loads(run("toon", "1.1.3", "--agenda", "2026-2027", "-f", "json").out)
    assert old["rijen"] == new["rijen"] == ["2022-2023/1.1.3", "2024-2025/1.1.3",
                                            "2026-2027/1.1.3"]
    assert old["geschiedenis"] == new["geschiedenis"]
    assert [s["soort"] for s in new["geschiedenis"]] == [
        "voortgang", "doorgeschoven", "voortgang", "doorgeschoven", "voortgang"]


def test_toon_json_shape(run, ws):
    """The JSON form carries the action, its afspraak text, stand and history."""
    r = run("toon", "2.8", "--peildatum", "2023-04-01", "--format", "json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert {k: data[k] for k in ("nr", "agenda", "afspraak", "termijn", "uiterlijk", "status",
                                 "stoplicht", "dagen_te_laat", "rijen", "geschiedenis")} == {
        "nr": "2.8", "agenda": "2022-2023", "afspraak": "2.8", "termijn": "2023",
        "uiterlijk": "2023-12-31", "status": "open", "stoplicht": "groen",
        "dagen_te_laat": None, "rijen": ["2022-2023/2.8"], "geschiedenis": []}
    assert data["afspraak_tekst"].startswith("Gemeente en corporaties verkennen gezamenlijk")


def test_toon_markdown_is_a_list_that_escapes_the_data(run, ws):
    """The Markdown form is headed by the action and escapes what comes from the data."""
    run("set", "2.8", "--status", "lopend", "-m", "Zie *notitie* | tabel", "--datum",
        "2023-02-01")
    r = run("toon", "2.8", "--peildatum", "2023-04-01", "-f", "md")
    assert r.code == 0, r.err
    assert r.out.startswith("### Actie 2.8 (agenda 2022-2023): Circulariteit\n\n- **Afspraak:** ")
    assert ("- 1 februari 2023: lopend (agenda 2022-2023, rij 2.8): Zie \\*notitie\\* \\| tabel"
            in r.out)


def test_toon_answers_an_unknown_or_empty_row(run, ws):
    """An unknown number gets 'bedoelt u', an empty row says it has no action; exit 2, and no
    'geweigerd', since toon changes nothing."""
    r = run("toon", "1.1.33")
    assert (r.code, r.out, r.err) == (2, "", "pa: er is geen agendarij 1.1.33; bedoelt u 1.1.3, "
                                      "1.1.13 of 1.2.3?\n")
    r = run("toon", "2.2")
    assert (r.code, r.err) == (2, "pa: agendarij 2.2 is leeg (geen actie); vul eerst de actie, "
                                  "trekker en status in het bestand in\n")
    r = run("toon", "1.1.3", "--agenda", "2030-2031")
    assert (r.code, r.err) == (2, "pa: agenda '2030-2031' bestaat niet; bekend: 2022-2023\n")


def test_toon_of_a_printed_row_number_is_that_row(run, ws):
    """1.1.5 is the printed number of row 'Verkoop' (afspraak 1.1.6) and the afspraak of row
    1.1.6: the exact row number wins (issue 20); afspraak:1.1.5 is the other row."""
    r = run("toon", "1.1.5", "--peildatum", "2023-03-01")
    assert (r.code, r.err) == (0, "")
    assert r.out.startswith("Actie 1.1.5 (agenda 2022-2023): Verkoop\n")
    r = run("toon", "afspraak:1.1.5", "--peildatum", "2023-03-01")
    assert (r.code, r.err) == (0, "")
    assert r.out.startswith("Actie 1.1.6 (agenda 2022-2023): Nieuwbouw\n")


def test_toon_on_a_past_peildatum_shows_the_action_as_it_stood(run, ws, monkeypatch):
    """1.1.3 carried twice and gereed on 2 november 2026: on 1 juni 2023 it stood in agenda
    2022-2023 with one step; what came later (two carry-overs, two steps) is not there yet,
    as pa status --peildatum does not count it."""
    _carry_twice(run, ws)
    monkeypatch.setenv("COLUMNS", "80")
    r = run("toon", "1.1.3", "--peildatum", "2023-06-01")
    assert r.code == 0, r.err
    assert "Verschoven:" not in r.out
    assert "Stand:        lopend, stoplicht rood, 152 dagen te laat (op 1 juni 2023)\n" in r.out
    assert r.out.split("Geschiedenis. ", 1)[1] == (
        "In agenda 2022-2023.\n"
        "- 3 november 2022: lopend (agenda 2022-2023, rij 1.1.3): Eerste bouwtafel\n"
        "  gepland\n")
    data = json.loads(run("toon", "1.1.3", "--peildatum", "2023-06-01", "-f", "json").out)
    assert data["rijen"] == ["2022-2023/1.1.3"]
    assert [(s["soort"], s["datum"]) for s in data["geschiedenis"]] == [
        ("voortgang", "2022-11-03")]
    assert (data["termijnen"], data["uitgesteld"]) == ([{"agenda": "2022-2023",
                                                         "termijn": "najaar 2022",
                                                         "voorstel": False}], 0)


def test_toon_before_a_vaststelling_shows_the_carry_over_into_a_concept(run, ws, monkeypatch):
    """On 1 februari 2024 1.1.3 stood in agenda 2024-2025, vastgesteld only on 14 mei 2024:
    carried into a concept, as pa status counts it; the steps of 2024 and 2026 not yet."""
    _carry_twice(run, ws)
    monkeypatch.setenv("COLUMNS", "80")
    r = run("toon", "1.1.3", "--peildatum", "2024-02-01")
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == ("Actie 1.1.3 (agenda 2024-2025): In samenhang sturen op "
                                     "gebiedsontwikkeling")
    assert r.out.split("Geschiedenis. ", 1)[1] == (
        "Via de agenda's 2022-2023 en 2024-2025.\n"
        "- 3 november 2022: lopend (agenda 2022-2023, rij 1.1.3): Eerste bouwtafel\n"
        "  gepland\n"
        "- doorgeschoven van agenda 2022-2023 (rij 1.1.3) naar agenda 2024-2025, een\n"
        "  concept (nog niet vastgesteld), status was lopend\n")
    old = run("toon", "2022-2023/1.1.3", "--peildatum", "2024-02-01")
    assert old.out.split("Geschiedenis. ", 1)[1] == r.out.split("Geschiedenis. ", 1)[1]
