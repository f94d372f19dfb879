"""Column widths for a plain table that must fit a terminal (`pa monitor`, `pa kalender`).

`pa status` has its own steps (show/tables.py): it knows which of its columns may give way.
Here the long texts share the room the other columns leave, each cut to no less than its
least; a table whose leasts do not fit gets None, and the caller chooses a narrower layout.
"""

from __future__ import annotations

from pa_cli.base.fmt import shorten

__all__ = ["GAP", "natural", "fit", "table_lines"]

GAP = 2


def natural(rows: list[list[str]]) -> list[int]:
    """The width each column needs for its longest cell (the header is a row too)."""
    return [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]


def fit(widths: list[int], width: int | None, least: dict[int, int]) -> list[int] | None:
    """Widths that fit `width`: the columns in `least` (index -> narrowest) are cut evenly,
    the longest first; None when even their leasts leave no room."""
    if width is None or sum(widths) + GAP * (len(widths) - 1) <= width:
        return widths
    room = width - GAP * (len(widths) - 1) - sum(
        w for i, w in enumerate(widths) if i not in least)
    if sum(min(widths[i], n) for i, n in least.items()) > room:
        return None

    def level(top: int) -> list[int]:
        return [min(w, max(least[i], top)) if i in least else w for i, w in enumerate(widths)]

    top, low = max(widths), 0
    while low < top:  # the highest cut that fits (binary search)
        mid = (low + top + 1) // 2
        if sum(level(mid)) <= room + sum(w for i, w in enumerate(widths) if i not in least):
            low = mid
        else:
            top = mid - 1
    return level(low)


def table_lines(rows: list[list[str]], widths: list[int]) -> list[str]:
    """The rows as lines, each cell cut to its column (at a word, with …)."""
    return [(" " * GAP).join(shorten(c, w).ljust(w) for c, w in zip(row, widths)).rstrip()
            for row in rows]
