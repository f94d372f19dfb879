"""Words on the command line as users type them, and messages and help that read well."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pa_cli.base.problems import unknown

KNOWN = "Gemeente, Clavis, WZV, SHB, Bewonersraad Clavis, Corporaties, Huurdersorganisaties"


def _nrs(run, *args: str) -> list[str]:
    r = run("status", "--format", "json", "--peildatum", "2023-01-01", *args)
    assert r.code == 0, r.err
    return [a["nr"] for a in json.loads(r.out)]


@pytest.mark.parametrize("option, typed, meant", [
    ("--status", "Open", "open"), ("--status", "OPEN", "open"), ("--status", " Open ", "open"),
    ("--stoplicht", "Rood", "rood"), ("--stoplicht", "GROEN", "groen"),
])
def test_status_words_in_any_case(run, ws, option, typed, meant):
    """`--status Open` and `--stoplicht ROOD` select what the lowercase words select."""
    assert _nrs(run, option, typed) == _nrs(run, option, meant) != []


def test_set_status_in_any_case(run, ws):
    """`pa set 1.1.3 --status Gereed` writes the canonical word 'gereed'."""
    r = run("set", "1.1.3", "--status", "Gereed", "--datum", "2022-11-03")
    assert r.code == 0, r.err
    assert r.out.endswith("open -> gereed\n")
    assert "status: Gereed" not in ws.read("agenda-2022-2023.yaml")


@pytest.mark.parametrize("args, message", [
    (("status", "--trekker", "Gemeete"), "pa: trekker 'Gemeete' is onbekend; bedoelt u "
     f"'Gemeente'? Bekend: {KNOWN}"),
    (("overdue", "-t", "huurdersorganisatie"), "pa: trekker 'huurdersorganisatie' is onbekend; "
     f"bedoelt u 'Huurdersorganisaties'? Bekend: {KNOWN}"),
    (("status", "--trekker", "Provincie"), f"pa: trekker 'Provincie' is onbekend; bekend: {KNOWN}"),
    (("status", "--status", "Gered"), "pa: status 'Gered' bestaat niet; bedoelt u 'gereed'? "
     "Kies uit: open, lopend, gereed, vervallen"),
    (("status", "--stoplicht", "oranj"), "pa: stoplicht 'oranj' bestaat niet; bedoelt u "
     "'oranje'? Kies uit: rood, oranje, groen, grijs"),
    (("status", "--format", "tabel"), "pa: --format 'tabel' bestaat niet; bedoelt u 'table'? "
     "Kies uit: table, json, csv, md"),
])
def test_misspelt_words_get_a_suggestion(run, ws, args, message):
    """A misspelt trekker, status or format on the command line gets 'bedoelt u …?', exit 2."""
    r = run(*args)
    assert (r.code, r.err.strip()) == (2, message)


def test_set_misspelt_status(run, ws):
    """`pa set` with a misspelt status suggests the word, then lists the choices."""
    r = run("set", "1.1.3", "--status", "gered")
    assert r.code == 1
    assert r.err.strip() == ("pa: geweigerd: status 'gered' bestaat niet; bedoelt u 'gereed'? "
                             "Kies uit: open, lopend, gereed, vervallen")


def test_several_suggestions_read_as_a_list(run, ws):
    """Several numbers to choose from read '1.1.3, 1.1.13 of 1.2.3', not 'of … of …'."""
    r = run("set", "1.1.33", "-s", "gereed")
    assert r.err.strip() == ("pa: geweigerd: er is geen agendarij 1.1.33; bedoelt u 1.1.3, 1.1.13 "
                             "of 1.2.3?")


def test_validate_messages_are_punctuated(run, ws):
    """In validate, a suggestion ends its sentence and the choices start a new one."""
    text = ws.read("agenda-2022-2023.yaml")
    ws.write("agenda-2022-2023.yaml", text.replace("status: open", "status: gered", 1)
             .replace("trekker: [Gemeente]", "trekker: [Provincie]", 1))
    out = run("validate").out
    assert "bestaat niet; bedoelt u 'gereed'? Kies uit: open, lopend, gereed, vervallen" in out
    assert f"is onbekend; bekend: {KNOWN}" in out
    assert "?;" not in out and "onbekend Bekend" not in out


@given(word=st.text(max_size=12), options=st.lists(st.text(min_size=1, max_size=8), min_size=1,
                                                    max_size=5))
def test_unknown_reads_as_one_sentence_or_two(word, options):
    """An 'unknown word' tail reads '; kies uit: …' or '; bedoelt u '…'? Kies uit: …'."""
    tail = unknown(word, options)
    assert tail.startswith("; ")
    assert "?;" not in tail
    assert tail.endswith(", ".join(options))
    assert tail.startswith("; kies uit: ") or (tail.startswith("; bedoelt u '")
                                               and "'? Kies uit: " in tail)


def test_overview_help_lines_are_whole_sentences(run, monkeypatch):
    """`pa --help` on an 80-column terminal shows every command's line whole, ending in '.'."""
    monkeypatch.setenv("COLUMNS", "80")
    out = run("--help").out
    commands = out.split("Opdrachten:\n", 1)[1].splitlines()
    assert commands
    for line in commands:
        assert len(line) <= 80 and line.endswith(".") and "..." not in line, line


def test_help_has_no_english_notes(run):
    """Required options and arguments are marked in Dutch, and the usage line shows NR plainly."""
    out = run("set", "--help").out
    assert "[required]" not in out and "{NR}" not in out
    assert "[verplicht]" in out
    assert out.startswith("Gebruik: pa set [OPTIES] NR\n")
