"""Commands with several actions per afspraak, several agendas, and carried actions."""

from __future__ import annotations

import json

from conftest import AGENDA, CARRIED, MOVED, SECOND, carry_1_1_3_twice

PEIL = ("--peildatum", "2023-04-01")
ROW_114 = '  - nr: "1.1.4"\n'


def _two_actions(ws) -> None:
    """Afspraak 1.1.3 gets a second action 1.1.3b, late on 1 april 2023 (rood)."""
    late = SECOND.lstrip("\n").replace("najaar 2023", "najaar 2022")
    ws.replace(AGENDA, ROW_114, late + "\n" + ROW_114)


def _json(run, *args):
    r = run(*args, "--format", "json")
    assert r.code == 0, r.err
    return json.loads(r.out)


def test_status_and_overdue_show_each_action(run, ws):
    """Both actions of afspraak 1.1.3 appear in status and, when late, in overdue."""
    _two_actions(ws)
    rows = [r["nr"] for r in _json(run, "status", *PEIL) if r["afspraak"] == "1.1.3"]
    assert rows == ["1.1.3", "1.1.3b"]
    late = _json(run, "overdue", *PEIL, "-t", "Clavis")["partijen"][0]["acties"]
    assert "1.1.3b" in [a["nr"] for a in late]


def test_set_by_letter_and_ambiguous_afspraak(run, ws):
    """pa set 1.1.3b changes that row; afspraak:1.1.3 names both candidates and writes nothing."""
    _two_actions(ws)
    r = run("set", "1.1.3b", "-s", "gereed", "--datum", "2023-03-01")
    assert r.code == 0 and "agendarij 1.1.3b: open -> gereed" in r.out
    before = ws.snapshot()
    r = run("set", "afspraak:1.1.3", "-s", "lopend", "--datum", "2023-03-01")
    assert r.code == 1
    assert r.err == _ambiguous(ws, "afspraak:1.1.3", AGENDA,
                               "pa set rij:{} --status lopend --datum 2023-03-01")
    assert ws.snapshot() == before


def _ambiguous(ws, nr: str, agenda: str, command: str | None) -> str:
    """The refusal of NR naming rows 1.1.3 and 1.1.3b of `agenda`, each with `command` (its
    {}: the row) or, without one, the line on how to choose."""
    lines = [f"pa: geweigerd: {nr} is dubbelzinnig; bedoelt u:"]
    for row in ("1.1.3", "1.1.3b"):
        line = ws.line_of(agenda, f'nr: "{row}"')
        lines.append(f"  data/{agenda}:{line}: rij {row} (hoort bij afspraak 1.1.3) - In "
                     "samenhang sturen op gebiedsontwikkeling")
        if command:
            lines.append("      " + command.format(row))
    if not command:
        lines.append("Kies met rij:NR (het nummer zoals gedrukt in de agenda), afspraak:NR (het "
                     "nummer van de afspraak) of --agenda JAREN.")
    return "\n".join(lines) + "\n"


def test_an_ambiguous_number_keeps_its_agenda_in_each_command(run, ws):
    """2024-2025/afspraak:1.1.3 names two rows: each command to type keeps '2024-2025/'."""
    _two_actions(ws)
    ws.write("agenda-2024-2025.yaml", ws.read(AGENDA).replace(
        "titel: Uitvoeringsagenda 2022-2023", "titel: Uitvoeringsagenda 2024-2025"))
    r = run("set", "2024-2025/afspraak:1.1.3", "-s", "lopend", "--datum", "2023-03-01")
    assert r.code == 1
    assert r.err == _ambiguous(ws, "2024-2025/afspraak:1.1.3", "agenda-2024-2025.yaml",
                               "pa set 2024-2025/rij:{} --status lopend --datum 2023-03-01")


def test_an_ambiguous_number_in_a_call_of_the_core_says_how_to_choose(ws):
    """Without a command line to repeat (pa used as a library), the refusal says how to choose."""
    from datetime import date

    import pytest

    from pa_cli.edit import record

    _two_actions(ws)
    with pytest.raises(record.Refused) as refused:
        record.set_status(ws.data, "afspraak:1.1.3", "lopend", None, date(2023, 3, 1))
    assert f"pa: geweigerd: {refused.value}\n" == _ambiguous(ws, "afspraak:1.1.3", AGENDA, None)


def test_a_number_in_two_agendas_without_years_keeps_each_agenda_in_its_command(run, ws):
    """Two agendas without years in their names both count (no date chooses between them): 1.1.3
    is a row in each, and each command to type names its agenda. A row without onderwerp is
    named without one."""
    text = ws.read(AGENDA)
    ws.path(AGENDA).unlink()
    ws.write("agenda-concept.yaml", text)
    ws.write("agenda-ontwerp.yaml", text.replace(
        "    onderwerp: In samenhang sturen op gebiedsontwikkeling\n", ""))
    line = ws.line_of("agenda-concept.yaml", 'nr: "1.1.3"')
    before = ws.snapshot()
    r = run("set", "1.1.3", "-s", "gereed")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: 1.1.3 is dubbelzinnig; bedoelt u:\n"
        f"  data/agenda-concept.yaml:{line}: rij 1.1.3 - In samenhang sturen op "
        "gebiedsontwikkeling\n"
        "      pa set concept/rij:1.1.3 --status gereed\n"
        f"  data/agenda-ontwerp.yaml:{line}: rij 1.1.3\n"
        "      pa set ontwerp/rij:1.1.3 --status gereed\n"))
    assert ws.snapshot() == before


def test_stoplicht_report_groups_actions_under_their_afspraak(run, ws):
    """The afspraak gets a head row with its most serious stoplicht, its actions below it."""
    _two_actions(ws)
    ws.replace(AGENDA, '    termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.3b"',
               '    termijn: najaar 2022\n    status: gereed\n\n  - nr: "1.1.3b"')
    md = run("report", "stoplicht", *PEIL).out
    lines = md.splitlines()
    head = next(i for i, ln in enumerate(lines) if ln.startswith("| **1.1.3** |"))
    assert "_2 acties_" in lines[head] and "🔴 rood (ernstigste)" in lines[head]
    assert lines[head + 1].startswith("| 1.1.3 |") and "🟢 groen" in lines[head + 1]
    assert lines[head + 2].startswith("| 1.1.3b |") and "🔴 rood" in lines[head + 2]
    html = run("report", "stoplicht", "-f", "html", *PEIL).out
    assert '<tr class="afspraak-kop"><td><strong>1.1.3</strong></td>' in html


def test_no_agenda_for_the_peildatum_says_so_in_one_line(run, ws):
    """In 2026 only the 2022-2023 agenda exists: status uses it and says so on stderr."""
    r = run("status", "--peildatum", "2026-03-01", "--format", "json")
    assert r.code == 0 and len(json.loads(r.out)) == 43
    assert r.err == ("pa: Geen agenda voor 2026: pa gebruikt agenda 2022-2023, de laatste "
                     "daarvoor (kies een andere met --agenda JAREN).\n")
    assert run("status", *PEIL).err == ""


def test_unknown_agenda_is_refused(run, ws):
    """--agenda with years no file has: exit 1 with the known agendas."""
    r = run("status", "--agenda", "2030-2031")
    assert (r.code, r.err) == (1, "pa: geweigerd: agenda '2030-2031' bestaat niet; bekend: "
                                  "2022-2023\n")
    ws.path(AGENDA).unlink()
    r = run("status", "--agenda", "2030-2031")
    assert (r.code, r.err) == (1, "pa: geweigerd: agenda '2030-2031' bestaat niet; bekend: geen\n")


def test_unknown_agenda_names_every_agenda_there_is(run, ws):
    """With several agendas the refusal lists them all, one ', ' apart, in file-name order; an
    agenda without years in its file name (agenda-concept.yaml) is known by what stands there
    instead, and --agenda names it so."""
    ws.write("agenda-2024-2025.yaml", ws.read(AGENDA).replace(
        "titel: Uitvoeringsagenda 2022-2023", "titel: Uitvoeringsagenda 2024-2025"))
    ws.write("agenda-concept.yaml", ws.read(AGENDA))
    r = run("status", "--agenda", "2030-2031")
    assert (r.code, r.err) == (1, "pa: geweigerd: agenda '2030-2031' bestaat niet; bekend: "
                                  "2022-2023, 2024-2025, concept\n")
    r = run("status", "--agenda", "concept", *PEIL, "-t", "Clavis")
    assert r.code == 0 and r.out.startswith("Stand op 1 april 2023, agenda concept, trekker "
                                            "Clavis\n")


def test_an_agenda_with_nothing_after_agenda_dash_is_not_offered(run, ws):
    """agenda-.yaml names no agenda: --agenda cannot choose it, so the refusal does not list it
    (it listed an empty name: 'bekend: , 2022-2023')."""
    ws.write("agenda-.yaml", ws.read(AGENDA))
    r = run("status", "--agenda", "2030-2031")
    assert (r.code, r.err) == (1, "pa: geweigerd: agenda '2030-2031' bestaat niet; bekend: "
                                  "2022-2023\n")
    ws.path(AGENDA).unlink()
    r = run("status", "--agenda", "2030-2031")
    assert (r.code, r.err) == (1, "pa: geweigerd: agenda '2030-2031' bestaat niet; bekend: geen\n")


def test_the_handout_of_an_agenda_with_nothing_after_agenda_dash(run, ws):
    """With only agenda-.yaml, as before the cycle, the handout shows its progress and its
    terugblik as pa status shows its rows (it refused: "agenda '' bestaat niet")."""
    ws.path(AGENDA).rename(ws.path("agenda-.yaml"))
    assert run("set", "1.1.2", "-s", "gereed", "--datum", "2023-03-01", "-m", "Besproken").code == 0
    r = run("report", "handout", *PEIL)
    assert (r.code, r.err) == (0, "")
    assert ("| 1 maart 2023 | 1.1.2 | Gezamenlijk inzicht in ontwikkelingen woningmarkt | gereed "
            "| Besproken |\n") in r.out
    assert ("| 1.1.2 | Gezamenlijk inzicht in ontwikkelingen woningmarkt | Corporaties | najaar "
            "2022 | te laat gereed | 1 maart 2023 |\n") in r.out


def test_without_years_in_any_file_name_every_agenda_counts(run, ws):
    """agenda-concept.yaml and agenda-oud.yaml name no years: as before the yearly cycle, pa
    status shows the actions of both on any peildatum, and names them both in its heading."""
    text = ws.read(AGENDA)
    ws.path(AGENDA).unlink()
    ws.write("agenda-concept.yaml", text)
    ws.write("agenda-oud.yaml", text)
    r = run("status", "--peildatum", "2021-06-01", "--format", "json")
    assert (r.code, r.err) == (0, "")
    assert [a["agenda"] for a in json.loads(r.out)] == ["concept"] * 43 + ["oud"] * 43
    r = run("status", *PEIL, "-t", "Clavis")
    assert r.out.startswith("Stand op 1 april 2023, agenda concept, oud, trekker Clavis\n")


def test_after_two_agendas_the_later_one_counts(run, ws):
    """In 2027, after agendas 2022-2023 and 2024-2025, pa uses 2024-2025 and says so."""
    ws.write("agenda-2024-2025.yaml", CARRIED)
    ws.replace(AGENDA, *MOVED)
    r = run("status", "--peildatum", "2027-03-01", "--format", "json")
    assert r.err == ("pa: Geen agenda voor 2027: pa gebruikt agenda 2024-2025, de laatste "
                     "daarvoor (kies een andere met --agenda JAREN).\n")
    assert [(a["agenda"], a["nr"]) for a in json.loads(r.out)] == [("2024-2025", "1.1.2")]


def test_an_agenda_named_by_years_in_reverse_is_used_on_no_peildatum(run, ws):
    """agenda-2025-2024.yaml: PA044 warns that pa uses it on no peildatum, and pa does not (in
    2026 it took it as the latest agenda before, over 2022-2023)."""
    ws.write("agenda-2025-2024.yaml", ws.read(AGENDA).replace("Uitvoeringsagenda 2022-2023",
                                                              "Uitvoeringsagenda 2025-2024"))
    assert "agenda '2025-2024' noemt geen jaren, dus pa gebruikt deze agenda bij geen enkele " \
           "peildatum" in run("validate").out
    r = run("status", "--peildatum", "2026-03-01", "--format", "json")
    assert r.err == ("pa: Geen agenda voor 2026: pa gebruikt agenda 2022-2023, de laatste "
                     "daarvoor (kies een andere met --agenda JAREN).\n")
    assert {a["agenda"] for a in json.loads(r.out)} == {"2022-2023"}


def test_a_row_carried_into_an_agenda_of_no_year_stays_where_it_is(run, ws):
    """1.1.2 carried into agenda-2025-2024.yaml (years in reverse: it covers no year, PA044):
    that agenda never begins, so in 2026 the action still counts in 2022-2023, late."""
    ws.write("agenda-2025-2024.yaml", CARRIED.replace("2024-2025", "2025-2024"))
    ws.replace(AGENDA, MOVED[0], MOVED[1].replace("2024-2025", "2025-2024"))
    r = run("status", "--peildatum", "2026-03-01", "--agenda", "2022-2023", "--format", "json")
    assert r.code == 0, r.err
    row = next(a for a in json.loads(r.out) if a["nr"] == "1.1.2")
    assert (row["doorgeschoven"], row["stoplicht"], row["dagen_te_laat"]) == (None, "rood", 1156)


def test_a_peildatum_before_every_agenda_uses_the_first_and_says_so(run, ws):
    """In 2021 no agenda has begun: status uses the first one, 2022-2023, and says so."""
    r = run("status", "--peildatum", "2021-06-01", "--format", "json")
    assert r.code == 0 and len(json.loads(r.out)) == 43
    assert r.err == ("pa: Geen agenda voor 2021: pa gebruikt agenda 2022-2023, de eerste (kies "
                     "een andere met --agenda JAREN).\n")




def test_carried_action_counts_once(run, ws):
    """In 2025 the action is in agenda 2024-2025; the old row shows it moved and is not counted."""
    ws.write("agenda-2024-2025.yaml", CARRIED)
    ws.replace(AGENDA, *MOVED)
    now = _json(run, "status", "--peildatum", "2025-03-01")
    assert [(r["agenda"], r["nr"], r["herkomst"]) for r in now] == [
        ("2024-2025", "1.1.2", "2022-2023/1.1.2")]
    old = _json(run, "status", "--peildatum", "2025-03-01", "--agenda", "2022-2023")
    moved = next(r for r in old if r["nr"] == "1.1.2")
    assert (moved["doorgeschoven"], moved["stoplicht"]) == ("2024-2025", None)
    text = run("status", "--peildatum", "2025-03-01", "--agenda", "2022-2023").out
    assert "doorgeschoven naar 2024-2025" in text
    assert "; 1 doorgeschoven (die tellen in de nieuwe agenda)" in text
    late = _json(run, "overdue", "--peildatum", "2025-03-01", "--agenda", "2022-2023")
    assert "1.1.2" not in [a["nr"] for p in late["partijen"] for a in p["acties"]]
    # before the new agenda began, the old row was the live action
    then = _json(run, "status", "--peildatum", "2023-01-01")
    assert next(r for r in then if r["nr"] == "1.1.2")["stoplicht"] == "rood"


def test_a_number_with_two_slashes_names_its_agenda_before_the_first(run, ws):
    """JAREN/ ends at the first '/': in 2022-2023/1.1.2/x the agenda is 2022-2023 and the rest,
    1.1.2/x, names no row; pa says so and offers the rows it looks like. Nothing is written."""
    before = ws.snapshot()
    r = run("set", "2022-2023/1.1.2/x", "-s", "gereed")
    assert (r.code, r.err) == (1, "pa: geweigerd: er is geen agendarij 1.1.2/x; bedoelt u 1.1.2 "
                                  "of 1.1.12?\n")
    assert ws.snapshot() == before


def test_a_filter_on_status_leaves_out_a_row_that_moved_on(run, ws):
    """Seen from 2022-2023 in 2025, 1.1.2 is still 'open' in its old row, but it moved on to
    2024-2025 and counts there: --status open (or --stoplicht) leaves it out."""
    ws.write("agenda-2024-2025.yaml", CARRIED)
    ws.replace(AGENDA, *MOVED)
    old = ("status", "--peildatum", "2025-03-01", "--agenda", "2022-2023")
    assert "1.1.2" in [a["nr"] for a in _json(run, *old)]
    for selection in (("--status", "open"), ("--stoplicht", "rood"), ("--status", "open",
                                                                        "--stoplicht", "rood")):
        shown = _json(run, *old, *selection)
        assert shown and "1.1.2" not in [a["nr"] for a in shown]


def test_moved_row_is_refused_by_set_with_where_it_went(run, ws):
    """pa set on the old row says where the action lives now, and writes nothing."""
    ws.write("agenda-2024-2025.yaml", CARRIED)
    ws.replace(AGENDA, *MOVED)
    before = ws.snapshot()
    r = run("set", "2022-2023/1.1.2", "-s", "gereed")
    assert (r.code, r.err) == (1, "pa: geweigerd: agendarij 1.1.2 van 2022-2023 is "
                                  "doorgeschoven naar 2024-2025; leg de voortgang daar vast: "
                                  "pa set 2024-2025/1.1.2 --status gereed. Een stap van vóór "
                                  "1 januari 2024 (in 2022-2023) kan hier nog, met die "
                                  "--datum\n")
    assert ws.snapshot() == before


def test_agenda_report_marks_the_moved_row(run, ws):
    """The agenda report of the old agenda shows 'doorgeschoven naar 2024-2025' on that row."""
    ws.write("agenda-2024-2025.yaml", CARRIED)
    ws.replace(AGENDA, *MOVED)
    md = run("report", "agenda", "--peildatum", "2025-03-01", "--agenda", "2022-2023").out
    row = next(ln for ln in md.splitlines() if "| 1.1.2 |" in ln)
    assert row.endswith("| doorgeschoven naar 2024-2025 |")


def test_stoplicht_report_of_the_old_agenda_says_where_an_action_went(run, ws):
    """Viewed with --agenda after the carry-over, an afspraak whose action moved says so."""
    ws.write("agenda-2024-2025.yaml", CARRIED)
    ws.replace(AGENDA, *MOVED)
    md = run("report", "stoplicht", "--peildatum", "2025-03-01", "--agenda", "2022-2023").out
    row = next(ln for ln in md.splitlines() if ln.startswith("| 1.1.2 |"))
    assert "| _doorgeschoven naar 2024-2025_ |" in row and row.endswith("| leeg |  |")
    html = run("report", "stoplicht", "-f", "html", "--peildatum", "2025-03-01", "--agenda",
               "2022-2023").out
    assert '<td class="leeg-tekst">doorgeschoven naar 2024-2025</td>' in html


def test_an_exact_row_number_wins_over_an_afspraak(run, ws):
    """With 1.1.3 and 1.1.3b in one agenda (as the manual teaches), `pa set 1.1.3`,
    `pa toon 1.1.3` and `pa herstel 1.1.3` mean row 1.1.3, not 'dubbelzinnig'."""
    _two_actions(ws)
    line = ws.line_of(AGENDA, 'nr: "1.1.3"')
    r = run("set", "1.1.3", "-s", "lopend", "-m", "Eerste bouwtafel", "--datum", "2023-03-01")
    assert (r.code, r.err) == (0, "")
    assert r.out == f"data/agenda-2022-2023.yaml:{line}: agendarij 1.1.3: open -> lopend\n"
    r = run("toon", "1.1.3", *PEIL)
    assert r.code == 0 and r.out.startswith("Actie 1.1.3 (agenda 2022-2023): In samenhang ")
    r = run("herstel", "1.1.3", "--agenda", "2022-2023")
    assert (r.code, r.err) == (0, "")
    assert "agendarij 1.1.3: voortgang van 1 maart 2023 teruggedraaid; lopend -> open" in r.out


def test_a_real_choice_gives_the_whole_command_to_type(run, ws):
    """afspraak:1.1.3 names two rows: the refusal gives each command as typed, with rij:NR."""
    _two_actions(ws)
    before = ws.snapshot()
    first, second = ws.line_of(AGENDA, 'nr: "1.1.3"'), ws.line_of(AGENDA, 'nr: "1.1.3b"')
    r = run("set", "afspraak:1.1.3", "-s", "gereed", "-m", "Besproken in 't overleg",
            "--datum", "2023-03-01")
    assert r.code == 1
    assert r.err.splitlines() == [
        "pa: geweigerd: afspraak:1.1.3 is dubbelzinnig; bedoelt u:",
        f"  data/agenda-2022-2023.yaml:{first}: rij 1.1.3 (hoort bij afspraak 1.1.3) - In "
        "samenhang sturen op gebiedsontwikkeling",
        "      pa set rij:1.1.3 --status gereed --toelichting 'Besproken in '\"'\"'t overleg' "
        "--datum 2023-03-01",
        f"  data/agenda-2022-2023.yaml:{second}: rij 1.1.3b (hoort bij afspraak 1.1.3) - In "
        "samenhang sturen op gebiedsontwikkeling",
        "      pa set rij:1.1.3b --status gereed --toelichting 'Besproken in '\"'\"'t overleg' "
        "--datum 2023-03-01",
    ]
    assert ws.snapshot() == before
    r = run("toon", "2022-2023/afspraak:1.1.3", "--format", "json")
    assert r.code == 2
    assert r.err.splitlines()[2::2] == ["      pa toon 2022-2023/rij:1.1.3 --format json",
                                        "      pa toon 2022-2023/rij:1.1.3b --format json"]
    assert run("herstel", "afspraak:1.1.3", "--agenda", "2022-2023").err.splitlines()[2::2] == [
        "      pa herstel rij:1.1.3 --agenda 2022-2023",
        "      pa herstel rij:1.1.3b --agenda 2022-2023"]


def _voortgang_nrs(run, peildatum: str, *args: str) -> list[tuple[str, str]]:
    r = run("report", "handout", "--peildatum", peildatum, "--sinds", "2022-01-01", *args)
    assert r.code == 0, r.err
    part = r.out.split("## 4. Voortgang sinds 1 januari 2022\n\n", 1)[1].split("\n\n## ")[0]
    return [tuple(line.split(" | ")[:2]) for line in part.splitlines()[2:]]


def test_the_handout_names_each_step_by_the_row_where_the_action_lives(run, ws):
    """1.1.3 went through three agendas. In April 2025 it lives in 2024-2025 (2026-2027 has not
    begun): its steps are 1.1.3 there, and 2024-2025/1.1.3 seen from 2022-2023; in December
    2026 it lives in 2026-2027, and its three steps are 1.1.3 there."""
    carry_1_1_3_twice(run, ws)
    assert _voortgang_nrs(run, "2025-04-01") == [("| 3 november 2022", "1.1.3"),
                                                 ("| 2 oktober 2024", "1.1.3")]
    assert _voortgang_nrs(run, "2025-04-01", "--agenda", "2022-2023") == [
        ("| 3 november 2022", "2024-2025/1.1.3"), ("| 2 oktober 2024", "2024-2025/1.1.3")]
    assert _voortgang_nrs(run, "2026-12-01") == [("| 3 november 2022", "1.1.3"),
                                                 ("| 2 oktober 2024", "1.1.3"),
                                                 ("| 2 november 2026", "1.1.3")]
