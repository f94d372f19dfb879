"""Corrections without editing YAML by hand: future dates, `pa herstel`, toelichting rules."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AGENDA, DATA, TODAY, Workspace
from pa_cli.base.fmt import datum_kort, datum_nl
from pa_cli.edit import record as edit
from pa_cli.edit import writer
from pa_cli.load.dataset import load
from pa_cli.model.records import STATUSES

LATER = TODAY + timedelta(days=1000)
ACTIONS = [r.nr for r in load(DATA).agendas[0].rijen if r.is_actie]
SWAPPED = {"1.1.5": "rij:1.1.5", "1.1.6": "rij:1.1.6"}  # printed numbers that are ambiguous


def _row(ws: Workspace, nr: str):
    return next(r for r in load(ws.data).agendas[0].rijen if r.nr == nr)


# -- dates after today ----------------------------------------------------------------------------

def test_future_datum_is_refused_without_toekomst(run, ws):
    """A --datum after today is refused with the reason and the flag that confirms it."""
    before = ws.snapshot()
    r = run("set", "1.1.3", "-s", "gereed", "--datum", datum_kort(LATER))
    assert (r.code, r.out) == (1, "")
    assert r.err == (f"pa: geweigerd: --datum {datum_nl(LATER)} ligt na vandaag "
                     f"({datum_nl(TODAY)}); een voortgang in de toekomst laat geen eerdere "
                     "'pa set' meer toe. Klopt de datum, geef dan ook --toekomst\n")
    assert ws.snapshot() == before
    assert run("set", "1.1.3", "-s", "gereed", "--datum", TODAY.isoformat()).code == 0


def test_set_status_refuses_a_future_date_unless_told_it_is_meant(ws):
    """Called as a library, set_status refuses a date after today as `pa set` does: only with
    toekomst=True is a step in the future written."""
    before = ws.snapshot()
    with pytest.raises(edit.Refused) as refused:
        edit.set_status(ws.data, "1.1.3", "gereed", None, LATER)
    assert str(refused.value) == (f"--datum {datum_nl(LATER)} ligt na vandaag "
                                  f"({datum_nl(TODAY)}); een voortgang in de toekomst laat geen "
                                  "eerdere 'pa set' meer toe. Klopt de datum, geef dan ook "
                                  "--toekomst")
    assert ws.snapshot() == before
    edit.set_status(ws.data, "1.1.3", "gereed", None, LATER, toekomst=True)
    assert f"      - datum: {LATER.isoformat()}\n        status: gereed\n" in ws.read(AGENDA)


def test_toekomst_allows_it_and_validate_warns(run, ws):
    """With --toekomst the step is written; validate then warns, also when answered from cache."""
    r = run("set", "1.1.3", "-s", "gereed", "--datum", LATER.isoformat(), "--toekomst")
    assert r.code == 0, r.err
    line = ws.line_of(AGENDA, f"- datum: {LATER.isoformat()}")
    expected = (f"data/agenda-2022-2023.yaml:{line}:16: waarschuwing PA055: voortgang van "
                f"agendarij 1.1.3 heeft datum {LATER.isoformat()}, na vandaag "
                f"({TODAY.isoformat()}); tot die dag weigert 'pa set' een eerdere datum. Is de "
                "datum fout, draai de stap terug met 'pa herstel 1.1.3' en geef hem opnieuw met "
                "de goede --datum")
    for _ in range(2):  # the second run is answered from the cache
        r = run("validate")
        assert r.code == 0
        assert expected in r.out.splitlines()
    assert run("herstel", "1.1.3").code == 0
    assert "PA055" not in run("validate").out


def test_a_step_dated_today_gives_no_warning(run, ws):
    """Only dates after today are warned about."""
    assert run("set", "1.1.3", "-s", "gereed", "--datum", TODAY.isoformat()).code == 0
    problems = json.loads(run("validate", "--format", "json").out)["problems"]
    assert [p["code"] for p in problems] == ["PA034"]


def test_earlier_date_refusal_points_to_herstel(run, ws):
    """A date before the last step is refused, and the message says how to take that step back."""
    run("set", "1.1.3", "-s", "lopend", "-m", "gestart", "--datum", "2023-03-01")
    r = run("set", "1.1.3", "-s", "gereed", "--datum", "1-1-2023")
    assert r.code == 1
    assert r.err == ("pa: geweigerd: --datum 1 januari 2023 ligt vóór de laatste voortgang "
                     "(1 maart 2023) van agendarij 1.1.3; was die stap fout, draai hem terug met "
                     "'pa herstel 1.1.3'\n")


def test_a_second_step_on_the_same_day_is_recorded_after_the_first(run, ws):
    """Only a date before the last step is refused: a second step on that same day is recorded,
    after the first."""
    run("set", "1.1.3", "-s", "lopend", "-m", "gestart", "--datum", "2023-03-01")
    r = run("set", "1.1.3", "-s", "gereed", "--datum", "1-3-2023")
    assert (r.code, r.err) == (0, "")
    assert r.out == "data/agenda-2022-2023.yaml:25: agendarij 1.1.3: lopend -> gereed\n"
    assert ("      - datum: 2023-03-01\n        status: lopend\n        toelichting: gestart\n"
            "      - datum: 2023-03-01\n        status: gereed\n") in ws.read(AGENDA)


# -- toelichting rules ----------------------------------------------------------------------------

def test_vervallen_requires_a_toelichting(run, ws):
    """'vervallen' is a decision: without a toelichting it is refused, with one it is recorded."""
    before = ws.snapshot()
    r = run("set", "1.1.3", "-s", "vervallen")
    assert r.code == 1
    assert r.err == ("pa: geweigerd: 'vervallen' is een besluit: geef met --toelichting aan "
                     "waarom en door wie (bijvoorbeeld -m \"vervallen, besloten in het "
                     "bestuurlijk overleg\")\n")
    assert ws.snapshot() == before
    assert run("set", "1.1.3", "-s", "vervallen", "-m", "Besloten in overleg",
               "--datum", "2023-04-01").code == 0
    assert (_row(ws, "1.1.3").status, _row(ws, "1.1.3").toelichting) == (
        "vervallen", "Besloten in overleg")


def test_vervallen_typed_by_hand_without_toelichting_is_warned(run, ws):
    """A hand edit to 'vervallen' without a reason gets a warning that says how to add one."""
    ws.replace(AGENDA, "    termijn: juni 2022\n    status: open\n\n  - nr: \"3.4\"",
               "    termijn: juni 2022\n    status: vervallen\n\n  - nr: \"3.4\"")
    line = ws.line_of(AGENDA, "status: vervallen")
    r = run("validate")
    assert r.code == 0
    assert (f"data/agenda-2022-2023.yaml:{line}:13: waarschuwing PA057: agendarij 3.3 is "
            "vervallen zonder toelichting; vervallen is een besluit: leg vast waarom, met pa set "
            "3.3 --status vervallen --toelichting TEKST") in r.out.splitlines()
    assert run("set", "3.3", "-s", "vervallen", "-m", "Besloten in overleg",
               "--datum", "2023-04-01").code == 0
    assert "PA057" not in run("validate").out


def test_new_status_without_toelichting_drops_the_old_one(run, ws):
    """The toelichting of the previous status does not stick to the new one; history keeps it."""
    run("set", "1.1.3", "-s", "lopend", "-m", "gestart", "--datum", "2022-10-01")
    run("set", "1.1.3", "-s", "gereed", "--datum", "2022-11-01")
    row = _row(ws, "1.1.3")
    assert (row.status, row.toelichting) == ("gereed", None)
    assert [(v.status, v.toelichting) for v in row.voortgang] == [("lopend", "gestart"),
                                                                  ("gereed", None)]


def test_same_status_with_new_toelichting_replaces_it(run, ws):
    """Progress within one status replaces the toelichting and adds a step."""
    run("set", "1.1.3", "-s", "lopend", "-m", "gestart", "--datum", "2022-10-01")
    run("set", "1.1.3", "-s", "lopend", "-m", "halverwege", "--datum", "2022-11-01")
    row = _row(ws, "1.1.3")
    assert (row.status, row.toelichting, len(row.voortgang)) == ("lopend", "halverwege", 2)


# -- pa herstel -----------------------------------------------------------------------------------

def test_herstel_takes_back_only_the_last_step(run, ws, repo):
    """In git, pa herstel changes only the lines of the last step and the row's status."""
    run("set", "1.1.3", "-s", "lopend", "-m", "gestart", "--datum", "2022-10-01")
    repo.commit("1")
    committed = ws.path(AGENDA).read_bytes()
    run("set", "1.1.3", "-s", "gereed", "-m", "Bouwtafel gehouden", "--datum", "2022-11-03")
    repo.commit("2")
    r = run("herstel", "1.1.3")
    assert r.code == 0, r.err
    assert r.out == ("data/agenda-2022-2023.yaml:25: agendarij 1.1.3: voortgang van 3 november "
                     "2022 teruggedraaid; gereed -> lopend\n")  # a date in words, as pa says it
    diff = repo("diff", "-U0").stdout.split("\n@@ ", 1)[1].splitlines()
    assert diff == [
        "-30,2 +30,2 @@ rijen:",
        "-    status: gereed",
        "-    toelichting: Bouwtafel gehouden",
        "+    status: lopend",
        "+    toelichting: gestart",
        "@@ -36,3 +35,0 @@ rijen:",
        "-      - datum: 2022-11-03",
        "-        status: gereed",
        "-        toelichting: Bouwtafel gehouden",
    ]
    assert ws.path(AGENDA).read_bytes() == committed
    assert run("validate").code == 0


def test_herstel_of_the_only_step_restores_the_original_file(run, ws, repo):
    """Set then herstel leaves the file byte for byte as committed: status open, no voortgang."""
    run("set", "3.3", "-s", "gereed", "-m", "klaar", "--datum", "2023-01-01")
    assert repo("status", "--porcelain").stdout != ""
    r = run("herstel", "3.3")
    assert r.code == 0, r.err
    assert r.out.endswith("voortgang van 1 januari 2023 teruggedraaid; gereed -> open\n")
    assert repo("status", "--porcelain").stdout == ""


def test_a_comment_at_the_end_of_the_row_stays_through_set_and_herstel(run, ws):
    """A comment on the status line, the row's last, and a comment line under the row: pa set
    keeps the first on the status line (a column further, as 'gereed' is longer than 'open') and
    the second under the new step, and pa herstel keeps both where they were (it overwrote the
    first with what follows the row)."""
    ws.replace(AGENDA, '    status: open\n\n  - nr: "1.1.4"',
               '    status: open  # besproken op 1 november\n    # bouwtafel in Axel\n\n'
               '  - nr: "1.1.4"')
    assert run("set", "1.1.3", "-s", "gereed", "-m", "klaar", "--datum", "2022-11-03").code == 0
    assert ("    status: gereed # besproken op 1 november\n    toelichting: klaar\n"
            "    voortgang:\n      - datum: 2022-11-03\n        status: gereed\n"
            '        toelichting: klaar\n    # bouwtafel in Axel\n\n  - nr: "1.1.4"'
            ) in ws.read(AGENDA)
    r = run("herstel", "1.1.3", "--agenda", "2022-2023")
    assert (r.code, r.err) == (0, "")
    assert ("    termijn: najaar 2022\n    status: open   # besproken op 1 november\n"
            '    # bouwtafel in Axel\n\n  - nr: "1.1.4"') in ws.read(AGENDA)
    assert run("validate").code == 0


@pytest.mark.parametrize("args, message", [
    (("1.1.3",), "pa: geweigerd: agendarij 1.1.3 heeft geen voortgang om terug te draaien; pas "
     "de status aan met 'pa set'\n"),
    (("9.9",), "pa: geweigerd: er is geen agendarij 9.9\n"),
    (("2.2",), "pa: geweigerd: agendarij 2.2 is leeg (geen actie); vul eerst de actie, trekker "
     "en status in het bestand in\n"),
    (("1.1.3", "--agenda", "2030"), "pa: geweigerd: agenda '2030' bestaat niet; bekend: "
     "2022-2023\n"),
])
def test_herstel_refusals_write_nothing(run, ws, args, message):
    """Each refusal of pa herstel says why in Dutch, exits 1 and leaves every file as it was."""
    before = ws.snapshot()
    r = run("herstel", *args)
    assert (r.code, r.err) == (1, message)
    assert ws.snapshot() == before


def test_herstel_of_a_printed_row_number_is_that_row(run, ws):
    """1.1.5 is row 'Verkoop' (and the afspraak of row 1.1.6): pa herstel, like pa set, takes
    the row with that printed number."""
    run("set", "rij:1.1.5", "-s", "lopend", "-m", "x", "--datum", "2023-01-01")
    r = run("herstel", "1.1.5", "--agenda", "2022-2023")
    assert (r.code, r.err) == (0, "")
    assert "agendarij 1.1.5: voortgang van 1 januari 2023 teruggedraaid; lopend -> open" in r.out


def test_herstel_refused_when_result_would_not_validate(run, ws, monkeypatch):
    """pa herstel is verified like pa set: a result that would not validate is not written."""
    run("set", "1.1.3", "-s", "gereed", "--datum", "2023-01-01")
    real = edit._undo

    def corrupt(row, status, toelichting):
        real(row, status, toelichting)
        row["status"] = "klaar"

    monkeypatch.setattr(edit, "_undo", corrupt)
    before = ws.snapshot()
    r = run("herstel", "1.1.3")
    assert r.code == 1
    assert r.err.startswith("pa: geweigerd: na deze wijziging zou het bestand niet meer kloppen:")
    assert ws.snapshot() == before


def test_herstel_waits_for_the_writer_lock(run, ws, monkeypatch):
    """pa herstel is a writer like pa set: while another holds the lock it waits, then refuses."""
    run("set", "1.1.3", "-s", "gereed", "--datum", "2023-01-01")
    monkeypatch.setattr(writer, "TIMEOUT", 0.3)
    before = ws.snapshot()
    with writer.locked(ws.data):
        r = run("herstel", "1.1.3")
    assert r.code == 1
    assert r.err.startswith("pa: geweigerd: een andere schrijver is nog bezig in ")
    assert ws.snapshot() == before
    assert run("herstel", "1.1.3").code == 0


# -- property: pa herstel undoes pa set exactly --------------------------------------------------

texts = st.none() | st.sampled_from(["gestart", "Besproken: akkoord # zie verslag",
                                     "regel 1\nregel 2", "  spaties vooraan", "中文 · العربية"])


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return Workspace(tmp_path_factory.mktemp("herstel"))


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(nr=st.sampled_from(ACTIONS),
       steps=st.lists(st.tuples(st.sampled_from(STATUSES), texts), min_size=1, max_size=3))
def test_herstel_undoes_set_byte_for_byte(pristine, nr, steps):
    """After any series of pa set, pa herstel gives back the file exactly as before the last."""
    original = pristine.read(AGENDA)
    try:
        versions = [pristine.path(AGENDA).read_bytes()]
        for i, (status, text) in enumerate(steps):
            if status == "vervallen" and text is None:
                text = "besloten"
            try:
                edit.set_status(pristine.data, SWAPPED.get(nr, nr), status, text,
                                date(2023, 1, 1) + timedelta(days=i))
            except edit.Refused:  # the same status again without toelichting
                continue
            versions.append(pristine.path(AGENDA).read_bytes())
        while len(versions) > 1:
            edit.herstel(pristine.data, SWAPPED.get(nr, nr))
            versions.pop()
            assert pristine.path(AGENDA).read_bytes() == versions[-1]
    finally:
        pristine.write(AGENDA, original)
