"""A national portfolio made from the shipped data, for benchmarks/national.py (issue 18, part 4).

`make_portfolio(root, n)` writes n agreement sets, one folder per gemeente, each the shipped
data of Terneuzen with:
- its parties renamed: the gemeente gets a name of its own, and its two corporaties and its
  huurdersorganisatie come from pools smaller than the number of gemeenten, so that one
  corporatie signs in several gemeenten (as Woongoed Zeeuws-Vlaanderen does in Terneuzen and
  Hulst) and one huurdersorganisatie in two;
- its dates shifted by 0 to 3 years (set k by k % 4), so that the sets are at different points
  of their looptijd on one peildatum;
- three agendas made as `pa agenda nieuw` makes them (benchmarks/many_agendas.py: actions in turn
  gereed, the others carried to the next agenda with herkomst and doorgeschoven);
- the shipped indicatoren.yaml.
All names are invented (Gemeente Nxxx, Woonstichting Cxxx, Huurdersvereniging Hxxx). The sets are
written into the folder given, which the benchmark takes from tempfile: never into the repository.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from _install import ROOT
from many_agendas import _blocks, agenda_text, jaren

AGENDAS = 3
SHIFTS = 4  # set k's dates move k % SHIFTS years on
AGENDA = "agenda-2022-2023.yaml"


def corporaties(n: int) -> int:
    """How many corporaties n gemeenten share: about one for every three gemeenten."""
    return max(2, n // 3)


def huurders(n: int) -> int:
    """How many huurdersorganisaties: one for every two gemeenten."""
    return max(1, (n + 1) // 2)


def parties(k: int, n: int) -> dict[str, tuple[str, str, str]]:
    """Set k's parties by their id in the shipped data: (id, naam, kort)."""
    c = corporaties(n)
    a = k % c
    b = (k * 7 + 3) % c
    if b == a:
        b = (a + 1) % c
    h = k // 2 % huurders(n)
    return {
        "wzv": (f"corp-{a:03}", f"Woonstichting C{a:03}", f"C{a:03}"),
        "clavis": (f"corp-{b:03}", f"Woonstichting C{b:03}", f"C{b:03}"),
        "shb": (f"huurders-{h:03}", f"huurdersvereniging H{h:03}", f"H{h:03}"),
        "bewonersraad-clavis": (f"bewonersraad-{b:03}", f"Bewonersraad C{b:03}",
                                f"Bewonersraad C{b:03}"),
    }


def gemeente(k: int) -> str:
    return f"N{k:03}"


def rename(text: str, k: int, n: int) -> str:
    """The shipped text with set k's parties and gemeente in place of Terneuzen's."""
    p = parties(k, n)
    words = [  # longest first: "Bewonersraad Clavis" before "Clavis"
        ("Woongoed Zeeuws-Vlaanderen", p["wzv"][1]),
        ("huurdersorganisatie SHB", p["shb"][1]),
        ("Bewonersraad Clavis", p["bewonersraad-clavis"][1]),
        ("bewonersraad-clavis", p["bewonersraad-clavis"][0]),
        ("Woongoed", p["wzv"][1]),
        ("WZV", p["wzv"][2]),
        ("Clavis", p["clavis"][1]),
        ("SHB", p["shb"][2]),
        ("wzv", p["wzv"][0]),
        ("clavis", p["clavis"][0]),
        ("shb", p["shb"][0]),
        ("Terneuzen", gemeente(k)),
    ]
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(w)}(?![\w-])" for w, _ in words))
    table = dict(words)
    return pattern.sub(lambda m: table[m.group(0)], text)


def shift(text: str, years: int) -> str:
    """Every year 2000-2099 in the text moved on by `years`."""
    if not years:
        return text
    return re.sub(r"(?<!\d)(20\d\d)(?!\d)", lambda m: str(int(m.group(1)) + years), text)


def make_set(folder: Path, k: int, n: int, today: date) -> None:
    """Set k of n in `folder` (created)."""
    folder.mkdir(parents=True)
    years = k % SHIFTS
    schemas = folder / "schemas"
    schemas.mkdir()
    for schema in (ROOT / "data" / "schemas").iterdir():
        (schemas / schema.name).write_bytes(schema.read_bytes())
    for name in ("afspraken.yaml", "indicatoren.yaml"):
        text = (ROOT / "data" / name).read_text(encoding="utf-8")
        (folder / name).write_text(shift(rename(text, k, n), years), encoding="utf-8")
    head, blocks = _blocks((ROOT / "data" / AGENDA).read_text(encoding="utf-8"))
    # vastgesteld before today once the years are moved on
    before = date(today.year - years, today.month, min(today.day, 28))
    for i in range(AGENDAS):
        text = agenda_text(head, blocks, i, AGENDAS, before)
        name = shift(f"agenda-{jaren(i)}.yaml", years)
        (folder / name).write_text(shift(rename(text, k, n), years), encoding="utf-8")


def folder_name(k: int) -> str:
    return f"gemeente-{gemeente(k).lower()}"


def registry(n: int) -> str:
    """portefeuille.yaml: every party of every set, one id across the portfolio, and its id in
    each set where it signs (here the same id everywhere but the gemeente's)."""
    parties: dict[str, tuple[str, dict[str, str]]] = {}
    for k in range(n):
        name = folder_name(k)
        parties[f"gemeente-{gemeente(k).lower()}"] = (f"Gemeente {gemeente(k)}",
                                                       {name: "gemeente"})
        for pid, naam, _ in parties_of(k, n):
            parties.setdefault(pid, (naam, {}))[1][name] = pid
    lines = ["# Een verzonnen landelijke portefeuille (benchmarks/national_data.py)",
             "titel: Landelijke portefeuille", "", "partijen:"]
    for pid, (naam, sets) in parties.items():
        lines += [f"  - id: {pid}", f"    naam: {naam}", "    sets:"]
        lines += [f"      {folder}: {own}" for folder, own in sets.items()]
    return "\n".join(lines) + "\n"


def parties_of(k: int, n: int) -> list[tuple[str, str, str]]:
    return list(parties(k, n).values())


def make_portfolio(root: Path, n: int, today: date) -> list[Path]:
    """n sets under root/gemeente-nNNN/ and the register root/portefeuille.yaml; returns the
    sets' folders."""
    folders = []
    for k in range(n):
        folder = root / folder_name(k)
        make_set(folder, k, n, today)
        folders.append(folder)
    (root / "portefeuille.yaml").write_text(registry(n), encoding="utf-8")
    return folders


def data_bytes(folders: list[Path]) -> int:
    """The bytes of the YAML files pa reads in these sets."""
    return sum(p.stat().st_size for f in folders for p in f.glob("*.yaml"))
