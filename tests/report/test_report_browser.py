"""The HTML reports in a real browser: headless Chromium takes a screenshot and prints to PDF.

These run in CI (.ci/run installs Debian's chromium and poppler-utils); there they fail, never
skip, when Chromium or pdftotext is missing. On a developer's machine without them they are
skipped.

The layout of the reports on screen and on paper is checked in test_report_layout.py.

The picture docs/handout.png (README, manual) is this screenshot of the handout; after an intended
change, rewrite it with

    PA_UPDATE_SCREENSHOT=1 .venv/bin/python -m pytest tests/report/test_report_browser.py
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from browsercheck import (
    _MEASURE,
    PEIL,
    PRINT_WIDTH,
    WINDOW,
    _a4,
    _browse,
    _console,
    _header_row,
    _measure,
    _pdf_pages,
    _png,
)
from conftest import REPO
from pdfcheck import (
    BLOCKS_JS,
    body,
    numbering_faults,
    page_faults,
    stranded,
    words,
)

pytestmark = pytest.mark.browser

SCREENSHOT = REPO / "docs" / "handout.png"


@pytest.mark.parametrize("name", ["handout", "stoplicht"])
def test_screenshot_shows_the_stoplicht_table_without_console_errors(run, ws, tmp_path,
                                                                   chromium, name):
    """In Chromium the page logs nothing to its console and the stoplicht table is in view."""
    page = tmp_path / f"{name}.html"
    assert run("report", name, "--format", "html", *PEIL, "-o", str(page)).code == 0
    shot = tmp_path / f"{name}.png"
    log = _browse(tmp_path, f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={shot}",
                  page.as_uri())
    assert _console(log) == []
    png = shot.read_bytes()
    width, height, _, _ = _png(png)
    assert (width, height) == WINDOW  # the screenshot is the viewport
    y = _header_row(png)
    assert y is not None and y < height // 2, "stoplicht table not in the viewport's top half"
    if name == "handout":
        if os.environ.get("PA_UPDATE_SCREENSHOT") and not os.environ.get("CI"):
            SCREENSHOT.parent.mkdir(exist_ok=True)
            SCREENSHOT.write_bytes(png)
        assert _png(SCREENSHOT.read_bytes())[:2] == WINDOW  # the README's picture is this one


def test_console_check_sees_errors(ws, tmp_path, chromium):
    """The console check is not blind: a page with a script error is caught."""
    page = tmp_path / "fout.html"
    page.write_text("<!DOCTYPE html><title>t</title><script>console.error('boem');"
                    "nietGedefinieerd();</script>", encoding="utf-8")
    log = _browse(tmp_path, f"--screenshot={tmp_path / 'fout.png'}", page.as_uri())
    lines = _console(log)
    assert any("boem" in ln for ln in lines) and any("Uncaught" in ln for ln in lines)


def test_pixel_check_sees_a_missing_table(tmp_path, chromium):
    """The viewport check is not blind: a page without the table has no such header row."""
    page = tmp_path / "leeg.html"
    page.write_text("<!DOCTYPE html><title>t</title><p>Geen tabel</p>", encoding="utf-8")
    _browse(tmp_path, "--window-size=500,300", f"--screenshot={tmp_path / 'leeg.png'}",
            page.as_uri())
    assert _header_row((tmp_path / "leeg.png").read_bytes()) is None


def test_handout_prints_to_a4_pdf(run, ws, tmp_path, chromium):
    """pa report handout --format pdf gives a PDF of A4 pages."""
    out = tmp_path / "handout.pdf"
    r = run("report", "handout", "--format", "pdf", *PEIL, "-o", str(out))
    assert (r.code, r.err) == (0, ""), r.err
    pages, boxes = _pdf_pages(out.read_bytes())
    assert pages >= 1 and _a4(boxes), boxes


def test_stoplicht_pdf_starts_each_thema_on_a_new_page(run, ws, tmp_path, chromium):
    """The print stylesheet breaks the page between themes: at least one page per thema."""
    out = tmp_path / "stoplicht.pdf"
    assert run("report", "stoplicht", "--format", "pdf", *PEIL, "-o", str(out)).code == 0
    pages, boxes = _pdf_pages(out.read_bytes())
    assert pages >= 5 and _a4(boxes)
    one = tmp_path / "thema2.pdf"
    assert run("report", "stoplicht", "--format", "pdf", *PEIL, "--thema", "2", "-o",
               str(one)).code == 0
    assert _pdf_pages(one.read_bytes())[0] < pages


def test_pdf_to_a_pipe(ws, tmp_path, chromium):
    """Without -o the PDF goes to standard output when that is a pipe or a file."""
    proc = subprocess.run([sys.executable, "-m", "pa_cli", "report", "agenda", "--format", "pdf",
                           *PEIL], capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    pages, boxes = _pdf_pages(proc.stdout)
    assert pages >= 5 and _a4(boxes)


# -- the monitor section (afspraak 5.8), with measurements recorded through pa meet ---------------

MONITOR_SHOT = REPO / "docs" / "monitor.png"


@pytest.fixture
def measured(run, ws):
    """The shipped data with measurements over several years, written by pa meet."""
    from metingen import record

    record(run)
    return ws


def test_monitor_section_in_the_browser(run, measured, tmp_path, browser, chromium):
    """The charts render without console errors; the screenshot of the section is the manual's."""
    import base64

    from metingen import PEIL as MONITOR_PEIL

    page = tmp_path / "stoplicht.html"
    assert run("report", "stoplicht", "--format", "html", *MONITOR_PEIL, "-o", str(page)).code == 0
    assert _console(_browse(tmp_path, f"--screenshot={tmp_path / 's.png'}", page.as_uri())) == []
    tab = browser.page(page.as_uri(), WINDOW[0], "screen")
    box = tab.evaluate("""(() => {
      const s = document.getElementById("monitor"), r = s.getBoundingClientRect();
      const svgs = [...s.querySelectorAll("svg")].map(g => g.getBoundingClientRect());
      return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, svgs: svgs.length,
              drawn: svgs.every(g => g.width > 400 && g.height > 120)};
    })()""")
    assert box["svgs"] == 4 and box["drawn"], box  # four charts, each drawn at a legible size
    shot = browser.send("Page.captureScreenshot", tab.session, format="png",
                        captureBeyondViewport=True,
                        clip={"x": 0, "y": box["y"] - 10, "width": WINDOW[0], "height": 1500,
                              "scale": 1})
    png = base64.b64decode(shot["data"])
    assert _png(png)[:2] == (WINDOW[0], 1500)
    if os.environ.get("PA_UPDATE_SCREENSHOT") and not os.environ.get("CI"):
        MONITOR_SHOT.parent.mkdir(exist_ok=True)
        MONITOR_SHOT.write_bytes(png)
    assert _png(MONITOR_SHOT.read_bytes())[:2] == (WINDOW[0], 1500)
    assert _measure(browser, page, WINDOW[0], "screen")["faults"] == []


def test_monitor_section_prints_on_a4(run, measured, tmp_path, browser, pdftotext):
    """In the PDF the section starts on a new A4 page, with the charts' text, within the margins."""
    from metingen import PEIL as MONITOR_PEIL

    page, pdf = tmp_path / "stoplicht.html", tmp_path / "stoplicht.pdf"
    assert run("report", "stoplicht", "--format", "html", *MONITOR_PEIL, "-o", str(page)).code == 0
    assert run("report", "stoplicht", "--format", "pdf", *MONITOR_PEIL, "-o", str(pdf)).code == 0
    _, boxes = _pdf_pages(pdf.read_bytes())
    assert _a4(boxes)
    pages = [body(p) for p in words(pdf)]
    first = next(i for i, found in enumerate(pages)
                 if " ".join(t for *_, t in found[:4]).startswith("Cijfers van de monitor"))
    text = " ".join(t for found in pages[first:] for *_, t in found)
    assert "Clavis, goedkoop" in text and "WZV, vrije sector" in text  # series names in a chart
    assert "doel ≤ 10%" in text  # a target line's label
    tab = browser.page(page.as_uri(), PRINT_WIDTH, "print")
    found = tab.evaluate(_MEASURE)
    assert found["faults"] == []
    assert page_faults(pdf, found["breaks"]) == []
    assert stranded(pdf, tab.evaluate(BLOCKS_JS)) == []  # an indicator's name with its table
    assert numbering_faults(pdf) == []
