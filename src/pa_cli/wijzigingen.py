"""`pa wijzigingen`: what changed in the data since a revision or date, read from git, as text,
JSON or Markdown (the form a CI job posts on a pull request)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from pa_cli.diff import SOORTEN, Wijziging, compare, woorden
from pa_cli.fmt import aantal, md_cell
from pa_cli.history import Commit, HistoryProblem, repository
from pa_cli.problems import printable

__all__ = ["FORMATS", "Wijzigingen", "wijzigingen", "render", "HistoryProblem"]

FORMATS = ("text", "json", "md")
KOPPEN = {"actie": "Acties", "afspraak": "Afspraken", "partij": "Partijen", "groep": "Groepen"}


class Wijzigingen(NamedTuple):
    van: Commit
    tot: Commit | None  # None: the work tree
    lijst: list[Wijziging]


def wijzigingen(data: Path | None, sinds: str, tot: str | None = None) -> Wijzigingen:
    """Compare the data at `sinds` (a revision, or the last commit on or before a date) with
    the work tree, or with the revision `tot`."""
    from pa_cli import datum
    from pa_cli.check import load_valid
    from pa_cli.history import load_at
    from pa_cli.load import find_data_dir

    directory = find_data_dir(str(data) if data else None)
    repo = repository(directory)
    end = repo.commit(tot, "--tot") if tot else None
    try:
        day = datum.parse(sinds)
    except ValueError:
        start = repo.commit(sinds, "--sinds")
    else:
        start = repo.commit_on(day, end.sha if end else "HEAD", "--sinds")
    # both versions are read under today's file names, following renames up to the work tree
    old = load_at(repo, directory, start, repo.renames(start))
    new = load_at(repo, directory, end, repo.renames(end)) if end else load_valid(directory)
    return Wijzigingen(start, end, compare(old, new))


def _span(w: Wijzigingen, code: str = "") -> str:
    def name(c: Commit) -> str:
        return c.naam().replace(c.short, f"{code}{c.short}{code}", 1)

    return f"van {name(w.van)} tot " + (name(w.tot) if w.tot else "de werkmap")


def _text_words(old: str, new: str) -> str:
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return " ".join(marks[op].format(text) for op, text in woorden(old, new))


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
            return "`" + " ".join(v.split()) + "`"  # inside a code span nothing is markup
        return esc(v)

    if c.wat == "toegevoegd":
        return f"toegevoegd: {esc(c.naar)}" + (f" ({esc(c.details)})" if c.details else "")
    if c.wat == "verwijderd":
        return f"verwijderd: {esc(c.van)}"
    if c.wat == "tekst":
        words = _md_words if md else _text_words
        return "tekst: " + words(c.van or "", c.naar or "")
    text = f"{c.wat}: {val(c.van)} {arrow} {val(c.naar)}"
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

    return json.dumps({"van": commit(w.van), "tot": commit(w.tot), "aantal": len(w.lijst),
                       "wijzigingen": [c.as_json() for c in w.lijst]},
                      ensure_ascii=False, indent=2)


def render(w: Wijzigingen, fmt: str) -> str:
    return {"text": _text, "json": _json, "md": _md}[fmt](w)
