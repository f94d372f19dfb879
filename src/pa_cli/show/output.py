"""Formatting of command results as text or JSON (printing is the CLI's job)."""

from __future__ import annotations

from collections.abc import Sequence

from pa_cli.base.fmt import aantal
from pa_cli.base.problems import FOUT, WAARSCHUWING, Problem, capped, format_json, format_problem
from pa_cli.base.safe_text import no_commands
from pa_cli.load.dataset import Dataset
from pa_cli.load.kern import Kern, counts
from pa_cli.show.term import paint, use_colour

__all__ = ["VALIDATE_FORMATS", "validation_report", "counts", "invalid_data_report"]


VALIDATE_FORMATS = ("text", "json", "github", "gitlab")


def validation_report(results: Sequence[tuple[Dataset | Kern, list[Problem]]], fmt: str) -> str:
    """The problems of one or more validated data directories, with one summary. A set may be
    given in brief (load/kern.py), as a portfolio's validate checks its sets."""
    problems = [p for _, found in results for p in found]
    texts = {k: v for ds, _ in results for k, v in ds.texts.items()}
    paths = {k: v for ds, _ in results for k, v in ds.paths.items()}
    errors = sum(1 for p in problems if p.severity == FOUT)
    warnings = sum(1 for p in problems if p.severity == WAARSCHUWING)
    n: dict[str, int] = {}
    files = 0
    for ds, _ in results:
        for key, value in (ds.counts if isinstance(ds, Kern) else counts(ds)).items():
            n[key] = n.get(key, 0) + value
        files += ds.files if isinstance(ds, Kern) else len(ds.texts)
    problems, left_out = capped(problems)  # totals above count every problem
    if fmt == "json":
        return format_json(problems, {"fouten": errors, "waarschuwingen": warnings,
                                      "geldig": errors == 0, "weggelaten": left_out, **n})
    if fmt == "gitlab":
        from pa_cli.check.annotations import gitlab

        return gitlab(problems, paths)
    lines = []
    if fmt == "github":
        from pa_cli.check.annotations import github

        lines = github(problems, paths)
    colour = use_colour()
    split: dict[str, list[str]] = {}  # each file split into lines once
    for p in problems if fmt == "text" else ():
        if p.file not in split:
            split[p.file] = texts.get(p.file, "").split("\n")
        text = no_commands(format_problem(p, split[p.file]))  # '##[' in the echoed line
        word = p.severity
        lines.append(text.replace(f" {word} ", " " + paint(word, "rood" if word == FOUT
                                                            else "oranje", colour) + " ", 1))
    files = files or 1
    if errors:
        summary = (f"{aantal(errors, 'fout', 'fouten')}, "
                   f"{aantal(warnings, 'waarschuwing', 'waarschuwingen')} in "
                   f"{aantal(files, 'bestand', 'bestanden')}.")  # validate never writes
    else:
        extra = f", {aantal(warnings, 'waarschuwing', 'waarschuwingen')}" if warnings else ""
        monitor = (f", {n['indicatoren']} indicatoren met "
                   f"{aantal(n['metingen'], 'meting', 'metingen')}"
                   if any(r.indicatoren for r, _ in results) else "")
        acties = (f"{n['acties']} met een actie" if not n["doorgeschoven"] else
                  f"{aantal(n['acties'], 'actie', 'acties')}; {n['doorgeschoven']} doorgeschoven, "
                  f"die {'telt' if n['doorgeschoven'] == 1 else 'tellen'} in de nieuwe agenda")
        summary = (f"In orde{extra}: {n['afspraken']} afspraken, {n['agendarijen']} "
                   f"agendarijen ({acties}){monitor} in {aantal(files, 'bestand', 'bestanden')}.")
    if lines:
        lines.append("")
    lines.append(summary)
    return "\n".join(lines)


def invalid_data_report(ds: Dataset, problems: list[Problem], limit: int = 5,
                        reason: str = "") -> str:
    """What a command that needs valid data says when the data has errors."""
    lines = ["pa: de gegevens bevatten fouten; los ze eerst op (pa validate toont ze allemaal):"]
    lines += [format_problem(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"... en nog {len(problems) - limit}")
    if reason:
        lines.append(reason)
    return "\n".join(lines)
