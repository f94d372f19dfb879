"""The answers of a portfolio's sets joined into one (show/portfolio.py): nothing of a set's
answer is lost or changed, and a gemeente's name never becomes a formula or a command."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import given
from hypothesis import strategies as st

from pa_cli.show.portfolio import Part, join

names = st.text(min_size=1, max_size=20)
cells = st.lists(st.text(max_size=12), min_size=2, max_size=2)


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(["a", "b"])
    writer.writerows(rows)
    return "\ufeff" + buf.getvalue()


def _read(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff") and not text.startswith("\ufeff\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


@given(st.lists(st.tuples(names, names, st.lists(cells, max_size=3)), min_size=1, max_size=4))
def test_csv_rows_keep_their_cells_with_set_and_gemeente_in_front(
        sets: list[tuple[str, str, list[list[str]]]]) -> None:
    parts = [Part(s, g, _csv(rows)) for s, g, rows in sets]
    rows = _read(join(parts, "csv"))
    assert rows[0] == ["set", "gemeente", "a", "b"]
    expected = [(s, g, row) for s, g, rs in sets for row in rs]
    assert len(rows) - 1 == len(expected)
    for got, (s, g, row) in zip(rows[1:], expected):
        assert got[2:] == row
        for cell, value in ((got[0], s), (got[1], g)):
            assert cell == value or cell == "'" + value
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


@given(st.lists(st.tuples(names, names), min_size=1, max_size=4))
def test_json_is_one_object_per_set(sets: list[tuple[str, str]]) -> None:
    parts = [Part(s, g, json.dumps({"n": i})) for i, (s, g) in enumerate(sets)]
    assert json.loads(join(parts, "json")) == [
        {"set": s, "gemeente": g, "uitvoer": {"n": i}} for i, (s, g) in enumerate(sets)]


@given(names, names)
def test_a_heading_is_one_line_without_controls(s: str, g: str) -> None:
    for fmt in ("table", "md"):
        out = join([Part(s, g, "tekst")], fmt)
        heading = out.split("\n", 1)[0]
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in heading)
        assert out.endswith("tekst\n")
