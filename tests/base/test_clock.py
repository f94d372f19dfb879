"""pa's one notion of today (clock.py), and the fixed today every other test runs on."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import time_machine

from conftest import REPO, TODAY
from pa_cli.base import clock
from pa_cli.base.fmt import datum_nl

# The machine's clock, as pa has it outside the tests: taken when this module is imported, before
# conftest's autouse fixture fixes clock.today and clock.now for each test.
MACHINE_TODAY, MACHINE_NOW = clock.today, clock.now
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
CLOCK = REPO / "src" / "pa_cli" / "base" / "clock.py"


def test_today_is_the_local_date_of_the_machine(monkeypatch):
    """Half an hour into the new year in Terneuzen it is already 1 January, though in UTC it is
    still 31 December; half an hour before, it is 31 December. A variable of the test harness
    (PA_TEST_TODAY) does not move pa's own clock."""
    monkeypatch.setenv("PA_TEST_TODAY", "2031-06-15")
    with time_machine.travel(datetime(2027, 1, 1, 0, 30, tzinfo=AMSTERDAM), tick=False):
        assert MACHINE_TODAY() == date(2027, 1, 1)
        assert MACHINE_NOW() == datetime(2026, 12, 31, 23, 30, tzinfo=timezone.utc)
    with time_machine.travel(datetime(2026, 12, 31, 23, 30, tzinfo=AMSTERDAM), tick=False):
        assert MACHINE_TODAY() == date(2026, 12, 31)


def _calls_the_clock(node: ast.AST) -> bool:
    """date.today(), datetime.now(), datetime.today(), datetime.utcnow() (also via a module)."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return False
    owner = node.func.value
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return name in ("date", "datetime") and node.func.attr in ("today", "now", "utcnow")


def test_every_today_in_pa_comes_from_the_clock():
    """No module of pa but base/clock.py asks the machine for the date, and every caller asks the
    module (clock.today()), so that the tests can fix today in one place."""
    offenders = []
    for path in sorted((REPO / "src" / "pa_cli").rglob("*.py")):
        if path == CLOCK:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"
            if _calls_the_clock(node):
                offenders.append(f"{where}: {ast.unparse(node)}")
            elif isinstance(node, ast.ImportFrom) and node.module == "pa_cli.base.clock":
                offenders.append(f"{where}: from pa_cli.base.clock import ... (a test cannot fix "
                                 "it)")
    assert offenders == []


def test_default_peildatum_is_the_fixed_today_in_and_out_of_process(run, ws):
    """pa status without --peildatum reports on today: in this process and in a pa started as
    its own process (tests/clockhook) alike, the tests' fixed today, not the machine's."""
    heading = f"Stand op {datum_nl(TODAY)}"
    assert run("status").out.startswith(heading)
    child = subprocess.run([sys.executable, "-m", "pa_cli", "status"], cwd=ws.root,
                           capture_output=True, text=True, timeout=120, check=True)
    assert child.stdout.startswith(heading), child.stdout[:200]

