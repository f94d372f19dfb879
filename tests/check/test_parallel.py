"""A portfolio's sets that the cache does not know are checked on two cores first
(check/parallel.py, issue 18 part 4); the answers are the same as on one."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import REPO, TODAY
from pa_cli.check import parallel
from pa_cli.check.portfolio import check_portfolio
from pa_cli.load import cache
from pa_cli.load.portfolio import load_portfolio

sys.path.insert(0, str(REPO / "benchmarks"))
from national_data import make_portfolio  # noqa: E402


def _answers(root: Path) -> list[tuple[str, list]]:
    return [(r.set.name, r.problems) for r in check_portfolio(load_portfolio(root))]


def test_two_processes_fill_the_cache_and_answer_as_one(tmp_path, monkeypatch):
    sets = make_portfolio(tmp_path / "pf", 5, TODAY)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setenv("PA_PROCESSEN", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "een"))
    one = _answers(tmp_path / "pf")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "een-bis"))
    assert parallel.check_all(sets)[1] == 0  # turned off
    monkeypatch.setenv("PA_PROCESSEN", "2")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "twee"))
    briefs, pooled = parallel.check_all(sets)
    assert pooled == 5  # every set, in the pool
    assert all(cache.cache_file(s, "kern").is_file() for s in sets)  # type: ignore[union-attr]
    assert [b.directory for b in briefs] == sets  # in the portfolio's order
    assert parallel.check_all(sets)[1] == 0  # all known now
    assert _answers(tmp_path / "pf") == one


def test_few_sets_or_one_core_check_in_the_command_itself(tmp_path, monkeypatch):
    sets = make_portfolio(tmp_path / "pf", 4, TODAY)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 1)
    assert parallel.processes() == 1 and parallel.check_all(sets)[1] == 0
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "leeg"))
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 8)
    monkeypatch.setenv("PA_PROCESSEN", "veel")  # not a number: the default
    assert parallel.processes() == 2
    assert parallel.check_all(sets[:parallel.LEAST - 1])[1] == 0
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "uit"))
    monkeypatch.setenv("PA_NO_CACHE", "1")  # nothing to hand over
    briefs, pooled = parallel.check_all(sets)
    assert pooled == 0 and [b.counts["afspraken"] for b in briefs] == [55] * 4
