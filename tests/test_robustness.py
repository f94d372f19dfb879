"""Whatever a user does to a data file, `pa validate` answers; it never crashes."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AFSPRAKEN, AGENDA, DATA, Workspace
from pa_cli.check import validate
from pa_cli.load import load

VALUES = ["", "[]", "{}", "null", "1.5", "2.10", "x", "[a, b]", "true", "2022-13-01",
          "{a: 1}", "'   '", "- a", "[Gemeente, ]", "~", "0", "\"\\t\"", "vanaf", "2099"]
KEY_LINE = re.compile(r"^( *(?:- )?)([a-z_]+):(.*)$")


def _mutations(name: str) -> st.SearchStrategy[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    candidates = [i for i, ln in enumerate(lines) if KEY_LINE.match(ln)]

    def apply(picks: list[tuple[int, int, str]]) -> str:
        out = list(lines)
        for index, action, value in picks:
            i = candidates[index % len(candidates)]
            m = KEY_LINE.match(out[i])
            if not m:
                continue
            if action == 0:  # a different value
                out[i] = f"{m[1]}{m[2]}: {value}"
            elif action == 1:  # the line removed
                out[i] = m[1].replace("- ", "  ") + "# weg"
            else:  # a misspelt key
                out[i] = f"{m[1]}{m[2][:-1] or 'x'}: {m[3].strip()}"
        return "\n".join(out) + "\n"

    picks = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 2), st.sampled_from(VALUES)),
                     min_size=1, max_size=4)
    return picks.map(apply)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return Workspace(tmp_path_factory.mktemp("robust"))


@pytest.mark.parametrize("name", [AFSPRAKEN, AGENDA])
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_edits_never_crash(scratch, name, data):
    """Random values, removed lines and misspelt keys give problems, never an exception."""
    original = scratch.read(name)
    try:
        scratch.write(name, data.draw(_mutations(name)))
        problems = validate(load(scratch.data))
        for p in problems:
            assert p.severity in ("fout", "waarschuwing") and re.fullmatch(r"PA\d{3}", p.code)
            assert p.message and "None" not in p.message, p
    finally:
        scratch.write(name, original)
