"""`pa agenda nieuw JAREN`: next year's agenda, carrying over what is not done.

regels.agenda says for how many years an agenda is made (Terneuzen, afspraak 5.3 and
Bijlage 2: "jaarlijks voor de twee opvolgende jaren"; a jaarschijf: one). The new file
`agenda-JAREN.yaml` holds, in the order of the latest agenda,
every action that is not gereed or vervallen (same nr and afspraak, `herkomst` pointing
back, its termijn 'vast te stellen' with the old one beside it), and an empty row for
every afspraak left without an action. The old file gets one line per carried action,
`doorgeschoven: "JAREN"`, and is otherwise untouched: history stays where it was written.
Both files are written under the writer lock, verified first, all or none (journal.py): a
crash between the two is finished by the next pa command.
"""

from __future__ import annotations

import re
from pathlib import Path

from pa_cli.base.exits import Refused, UsageProblem
from pa_cli.base.problems import Problem
from pa_cli.base.struct import Struct
from pa_cli.edit.writer import Change, update_data
from pa_cli.edit.yamltext import flow_item, scalar
from pa_cli.load.dataset import Dataset, display_path, read_data
from pa_cli.model.records import Afspraken, Agenda, Rij
from pa_cli.model.regels import AgendaRegel, bij, bron

__all__ = ["NieuweAgenda", "nieuwe_agenda", "parse_jaren", "DONE"]

DONE = ("gereed", "vervallen")


class NieuweAgenda(Struct):
    path: str  # the new file, as shown
    bron: str  # the old file, as shown
    doorgeschoven: int  # actions carried over
    lege_rijen: int
    van: str = ""  # the years of the agenda carried from: "2022-2023"
    concept: bool = False  # that agenda is not vastgesteld: its rows come from a concept
    begin: int = 0  # the first year of the new agenda


def parse_jaren(text: str, rule: AgendaRegel | None = None) -> tuple[int, int]:
    """'2024-2025' -> (2024, 2025), '2027' -> (2027, 2027), with as many years as
    regels.agenda.jaren says (without it: one or more); else a bad command line (exit 2)."""
    span = rule.jaren if rule else None
    form, example = {1: ("JJJJ", "2024"), None: ("JJJJ of JJJJ-JJJJ", "2024-2025")}.get(
        span, ("JJJJ-JJJJ", f"2024-{2024 + (span or 2) - 1}"))
    m = re.fullmatch(r"(\d{4})-(\d{4})" if span and span > 1 else
                     r"(\d{4})" if span == 1 else r"(\d{4})(?:-(\d{4}))?", text)
    if not m:
        raise UsageProblem(f"jaren '{text}' hebben niet de vorm {form}; schrijf "
                           f"bijvoorbeeld {example}")
    first = int(m.group(1))
    last = int(m.group(2)) if m.lastindex == 2 and m.group(2) else first
    if span and span > 1 and last != first + span - 1:
        count = {2: "twee"}.get(span, str(span))
        raise UsageProblem(f"jaren '{text}' zijn geen {count} opvolgende jaren; een agenda geldt "
                           f"voor {count} jaar{bij(rule)}, bijvoorbeeld {example}")
    if last < first:
        raise UsageProblem(f"jaren '{text}': het laatste jaar ligt vóór het eerste; schrijf "
                           f"bijvoorbeeld {example}")
    return first, last


def _jaren(first: int, extra: int) -> str:
    """'2024-2025' for two years, '2024' for one."""
    return f"{first}-{first + extra}" if extra else str(first)


def _form(first: int, last: int) -> str:
    return "JJJJ-JJJJ" if last > first else "JJJJ"


def _source(ds: Dataset, jaren: str, first: int, last: int) -> Agenda:
    """The agenda to carry from: the latest, which must end before the new one begins."""
    dated = sorted((a for a in ds.agendas if a.years), key=lambda a: a.years or (0, 0))
    for a in dated:
        assert a.years is not None
        if a.years[0] <= last and first <= a.years[1]:
            nxt = dated[-1].years[1] + 1 if dated[-1].years else first
            raise Refused(f"de jaren {jaren} overlappen met agenda {a.jaren}; een nieuwe agenda "
                          f"begint na de laatste (bijvoorbeeld {_jaren(nxt, last - first)})")
    before = [a for a in dated if a.years and a.years[1] < first]
    if not before:
        raise Refused(f"er is geen agenda om acties uit door te schuiven: de datamap heeft geen "
                      f"agenda-{_form(first, last)}.yaml van vóór {first}. Maak de eerste agenda "
                      f"met de hand, zoals agenda-{_jaren(2022, last - first)}"
                      ".yaml")
    if before[-1] is not dated[-1]:
        raise Refused(f"er is al een latere agenda ({dated[-1].jaren}); pa agenda nieuw maakt "
                      "alleen een agenda na de laatste")
    return before[-1]


def _deadline(rule: AgendaRegel | None) -> str:
    """' (afspraak 5.3: uiterlijk 1 juli)', ' (uiterlijk 1 juli)' or ''."""
    text = ": ".join(x for x in (bron(rule), rule and rule.vaststellen) if x)
    return f" ({text})" if text else ""


# -- writing YAML in the style of the shipped files (edit/yamltext.py) ---------------------------

def _row(rij: Rij, jaren: str | None) -> list[str]:
    """A row's lines; `jaren` of the old agenda for a carried action, None for an empty row."""
    lines = [f'  - nr: "{rij.nr}"']
    if rij.afspraak:
        lines.append(f'    afspraak: "{rij.afspraak}"')
    if rij.onderwerp:
        lines.append(f"    onderwerp: {scalar(rij.onderwerp, 6)}")
    if jaren is None:
        return lines
    assert rij.actie is not None
    lines.append(f"    actie: {scalar(rij.actie, 6)}")
    lines.append("    trekker: [" + ", ".join(flow_item(str(n)) for n in rij.trekker) + "]")
    t = rij.termijn
    if t is not None and t.uiterlijk is not None:
        lines.append(f"    termijn: vast te stellen  # in {jaren}: {t.tekst}")
    elif t is not None:
        lines.append(f"    termijn: {scalar(t.tekst, 6)}")
    lines.append(f"    status: {rij.status}")
    if rij.toelichting:
        lines.append(f"    toelichting: {scalar(rij.toelichting, 6)}")
    lines.append(f'    herkomst: "{jaren}/{rij.nr}"')
    return lines


def _heading(afspraken: Afspraken, afspraak_nr: str) -> str | None:
    """The section comment above an afspraak's rows: '1.1 Beschikbaarheid' or '2 Duurzaamheid'."""
    for t in afspraken.themas:
        for s in t.secties:
            if any(a.nr == afspraak_nr for a in s.afspraken):
                return f"{s.nr} {s.titel}"
        if any(a.nr == afspraak_nr for a in t.afspraken):
            return f"{t.nr} {t.titel}"
    return None


def _groups(agenda: Agenda) -> list[list[Rij]]:
    """The rows per afspraak, in the order the agenda first names each afspraak."""
    order: dict[str, list[Rij]] = {}
    for rij in agenda.rijen:
        order.setdefault(rij.afspraak_nr, []).append(rij)
    return list(order.values())


def _new_text(ds: Dataset, source: Agenda, jaren: str) -> tuple[str, list[Rij], int]:
    """The new agenda file, the rows it carries over, and how many empty rows it has."""
    assert ds.afspraken is not None and source.jaren is not None
    out = [
        "# yaml-language-server: $schema=schemas/agenda.schema.json",
        f"# Uitvoeringsagenda {jaren}, gemaakt met 'pa agenda nieuw {jaren}' uit de agenda "
        f"{source.jaren}. Acties die daar",
        "# niet gereed of vervallen waren, lopen hier door: 'herkomst' wijst naar de oude rij, "
        "waar ook hun voortgang staat.",
        "# 'termijn: vast te stellen' vraagt om een nieuwe termijn (de oude staat erachter). "
        "Afspraken zonder lopende actie",
        "# staan er als lege rij. Een concept tot 'vastgesteld: JJJJ-MM-DD' erbij staat"
        f"{_deadline(ds.afspraken.regel.agenda)}.",
        f"titel: Uitvoeringsagenda {jaren}",
        "",
        "rijen:",
    ]
    carried: list[Rij] = []
    empty = 0
    section = None
    rows: list[list[str]] = []
    for group in _groups(source):
        head = _heading(ds.afspraken, group[0].afspraak_nr)
        lopend = [r for r in group if r.is_actie and r.status not in DONE]
        if lopend:
            block = [_row(r, source.jaren) for r in lopend]
            carried += lopend
        else:
            first = group[0]
            nr = first.eigen_nr
            blank = Rij(nr, first.afspraak if first.afspraak not in (None, nr) else None,
                        first.onderwerp)
            block = [_row(blank, None)]
            empty += 1
        if head != section and head:
            block[0] = [f"  # {head}", *block[0]]
            section = head
        rows += block
    out += "\n\n".join("\n".join(r) for r in rows).split("\n")
    return "\n".join(out) + "\n", carried, empty


# -- the old file: one line per carried row ------------------------------------------------------

def _mark_old(raw: bytes, source: Agenda, carried: list[Rij], jaren: str) -> bytes:
    """The old file with `doorgeschoven: "JAREN"` after each carried row's last line."""
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3 if bom else 0:].decode("utf-8")
    eol = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(eol)
    starts = [r.src[1] for r in source.rijen]
    inserts: dict[int, str] = {}  # 0-based index of the line to insert after -> the new line
    for rij in carried:
        i = source.rijen.index(rij)
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)  # 1-based, inclusive
        last = end
        while last > rij.src[1] and (not lines[last - 1].strip()
                                     or lines[last - 1].lstrip().startswith("#")):
            last -= 1
        inserts[last - 1] = " " * (rij.src[2] - 1) + f'doorgeschoven: "{jaren}"'
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i in inserts:
            out.append(inserts[i])
    return (b"\xef\xbb\xbf" if bom else b"") + eol.join(out).encode("utf-8")


def _verify(after: Dataset, source: Agenda, carried: list[Rij], jaren: str) -> None:
    """The old rows are unchanged but for doorgeschoven; the new rows hold the same texts."""
    old = next(a for a in after.agendas if a.jaren == source.jaren)
    new = next(a for a in after.agendas if a.jaren == jaren)
    moved = {id(r) for r in carried}
    fields = [f for f in Rij._fields if f != "doorgeschoven"]
    by_herkomst = {r.herkomst: r for r in new.rijen if r.herkomst}
    ok = len(old.rijen) == len(source.rijen)
    for before, now in zip(source.rijen, old.rijen):
        same = all(getattr(before, f) == getattr(now, f) for f in fields)
        expected = jaren if id(before) in moved else before.doorgeschoven
        ok = ok and same and now.doorgeschoven == expected
        if id(before) in moved:
            copy = by_herkomst.get(f"{source.jaren}/{before.nr}")
            ok = ok and copy is not None and all(
                getattr(before, f) == getattr(copy, f)
                for f in ("nr", "afspraak", "onderwerp", "actie", "trekker", "status",
                          "toelichting"))
    if not ok or len(by_herkomst) != len(carried):
        raise Refused("de nieuwe agenda of de regels 'doorgeschoven' kunnen niet getrouw "
                      "geschreven worden (bij teruglezen verandert er iets); er is niets "
                      "geschreven. Meld dit aan de beheerders van pa")


def nieuwe_agenda(data: Path | None, jaren: str) -> NieuweAgenda:
    """The core of `pa agenda nieuw JAREN`."""
    state: dict[str, object] = {}

    def change(ds: Dataset) -> tuple[list[Change], NieuweAgenda]:
        first, last = parse_jaren(jaren, ds.afspraken.regel.agenda if ds.afspraken else None)
        target = ds.directory / f"agenda-{jaren}.yaml"
        if target.exists() or target.is_symlink():
            raise Refused(f"{display_path(target)} bestaat al; pa overschrijft geen agenda. "
                          "Kies andere jaren, of verwijder of hernoem het bestand eerst")
        source = _source(ds, jaren, first, last)
        text, carried, empty = _new_text(ds, source, jaren)
        path = ds.paths[source.src[0]]
        raw = read_data(path, source.src[0])  # as load read it: regular, in the repository
        if isinstance(raw, Problem):
            raise Refused(f"{source.src[0]}: {raw.message}")
        state.update(source=source, carried=carried)
        changes = [Change(target, None, text.encode("utf-8")),
                   Change(path, raw, _mark_old(raw, source, carried, jaren))]
        return changes, NieuweAgenda(display_path(target), source.src[0], len(carried), empty,
                                     source.jaren or "", source.is_concept, first)

    def check(after: Dataset) -> None:
        _verify(after, state["source"], state["carried"], jaren)  # type: ignore[arg-type]

    return update_data(data, change, check)
