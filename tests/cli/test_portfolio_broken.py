"""A portfolio with one broken set (issue 18, part 2): every command that reads answers for the
other sets and says which set is ONVOLLEDIG, on stderr, and exits 1.

pa status and pa overdue answer a set with errors from its files without errors (as with one
set, show/partial.py); the other reading commands need a set free of errors (as with one set),
so they leave that set out. Either way the other sets answer, the set is named, the exit is 1.
Here Havenstad's agenda has a status that does not exist.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES, Git

PROBLEM = ("pa: de gegevens bevatten fouten; los ze eerst op (pa validate toont ze allemaal):\n"
           "havenstad/agenda-2026-2027.yaml:17:13: fout PA025: status 'klaar' van agendarij 1.2 "
           "bestaat niet; kies uit: open, lopend, gereed, vervallen\n")
LEFT_OUT = "pa: ONVOLLEDIG: Havenstad (havenstad) is weggelaten; de andere sets staan hieronder\n"


@pytest.fixture
def pf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture portfolio, Havenstad's agenda with an error; the current directory its root."""
    root = tmp_path / "kust"
    shutil.copytree(FIXTURES / "portefeuille", root)
    agenda = root / "havenstad" / "agenda-2026-2027.yaml"
    text = agenda.read_text(encoding="utf-8")
    agenda.write_text(text.replace("    status: open\n", "    status: klaar\n", 1),
                      encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def _sets(out: str) -> list[str]:
    return [part["set"] for part in json.loads(out)]


def test_status_answers_havenstad_from_its_valid_files(run, pf: Path) -> None:
    r = run("status", "--peildatum", "1-10-2026", "-f", "json")
    assert r.code == 1
    assert _sets(r.out) == ["duinwijk", "havenstad", "polderdam"]
    assert [a["nr"] for a in json.loads(r.out)[1]["uitvoer"]] == []  # its one agenda left out
    assert r.err.startswith("pa: de gegevens bevatten fouten (pa validate toont ze allemaal):\n"
                            "havenstad/agenda-2026-2027.yaml:17:13: fout PA025")
    assert "ONVOLLEDIG: havenstad/agenda-2026-2027.yaml bevat fouten en is weggelaten" in r.err


def test_overdue_answers_the_other_sets(run, pf: Path) -> None:
    r = run("overdue", "--peildatum", "1-10-2026", "-f", "json")
    assert r.code == 1
    assert _sets(r.out) == ["duinwijk", "havenstad", "polderdam"]


def test_kalender_leaves_havenstad_out_and_says_so(run, pf: Path) -> None:
    r = run("kalender", "--van", "1-9-2026", "--tot", "31-12-2026")
    assert r.code == 1
    assert r.err == PROBLEM + LEFT_OUT
    assert r.out.startswith("Duinwijk (duinwijk)\n===================\n")
    assert "Havenstad" not in r.out and "Polderdam (polderdam)\n" in r.out


def test_kalender_ics_of_the_other_sets(run, pf: Path) -> None:
    r = run("kalender", "--van", "1-1-2026", "--ics", "k.ics")
    assert r.code == 1
    assert r.err == PROBLEM + LEFT_OUT
    assert r.out == "geschreven: k.ics (5 gebeurtenissen, 1 januari 2026 t/m 31 december 2026)\n"
    ics = (pf / "k.ics").read_text(encoding="utf-8")
    assert [line for line in ics.splitlines() if line.startswith("SUMMARY:")] == [
        "SUMMARY:Termijn actie Polderdam: 1a", "SUMMARY:Termijn actie Duinwijk: A1",
        "SUMMARY:Termijn actie Duinwijk: B1", "SUMMARY:Termijn actie Duinwijk: A1b",
        "SUMMARY:Termijn actie Polderdam: 2a"]


def test_the_broken_set_alone_is_refused_as_one_set_is(run, pf: Path) -> None:
    r = run("kalender", "--gemeente", "havenstad", "--ics", "k.ics")
    assert (r.code, r.out, r.err) == (1, "", PROBLEM)
    assert not (pf / "k.ics").exists()


def test_monitor_leaves_havenstad_out_and_says_so(run, pf: Path) -> None:
    r = run("monitor", "--peildatum", "1-10-2026", "-f", "json")
    assert r.code == 1
    assert r.err == PROBLEM + LEFT_OUT
    assert _sets(r.out) == ["duinwijk", "polderdam"]


def test_toon_of_an_action_in_another_set(run, pf: Path) -> None:
    """pa toon works on one set: a broken other set does not stand in its way."""
    r = run("toon", "A1b", "--peildatum", "1-10-2026")
    assert (r.code, r.err) == (0, "")
    assert r.out.startswith("Duinwijk (duinwijk)\n===================\nActie A1b (agenda 2026)\n")
    r = run("toon", "1.2", "--peildatum", "1-10-2026")  # only Havenstad has it: strict there
    assert (r.code, r.out) == (1, "")
    assert r.err == PROBLEM


def test_wijzigingen_leaves_havenstad_out_and_says_so(run, pf: Path, git_env: None) -> None:
    git = Git(pf)
    git("init", "-q")
    git.commit("begin")
    agenda = pf / "duinwijk" / "agenda-2026.yaml"
    agenda.write_text(agenda.read_text(encoding="utf-8").replace(
        "status: open", "status: gereed", 1), encoding="utf-8")
    r = run("wijzigingen", "--sinds", "HEAD")
    assert r.code == 1
    assert r.err == PROBLEM + LEFT_OUT
    assert r.out.startswith("Duinwijk (duinwijk)\n===================\nWijzigingen in de "
                            "gegevens van ")
    assert "Havenstad" not in r.out and "Polderdam (polderdam)\n" in r.out


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_portefeuille_leaves_havenstad_out_and_says_so(run, pf: Path, fmt: str) -> None:
    r = run("report", "portefeuille", "--peildatum", "1-10-2026", "-f", fmt)
    assert r.code == 1
    assert r.err == PROBLEM + LEFT_OUT
    assert "Duinwijk" in r.out and "Polderdam" in r.out
    assert r.out.count("Havenstad") == 1  # in the notice only
    notice = ("ONVOLLEDIG: Havenstad (havenstad) is weggelaten: de gegevens van die set "
              "bevatten fouten (pa validate toont ze).")
    if fmt == "md":
        assert f"\n**{notice}**\n" in r.out
    else:
        assert ('<p class="onvolledig"><strong>ONVOLLEDIG:</strong> Havenstad (havenstad) is '
                "weggelaten: de gegevens van die set bevatten fouten (pa validate toont ze).</p>"
                in r.out)
