"""What changed in the rest of the data, beside actions, afspraken, parties and groups: an
agenda's own keys (its vaststelling first: a bestuurlijk besluit), the themes and their
sections, the moments of the cycle, and the keys of afspraken.yaml itself (titel, looptijd,
ondertekening, inleiding, instellingen, regels). Every key pa reads shows up when it changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pa_cli.base.fmt import aantal, datum_nl
from pa_cli.history.diff import Wijziging, carried_rows, field_changes, file_key, keyed_changes
from pa_cli.load.dataset import Dataset
from pa_cli.model.records import Agenda, Blok, Moment, Sectie, Thema

__all__ = ["document_changes", "agenda_changes", "blokken"]


def _names(values: Any) -> str | None:
    return ", ".join(values) if values else None


def blokken(blocks: list[Blok]) -> str | None:
    """Running text as one string (kop, tekst, punten, onderdelen, slot), for a word diff."""
    parts: list[str] = []
    for b in blocks:
        parts += [p for p in (b.kop, b.tekst) if p]
        parts += b.punten
        parts += [t for t in (blokken(b.onderdelen), b.slot) if t]
    return " ".join(parts) or None


def _agenda_key(agenda: Agenda) -> str:
    return agenda.jaren or Path(agenda.src[0]).name


AGENDAVELDEN = {
    "vastgesteld": lambda a: datum_nl(a.vastgesteld) or None,  # first: a bestuurlijk besluit
    "titel": lambda a: a.titel,
    "bijlage": lambda a: a.bijlage,
    "inleiding": lambda a: a.inleiding,
}


def agenda_changes(old: Dataset, new: Dataset) -> list[Wijziging]:
    """The keys of each agenda file. A new agenda's rows show as actions; of its own keys only a
    vaststelling is news."""
    before = {_agenda_key(a): a for a in old.agendas}
    carried = carried_rows(new)
    out = []
    for agenda in new.agendas:
        key = _agenda_key(agenda)
        was = before.get(key)
        if was is None:
            out.append(_new_agenda(key, agenda, carried))
            was = Agenda(titel=agenda.titel, rijen=[], bijlage=agenda.bijlage,
                         inleiding=agenda.inleiding)
        out += field_changes("agenda", key, agenda.titel or "", was, agenda, AGENDAVELDEN)
    return out


def _new_agenda(key: str, agenda: Agenda, carried: dict[tuple[str, str], Any]) -> Wijziging:
    """One line for an agenda added: "43 acties doorgeschoven, 2 nieuw, 11 lege rijen"; its
    carried rows show only where they differ from the row they came from."""
    mine = {k[1] for k in carried if k[0] == file_key(agenda)}
    moved = sum(1 for r in agenda.rijen if r.is_actie and r.nr in mine)
    nieuw = sum(1 for r in agenda.rijen if r.is_actie) - moved
    leeg = sum(1 for r in agenda.rijen if not r.is_actie)
    counts = (f"{aantal(moved, 'actie', 'acties')} doorgeschoven, {nieuw} nieuw, "
              f"{aantal(leeg, 'lege rij', 'lege rijen')}")
    return Wijziging("agenda", key, agenda.titel or "", "toegevoegd", None,
                     agenda.titel or key, details=counts)


def _themas(ds: Dataset) -> dict[str, Thema | Sectie]:
    if ds.afspraken is None:
        return {}
    out: dict[str, Thema | Sectie] = {}
    for t in ds.afspraken.themas:
        out[t.nr] = t
        out.update({s.nr: s for s in t.secties})
    return out


def _thema_velden() -> dict[str, Any]:
    return {
        "titel": lambda t: t.titel,
        "teksten": lambda t: blokken(t.teksten) if isinstance(t, Thema) else None,
        "slot": lambda t: blokken(t.slot) if isinstance(t, Thema) else None,
    }


def _momenten(ds: Dataset) -> dict[str, Moment]:
    return {m.id: m for m in ds.afspraken.cyclus} if ds.afspraken else {}


MOMENTVELDEN = {
    "naam": lambda m: m.naam,
    "afspraak": lambda m: m.afspraak,
    "wanneer": lambda m: m.wanneer,
    "soort": lambda m: m.soort,
    "trekker": lambda m: _names(m.trekker),
    "wat": lambda m: m.wat,
    "terugblik": lambda m: "ja" if m.terugblik else "nee",
    "bereidt_voor": lambda m: m.bereidt_voor,
    "tijdens": lambda m: m.tijdens,
    "data": lambda m: ", ".join(d.isoformat() for d in m.data) or None,
}


def _ondertekening(a: Any) -> str | None:
    o = a.ondertekening
    if o is None:
        return None
    names = "; ".join(", ".join(p for p in (t.naam, t.functie, t.partij) if p)
                      for t in o.ondertekenaars)
    return " ".join(p for p in (o.plaats, datum_nl(o.datum), f"({names})" if names else "")
                    if p) or None


def _regels(a: Any) -> str | None:
    """'agenda: afspraak 5.3, 2 jaar, vaststellen uiterlijk 1 juli; verlenging: afspraak 5.6'"""
    r = a.regels
    if r is None:
        return None
    parts = []
    for name in ("agenda", "verlenging", "monitor"):
        rule = getattr(r, name)
        if rule is None:
            continue
        bits = [f"afspraak {rule.afspraak}" if rule.afspraak else ""]
        if name == "agenda":
            bits += [f"{rule.jaren} jaar" if rule.jaren else "",
                     f"vaststellen {rule.vaststellen}" if rule.vaststellen else ""]
        parts.append(f"{name}: " + (", ".join(b for b in bits if b) or "-"))
    return "; ".join(parts) or None


DOCUMENTVELDEN = {
    "titel": lambda a: a.titel,
    "gemeente": lambda a: a.gemeente,
    "looptijd.van": lambda a: datum_nl(a.looptijd.van) if a.looptijd else None,
    "looptijd.tot_en_met": lambda a: datum_nl(a.looptijd.tot_en_met) if a.looptijd else None,
    "looptijd.verlenging": lambda a: a.looptijd.verlenging if a.looptijd else None,
    "looptijd.opvolger_ondertekend": lambda a: (datum_nl(a.looptijd.opvolger_ondertekend)
                                                if a.looptijd else None) or None,
    "ondertekening": _ondertekening,
    "inleiding": lambda a: blokken(a.inleiding),
    "marge_weken": lambda a: (str(a.instellingen.marge_weken) if a.instellingen and
                              a.instellingen.marge_weken is not None else None),
    "regels": _regels,
}


def document_changes(old: Dataset, new: Dataset) -> list[Wijziging]:
    """Themes and sections, the cycle, and afspraken.yaml's own keys."""
    out = keyed_changes("thema", _themas(old), _themas(new), lambda t: t.titel, _thema_velden(),
                        lambda t: t.titel)
    out += keyed_changes("moment", _momenten(old), _momenten(new), lambda m: m.naam,
                         MOMENTVELDEN,
                         lambda m: f"{m.naam} ({m.wanneer or m.tijdens or m.bereidt_voor})")
    if old.afspraken is not None and new.afspraken is not None:
        out += field_changes("document", "afspraken", new.afspraken.titel or "", old.afspraken,
                             new.afspraken, DOCUMENTVELDEN)
    return out
