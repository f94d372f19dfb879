"""How pa writes a text into YAML: one readable style for every text, so diffs look alike.

- plain, without quotes, when the text is one line that YAML reads back as exactly that text,
  in YAML 1.2 and in YAML 1.1 alike (PyYAML and many editors and CI tools read `yes`, `on`,
  `n`, `1:20` or `0b1` bare as a boolean or a number);
- a literal block `|-` when it has several lines, none with spaces at its end (editors
  drop them), the first not starting with a space, and the text not ending in a newline;
- otherwise one double-quoted line, with escapes such as `\\"` and `\\n` where needed.

Never single quotes, and never a quoted text folded over several lines. Whether a style
holds a text is not guessed: the text is written in that style and read back with pa's
own reader (yamlread), which must give exactly the text.
"""

from __future__ import annotations

import functools
import io
from typing import Any

__all__ = ["styled", "style_of", "checked_style"]


def styled(text: str) -> Any:
    """The text wrapped so that ruamel.yaml writes it in pa's style."""
    from ruamel.yaml.scalarstring import (
        DoubleQuotedScalarString,
        LiteralScalarString,
        PlainScalarString,
    )

    style = style_of(text)
    if style == "plain":
        return PlainScalarString(text)
    if style == "|":
        return LiteralScalarString(text)
    return DoubleQuotedScalarString(text)


@functools.lru_cache(maxsize=64)
def style_of(text: str) -> str:
    """'plain', '|' (literal block) or '"' (double-quoted): the style pa writes the text in.

    The common texts are decided without writing them (`pa import` styles thousands): a line of
    printable characters that starts with a letter or digit, holds no ':' or '#' and reads as
    text in YAML 1.1 and 1.2 is plain; lines like that (any printable start but a space) are a
    literal block. A property test checks that this gives what writing and reading back gives.
    """
    if _plain_for_sure(text):
        return "plain"
    if "\n" in text and text[:1].strip() and text[-1:].strip() and all(
            _printable(ln) and ln == ln.rstrip() for ln in text.split("\n")):
        return "|"
    return checked_style(text)


def _printable(line: str) -> bool:
    return line.isprintable() and "\ufeff" not in line


def _plain_for_sure(text: str) -> bool:
    return (bool(text) and text[0].isalnum() and text == text.rstrip() and _printable(text)
            and ":" not in text and "#" not in text and _reads_as_text(text))


def checked_style(text: str) -> str:
    """style_of, found by writing the text in a style and reading it back."""
    from ruamel.yaml.scalarstring import LiteralScalarString, PlainScalarString

    if "\n" in text:
        lines = text.split("\n")
        if (lines[-1] and not text[0].isspace() and all(ln == ln.rstrip() for ln in lines)
                and _holds(LiteralScalarString(text), "|")):
            return "|"
    elif _reads_as_text(text) and _holds(PlainScalarString(text), "plain"):
        return "plain"
    return '"'


_STR = "tag:yaml.org,2002:str"


@functools.lru_cache(maxsize=1)
def _resolvers() -> tuple[Any, ...]:
    from ruamel.yaml.resolver import VersionedResolver

    return tuple(VersionedResolver(version=v) for v in ((1, 1), (1, 2)))


def _reads_as_text(text: str) -> bool:
    """Do the YAML 1.1 and 1.2 resolvers both take the text, written bare, for a string?"""
    from ruamel.yaml.nodes import ScalarNode

    plain = (True, False)
    return all(r.resolve(ScalarNode, text, plain) == _STR for r in _resolvers())


def _holds(value: Any, style: str) -> bool:
    """Does ruamel.yaml write the value in this style, and does pa read back the same text?"""
    from ruamel.yaml import YAML

    from pa_cli.yamlio.read import read_text

    y = YAML()
    y.width = 1_000_000  # never re-wrap a line
    buf = io.StringIO()
    y.dump({"k": value}, buf)
    out = buf.getvalue()
    first = out[3:4]
    written = "plain" if first not in ("|", '"', "'", ">") else first
    if written != style:
        return False
    tree, problems = read_text("", out)
    return not problems and tree is not None and tree.get("k") == str(value)
