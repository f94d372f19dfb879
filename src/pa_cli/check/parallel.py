"""Check stage: a portfolio's sets that the cache does not know yet, checked on two cores.

Reading and checking a set costs about 40 ms of processor time; a national portfolio of 340 sets
with an empty cache (after an upgrade of pa, or on a new machine) costs 14 s on one core. When
several sets miss the cache, `check_all` checks them in a pool of processes first (each writes
the set's cache as a single run would, check/light.py); the command then reads every set from
the cache in its own process, in the portfolio's order, as it always does. The pool only fills the
cache: what the command answers does not depend on it, and a pool that fails (no processes on
this machine, a worker that dies) leaves the work to the command itself.

PA_PROCESSEN=1 turns the pool off (benchmarks/national.py measures with and without); a higher
number uses more processes, never more than the machine has cores.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pa_cli.load.kern import Kern

__all__ = ["check_all", "processes", "LEAST"]

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


def check_all(directories: list[Path]) -> tuple[list[Kern], int]:
    """Every set in brief, in order, and how many of them a pool of processes checked: the
    sets the cache knows are read from it (once), the others checked on several cores first
    when there are enough of them, then read as the pool left them."""
    from pa_cli.check.light import check_light, known

    found = {d: known(d) for d in directories}
    todo = [d for d, brief in found.items() if brief is None]
    pooled = 0
    n = processes()
    if n >= 2 and len(todo) >= LEAST and not os.environ.get("PA_NO_CACHE"):
        from concurrent.futures import ProcessPoolExecutor

        try:
            with ProcessPoolExecutor(n) as pool:
                list(pool.map(_check, todo, chunksize=max(1, len(todo) // (4 * n))))
            pooled = len(todo)
        except Exception:  # no pool here, or a worker died: each set is checked below
            pooled = 0
    return [found[d] or check_light(d) for d in directories], pooled
