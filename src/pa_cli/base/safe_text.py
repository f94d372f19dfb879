"""Text from the data, made safe for where pa prints it: a terminal, a CI log, a spreadsheet.

Data files, templates and git history arrive in pull requests. What pa prints from them is
shown, never obeyed, wherever it lands:

- a terminal obeys escape sequences (ESC, the C1 controls) and shows text reordered by bidi
  overrides (U+202E): `one_line` and `inline` show such characters as escapes (`\\x1b`,
  `\\u202e`), so a value quoted in a message or put in a table cell stays on its line;
- a CI log obeys a workflow command on a line of its own (GitHub Actions reads `::add-mask::`
  or `::error ...::` at the start of a line, after any spaces, and `##[error]` anywhere in it):
  `no_commands` makes such a line inert, for output where text from the data may start a
  line (a multi-line toelichting, a wrapped paragraph, a cell of a CSV);
- a spreadsheet obeys a formula in a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR
  (`=HYPERLINK(...)`, DDE): `spreadsheet_cell` makes such a cell text, as OWASP advises;
- JSON is written with `json_text`, which also escapes what json.dumps leaves raw (the C1
  controls, bidi controls, U+2028/U+2029): the same data, nothing for a terminal to obey.

This module imports nothing of pa, so every stage can use it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BIDI", "one_line", "inline", "multi_line", "no_commands", "spreadsheet_cell",
           "json_text"]

# The bidi controls that reorder text where they are not seen (Trojan Source): the
# embeddings and overrides, the isolates, and the marks.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_ESCAPES: dict[int, str] = {i: f"\\x{i:02x}" for i in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
_ESCAPES.update({0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"})
_ESCAPES.update({ord(c): f"\\u{ord(c):04x}" for c in "\u2028\u2029" + BIDI})
_KEEP_NEWLINES = {k: v for k, v in _ESCAPES.items() if k != 0x0A}
_KEEP_TABS = {k: v for k, v in _KEEP_NEWLINES.items() if k != 0x09}
_JSON = {k: f"\\u{k:04x}" for k in _ESCAPES if k >= 0x7F}


def one_line(text: str) -> str:
    """A value quoted in a message: on one line, every control and line break shown escaped
    ('najaar 2022\\n::error' stays one line), bidi controls too."""
    return text.translate(_ESCAPES)


def inline(text: str | None) -> str:
    """A value in a table cell or a heading: line breaks and other runs of white space become
    one space (as the text reads), any other control is shown escaped."""
    return " ".join((text or "").split()).translate(_ESCAPES)


def multi_line(text: str, keep_tabs: bool = False) -> str:
    """Text pa composed of several lines (a message, a report): the line breaks stay, every
    other control (CR, ESC, C1, bidi) is shown escaped, and no line is a workflow command.
    `keep_tabs` keeps tabs too (a template's own layout)."""
    table = _KEEP_TABS if keep_tabs else _KEEP_NEWLINES
    # Only the lines that hold a character to escape are translated: str.translate with a
    # dict looks up every character once a text holds one that is not ASCII (an é, a ✓),
    # 2 ms for a 40 kB report. Every character the tables escape is one that isprintable()
    # refuses, so a printable line is left as it is.
    return no_commands("\n".join(line if line.isprintable() else line.translate(table)
                                  for line in text.split("\n")))


def _inert(line: str) -> str:
    rest = line.lstrip()
    if rest.startswith("::"):  # the runner trims leading white space before it looks
        line = line[:len(line) - len(rest)] + "\\" + rest
    return line.replace("##[", "#\\#[")


def no_commands(text: str) -> str:
    """Text in which no line is a workflow command for GitHub Actions.

    A line that starts with '::' (after white space) gets a backslash before it, and '##['
    becomes '#\\#[' (the older form, read anywhere in a line). In Markdown the backslash is
    an escape and does not show; on a terminal it shows what was defused. pa's own lines
    never start with '::' (except the annotations of --format github, printed apart).
    """
    if "::" not in text and "##[" not in text:
        return text  # the common case: nothing to look at line by line
    return "\n".join(_inert(line) for line in text.split("\n"))


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """A cell for Excel or LibreOffice that cannot be a formula.

    Text that starts with '=', '+', '-', '@', a tab or a CR gets a leading apostrophe, as
    OWASP advises for CSV injection: the spreadsheet shows it as text ('=HYPERLINK(...)'
    stays a text, a DDE call does not run). Numbers and other values stay as they are.
    """
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def json_text(value: Any) -> str:
    """JSON as pa writes it (UTF-8, indented), with the controls json.dumps leaves raw (DEL,
    C1, U+2028/U+2029, bidi) and '##[' escaped: the same data when read back."""
    import json  # here, not above: pa status as a table does without it

    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.translate(_JSON).replace("##[", "#\\u0023[")
