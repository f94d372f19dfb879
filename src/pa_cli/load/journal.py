"""pa's own files while it writes, kept out of the data folder, and writes of several files as one.

- `state_dir(near)`: the folder `pa` in the git directory of the repository (`.git/pa`,
  made on first use). Lock files and temporary files live there, so a writer killed with
  `kill -9` leaves nothing in `data/` for `git add data/` to pick up. Outside git (or when
  .git cannot be written) there is none, and they go beside what they are for, as before.
- `write_all(directory, files)`: `pa agenda nieuw` writes two files, and a crash or a full
  disk between them left a half state that pa refused to repair. Now every new content
  is first written to a synced temporary file; only then a journal naming each file is
  written (the moment the change happens); then each file is renamed into place and the
  journal removed. A failure before the journal: the temporary files are removed and
  nothing changed. A crash after it: `finish(directory)`, run by the next pa command that
  reads or writes this data, renames what is left. A command that only reads does that
  without the writer lock (the lock lives a stage up, in edit/writer.py); `finish` says
  why that is safe.
- `cleanup(real)`: temporary files of a file whose lock is held are leftovers of a writer
  that died; they are removed.

Apart from `finish`, every function here runs under the writer lock of the data.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

from pa_cli.base import repo
from pa_cli.base.exits import Interrupted

__all__ = ["state_dir", "write_all", "finish", "cleanup"]

STATE = "pa"  # the folder in .git
JOURNAL = ".pa-journal"  # how a journal's name begins in the data folder outside git


def _git_dir(start: Path) -> Path | None:
    """The git folder of the work tree that holds `start` (base/repo.py); None outside git
    and for a `.git` pa does not accept (a pointer into the work tree, or nothing)."""
    top = repo.top(start)
    if top is None:
        return None
    try:
        found = repo.git_dir(top)
    except repo.GitDirRefused:
        return None
    return found if found.is_dir() else None


def state_dir(near: Path, create: bool = True) -> Path | None:
    """`.git/pa` of the repository that holds `near` (a real path), made if need be; None
    outside git or when it cannot be made (then pa's files go beside the data)."""
    git = _git_dir(Path(os.path.realpath(near)))
    if git is None:
        return None
    folder = git / STATE
    try:
        if create:
            folder.mkdir(exist_ok=True)
        st = os.lstat(folder)
    except OSError:
        return None
    return folder if stat.S_ISDIR(st.st_mode) else None


def path_key(real: Path) -> str:
    """The name of a real path's files in the state folder (its journals, its writer lock): the
    same in every pa version, so that two versions at work on one folder meet there."""
    return hashlib.sha256(os.fsencode(str(real))).hexdigest()[:24]


def _journals(directory: Path, create: bool) -> tuple[Path, str, str]:
    """The folder of a data directory's journals and how their names begin and end. Each
    journal has a name of its own, so a command that finishes one never removes another."""
    real = Path(os.path.realpath(directory))
    scratch = state_dir(real, create)
    if scratch is not None:
        return scratch, f"{path_key(real)}.", ".journal"
    return real, JOURNAL + ".", ""


def write_all(directory: Path, files: list[tuple[Path, bytes, str]]) -> None:
    """Write (path, content, shown) of a data directory all or none, as described above."""
    from pa_cli.yamlio.atomic import discard, install, prepare

    real_dir = Path(os.path.realpath(directory))
    scratch = state_dir(real_dir)
    prepared: list[tuple[str, Path, str]] = []
    journal = None
    try:
        for path, data, shown in files:
            tmp, real = prepare(path, data, shown, scratch)
            prepared.append((tmp, real, path.name))
        journal = _write_journal(directory, [{"naam": name, "tijdelijk": tmp}
                                             for tmp, _, name in prepared])
    except BaseException:
        for tmp, _, _ in prepared:
            discard(tmp)
        raise
    try:  # from here on the change has happened: what is not done now, the next command does
        for tmp, real, _ in prepared:
            if os.path.exists(tmp):  # else another pa finished this journal meanwhile
                install(tmp, real)
        discard(journal)
    except OSError as e:
        done = ", ".join(shown for _, _, shown in files)
        raise Interrupted(f"schrijven van {done} is halverwege mislukt ({e.strerror or e}); "
                          "de volgende opdracht van pa (bijvoorbeeld pa validate) maakt het af"
                          ) from None


def _write_journal(directory: Path, entries: list[dict[str, str]]) -> str:
    """Write and sync a new journal (the moment of commit); its path."""
    import tempfile

    from pa_cli.yamlio.atomic import discard, sync_dir

    folder, prefix, suffix = _journals(directory, True)
    fd, path = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(json.dumps({"bestanden": entries}, ensure_ascii=False).encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        sync_dir(str(folder))
    except BaseException:
        discard(path)
        raise
    return path


def finish(directory: Path) -> bool:
    """Complete the writes of several files that a crash interrupted; whether there was one.

    Each journal is complete (it is written only once every temporary file is), and each
    temporary file has a name of its own, so this is safe beside a running writer too: a
    file already installed is skipped, and a stale entry can never install over newer
    content. A journal is checked before it is followed: each name must be a data file of
    this directory inside the repository, each temporary file one that pa made for it, so a
    journal that came from elsewhere can do no more than those files allow.
    """
    from pa_cli.load.dataset import is_read
    from pa_cli.yamlio.atomic import discard, inside, install, repository_root, temp_prefix

    folder, prefix, suffix = _journals(directory, False)
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(suffix)
                 and len(n) > len(prefix) + len(suffix)]
    except OSError:
        return False
    real_dir = Path(os.path.realpath(directory))
    scratch = state_dir(real_dir, False)
    root = repository_root(directory)
    for name in names:
        try:
            raw = (folder / name).read_bytes()[:1_000_000]
            entries = json.loads(raw.decode("utf-8"))["bestanden"]
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            entries = []  # torn by a crash before its sync: nothing was installed from it
        for entry in entries if isinstance(entries, list) else []:
            file, tmp = (entry.get("naam"), entry.get("tijdelijk")) if isinstance(
                entry, dict) else (None, None)
            if not (isinstance(file, str) and isinstance(tmp, str) and "/" not in file
                    and os.sep not in file and is_read(Path(file))):
                continue
            real = Path(os.path.realpath(real_dir / file))
            place, start = temp_prefix(real, scratch)
            if (not inside(real, root) or os.path.dirname(tmp) != str(place)
                    or not os.path.basename(tmp).startswith(start) or not tmp.endswith(".tmp")
                    or not os.path.isfile(tmp) or os.path.islink(tmp)):
                continue
            try:
                install(tmp, real)
            except FileNotFoundError:
                pass  # another pa installed it meanwhile
        discard(str(folder / name))
    return bool(names)


def cleanup(real: Path) -> None:
    """Remove the temporary files a dead writer left of this (real) file: run it only while
    holding the file's lock, after `finish`."""
    from pa_cli.yamlio.atomic import temp_prefix

    scratch = state_dir(real.parent)
    places = {temp_prefix(real, None), temp_prefix(real, scratch)}
    for folder, prefix in places:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(".tmp") and len(name) > len(prefix) + 4:
                try:
                    os.unlink(folder / name)
                except OSError:
                    pass
