"""`pa monitor` on the fixture portfolio with its own target above the gemeente (issue 18, part
3): tests/fixtures/portefeuille/portefeuille.yaml `doelen:` (invented, like the gemeenten: there
is no Woondeal Kustregio). Duinwijk measured 12 starterswoningen on 1 July 2026 against a share
of 20, Polderdam nothing yet against 40; together 12 of 60. Text, JSON and CSV carry the same:
each gemeente's share, the whole and the source."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

PEIL = ("--peildatum", "1-10-2026")
BRON = "Woondeal Kustregio 2025-2028 (verzonnen voor de tests), tabel 1"
HERKOMST = f"doel van de portefeuille starters-kust 2025-2028: minimaal 60 woningen (bron: {BRON})"


@pytest.fixture
def pf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "kust"
    shutil.copytree(FIXTURES / "portefeuille", root)
    monkeypatch.chdir(root)
    return root


def test_text_each_gemeente_against_its_share_and_the_sum_against_the_whole(run, pf) -> None:
    r = run("monitor", *PEIL)
    assert (r.code, r.err) == (0, "")
    tail = r.out[r.out.index("Doel van de portefeuille"):]
    assert tail == (
        f"Doel van de portefeuille: Starterswoningen in de kustregio 2025-2028, minimaal 60 "
        f"woningen (bron: {BRON})\n"
        "\n"
        "gemeente   cijfer       aandeel      jaren  stand\n"
        "Duinwijk   12 woningen  20 woningen  2026   nog 8 woningen te gaan\n"
        "Polderdam  –            40 woningen  –      geen meting\n"
        "\n"
        "Samen 12 woningen van 60 woningen: nog 48 woningen te gaan; nog geen meting van "
        "Polderdam.\n")


def test_json_carries_each_sets_share_the_whole_and_the_source(run, pf) -> None:
    r = run("monitor", *PEIL, "-f", "json")
    assert (r.code, r.err) == (0, "")
    answer = json.loads(r.out)
    assert [(a["set"], a["gemeente"]) for a in answer] == [
        ("duinwijk", "Duinwijk"), ("havenstad", "Havenstad"), ("polderdam", "Polderdam")]
    doel = {"doel": "starters-kust", "naam": "Starterswoningen in de kustregio", "bron": BRON,
            "indicator": "starterswoningen", "jaren": "2025-2028", "richting": "minimaal",
            "telling": "som", "eenheid": "woningen", "totaal": 60, "som": 12,
            "oordeel_totaal": "nog 48 woningen te gaan", "zonder_meting": ["Polderdam"]}
    assert answer[0]["doelen"] == [doel | {"aandeel": 20, "cijfer": 12, "cijfer_jaren": [2026],
                                           "oordeel": "nog 8 woningen te gaan"}]
    assert answer[1]["doelen"] == []  # Havenstad has no share
    assert answer[2]["doelen"] == [doel | {"aandeel": 40, "cijfer": None, "cijfer_jaren": [],
                                           "oordeel": "geen meting"}]
    assert [len(a["uitvoer"]["regels"]) for a in answer] == [1, 0, 1]  # the monitors as ever


def test_csv_has_a_row_per_gemeente_and_one_for_the_sum(run, pf) -> None:
    r = run("monitor", *PEIL, "-f", "csv")
    assert (r.code, r.err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(r.out.removeprefix("\ufeff")), delimiter=";"))
    keys = ("set", "gemeente", "indicator", "naam", "jaar", "waarde", "doel", "doel_tekst",
            "doel_herkomst", "toelichting")
    doelen = [tuple(row[k] for k in keys) for row in rows if row["doel_herkomst"]]
    naam = "Starterswoningen in de kustregio"
    assert doelen == [
        ("duinwijk", "Duinwijk", "starterswoningen", naam, "2026", "12", "20", "≥ 20 woningen",
         HERKOMST, "nog 8 woningen te gaan"),
        ("polderdam", "Polderdam", "starterswoningen", naam, "", "", "40", "≥ 40 woningen",
         HERKOMST, "geen meting"),
        ("", "samen", "starterswoningen", naam, "", "12", "60", "≥ 60 woningen", HERKOMST,
         "nog 48 woningen te gaan; nog geen meting van Polderdam")]
    # the monitors of the sets come first, under the same one header
    assert [(row["set"], row["afspraak"]) for row in rows[:2]] == [("duinwijk", "A1"),
                                                                 ("polderdam", "1a")]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "md"])
def test_one_gemeente_is_not_the_portfolio(run, pf, fmt) -> None:
    r = run("monitor", *PEIL, "--gemeente", "duinwijk", "-f", fmt)
    assert r.code == 0
    assert "starters-kust" not in r.out and "Doel van de portefeuille" not in r.out
