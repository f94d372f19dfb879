"""A template from a pull request can use the report's data and nothing else: it never runs code."""

from __future__ import annotations

import os

import pytest

PEIL = ("--peildatum", "2023-04-01")

# What a hostile template tries: reach Python's internals, call the shell, change the context,
# or take unbounded time or memory. Each line is `{{ ... }}` or `{% ... %}` on line 3.
ATTACKS = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.system('touch {marker}') }}",
    "{{ joiner.__init__.__globals__.os.system('touch {marker}') }}",
    "{{ namespace.__init__.__globals__.os.system('touch {marker}') }}",
    "{{ lipsum.__globals__['os'].system('touch {marker}') }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').system('touch {marker}') }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ peildatum.__class__.__base__.__subclasses__() }}",
    "{{ acties[0].__dict__ }}",
    "{{ acties.__class__ }}",
    "{{ '{0.__class__.__mro__}'.format(peildatum) }}",
    "{{ acties.append(1) }}",
    "{% set x = acties.pop() %}",
    "{{ 2 ** (10 ** 8) }}",
    "{{ 'x' * 10 ** 9 }}",
    "{{ range(10 ** 9) | list | length }}",
]


def _own(tmp_path, name: str, body: str) -> None:
    own = tmp_path / "templates"
    own.mkdir(exist_ok=True)
    (own / name).write_text('{% extends "base.md.j2" %}{% set kop = "x" %}\n'
                            "{% block inhoud %}\n" + body + "\n{% endblock %}\n", encoding="utf-8")


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_template_in_the_repository_cannot_reach_outside(run, ws, tmp_path, attack):
    """A templates/handout.md.j2 beside the data that tries to run code: Dutch error, exit 1."""
    marker = tmp_path / "pwned"
    _own(tmp_path, "handout.md.j2", attack.replace("{marker}", str(marker)))
    r = run("report", "handout", *PEIL)
    assert not marker.exists()
    assert r.code == 1 and r.out == "" and "Traceback" not in r.err
    assert r.err.startswith("pa: sjabloonfout in templates/handout.md.j2, regel 3: "), r.err
    assert "uid=" not in r.err


@pytest.mark.parametrize("attack", ATTACKS[:2] + ATTACKS[6:7])
def test_a_template_in_templates_option_cannot_reach_outside(run, ws, tmp_path, attack):
    """The same attacks through --templates: refused, with the template and line in the message."""
    marker = tmp_path / "pwned"
    _own(tmp_path, "eigen.md.j2", attack.replace("{marker}", str(marker)))
    r = run("report", "eigen", "--templates", "templates", *PEIL)
    assert not marker.exists()
    assert (r.code, r.out) == (1, "")
    assert r.err.startswith("pa: sjabloonfout in templates/eigen.md.j2, regel 3: het sjabloon "
                            "probeert "), r.err
    assert "dat mag niet" in r.err
    assert "zie 'Eigen sjablonen' in de handleiding, docs/sjablonen.md" in r.err


def test_the_refusal_says_what_was_tried(run, ws, tmp_path):
    """The message names the field the template reached for."""
    _own(tmp_path, "handout.md.j2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}")
    r = run("report", "handout", *PEIL)
    assert r.err.strip() == (
        "pa: sjabloonfout in templates/handout.md.j2, regel 3: het sjabloon probeert het veld "
        "'__init__' van een type-object te gebruiken; dat mag niet. Een sjabloon kan alleen de "
        "rapportgegevens, de filters en de gewone Jinja-opdrachten gebruiken (zie 'Eigen "
        "sjablonen' in de handleiding, docs/sjablonen.md)")


def test_a_symlink_to_a_private_file_is_not_read(run, ws, tmp_path):
    """A template that is a symbolic link out of its folder is refused, not copied into a report."""
    secret = tmp_path / "geheim.txt"
    secret.write_text("wachtwoord=hunter2\n", encoding="utf-8")
    _own(tmp_path, "handout.md.j2", '{% include "geheim.md.j2" %}')
    os.symlink(secret, tmp_path / "templates" / "geheim.md.j2")
    r = run("report", "handout", *PEIL)
    assert r.code == 1 and "hunter2" not in r.out + r.err
    assert "een bestand buiten de sjabloonmap (via een symbolische link)" in r.err


def test_ordinary_template_features_still_work(run, ws, tmp_path):
    """Loops, filters, macros, namespace counters and arithmetic work inside the sandbox."""
    _own(tmp_path, "handout.md.j2",
         "{% set ns = namespace(n=0) %}{% for a in acties if a.stoplicht == 'rood' %}"
         "{% set ns.n = ns.n + 1 %}{% endfor %}rood: {{ ns.n }}, {{ 2 ** 10 }}, {{ '-' * 3 }}, "
         "{{ peildatum | datum }}, {{ acties | length }}, {{ (acties | first).nr }}")
    r = run("report", "handout", *PEIL)
    assert r.code == 0, r.err
    assert "rood: 11, 1024, ---, 1 april 2023, 43, 1.1.1" in r.out


def test_the_sandbox_remembers_each_answer_per_type_and_field_exactly_as_jinja_gives_it():
    """pa asks Jinja once per (type, field) and remembers; every answer, asked again in any
    order, is still Jinja's own (a safe `index` on a list never makes `append` safe)."""
    import datetime
    import itertools

    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from pa_cli.report.sandbox import Sandbox

    class Liar:  # claims to be a list; asked every time, never remembered
        __class__ = list  # type: ignore[assignment]

    objects = [[], {}, set(), "", datetime.date(2023, 1, 1), len, str, Sandbox, Liar(),
               (x for x in ())]
    fields = ["index", "append", "pop", "clear", "keys", "upper", "year", "mro", "__class__",
              "_private", "gi_frame", "__globals__", "__init__"]
    jinja = ImmutableSandboxedEnvironment()
    pairs = list(itertools.product(objects, fields))
    for order in (pairs, pairs[::-1]):
        ours = Sandbox()
        for _ in range(2):
            for obj, attr in order:
                value = getattr(obj, attr, None)
                assert ours.is_safe_attribute(obj, attr, value) == jinja.is_safe_attribute(
                    obj, attr, value), (obj, attr)
    assert ours.is_safe_attribute([], "index", None) and not ours.is_safe_attribute(
        [], "append", None)
    assert not ours.is_safe_attribute(Liar(), "append", None)


_OWN_BASE = ("pa: sjabloon templates/{name} zou de basisopmaak van pa vervangen, en daarmee die "
             "van elk ingebouwd rapport; dat mag niet. Een eigen sjabloon voegt een rapport toe "
             "of vervangt er één, en bouwt voort op de basis van pa "
             '({{% extends "base.{fmt}.j2" %}}); geef een eigen basis een andere naam, zoals '
             "_basis.{fmt}.j2\n")


@pytest.mark.parametrize("name", ["base.html.j2", "base.md.j2", "Base.Html.j2"])
@pytest.mark.parametrize("where", ["naast de gegevens", "--templates"])
def test_a_template_folder_cannot_replace_the_base_of_pa(run, ws, tmp_path, name, where):
    """A base.html.j2 of its own would be the base of every built-in report, without pa's
    Content-Security-Policy if it likes: refused in Dutch (exit 1) for every report and for
    --list, nothing printed. Also as Base.Html.j2, which Windows and macOS find as base.html.j2."""
    own = tmp_path / "templates"
    own.mkdir()
    (own / name).write_text('<img src="http://127.0.0.1:9/lek">{% block inhoud %}{% endblock %}',
                            encoding="utf-8")
    (own / "eigen.html.j2").write_text('{% extends "base.html.j2" %}{% set kop = "x" %}',
                                       encoding="utf-8")
    option = ("--templates", "templates") if where == "--templates" else ()
    fmt = name.lower().split(".")[1]
    for args in (("handout",), ("stoplicht", "--format", "html"), ("eigen", "--format", "html"),
                 ("agenda", "--format", "md"), ("--list",)):
        r = run("report", *args, *option, *(PEIL if args[0] != "--list" else ()))
        assert (r.code, r.out, r.err) == (1, "", _OWN_BASE.format(name=name, fmt=fmt)), args


def test_an_own_base_under_another_name_and_pa_base_still_work(run, ws, tmp_path):
    """What the refusal points to works: an own _basis.html.j2 built on pa's base, and a report
    that extends it; a report that extends pa/handout.html.j2 and changes only its voet."""
    own = tmp_path / "templates"
    own.mkdir()
    (own / "_basis.html.j2").write_text(
        '{% extends "base.html.j2" %}{% block voet %}Eigen voet van de werkgroep{% endblock %}',
        encoding="utf-8")
    (own / "eigen.html.j2").write_text(
        '{% extends "_basis.html.j2" %}{% set kop = "Eigen" %}'
        "{% block inhoud %}<p>{{ acties | length }} acties</p>{% endblock %}", encoding="utf-8")
    (own / "handout.html.j2").write_text(
        '{% extends "pa/handout.html.j2" %}{% block voet %}Alleen de voet{% endblock %}',
        encoding="utf-8")
    r = run("report", "eigen", "--format", "html", *PEIL)
    assert r.code == 0, r.err
    assert "<p>43 acties</p>" in r.out and "Eigen voet van de werkgroep" in r.out
    assert 'http-equiv="Content-Security-Policy"' in r.out  # pa's base, with its policy
    r = run("report", "handout", "--format", "html", *PEIL)
    assert r.code == 0 and "Alleen de voet" in r.out and "Stand per thema" in r.out
