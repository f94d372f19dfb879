"""Every command on a portfolio (issue 18, part 2): the three-gemeente fixture in
tests/fixtures/portefeuille, with the answers expected per trekker, gemeente and peildatum.

Kustwonen signs in all three sets (in Polderdam as "Kustwonen Woondiensten", KWD);
Huurdersbond De Kust in two (in Duinwijk as "Huurdersvereniging De Kust", HV De Kust).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES, assert_golden

PORTFOLIO = FIXTURES / "portefeuille"

# pa overdue --trekker T --peildatum D: the numbers late, per set (a set where T does not sign
# is left out; one where nothing is late is there with an empty list)
OVERDUE = {
    ("Kustwonen", "1-10-2026"): {"duinwijk": ["A1", "B1"], "havenstad": ["1.2"],
                                 "polderdam": ["1a"]},
    ("Kustwonen", "1-3-2027"): {"duinwijk": ["A1"], "havenstad": ["1.2", "1.2b"],
                                "polderdam": ["1a", "2a"]},
    ("De Kust", "1-10-2026"): {"duinwijk": ["B1"], "havenstad": ["2.1"]},
    ("De Kust", "1-3-2027"): {"duinwijk": [], "havenstad": ["2.1"]},
    ("Havenhuis", "1-10-2026"): {"havenstad": ["2.3"]},
    ("Gemeente", "1-10-2026"): {"duinwijk": [], "havenstad": [], "polderdam": []},
    ("Gemeente", "1-3-2027"): {"duinwijk": [], "havenstad": ["1.2b"], "polderdam": ["2a"]},
    ("Corporaties", "1-10-2026"): {"havenstad": ["1.2", "2.3"]},
}


@pytest.fixture
def pf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the fixture portfolio, with the current directory at its root."""
    root = tmp_path / "kust"
    shutil.copytree(PORTFOLIO, root)
    monkeypatch.chdir(root)
    return root


def _late(out: str) -> dict[str, list[str]]:
    return {s["set"]: sorted({a["nr"] for p in s["uitvoer"]["partijen"] for a in p["acties"]})
            for s in json.loads(out)}


@pytest.mark.parametrize(("trekker", "peildatum"), list(OVERDUE))
def test_overdue_per_trekker_and_peildatum(run, pf: Path, trekker: str, peildatum: str) -> None:
    r = run("overdue", "--trekker", trekker, "--peildatum", peildatum, "-f", "json")
    assert r.code == 0, r.err
    assert _late(r.out) == OVERDUE[(trekker, peildatum)]


@pytest.mark.parametrize("name", ["Kustwonen", "KWD", "Woonstichting Kustwonen",
                                  "Kustwonen Woondiensten"])
def test_one_corporatie_under_any_of_its_names(run, pf: Path, name: str) -> None:
    r = run("overdue", "--trekker", name, "--peildatum", "1-10-2026", "-f", "json")
    assert _late(r.out) == OVERDUE[("Kustwonen", "1-10-2026")]


@pytest.mark.parametrize(("gemeente", "expected"), [
    ("polderdam", {"polderdam": ["1a"]}), ("Duinwijk", {"duinwijk": ["A1", "B1"]})])
def test_gemeente_narrows_to_one_set(run, pf: Path, gemeente: str, expected: object) -> None:
    r = run("overdue", "--trekker", "Kustwonen", "--peildatum", "1-10-2026", "--gemeente",
            gemeente, "-f", "json")
    assert _late(r.out) == expected


def test_status_of_the_corporatie_grouped_per_gemeente(run, pf: Path) -> None:
    r = run("status", "--trekker", "Kustwonen", "--peildatum", "1-10-2026")
    assert r.code == 0 and r.err == ""
    assert_golden("portefeuille-status-kustwonen.txt", r.out)


def test_overdue_of_the_whole_portfolio_in_markdown(run, pf: Path) -> None:
    r = run("overdue", "--peildatum", "1-3-2027", "-f", "md")
    assert r.code == 0
    assert_golden("portefeuille-overdue.md", r.out)
    assert r.err == ("pa: Polderdam: Geen agenda voor 2027: pa gebruikt agenda 2025-2026, de "
                     "laatste daarvoor (kies een andere met --agenda JAREN).\n")


def test_csv_has_set_and_gemeente_in_front_and_one_header(run, pf: Path) -> None:
    r = run("overdue", "--peildatum", "1-10-2026", "-f", "csv")
    lines = r.out.removeprefix("\ufeff").splitlines()
    assert lines[0].startswith("set;gemeente;partij;nr;")
    assert [line.split(";")[:4] for line in lines[1:]] == [
        ["duinwijk", "Duinwijk", "Woonstichting Kustwonen", "A1"],
        ["duinwijk", "Duinwijk", "Woonstichting Kustwonen", "B1"],
        ["duinwijk", "Duinwijk", "Huurdersvereniging De Kust", "B1"],
        ["havenstad", "Havenstad", "Woonstichting Kustwonen", "1.2"],
        ["havenstad", "Havenstad", "Stichting Havenhuis", "2.3"],
        ["havenstad", "Havenstad", "Huurdersbond De Kust", "2.1"],
        ["polderdam", "Polderdam", "Kustwonen Woondiensten", "1a"]]


def test_unknown_trekker_in_the_portfolio(run, pf: Path) -> None:
    r = run("status", "--trekker", "Kustwoonen")
    assert r.code == 2
    assert r.err.startswith("pa: trekker 'Kustwoonen' is onbekend in de portefeuille; bedoelt "
                            "u 'Kustwonen'?")


def test_inside_a_set_folder_pa_answers_for_that_set(run, pf: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(pf / "polderdam")
    r = run("overdue", "--peildatum", "1-10-2026", "-f", "json")
    assert _late(r.out) == {"polderdam": ["1a"]}


def test_data_names_the_portfolio_from_elsewhere(run, pf: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(pf.parent)
    r = run("overdue", "--data", "kust", "--trekker", "De Kust", "--peildatum", "1-10-2026",
            "-f", "json")
    assert _late(r.out) == OVERDUE[("De Kust", "1-10-2026")]


def test_gemeente_outside_a_portfolio_is_a_usage_error(run, ws) -> None:
    r = run("status", "--gemeente", "havenstad")
    assert (r.code, r.err) == (2, "pa: --gemeente geldt alleen in een portefeuille (een map met "
                               "portefeuille.yaml); deze gegevens zijn één set\n")


# -- validate --------------------------------------------------------------------------------

def test_validate_checks_every_set_and_the_registry(run, pf: Path) -> None:
    r = run("validate")
    assert (r.code, r.out) == (0, "In orde: 12 afspraken, 14 agendarijen (14 met een actie), 2 "
                               "indicatoren met 1 meting in 10 bestanden.\n")


def test_validate_names_files_relative_to_the_portfolio(run, pf: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    text = (pf / "portefeuille.yaml").read_text(encoding="utf-8")
    (pf / "portefeuille.yaml").write_text(text.replace("      polderdam: kwd\n", ""),
                                          encoding="utf-8")
    agenda = pf / "duinwijk" / "agenda-2026.yaml"
    agenda.write_text(agenda.read_text().replace("status: lopend", "status: klaar"))
    monkeypatch.chdir(pf.parent.parent)  # far from the portfolio: paths stay short
    r = run("validate", "--data", str(pf))
    assert r.code == 1
    heads = [line.split(": ", 2)[:2] for line in r.out.splitlines() if ": fout " in line]
    assert [(h[0], h[1].split()[1]) for h in heads] == [
        ("duinwijk/agenda-2026.yaml:8:13", "PA025"), ("polderdam/afspraken.yaml:14:9", "PA110")]


def test_validate_with_portefeuille_yaml_as_a_file_checks_the_portfolio(run, pf: Path) -> None:
    r = run("validate", "portefeuille.yaml")
    assert r.code == 0 and "10 bestanden" in r.out


def test_validate_gemeente_checks_that_set_and_the_registry(run, pf: Path) -> None:
    r = run("validate", "--gemeente", "havenstad")
    assert (r.code, r.out) == (0, "In orde: 7 afspraken, 6 agendarijen (6 met een actie) in 3 "
                               "bestanden.\n")


# -- one action, one set ---------------------------------------------------------------------

def test_toon_finds_the_one_set_with_that_number(run, pf: Path) -> None:
    r = run("toon", "B1", "--peildatum", "1-10-2026")
    assert r.code == 0
    assert r.out.startswith("Duinwijk (duinwijk)\n===================\nActie B1 (agenda 2026)\n")


def test_toon_with_the_set_in_front(run, pf: Path) -> None:
    r = run("toon", "havenstad:2026-2027/1.2b", "--peildatum", "1-10-2026", "-f", "json")
    [answer] = json.loads(r.out)
    assert (answer["set"], answer["uitvoer"]["nr"]) == ("havenstad", "1.2b")


def _shared_number(pf: Path) -> None:
    """Give Polderdam a row 1.2 too, so that 1.2 fits two sets."""
    path = pf / "polderdam" / "afspraken.yaml"
    path.write_text(path.read_text().replace('"1b"', '"1.2"', 1), encoding="utf-8")
    path = pf / "polderdam" / "agenda-2025-2026.yaml"
    path.write_text(path.read_text().replace('"1b"', '"1.2"', 1), encoding="utf-8")


def test_a_number_in_two_sets_is_refused_with_each_command(run, pf: Path) -> None:
    _shared_number(pf)
    before = {p: p.read_bytes() for p in pf.rglob("*.yaml")}
    r = run("set", "1.2", "--status", "gereed", "-m", "klaar")
    assert r.code == 1
    assert r.err == ("pa: geweigerd: 1.2 staat in meer dan één set van de portefeuille; "
                     "bedoelt u:\n"
                     "  pa set havenstad:1.2 --status gereed --toelichting klaar\n"
                     "  pa set polderdam:1.2 --status gereed --toelichting klaar\n")
    assert {p: p.read_bytes() for p in pf.rglob("*.yaml")} == before
    r = run("toon", "1.2")
    assert r.code == 2 and "pa toon havenstad:1.2" in r.err and "pa toon polderdam:1.2" in r.err


def test_set_and_herstel_with_the_set_named(run, pf: Path) -> None:
    _shared_number(pf)
    r = run("set", "polderdam:1.2", "--status", "lopend", "-m", "gestart")
    assert (r.code, r.out) == (0, "polderdam/agenda-2025-2026.yaml:9: agendarij 1.2: gereed -> "
                               "lopend\n")
    r = run("herstel", "1.2", "--gemeente", "Polderdam")
    assert r.code == 0 and r.out.startswith("polderdam/agenda-2025-2026.yaml:9: agendarij 1.2: ")
    assert "1.2" in (pf / "havenstad" / "agenda-2026-2027.yaml").read_text()
    assert "gestart" not in (pf / "polderdam" / "agenda-2025-2026.yaml").read_text()


def test_set_and_gemeente_that_disagree(run, pf: Path) -> None:
    r = run("set", "havenstad:1.2", "--status", "gereed", "--gemeente", "polderdam")
    assert (r.code, r.err) == (2, "pa: havenstad:1.2 noemt set havenstad, maar --gemeente zegt "
                               "polderdam; kies één\n")


def test_unknown_set_in_front_of_a_number(run, pf: Path) -> None:
    r = run("set", "havenstadd:1.2", "--status", "gereed")
    assert r.code == 2
    assert r.err == ("pa: 'havenstadd' in havenstadd:1.2 is geen set van deze portefeuille; "
                     "bedoelt u 'havenstad'? Sets: duinwijk, havenstad, polderdam\n")


def test_a_number_in_no_set(run, pf: Path) -> None:
    r = run("set", "9.9", "--status", "gereed")
    assert (r.code, r.err) == (1, "pa: geweigerd: geen set van deze portefeuille heeft een "
                               "agendarij of afspraak 9.9; sets: duinwijk, havenstad, polderdam\n")


@pytest.mark.parametrize(("args", "command"), [
    (["agenda", "nieuw", "2028"], "pa agenda nieuw 2028"),
    (["meet", "woningen", "--waarde", "12"], "pa meet woningen --waarde 12"),
    (["report", "handout", "--peildatum", "1-10-2026"],
     "pa report handout --peildatum 1-10-2026"),
    (["export", "stand.xlsx"], "pa export stand.xlsx"),
])
def test_a_command_for_one_set_asks_which(run, pf: Path, args: list[str], command: str) -> None:
    r = run(*args)
    assert r.code == 1
    head = command.split(" --")[0]
    assert r.err == (f"pa: geweigerd: {head} werkt op één set van de portefeuille; kies er "
                     "één:\n" + "".join(f"  {command} --gemeente {s}\n"
                                         for s in ("duinwijk", "havenstad", "polderdam")))


def test_agenda_nieuw_in_the_set_named(run, pf: Path) -> None:
    r = run("agenda", "nieuw", "2028", "--gemeente", "duinwijk")
    assert r.code == 0 and r.out.startswith("geschreven: duinwijk/agenda-2028.yaml")
    assert not (pf / "havenstad" / "agenda-2028.yaml").exists()


def test_report_for_one_set_with_a_portfolio_name_for_the_trekker(run, pf: Path) -> None:
    r = run("report", "handout", "--gemeente", "polderdam", "--trekker", "Kustwonen",
            "--peildatum", "1-10-2026")
    assert r.code == 0, r.err
    assert "Prestatieafspraken Polderdam 2025-2028 · trekker KWD" in r.out


# -- kalender, monitor, wijzigingen ----------------------------------------------------------

def test_kalender_per_gemeente(run, pf: Path) -> None:
    r = run("kalender", "--van", "1-9-2026", "--tot", "31-12-2026", "--trekker", "De Kust")
    assert r.code == 0
    assert_golden("portefeuille-kalender-de-kust.txt", r.out)


def test_ics_uids_are_unique_across_sets_and_stable(run, pf: Path) -> None:
    # two sets of one gemeente (two periods) share cyclus ids, agenda names and gemeente
    shutil.copytree(pf / "havenstad", pf / "havenstad-oud")
    reg = pf / "portefeuille.yaml"
    reg.write_text(reg.read_text().replace("      havenstad: kustwonen\n",
                                           "      havenstad: kustwonen\n"
                                           "      havenstad-oud: kustwonen\n"))
    r = run("kalender", "--van", "1-1-2026", "--ics", "k.ics")
    assert r.code == 0, r.err
    first = (pf / "k.ics").read_text()
    uids = [line for line in first.splitlines() if line.startswith("UID:")]
    assert len(uids) == len(set(uids)) > 10
    assert "UID:overleg-maart-2026@havenstad.havenstad.pa" in uids
    assert "UID:overleg-maart-2026@havenstad-oud.havenstad.pa" in uids
    assert "SUMMARY:Havenstad: Overleg maart" in first
    run("kalender", "--van", "1-1-2026", "--ics", "k.ics")
    assert [line for line in (pf / "k.ics").read_text().splitlines()
            if line.startswith("UID:")] == uids


def test_monitor_per_gemeente(run, pf: Path) -> None:
    r = run("monitor", "--peildatum", "1-10-2026", "-f", "json")
    answers = json.loads(r.out)
    assert [(a["set"], a["gemeente"]) for a in answers] == [
        ("duinwijk", "Duinwijk"), ("havenstad", "Havenstad"), ("polderdam", "Polderdam")]
    assert [len(a["uitvoer"]["regels"]) for a in answers] == [1, 0, 1]
    [regel] = answers[2]["uitvoer"]["regels"]
    assert (regel["indicator"], regel["afspraak"], regel["stoplicht"]) == (
        "starterswoningen", "1a", "geen meting")


def test_meet_in_the_set_named_or_the_set_folder(run, pf: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    r = run("meet", "starterswoningen", "--waarde", "9", "--jaar", "2025", "--bron", "jaarverslag",
            "--gemeente", "polderdam")
    assert r.code == 0, r.err
    assert r.out.startswith("polderdam/indicatoren.yaml:")
    monkeypatch.chdir(pf / "polderdam")
    r = run("meet", "starterswoningen", "--waarde", "12", "--jaar", "2026", "--bron", "telling",
            "--toekomst")
    assert r.code == 0, r.err
    text = (pf / "polderdam" / "indicatoren.yaml").read_text()
    assert "jaarverslag" in text and "telling" in text


def test_wijzigingen_per_gemeente(run, pf: Path, git_env: None) -> None:
    from tests.conftest import Git

    git = Git(pf)
    git("init", "-q")
    git.commit("begin")
    r = run("set", "B1", "--status", "gereed", "-m", "gehouden", "--datum", "1-10-2026")
    assert r.code == 0, r.err
    r = run("wijzigingen", "--sinds", "HEAD", "-f", "md")
    assert r.code == 0, r.err
    assert r.out.startswith("## Duinwijk (duinwijk)\n")
    assert "## Havenstad (havenstad)" in r.out and "B1" in r.out.split("## Havenstad")[0]


def test_schema_goes_to_the_portfolio_with_the_registry_schema(run, pf: Path) -> None:
    r = run("schema")
    assert r.code == 0, r.err
    written = sorted(p.name for p in (pf / "schemas").iterdir())
    assert written == ["afspraken.schema.json", "agenda.schema.json", "indicatoren.schema.json",
                       "portefeuille.schema.json"]
    schema = json.loads((pf / "schemas" / "portefeuille.schema.json").read_text())
    assert schema["properties"]["partijen"]["items"] == {"$ref": "#/$defs/RegPartij"}
    assert schema["$defs"]["RegPartij"]["required"] == ["id", "naam"]
    r = run("validate")
    assert r.code == 0 and "10 bestanden" in r.out  # schemas/ is no set


def test_a_set_folder_with_a_space_is_quoted_in_the_command_to_type(run, pf: Path) -> None:
    _shared_number(pf)
    (pf / "polderdam").rename(pf / "polder dam")
    r = run("set", "1.2", "--status", "gereed")
    assert r.err.splitlines()[1:] == ["  pa set havenstad:1.2 --status gereed",
                                      "  pa set 'polder dam:1.2' --status gereed"]
    r = run("set", "polder dam:1.2", "--status", "lopend")
    assert r.code == 0 and r.out.startswith("polder dam/agenda-2025-2026.yaml:9: ")
    r = run("agenda", "nieuw", "2028")
    assert r.err.splitlines()[-1] == "  pa agenda nieuw 2028 --gemeente 'polder dam'"


def test_export_of_one_set(run, pf: Path) -> None:
    r = run("export", "stand.xlsx", "--gemeente", "duinwijk", "--peildatum", "1-10-2026")
    assert (r.code, r.out) == (0, "geschreven: stand.xlsx (werkmap, 3 bladen, stand op 1 oktober "
                               "2026)\n")


def test_agenda_names_the_sets_that_have_it(run, pf: Path) -> None:
    r = run("overdue", "--agenda", "2026", "--peildatum", "1-10-2026", "-f", "json")
    assert _late(r.out) == {"duinwijk": ["A1", "B1"]}
    r = run("overdue", "--agenda", "2029")
    assert (r.code, r.err) == (2, "pa: --agenda 2029: geen set van deze portefeuille heeft die "
                               "agenda; bekend: duinwijk: 2026, 2027; havenstad: 2026-2027; "
                               "polderdam: 2025-2026\n")


def test_a_set_with_a_broken_afspraken_yaml_is_left_out_and_said(run, pf: Path) -> None:
    path = pf / "havenstad" / "afspraken.yaml"
    path.write_text(path.read_text().replace("gemeente: Havenstad\n", ""), encoding="utf-8")
    agenda = pf / "duinwijk" / "agenda-2027.yaml"
    agenda.write_text(agenda.read_text().replace("status: open", "status: klaar", 1))
    r = run("overdue", "--trekker", "Kustwonen", "--peildatum", "1-10-2026", "-f", "json")
    assert r.code == 1
    assert _late(r.out) == {"duinwijk": ["A1", "B1"], "polderdam": ["1a"]}
    assert "havenstad/afspraken.yaml" in r.err and "PA020" in r.err
    assert "pa: ONVOLLEDIG: havenstad (havenstad) is weggelaten" in r.err
    assert "ONVOLLEDIG: duinwijk/agenda-2027.yaml bevat fouten" in r.err


def test_a_portfolio_without_sets(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "portefeuille.yaml").write_text("titel: Leeg\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = run("status")
    assert r.code == 2 and "heeft geen sets" in r.err
    r = run("validate")
    assert r.code == 1 and "PA111" in r.out


def test_report_portefeuille_is_about_every_set(run, pf: Path) -> None:
    r = run("report", "portefeuille", "--peildatum", "1-10-2026")
    assert r.code == 0, r.err
    assert all(g in r.out for g in ("Duinwijk", "Havenstad", "Polderdam"))
    r = run("report", "portefeuille", "--gemeente", "duinwijk")
    assert (r.code, r.err) == (2, "pa: pa report portefeuille gaat over alle sets; --gemeente "
                               "hoort bij de rapporten van één set\n")
