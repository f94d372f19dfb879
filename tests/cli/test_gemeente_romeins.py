"""A gemeente that numbers its themes with roman numerals (issue 18, part 1): afspraken "IV.2",
"IX.10" and a second action "IX.10b" are written, validated, selected and set like Terneuzen's."""

from __future__ import annotations

import shutil

import pytest
from tests.conftest import FIXTURES

ROMEINS = FIXTURES / "gemeenten" / "romeins"


@pytest.fixture
def data(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROMEINS, target)
    return target


def test_roman_numbers_validate(run, data):
    r = run("validate", "--data", str(data))
    assert (r.code, r.out) == (0, "In orde: 5 afspraken, 6 agendarijen (6 met een actie) in 2 "
                                  "bestanden.\n")


def test_overdue_and_a_theme_of_roman_numbers(run, data):
    r = run("status", "--data", str(data), "--peildatum", "2024-10-01", "--thema", "IX")
    assert r.code == 0, r.err
    rows = [line.split()[0] for line in r.out.splitlines()[3:6]]
    assert rows == ["IX.9", "IX.10", "IX.10b"]
    r = run("status", "--data", str(data), "--peildatum", "2025-01-02", "--te-laat",
            "--trekker", "Lindehof")
    assert [line.split()[0] for line in r.out.splitlines()[3:5]] == ["IV.2", "IX.10b"]


def test_second_action_belongs_to_its_afspraak(run, data):
    r = run("toon", "IX.10b", "--data", str(data), "--peildatum", "2024-10-01")
    assert "Afspraak:     IX.10: We pakken overlast samen aan." in r.out
    r = run("set", "IX.10b", "-s", "gereed", "--data", str(data), "--datum", "2024-11-01",
            "-m", "bemiddeling ingekocht")
    assert r.code == 0, r.err
    assert "status: gereed" in (data / "agenda-2024-2025.yaml").read_text(encoding="utf-8")


def test_a_number_under_the_wrong_theme(run, data):
    """PA038 speaks the theme's form: 'IX' for roman themes, not 'IX.' nor Terneuzen's."""
    text = (data / "afspraken.yaml").read_text(encoding="utf-8")
    (data / "afspraken.yaml").write_text(text.replace('nr: "IV.2"', 'nr: "V.2"'),
                                         encoding="utf-8")
    r = run("validate", "--data", str(data))
    assert "PA038: afspraak V.2 staat onder IV; het nummer moet met 'IV' beginnen" in r.out


def test_a_row_named_like_an_afspraak_with_a_letter(run, tmp_path):
    """Afspraken numbered "2a", "2b": row "2a" is afspraak 2a, row "2ab" its second action."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "afspraken.yaml").write_text(
        "titel: Afspraken\ngemeente: Ergens\nlooptijd: {van: 2024-01-01, tot_en_met: "
        "2024-12-31}\npartijen:\n  - {id: gemeente, naam: Gemeente Ergens, kort: Gemeente}\n"
        "themas:\n  - nr: \"2\"\n    titel: Wonen\n    afspraken:\n"
        "      - {nr: \"2a\", tekst: Eerste., trekker: [Gemeente]}\n"
        "      - {nr: \"2b\", tekst: Tweede., trekker: [Gemeente]}\n", encoding="utf-8")
    (data / "agenda-2024-2025.yaml").write_text(
        "titel: Agenda\nrijen:\n"
        "  - {nr: \"2a\", actie: Een, trekker: [Gemeente], termijn: eind 2024, status: open}\n"
        "  - {nr: \"2ab\", actie: Twee, trekker: [Gemeente], termijn: eind 2024, status: open}\n"
        "  - {nr: \"2b\", actie: Drie, trekker: [Gemeente], termijn: eind 2024, status: open}\n",
        encoding="utf-8")
    assert run("validate", "--data", str(data)).code == 0
    for nr, afspraak in (("rij:2a", "2a: Eerste."), ("2ab", "2a: Eerste."),
                         ("rij:2b", "2b: Tweede.")):
        r = run("toon", nr, "--data", str(data), "--peildatum", "2024-06-01")
        assert f"Afspraak:     {afspraak}" in r.out, r.out


def test_rules_hold_on_a_cached_dataset(run, tmp_path):
    """The second run reads the cache, which keeps no private attributes: row "2a" still
    belongs to afspraak 2a, and the verlenging still names its afspraak."""
    test_a_row_named_like_an_afspraak_with_a_letter(run, tmp_path)
    data = tmp_path / "data"
    text = (data / "afspraken.yaml").read_text(encoding="utf-8")
    (data / "afspraken.yaml").write_text(
        text.replace("tot_en_met: 2024-12-31}", "tot_en_met: 2024-12-31, verlenging: Loopt "
                     "door.}") + "regels:\n  verlenging: {afspraak: \"9\"}\n", encoding="utf-8")
    for _ in range(2):
        r = run("kalender", "--van", "2024-06-01", "--data", str(data))
        assert "Einde looptijd prestatieafspraken" in r.out and "afspraak 9" in r.out, r.out
