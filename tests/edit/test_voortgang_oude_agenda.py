"""After `pa agenda nieuw` (issue 20, point 13): progress of the old agenda's own years stays
recordable on its row, a step from those years on the new row says where it belongs, and
carrying from an agenda that is still a concept says so. On Terneuzen's two-year agendas and
on the one-year agendas of a fictional gemeente (tests/fixtures/gemeenten/letters)."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import AGENDA, FIXTURES

NEW = "agenda-2024-2025.yaml"


@pytest.fixture
def carried(run, ws):
    """The shipped data with agenda 2024-2025 made by `pa agenda nieuw`."""
    r = run("agenda", "nieuw", "2024-2025")
    assert (r.code, r.err) == (0, "")  # Bijlage 2 is vastgesteld: no word about a concept
    assert r.out.splitlines()[-1] == ("Voortgang van vóór 2024 legt u vast op de rij in "
                                      "2022-2023, met die datum: pa set 2022-2023/NR --datum "
                                      "DATUM.")
    return ws


def _stand(run, peildatum: str, nr: str) -> dict:
    rows = json.loads(run("status", "--format", "json", "--peildatum", peildatum).out)
    return next(r for r in rows if r["nr"] == nr)


def test_a_step_of_the_old_years_goes_on_the_old_row(run, carried):
    """`pa set 2022-2023/1.1.3 --datum 3-11-2022` is recorded there, counts in the stand of
    that time, and says where the action lives on; the new row is untouched."""
    new = carried.read(NEW)
    r = run("set", "2022-2023/1.1.3", "-s", "gereed", "-m", "Bouwtafel gehouden", "--datum",
            "3-11-2022")
    assert r.code == 0, r.err
    assert r.out == "data/agenda-2022-2023.yaml:27: agendarij 1.1.3: open -> gereed\n"
    assert r.err == ("pa: let op: de actie loopt door in 2024-2025/1.1.3 (status open); pas "
                     "die rij zo nodig ook aan\n")
    assert carried.read(NEW) == new
    assert "      - datum: 2022-11-03\n        status: gereed\n" in carried.read(AGENDA)
    assert _stand(run, "2022-12-01", "1.1.3")["status"] == "gereed"
    # a plain NR with that --datum finds the same row, through the agenda of 2022
    r = run("set", "1.1.5", "-s", "lopend", "-m", "verkooplijst besproken", "--datum",
            "2023-05-01")
    assert r.code == 0, r.err
    assert r.out.startswith("data/agenda-2022-2023.yaml:")
    # and the step can be taken back there
    r = run("herstel", "2022-2023/1.1.3")
    assert r.code == 0, r.err
    assert "voortgang van 3 november 2022 teruggedraaid; gereed -> open" in r.out


def test_a_step_of_the_new_years_on_the_old_row_is_refused(run, carried):
    """Without --datum (today) or with one in the new agenda's years, the old row says where the
    action lives now, with the whole command, and that an earlier step can still go here."""
    before = carried.snapshot()
    r = run("set", "2022-2023/1.1.3", "-s", "lopend", "-m", "y", "--datum", "2-1-2024")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: agendarij 1.1.3 van 2022-2023 is doorgeschoven naar 2024-2025; leg de "
        "voortgang daar vast: pa set 2024-2025/1.1.3 --status lopend --toelichting y --datum "
        "2-1-2024. Een stap van vóór 1 januari 2024 (in 2022-2023) kan hier nog, met die "
        "--datum\n"))
    assert carried.snapshot() == before


def test_an_old_step_on_the_new_row_names_the_old_row(run, carried):
    """`pa set 2024-2025/1.1.3 --datum 3-11-2022` gives the command that records it; that
    command works."""
    before = carried.snapshot()
    r = run("set", "2024-2025/1.1.3", "-s", "lopend", "--datum", "3-11-2022", "-m", "x")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: --datum 3 november 2022 ligt vóór het begin van de agenda van deze rij "
        "(1 januari 2024); toen liep de actie nog in agenda 2022-2023/1.1.3: leg de stap daar "
        "vast, met pa set 2022-2023/1.1.3 --status lopend --toelichting x --datum "
        "3-11-2022\n"))
    assert carried.snapshot() == before
    assert run("set", "2022-2023/1.1.3", "--status", "lopend", "--toelichting", "x", "--datum",
               "3-11-2022").code == 0


def test_the_new_row_takes_the_steps_from_the_day_its_agenda_begins(run, carried):
    """The same boundary seen from the new row: a step of 31 december 2023 is sent to the old
    row, one of 1 januari 2024 is recorded on the new row."""
    before = carried.snapshot()
    r = run("set", "2024-2025/1.1.3", "-s", "lopend", "-m", "y", "--datum", "31-12-2023")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: --datum 31 december 2023 ligt vóór het begin van de agenda van deze rij "
        "(1 januari 2024); toen liep de actie nog in agenda 2022-2023/1.1.3: leg de stap daar "
        "vast, met pa set 2022-2023/1.1.3 --status lopend --toelichting y --datum "
        "31-12-2023\n"))
    assert carried.snapshot() == before
    r = run("set", "2024-2025/1.1.3", "-s", "lopend", "-m", "y", "--datum", "1-1-2024")
    assert (r.code, r.err) == (0, "")
    line = carried.line_of(NEW, 'nr: "1.1.3"')
    assert r.out == f"data/{NEW}:{line}: agendarij 1.1.3: open -> lopend\n"
    assert "      - datum: 2024-01-01\n        status: lopend\n" in carried.read(NEW)


def test_a_row_of_the_first_agenda_takes_a_step_of_before_its_years(run, ws):
    """A row that came from no earlier agenda takes a step dated before its agenda begins:
    there is no older row to send it to. pa says which agenda it used."""
    r = run("set", "1.1.3", "-s", "lopend", "--datum", "31-12-2021")
    assert (r.code, r.out) == (0, "data/agenda-2022-2023.yaml:25: agendarij 1.1.3: open -> "
                                  "lopend\n")
    assert r.err == ("pa: Geen agenda voor 2021: pa gebruikt agenda 2022-2023, de eerste (kies "
                     "een andere met --agenda JAREN).\n")
    assert "      - datum: 2021-12-31\n        status: lopend\n" in ws.read(AGENDA)


def test_herstel_on_a_carried_row_without_steps_points_to_the_new_row(run, carried):
    """`pa herstel` on the old row of an action carried on without a step of its own: nothing
    can be taken back there, and the refusal gives the command for the row where it lives now."""
    before = carried.snapshot()
    r = run("herstel", "2022-2023/3.5")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: agendarij 3.5 van 2022-2023 is doorgeschoven naar 2024-2025; leg de "
        "voortgang daar vast: pa herstel 2024-2025/3.5\n"))
    assert carried.snapshot() == before


def test_the_day_the_new_agenda_begins_belongs_to_the_new_row(run, carried):
    """The boundary: a step of 31 december 2023 still goes on the old row; one of 1 januari 2024,
    the day the new agenda begins, is refused there and sent to the new row."""
    before = carried.snapshot()
    r = run("set", "2022-2023/1.1.3", "-s", "lopend", "-m", "y", "--datum", "1-1-2024")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: agendarij 1.1.3 van 2022-2023 is doorgeschoven naar 2024-2025; leg de "
        "voortgang daar vast: pa set 2024-2025/1.1.3 --status lopend --toelichting y --datum "
        "1-1-2024. Een stap van vóór 1 januari 2024 (in 2022-2023) kan hier nog, met die "
        "--datum\n"))
    assert carried.snapshot() == before
    r = run("set", "2022-2023/1.1.3", "-s", "lopend", "-m", "y", "--datum", "31-12-2023")
    assert r.code == 0, r.err
    assert "      - datum: 2023-12-31\n" in carried.read(AGENDA)


def test_called_from_python_the_refusal_names_the_plain_command(carried):
    """Without a command line (set_status and herstel called as a library) the refusal on the
    old row names `pa set` or `pa herstel` with the new row, and the refusal of an old step on
    the new row names `pa set` with the old row."""
    from datetime import date

    from pa_cli.edit import record

    before = carried.snapshot()
    with pytest.raises(record.Refused) as refused:
        record.set_status(carried.data, "2022-2023/1.1.3", "lopend", None, date(2024, 1, 2))
    assert str(refused.value) == (
        "agendarij 1.1.3 van 2022-2023 is doorgeschoven naar 2024-2025; leg de voortgang daar "
        "vast: pa set 2024-2025/1.1.3. Een stap van vóór 1 januari 2024 (in 2022-2023) kan hier "
        "nog, met die --datum")
    with pytest.raises(record.Refused) as refused:
        record.herstel(carried.data, "2022-2023/3.5")
    assert str(refused.value) == (
        "agendarij 3.5 van 2022-2023 is doorgeschoven naar 2024-2025; leg de voortgang daar "
        "vast: pa herstel 2024-2025/3.5")
    with pytest.raises(record.Refused) as refused:  # and an old step on the new row
        record.set_status(carried.data, "2024-2025/1.1.3", "lopend", None, date(2022, 11, 3))
    assert str(refused.value) == (
        "--datum 3 november 2022 ligt vóór het begin van de agenda van deze rij (1 januari "
        "2024); toen liep de actie nog in agenda 2022-2023/1.1.3: leg de stap daar vast, met "
        "pa set 2022-2023/1.1.3")
    assert carried.snapshot() == before


def test_a_step_in_a_year_without_agenda_says_both_which_agenda_and_where_it_lives_on(run, ws):
    """2022-2023 carried straight to 2026-2027: a step of 2025 goes on the row of 2022-2023 (the
    last agenda before 2025), and pa says both that it used that agenda and where the action
    lives on, in one line."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    r = run("set", "1.1.3", "-s", "lopend", "-m", "x", "--datum", "2025-03-01")
    assert (r.code, r.out) == (0, "data/agenda-2022-2023.yaml:27: agendarij 1.1.3: open -> "
                                  "lopend\n")
    assert r.err == ("pa: Geen agenda voor 2025: pa gebruikt agenda 2022-2023, de laatste "
                     "daarvoor (kies een andere met --agenda JAREN); let op: de actie loopt door "
                     "in 2026-2027/1.1.3 (status open); pas die rij zo nodig ook aan\n")


def test_a_step_on_the_first_of_three_rows_names_the_next_one(run, carried):
    """1.1.3 carried twice (2022-2023, 2024-2025, 2026-2027): a step of 2023 on the first row
    says that the action lives on in the next row, 2024-2025/1.1.3, not in the last one."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    r = run("set", "2022-2023/1.1.3", "-s", "lopend", "-m", "b", "--datum", "2023-05-01")
    assert (r.code, r.err) == (0, (
        "pa: let op: de actie loopt door in 2024-2025/1.1.3 (status open); pas die rij zo nodig "
        "ook aan\n"))


def test_carrying_from_a_concept_says_so(run, carried):
    """Agenda 2024-2025 has no `vastgesteld:`: making 2026-2027 from it carries its rows and
    says that they come from a concept; once vastgesteld, nothing is said."""
    r = run("agenda", "nieuw", "2026-2027")
    assert r.code == 0, r.err
    assert r.err == (
        "pa: let op: agenda 2024-2025 is nog een concept (geen 'vastgesteld:'); de acties en "
        "termijnen die nu doorschuiven komen uit dat concept. Stelde het overleg die agenda "
        "vast, zet dan 'vastgesteld: JJJJ-MM-DD' in data/agenda-2024-2025.yaml\n")


@pytest.fixture
def letters(tmp_path, monkeypatch):
    """Veldmere's one-year agendas, with 2027 made from 2026 by `pa agenda nieuw`."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "gemeenten" / "letters", target)
    (target / "agenda-2027.yaml").unlink()
    monkeypatch.chdir(tmp_path)
    return target


def test_one_year_agendas_too(run, letters):
    """A jaarschijf: a 2026 step on the carried row of 2027 names the row in 2026, where it
    is recorded; carrying 2028 from the concept of 2027 says so."""
    r = run("agenda", "nieuw", "2027")
    assert (r.code, r.err) == (0, "")
    r = run("set", "2027/A1", "-s", "lopend", "--datum", "1-11-2026", "-m", "x")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: --datum 1 november 2026 ligt vóór het begin van de agenda van deze rij "
        "(1 januari 2027); toen liep de actie nog in agenda 2026/A1: leg de stap daar vast, met "
        "pa set 2026/A1 --status lopend --toelichting x --datum 1-11-2026\n"))
    r = run("set", "2026/A1", "--status", "lopend", "--toelichting", "x", "--datum", "1-11-2026")
    assert r.code == 0, r.err
    assert "loopt door in 2027/A1 (status open)" in r.err
    r = run("agenda", "nieuw", "2028")
    assert r.code == 0, r.err
    assert "pa: let op: agenda 2027 is nog een concept" in r.err
