"""The git work tree a path lies in, found one way by every stage.

pa looks for the repository itself rather than asking git (git would read the repository's
config to answer; see history/git.py). Four places need the answer: the folder data files and
templates must stay in (yamlio/atomic.py), the path a CI annotation names (check/annotations.py),
where pa keeps its own state, `.git/pa` (load/journal.py), and the repository pa reads history
from (history/git.py). They all use:

- `top(start)`: the nearest folder at or above `start` that holds a `.git` (a folder, a file
  or a link: whatever it is, that folder is the top of the work tree);
- `git_dir(top)`: the git folder that `top/.git` names: the folder itself, or where a
  `gitdir:` file (a worktree, a submodule) or a link points, but only into a `.git` folder
  or outside any work tree. A pointer into the work tree could come with the data (an
  unpacked archive, a planted file): pa neither reads history from there nor writes its
  state there.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["top", "git_dir", "GitDirRefused"]


class GitDirRefused(Exception):
    """`top/.git` names no git folder pa accepts. `found` is where a pointer leads (None when
    `.git` is neither a folder nor a `gitdir:` pointer); the callers word the message."""

    def __init__(self, found: Path | None) -> None:
        super().__init__(str(found))
        self.found = found


def top(start: Path) -> Path | None:
    """The nearest folder at or above `start` (taken as given, links not followed) with a
    `.git` in it; None outside any work tree."""
    for folder in (start, *start.parents):
        if os.path.lexists(folder / ".git"):
            return folder
    return None


def git_dir(top: Path) -> Path:
    """The real path of the git folder that `top/.git` names (which need not exist: git
    says so when asked); GitDirRefused for anything else."""
    dot = top / ".git"
    if dot.is_dir() and not dot.is_symlink():
        return dot.resolve()
    if dot.is_symlink():
        found = dot.resolve()
    else:
        try:
            with dot.open("rb") as f:
                text = f.read(4096).decode("utf-8", "replace")
        except OSError:
            text = ""
        if not text.startswith("gitdir: "):
            raise GitDirRefused(None)
        found = (top / text[len("gitdir: "):].strip()).resolve()
    in_dot_git = any(part.casefold() == ".git" for part in found.parts)
    if not in_dot_git and any(os.path.lexists(p / ".git") for p in found.parents):
        raise GitDirRefused(found)
    return found
