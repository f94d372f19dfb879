"""Lines of YAML written as pa writes its data: for files pa makes (`pa agenda nieuw`, `pa import`).

`scalar` is a text as a value in pa's one style (yamlio/style.py: plain where it can, quoted
where it must, a block for several lines); `flow_item` a name in a `[Gemeente, Corporaties]`
list.
"""

from __future__ import annotations

import io
import json
import re

__all__ = ["scalar", "ruamel_scalar", "flow_item"]


def scalar(text: str, indent: int) -> str:
    """The text as a YAML value in pa's one style (yamlio/style.py), block lines at `indent`.

    Plain and literal-block texts are written here as ruamel.yaml writes them (a test compares
    the two); a double-quoted one, with its escapes, by ruamel.yaml itself."""
    style = _style(text)
    if style == "plain":
        return text
    if style == "|":
        pad = " " * indent
        return "\n".join(["|-"] + [pad + ln if ln else "" for ln in text.split("\n")])
    return ruamel_scalar(text, indent)


def _style(text: str) -> str:
    """pa's style (yamlio/style.py), but one double-quoted line for a text with a line that
    starts with '::': in a block that line would stand alone in the file, and pa prints every
    such line with a backslash (safe_text.no_commands, no workflow commands in CI), so the YAML
    that `pa import --droog` prints would not be the YAML it writes."""
    from pa_cli.yamlio.style import style_of

    style = style_of(text)
    if style == "|" and any(line.lstrip().startswith("::") for line in text.split("\n")):
        return '"'
    return style


def ruamel_scalar(text: str, indent: int) -> str:
    """scalar() as ruamel.yaml writes it, in pa's style (yamlio/style.styled)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    from pa_cli.yamlio.style import styled

    y = YAML()
    y.width = 1_000_000  # never re-wrap a line
    buf = io.StringIO()
    y.dump({"k": DoubleQuotedScalarString(text) if _style(text) == '"' else styled(text)}, buf)
    first, *rest = buf.getvalue()[len("k: "):].rstrip("\n").split("\n")
    pad = " " * indent
    return "\n".join([first] + [pad + ln[2:] if ln else "" for ln in rest])


def flow_item(name: str) -> str:
    return name if re.fullmatch(r"[^\W\d][\w .'-]*", name) and name == name.strip() else (
        json.dumps(name, ensure_ascii=False))
