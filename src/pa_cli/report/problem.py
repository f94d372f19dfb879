"""The one error of the report stage: a report that cannot be made."""

from __future__ import annotations

__all__ = ["ReportProblem"]


class ReportProblem(Exception):
    """A report that cannot be made (template error, no Chromium): exit 1, one Dutch message."""
