"""What changed in the data between two versions, in the words of the agreements.

Not lines but meaning: actions added or removed, status changes with their toelichting,
termijn and trekker changes, changed texts as a word diff, parties and groups changed. An
action is identified by its agenda file and its `nr` (the identity that survives reordering
rows), an afspraak by its nr, a party or group by its id. The monitor's indicators and
metingen (indicatoren.yaml) are compared in history/diff_monitor.py, with the pieces here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, NamedTuple

from pa_cli.base.fmt import datum_nl, opsomming
from pa_cli.load.dataset import Dataset
from pa_cli.model.records import Afspraak, Agenda, Groep, Partij, Rij, Voortgang

__all__ = ["Wijziging", "compare", "woorden", "SOORTEN", "TEKSTEN", "field_changes",
           "keyed_changes", "details_text", "carried_rows", "file_key"]

# the order in which changes are listed
SOORTEN = ("agenda", "actie", "afspraak", "thema", "partij", "groep", "moment", "document",
           "indicator", "meting")
TEKSTEN = ("tekst", "omschrijving", "inleiding", "teksten", "slot")  # shown as a word diff


class Wijziging(NamedTuple):
    """One change: what (soort, sleutel), which part (wat), and from what to what."""

    soort: str  # one of SOORTEN
    sleutel: str  # 1.1.3, 2024-2025/2.4b (with several agendas), wzv, aanbod-regulier 2024
    onderwerp: str  # what the thing is about, for the reader
    wat: str  # toegevoegd, verwijderd, status, toelichting, termijn, trekker, tekst,
    #           doorgeschoven, onderwerp, naam, kort, aliassen, leden; for the monitor also
    #           afspraak, eenheid, richting, niveaus, omschrijving, doel, titel, marge,
    #           datum, waarde, bron, corporatie, kern
    van: str | None = None
    naar: str | None = None
    toelichting: str | None = None  # with a status change: the new toelichting, if it changed
    details: str | None = None  # with an added action: trekker, termijn, status, herkomst;
    #                             with an added or removed meting: its bron
    meting: dict[str, Any] | None = None  # a meting's identity, for JSON readers
    stap: str | None = None  # with a status or toelichting: the --datum of the new step(s)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = self._asdict()
        if self.meting is None:
            del out["meting"]  # only a meting has one
        if self.stap is None:
            del out["stap"]  # only a recorded step has one
        if self.wat in TEKSTEN:
            out["woorden"] = [list(w) for w in woorden(self.van or "", self.naar or "")]
        return out


def woorden(old: str, new: str, context: int = 5) -> list[tuple[str, str]]:
    """A word diff: runs of ('=', text), ('-', text), ('+', text). Long unchanged runs keep
    `context` words at either side of a change, with '…' between."""
    import difflib

    a, b = old.split(), new.split()
    out: list[tuple[str, str]] = []
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            words = a[i1:i2]
            first, last = n == 0, n == len(ops) - 1
            keep_head = 0 if first else context
            keep_tail = 0 if last else context
            if len(words) > keep_head + keep_tail + 1:
                head = words[:keep_head]
                tail = words[len(words) - keep_tail:] if keep_tail else []
                words = [*head, "…", *tail]
            out.append(("=", " ".join(words)))
            continue
        if i2 > i1:
            out.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", " ".join(b[j1:j2])))
    return out


def _names(values: Iterable[str] | None) -> str:
    return ", ".join(values or [])


def details_text(*pairs: tuple[str, str | None]) -> str | None:
    """'trekker: Gemeente; termijn: eind 2023' from (name, value) pairs; empty values left out."""
    return "; ".join(f"{name}: {value}" for name, value in pairs if value) or None


def file_key(agenda: Agenda) -> str:
    """'2022-2023' for agenda-2022-2023.yaml: how rows and `herkomst` name an agenda."""
    name = Path(agenda.src[0]).name
    return name.removeprefix("agenda-").removesuffix(".yaml")


def _rows(ds: Dataset) -> dict[tuple[str, str], tuple[Agenda, Rij]]:
    return {(file_key(ag), r.nr): (ag, r) for ag in ds.agendas for r in ag.rijen}


def field_changes(kind: str, key: str, about: str, old: Any, new: Any,
                  fields: dict[str, Any]) -> list[Wijziging]:
    """A change per field whose value differs; each field maps an object to its text."""
    out = []
    for wat, get in fields.items():
        before, after = get(old), get(new)
        if before != after:
            out.append(Wijziging(kind, key, about, wat, before, after))
    return out


def _termijn(r: Rij) -> str | None:
    return r.termijn.tekst if r.termijn else None


ROW_FIELDS = {
    "termijn": _termijn,
    "trekker": lambda r: _names(r.trekker) or None,
    "tekst": lambda r: r.actie,
    "doorgeschoven": lambda r: r.doorgeschoven,  # carried over to a next agenda
    "afspraak": lambda r: r.afspraak,
    "onderwerp": lambda r: r.onderwerp,
    "herkomst": lambda r: r.herkomst,
}


def _action_changes(key: str, old: Rij, new: Rij, carried: bool = False) -> list[Wijziging]:
    """The changes of one action. `carried`: `new` is the row `pa agenda nieuw` made of `old`,
    so what carrying does by itself (its herkomst, no voortgang, a termijn 'vast te stellen')
    is no change."""
    about = new.onderwerp or ""
    out = []
    steps = _new_steps(old, new) if not carried else list(new.voortgang)
    stap = opsomming([datum_nl(s.datum) for s in steps if s.datum], "en") or None
    if old.status != new.status:
        note = new.toelichting if new.toelichting != old.toelichting else None
        out.append(Wijziging("actie", key, about, "status", old.status, new.status, note,
                             stap=stap))
    elif old.toelichting != new.toelichting:
        out.append(Wijziging("actie", key, about, "toelichting", old.toelichting,
                             new.toelichting, stap=stap))
    fields = ROW_FIELDS
    if carried:
        fields = {k: f for k, f in ROW_FIELDS.items() if k not in ("herkomst", "termijn")}
        if new.termijn is None or not new.termijn.vast_te_stellen:
            fields["termijn"] = _termijn  # the new termijn filled in
    out += field_changes("actie", key, about, old, new, fields)
    said = out and out[0].wat in ("status", "toelichting") and steps  # pa set's step is there
    if not said and (not carried or new.voortgang):
        out += field_changes("actie", key, about, Rij("", voortgang=[] if carried else
                                                      old.voortgang), new,
                             {"voortgang": _voortgang})
    return out


def _new_steps(old: Rij, new: Rij) -> list[Voortgang]:
    """The voortgang steps `new` adds to those of `old`; none if it rewrote them."""
    n = len(old.voortgang)
    return list(new.voortgang[n:]) if list(new.voortgang[:n]) == list(old.voortgang) else []


def _voortgang(r: Rij) -> str | None:
    """'1 februari 2023: lopend (Eerste bouwtafel gehouden); ...'"""
    return "; ".join(f"{datum_nl(s.datum)}: {s.status}"
                     + (f" ({s.toelichting})" if s.toelichting else "")
                     for s in r.voortgang) or None


def carried_rows(ds: Dataset) -> dict[tuple[str, str], tuple[str, str]]:
    """Rows `pa agenda nieuw` carried over: (agenda, nr) -> (agenda, nr) of the row it came
    from, whose `doorgeschoven` names this agenda."""
    rows = _rows(ds)
    out = {}
    for key, (_, rij) in rows.items():
        jaren, _, nr = (rij.herkomst or "").rpartition("/")
        source = rows.get((jaren, nr))
        if rij.is_actie and source and source[1].doorgeschoven == key[0]:
            out[key] = (jaren, nr)
    return out


def _actions(old: Dataset, new: Dataset) -> list[Wijziging]:
    """Changes of actions. A row carried into an agenda that is new here is counted in that
    agenda's line (diff_document) and shows only where it differs from the row it came from;
    its old row's `doorgeschoven` is said by that count too."""
    before, after = _rows(old), _rows(new)
    several = len({k[0] for k in [*before, *after]}) > 1
    new_agendas = {k[0] for k in after} - {k[0] for k in before}
    carried = {k: src for k, src in carried_rows(new).items() if k[0] in new_agendas}
    sources = set(carried.values())
    out = []

    def label(k: tuple[str, str]) -> str:
        return f"{k[0]}/{k[1]}" if several else k[1]

    for k, (_, rij) in after.items():
        was = before.get(k)
        if k in carried:
            origin = before.get(carried[k]) or after[carried[k]]
            out += _action_changes(label(k), origin[1], rij, carried=True)
        elif was is None or not was[1].is_actie:
            if rij.is_actie:
                details = details_text(("trekker", _names(rij.trekker)), ("termijn", _termijn(rij)),
                                       ("status", rij.status), ("herkomst", rij.herkomst))
                out.append(Wijziging("actie", label(k), rij.onderwerp or "", "toegevoegd",
                                     None, rij.actie, details=details))
        elif not rij.is_actie:
            out.append(Wijziging("actie", label(k), was[1].onderwerp or "", "verwijderd",
                                 was[1].actie))
        else:
            changes = _action_changes(label(k), was[1], rij)
            if k in sources and was[1].doorgeschoven is None:
                changes = [c for c in changes if c.wat != "doorgeschoven"]
            out += changes
    for k, (_, rij) in before.items():
        if k not in after and rij.is_actie:
            out.append(Wijziging("actie", label(k), rij.onderwerp or "", "verwijderd",
                                 rij.actie))
    return out


def keyed_changes(kind: str, old: dict[str, Any], new: dict[str, Any], about: Any,
                  fields: dict[str, Any], text: Any, details: Any = None,
                  more: Any = None) -> list[Wijziging]:
    """Objects by key: added (with `details(obj)`, if given), changed per field (and then
    `more(old, new)`, if given), removed."""
    out = []
    for key, obj in new.items():
        if key not in old:
            out.append(Wijziging(kind, key, about(obj), "toegevoegd", None, text(obj),
                                 details=details(obj) if details else None))
        else:
            out += field_changes(kind, key, about(obj), old[key], obj, fields)
            out += more(old[key], obj) if more else []
    out += [Wijziging(kind, key, about(obj), "verwijderd", text(obj))
            for key, obj in old.items() if key not in new]
    return out


def _afspraken(ds: Dataset) -> dict[str, Afspraak]:
    return {a.nr: a for a in ds.afspraken.alle_afspraken()} if ds.afspraken else {}


def _partijen(ds: Dataset) -> dict[str, Partij]:
    return {p.id: p for p in ds.afspraken.partijen} if ds.afspraken else {}


def _groepen(ds: Dataset) -> dict[str, Groep]:
    return {g.id: g for g in ds.afspraken.groepen} if ds.afspraken else {}


def compare(old: Dataset, new: Dataset) -> list[Wijziging]:
    """Every change from `old` to `new`: actions, afspraken, parties, groups, in that order."""
    out = _actions(old, new)
    out += keyed_changes("afspraak", _afspraken(old), _afspraken(new),
                   lambda a: a.onderwerp or "", {
                       "tekst": lambda a: a.tekst,
                       "onderwerp": lambda a: a.onderwerp,
                       "trekker": lambda a: _names(a.trekker),
                   }, lambda a: a.tekst)
    out += keyed_changes("partij", _partijen(old), _partijen(new), lambda p: p.naam, {
        "naam": lambda p: p.naam,
        "kort": lambda p: p.kort,
        "aliassen": lambda p: _names(p.aliassen) or None,
    }, lambda p: p.naam)
    out += keyed_changes("groep", _groepen(old), _groepen(new), lambda g: g.naam, {
        "naam": lambda g: g.naam,
        "leden": lambda g: _names(sorted(g.leden)),  # the order of members means nothing
        "aliassen": lambda g: _names(g.aliassen) or None,
    }, lambda g: g.naam)
    return out
