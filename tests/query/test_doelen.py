"""Targets above the gemeente (issue 18, part 3): portefeuille.yaml's `doelen:` with their
source, each gemeente's figure against its share and the sum against the whole, on the
three-gemeente portfolio with inline figures in place of the fixture's own target (the numbers
are invented; no figure here is one that a real source states). The fixture's own target, in
text, JSON and CSV, is tested in tests/cli/test_portfolio_doelen.py."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from browsercheck import PRINT_WIDTH, WINDOW, _measure
from conftest import FIXTURES
from pa_cli.check.portfolio import check_portfolio, registry_problems
from pa_cli.load.portfolio import load_portfolio
from pa_cli.query.doelen import doelen

DOELEN = """
doelen:
  - id: sociale-nieuwbouw
    naam: Nieuwe sociale huurwoningen
    bron: Woondeal Kustregio 2026-2029 (verzonnen voor de tests), tabel 2
    indicator: nieuwbouw-sociaal
    jaren: 2026-2029
    richting: minimaal
    totaal: 450
    aandelen:
      havenstad: 250
      duinwijk: 120
      polderdam: 80
"""

INDICATOREN = """titel: Monitor Havenstad
indicatoren:
  - id: nieuwbouw-sociaal
    afspraak: "1.1"
    naam: Nieuwe sociale huurwoningen
    eenheid: woningen
    richting: minimaal
    niveaus: [portefeuille, corporatie]
metingen:
  - {indicator: nieuwbouw-sociaal, jaar: 2026, waarde: 60, eenheid: woningen, bron: jaarverslag}
  - {indicator: nieuwbouw-sociaal, jaar: 2026, waarde: 40, eenheid: woningen, bron: per corporatie,
     corporatie: Kustwonen}
  - {indicator: nieuwbouw-sociaal, jaar: 2027, waarde: 75, eenheid: woningen, bron: jaarverslag}
"""


@pytest.fixture
def pf(tmp_path: Path) -> Path:
    root = tmp_path / "pf"
    shutil.copytree(FIXTURES / "portefeuille", root)
    reg = root / "portefeuille.yaml"
    text = reg.read_text(encoding="utf-8")
    reg.write_text(text[:text.index("\n# Doelen boven de gemeente")] + DOELEN, encoding="utf-8")
    (root / "havenstad" / "indicatoren.yaml").write_text(INDICATOREN, encoding="utf-8")
    return root


def _standen(root: Path, peildatum: date):
    p = load_portfolio(root)
    assert p.registry is not None and p.problems == []
    results = check_portfolio(p)
    return doelen(p.registry, [(r.set.name, r.gemeente, r.ds) for r in results], peildatum)


def test_each_gemeente_against_its_share_and_the_sum_against_the_whole(pf):
    """Havenstad: 2026 (the whole, not Kustwonen's own figure) and 2027, added up. Duinwijk and
    Polderdam have no figure yet."""
    (stand,) = _standen(pf, date(2028, 1, 1))
    rows = [(r.gemeente, r.cijfer, r.aandeel, r.jaren, r.oordeel) for r in stand.gemeenten]
    assert rows == [("Havenstad", 135, 250, [2026, 2027], "nog 115 woningen te gaan"),
                    ("Duinwijk", None, 120, [], "geen meting"),
                    ("Polderdam", None, 80, [], "geen meting")]
    assert (stand.som, stand.oordeel, stand.zonder) == (135, "nog 315 woningen te gaan",
                                                        ["Duinwijk", "Polderdam"])
    # while 2027 runs its figure does not count yet: only 2026's
    (early,) = _standen(pf, date(2027, 12, 31))
    assert early.gemeenten[0].cijfer == 60
    # a year before the target's years does not count
    text = (pf / "portefeuille.yaml").read_text(encoding="utf-8")
    (pf / "portefeuille.yaml").write_text(text.replace("jaren: 2026-2029", "jaren: 2027-2029"),
                                          encoding="utf-8")
    (later,) = _standen(pf, date(2028, 1, 1))
    assert (later.gemeenten[0].cijfer, later.gemeenten[0].jaren) == (75, [2027])


def test_a_stock_takes_the_latest_figure_and_a_maximum_is_kept_below(pf):
    text = (pf / "portefeuille.yaml").read_text(encoding="utf-8")
    text = text.replace("    richting: minimaal\n    totaal: 450",
                        "    richting: maximaal\n    totaal: 450\n    telling: laatste")
    (pf / "portefeuille.yaml").write_text(text, encoding="utf-8")
    (stand,) = _standen(pf, date(2028, 1, 1))
    assert stand.gemeenten[0].cijfer == 75 and stand.gemeenten[0].jaren == [2027]
    assert stand.gemeenten[0].oordeel == "binnen het doel"
    assert stand.oordeel == "binnen het doel (met de cijfers die er zijn)"


def test_validate_checks_the_targets_against_the_sets(pf):
    """Shares that do not add up (PA112), a set without the indicator (PA113), a set the
    portfolio does not hold (PA035); none when all fits."""
    def codes(root: Path) -> list[tuple[str, str]]:
        p = load_portfolio(root)
        return sorted((q.code, q.message) for q in registry_problems(p, check_portfolio(p)))

    found = codes(pf)
    assert [c for c, _ in found] == ["PA113", "PA113"]  # duinwijk and polderdam measure nothing
    assert "set duinwijk heeft geen indicator 'nieuwbouw-sociaal'" in found[0][1]
    for name in ("duinwijk", "polderdam"):
        shutil.copy(pf / "havenstad" / "indicatoren.yaml", pf / name / "indicatoren.yaml")
        text = (pf / name / "indicatoren.yaml").read_text(encoding="utf-8")
        (pf / name / "indicatoren.yaml").write_text(text.replace('"1.1"', '"1a"' if name ==
                                                                 "polderdam" else '"A1"'),
                                                    encoding="utf-8")
    text = (pf / "portefeuille.yaml").read_text(encoding="utf-8")
    (pf / "portefeuille.yaml").write_text(text.replace("polderdam: 80", "polderdam: 90\n"
                                                       "      zeestad: 10"), encoding="utf-8")
    found = codes(pf)
    assert [c for c, _ in found] == ["PA035", "PA112"]
    assert found[1][1] == ("de aandelen van doel 'sociale-nieuwbouw' tellen op tot 470, het "
                           "totaal is 450; controleer ze tegen de bron (Woondeal Kustregio "
                           "2026-2029 (verzonnen voor de tests), tabel 2)")


def test_a_target_without_a_source_is_refused(pf):
    text = (pf / "portefeuille.yaml").read_text(encoding="utf-8")
    (pf / "portefeuille.yaml").write_text(text.replace(
        "    bron: Woondeal Kustregio 2026-2029 (verzonnen voor de tests), tabel 2\n", ""),
        encoding="utf-8")
    p = load_portfolio(pf)
    assert [(q.severity, q.code, q.message) for q in p.problems] == [
        ("fout", "PA020", "doel van de portefeuille 'sociale-nieuwbouw' mist de verplichte "
                          "sleutel 'bron' (tekst)")]


def test_the_portfolio_report_shows_the_targets(run, pf):
    r = run("report", "portefeuille", "--peildatum", "2028-01-01", "--data", str(pf))
    assert r.code == 0, r.err
    section = r.out.split("## Doelen boven de gemeente")[1].split("\n## ")[0]
    assert "### Nieuwe sociale huurwoningen 2026-2029" in section
    assert ("minimaal 450 woningen; bron: Woondeal Kustregio 2026-2029 (verzonnen voor de "
            "tests), tabel 2.") in section
    assert "| Havenstad | 135 | 250 | 2026, 2027 | nog 115 woningen te gaan |" in section
    assert "| **samen** | **135** | **450** |  | **nog 315 woningen te gaan** |" in section
    assert "Nog geen meting van Duinwijk, Polderdam." in section


@pytest.mark.browser
@pytest.mark.parametrize("media,width", [("screen", WINDOW[0]), ("print", PRINT_WIDTH)])
def test_the_targets_fit_the_screen_and_the_page(run, pf, tmp_path, browser, media, width):
    page = tmp_path / "portefeuille.html"
    assert run("report", "portefeuille", "--format", "html", "--peildatum", "2028-01-01",
               "--data", str(pf), "-o", str(page)).code == 0
    assert "<h2>Doelen boven de gemeente</h2>" in page.read_text(encoding="utf-8")
    assert _measure(browser, page, width, media)["faults"] == []


def test_pa_monitor_on_the_portfolio_shows_the_targets_after_the_gemeenten(run, pf):
    r = run("monitor", "--peildatum", "2028-01-01", "--data", str(pf))
    assert r.code == 0, r.err
    tail = r.out.split("Doel van de portefeuille: ")[1]
    assert tail.startswith("Nieuwe sociale huurwoningen 2026-2029, minimaal 450 woningen (bron: "
                           "Woondeal Kustregio 2026-2029 (verzonnen voor de tests), tabel 2)")
    lines = [" ".join(ln.split()) for ln in tail.splitlines()]
    assert "Havenstad 135 woningen 250 woningen 2026, 2027 nog 115 woningen te gaan" in lines
    assert "Duinwijk – 120 woningen – geen meting" in lines
    assert lines[-1] == ("Samen 135 woningen van 450 woningen: nog 315 woningen te gaan; nog "
                         "geen meting van Duinwijk, Polderdam.")
    md = run("monitor", "--peildatum", "2028-01-01", "--format", "md", "--data", str(pf)).out
    assert "| Havenstad | 135 woningen | 250 woningen | 2026, 2027 | nog 115 woningen te gaan |" \
        in md
    # one gemeente is not the portfolio: no sum against the whole
    one = run("monitor", "--gemeente", "havenstad", "--data", str(pf)).out
    assert "Doel van de portefeuille" not in one


def test_a_set_left_out_for_its_errors_has_no_figure(run, pf):
    """pa monitor and pa report portefeuille answer without a broken set (issue 18, part 2);
    the target says that set was left out, and its share still counts in the whole."""
    agenda = pf / "duinwijk" / "agenda-2026.yaml"
    agenda.write_text(agenda.read_text(encoding="utf-8").replace("status: open", "status: klaar",
                                                                 1), encoding="utf-8")
    r = run("monitor", "--peildatum", "2028-01-01", "--data", str(pf))
    assert r.code == 1 and "pa: ONVOLLEDIG: Duinwijk (duinwijk) is weggelaten" in r.err
    lines = [" ".join(ln.split()) for ln in r.out.split("Doel van de portefeuille: ")[1]
             .splitlines()]
    assert "Duinwijk – 120 woningen – weggelaten: de set bevat fouten" in lines
    assert lines[-1] == ("Samen 135 woningen van 450 woningen: nog 315 woningen te gaan; nog "
                         "geen meting van Duinwijk, Polderdam.")
    r = run("report", "portefeuille", "--peildatum", "2028-01-01", "--data", str(pf))
    assert r.code == 1
    assert "| Duinwijk | – | 120 | – | weggelaten: de set bevat fouten |" in r.out
