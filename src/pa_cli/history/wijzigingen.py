"""`pa wijzigingen`: what changed in the data since a revision or date, read from git, as text,
JSON or Markdown (the form a CI job posts on a pull request)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from pa_cli.base import clock
from pa_cli.base.exits import UsageProblem
from pa_cli.base.fmt import aantal, datum_nl, md_cell
from pa_cli.base.problems import printable
from pa_cli.base.safe_text import inline, json_text
from pa_cli.history.diff import SOORTEN, TEKSTEN, Wijziging, compare, woorden
from pa_cli.history.git import Commit, HistoryProblem, NotInGit, Repository, load_at, repository
from pa_cli.load.dataset import Dataset

__all__ = ["FORMATS", "Wijzigingen", "wijzigingen", "render", "HistoryProblem", "since_day"]

FORMATS = ("text", "json", "md")
KOPPEN = {"agenda": "Agenda's", "actie": "Acties", "afspraak": "Afspraken", "thema": "Thema's",
          "partij": "Partijen", "groep": "Groepen", "moment": "Cyclus",
          "document": "Prestatieafspraken", "indicator": "Indicatoren", "meting": "Metingen"}


class Wijzigingen(NamedTuple):
    van: Commit
    tot: Commit | None  # None: the work tree
    lijst: list[Wijziging]


def wijzigingen(data: Path | None, sinds: str, tot: str | None = None) -> Wijzigingen:
    """Compare the data at `sinds` (a revision, or the last commit on or before a date) with
    the work tree, or with the revision `tot`."""
    from pa_cli.check.validate import load_valid
    from pa_cli.load.dataset import find_data_dir
    from pa_cli.model import datum

    directory = find_data_dir(str(data) if data else None)
    repo = repository(directory)
    end = repo.commit(tot, "--tot") if tot else None
    try:
        day = datum.parse(sinds)
    except ValueError:
        near = datum.near(sinds)  # 31-02-2026: a date meant, not a revision
        if near:
            raise UsageProblem(f"--sinds '{sinds}' is geen datum{near}") from None
        start = repo.commit(sinds, "--sinds")
    else:
        if day > clock.today():  # every change would be 'since' then: nothing, said nowhere
            raise UsageProblem(f"--sinds {datum_nl(day)} ligt na vandaag "
                               f"({datum_nl(clock.today())}); kies een datum tot en met vandaag "
                               "of een revisie")
        start = repo.commit_before(day, end.sha if end else "HEAD", "--sinds")
    new = load_at(repo, directory, end, repo.renames(end)) if end else load_valid(directory)
    return Wijzigingen(start, end, _since(repo, directory, start, new))


def _since(repo: Repository, directory: Path, start: Commit, new: Dataset) -> list[Wijziging]:
    from pa_cli.history.diff_document import agenda_changes, document_changes
    from pa_cli.history.diff_monitor import monitor_changes

    # both versions are read under today's file names, following renames up to the work tree
    old = load_at(repo, directory, start, repo.renames(start))
    return (agenda_changes(old, new) + compare(old, new) + document_changes(old, new)
            + monitor_changes(old, new))


def since_day(ds: Dataset, day: date) -> tuple[Commit | None, list[dict[str, Any]], str]:
    """What changed from the last commit on or before `day` to the data as loaded: that commit,
    each change as a dict (Wijziging.as_json, with `kop`: Acties, Afspraken, ...), and, where
    git cannot answer, why not in one line (else ""). For history/sinds.py."""
    try:
        repo = repository(ds.directory)
        start = repo.last_before(day)
        if start is None:
            return None, [], (f"Van vóór {datum_nl(day)} is geen versie van de gegevens "
                              "bewaard; wat er sindsdien veranderde, is daarom niet te tonen.")
        changes = _since(repo, ds.directory, start, ds)
    except NotInGit:
        return None, [], ("Wat er veranderde, is niet te tonen: van deze gegevens worden geen "
                          "versies bewaard.")
    except (HistoryProblem, UsageProblem) as e:  # also a repository pa refuses
        return None, [], f"Niet te bepalen: {str(e).splitlines()[0]}"
    return start, [{**c.as_json(), "kop": KOPPEN[c.soort]} for c in changes], ""


def _span(w: Wijzigingen, code: str = "") -> str:
    def name(c: Commit) -> str:
        return c.naam().replace(c.short, f"{code}{c.short}{code}", 1)

    return f"van {name(w.van)} tot " + (name(w.tot) if w.tot else "de werkmap")


def _text_words(old: str, new: str) -> str:
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return " ".join(marks[op].format(printable(text)) for op, text in woorden(old, new))


def _md_words(old: str, new: str) -> str:
    marks = {"=": "{}", "-": "~~{}~~", "+": "**{}**"}
    return " ".join(marks[op].format(md_cell(text)) for op, text in woorden(old, new))


def _describe(c: Wijziging, md: bool) -> str:
    esc = md_cell if md else (lambda v: printable(str(v)))
    arrow = "→" if md else "->"

    def val(v: str | None) -> str:
        if v is None:
            return "(leeg)"
        if md and "`" not in v:
            return "`" + inline(v) + "`"  # inside a code span nothing is markup
        return esc(v)

    if c.wat == "toegevoegd":
        return f"toegevoegd: {esc(c.naar)}" + (f" ({esc(c.details)})" if c.details else "")
    if c.wat == "verwijderd":
        return f"verwijderd: {esc(c.van)}" + (f" ({esc(c.details)})" if c.details else "")
    if c.wat in TEKSTEN:
        words = _md_words if md else _text_words
        return f"{c.wat}: " + words(c.van or "", c.naar or "")
    text = f"{c.wat}: {val(c.van)} {arrow} {val(c.naar)}"
    if c.stap:
        text += f" (datum {c.stap})"
    if c.toelichting:
        text += f"; toelichting: {esc(c.toelichting)}"
    return text


def _text(w: Wijzigingen) -> str:
    if not w.lijst:
        return f"Geen wijzigingen in de gegevens {_span(w)}."
    lines = [f"Wijzigingen in de gegevens {_span(w)}: "
             f"{aantal(len(w.lijst), 'wijziging', 'wijzigingen')}"]
    for soort in SOORTEN:
        group = [c for c in w.lijst if c.soort == soort]
        if group:
            width = max(len(c.sleutel) for c in group)
            lines += ["", KOPPEN[soort]]
            lines += [f"  {printable(c.sleutel):<{width}}  {_describe(c, False)}" for c in group]
    return "\n".join(lines)


def _md(w: Wijzigingen) -> str:
    lines = ["### Wijzigingen in de gegevens", ""]
    if not w.lijst:
        return "\n".join([*lines, f"Geen wijzigingen {_span(w, '`')}."])
    lines.append(f"Van {_span(w, '`')[4:]}: {aantal(len(w.lijst), 'wijziging', 'wijzigingen')}.")
    for soort in SOORTEN:
        group = [c for c in w.lijst if c.soort == soort]
        if not group:
            continue
        lines += ["", f"**{KOPPEN[soort]}**", ""]
        for c in group:
            about = f" _{md_cell(c.onderwerp)}_ —" if c.onderwerp else ""
            lines.append(f"- **{md_cell(c.sleutel)}**{about} {_describe(c, True)}")
    return "\n".join(lines)


def _json(w: Wijzigingen) -> str:
    def commit(c: Commit | None) -> dict[str, str] | None:
        if c is None:
            return None
        return {"commit": c.sha, "kort": c.short, "datum": c.datum.isoformat(),
                "onderwerp": c.onderwerp}

    return json_text({"van": commit(w.van), "tot": commit(w.tot), "aantal": len(w.lijst),
                      "wijzigingen": [c.as_json() for c in w.lijst]})


def render(w: Wijzigingen, fmt: str) -> str:
    return {"text": _text, "json": _json, "md": _md}[fmt](w)
