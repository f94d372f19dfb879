"""The edges of the stoplicht: the first and last day of the oranje window, the first day late.

Action 1.1.3 of the shipped agenda has termijn 'najaar 2022', so it must be done by
31 december 2022. With a marge of two weeks it turns oranje on 17 december (fourteen days
before), stays oranje on its last day, and is rood with 1 dag te laat on 1 januari.
A mutant that counts the window one day short (`<` for `<=`) passed the whole suite before.
"""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(("peildatum", "licht", "dagen"), [
    ("2022-12-16", "groen", None),  # fifteen days before: not yet in the window
    ("2022-12-17", "oranje", None),  # exactly the marge (14 days) before: the first oranje day
    ("2022-12-31", "oranje", None),  # the last day it may be done
    ("2023-01-01", "rood", 1),  # the first day late
])
def test_the_oranje_window_is_exactly_the_marge(run, peildatum, licht, dagen):
    r = run("status", "--peildatum", peildatum, "--marge", "2", "--format", "json")
    assert r.code == 0, r.err
    (actie,) = [a for a in json.loads(r.out) if a["nr"] == "1.1.3"]
    assert (actie["uiterlijk"], actie["stoplicht"], actie.get("dagen_te_laat")) == (
        "2022-12-31", licht, dagen)


def test_a_marge_of_zero_weeks_makes_only_the_last_day_oranje(run):
    def licht(day: str) -> str:
        r = run("status", "--peildatum", day, "--marge", "0", "--format", "json")
        return [a for a in json.loads(r.out) if a["nr"] == "1.1.3"][0]["stoplicht"]

    assert [licht(d) for d in ("2022-12-30", "2022-12-31", "2023-01-01")] == [
        "groen", "oranje", "rood"]
