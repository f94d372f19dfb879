"""Validation answers for a werkgroep member who types the YAML by hand, as the README says."""

from __future__ import annotations

import pytest

from conftest import AGENDA

ROW = "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\""  # agendarij 1.1.2, line 22


def _first(run) -> str:
    r = run("validate")
    assert r.code == 1, r.out
    return r.out.splitlines()[0]


@pytest.mark.parametrize("typed, meant", [("Gereed", "gereed"), ("OPEN", "open"),
                                          ("Vervallen", "vervallen")])
def test_a_status_in_capitals_asks_for_lowercase(run, ws, typed, meant):
    """`status: Gereed` says to write 'gereed' in lowercase, not that the status does not exist."""
    ws.replace(AGENDA, ROW, ROW.replace("status: open", f"status: {typed}"))
    assert _first(run) == (f"data/agenda-2022-2023.yaml:23:13: fout PA025: status '{typed}' van "
                           f"agendarij 1.1.2: schrijf '{meant}' (kleine letters)")
