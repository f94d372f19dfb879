"""The handout's "Wijzigingen sinds het vorige overleg", asked of git only when a template uses
it. Every report's context holds one (report/context.py), so this module imports none of the
git and comparison code (history/wijzigingen.py): a report that does not show the changes does
not load it."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pa_cli.history.git import Commit
    from pa_cli.load.dataset import Dataset

__all__ = ["SindsOverleg"]


class SindsOverleg:
    """From the last commit on or before a date to the data as loaded; where git cannot
    answer, `melding` says why in one line."""

    def __init__(self, ds: Dataset, day: date) -> None:
        self._ds, self._day = ds, day

    @cached_property
    def _result(self) -> tuple[Commit | None, list[dict[str, Any]], str]:
        from pa_cli.history.wijzigingen import since_day

        return since_day(self._ds, self._day)

    @property
    def van(self) -> Commit | None:
        """The commit compared with, or None when there is none."""
        return self._result[0]

    @property
    def melding(self) -> str:
        """Why there are no changes to show ("" when there are, or when none changed)."""
        return self._result[2]

    @property
    def regels(self) -> list[dict[str, Any]]:
        """Each change as a dict (Wijziging.as_json, with `kop`: Acties, Afspraken, ...)."""
        return self._result[1]
