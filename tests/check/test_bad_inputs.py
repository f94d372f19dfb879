"""Broken YAML (tests/fixtures): exit 1, file and line named, no traceback, nothing written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import AFSPRAKEN, AGENDA, FIXTURES

BAD = sorted((FIXTURES / "bad-inputs").glob("*.yaml"))
SUITE_ERROR = sorted((FIXTURES / "yaml-test-suite" / "error").glob("*.yaml"))
SUITE_VALID = sorted((FIXTURES / "yaml-test-suite" / "valid").glob("*.yaml"))

# A problem line: path:line[:col]: fout PAnnn: message
PROBLEM = re.compile(r"^data/(afspraken|agenda-2022-2023)\.yaml:(\d+)(:\d+)?: fout PA\d{3}: \S")


def test_the_bad_inputs_are_in_the_repository():
    """The repository itself holds the cases its READMEs promise (402 suite cases, 14 inputs)."""
    assert len(BAD) == 14
    assert len(SUITE_ERROR) == 94 and len(SUITE_VALID) == 308


def _check(run, ws, case: Path, target: str) -> str:
    shutil.copyfile(case, ws.path(target))
    before = ws.snapshot()
    r = run("validate")
    assert ws.snapshot() == before, "validate wrote to the data"
    assert r.code == 1, (case.name, r.out, r.err)
    assert "Traceback" not in r.out + r.err
    assert r.err == ""
    first = r.out.splitlines()[0]
    assert PROBLEM.match(first), (case.name, first)
    assert "\x1b" not in r.out, "a terminal escape reached the output"
    return first


@pytest.mark.parametrize("case", BAD, ids=[c.name for c in BAD])
@pytest.mark.parametrize("target", [AFSPRAKEN, AGENDA])
def test_bad_inputs(run, ws, case, target):
    """Each bad input, in place of either data file, gets a precise Dutch error."""
    first = _check(run, ws, case, target)
    assert re.search(r"\.yaml:[1-9]\d*", first), first


EXPECTED = {
    "alias-bomb.yaml": "anker '&a' is niet toegestaan",
    "anchor-and-merge.yaml": "anker '&b' is niet toegestaan",
    "deep-nesting.yaml": "te diep genest",
    "duplicate-key.yaml": "sleutel 'trekker' staat twee keer in deze mapping (eerder op regel 3)",
    "empty.yaml": "bestand is leeg",
    "escape-character.yaml": "onzichtbaar teken U+001B ESC (escape)",
    "latin-1.yaml": "byte 0xe9 is geen geldige UTF-8",
    "merge-conflict.yaml": "git-conflictmarkering '<<<<<<<'",
    "python-tag.yaml": "tag 'tag:yaml.org,2002:python/object/apply:os.system' is niet toegestaan",
    "tab-indent.yaml": "tab in de inspringing",
    "top-level-list.yaml": "het bestand bevat een lijst",
    "two-documents.yaml": "tweede YAML-document ('---')",
    "utf-16.yaml": "bestand is opgeslagen als UTF-16",
    "yaml-1.1-header.yaml": "kopregel '%YAML 1.1' is niet toegestaan",
}


@pytest.mark.parametrize("name, message", sorted(EXPECTED.items()))
def test_bad_input_messages_name_the_cause(run, ws, name, message):
    """The message says what is wrong in the user's terms, with the fix."""
    shutil.copyfile(FIXTURES / "bad-inputs" / name, ws.path(AFSPRAKEN))
    r = run("validate")
    assert message in r.out.splitlines()[0]


@pytest.mark.parametrize("case", SUITE_ERROR, ids=[c.stem for c in SUITE_ERROR])
def test_yaml_suite_invalid_cases(run, ws, case):
    """Invalid YAML is reported as broken YAML, with file and line."""
    first = _check(run, ws, case, AGENDA)
    # libyaml accepts one invalid case (S98Z, an over-indented empty block scalar); it is
    # still refused, by the schema, because it is not a data file.
    if case.stem != "S98Z":
        assert re.search(r"fout PA0(0\d|1\d): ", first), first


@pytest.mark.parametrize("case", SUITE_VALID, ids=[c.stem for c in SUITE_VALID])
def test_yaml_suite_valid_cases(run, ws, case):
    """Valid YAML that is not a data file is refused with a reason, never a crash."""
    _check(run, ws, case, AFSPRAKEN)


def test_huge_file_is_refused_quickly(run, ws):
    """A file far larger than any data file is refused by size, before it is parsed."""
    ws.path(AGENDA).write_bytes(b"titel: x\nrijen:\n" + b"  - nr: \"1\"\n" * 600_000)
    r = run("validate")
    assert r.code == 1
    assert r.out.splitlines()[0].startswith(
        "data/agenda-2022-2023.yaml: fout PA001: bestand is te groot (7200016 bytes, maximaal "
        "5000000); is dit wel een databestand van pa?")


def test_no_test_reads_outside_the_repository():
    """A fresh clone passes on its own: no test, benchmark or CI step reads beside the repo."""
    root = Path(__file__).resolve().parents[2]
    places = [*root.joinpath("tests").glob("*.py"), *root.joinpath("benchmarks").glob("*.py"),
              root / ".ci" / "run", root / "Makefile"]
    beside = re.compile(r"\.\./shared|parent\s*/\s*\"shared\"|parents\[2\]")
    outside = [p.name for p in places if beside.search(p.read_text(encoding="utf-8"))]
    assert outside == []
