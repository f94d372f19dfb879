"""A workbook or document from outside is a zip pa does not trust (load/untrusted_zip.py): each
hostile file of tests/fixtures/werkboeken/ is refused with a Dutch problem naming the file and
the place, before anything in it is parsed, in bounded time and memory."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import FIXTURES
from pa_cli.base.problems import format_problem
from pa_cli.load import untrusted_zip
from pa_cli.load.untrusted_zip import PackageRefused, open_package

WERKBOEKEN = FIXTURES / "werkboeken"

# file -> (code, place after the file name or None, words of the message)
REFUSED = {
    "zip-bom.xlsx": ("PA094", "xl/worksheets/sheet1.xml", "zip-bom"),
    "zip-in-zip.xlsx": ("PA094", "xl/embeddings/bom.zip", "archief in een archief"),
    "externe-koppeling.xlsx": ("PA095", "xl/externalLinks/externalLink1.xml",
                               "externe koppeling"),
    "macro.xlsm": ("PA093", None, "macro's ('.xlsm')"),
    "macro.docm": ("PA093", None, "macro's ('.docm')"),
    "vba-in.xlsx": ("PA093", "xl/vbaProject.bin", "bevat macro's"),
    "tekst.xlsx": ("PA090", None, "hernoemd CSV-bestand"),
    "kapot.xlsx": ("PA091", None, "beschadigd of afgebroken"),
    "wachtwoord.xlsx": ("PA092", None, "met een wachtwoord beveiligd"),
    "billion-laughs.xlsx": ("PA096", "xl/worksheets/sheet1.xml", "DOCTYPE"),
}


def _refusal(path: Path, kind: str = "xlsx") -> str:
    with pytest.raises(PackageRefused) as e:
        open_package(path, kind, path.name)
    return format_problem(e.value.problem)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_hostile_file_is_refused_naming_file_and_place(name):
    code, place, words = REFUSED[name]
    kind = "docx" if name.endswith(".docm") else "xlsx"
    line = _refusal(WERKBOEKEN / name, kind)
    where = f"{name}:{place}" if place else name
    assert line.startswith(f"{where}: fout {code}: "), line
    assert words in line, line


@pytest.mark.parametrize("name", ["goed.xlsx", "formules.xlsx", "formule-zonder-waarde.xlsx",
                                  "miljoen-rijen.xlsx"])
def test_files_for_the_reader_pass_the_zip_checks(name):
    """What is left to the reader (formulas, the row limit) passes the zip checks: the million
    rows pack some 350 times, under the ratio of a bomb."""
    with open_package(WERKBOEKEN / name, "xlsx") as pkg:
        assert pkg.has("xl/worksheets/sheet1.xml")


def test_the_fixtures_are_what_make_py_writes(tmp_path):
    """The generator writes the committed bytes again (the encrypted one aside: random salt)."""
    spec = importlib.util.spec_from_file_location("make_werkboeken", WERKBOEKEN / "make.py")
    assert spec and spec.loader
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    make.make_all(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert len(made) == 13
    for name in made:
        assert (tmp_path / name).read_bytes() == (WERKBOEKEN / name).read_bytes(), name


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _members(name: str) -> dict[str, bytes]:
    with zipfile.ZipFile(WERKBOEKEN / name) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_too_many_members(tmp_path, monkeypatch):
    monkeypatch.setattr(untrusted_zip, "MAX_MEMBERS", 10)
    members = _members("goed.xlsx") | {f"xl/media/{i}.png": b"x" for i in range(10)}
    line = _refusal(_zip(tmp_path / "veel.xlsx", members))
    assert line.startswith("veel.xlsx: fout PA094: de zip bevat 15 onderdelen"), line


def test_too_large_uncompressed_in_total(tmp_path, monkeypatch):
    monkeypatch.setattr(untrusted_zip, "MAX_TOTAL", 100_000)
    members = _members("goed.xlsx") | {"xl/media/a.bin": b"\x00" * 60_000,
                                       "xl/media/b.bin": b"\x00" * 60_000}
    line = _refusal(_zip(tmp_path / "groot.xlsx", members))
    assert "xl/media/b.bin: fout PA094: uitgepakt zou het bestand groter zijn" in line, line


def test_a_size_that_lies_is_a_corrupt_file(tmp_path):
    """The central directory says half the size; zipfile reads no more and the CRC fails."""
    path = _zip(tmp_path / "liegt.xlsx", _members("goed.xlsx"))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    at = data.find(b"xl/worksheets/sheet1.xml", data.index(b"PK\x01\x02"))
    entry = data.rfind(b"PK\x01\x02", 0, at)  # its central directory entry
    data[entry + 24:entry + 28] = (info.file_size // 2).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    assert _refusal(path).startswith(
        "liegt.xlsx:xl/worksheets/sheet1.xml: fout PA091: het bestand is beschadigd")


def test_a_workbook_named_docx_says_what_it_is(tmp_path):
    path = tmp_path / "agenda.docx"
    path.write_bytes((WERKBOEKEN / "goed.xlsx").read_bytes())
    line = _refusal(path, "docx")
    assert line == ("agenda.docx: fout PA090: dit is een zip-bestand, maar geen Word-document "
                    "(het is een Excel-werkmap; noem het .xlsx)")


def test_a_zip_without_content_types_is_no_workbook(tmp_path):
    line = _refusal(_zip(tmp_path / "archief.xlsx", {"a.txt": b"x"}))
    assert "geen Excel-werkmap ([Content_Types].xml ontbreekt)" in line


@pytest.mark.parametrize("mimetype, code", [
    (b"application/vnd.oasis.opendocument.text", "PA090"),
    (b"application/vnd.oasis.opendocument.spreadsheet", None)])
def test_ods_by_its_mimetype(tmp_path, mimetype, code):
    path = _zip(tmp_path / "agenda.ods", {"mimetype": mimetype, "content.xml": b"<a/>"})
    if code is None:
        open_package(path, "ods").close()
    else:
        assert f"fout {code}: dit is een zip-bestand, maar geen OpenDocument-werkblad" in \
            _refusal(path, "ods")


def test_ods_with_basic_macros_or_a_password(tmp_path):
    ods = {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}
    line = _refusal(_zip(tmp_path / "m.ods", ods | {"Basic/Standard/Module1.xml": b"<a/>"}), "ods")
    assert "m.ods:Basic/Standard/Module1.xml: fout PA093" in line
    manifest = b"<manifest><file-entry><encryption-data/></file-entry></manifest>"
    line = _refusal(_zip(tmp_path / "w.ods", ods | {"META-INF/manifest.xml": manifest}), "ods")
    assert "w.ods: fout PA092" in line


@pytest.mark.parametrize("prolog", [
    '<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>',
    '<?xml version="1.0"?><!-- a comment --><!doctype x [<!ENTITY e "e">]><x/>',
    '\ufeff<!DOCTYPE x><x/>',
])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_doctype_in_any_encoding_is_refused(tmp_path, prolog, encoding):
    """External entities (a local file, a web address) and declared entities alike, however the
    part is encoded: no XML parser ever sees them."""
    members = _members("goed.xlsx") | {"xl/styles.xml": prolog.encode(encoding)}
    line = _refusal(_zip(tmp_path / "x.xlsx", members))
    assert line.startswith("x.xlsx:xl/styles.xml: fout PA096"), line


def test_a_doctype_after_the_root_element_is_text():
    assert not untrusted_zip._prolog_doctype('<?xml version="1.0"?><x>&lt;!DOCTYPE</x>', False)
    assert untrusted_zip._prolog_doctype("<?xml version='1.0'?><!-- never closed", True)


def test_a_hyperlink_in_a_cell_is_no_external_link(tmp_path):
    rels = (b'<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/hyperlink" Target="https://example.org" '
            b'TargetMode="External"/></Relationships>')
    members = _members("goed.xlsx") | {"xl/worksheets/_rels/sheet1.xml.rels": rels}
    open_package(_zip(tmp_path / "link.xlsx", members), "xlsx").close()


def test_a_linked_word_template_is_an_external_link(tmp_path):
    rels = (b'<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/attachedTemplate" Target="http://example.invalid/'
            b't.dotm" TargetMode="External"/></Relationships>')
    types = (b'<Types><Override PartName="/word/document.xml" ContentType="application/vnd.'
             b'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    path = _zip(tmp_path / "sjabloon.docx", {"[Content_Types].xml": types,
                                             "word/_rels/settings.xml.rels": rels})
    assert "sjabloon.docx:word/_rels/settings.xml.rels: fout PA095" in _refusal(path, "docx")


CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (512 * 1024 * 1024, 512 * 1024 * 1024))
from pathlib import Path
from pa_cli.load.workbook import read_tables, PackageRefused
from pa_cli.base.problems import format_problem
try:
    tables = read_tables(Path(sys.argv[1]))
except PackageRefused as e:
    print(format_problem(e.problem))
    sys.exit(1)
for table in tables:
    for row in table.rows:
        print("|".join(("FORMULE:" if c.formula else "") + c.text for c in row))
"""
# what pa's reader (load/workbook.py, used by pa import) answers beyond the zip checks
BY_READER = {"miljoen-rijen.xlsx": ("PA097", "Blad1", "meer dan 20.000 rijen")}


def _child(path: Path) -> subprocess.CompletedProcess[str]:
    """pa's reader in a child process limited to 512 MB of address space and 10 seconds."""
    return subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, timeout=10)


@pytest.mark.parametrize("name", sorted(REFUSED | BY_READER))
def test_refused_in_bounded_time_and_memory(name, tmp_path):
    """Through the reader pa import uses, in a child process under a memory limit and a
    timeout: the Dutch problem naming the file and place, nothing written beside the file."""
    copy = tmp_path / name
    copy.write_bytes((WERKBOEKEN / name).read_bytes())
    r = _child(copy)
    code, place, words = (REFUSED | BY_READER)[name]
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert r.stdout.startswith(f"{name}:{place}: fout {code}: " if place else
                               f"{name}: fout {code}: "), r.stdout
    assert words in r.stdout and "Traceback" not in r.stderr, (r.stdout, r.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_formulas_give_their_stored_values_never_evaluated():
    """The stored value of each formula (a HYPERLINK to a web address is its text, no request
    is made: the child has the same limits); a formula without one is marked, not computed."""
    r = _child(WERKBOEKEN / "formules.xlsx")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1] == "1.1.1|Nieuwbouw|FORMULE:Bouwtafel|Gemeente|" \
        "FORMULE:najaar 2022"
    r = _child(WERKBOEKEN / "formule-zonder-waarde.xlsx")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1] == "1.1.1|Nieuwbouw|Bouwtafel|FORMULE:|najaar 2022"
