"""The monitor in the verlenging of afspraak 5.6: the targets of 2025 hold until a successor."""

from __future__ import annotations

import json

import pytest

INDICATOREN = "indicatoren.yaml"
ZEVEN_VIJF_TIEN = ("| 1.1.14 | aanbod-regulier | Vrijkomend aanbod voor reguliere woningzoekenden "
                   "|  | ")
OPVOLGER = "  tot_en_met: 2025-12-31\n  opvolger_ondertekend: 2026-06-15\n"


def _meting(indicator: str, when: str, waarde: str, eenheid: str) -> str:
    return (f"  - indicator: {indicator}\n    {when}\n    waarde: {waarde}\n"
            f"    eenheid: {eenheid}\n    bron: Test\n")


def _with(ws, *metingen: str) -> None:
    ws.replace(INDICATOREN, "metingen: []\n", "metingen:\n" + "".join(metingen))


def _md(run, peildatum: str) -> list[str]:
    r = run("monitor", "-f", "md", "--peildatum", peildatum)
    assert r.code == 0, r.err
    return r.out.splitlines()


def _line(lines: list[str], indicator: str) -> str:
    found = [ln for ln in lines if f"| {indicator} |" in ln]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("meting, line", [
    # 2025 itself: the target of the looptijd, no word about the verlenging
    (("aanbod-regulier", "jaar: 2025", "77", "procent"),
     ZEVEN_VIJF_TIEN + "77% | 2025 | ≥ 80% | oranje | binnen de marge van 5% van het doel |"),
    # the 10% of 2023 had no successor for 2024-2025, so the verlenging has none either
    (("vrije-toewijzingsruimte", "jaar: 2026", "12", "procent"),
     "| 1.1.12 | vrije-toewijzingsruimte | Benutte vrije toewijzingsruimte |  | 12% | 2026 |  "
     "| – | geen doel voor 2026: in de verlenging (5.6) geldt het doel van 2025, en voor 2025 "
     "is er geen |"),
    # the flexibele schil of 80 ('de komende jaren') needs no verlenging: groen, no note
    (("flexibele-schil", "jaar: 2026", "80", "woningen"),
     "| 1.1.11 | flexibele-schil | Aanvullende flexibele schil |  | 80 woningen | 2026 "
     "| ≥ 80 woningen | groen |  |"),
], ids=["2025", "doel-2023-keert-niet-terug", "zonder-jaartal"])
def test_one_figure_on_1_januari_2027(run, ws, meting, line):
    """One figure's line on 1 January 2027, the first day a figure for 2026 is known, in the
    verlenging: exactly as the rule says."""
    _with(ws, _meting(*meting))
    assert _line(_md(run, "2027-01-01"), meting[0]) == line


def test_a_standing_norm_holds_in_the_verlenging(run, ws):
    """74% in 2026 is rood against the 80% of 2022-2025, which the verlenging continues."""
    _with(ws, _meting("aanbod-regulier", "jaar: 2026", "74", "procent"))
    assert _line(_md(run, "2027-01-01"), "aanbod-regulier") == (
        ZEVEN_VIJF_TIEN + "74% | 2026 | ≥ 80% | rood | doel 2022-2025, geldt door in de "
        "verlenging (5.6) |")
    r = run("monitor", "-f", "json", "--peildatum", "2027-01-01")
    row = next(x for x in json.loads(r.out)["regels"] if x["indicator"] == "aanbod-regulier")
    assert (row["doel"], row["doel_herkomst"], row["stoplicht"]) == (
        80, "doel 2022-2025, geldt door in de verlenging (5.6)", "rood")
    table = run("monitor", "--peildatum", "2027-01-01").out.splitlines()
    assert table[2].split()[:3] == ["afspraak", "id", "indicator"]
    assert next(ln for ln in table if ln.startswith("1.1.14")).split()[:2] == [
        "1.1.14", "aanbod-regulier"]


def test_op_peil_2021_holds_in_the_verlenging(run, ws):
    """'Minimaal op peil 2021' is still the 2021 figure in 2026: 4.900 against 5.000 is oranje."""
    _with(ws, _meting("sociale-voorraad", "jaar: 2021", "5000", "woningen"),
          _meting("sociale-voorraad", "jaar: 2026", "4900", "woningen"))
    assert _line(_md(run, "2027-01-01"), "sociale-voorraad") == (
        "| 1.1.1 | sociale-voorraad | Omvang sociale voorraad |  | 4.900 woningen | 2026 "
        "| ≥ peil 2021 (5.000 woningen) | oranje | binnen de marge van 5% van het doel; doel "
        "2022-2025, geldt door in de verlenging (5.6) |")


def test_a_target_written_for_a_year_of_the_verlenging_wins(run, ws):
    """Once the werkgroep records a target for 2026 itself, that one counts, without a note."""
    ws.replace(INDICATOREN, '      - jaren: "2022-2025"\n        waarde: 80\n',
               '      - jaren: "2022-2025"\n        waarde: 80\n      - jaren: 2026\n'
               '        waarde: 70\n')
    _with(ws, _meting("aanbod-regulier", "jaar: 2026", "74", "procent"))
    assert _line(_md(run, "2027-01-01"), "aanbod-regulier") == (
        ZEVEN_VIJF_TIEN + "74% | 2026 | ≥ 70% | groen |  |")


def test_no_target_after_a_successor_was_signed(run, ws):
    """Signed on 15 June 2026: a figure of March is still judged, one of September is not."""
    ws.replace("afspraken.yaml", "  tot_en_met: 2025-12-31\n", OPVOLGER)
    _with(ws, _meting("aanbod-regulier", "peildatum: 2026-03-01", "74", "procent"),
          _meting("aanbod-regulier", "peildatum: 2026-09-01", "60", "procent"),
          _meting("sociale-voorraad", "jaar: 2021", "5000", "woningen"),
          _meting("sociale-voorraad", "jaar: 2026", "5100", "woningen"))
    assert _line(_md(run, "2026-05-01"), "aanbod-regulier") == (
        ZEVEN_VIJF_TIEN + "74% | 01-03-2026 | ≥ 80% | rood | doel 2022-2025, geldt door in de "
        "verlenging (5.6) |")
    after = _md(run, "2027-01-01")
    assert _line(after, "aanbod-regulier") == (
        ZEVEN_VIJF_TIEN + "60% | 01-09-2026 |  | – | geen doel op 1 september 2026: op 15 juni "
        "2026 is een nieuwe overeenkomst ondertekend (afspraak 5.6) |")
    assert _line(after, "sociale-voorraad") == (
        "| 1.1.1 | sociale-voorraad | Omvang sociale voorraad |  | 5.100 woningen | 2026 |  | – "
        "| geen doel voor 2026: op 15 juni 2026 is een nieuwe overeenkomst ondertekend "
        "(afspraak 5.6) |")


def test_report_names_the_target_of_the_verlenging(run, ws):
    """The report's monitor section says per indicator what holds from 2026 on, and after."""
    _with(ws, _meting("aanbod-regulier", "jaar: 2025", "77", "procent"),
          _meting("aanbod-regulier", "jaar: 2026", "74", "procent"))
    md = run("report", "stoplicht", "-f", "md", "--peildatum", "2027-01-01").out
    assert ("Doel: 2022-2025: ≥ 80%; vanaf 2026 in de verlenging (afspraak 5.6): het doel van "
            "2022-2025 geldt door.") in md
    assert ("Doel: 2022: ≤ 15% (wettelijk maximum); 2023: ≤ 10%; vanaf 2026 in de verlenging "
            "(afspraak 5.6): geen doel, zoals in 2025.") in md
    assert ("| 2026 | totaal | 74% | ≥ 80% | 🔴 rood | doel 2022-2025, geldt door in de "
            "verlenging (5.6) | Test |") in md
    html = run("report", "stoplicht", "-f", "html", "--peildatum", "2027-01-01").out
    assert "doel ≥ 80% in 2022-2025 en in de verlenging (5.6)" in html
    ws.replace("afspraken.yaml", "  tot_en_met: 2025-12-31\n", OPVOLGER)
    md = run("report", "stoplicht", "-f", "md", "--peildatum", "2027-01-01").out
    assert ("Doel: 2022-2025: ≥ 80%; vanaf 2026 in de verlenging (afspraak 5.6): het doel van "
            "2022-2025 geldt door; vanaf 15 juni 2026 (nieuwe overeenkomst): geen doel uit deze "
            "afspraken.") in md
