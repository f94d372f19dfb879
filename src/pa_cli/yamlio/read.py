"""Read one YAML file into plain Python values that remember where they stood.

Only the subset of YAML that a data file needs is accepted: one document whose
top level is a mapping, no anchors, aliases, merge keys or tags, no duplicate
keys. Everything else becomes a Problem with file, line and column; nothing is
raised. The C event parser of ruamel.yaml does the tokenising, the tree is
built here, iteratively, so that deep nesting or alias bombs cost nothing.
"""

from __future__ import annotations

import bisect
import re

from pa_cli.base.problems import FOUT, Problem
from pa_cli.yamlio.nodes import MAX_DEPTH, Pos, YMap, YSeq

__all__ = ["Pos", "YMap", "YSeq", "read_text", "read_bytes", "too_large", "MAX_DEPTH",
           "MAX_BYTES"]

MAX_BYTES = 5_000_000


_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)")
_TAB_INDENT = re.compile(r"^[ ]*\t", re.M)
_CONFLICT = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?=[ \r\n]|\Z)", re.M)

_CHAR_NAMES = {0x1B: "ESC (escape)", 0x00: "NUL", 0x85: "NEL", 0x2028: "LINE SEPARATOR",
               0x2029: "PARAGRAPH SEPARATOR", 0xFEFF: "BOM / ZERO WIDTH NO-BREAK SPACE",
               0x7F: "DEL", 0x0C: "FORM FEED", 0x0B: "VERTICAL TAB",
               0x0D: "CR (regeleinde zonder LF)"}


def char_name(ch: str) -> str:
    code = ord(ch)
    name = _CHAR_NAMES.get(code, "stuurteken")
    return f"U+{code:04X} {name}"


class _Lines:
    """Maps character offsets to 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def _prescan(path: str, text: str) -> list[Problem]:
    """Problems a parser would report badly or not at all."""
    problems: list[Problem] = []
    lines: _Lines | None = None

    def at(offset: int) -> tuple[int, int]:
        nonlocal lines
        lines = lines or _Lines(text)
        return lines.at(offset)

    for m in _CONFLICT.finditer(text):
        line, _ = at(m.start())
        problems.append(Problem(
            path, line, 1, FOUT, "PA003",
            f"git-conflictmarkering '{m.group(1)}': dit bestand zit midden in een merge. "
            "Kies per conflict de juiste regels en verwijder de markeringen "
            "('<<<<<<<', '=======', '>>>>>>>')."))
    if problems:
        return problems  # everything else would be noise from the conflict
    for m in _TAB_INDENT.finditer(text):
        line, col = at(m.end() - 1)
        problems.append(Problem(
            path, line, col, FOUT, "PA004",
            "tab in de inspringing; YAML staat alleen spaties toe. "
            "Vervang de tab door spaties (zet in uw editor 'tabs naar spaties' aan)."))
    for m in _BAD_CHAR.finditer(text):
        line, col = at(m.start())
        problems.append(Problem(
            path, line, col, FOUT, "PA005",
            f"onzichtbaar teken {char_name(m.group())} in de tekst; " + (
                "verwijder het, of sla het bestand op met regeleinden LF of CRLF."
                if m.group() == "\r" else
                "verwijder het (het komt meestal mee bij kopiëren uit een andere toepassing).")))
        if len(problems) >= 50:
            break
    return problems


def too_large(path: str, size: int) -> Problem:
    return Problem(path, 0, 0, FOUT, "PA001", f"bestand is te groot ({size} bytes, maximaal "
                   f"{MAX_BYTES}); is dit wel een databestand van pa?")


def read_bytes(path: str, data: bytes) -> tuple[YMap | None, list[Problem], str]:
    """Decode and read; returns (tree or None, problems, decoded text)."""
    if len(data) > MAX_BYTES:
        return None, [too_large(path, len(data))], ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 1 and b"\x00" in data[:4]):
        return None, [Problem(path, 1, 1, FOUT, "PA002",
                              "bestand is opgeslagen als UTF-16 (of UTF-32); pa leest alleen "
                              "UTF-8. Sla het bestand op als 'UTF-8'.")], ""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        bad = data[e.start]
        return None, [Problem(path, line, col, FOUT, "PA002",
                              f"byte 0x{bad:02x} is geen geldige UTF-8; het bestand is "
                              "waarschijnlijk opgeslagen als Latin-1 of Windows-1252. "
                              "Sla het op als 'UTF-8'.")], ""
    tree, problems = read_text(path, text)
    return tree, problems, text


def read_text(path: str, text: str) -> tuple[YMap | None, list[Problem]]:
    """Parse text into a YMap; all problems collected."""
    problems = _prescan(path, text)
    if problems:
        return None, problems
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        return None, [Problem(path, 1, 0, FOUT, "PA006",
                              "bestand is leeg; een databestand begint met een mapping "
                              "(bijvoorbeeld 'titel: ...').")]
    from pa_cli.yamlio.build import build

    return build(path, text)
