"""The Jinja environment every report template runs in: a sandbox, because templates are data.

A `templates/` folder can arrive in a pull request, so a template is as untrusted
as a data file. Jinja's (immutable) sandbox refuses attribute access to
internals (`__class__`, `__globals__`, `mro`, ...), calls of unsafe callables and
changes to the context; on top of it:

- a power or product that would take unbounded time or memory (`9**9**9`,
  `'x' * 10**10`) is refused;
- a template file that is a symbolic link to something outside its folder is
  not read (it could pull a private file into a report), and neither is one that is
  no regular file of its size (checked before a byte is read: atomic.read_regular).

Both refusals, and the sandbox's own, raise `SecurityError`; render.py turns it
into a Dutch message naming the template and the line.
"""

from __future__ import annotations

import os
from typing import Any, Callable

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

__all__ = ["Sandbox", "ConfinedLoader", "SecurityError", "dutch_security", "read_template"]

MAX_TEMPLATE = 5_000_000  # bytes; as large as a data file may be
MAX_POWER = 64  # largest exponent; no report needs more
MAX_REPEAT = 100_000  # longest string or list made by '*'


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with bounded '*' and '**'."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._safe: dict[tuple[type, str], bool] = {}

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
            raise SecurityError(f"power {right} is too large")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (isinstance(seq, (str, list, tuple)) and isinstance(times, int)
                        and len(seq) * times > MAX_REPEAT):
                    raise SecurityError(f"repeat of {len(seq) * times} items is too large")
        return super().call_binop(context, operator, left, right)


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
    import re

    text = str(e)
    m = re.match(r"access to attribute '(.+?)' of '(.+?)' object is unsafe", text)
    if m:
        what = f"het veld '{m.group(1)}' van een {m.group(2)}-object"
    elif "is too large" in text:
        what = "een berekening die onbegrensd veel tijd of geheugen kost"
    elif "links outside" in text:
        what = "een bestand buiten de sjabloonmap (via een symbolische link)"
    elif "no regular file" in text:
        what = "een bestand dat geen gewoon bestand is (zoals een systeembestand uit /proc)"
    elif "range too big" in text:
        what = "een te lange range()"
    else:
        what = f"iets wat niet mag ({text})"
    return (f"het sjabloon probeert {what} te gebruiken; dat mag niet. Een sjabloon kan alleen "
            "de rapportgegevens, de filters en de gewone Jinja-opdrachten gebruiken "
            "(zie 'Eigen sjablonen' in de README)")
