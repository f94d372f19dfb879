"""Load stage: find the data directory, read every data file into the model.

`load(data_dir)` returns a Dataset whose `problems` hold everything found while
reading (syntax and schema); `check.validate()` adds the rules across files.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any, Protocol

from pa_cli.base.exits import UsageProblem
from pa_cli.base.problems import FOUT, WAARSCHUWING, Problem
from pa_cli.base.struct import DICT, LIST, Struct
from pa_cli.model.agenda_index import AgendaIndex
from pa_cli.model.monitor import INDICATOREN, Indicatoren
from pa_cli.model.records import AFSPRAKEN, AGENDA, Afspraken, Agenda
from pa_cli.model.schema import INVALID, Checker, Record

__all__ = ["Dataset", "DataDirError", "find_data_dir", "load", "data_files", "display_path",
           "read_data", "is_read", "AFSPRAKEN_FILE", "AGENDA_GLOB", "INDICATOREN_FILE",
           "agenda_jaren", "apply_rules", "load_file"]

AFSPRAKEN_FILE = "afspraken.yaml"
AGENDA_GLOB = "agenda-*.yaml"
INDICATOREN_FILE = "indicatoren.yaml"  # the monitor's figures (afspraak 5.8); optional


class DataDirError(UsageProblem):
    """No usable data directory (a usage problem: exit 2)."""


class Dataset(Struct):
    directory: Path
    afspraken: Afspraken | None = None
    agendas: list[Agenda] = LIST
    indicatoren: Indicatoren | None = None
    problems: list[Problem] = LIST
    texts: dict[str, str] = DICT  # display path -> text
    paths: dict[str, Path] = DICT  # display path -> real path
    _index: AgendaIndex | None = None  # not a field: built when first asked, never cached

    def index(self) -> AgendaIndex:
        """The agendas by years and their rows by nr and herkomst (model/agenda_index.py)."""
        if self._index is None or not self._index.fits(self.agendas):
            self._index = AgendaIndex(self.agendas)
        return self._index


def find_data_dir(option: str | None, cwd: Path | None = None) -> Path:
    """--data, else $PA_DATA, else the nearest data/ walking up (as git finds .git)."""
    given = option or os.environ.get("PA_DATA")
    if given:
        path = Path(given)
        if not path.is_dir():
            source = "--data" if option else "PA_DATA"
            raise DataDirError(f"map '{given}' ({source}) bestaat niet of is geen map")
        return path
    here = (cwd or Path.cwd()).resolve()
    for parent in [here, *here.parents]:
        candidate = parent / "data"
        if os.path.lexists(candidate / AFSPRAKEN_FILE):  # a FIFO there is reported, not skipped
            return candidate
    raise DataDirError("geen map 'data/' met afspraken.yaml gevonden in deze map of erboven; "
                       "geef de map aan met --data MAP of de omgevingsvariabele PA_DATA")


def display_path(path: Path) -> str:
    """The path as the user would type it: relative when near the current directory."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive
        return str(path)
    return rel if rel.count("..") <= 3 else str(path.resolve())


class Files(Protocol):
    """What keeps the files it read: a Dataset, a Portfolio."""

    problems: list[Problem]
    texts: dict[str, str]  # display path -> text
    paths: dict[str, Path]  # display path -> real path


def load_file(into: Files, path: Path, record: Record, what: str,
              override: dict[Path, bytes] | None = None) -> Any:
    """Read one file and check it against its record, keeping its text and problems in
    `into`; INVALID when unusable."""
    from pa_cli.yamlio.read import read_bytes

    shown = display_path(path)
    into.paths[shown] = path
    data = override[path] if override and path in override else read_data(path, shown)
    if isinstance(data, Problem):
        into.problems.append(data)
        return INVALID
    tree, problems, text = read_bytes(shown, data)
    into.texts[shown] = text
    into.problems.extend(problems)
    if tree is None:
        return INVALID
    checker = Checker(shown)
    result = checker.record(record, tree, tree.pos, what)
    into.problems.extend(checker.problems)
    return result


def agenda_jaren(path: Path) -> str:
    """The years an agenda file names: agenda-2024-2025.yaml -> "2024-2025"."""
    return path.stem.removeprefix("agenda-")


_WHY = {errno.ENOENT: "het bestaat niet (een symbolische link naar niets?)",
        errno.EACCES: "u hebt geen leesrechten", errno.EPERM: "u hebt geen leesrechten",
        errno.ELOOP: "symbolische links wijzen in een kring naar elkaar"}


def read_data(path: Path, shown: str, root: Path | None = None) -> bytes | Problem:
    """The bytes of one data file, or the problem why not; what it is is checked first.

    A FIFO, a device, a directory or a socket is never opened for reading, and
    no more than the size limit plus one byte is ever read. A file that leads out of
    the repository (a symbolic link to /proc/self/environ or to a private file, or a
    `data/` that is itself such a link) is never read either.
    """
    from pa_cli.yamlio.atomic import (
        NotRegular,
        TooLarge,
        file_kind,
        inside,
        read_regular,
        repository_root,
    )
    from pa_cli.yamlio.read import MAX_BYTES, too_large

    try:
        root = root or repository_root(path.parent)  # the caller's, for a folder of files
        # a FIFO or device says what it is (PA050 below) wherever it is; a file must be inside
        if file_kind(os.stat(path).st_mode) is None and not inside(path, root):
            return Problem(shown, 0, 0, FOUT, "PA050",
                           "dit bestand leidt via een symbolische link naar een plek buiten de "
                           f"repository ({root}); pa leest alleen bestanden in de "
                           "repository. Vervang de link door het bestand zelf")
        return read_regular(path, MAX_BYTES)
    except NotRegular as e:
        return Problem(shown, 0, 0, FOUT, "PA050",
                       f"dit is {e.kind}, geen gewoon bestand; pa leest alleen gewone bestanden. "
                       "Vervang het door het databestand, of verwijder of hernoem het")
    except TooLarge as e:
        return too_large(shown, e.size)
    except OSError as e:
        why = _WHY.get(e.errno or 0, e.strerror or str(e))
        return Problem(shown, 0, 0, FOUT, "PA001", f"bestand kan niet gelezen worden: {why}")


def is_read(path: Path) -> bool:
    """Whether pa reads this file of the data directory (others are only warned about)."""
    return path.name in (AFSPRAKEN_FILE, INDICATOREN_FILE) or path.match(AGENDA_GLOB)


def data_files(directory: Path) -> list[Path]:
    """The YAML files in a data directory (those pa reads and those it warns about)."""
    return sorted(directory.glob("*.y*ml"))


def apply_rules(ds: Dataset) -> None:
    """A row "2a" is afspraak 2a where the document numbers its afspraken so (nummer.py);
    the looptijd knows the afspraak of its verlenging (regels.verlenging). Private attributes,
    so the cache does not keep them: check_dir applies them again to a cached dataset."""
    if ds.afspraken is None:
        return
    verlenging = ds.afspraken.regel.verlenging
    if verlenging is not None and verlenging.afspraak and ds.afspraken.looptijd:
        ds.afspraken.looptijd._afspraak = verlenging.afspraak
    known = {a.nr for a in ds.afspraken.alle_afspraken() if a.nr and a.nr[-1].islower()}
    for agenda in ds.agendas:
        for rij in agenda.rijen:
            if rij.nr in known:
                rij._eigen = True


def load(directory: Path, override: dict[Path, bytes] | None = None,
         snapshot: dict[str, bytes] | None = None) -> Dataset:
    """Read afspraken.yaml, every agenda-*.yaml and indicatoren.yaml in `directory`.

    `override` gives the bytes of a file as it would be after an edit, so the
    edit can be validated before anything is written. `snapshot` gives all files of the
    directory by name, as they were in an older version (read from git): then the disk is not
    looked at.
    """
    if snapshot is not None:
        override = {directory / name: data for name, data in snapshot.items()}
        present = set(override)
    else:
        override = override or {}
        present = set(data_files(directory)) | {p for p in override if p.parent == directory}
    ds = Dataset(directory)
    main = directory / AFSPRAKEN_FILE
    if main not in present:
        ds.problems.append(Problem(display_path(main), 0, 0, FOUT, "PA037",
                                   f"{AFSPRAKEN_FILE} ontbreekt in {display_path(directory)}; "
                                   "elke datamap heeft er precies één"))
    else:
        result = load_file(ds, main, AFSPRAKEN, "het afsprakenbestand", override)
        ds.afspraken = None if result is INVALID else result
    for path in sorted(p for p in present if p.match(AGENDA_GLOB)):
        result = load_file(ds, path, AGENDA, "het agendabestand", override)
        if result is not INVALID:
            result.jaren = agenda_jaren(path)
            ds.agendas.append(result)
    apply_rules(ds)
    monitor = directory / INDICATOREN_FILE
    if monitor in present:
        result = load_file(ds, monitor, INDICATOREN, "het indicatorenbestand", override)
        ds.indicatoren = None if result is INVALID else result
    for path in sorted(present):
        if not is_read(path):
            ds.problems.append(Problem(display_path(path), 0, 0, WAARSCHUWING, "PA037",
                                       "dit bestand wordt niet gelezen: pa leest afspraken.yaml, "
                                       "agenda-*.yaml en indicatoren.yaml. Hernoem het of "
                                       "verplaats het"))
    return ds
