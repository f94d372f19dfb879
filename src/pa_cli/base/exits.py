"""Exit statuses in one place, and the exception that means 'the command line is wrong'."""

from __future__ import annotations

from enum import IntEnum
from typing import Iterable

from pa_cli.base.problems import Problem, has_errors

__all__ = ["ExitStatus", "Exit", "UsageProblem", "Refused", "Interrupted"]


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1  # the data has errors, or a change was refused
    USAGE = 2  # the command line is wrong, or no data directory
    INTERNAL = 3  # a bug in pa

    @classmethod
    def from_problems(cls, problems: Iterable[Problem]) -> ExitStatus:
        return cls.ERROR if has_errors(problems) else cls.OK


class Exit(Exception):
    """A command is done with this exit status (cli.main turns it into the process's)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class UsageProblem(Exception):
    """The command line asks for something that cannot be: exit 2, one Dutch line."""


class Refused(Exception):
    """A change that pa will not make, with the reason in Dutch: exit 1, nothing written."""


class Interrupted(Exception):
    """A write of several files failed after it was committed (journal.py): exit 1, and the
    message says that the next pa command finishes it."""
