"""The cells of an imported table, read for one data set: `pa import agenda` and `pa import
afspraken` share this.

A cell's text comes without trailing spaces or blank lines around it (a formula without a
stored value is a problem); a trekker cell gives the names of the set's parties and groups it
names (an unknown name is a problem at its place); a row of one text, or of a thema's or
section's own number and title, is a heading. Every problem names its place in the source
(`agenda.xlsx:Blad1!D7`), never a line of a data file.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pa_cli.base.problems import FOUT, Problem, unknown
from pa_cli.edit.kolommen import COMBINED, Header
from pa_cli.load.dataset import Dataset
from pa_cli.load.workbook import Cell

__all__ = ["CellReader", "ImportFailed", "clean", "problem_at", "places_text"]


class ImportFailed(Exception):
    """The file cannot be imported: the problems (errors and warnings), each with its place."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problemen")
        self.problems = problems


def problem_at(place: str, severity: str, code: str, message: str) -> Problem:
    return Problem(place, 0, 0, severity, code, message)


def clean(text: str) -> str:
    """A cell's text without trailing spaces on its lines or blank lines around it."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n").strip()


def places_text(places: list[str]) -> str:
    """Cells in one line: the first in full, each next one without what it shares with the one
    before, at most three and a count: 'agenda.xlsx:Blad1!D7, D9, D12 en 14 andere',
    'agenda.csv:2, kolom D; 5, kolom D en 9, kolom D'."""
    shown = places if len(places) <= 4 else places[:3]
    parts = [shown[0]] + [_after_shared(before, place) for before, place in zip(shown, shown[1:])]
    if len(places) > len(shown):
        parts.append(f"{len(places) - len(shown)} andere")
    sep = "; " if any(", " in p for p in parts) else ", "
    return f"{sep.join(parts[:-1])} en {parts[-1]}" if len(parts) > 1 else parts[0]


def _after_shared(before: str, place: str) -> str:
    """`place` from where it differs from `before`, starting after a '!', ':' or ', '."""
    same = 0
    while same < min(len(before), len(place)) and before[same] == place[same]:
        same += 1
    cuts = [m.end() for m in _PLACE_PART.finditer(place[:same])]
    return place[cuts[-1]:] if cuts else place


_PLACE_PART = re.compile(r"!|:\s*|,\s+")


def _cell(row: list[Cell], column: int | None) -> Cell | None:
    return row[column] if column is not None and column < len(row) else None


class CellReader:
    """Reads the cells of an imported table for one data set; `problems` collects what it
    cannot take, each at its place."""

    def __init__(self, ds: Dataset) -> None:
        from pa_cli.model.trekker import Trekkers

        assert ds.afspraken is not None
        self.trekkers = Trekkers(ds.afspraken)
        self.problems: list[Problem] = []
        # an unknown trekker is one problem, whatever the cells that name it: by the name as
        # pa compares names, its index in `problems`, the name as first written, those cells
        self._unknown: dict[str, tuple[int, str, list[str]]] = {}
        # the numbers of themes and sections: a row of one of these is a heading, not an action
        self.sections = {t.nr for t in ds.afspraken.themas} | {
            s.nr for t in ds.afspraken.themas for s in t.secties}

    def text(self, row: list[Cell], header: Header, field: str) -> tuple[str, Cell | None]:
        cell = _cell(row, header.columns.get(field))
        if cell is None:
            return "", None
        if cell.formula and not cell.text:
            self.problems.append(problem_at(cell.place, FOUT, "PA098", "formule zonder "
                                            "opgeslagen waarde; pa rekent geen formules uit. "
                                            "Open het bestand in Excel of LibreOffice, sla het op "
                                            "en importeer opnieuw, of typ de waarde in"))
        value = cell.value
        if isinstance(value, (date, datetime)) and field == "termijn":
            return (value.date() if isinstance(value, datetime) else value).isoformat(), cell
        return clean(cell.text), cell

    def names(self, text: str, place: str) -> list[str]:
        """The trekkers named in a cell, as the set's list shows them."""
        from pa_cli.model.trekker import split_names

        whole = " ".join(text.split())
        if self.trekkers.resolve(whole):
            return [self.trekkers.display(whole)]
        joined = self.trekkers.split_joined(whole)
        if joined:
            return list(dict.fromkeys(joined))
        out: list[str] = []
        for part in split_names(text):
            if self.trekkers.resolve(part):
                out.append(self.trekkers.display(part))
                continue
            self._unknown_trekker(part, place)
        return list(dict.fromkeys(out))

    def _unknown_trekker(self, name: str, place: str) -> None:
        """One problem per unknown name, at every cell that names it (as first written)."""
        from pa_cli.model.trekker import name_key

        index, first, places = self._unknown.setdefault(name_key(name),
                                                        (len(self.problems), name, []))
        if place in places:
            return
        places.append(place)
        problem = problem_at(places_text(places), FOUT, "PA122", f"trekker '{first}' is geen "
                             "partij of groep van deze afspraken"
                             + unknown(first, self.trekkers.all_names(),
                                       self.trekkers.known_names())
                             + f". Pas de {'cel' if len(places) == 1 else 'cellen'} aan, of "
                             "voeg de naam als alias toe aan de partij in afspraken.yaml")
        if index == len(self.problems):
            self.problems.append(problem)
        else:
            self.problems[index] = problem

    def heading(self, cells: list[Cell], texts: list[str], header: Header) -> str | None:
        """A thema heading inside the table: one text alone in its row ('1.1 Beschikbaarheid'),
        or a thema's or section's own number with its title and nothing more ('2',
        'Duurzaamheid')."""
        filled = [(t, c) for t, c in zip(texts, cells) if t]
        if len(filled) == 1 and not filled[0][1].merged and not _bare_nr(filled[0][0]):
            return " ".join(filled[0][0].split())
        nr = clean(c.text) if (c := _cell(cells, header.columns.get("nr"))) else ""
        if nr.rstrip(".") in self.sections and len(filled) == 2 and not any(
                _cell(cells, header.columns.get(f)) is not None
                and clean(_cell(cells, header.columns.get(f)).text)  # type: ignore[union-attr]
                for f in ("actie", "trekker", "termijn", COMBINED)):
            return " ".join(" ".join(t for t, _ in filled).split())
        return None


def _bare_nr(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9A-Za-z]{1,6}(?:[.][0-9A-Za-z]{1,6}){0,4}[.]?", text))
