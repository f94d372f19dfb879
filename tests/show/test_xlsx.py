"""pa export's workbook (show/xlsx.py): real dates, the stoplicht as word and colour, a frozen
header with filters, widths that fit, and no text that is ever a formula."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from conftest import DATA
from pa_cli.check.validate import load_valid
from pa_cli.query import stand as query
from pa_cli.show import xlsx

PEILDATUM = date(2023, 1, 1)


_LOADED: list = []


def _data():
    if not _LOADED:
        _LOADED.append(load_valid(DATA))
    return _LOADED[0]


@pytest.fixture
def ds():
    """The shipped data, read once."""
    return _data()


def _book(ds, peildatum=PEILDATUM):
    data = xlsx.workbook(ds.agendas, query.stand(ds, peildatum, query.Filter()))
    return data, load_workbook(io.BytesIO(data))


def _xml(data: bytes, part: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(part).decode("utf-8")


def test_a_sheet_per_agenda_and_the_stand(ds):
    _, wb = _book(ds)
    assert wb.sheetnames == ["2022-2023", "Stand"]
    agenda = wb["2022-2023"]
    assert [c.value for c in agenda[1]] == list(xlsx.AGENDA_HEADINGS)
    assert agenda.max_row == 1 + len(ds.agendas[0].rijen)  # the empty rows too
    assert wb["Stand"]["A1"].value == "Stand op 1 januari 2023"
    assert [c.value for c in wb["Stand"][2]] == list(xlsx.STAND_HEADINGS)


def test_rows_as_the_yaml_has_them(ds):
    """Numbers, termijnen like "2023" and trekkers stay text; an empty row has nr and onderwerp."""
    _, wb = _book(ds)
    sheet = wb["2022-2023"]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    by_nr = {r.nr: r for r in ds.agendas[0].rijen}
    verkoop = rows["1.1.5"]
    assert [c.value for c in verkoop[:5]] == ["1.1.5", "Verkoop", by_nr["1.1.5"].actie,
                                              "Corporaties", "2023"]
    assert all(c.data_type == "s" for c in verkoop[:5])
    assert rows["1.1.10"][2].value == by_nr["1.1.10"].actie and "\n" in rows["1.1.10"][2].value
    assert rows["1.1.10"][2].alignment.wrap_text
    empty = next(r for r in ds.agendas[0].rijen if not r.is_actie)
    assert [c.value for c in rows[empty.nr][2:5]] == [None, None, None]


def test_dates_are_excel_dates(ds):
    data, wb = _book(ds)
    cell = next(r[5] for r in wb["2022-2023"].iter_rows(min_row=2) if r[4].value == "najaar 2022")
    assert cell.is_date and cell.value == datetime(2022, 12, 31)
    assert cell.number_format == xlsx.DATE_FORMAT
    # in the file: a serial number (44926 = 31-12-2022), not a text
    assert re.search(rf'<c r="{cell.coordinate}" s="\d+" t="n"><v>44926</v></c>',
                     _xml(data, "xl/worksheets/sheet1.xml"))


def test_the_stoplicht_is_a_word_and_a_colour(ds):
    _, wb = _book(ds, date(2022, 11, 15))
    sheet = wb["Stand"]
    col = xlsx.STAND_HEADINGS.index("Stoplicht")
    seen = set()
    for row in sheet.iter_rows(min_row=3):
        licht = row[col].value
        assert licht in xlsx.FILLS, licht
        assert row[col].fill.fill_type == "solid"
        assert row[col].fill.start_color.rgb == "00" + xlsx.FILLS[licht]
        seen.add(licht)
    assert {"rood", "oranje", "groen"} <= seen
    late = [r for r in sheet.iter_rows(min_row=3) if r[col].value == "rood"]
    assert all(isinstance(r[col + 1].value, int) and r[col + 1].value > 0 for r in late)


def test_frozen_header_and_filters(ds):
    _, wb = _book(ds)
    agenda, stand = wb["2022-2023"], wb["Stand"]
    assert agenda.freeze_panes == "A2" and stand.freeze_panes == "A3"
    assert agenda.auto_filter.ref == f"A1:I{agenda.max_row}"
    assert stand.auto_filter.ref == f"A2:K{stand.max_row}"


def test_column_widths_fit_their_text(ds):
    """Wide enough for the longest line of each column, up to 60; a longer text wraps."""
    _, wb = _book(ds)
    for sheet in wb:
        for column in sheet.iter_cols(min_row=2 if sheet.title == "Stand" else 1):
            letter = column[0].column_letter
            width = sheet.column_dimensions[letter].width
            longest = max(len(line) for c in column if isinstance(c.value, str)
                          for line in c.value.split("\n"))
            assert width >= min(longest, 58), (sheet.title, letter)
            assert width <= 60
            for c in column:
                if isinstance(c.value, str) and len(c.value) > 58:
                    assert c.alignment.wrap_text, (sheet.title, c.coordinate)


def test_sheet_names_are_valid_and_unique(ds):
    agenda = ds.agendas[0]
    names = ["2022-2023"]
    assert xlsx.sheet_name(agenda, names) == "2022-2023 (2)"
    odd = agenda.__class__(titel="Agenda: [concept] / *nieuw?* " + "x" * 40, rijen=[])
    name = xlsx.sheet_name(odd, [])
    assert len(name) == 31 and not set(name) & set("[]:*?/\\")
    stand = agenda.__class__(titel="stand", rijen=[])
    assert xlsx.sheet_name(stand, []) == "stand (2)"  # "Stand" is the stand's own sheet


FORMULA_START = st.sampled_from(["=", "+", "-", "@", "\t", "\r"])


@settings(max_examples=25, deadline=None)
@given(start=FORMULA_START, rest=st.text(max_size=30))
def test_a_text_is_never_a_formula(start, rest):
    """Whatever a text starts with, it is an inline string in the file: no <f> anywhere, read
    back as the same text (a CR as the line break XML makes of it), with Excel's quote prefix
    so that retyping keeps it text."""
    ds = _data()  # not the fixture: hypothesis would print its value with each failure
    rij = ds.agendas[0].rijen[0]
    keep = (rij.actie, rij.onderwerp, rij.toelichting)
    text = start + rest
    rij.actie = rij.onderwerp = rij.toelichting = text
    try:
        data, wb = _book(ds)
    finally:
        rij.actie, rij.onderwerp, rij.toelichting = keep
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        for part in sheets:
            assert "<f>" not in zf.read(part).decode() and "<f " not in zf.read(part).decode()
    for sheet, row, columns in (("2022-2023", 2, (2, 3, 8)), ("Stand", 3, (3, 4, 11))):
        for column in columns:
            cell = wb[sheet].cell(row, column)
            assert cell.data_type == "s"
            assert cell.value == xlsx._legal(text), (sheet, column)
            assert cell.quotePrefix == (start != "\r")  # a CR is a line break by then
    xml = _xml(data, "xl/worksheets/sheet1.xml")
    assert re.search(r'<c r="C2" s="\d+" t="inlineStr"><is><t[^>]*>', xml)


def test_a_control_character_cannot_break_the_file(ds):
    rij = ds.agendas[0].rijen[0]
    keep = rij.actie
    rij.actie = "a\x01b\x1bc"
    try:
        _, wb = _book(ds)
    finally:
        rij.actie = keep
    assert wb["2022-2023"]["C2"].value == "a\ufffdb\ufffdc"
