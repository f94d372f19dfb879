"""What a Windows laptop brings: `python -m pa_cli`, CRLF files, a console that is not UTF-8."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import struct
import subprocess
import sys
import termios

import pytest

from conftest import AFSPRAKEN, AGENDA


def _env(env: dict[str, str]) -> dict[str, str]:
    """This environment, with a locale of its own: a UTF-8 one unless the test names another
    (a developer's LC_ALL=C must not change what the tests see)."""
    full = {**os.environ, "NO_COLOR": "1", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
            "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", **env}
    full.pop("PA_DATA", None)
    if "PYTHONIOENCODING" not in env:
        full.pop("PYTHONIOENCODING", None)
    return full


def _pa(ws, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m pa_cli ARGS` in the workspace, as a separate process with this environment."""
    return subprocess.run([sys.executable, "-m", "pa_cli", *args], cwd=ws.root, env=_env(env),
                          capture_output=True, timeout=60, check=False)


def _pa_in_terminal(ws, *args: str, **env: str) -> tuple[int, bytes]:
    """`python -m pa_cli ARGS` on a pseudo-terminal of 120 x 40 (a console window): the exit
    code and what the console received (stdout and stderr)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    environ = {k: v for k, v in _env(env).items() if k != "COLUMNS"}
    proc = subprocess.Popen([sys.executable, "-m", "pa_cli", *args], cwd=ws.root, env=environ,
                            stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    chunks = []
    while select.select([master], [], [], 60)[0]:
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal closed: pa has finished
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).replace(b"\r\n", b"\n")


def test_python_m_names_itself(ws):
    """`python -m pa_cli` shows that program name in help and in usage errors."""
    help_ = _pa(ws, "--help")
    assert help_.returncode == 0
    assert help_.stdout.decode().startswith("Gebruik: python -m pa_cli [OPTIES] OPDRACHT")
    wrong = _pa(ws, "stat")
    assert wrong.returncode == 2
    assert wrong.stderr.decode().splitlines() == [
        "pa: onbekende opdracht 'stat'; bedoelt u 'status'?", "Zie 'python -m pa_cli --help'."]


def test_python_m_works_like_pa(ws, run):
    """`python -m pa_cli status` gives what `pa status` gives."""
    args = ("status", "--format", "json", "--peildatum", "2023-01-01")
    assert _pa(ws, *args).stdout.decode("utf-8") == run(*args).out


def _crlf(ws, bom: bool) -> None:
    for name in (AFSPRAKEN, AGENDA):
        text = ws.path(name).read_bytes().replace(b"\n", b"\r\n")
        ws.path(name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + text)


@pytest.mark.parametrize("bom", [False, True])
def test_crlf_files_are_read_and_validated(run, ws, bom):
    """Files saved by a Windows editor (CRLF, with or without BOM) validate and answer alike."""
    before = run("status", "--format", "json", "--peildatum", "2023-01-01").out
    _crlf(ws, bom)
    r = run("validate")
    assert r.code == 0, r.out
    assert "In orde, 1 waarschuwing" in r.out
    assert run("status", "--format", "json", "--peildatum", "2023-01-01").out == before


def test_crlf_error_positions(run, ws):
    """An error in a CRLF file is reported at its line and column, without a stray CR."""
    _crlf(ws, False)
    line = ws.line_of(AGENDA, "termijn: najaar 2022")
    raw = ws.path(AGENDA).read_bytes().replace(b"termijn: najaar 2022", b"termijn: najaaar 2022", 1)
    ws.path(AGENDA).write_bytes(raw)
    r = run("validate")
    assert r.code == 1
    assert f"{AGENDA}:{line}:14: fout PA012:" in r.out
    assert "\r" not in r.out


def test_set_keeps_crlf(run, ws):
    """`pa set` on a CRLF file writes CRLF lines, so git shows only the change."""
    _crlf(ws, False)
    assert run("set", "1.1.3", "-s", "gereed", "--datum", "2022-11-03").code == 0
    raw = ws.path(AGENDA).read_bytes()
    assert b"    status: gereed\r\n" in raw
    assert raw.count(b"\n") == raw.count(b"\r\n")
    rows = json.loads(run("status", "--format", "json").out)
    assert next(a for a in rows if a["nr"] == "1.1.3")["status"] == "gereed"


@pytest.mark.parametrize("encoding", ["cp1252", "cp850", "ascii"])
def test_console_that_is_not_utf8(ws, encoding):
    """Status, overdue and reports print on a cp1252, cp850 or ASCII console without a crash."""
    for args in (("status", "--peildatum", "2023-01-01"), ("overdue", "--peildatum", "2023-12-31"),
                 ("report", "handout", "--peildatum", "2023-04-01")):
        code, raw = _pa_in_terminal(ws, *args, PYTHONIOENCODING=encoding)
        out = raw.decode(encoding)
        assert code == 0, out
        assert "Traceback" not in out
    if encoding != "ascii":
        assert "Termijn vóór het volgende overleg" in out  # Dutch letters survive where they can
    else:
        assert "Termijn voor het volgende overleg" in out  # else they lose only their accent


def test_c_locale(ws):
    """Under LANG=C (an ASCII console) the stoplicht signs become letters, the table stays."""
    code, raw = _pa_in_terminal(ws, "report", "stoplicht", "--format", "md", "--peildatum",
                                "2023-04-01", LC_ALL="C", LANG="C")
    out = raw.decode("ascii")
    assert code == 0, out
    assert "| thema |  rood |  oranje |  groen |  grijs | acties |" in out


@pytest.mark.parametrize("locale", [{"LC_ALL": "C", "LANG": "C"}, {"PYTHONIOENCODING": "cp1252"},
                                    {"PYTHONIOENCODING": "ascii"}])
def test_pipes_and_files_carry_the_datas_text_under_any_locale(ws, run, locale):
    """JSON, CSV and a report through a pipe are UTF-8 and carry the data's text ("carrière",
    "cliënten", ✓), whatever the locale; only a terminal gets stand-ins."""
    for args in (("status", "--format", "json"), ("status", "--format", "csv"),
                 ("overdue", "--format", "csv"), ("report", "handout")):
        args = (*args, "--peildatum", "2023-04-01")
        r = _pa(ws, *args, **locale)
        assert (r.returncode, r.stderr) == (0, b""), r.stderr
        assert r.stdout.decode("utf-8") == run(*args).out
    assert "carrière" in _pa(ws, "status", "--format", "json", **locale).stdout.decode("utf-8")
    r = _pa(ws, "status", "-o", "stand.csv", "--peildatum", "2023-04-01", **locale)
    assert r.returncode == 0 and "cliënten" in (ws.root / "stand.csv").read_text("utf-8-sig")


def test_errors_on_a_console_that_is_not_utf8(ws):
    """A message with Dutch letters reaches a cp1252 console intact (stderr too)."""
    code, raw = _pa_in_terminal(ws, "report", "handout", "--trekker", "Gemeënte",
                                PYTHONIOENCODING="cp1252")
    assert code == 2
    assert raw.decode("cp1252").startswith("pa: trekker 'Gemeënte' is onbekend")


def test_hanging_chromium_without_process_groups(run, ws, tmp_path, monkeypatch):
    """Where there are no process groups (Windows), a Chromium that hangs is stopped: exit 1."""
    from pa_cli.report import pdf

    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\nexec sleep 30\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PA_CHROMIUM", str(fake))
    monkeypatch.delattr(os, "killpg")
    monkeypatch.setattr(pdf.run_chromium, "__defaults__", (0.5,))
    r = run("report", "handout", "--format", "pdf", "-o", "h.pdf")
    assert r.code == 1 and "Traceback" not in r.err
    assert r.err.strip() == "pa: Chromium gaf binnen 0 seconden geen antwoord"
    assert not (ws.root / "h.pdf").exists()
