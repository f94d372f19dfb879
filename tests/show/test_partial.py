"""Right before a meeting: status and overdue answer from the valid files, marked ONVOLLEDIG."""

from __future__ import annotations

import json

import pytest

from conftest import AFSPRAKEN, AGENDA
from terminal import in_terminal

NEW = "agenda-2024-2025.yaml"
PEIL = ("--peildatum", "2023-01-01")
MARK = ("ONVOLLEDIG: data/agenda-2024-2025.yaml bevat fouten en is weggelaten; deze stand "
        "komt alleen uit de bestanden zonder fouten. Los de fouten op (pa validate) voor het "
        "hele beeld.")


@pytest.fixture
def broken(ws):
    """A second agenda (as a pull request would add) with a misspelt termijn."""
    text = ws.read(AGENDA).replace("Uitvoeringsagenda 2022-2023", "Uitvoeringsagenda 2024-2025")
    ws.write(NEW, text.replace("termijn: najaar 2022", "termijn: najaaar 2022", 1))
    return ws


def _json_nrs(out: str) -> list[str]:
    return [a["nr"] for a in json.loads(out)]


def test_status_answers_from_the_valid_files(run, broken):
    """pa status prints the problems first, then the stand of the valid agenda, marked, exit 1."""
    r = run("status", *PEIL, "--te-laat")
    assert r.code == 1
    assert r.err.startswith("pa: de gegevens bevatten fouten (pa validate toont ze allemaal):\n"
                            f"data/{NEW}:22:14: fout PA012: agendarij 1.1.2: termijn 'najaaar "
                            "2022' is onbekend")
    assert r.err.rstrip().endswith(MARK)
    # the agenda left out still counts as one (its years are its own), so the heading names
    # the agenda answered from, as with two valid agendas
    assert r.out.startswith(MARK + "\n\nStand op 1 januari 2023, agenda 2022-2023\n")
    assert "11 acties: 11 rood" in r.out
    broken.path(NEW).unlink()
    alone = run("status", *PEIL, "--te-laat").out  # 2022-2023 alone: the same rows
    assert r.out == f"{MARK}\n\n" + alone.replace("2023\n", "2023, agenda 2022-2023\n", 1)


def test_status_json_stays_json(run, broken):
    """In JSON the answer stays parseable; the notice is on stderr and the exit code says it."""
    r = run("status", *PEIL, "--format", "json")
    assert r.code == 1 and MARK in r.err
    broken.path(NEW).unlink()
    assert _json_nrs(r.out) == _json_nrs(run("status", *PEIL, "--format", "json").out)


def test_overdue_answers_from_the_valid_files(run, broken):
    """pa overdue does the same: problems on stderr, the late actions of the valid files."""
    r = run("overdue", *PEIL, "--format", "md")
    assert r.code == 1
    assert r.out.startswith(f"**{MARK}**\n\n**Te laat op 1 januari 2023, agenda 2022-2023**")
    assert "11 acties te laat" in r.out


def test_o_file_is_marked_too(run, broken):
    """With -o the file carries the notice as well, and the exit code is still 1."""
    r = run("overdue", *PEIL, "-o", "laat.txt")
    assert r.code == 1
    assert (broken.root / "laat.txt").read_text(encoding="utf-8").startswith(MARK)


def test_broken_afspraken_leaves_nothing_to_answer(run, ws):
    """A broken afspraken.yaml: the problems, and that there is nothing to answer from."""
    ws.replace(AFSPRAKEN, "  - id: gemeente", "  - id: gemeente\n    id: dubbel")
    for command in ("status", "overdue"):
        r = run(command, *PEIL)
        assert (r.code, r.out) == (1, "")
        assert r.err.startswith("pa: de gegevens bevatten fouten; los ze eerst op")
        assert r.err.rstrip().endswith("afspraken.yaml bevat fouten of ontbreekt; zonder geldige "
                                       "afspraken kan pa geen stand geven, ook geen onvolledige")


@pytest.mark.parametrize("args", [("set", "1.1.3", "-s", "gereed"),
                                  ("report", "handout", "--peildatum", "2023-04-01"),
                                  ("kalender",)])
def test_writing_and_reports_stay_strict(run, broken, args):
    """pa set, reports and the other commands still refuse data with errors, writing nothing."""
    before = broken.snapshot()
    r = run(*args)
    assert (r.code, r.out) == (1, "")
    assert r.err.startswith("pa: de gegevens bevatten fouten; los ze eerst op")
    assert broken.snapshot() == before


def test_clean_data_is_not_marked(run, ws):
    """Without errors nothing changes: exit 0, no notice."""
    r = run("status", *PEIL)
    assert r.code == 0 and "ONVOLLEDIG" not in r.out + r.err


@pytest.fixture
def newest_broken(ws, run):
    """The year after pa agenda nieuw (issue 20, point 17): the new agenda has an error, the old
    one's rows were carried into it."""
    r = run("agenda", "nieuw", "2024-2025")
    assert r.code == 0, r.err
    text = ws.read(NEW)
    ws.write(NEW, text.replace("status: open", "status: klaar", 1))
    return ws


def test_an_error_in_the_newest_agenda_shows_no_old_termijn_as_late(run, newest_broken):
    """The stand for a peildatum in the broken agenda's years is that agenda (left out, so
    empty), not the old agenda whose carried rows would all be red."""
    r = run("status", "--peildatum", "2024-06-01")
    assert r.code == 1
    assert r.out.startswith(MARK + "\n\nStand op 1 juni 2024, agenda 2024-2025")
    assert "rood" not in r.out.replace("0 rood", "") and "dagen" not in r.out
    r = run("overdue", "--peildatum", "2024-06-01")
    assert "Niets te laat." in r.out and "0 acties te laat" in r.out
    old = json.loads(run("status", "--peildatum", "2024-06-01", "--agenda", "2022-2023",
                         "--format", "json").out)
    assert {a["doorgeschoven"] for a in old if a["actie"]} == {"2024-2025"}


def test_the_notice_shows_once_in_a_terminal(newest_broken):
    """On a terminal stderr and stdout are one screen: ONVOLLEDIG once, after the errors."""
    out = in_terminal(["status", "--peildatum", "2024-06-01"], newest_broken.root, 100, code=1)
    assert out.count("ONVOLLEDIG") == 1
    assert out.index("fout PA025") < out.index("ONVOLLEDIG") < out.index("Stand op")


def test_after_every_agenda_the_latest_by_its_years_counts_when_an_older_one_is_left_out(run,
                                                                                         ws):
    """An agenda left out for its errors stands last in pa's list of agendas; on a peildatum
    after every agenda pa still answers from the latest by its years (2024-2025), and says so."""
    ws.write(NEW, ws.read(AGENDA).replace("Uitvoeringsagenda 2022-2023",
                                          "Uitvoeringsagenda 2024-2025"))
    ws.write(AGENDA, ws.read(AGENDA).replace("termijn: najaar 2022", "termijn: najaaar 2022", 1))
    r = run("status", "--peildatum", "2026-03-01", "--format", "json")
    assert r.code == 1
    assert r.err.endswith(MARK.replace(NEW, AGENDA) + "\npa: Geen agenda voor 2026: pa gebruikt "
                          "agenda 2024-2025, de laatste daarvoor (kies een andere met --agenda "
                          "JAREN).\n")
    acties = json.loads(r.out)
    assert len(acties) == 43 and {a["agenda"] for a in acties} == {"2024-2025"}


def test_carried_actions_answer_when_the_agenda_they_came_from_is_left_out(run, ws):
    """After pa agenda nieuw, an error in the old agenda leaves it out: the carried actions of
    the new one still answer, without the old termijn that pa cannot read."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    ws.write(AGENDA, ws.read(AGENDA).replace("termijn: najaar 2022", "termijn: najaaar 2022", 1))
    r = run("status", "--peildatum", "2024-06-01", "--format", "json")
    assert r.code == 1
    assert r.err.rstrip().endswith(MARK.replace(NEW, AGENDA))
    acties = json.loads(r.out)
    assert len(acties) == 43 and {a["agenda"] for a in acties} == {"2024-2025"}
    row = next(a for a in acties if a["nr"] == "1.1.3")
    assert (row["termijn"], row["herkomst"], row["vorige_termijn"]) == (
        "vast te stellen", "2022-2023/1.1.3", None)


def test_an_action_carried_on_into_an_agenda_left_out_keeps_its_old_termijn(run, ws):
    """1.1.3 went on from 2022-2023 to 2024-2025 and 2026-2027, none of it set: with an error in
    2026-2027, the stand of 2025 (2024-2025, a concept) still judges it by najaar 2022."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    assert run("agenda", "nieuw", "2026-2027").code == 0
    newest = "agenda-2026-2027.yaml"
    ws.write(newest, ws.read(newest).replace("status: open", "status: klaar", 1))
    r = run("status", "--peildatum", "2025-03-01", "--format", "json")
    assert r.code == 1 and r.err.rstrip().endswith(MARK.replace(NEW, newest))
    row = next(a for a in json.loads(r.out) if a["nr"] == "1.1.3")
    assert (row["agenda"], row["termijn"], row["vorige_termijn"], row["stoplicht"],
            row["doorgeschoven"]) == ("2024-2025", "vast te stellen", "najaar 2022", "rood", None)
