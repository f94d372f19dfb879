"""Shared fixtures: run pa in-process, and a scratch copy of the shipped data."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from pa_cli.cli import main

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
