"""What a Windows laptop brings: `python -m pa_cli`, CRLF files, a console that is not UTF-8."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import AFSPRAKEN, AGENDA


def _pa(ws, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m pa_cli ARGS` in the workspace, as a separate process with this environment."""
    full = {**os.environ, "NO_COLOR": "1", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", **env}
    full.pop("PA_DATA", None)
    return subprocess.run([sys.executable, "-m", "pa_cli", *args], cwd=ws.root, env=full,
                          capture_output=True, timeout=60, check=False)


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
        r = _pa(ws, *args, PYTHONIOENCODING=encoding)
        assert (r.returncode, r.stderr) == (0, b""), r.stderr.decode(encoding, "replace")
        out = r.stdout.decode(encoding)
        assert "Traceback" not in out
    if encoding != "ascii":
        assert "Termijn vóór het volgende overleg" in out  # Dutch letters survive where they can
    else:
        assert "Termijn voor het volgende overleg" in out  # else they lose only their accent


def test_c_locale(ws):
    """Under LANG=C (an ASCII console) the stoplicht signs become letters, the table stays."""
    r = _pa(ws, "report", "stoplicht", "--format", "md", "--peildatum", "2023-04-01",
            LC_ALL="C", LANG="C")
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("ascii")
    assert "| thema |  rood |  oranje |  groen |  grijs | acties |" in out


def test_errors_on_a_console_that_is_not_utf8(ws):
    """A message with Dutch letters reaches a cp1252 console intact (stderr too)."""
    r = _pa(ws, "report", "handout", "--trekker", "Gemeënte", PYTHONIOENCODING="cp1252")
    assert r.returncode == 2
    assert r.stderr.decode("cp1252").startswith("pa: trekker 'Gemeënte' is onbekend")


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
