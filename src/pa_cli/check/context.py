"""What the rules of the check stage share: the context they run in, and how a problem is
placed on the record (file, line, column) it is about."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterator

from pa_cli.base import clock
from pa_cli.base.problems import FOUT, Problem, unknown
from pa_cli.model.trekker import Trekkers

if TYPE_CHECKING:
    from pa_cli.load.dataset import Dataset
    from pa_cli.model.records import Afspraak, Afspraken, Agenda, Rij

__all__ = ["Context", "at", "located", "rows", "row_name", "unknown_set"]


class Context:
    """What the rules share: the afspraken by number, the trekker index, and today."""

    def __init__(self, afspraken: Afspraken, today: date | None = None) -> None:
        self.afspraken = afspraken
        self.today = today or clock.today()
        self.by_nr: dict[str, Afspraak] = {}
        for a in afspraken.alle_afspraken():
            if a.nr:
                self.by_nr.setdefault(a.nr, a)
        self.trekkers = Trekkers(afspraken)


def at(obj: object, key: str | None = None) -> tuple[str, int, int]:
    file, line, col = obj.src  # type: ignore[attr-defined]
    if key and key in obj.at:  # type: ignore[attr-defined]
        line, col = obj.at[key]  # type: ignore[attr-defined]
    return file, line, col


def located(obj: object, key: str | None, severity: str, code: str, msg: str) -> Problem:
    return Problem(*at(obj, key), severity, code, msg)


def unknown_set(obj: object, key: str, who: str, name: str, names: list[str]) -> Problem:
    """PA035 at `key` of `obj`: `who` (in portefeuille.yaml) names a set that is no folder of
    the portfolio; `names` are the sets there are."""
    return located(obj, key, FOUT, "PA035", f"{who} noemt set '{name}', maar die map met "
                   "afspraken.yaml staat niet in de portefeuille"
                   + unknown(name, names, None, "bekende sets"))


def rows(ds: Dataset) -> Iterator[tuple[Agenda, Rij]]:
    for agenda in ds.agendas:
        for rij in agenda.rijen:
            yield agenda, rij


def row_name(rij: Rij) -> str:
    """A row as messages name it; one without nr (itself a problem) by its line."""
    return f"agendarij {rij.nr}" if rij.nr else f"de agendarij op regel {rij.src[1]}"
