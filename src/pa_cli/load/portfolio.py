"""Load stage: a portfolio, a folder of agreement sets with portefeuille.yaml at its root.

Each subfolder with an afspraken.yaml is one set, read as a data folder is (load/dataset.py,
cached per set by check.validate.check_dir: a change in one set re-reads only that set). The
root's portefeuille.yaml holds the registry of parties (model/portefeuille.py). A set is named by
its folder; `--gemeente NAAM` also takes the set's `gemeente:`. The single `data/` folder of
before stays the one-set case: `find_portfolio` answers None for it and nothing changes there.
"""

from __future__ import annotations

import os
from pathlib import Path

from pa_cli.base.problems import FOUT, Problem
from pa_cli.base.struct import DICT, LIST, Struct
from pa_cli.load.dataset import AFSPRAKEN_FILE, DataDirError, display_path, load_file
from pa_cli.model.portefeuille import PORTEFEUILLE, Portefeuille
from pa_cli.model.schema import INVALID

__all__ = ["PORTFOLIO_FILE", "Portfolio", "SetDir", "find_portfolio", "load_portfolio",
           "set_dirs"]

PORTFOLIO_FILE = "portefeuille.yaml"


class SetDir(Struct):
    """One agreement set of a portfolio: its folder name (how pa names it) and its folder."""

    name: str
    directory: Path


class Portfolio(Struct):
    root: Path
    sets: list[SetDir] = LIST
    registry: Portefeuille | None = None  # None: portefeuille.yaml unreadable (see problems)
    problems: list[Problem] = LIST  # of portefeuille.yaml and the layout
    texts: dict[str, str] = DICT  # display path -> text, as Dataset.texts
    paths: dict[str, Path] = DICT

    @property
    def file(self) -> Path:
        return self.root / PORTFOLIO_FILE

    def by_name(self) -> dict[str, SetDir]:
        return {s.name: s for s in self.sets}


def _is_portfolio(folder: Path) -> bool:
    return os.path.lexists(folder / PORTFOLIO_FILE)  # a FIFO there is reported, not skipped


def find_portfolio(option: str | Path | None, cwd: Path | None = None) -> Path | None:
    """The root of the portfolio meant, or None for the one-set layout.

    --data (or $PA_DATA) names the portfolio's root; without it the nearest folder upwards
    that holds portefeuille.yaml, unless a `data/` with afspraken.yaml is nearer (as pa finds
    data/ today: the nearest wins).
    """
    given = option or os.environ.get("PA_DATA")
    if given:
        path = Path(given)
        return path if path.is_dir() and _is_portfolio(path) else None
    here = (cwd or Path.cwd()).resolve()
    for parent in [here, *here.parents]:
        if _is_portfolio(parent):
            return parent
        if os.path.lexists(parent / "data" / AFSPRAKEN_FILE):
            return None
    return None


def set_dirs(root: Path) -> list[SetDir]:
    """The subfolders of `root` that hold an afspraken.yaml, by name (hidden folders skipped)."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        raise DataDirError(f"portefeuille '{root}' kan niet gelezen worden: "
                           f"{e.strerror or e}") from None
    return [SetDir(e.name, root / e.name) for e in entries
            if not e.name.startswith(".") and e.is_dir()
            and os.path.lexists(root / e.name / AFSPRAKEN_FILE)]


def load_portfolio(root: Path) -> Portfolio:
    """The portfolio at `root`: its sets and its registry (problems collected, never raised)."""
    p = Portfolio(root, set_dirs(root))
    if not p.sets:
        p.problems.append(Problem(display_path(p.file), 0, 0, FOUT, "PA111", "deze portefeuille "
                                  "heeft geen sets: geen map naast portefeuille.yaml bevat een "
                                  f"{AFSPRAKEN_FILE}. Zet elke set afspraken in een eigen map"))
    result = load_file(p, p.file, PORTEFEUILLE, "het portefeuillebestand")
    p.registry = None if result is INVALID else result
    return p
