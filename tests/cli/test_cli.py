"""The command line itself: version, help in Dutch, the one error boundary."""

from __future__ import annotations

import pytest
import typer

from pa_cli import __version__
from pa_cli.check import validate as check
from pa_cli.cli.typer_app import app

COMMAND = typer.main.get_command(app)
COMMANDS = sorted(COMMAND.commands)  # type: ignore[attr-defined]


def test_version(run):
    """`pa --version` prints the version."""
    r = run("--version")
    assert (r.code, r.out) == (0, f"pa {__version__}\n")


def test_without_arguments_shows_help(run):
    """`pa` alone lists the commands and exits 2 (nothing was asked)."""
    r = run()
    assert r.code == 2
    assert "validate" in r.out + r.err


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_has_dutch_help(run, name):
    """Each command and each of its options explains itself, in Dutch."""
    cmd = COMMAND.commands[name]  # type: ignore[attr-defined]
    assert cmd.help and not cmd.help.startswith(("Show", "Print", "Write", "Run"))
    for param in cmd.params:
        if param.name == "help":
            continue
        assert getattr(param, "help", None), f"{name} {param.name} has no help"
    r = run(name, "--help")
    assert r.code == 0
    assert cmd.help.split("\n")[0][:40] in " ".join(r.out.split())


def test_internal_error_is_one_dutch_message(run, ws, monkeypatch):
    """A bug in pa gives a short message and exit 3, not a traceback."""
    def broken(*args):
        raise RuntimeError("kapot")

    monkeypatch.setattr(check, "check_dir", broken)
    r = run("validate")
    assert r.code == 3
    assert "Traceback" not in r.err
    assert r.err.startswith("pa: interne fout: RuntimeError: kapot\n")
    assert "--debug" in r.err


def test_debug_shows_the_traceback(run, ws, monkeypatch):
    """With --debug the exception propagates, so the developer sees where it came from."""
    monkeypatch.setattr(check, "check_dir", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        run("--debug", "validate")


@pytest.mark.parametrize("args, message", [
    (("validate", "--bla"), "pa: onbekende optie --bla\nZie 'pa validate --help'."),
    (("status", "--trekkr", "Gemeente"), "pa: onbekende optie --trekkr; bedoelt u --trekker?\n"
     "Zie 'pa status --help'."),
    (("status", "--te-laat=ja"), "pa: optie '--te-laat' krijgt geen waarde; laat '=...' weg"),
    (("set", "1.1.2", "--staus", "gereed"), "pa: onbekende optie --staus; bedoelt u --data of "
     "--status?\nZie 'pa set --help'."),
    (("stat",), "pa: onbekende opdracht 'stat'; bedoelt u 'status'?\nZie 'pa --help'."),
    (("set", "1.1.3"), "pa: optie '--status' / '-s' ontbreekt\nZie 'pa set --help'."),
    (("set",), "pa: argument NR ontbreekt\nZie 'pa set --help'."),
    (("status", "--marge", "x"), "pa: ongeldige waarde voor '--marge': 'x' is geen geheel getal"
     "\nZie 'pa status --help'."),
    (("status", "extra"), "pa: onverwacht extra argument: extra\nZie 'pa status --help'."),
])
def test_malformed_command_lines_are_answered_in_dutch(run, ws, args, message):
    """Click's usage errors reach the user in Dutch, with exit 2."""
    r = run(*args)
    assert (r.code, r.err.strip()) == (2, message)


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_help_is_dutch(run, name):
    """Help headings and the help option itself are Dutch too."""
    out = run(*([name] if name else []), "--help").out
    assert out.startswith("Gebruik: pa")
    assert "Opties:" in out and "-h, --help" in out and "Toon deze hulp en stop." in out
    assert not any(word in out for word in ("Usage:", "Options:", "Show this message",
                                            "[default:"))


def test_a_reader_that_goes_away_is_not_an_error(ws):
    """`pa status | head`: when the pipe's reader has gone, pa stops quietly with exit 0."""
    import os
    import subprocess
    import sys

    read, write = os.pipe()
    os.close(read)  # the reader is gone before pa writes a byte
    try:
        proc = subprocess.run([sys.executable, "-m", "pa_cli", "status", "--alles",
                               "--peildatum", "2023-01-01"], cwd=ws.root, stdout=write,
                              stderr=subprocess.PIPE, text=True)
    finally:
        os.close(write)
    assert (proc.returncode, proc.stderr) == (0, "")
