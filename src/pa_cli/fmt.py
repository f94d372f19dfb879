"""Small text helpers shared by the terminal output and the report templates."""

from __future__ import annotations

from datetime import date

__all__ = ["MAANDEN", "datum_nl", "datum_kort", "shorten", "md_cell", "dagen", "aantal",
           "opsomming"]

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def datum_nl(d: date | None) -> str:
    """1 oktober 2022"""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}" if d else ""


def datum_kort(d: date | None) -> str:
    """31-12-2022, as Dutch spreadsheets and forms write it."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}" if d else ""


def aantal(n: int, one: str, many: str) -> str:
    """1 actie, 2 acties."""
    return f"{n} {one if n == 1 else many}"


def opsomming(items: list[str], last: str = "of") -> str:
    """'1.1.3', '1.1.3 of 1.1.13', '1.1.3, 1.1.13 of 1.2.3'."""
    return f"{', '.join(items[:-1])} {last} {items[-1]}" if len(items) > 1 else "".join(items)


def dagen(n: int | None) -> str:
    return "" if n is None else aantal(n, "dag", "dagen")


def shorten(text: str | None, width: int) -> str:
    """One line of at most `width` characters, cut at a word with an ellipsis."""
    flat = " ".join((text or "").split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    if " " in cut[width // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"


def md_cell(text: object) -> str:
    """A value that cannot break a Markdown table: no pipes, no newlines, no stray markup."""
    if text is None:
        return ""
    out = " ".join(str(text).split())  # newlines end a table row
    for ch in "\\`*_[]<>|":
        out = out.replace(ch, "\\" + ch)
    return out
