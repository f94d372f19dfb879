"""`pa set`: one action changes in the YAML, nothing else does, and nothing is ever lost."""

from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AGENDA, DATA, Workspace, special, storable
from pa_cli.edit import record as edit
from pa_cli.load.dataset import load
from pa_cli.model.records import STATUSES

ACTIONS = [r.nr for r in load(DATA).agendas[0].rijen if r.is_actie]
SWAPPED = {"1.1.5": "rij:1.1.5", "1.1.6": "rij:1.1.6"}  # printed numbers that are ambiguous


def _row_lines(ws: Workspace, nr: str) -> tuple[int, int]:
    """First and last line (1-based) of a row in the committed agenda, blank line after it out."""
    lines = ws.read(AGENDA).splitlines()
    start = next(i for i, ln in enumerate(lines, 1) if ln.startswith(f'  - nr: "{nr}"'))
    end = next((i - 1 for i, ln in enumerate(lines, 1) if i > start and
                ln.startswith("  - nr:")), len(lines))
    while not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#"):
        end -= 1
    return start, end


def test_set_records_status_toelichting_and_voortgang(run, ws, repo):
    """The diff shows the new status, the toelichting and one voortgang entry, nothing more."""
    r = run("set", "1.1.3", "--status", "gereed", "--toelichting",
            "Eerste bouwtafel gehouden", "--datum", "2022-11-03")
    assert r.code == 0, r.err
    assert r.out == "data/agenda-2022-2023.yaml:25: agendarij 1.1.3: open -> gereed\n"
    diff = repo("diff", "-U0").stdout.split("\n@@")[1]
    assert diff.splitlines()[1:] == [
        "-    status: open",
        "+    status: gereed",
        "+    toelichting: Eerste bouwtafel gehouden",
        "+    voortgang:",
        "+      - datum: 2022-11-03",
        "+        status: gereed",
        "+        toelichting: Eerste bouwtafel gehouden",
    ]


def test_second_set_appends_to_voortgang(run, ws, repo):
    """Later progress is appended, a new status drops the old toelichting, the blank line stays."""
    run("set", "1.1.3", "-s", "lopend", "-m", "gestart", "--datum", "2022-10-01")
    repo.commit("1")
    run("set", "1.1.3", "-s", "gereed", "--datum", "2022-11-03")
    diff = repo("diff", "-U1").stdout.split("\n@@ ", 1)[1].splitlines()
    assert diff == [
        "-29,4 +29,3 @@ rijen:",
        "     termijn: najaar 2022",
        "-    status: lopend",
        "-    toelichting: gestart",
        "+    status: gereed",
        "     voortgang:",
        "@@ -35,2 +34,4 @@ rijen:",
        "         toelichting: gestart",
        "+      - datum: 2022-11-03",
        "+        status: gereed",
        " ",
    ]


def test_every_action_can_be_set_touching_only_its_lines(run, ws, repo):
    """For every action of the shipped data, `pa set` changes only that action's lines."""
    for nr in ACTIONS:
        first, last = _row_lines(ws, nr)
        r = run("set", SWAPPED.get(nr, nr), "--status", "lopend", "--toelichting",
                f"voortgang {nr}", "--datum", "2023-02-01")
        assert r.code == 0, (nr, r.err)
        numstat = repo("diff", "--numstat").stdout.split()
        assert numstat[:2] == ["6", "1"], (nr, numstat)  # status; toelichting; 4 of voortgang
        hunks = [h for h in repo("diff", "-U0").stdout.splitlines() if h.startswith("@@")]
        assert len(hunks) == 1
        old_start = int(hunks[0].split()[1].lstrip("-").split(",")[0])
        assert first <= old_start <= last, (nr, hunks, first, last)
        assert run("validate").code == 0
        repo("checkout", "-q", "data")


def test_a_printed_row_number_wins_over_an_afspraak(run, ws):
    """1.1.5 is a printed row number and the afspraak of another row (1.1.6): the row with that
    number is meant (issue 20: it was refused as 'dubbelzinnig' in every agenda)."""
    five = ws.line_of(AGENDA, 'nr: "1.1.5"')
    r = run("set", "1.1.5", "--status", "gereed", "--datum", "2023-03-01")
    assert (r.code, r.err) == (0, "")
    assert r.out == f"data/agenda-2022-2023.yaml:{five}: agendarij 1.1.5: open -> gereed\n"
    six = ws.line_of(AGENDA, 'nr: "1.1.6"')
    assert run("set", "afspraak:1.1.5", "--status", "gereed", "--datum", "2023-03-01").out == (
        f"data/agenda-2022-2023.yaml:{six}: agendarij 1.1.6: open -> gereed\n")


def test_an_afspraak_number_finds_its_row_printed_with_another_number(run, ws):
    """No row is printed as 2.4, but row 2.4b belongs to afspraak 2.4: plain 2.4 means that row
    (where no row has the number, the rows of the afspraak with that number)."""
    ws.replace(AGENDA, '''  - nr: "2.4"  # leeg in het document: geen actie, trekker of datum
    # onderwerp: geen in het document
''', '''  - nr: "2.4b"
    afspraak: "2.4"
    actie: Aankoppeling onderzoeken.
    trekker: [Corporaties]
    termijn: "2023"
    status: open
''')
    line = ws.line_of(AGENDA, 'nr: "2.4b"')
    r = run("set", "2.4", "-s", "lopend", "--datum", "2023-01-05")
    assert (r.code, r.err) == (0, "")
    assert r.out == f"data/agenda-2022-2023.yaml:{line}: agendarij 2.4b: open -> lopend\n"


@pytest.mark.parametrize("args, message", [
    (("9.9", "-s", "gereed"), "pa: geweigerd: er is geen agendarij 9.9"),
    (("1.1.33", "-s", "gereed"), "pa: geweigerd: er is geen agendarij 1.1.33; bedoelt u 1.1.3"),
    (("1.1.3", "-s", "klaar"), "pa: geweigerd: status 'klaar' bestaat niet; kies uit: open, "
     "lopend, gereed, vervallen"),
    (("2.2", "-s", "gereed"), "pa: geweigerd: agendarij 2.2 is leeg (geen actie); vul eerst de "
     "actie, trekker en status in het bestand in"),
    (("1.1.3", "-s", "open"), "pa: geweigerd: agendarij 1.1.3 heeft al status 'open'; geef een "
     "--toelichting om voortgang vast te leggen"),
    (("1.1.3", "-s", "gereed", "-m", "regel\x1b[31m"), "pa: geweigerd: de toelichting bevat het "
     "teken U+001B, dat niet getrouw in YAML bewaard kan worden; laat het weg"),
    (("1.1.3", "-s", "gereed", "-m", "a\x85b"), "pa: geweigerd: de toelichting bevat het teken "
     "U+0085"),
    (("1.1.3", "-s", "gereed", "-m", "   "), "pa: geweigerd: de toelichting is leeg"),
    (("1.1.3", "-s", "gereed", "--agenda", "2030"), "pa: geweigerd: agenda '2030' bestaat niet; "
     "bekend: 2022-2023"),
])
def test_refusals_write_nothing(run, ws, args, message):
    """Each refusal says why in Dutch, exits 1 and leaves every file as it was."""
    before = ws.snapshot()
    r = run("set", *args)
    assert r.code == 1, r.err
    assert r.err.startswith(message), r.err
    assert "\x1b" not in r.err
    assert ws.snapshot() == before


@pytest.mark.parametrize("args, message", [
    (("2022-2023/1.1.3", "--agenda", "2024-2025"), "2022-2023/1.1.3 noemt agenda 2022-2023, maar "
     "--agenda zegt 2024-2025; kies één"),
    (("foo:1.1.3",), "'foo:1.1.3' is geen nummer; schrijf bijvoorbeeld 1.1.3, rij:1.1.5, "
     "afspraak:1.1.5 of 2024-2025/2.4b"),
    (("9.9",), "er is geen agendarij 9.9"),
    (("afspraak:9",), "er is geen agendarij afspraak:9"),
    (("1.1.33",), "er is geen agendarij 1.1.33; bedoelt u 1.1.3, 1.1.13 of 1.2.3?"),
    # only numbers that are close enough: not 5.4 or 4.4 for 1.4
    (("1.4",), "er is geen agendarij 1.4; bedoelt u 1.1.4?"),
    # with a second agenda, the refusal names the one searched
    (("9.9", "--datum", "2024-05-01"), "er is geen agendarij 9.9 in agenda 2024-2025"),
    (("2022-2023/9.9",), "er is geen agendarij 9.9 in agenda 2022-2023"),
])
def test_a_number_that_names_no_row_is_refused_saying_why(run, ws, args, message):
    """The whole refusal, word for word: which agenda was searched, and the nearest numbers."""
    if "in agenda" in message:
        ws.write("agenda-2024-2025.yaml", ws.read(AGENDA).replace(
            "titel: Uitvoeringsagenda 2022-2023", "titel: Uitvoeringsagenda 2024-2025"))
    before = ws.snapshot()
    r = run("set", *args[:1], "-s", "gereed", "--datum", "2023-01-01", *args[1:])
    assert (r.code, r.err) == (1, f"pa: geweigerd: {message}\n")
    assert ws.snapshot() == before


@pytest.mark.parametrize("args", [("1.1.3",), ("1.1.3", "-s", "gereed", "--datum", "3-13-2022"),
                                  ("-s", "gereed")])
def test_malformed_command_line_exits_2(run, ws, args):
    """A missing status, a date in the wrong form or a missing NR is a usage error."""
    before = ws.snapshot()
    assert run("set", *args).code == 2
    assert ws.snapshot() == before


def test_refused_when_result_would_not_validate(run, ws, monkeypatch):
    """If the edit would leave an invalid file, nothing is written and the problem is shown."""
    real = edit._apply

    def corrupt(row, status, toelichting, datum):
        real(row, status, toelichting, datum)
        row["status"] = "klaar"

    monkeypatch.setattr(edit, "_apply", corrupt)
    before = ws.snapshot()
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 1
    assert r.err.startswith("pa: geweigerd: na deze wijziging zou het bestand niet meer kloppen:")
    assert "status 'klaar' van agendarij 1.1.3 bestaat niet" in r.err
    assert ws.snapshot() == before


def test_a_result_with_many_problems_shows_the_first_five(run, ws, monkeypatch):
    """An edit that would break 43 rows: refused, the first five problems one per line."""
    monkeypatch.setattr(edit, "_edit_bytes", lambda raw, *args: raw.replace(b"status: open",
                                                                          b"status: klaar"))
    before = ws.snapshot()
    lines = [i for i, ln in enumerate(ws.read(AGENDA).splitlines(), 1) if ln == "    status: open"]
    r = run("set", "1.1.3", "-s", "gereed")
    assert (r.code, r.err) == (1, "pa: geweigerd: na deze wijziging zou het bestand niet meer "
                               "kloppen:\n" + "".join(
        f"data/{AGENDA}:{line}:13: fout PA025: status 'klaar' van agendarij 1.1.{row} bestaat "
        "niet; kies uit: open, lopend, gereed, vervallen\n"
        for row, line in enumerate(lines[:5], 1)))
    assert ws.snapshot() == before


def test_refused_when_file_changed_meanwhile(run, ws, monkeypatch):
    """A file changed by someone else between reading and writing is not overwritten."""
    real = edit._verify

    def meddle(*args):
        real(*args)
        with open(ws.path(AGENDA), "a", encoding="utf-8") as f:
            f.write("# ook bewerkt\n")

    monkeypatch.setattr(edit, "_verify", meddle)
    r = run("set", "1.1.3", "-s", "gereed")
    assert (r.code, r.err) == (1, f"pa: geweigerd: data/{AGENDA} is gewijzigd terwijl pa ermee "
                               "bezig was; draai de opdracht opnieuw\n")
    assert ws.read(AGENDA).endswith("# ook bewerkt\n")
    assert "status: gereed" not in ws.read(AGENDA)


def test_refused_when_round_trip_would_change_layout(run, ws):
    """Layout pa cannot reproduce is named by line, so the user can fix it first."""
    ws.replace(AGENDA, "    trekker: [Corporaties]\n    termijn: najaar 2022",
               "    trekker: [ Corporaties ]\n    termijn: najaar 2022")
    line = ws.line_of(AGENDA, "[ Corporaties ]")
    before = ws.snapshot()
    r = run("set", "1.1.2", "-s", "gereed")  # the row with that layout
    assert r.code == 1
    assert r.err.strip() == (
        f"pa: geweigerd: pa kan data/agenda-2022-2023.yaml niet bewerken zonder ook regel {line} "
        "te veranderen (opmaak die pa niet kan nabootsen); pas die regel aan, bijvoorbeeld de "
        "inspringing of aanhalingstekens, en probeer opnieuw")
    assert ws.snapshot() == before


def test_layout_of_another_row_does_not_block(run, ws):
    """Only the action's own lines are rewritten, so another row's odd layout stays as it is."""
    ws.replace(AGENDA, "    trekker: [Corporaties]\n    termijn: najaar 2022",
               "    trekker: [ Corporaties ]\n    termijn: najaar 2022")
    before = ws.read(AGENDA)
    r = run("set", "1.1.3", "-s", "gereed", "--datum", "2022-12-01")
    assert r.code == 0, r.err
    assert ws.read(AGENDA).replace(
        "    status: gereed\n    voortgang:\n      - datum: 2022-12-01\n        status: gereed\n",
        "    status: open\n", 1) == before


def test_refused_on_invalid_data(run, ws):
    """With errors in the data, pa set first asks for them to be fixed."""
    ws.replace(AGENDA, "    onderwerp: Verkoop\n", "    onderwrp: Verkoop\n")
    before = ws.snapshot()
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 1
    assert r.err.startswith("pa: de gegevens bevatten fouten; los ze eerst op")
    assert ws.snapshot() == before


def test_crlf_and_bom_are_kept(run, ws):
    """A file saved on Windows (CRLF, BOM) keeps both; only the row's lines change."""
    raw = ws.path(AGENDA).read_bytes().replace(b"\n", b"\r\n")
    ws.path(AGENDA).write_bytes(b"\xef\xbb\xbf" + raw)
    assert run("set", "1.1.3", "-s", "gereed", "--datum", "2022-12-01").code == 0
    new = ws.path(AGENDA).read_bytes()
    assert new.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in new.replace(b"\r\n", b"")
    assert new.replace(b"status: gereed\r\n    voortgang:\r\n      - datum: 2022-12-01\r\n"
                       b"        status: gereed\r\n", b"status: open\r\n", 1) == (
        b"\xef\xbb\xbf" + raw)


def test_symlinked_file_is_written_through(run, ws):
    """A data file that is a symlink (to a file in the same repository) stays a symlink; its
    target gets the change. A link out of the repository is refused: test_symlinks_out.py."""
    target_dir = ws.root / "gedeeld"
    target_dir.mkdir()
    target = target_dir / AGENDA
    target.write_bytes(ws.path(AGENDA).read_bytes())
    ws.path(AGENDA).unlink()
    os.symlink(target, ws.path(AGENDA))
    assert run("set", "1.1.3", "-s", "gereed").code == 0
    assert ws.path(AGENDA).is_symlink()
    assert "status: gereed" in target.read_text(encoding="utf-8")


def test_file_mode_is_kept(run, ws):
    """The file keeps its permissions after the atomic replace."""
    os.chmod(ws.path(AGENDA), 0o640)
    assert run("set", "1.1.3", "-s", "gereed").code == 0
    assert ws.path(AGENDA).stat().st_mode & 0o777 == 0o640


def test_failed_write_leaves_original_intact(run, ws, monkeypatch):
    """A write that fails half-way leaves the old file whole and no temporary file behind."""
    before = ws.snapshot()
    real_fsync = os.fsync

    def crash(fd):
        real_fsync(fd)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 1
    assert r.err == ("pa: lezen of schrijven mislukt: No space left on device; er is niets "
                     "gewijzigd\n")
    assert ws.snapshot() == before
    assert sorted(p.name for p in ws.data.iterdir()) == sorted(
        ["afspraken.yaml", AGENDA, "indicatoren.yaml", "schemas"])


# -- property test ----------------------------------------------------------------------------

unstorable = st.builds(lambda a, c, b: a + c + b, st.text(max_size=10),
                       st.sampled_from(["\x00", "\x1b", "\x07", "\r", "\x85", "\u2028",
                                        "\ufeff", "\x7f"]),
                       st.text(max_size=10))


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return Workspace(tmp_path_factory.mktemp("prop"))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(nr=st.sampled_from(ACTIONS), status=st.sampled_from(STATUSES),
       toelichting=storable | special)
def test_any_text_is_stored_exactly(pristine, nr, status, toelichting):
    """Whatever the toelichting holds, reading the file back gives exactly it, inside the row."""
    original = pristine.read(AGENDA)
    try:
        edit.set_status(pristine.data, SWAPPED.get(nr, nr), status, toelichting,
                        date(2023, 3, 1))
        rows = {r.nr: r for r in load(pristine.data).agendas[0].rijen}
        row = rows[nr]
        assert (row.status, row.toelichting) == (status, toelichting)
        assert (row.voortgang[-1].status, row.voortgang[-1].toelichting) == (status, toelichting)
        old, new = original.splitlines(), pristine.read(AGENDA).splitlines()
        start = next(i for i, ln in enumerate(old) if ln.startswith(f'  - nr: "{nr}"'))
        assert new[:start] == old[:start]
        tail = next((i for i, ln in enumerate(old) if i > start and ln.startswith("  - nr:")),
                    len(old))
        assert new[len(new) - (len(old) - tail):] == old[tail:]
    finally:
        pristine.write(AGENDA, original)


@settings(max_examples=25, deadline=None)
@given(nr=st.sampled_from(ACTIONS), toelichting=unstorable)
def test_unstorable_text_is_refused_not_mangled(pristine, nr, toelichting):
    """Control characters and their kin are refused; the file is untouched."""
    before = pristine.path(AGENDA).read_bytes()
    with pytest.raises(edit.Refused):
        edit.set_status(pristine.data, SWAPPED.get(nr, nr), "gereed", toelichting,
                        date(2023, 3, 1))
    assert pristine.path(AGENDA).read_bytes() == before


def test_two_agendas_are_told_apart(run, ws):
    """With a second agenda, NR means the agenda of --datum; --agenda or JAREN/NR picks another."""
    ws.write("agenda-2024-2025.yaml", ws.read(AGENDA).replace(
        "titel: Uitvoeringsagenda 2022-2023", "titel: Uitvoeringsagenda 2024-2025"))
    r = run("set", "1.1.3", "-s", "gereed", "--datum", "2024-05-01")
    assert r.code == 0 and r.out.startswith("data/agenda-2024-2025.yaml:") and r.err == ""
    assert "status: gereed" in ws.read("agenda-2024-2025.yaml")
    assert "status: gereed" not in ws.read(AGENDA)
    r = run("set", "1.1.2", "-s", "lopend", "--datum", "2024-05-01", "--agenda", "2022-2023")
    assert r.code == 0 and r.out.startswith("data/agenda-2022-2023.yaml:")
    r = run("set", "2022-2023/1.1.3", "-s", "lopend", "--datum", "2024-05-02")
    assert r.code == 0 and r.out.startswith("data/agenda-2022-2023.yaml:")
    assert ws.read(AGENDA).count("status: lopend") == 4  # two rows, each with a voortgang step


def test_date_without_agenda_uses_the_latest_before_and_says_so(run, ws):
    """On a date no agenda covers, pa set uses the latest agenda before it, in one stderr line."""
    r = run("set", "1.1.3", "-s", "gereed", "--datum", "2026-11-27")
    assert r.code == 0 and r.out.startswith("data/agenda-2022-2023.yaml:")
    assert r.err == ("pa: Geen agenda voor 2026: pa gebruikt agenda 2022-2023, de laatste "
                     "daarvoor (kies een andere met --agenda JAREN).\n")
