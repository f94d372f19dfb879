"""What the browser tests of the reports share: running headless Chromium, reading its
screenshots and PDFs, and measuring the tables of a page (test_report_browser.py,
test_report_layout.py)."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

from devtools import Browser
from pa_cli.report import render
from pa_cli.report.pdf import run_chromium
from pdfcheck import A4, MARGINS

PEIL = ("--peildatum", "2023-04-01", "--sinds", "2022-10-01")
WINDOW = (1100, 1500)

# the header row of the "stand per thema" table: the Thema cell and the four stoplicht cells
HEADER_COLOURS = {
    "kop": (0xE6, 0xEA, 0xF0), "rood": (0xF5, 0xD0, 0xCD), "oranje": (0xFD, 0xE0, 0xB8),
    "groen": (0xD3, 0xEA, 0xD4), "grijs": (0xE3, 0xE3, 0xE3),
}


PRINT_WIDTH = round((A4[0] - MARGINS[1] - MARGINS[3]) / 25.4 * 96)  # in CSS px: 703
HTML_REPORTS = [i.naam for i in render.reports([render.builtin_dir()]) if "html" in i.formaten]
# every row late: the longest stoplicht cells ("1.427 dagen te laat")
LATE = ("--peildatum", "2026-11-27", "--sinds", "2022-01-01")


def report_args(name: str, args: tuple[str, ...]) -> tuple[str, ...]:
    """The options for report `name`: the portfolio's report shows no voortgang (no --sinds)."""
    if name != "portefeuille" or "--sinds" not in args:
        return args
    i = args.index("--sinds")
    return args[:i] + args[i + 2:]


def _browse(tmp_path: Path, *args: str) -> str:
    """Run headless Chromium with a fresh profile; its log (console messages included)."""
    proc = run_chromium([f"--user-data-dir={tmp_path / 'profiel'}",
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


# Measured in the page: each table within the page width, each cell's content (every line box
# of it, found with a Range) within the cell's content box, and nothing that scrolls sideways.
# Also the elements that start a new page in print (CSS break-before: page), by their text.
_MEASURE = """(() => {
  const faults = [], px = v => parseFloat(v) || 0, doc = document.documentElement;
  const text = el => (el.innerText || "").trim().replace(/\\s+/g, " ");
  if (doc.scrollWidth > doc.clientWidth + 1)
    faults.push(`de pagina is ${doc.scrollWidth - doc.clientWidth}px breder dan het venster`);
  for (const t of document.querySelectorAll("table")) {
    const r = t.getBoundingClientRect(), name = `table.${t.className}`;
    if (r.left < -0.5 || r.right > doc.clientWidth + 0.5)
      faults.push(`${name} steekt ${Math.round(r.right - doc.clientWidth)}px buiten de pagina`);
    for (const c of t.querySelectorAll("th, td")) {
      const b = c.getBoundingClientRect(), s = getComputedStyle(c);
      const left = b.left + px(s.paddingLeft), right = b.right - px(s.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(c);
      let over = c.scrollWidth - c.clientWidth;
      for (const q of range.getClientRects())
        if (q.width > 0) over = Math.max(over, q.right - right, left - q.left);
      if (over > 1)
        faults.push(`${name}: cel "${text(c).slice(0, 40)}" loopt ${Math.round(over)}px uit`);
    }
  }
  const breaks = [...document.querySelectorAll("body *")]
    .filter(el => getComputedStyle(el).breakBefore === "page").map(text);
  return {faults, breaks, tables: document.querySelectorAll("table").length};
})()"""


def _measure(browser: Browser, page: Path, width: int, media: str) -> dict:
    return browser.page(page.as_uri(), width, media).evaluate(_MEASURE)  # type: ignore[no-any-return]
