"""Thousands of random mutations of the shipped data: each answered with exit 0 or 1, no crash."""

from __future__ import annotations

import functools
import os
import random
import re
import shutil
import time

import pytest

from conftest import DATA
from pa_cli.base.exits import ExitStatus
from pa_cli.check import validate as check
from pa_cli.show import output
from pa_cli.yamlio import read as yamlread

SEED = 20261127
CASES = int(os.environ.get("PA_FUZZ_CASES", "3000"))
CPU_LIMIT = 2.0  # seconds of CPU per case: generous, and not inflated by a loaded machine
FILES = sorted(p.name for p in DATA.glob("*.yaml"))

# What a mutation writes: YAML syntax, line breaks of every kind, invisible characters, values
# that convert badly, and the shapes of the crashes fuzzing found before (lone CR next to a
# block scalar, a 5,000-digit integer, a group without naam).
TOKENS = [":", ": ", "- ", "-", "#", " #", "'", '"', "|", ">", "|-", ">+", "\r", "\n", "\r\n",
          "\t", "{", "}", "[", "]", "{}", "[]", ",", "&a ", "*a", "!!str ", "!!python/object ",
          "%YAML 1.1\n", "---\n", "...\n", "<<: ", "? ", "@", "`", "\\", "\x00", "\x07", "\x1b",
          "\x85", "\u2028", "\ufeff", "\u200b", "é", "9" * 5000, "-" + "7" * 4400, "1e999",
          "2.10", "0x1F", "~", "null", "true", "yes", "2023-02-30", "najaar 20222", "Corporatie",
          "naam", "nr", "trekker", "leden: []", "  ", "    ", "x" * 300]
RAW = [b"\xff", b"\xc3", b"\xfe\xff", b"\xef\xbb\xbf"]  # bytes that are not UTF-8 (or a BOM)


def _mutate(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    kind = rng.randrange(8)
    i = rng.randrange(len(lines))
    if kind == 0:  # a token in place of a few bytes
        at = rng.randrange(len(data) + 1)
        token = rng.choice(RAW) if rng.random() < 0.05 else rng.choice(TOKENS).encode()
        return data[:at] + token + data[at + rng.randrange(4):]
    if kind == 1:  # a line removed
        del lines[i]
    elif kind == 2:  # a block of lines repeated
        lines[i:i] = lines[i:i + rng.randrange(1, 8)] * rng.randrange(1, 4)
    elif kind == 3:  # two lines swapped
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == 4:  # indentation changed
        lines[i] = b" " * rng.choice([0, 1, 2, 3, 4, 6, 8]) + lines[i].lstrip(b" ")
    elif kind == 5:  # the file cut short
        return data[:rng.randrange(len(data) + 1)]
    elif kind == 6:  # another value for a key
        m = re.match(rb"^( *(?:- )?[a-z_]+:)", lines[i])
        if m:
            lines[i] = m.group(1) + b" " + rng.choice(TOKENS).encode()
    else:  # a line from another place of the file, or another file's structure
        lines.insert(i, rng.choice(lines))
    return b"\n".join(lines)


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """A copy of the data, no cache, and each unchanged file parsed only once (for speed)."""
    monkeypatch.setenv("PA_NO_CACHE", "1")
    shutil.copytree(DATA, tmp_path / "data")
    monkeypatch.setattr(yamlread, "read_bytes", functools.lru_cache(maxsize=8)(
        yamlread.read_bytes))
    return tmp_path / "data"


def _snapshot(directory) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.is_file()}


def test_random_mutations_are_answered_with_exit_0_or_1(scratch):
    """Each mutated data set gets problems or a clean bill: no exception, no write, bounded time."""
    rng = random.Random(SEED)
    original = {name: (scratch / name).read_bytes() for name in FILES}
    seen_codes: set[str] = set()
    slowest = 0.0
    for case in range(CASES):
        name = rng.choice(FILES)
        data = original[name]
        for _ in range(rng.randrange(1, 4)):
            data = _mutate(rng, data)
        (scratch / name).write_bytes(data)
        before = _snapshot(scratch)
        fmt = "json" if case % 4 == 0 else "text"
        start = time.process_time()
        try:
            results = check.check_targets(scratch, [])
            report = output.validation_report(results, fmt)
        except Exception as e:  # what pa would answer with exit 3
            pytest.fail(f"case {case} ({name}): {type(e).__name__}: {e}\n{data[:2000]!r}")
        spent = time.process_time() - start
        slowest = max(slowest, spent)
        assert spent < CPU_LIMIT, f"case {case} ({name}) took {spent:.1f} s of CPU"
        problems = [p for _, found in results for p in found]
        code = ExitStatus.from_problems(problems)
        assert code in (ExitStatus.OK, ExitStatus.ERROR), (case, name)
        assert "Traceback" not in report
        assert _snapshot(scratch) == before, f"case {case}: validate wrote to the data"
        for p in problems:
            assert p.severity in ("fout", "waarschuwing") and re.fullmatch(r"PA\d{3}", p.code)
            seen_codes.add(p.code)
        (scratch / name).write_bytes(original[name])
    # the mutations reach deep: many different checks answered them
    assert len(seen_codes) >= 25, sorted(seen_codes)
