"""Plain command lines start without typer, and are read exactly as typer reads them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pa_cli.cli import fast as _cli_fast
from pa_cli.cli import spec as _cli_spec
from pa_cli.cli import typer_app as _cli_typer

CALLS: list[tuple[str, dict[str, Any]]] = []
# typer's reading of a command line, with the command replaced by a note of its arguments
CAPTURE = _cli_typer.build(invoke=lambda entry, kwargs: CALLS.append((entry.target, kwargs)))


def by_typer(args: list[str]) -> tuple[str, dict[str, Any]] | None:
    """What typer calls for args, or None when it answers them itself (help, usage error)."""
    CALLS.clear()
    try:
        CAPTURE(args=args, prog_name="pa", standalone_mode=False)
    except Exception as e:
        if any(c.__name__ in ("ClickException", "Abort") for c in type(e).__mro__):
            return None
        raise
    return CALLS[0] if CALLS else None


def by_fast(args: list[str]) -> tuple[str, dict[str, Any]] | None:
    read = _cli_fast.read(args)
    if read is None:
        return None
    func, kwargs = read
    return f"{func.__module__.removeprefix('pa_cli.')}:{func.__name__}", kwargs


PLAIN = [
    ["status", "--trekker", "Gemeente"],
    ["status", "-t", "Gemeente", "-t", "SHB", "--peildatum=2024-01-01", "--te-laat", "--marge",
     "4"],
    ["status", "--stoplicht", "rood", "--status", "open", "--alles", "--format", "csv",
     "-o", "stand.csv", "--agenda", "2022-2023", "--thema", "1", "--voor-overleg"],
    ["overdue", "--peildatum", "1-1-2024"],
    ["te-laat", "--trekker", "Clavis"],
    ["validate"],
    ["validate", "data/afspraken.yaml", "--format", "github", "data/agenda-2022-2023.yaml"],
    ["schema", "-o", "schemas"],
    ["monitor", "--peildatum", "2024-01-01", "-f", "json"],
    ["meet", "aanbod-regulier", "--waarde", "812", "--bron", "jaarverslag", "--jaar", "2024"],
    ["set", "1.1.3", "--status", "gereed", "-m", "Besproken in het overleg.", "--datum",
     "2024-04-01"],
    ["herstel", "1.1.3", "--agenda", "2022-2023"],
    ["report", "handout", "--format", "html", "--overleg", "1-4-2027", "-o", "handout.html"],
    ["report", "--list"],
    ["agenda", "nieuw", "2024-2025"],
    ["kalender", "--van", "2026-01-01", "--ics", "pa.ics", "-t", "Gemeente"],
    ["wijzigingen", "--sinds", "HEAD~1", "--format", "md"],
    ["changes", "--sinds", "2026-01-01"],
    ["toon", "2024-2025/1.1.3", "-f", "json"],
]


@pytest.mark.parametrize("args", PLAIN, ids=" ".join)
def test_a_plain_command_line_is_read_as_typer_reads_it(args):
    """Every command, with its options in every spelling, gives the function the same values."""
    fast = by_fast(args)
    assert fast is not None, "this line should not need typer"
    assert fast == by_typer(args)


@pytest.mark.parametrize("args", [
    [], ["--help"], ["-h"], ["--version"], ["--debug", "status"], ["status", "--help"],
    ["status", "-h"], ["agenda"], ["agenda", "--help"], ["stat"], ["status", "--bla"],
    ["status", "--marge", "x"], ["status", "--marge", "-3"], ["status", "extra"],
    ["status", "-tGemeente"], ["status", "--"], ["status", "--te-laat=ja"], ["status", "-t"],
    ["set", "1.1.3"], ["set"], ["set", "1.1.3", "--status"], ["toon", "-"],
], ids=repr)
def test_everything_else_is_left_to_typer(args):
    """Help, version, unknown and malformed options, missing values: typer answers them."""
    assert by_fast(args) is None


def test_typer_answers_a_line_the_fast_reader_leaves_with_the_same_result(run, ws):
    """`-tGemeente` (a value glued to its option) goes through typer, to the same answer."""
    glued, plain = run("status", "-tGemeente", "--peildatum", "2024-01-01"), run(
        "status", "-t", "Gemeente", "--peildatum", "2024-01-01")
    assert (glued.code, glued.out, glued.err) == (plain.code, plain.out, plain.err)
    assert glued.code == 0 and "Gemeente" in glued.out


def test_a_failing_command_through_typer_keeps_its_exit_status(run, ws):
    """A command's exit status reaches the shell on typer's path too (here: data errors)."""
    ws.replace("afspraken.yaml", "naam: Gemeente Terneuzen", "naam: [")
    assert by_fast(["--debug", "validate"]) is None
    assert run("--debug", "validate").code == run("validate").code == 1


# What `pa status` must not load: typer (the point of _cli_fast.py), what only other paths need
# (rich on a terminal, jinja2 for reports, ruamel.yaml without a cache hit, subprocess for git
# and Chromium), and standard modules that cost milliseconds for little (calendar and locale,
# dataclasses and inspect); openpyxl is pa export's alone.
HEAVY = ("typer", "rich", "jinja2", "ruamel", "subprocess", "calendar", "locale", "dataclasses",
         "inspect", "csv", "zipfile", "xml", "openpyxl")


def test_pa_status_does_not_import_typer_or_other_heavy_modules(ws):
    """The point of it all: typer (and its click) is not loaded for a plain command, nor any
    module only other commands need (measured with the cache filled, as a user runs it)."""
    env = {**os.environ, "COLUMNS": "100"}
    for _ in range(2):  # the first run fills the cache
        plain = subprocess.run([sys.executable, "-X", "importtime", "-m", "pa_cli", "status",
                                "--trekker", "Gemeente"], cwd=ws.root, capture_output=True,
                               text=True, env=env)
    assert plain.returncode == 0
    loaded = set(re.findall(r"\|\s+([\w.]+)$", plain.stderr, re.M))
    assert loaded, "no -X importtime output"
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []
    helped = subprocess.run([sys.executable, "-X", "importtime", "-m", "pa_cli", "status",
                             "--help"], cwd=ws.root, capture_output=True, text=True, env=env)
    assert helped.returncode == 0 and "Gebruik: python -m pa_cli status" in helped.stdout
    assert re.search(r"\|\s+typer$", helped.stderr, re.M)


# -- any command line: the fast reader reads it as typer does, or leaves it to typer -----------

VALUES = ["", "x", "3", "-3", " 7", "+1", "1_0", "\u0663", "a=b", "--", "-", "Gemeente",
          "2024-01-01", "data", "data/afspraken.yaml", "ééé", "--te-laat", "-h", "--help",
          "--bla", "-tG", "--marge=", "--format=json", "1.1.3"]
value = st.one_of(st.sampled_from(VALUES), st.text(max_size=5))


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """A command with its required parameters and some others, in every spelling, now and
    then with a stray token among them."""
    entry = draw(st.sampled_from(_cli_spec.COMMANDS))
    params = _cli_spec.params(_cli_spec.function(entry))
    chosen = [p for p in params if p.default is _cli_spec.REQUIRED]
    chosen += draw(st.lists(st.sampled_from(params), max_size=6))
    tokens: list[str] = []
    for p in draw(st.permutations(chosen)):
        if isinstance(p.spec, _cli_spec.Arg):
            tokens.append(draw(value))
            continue
        decl = draw(st.sampled_from(p.spec.decls))
        if p.annotation is bool:
            tokens.append(draw(st.sampled_from([decl, decl, f"{decl}=1"])))
        elif draw(st.booleans()):
            tokens += [decl, draw(value)]
        else:
            tokens.append(f"{decl}={draw(value)}")
    if draw(st.integers(0, 3)) == 0:
        tokens.insert(draw(st.integers(0, len(tokens))), draw(value))
    return [*entry.words, *tokens]


@given(command_lines())
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_command_line_is_read_as_typer_reads_it_or_left_to_typer(args):
    fast = by_fast(args)
    if fast is not None:
        assert fast == by_typer(args)


def test_the_command_table_matches_the_functions():
    """Each command's function exists, and every parameter has an Opt or an Arg."""
    for entry in _cli_spec.COMMANDS:
        func = _cli_spec.function(entry)
        names = [p.name for p in _cli_spec.params(func)]
        assert names == list(func.__code__.co_varnames[:func.__code__.co_argcount])
        assert all(isinstance(p.default, (type(None), str, bool)) or p.default is
                   _cli_spec.REQUIRED for p in _cli_spec.params(func))


def test_a_path_value_is_a_path(tmp_path: Path):
    """`-o FILE` arrives as a Path on both readers, whether or not the file exists yet."""
    (tmp_path / "er.csv").write_text("x")
    for name in ("er.csv", "nieuw.csv"):
        args = ["status", "-o", str(tmp_path / name)]
        assert by_fast(args) == by_typer(args)
        assert by_fast(args)[1]["uitvoer"] == tmp_path / name  # type: ignore[index]
