"""The built-in report templates, compiled ahead of time and shipped with pa.

Compiling Jinja templates (lexing, parsing, generating and compiling Python) is most of
what `pa report` costs beyond reading the data. So the built-in templates are shipped twice:
as the .j2 sources and as the Python modules Jinja makes of them, in templates/_compiled/
with a manifest of the SHA-256 of each source (`write` makes them; the golden-file test
checks they are current and rewrites them with PA_UPDATE_GOLDEN=1).

A built-in template is loaded from its module only when the source beside it still has the
recorded digest and Jinja is the recorded version; otherwise it is compiled from the source.
These modules are part of pa, like its other code. A werkgroep's own template that is a copy
of a built-in one loads the built-in's module; any other is compiled once and kept in pa's
private cache (`own_code`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import jinja2

from pa_cli.report.sandbox import ConfinedLoader

__all__ = ["COMPILED", "BuiltinLoader", "OwnLoader", "write"]

COMPILED = "_compiled"
_MANIFEST = "manifest.json"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# One ModuleLoader per folder and manifest for the life of the process. Jinja's ModuleLoader
# puts a weak proxy of its package into sys.modules, named after the loader's id(); a new loader
# per report (as in a test run or any long-lived process) leaves the compiled modules of dead
# packages in sys.modules, and a later loader can be given the same id. A new manifest (the
# templates were compiled again) gets a new loader, so no module of an older compile is reused.
_LOADERS: dict[tuple[str, str], Any] = {}


def _module_loader(folder: Path, manifest: str) -> Any:
    key = (str(folder), manifest)
    if key not in _LOADERS:
        _LOADERS[key] = jinja2.ModuleLoader(str(folder))
    return _LOADERS[key]


class BuiltinLoader(ConfinedLoader):
    """The built-in templates: from their compiled module while it matches the source."""

    def __init__(self, directory: Path) -> None:
        super().__init__(str(directory))
        self.directory = directory
        try:
            text = (directory / COMPILED / _MANIFEST).read_text(encoding="utf-8")
            manifest = json.loads(text)
        except (OSError, ValueError):
            text, manifest = "", {}
        self.modules = _module_loader(directory / COMPILED, text)
        current = isinstance(manifest, dict) and manifest.get("jinja2") == jinja2.__version__
        self.digests: dict[str, str] = manifest.get("sjablonen", {}) if current else {}

    def load(self, environment: Any, name: str, globals: Any = None) -> Any:
        recorded = self.digests.get(name)
        if recorded:
            try:
                same = _digest((self.directory / name).read_bytes()) == recorded
            except OSError:
                same = False
            if same:
                return self.modules.load(environment, name, globals)
        return super().load(environment, name, globals)

    def compiled(self, environment: Any, name: str, source: str, globals: Any = None) -> Any:
        """The compiled built-in template `name` when `source` is exactly its text, else None."""
        recorded = self.digests.get(name)
        if recorded and _digest(source.encode("utf-8")) == recorded:
            return self.modules.load(environment, name, globals)
        return None


class OwnLoader(ConfinedLoader):
    """A werkgroep's own templates. One that is a copy of a built-in template (as the
    templates/ of a data repository cloned from pa's is) loads from the built-in's compiled
    module instead of being compiled on every run; any other is compiled as usual."""

    def __init__(self, directory: Path, builtin: BuiltinLoader) -> None:
        super().__init__(str(directory))
        self.builtin = builtin

    def load(self, environment: Any, name: str, globals: Any = None) -> Any:
        source, filename, uptodate = self.get_source(environment, name)  # else: next loader
        found = self.builtin.compiled(environment, name, source, globals)
        if found is not None:
            return found
        code = compile(own_code(environment, name, filename, source), filename, "exec")
        return environment.template_class.from_code(environment, code, globals, uptodate)


def own_code(environment: Any, name: str, filename: str, source: str) -> str:
    """The Python that Jinja makes of a werkgroep's own template: compiled once and kept in
    pa's private cache (load/cache.py: a folder and files of the user's own that nobody else
    can write), under a SHA-256 of the template's text, its name, Jinja's version and pa's
    code (the sandbox and its bounds are part of what is generated). A changed template,
    Jinja or pa compiles anew; PA_NO_CACHE=1 compiles every time."""
    from pa_cli.load import cache

    h = hashlib.sha256(b"pa-sjabloon-1\0" + jinja2.__version__.encode() + b"\0")
    h.update(cache.code_digest() + name.encode("utf-8") + b"\0" + source.encode("utf-8"))
    key = h.hexdigest() + ".py"
    kept = cache.get_blob("sjablonen", key)
    if kept is not None:
        try:
            return kept.decode("utf-8")
        except UnicodeDecodeError:
            pass
    code = environment.compile(source, name, filename, raw=True)
    cache.put_blob("sjablonen", key, code.encode("utf-8"))
    return str(code)


def write(source: Path, target: Path, environment: Any) -> None:
    """Compile every template in `source` with `environment` into `target` (replaced)."""
    names = sorted(p.name for p in source.glob("*.j2"))
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in names:
        text = (source / name).read_text(encoding="utf-8")
        code = environment.compile(text, name, None, raw=True, defer_init=True)
        (target / jinja2.ModuleLoader.get_module_filename(name)).write_text(
            code, encoding="utf-8", newline="\n")
    manifest = {"jinja2": jinja2.__version__,
                "sjablonen": {n: _digest((source / n).read_bytes()) for n in names}}
    (target / _MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n",
                                    encoding="utf-8", newline="\n")
