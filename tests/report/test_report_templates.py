"""`pa report` and what it is given: the data's text stays text in HTML and Markdown, and the
werkgroep's own templates extend, replace and add reports."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from conftest import AGENDA
from reporting import PEIL, _report

# -- escaping ------------------------------------------------------------------------------------

EVIL = ('<script>alert(1)</script> <a href="javascript:alert(1)">klik</a> '
        '[ook klik](javascript:alert(2)) <img src=x onerror=alert(3)> a | b\n'
        '| c | d |\n`code` **vet** _schuin_ \\| einde')


def _inject(ws) -> None:
    """Give action 1.1.9 the evil text as toelichting and as its latest voortgang."""
    quoted = EVIL.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    ws.replace(AGENDA, "termijn: eind 2022\n    status: open",
               f'termijn: eind 2022\n    status: lopend\n    toelichting: "{quoted}"\n'
               f'    voortgang:\n      - datum: 2023-01-15\n        status: lopend\n'
               f'        toelichting: "{quoted}"')


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs += attrs


@pytest.mark.parametrize("name", ["handout", "stoplicht", "agenda"])
def test_injected_text_is_inert_in_html(run, ws, name):
    """Markup in the data is shown as text: no script, link, image or event handler appears."""
    _inject(ws)
    html = _report(run, name, *PEIL, "--format", "html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    parser = _Tags()
    parser.feed(html)
    assert not parser.tags & {"script", "a", "img", "iframe", "object", "embed", "link"}
    assert not [a for a in parser.attrs if a[0].startswith("on") or a[0] in ("href", "src")]
    assert "javascript:" not in html.replace("javascript:alert", "")  # only as escaped text


def _md_cells(md: str) -> tuple[list, list[str]]:
    """The tokens of the Markdown as GitHub reads it, and the text each table cell shows."""
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    cells, inside = [], False
    for t in tokens:
        if t.type in ("th_open", "td_open"):
            inside = True
        elif t.type in ("th_close", "td_close"):
            inside = False
        elif t.type == "inline" and inside:
            cells.append("".join(c.content for c in t.children or [] if c.type == "text"))
    return tokens, cells


@pytest.mark.parametrize("name", ["handout", "stoplicht", "agenda"])
def test_injected_text_keeps_markdown_tables_intact(run, ws, name):
    """Pipes, newlines, backticks and markup in the data show as text, whole, in one cell."""
    _inject(ws)
    md = _report(run, name, *PEIL)
    tokens, cells = _md_cells(md)
    evil = [c for c in cells if "alert(1)" in c]
    assert evil and all(" ".join(EVIL.split()) in c for c in evil), evil
    inline = [c for t in tokens if t.type == "inline" for c in (t.children or [])]
    assert not [t for t in tokens if t.type == "html_block"]
    # the templates make no HTML, links, images or code spans: any there came from the data
    assert not [c for c in inline if c.type in ("html_inline", "link_open", "image",
                                                "code_inline")]
    assert "\\<script\\>alert(1)\\</script\\>" in md


# -- the werkgroep's own templates ---------------------------------------------------------------

OWN_HANDOUT = """\
{# beschrijving: Onze eigen hand-out #}
{% extends "pa/handout.html.j2" %}
{% block voet %}<p>Werkgroep Terneuzen, {{ overleg.naam }}</p>{% endblock %}
"""

OWN_REPORT = """\
{# beschrijving: Alleen de rode acties, per thema #}
{% extends "base.html.j2" %}
{% set kop = "Rode acties" %}
{% block inhoud %}
{% for t in themas %}<h2>{{ t.thema.titel }}</h2>
<ul>{% for a in t.acties if a.stoplicht == "rood" %}<li>{{ a.nr }} {{ a.onderwerp }}</li>
{% endfor %}</ul>
{% endfor %}
{% endblock %}
"""


def test_own_template_overrides_and_adds(run, ws, tmp_path):
    """A template in --templates replaces the built-in, extends it, and adds a new report."""
    own = tmp_path / "sjablonen"
    own.mkdir()
    (own / "handout.html.j2").write_text(OWN_HANDOUT, encoding="utf-8")
    (own / "rood.html.j2").write_text(OWN_REPORT, encoding="utf-8")
    listed = _report(run, "--list", "--templates", str(own)).splitlines()
    assert [ln.split()[0] for ln in listed] == ["agenda", "handout", "portefeuille", "rood",
                                                "stoplicht"]
    assert listed[1].split(None, 1)[1].startswith("md, html, pdf  Onze eigen hand-out "
                                                 "(eigen sjabloon: sjablonen)")
    assert listed[3] == "rood          html, pdf      Alleen de rode acties, per thema (eigen " \
                        "sjabloon: sjablonen)"
    html = _report(run, "handout", *PEIL, "--format", "html", "--templates", str(own))
    assert "<p>Werkgroep Terneuzen, Voorjaarsoverleg 2023</p>" in html
    assert "<h2>2. Te laat, per trekker</h2>" in html  # the rest is the built-in handout
    assert "Gemaakt met pa" not in html
    md = _report(run, "handout", *PEIL, "--templates", str(own))  # md: still the built-in
    assert "_Gemaakt met pa uit de gegevens" in md
    red = _report(run, "rood", *PEIL, "--format", "html", "--templates", str(own))
    assert "<h1>Rode acties</h1>" in red and "<li>3.3 Samenwerking met zorg</li>" in red
    assert "@page { size: A4;" in red  # the built-in base layout
    r = run("report", "rood", "--templates", str(own))
    assert (r.code, r.err.strip()) == (2, "pa: rapport 'rood' heeft geen md-sjabloon "
                                          "(rood.md.j2); wel: html")


def test_templates_beside_the_data_are_used(run, ws, tmp_path):
    """A templates/ next to the data directory counts as the werkgroep's own."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "stoplicht.md.j2").write_text(
        '{% extends "pa/stoplicht.md.j2" %}{% set kop = "Monitor Terneuzen" %}', encoding="utf-8")
    assert _report(run, "stoplicht", *PEIL).startswith("# Monitor Terneuzen\n")


def test_missing_parent_template_is_named(run, ws, tmp_path):
    """Extending a template that does not exist names it and where pa looked."""
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "kapot.md.j2").write_text('{% extends "bestaat-niet.md.j2" %}', encoding="utf-8")
    r = run("report", "kapot", "--templates", "eigen", *PEIL)
    assert r.code == 1 and "Traceback" not in r.err
    assert r.err.startswith("pa: sjabloon 'bestaat-niet.md.j2' niet gevonden; gezocht in: eigen, ")


@pytest.mark.parametrize("template, where, what", [
    ('{% extends "base.md.j2" %}{% set kop = "x" %}\n{% block inhoud %}\n{{ peildatun }}\n'
     '{% endblock %}', "regel 3", "'peildatun' bestaat niet in de context"),
    ('{% extends "base.md.j2" %}{% set kop = "x" %}\n{% block inhoud %}\n\n'
     '{% for a in acties %}{{ a.nrr }}{% endfor %}{% endblock %}', "regel 4",
     "'Actie' heeft geen veld 'nrr'"),
    ('{% extends "base.md.j2" %}\n{% block inhoud %}\n{% for a in acties %}\n{% endblock %}',
     "regel 4", "Encountered unknown tag 'endblock'"),
    ('{% set kop = "x" %}\n{% block inhoud %}{{ 1 / 0 }}{% endblock %}', "regel 2",
     "ZeroDivisionError: division by zero"),
])
def test_template_mistake_names_file_and_line(run, ws, tmp_path, template, where, what):
    """A typo in a template is exit 1 with the template's name and line, not a traceback."""
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "fout.md.j2").write_text(template, encoding="utf-8")
    r = run("report", "fout", "--templates", "eigen", *PEIL)
    assert r.code == 1 and r.out == "" and "Traceback" not in r.err
    assert r.err.startswith(f"pa: sjabloonfout in eigen/fout.md.j2, {where}: ")
    assert what in r.err



def test_reports_in_one_process_reuse_one_package_of_compiled_templates(run, ws):
    """Many reports in one process (a test run, an editor plug-in) load the compiled templates
    once: sys.modules does not fill up with packages of dead loaders, which Python can no longer
    read (a dead weak proxy raises ReferenceError when touched)."""
    import gc
    import sys

    def packages() -> list[str]:
        return [n for n in list(sys.modules) if n.startswith("_jinja2_module_templates_")
                and "." not in n]

    assert run("report", "stoplicht", "--peildatum", "2023-01-01").code == 0
    before = packages()
    for _ in range(5):
        assert run("report", "handout", "--peildatum", "2023-01-01").code == 0
        gc.collect()
    assert packages() == before
    for name in packages():
        assert sys.modules[name].__name__ == name  # alive
