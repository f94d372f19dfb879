"""Days late are written with the Dutch thousands separator, as the monitor writes its figures."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from pa_cli.base.fmt import dagen

PEIL = ("--peildatum", "2026-11-27")  # 1.1.2, najaar 2022: 1427 days late


def _out(run, *args: str) -> str:
    r = run(*args)
    assert r.code == 0, r.err
    return r.out


@given(st.integers(min_value=0, max_value=10**9))
def test_dagen_groups_thousands_with_a_dot(n):
    """Any count reads back as the same number, in groups of three digits after the first."""
    number, _, word = dagen(n).partition(" ")
    groups = number.split(".")
    assert int("".join(groups)) == n and word == ("dag" if n == 1 else "dagen")
    assert 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def test_every_output_writes_1427_days_as_1_427(run, ws):
    """pa status, pa overdue, pa toon and the reports all say '1.427 dagen'; JSON keeps 1427."""
    status = _out(run, "status", *PEIL)
    row = next(ln for ln in status.splitlines() if ln.startswith("1.1.2 "))
    assert row.rstrip().endswith("najaar 2022    31-12-2022  open    rood       1.427 dagen")
    assert "| najaar 2022 | 31 december 2022 | open | rood | 1.427 dagen |" in _out(
        run, "status", *PEIL, "--format", "md")
    assert any(ln.rstrip().endswith("1.427 dagen") and ln.startswith("  1.1.2 ")
               for ln in _out(run, "overdue", *PEIL).splitlines())
    assert "stoplicht rood, 1.427 dagen te laat" in " ".join(
        _out(run, "toon", "1.1.2", *PEIL).split())
    assert "| 31 december 2022 | 1.427 dagen | open |" in _out(run, "report", "handout", *PEIL)
    assert "| 🔴 rood (1.427 dagen te laat) |" in _out(run, "report", "stoplicht", *PEIL)
    assert "open, 1.427 dagen te laat</span>" in _out(run, "report", "stoplicht", "-f", "html",
                                                      *PEIL)
    rows = json.loads(_out(run, "status", *PEIL, "--format", "json"))
    assert next(r for r in rows if r["nr"] == "1.1.2")["dagen_te_laat"] == 1427
