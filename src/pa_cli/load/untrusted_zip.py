"""A workbook or document from outside (.xlsx, .docx, .ods) is a zip pa does not trust.

`open_package(path, kind)` opens one only after the checks below, and refuses it with one
Problem (`PackageRefused`) that names the file and the place in it; nothing is extracted to
disk, nothing in it runs or is evaluated, nothing it points to is opened:

- a file that only claims its extension: no zip signature (a text or CSV file renamed), or
  the zip holds no workbook/document of that kind ([Content_Types].xml, ODF's mimetype);
- a password: an encrypted Office file is an OLE2 container, not a zip; a zip member with
  the encryption flag set;
- a corrupt zip (bad central directory, CRC error while reading);
- a zip bomb: more than MAX_MEMBERS members, a total uncompressed size past MAX_TOTAL, a
  member that packs too much (ratio past MAX_RATIO), an archive inside the archive;
- macros: a .xlsm/.docm/... name, a vbaProject.bin, a macro-enabled content type, ODF Basic
  or scripts;
- external links (xl/externalLinks/, or a relationship to another file that Office would
  fetch: a linked template, sub-document or OLE object);
- XML with a DOCTYPE: entity expansion (billion laughs) and external entities are refused
  before any XML parser sees the part (OOXML and ODF never use a DTD).

A reader then reads members through `Package.read` / `Package.stream`, both bounded. Rows
are bounded by the reader (MAX_ROWS, MAX_CELLS): a sheet of a million rows is refused after
MAX_ROWS + 1 rows, not read to the end. Formulas are never evaluated: a reader takes the
value the producing program stored, and a formula without one is a problem (PA098).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import IO

from pa_cli.base.problems import FOUT, Problem

__all__ = ["Package", "PackageRefused", "open_package", "refusal", "KINDS", "MACRO_SUFFIXES",
           "MAX_FILE", "MAX_MEMBERS", "MAX_TOTAL", "MAX_MEMBER", "MAX_RATIO", "MAX_ROWS",
           "MAX_CELLS"]

MAX_FILE = 50 * 1024 * 1024  # bytes on disk
MAX_MEMBERS = 5_000
MAX_TOTAL = 200 * 1024 * 1024  # bytes uncompressed, all members together
MAX_MEMBER = 100 * 1024 * 1024  # bytes uncompressed, one member
# uncompressed / compressed, for a member past RATIO_FROM bytes: deflate's ceiling is about
# 1032, reached by data made to be a bomb; a real sheet packs tens of times, a very
# repetitive one (a million identical rows) some 350 times
MAX_RATIO = 500
RATIO_FROM = 4 * 1024 * 1024
MAX_ROWS = 20_000  # rows of one sheet or table; an agenda has tens to hundreds
MAX_CELLS = 500_000  # cells of one sheet or table
MAX_PROLOG = 64 * 1024  # bytes before an XML part's root element

# The kinds pa reads, each with how its zip says what it is.
KINDS = {
    "xlsx": ("Excel-werkmap", (".xlsx",)),
    "docx": ("Word-document", (".docx",)),
    "ods": ("OpenDocument-werkblad", (".ods",)),
}
MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlam", ".xlsb", ".docm", ".dotm", ".pptm")
_MAIN_TYPES = {
    "xlsx": (b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
             b"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"),
    "docx": (b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
             b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
}
_ODS_MIMETYPES = (b"application/vnd.oasis.opendocument.spreadsheet",
                  b"application/vnd.oasis.opendocument.spreadsheet-template")
_ARCHIVES = (".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".jar", ".cab")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_EXTERNAL_REL = re.compile(
    rb"<Relationship\b[^>]*?\bType=\"[^\"]*/(attachedTemplate|subDocument|oleObject|"
    rb"externalLinkPath|frame|package)\"[^>]*?\bTargetMode=\"External\"|"
    rb"<Relationship\b[^>]*?\bTargetMode=\"External\"[^>]*?\bType=\"[^\"]*/(attachedTemplate|"
    rb"subDocument|oleObject|externalLinkPath|frame|package)\"")


class PackageRefused(Exception):
    """The file is refused; `problem` says why, naming the file and the place in it."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def refusal(shown: str, place: str | None, code: str, message: str) -> PackageRefused:
    """A refusal of `shown` (the file as the user named it) at `place` (a member, a sheet's
    cell) with a Dutch message: `agenda.xlsx:Blad1!D7: fout PA098: ...`."""
    where = f"{shown}:{place}" if place else shown
    return PackageRefused(Problem(where, 0, 0, FOUT, code, message))


class Package:
    """An opened, checked zip: its members, read within bounds."""

    def __init__(self, path: Path, shown: str, kind: str, zf: zipfile.ZipFile) -> None:
        self.path = path
        self.shown = shown
        self.kind = kind
        self.zip = zf
        self.names = {i.filename for i in zf.infolist()}

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.zip.close()

    def has(self, name: str) -> bool:
        return name in self.names

    def refused(self, place: str | None, code: str, message: str) -> PackageRefused:
        return refusal(self.shown, place, code, message)

    def stream(self, name: str) -> _Guarded:
        """A member as a stream (for a streaming XML parser); its size was checked on opening
        and zipfile stops at the size it declares (a CRC error if it lied: refused)."""
        if name not in self.names:
            raise self.refused(name, "PA090", f"onderdeel '{name}' ontbreekt; het bestand is "
                               "onvolledig of geen echte " + KINDS[self.kind][0])
        return _Guarded(self, name, self.zip.open(name))

    def read(self, name: str) -> bytes:
        """A whole member (small parts: sharedStrings, styles, workbook, relationships)."""
        with self.stream(name) as f:
            return f.read()


class _Guarded:
    """A member's stream that turns zipfile's errors into a refusal of the file."""

    def __init__(self, pkg: Package, name: str, raw: IO[bytes]) -> None:
        self._pkg, self._name, self._raw = pkg, name, raw

    def read(self, size: int = -1) -> bytes:
        try:
            return self._raw.read(size)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as e:
            raise _corrupt(self._pkg.shown, self._name, e) from None

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> _Guarded:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _corrupt(shown: str, place: str | None, e: Exception) -> PackageRefused:
    """zipfile's own words are English and say little more than this (--debug shows them)."""
    return refusal(shown, place, "PA091", "het bestand is beschadigd of afgebroken (de zip is "
                   "niet te lezen); open het in Excel, Word of LibreOffice en sla het opnieuw op")


def open_package(path: Path, kind: str, shown: str | None = None) -> Package:
    """The zip at `path`, checked as a `kind` ("xlsx", "docx", "ods"); PackageRefused if not.

    `shown` is the file's name as messages give it (default: the path as given)."""
    shown = shown or str(path)
    what = KINDS[kind][0]
    if path.suffix.lower() in MACRO_SUFFIXES:
        raise refusal(shown, None, "PA093", f"een bestand met macro's ('{path.suffix}') leest "
                      f"pa niet; sla het op als {KINDS[kind][1][0]} zonder macro's")
    _check_head(path, shown, kind, what)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as e:
        raise _corrupt(shown, None, e) from None
    pkg = Package(path, shown, kind, zf)
    try:
        _check_members(pkg, what)
        _check_kind(pkg, what)
        _check_links(pkg)
        _check_xml(pkg)
    except BaseException:
        zf.close()
        raise
    return pkg


def _check_head(path: Path, shown: str, kind: str, what: str) -> None:
    """The file's size and its first bytes: a zip, or what it is instead."""
    size = path.stat().st_size
    if size > MAX_FILE:
        raise refusal(shown, None, "PA094", f"het bestand is {size // (1024 * 1024)} MB; pa "
                      f"leest een {what} tot {MAX_FILE // (1024 * 1024)} MB")
    with open(path, "rb") as f:
        head = f.read(min(size, 1024 * 1024))
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return
    if head.startswith(_OLE2):
        if _ENCRYPTED in head or b"EncryptionInfo" in head.replace(b"\x00", b""):
            raise refusal(shown, None, "PA092", "het bestand is met een wachtwoord beveiligd; "
                          "pa kan het niet lezen. Sla het zonder wachtwoord op (Bestand > "
                          "Info > Beveiligen) en probeer opnieuw")
        raise refusal(shown, None, "PA090", f"dit is een oud Office-bestand (.xls of .doc), "
                      f"geen {what}; sla het op als {KINDS[kind][1][0]}")
    raise refusal(shown, None, "PA090", f"dit is geen {what} (geen zip-bestand)"
                  + _looks_like(head) + f"; open het en sla het op als {KINDS[kind][1][0]}")


def _looks_like(head: bytes) -> str:
    if not head:
        return ": het bestand is leeg"
    if head.lstrip().startswith((b"<html", b"<!DOCTYPE html", b"<!doctype html")):
        return ": het is een webpagina (HTML) met een andere extensie"
    if head.startswith(b"%PDF"):
        return ": het is een PDF"
    if b"\x00" not in head[:4096]:
        return ": het is tekst, bijvoorbeeld een hernoemd CSV-bestand (pa import leest .csv zelf)"
    return ""


def _check_members(pkg: Package, what: str) -> None:
    """Count, sizes, ratios, encryption, archives inside, macros: from the central directory,
    before anything is decompressed."""
    infos = pkg.zip.infolist()
    if len(infos) > MAX_MEMBERS:
        raise pkg.refused(None, "PA094", f"de zip bevat {len(infos)} onderdelen; een {what} "
                          f"heeft er hooguit {MAX_MEMBERS} (een zip-bom?)")
    total = 0
    for info in infos:
        name = info.filename
        total += info.file_size
        if info.flag_bits & 0x1:
            raise pkg.refused(name, "PA092", "dit onderdeel is met een wachtwoord versleuteld; "
                              "sla het bestand zonder wachtwoord op")
        if info.file_size > MAX_MEMBER or total > MAX_TOTAL:
            raise pkg.refused(name, "PA094", "uitgepakt zou het bestand groter zijn dan "
                              f"{MAX_TOTAL // (1024 * 1024)} MB (een zip-bom?); pa leest het niet")
        if (info.file_size > RATIO_FROM
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise pkg.refused(name, "PA094", "dit onderdeel pakt uit tot "
                              f"{info.file_size // info.compress_size if info.compress_size else 0}"
                              " keer zijn grootte (een zip-bom?); pa leest het niet")
        lower = name.lower()
        if lower.endswith(_ARCHIVES):
            raise pkg.refused(name, "PA094", "het bestand bevat een ander archief; pa pakt geen "
                              "archief in een archief uit")
        base = lower.rsplit("/", 1)[-1]
        if base in ("vbaproject.bin", "vbaprojectsignature.bin", "vbadata.xml") or \
                lower.startswith(("basic/", "scripts/")):
            raise pkg.refused(name, "PA093", "het bestand bevat macro's; pa leest geen "
                              "bestanden met macro's. Sla het op zonder macro's (als "
                              f"{KINDS[pkg.kind][1][0]}) en probeer opnieuw")


def _check_kind(pkg: Package, what: str) -> None:
    """The zip holds a workbook/document of the promised kind, and no macro-enabled one."""
    if pkg.kind == "ods":
        if not pkg.has("mimetype") or pkg.read("mimetype").strip() not in _ODS_MIMETYPES:
            raise pkg.refused(None, "PA090", f"dit is een zip-bestand, maar geen {what} "
                              "(het onderdeel 'mimetype' ontbreekt of noemt iets anders)")
        manifest = "META-INF/manifest.xml"
        if pkg.has(manifest) and b"encryption-data" in pkg.read(manifest):
            raise pkg.refused(None, "PA092", "het bestand is met een wachtwoord beveiligd; pa "
                              "kan het niet lezen. Sla het zonder wachtwoord op en probeer opnieuw")
        return
    if not pkg.has("[Content_Types].xml"):
        raise pkg.refused(None, "PA090", f"dit is een zip-bestand, maar geen {what} "
                          "([Content_Types].xml ontbreekt)")
    types = pkg.read("[Content_Types].xml")
    if b"macroEnabled" in types or b"vbaProject" in types:
        raise pkg.refused("[Content_Types].xml", "PA093", "het bestand is een document met "
                          f"macro's; sla het op als {KINDS[pkg.kind][1][0]} zonder macro's")
    if not any(t in types for t in _MAIN_TYPES[pkg.kind]):
        other = next((k for k, ts in _MAIN_TYPES.items() if any(t in types for t in ts)), None)
        hint = f" (het is een {KINDS[other][0]}; noem het {KINDS[other][1][0]})" if other else ""
        raise pkg.refused(None, "PA090", f"dit is een zip-bestand, maar geen {what}{hint}")


def _check_links(pkg: Package) -> None:
    """No part that makes Office fetch another file: external workbook links, a linked
    template, sub-document or OLE object. (A hyperlink in a cell is text here, and stays.)"""
    names = sorted(pkg.names, key=lambda n: (n.endswith(".rels"), n))
    for name in names:
        lower = name.lower()
        if lower.startswith("xl/externallinks/"):
            raise pkg.refused(name, "PA095", "de werkmap haalt waarden uit een andere werkmap "
                              "(externe koppeling); pa opent geen andere bestanden. Verbreek de "
                              "koppeling (Gegevens > Koppelingen bewerken > Koppeling verbreken) "
                              "en sla opnieuw op")
        if lower.endswith(".rels") and _EXTERNAL_REL.search(pkg.read(name)):
            raise pkg.refused(name, "PA095", "het bestand verwijst naar een ander bestand of "
                              "adres dat Office zou ophalen (externe koppeling); pa opent geen "
                              "andere bestanden. Verbreek de koppeling en sla opnieuw op")


def _check_xml(pkg: Package) -> None:
    """No XML part with a DOCTYPE: entities are declared only there, so without one no
    entity can expand (billion laughs) or reach a file or the network (XXE)."""
    for name in sorted(pkg.names):
        if name.lower().endswith((".xml", ".rels", ".vml")):
            with pkg.stream(name) as f:
                head = f.read(MAX_PROLOG)
            if _has_doctype(head, len(head) == MAX_PROLOG):
                raise pkg.refused(name, "PA096", "dit XML-onderdeel declareert een DOCTYPE of "
                                  "entiteiten; een Office-bestand heeft die nooit (een "
                                  "XML-bom?). pa leest het niet")


def _has_doctype(head: bytes, cut: bool) -> bool:
    """Whether the prolog (everything before the root element) holds a DOCTYPE, or does not
    end within the bytes read (`cut`): then it is refused as well."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:2] == b"\x00" or head[:1] == b"\x00":
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace")
    return _prolog_doctype(text.lstrip("\ufeff"), cut)


def _prolog_doctype(text: str, cut: bool) -> bool:
    i = 0
    while True:
        j = text.find("<", i)
        if j < 0:
            return cut
        rest = text[j:j + 9]
        if rest.startswith("<?"):
            end = text.find("?>", j)
        elif rest.startswith("<!--"):
            end = text.find("-->", j)
        elif rest.upper().startswith(("<!DOCTYPE", "<!ENTITY")):
            return True
        else:
            return False  # the root element: no DTD can follow
        if end < 0:
            return cut
        i = end + 2
