"""Shell completion (bash, zsh, fish, PowerShell) through typer, set up only when asked for.

The shell runs `pa` with `_PA_COMPLETE` set; only then are typer's completion
classes loaded, so ordinary commands pay nothing for it. Both spellings of the
instruction work: click's `bash_source` (as in click's and the README's eval lines)
and typer's own `source_bash` (which its scripts use as `complete_bash`).
"""

from __future__ import annotations

import os

__all__ = ["VAR", "prepare"]

VAR = "_PA_COMPLETE"
_ACTIONS = ("source", "complete")


def prepare() -> None:
    """If the shell asks for completion, register typer's shells and normalise the request."""
    value = os.environ.get(VAR)
    if not value:
        return
    first, _, second = value.partition("_")
    if second in _ACTIONS and first not in _ACTIONS:  # click's bash_source -> typer's source_bash
        os.environ[VAR] = f"{second}_{first}"
    from typer.completion import completion_init

    completion_init()
