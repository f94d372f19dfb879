"""A cache of the validated data, so everyday commands skip YAML parsing.

The result of load + validate is stored under a key that is a SHA-256 of the
exact bytes of every data file, of pa's version and modules (name, size and
modification time), the current directory and the data path as shown, so any
change to any data file, by any means, misses the cache.

The cache is not trusted more than the data itself. It is JSON of plain values
(`load/codec.py`), which cannot run code when read; it is only read from a
directory and a regular file that the user owns and nobody else can write; a
FIFO or device at its path is ignored without being opened for reading. It
lives outside the repository, in $XDG_CACHE_HOME/pa (only an absolute
XDG_CACHE_HOME counts, as the XDG specification says) or ~/.cache/pa;
PA_NO_CACHE=1 turns it off. A cache that is missing, foreign, damaged or
unwritable is simply not used: pa then reads the data files.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Any

from pa_cli import __version__

__all__ = ["cache_dir", "cache_file", "data_key", "get", "put", "get_blob", "put_blob",
           "code_digest", "limit", "MAX_CACHE_BYTES"]

MAX_CACHE_BYTES = 64_000_000  # the least a cache may hold, far above a few data files
PER_DATA_BYTE = 8  # a cache holds the data's text and its model: about 3 bytes per byte
_FORMAT = "pa-cache-1"


def cache_dir() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    if os.environ.get("PA_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, empty or relative: ignored, as XDG says
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pa"


def cache_file(directory: Path, part: str = "") -> Path | None:
    """The cache file of a data directory; `part` names a second file beside it (check/light.py
    keeps a set's problems and counts there, to be read without the whole model)."""
    root = cache_dir()
    if root is None:
        return None
    name = hashlib.sha256(os.fsencode(directory.resolve())).hexdigest()[:32]
    return root / f"{name}{'.' + part if part else ''}.json"


_OWN_CODE: list[bytes] = []  # pa's own digest, worked out once per process


def code_digest(package: str = "") -> bytes:
    """Changes whenever pa's own code does (an upgrade, or a developer's edit).

    Name, size and modification time of every module: reading and hashing all of pa's
    code on every command would cost more than the cache saves. pa's code is not what
    the cache guards against (whoever can change it runs code anyway); the data files
    are, and they are hashed by content.
    """
    if not package and _OWN_CODE:  # a portfolio checks hundreds of sets in one process
        return _OWN_CODE[0]
    own = not package
    h = hashlib.sha256()
    package = package or os.path.dirname(os.path.dirname(__file__))  # pa_cli/, above the stages
    folders = [package] + sorted(e.path for e in os.scandir(package)
                                 if e.is_dir() and not e.name.startswith(("_", ".")))
    for folder in folders:
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry.name.endswith(".py"):
                st = entry.stat()
                name = os.path.relpath(entry.path, package)
                h.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    if own:
        _OWN_CODE.append(h.digest())
    return h.digest()


def data_key(shown_dir: str, files: dict[Path, bytes], *extra: str) -> str:
    """Everything the cached result depends on, as one SHA-256."""
    h = hashlib.sha256()
    for part in (_FORMAT, __version__, os.getcwd(), shown_dir, *extra):
        h.update(os.fsencode(part) + b"\0")
    h.update(code_digest())
    for path, content in sorted(files.items()):
        h.update(os.fsencode(path.name) + b"\0" + hashlib.sha256(content).digest())
    return h.hexdigest()


def limit(data_bytes: int) -> int:
    """The largest cache read or written for data files of this many bytes together: a fixed
    64 MB, or more for a folder of thousands of agendas (2,000 agendas are 32 MB of YAML and
    96 MB of cache, which was then written on every run and never read)."""
    return max(MAX_CACHE_BYTES, PER_DATA_BYTE * data_bytes)


def _owned_private(st: os.stat_result) -> bool:
    """Owned by the user running pa, and writable by nobody else."""
    if not hasattr(os, "getuid"):  # Windows: no owner in st_uid, and the mode bits mean nothing
        return True
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _safe_dir(path: Path) -> bool:
    """A real directory of the user's own that no one else can change."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and _owned_private(st)


def _read(path: Path, most: int = MAX_CACHE_BYTES) -> bytes | None:
    """The cache file's bytes, when it is a regular private file of the user's own of at most
    `most` bytes."""
    if not _safe_dir(path.parent):
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        st = os.lstat(path)  # a FIFO or device is never opened: opening one can block
        if not stat.S_ISREG(st.st_mode):
            return None
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)  # the file actually opened, not what stood there a moment ago
        if not stat.S_ISREG(st.st_mode) or not _owned_private(st) or st.st_size > most:
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(most + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def _no_objects(pairs: Any) -> Any:
    raise ValueError("a JSON object: not written by pa")


def get(directory: Path, key: str, most: int = MAX_CACHE_BYTES, part: str = "") -> Any:
    """The cached result for `key`, or None (never an error); `most`: see limit()."""
    path = cache_file(directory, part)
    if path is None:
        return None
    raw = _read(path, most)
    if raw is None or len(raw) > most:
        return None
    try:
        import json

        from pa_cli.load.codec import decode

        form, stored_key, payload = json.loads(raw, object_pairs_hook=_no_objects)
        if form != _FORMAT or stored_key != key:
            return None
        return decode(payload)
    except Exception:  # corrupt, foreign or from another version: read the data instead
        return None


def _ensure_dir(root: Path) -> bool:
    try:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    return _safe_dir(root)


def put(directory: Path, key: str, payload: Any, most: int = MAX_CACHE_BYTES,
        part: str = "") -> None:
    """Store a result; a cache that cannot be written is left alone, and one larger than
    `most` bytes (which get() would not read) is not written."""
    path = cache_file(directory, part)
    if path is None or not _ensure_dir(path.parent):
        return
    try:
        import json

        from pa_cli.load.codec import encode

        raw = json.dumps([_FORMAT, key, encode(payload)], ensure_ascii=False,
                         separators=(",", ":")).encode("utf-8")
    except Exception:  # a value the codec does not know: no cache
        return
    if len(raw) <= most:
        _write(path, raw)


def _write(path: Path, data: bytes) -> None:
    """Replace a cache file at once (mode 0600); on any failure the cache is left alone."""
    tmp = None
    try:
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")  # mode 0600
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError:  # a full disk: no cache
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _blob_path(kind: str, name: str) -> Path | None:
    root = cache_dir()
    if root is None or not _ensure_dir(root):
        return None
    return root / kind / name


def get_blob(kind: str, name: str) -> bytes | None:
    """A file pa stored under cache/KIND/NAME, read as the data cache is read (a private,
    regular file of the user's own in a private folder), or None."""
    path = _blob_path(kind, name)
    return None if path is None else _read(path)


def put_blob(kind: str, name: str, data: bytes) -> None:
    path = _blob_path(kind, name)
    if path is not None and _ensure_dir(path.parent):
        _write(path, data)
