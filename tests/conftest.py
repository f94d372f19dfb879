"""Shared fixtures: run pa in-process, and a scratch copy of the shipped data."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from pa_cli.cli.main import main

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
# What the tests read besides the data, carried in the repository (see tests/fixtures/README.md).
FIXTURES = REPO / "tests" / "fixtures"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory) -> None:
    """Tests see plain output, their own cache and no PA_DATA from the developer's shell."""
    monkeypatch.delenv("PA_DATA", raising=False)
    monkeypatch.delenv("PA_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    """Run `pa ARGS...` in this process; returns exit code, stdout and stderr."""

    def _run(*args: str) -> Result:
        capsys.readouterr()
        try:
            main(list(args))
            code = 0
        except SystemExit as e:
            code = int(e.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


class Workspace:
    """A copy of the shipped data in tmp_path/data, with the current directory at tmp_path."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        shutil.copytree(DATA, self.data)

    def path(self, name: str) -> Path:
        return self.data / name

    def read(self, name: str) -> str:
        return self.path(name).read_text(encoding="utf-8")

    def write(self, name: str, text: str) -> None:
        self.path(name).write_text(text, encoding="utf-8")

    def replace(self, name: str, old: str, new: str) -> None:
        """Edit a data file as a user would; `old` must occur exactly once."""
        text = self.read(name)
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {name}"
        self.write(name, text.replace(old, new))

    def line_of(self, name: str, needle: str) -> int:
        """1-based line number of the first line containing needle."""
        for i, line in enumerate(self.read(name).splitlines(), 1):
            if needle in line:
                return i
        raise AssertionError(f"{needle!r} not in {name}")

    def snapshot(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.data.rglob("*")) if p.is_file()}


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    w = Workspace(tmp_path)
    monkeypatch.chdir(tmp_path)
    return w


AFSPRAKEN = "afspraken.yaml"
AGENDA = "agenda-2022-2023.yaml"


class Git:
    """A real git repository at `root`, with a fixed author, clock and no user config."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.clock = 0

    def __call__(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=self.root, check=check, capture_output=True,
                              text=True)

    def commit(self, message: str, when: str = "") -> str:
        """Commit everything in the work tree (at `when`, an ISO date, or one minute later
        than the last commit); returns the commit id."""
        self.clock += 1
        stamp = f"{when}T12:00:00+01:00" if when else f"2023-01-01T00:{self.clock:02d}:00+01:00"
        self("add", "-A")
        env = {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
        subprocess.run(["git", "commit", "-q", "--no-verify", "-m", message], cwd=self.root,
                       check=True, env={**os.environ, **env})
        return self("rev-parse", "HEAD").stdout.strip()


@pytest.fixture
def git_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory) -> None:
    """git as on a fresh machine: no global or system config, a fixed author."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "Werkgroep")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "werkgroep@example.org")
    (home / ".gitconfig").write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")


def handout_changes(run, *args: str) -> str:
    """The text of the handout's section "Wijzigingen sinds het vorige overleg" (Markdown)."""
    r = run("report", "handout", *args)
    assert r.code == 0, r.err
    section = r.out.split("## 6. Wijzigingen sinds het vorige overleg\n\n", 1)[1]
    return re.split(r"\n\n(?:## |_Gemaakt met pa)", section)[0]


@pytest.fixture
def repo(ws: Workspace, git_env: None) -> Git:
    """The shipped data in a git repository at tmp_path, committed once."""
    g = Git(ws.root)
    g("init", "-q")
    g.commit("Gegevens zoals ondertekend")
    return g


# -- an action carried over twice, through `pa agenda nieuw` as a werkgroep does it ------------

def _fill_in(ws: Workspace, name: str, nr: str, termijn: str, vastgesteld: str) -> None:
    """What the werkgroep does by hand after `pa agenda nieuw`: one new termijn, vastgesteld."""
    text = ws.read(name)
    start = text.index(f'  - nr: "{nr}"\n')
    end = text.index("\n\n", start)
    row = text[start:end]
    old = next(ln for ln in row.splitlines() if ln.startswith("    termijn: vast te stellen"))
    text = text[:start] + row.replace(old, f"    termijn: {termijn}") + text[end:]
    title = next(ln for ln in text.splitlines() if ln.startswith("titel: "))
    ws.write(name, text.replace(title + "\n", f"{title}\nvastgesteld: {vastgesteld}\n", 1))


def carry_1_1_3_twice(run, ws) -> None:
    """1.1.3 lives through three agendas, made with `pa agenda nieuw` and kept with `pa set`:
    lopend in 2022, carried to 2024-2025 (najaar 2024), carried again to 2026-2027
    (najaar 2026) and gereed on 2 november 2026."""
    def ok(*args: str) -> None:
        r = run(*args)
        assert r.code == 0, r.err

    ok("set", "1.1.3", "--status", "lopend", "-m", "Eerste bouwtafel gepland",
       "--datum", "2022-11-03")
    ok("agenda", "nieuw", "2024-2025")
    _fill_in(ws, "agenda-2024-2025.yaml", "1.1.3", "najaar 2024", "2024-05-14")
    ok("set", "2024-2025/1.1.3", "--status", "lopend", "-m", "Bouwtafel Axel gehouden",
       "--datum", "2024-10-02")
    ok("agenda", "nieuw", "2026-2027")
    _fill_in(ws, "agenda-2026-2027.yaml", "1.1.3", "najaar 2026", "2026-06-20")
    ok("set", "2026-2027/1.1.3", "--status", "gereed", "-m", "Woonprogramma's per kern "
       "vastgesteld", "--datum", "2026-11-02")
    r = run("validate")
    assert r.code == 0 and " fout" not in r.out, r.out
