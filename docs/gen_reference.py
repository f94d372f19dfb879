"""Write the generated pages of the manual from pa itself, so the two cannot drift apart.

- docs/referentie/opdrachten.md: `pa --help` and each command's `--help`, run in this process;
- docs/referentie/codes.md: the registry of problem codes (src/pa_cli/base/codes.py).

Run it after changing a command's options or help, or a PA code:

    .venv/bin/python docs/gen_reference.py

make docs runs it before building; tests/cli/test_docs.py fails when the committed pages differ
from what this writes.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent
REFERENTIE = DOCS / "referentie"
WIDTH = "80"  # the help as an 80-column terminal shows it, whatever terminal runs this

_MADE = "<!-- Gemaakt door docs/gen_reference.py uit {bron}; niet met de hand wijzigen. -->"


def help_text(words: list[str]) -> str:
    """What `pa WORDS --help` prints, from pa's own main in this process."""
    from pa_cli.cli.main import main

    out = io.StringIO()
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            try:
                main([*words, "--help"])
            except SystemExit as e:
                if e.code not in (0, None):
                    raise RuntimeError(f"pa {' '.join(words)} --help: exit {e.code}") from e
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old
    return out.getvalue().rstrip() + "\n"


def _explained_in(names: list[str]) -> dict[str, tuple[str, str]]:
    """For each command, the page whose heading names it: `pa NAME` -> (title, file)."""
    found: dict[str, tuple[str, str]] = {}
    for page in sorted(DOCS.rglob("*.md")):
        if page.parent == REFERENTIE:
            continue
        text = page.read_text(encoding="utf-8")
        title = text.split("\n", 1)[0].lstrip("# ").strip()
        for heading in re.findall(r"^#{1,6} (.*)$", text, re.M):
            for name in names:
                if re.search(rf"`pa {re.escape(name)}[` ]", heading):
                    found.setdefault(name, (title, page.name))
    return found


def commands_page() -> str:
    from pa_cli.cli import spec

    entries = [list(e.words) for e in spec.COMMANDS]
    explained = _explained_in([" ".join(w) for w in entries])
    rows = []
    for words in entries:
        name = " ".join(words)
        summary = help_text(words).split("\n\n", 2)[1].strip()
        summary = " ".join(summary.split())
        where = explained.get(name)
        link = f"[{where[0]}](../{where[1]})" if where else ""
        rows.append(f"| [`pa {name}`](#{_slug(name)}) | {summary} | {link} |")
    sections = [f"## pa\n\n```text\n{help_text([])}```\n"]
    for group in spec.GROUPS:
        sections.append(f"## pa {group}\n\n```text\n{help_text([group])}```\n")
    for words in entries:
        sections.append(f"## pa {' '.join(words)}\n\n```text\n{help_text(words)}```\n")
    return "\n".join([
        "# Alle opdrachten",
        "",
        _MADE.format(bron="de hulp van pa (pa --help, pa OPDRACHT --help)"),
        "",
        "De hulp van pa zelf, zoals `pa --help` en `pa OPDRACHT --help` hem tonen. Uitleg en",
        "voorbeelden staan bij de taak (de kolom \"uitleg\"); de datamap, de vormen van een datum",
        "en de exitcodes staan bij [De opdrachtregel](opdrachtregel.md).",
        "",
        "| opdracht | wat | uitleg |",
        "|---|---|---|",
        *rows,
        "",
        *sections,
    ])


def _slug(name: str) -> str:
    return "pa-" + name.replace(" ", "-")


def codes_page() -> str:
    from pa_cli.base.codes import CODES

    rows = [f"| {c.code} | {' of '.join(c.ernst)} | {c.wat.replace('|', chr(92) + '|')} |"
            for c in CODES.values()]
    return "\n".join([
        "# PA-codes",
        "",
        _MADE.format(bron="src/pa_cli/base/codes.py"),
        "",
        "Elke melding van `pa validate` heeft een code, zodat u hem kunt opzoeken (zie",
        "[Controles](../controles.md) voor de vorm van een melding). Een **fout** laat",
        "`pa validate` eindigen met exitcode 1; `pa status` en `pa overdue` antwoorden dan uit de",
        "bestanden zonder fouten (zie [Stand en te laat](../stand.md)), de andere opdrachten",
        "weigeren tot hij is opgelost. Een **waarschuwing** houdt niets tegen. Over bestanden die",
        "pa niet leest (PA050) gaat ook [Veiligheid](../veiligheid.md).",
        "",
        "| code | ernst | wat |",
        "|---|---|---|",
        *rows,
        "",
    ])


PAGES = {
    REFERENTIE / "opdrachten.md": commands_page,
    REFERENTIE / "codes.md": codes_page,
}


def main() -> None:
    for path, make in PAGES.items():
        text = make()
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"geschreven: {path.relative_to(DOCS.parent)}")


if __name__ == "__main__":
    main()
