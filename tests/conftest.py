"""Shared fixtures: run pa in-process, and a scratch copy of the shipped data."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import strategies as st

from pa_cli.base import clock
from pa_cli.cli.main import main
from pa_cli.report.pdf import find_chromium

REPO = Path(__file__).resolve().parents[1]
# "Today" for every test, so that no test depends on the day it runs (tests of the clock itself
# excepted: tests/base/test_clock.py). PA_TEST_TODAY moves it: .ci/run runs the suite a second
# time on 15 juni 2031. Only the tests read PA_TEST_TODAY: pa itself knows no such variable.
TODAY = date.fromisoformat(os.environ.get("PA_TEST_TODAY") or "2026-12-06")
# Put on PYTHONPATH for the pa that a test starts as a child process: its sitecustomize fixes
# today there too.
CLOCK_HOOK = REPO / "tests" / "clockhook"
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


def _data_files() -> dict[str, tuple[int, int]]:
    return {p.relative_to(DATA).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(DATA.rglob("*")) if p.is_file()}


# The shipped data as the session found it, to put back what a test changed.
_SHIPPED = {name: (DATA / name).read_bytes() for name in _data_files()}


@pytest.fixture(autouse=True)
def _shipped_data_untouched() -> Iterator[None]:
    """No test writes into the shipped data/ (tests write in a copy: `ws`). A test that does
    fails, and data/ is put back: under `make mutate` a mutant that writes there would
    otherwise change the data every later mutant's tests read, and they would fail for that."""
    before = _data_files()
    yield
    after = _data_files()
    if after == before:
        return
    for name in after.keys() - _SHIPPED.keys():
        (DATA / name).unlink()
    for name, content in _SHIPPED.items():
        if (DATA / name).exists() and (DATA / name).read_bytes() == content:
            continue
        (DATA / name).parent.mkdir(parents=True, exist_ok=True)
        (DATA / name).write_bytes(content)
    changed = sorted(name for name in before.keys() | after.keys()
                     if before.get(name) != after.get(name))
    pytest.fail(f"the test changed the shipped data/: {', '.join(changed)} (put back)")


def pytest_report_header() -> str:
    return f"vandaag in de tests: {TODAY.isoformat()} (PA_TEST_TODAY)"


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """pa's today is TODAY, in this process and in every pa a test starts as a child process."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: datetime.combine(TODAY, time(12), timezone.utc))
    monkeypatch.setenv("PA_TEST_TODAY", TODAY.isoformat())
    path = os.environ.get("PYTHONPATH")
    monkeypatch.setenv("PYTHONPATH", f"{CLOCK_HOOK}{os.pathsep}{path}" if path else str(CLOCK_HOOK))


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


# -- shared by several test modules ---------------------------------------------------------

# A second action for afspraak 1.1.3 in the shipped agenda (tests of the yearly cycle).
SECOND = '''
  - nr: "1.1.3b"
    onderwerp: In samenhang sturen op gebiedsontwikkeling
    actie: Tweede actie bij dezelfde afspraak.
    trekker: [Corporaties]
    termijn: najaar 2023
    status: open
'''

# Agenda 2024-2025 with action 1.1.2 carried over from 2022-2023, and the old row's side of it.
CARRIED = '''# yaml-language-server: $schema=schemas/agenda.schema.json
titel: Uitvoeringsagenda 2024-2025
vastgesteld: 2024-04-01
rijen:
  - nr: "1.1.2"
    onderwerp: Gezamenlijk inzicht in ontwikkelingen woningmarkt
    actie: Bespreken in ambtelijk overleg data-analyse.
    trekker: [Corporaties]
    termijn: najaar 2024
    status: open
    herkomst: "2022-2023/1.1.2"
'''
MOVED = ('    termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.3"',
         '    termijn: najaar 2022\n    status: open\n    doorgeschoven: "2024-2025"\n\n'
         '  - nr: "1.1.3"')

# Texts for property tests of pa set: anything a YAML file can store, and the tricky ones.
storable = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="\u2028\u2029"
                           "\ufeff\x85") | st.sampled_from(list("\n\t :#'\"-|>&*!%@`{}[],?")),
    min_size=1, max_size=120).filter(lambda s: s.strip())
special = st.sampled_from([
    "Besproken: akkoord # zie verslag", "  begint met spaties", "'quotes' en \"meer\"",
    "regel 1\nregel 2\n", "x" * 400, "ΜΗ λατινικά · 中文 · العربية", "- lijkt een lijst",
    "yes", "2023-01-01", "null", "1.10", "@start", "!tag", "*alias", "&anker", "% teken",
])

# Golden files of the reports (tests/golden/): see tests/report/test_report_golden.py.
GOLDEN = REPO / "tests" / "golden"
UPDATE = "PA_UPDATE_GOLDEN"


def assert_golden(name: str, out: str) -> None:
    """`out` is exactly tests/golden/NAME (rewritten instead with PA_UPDATE_GOLDEN=1)."""
    path = GOLDEN / name
    if os.environ.get(UPDATE):
        if os.environ.get("CI"):
            pytest.fail(f"{UPDATE} is for a developer's machine; CI only compares")
        path.parent.mkdir(exist_ok=True)
        path.write_text(out, encoding="utf-8", newline="")
        return
    assert path.is_file(), f"{path.name} is missing; make it with {UPDATE}=1 (see this file)"
    expected = path.read_text(encoding="utf-8")
    if out != expected:
        diff = "".join(list(difflib.unified_diff(
            expected.splitlines(True), out.splitlines(True), f"golden/{path.name}",
            "pa"))[:60])
        pytest.fail(f"{name} differs from its golden file; if the change is intended, "
                    f"run {UPDATE}=1 .venv/bin/python -m pytest "
                    "tests/report/test_report_golden.py\n" + diff, pytrace=False)


# -- the programs the browser tests need (tests/report/), found once per module -------------

@pytest.fixture(scope="module")
def chromium() -> str:
    found = find_chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI; .ci/run should have installed it")
        pytest.skip("headless Chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def pdftotext() -> str:
    found = shutil.which("pdftotext")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing in CI; .ci/run should have installed poppler-utils")
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    return found


@pytest.fixture(scope="module")
def browser(chromium, tmp_path_factory):
    """One headless Chromium, driven over the DevTools protocol, for every layout check."""
    from devtools import Browser

    with Browser(tmp_path_factory.mktemp("profiel")) as b:
        yield b
