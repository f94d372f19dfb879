"""Hand edits that YAML silently changes are warned about; pa set writes texts in one style."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import AFSPRAKEN, AGENDA, Workspace
from pa_cli.edit import record as edit
from pa_cli.load.dataset import load
from pa_cli.yamlio.style import style_of

ROW_33 = ("    actie: Bespreken behoeften en kansen per kern en benodigde samenwerking bestuurlijk "
          "en operationeel.\n")


def _codes(run) -> list[str]:
    return [p["code"] for p in json.loads(run("validate", "--format", "json").out)["problems"]]


# -- a comment glued to its hash cuts a text short ------------------------------------------------

def test_glued_comment_is_warned_with_the_lost_words_and_the_fix(run, ws):
    """The issue's example: the text ends at 'bouwtafel'; the warning names '#2 met GGD.'."""
    ws.replace(AGENDA, ROW_33, "    actie: Bespreken zorgpreventie in bouwtafel #2 met GGD.\n")
    line = ws.line_of(AGENDA, "bouwtafel #2")
    r = run("validate")
    assert r.code == 0
    assert r.out.splitlines()[:3] == [
        f"data/agenda-2022-2023.yaml:{line}:49: waarschuwing PA056: de tekst houdt op bij "
        "'Bespreken zorgpreventie in bouwtafel': YAML leest '#2 met GGD.' als commentaar, dus "
        "'#2 met GGD.' staat niet in de tekst. Hoort het erbij, zet dan de hele tekst tussen "
        "dubbele aanhalingstekens (\"...\"); is het commentaar, schrijf dan een spatie na het "
        "hekje: # 2 met GGD.",
        f"{line:>5} |     actie: Bespreken zorgpreventie in bouwtafel #2 met GGD.",
        "      |                                                 ^",
    ]


@pytest.mark.parametrize("written", [
    "    actie: Bespreken zorgpreventie\n      in bouwtafel #2 met GGD.\n",  # a continued text
    "    actie: Bespreken zorgpreventie in bouwtafel\t#2\n",  # a tab before the hash
])
def test_glued_comment_after_any_plain_text_is_warned(run, ws, written):
    """A text over two lines, or with a tab before the hash, is cut short just the same."""
    ws.replace(AGENDA, ROW_33, written)
    assert _codes(run) == ["PA056", "PA034"]


@pytest.mark.parametrize("written", [
    "    actie: Bespreken in bouwtafel  # zoals gedrukt\n",  # a real comment: hash and space
    "    actie: \"Bespreken in bouwtafel #2 met GGD.\"\n",  # quoted: the hash is text
    "    actie: Bespreken in bouwtafel#2 met GGD.\n",  # no space before it: the hash is text
    "    actie: |-\n      Bespreken in bouwtafel #2 met GGD.\n",  # a block: the hash is text
])
def test_hash_that_loses_nothing_is_not_warned(run, ws, written):
    """Where YAML keeps the words, or the comment is written as one, there is no warning."""
    ws.replace(AGENDA, ROW_33, written)
    assert _codes(run) == ["PA034"]


def test_glued_comment_after_a_date_is_not_a_text(run, ws):
    """Only texts are warned about: '#1' after a voortgang date is a comment on a value."""
    ws.replace(AGENDA, "    termijn: juni 2022\n    status: open\n\n  - nr: \"3.4\"",
               "    termijn: juni 2022\n    status: open\n    voortgang:\n"
               "      - datum: 2022-06-01 #1\n        status: open\n\n  - nr: \"3.4\"")
    assert "PA056" not in _codes(run)


def test_shipped_data_comments_stay_clean(run, ws):
    """Every comment in the shipped data starts with '# ', and validate has no PA056 for them."""
    for name in (AFSPRAKEN, AGENDA):
        glued = [ln for ln in ws.read(name).splitlines() if re.search(r"\s#[^ \n]", ln)]
        assert glued == [], name
    assert "PA056" not in _codes(run)


# -- one style for every text pa set writes -------------------------------------------------------

texts = st.text(
    alphabet=st.sampled_from(list("ab Zé中ع\"'#:-|>\n\t\\{}[],&*!%@`?")) | st.characters(
        blacklist_categories=["Cs", "Cc", "Zl", "Zp"], blacklist_characters="\ufeff\x85"),
    min_size=1, max_size=60).filter(lambda s: s.strip())
samples = st.sampled_from([
    "Bespreken in bouwtafel #2 met GGD.", "Besproken: akkoord", "  begint met spaties",
    "'enkel' en \"dubbel\"", "regel 1\nregel 2", "regel 1\n  ingesprongen\n\nna lege regel",
    "eindigt op een regeleinde\n", "ΜΗ λατινικά · 中文 · العربية", "yes", "on", "1:20", "null",
    "2023-01-01", "- lijkt een lijst", "# lijkt commentaar", "regel met spatie \nvolgende",
])


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return Workspace(tmp_path_factory.mktemp("style"))


def _written(text: str, nr: str) -> list[str]:
    """The lines of the row's toelichting as written (the key's line and any block lines)."""
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith(f'  - nr: "{nr}"'))
    first = next(i for i in range(start, len(lines)) if lines[i].startswith("    toelichting:"))
    end = first + 1  # a block runs on, blank lines included, up to the row's next key
    while end < len(lines) and not re.match(r"    \S", lines[end]):
        end += 1
    return lines[first:end]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts | samples)
def test_every_text_is_written_in_one_style_and_read_back(pristine, text):
    """Plain, a `|-` block or one double-quoted line; never single quotes; YAML 1.1 and 1.2
    readers and pa itself all read back exactly the text."""
    original = pristine.read(AGENDA)
    try:
        edit.set_status(pristine.data, "3.3", "lopend", text, date(2023, 3, 1))
        raw = pristine.read(AGENDA)
        written = _written(raw, "3.3")
        value = written[0].removeprefix("    toelichting: ")
        style = style_of(text)
        if style == "|":
            assert value == "|-" and len(written) == text.count("\n") + 2
        elif style == '"':
            assert value.startswith('"') and value.endswith('"') and len(written) == 1
        else:
            assert value == text and len(written) == 1
        assert not value.startswith("'")
        row = next(r for r in load(pristine.data).agendas[0].rijen if r.nr == "3.3")
        assert (row.toelichting, row.voortgang[-1].toelichting) == (text, text)
        for version in ("1.1", "1.2"):
            doc = YAML(typ="safe", pure=True).load(f"%YAML {version}\n---\n{raw}")
            got = next(r for r in doc["rijen"] if r["nr"] == "3.3")["toelichting"]
            assert got == text, version
    finally:
        pristine.write(AGENDA, original)


def test_a_block_as_last_value_keeps_the_blank_line_after_the_row(run, ws):
    """A multi-line toelichting at the end of a row: the blank line before the next row stays."""
    assert run("set", "3.3", "-s", "lopend", "-m", "regel 1\nregel 2",
               "--datum", "2023-01-01").code == 0
    text = ws.read(AGENDA)
    assert ("        toelichting: |-\n          regel 1\n          regel 2\n\n"
            '  - nr: "3.4"') in text
    assert run("set", "3.3", "-s", "gereed", "--datum", "2023-02-01").code == 0
    assert "        status: gereed\n\n  - nr: \"3.4\"" in ws.read(AGENDA)
    assert run("herstel", "3.3").code == 0
    assert ws.read(AGENDA) == text


_LINE = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=300, deadline=None)
@given(text=texts | samples | _LINE | st.lists(_LINE, min_size=2, max_size=4).map("\n".join))
def test_the_quick_decision_is_the_style_writing_and_reading_back_gives(text):
    """style_of decides most texts without writing them (pa import styles thousands): it must
    give the style that writing the text and reading it back with pa's reader gives."""
    from pa_cli.yamlio.style import checked_style

    assert style_of(text) == checked_style(text)
