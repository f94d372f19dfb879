"""Every write of pa: serialised with other writers, re-read, verified, then atomic.

Two writers at the same time must never lose a change. So every command that
writes takes the writer lock first and only then reads what it changes:

- `locked(*targets)` holds the locks of data directories and files, taken in one
  fixed order (so two writers never wait on each other in a ring).
- `data_locked(directory)` locks a data directory (the rules span its files, and a
  new file appears in it) and every data file in it by its real path: the lock is
  on the file that is written, so two data folders whose agenda is a link to one
  shared file are serialised on that file. Under it, a write that a crash
  interrupted is finished and the temporary files of dead writers are removed
  (journal.py).
- `update_data(data, edit)` is the whole cycle for the data files: lock, read
  the data afresh (so a second writer builds on the first), let `edit` compute
  the new bytes, prove that the result validates, check that nobody else
  changed the files meanwhile, write them (several files all or none), unlock.

The lock is the operating system's own (flock on Linux and macOS, a byte lock
via msvcrt on Windows) on a small lock file. In a git repository the lock files
live in `.git/pa/` (journal.state_dir), named after what they guard, so nothing
of pa's ends up in the data folder; outside git a data directory's is `.pa.lock`
in it and a file's `.NAME.pa.lock` beside it. The system drops a lock when its
process ends, however it ends, so a killed pa never blocks the next one; the file
itself says who holds it (pid, host, since when) for the message a waiting writer
gives up with, and is removed on release.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple, TypeVar

from pa_cli.base.exits import Refused
from pa_cli.yamlio.atomic import write_atomic

if TYPE_CHECKING:
    from pa_cli.load.dataset import Dataset

__all__ = ["locked", "data_locked", "Change", "update_data", "TIMEOUT"]

TIMEOUT = 60.0  # seconds a writer waits for another before it gives up
_POLL = 0.05
_WIN_OFFSET = 1 << 20  # Windows locks are mandatory: lock a byte past the owner's note
LOCK_NAME = ".pa.lock"

T = TypeVar("T")


class _Lock(NamedTuple):
    path: Path  # the lock file
    what: Path  # the real folder or file it guards, for the messages


def _lock_of(target: Path) -> _Lock:
    from pa_cli.load.journal import path_key, state_dir

    real = Path(os.path.realpath(target))
    folder = real.is_dir()
    scratch = state_dir(real if folder else real.parent)
    if scratch is not None:
        return _Lock(scratch / f"{path_key(real)}.lock", real)
    if folder:
        return _Lock(real / LOCK_NAME, real)
    return _Lock(real.parent / f".{real.name}.pa.lock", real)


@contextmanager
def locked(*targets: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the writer locks of `targets` (data directories or files) inside the block.

    Waits up to `timeout` seconds in all (default TIMEOUT) for other writers; then
    refuses with a Dutch message that names the holder.
    """
    deadline = time.monotonic() + (TIMEOUT if timeout is None else timeout)
    locks = sorted({_lock_of(t) for t in targets}, key=lambda lock: str(lock.path))
    held: list[tuple[Path, int]] = []
    try:
        for lock in locks:
            held.append((lock.path, _acquire(lock, max(0.0, deadline - time.monotonic()))))
        yield
    finally:
        for path, fd in reversed(held):
            _release(path, fd)


@contextmanager
def data_locked(directory: Path) -> Iterator[None]:
    """Lock a data directory and each data file in it (by its real path), finish a write a
    crash interrupted and remove what dead writers left; see the module's description."""
    from pa_cli.load.dataset import data_files, is_read
    from pa_cli.load.journal import cleanup, finish, state_dir
    from pa_cli.yamlio.atomic import inside, repository_root

    root = repository_root(directory)
    reals = [Path(os.path.realpath(p)) for p in data_files(directory)
             if is_read(p) and inside(p, root)]  # a file out of the repository is never written
    with locked(directory, *reals):
        finish(directory)
        for real in reals:
            cleanup(real)
        if state_dir(directory, create=False) is not None:
            for stale in (directory / LOCK_NAME, *(r.parent / f".{r.name}.pa.lock" for r in reals)):
                _remove_unheld(stale)
        yield


def _remove_unheld(path: Path) -> None:
    """Remove a lock file left beside the data (by an older pa) that nobody holds."""
    if not os.path.lexists(path):
        return
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return
    try:
        if _is_regular(os.fstat(fd).st_mode) and _try_lock(fd, path):
            if _same_file(fd, path):
                os.unlink(path)
            _unlock(fd)
    except (OSError, Refused):
        pass
    finally:
        os.close(fd)


def _acquire(lock: _Lock, timeout: float) -> int:
    path = lock.path
    deadline = time.monotonic() + timeout
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    while True:
        fd = _open_lock(path, flags)
        try:
            if not _is_regular(os.fstat(fd).st_mode):
                raise Refused(_not_a_lock(path))
            if _try_lock(fd, path):
                if _same_file(fd, path):
                    _note_owner(fd, lock.what)
                    return fd
                _unlock(fd)  # its holder removed it meanwhile: take the new one
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        if time.monotonic() >= deadline:
            raise Refused(_busy_message(lock))
        time.sleep(_POLL)


def _open_lock(path: Path, flags: int) -> int:
    import errno

    try:
        return os.open(path, flags, 0o666)
    except PermissionError:
        raise Refused(f"pa mag in {path.parent} geen bestand maken (geen schrijfrechten in die "
                      "map?); daar kan pa dus ook niet veilig schrijven. Vraag schrijfrechten of "
                      "werk in een eigen kopie") from None
    except OSError as e:
        if e.errno == errno.ELOOP:  # a symlink planted as the lock file is never followed
            raise Refused(_not_a_lock(path)) from None
        raise


def _not_a_lock(path: Path) -> str:
    return (f"{path} hoort een gewoon bestand te zijn (het slot van pa), maar is dat niet; "
            "verwijder het en probeer opnieuw")


def _release(path: Path, fd: int) -> None:
    try:
        if os.name != "nt" and _same_file(fd, path):
            os.unlink(path)  # before unlocking: a waiter on this file then sees it is gone
    except OSError:
        pass
    finally:
        _unlock(fd)
        os.close(fd)
    if os.name == "nt":
        try:
            os.unlink(path)  # fails while another writer has it open; that one removes it
        except OSError:
            pass


def _is_regular(mode: int) -> bool:
    import stat

    return stat.S_ISREG(mode)


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _try_lock(fd: int, path: Path) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as e:  # ENOLCK, EOPNOTSUPP: a (network) file system without locks
        if os.fstat(fd).st_size == 0 and _same_file(fd, path):
            os.unlink(path)  # just made by us (no owner's note): nobody can hold a lock here
        raise Refused(f"het bestandssysteem van {path.parent} kan geen slot zetten "
                      f"({e.strerror}); zonder slot kan een gelijktijdige wijziging verloren "
                      "gaan, dus schrijft pa hier niet. Werk in een kopie op een lokale schijf"
                      ) from None
    return True


def _unlock(fd: int) -> None:
    try:
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass  # closing the file releases it as well


def _note_owner(fd: int, what: Path) -> None:
    """Write who holds the lock, for the message of a writer that waits in vain."""
    note = (f"pid {os.getpid()}\nhost {socket.gethostname()}\n"
            f"sinds {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
            f"opdracht {' '.join(['pa', *sys.argv[1:]])[:200]}\n"
            f"slot {what}\n").encode("utf-8", "replace")
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, note)
        os.ftruncate(fd, len(note))
    except OSError:
        pass  # the note is a courtesy; the lock holds without it


def _busy_message(lock: _Lock) -> str:
    path = lock.path
    owner: dict[str, str] = {}
    try:
        with open(path, "rb") as f:
            for line in f.read(1000).decode("utf-8", "replace").splitlines():
                key, _, value = line.partition(" ")
                owner[key] = value
    except OSError:
        pass
    who = ""
    if owner.get("pid"):
        who = f" (proces {owner['pid']} op {owner.get('host', '?')}, sinds " \
              f"{owner.get('sinds', '?')}: {owner.get('opdracht', 'pa')})"
    from pa_cli.base.problems import printable

    where = f"in {lock.what}" if lock.what.is_dir() else f"met {lock.what}"
    return printable(f"een andere schrijver is nog bezig {where}{who}; wacht tot die "
                     "klaar is en probeer het opnieuw")


# -- the whole cycle for data files --------------------------------------------------------------

class Change(NamedTuple):
    """One data file to write: its path, the bytes the edit started from, the new bytes."""

    path: Path  # as in Dataset.paths; a symlink is written through to its target
    before: bytes | None  # None: a new file, which must not exist yet
    after: bytes


def update_data(data: Path | None, edit: Callable[[Dataset], tuple[list[Change], T]],
                check: Callable[[Dataset], None] | None = None) -> T:
    """Lock the data directory and its files, read it, apply `edit`, verify, write.

    `edit(ds)` gets the data as it is now (read under the lock, free of errors)
    and returns the files to write plus a result for the caller; it raises
    Refused to refuse. The new files must validate without errors, `check(after)`
    may verify more (that the values read back are exactly those given), and
    each file must still hold `before`; otherwise nothing is written. One file is
    written atomically, several all or none (journal.write_all).
    """
    from pa_cli.base.problems import FOUT, format_problem
    from pa_cli.check.validate import load_valid, validate
    from pa_cli.load.dataset import display_path, find_data_dir, load
    from pa_cli.load.journal import state_dir, write_all

    directory = find_data_dir(str(data) if data else None)
    with data_locked(directory):
        ds = load_valid(directory)
        changes, result = edit(ds)
        del ds  # a large file: hold one dataset at a time, not two
        if not changes:
            return result
        after = load(directory, {c.path: c.after for c in changes})
        errors = [p for p in validate(after) if p.severity == FOUT]
        if errors:
            raise Refused("na deze wijziging zou het bestand niet meer kloppen:\n"
                          + "\n".join(format_problem(p) for p in errors[:5]))
        if check is not None:
            check(after)
        for c in changes:
            if not _unchanged(c.path, c.before):
                raise Refused(f"{display_path(c.path)} is gewijzigd terwijl pa ermee bezig was; "
                              "draai de opdracht opnieuw")
        if len(changes) == 1:
            write_atomic(changes[0].path, changes[0].after, display_path(changes[0].path),
                         state_dir(directory))
        else:  # all or none (journal.py)
            write_all(directory, [(c.path, c.after, display_path(c.path)) for c in changes])
    return result


def _unchanged(path: Path, before: bytes | None) -> bool:
    """The file still holds `before` (None: it still does not exist)."""
    from pa_cli.yamlio.atomic import NotRegular, TooLarge, read_regular

    try:
        return read_regular(path, len(before or b"")) == before
    except FileNotFoundError:
        return before is None
    except (NotRegular, TooLarge):
        return False
