"""The stand on a past peildatum is the stand of that date, as the voortgang history had it."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import AGENDA, DATA
from pa_cli.load.dataset import load
from pa_cli.model.records import STATUSES, Voortgang
from pa_cli.query.stand import Filter, stand

DS = load(DATA)
ROW = next(r for r in DS.agendas[0].rijen if r.nr == "3.3")  # termijn juni 2022, status open
START = date(2022, 1, 1)


def _status_line(out: str, nr: str) -> list[str]:
    return next(ln.split() for ln in out.splitlines() if ln.startswith(nr + " "))


def test_issue_scenario_set_later_does_not_change_the_past(run, ws):
    """After `pa set 3.3 gereed` dated 2026, the stand of 1 January 2023 still shows open, rood."""
    assert run("set", "3.3", "--status", "gereed", "--datum", "2026-10-15").code == 0
    r = run("status", "--peildatum", "2023-01-01")
    assert r.code == 0, r.err
    cells = _status_line(r.out, "3.3")
    assert cells[-5:] == ["30-06-2022", "open", "rood", "185", "dagen"]
    assert _status_line(run("status", "--peildatum", "2026-10-15").out, "3.3")[-3:] == [
        "30-06-2022", "gereed", "groen"]
    late = json.loads(run("overdue", "--peildatum", "2023-01-01", "--format", "json").out)
    assert "3.3" in json.dumps(late)
    assert [a["nr"] for a in json.loads(run("status", "--peildatum", "2023-01-01", "--status",
                                            "open", "--format", "json").out)].count("3.3") == 1


def test_toelichting_of_that_moment_in_reports(run, ws):
    """A report for a past date shows the status and toelichting of that date, not of today."""
    for day, status, note in [("2022-09-01", "lopend", "Eerste gesprek met zorgpartijen"),
                              ("2023-06-01", "gereed", "Afspraken vastgelegd")]:
        assert run("set", "3.3", "-s", status, "-m", note, "--datum", day).code == 0
    past = run("report", "stoplicht", "--peildatum", "2023-01-01").out
    row = next(ln for ln in past.splitlines() if "Bespreken behoeften en kansen" in ln)
    assert "| lopend |" in row and "Eerste gesprek met zorgpartijen" in row
    assert "rood" in row and "Afspraken vastgelegd" not in row
    before = run("report", "agenda", "--peildatum", "2022-08-01").out
    row = next(ln for ln in before.splitlines() if "Bespreken behoeften en kansen" in ln)
    assert "| open |" in row and "Eerste gesprek" not in row
    now = run("report", "stoplicht", "--peildatum", "2023-07-01").out
    row = next(ln for ln in now.splitlines() if "Bespreken behoeften en kansen" in ln)
    assert "| gereed |" in row and "Afspraken vastgelegd" in row and "groen" in row


# -- property: the answer is a plain replay of the history up to the peildatum --------------------

notes = st.none() | st.sampled_from(["gestart", "wacht op GGD", "afgerond", "geschrapt"])
steps = st.lists(st.tuples(st.integers(0, 2000), st.sampled_from(STATUSES), notes), max_size=6)


def _plain_replay(history: list[tuple[date, str, str | None]], peildatum: date,
                  ) -> tuple[str, str | None]:
    """Walk the history step by step up to the peildatum, as a person reading the file would."""
    status, note = "open", None
    for day, new, text in history:
        if day > peildatum:
            continue
        if text is not None:
            note = text
        elif new != status:
            note = None
        status = new
    return status, note


@settings(max_examples=200, deadline=None)
@given(raw=steps, offset=st.integers(-30, 2100))
def test_stand_is_a_replay_of_the_history(raw, offset):
    """For any history and peildatum, status, toelichting and stoplicht follow the replay."""
    history = sorted(((START + timedelta(days=d), s, t) for d, s, t in raw), key=lambda h: h[0])
    peildatum = START + timedelta(days=offset)
    saved = ROW.status, ROW.toelichting, ROW.voortgang
    try:
        ROW.voortgang = [Voortgang(d, s, t) for d, s, t in history]
        # the row itself as pa set leaves it: the state after the whole history
        ROW.status, ROW.toelichting = _plain_replay(history, date.max)
        actie = next(a for a in stand(DS, peildatum, Filter()).acties if a.rij is ROW)
    finally:
        ROW.status, ROW.toelichting, ROW.voortgang = saved
    status, note = _plain_replay(history, peildatum)
    assert (actie.status, actie.laatste_toelichting) == (status, note)
    late = peildatum > date(2022, 6, 30)
    expected = {"gereed": "groen", "vervallen": "grijs"}.get(status, "rood" if late else None)
    if expected:
        assert actie.stoplicht == expected
    else:
        assert actie.stoplicht in ("oranje", "groen")
    assert actie.as_json()["status"] == status


def test_row_without_history_keeps_its_own_status():
    """A row whose status was typed by hand, without voortgang, has that status on every date."""
    saved = ROW.status
    try:
        ROW.status = "lopend"
        for day in (date(2020, 1, 1), date(2030, 1, 1)):
            actie = next(a for a in stand(DS, day, Filter()).acties if a.rij is ROW)
            assert actie.status == "lopend"
    finally:
        ROW.status = saved


@pytest.mark.parametrize("peildatum, expected", [("2022-08-31", "open"), ("2022-09-01", "lopend"),
                                                 ("2026-10-14", "lopend"),
                                                 ("2026-10-15", "gereed")])
def test_status_filter_uses_the_status_of_that_date(run, ws, peildatum, expected):
    """--status selects by the status on the peildatum, on the boundary days too."""
    run("set", "3.3", "-s", "lopend", "-m", "gestart", "--datum", "2022-09-01")
    run("set", "3.3", "-s", "gereed", "-m", "klaar", "--datum", "2026-10-15")
    rows = json.loads(run("status", "--peildatum", peildatum, "--status", expected,
                          "--format", "json").out)
    assert "3.3" in [a["nr"] for a in rows]


@pytest.mark.parametrize("peildatum, expected", [
    ("2022-09-30", ["open", "groen"]),  # before the first step: open
    ("2022-10-01", ["gereed", "groen"]),  # the day of the last step: what the file says
    ("2023-01-01", ["gereed", "groen"]),
])
def test_from_its_last_step_on_a_row_has_the_status_its_file_gives(run, ws, peildatum, expected):
    """A status edited by hand without a voortgang step (validate warns, PA039): from the day
    of the last step on, pa status shows the row's own status, not the step's."""
    ws.replace(AGENDA, 'termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.3"',
               'termijn: najaar 2022\n    status: gereed\n    voortgang:\n      - datum: '
               '2022-10-01\n        status: lopend\n\n  - nr: "1.1.3"')
    r = run("status", "--peildatum", peildatum)
    assert r.code == 0, r.err
    assert _status_line(r.out, "1.1.2")[-2:] == expected
