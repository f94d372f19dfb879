"""Check stage: the entry points. `validate()` runs every rule of rules.py on a loaded
dataset and never stops at the first problem; `check_dir()` finds, loads and validates a data
directory through the cache (keyed/checked/cached); `load_valid()` is that for a command that
needs data without errors (DataInvalid otherwise); `check_targets()` is what `pa validate`
checks.
"""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from typing import NamedTuple

from pa_cli.base import clock
from pa_cli.base.exits import UsageProblem
from pa_cli.base.problems import FOUT, Problem
from pa_cli.check.context import Context
from pa_cli.check.rules import RULES
from pa_cli.load.dataset import (
    Dataset,
    apply_rules,
    data_files,
    display_path,
    find_data_dir,
    is_read,
    load,
    read_data,
)

__all__ = ["validate", "check_dir", "check_targets", "load_valid", "DataInvalid", "RULES",
           "Context"]


def validate(ds: Dataset, today: date | None = None) -> list[Problem]:
    """All problems of a loaded dataset, sorted by file and line (`today` for a test)."""
    problems = list(ds.problems)
    if ds.afspraken is not None:
        ctx = Context(ds.afspraken, today)
        for rule in RULES:
            problems.extend(rule(ds, ctx))
    return sorted(problems, key=Problem.sort_key)


class DataInvalid(Exception):
    """The data has errors, so a command that needs valid data cannot run (exit 1)."""

    def __init__(self, ds: Dataset, problems: list[Problem], reason: str = "") -> None:
        super().__init__("de gegevens bevatten fouten")
        self.ds = ds
        self.problems = problems
        self.reason = reason  # a last line that says why nothing could be done, or ""


def load_valid(option: Path | None) -> Dataset:
    """The data directory, loaded and free of errors; DataInvalid otherwise."""
    ds, problems = check_dir(option)
    if any(p.severity == FOUT for p in problems):
        raise DataInvalid(ds, [p for p in problems if p.severity == FOUT])
    return ds


def check_targets(option: Path | None, files: list[Path]) -> list[tuple[Dataset, list[Problem]]]:
    """The data directories to validate: --data (or the usual search), or, when files are
    named (as pre-commit does with the files of a commit), each directory they lie in.

    The whole directory is checked, because the rules span its files.
    """
    if not files:
        return [check_dir(option)]
    if option:
        raise UsageProblem("geef --data of bestanden, niet allebei; bij bestanden is hun map de "
                           "datamap")
    directories: dict[Path, Path] = {}
    for file in files:
        if not file.is_file():
            raise UsageProblem(f"bestand '{file}' bestaat niet of is geen bestand")
        directories.setdefault(file.parent.resolve(), file.parent)
    return [check_dir(d) for d in directories.values()]


def check_dir(option: Path | None) -> tuple[Dataset, list[Problem]]:
    """Find, load and validate the data directory (the core of `pa validate`).

    The result is cached under a key of the files' exact contents (load/cache.py).
    """
    directory = find_data_dir(str(option) if option else None)
    return checked(directory, *keyed(directory))


class Keyed(NamedTuple):
    """A data directory's files as read for a check, and the cache key of their contents."""

    files: dict[Path, bytes]
    key: str | None  # None: a file could not be read (load() reports it); nothing is cached
    today: date
    most: int  # the largest cache file for data of this size (cache.limit)


def keyed(directory: Path) -> Keyed:
    """Read the directory's data files (finishing an interrupted write first) and their key."""
    from pa_cli.load import cache

    _finish_interrupted(directory)
    from pa_cli.yamlio.atomic import repository_root

    files: dict[Path, bytes] = {}
    root = repository_root(directory)  # the same for every file of the folder: looked up once
    for path in data_files(directory):
        data = read_data(path, display_path(path), root) if is_read(path) else b""  # only named
        if isinstance(data, Problem):
            files = {}  # load() reports it
            break
        files[path] = data
    # today is part of the key: a concept agenda turns into a warning on 2 juli (check_vastgesteld);
    # read once, so that a run across midnight checks the day it is cached under
    today = clock.today()
    key = cache.data_key(display_path(directory), files, today.isoformat()) if files else None
    most = cache.limit(sum(len(data) for data in files.values()))  # thousands of agendas too
    return Keyed(files, key, today, most)


def checked(directory: Path, files: dict[Path, bytes], key: str | None, today: date,
            most: int) -> tuple[Dataset, list[Problem]]:
    """The directory's dataset and problems: from the cache under `key`, else read and checked
    (and cached)."""
    from pa_cli.load import cache

    gc.disable()  # building many small objects: the collector would only slow it down
    try:
        hit = cached(directory, key, most) if key else None
        if hit is not None:
            return hit
        ds = load(directory, files)
        result = ds, validate(ds, today)
    finally:
        gc.enable()
    if key:
        cache.put(directory, key, result, most)
    return result


def cached(directory: Path, key: str, most: int) -> tuple[Dataset, list[Problem]] | None:
    """The directory's dataset and problems from the cache under `key` (from keyed()), or None."""
    from pa_cli.load import cache

    was = gc.isenabled()
    gc.disable()  # building many small objects: the collector would only slow it down
    try:
        hit = cache.get(directory, key, most)
    finally:
        if was:
            gc.enable()
    if hit is None:
        return None
    apply_rules(hit[0])
    return hit


def _finish_interrupted(directory: Path) -> None:
    """A write of several files that a crash interrupted is finished first (load/journal.py)."""
    from pa_cli.load.journal import finish

    finish(directory)  # a few stats when there is nothing to finish
