"""Read-only answers from the valid part of data with errors (`pa status`, `pa overdue`).

A broken file in a pull request should not keep the werkgroep from asking where things
stand right before a meeting. A file with an error is left out, the rest answers, and
the answer says plainly that it is incomplete (ONVOLLEDIG) and why; the command then
exits 1. Without a valid afspraken.yaml there is nothing to answer from. Writing
commands and reports stay strict (check.load_valid).
"""

from __future__ import annotations

from pathlib import Path

from pa_cli.base.problems import FOUT, Problem
from pa_cli.base.struct import LIST, Struct
from pa_cli.check.validate import DataInvalid, check_dir
from pa_cli.load.dataset import AGENDA_GLOB, Dataset, agenda_jaren
from pa_cli.model.records import Agenda
from pa_cli.show.output import invalid_data_report

__all__ = ["Usable", "load_usable", "usable", "MARK"]

MARK = "ONVOLLEDIG"


class Usable(Struct):
    """The data to answer from, the errors found, and the files left out because of them."""

    ds: Dataset
    errors: list[Problem] = LIST
    skipped: list[str] = LIST  # display paths

    @property
    def complete(self) -> bool:
        return not self.errors

    def notice(self) -> str:
        """One line that says what the answer lacks."""
        files = ", ".join(self.skipped)
        return (f"{MARK}: {files} {'bevat' if len(self.skipped) == 1 else 'bevatten'} fouten en "
                "is weggelaten; deze stand komt alleen uit de bestanden zonder fouten. Los de "
                "fouten op (pa validate) voor het hele beeld.")

    def report(self) -> str:
        """What goes to stderr before the answer: the errors, then the notice."""
        head = invalid_data_report(self.ds, self.errors).splitlines()[1:]
        return "\n".join(["pa: de gegevens bevatten fouten (pa validate toont ze allemaal):",
                          *head, self.notice()])

    def mark(self, text: str, fmt: str, told: bool = False) -> str:
        """The answer with the notice on top, where the format allows a line of text; `told`:
        not when the reader has just seen it, on stderr in the same terminal (report)."""
        if self.complete or fmt in ("json", "csv") or told:
            return text  # data formats stay parseable; the notice is on stderr and exit 1
        if fmt == "md":
            return f"**{self.notice()}**\n\n{text}"
        return f"{self.notice()}\n\n{text}"


def _is_agenda(ds: Dataset, shown: str) -> bool:
    path = ds.paths.get(shown)
    return path is not None and path.match(AGENDA_GLOB)


def _shell(ds: Dataset, shown: str) -> Agenda:
    """An agenda with errors, without its rows: it still covers its years, so the answer for a
    peildatum in them is that agenda (empty, under the ONVOLLEDIG notice), not an older one
    whose rows, carried on into it, would show as late; and those rows stay doorgeschoven."""
    jaren = agenda_jaren(ds.paths[shown])
    loaded = next((a for a in ds.agendas if a.src[0] == shown), None)
    vastgesteld = loaded.vastgesteld if loaded else None
    shell = Agenda(titel=f"Uitvoeringsagenda {jaren}", rijen=[], jaren=jaren,
                   vastgesteld=vastgesteld, bijlage=loaded.bijlage if loaded else None)
    shell.src = (shown, 1, 1)  # type: ignore[misc]  # as the checker places a record
    return shell


def load_usable(option: Path | None) -> Usable:
    """The data without the files that have errors; DataInvalid when afspraken.yaml is one."""
    return usable(*check_dir(option))


def usable(ds: Dataset, problems: list[Problem]) -> Usable:
    """A checked dataset without the files that have errors (as load_usable)."""
    errors = [p for p in problems if p.severity == FOUT]
    if not errors:
        return Usable(ds)
    broken = sorted({p.file for p in errors})
    afspraken = ds.afspraken.src[0] if ds.afspraken is not None else None
    if afspraken is None or afspraken in broken:
        raise DataInvalid(ds, errors, "afspraken.yaml bevat fouten of ontbreekt; zonder geldige "
                          "afspraken kan pa geen stand geven, ook geen onvolledige")
    indicatoren = ds.indicatoren
    if indicatoren is not None and indicatoren.src[0] in broken:
        indicatoren = None
    usable = Dataset(directory=ds.directory, afspraken=ds.afspraken,
                     agendas=[a for a in ds.agendas if a.src[0] not in broken]
                     + [_shell(ds, shown) for shown in broken if _is_agenda(ds, shown)],
                     indicatoren=indicatoren, problems=list(ds.problems), texts=dict(ds.texts),
                     paths=dict(ds.paths))
    return Usable(usable, errors, broken)
