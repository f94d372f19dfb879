"""`pa init`: a new agreement set that `pa validate` accepts at once.

It writes afspraken.yaml (the gemeente, the looptijd, the parties and groups given, a comment
that explains each field, the rules of the agreement as comments with neutral values, one
thema to fill in) and an empty first agenda. Nothing of Terneuzen: no articles, no months, no
numbering. It never overwrites: a folder that already holds a data file is refused. The
files are checked by validate before anything is written, then written under the writer lock,
all or none.

Inside a portfolio (a folder with portefeuille.yaml, see load/portfolio.py) the set's folder
goes beside the other sets, and edit/register.py registers its parties in portefeuille.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from pa_cli.base.exits import Refused, UsageProblem
from pa_cli.base.struct import LIST, Struct
from pa_cli.edit.yamltext import flow_item, scalar

__all__ = ["Partij", "Groep", "Init", "init_set", "parse_partij", "parse_groep", "parse_looptijd",
           "slug", "afspraken_text", "agenda_text"]


class Partij(NamedTuple):
    id: str
    naam: str
    kort: str


class Groep(NamedTuple):
    id: str
    naam: str
    leden: list[str]  # party ids


class Init(Struct):
    directory: str  # as shown
    files: list[str] = LIST  # as shown
    portfolio: str = ""  # the portefeuille.yaml the set joined, as shown; "" on its own


def slug(text: str) -> str:
    """'Woonstichting Heidehuis' -> 'woonstichting-heidehuis' (an id as pa's data use them)."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", flat.lower()).strip("-")


def parse_looptijd(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-|t/m|tot en met)\s*(\d{4})\s*", text)
    if not m or int(m.group(2)) < int(m.group(1)):
        raise UsageProblem(f"looptijd '{text}' heeft niet de vorm JJJJ-JJJJ (het laatste jaar "
                           "niet vóór het eerste); schrijf bijvoorbeeld 2026-2029")
    return int(m.group(1)), int(m.group(2))


def parse_partij(text: str) -> Partij:
    """'Woonstichting Heidehuis=Heidehuis' (naam=korte naam) or 'Heidehuis'."""
    naam, _, kort = (x.strip() for x in text.partition("="))
    kort = kort or naam
    if not naam or not slug(kort):
        raise UsageProblem(f"--partij '{text}' noemt geen partij; schrijf NAAM of NAAM=KORT, "
                           "bijvoorbeeld 'Woonstichting Heidehuis=Heidehuis'")
    return Partij(slug(kort), naam, kort)


def parse_groep(text: str, partijen: list[Partij]) -> Groep:
    """'Corporaties=Heidehuis,Woonveste': a group and its members (by name, short name or id)."""
    naam, sep, leden = (x.strip() for x in text.partition("="))
    if not sep or not naam or not leden:
        raise UsageProblem(f"--groep '{text}' heeft niet de vorm NAAM=LID,LID; schrijf "
                           "bijvoorbeeld 'Corporaties=Heidehuis,Woonveste'")
    by_name = {k.casefold(): p.id for p in partijen for k in (p.id, p.naam, p.kort)}
    ids = []
    for lid in (x.strip() for x in leden.split(",")):
        if lid.casefold() not in by_name:
            names = ", ".join(p.kort for p in partijen)
            raise UsageProblem(f"--groep '{naam}': '{lid}' is geen partij; kies uit: {names}")
        ids.append(by_name[lid.casefold()])
    return Groep(slug(naam), naam, ids)


def _check(gemeente: str, partijen: list[Partij], groepen: list[Groep]) -> None:
    ids = [p.id for p in partijen] + [g.id for g in groepen]
    names = [p.kort.casefold() for p in partijen] + [g.naam.casefold() for g in groepen]
    for seen in (ids, names):
        twice = sorted({x for x in seen if seen.count(x) > 1})
        if twice:
            raise UsageProblem(f"de partij of groep '{twice[0]}' staat er twee keer in; geef elke "
                               "partij en groep één keer, met een eigen korte naam")
    if not gemeente.strip():
        raise UsageProblem("geef de naam van de gemeente met --gemeente")


def with_gemeente(gemeente: str, partijen: list[Partij]) -> list[Partij]:
    """The gemeente is a party of its own agreement: added first unless one is named so."""
    if any(p.id == "gemeente" or p.naam.casefold().startswith("gemeente") for p in partijen):
        return partijen
    return [Partij("gemeente", f"Gemeente {gemeente}", "Gemeente"), *partijen]


def afspraken_text(gemeente: str, van: int, tot: int, partijen: list[Partij],
                   groepen: list[Groep]) -> str:
    """afspraken.yaml of a new set: every field explained in a comment."""
    titel = f"Prestatieafspraken {gemeente} {van}-{tot}"
    out = [
        "# yaml-language-server: $schema=schemas/afspraken.schema.json",
        f"# De prestatieafspraken van {gemeente}, gemaakt met 'pa init'. Vul de thema's en",
        "# afspraken in zoals het getekende document ze nummert en noemt; `pa validate` zegt wat",
        "# er nog ontbreekt. Zie de handleiding: 'Beginnen met een nieuwe gemeente'.",
        "",
        "# De titel zoals op het document, en de gemeente.",
        f"titel: {scalar(titel, 2)}",
        f"gemeente: {scalar(gemeente, 2)}",
        "",
        "# Van wanneer tot en met wanneer de afspraken gelden (JJJJ-MM-DD). Loopt de overeenkomst",
        "# door tot er een nieuwe is, schrijf dan de zin uit het document onder `verlenging:`.",
        "looptijd:",
        f"  van: {van}-01-01",
        f"  tot_en_met: {tot}-12-31",
        "",
        "# Wie tekent: elke partij met een id (kleine letters, voor pa), haar naam, en de korte",
        "# naam die agenda's als trekker gebruiken. Andere schrijfwijzen gaan onder `aliassen:`.",
        "partijen:",
    ]
    for p in partijen:
        out += [f"  - id: {p.id}", f"    naam: {scalar(p.naam, 6)}",
                f"    kort: {scalar(p.kort, 6)}"]
    out += ["", "# Groepen van partijen die samen trekker zijn (zoals 'Corporaties'), met hun "
            "leden."]
    if groepen:
        out.append("groepen:")
        for g in groepen:
            out += [f"  - id: {g.id}", f"    naam: {scalar(g.naam, 6)}",
                    "    leden: [" + ", ".join(flow_item(x) for x in g.leden) + "]"]
    else:
        out.append("groepen: []")
    out += [
        "",
        "# De regels die pa toepast, elk met de afspraak waar hij uit komt. Zonder `regels:`",
        "# gelden neutrale standaarden: een agenda dekt de jaren van haar bestandsnaam, er is geen",
        "# termijn om haar vast te stellen, en pa noemt geen artikel. Noemt het document er een,",
        "# haal dan het hekje weg en vul het nummer van de afspraak in:",
        "# regels:",
        "#   agenda:",
        "#     afspraak: \"NR\"  # de afspraak over de uitvoeringsagenda",
        "#     jaren: 1  # hoeveel jaren één agenda dekt",
        "#     vaststellen: TERMIJN  # een termijn zonder jaar, zoals het document hem noemt",
        "#   verlenging:",
        "#     afspraak: \"NR\"  # de afspraak die de looptijd verlengt",
        "#   monitor:",
        "#     afspraak: \"NR\"  # de afspraak over de monitor",
        "",
        "# De cyclus: overleggen en vaste termijnen die elk jaar terugkomen (`pa kalender`).",
        "# Zonder `cyclus:` bedenkt pa geen overleggen. Zie 'De jaarlijkse cyclus' in de",
        "# handleiding.",
        "",
        "# De thema's met hun afspraken, genummerd zoals het document (1, 1.1, A, IV). Elke",
        "# afspraak heeft een `nr`, een `tekst` en zo mogelijk een `trekker: [Korte naam]`.",
        "themas:",
        "  - nr: \"1\"",
        "    titel: Eerste thema  # vervang door de titel van het eerste thema",
        "    afspraken: []",
    ]
    return "\n".join(out) + "\n"


def agenda_text(jaren: str) -> str:
    return "\n".join([
        "# yaml-language-server: $schema=schemas/agenda.schema.json",
        f"# De uitvoeringsagenda {jaren}, gemaakt met 'pa init'. Lees de agenda in met",
        f"# 'pa import agenda BESTAND --jaren {jaren} --vervang', of vul de rijen hier in.",
        f"titel: Uitvoeringsagenda {jaren}",
        "",
        "rijen: []",
    ]) + "\n"


_DATA_FILES = ("afspraken.yaml", "indicatoren.yaml")


def init_set(directory: Path | None, gemeente: str, looptijd: str, partijen_in: list[str],
             groepen_in: list[str], jaren: str | None, data: Path | None = None) -> Init:
    """The core of `pa init`: check everything, validate the new files, write them (all or
    none, under the lock)."""
    from pa_cli.edit.carry import parse_jaren
    from pa_cli.load.dataset import display_path
    from pa_cli.load.portfolio import find_portfolio

    van, tot = parse_looptijd(looptijd)
    partijen = with_gemeente(gemeente.strip(), [parse_partij(p) for p in partijen_in])
    groepen = [parse_groep(g, partijen) for g in groepen_in]
    _check(gemeente, partijen, groepen)
    jaren = jaren or str(van)
    first, last = parse_jaren(jaren)
    if first < van or last > tot:
        raise UsageProblem(f"de eerste agenda ({jaren}) valt buiten de looptijd {van}-{tot}")
    root = find_portfolio(str(data) if data else None)
    if directory is None:
        directory = (root / slug(gemeente)) if root else Path("data")
    files = {directory / "afspraken.yaml": afspraken_text(gemeente.strip(), van, tot, partijen,
                                                         groepen),
             directory / f"agenda-{jaren}.yaml": agenda_text(jaren)}
    _refuse_existing(directory)
    _validate(directory, files)
    _write(directory, files)
    joined = ""
    if root is not None and directory.resolve().parent == root.resolve():
        from pa_cli.edit.register import register_set

        joined = register_set(root, directory.name, partijen)
    return Init(display_path(directory), [display_path(p) for p in files], joined)


def _refuse_existing(directory: Path) -> None:
    from pa_cli.load.dataset import display_path

    if directory.exists() and not directory.is_dir():
        raise Refused(f"{display_path(directory)} bestaat al en is geen map; kies een andere map")
    if directory.is_dir():
        taken = sorted(p.name for p in directory.iterdir()
                       if p.name in _DATA_FILES or re.fullmatch(r"agenda-.*\.yaml", p.name))
        if taken:
            raise Refused(f"{display_path(directory)} bevat al {', '.join(taken)}; pa init "
                          "overschrijft niets. Kies een lege of nieuwe map")


def _validate(directory: Path, files: dict[Path, str]) -> None:
    """The new set as validate sees it, before a byte is written: no errors, or pa is wrong."""
    from pa_cli.base.problems import FOUT, format_problem
    from pa_cli.check.validate import validate
    from pa_cli.load.dataset import load

    ds = load(directory, {p: t.encode("utf-8") for p, t in files.items()})
    errors = [p for p in [*ds.problems, *validate(ds)] if p.severity == FOUT]
    if errors:
        raise Refused("de nieuwe set zou niet kloppen:\n"
                      + "\n".join(format_problem(p) for p in errors[:5]))


def _write(directory: Path, files: dict[Path, str]) -> None:
    from pa_cli.edit.writer import data_locked
    from pa_cli.load.dataset import display_path
    from pa_cli.load.journal import write_all

    made = not directory.exists()
    directory.mkdir(parents=True, exist_ok=True)
    try:
        with data_locked(directory):
            _refuse_existing(directory)  # again, under the lock: nothing appeared meanwhile
            write_all(directory, [(p, t.encode("utf-8"), display_path(p))
                                  for p, t in files.items()])
    except BaseException:
        if made and not any(directory.iterdir()):
            directory.rmdir()
        raise
