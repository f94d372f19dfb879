"""`pa import agenda BESTAND --jaren JAREN`: an agenda from a workbook, document or CSV.

The table is read by load/workbook.py; edit/kolommen.py finds its header row and what each
column means, edit/cellen.py reads the cells (shared with `pa import afspraken`). Each row
becomes an agenda row: nr, onderwerp, actie, trekker (matched to the set's parties, groups and
aliases), termijn and status (open when not given). A row with only a nr and an onderwerp is
kept as an empty agenda row, as the shipped agenda keeps them; a row of one text (a thema
heading inside the table) becomes the comment above the next row. What pa cannot take is a
problem naming its place in the source (`agenda.xlsx:Blad1!D7`); so is every error `pa
validate` would find in the new agenda, traced back to the row it came from. With any error
nothing is written (exit 1). A termijn pa cannot read is kept verbatim in a comment beside
`termijn: vast te stellen`, with a warning. The agenda is written in pa's house style, under
the writer lock; an existing agenda only with `--vervang`.
"""

from __future__ import annotations

import bisect
import json
from pathlib import Path
from typing import NamedTuple

from pa_cli.base.exits import Refused, UsageProblem
from pa_cli.base.problems import FOUT, WAARSCHUWING, Problem, has_errors, unknown
from pa_cli.base.safe_text import one_line
from pa_cli.base.struct import LIST, Struct
from pa_cli.edit.cellen import CellReader, ImportFailed, clean, problem_at
from pa_cli.edit.kolommen import COMBINED, Header, find_header, parse_kolom, split_trekker_termijn
from pa_cli.edit.yamltext import flow_item, scalar
from pa_cli.load.dataset import Dataset, display_path
from pa_cli.load.workbook import PackageRefused, Table, column_letter, read_tables
from pa_cli.model.records import STATUSES

__all__ = ["Importeer", "ImportFailed", "import_agenda", "read_rows", "Row"]


class Importeer(Struct):
    path: str  # the agenda written (or that would be), as shown
    text: str  # its YAML
    rijen: int
    lege_rijen: int
    kolommen: str  # which column was taken for what, for the user
    problems: list[Problem] = LIST  # warnings only (errors raise ImportFailed)
    written: bool = False


class Row(NamedTuple):
    """One agenda row as read from the source."""

    place: str  # the source row: "agenda.xlsx:Blad1!7"
    heading: str | None  # a thema heading above it in the table
    nr: str
    onderwerp: str
    actie: str
    trekker: list[str]
    termijn: str
    termijn_bron: str  # a termijn pa could not read, verbatim (then termijn is "vast te stellen")
    status: str
    toelichting: str
    afspraak: str = ""  # the afspraak it belongs to, where its number does not say it


class _AgendaReader(CellReader):
    """Turns the rows of a table into agenda rows and problems, for one data set."""

    def termijn(self, text: str, place: str) -> tuple[str, str]:
        """(termijn, verbatim text) — a termijn pa cannot read is kept, never dropped."""
        from pa_cli.base.termijn import TermijnFout, parse

        if not text:
            return "", ""
        flat = " ".join(text.split())
        try:
            parse(flat)
            return flat, ""
        except TermijnFout as e:
            hint = f" (bedoelt u '{e.suggestion}'?)" if e.suggestion else ""
            self.problems.append(problem_at(
                place, WAARSCHUWING, "PA123", f"termijn '{flat}' is voor pa niet te lezen{hint}; "
                "overgenomen als 'termijn: vast te stellen' met de tekst erachter als "
                "commentaar. Vul de termijn in zodra die vaststaat"))
            return "vast te stellen", flat

    def status(self, text: str, place: str) -> str:
        from pa_cli.base.problems import choice

        if not text:
            return ""
        found = choice(text, STATUSES)
        if found is None:
            self.problems.append(problem_at(place, FOUT, "PA124", f"status '{text}' is onbekend"
                                            + unknown(text, STATUSES)))
            return ""
        return found

    def rows(self, table: Table, header: Header) -> list[Row]:
        out: list[Row] = []
        heading: str | None = None
        cols = header.columns
        for index in range(header.row + 1, len(table.rows)):
            cells = table.rows[index]
            place = table.row_places[index]
            texts = [clean(c.text) for c in cells]
            if not any(texts) and not any(c.formula for c in cells):
                continue  # a blank line in the sheet is no agenda row
            title = self.heading(cells, texts, header)
            if title:
                heading = title
                continue
            nr, nr_cell = self.text(cells, header, "nr")
            onderwerp, _ = self.text(cells, header, "onderwerp")
            actie, _ = self.text(cells, header, "actie")
            trekker_text, trekker_cell = self.text(cells, header, "trekker")
            termijn_text, termijn_cell = self.text(cells, header, "termijn")
            if COMBINED in cols:
                both, both_cell = self.text(cells, header, COMBINED)
                who, when = split_trekker_termijn(both)
                trekker_text = trekker_text or who
                termijn_text = termijn_text or when
                trekker_cell = trekker_cell or both_cell
                termijn_cell = termijn_cell or both_cell
            status_text, status_cell = self.text(cells, header, "status")
            toelichting, _ = self.text(cells, header, "toelichting")
            afspraak, _ = self.text(cells, header, "afspraak")
            if not nr:
                at = nr_cell.place if nr_cell else place
                self.problems.append(problem_at(at, FOUT, "PA121", "rij zonder nummer; geef elke "
                                                "agendarij het nummer van haar afspraak (zoals "
                                                "1.1.3)"))
                continue
            names = self.names(trekker_text, trekker_cell.place if trekker_cell else place)
            termijn, verbatim = self.termijn(termijn_text, termijn_cell.place if termijn_cell
                                             else place)
            status = self.status(status_text, status_cell.place if status_cell else place)
            if actie and not trekker_text:
                at = trekker_cell.place if trekker_cell else place
                self.problems.append(problem_at(at, FOUT, "PA122", f"actie van rij {nr} zonder "
                                                "trekker; vul in wie de actie trekt"))
            if not actie and (trekker_text or termijn_text or status_text or toelichting):
                self.problems.append(problem_at(place, FOUT, "PA125", f"rij {nr} heeft een "
                                                "trekker, termijn, status of toelichting maar geen "
                                                "actie; vul de actie in, of maak de rij leeg"))
            out.append(Row(place, heading, " ".join(nr.split()), onderwerp, actie, names,
                           termijn, verbatim, status or ("open" if actie else ""),
                           toelichting if actie else "", " ".join(afspraak.split())))
            heading = None
        return out


def read_rows(ds: Dataset, path: Path, shown: str, kolom: dict[str, str],
              jaren: str = "") -> tuple[list[Row], str, list[Problem]]:
    """The agenda rows of the file, what column was taken for what, and the problems."""
    try:
        tables = read_tables(path, shown)
    except PackageRefused as e:
        raise ImportFailed([e.problem]) from None
    reader = _AgendaReader(ds)
    rows: list[Row] = []
    used: list[str] = []
    found = [(t, h) for t in tables if (h := find_header(t, kolom)) is not None]
    if path.suffix.lower() != ".docx" and len(found) > 1:
        # a workbook: the sheet named after the years (as pa export names it), else the first;
        # a Word document's tables are one agenda split over pages or themes
        named = [(t, h) for t, h in found if t.name.strip() == jaren]
        found = named or found[:1]
    for table, header in found:
        rows += reader.rows(table, header)
        used.append(_describe(table, header))
    if not used:
        seen = "; ".join(f"{t.place}: {', '.join(_first_texts(t))}" for t in tables[:3])
        raise ImportFailed([problem_at(shown, FOUT, "PA120", "geen tabel met herkenbare "
                                       "kolomkoppen (zoals Nr., Onderwerp, Actie, Trekker, "
                                       "Termijn, Status)" + (f"; gevonden: {seen}" if seen else "")
                                       + ". Zeg met --kolom welke kolom wat is, bijvoorbeeld "
                                       "--kolom nr=A --kolom actie=C")])
    return rows, "\n".join(used), reader.problems


def _first_texts(table: Table) -> list[str]:
    for row in table.rows[:30]:
        texts = [one_line(c.text.strip())[:40] for c in row if c.text.strip()]
        if len(texts) >= 2:
            return [f"'{t}'" for t in texts[:6]]
    return ["geen koppen"]


def _describe(table: Table, header: Header) -> str:
    names = {COMBINED: "trekker en termijn"}
    parts = [f"{names.get(field, field)} = {column_letter(i)} "
             f"('{one_line(header.headings.get(i, ''))}')"
             for field, i in sorted(header.columns.items(), key=lambda kv: kv[1])]
    return f"{table.place}: kopregel {header.row + 1}; " + ", ".join(parts)


def agenda_text(rows: list[Row], jaren: str, shown: str) -> tuple[str, list[int]]:
    """The agenda file in pa's house style, and the line where each row begins (1-based);
    `shown` is the source's name (not its path: the data file says nothing of a local disk)."""
    out = ["# yaml-language-server: $schema=schemas/agenda.schema.json",
           f"# Uitvoeringsagenda {jaren}, ingelezen met 'pa import agenda' uit "
           f"{one_line(shown)}.",
           f"titel: Uitvoeringsagenda {jaren}", "", "rijen:"]
    starts: list[int] = []
    for i, row in enumerate(rows):
        if i:
            out.append("")
        if row.heading:
            out.append(f"  # {one_line(row.heading)}")
        starts.append(len(out) + 1)
        out.append(f"  - nr: {json.dumps(row.nr, ensure_ascii=False)}")
        if row.afspraak:
            out.append(f"    afspraak: {json.dumps(row.afspraak, ensure_ascii=False)}")
        if row.onderwerp:
            out.append(f"    onderwerp: {scalar(row.onderwerp, 6)}")
        if row.actie:
            out.append(f"    actie: {scalar(row.actie, 6)}")
        if row.trekker:
            out.append("    trekker: [" + ", ".join(flow_item(n) for n in row.trekker) + "]")
        if row.termijn:
            note = (f"  # in {one_line(shown)}: {one_line(row.termijn_bron)}"
                    if row.termijn_bron else "")
            out.append(f"    termijn: {scalar(row.termijn, 6)}{note}")
        if row.status:
            out.append(f"    status: {row.status}")
        if row.toelichting:
            out.append(f"    toelichting: {scalar(row.toelichting, 6)}")
    if not rows:
        out[-1] = "rijen: []"
    return "\n".join(out) + "\n", starts


def _traced(problems: list[Problem], target: str, rows: list[Row],
            starts: list[int]) -> list[Problem]:
    """Errors `pa validate` finds in the new agenda, at the source row they came from."""
    out = []
    for p in problems:
        if p.severity != FOUT or p.file != target or not rows:  # target: as display_path shows it
            continue
        i = max(0, bisect.bisect_right(starts, p.line) - 1)
        out.append(p._replace(file=rows[i].place, line=0, column=0))
    return out


def _verify(after: Dataset, jaren: str, rows: list[Row]) -> None:
    """The agenda read back holds exactly the rows imported (texts, trekkers, termijnen)."""
    agenda = next((a for a in after.agendas if a.jaren == jaren), None)
    read = [(r.nr, r.onderwerp or "", r.actie or "", [str(n) for n in r.trekker or []],
             r.termijn.tekst if r.termijn else "", r.status or "", r.toelichting or "",
             r.afspraak or "") for r in (agenda.rijen if agenda else [])]
    if agenda is None or read != [(r.nr, r.onderwerp, r.actie, r.trekker, r.termijn, r.status,
                                   r.toelichting, r.afspraak) for r in rows]:
        raise Refused("de agenda kan niet getrouw geschreven worden (bij teruglezen verandert "
                      "er iets); er is niets geschreven. Meld dit aan de beheerders van pa")


def import_agenda(data: Path | None, bestand: Path, jaren: str, kolommen: list[str],
                  droog: bool, vervang: bool) -> Importeer:
    """The core of `pa import agenda`."""
    from pa_cli.edit.carry import parse_jaren
    from pa_cli.edit.writer import Change, update_data

    kolom = parse_kolom(kolommen)
    shown = str(bestand)
    if not bestand.is_file():
        raise UsageProblem(f"{shown} bestaat niet of is geen bestand")

    def make(ds: Dataset) -> tuple[list[Change], Importeer]:
        from pa_cli.check.validate import validate
        from pa_cli.load.dataset import load, read_data

        assert ds.afspraken is not None
        parse_jaren(jaren, ds.afspraken.regel.agenda)
        target = ds.directory / f"agenda-{jaren}.yaml"
        before: bytes | None = None
        if target.exists() or target.is_symlink():
            if not vervang and not droog:
                raise Refused(f"{display_path(target)} bestaat al; pa overschrijft geen agenda. "
                              "Gebruik --vervang om haar door de import te vervangen, of kies "
                              "andere --jaren")
            raw = read_data(target, target.name)
            if isinstance(raw, Problem):
                raise Refused(f"{display_path(target)}: {raw.message}")
            before = raw
        rows, used, problems = read_rows(ds, bestand, shown, kolom, jaren)
        text, starts = agenda_text(rows, jaren, bestand.name)
        if not has_errors(problems):
            after = load(ds.directory, {target: text.encode("utf-8")})
            problems += _traced(validate(after), display_path(target), rows, starts)
            _verify(after, jaren, rows)
        if has_errors(problems):
            raise ImportFailed(problems)
        result = Importeer(display_path(target), text, len(rows),
                           sum(1 for r in rows if not r.actie), used, problems, not droog)
        return ([] if droog else [Change(target, before, text.encode("utf-8"))]), result

    if droog:
        from pa_cli.check.validate import load_valid
        from pa_cli.load.dataset import find_data_dir

        return make(load_valid(find_data_dir(str(data) if data else None)))[1]
    return update_data(data, make)
