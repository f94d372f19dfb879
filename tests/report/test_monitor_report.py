"""The monitor section of the reports: a table per indicator, a chart from two measurements on."""

from __future__ import annotations

import re

import pytest

from conftest import assert_golden
from metingen import PEIL, record


@pytest.fixture
def measured(run, ws):
    """A copy of the shipped data with measurements over several years, written by pa meet."""
    record(run)
    return ws


def _section(out: str, fmt: str) -> str:
    """The monitor section of a report: in HTML its <section>, in Markdown from its heading."""
    if fmt == "html":
        start = out.index('<section class="deel monitor"')
        return out[start:out.index("</section>", start) + len("</section>\n")]
    start = re.search(r"^## (\d\. )?Cijfers", out, re.M).start()
    return out[start:out.index("\n_Gemaakt met pa", start) + 1]


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("name", ["stoplicht", "handout"])
def test_monitor_section_is_its_golden_file(run, measured, name, fmt):
    """With measurements recorded through pa meet, the section is exactly its golden file."""
    r = run("report", name, "--format", fmt, *PEIL)
    assert r.code == 0, r.err
    assert_golden(f"monitor-{name}.{fmt}", _section(r.out, fmt))


def test_html_has_a_chart_per_indicator_with_two_measurements(run, measured):
    """Four indicators have two or more measurements: four SVG charts, no script, titled."""
    html = _section(run("report", "stoplicht", "--format", "html", *PEIL).out, "html")
    charts = re.findall(r"<svg .*?</svg>", html, re.S)
    titles = [re.search(r"<title>(.*?)</title>", c).group(1) for c in charts]
    assert titles == ["Omvang sociale voorraad (woningen)",
                      "Voorraad per corporatie per huurklasse (woningen)",
                      "Benutte vrije toewijzingsruimte (procent)",
                      "Vrijkomend aanbod voor reguliere woningzoekenden (procent)"]
    assert "<script" not in html and "javascript:" not in html
    voorraad = charts[1]
    for series in ("Clavis, goedkoop", "WZV, vrije sector", "Clavis, duur tot de "
                   "liberalisatiegrens"):
        assert f">{series}</text>" in voorraad
    # black and white: the eight series differ in marker and dash pattern, not colour alone
    assert len(set(re.findall(r'stroke-dasharray="([^"]*)"', voorraad))) >= 7


def test_verdicts_in_the_tables(run, measured):
    """The tables give groen, oranje, rood and no colour where the afspraken set no target."""
    md = _section(run("report", "stoplicht", "--format", "md", *PEIL).out, "md")
    assert "| 2022 | totaal | 84% | ≥ 80% | 🟢 groen |  | Verhuurrapportage 2022 |" in md
    assert ("| 2023 | totaal | 78% | ≥ 80% | 🟠 oranje | binnen de marge van 5% van het doel | "
            "Verhuurrapportage 2023 |") in md
    assert "| 2024 | totaal | 71% | ≥ 80% | 🔴 rood |  | Verhuurrapportage 2024 |" in md
    assert ("| 2021 | totaal | 5.000 woningen |  | – geen kleur | het cijfer van het peiljaar 2021 "
            "| Jaarverslagen |") in md
    assert "<svg" not in md and "| 2022 | totaal | 1 project | ≥ 1 project | 🟢 groen |" in md


def test_shipped_data_section_says_geen_meting(run, ws):
    """Without measurements every indicator's table says 'geen meting', and there is no chart."""
    html = _section(run("report", "stoplicht", "--format", "html", *PEIL).out, "html")
    assert html.count('<span class="licht leeg">geen meting</span>') == 12
    assert "<svg" not in html


def test_a_small_change_is_visible_in_the_chart(run, ws):
    """5.080 -> 5.045 woningen (oranje) was a flat line on an axis from 0 (issue 20, point 16):
    the axis now spans round numbers around the values, says so, and the fall is a slope."""
    for waarde, jaar in (("5080", "2021"), ("5045", "2023")):
        assert run("meet", "sociale-voorraad", "--waarde", waarde, "--jaar", jaar, "--bron",
                   "Jaarverslagen").code == 0
    html = run("report", "stoplicht", "--format", "html", "--peildatum", "2024-06-01").out
    chart = next(c for c in re.findall(r"<svg .*?</svg>", html, re.S)
                 if "<title>Omvang sociale voorraad (woningen)</title>" in c)
    ys = [float(y) for y in re.findall(r'<polyline points="[\d.]+,([\d.]+) [\d.]+,([\d.]+) "',
                                       chart)[0]]
    assert ys[1] - ys[0] >= 40  # of 198 pixels of plot height; it was 1.4 on an axis from 0
    labels = re.findall(r'text-anchor="end" fill="#333">([^<]*)</text>', chart)
    assert labels == ["5.000", "5.050", "5.100"]
    assert "De as begint bij 5.000, niet bij 0." in chart  # for a screen reader
    caption = html[html.index(chart):].split("</figcaption>")[0]
    assert caption.endswith("De as begint bij 5.000, niet bij 0. De cijfers staan in de tabel.")
    assert "| 2023 | totaal | 5.045 woningen | ≥ peil 2021 (5.080 woningen) | 🟠 oranje |" in run(
        "report", "stoplicht", "--format", "md", "--peildatum", "2024-06-01").out


def test_an_axis_from_zero_where_zero_is_near(run, measured):
    """Values that reach down to half of the highest or lower keep the axis from 0: the
    voorraad per huurklasse, 870 to 3.124 woningen."""
    html = _section(run("report", "stoplicht", "--format", "html", *PEIL).out, "html")
    chart = next(c for c in re.findall(r"<svg .*?</svg>", html, re.S)
                 if "Voorraad per corporatie per huurklasse" in c)
    labels = re.findall(r'text-anchor="end" fill="#333">([^<]*)</text>', chart)
    assert labels[0] == "0" and "niet bij 0" not in chart
