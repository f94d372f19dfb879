"""-o FILE for every command that can write its answer to a file (report, status, overdue, ...),
and the other options that name a file to write (kalender --ics).

The format follows the file's extension unless --format says otherwise; an extension
that does not fit the format is refused (a Markdown text in `handout.docx` would only
confuse Word). The file is written atomically under the writer lock (writer.locked).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Mapping

from pa_cli.base.exits import UsageProblem

__all__ = ["output_format", "write_output"]


def output_format(path: Path | None, given: str | None,
                  extensions: Mapping[str, tuple[str, ...]], default: str,
                  option: str = "-o") -> str:
    """The format to write: --format, else the one of -o's extension, else `default`.

    A usage problem when -o (or `option`) has an extension that does not belong to that
    format. With one format only (--ics) the message just names the right file name.
    """
    if path is None:
        return given or default
    suffix = path.suffix.lower()
    fmt = given or next((f for f, exts in extensions.items() if suffix in exts), default)
    if suffix and fmt in extensions and suffix not in extensions[fmt]:
        rename = f"noem het bestand {path.with_suffix(extensions[fmt][0])}"
        other = next((f for f, exts in extensions.items() if suffix in exts), None)
        if other:
            raise UsageProblem(f"{option} {path}: de extensie '{path.suffix}' past niet bij "
                               f"--format {fmt}; {rename}, of kies --format {other}")
        if len(extensions) == 1:
            raise UsageProblem(f"{option} {path}: pa schrijft hier een '{extensions[fmt][0]}'-"
                               f"bestand, geen '{path.suffix}'; {rename}")
        choices = ", ".join(f"{f} ({exts[0]})" for f, exts in extensions.items())
        raise UsageProblem(f"{option} {path}: pa maakt geen '{path.suffix}'-bestanden; {rename}, "
                           f"of kies een ander --format: {choices}")
    return fmt


def write_output(path: Path, data: bytes, option: str = "-o") -> bool:
    """Write -o FILE atomically, under its writer lock, after checking where it goes.

    The rule is the one of every write (atomic.write_atomic): a symbolic link is
    followed; a directory, device, FIFO, socket or read-only file is refused.
    Standard output named by its path (/dev/stdout) gets the bytes directly;
    then the result is False (nothing was written to a file).
    """
    from pa_cli.edit.writer import locked
    from pa_cli.load.journal import state_dir
    from pa_cli.yamlio.atomic import check_target, write_atomic

    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise UsageProblem(f"{option} {path}: map '{parent}' bestaat niet")
    if _is_stdout(path):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return False
    shown = f"{option} {path}"
    check_target(Path(os.path.realpath(path)), shown)  # before a lock file appears beside it
    with locked(path):
        write_atomic(path, data, shown, state_dir(parent))  # a crash leaves no temp beside it
    return True


def _is_stdout(path: Path) -> bool:
    try:
        here, out = os.stat(path), os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (here.st_dev, here.st_ino) == (out.st_dev, out.st_ino)
