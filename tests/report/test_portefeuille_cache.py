"""`pa report portefeuille` warm (issue 18, parts 2 and 4): each set's part of the report is kept
beside the set's cache entry (report/gemeentestand.py), so a portfolio that did not change is
answered without any set's whole model, and the answer is the same as worked out afresh.
Everything the answer depends on is in the key: the set's files, the peildatum, --marge, the
trekker asked for and the names the register gives the set's parties."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES
from pa_cli.load import cache

ARGS = ("report", "portefeuille", "--peildatum", "2027-03-01")


@pytest.fixture
def pf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture portfolio without its target above the gemeente: a target reads the whole
    model of each set with a share in it (its measurements), see the last test."""
    root = tmp_path / "kust"
    shutil.copytree(FIXTURES / "portefeuille", root)
    reg = root / "portefeuille.yaml"
    text = reg.read_text(encoding="utf-8")
    reg.write_text(text[:text.index("\n# Doelen boven de gemeente")], encoding="utf-8")
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def parts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The cache files read, by part: "" a set's whole model, "kern" its brief,
    "portefeuille" its part of the report."""
    asked: list[str] = []
    get = cache.get

    def counting(directory, key, most=cache.MAX_CACHE_BYTES, part=""):
        asked.append(part)
        return get(directory, key, most, part)

    monkeypatch.setattr(cache, "get", counting)
    return asked


def test_warm_the_report_reads_no_whole_model_and_answers_the_same(run, pf, parts) -> None:
    for fmt in ("md", "html"):
        cold = run(*ARGS, "-f", fmt)
        assert cold.code == 0, cold.err
        parts.clear()
        warm = run(*ARGS, "-f", fmt)
        assert warm.out == cold.out
        assert sorted(parts) == ["kern"] * 3 + ["portefeuille"] * 3
    trekker = run(*ARGS, "--trekker", "De Kust")
    parts.clear()
    assert run(*ARGS, "--trekker", "De Kust").out == trekker.out != cold.out
    assert "" not in parts


def test_a_change_in_one_set_reads_only_that_set_again(run, pf, parts) -> None:
    run(*ARGS)
    agenda = pf / "duinwijk" / "agenda-2027.yaml"
    agenda.write_text(agenda.read_text(encoding="utf-8").replace(
        "status: open", "status: gereed", 1), encoding="utf-8")
    parts.clear()
    changed = run(*ARGS).out
    assert parts.count("") == 1  # Duinwijk's whole model, the others from their part
    parts.clear()
    assert run(*ARGS).out == changed and "" not in parts


@pytest.mark.parametrize("other", [("--peildatum", "2026-10-01"), ("--marge", "30"),
                                   ("--trekker", "Kustwonen")])
def test_what_the_answer_depends_on_is_in_the_key(run, pf, other) -> None:
    """Asked warm after another question, the answer is the one worked out afresh."""
    fresh = run(*ARGS, *other).out
    run(*ARGS)  # the parts kept are now those of the first question
    assert run(*ARGS, *other).out == fresh
    assert run(*ARGS).out != fresh


def test_a_name_changed_in_the_register_is_shown_warm(run, pf) -> None:
    run(*ARGS)
    reg = pf / "portefeuille.yaml"
    reg.write_text(reg.read_text(encoding="utf-8").replace(
        "naam: Woonstichting Kustwonen", "naam: Woonstichting Kustwonen Zee"), encoding="utf-8")
    r = run(*ARGS)
    assert r.code == 0, r.err
    assert "Woonstichting Kustwonen Zee (hier: Kustwonen Woondiensten)" in r.out


def test_what_is_kept_is_what_was_worked_out(pf, parts) -> None:
    """Field by field, every gemeente (its overleg and overdue actions too) as worked out."""
    from datetime import date

    from pa_cli.report.portefeuille import build, load_valid_portfolio

    def gemeenten():
        p, results, _, _ = load_valid_portfolio(pf)
        return build(p, results, "portefeuille", "md", date(2027, 3, 1), [], None).gemeenten

    fresh = gemeenten()
    parts.clear()
    kept = gemeenten()
    assert "" not in parts and parts.count("portefeuille") == 3
    assert kept == fresh
    assert [g.overleg for g in kept] == [g.overleg for g in fresh] != [None] * 3
    assert any(g.te_laat for g in kept)


def test_with_a_target_only_the_sets_with_a_share_are_read_whole(run, pf, parts) -> None:
    shutil.copy(FIXTURES / "portefeuille" / "portefeuille.yaml", pf / "portefeuille.yaml")
    cold = run(*ARGS)
    assert cold.code == 0 and "Starterswoningen in de kustregio" in cold.out
    parts.clear()
    assert run(*ARGS).out == cold.out
    assert sorted(parts) == ["", ""] + ["kern"] * 3 + ["portefeuille"] * 3  # Duinwijk, Polderdam


def test_a_late_action_has_what_the_templates_read_of_one() -> None:
    """The built-in portfolio templates and the macros they call read of an action only what
    the kept record has (report/gemeentestand.Laat); a template that reads more would fail only
    on an action that shows it (a carried termijn)."""
    import re

    from conftest import REPO
    from pa_cli.report.gemeentestand import Laat

    templates = REPO / "templates"
    used: set[str] = set()
    for name in ("portefeuille.md.j2", "portefeuille.html.j2"):
        used |= set(re.findall(r"\ba\.(\w+)", (templates / name).read_text(encoding="utf-8")))
    macros = (templates / "_onderdelen.html.j2").read_text(encoding="utf-8")
    for macro in ("actie_cel", "termijn"):
        body = macros.split(f"{{% macro {macro}(")[1].split("endmacro")[0]
        used |= set(re.findall(r"\ba\.(\w+)", body))
    assert used and used <= set(Laat._fields) | {"laatste_toelichting"}
