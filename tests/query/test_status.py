"""`pa status` and `pa overdue` on the shipped data, against lists worked out from the document."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import AGENDA

# Worked out by hand from Bijlage 2: the actions whose termijn ended before the peildatum.
# 2022: "2022", "najaar 2022", "eind 2022" end 31-12-2022; "juni 2022" ends 30-06-2022.
LATE_2023 = {
    "Gemeente": ["1.1.3", "1.1.9", "2.1", "3.3", "3.5", "3.8", "4.1", "5.1"],
    "Corporaties": ["1.1.2", "3.6", "4.9"],
    "Clavis": ["1.1.2", "3.6", "4.9"],
    "WZV": ["1.1.2", "3.6", "4.9"],
    "Huurdersorganisaties": [],
    "SHB": [],
}
# 2023 adds "2023", "2022/2023", "2022 en 2023" and "voorjaar 2023" (30-06-2023); "vanaf 2023"
# (2.7) is ongoing and never late on time alone.
LATE_2024 = {
    "Gemeente": ["1.1.3", "1.1.9", "1.1.10", "2.1", "2.8", "3.3", "3.5", "3.8", "4.1", "4.2",
                 "4.3", "4.4", "4.5", "5.1"],
    "Corporaties": ["1.1.2", "1.1.5", "1.1.10", "2.8", "3.6", "4.7", "4.9", "5.3", "5.4"],
    "Clavis": ["1.1.2", "1.1.5", "1.1.10", "2.8", "3.6", "4.7", "4.9", "5.3", "5.4"],
    "Huurdersorganisaties": ["3.7"],
    "Bewonersraad Clavis": ["3.7"],
}


def _json(run, *args):
    r = run("status", "--format", "json", *args)
    assert r.code == 0, r.err
    return json.loads(r.out)


@pytest.mark.parametrize("peildatum, expected", [("2023-01-01", LATE_2023),
                                                 ("2024-01-01", LATE_2024)])
def test_late_actions_per_trekker(run, ws, peildatum, expected):
    """--te-laat per trekker lists exactly the actions worked out by hand."""
    for trekker, nrs in expected.items():
        rows = _json(run, "--te-laat", "--peildatum", peildatum, "--trekker", trekker)
        assert [r["nr"] for r in rows] == nrs, trekker
        assert all(r["stoplicht"] == "rood" for r in rows)


def test_the_heading_names_every_trekker_asked_for(run, ws):
    """Two trekkers, asked for by any of their names: the heading of status names a party by its
    short name and a group by its name, one ', ' apart; the calendar's heading too."""
    r = run("status", "--peildatum", "2023-04-01", "-t", "gemeente Terneuzen", "-t", "Woongoed")
    assert r.out.splitlines()[0] == "Stand op 1 april 2023, trekker Gemeente, WZV"
    r = run("kalender", "--van", "2023-01-01", "-t", "Gemeente", "-t", "Corporaties")
    assert r.out.splitlines()[0] == ("Kalender 1 januari 2023 t/m 31 december 2023, trekker "
                                     "Gemeente, Corporaties")


def test_done_when_gemeente_late_on_1_january_2023(run, ws):
    """The issue's example: Gemeente's actions (alone or joint) whose termijn ended in 2022."""
    r = run("status", "--trekker", "Gemeente", "--te-laat", "--peildatum", "2023-01-01")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "Stand op 1 januari 2023, trekker Gemeente"
    assert [ln.split()[0] for ln in lines[3:11]] == LATE_2023["Gemeente"]
    assert lines[-1] == ("8 acties: 8 rood, 0 oranje, 0 groen, 0 grijs (oranje: termijn binnen "
                         "8 weken)")


def test_json_keys_and_values(run, ws):
    """JSON rows carry exactly the documented keys, with party names and ISO dates."""
    rows = _json(run, "--peildatum", "2023-01-01", "--trekker", "Gemeente", "--te-laat")
    assert rows[3] == {
        "nr": "3.3", "afspraak": "3.3", "thema": "3", "onderwerp": "Samenwerking met zorg",
        "actie": "Bespreken behoeften en kansen per kern en benodigde samenwerking bestuurlijk "
                 "en operationeel.",
        "trekker": ["Gemeente Terneuzen"], "termijn": "juni 2022", "uiterlijk": "2022-06-30",
        "status": "open", "stoplicht": "rood", "dagen_te_laat": 185,
        "agenda": "2022-2023", "herkomst": None, "doorgeschoven": None, "agenda_concept": False,
        "vorige_termijn": None,
    }


def test_joint_and_group_actions_match_members(run, ws):
    """Clavis finds 'Corporaties' and 'Corporaties en gemeente'; Corporaties finds its members."""
    clavis = {r["nr"] for r in _json(run, "--trekker", "clavis", "--peildatum", "2023-01-01")}
    assert {"1.1.2", "1.1.10", "1.2.2"} <= clavis  # Corporaties; Corporaties + Gemeente
    assert "3.9" in clavis  # Clavis alone
    corporaties = {r["nr"] for r in _json(run, "-t", "Corporaties", "--peildatum", "2023-01-01")}
    assert {"3.2", "3.9"} <= corporaties  # WZV alone, Clavis alone
    gemeente = {r["nr"] for r in _json(run, "-t", "Gemeente", "--peildatum", "2023-01-01")}
    assert {"1.1.10", "2.5", "2.8"} <= gemeente and "3.9" not in gemeente


def test_woongoed_alias_and_repeated_trekker(run, ws):
    """Aliases work, and --trekker may be repeated (union)."""
    wzv = {r["nr"] for r in _json(run, "-t", "Woongoed", "--peildatum", "2023-01-01")}
    both = {r["nr"] for r in _json(run, "-t", "WZV", "-t", "SHB", "--peildatum", "2023-01-01")}
    assert "3.2" in wzv and wzv < both and "3.7" in both


def test_unknown_trekker_is_a_usage_error(run, ws):
    """An unknown name is exit 2 and lists the known ones."""
    r = run("status", "--trekker", "Provincie")
    assert r.code == 2
    assert r.err.strip() == ("pa: trekker 'Provincie' is onbekend; bekend: Gemeente, Clavis, WZV, "
                             "SHB, Bewonersraad Clavis, Corporaties, Huurdersorganisaties")


def test_stoplicht_rules(run, ws):
    """gereed is groen, vervallen grijs, within the marge oranje, ongoing never rood."""
    ws.replace(AGENDA, "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\"",
               "termijn: najaar 2022\n    status: gereed\n\n  - nr: \"1.1.3\"")
    ws.replace(AGENDA, "termijn: eind 2022\n    status: open", "termijn: eind 2022\n    status: "
               "vervallen")
    rows = {r["nr"]: r for r in _json(run, "--peildatum", "2022-11-15")}
    assert rows["1.1.2"]["stoplicht"] == "groen"  # gereed, though late
    assert rows["1.1.9"]["stoplicht"] == "grijs"
    assert rows["1.1.3"]["stoplicht"] == "oranje"  # 31-12-2022 is within 8 weeks
    assert rows["2.1"]["stoplicht"] == "oranje"
    assert rows["2.7"]["stoplicht"] == "groen"  # vanaf 2023: ongoing
    assert rows["4.3"]["stoplicht"] == "groen"  # 2023: far away
    narrow = {r["nr"]: r for r in _json(run, "--peildatum", "2022-11-15", "--marge", "4")}
    assert narrow["1.1.3"]["stoplicht"] == "groen"
    late = {r["nr"]: r for r in _json(run, "--peildatum", "2030-01-01")}
    assert late["2.7"]["stoplicht"] == "groen" and late["1.1.1"]["stoplicht"] == "groen"


def test_deadline_day_itself_is_not_late(run, ws):
    """On the last day of the termijn the action is oranje, the day after rood."""
    on = {r["nr"]: r for r in _json(run, "--peildatum", "2022-06-30")}
    after = {r["nr"]: r for r in _json(run, "--peildatum", "2022-07-01")}
    assert on["3.3"]["stoplicht"] == "oranje" and on["3.3"]["dagen_te_laat"] is None
    assert after["3.3"]["stoplicht"] == "rood" and after["3.3"]["dagen_te_laat"] == 1


def test_marge_settable_in_data(run, ws):
    """instellingen.marge_weken in afspraken.yaml changes the default warning window."""
    ws.replace("afspraken.yaml", "gemeente: Terneuzen\n",
               "gemeente: Terneuzen\ninstellingen:\n  marge_weken: 2\n")
    rows = {r["nr"]: r for r in _json(run, "--peildatum", "2022-11-15")}
    assert rows["1.1.3"]["stoplicht"] == "groen"


def test_filters(run, ws):
    """--thema, --status, --stoplicht narrow the list; empty rows only with --alles."""
    assert {r["thema"] for r in _json(run, "--thema", "4")} == {"4"}
    assert len(_json(run)) == 43
    alles = _json(run, "--alles")
    assert len(alles) == 54 and sum(r["stoplicht"] is None for r in alles) == 11
    assert _json(run, "--status", "gereed") == []
    assert len(_json(run, "--stoplicht", "rood", "--peildatum", "2023-01-01")) == 11


@pytest.mark.parametrize("args, message", [
    (("--thema", "9"), "pa: thema '9' bestaat niet; kies uit: 1, 2, 3, 4, 5"),
    (("--status", "klaar"), "pa: status 'klaar' bestaat niet; kies uit: open, lopend, gereed, "
     "vervallen"),
    (("--stoplicht", "paars"), "pa: stoplicht 'paars' bestaat niet; kies uit: rood, oranje, "
     "groen, grijs"),
    (("--peildatum", "31-02-2023"), "pa: --peildatum '31-02-2023' is geen datum: 31 februari "
     "2023 bestaat niet (februari 2023 heeft 28 dagen); bedoelt u 28-02-2023?"),
    (("--peildatum", "31-12-26"), "pa: --peildatum '31-12-26' is geen datum; bedoelt u "
     "31-12-2026?"),
    (("--peildatum", "gisteren"), "pa: --peildatum 'gisteren' is geen datum; schrijf "
     "bijvoorbeeld 27-11-2026, 27 november 2026 (ook 27 nov 2026) of 2026-11-27"),
    (("--format", "xlsx"), "pa: --format 'xlsx' bestaat niet; kies uit: table, json, csv, md"),
    (("--marge=-1",), "pa: --marge moet 0 of meer weken zijn"),
])
def test_bad_options(run, ws, args, message):
    """Bad option values are exit 2 with the allowed values."""
    r = run("status", *args)
    assert (r.code, r.err.strip()) == (2, message)


def test_csv_is_for_dutch_excel(run, ws):
    """CSV: semicolons, UTF-8 with BOM, one row per action, trekker names joined."""
    r = run("status", "--format", "csv", "-t", "Gemeente", "--te-laat", "--peildatum",
            "2023-01-01")
    assert r.out.startswith("\ufeffnr;afspraak;thema;onderwerp;actie;trekker;termijn;uiterlijk;"
                            "status;stoplicht;dagen_te_laat;agenda;herkomst;doorgeschoven;"
                            "agenda_concept;vorige_termijn\r\n")
    rows = list(csv.DictReader(io.StringIO(r.out.lstrip("\ufeff")), delimiter=";"))
    assert [row["nr"] for row in rows] == LATE_2023["Gemeente"]
    assert rows[0]["trekker"] == "Gemeente Terneuzen" and rows[0]["dagen_te_laat"] == "1"


def test_markdown_table(run, ws):
    """Markdown: a heading, one table row per action, the summary."""
    r = run("status", "--format", "md", "-t", "Gemeente", "--te-laat", "--peildatum",
            "2023-01-01")
    lines = r.out.splitlines()
    assert lines[0] == "**Stand op 1 januari 2023, trekker Gemeente**"
    assert lines[2] == ("| nr | onderwerp | actie | trekker | termijn | uiterlijk | status | "
                        "stoplicht | te laat |")
    assert lines[4].startswith("| 1.1.3 | In samenhang sturen op gebiedsontwikkeling | Eerste "
                               "Bouwtafel")
    assert lines[4].endswith("| Gemeente | najaar 2022 | 31 december 2022 | open | rood | "
                             "1 dag |")
    assert len([ln for ln in lines if ln.startswith("| ")]) == 9


def test_no_colour_in_a_pipe_and_with_no_color(run, ws, monkeypatch):
    """Plain text when not on a terminal; FORCE_COLOR adds colour, NO_COLOR always wins."""
    assert "\x1b[" not in run("status", "--peildatum", "2023-01-01").out
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = run("status", "--peildatum", "2023-01-01").out
    assert "\x1b[31mrood" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("status", "--peildatum", "2023-01-01").out


def test_overdue_per_party(run, ws):
    """pa overdue groups late actions per party, joint ones under each, most days late first."""
    r = run("overdue", "--peildatum", "2023-01-01", "--format", "json")
    report = json.loads(r.out)
    groups = {g["kort"]: [a["nr"] for a in g["acties"]] for g in report["partijen"]}
    assert groups == {
        "Gemeente": ["3.3", "1.1.3", "1.1.9", "2.1", "3.5", "3.8", "4.1", "5.1"],
        "Clavis": ["1.1.2", "3.6", "4.9"],
        "WZV": ["1.1.2", "3.6", "4.9"],
    }
    assert [g["aantal"] for g in report["partijen"]] == [8, 3, 3]


def test_overdue_text_and_alias(run, ws):
    """`pa te-laat` is the same command; the text ends with counts per party."""
    a = run("overdue", "--peildatum", "2024-01-01")
    b = run("te-laat", "--peildatum", "2024-01-01")
    assert a.out == b.out and a.code == 0
    assert a.out.splitlines()[0] == "Te laat op 1 januari 2024"
    assert "Gemeente Terneuzen: 14 acties te laat" in a.out
    # 14 + 9 - 2 joint (1.1.10, 2.8) + 3.7 = 22 distinct actions
    assert a.out.splitlines()[-1] == ("22 acties te laat; per partij: Gemeente 14, Clavis 9, "
                                      "WZV 9, SHB 1, Bewonersraad Clavis 1")


def test_overdue_for_one_trekker(run, ws):
    """--trekker Corporaties shows its members only."""
    r = run("overdue", "--peildatum", "2023-01-01", "-t", "Corporaties", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(r.out.lstrip("\ufeff")), delimiter=";"))
    assert {row["partij"] for row in rows} == {"Clavis", "Woongoed Zeeuws-Vlaanderen"}


def test_overdue_markdown(run, ws):
    """Markdown: one section per party."""
    r = run("overdue", "--peildatum", "2023-01-01", "-f", "md")
    assert "### Gemeente Terneuzen: 8 acties te laat" in r.out
    assert r.out.count("| nr | onderwerp |") == 3


def test_nothing_late(run, ws):
    """Before any deadline nothing is late, and pa says so."""
    r = run("overdue", "--peildatum", "2022-01-01")
    assert r.out.splitlines()[-3:] == ["Niets te laat.", "", "0 acties te laat; per partij: geen"]
