"""Golden files: every built-in report in every text format, on the shipped data, compared exactly.

After an intended change to a template or the report context, rewrite them with

    PA_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/report/test_report_golden.py

and review `git diff tests/golden/` before committing. Updating is refused in CI.
"""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import DATA, FIXTURES, UPDATE, assert_golden

# the voorjaarsoverleg 2023, with the voortgang since the najaarsoverleg 2022
ARGS = ("--peildatum", "2023-04-01", "--sinds", "2022-10-01")


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("name", ["handout", "stoplicht", "agenda"])
def test_golden(run, name, fmt, tmp_path):
    """The report on the shipped data is exactly its golden file (a copy outside git, so the
    handout's changes section does not depend on this repository's own history)."""
    shutil.copytree(DATA, tmp_path / "data")
    r = run("report", name, "--format", fmt, *ARGS, "--data", str(tmp_path / "data"))
    assert r.code == 0, r.err
    assert_golden(f"{name}.{fmt}", r.out)


# today, with the concept agenda 2026-2027 the werkgroep has just made with `pa agenda nieuw`
CONCEPT_ARGS = ("--peildatum", "2026-11-27", "--sinds", "2026-04-01")


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("name", ["handout", "stoplicht", "agenda"])
def test_golden_concept(run, name, fmt, tmp_path):
    """The report of a concept agenda (no 'vastgesteld:' yet) is exactly its golden file, which
    says at the top that the agenda is a concept."""
    shutil.copytree(DATA, tmp_path / "data")
    data = ("--data", str(tmp_path / "data"))
    assert run("agenda", "nieuw", "2026-2027", *data).code == 0
    r = run("report", name, "--format", fmt, *CONCEPT_ARGS, *data)
    assert r.code == 0, r.err
    assert_golden(f"concept-{name}.{fmt}", r.out)


# the werkgroep's autumn of 2026: progress in agenda 2022-2023, then the new agenda 2026-2027
VERLENGING_STEPS = (("rij:3.3", "gereed", "15-10-2026", "Zorgtafel loopt"),
                    ("1.1.3", "lopend", "20-10-2026", "Bouwtafel Axel gepland"),
                    ("2.1", "lopend", "2-11-2026", "Offerte gevraagd"))


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("name", ["handout", "stoplicht"])
def test_golden_verlenging(run, name, fmt, tmp_path):
    """Progress recorded before `pa agenda nieuw` is in the reports of the new agenda: exactly
    their golden files."""
    shutil.copytree(DATA, tmp_path / "data")
    data = ("--data", str(tmp_path / "data"))
    for nr, status, day, text in VERLENGING_STEPS:
        assert run("set", nr, "-s", status, "--datum", day, "-m", text, *data).code == 0
    assert run("agenda", "nieuw", "2026-2027", *data).code == 0
    r = run("report", name, "--format", fmt, "--peildatum", "2026-11-27", *data)
    assert r.code == 0, r.err
    assert_golden(f"verlenging-{name}.{fmt}", r.out)


@pytest.mark.parametrize("name, args", [
    ("kalender-2023.txt", ("--van", "2023-01-01")),
    ("kalender-2023.md", ("--van", "2023-01-01", "--format", "md")),
    ("kalender-shb-2023.txt", ("--van", "2023-01-01", "--trekker", "SHB")),
    ("kalender-2025-2026.txt", ("--van", "2025-07-01", "--tot", "2026-06-30")),
])
def test_golden_kalender(run, name, args):
    """pa kalender on the shipped data is exactly its golden file (text and Markdown)."""
    r = run("kalender", *args, "--data", str(DATA))
    assert r.code == 0, r.err
    assert_golden(name, r.out)


def test_compiled_templates_are_current(tmp_path):
    """templates/_compiled holds exactly what Jinja makes of the built-in templates now."""
    from pa_cli.report import precompiled, render

    builtin = render.builtin_dir()
    shipped = builtin / precompiled.COMPILED
    fresh = tmp_path / precompiled.COMPILED
    env = render.environment([builtin], precompiled=False)
    if os.environ.get(UPDATE):
        if os.environ.get("CI"):
            pytest.fail(f"{UPDATE} is for a developer's machine; CI only compares")
        precompiled.write(builtin, shipped, env)
        return
    precompiled.write(builtin, fresh, env)
    made = {p.name: p.read_bytes() for p in fresh.iterdir()}
    have = {p.name: p.read_bytes() for p in shipped.glob("*") if p.is_file()}
    stale = sorted(n for n in made.keys() | have.keys() if made.get(n) != have.get(n))
    assert not stale, (f"templates/{precompiled.COMPILED} is not current ({', '.join(stale)}); "
                       f"rewrite it with {UPDATE}=1 (see this file)")


# the three-gemeente portfolio (tests/fixtures/portefeuille) on the day of Havenstad's overleg
PORTEFEUILLE_ARGS = ("--peildatum", "2027-03-01")


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("name, args", [("portefeuille", ()),
                                        ("portefeuille-kustwonen", ("--trekker", "Kustwonen"))])
def test_golden_portefeuille(run, name, args, fmt):
    """pa report portefeuille on the three-gemeente portfolio, whole and for the corporatie that
    signs in all three, is exactly its golden file."""
    r = run("report", "portefeuille", "--format", fmt, *PORTEFEUILLE_ARGS, *args, "--data",
            str(FIXTURES / "portefeuille"))
    assert r.code == 0, r.err
    assert_golden(f"{name}.{fmt}", r.out)
