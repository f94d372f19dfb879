"""What changed in indicatoren.yaml (the monitor of afspraak 5.8) between two versions, in words:
indicators added, removed or redefined (naam, afspraak, eenheid, richting, niveaus, omschrijving,
each doel), the monitor's titel and marge, and metingen added, corrected or removed.

A meting is identified as the monitor identifies it (monitor_check.meting_key): indicator,
jaar or peildatum as written, corporatie (by its party), kern and huurklasse. A meting whose
jaar or peildatum was corrected has a new identity; it shows as one change of its datum when
exactly one removed and one added meting of the same indicator and series fit each other
(the same year, or the same waarde and bron). A missing indicatoren.yaml is a monitor without
indicators: everything in the other version is added or removed.
"""

from __future__ import annotations

from typing import Any

from pa_cli.check.monitor import meting_key
from pa_cli.history.diff import Wijziging, details_text, field_changes, keyed_changes
from pa_cli.load.dataset import Dataset
from pa_cli.model.monitor import MARGE_PROCENT, Doel, Indicator, Meting
from pa_cli.query.monitor import met_eenheid

__all__ = ["monitor_changes", "doel_tekst"]

_Key = tuple[object, ...]


def doel_tekst(d: Doel, ind: Indicator) -> str:
    """A target in words: 'minimaal 80% in 2022-2025', 'maximaal 15% in 2022 (wettelijk
    maximum)', 'minimaal op peil 2021 in 2022-2025', 'minimaal 80 woningen' (no year)."""
    target = f"op peil {d.peil}" if d.peil is not None else met_eenheid(d.waarde, ind.eenheid)
    text = " ".join(p for p in (ind.richting, target) if p)
    if d.jaren:
        first, last = d.jaren
        text += f" in {first}" + (f"-{last}" if last != first else "")
    return text + (f" ({d.toelichting})" if d.toelichting else "")


def _doel_changes(old: Indicator, new: Indicator) -> list[Wijziging]:
    """Each doel paired by its years (in order among equal years), the rest in order: a doel
    whose years changed is one change, not a removal and an addition."""
    before, after = list(old.doelen), list(new.doelen)
    pairs: list[tuple[Doel | None, Doel | None]] = []
    for doel in new.doelen:
        match = next((n for n, o in enumerate(before) if o.jaren == doel.jaren), None)
        if match is not None:
            pairs.append((before.pop(match), doel))
            after.remove(doel)
    pairs += list(zip(before, after))
    pairs += [(o, None) for o in before[len(after):]]
    pairs += [(None, d) for d in after[len(before):]]
    out = []
    for was, now in pairs:
        van = doel_tekst(was, old) if was else None
        naar = doel_tekst(now, new) if now else None
        if van != naar:
            out.append(Wijziging("indicator", new.id, new.naam, "doel", van, naar))
    return out


def _indicators(ds: Dataset) -> dict[str, Indicator]:
    return {i.id: i for i in ds.indicatoren.indicatoren} if ds.indicatoren else {}


def _indicator_changes(old: Dataset, new: Dataset) -> list[Wijziging]:
    before, after = _indicators(old), _indicators(new)

    def added(ind: Indicator) -> str | None:
        doelen = ", ".join(doel_tekst(d, ind) for d in ind.doelen)
        return details_text(("afspraak", ind.afspraak), ("eenheid", ind.eenheid),
                            ("doelen", doelen))

    out = keyed_changes("indicator", before, after, lambda i: i.naam, {
        "naam": lambda i: i.naam,
        "afspraak": lambda i: i.afspraak,
        "eenheid": lambda i: i.eenheid,
        "richting": lambda i: i.richting,
        "niveaus": lambda i: ", ".join(i.niveaus) or None,
        "omschrijving": lambda i: i.omschrijving,
    }, lambda i: i.naam, added, _doel_changes)
    mon_old, mon_new = old.indicatoren, new.indicatoren
    if mon_old is not None and mon_new is not None:  # the file itself added or removed: no line
        out += field_changes("indicator", "monitor", mon_new.titel, mon_old, mon_new, {
            "titel": lambda m: m.titel,
            "marge": lambda m: met_eenheid(MARGE_PROCENT if m.marge_procent is None
                                           else m.marge_procent, "procent"),
        })
    return out


def _metingen(ds: Dataset) -> dict[_Key, Meting]:
    from pa_cli.model.trekker import Trekkers

    if ds.indicatoren is None:
        return {}
    trekkers = Trekkers(ds.afspraken) if ds.afspraken else None
    out: dict[_Key, Meting] = {}
    for m in ds.indicatoren.metingen:
        out.setdefault(meting_key(m, trekkers), m)  # a second one is PA064: never compared
    return out


def _fits(a: tuple[_Key, Meting], b: tuple[_Key, Meting]) -> bool:
    """The same figure with its jaar or peildatum corrected: same indicator and series, and the
    same year or the same waarde and bron."""
    (ka, ma), (kb, mb) = a, b
    return (ka[0] == kb[0] and ka[3:] == kb[3:]
            and (ma.year == mb.year or (ma.waarde, ma.bron) == (mb.waarde, mb.bron)))


def _moved(gone: dict[_Key, Meting], came: dict[_Key, Meting]) -> dict[_Key, _Key]:
    """New key -> old key for each meting whose moment was corrected, where that is certain:
    exactly one candidate on either side."""
    out = {}
    for kn, mn in came.items():
        olds = [ko for ko, mo in gone.items() if _fits((ko, mo), (kn, mn))]
        if len(olds) == 1:
            back = [k for k, m in came.items() if _fits((olds[0], gone[olds[0]]), (k, m))]
            if back == [kn]:
                out[kn] = olds[0]
    return out


def _identity(m: Meting) -> dict[str, Any]:
    return {"indicator": m.indicator, "jaar": m.jaar,
            "peildatum": m.peildatum.isoformat() if m.peildatum else None,
            "corporatie": m.corporatie, "kern": m.kern, "huurklasse": m.huurklasse}


def _waarde(m: Meting) -> str:
    return met_eenheid(m.waarde, m.eenheid)


MEETVELDEN = {
    "datum": lambda m: m.wanneer,  # differs only for a meting whose moment was corrected
    "waarde": _waarde,
    "bron": lambda m: m.bron,
    "corporatie": lambda m: m.corporatie,  # the same party, written otherwise
    "kern": lambda m: m.kern,  # the same kern, in other capitals
}


def _meting_changes(old: Dataset, new: Dataset) -> list[Wijziging]:
    before, after = _metingen(old), _metingen(new)
    names = {**{k: i.naam for k, i in _indicators(old).items()},
             **{k: i.naam for k, i in _indicators(new).items()}}
    moved = _moved({k: m for k, m in before.items() if k not in after},
                   {k: m for k, m in after.items() if k not in before})
    out = []
    for k, m in after.items():
        about = names.get(m.indicator, "")
        was = before.get(moved.get(k, k))
        if was is None:
            out.append(Wijziging("meting", m.naam, about, "toegevoegd", None, _waarde(m),
                                 details=f"bron: {m.bron}", meting=_identity(m)))
            continue
        out += [c._replace(meting=_identity(m))
                for c in field_changes("meting", m.naam, about, was, m, MEETVELDEN)]
    kept = {*after, *moved.values()}
    out += [Wijziging("meting", m.naam, names.get(m.indicator, ""), "verwijderd", _waarde(m),
                      details=f"bron: {m.bron}", meting=_identity(m))
            for k, m in before.items() if k not in kept]
    return out


def monitor_changes(old: Dataset, new: Dataset) -> list[Wijziging]:
    """Every change of indicatoren.yaml from `old` to `new`: indicators, then metingen."""
    return _indicator_changes(old, new) + _meting_changes(old, new)
