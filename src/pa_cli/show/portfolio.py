"""One answer from the answers of a portfolio's sets: each set under its own heading.

Text and Markdown put each set's answer under a heading with its gemeente and folder; JSON
gives a list with one object per set; CSV puts the set and its gemeente in the first two
columns of every row, with one header line.
"""

from __future__ import annotations

from typing import Any

from pa_cli.base.safe_text import inline, json_text, spreadsheet_cell
from pa_cli.base.struct import DICT, Struct

__all__ = ["Part", "join", "heading"]


class Part(Struct):
    """The answer of one set: its folder name, its gemeente, the text in the asked format, and
    in JSON more of the set's keys beside "uitvoer" (pa monitor: "doelen")."""

    set: str
    gemeente: str
    text: str
    velden: dict[str, Any] = DICT


def heading(part: Part) -> str:
    return inline(f"{part.gemeente} ({part.set})")


def join(parts: list[Part], fmt: str) -> str:
    if fmt == "json":
        import json

        return json_text([{"set": p.set, "gemeente": p.gemeente,
                           "uitvoer": json.loads(p.text), **p.velden} for p in parts])
    if fmt == "csv":
        return _csv(parts)
    if fmt == "md":
        return "\n\n".join(f"## {heading(p)}\n\n{p.text.rstrip()}" for p in parts) + "\n"
    return "\n\n".join(f"{heading(p)}\n{'=' * len(heading(p))}\n{p.text.rstrip()}"
                       for p in parts) + "\n"


def _csv(parts: list[Part]) -> str:
    """The sets' CSV as one: each row gets set and gemeente in front; one header line."""
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    header_written = False
    for p in parts:
        rows = list(csv.reader(io.StringIO(p.text.removeprefix("\ufeff")), delimiter=";"))
        if not rows:
            continue
        if not header_written:
            writer.writerow(["set", "gemeente", *rows[0]])
            header_written = True
        for row in rows[1:]:
            writer.writerow([spreadsheet_cell(p.set), spreadsheet_cell(p.gemeente), *row])
    return "\ufeff" + buf.getvalue()
