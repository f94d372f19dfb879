"""The Jinja environment every report template runs in: a sandbox, because templates are data.

A `templates/` folder can arrive in a pull request, so a template is as untrusted
as a data file. Jinja's (immutable) sandbox refuses attribute access to
internals (`__class__`, `__globals__`, `mro`, ...), calls of unsafe callables and
changes to the context; on top of it:

- what a template computes is bounded (bounds.py): a power, a string or list it
  makes (`*`, `+`, `~`, `%`, str.format, the filters that make text or lists, str
  methods such as center), the report itself, and the steps it takes (each round
  of a loop, each call, each item a filter or operator handles). The hooks for
  loops and `~` are in the code Jinja generates (_Generator);
- a template file that is a symbolic link to something outside its folder is
  not read (it could pull a private file into a report), and neither is one that is
  no regular file of its size (checked before a byte is read: atomic.read_regular).

Every refusal raises `SecurityError` (a `LimitError` for a bound); report/render.py turns it
into a Dutch message naming the template and the line.
"""

from __future__ import annotations

import os
import re
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import _PassArg

from pa_cli.report.bounds import (
    CALL_STEPS,
    CHARS_A_STEP,
    FILTERS,
    MAX_POWER,
    MAX_STEPS,
    LimitError,
    big,
    bounded_range,
    check_format,
    cost,
    dutch,
    lipsum,
    made,
    percent,
    str_method,
    text_of,
    too_long,
    too_many,
)

__all__ = ["Sandbox", "ConfinedLoader", "SecurityError", "LimitError", "dutch_security",
           "read_template"]

MAX_TEMPLATE = 5_000_000  # bytes; as large as a data file may be


class _Generator(CodeGenerator):
    """Jinja's code generator with two hooks: every `for` loop runs over `environment.rounds(...)`
    and every `~` joins through `environment.joined(...)`, so both count and check."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        self.__dict__.setdefault("_loop_iters", set()).add(id(node.iter))
        super().visit_For(node, frame)

    def visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> Any:
        if id(node) not in self.__dict__.get("_loop_iters", ()):
            return super().visit(node, *args, **kwargs)
        self.write("environment.rounds(")
        super().visit(node, *args, **kwargs)
        self.write(")")
        return None

    @optimizeconst
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        # as Jinja's, with the join and its parts handed to environment.joined
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.joined({join}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with bounded operators, filters, calls, loops and output."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _Generator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._safe: dict[tuple[type, str], bool] = {}
        self.steps = 0
        for name, check in FILTERS.items():
            self.filters[name] = self._bounded(name, self.filters[name], check)
        self.globals.update(lipsum=lipsum, range=bounded_range)

    # -- the step budget --

    def step(self, steps: int = 1) -> None:
        self.steps += steps
        if self.steps > MAX_STEPS:
            raise LimitError(f"meer dan {dutch(MAX_STEPS)} rekenstappen te doen (rondes van een "
                             "lus, aanroepen, bewerkte elementen en tekens)")

    def rounds(self, iterable: Any) -> Any:
        """The iterable of a for loop: its rounds are steps."""
        try:
            size = len(iterable)
        except TypeError:  # a generator, or anything without a length: count as it goes
            return self._counted(iterable)
        self.step(size)
        return iterable

    def _counted(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self.step()
            yield item

    def joined(self, join: Callable[[Iterable[Any]], str], parts: tuple[Any, ...]) -> str:
        """`a ~ b`: no list or dict written out past the bound, and the text made is checked."""
        for part in parts:
            if not isinstance(part, str):
                text_of(part)
        text = join(parts)
        self.step(made(text))
        return text

    def concat(self, parts: Iterable[str]) -> str:
        """Join output: of the report, a block, a macro or `{% set %}` (Jinja's "".join)."""
        if isinstance(parts, list):
            size = sum(map(len, parts))
            too_long(size)
            self.step(size // CHARS_A_STEP)
            return "".join(parts)
        out: list[str] = []
        size = 0
        it = iter(parts)
        while True:
            chunk = list(islice(it, 4096))
            if not chunk:
                break
            n = sum(map(len, chunk))
            size += n
            too_long(size)
            self.step(n // CHARS_A_STEP)
            out.append("".join(chunk))
        return "".join(out)

    def _bounded(self, name: str, f: Callable[..., Any], check: Callable[..., None]) -> Any:
        skip = 1 if _PassArg.from_obj(f) is not None else 0
        listed = name == "join"

        def bounded(*args: Any, **kwargs: Any) -> Any:
            if len(args) > skip:
                if listed and not hasattr(args[skip], "__len__"):  # its length, before joining
                    args = (*args[:skip], list(self.rounds(args[skip])), *args[skip + 1:])
                self.step(cost(args[skip]))
                check(*args[skip:], **kwargs)
            result = f(*args, **kwargs)
            self.step(made(result))
            return result

        bounded.__dict__.update(f.__dict__)  # keeps jinja_pass_arg
        bounded.__name__ = f.__name__
        return bounded

    # -- what the sandbox intercepts --

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Jinja's answer, asked once per type and attribute name: it depends on nothing else
        (isinstance tests and tests of the name), and a report reads the same few fields of
        the same few record types a thousand times. An object whose `__class__` is not its
        type is asked every time."""
        cls = type(obj)
        if obj.__class__ is not cls:
            return bool(super().is_safe_attribute(obj, attr, value))
        known = self._safe.get((cls, attr))
        if known is None:
            known = self._safe[(cls, attr)] = bool(super().is_safe_attribute(obj, attr, value))
        return known

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, (int, float)) and abs(right) > MAX_POWER:
            raise LimitError(f"een macht met exponent {right} te berekenen; de grens is "
                             f"{MAX_POWER}")
        if isinstance(left, int) and isinstance(right, int):
            if operator == "**" and right > 0:
                big(left.bit_length() * right)
            elif operator == "*":
                big(left.bit_length() + right.bit_length())
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                    (too_long if isinstance(seq, str) else too_many)(len(seq) * times)
        elif operator == "+":
            if isinstance(left, str) and isinstance(right, str):
                too_long(len(left) + len(right))
            elif isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
                too_many(len(left) + len(right))
        elif operator == "%" and isinstance(left, str):  # printf-style formatting
            percent(left, right)
        result = super().call_binop(context, operator, left, right)
        self.step(cost(result))
        return result

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        __self.step(CALL_STEPS)
        # a str method; str.format and format_map come wrapped by the sandbox (wrap_str_format)
        method = getattr(__obj, "__wrapped__", __obj)
        owner = getattr(method, "__self__", None)
        if isinstance(owner, str):
            name = getattr(method, "__name__", "")
            if name == "join" and args and not hasattr(args[0], "__len__"):
                args = (list(__self.rounds(args[0])), *args[1:])  # str.join makes a list anyway
            __self.step(cost(owner))
            if name == "format":
                check_format(owner, args, kwargs)
            elif name == "format_map":
                check_format(owner, (), args[0] if args else {})
            else:
                str_method(name, owner, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        __self.step(made(result))
        return result


class ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that reads no file outside its folder, also not through a symlink."""

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        import posixpath

        from jinja2.loaders import split_template_path

        pieces = split_template_path(template)
        for folder in self.searchpath:  # as jinja2's FileSystemLoader, but checked before reading
            filename = posixpath.join(folder, *pieces)
            if os.path.isfile(filename):
                break
        else:
            raise jinja2.TemplateNotFound(template)
        source = read_template(filename, folder)
        mtime = os.path.getmtime(filename)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(filename) == mtime
            except OSError:
                return False

        return source, os.path.normpath(filename), uptodate


def read_template(filename: str, folder: str) -> str:
    """The text of a template file in `folder`; SecurityError for one that links outside
    it or is no regular file of its size (nothing of it is read then)."""
    from pathlib import Path

    from pa_cli.yamlio.atomic import NotRegular, TooLarge, inside, read_regular

    if not inside(filename, folder):
        raise SecurityError(f"template {os.path.basename(filename)} links outside its folder")
    try:
        data = read_regular(Path(filename), MAX_TEMPLATE)
    except (NotRegular, TooLarge):
        raise SecurityError(f"template {os.path.basename(filename)} is no regular file") from None
    return data.decode("utf-8")


def dutch_security(e: SecurityError) -> str:
    """What a refused template tried, for the user (the template and line are added by render)."""
    text = str(e)
    if isinstance(e, LimitError):
        return (f"het sjabloon probeert {text}. Een sjabloon rekent begrensd (zie 'Veiligheid' "
                "in de handleiding, docs/veiligheid.md)")
    m = re.match(r"access to attribute '(.+?)' of '(.+?)' object is unsafe", text)
    if m:
        what = f"het veld '{m.group(1)}' van een {m.group(2)}-object"
    elif "links outside" in text:
        what = "een bestand buiten de sjabloonmap (via een symbolische link)"
    elif "no regular file" in text:
        what = "een bestand dat geen gewoon bestand is (zoals een systeembestand uit /proc)"
    else:
        what = f"iets wat niet mag ({text})"
    return (f"het sjabloon probeert {what} te gebruiken; dat mag niet. Een sjabloon kan alleen "
            "de rapportgegevens, de filters en de gewone Jinja-opdrachten gebruiken "
            "(zie 'Eigen sjablonen' in de handleiding, docs/sjablonen.md)")
