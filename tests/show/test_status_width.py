"""`pa status` and `pa overdue` fit the terminal's width, one line per action."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import termios

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pa_cli.show.term import term_width


def _rows(out: str) -> list[list[str]]:
    """The lines of every table in the output (header first), as lists of lines."""
    tables, current = [], None
    for line in out.splitlines():
        if line.strip().startswith("nr "):
            current = [line]
            tables.append(current)
        elif current is not None and line.strip():
            current.append(line)
        else:
            current = None
    return tables


def _nrs(run, *args: str) -> list[str]:
    r = run("status", "--format", "json", *args)
    return [a["nr"] for a in json.loads(r.out)]


def _fits(run, monkeypatch, width: int, *args: str) -> tuple[str, list[list[str]]]:
    monkeypatch.setenv("COLUMNS", str(width))
    r = run("status", "--alles", *args)
    assert r.code == 0, r.err
    assert max(len(line) for line in r.out.splitlines()) <= width
    (table,) = _rows(r.out)
    assert [line.split()[0] for line in table[1:]] == _nrs(run, "--alles")  # one line each
    return r.out, table


@pytest.mark.parametrize("width", [80, 100, 200])
def test_status_fits_the_terminal_one_line_per_action(run, ws, monkeypatch, width):
    """At 80, 100 and 200 columns no line is wider than the terminal and each action is one line."""
    _fits(run, monkeypatch, width)


def test_narrow_terminal_keeps_the_stoplicht_and_cuts_the_actie(run, ws, monkeypatch):
    """At 80 columns uiterlijk and onderwerp give way; the actie is cut with an ellipsis.
    On a peildatum of its own: the widths depend on how many days late an action is."""
    _, table = _fits(run, monkeypatch, 80, "--peildatum", "27-11-2026")
    assert table[0].split() == ["nr", "actie", "trekker", "termijn", "status", "stoplicht",
                                "te", "laat"]
    row = next(line for line in table if line.startswith("1.1.2 "))
    assert "  Bespreken…  " in row  # one column narrower since "1.427 dagen"
    assert row.rstrip().endswith("open    rood       1.427 dagen")


def test_wide_terminal_shows_every_column(run, ws, monkeypatch):
    """At 200 columns every column is there, with the onderwerp and the uiterlijk date."""
    _, table = _fits(run, monkeypatch, 200)
    assert table[0].split()[:6] == ["nr", "onderwerp", "actie", "trekker", "termijn",
                                    "uiterlijk"]
    row = next(line for line in table if line.startswith("1.1.3 "))
    assert "In samenhang sturen op gebiedsontwikkeling" in row and "31-12-2022" in row


def test_overdue_fits_80_columns(run, ws, monkeypatch):
    """pa overdue at 80 columns: indented tables and the closing sentence stay within 80."""
    monkeypatch.setenv("COLUMNS", "80")
    r = run("overdue")
    assert r.code == 0 and max(len(line) for line in r.out.splitlines()) <= 80
    assert all(len(t) > 1 for t in _rows(r.out))


def test_piped_output_without_columns_is_not_cut(run, ws, monkeypatch):
    """Into a pipe or file without COLUMNS the texts are whole, still one line per action."""
    monkeypatch.delenv("COLUMNS")
    r = run("status", "--alles")
    (table,) = _rows(r.out)
    assert len(table) - 1 == len(_nrs(run, "--alles"))
    row = next(line for line in table if line.startswith("1.1.1 "))
    assert ("Met de Provincie Zeeland wordt gekeken of beperkingen (ladderruimte) over nieuwbouw "
            "opgeheven kunnen worden om zo te kunnen blijven voldoen aan de vraag.") in row
    assert "…" not in r.out


def test_terminal_width_is_read_from_the_terminal(monkeypatch):
    """Without COLUMNS the width is the terminal's own; COLUMNS wins; a pipe has no limit."""
    monkeypatch.delenv("COLUMNS")
    leader, follower = pty.openpty()
    try:
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 91, 0, 0))
        with os.fdopen(os.dup(follower), "w") as tty:
            assert term_width(tty) == 91
            monkeypatch.setenv("COLUMNS", "120")
            assert term_width(tty) == 120
    finally:
        os.close(leader)
        os.close(follower)
    monkeypatch.delenv("COLUMNS")
    read, write = os.pipe()
    with os.fdopen(read) as _, os.fdopen(write, "w") as pipe:
        assert term_width(pipe) is None


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(width=st.integers(min_value=80, max_value=260))
def test_any_width_from_80_fits(run, ws, monkeypatch, width):
    """Whatever the terminal's width from 80 columns up, the table fits it, one line per action."""
    _fits(run, monkeypatch, width)
