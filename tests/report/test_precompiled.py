"""The built-in templates load from their shipped compiled modules, never from stale ones."""

from __future__ import annotations

import re
import shutil

import pytest

from pa_cli.report import precompiled, render
from pa_cli.report.problem import ReportProblem
from pa_cli.report.sandbox import Sandbox


def test_builtin_templates_load_compiled():
    """A built-in template comes from templates/_compiled, as Python, not compiled from source."""
    env = render.environment(render.template_dirs(None, None))
    for name in ("stoplicht.html.j2", "pa/base.html.j2", "handout.md.j2"):
        template = env.get_template(name)
        assert template.filename.endswith(".py") and precompiled.COMPILED in template.filename


def test_a_changed_source_is_compiled_afresh(tmp_path):
    """When a built-in .j2 no longer matches its compiled module, the source is what counts."""
    copy = tmp_path / "templates"
    shutil.copytree(render.builtin_dir(), copy)
    env = render.environment([copy])
    assert env.get_template("base.md.j2").filename.endswith(".py")
    (copy / "base.md.j2").write_text("# veranderd\n{% block inhoud %}{% endblock %}\n",
                                     encoding="utf-8")
    fresh = render.environment([copy]).get_template("base.md.j2")
    assert fresh.filename.endswith("base.md.j2")
    assert fresh.render() == "# veranderd\n"


def test_a_mistake_in_a_compiled_template_names_the_source_line():
    """An error while a compiled built-in runs is reported at its .j2 file and line."""
    with pytest.raises(ReportProblem) as e:
        render.render(render.template_dirs(None, None), "stoplicht.html.j2",
                      {"titel": "t", "peildatum": None, "selectie": None})
    assert re.match(r"sjabloonfout in templates/[\w.]+\.html\.j2, regel \d+: '\w+' bestaat niet",
                    str(e.value)), e.value


def _own_copy(ws) -> None:
    """templates/ beside the data, as in a data repository cloned from pa's own."""
    shutil.copytree(render.builtin_dir(), ws.root / "templates",
                    ignore=shutil.ignore_patterns("_compiled", "__pycache__", "*.py"))


@pytest.fixture
def compiled(monkeypatch) -> list[str]:
    """The names of the templates Jinja compiles from here on, in order."""
    names: list[str] = []
    real = Sandbox.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return real(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(Sandbox, "compile", counting)
    return names


def test_a_copy_of_the_builtin_templates_beside_the_data_is_not_compiled(run, ws, compiled):
    """The werkgroep's repository holds templates/ beside data/: copies of pa's own templates.
    They load from pa's compiled modules, so a report there costs what it costs elsewhere,
    and pa's own base in that folder is no attempt to replace it."""
    args = ("report", "stoplicht", "--format", "html", "--peildatum", "2023-04-01")
    expected = run(*args).out
    _own_copy(ws)
    r = run(*args)
    assert (r.code, r.err) == (0, "")
    assert r.out == expected
    assert compiled == []
    (ws.root / "templates" / "stoplicht.html.j2").write_text(
        (ws.root / "templates" / "stoplicht.html.j2").read_text(encoding="utf-8")
        .replace('"Stoplichtrapportage"', '"Stoplichtrapportage (eigen)"', 1), encoding="utf-8")
    r = run(*args)
    assert r.code == 0 and "Stoplichtrapportage (eigen)" in r.out
    assert compiled == ["stoplicht.html.j2"]  # the changed one only; its base is still pa's


def test_an_own_base_that_differs_from_pas_is_still_refused(run, ws):
    _own_copy(ws)
    base = ws.root / "templates" / "base.html.j2"
    base.write_text(base.read_text(encoding="utf-8") + "<!-- anders -->\n", encoding="utf-8")
    r = run("report", "stoplicht", "--format", "html", "--peildatum", "2023-04-01")
    assert r.code == 1 and "zou de basisopmaak van pa vervangen" in r.err


def test_an_own_template_is_compiled_once_and_then_taken_from_the_private_cache(
        run, ws, monkeypatch, tmp_path, compiled):
    """A werkgroep's own template costs a compile on its first run, not on every run; a change
    to it compiles anew; a cache file that someone else could have written is not used."""
    cache = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    own = ws.root / "templates"
    own.mkdir()
    (own / "lijst.md.j2").write_text(
        "{# beschrijving: eigen lijst #}\n{% for a in acties %}- {{ a.nr }}\n{% endfor %}\n",
        encoding="utf-8")
    args = ("report", "lijst", "--format", "md", "--peildatum", "2023-04-01")
    first = run(*args)
    assert first.code == 0 and "- 1.1.3\n" in first.out
    assert compiled == ["lijst.md.j2"]
    assert run(*args).out == first.out
    assert compiled == ["lijst.md.j2"]  # the second run compiled nothing
    (own / "lijst.md.j2").write_text("{% for a in acties %}* {{ a.nr }}\n{% endfor %}\n",
                                     encoding="utf-8")
    assert "* 1.1.3\n" in run(*args).out
    assert compiled == ["lijst.md.j2"] * 2
    (kept,) = [p for p in (cache / "pa" / "sjablonen").iterdir() if p.read_text().count("* ")]
    kept.chmod(0o666)  # writable by others: never run
    assert "* 1.1.3\n" in run(*args).out
    assert compiled == ["lijst.md.j2"] * 3
