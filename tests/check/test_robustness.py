"""Whatever a user does to a data file, `pa validate` answers; it never crashes."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AFSPRAKEN, AGENDA, DATA, Workspace
from pa_cli.check.validate import validate
from pa_cli.load.dataset import load

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


@pytest.mark.parametrize("style", ["|", ">", "|-", ">+"])
def test_lone_cr_with_block_scalar_is_an_invisible_character(run, ws, style):
    """A line break written as a lone CR, next to a block scalar, is PA005 on the editor's line."""
    text = ws.read(AGENDA)
    line = ws.line_of(AGENDA, "rijen:")
    text = text.replace("rijen:", f"inleiding: {style}\r  eerste\r  tweede\nrijen:", 1)
    ws.write(AGENDA, text)
    r = run("validate")
    assert r.code == 1 and "Traceback" not in r.out + r.err
    first = r.out.splitlines()[0]
    col = len(f"inleiding: {style}") + 1
    assert first.startswith(f"data/{AGENDA}:{line}:{col}: fout PA005: onzichtbaar teken "
                            "U+000D CR (regeleinde zonder LF)"), first
    assert "regeleinden LF of CRLF" in first
    assert f"data/{AGENDA}:{line}:{col + len('  eerste') + 1}: fout PA005" in r.out


def test_a_file_with_only_cr_line_breaks_is_refused_without_crash(run, ws):
    """A file saved with old-Mac CR line breaks gets PA005, never an internal error."""
    ws.path(AGENDA).write_bytes(ws.path(AGENDA).read_bytes().replace(b"\n", b"\r"))
    r = run("validate")
    assert r.code == 1 and "interne fout" not in r.err
    assert "fout PA005: onzichtbaar teken U+000D CR" in r.out


def test_lines_after_a_lone_cr_keep_their_numbers(run, ws):
    """A lone CR inside a line does not shift the line numbers of later problems."""
    verkoop = ws.line_of(AGENDA, "    onderwerp: Verkoop")
    nr = ws.line_of(AGENDA, 'nr: "1.1.2"')
    ws.replace(AGENDA, "    onderwerp: Verkoop\n", "    onderwerp: Verkoop\x07\n")
    raw = ws.path(AGENDA).read_bytes()
    ws.path(AGENDA).write_bytes(raw.replace(b'nr: "1.1.2"', b'nr: "1.1\r.2"', 1))
    r = run("validate")
    assert f"data/{AGENDA}:{nr}:13: fout PA005: onzichtbaar teken U+000D CR" in r.out
    assert f"data/{AGENDA}:{verkoop}:23: fout PA005: onzichtbaar teken U+0007" in r.out
    assert f"{verkoop:>5} |     onderwerp: Verkoop\\x07\n" in r.out


def test_an_integer_of_thousands_of_digits_is_a_problem_not_a_crash(run, ws):
    """A plain number longer than Python converts (4,300 digits) is reported, not exit 3."""
    verkoop = 'in Bouwtafel.\n    trekker: [Corporaties]\n    termijn: "2023"\n    status: '
    ws.replace(AGENDA, verkoop + "open\n", verkoop + "9" * 5000 + "\n")
    ws.replace(AFSPRAKEN, 'nr: "1.1.1"', "nr: " + "7" * 4400)
    r = run("validate")
    assert r.code == 1 and r.err == ""
    assert "PA025" in r.out or "PA022" in r.out
    assert "PA023" in r.out


def test_group_without_naam_and_unknown_trekker(run, ws):
    """A group missing its naam plus an unknown trekker gives both problems, not a crash."""
    ws.replace(AFSPRAKEN, "    naam: Corporaties\n", "")
    text = ws.read(AGENDA).replace("trekker: [Corporaties]", "trekker: [Corpratie]", 1)
    ws.write(AGENDA, text)
    r = run("validate")
    assert r.code == 1 and r.err == ""
    assert "fout PA020" in r.out
    unknown = next(ln for ln in r.out.splitlines() if "PA032" in ln)
    assert "'Corpratie'" in unknown and "corporaties" in unknown
