"""The pre-commit hook in .pre-commit-hooks.yaml, run by the real pre-commit in a real commit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import AGENDA, REPO, Git

BIN = Path(sys.executable).parent


@pytest.fixture
def hooked(repo: Git, tmp_path_factory, monkeypatch) -> Git:
    """A data repository whose commits run pa-validate from a copy of this repository's hook
    file, installed with `pre-commit install` (no network: pa is already installed here, so
    the hook runs it as a system command instead of building pa into its own environment)."""
    hooks = Git(tmp_path_factory.mktemp("pa-hooks"))
    hooks("init", "-q")
    shutil.copy(REPO / ".pre-commit-hooks.yaml", hooks.root)
    rev = hooks.commit("hooks")
    (repo.root / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {hooks.root}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: pa-validate\n"
        "        language: system\n", encoding="utf-8")
    monkeypatch.setenv("PRE_COMMIT_HOME", str(tmp_path_factory.mktemp("pre-commit-home")))
    monkeypatch.setenv("PATH", f"{BIN}{os.pathsep}{os.environ['PATH']}")
    subprocess.run([str(BIN / "pre-commit"), "install"], cwd=repo.root, check=True,
                   capture_output=True)
    repo.commit("pre-commit")
    return repo


def _commit(g: Git) -> subprocess.CompletedProcess[str]:
    g("add", "-A")
    return g("commit", "-m", "wijziging", check=False)


def test_hook_stops_a_commit_with_a_broken_file(hooked, ws):
    """A misspelt termijn stops the commit with pa's file:line:col message; nothing is
    committed."""
    before = hooked("rev-parse", "HEAD").stdout
    ws.replace(AGENDA, "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\"",
               "termijn: najaaar 2022\n    status: open\n\n  - nr: \"1.1.3\"")
    r = _commit(hooked)
    assert r.returncode == 1
    line = ws.line_of(AGENDA, "najaaar")
    assert (f"data/agenda-2022-2023.yaml:{line}:14: fout PA012: agendarij 1.1.2: termijn "
            "'najaaar 2022' is onbekend; bedoelt u 'najaar 2022'?") in r.stdout + r.stderr
    assert "pa validate (prestatieafspraken)" in r.stdout + r.stderr
    assert hooked("rev-parse", "HEAD").stdout == before


def test_hook_stops_a_commit_with_a_broken_monitor_file(hooked, ws):
    """A change to indicatoren.yaml alone (the monitor, 5.8) is checked too: a unit that does
    not exist stops the commit."""
    before = hooked("rev-parse", "HEAD").stdout
    ws.replace("indicatoren.yaml", "metingen: []", "metingen:\n  - indicator: aanbod-regulier\n"
               "    jaar: 2024\n    waarde: 812\n    bron: jaarverslag\n    eenheid: stuks")
    r = _commit(hooked)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "data/indicatoren.yaml:164:14: fout PA061: eenheid 'stuks' van meting" in (
        r.stdout + r.stderr)
    assert hooked("rev-parse", "HEAD").stdout == before


def test_hook_lets_a_good_commit_through(hooked, ws, run):
    """A valid change (pa set) is committed, with the hook reported as passed."""
    assert run("set", "1.1.3", "--status", "lopend", "--datum", "2023-02-01").code == 0
    r = _commit(hooked)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "pa validate (prestatieafspraken)" in r.stdout + r.stderr
    assert "Passed" in r.stdout + r.stderr
    assert hooked("status", "--porcelain").stdout == ""


def test_hook_skips_a_commit_without_data_files(hooked, ws):
    """A commit that touches no data file does not run pa at all."""
    (ws.root / "notities.md").write_text("overleg\n", encoding="utf-8")
    r = _commit(hooked)
    assert r.returncode == 0
    assert "(no files to check)Skipped" in r.stdout + r.stderr
