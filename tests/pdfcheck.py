"""Reading a printed report back: the words of each PDF page (pdftotext -bbox) and the checks a
reader of the paper would make, for the browser tests.

Positions are in points; the printable area is A4 less the @page margins of base.html.j2.
Chromium keeps the soft hyphens of the page in the PDF's text (U+00AD, left out here) and prints
one it breaks at followed by U+2010, a hyphen: "this word goes on on the next line".
"""

from __future__ import annotations

import html
import re
import subprocess
from collections import Counter
from pathlib import Path

# A4 less the @page margins of base.html.j2 (top, right, bottom, left), in mm
A4 = (210, 297)
MARGINS = (14, 12, 16, 12)
PT = 72 / 25.4
BLANK = 1 / 3  # a page that is more than this much empty at the bottom "ends in a blank area"

Word = tuple[float, float, float, float, str]  # x0, y0, x1, y1, text
Page = tuple[float, float, list[Word]]  # width, height, words

SOFT = "\u00ad"
HYPHENS = ("-", "\u2010")
_PUNCTUATION = " \t.,;:!?()[]{}'\"‘’“”…*/"


def words(pdf: Path) -> list[Page]:
    """Per page of the PDF: its width, height and words (x0, y0, x1, y1, text), in points."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        w, h = (float(v) for v in re.match(r'width="([\d.]+)" height="([\d.]+)"', page).groups())
        found = [(float(a), float(b), float(c), float(d), html.unescape(t).replace(SOFT, ""))
                 for a, b, c, d, t in
                 re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                            r'yMax="([\d.]+)">([^<]*)<', page)]
        pages.append((w, h, found))
    return pages


def body(page: Page) -> list[Word]:
    """The words in the printable area, in pdftotext's reading order (no page number)."""
    _, h, found = page
    limit = h - MARGINS[2] * PT + 1
    return [w for w in found if w[3] <= limit]


def footer(page: Page) -> str:
    """The text in the bottom margin of a page."""
    _, h, found = page
    limit = h - MARGINS[2] * PT + 1
    return " ".join(w[4] for w in sorted(found, key=lambda w: w[0]) if w[3] > limit)


def _norm(text: str) -> str:
    return text.replace(SOFT, "").strip(_PUNCTUATION).lower()


def page_faults(pdf: Path, breaks: list[str]) -> list[str]:
    """Words outside the printable area, and pages left largely empty for no page break.

    A page may end early only when the next one starts with an element that asks for a new
    page (`breaks`, their texts); otherwise the space was lost because something (a table, a
    row) did not fit and was pushed to the next page whole.
    """
    top, right, bottom, left = (m * PT for m in MARGINS)
    pages, faults = words(pdf), []
    starts = [" ".join(b.split()[:3]) for b in breaks if b]
    for i, (w, h, found) in enumerate(pages, 1):
        outside = [t for x0, _, x1, _, t in found if x0 < left - 1 or x1 > w - right + 1]
        if outside:
            faults.append(f"pagina {i}: buiten de marge: {' '.join(outside[:5])}")
        content = body(pages[i - 1])
        if i == len(pages) or not content:
            continue
        fill = (max(y1 for _, _, _, y1, _ in content) - top) / (h - bottom - top)
        following = " ".join(t for *_, t in body(pages[i])[:3])
        if fill < 1 - BLANK and following not in starts:
            faults.append(f"pagina {i} is maar voor {fill:.0%} gevuld, en pagina {i + 1} begint "
                          f"zonder nieuwe-pagina-regel met '{following}'")
    return faults



def stranded(pdf: Path, blocks: list[str]) -> list[str]:
    """Pages (all but the last) whose text ends in one of `blocks`: a heading, or a heading with
    only its introduction, or a table header, that belongs with what comes on the next page.

    The last words of a page, taken bottom up, are compared as a bag of words with each block,
    so that a header whose cells wrap onto two lines still matches.
    """
    pages, faults = words(pdf), []
    bags = [[_norm(t) for t in b.split() if _norm(t)] for b in blocks]
    for i, page in enumerate(pages[:-1], 1):
        lines = sorted(body(page), key=lambda w: (round(w[3]), w[0]))
        tail = [_norm(w[4]) for w in lines]
        tail = [t for t in tail if t]
        for bag in bags:
            if bag and len(bag) <= len(tail) and Counter(tail[-len(bag):]) == Counter(bag):
                faults.append(f"pagina {i} eindigt met '{' '.join(bag)[:60]}', wat erbij hoort "
                              f"staat op pagina {i + 1}")
                break
    return faults


def vocabulary(page_html: str) -> set[str]:
    """Every word of an HTML report's text, lowercased, without soft hyphens or punctuation."""
    text = re.sub(r"(?s)<(style|head)\b.*?</\1>", " ", page_html)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return {_norm(t) for t in text.split()} - {""}


def split_words(pdf: Path, known: set[str]) -> list[str]:
    """Words of the report printed in pieces without a hyphen at a break.

    A piece that is no word of the report is fine only as part of a hyphenated word: ending in a
    hyphen, it is a stretch of a word of the report; without one, it ends a word of the report
    and follows a piece with a hyphen (on the same page or a neighbouring one) that together
    with it ends that word too.
    """
    pages, faults = words(pdf), []
    pieces = [[_norm(w[4]) for w in body(p)] for p in pages]
    for i, found in enumerate(pieces):
        near = found + (pieces[i + 1] if i + 1 < len(pieces) else []) + (
            pieces[i - 1] if i else [])
        # a piece before a break: without its hyphen, or with it where the word has one itself
        stems = [h for t in near if t.endswith(HYPHENS) for h in (t[:-1], t)]
        for t in found:
            if not t or t in known:
                continue
            if t.endswith(HYPHENS):
                whole = any(t[:-1] in k for k in known)
            else:
                whole = any(k.endswith(s + t) for s in stems for k in known if k.endswith(t))
            if not whole:
                faults.append(f"pagina {i + 1}: '{t}' is geen woord uit het rapport (midden in "
                              "een woord afgebroken zonder afbreekstreep?)")
    return faults


def numbering_faults(pdf: Path) -> list[str]:
    """Pages without 'pagina N van M' in the bottom margin."""
    pages = words(pdf)
    return [f"pagina {i}: onderaan staat '{footer(p)}'"
            for i, p in enumerate(pages, 1) if footer(p) != f"pagina {i} van {len(pages)}"]


# The texts that must not end a page, read in the page as printed: each heading, each heading
# with the paragraphs that introduce what follows it, and each table's header.
BLOCKS_JS = """(() => {
  const blocks = [], text = el => (el.innerText || "").trim();
  for (const el of document.querySelectorAll("h1, h2, h3, h4, caption, thead")) {
    let t = text(el);
    blocks.push(t);
    if (!/^H\\d$/.test(el.tagName)) continue;
    let s = el.nextElementSibling;
    while (s && s.tagName === "P" && s.nextElementSibling) {
      t += " " + text(s);
      blocks.push(t);
      s = s.nextElementSibling;
    }
  }
  return blocks;
})()"""
