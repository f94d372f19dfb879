"""A template cannot make pa run or grow without bound: a render is limited in time and memory."""

from __future__ import annotations

import pytest

PEIL = ("--peildatum", "2023-04-01")


def _own(tmp_path, name: str, body: str) -> None:
    own = tmp_path / "templates"
    own.mkdir(exist_ok=True)
    (own / name).write_text('{% extends "base.md.j2" %}{% set kop = "x" %}\n'
                            "{% block inhoud %}\n" + body + "\n{% endblock %}\n", encoding="utf-8")


@pytest.mark.parametrize("body", [
    "{{ acties.nee }}",  # an ordinary mistake
    "{{ cycler.__init__ }}",  # refused by the sandbox
])
def test_a_failing_template_is_rendered_once(run, ws, tmp_path, monkeypatch, body):
    """A werkgroep template that fails is reported at once, not filled in a second time from
    the sources (which only a compiled built-in template needs, to name its line)."""
    from pa_cli.report import render

    made = []
    environment = render.environment

    def counted(*args, **kwargs):
        made.append(kwargs)
        return environment(*args, **kwargs)

    monkeypatch.setattr(render, "environment", counted)
    _own(tmp_path, "handout.md.j2", body)
    r = run("report", "handout", *PEIL)
    assert r.code == 1
    assert r.err.startswith("pa: sjabloonfout in templates/handout.md.j2, regel 3: "), r.err
    assert made == [{}]
