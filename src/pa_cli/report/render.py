"""Render stage: Jinja2 templates to Markdown and HTML, and HTML to PDF with headless Chromium.

Templates are found, in this order, in --templates DIR, in a `templates/` beside the
data directory, and in the templates shipped with pa (also reachable as `pa/NAME`,
so a werkgroep's own template can extend the built-in one it replaces). pa's base
(`base.html.j2`, `base.md.j2`) cannot be replaced: an own base would change every
built-in report at once, so a folder that holds one is refused.

Every template, built-in or not, runs in Jinja's sandbox (report/sandbox.py): a template
from a pull request can read the report's context and nothing else.

Escaping is on for every report template, whatever its file name:
- HTML templates (`*.html.j2`): values are HTML-escaped, as usual.
- Markdown templates (`*.md.j2`): values are Markdown-escaped by `finalize` (no pipes,
  newlines, backticks or markup survive), so a table stays a table whatever the data
  holds. Template text and the output of blocks and macros are not escaped twice.
In both, `{{ x|safe }}` opts out and None prints as nothing. StrictUndefined makes
a misspelt name an error that names the template and the line.

jinja2 is imported here only, so commands other than `pa report` do not pay for it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from pa_cli.base.exits import UsageProblem
from pa_cli.base.fmt import dagen, datum_kort, datum_nl, getal, md_cell, shorten
from pa_cli.base.safe_text import inline, multi_line, one_line
from pa_cli.base.struct import Struct
from pa_cli.load.dataset import DataDirError, display_path, find_data_dir
from pa_cli.report.problem import ReportProblem

__all__ = ["TEXT_FORMATS", "ReportInfo", "builtin_dir", "template_dirs", "environment",
           "reports", "list_reports", "template_name", "render"]

TEXT_FORMATS = ("md", "html")
_REPORT_FILE = re.compile(r"([A-Za-z0-9][\w-]*)\.(md|html)\.j2")
_DESCRIPTION = r"\{#\s*beschrijving:\s*(.*?)\s*-?#\}"  # for --list only: compiled on use
BUILTIN_PREFIX = "pa"


def builtin_dir() -> Path:
    """The templates shipped with pa (the top-level templates/ of the source tree)."""
    import pa_cli.templates  # not importlib.resources: that imports zipfile, for nothing here

    return Path(pa_cli.templates.__file__).parent


def template_dirs(option: Path | None, data_dir: Path | None) -> list[Path]:
    """Where templates are looked up, first match wins; the built-in directory is last."""
    dirs: list[Path] = []
    if option is not None:
        if not option.is_dir():
            raise UsageProblem(f"map '{option}' (--templates) bestaat niet of is geen map")
        dirs.append(option)
    if data_dir is not None:
        beside = data_dir.resolve().parent / "templates"
        if beside.is_dir():
            _check_in_repository(beside, data_dir)
            dirs.append(beside)
    builtin = builtin_dir()
    seen = {builtin.resolve()}
    out = []
    for d in dirs:
        if d.resolve() not in seen:
            seen.add(d.resolve())
            _refuse_own_base(d)
            out.append(d)
    return [*out, builtin]


def _check_in_repository(templates: Path, data_dir: Path) -> None:
    """A templates/ beside the data arrives with it: it must not lead out of the repository."""
    from pa_cli.yamlio.atomic import inside, repository_root

    root = repository_root(data_dir)
    if not inside(templates, root):
        raise ReportProblem(f"{display_path(templates)} leidt via een symbolische link naar een "
                            f"map buiten de repository ({root}); pa leest daar geen sjablonen. "
                            "Vervang de link door de map zelf, of geef de map met --templates")


BASES = ("base.html.j2", "base.md.j2")


def _refuse_own_base(folder: Path) -> None:
    """A werkgroep's folder may add reports and replace one, not pa's base of them all (also
    not as Base.html.j2, which a case-insensitive file system would find under that name)."""
    try:
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return  # an unreadable folder: the loader says so when it looks for a template there
    for name in names:
        if name in BASES and _same_as_builtin(folder / name):
            continue  # a copy of pa's own base (the templates/ of a clone of pa's repository)
        if name.lower() in BASES:
            fmt = name.lower().split(".")[1]
            raise ReportProblem(
                f"sjabloon {display_path(folder / name)} zou de basisopmaak van pa vervangen, en "
                "daarmee die van elk ingebouwd rapport; dat mag niet. Een eigen sjabloon voegt "
                "een rapport toe of vervangt er één, en bouwt voort op de basis van pa "
                f'({{% extends "base.{fmt}.j2" %}}); geef een eigen basis een andere naam, '
                f"zoals _basis.{fmt}.j2")


def _same_as_builtin(path: Path) -> bool:
    """Whether a file is byte for byte the built-in template of its name (read as any
    template is: a regular file inside its folder, of bounded size)."""
    from pa_cli.report.sandbox import SecurityError, read_template

    try:
        return read_template(str(path), str(path.parent)).encode("utf-8") == (
            builtin_dir() / path.name).read_bytes()
    except (SecurityError, OSError, UnicodeDecodeError):
        return False


# -- the environment -----------------------------------------------------------------------------

def _is_markdown(name: str | None) -> bool:
    return bool(name) and ".md" in name  # type: ignore[operator]


def _autoescape(name: str | None) -> bool:
    # not select_autoescape(["html"]): that looks at the last suffix only, and *.html.j2 ends in .j2
    return bool(name) and (".html" in name or ".md" in name)  # type: ignore[operator]


def environment(dirs: list[Path], precompiled: bool = True) -> Any:
    """The sandboxed environment (see report/sandbox.py) with pa's filters and escaping. The
    built-in templates (the last directory) load from their compiled modules (report/precompiled.py)
    unless `precompiled` is False."""
    import jinja2
    from markupsafe import Markup

    from pa_cli.report.bounds import MD_CHARS_A_STEP, text_of
    from pa_cli.report.precompiled import BuiltinLoader, OwnLoader
    from pa_cli.report.sandbox import ConfinedLoader, Sandbox

    @jinja2.pass_context
    def finalize(context: Any, value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, (list, tuple, dict, set, frozenset)):
            text_of(value)  # a list printed is written out: not past the bound
        if _is_markdown(context.name):
            return md(value)  # then autoescape leaves the Markup alone
        return value

    builtin = BuiltinLoader(dirs[-1]) if precompiled else ConfinedLoader(str(dirs[-1]))
    own = [OwnLoader(d, builtin) if isinstance(builtin, BuiltinLoader) else ConfinedLoader(str(d))
           for d in dirs[:-1]]
    loader = jinja2.ChoiceLoader([
        *own, builtin,
        jinja2.PrefixLoader({BUILTIN_PREFIX: builtin}),
    ])
    env = Sandbox(loader=loader, undefined=jinja2.StrictUndefined, autoescape=_autoescape,
                  finalize=finalize, trim_blocks=True, lstrip_blocks=True,
                  keep_trailing_newline=True, auto_reload=False)

    def md(value: Any) -> Markup:
        """Text fit for a Markdown table cell (already escaped values stay as they are)."""
        if isinstance(value, Markup):
            return value
        text = str(value)
        if len(text) >= MD_CHARS_A_STEP:  # pa's own escaping, slower than Jinja's: steps
            env.step(len(text) // MD_CHARS_A_STEP)
        core = md_cell(text)  # one line, markup escaped; keep one space at either end
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() and core else ""
        return Markup(lead + core + trail)

    env.filters.update({
        "datum": datum_nl,
        "datum_kort": datum_kort,
        "dagen": dagen,
        "getal": getal,  # 1.234 and 82,5, as the monitor writes them
        "kort": lambda text, width=120: shorten(text, width),
        "md": md,
    })
    return env


# -- the reports there are -----------------------------------------------------------------------

class ReportInfo(Struct):
    naam: str
    formaten: list[str]  # md, html, and pdf where there is html
    beschrijving: str
    eigen: bool  # at least one format comes from the werkgroep's own templates
    bron: str  # the directory of the own template, for --list


def _description(path: Path) -> str:
    from pa_cli.report.sandbox import SecurityError, read_template

    try:
        head = read_template(str(path), str(path.parent))[:2000]
    except (OSError, UnicodeDecodeError, SecurityError):
        return "(onleesbaar sjabloon)"
    m = re.match(_DESCRIPTION, head.lstrip(), re.S)
    return inline(m.group(1)) if m else "(geen beschrijving)"


def _found(dirs: list[Path]) -> dict[str, dict[str, Path]]:
    found: dict[str, dict[str, Path]] = {}
    for d in dirs:
        for p in sorted(d.glob("*.j2")):
            m = _REPORT_FILE.fullmatch(p.name)
            if not m or m.group(1) == "base":
                continue
            found.setdefault(m.group(1), {}).setdefault(m.group(2), p)
    return found


def reports(dirs: list[Path]) -> list[ReportInfo]:
    """Every report: a file NAME.md.j2 or NAME.html.j2 (not base, not starting with _)."""
    builtin = dirs[-1]
    out = []
    for naam, paths in sorted(_found(dirs).items()):
        formats = [f for f in TEXT_FORMATS if f in paths]
        if "html" in paths:
            formats.append("pdf")
        main = paths.get("html") or paths["md"]
        own = [p for p in paths.values() if p.parent != builtin]
        out.append(ReportInfo(naam, formats, _description(main), bool(own),
                              display_path(own[0].parent) if own else ""))
    return out


def template_name(dirs: list[Path], naam: str, fmt: str) -> str:
    """The template for report NAAM in a text format; exit 2 with the choices otherwise."""
    found = _found(dirs)
    if naam not in found:
        raise UsageProblem(f"rapport '{naam}' bestaat niet; kies uit: " + ", ".join(sorted(found))
                           + " (pa report --list toont ze met uitleg)")
    if fmt not in found[naam]:
        have = ", ".join(f for f in TEXT_FORMATS if f in found[naam])
        raise UsageProblem(f"rapport '{naam}' heeft geen {fmt}-sjabloon ({naam}.{fmt}.j2); "
                           f"wel: {have}")
    return f"{naam}.{fmt}.j2"


def _data_dir(option: Path | None) -> Path | None:
    try:
        return find_data_dir(str(option) if option else None)
    except DataDirError:
        if option:
            raise
        return None


def list_reports(templates: Path | None, data: Path | None) -> str:
    """`pa report --list`: one line per report, built-in and the werkgroep's own."""
    dirs = template_dirs(templates, _data_dir(data))
    infos = reports(dirs)
    width = max(len(i.naam) for i in infos)
    fwidth = max(len(", ".join(i.formaten)) for i in infos)
    lines = []
    for i in infos:
        own = f" (eigen sjabloon: {inline(i.bron)})" if i.eigen else ""
        lines.append(f"{i.naam.ljust(width)}  {', '.join(i.formaten).ljust(fwidth)}  "
                     f"{i.beschrijving}{own}")
    return "\n".join(lines)


# -- rendering -----------------------------------------------------------------------------------

def render(dirs: list[Path], name: str, variables: dict[str, Any]) -> str:
    """The template filled in; a mistake in a template is a ReportProblem naming file and line."""
    try:
        text = _fill(environment(dirs), dirs, name, variables, again=True)
    except _Compiled:
        # a compiled built-in template runs as a Python module, so a mistake in it names no .j2
        # file and line: fill in once more from the sources, which names it (or raises it). A
        # mistake that names its .j2 file is reported at once: the template runs only once.
        text = _fill(environment(dirs, precompiled=False), dirs, name, variables, again=False)
    if _is_markdown(name):
        text = re.sub(r"\n\s*\n(\s*\n)+", "\n\n", text.strip("\n")) + "\n"
    # a template from a pull request is text too: no control of it reaches a terminal, and no
    # line of it is a workflow command in a CI log (values were escaped when filled in)
    return multi_line(text, keep_tabs=True)


class _Compiled(Exception):
    """A template failed where no .j2 file and line can be named (in a compiled module)."""


def _fill(env: Any, dirs: list[Path], name: str, variables: dict[str, Any], again: bool) -> str:
    import jinja2

    from pa_cli.report.bounds import MAX_MEMORY, LimitError, limited
    from pa_cli.report.sandbox import SecurityError, dutch_security

    template = None
    try:
        with limited():  # time and memory, whatever the template does (bounds.py)
            template = env.get_template(name)
            text = str(template.render(variables))
    except MemoryError as e:
        where = _where(*(_template_frame(e) or (_file(template, name), None)))
        size = f"{MAX_MEMORY >> 30} GB" if MAX_MEMORY % (1 << 30) == 0 else f"{MAX_MEMORY >> 20} MB"
        too_much = LimitError(f"meer dan {size} geheugen te gebruiken")
        raise ReportProblem(f"sjabloonfout in {where}: {dutch_security(too_much)}") from None
    except SecurityError as e:  # the sandbox refused: never the user's data, always the template
        frame = _template_frame(e)
        if frame is None and again and not isinstance(e, LimitError):
            raise _Compiled from e
        where = _where(*(frame or (_file(template, name), None)))
        raise ReportProblem(f"sjabloonfout in {where}: {one_line(dutch_security(e))}") from None
    except jinja2.TemplateSyntaxError as e:
        where = _where(e.filename or e.name, e.lineno)
        raise ReportProblem(f"sjabloonfout in {where}: syntaxfout (Jinja: "
                            f"{one_line(str(e.message))})") from None
    except jinja2.TemplateNotFound as e:
        raise ReportProblem(f"sjabloon '{one_line(str(e.name))}' niet gevonden; gezocht in: "
                            + ", ".join(display_path(d) for d in dirs)) from None
    except Exception as e:  # an error raised while a template runs is the template's
        frame = _template_frame(e)
        if frame is None:
            if again:
                raise _Compiled from e
            raise
        raise ReportProblem(f"sjabloonfout in {_where(*frame)}: {one_line(_dutch(e))}") from None
    return text


def _file(template: Any, name: str) -> str:
    """The file of a template, for a message about it (its name if it has no file)."""
    return getattr(template, "filename", None) or name


def _template_frame(e: BaseException) -> tuple[str, int] | None:
    import traceback

    from pa_cli.report.bounds import is_template_file

    frames = [f for f in traceback.extract_tb(e.__traceback__) if is_template_file(f.filename)]
    return (frames[-1].filename, frames[-1].lineno or 0) if frames else None


def _where(filename: str | None, line: int | None) -> str:
    shown = display_path(Path(filename)) if filename and os.sep in filename else filename
    return one_line(f"{shown}, regel {line}" if line else str(shown))


def _dutch(e: Exception) -> str:
    text = str(e)
    m = re.fullmatch(r"'(.+)' is undefined", text)
    if m:
        return (f"'{m.group(1)}' bestaat niet in de context (zie 'Eigen sjablonen' in de "
                "handleiding, docs/sjablonen.md)")
    m = re.fullmatch(r"'(?:[\w.]+\.)?(\w+)(?: object)?' has no attribute '(.+)'", text)
    if m:
        return f"'{m.group(1)}' heeft geen veld '{m.group(2)}'"
    if isinstance(e, RecursionError):
        return ("een macro of loop() roept zichzelf te vaak aan (recursie zonder einde, of "
                "te diep)")
    return f"{type(e).__name__}: {text}"
