"""Check stage: a set validated in brief, read from the cache without its whole model.

A portfolio of 340 sets (issue 18, part 4) must answer `pa validate` within a second when
nothing changed. Rebuilding a set's model from the cache costs about 6 ms (JSON and the
records), two seconds for them all; what validate and the portfolio's register of parties need
of a set is far less (load/kern.py). `check_light` keeps that beside the set's cache entry,
under the same key (the exact bytes of every data file, pa's code, today), so a set that did not
change costs reading and hashing its files and one small cache file. `dataset()` gives the whole
model when a command needs it: read from the cache then, or already at hand when the set was
just checked.
"""

from __future__ import annotations

from pathlib import Path

from pa_cli.check.validate import Keyed, cached, checked, keyed
from pa_cli.load.dataset import Dataset
from pa_cli.load.kern import Kern, kern

__all__ = ["Kern", "check_light", "known", "dataset", "PART"]

PART = "kern"  # the cache file beside the set's own (load/cache.py)


def known(directory: Path) -> Kern | None:
    """The set in brief from the cache, or None when the cache does not know its files."""
    return _from_cache(directory, keyed(directory))


def _from_cache(directory: Path, k: Keyed) -> Kern | None:
    """The brief kept under the key `k` of the set's files, with that key; else None."""
    from pa_cli.load import cache

    if k.key:
        hit = cache.get(directory, k.key, k.most, PART)
        if isinstance(hit, Kern):
            hit._key, hit._most = k.key, k.most
            return hit
    return None


def check_light(directory: Path) -> Kern:
    """The set in `directory` validated, in brief; its whole model is read only when asked."""
    from pa_cli.load import cache

    k = keyed(directory)
    if (hit := _from_cache(directory, k)) is not None:
        return hit
    ds, problems = checked(directory, *k)
    brief = kern(ds, problems)
    if k.key:
        cache.put(directory, k.key, brief, k.most, PART)
        brief._key, brief._most = k.key, k.most
    return brief


def dataset(brief: Kern) -> Dataset:
    """The whole model of a set checked with check_light: as it was just checked, else from the
    cache (or read again, when its files changed meanwhile)."""
    if brief._ds is None and brief._key:  # the key the brief was found under: no second read
        hit = cached(brief.directory, brief._key, brief._most)
        brief._ds = hit[0] if hit is not None else None
    if brief._ds is None:
        brief._ds, _ = checked(brief.directory, *keyed(brief.directory))
    return brief._ds
