"""The built-in templates load from their shipped compiled modules, never from stale ones."""

from __future__ import annotations

import re
import shutil

import pytest

from pa_cli.report import precompiled, render
from pa_cli.report.problem import ReportProblem


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
