"""Round-trip YAML editing shared by every command that changes a data file in place.

`Document(raw, shown)` reads a file with ruamel.yaml's round-trip mode and
refuses at once when an unchanged round trip would already alter it (pa could
not then promise that only its own lines change); `dump()` gives the edited
text and `encode()` restores the file's BOM and line ends. `edit_item` and
`remove_item` change or remove one item of a list, leaving every other line
as it was; `only_inserted` proves that an edit only added lines; `check_text` refuses text that YAML
cannot hold faithfully. How a text is written is yamlstyle's business.
"""

from __future__ import annotations

import io
import re
from typing import Any, Callable

from pa_cli.base.exits import Refused
from pa_cli.yamlio.nodes import UNSTORABLE

__all__ = ["Document", "edit_item", "remove_item", "check_text", "only_inserted"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(label: str, text: str, option: str = "--toelichting") -> None:
    """Refuse text that YAML cannot keep faithfully, or that is empty."""
    half = _SURROGATE.search(text)
    if half:  # Python's stand-in for a byte that was not UTF-8 (surrogateescape), or half a pair
        code = ord(half.group())
        if 0xDC80 <= code <= 0xDCFF:
            raise Refused(f"{label} bevat de byte 0x{code - 0xDC00:02X}, die geen UTF-8 is: de "
                          "terminal staat waarschijnlijk op Latin-1 of Windows-1252. Zet de "
                          "terminal op UTF-8 en typ de tekst opnieuw")
        raise Refused(f"{label} bevat U+{code:04X}, de helft van een teken (een surrogaat), "
                      "dat geen tekst is; typ de tekst opnieuw of laat dat teken weg")
    bad = UNSTORABLE.search(text)
    if bad:
        raise Refused(f"{label} bevat het teken U+{ord(bad.group()):04X}, dat niet getrouw in "
                      "YAML bewaard kan worden; laat het weg")
    if not text.strip():
        raise Refused(f"{label} is leeg; laat {option} weg of geef tekst")


def _guess_layout(text: str) -> tuple[int, int, int]:
    """(mapping indent, sequence indent, dash offset) as the file uses them."""
    mapping, sequence, offset = 2, 4, 2
    m = re.search(r"^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*( *)[^\s#-]",
                  text, re.M)
    if m and len(m.group(2)) > len(m.group(1)):
        mapping = len(m.group(2)) - len(m.group(1))
    m = re.search(r"^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*( *)- ",
                  text, re.M)
    if m:
        offset = len(m.group(2)) - len(m.group(1))
        sequence = offset + 2
    return mapping, sequence, offset


def _yaml(layout: tuple[int, int, int]) -> Any:
    from ruamel.yaml import YAML

    y = YAML()
    y.preserve_quotes = True
    y.width = 1_000_000  # never re-wrap a line
    mapping, sequence, offset = layout
    y.indent(mapping=mapping, sequence=sequence, offset=offset)
    return y


def _dump(y: Any, data: Any) -> str:
    buf = io.StringIO()
    y.dump(data, buf)
    return buf.getvalue()


def _first_difference(a: str, b: str) -> int:
    for i, (x, z) in enumerate(zip(a.splitlines(), b.splitlines()), 1):
        if x != z:
            return i
    return min(len(a.splitlines()), len(b.splitlines())) + 1


def _decode(raw: bytes) -> tuple[bool, bool, str]:
    """(BOM, CRLF, text with LF line ends) of a file's bytes."""
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3 if bom else 0:].decode("utf-8")
    crlf = "\r\n" in text
    return bom, crlf, text.replace("\r\n", "\n") if crlf else text


def _encode(new: str, bom: bool, crlf: bool) -> bytes:
    if crlf:
        new = new.replace("\n", "\r\n")
    return (b"\xef\xbb\xbf" if bom else b"") + new.encode("utf-8")


def _unreproducible(shown: str, line: int) -> Refused:
    return Refused(f"pa kan {shown} niet bewerken zonder ook regel {line} te veranderen "
                   f"(opmaak die pa niet kan nabootsen); pas die regel aan, bijvoorbeeld "
                   f"de inspringing of aanhalingstekens, en probeer opnieuw")


class Document:
    """One YAML file opened for a round-trip edit."""

    def __init__(self, raw: bytes, shown: str) -> None:
        self.bom, self.crlf, self.text = _decode(raw)
        self.yaml = _yaml(_guess_layout(self.text))
        self.doc = self.yaml.load(self.text)
        unchanged = self.dump()
        if unchanged != self.text:
            raise _unreproducible(shown, _first_difference(self.text, unchanged))

    def dump(self) -> str:
        return _dump(self.yaml, self.doc)

    def encode(self, new: str) -> bytes:
        """The edited text as bytes, with the file's own BOM and line ends."""
        return _encode(new, self.bom, self.crlf)


_TOP_KEY = re.compile(r"[^\s#-]")


def edit_item(raw: bytes, shown: str, key: str, first: int, last: int,
              change: Callable[[Any], None]) -> bytes:
    """Edit one item of the block sequence under the top-level `key`, round-tripping only it.

    Lines `first`..`last` (1-based) hold the item. Only they go through ruamel.yaml
    (as `key:` with this one item, in the file's own layout), so the cost does not
    grow with the file; they must survive an unchanged round trip, as a whole file
    must in Document. The rest of the file is kept as bytes, untouched.
    """
    bom, crlf, text = _decode(raw)
    lines = _lines(text)
    last = _item_end(lines, first, last)
    head = f"{key}:\n"
    part = head + "".join(lines[first - 1:last])
    from ruamel.yaml.error import YAMLError

    y = _yaml(_guess_layout(text))
    try:
        doc = y.load(part)
    except YAMLError:  # the lines are no block item on their own (`key: [flow, list]`)
        raise _unreproducible(shown, first) from None
    items = doc.get(key) if hasattr(doc, "get") else None
    unchanged = _dump(y, doc)
    if unchanged != part:
        raise _unreproducible(shown, _first_difference(part, unchanged) + first - 2)
    if not isinstance(items, list) or len(items) != 1 or list(doc) != [key]:
        raise _unreproducible(shown, first)  # not one block item: a layout pa does not edit
    change(items[0])
    new = _dump(y, doc)
    if not new.startswith(head):
        raise _unreproducible(shown, first)
    return _encode("".join(lines[:first - 1]) + new[len(head):] + "".join(lines[last:]),
                   bom, crlf)


def _lines(text: str) -> list[str]:
    return re.split(r"(?<=\n)", text)  # only LF ends a line, as in pa's reader


def _item_end(lines: list[str], first: int, last: int) -> int:
    """`last`, or the line before the next top-level key if that comes first."""
    return next((i for i in range(first + 1, min(last, len(lines)) + 1)
                 if _TOP_KEY.match(lines[i - 1])), last + 1) - 1


def _blank(line: str) -> bool:
    return not line.strip()


def _comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def remove_item(raw: bytes, shown: str, key: str, first: int, last: int) -> bytes:
    """Remove one item of the block sequence under the top-level `key`, and only its lines.

    The item starts at line `first` (its `- `) and ends before line `last` + 1 (the next
    item), or earlier at the next top-level key. Blank and comment lines after its last
    value stay: they belong to what follows. A blank line that would then be doubled goes
    with the item; a list left empty becomes `key: []` again, as pa meet found it.
    """
    bom, crlf, text = _decode(raw)
    lines = _lines(text)
    last = _item_end(lines, first, last)
    if not re.match(r" *- [^\s#]", lines[first - 1]):
        raise _unreproducible(shown, first)  # not a block item `- key: value`
    while last > first and (_blank(lines[last - 1]) or _comment(lines[last - 1])):
        last -= 1
    after = lines[last] if last < len(lines) else ""
    if first > 1 and _blank(lines[first - 2]) and (_blank(after) or _TOP_KEY.match(after)
                                                   or not after):
        first -= 1  # the blank line before it, which would now stand next to another
    kept = lines[:first - 1] + lines[last:]
    head = next((i for i in range(first - 2, -1, -1) if _TOP_KEY.match(kept[i])), None)
    if head is None or not kept[head].startswith(f"{key}:"):
        raise _unreproducible(shown, first)
    end = next((i for i in range(head + 1, len(kept)) if _TOP_KEY.match(kept[i])), len(kept))
    if all(_blank(x) or _comment(x) for x in kept[head + 1:end]) and (
            kept[head].rstrip() == f"{key}:"):
        kept[head] = f"{key}: []\n"  # the last item went: an empty list, not an empty value
    return _encode("".join(kept), bom, crlf)


def only_inserted(old: str, new: str) -> list[str] | None:
    """The lines `new` inserts into `old` in one place, or None when it changes anything else.

    One line may be rewritten where the insertion starts: an empty flow list `key: []`
    that becomes `key:` with the new items under it.
    """
    import difflib

    a, b = old.splitlines(), new.splitlines()
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    if len(ops) != 1:
        return None
    tag, i1, i2, j1, j2 = ops[0]
    if tag == "insert":
        return b[j1:j2]
    if tag == "replace" and i2 - i1 == 1 and a[i1].rstrip().endswith("[]") and (
            b[j1] == a[i1].rstrip()[:-2].rstrip()):
        return b[j1 + 1:j2]
    return None
