"""Dutch hyphenation for the printed reports: soft hyphens in the long words of an HTML page.

The stylesheet asks for `hyphens: auto` on `lang="nl"`, but a browser hyphenates only with a
dictionary for the language, and headless Chromium on Linux has none (it downloads them as a
component, which a PDF run never does). Without one, a word wider than its table column was
cut anywhere ("gebiedsontwikkelin" / "g"). So before printing, pa marks the hyphenation points
of every long word with a soft hyphen (U+00AD), from the Dutch patterns of LibreOffice as
pyphen ships them: the browser breaks there, and only there, with a visible hyphen.

Only the text in table cells is touched (headings and paragraphs span the page, and a soft
hyphen there would only end up in the PDF's text, splitting the spaced capitals of the header
for a reader such as pdftotext), never a tag, attribute, <style> or <svg>; removing the soft
hyphens gives back the page unchanged. pyphen is imported on first use (the
PDF path only): loading its Dutch dictionary takes some 0.15 s.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["SOFT_HYPHEN", "MIN_LETTERS", "soft_hyphens"]

SOFT_HYPHEN = "\u00ad"
# Shorter words fit the narrowest text column of the built-in tables (the trekker column of the
# stoplicht table, 13% of A4 less margins: some 12 letters at 9.5pt), so they never need a break.
MIN_LETTERS = 12

# A table cell, where the columns are narrow; headings and paragraphs span the page.
_CELL = re.compile(r"(<t[dh]\b[^>]*>)(.*?)(</t[dh]\s*>)", re.S | re.I)
# In a cell: either a stretch that is not text (left as it is) or a long word (group "word").
_PARTS = re.compile(r"<(style|script|svg)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>"
                    rf"|(?P<word>[^\W\d_]{{{MIN_LETTERS},}})", re.S | re.I)


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


@lru_cache(maxsize=4096)
def _hyphenate(word: str) -> str:
    return str(_dictionary().inserted(word, hyphen=SOFT_HYPHEN))


def _cell(m: re.Match[str]) -> str:
    text = _PARTS.sub(lambda p: _hyphenate(p["word"]) if p["word"] else p[0], m[2])
    return m[1] + text + m[3]


def soft_hyphens(html: str) -> str:
    """The page with a soft hyphen at each Dutch hyphenation point of the long words in its
    table cells."""
    return _CELL.sub(_cell, html)
