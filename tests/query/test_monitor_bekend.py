"""A past peildatum shows the monitor as it was (issue 20, point 9): a figure counts once it could
be known. A figure for a `jaar` is known once that year has ended (the rule by which `pa meet`
calls a figure for a year not yet over "toekomst"); a figure with its own `peildatum` from that
day. A handout for the voorjaarsoverleg 2025, made on 20 maart 2025, showed the 2025 figures."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, FIXTURES
from pa_cli.load.dataset import Dataset, load
from pa_cli.model.monitor import Indicatoren, Meting
from pa_cli.query.monitor import monitor

# Invented figures (the document has none): the aanbod of 1.1.14 per year, the sociale
# voorraad of 1.1.1 on two days of 2025.
METEN = [
    ("aanbod-regulier", "--waarde", "83", "--jaar", "2023", "--bron", "Verhuurrapportage 2023"),
    ("aanbod-regulier", "--waarde", "78", "--jaar", "2024", "--bron", "Verhuurrapportage 2024"),
    ("aanbod-regulier", "--waarde", "71", "--jaar", "2025", "--bron", "Verhuurrapportage 2025"),
    ("sociale-voorraad", "--waarde", "5000", "--jaar", "2021", "--bron", "Jaarverslagen"),
    ("sociale-voorraad", "--waarde", "5080", "--peildatum", "2025-01-01", "--bron",
     "Jaarverslagen"),
    ("sociale-voorraad", "--waarde", "4700", "--peildatum", "2025-06-01", "--bron",
     "Jaarverslagen"),
]
AANBOD = "| 1.1.14 | aanbod-regulier | Vrijkomend aanbod voor reguliere woningzoekenden |  | "
VOORRAAD = "| 1.1.1 | sociale-voorraad | Omvang sociale voorraad |  | "
LINE_2023 = AANBOD + "83% | 2023 | ≥ 80% | groen |  |"
LINE_2024 = AANBOD + "78% | 2024 | ≥ 80% | oranje | binnen de marge van 5% van het doel |"
LINE_2025 = AANBOD + "71% | 2025 | ≥ 80% | rood |  |"


def _record(run) -> None:
    for args in METEN:
        r = run("meet", *args)
        assert r.code == 0, (args, r.err)


def _line(run, prefix: str, *args: str) -> str:
    r = run("monitor", "-f", "md", *args)
    assert r.code == 0, r.err
    found = [ln for ln in r.out.splitlines() if ln.startswith(prefix)]
    assert len(found) == 1, found
    return found[0]


def test_a_jaar_counts_once_that_year_has_ended(run, ws):
    """The figure for 2024 counts from 1 januari 2025, not during 2024; 2025's from 2026."""
    _record(run)
    for peildatum, line in [("2024-06-30", LINE_2023), ("2024-12-31", LINE_2023),
                            ("2025-01-01", LINE_2024), ("2025-03-20", LINE_2024),
                            ("2025-12-31", LINE_2024), ("2026-01-01", LINE_2025)]:
        assert _line(run, AANBOD, "--peildatum", peildatum) == line, peildatum


def test_a_figure_with_a_peildatum_counts_from_that_day(run, ws):
    """Measured on 1 juni 2025: not on 31 mei, from 1 juni on."""
    _record(run)
    assert _line(run, VOORRAAD, "--peildatum", "2025-05-31") == (
        VOORRAAD + "5.080 woningen | 01-01-2025 | ≥ peil 2021 (5.000 woningen) | groen |  |")
    assert _line(run, VOORRAAD, "--peildatum", "2025-06-01") == (
        VOORRAAD + "4.700 woningen | 01-06-2025 | ≥ peil 2021 (5.000 woningen) | rood |  |")


def test_before_any_figure_was_known_the_monitor_says_geen_meting(run, ws):
    """On 31 december 2023 only the 2021 reference figure of the voorraad was known, and no
    figure of the aanbod at all: 2023's came after the year."""
    _record(run)
    assert _line(run, AANBOD, "--peildatum", "2023-12-31") == (
        AANBOD + " |  | ≥ 80% | geen meting | nog geen cijfer vastgelegd |")


def test_json_and_csv_of_an_old_peildatum(run, ws):
    """The figure of the JSON and the CSV on 20 maart 2025 is that of 2024."""
    _record(run)
    rows = json.loads(run("monitor", "-f", "json", "--peildatum", "2025-03-20").out)["regels"]
    row = next(r for r in rows if r["indicator"] == "aanbod-regulier")
    assert (row["jaar"], row["waarde"], row["stoplicht"], row["bron"]) == (
        2024, 78, "oranje", "Verhuurrapportage 2024")
    out = run("monitor", "-f", "csv", "--peildatum", "2025-03-20").out
    table = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff")), delimiter=";"))
    aanbod = [(r["jaar"], r["waarde"]) for r in table if r["indicator"] == "aanbod-regulier"]
    assert aanbod == [("2024", "78")]


def _section(md: str, heading: str) -> list[str]:
    part = md.split(f"### {heading}\n")[1].split("\n### ")[0].split("\n## ")[0]
    return [ln for ln in part.splitlines() if ln.startswith("| 20") or ln.startswith("| 0")]


def test_the_handout_of_an_old_overleg_shows_what_was_known(run, ws):
    """The handout for the voorjaarsoverleg 2025, made on 20 maart 2025: the figures up to 2024
    and the voorraad of 1 januari 2025, not the 2025 figures; its chart neither."""
    _record(run)
    md = run("report", "handout", "--overleg", "voorjaar 2025", "--peildatum", "2025-03-20",
             "-f", "md")
    assert md.code == 0, md.err
    assert _section(md.out, "1.1.14 Vrijkomend aanbod voor reguliere woningzoekenden") == [
        "| 2023 | totaal | 83% | ≥ 80% | 🟢 groen |  | Verhuurrapportage 2023 |",
        "| 2024 | totaal | 78% | ≥ 80% | 🟠 oranje | binnen de marge van 5% van het doel | "
        "Verhuurrapportage 2024 |"]
    assert _section(md.out, "1.1.1 Omvang sociale voorraad") == [
        "| 2021 | totaal | 5.000 woningen |  | – geen kleur | het cijfer van het peiljaar 2021 "
        "| Jaarverslagen |",
        "| 01-01-2025 | totaal | 5.080 woningen | ≥ peil 2021 (5.000 woningen) | 🟢 groen |  "
        "| Jaarverslagen |"]
    html = run("report", "handout", "--overleg", "voorjaar 2025", "--peildatum", "2025-03-20",
               "-f", "html").out
    assert "Verhuurrapportage 2024" in html
    assert "Verhuurrapportage 2025" not in html and "71%" not in html
    assert "4.700" not in html


# -- on a fictional gemeente: Polderdam of the portfolio fixture, its own numbering (1a) --

POLDERDAM_METINGEN = """metingen:
  - {indicator: starterswoningen, jaar: 2025, waarde: 9, eenheid: woningen, bron: jaarverslag}
  - {indicator: starterswoningen, jaar: 2026, waarde: 16, eenheid: woningen, bron: jaarverslag}
"""
STARTERS = "| 1a | starterswoningen | Opgeleverde starterswoningen |  | "


def test_a_fictional_gemeente_counts_a_year_once_it_has_ended(run, tmp_path: Path):
    data = tmp_path / "polderdam"
    shutil.copytree(FIXTURES / "portefeuille" / "polderdam", data)
    path = data / "indicatoren.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("metingen: []\n",
                                                             POLDERDAM_METINGEN),
                    encoding="utf-8")
    assert _line(run, STARTERS, "--data", str(data), "--peildatum", "2025-12-31") == (
        STARTERS + " |  |  | geen meting | nog geen cijfer vastgelegd |")
    assert _line(run, STARTERS, "--data", str(data), "--peildatum", "2026-11-30") == (
        STARTERS + "9 woningen | 2025 |  | – | geen doel voor 2025 |")
    assert _line(run, STARTERS, "--data", str(data), "--peildatum", "2027-01-01") == (
        STARTERS + "16 woningen | 2026 | ≥ 15 woningen | groen |  |")


# -- the rule for any figures and any peildatum --

@cache
def _shipped() -> Dataset:
    return load(DATA)


MOMENT = st.one_of(st.tuples(st.integers(2021, 2031), st.none()),
                   st.tuples(st.none(), st.dates(date(2021, 1, 1), date(2031, 12, 31))))


def _known(jaar: int | None, peildatum: date | None, day: date) -> bool:
    """The rule, in its own words: a jaar once it has ended, a peildatum from that day."""
    return jaar < day.year if jaar is not None else peildatum is not None and peildatum <= day


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(MOMENT, st.integers(0, 100)), max_size=6),
       st.dates(date(2020, 1, 1), date(2033, 1, 1)))
def test_the_monitor_shows_the_latest_figure_known_on_the_peildatum(figures, day):
    shipped = _shipped()
    assert shipped.indicatoren is not None
    seen, metingen = set(), []
    for (jaar, peildatum), waarde in figures:
        if (jaar, peildatum) not in seen:  # one figure per moment, as validation demands
            seen.add((jaar, peildatum))
            metingen.append(Meting("aanbod-regulier", waarde, "procent", "Test", jaar, peildatum))
    mon = Indicatoren(shipped.indicatoren.titel, shipped.indicatoren.indicatoren, metingen)
    ds = Dataset(DATA, shipped.afspraken, shipped.agendas, mon)
    (regel,) = [r for r in monitor(ds, day).regels if r.indicator.id == "aanbod-regulier"]
    known = sorted((m for m in metingen if _known(m.jaar, m.peildatum, day)),
                   key=lambda m: m.moment)
    assert regel.metingen == known
    assert regel.meting == (known[-1] if known else None)
