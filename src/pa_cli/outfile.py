"""-o FILE for every command that can write its answer to a file (report, status, overdue, ...).

The format follows the file's extension unless --format says otherwise; an extension
that does not fit the format is refused (a Markdown text in `handout.docx` would only
confuse Word). The file is written atomically under the writer lock (writer.locked).
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from pa_cli.exits import UsageProblem

__all__ = ["output_format", "write_output"]


def output_format(path: Path | None, given: str | None,
                  extensions: Mapping[str, tuple[str, ...]], default: str) -> str:
    """The format to write: --format, else the one of -o's extension, else `default`.

    A usage problem when -o has an extension that does not belong to that format.
    """
    if path is None:
        return given or default
    suffix = path.suffix.lower()
    fmt = given or next((f for f, exts in extensions.items() if suffix in exts), default)
    if suffix and fmt in extensions and suffix not in extensions[fmt]:
        rename = f"noem het bestand {path.with_suffix(extensions[fmt][0])}"
        other = next((f for f, exts in extensions.items() if suffix in exts), None)
        if other:
            raise UsageProblem(f"-o {path}: de extensie '{path.suffix}' past niet bij --format "
                               f"{fmt}; {rename}, of kies --format {other}")
        choices = ", ".join(f"{f} ({exts[0]})" for f, exts in extensions.items())
        raise UsageProblem(f"-o {path}: pa maakt geen '{path.suffix}'-bestanden; {rename}, of "
                           f"kies een ander --format: {choices}")
    return fmt


def write_output(path: Path, data: bytes) -> None:
    """Write -o FILE atomically (atomic.write_atomic) under its writer lock, after checking
    where it goes."""
    from pa_cli.atomic import write_atomic
    from pa_cli.writer import locked

    if path.is_dir():
        raise UsageProblem(f"-o {path}: dat is een map; geef een bestandsnaam")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise UsageProblem(f"-o {path}: map '{parent}' bestaat niet")
    with locked(path):
        write_atomic(path, data)
