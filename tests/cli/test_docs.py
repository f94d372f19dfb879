"""The README is true: quick start, command reference, CI entry point."""

from __future__ import annotations

import re

import pytest
import typer

from conftest import REPO
from pa_cli.cli.typer_app import app

README = (REPO / "README.md").read_text(encoding="utf-8")
COMMAND = typer.main.get_command(app)
COMMANDS = sorted(COMMAND.commands)  # type: ignore[attr-defined]


def test_quick_start_is_two_commands():
    """The first code block holds exactly the two quick-start commands."""
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", README, re.S)
    assert block
    commands = [ln.split("#")[0].strip() for ln in block.group(1).splitlines()
                if ln.strip() and not ln.strip().startswith("#")]
    assert commands == ["make run", "make test"]


def test_ci_runs_the_readme_test_command():
    """.ci/run calls the README's test command."""
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def _section(name: str) -> str | None:
    """The README section whose heading names `pa NAME` (aliases included)."""
    for section in README.split("\n### ")[1:]:
        heading = section.split("\n", 1)[0]
        if re.search(rf"`pa {re.escape(name)}[` ]", heading):
            return section
    return None


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_is_documented(name):
    """Each command has its section in the command reference, naming each of its options."""
    cmd = COMMAND.commands[name]  # type: ignore[attr-defined]
    section = _section(name)
    assert section is not None, f"no README section for pa {name}"
    for param in cmd.params:
        for opt in param.opts:
            if opt.startswith("--") and opt not in ("--help", "--data"):
                assert opt in section, f"{name}: {opt} is not in its README section"


def test_changelog_keeps_unreleased():
    """CHANGELOG.md follows Keep a Changelog, with an Unreleased section on top."""
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in text
    assert text.index("## [Unreleased]") < text.index("### Added")
