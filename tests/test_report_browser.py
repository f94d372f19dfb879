"""The HTML reports in a real browser: headless Chromium takes a screenshot and prints to PDF.

These run in CI (.ci/run installs Debian's chromium); there they fail, never skip, when
Chromium is missing. On a developer's machine without Chromium they are skipped.

The README's picture docs/handout.png is this screenshot of the handout; after an intended
change, rewrite it with

    PA_UPDATE_SCREENSHOT=1 .venv/bin/python -m pytest tests/test_report_browser.py
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from conftest import REPO
from pa_cli import render

pytestmark = pytest.mark.browser

PEIL = ("--peildatum", "2023-04-01", "--sinds", "2022-10-01")
WINDOW = (1100, 1500)
SCREENSHOT = REPO / "docs" / "handout.png"

# the header row of the "stand per thema" table: the Thema cell and the four stoplicht cells
HEADER_COLOURS = {
    "kop": (0xE6, 0xEA, 0xF0), "rood": (0xF5, 0xD0, 0xCD), "oranje": (0xFD, 0xE0, 0xB8),
    "groen": (0xD3, 0xEA, 0xD4), "grijs": (0xE3, 0xE3, 0xE3),
}


@pytest.fixture(scope="module")
def chromium() -> str:
    found = render.find_chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI; .ci/run should have installed it")
        pytest.skip("headless Chromium is not installed (apt-get install chromium)")
    return found


def _browse(tmp_path: Path, *args: str) -> str:
    """Run headless Chromium with a fresh profile; its log (console messages included)."""
    proc = render.run_chromium([f"--user-data-dir={tmp_path / 'profiel'}",
                                "--enable-logging=stderr", "--v=0", *args], timeout=90)
    log = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, log[-2000:]
    return log


def _console(log: str) -> list[str]:
    """The lines in which the page wrote to its console (errors, uncaught exceptions, logs)."""
    return [ln for ln in log.splitlines() if ":CONSOLE" in ln or "Uncaught" in ln]


def _png(data: bytes) -> tuple[int, int, list[bytes], int]:
    """Width, height, unfiltered rows and bytes per pixel of an 8-bit RGB(A) PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, bpp = 8, b"", 0, 0, 0
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + size]
        pos += 12 + size
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and not interlace
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw, stride, rows, prev, i = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def _header_row(png: bytes) -> int | None:
    """The first pixel row holding every colour of the stand-per-thema header, or None."""
    width, _, rows, bpp = _png(png)
    for y, row in enumerate(rows):
        pixels = [row[x:x + 3] for x in range(0, width * bpp, bpp)]
        if all(sum(all(abs(p[k] - c[k]) <= 4 for k in range(3)) for p in pixels) >= 20
               for c in HEADER_COLOURS.values()):
            return y
    return None


def _pdf_pages(data: bytes) -> tuple[int, list[tuple[float, float]]]:
    """The number of pages of a PDF as Chromium writes it, and the size of each in points."""
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    boxes = [(float(w), float(h)) for w, h in
             re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)]
    assert boxes
    return pages, boxes


def _a4(boxes: list[tuple[float, float]]) -> bool:
    return all(abs(w - 595.3) < 1.5 and abs(h - 841.9) < 1.5 for w, h in boxes)


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
