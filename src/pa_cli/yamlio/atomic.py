"""Files as pa reads and writes them: only regular files, bounded reads, atomic writes.

A path can name something that only looks like a file: a FIFO (reading waits
forever), a device (endless, or replaced by a write as root), a directory, a
socket, or a file of the system that claims to be empty and is not (/proc/self/environ
holds the whole environment, tokens included, and says its size is 0). pa checks what a
path is before it reads or writes, follows symbolic links (the target is read and
written), reads at most a limit, and refuses a file whose content does not match its size.

What arrives in a pull request may be a symbolic link to anything on the machine, so a
data file or template must stay inside its repository (`repository_root`, `inside`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pa_cli.base import repo
from pa_cli.base.exits import Refused

__all__ = ["write_atomic", "prepare", "install", "discard", "sync_dir", "temp_prefix",
           "check_target", "read_regular", "file_kind", "NotRegular", "TooLarge",
           "repository_root", "inside", "SIZE_MISMATCH"]

# what a file is that gives other bytes than its size says (NotRegular.kind)
SIZE_MISMATCH = ("een bestand dat een andere grootte opgeeft dan het heeft (een systeembestand, "
                 "zoals in /proc, of een bestand dat juist verandert)")


class NotRegular(Exception):
    """The path is not a regular file; `kind` says what it is, in Dutch."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class TooLarge(Exception):
    """The file is larger than the limit; `size` is at least how large."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def file_kind(mode: int) -> str | None:
    """None for a regular file, else what it is ('een map', 'een FIFO (named pipe)', ...)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    if stat.S_ISSOCK(mode):
        return "een socket"
    return "geen gewoon bestand"


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, checked before reading.

    Raises NotRegular or TooLarge (and OSError); never waits on a FIFO and never
    reads more than limit + 1 bytes, whatever the path turns out to be. A file that
    gives other bytes than its size says (a /proc file that claims 0) is NotRegular:
    its bytes are never returned.
    """
    kind = file_kind(os.stat(path).st_mode)
    if kind:
        raise NotRegular(kind)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # non-blocking: a FIFO swapped in meanwhile does not hang
    try:
        st = os.fstat(fd)
        kind = file_kind(st.st_mode)
        if kind:
            raise NotRegular(kind)
        if st.st_size > limit:
            raise TooLarge(st.st_size)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size != st.st_size:  # /proc and /sys: a size of 0 (or 4096) that is not the content
        raise NotRegular(SIZE_MISMATCH)
    return b"".join(chunks)


def repository_root(directory: Path) -> Path:
    """The real path of the folder that the files of a data directory must stay in.

    That is the git work tree the data directory lies in (the nearest folder with a
    `.git` above it), else the folder that holds it. It is looked up from the path as
    given, not from where a symbolic link leads: a `data/` that is a link out of its
    repository is outside it.
    """
    here = Path(os.path.abspath(directory)).parent
    return Path(os.path.realpath(repo.top(here) or here))


def inside(path: Path | str, root: Path | str) -> bool:
    """Whether `path`, with every symbolic link followed, lies in the real folder `root`."""
    real, folder = os.path.realpath(path), os.path.realpath(root)
    try:
        return os.path.commonpath([real, folder]) == folder
    except ValueError:  # another drive (Windows)
        return False


def check_target(path: Path, shown: str) -> os.stat_result | None:
    """The target's stat when it exists; refuses what pa must not replace."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    kind = file_kind(st.st_mode)
    if kind == "een map":
        raise Refused(f"{shown} is een map; geef een bestandsnaam")
    if kind:
        raise Refused(f"{shown} is {kind}, geen gewoon bestand; pa schrijft alleen gewone "
                      "bestanden. Kies een bestandsnaam")
    if not st.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise Refused(f"{shown} is alleen-lezen; maak het eerst schrijfbaar (chmod u+w, of "
                      "Eigenschappen in Windows) of kies een ander bestand")
    return st


def write_atomic(path: Path, data: bytes, shown: str | None = None,
                 scratch: Path | None = None) -> None:
    """Write via a temporary file, fsync, then os.replace.

    A symbolic link is followed: its target gets the new content. Only a regular
    file is replaced, and not a read-only one (Refused, with `shown` as the
    name). An existing file keeps its mode and group (and its owner, when run as
    root); a new one gets the usual mode (0666 less the umask). If anything
    fails, the temporary file is removed and the original is untouched. The
    temporary file is made in `scratch` (pa's own folder in .git, so that a crash
    leaves nothing in the data folder) when that is on the same file system, else
    beside the target.
    """
    tmp, real = prepare(path, data, shown, scratch)
    try:
        install(tmp, real)
    except BaseException:
        discard(tmp)
        raise


def temp_prefix(real: Path, scratch: Path | None) -> tuple[Path, str]:
    """Where the temporary files of a (real) target go, and how their names begin."""
    import hashlib

    if scratch is not None:
        try:
            if os.stat(scratch).st_dev == os.stat(real.parent).st_dev:
                key = hashlib.sha256(os.fsencode(str(real))).hexdigest()[:24]
                return scratch, f"{key}.{real.name}."
        except OSError:
            pass
    return real.parent, f".{real.name}."


def prepare(path: Path, data: bytes, shown: str | None = None,
            scratch: Path | None = None) -> tuple[str, Path]:
    """The first half of write_atomic: the new content in a synced temporary file with the
    mode and group the target will keep; returns the temporary file and the real target."""
    shown = shown or str(path)
    real = Path(os.path.realpath(path))
    st = check_target(real, shown)
    if st is not None:
        mode = st.st_mode & 0o7777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile

    folder, prefix = temp_prefix(real, scratch)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if st is not None:
            _keep_owner(tmp, st, shown)
        os.chmod(tmp, mode)
    except BaseException:
        discard(tmp)
        raise
    return tmp, real


def install(tmp: str, real: Path) -> None:
    """The second half: rename the temporary file onto the target, durably."""
    os.replace(tmp, real)
    for folder in {str(real.parent), os.path.dirname(tmp)}:
        sync_dir(folder)


def discard(tmp: str) -> None:
    """Remove a temporary file that will not be installed (gone already is fine)."""
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def sync_dir(folder: str) -> None:
    """Make the names in a folder durable (a rename, a new file); best effort."""
    try:
        dir_fd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _keep_owner(tmp: str, st: os.stat_result, shown: str) -> None:
    if not hasattr(os, "chown"):
        return  # Windows: files have no group
    mine = os.stat(tmp)
    uid = st.st_uid if os.geteuid() == 0 else -1  # only root can give a file away
    if (uid == -1 or uid == mine.st_uid) and st.st_gid == mine.st_gid:
        return
    try:
        os.chown(tmp, uid, st.st_gid)
    except PermissionError:
        raise Refused(f"{shown} hoort bij groep {_group(st.st_gid)}, en u bent daar geen lid "
                      "van: na het schrijven zou het bij een andere groep horen. Vraag de "
                      "beheerder u aan die groep toe te voegen") from None


def _group(gid: int) -> str:
    try:
        import grp

        return f"'{grp.getgrgid(gid).gr_name}'"
    except (ImportError, KeyError):
        return str(gid)
