"""A cache of the validated data, so everyday commands skip YAML parsing.

Like beancount's pickle cache: the result of load + validate is stored under a
key made from the exact bytes of every data file (and pa's version, its code
and the path as shown), so any change to any file, by any means, misses the
cache.
The cache lives outside the repository ($XDG_CACHE_HOME/pa or ~/.cache/pa);
PA_NO_CACHE=1 turns it off. A cache that cannot be read or written is simply
not used.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Any

from pa_cli import __version__

__all__ = ["cache_file", "data_key", "get", "put"]


def _cache_root() -> Path | None:
    if os.environ.get("PA_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pa"


def cache_file(directory: Path) -> Path | None:
    root = _cache_root()
    if root is None:
        return None
    name = f"{zlib.crc32(str(directory.resolve()).encode()):08x}.pickle"
    return root / name


def _code_stamp() -> int:
    """Changes whenever pa's own code does (an upgrade, or a developer's edit)."""
    here = os.path.dirname(__file__)
    return max(e.stat().st_mtime_ns for e in os.scandir(here) if e.name.endswith(".py"))


def data_key(shown_dir: str, files: dict[Path, bytes]) -> tuple[Any, ...]:
    """Everything the cached result depends on."""
    return (__version__, _code_stamp(), os.getcwd(), shown_dir,
            tuple((p.name, len(b), zlib.crc32(b)) for p, b in sorted(files.items())))


def get(directory: Path, key: tuple[Any, ...]) -> Any:
    path = cache_file(directory)
    if path is None:
        return None
    try:
        import pickle

        with open(path, "rb") as f:
            stored_key, payload = pickle.load(f)
    except Exception:  # missing, corrupt or from another version: rebuild
        return None
    return payload if stored_key == key else None


def put(directory: Path, key: tuple[Any, ...], payload: Any) -> None:
    path = cache_file(directory)
    if path is None:
        return
    try:
        import pickle
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump((key, payload), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # a read-only home or a full disk must not break a command
        try:
            os.unlink(tmp)
        except Exception:
            pass
