"""Markdown from pa, pasted into GitHub or GitLab, notifies no one and links no issue."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from conftest import AGENDA
from pa_cli.base.fmt import md_cell

VERKOOP = "actie: Bespreken geactualiseerde verkooplijst corporaties in Bouwtafel."
HOSTILE = "actie: '@everyone en @all #12 !7 @clavis/bestuur info@clavis.nl org/repo#3'"
BARE = re.compile(r"(?<![\w.+\-/@])@(?=\w)|#(?=\d)|!(?=\d)")


def _visible(markdown: str) -> str:
    """The text a reader sees once GitHub renders the Markdown (comments are invisible)."""
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    return re.sub(r"<!--.*?-->|<[^>]+>", "", html)


def test_status_md_escapes_mentions_and_issue_references(run, ws):
    """`pa status --format md` keeps '@everyone' and '#12' readable but inert."""
    ws.replace(AGENDA, VERKOOP, HOSTILE)
    r = run("status", "--format", "md", "--alles")
    assert r.code == 0, r.err
    line = next(ln for ln in r.out.splitlines() if "everyone" in ln)
    assert "@<!-- -->everyone" in line and "@<!-- -->all" in line
    assert "@<!-- -->clavis/bestuur" in line and "#<!-- -->12" in line
    assert not BARE.search(re.sub(r"<!-- -->", "\0", line).replace("\0", " "))
    assert "info@clavis.nl" in line  # an e-mail address is no mention: left alone
    assert "@everyone en @all #12 !7" in _visible(r.out)


def test_report_md_escapes_mentions(run, ws):
    """A Markdown report carries the data's mentions inert; the HTML report shows them as text."""
    ws.replace(AGENDA, VERKOOP, HOSTILE)
    md = run("report", "agenda", "--peildatum", "2023-04-01").out
    assert "@<!-- -->everyone" in md and "#<!-- -->12" in md and "!<!-- -->7" in md
    assert "@everyone" not in md.replace("@<!-- -->", "@x")
    assert "org/repo#<!-- -->3" in md and "info@clavis.nl" in md
    html = run("report", "agenda", "--format", "html", "--peildatum", "2023-04-01").out
    assert "@everyone en @all #12 !7" in html and "<!-- -->" not in html


def test_md_cell_leaves_ordinary_text_alone():
    """Text without mentions or references is only escaped as before."""
    assert md_cell("Q3 2023 | 50% klaar #a, nr. 1.1.2 & co") == (
        "Q3 2023 \\| 50% klaar #a, nr. 1.1.2 & co")
    assert md_cell("&#35;5 a_@b") == "&#35;5 a\\_@b"
