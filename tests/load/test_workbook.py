"""The readers of workbooks and documents from outside (load/workbook.py and its format readers).

Files are built here byte by byte (a zip of a few XML parts), so that each case shows what the
reader is given; the Terneuzen files made by LibreOffice are tests/fixtures/import/.
"""

from __future__ import annotations

import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from pa_cli.base.problems import format_problem
from pa_cli.load.workbook import PackageRefused, column_index, column_letter, read_tables

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"

_CT = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       'content-types"><Override PartName="/{}" ContentType="application/vnd.openxmlformats-'
       'officedocument.{}.main+xml"/></Types>')
_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         '2006/relationships">{}</Relationships>')
_M = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _rel(rid: str, target: str, kind: str = "worksheet", external: bool = False) -> str:
    mode = ' TargetMode="External"' if external else ""
    return (f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/{kind}" Target="{target}"{mode}/>')


def xlsx(tmp_path: Path, sheet_data: str, name: str = "agenda.xlsx", strings: list[str] = (),
         extra: dict[str, bytes | str] | None = None, styles: str = "", after: str = "",
         compression: int = zipfile.ZIP_DEFLATED, sheet_xml: str = "") -> Path:
    """A workbook with one sheet "Blad1" whose <sheetData> is `sheet_data`."""
    path = tmp_path / name
    sst = "".join(f"<si><t xml:space=\"preserve\">{s}</t></si>" for s in strings)
    with zipfile.ZipFile(path, "w", compression) as z:
        z.writestr("[Content_Types].xml", _CT.format("xl/workbook.xml", "spreadsheetml.sheet"))
        z.writestr("xl/workbook.xml",
                   f'<workbook {_M} xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/>'
                   "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", _RELS.format(
            _rel("rId1", "worksheets/sheet1.xml")
            + _rel("rId2", "sharedStrings.xml", "sharedStrings")
            + _rel("rId3", "styles.xml", "styles")))
        z.writestr("xl/sharedStrings.xml", f"<sst {_M}>{sst}</sst>")
        z.writestr("xl/styles.xml", f"<styleSheet {_M}>{styles}</styleSheet>")
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml or
                   f"<worksheet {_M}><sheetData>{sheet_data}</sheetData>{after}</worksheet>")
        for part, data in (extra or {}).items():
            z.writestr(part, data)
    return path


def texts(table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


# --- what each format gives -----------------------------------------------------------------

def test_xlsx_cells_with_their_places_shared_inline_numbers_and_dates(tmp_path):
    styles = ('<numFmts count="1"><numFmt numFmtId="164" formatCode="d-m-yyyy"/></numFmts>'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>')
    path = xlsx(tmp_path, '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2" t="inlineStr">'
                '<is><t>Gemeente</t></is></c></row>'
                '<row r="4"><c r="A4"><v>2022</v></c><c r="B4" s="1"><v>44835</v></c>'
                '<c r="C4"><v>1.5</v></c><c r="D4" t="b"><v>1</v></c></row>',
                strings=["Bouwtafel\nen zorgtafel"], styles=styles)
    [table] = read_tables(path)
    assert table.place == "agenda.xlsx:Blad1"
    assert texts(table) == [[], ["", "Bouwtafel\nen zorgtafel", "", "Gemeente"], [],
                            ["2022", "2022-10-01", "1.5", "ja"]]
    assert table.rows[3][1].value == date(2022, 10, 1)
    assert table.rows[1][3].place == "agenda.xlsx:Blad1!D2"
    assert table.row_places[3] == "agenda.xlsx:Blad1!4"


def test_xlsx_formula_gives_the_stored_value_and_is_never_evaluated(tmp_path):
    path = xlsx(tmp_path, '<row r="1"><c r="A1" t="str"><f>HYPERLINK("http://x","klik")</f>'
                '<v>klik</v></c><c r="B1"><f>1+1</f><v>3</v></c><c r="C1"><f>NOW()</f></c></row>')
    [table] = read_tables(path)
    assert texts(table) == [["klik", "3", ""]]  # the stored 3, not 2; none stored: empty
    assert [c.formula for c in table.rows[0]] == [True, True, True]


def test_xlsx_vertical_merge_repeats_the_text_below(tmp_path):
    path = xlsx(tmp_path, '<row r="1"><c r="A1" t="inlineStr"><is><t>Wonen</t></is></c></row>'
                '<row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>',
                after='<mergeCells count="1"><mergeCell ref="A1:A3"/></mergeCells>')
    [table] = read_tables(path)
    assert texts(table) == [["Wonen"], ["Wonen", "x"], ["Wonen"]]
    assert [r[0].merged for r in table.rows] == [False, True, True]


def test_csv_separators_and_encodings(tmp_path):
    rows = [["Nr.", "Actie", "Trekker"], ["1.1", "Overleg; daarna\nbesluit", "Gemeente, 2023"]]
    for sep, encoding, bom in ((";", "utf-8", b""), (",", "utf-8", b"\xef\xbb\xbf"),
                               (";", "cp1252", b""), ("\t", "utf-8", b"")):
        text = "\r\n".join(sep.join('"' + v + '"' for v in row) for row in rows)
        text = text.replace("Overleg", "Overlég")
        path = tmp_path / "agenda.csv"
        path.write_bytes(bom + text.encode(encoding))
        [table] = read_tables(path)
        assert texts(table) == [["Nr.", "Actie", "Trekker"],
                                ["1.1", "Overlég; daarna\nbesluit", "Gemeente, 2023"]], sep
        assert table.rows[1][2].place == "agenda.csv:2, kolom C"


def test_csv_place_is_the_line_where_the_record_starts(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('Nr.;Actie\n1;"twee\nregels"\n2;x\n', encoding="utf-8")
    [table] = read_tables(path)
    assert table.row_places == ["a.csv:1", "a.csv:2", "a.csv:4"]


def test_columns_are_named_as_in_a_spreadsheet():
    assert [column_letter(i) for i in (0, 25, 26, 701, 16383)] == ["A", "Z", "AA", "ZZ", "XFD"]
    assert [column_index(s) for s in ("a", "AA", "XFD", "1", "ABCD", "")] == [0, 26, 16383, None,
                                                                             None, None]


@pytest.mark.parametrize("name", ["bijlage2.docx", "bijlage2.xlsx", "bijlage2.ods", "bijlage2.csv"])
def test_libreoffice_files_read_with_merges_lines_and_places(name):
    """The Terneuzen files made by LibreOffice (make_bijlage2.py): every agenda row is there.
    How fast: benchmarks/import_workbook.py."""
    [table] = read_tables(FIXTURES / name)
    nrs = [row[0].text for row in table.rows if row and row[0].text[:1].isdigit()]
    assert nrs[:3] == ["1.1 Beschikbaarheid", "1.1.1", "1.1.2"] or nrs[:2] == ["1.1.1", "1.1.2"]
    assert "4.10" in nrs and "5.7" in nrs
    cells = {c.text for row in table.rows for c in row}
    assert any(t.startswith("Partijen maken zich samen sterk") and "\n- Inzet van een "
               "doorstroommakelaar\n" in t for t in cells)
    if name.endswith(".docx"):
        merged = [c for row in table.rows for c in row if c.merged]
        assert [c.text for c in merged] == ["Corporaties", "Corporaties en gemeente",
                                            "Gemeente, 2023", "Gemeente, 2023"]
        assert merged[0].place == "bijlage2.docx: tabel 1, rij 10, kolom 4"


# --- what the readers refuse or flag; the zip checks are tests/load/test_untrusted_zip.py -----

WERKBOEKEN = FIXTURES.parent / "werkboeken"


def refused(path: Path) -> str:
    started = time.process_time()  # refused before the bomb is unpacked: CPU, not the load
    with pytest.raises(PackageRefused) as caught:
        read_tables(path)
    assert time.process_time() - started < 5
    return format_problem(caught.value.problem)


def test_one_cell_at_the_far_corner_costs_nothing(tmp_path):
    """The file that makes python-calamine allocate 512 GB: two cells, A1 and XFD1048576."""
    path = xlsx(tmp_path, '<row r="1"><c r="A1"><v>1</v></c></row>'
                '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>')
    assert refused(path) == ("agenda.xlsx:Blad1: fout PA097: meer dan 20.000 rijen; pa leest "
                             "zo'n groot blad niet. Zet alleen de agenda in een nieuw bestand en "
                             "importeer dat")


def test_a_million_rows_are_refused_at_the_limit():
    assert refused(WERKBOEKEN / "miljoen-rijen.xlsx").startswith(
        "miljoen-rijen.xlsx:Blad1: fout PA097: meer dan 20.000 rijen")


def test_empty_rows_by_the_million_are_no_problem(tmp_path):
    path = xlsx(tmp_path, '<row r="1"><c r="A1"><v>1</v></c></row>' + "<row/>" * 300_000)
    [table] = read_tables(path)
    assert texts(table) == [["1"]]


def test_stored_values_of_formulas_and_a_formula_without_one():
    [table] = read_tables(WERKBOEKEN / "formules.xlsx")
    assert [c.text for c in table.rows[1]] == ["1.1.1", "Nieuwbouw", "Bouwtafel", "Gemeente",
                                               "najaar 2022"]
    [table] = read_tables(WERKBOEKEN / "formule-zonder-waarde.xlsx")
    cell = table.rows[1][3]
    assert (cell.text, cell.formula) == ("", True)
    assert cell.place == "formule-zonder-waarde.xlsx:Blad1!D2"


@pytest.mark.parametrize("name, start", [
    ("macro.xlsm", "macro.xlsm: fout PA093: een bestand met macro's ('.xlsm')"),
    ("macro.docm", "macro.docm: fout PA093: een bestand met macro's ('.docm')"),
    ("zip-bom.xlsx", "zip-bom.xlsx:xl/worksheets/sheet1.xml: fout PA094"),
    ("billion-laughs.xlsx", "billion-laughs.xlsx:xl/worksheets/sheet1.xml: fout PA096")])
def test_the_readers_go_through_the_zip_checks(name, start):
    assert refused(WERKBOEKEN / name).startswith(start)


def test_other_formats_and_broken_xml(tmp_path):
    assert refused(tmp_path / "agenda.pdf") == (
        "agenda.pdf: fout PA090: pa leest .xlsx, .ods, .docx, .csv; sla het bestand in een van "
        "die formaten op")
    assert "het oude .xls-formaat" in refused(tmp_path / "oud.xls")
    broken = xlsx(tmp_path, "", sheet_xml=f"<worksheet {_M}><sheetData><row>")
    assert refused(broken).startswith(
        "agenda.xlsx:xl/worksheets/sheet1.xml: fout PA091: dit onderdeel is geen geldige XML")
    renamed = tmp_path / "agenda.csv"
    renamed.write_bytes((WERKBOEKEN / "goed.xlsx").read_bytes())
    assert refused(renamed).startswith("agenda.csv: fout PA090: dit is een werkmap of document")


def test_ods_repeats_and_merges(tmp_path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<office:document-content {ns}><office:body><office:spreadsheet>'
               '<table:table table:name="Blad1">'
               '<table:table-row><table:table-cell table:number-rows-spanned="2" '
               'office:value-type="string"><text:p>Wonen</text:p><text:p>en zorg</text:p>'
               '</table:table-cell><table:table-cell office:value-type="date" '
               'office:date-value="2023-06-30"><text:p>30-6-23</text:p></table:table-cell>'
               '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
               '<table:table-row><table:covered-table-cell/><table:table-cell '
               'office:value-type="float" office:value="2022" table:formula="of:=2021+1">'
               '<text:p>2022</text:p></table:table-cell></table:table-row>'
               '<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
               'table:number-columns-repeated="1024"/></table:table-row>'
               "</table:table></office:spreadsheet></office:body></office:document-content>")
    path = tmp_path / "agenda.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    [table] = read_tables(path)
    assert texts(table) == [["Wonen\nen zorg", "2023-06-30"], ["Wonen\nen zorg", "2022"]]
    assert table.rows[1][0].merged and table.rows[1][1].formula
    assert table.rows[1][1].place == "agenda.ods:Blad1!B2"


def test_docx_grid_spans_merges_and_tracked_changes(tmp_path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def tc(text: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    span, restart = '<w:gridSpan w:val="3"/>', '<w:vMerge w:val="restart"/>'
    doc = (f"<w:document {w}><w:body><w:p><w:r><w:t>Inleiding</w:t></w:r></w:p><w:tbl>"
           f"<w:tr>{tc('Thema Wonen', span)}</w:tr>"
           f"<w:tr>{tc('1', restart)}{tc('a')}"
           "<w:tc><w:p><w:r><w:t>oud</w:t></w:r><w:del><w:r><w:delText>weg</w:delText></w:r>"
           "</w:del><w:ins><w:r><w:t>nieuw</w:t></w:r></w:ins></w:p></w:tc></w:tr>"
           f"<w:tr>{tc('', '<w:vMerge/>')}{tc('b')}{tc('c')}</w:tr>"
           "</w:tbl></w:body></w:document>")
    path = tmp_path / "agenda.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml",
                   _CT.format("word/document.xml", "wordprocessingml.document"))
        z.writestr("word/document.xml", doc)
    [table] = read_tables(path)
    assert texts(table) == [["Thema Wonen", "", ""], ["1", "a", "oudnieuw"], ["1", "b", "c"]]
    assert table.rows[2][0].merged
    assert table.rows[2][0].place == "agenda.docx: tabel 1, rij 3, kolom 1"

