"""Fixes pa's today in a pa that a test starts as a child process (python -m pa_cli, the `pa`
script, a pre-commit hook): conftest.py puts this folder on PYTHONPATH and sets PA_TEST_TODAY,
and Python imports sitecustomize at start-up. The same date as in the test's own process.

Only the tests put this file on the path: pa itself reads no variable that changes today.
"""

import os

if os.environ.get("PA_TEST_TODAY"):
    from datetime import date, datetime, time, timezone

    from pa_cli.base import clock

    _TODAY = date.fromisoformat(os.environ["PA_TEST_TODAY"])
    clock.today = lambda: _TODAY
    clock.now = lambda: datetime.combine(_TODAY, time(12), timezone.utc)
