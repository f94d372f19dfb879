"""Which target a figure has in the verlenging of afspraak 5.6, for any day (the rule itself)."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pa_cli.model.monitor import Doel, Indicator
from pa_cli.model.records import Looptijd
from pa_cli.query.monitor import doel_op

LOOPTIJD = Looptijd(van=date(2022, 1, 1), tot_en_met=date(2025, 12, 31),
                    verlenging="loopt automatisch door")
NORM = Indicator(id="x", afspraak="1", naam="x", eenheid="procent", richting="minimaal",
                 doelen=[Doel(jaren=(2022, 2025), waarde=80)])


@pytest.fixture(scope="module", autouse=True)
def _settled():
    """Collect the reports' jinja2 template loaders first: each leaves a weak proxy in
    sys.modules until collected, and hypothesis, scanning sys.modules, can meet a dead one."""
    gc.collect()


@given(st.dates(date(2026, 1, 1), date(2060, 12, 31)))
def test_any_day_of_the_verlenging_keeps_the_norm(day):
    """However long the verlenging lasts, a day in it keeps the norm of 2022-2025."""
    keuze = doel_op(NORM, day.year, day, LOOPTIJD)
    assert keuze.doel is NORM.doelen[0] and keuze.herkomst


@given(st.dates(date(2026, 1, 2), date(2060, 12, 31)), st.integers(0, 3000))
def test_from_the_signing_on_no_target(signed, later):
    """From the day a successor is signed, the old norm is no target; the day before it is."""
    lt = Looptijd(van=LOOPTIJD.van, tot_en_met=LOOPTIJD.tot_en_met,
                  verlenging=LOOPTIJD.verlenging, opvolger_ondertekend=signed)
    day = date.fromordinal(signed.toordinal() + later)
    assert doel_op(NORM, day.year, day, lt).doel is None
    before = date.fromordinal(signed.toordinal() - 1)
    assert doel_op(NORM, before.year, before, lt).doel is NORM.doelen[0]


@given(st.integers(2022, 2025))
def test_within_the_looptijd_a_year_has_its_own_target(year):
    """Inside the looptijd nothing is carried: the year's own target, without a note."""
    keuze = doel_op(NORM, year, date(year, 12, 31), LOOPTIJD)
    assert keuze.doel is NORM.doelen[0] and keuze.herkomst == ""
