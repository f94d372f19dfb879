"""Tables fit the terminal (issue 20, points 5 and 6): at 80, 100 and 120 columns no line is
wider than the window, each action keeps one line, and its deadline stays whole on it."""

from __future__ import annotations

import itertools
import json
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metingen import record
from terminal import ANSI, in_terminal

WIDTHS = (80, 100, 120)
# Termijnen as a werkgroep writes them: long ones, a day with its month written out, two years.
TERMIJNEN = {
    "2024-2025": ("1 februari 2025", "voorjaar 2025", "najaar 2024", "uiterlijk 1 juli 2025",
                  "2024 en 2025", "30 november 2024"),
    "2026-2027": ("voorjaar 2027", "1 februari 2027", None, "30 november 2026", "najaar 2026",
                  "uiterlijk 1 juli 2027"),  # None: left 'vast te stellen' (the old one counts)
}


def _fill(ws, jaren: str) -> None:
    """Fill in the new agenda's termijnen and adopt it, as the werkgroep does after the overleg."""
    termijnen = itertools.cycle(TERMIJNEN[jaren])

    def termijn(m: re.Match[str]) -> str:
        new = next(termijnen)
        return m.group(0) if new is None else f"termijn: {new}"

    name = f"agenda-{jaren}.yaml"
    text = re.sub(r"termijn: vast te stellen(?=  #)", termijn, ws.read(name))
    ws.write(name, text.replace("\nrijen:", f"\nvastgesteld: {jaren[:4]}-04-01\nrijen:", 1))


_BUILT: dict[str, Path] = {}  # the data as a fixture below made it, once per test session


def _built(ws, name: str, tmp_path_factory, make: Callable[[], None]) -> None:
    """Make the data once with pa, then give each test a fresh copy (the tests only read)."""
    if name not in _BUILT:
        make()
        _BUILT[name] = tmp_path_factory.mktemp(name) / "data"
        shutil.copytree(ws.data, _BUILT[name])
    else:
        shutil.rmtree(ws.data)
        shutil.copytree(_BUILT[name], ws.data)


@pytest.fixture
def year(ws, run, tmp_path_factory):
    """A werkgroep's years: agendas 2024-2025 and 2026-2027 made with pa agenda nieuw."""
    def make() -> None:
        for jaren in TERMIJNEN:
            r = run("agenda", "nieuw", jaren)
            assert r.code == 0, r.err
            _fill(ws, jaren)
        r = run("validate")
        assert r.code == 0, r.out

    _built(ws, "year", tmp_path_factory, make)
    return ws


# The stand in the new agenda (some days late), in the old one (days late in thousands, every
# row 'doorgeschoven naar ...'), and the overdue list per party (indented).
STATUS_ARGS = (
    ("status", "--peildatum", "2027-09-01"),
    ("status", "--agenda", "2022-2023", "--peildatum", "2026-12-06"),
    ("status", "--agenda", "2024-2025", "--peildatum", "2025-06-01"),
    # before the vaststelling (1 april 2026): "voorjaar 2027 (voorstel; geldt: najaar 2024)"
    ("status", "--peildatum", "2026-03-01"),
    ("overdue", "--peildatum", "2027-09-01"),
)


def _datum_kort(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def _deadlines(run, args: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Per nr: the termijn as pa shows it whole, and its uiterlijk date; either will do."""
    r = run(*args, "--format", "json")
    acties = json.loads(r.out)
    if args[0] == "overdue":
        acties = [a for p in acties["partijen"] for a in p["acties"]]
    out = {}
    for a in acties:
        shown = a["termijn"]
        if a["vorige_termijn"]:
            why = "was" if shown == "vast te stellen" else "voorstel; geldt:"
            shown = f"{shown} ({why} {a['vorige_termijn']})"
        out[a["nr"]] = (shown, _datum_kort(a["uiterlijk"])) if a["uiterlijk"] else ()
    return out


def _check_table(lines: list[str], columns: int, deadlines: dict[str, tuple[str, ...]]) -> None:
    too_wide = [line for line in lines if len(line) > columns]
    assert not too_wide, f"{len(too_wide[0])} > {columns}: {too_wide[0]!r}"
    rows = {}
    for line in lines:
        nr = line.strip().split(" ", 1)[0]
        if nr in deadlines:
            rows.setdefault(nr, line)
    assert rows.keys() == deadlines.keys(), "an action without its own line"
    for nr, line in rows.items():
        assert not deadlines[nr] or any(d in line for d in deadlines[nr]), \
            f"{nr}: neither of {deadlines[nr]} whole in {line!r}"
        assert not re.search(r", [A-Z]\w{0,2}…", line), f"a trekker cut to a letter: {line!r}"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("args", STATUS_ARGS, ids=lambda a: " ".join(a[:3]))
def test_status_fits_a_terminal_with_every_deadline_whole(run, year, args, columns):
    """In a terminal: one line per action, none wider than the window, the deadline whole."""
    deadlines = _deadlines(run, args)
    assert any(len(d[0]) > 12 for d in deadlines.values() if d), "no long termijn in the test"
    out = ANSI.sub("", in_terminal(list(args), year.root, columns))
    _check_table(out.splitlines(), columns, deadlines)


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("args", STATUS_ARGS, ids=lambda a: " ".join(a[:3]))
def test_status_piped_with_columns_fits_them(run, year, monkeypatch, args, columns):
    """Piped with COLUMNS set, the plain table keeps to COLUMNS the same way."""
    deadlines = _deadlines(run, args)
    monkeypatch.setenv("COLUMNS", str(columns))
    r = run(*args)
    assert r.code == 0, r.err
    _check_table(r.out.splitlines(), columns, deadlines)


def test_a_narrow_table_cuts_the_actie_before_the_termijn(run, year, monkeypatch):
    """At 100 columns every termijn of the new agenda is whole and the trekker keeps its names;
    the actie gives up its room first."""
    monkeypatch.setenv("COLUMNS", "100")
    out = run("status", "--peildatum", "2027-09-01").out
    assert "1 februari 2027" in out and "30 november 2026" in out
    assert "Corporaties, Gemeente" in out or "Gemeente, Corporaties" in out
    assert "uiterlijk 1 juli 2027" in out


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(columns=st.integers(min_value=80, max_value=220), which=st.sampled_from(STATUS_ARGS))
def test_any_width_from_80_keeps_the_deadlines(run, year, monkeypatch, columns, which):
    """Whatever the width from 80 columns up: it fits, one line each, every deadline whole."""
    monkeypatch.setenv("COLUMNS", "200")
    deadlines = _deadlines(run, which)
    monkeypatch.setenv("COLUMNS", str(columns))
    r = run(*which)
    assert r.code == 0, r.err
    _check_table(r.out.splitlines(), columns, deadlines)


# -- pa monitor and pa kalender ---------------------------------------------------------------

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


@pytest.fixture
def measured(year, run, tmp_path_factory):
    """The werkgroep's years with the monitor's figures recorded (pa meet)."""
    _built(year, "measured", tmp_path_factory, lambda: record(run))
    return year


def _kalender_dates(run, args: tuple[str, ...]) -> list[str]:
    """When each entry is, as the kalender writes it ('1 februari 2027', 'april 2027',
    'vóór april 2027')."""
    return [item["datum_tekst"] for item in json.loads(run(*args, "--format", "json").out)["items"]]


def _check_kalender(lines: list[str], columns: int, dates: list[str]) -> None:
    assert max(len(line) for line in lines) <= columns, max(lines, key=len)
    entries = [line for line in lines[2:-2] if line[:1] not in ("", " ")]
    assert len(entries) == len(dates), "an entry without its own line"
    for line, first in zip(entries, dates):
        assert line.startswith(first + " "), (first, line)


def _check_monitor(lines: list[str], columns: int, regels: list[dict]) -> None:
    assert max(len(line) for line in lines) <= columns, max(lines, key=len)
    rows = [line for line in lines[3:-2] if line[:1].isdigit()]
    assert len(rows) == len(regels), "an indicator without its own line"
    for line, regel in zip(rows, regels):
        assert line.startswith(regel["afspraak"] + " ")
        assert (regel["stoplicht"] or "–") in line or "geen meting" in line, line


KALENDER = ("kalender", "--van", "2026-12-06")
MONITOR = ("monitor", "--peildatum", "2026-12-06")


@pytest.mark.parametrize("columns", WIDTHS)
def test_kalender_fits_a_terminal(run, year, columns):
    """pa kalender (139 characters wide before) keeps to the window, each date whole."""
    dates = _kalender_dates(run, KALENDER)
    assert len(dates) > 10
    out = ANSI.sub("", in_terminal(list(KALENDER), year.root, columns))
    _check_kalender(out.splitlines(), columns, dates)


@pytest.mark.parametrize("columns", WIDTHS)
def test_kalender_piped_with_columns_fits_them(run, year, monkeypatch, columns):
    dates = _kalender_dates(run, KALENDER)
    monkeypatch.setenv("COLUMNS", str(columns))
    _check_kalender(run(*KALENDER).out.splitlines(), columns, dates)


@pytest.mark.parametrize("columns", WIDTHS)
def test_monitor_fits_a_terminal(run, measured, columns):
    """pa monitor (lines up to 273 characters before) keeps to the window, a line per
    indicator with its verdict; the id for pa meet is still there, on the line under it."""
    regels = json.loads(run(*MONITOR, "--format", "json").out)["regels"]
    out = ANSI.sub("", in_terminal(list(MONITOR), measured.root, columns))
    _check_monitor(out.splitlines(), columns, regels)
    assert all(r["indicator"] in out for r in regels)


@pytest.mark.parametrize("columns", WIDTHS)
def test_monitor_piped_with_columns_fits_them(run, measured, monkeypatch, columns):
    regels = json.loads(run(*MONITOR, "--format", "json").out)["regels"]
    monkeypatch.setenv("COLUMNS", str(columns))
    out = run(*MONITOR).out
    _check_monitor(out.splitlines(), columns, regels)
    assert all(r["indicator"] in out for r in regels)


def test_monitor_piped_without_columns_stays_whole(run, measured, monkeypatch):
    """Into a pipe without COLUMNS nothing is cut: grep finds every whole text."""
    monkeypatch.delenv("COLUMNS")
    out = run(*MONITOR).out
    assert "…" not in out and "nog geen cijfer vastgelegd; doel 2022-2025, geldt door" in out
