"""The package by stage: one folder a stage, and modules that stand one above the other.

`make lint` checks that every import points down a stage (import-linter, pyproject.toml);
these tests add what a layers contract does not see: no circle of imports inside a stage,
and a folder list that shows the pipeline.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "pa_cli"


def _module(path: Path, src: Path) -> str:
    parts = path.relative_to(src).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Every pa_cli module and the pa_cli modules it imports, lazy imports included."""
    modules = {_module(p, root.parent): p for p in root.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                    + ([base] if base else []))
                targets = [f"{base}.{a.name}" for a in node.names] + [base]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                if target in modules and target != name and not modules[target].name.startswith(
                        "__init__"):
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_imports_itself_back_through_others():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_sees_a_circle(tmp_path: Path):
    """The test above can fail: two modules that import each other, one lazily, are a circle."""
    pkg = tmp_path / "pa_cli"
    (pkg / "check").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "check" / "__init__.py").write_text('"""x"""\n')
    (pkg / "check" / "a.py").write_text("from pa_cli.check import b\n")
    (pkg / "check" / "b.py").write_text("def f():\n    from . import a\n")
    (pkg / "check" / "c.py").write_text("from pa_cli.check.b import f\n")
    assert cycles(import_graph(pkg)) == [["pa_cli.check.a", "pa_cli.check.b"]]


def test_every_stage_is_a_folder_that_says_what_belongs_there():
    """The folder list shows the pipeline: each stage of the layers contract is a folder whose
    __init__.py holds one line saying what belongs there, and no module lies outside them."""
    config = tomllib.loads((SRC.parent / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    stages = [s.strip().removeprefix("pa_cli.") for layer in contract["layers"]
              for s in layer.split("|")]
    folders = sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert folders == sorted(stages)
    for stage in stages:
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text()))
        assert doc and "\n" not in doc, stage
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py"]


def test_every_folder_with_python_is_a_listed_package():
    """setuptools warns (and a later version will fail) when a folder with modules, such as
    templates/_compiled, is shipped as data instead of as a package of its own."""
    config = tomllib.loads((SRC.parent / "pyproject.toml").read_text(encoding="utf-8"))
    setup = config["tool"]["setuptools"]
    roots = {"pa_cli": PACKAGE, **{name: SRC.parent / folder
                                   for name, folder in setup["package-dir"].items() if name}}
    found = set()
    for name, folder in roots.items():
        for sub in [folder, *folder.rglob("*")]:
            if sub.is_dir() and sub.name != "__pycache__" and any(sub.glob("*.py")):
                found.add(".".join([name, *sub.relative_to(folder).parts]))
    assert sorted(setup["packages"]) == sorted(found)
