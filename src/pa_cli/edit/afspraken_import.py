"""`pa import afspraken BESTAND.docx`: the themes and afspraken of a Word document.

The afspraken of a signed document are mostly a table per thema or section (Onderwerpen, Nr.,
Afspraak, Trekker) under a numbered heading ("1 Beschikbaarheid en betaalbaarheid", "1.1
Beschikbaarheid"); a heading may also be a row of one text inside the table. pa takes each
row's nr, onderwerp, tekst (its paragraphs separated by an empty line, list items as "- ")
and trekker, puts it under the heading whose number its own begins with, and writes the
`themas:` of afspraken.yaml (the rest of the file stays as it is). What it cannot place is a
problem naming its place in the document: a row outside any heading's number, a row without a
number or text, a trekker that is no party. A heading written by Word's automatic numbering
has no number in its text: pa reports it. Existing afspraken are replaced only with --vervang.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import NamedTuple

from pa_cli.base.exits import Refused, UsageProblem
from pa_cli.base.problems import FOUT, WAARSCHUWING, Problem, has_errors
from pa_cli.base.struct import LIST, Struct
from pa_cli.edit.cellen import CellReader, ImportFailed, clean, problem_at
from pa_cli.edit.kolommen import find_header
from pa_cli.edit.yamltext import flow_item, scalar
from pa_cli.load.dataset import Dataset, display_path

__all__ = ["AfsprakenImport", "import_afspraken", "read_afspraken"]

_HEADING = re.compile(r"^\s*((?:\d+|[A-Z]|[IVX]+)(?:\.\d+)?)\.?\s+(\S.*)$")


class Item(NamedTuple):
    place: str
    nr: str
    onderwerp: str
    tekst: str
    trekker: list[str]


class Kop(NamedTuple):
    nr: str
    titel: str
    place: str


class AfsprakenImport(Struct):
    path: str
    text: str  # the new afspraken.yaml
    themas: int
    afspraken: int
    problems: list[Problem] = LIST  # warnings (errors raise ImportFailed)
    written: bool = False


def _tekst(text: str) -> str:
    """A cell's paragraphs as pa writes a tekst: an empty line between paragraphs, a list
    item on the next line."""
    out = ""
    for line in (ln.strip() for ln in clean(text).split("\n")):
        if not line:
            continue
        out += ("\n" if line.startswith("- ") else "\n\n") + line if out else line
    return out


def read_afspraken(ds: Dataset, path: Path, shown: str) -> tuple[list[Kop], list[Item],
                                                                  list[Problem]]:
    """The headings and the afspraken of the document, in order, and the problems."""
    from pa_cli.load.read_docx import Paragraph, read_docx
    from pa_cli.load.workbook import PackageRefused, Table

    if path.suffix.lower() != ".docx":
        raise UsageProblem(f"{shown}: pa import afspraken leest een Word-document (.docx)")
    try:
        blocks = read_docx(path, shown)
    except PackageRefused as e:
        raise ImportFailed([e.problem]) from None
    reader = CellReader(ds)
    koppen: list[Kop] = []
    items: list[Item] = []
    order: list[tuple[str, int]] = []  # ("kop" | "item", index), in document order
    for block in blocks:
        if isinstance(block, Paragraph):
            m = _HEADING.match(block.text)
            heading = block.style.lower().startswith(("heading", "kop", "title"))
            if m and (heading or len(block.text) < 80 and not block.text.rstrip().endswith(".")):
                koppen.append(Kop(m.group(1), " ".join(m.group(2).split()), block.place))
                order.append(("kop", len(koppen) - 1))
            elif block.numbered and block.style.lower().startswith(("heading", "kop")):
                reader.problems.append(problem_at(block.place, WAARSCHUWING, "PA126", "kop zonder "
                                                  "nummer in de tekst (automatische nummering van "
                                                  f"Word?): '{block.text[:60]}'; typ het nummer "
                                                  "in de kop, dan plaatst pa de afspraken eronder"))
            continue
        assert isinstance(block, Table)
        header = find_header(block, {})
        if header is None or "nr" not in header.columns or "actie" not in header.columns:
            continue
        for index in range(header.row + 1, len(block.rows)):
            cells, place = block.rows[index], block.row_places[index]
            texts = [clean(c.text) for c in cells]
            if not any(texts):
                continue
            title = reader.heading(cells, texts, header)
            m = _HEADING.match(title or "")
            if m:
                koppen.append(Kop(m.group(1), " ".join(m.group(2).split()), place))
                order.append(("kop", len(koppen) - 1))
                continue
            nr, _ = reader.text(cells, header, "nr")
            tekst, _ = reader.text(cells, header, "actie")
            onderwerp, _ = reader.text(cells, header, "onderwerp")
            trekker, trekker_cell = reader.text(cells, header, "trekker")
            if not nr or not tekst:
                reader.problems.append(problem_at(place, FOUT, "PA121", "rij zonder nummer of "
                                                  "zonder tekst; pa kan haar niet als afspraak "
                                                  "plaatsen"))
                continue
            names = reader.names(trekker, trekker_cell.place if trekker_cell else place)
            if not trekker:
                reader.problems.append(problem_at(trekker_cell.place if trekker_cell else place,
                                                  FOUT, "PA122", f"afspraak {nr} zonder trekker; "
                                                  "vul in wie de afspraak trekt"))
            items.append(Item(place, " ".join(nr.split()), " ".join(onderwerp.split()),
                              _tekst(tekst), names))
            order.append(("item", len(items) - 1))
    return koppen, _placed(koppen, items, order, reader.problems), reader.problems


def _placed(koppen: list[Kop], items: list[Item], order: list[tuple[str, int]],
            problems: list[Problem]) -> list[Item]:
    """The afspraken that stand under a heading whose number theirs begins with."""
    placed: list[Item] = []
    thema: Kop | None = None
    sectie: Kop | None = None
    for kind, index in order:
        if kind == "kop":
            kop = koppen[index]
            if "." not in kop.nr:
                thema, sectie = kop, None
            elif thema is not None and kop.nr.startswith(thema.nr + "."):
                sectie = kop
            else:
                sectie = None
                problems.append(problem_at(kop.place, FOUT, "PA127", f"kop {kop.nr} staat niet "
                                           "onder de kop van haar thema (zoals "
                                           f"'{kop.nr.split('.')[0]} Titel van het thema'); "
                                           "pa kan de afspraken eronder niet plaatsen"))
            continue
        item = items[index]
        parent = sectie or thema
        if parent is None or not item.nr.startswith(parent.nr):
            problems.append(problem_at(item.place, FOUT, "PA127", f"afspraak {item.nr} staat niet "
                                       "onder een kop met haar nummer (zoals "
                                       f"'{item.nr.split('.')[0]} Titel van het thema'); pa kan "
                                       "haar niet plaatsen. Zet de kop met nummer boven de tabel"))
            continue
        placed.append(item)
    return placed


def themas_text(koppen: list[Kop], items: list[Item]) -> tuple[list[str], list[int], list[str]]:
    """The lines of `themas:`, the line (0-based, within them) where each afspraak begins, and
    the place of each."""
    lines = ["themas:"]
    starts: list[int] = []
    places: list[str] = []
    themes = [k for k in koppen if "." not in k.nr]
    for thema in themes:
        sections = [k for k in koppen if k.nr.startswith(thema.nr + ".") and "." in k.nr]
        lines += [f"  - nr: \"{thema.nr}\"", f"    titel: {scalar(thema.titel, 6)}"]
        own = [i for i in items if i.nr.startswith(thema.nr + ".")
               and not any(i.nr.startswith(s.nr + ".") for s in sections)]
        if sections:
            lines.append("    secties:")
            for s in sections:
                lines += [f"      - nr: \"{s.nr}\"", f"        titel: {scalar(s.titel, 10)}",
                          "        afspraken:"]
                _afspraken(lines, [i for i in items if i.nr.startswith(s.nr + ".")], 10,
                           starts, places)
        if own or not sections:
            lines.append("    afspraken:" + ("" if own else " []"))
            _afspraken(lines, own, 6, starts, places)
    return lines, starts, places


def _afspraken(lines: list[str], items: list[Item], indent: int, starts: list[int],
               places: list[str]) -> None:
    pad = " " * indent
    for item in items:
        starts.append(len(lines))
        places.append(item.place)
        lines.append(f"{pad}- nr: \"{item.nr}\"")
        if item.onderwerp:
            lines.append(f"{pad}  onderwerp: {scalar(item.onderwerp, indent + 4)}")
        lines.append(f"{pad}  tekst: {scalar(item.tekst, indent + 4)}")
        lines.append(f"{pad}  trekker: [" + ", ".join(flow_item(n) for n in item.trekker) + "]")


def _replace_themas(text: str, new: list[str]) -> tuple[str, int]:
    """afspraken.yaml with its `themas:` block replaced; and the line (0-based) it starts at."""
    lines = text.split("\n")
    start = next((i for i, ln in enumerate(lines) if ln.startswith("themas:")), None)
    if start is None:
        body = text.rstrip("\n").split("\n") + [""]
        return "\n".join(body + new) + "\n", len(body)
    end = next((i for i in range(start + 1, len(lines))
                if re.match(r"[A-Za-z_]", lines[i])), len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1  # comments and blank lines before the next key belong to that key
    tail = lines[end:]
    out = lines[:start] + new + tail
    text = "\n".join(out)
    return (text if text.endswith("\n") else text + "\n"), start


def _has_afspraken(ds: Dataset) -> bool:
    assert ds.afspraken is not None
    return any(t.afspraken or any(s.afspraken for s in t.secties) for t in ds.afspraken.themas)


def import_afspraken(data: Path | None, bestand: Path, droog: bool,
                     vervang: bool) -> AfsprakenImport:
    """The core of `pa import afspraken`."""
    from pa_cli.edit.writer import Change, update_data

    shown = str(bestand)
    if not bestand.is_file():
        raise UsageProblem(f"{shown} bestaat niet of is geen bestand")

    def make(ds: Dataset) -> tuple[list[Change], AfsprakenImport]:
        from pa_cli.check.validate import validate
        from pa_cli.load.dataset import AFSPRAKEN_FILE, load, read_data

        target = ds.directory / AFSPRAKEN_FILE
        if _has_afspraken(ds) and not vervang and not droog:
            raise Refused(f"{display_path(target)} heeft al afspraken; pa overschrijft ze niet. "
                          "Gebruik --vervang om de thema's en afspraken door de import te "
                          "vervangen (lopende teksten van de thema's gaan dan verloren)")
        raw = read_data(target, AFSPRAKEN_FILE)
        if isinstance(raw, Problem):
            raise Refused(f"{display_path(target)}: {raw.message}")
        koppen, items, problems = read_afspraken(ds, bestand, shown)
        if not items and not has_errors(problems):
            problems.append(problem_at(shown, FOUT, "PA120", "geen tabel met afspraken gevonden "
                                       "(kolommen als Nr., Afspraak en Trekker onder een kop met "
                                       "nummer)"))
        new, starts, places = themas_text(koppen, items)
        text, offset = _replace_themas(raw.decode("utf-8"), new)
        if not has_errors(problems):
            after = load(ds.directory, {target: text.encode("utf-8")})
            lines = [offset + s + 1 for s in starts]
            for p in validate(after):
                if p.severity == FOUT and p.file == display_path(target) and places:
                    at = places[max(0, bisect.bisect_right(lines, p.line) - 1)]
                    problems.append(p._replace(file=at, line=0, column=0))
        if has_errors(problems):
            raise ImportFailed(problems)
        result = AfsprakenImport(display_path(target), text,
                                 sum(1 for k in koppen if "." not in k.nr), len(items), problems,
                                 not droog)
        return ([] if droog else [Change(target, raw, text.encode("utf-8"))]), result

    if droog:
        from pa_cli.check.validate import load_valid
        from pa_cli.load.dataset import find_data_dir

        return make(load_valid(find_data_dir(str(data) if data else None)))[1]
    return update_data(data, make)
