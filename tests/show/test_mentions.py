"""Markdown from pa, pasted into GitHub or GitLab, notifies no one and links no issue."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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
    assert md_cell("a_@b 100% & co") == "a\\_@b 100% & co"


# -- the class: every form a forge reads as a mention or a reference --------------------------

# What GitHub and GitLab read in a text node of the rendered page (entities already decoded):
# mentions, issue and merge request references, GitHub's GH-12, GitLab's epics (&12),
# snippets ($12), milestones (%12, %"naam") and labels (~12, ~label, ~"label"); also in the
# full-width forms.
FORGE = re.compile(r"(?<![\w.+\-/@])[@＠﹫][A-Za-z0-9_]|[#!＃﹟！﹗]\d|(?i:\bGH-\d)"
                   r"|(?<![\w/%&$])[&$]\d|(?<![\w/%~])[%~][\w\"]")
FORMS = ["@user", "&#64;user", "&#0064;user", "&#x40;user", "&#X40;user", "&commat;user",
         "＠user", "﹫user", "#12", "&#35;12", "&#x23;12", "&num;12", "＃12", "﹟12", "GH-1",
         "gh-12", "!12", "&#33;12", "&excl;12", "！12", "org/repo#3", "%12", '%"release 1"',
         "%v1", "$12", "&12", "~label", "~12", '~"feature request"', "&#126;bug", "&percnt;12"]


def _text_nodes(markdown: str) -> list[str]:
    """The text nodes of the rendered page, as a forge's reference filters see them: split at
    every tag and comment, character references decoded."""
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    return [html.unescape(part) for part in re.split(r"<!--.*?-->|<[^>]+>", rendered)]


@pytest.mark.parametrize("form", FORMS)
def test_no_form_of_a_mention_or_reference_gets_through(form):
    """Each form, alone and in a sentence, shows as written and is read as nothing."""
    for text in (form, f"zie {form} en ({form}), {form}."):
        cell = md_cell(text)
        nodes = _text_nodes(f"| a |\n|---|\n| {cell} |\n")
        assert not [n for n in nodes if FORGE.search(n)], (text, cell, nodes)
        assert text in "".join(nodes), (text, cell)  # the reader sees what the data says


_PIECES = st.sampled_from(["@", "#", "!", "%", "$", "&", "~", "＠", "＃", "GH-", "&#64;",
                           "&#x40;", "&commat;", "&#35;", "&num;", ";", "1", "12", "a", "user",
                           '"', " ", "/", ".", "_", "-", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_md_cell_never_lets_a_reference_through(text):
    """Any mix of signs, digits, names and character references: nothing a forge reads, and
    the reader still sees the text as written."""
    nodes = _text_nodes(f"| a |\n|---|\n| {md_cell(text)} |\n")
    assert not [n for n in nodes if FORGE.search(n)], (text, md_cell(text), nodes)
    assert " ".join(text.split()) in "".join(nodes)


def test_status_md_escapes_every_form(run, ws):
    """End to end: an actie holding every form, in `pa status --format md`."""
    ws.replace(AGENDA, VERKOOP, "actie: '" + " ".join(FORMS).replace("'", "''") + "'")
    r = run("status", "--format", "md", "--alles")
    line = next(ln for ln in r.out.splitlines() if "commat" in ln)
    assert not [n for n in _text_nodes(line) if FORGE.search(n)]
