"""`pa meet`: one measurement is added to indicatoren.yaml, and nothing else ever changes."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import Git, Workspace
from pa_cli.edit import writer
from pa_cli.load.dataset import load

INDICATOREN = "indicatoren.yaml"


def _diff(repo: Git) -> list[str]:
    out = repo("diff", "-U0").stdout
    return [ln for ln in out.splitlines() if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]


def test_meet_records_one_measurement(run, ws, repo):
    """The diff shows the measurement and nothing else; the empty list opens into a block."""
    r = run("meet", "aanbod-regulier", "--waarde", "82,5", "--jaar", "2023", "--bron",
            "Verhuurrapportage 2023")
    assert r.code == 0, r.err
    line = ws.line_of(INDICATOREN, "  - indicator: aanbod-regulier")
    assert r.out == (f"data/indicatoren.yaml:{line}: meting vastgelegd: aanbod-regulier 2023: "
                     "82,5%\n")
    assert _diff(repo) == [
        "-metingen: []",
        "+metingen:",
        "+  - indicator: aanbod-regulier",
        "+    jaar: 2023",
        "+    waarde: 82.5",
        "+    eenheid: procent",
        "+    bron: Verhuurrapportage 2023",
    ]


def test_second_measurement_is_appended_with_its_series(run, ws, repo):
    """Later measurements are added at the end; names are written as the data spells them."""
    run("meet", "aanbod-regulier", "--waarde", "82.5", "--jaar", "2023", "--bron", "a")
    repo.commit("1")
    r = run("meet", "voorraad-huurklasse", "--waarde", "1200", "--peildatum", "1-1-2022",
            "--bron", "Bijlage 1: schema voorraad", "--corporatie", "woongoed",
            "--huurklasse", "Duur tot de liberalisatiegrens")
    assert r.code == 0, r.err
    assert r.out.endswith("meting vastgelegd: voorraad-huurklasse 1 januari 2022 (WZV, duur tot de "
                          "liberalisatiegrens): 1.200 woningen\n")
    assert _diff(repo) == [
        "+  - indicator: voorraad-huurklasse",
        "+    peildatum: 2022-01-01",
        "+    waarde: 1200",
        "+    eenheid: woningen",
        '+    bron: "Bijlage 1: schema voorraad"',
        "+    corporatie: WZV",
        "+    huurklasse: duur tot de liberalisatiegrens",
    ]


def test_crlf_and_bom_are_kept(run, ws):
    """A file saved on Windows (BOM, CRLF) keeps both after pa meet."""
    path = ws.path(INDICATOREN)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "x").code == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.endswith(b"    bron: x\r\n")


REFUSALS = [
    pytest.param(["aanbod-regulir", "--waarde", "1", "--jaar", "2023"], 1,
                 "pa: geweigerd: indicator 'aanbod-regulir' bestaat niet; bedoelt u "
                 "'aanbod-regulier'? Kies uit: sociale-voorraad, aandeel-sociale-voorraad, "
                 "voorraad-huurklasse, goedkoop-jongeren, flexibele-schil, "
                 "vrije-toewijzingsruimte, aanbod-regulier, nultredenwoningen, hofje-philippine, "
                 "opvangwoningen, skaeve-huse, skaeve-huse-woningen\n", id="unknown-indicator"),
    pytest.param(["aanbod-regulier", "--waarde", "82%", "--jaar", "2023"], 1,
                 "pa: geweigerd: --waarde '82%' is geen getal; schrijf alleen cijfers, zoals 812 "
                 "of 82,5 (zonder eenheid of %-teken)\n", id="not-a-number"),
    pytest.param(["aanbod-regulier", "--waarde", "101", "--jaar", "2023"], 1,
                 "pa: geweigerd: na deze wijziging zou het bestand niet meer kloppen:\n"
                 "data/indicatoren.yaml:162:13: fout PA065: meting van 'aanbod-regulier' is 101%, "
                 "meer dan 100%; een percentage ligt tussen 0 en 100\n", id="over-100"),
    pytest.param(["aanbod-regulier", "--waarde", "90", "--jaar", "2020"], 1,
                 "pa: geweigerd: na deze wijziging zou het bestand niet meer kloppen:\n"
                 "data/indicatoren.yaml:161:11: fout PA063: meting van 'aanbod-regulier' over "
                 "2020 valt buiten de looptijd (2022 t/m nu (afspraak 5.6)); alleen een peiljaar "
                 "van een doel mag ervoor liggen\n", id="outside-looptijd"),
    pytest.param(["skaeve-huse", "--waarde", "1", "--jaar", "2022", "--kern", "Axel"], 1,
                 "pa: geweigerd: na deze wijziging zou het bestand niet meer kloppen:\n"
                 "data/indicatoren.yaml:165:11: fout PA067: meting van 'skaeve-huse' noemt een "
                 "kern, maar deze indicator wordt gemeten per: portefeuille; laat 'kern' weg\n",
                 id="level-not-allowed"),
    pytest.param(["voorraad-huurklasse", "--waarde", "1", "--jaar", "2022", "--huurklasse",
                  "sociaal"], 1,
                 "pa: geweigerd: huurklasse 'sociaal' bestaat niet; kies uit: goedkoop, "
                 "betaalbaar, duur tot de liberalisatiegrens, vrije sector\n",
                 id="unknown-huurklasse"),
    pytest.param(["skaeve-huse", "--waarde", "1", "--jaar", "2022", "--peildatum",
                  "2022-12-31"], 2,
                 "pa: geef het jaar (--jaar 2023) of de peildatum (--peildatum 2023-12-31) van "
                 "het cijfer, één van beide\n", id="jaar-and-peildatum"),
]


@pytest.mark.parametrize("args, code, err", REFUSALS)
def test_refusals_write_nothing(run, ws, args, code, err):
    """Every refusal names the reason (with file:line:col where a rule says no); nothing written."""
    before = ws.snapshot()
    r = run("meet", *args, "--bron", "Test")
    assert (r.code, r.err) == (code, err)
    assert ws.snapshot() == before


def test_layout_a_round_trip_cannot_keep_is_refused(run, ws):
    """A file whose layout ruamel.yaml would rewrite is refused with the line to fix."""
    ws.replace(INDICATOREN, "titel: Monitor", "titel:   Monitor")
    before = ws.snapshot()
    r = run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "a")
    assert r.code == 1
    assert r.err.startswith("pa: geweigerd: pa kan data/indicatoren.yaml niet bewerken zonder "
                            f"ook regel {ws.line_of(INDICATOREN, 'titel:')} te veranderen")
    assert ws.snapshot() == before


def test_busy_writer_is_waited_for_then_refused(run, ws, monkeypatch):
    """pa meet takes the same writer lock as pa set: while it is held, nothing is written."""
    monkeypatch.setattr(writer, "TIMEOUT", 0.3)
    before = ws.snapshot()
    with writer.locked(ws.data):
        r = run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "a")
    assert r.code == 1
    assert r.err.startswith(f"pa: geweigerd: een andere schrijver is nog bezig in "
                            f"{os.path.realpath(ws.data)}")
    assert ws.snapshot() == before


def test_monitor_over_several_years_through_pa_meet(run, ws):
    """Figures recorded with pa meet over the years give groen, oranje, rood and geen meting."""
    for args in (["aanbod-regulier", "--waarde", "84", "--jaar", "2022"],
                 ["aanbod-regulier", "--waarde", "78", "--jaar", "2023"],
                 ["vrije-toewijzingsruimte", "--waarde", "9", "--jaar", "2022"],
                 ["vrije-toewijzingsruimte", "--waarde", "12,5", "--jaar", "2023"],
                 ["sociale-voorraad", "--waarde", "5000", "--jaar", "2021"],
                 ["sociale-voorraad", "--waarde", "5020", "--jaar", "2023"]):
        r = run("meet", *args, "--bron", "Jaarcijfers")
        assert r.code == 0, r.err
    rows = json.loads(run("monitor", "-f", "json", "--peildatum", "2024-01-01").out)["regels"]
    got = {r["indicator"]: (r["waarde"], r["stoplicht"]) for r in rows}
    assert got["aanbod-regulier"] == (78, "oranje")
    assert got["vrije-toewijzingsruimte"] == (12.5, "rood")
    assert got["sociale-voorraad"] == (5020, "groen")
    assert got["skaeve-huse"] == (None, "geen meting")
    earlier = json.loads(run("monitor", "-f", "json", "--peildatum", "2023-12-31").out)["regels"]
    assert {r["indicator"]: r["stoplicht"] for r in earlier}["aanbod-regulier"] == "groen"


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bron=st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"],
                                           blacklist_characters="\u2028\u2029\x85"),
                    min_size=1, max_size=40).filter(lambda t: t.strip() == t and t),
       waarde=st.one_of(st.integers(0, 10**6), st.floats(0, 100, allow_nan=False).map(
           lambda x: round(x, 2))))
def test_any_bron_and_waarde_round_trip(run, tmp_path_factory, monkeypatch, bron, waarde):
    """Whatever source text and number are given, reading the file back gives exactly them."""
    ws = Workspace(tmp_path_factory.mktemp("w"))
    monkeypatch.chdir(ws.root)
    unit_id = "skaeve-huse-woningen" if isinstance(waarde, int) else "aanbod-regulier"
    r = run("meet", unit_id, "--waarde", str(waarde), "--jaar", "2023", "--bron", bron)
    assert r.code == 0, r.err
    m = load(ws.data).indicatoren.metingen[-1]
    assert (m.bron, m.waarde) == (bron, waarde)


def test_a_figure_for_a_year_not_ended_needs_toekomst(run, ws):
    """`--jaar 2099` (or a typo 2032 for 2023) would push the real figure out of the monitor and
    the handout: refused like pa set's --datum in the future, unless --toekomst; a figure for a
    past year or peildatum is recorded as always."""
    from datetime import date

    from pa_cli.base.exits import Refused
    from pa_cli.edit import meet as core

    before = ws.snapshot()
    today = date(2026, 12, 6)
    for vraag, why in (
        (core.Vraag("aanbod-regulier", "80", "Rapportage", jaar=2026),
         "jaar 2026 is nog niet voorbij (vandaag is 6 december 2026)"),
        (core.Vraag("aanbod-regulier", "80", "Rapportage", peildatum=date(2026, 12, 7)),
         "peildatum 7 december 2026 ligt na vandaag (6 december 2026)"),
    ):
        with pytest.raises(Refused) as refused:
            core.meet(ws.data, vraag, today=today)
        assert str(refused.value) == (
            f"{why}; de monitor toont het laatste cijfer, en dit zou dat van een voorbij jaar "
            "verdringen. Klopt het, geef dan ook --toekomst")
    assert ws.snapshot() == before
    r = run("meet", "aanbod-regulier", "--waarde", "80", "--jaar", "2099", "--bron", "Typo")
    assert r.code == 1
    assert r.err.startswith("pa: geweigerd: jaar 2099 is nog niet voorbij (vandaag is ")
    assert r.err.endswith("Klopt het, geef dan ook --toekomst\n")
    assert ws.snapshot() == before
    core.meet(ws.data, core.Vraag("aanbod-regulier", "80", "Rapportage", jaar=2025), today=today)
    core.meet(ws.data, core.Vraag("aanbod-regulier", "81", "Prognose", jaar=2026), today=today,
              toekomst=True)
    assert [m.jaar for m in load(ws.data).indicatoren.metingen] == [2025, 2026]


def test_validate_warns_of_a_figure_for_a_year_not_ended(ws):
    """A hand typo `jaar: 2032` for 2023 is warned about (PA069) where it stands; so is a
    peildatum after today."""
    from datetime import date

    from pa_cli.check.validate import validate

    ws.replace(INDICATOREN, "metingen: []\n", (
        "metingen:\n"
        "  - indicator: aanbod-regulier\n    jaar: 2022\n    waarde: 80\n    eenheid: procent\n"
        "    bron: Rapportage\n"
        "  - indicator: aanbod-regulier\n    jaar: 2032\n    waarde: 82\n    eenheid: procent\n"
        "    bron: Rapportage\n"
        "  - indicator: sociale-voorraad\n    peildatum: 2026-12-07\n    waarde: 5080\n"
        "    eenheid: woningen\n    bron: Jaarverslag\n"))
    line = ws.line_of(INDICATOREN, "jaar: 2032")
    problems = [p for p in validate(load(ws.data), today=date(2026, 12, 6)) if p.code == "PA069"]
    assert [(p.line, p.severity, p.message) for p in problems] == [
        (line, "waarschuwing", "meting aanbod-regulier 2032: jaar 2032 is nog niet voorbij "
         "(vandaag is 6 december 2026); de monitor en de hand-out tonen dit cijfer als het "
         "laatste. Is het jaartal of de datum fout, verbeter het dan"),
        (line + 5, "waarschuwing", "meting sociale-voorraad 7 december 2026: peildatum 7 december "
         "2026 ligt na vandaag (6 december 2026); de monitor en de hand-out tonen dit cijfer als "
         "het laatste. Is het jaartal of de datum fout, verbeter het dan"),
    ]
