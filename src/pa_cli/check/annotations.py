"""Validation problems in the shapes CI systems read: GitHub Actions annotations and the
GitLab Code Quality report.

GitHub: one workflow command per problem, `::error file=F,line=L,col=C,title=T::message`
(warnings as `::warning`). In the message `%`, CR and LF are escaped as %25, %0D and %0A;
in the properties also `:` and `,` (%3A, %2C), because they separate the command's parts.

GitLab: a JSON array of issues with `description`, `check_name`, `fingerprint`, `severity`
and `location.path` / `location.lines.begin`. The fingerprint identifies the same problem in
the next run: it hashes the file, the code and the message, not the line, so a problem keeps
its fingerprint when lines above it move.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pa_cli.base import repo
from pa_cli.base.problems import FOUT, Problem, printable
from pa_cli.base.safe_text import json_text, no_commands

__all__ = ["github", "gitlab", "escape_data", "escape_property", "repo_path"]

_DATA = {"%": "%25", "\r": "%0D", "\n": "%0A"}
_PROPERTY = {**_DATA, ":": "%3A", ",": "%2C"}


def escape_data(text: str) -> str:
    """The message of a workflow command: %, CR and LF escaped."""
    return "".join(_DATA.get(ch, ch) for ch in text)


def escape_property(text: str) -> str:
    """A property value of a workflow command: also ':' and ',' escaped."""
    return "".join(_PROPERTY.get(ch, ch) for ch in text)


def repo_path(shown: str, real: Path | None) -> str:
    """The file as CI names it: relative to the top of the git repository, with '/'.

    Outside a repository (no .git above the file) the path as pa shows it.
    """
    if real is None:
        return shown.replace(os.sep, "/")
    full = Path(os.path.abspath(real))
    top = repo.top(full.parent)
    return full.relative_to(top).as_posix() if top else shown.replace(os.sep, "/")


def github(problems: list[Problem], paths: dict[str, Path]) -> list[str]:
    """One `::error` or `::warning` line per problem."""
    out = []
    for p in problems:
        where = printable(repo_path(p.file, paths.get(p.file)))  # no ESC from a file name
        props = [f"file={escape_property(where)}"]
        if p.line:
            props.append(f"line={p.line}")
            if p.column:
                props.append(f"col={p.column}")
        props.append(f"title={escape_property(p.code)}")
        kind = "error" if p.severity == FOUT else "warning"
        message = no_commands(printable(p.message))  # no '##[' for the runner's older form
        out.append(f"::{kind} {','.join(props)}::{escape_data(message)}")
    return out


def gitlab(problems: list[Problem], paths: dict[str, Path]) -> str:
    """The Code Quality report: a JSON array, one issue per problem."""
    issues = []
    seen: dict[str, int] = {}
    for p in problems:
        path = repo_path(p.file, paths.get(p.file))
        key = "\0".join((path, p.code, p.message))
        # the same problem twice in one file (two tabs) still needs two fingerprints
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key += f"\0{seen[key]}"
        issues.append({
            "description": f"{p.code}: {p.message}",
            "check_name": p.code,
            "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest()[:32],
            "severity": "major" if p.severity == FOUT else "minor",
            "location": {"path": path, "lines": {"begin": max(p.line, 1)}},
        })
    return json_text(issues)
