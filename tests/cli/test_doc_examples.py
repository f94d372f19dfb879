"""Every example command in the README and the manual runs, on a copy of the shipped data.

A fenced block marked `console` or `sh` holds examples: in `console` a command is a line that
starts with `$ `, and the lines under it are (part of) what it prints; in `sh` every line that
starts with `pa ` is a command. A line ending in `\\` continues on the next. The commands of one
page run in order, in one git repository with the shipped data, on the fixed today of the tests
(conftest), as a reader who follows the page would type them. Each must exit 0, or the code that
a comment `# exit N` after it gives. In a `console` block each line printed under a command must
appear in its output, in that order (a line `...` stands for lines left out).
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import NamedTuple

import pytest

from conftest import REPO

PAGES = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
FENCE = re.compile(r"^```(console|sh|bash)\n(.*?)^```", re.M | re.S)
EXIT = re.compile(r"#\s*exit\s+(\d+)\s*$")


class Example(NamedTuple):
    line: int  # where the command starts in its page
    args: list[str]  # after `pa`
    code: int  # the exit code it should give
    shows: list[str]  # console: lines it prints, in order ("..." = lines left out)


def _logical(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines with their `\\` continuations joined."""
    out: list[tuple[int, str]] = []
    carry: tuple[int, str] | None = None
    for number, text in lines:
        if carry:
            number, text = carry[0], carry[1] + " " + text.strip()
        if text.endswith("\\"):
            carry = (number, text[:-1].rstrip())
            continue
        carry = None
        out.append((number, text))
    return out


def _command(number: int, text: str) -> Example | None:
    if not text.startswith("pa "):
        return None
    m = EXIT.search(text)
    words = shlex.split(text, comments=True)
    return Example(number, words[1:], int(m.group(1)) if m else 0, [])


def examples(page: Path) -> list[Example]:
    text = page.read_text(encoding="utf-8")
    found: list[Example] = []
    for block in FENCE.finditer(text):
        first = text.count("\n", 0, block.start(2)) + 1
        lines = list(enumerate(block.group(2).splitlines(), first))
        if block.group(1) != "console":
            found += [e for n, t in _logical(lines) if (e := _command(n, t.strip()))]
            continue
        current: Example | None = None
        for number, line in _logical(lines):
            if line.startswith("$ "):
                current = _command(number, line[2:].strip())
                if current:
                    found.append(current)
            elif current is not None:
                current.shows.append(line.rstrip())
    return found


def _cases():
    for page in PAGES:
        found = examples(page)
        if found:
            marks = [pytest.mark.browser] if any("pdf" in e.args for e in found) else []
            yield pytest.param(page, found, marks=marks, id=str(page.relative_to(REPO)))


CASES = list(_cases())


def test_the_pages_have_examples():
    """The collector finds the examples this test is for (a change of fence would hide them)."""
    names = {c.id for c in CASES}
    assert {"README.md", "docs/jaarcyclus.md", "docs/monitor.md", "docs/voortgang.md",
            "docs/rapporten.md"} <= names
    assert sum(len(c.values[1]) for c in CASES) >= 20


def wrong(found: list[Example], run) -> list[str]:
    """Run the examples of one page in order; what is not as the page says."""
    out = []
    for example in found:
        r = run(*example.args)
        where = f"line {example.line}: pa {shlex.join(example.args)}"
        if r.code != example.code or "Traceback" in r.out + r.err:
            out.append(f"{where}: exit {r.code}, not {example.code}\n{r.out}{r.err}")
            continue
        printed = [ln.rstrip() for ln in (r.out + r.err).splitlines()]
        at = 0
        for shown in example.shows:
            if shown.strip() in ("...", "…", ""):
                continue
            if shown not in printed[at:]:
                out.append(f"{where}: does not print {shown!r}\n{r.out}{r.err}")
                break
            at = printed.index(shown, at) + 1
    return out


# A page whose examples need other data than the shipped one names it in a comment, a folder
# of the repository that the examples then run in (a copy, as the current directory):
# <!-- voorbeelden in: tests/fixtures/portefeuille -->
OTHER_DATA = re.compile(r"<!-- voorbeelden in: (\S+) -->")


@pytest.mark.parametrize("page, found", CASES)
def test_every_example_runs(page, found, run, repo, monkeypatch):
    """Each command of the page, in order, gives the exit code and the lines the page shows."""
    other = OTHER_DATA.search(page.read_text(encoding="utf-8"))
    if other:
        import shutil

        folder = repo.root / Path(other.group(1)).name
        shutil.copytree(REPO / other.group(1), folder)
        monkeypatch.chdir(folder)
    assert wrong(found, run) == []


def test_a_wrong_example_is_found(run, repo, tmp_path):
    """The check itself: a line pa does not print, and an exit code other than the text says."""
    page = tmp_path / "voorbeeld.md"
    page.write_text("```console\n$ pa set 1.1.3 -s lopend\n"
                    "data/agenda-2022-2023.yaml:25: agendarij 1.1.3: open -> gereed\n"
                    "$ pa set 9.9.9 -s lopend  # exit 1\n"
                    "$ pa set 1.1.4 -s lopend  # exit 1\n```\n", encoding="utf-8")
    found = examples(page)
    assert [e.code for e in found] == [0, 1, 1]
    problems = wrong(found, run)
    assert len(problems) == 2
    assert "does not print" in problems[0] and "line 5: pa set 1.1.4" in problems[1]
