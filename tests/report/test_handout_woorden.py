"""The handout is read by wethouders and directors (issue 20, point 16): no git words, a
party's name starts a heading with a capital, and every row has its onderwerp."""

from __future__ import annotations

import re

import pytest

from conftest import AGENDA

PEIL = ("--peildatum", "2023-04-01")
GIT_WORDS = re.compile(r"\b(git|commit|repository|revisie|werkmap)\b", re.IGNORECASE)


def _body(out: str, fmt: str) -> str:
    """What a reader sees: without the HTML comments and the template's own description."""
    return re.sub(r"<!--.*?-->", "", out, flags=re.S) if fmt == "html" else out


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_no_git_words_outside_git(run, ws, fmt):
    """Data without version history: section 6 says so in plain words."""
    r = run("report", "handout", "--format", fmt, *PEIL)
    assert r.code == 0, r.err
    assert not GIT_WORDS.search(_body(r.out, fmt))
    assert ("Wat er veranderde, is niet te tonen: van deze gegevens worden geen versies "
            "bewaard.") in r.out


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_no_git_words_in_git(run, repo, fmt):
    """In git, before the first version and with changes: no 'git', 'commit' or 'repository'."""
    r = run("report", "handout", "--format", fmt, *PEIL, "--sinds", "2022-06-01")
    assert r.code == 0, r.err
    assert not GIT_WORDS.search(_body(r.out, fmt))
    assert ("Van vóór 1 juni 2022 is geen versie van de gegevens bewaard; wat er sindsdien "
            "veranderde, is daarom niet te tonen.") in r.out
    assert run("set", "1.1.3", "-s", "lopend", "-m", "Bouwtafel", "--datum",
               "2023-03-01").code == 0
    r = run("report", "handout", "--format", fmt, *PEIL, "--sinds", "2023-01-02")
    assert r.code == 0, r.err
    assert not GIT_WORDS.search(_body(r.out, fmt))
    assert ("vergeleken met de laatste bewaarde versie daarvoor (van 1 januari 2023, kenmerk "
            in r.out)


def test_a_party_written_in_lower_case_heads_with_a_capital(run, ws):
    """'huurdersorganisatie SHB' (its name as the document writes it) heads its late actions as
    'Huurdersorganisatie SHB'; the rest of the name is kept as written."""
    ws.replace(AGENDA, "    trekker: [Gemeente]\n    termijn: najaar 2022\n    status: open\n"
               "\n  - nr: \"1.1.4\"", "    trekker: [SHB]\n    termijn: najaar 2022\n"
               "    status: open\n\n  - nr: \"1.1.4\"")
    md = run("report", "handout", *PEIL).out
    assert "\n### Huurdersorganisatie SHB: 1 actie te laat\n" in md
    html = run("report", "handout", "--format", "html", *PEIL).out
    assert ('<th scope="colgroup" colspan="6">Huurdersorganisatie SHB: 1 actie te laat</th>'
            in html)
    for fmt, line in (("table", "Huurdersorganisatie SHB: 1 actie te laat"),
                      ("md", "### Huurdersorganisatie SHB: 1 actie te laat")):
        out = run("overdue", "--format", fmt, *PEIL).out  # pa overdue heads its blocks alike
        assert line in out.splitlines() and "huurdersorganisatie SHB" not in out, fmt


@pytest.mark.parametrize("naam", ["handout", "stoplicht"])
def test_every_row_has_its_onderwerp(run, ws, naam):
    """Rows 2.4, 4.3 and 5.7 have no onderwerp of their own: the afspraak's is shown (in the
    document a cell merged with the row above). No onderwerp cell of any table is empty."""
    md = run("report", naam, "--peildatum", "2024-03-01").out
    for line in md.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if re.fullmatch(r"\*?\*?\d+(\.\d+)*[a-z]?\*?\*?", cells[0]) and len(cells) > 3:
            assert cells[1], line
    assert "| 4.3 | Zicht op de leefbaarheid |" in md
    assert "| 2.4 | Aankoppeling warmtenet |" in md
    assert "| 5.7 | Looptijd en bijzondere omstandigheden |" in md
