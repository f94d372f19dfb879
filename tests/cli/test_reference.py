"""The generated reference of the manual is pa's own: its help and its registry of PA codes."""

from __future__ import annotations

import ast
import importlib.util
import re

import pytest

from conftest import REPO
from pa_cli.base.codes import CODES
from pa_cli.base.problems import FOUT, WAARSCHUWING

SRC = REPO / "src" / "pa_cli"
REGISTRY = SRC / "base" / "codes.py"
CODE = re.compile(r"\bPA\d{3}\b")


def _generator():
    path = REPO / "docs" / "gen_reference.py"
    spec = importlib.util.spec_from_file_location("gen_reference", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()


@pytest.mark.parametrize("path", list(GEN.PAGES), ids=lambda p: p.name)
def test_generated_pages_are_what_pa_says(path):
    """docs/referentie/opdrachten.md and codes.md are, byte for byte, what the generator makes
    from pa's help and registry now: run `.venv/bin/python docs/gen_reference.py` after a change."""
    assert path.read_bytes() == GEN.PAGES[path]().encode("utf-8"), (
        f"{path.name} is out of date: run .venv/bin/python docs/gen_reference.py")


def test_the_command_reference_has_every_command_and_option():
    """Each command of pa, with each of its options, is in the generated reference."""
    import typer

    from pa_cli.cli.typer_app import app

    text = (REPO / "docs" / "referentie" / "opdrachten.md").read_text(encoding="utf-8")
    root = typer.main.get_command(app)
    for name, cmd in root.commands.items():  # type: ignore[attr-defined]
        subs = getattr(cmd, "commands", {name: cmd})
        for sub_name, sub in subs.items():
            words = name if sub is cmd else f"{name} {sub_name}"
            section = text.split(f"\n## pa {words}\n", 1)[1].split("\n## ", 1)[0]
            for param in sub.params:
                for opt in param.opts:
                    if opt.startswith("-"):
                        assert opt in section, f"pa {words}: {opt}"


def _source_files():
    templates = sorted((REPO / "templates").glob("*.j2"))
    return [p for p in SRC.rglob("*.py") if p != REGISTRY] + templates


def test_every_code_in_the_source_is_in_the_registry():
    """A PA code pa can report (or names in a message) has its line in base/codes.py, and the
    registry holds no code that pa no longer uses."""
    used = {c for p in _source_files() for c in CODE.findall(p.read_text(encoding="utf-8"))}
    assert used - set(CODES) == set(), "add these to src/pa_cli/base/codes.py"
    assert set(CODES) - used == set(), "no longer used: remove from src/pa_cli/base/codes.py"


def _severities():
    """(code, severity, place) for each call in the source that gives a code and its severity:
    FOUT or WAARSCHUWING among the arguments, or a helper that always reports an error."""
    always_fout = {"err", "error"}  # yamlio/build.py err(), model/schema.py Context.error()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            args = [*node.args, *(k.value for k in node.keywords)]
            codes = [a.value for a in args if isinstance(a, ast.Constant)
                     and isinstance(a.value, str) and CODE.fullmatch(a.value)]
            names = {a.id for a in args if isinstance(a, ast.Name)}
            given = names & {"FOUT", "WAARSCHUWING"}
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if not given and called in always_fout:
                given = {"FOUT"}
            for code in codes:
                for severity in given:
                    yield code, {"FOUT": FOUT, "WAARSCHUWING": WAARSCHUWING}[severity], \
                        f"{path.relative_to(REPO)}:{node.lineno}"


def test_the_registry_gives_the_severity_the_source_gives():
    """Where the source says a code is a fout or a waarschuwing, the registry says so too."""
    seen = list(_severities())
    assert len({code for code, _, _ in seen}) > 40  # the check reads the calls it should
    wrong = [(code, severity, where) for code, severity, where in seen
             if severity not in CODES[code].ernst]
    assert wrong == []


def test_the_registry_is_well_formed():
    """Codes in order, each with a severity and one line of text."""
    assert list(CODES) == sorted(CODES)
    for code, entry in CODES.items():
        assert entry.code == code and re.fullmatch(r"PA\d{3}", code)
        assert entry.ernst and set(entry.ernst) <= {FOUT, WAARSCHUWING}
        assert entry.wat.strip() and "\n" not in entry.wat


def test_every_code_the_docs_name_exists():
    """The README and the manual name only codes pa has."""
    for page in [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]:
        named = set(CODE.findall(page.read_text(encoding="utf-8")))
        assert named - set(CODES) == set(), page.name
