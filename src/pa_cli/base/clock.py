"""pa's one notion of today: every "vandaag" in pa comes from today() here.

The default peildatum, the date of a `pa set` step, the check that a step or a vaststelling
does not lie in the future and the start of `pa kalender` all ask this module, never
date.today() themselves (tests/base/test_clock.py checks that). So a test fixes "today" in one
place (tests/conftest.py), and a run of the suite on another day gives the same answers.

There is deliberately no environment variable or option here that changes today: what pa
calls today is the machine's local date.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

__all__ = ["today", "now"]


def today() -> date:
    """Today's date on this machine (local time)."""
    return date.today()


def now() -> datetime:
    """This moment, in UTC (a calendar's DTSTAMP)."""
    return datetime.now(timezone.utc)
