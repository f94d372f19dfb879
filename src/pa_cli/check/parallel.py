"""Check stage: a portfolio's sets that the cache does not know yet, checked on two cores.

Reading and checking a set costs about 40 ms of processor time; a national portfolio of 340 sets
with an empty cache (after an upgrade of pa, or on a new machine) costs 14 s on one core. When
several sets miss the cache, `warm_up` checks them in a pool of processes first (each writes the
set's cache as a single run would, check/light.py); the command then reads every set from the
cache in its own process, in the portfolio's order, as it always does. The pool only fills the
cache: what the command answers does not depend on it, and a pool that fails (no processes on
this machine, a worker that dies) leaves the work to the command itself.

PA_PROCESSEN=1 turns the pool off (benchmarks/national.py measures with and without); a higher
number uses more processes, never more than the machine has cores.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["warm_up", "processes", "LEAST"]

LEAST = 4  # fewer sets to check than this: starting processes costs more than it saves


def processes() -> int:
    """How many processes may check sets: PA_PROCESSEN, else 2, at most the cores."""
    cores = os.cpu_count() or 1
    try:
        wanted = int(os.environ.get("PA_PROCESSEN", "2"))
    except ValueError:
        wanted = 2
    return max(1, min(wanted, cores))


def _check(directory: Path) -> None:
    from pa_cli.check.light import check_light

    check_light(directory)


def _missing(directories: list[Path]) -> list[Path]:
    """The sets whose files the cache does not know (their brief is not there under their key)."""
    from pa_cli.check.light import PART
    from pa_cli.check.validate import keyed
    from pa_cli.load import cache

    if cache.cache_dir() is None:  # PA_NO_CACHE: nothing the pool could hand over
        return []
    out = []
    for directory in directories:
        k = keyed(directory)
        path = cache.cache_file(directory, PART)
        if k.key and path is not None and cache.get(directory, k.key, k.most, PART) is None:
            out.append(directory)
    return out


def warm_up(directories: list[Path]) -> int:
    """Check the sets the cache does not know on several cores; how many were checked so."""
    n = processes()
    if n < 2 or len(directories) < LEAST:
        return 0
    todo = _missing(directories)
    if len(todo) < LEAST:
        return 0
    from concurrent.futures import ProcessPoolExecutor

    try:
        with ProcessPoolExecutor(n) as pool:
            list(pool.map(_check, todo, chunksize=max(1, len(todo) // (4 * n))))
    except Exception:  # no pool here, or a worker died: the command checks them itself
        return 0
    return len(todo)
