"""Load stage: a validated set in brief, as check/light.py caches it beside the whole model.

What `pa validate` prints of a set (its problems, what it counted, the lines those problems
point at) and who signs it (the head of its afspraken): enough for a portfolio's validate and its
register of parties, without rebuilding the set's whole model from the cache.
"""

from __future__ import annotations

from pathlib import Path

from pa_cli.base.problems import Problem
from pa_cli.base.struct import DICT, Struct
from pa_cli.load.dataset import Dataset
from pa_cli.model.records import Afspraken

__all__ = ["Kern", "counts", "head", "kern"]


def counts(ds: Dataset) -> dict[str, int]:
    """What validate checked. A carried action counts once, in its newest agenda: its old
    row (`doorgeschoven`) is a row, not another action."""
    rows = [r for a in ds.agendas for r in a.rijen]
    moved = sum(1 for r in rows if r.is_actie and r.doorgeschoven)
    return {
        "afspraken": len(ds.afspraken.alle_afspraken()) if ds.afspraken else 0,
        "agendarijen": len(rows),
        "acties": sum(1 for r in rows if r.is_actie) - moved,
        "doorgeschoven": moved,
        "indicatoren": len(ds.indicatoren.indicatoren) if ds.indicatoren else 0,
        "metingen": len(ds.indicatoren.metingen) if ds.indicatoren else 0,
    }


def head(afspraken: Afspraken | None) -> Afspraken | None:
    """The afspraken without their themes, texts and cycle: who signs, under which names."""
    if afspraken is None:
        return None
    out = Afspraken(afspraken.titel, afspraken.gemeente, afspraken.looptijd,
                    list(afspraken.partijen), [], groepen=list(afspraken.groepen))
    vars(out).update({k: v for k, v in vars(afspraken).items() if k in ("src", "at")})
    return out


class Kern(Struct):
    """A validated set in brief."""

    directory: Path
    problems: list[Problem]
    counts: dict[str, int]
    afspraken: Afspraken | None  # head(): titel, gemeente, looptijd, partijen, groepen
    indicatoren: bool  # whether the set has a readable indicatoren.yaml
    texts: dict[str, str] = DICT  # display path -> text, of the files a problem points at
    paths: dict[str, Path] = DICT  # display path -> real path, of every file read
    files: int = 0  # how many data files were read
    _ds: Dataset | None = None  # not a field: the whole model when it was just checked
    # not a field: the cache key of the set's files (check/light.py), None without a cache; what
    # is worked out from the set is kept under it (report/gemeentestand.py)
    _key: str | None = None
    _most: int = 0  # not a field: the largest cache file for the set's data (cache.limit)


def kern(ds: Dataset, problems: list[Problem]) -> Kern:
    pointed = {p.file for p in problems}
    brief = Kern(ds.directory, problems, counts(ds), head(ds.afspraken),
                 ds.indicatoren is not None, {k: v for k, v in ds.texts.items() if k in pointed},
                 dict(ds.paths), len(ds.texts))
    brief._ds = ds
    return brief
