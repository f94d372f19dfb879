"""Edit stage: `pa set` and `pa herstel` change one agenda action in place, nothing else.

The file is edited with ruamel.yaml's round-trip mode, so comments, key order,
quoting and layout stay. Before writing, pa proves the edit is safe: an
unchanged round trip reproduces the file byte for byte, the new file validates,
the values read back are exactly those given, only the action's own lines
changed, and the file on disk is still the one that was read. The whole cycle
runs under the writer lock (writer.update_data), so a second `pa set` at the
same time builds on the first. Anything else is refused with the reason, and
nothing is written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from pa_cli.base import clock
from pa_cli.base.exits import Refused
from pa_cli.base.fmt import datum_nl, opsomming
from pa_cli.base.problems import Problem, choice, unknown
from pa_cli.base.struct import Struct
from pa_cli.edit.writer import Change, update_data
from pa_cli.load.dataset import Dataset, display_path, read_data
from pa_cli.model.records import STATUSES, Agenda, Rij, Voortgang
from pa_cli.yamlio.edit import check_text, edit_item
from pa_cli.yamlio.style import styled

__all__ = ["SetResult", "set_status", "herstel", "find_row"]


class SetResult(Struct):
    path: str
    nr: str
    old: str | None
    new: str
    line: int
    teruggedraaid: date | None = None  # pa herstel: the date of the step taken back
    melding: str = ""  # which agenda was used, when not the one covering the date


Opdracht = Callable[[str], str]  # the command the user typed, with another NR


def find_row(ds: Dataset, nr: str, agenda: str | None = None, datum: date | None = None,
             moved_ok: bool = False, opdracht: Opdracht | None = None, terug: bool = False,
             ) -> tuple[Agenda, Rij, str]:
    """The one agenda action meant by NR, and the melding of the agenda choice.

    NR is '1.1.3', 'rij:1.1.5', 'afspraak:1.1.5', each optionally after 'JAREN/'
    ('2024-2025/2.4b'). A plain NR is the row with that number where there is one (an exact
    row number wins), else the rows of the afspraak with that number. Without JAREN or
    --agenda, the agenda covering `datum` is used. A row that moved on to a later agenda is
    refused unless `moved_ok` (for reading), or the step written on it (`datum`, pa set) or
    taken back (its last, `terug`: pa herstel) lies before that agenda begins: progress of the
    old agenda's own years stays recordable after `pa agenda nieuw`. Where NR still names
    several rows, the refusal gives `opdracht(ref)` for each: the whole command to type.
    """
    from pa_cli.query.agendas import kies, split_ref

    jaren, ref = split_ref(nr)
    if jaren and agenda and jaren != agenda:
        raise Refused(f"{nr} noemt agenda {jaren}, maar --agenda zegt {agenda}; kies één")
    kind, _, bare = ref.rpartition(":")
    if kind not in ("", "rij", "afspraak"):
        raise Refused(f"'{nr}' is geen nummer; schrijf bijvoorbeeld 1.1.3, rij:1.1.5, "
                      "afspraak:1.1.5 of 2024-2025/2.4b")
    keuze = kies(ds, datum or clock.today(), jaren or agenda)
    hits: list[tuple[Agenda, Rij, str]] = []
    for a in keuze.agendas:
        for rij in a.rijen:
            if kind in ("", "rij") and rij.nr == bare:
                hits.append((a, rij, f"rij {rij.nr}"))
            elif kind in ("", "afspraak") and rij.afspraak_nr == bare:
                hits.append((a, rij, f"rij {rij.nr} (hoort bij afspraak {rij.afspraak_nr})"))
    if kind == "" and any(r.nr == bare for _, r, _ in hits):
        hits = [h for h in hits if h[1].nr == bare]
    if not hits:
        where = f" in agenda {keuze.agendas[0].jaren}" if len(keuze.agendas) == 1 and len(
            ds.agendas) > 1 else ""
        raise Refused(f"er is geen agendarij {ref}{where}" + _near(keuze.agendas, bare))
    if len(hits) > 1:
        raise Refused(_dubbelzinnig(nr, jaren, hits, opdracht))
    a, rij, _ = hits[0]
    if not rij.is_actie:
        raise Refused(f"agendarij {rij.nr} is leeg (geen actie); vul eerst de actie, trekker "
                      "en status in het bestand in"
                      + _eerder(ds, a, rij, opdracht if moved_ok else None))
    if rij.doorgeschoven and not moved_ok:
        begins = agenda_begins(ds, rij.doorgeschoven)
        stap = (rij.voortgang[-1].datum if rij.voortgang else None) if terug else datum
        if begins is None or stap is None or stap >= begins:
            ref = f"{rij.doorgeschoven}/{rij.nr}"
            elders = opdracht(ref) if opdracht else f"pa {'herstel' if terug else 'set'} {ref}"
            hier = ("" if begins is None or terug else f". Een stap van vóór {datum_nl(begins)} "
                    f"(in {a.jaren}) kan hier nog, met die --datum")
            raise Refused(f"agendarij {rij.nr} van {a.jaren} is doorgeschoven naar "
                          f"{rij.doorgeschoven}; leg de voortgang daar vast: {elders}{hier}")
        notes = [m for m in (keuze.melding, _loopt_door(ds, a, rij)) if m]
        # one line; a note followed by another loses its full stop (no ".;" where they meet)
        return a, rij, "; ".join([*(m.removesuffix(".") for m in notes[:-1]), *notes[-1:]])
    return a, rij, keuze.melding


def _eerder(ds: Dataset, agenda: Agenda, rij: Rij, opdracht: Opdracht | None) -> str:
    """For an empty row: where its afspraak's last action stands in an earlier agenda,
    "; de laatste actie van afspraak 1.1.2 is 2024-2025/1.1.2 (gereed op 15 oktober 2024)"."""
    if agenda.years is None:
        return ""
    earlier = sorted((a for a in ds.agendas if a.years and a.years < agenda.years),
                     key=lambda a: a.years or (0, 0))
    for old in reversed(earlier):
        rows = [r for r in old.rijen if r.is_actie and r.afspraak_nr == rij.afspraak_nr]
        if not rows:
            continue
        parts = []
        for r in rows:
            step = r.voortgang[-1] if r.voortgang else None
            when = f" op {datum_nl(step.datum)}" if step and step.status == r.status else ""
            parts.append(f"{old.jaren}/{r.nr} ({r.status}{when})")
        hint = f": {opdracht(f'{old.jaren}/{rows[-1].nr}')}" if opdracht else ""
        return (f"; de laatste {'actie' if len(rows) == 1 else 'acties'} van afspraak "
                f"{rij.afspraak_nr}: {opsomming(parts, 'en')}{hint}")
    return ""


def _loopt_door(ds: Dataset, agenda: Agenda, rij: Rij) -> str:
    """'let op: ...' for a step on a row that moved on: the row where the action lives on."""
    from pa_cli.query.agendas import keten

    chain = keten(ds, agenda, rij)
    here = next(i for i, (_, r) in enumerate(chain) if r is rij)
    if here + 1 >= len(chain):
        return ""
    ag, nxt = chain[here + 1]
    return (f"let op: de actie loopt door in {ag.jaren}/{nxt.nr} (status {nxt.status}); pas die "
            "rij zo nodig ook aan")


def agenda_begins(ds: Dataset, jaren: str | None) -> date | None:
    """1 January of the first year of the agenda `jaren` names, if it has years."""
    from pa_cli.query.agendas import by_jaren

    found = by_jaren(ds).get(jaren) if jaren else None
    return date(found.years[0], 1, 1) if found and found.years else None


def _dubbelzinnig(nr: str, jaren: str | None, hits: list[tuple[Agenda, Rij, str]],
                  opdracht: Opdracht | None) -> str:
    """NR names several rows: each with where it stands and, if known, the command for it."""
    several = len({id(a) for a, _, _ in hits}) > 1
    lines = [f"{nr} is dubbelzinnig; bedoelt u:"]
    for a, r, what in hits:
        lines.append(f"  {display_path(Path(a.src[0]))}:{r.src[1]}: {what}"
                     f"{' - ' + r.onderwerp if r.onderwerp else ''}")
        prefix = jaren or (a.jaren if several else None)
        if opdracht is not None:
            lines.append("      " + opdracht(f"{prefix}/rij:{r.nr}" if prefix else f"rij:{r.nr}"))
    if opdracht is None:
        lines.append("Kies met rij:NR (het nummer zoals gedrukt in de agenda), afspraak:NR "
                     "(het nummer van de afspraak) of --agenda JAREN.")
    return "\n".join(lines)


def _near(agendas: list[Agenda], nr: str) -> str:
    import difflib

    known = [r.nr for a in agendas for r in a.rijen]
    close = difflib.get_close_matches(nr, known, n=3, cutoff=0.7)
    return f"; bedoelt u {opsomming(close)}?" if close else ""


def _last_slots(row: Any) -> list[tuple[Any, Any, int]]:
    """(container, key, comment index) from the row down to its deepest last value."""
    slots = []
    node: Any = row
    while hasattr(node, "ca") and len(node):
        is_seq = isinstance(node, list)
        key = len(node) - 1 if is_seq else list(node.keys())[-1]
        slots.append((node, key, 0 if is_seq else 2))
        node = node[key]
    return slots


def _take_trailing_comment(row: Any) -> Any:
    """Detach the comment (usually the blank line) that follows a row's last value.

    ruamel.yaml keeps it as text starting with the end of the value's line; after a block
    scalar (`|-`), which ends its own line, without that first newline: it is added here
    and taken off again in _put_trailing_comment.
    """
    from ruamel.yaml.scalarstring import LiteralScalarString
    from ruamel.yaml.tokens import CommentToken

    for container, key, index in reversed(_last_slots(row)):
        entry = container.ca.items.get(key)
        if entry and len(entry) > index and entry[index] is not None:
            token = entry[index]
            if isinstance(container[key], LiteralScalarString):
                entry[index] = None
                return CommentToken("\n" + token.value, token.start_mark, None)
            eol, newline, rest = token.value.partition("\n")
            if eol.strip():  # a comment on the value's own line stays with the value
                token.value = eol + newline
                return CommentToken(newline + rest, token.start_mark, None) if rest else None
            entry[index] = None
            return token
    return None


def _put_trailing_comment(row: Any, token: Any) -> None:
    """Attach it again after the row's (new) last value."""
    if token is None:
        return
    from ruamel.yaml.scalarstring import LiteralScalarString
    from ruamel.yaml.tokens import CommentToken

    container, key, index = _last_slots(row)[-1]
    entry = container.ca.items.setdefault(key, [None, None, None, None])
    entry.extend([None] * (4 - len(entry)))
    kept = entry[index]
    if kept is not None:
        # a comment on the value's own line (pa herstel: the status line, once the step after
        # it is gone) stays, and the trailing comment follows it. Its line end is kept's own:
        # with a trailing comment after it, the value's line is not the file's last
        token = CommentToken(kept.value + token.value.removeprefix("\n"), kept.start_mark, None)
    elif isinstance(container[key], LiteralScalarString) and token.value.startswith("\n"):
        # a block scalar ends its own line (see _take_trailing_comment)
        token = CommentToken(token.value[1:], token.start_mark, None)
    entry[index] = token


def _apply(row: Any, status: str, toelichting: str | None, datum: date) -> None:
    """pa set: the new status, its toelichting, and one voortgang step."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    trailing = _take_trailing_comment(row)
    changed = row["status"] != status
    row["status"] = status
    if toelichting is not None:
        _put_toelichting(row, toelichting)
    elif changed and "toelichting" in row:
        del row["toelichting"]  # it explained the previous status
    step = CommentedMap()
    step["datum"] = datum
    step["status"] = status
    if toelichting is not None:
        step["toelichting"] = styled(toelichting)
    if "voortgang" not in row or row["voortgang"] is None:
        row["voortgang"] = CommentedSeq()
    row["voortgang"].append(step)
    _put_trailing_comment(row, trailing)


def _undo(row: Any, status: str, toelichting: str | None) -> None:
    """pa herstel: drop the last voortgang step; status and toelichting as before it."""
    trailing = _take_trailing_comment(row)
    row["voortgang"].pop()
    if not row["voortgang"]:
        del row["voortgang"]
    row["status"] = status
    if toelichting is None:
        row.pop("toelichting", None)
    else:
        _put_toelichting(row, toelichting)
    _put_trailing_comment(row, trailing)


def _put_toelichting(row: Any, toelichting: str) -> None:
    """The row's toelichting, in pa's style (yamlstyle), right after its status."""
    if "toelichting" in row:
        row["toelichting"] = styled(toelichting)
    else:
        row.insert(list(row.keys()).index("status") + 1, "toelichting", styled(toelichting))


def _row_span(rows: list[Rij], rij: Rij, total: int) -> tuple[int, int]:
    """First and last line of a row in its file."""
    i = rows.index(rij)
    end = rows[i + 1].src[1] - 1 if i + 1 < len(rows) else total
    return rij.src[1], end


Expected = tuple[str, str | None, list[Voortgang]]  # status, toelichting, voortgang after
Plan = tuple[Callable[[Any], None], Expected, SetResult]  # the row's edit, its proof, the result


def set_status(data: Path | None, nr: str, status: str, toelichting: str | None,
               datum: date, agenda: str | None = None, toekomst: bool = False,
               opdracht: Opdracht | None = None) -> SetResult:
    """The core of `pa set`: record one voortgang step of one action."""
    status = choice(status, STATUSES) or status  # 'Gereed' on the command line is 'gereed'
    if status not in STATUSES:
        raise Refused(f"status '{status}' bestaat niet" + unknown(status, STATUSES))
    if toelichting is not None:
        check_text("de toelichting", toelichting)
    if status == "vervallen" and toelichting is None:
        raise Refused("'vervallen' is een besluit: geef met --toelichting aan waarom en door "
                      "wie (bijvoorbeeld -m \"vervallen, besloten in het bestuurlijk overleg\")")
    today = clock.today()
    if datum > today and not toekomst:
        raise Refused(f"--datum {datum_nl(datum)} ligt na vandaag ({datum_nl(today)}); "
                      "een voortgang in de toekomst laat geen eerdere 'pa set' meer toe. "
                      "Klopt de datum, geef dan ook --toekomst")

    def plan(ds: Dataset, agenda_obj: Agenda, rij: Rij) -> Plan:
        if rij.status == status and toelichting is None:
            raise Refused(f"agendarij {rij.nr} heeft al status '{status}'; geef een "
                          "--toelichting om voortgang vast te leggen")
        begins = agenda_begins(ds, agenda_obj.jaren) if rij.herkomst else None
        if begins is not None and datum < begins:
            elders = opdracht(rij.herkomst or "") if opdracht else f"pa set {rij.herkomst}"
            raise Refused(f"--datum {datum_nl(datum)} ligt vóór het begin van de agenda van deze "
                          f"rij ({datum_nl(begins)}); toen liep de actie nog in agenda "
                          f"{rij.herkomst}: leg de stap daar vast, met {elders}")
        if rij.voortgang and rij.voortgang[-1].datum and datum < rij.voortgang[-1].datum:
            raise Refused(f"--datum {datum_nl(datum)} ligt vóór de laatste voortgang "
                          f"({datum_nl(rij.voortgang[-1].datum)}) van agendarij {rij.nr}; "
                          f"was die stap fout, draai hem terug met 'pa herstel {nr}'")
        steps = [*rij.voortgang, Voortgang(datum, status, toelichting)]
        return (lambda row: _apply(row, status, toelichting, datum), (status, toelichting, steps),
                SetResult(rij.src[0], rij.nr, rij.status, status, rij.src[1]))

    return _update_row(data, nr, agenda, plan, datum, opdracht)


def herstel(data: Path | None, nr: str, agenda: str | None = None,
            opdracht: Opdracht | None = None) -> SetResult:
    """The core of `pa herstel`: take back the last voortgang step of one action.

    Status and toelichting become what the remaining steps say (query.replay); without
    steps left the action is open again and loses its `voortgang` key. Same guarantees
    as `pa set`: only the action's lines change, verified, written atomically under the lock.
    """
    from pa_cli.query.stand import replay

    def plan(ds: Dataset, agenda_obj: Agenda, rij: Rij) -> Plan:
        if not rij.voortgang:
            raise Refused(f"agendarij {rij.nr} heeft geen voortgang om terug te draaien; pas "
                          "de status aan met 'pa set'")
        rest = rij.voortgang[:-1]
        status, toelichting = replay(rest)
        return (lambda row: _undo(row, status, toelichting), (status, toelichting, rest),
                SetResult(rij.src[0], rij.nr, rij.status, status, rij.src[1],
                          rij.voortgang[-1].datum))

    return _update_row(data, nr, agenda, plan, opdracht=opdracht, terug=True)


def _update_row(data: Path | None, nr: str, agenda: str | None,
                plan: Callable[[Dataset, Agenda, Rij], Plan], datum: date | None = None,
                opdracht: Opdracht | None = None, terug: bool = False) -> SetResult:
    """Change one action in its file, serialised with other writers (writer.update_data)."""
    found: list[tuple[Rij, Expected]] = []

    def change(ds: Dataset) -> tuple[list[Change], SetResult]:
        agenda_obj, rij, melding = find_row(ds, nr, agenda, datum, opdracht=opdracht,
                                            terug=terug)
        edit_row, expected, result = plan(ds, agenda_obj, rij)
        result.melding = melding
        found.append((rij, expected))
        shown = agenda_obj.src[0]
        path = ds.paths[shown]
        raw = read_data(path, shown)
        if isinstance(raw, Problem):
            raise Refused(f"{shown}: {raw.message}")
        new_raw = _edit_bytes(raw, shown, agenda_obj, rij, edit_row)
        return [Change(path, raw, new_raw)], result

    return update_data(data, change, lambda after: _verify(after, *found[0]))


def _edit_bytes(raw: bytes, shown: str, agenda: Agenda, rij: Rij,
                change: Callable[[Any], None]) -> bytes:
    """Only the row's own lines are read, changed and written back (yamledit.edit_item)."""
    first, last = _row_span(agenda.rijen, rij, raw.count(b"\n") + 1)
    return edit_item(raw, shown, "rijen", first, last, change)


def _verify(after: Dataset, rij: Rij, expected: Expected) -> None:
    """The new file holds exactly the values expected (update_data proved that it validates)."""
    shown = rij.src[0]
    agenda = next(a for a in after.agendas if a.src[0] == shown)
    row = next(r for r in agenda.rijen if r.nr == rij.nr)
    status, toelichting, steps = expected
    if (row.status, row.toelichting, _steps(row.voortgang)) != (status, toelichting,
                                                               _steps(steps)):
        raise Refused("de tekst kan niet getrouw in YAML bewaard worden (bij teruglezen "
                      "verandert hij); er is niets geschreven")


def _steps(steps: list[Voortgang]) -> list[tuple[date, str, str | None]]:
    return [(v.datum, v.status, v.toelichting) for v in steps]
