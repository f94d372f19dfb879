"""The README and the manual in docs/ are true: quick start, commands, links, CI entry point."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import typer

from conftest import REPO
from pa_cli.cli.typer_app import app

README = (REPO / "README.md").read_text(encoding="utf-8")
DOCS = REPO / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
COMMAND = typer.main.get_command(app)
COMMANDS = sorted(COMMAND.commands)  # type: ignore[attr-defined]
HEADING = re.compile(r"^#{1,6} ", re.M)


def test_quick_start_is_two_commands():
    """The first code block holds exactly the two quick-start commands."""
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", README, re.S)
    assert block
    commands = [ln.split("#")[0].strip() for ln in block.group(1).splitlines()
                if ln.strip() and not ln.strip().startswith("#")]
    assert commands == ["make run", "make test"]


def test_readme_stays_short():
    """The README is the quick start and a year with pa; the rest is in the manual."""
    assert len(README.splitlines()) <= 250


def test_ci_runs_the_readme_test_command_and_builds_the_manual():
    """.ci/run calls the README's test command and builds the manual strictly."""
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "make docs" in ci
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^docs:.*\n(\t.*\n)*\t.*mkdocs build --strict", makefile, re.M)


def _sections(text: str) -> list[str]:
    """Each heading of a Markdown text with the text under it, code blocks left as they are."""
    out: list[str] = []
    fence = False
    for line in text.splitlines(keepends=True):
        if line.startswith("```"):
            fence = not fence
        if not fence and HEADING.match(line) or not out:
            out.append("")
        out[-1] += line
    return out


def _section(name: str) -> str | None:
    """The section of the manual whose heading names `pa NAME` (aliases included)."""
    for page in PAGES:
        for section in _sections(page.read_text(encoding="utf-8")):
            heading = section.split("\n", 1)[0]
            if HEADING.match(heading) and re.search(rf"`pa {re.escape(name)}[` ]", heading):
                return section
    return None


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_is_documented(name):
    """Each command has its section in the manual, naming each of its options."""
    cmd = COMMAND.commands[name]  # type: ignore[attr-defined]
    section = _section(name)
    assert section is not None, f"no section in docs/ for pa {name}"
    for param in cmd.params:
        for opt in param.opts:
            if opt.startswith("--") and opt not in ("--help", "--data"):
                assert opt in section, f"{name}: {opt} is not in its section in docs/"


LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("page", [REPO / "README.md", *PAGES],
                         ids=lambda p: str(p.relative_to(REPO)))
def test_relative_links_point_to_files(page):
    """Every relative link of the README and the manual names a file that exists.

    (make docs checks the manual's links and anchors too, with mkdocs --strict; this check
    also runs where mkdocs is not installed, and covers the README.)"""
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = (page.parent / target.split("#")[0]).resolve()
        assert path.is_file(), f"{page.name}: link to {target}, which does not exist"


def test_every_page_is_in_the_nav():
    """mkdocs.yml's nav lists every page of docs/, and nothing else."""
    mkdocs = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = set(re.findall(r"^\s+- (?:[^:\n]+: )?(\S+\.md)$", mkdocs, re.M))
    assert nav == {str(p.relative_to(DOCS)) for p in PAGES}


def test_changelog_keeps_unreleased():
    """CHANGELOG.md follows Keep a Changelog, with an Unreleased section on top."""
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in text
    assert text.index("## [Unreleased]") < text.index("### Added")


MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]


def _termijn_rows() -> list[tuple[list[str], str]]:
    text = (DOCS / "gegevens.md").read_text(encoding="utf-8")
    table = text.split("| termijn | uiterlijk |\n|---|---|\n", 1)[1].split("\n\n", 1)[0]
    rows = []
    for line in table.splitlines():
        forms, last = line.strip("| ").split(" | ", 1)
        rows.append((re.findall(r"`([^`]+)`", forms), last))
    return rows


@pytest.mark.parametrize("forms, last", _termijn_rows(), ids=lambda v: str(v)[:30])
def test_the_table_of_termijnen_is_what_pa_reads(forms, last):
    """Each form in the manual's table of termijnen gives the last day the table says."""
    from datetime import date, timedelta

    from pa_cli.base.termijn import parse

    if forms == ["vast te stellen"]:
        assert parse(forms[0]).uiterlijk is None  # counted from the previous agenda instead
        return
    if last.startswith("doorlopend"):
        for form in forms:
            assert parse(form).doorlopend and parse(form).uiterlijk is None, form
        return
    forms = [f for f in forms if re.search(r"\d", f)]  # not `uiterlijk` on its own
    assert forms
    for form in forms:
        got = parse(form).uiterlijk
        day = re.search(rf"(\d+) ({'|'.join(MAANDEN)}) (\d{{4}})", last)
        if day:
            want = date(int(day[3]), MAANDEN.index(day[2]) + 1, int(day[1]))
        elif last == "31 december van het laatste jaar":
            want = date(max(map(int, re.findall(r"\d{4}", form))), 12, 31)
        elif last == "laatste dag van dat kwartaal":
            q = int(re.search(r"(\d)(?:e kwartaal| )", form.replace("Q", ""))[1])
            nxt = date(2023, 3 * q + 1, 1) if q < 4 else date(2024, 1, 1)
            want = nxt - timedelta(days=1)
        elif last == "laatste dag van die maand":
            want = date(2022, 7, 1) - timedelta(days=1)  # juni 2022, jun 2022
        elif last == "die dag":
            want = date(2023, 7, 1)
            assert parse(f"uiterlijk {form}").uiterlijk == want, form
        else:
            raise AssertionError(f"the table says {last!r}: teach this test to read it")
        assert got == want, (form, got, want)


def _dry_run(target: str, venv: Path) -> list[str]:
    """The commands `make TARGET` would run on a machine without .venv (make -n), also when the
    suite itself runs under make (`make test`, as CI does): no directory lines of a sub-make."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    proc = subprocess.run(["make", "--no-print-directory", "-n", target, f"VENV={venv}"],
                          cwd=REPO, capture_output=True, text=True, check=True, env=env)
    return proc.stdout.splitlines()


def test_make_run_installs_only_pa_and_quietly(tmp_path):
    """A newcomer's first screen is pa's answer (issue 20, point 17): make run installs what pa
    needs, not the test tools, with pip quiet; make test adds the test extra."""
    run = _dry_run("run", tmp_path / "venv")
    installs = [line for line in run if "pip install" in line]
    assert installs and all("--quiet" in line for line in installs)
    assert not any("[test" in line for line in run), "make run installs the test tools"
    assert any(line.rstrip().endswith(" -e .") for line in installs)
    assert "pa validate" in run[-3] and "pa status --peildatum 2023-01-01 --te-laat" in run[-1]
    test = _dry_run("test", tmp_path / "venv")
    assert any("pip install" in line and "-e '.[test]'" in line for line in test)
    assert test[-1].endswith("python -m pytest")
