"""The terminal forms of `pa status` and `pa toon`, drawn with rich.

Only for a real terminal: piped output and files keep the plain forms of show/tables.py and
show/toon.py, and this module (with rich, some 20 ms to import) is loaded only then. The
stoplicht stays a word; colour comes on top, never with NO_COLOR (rich honours it).
"""

from __future__ import annotations

import io
from typing import Any

__all__ = ["status_table", "toon_text"]

_STYLE = {"rood": "bold red", "oranje": "yellow", "groen": "green", "grijs": "bright_black"}


def _console(width: int) -> Any:
    from rich.console import Console

    return Console(file=io.StringIO(), width=width, force_terminal=True, highlight=False,
                   emoji=False, markup=False, soft_wrap=False)


def _render(renderable: Any, width: int) -> str:
    console = _console(width)
    console.print(renderable)
    return console.file.getvalue().rstrip("\n")


def status_table(columns: list[str], rows: list[list[str]], lichten: list[str],
                 widths: dict[str, int]) -> str:
    """One line per action, each column at the width show/tables.py worked out for the terminal;
    longer texts are cut with …; the stoplicht is coloured."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold",
                  padding=(0, 1, 0, 0))  # with the box's blank separator: two spaces, as in plain
    for head in columns:
        table.add_column(head, width=widths[head], no_wrap=True, overflow="ellipsis")
    light = columns.index("stoplicht")
    for row, licht in zip(rows, lichten):
        cells: list[Any] = list(row)
        cells[light] = Text(row[light], style=_STYLE.get(licht, "dim"))
        table.add_row(*cells)
    return _render(table, sum(widths.values()) + 2 * (len(columns) - 1))


def toon_text(kop: str, fields: list[tuple[str, str]], history_head: str, steps: list[str],
              width: int) -> str:
    """`pa toon`: labels beside wrapped texts, then the history as a list."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in fields:
        grid.add_row(label, value)
    items = Table.grid(padding=(0, 1))
    items.add_column(no_wrap=True)
    items.add_column(overflow="fold")
    for step in steps:
        items.add_row("•", step)
    parts: list[Any] = [Text(kop, style="bold"), Text(""), grid, Text(""),
                        Text(history_head, style="bold"), items]
    return _render(Group(*parts), width)
