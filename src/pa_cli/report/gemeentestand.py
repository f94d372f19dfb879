"""Report stage: one set of a portfolio on a peildatum, as `pa report portefeuille` shows it,
kept in the cache beside the set (issue 18, parts 2 and 4).

Over a national portfolio of 340 sets the report rebuilt every set's whole model from the cache
(about 6 ms a set) and worked out its stand: 3.7 s warm, where `pa status --trekker` answers in
0.6 s because it reads the sets in brief (check/light.py). What the report shows of a set is
small: its counts per stoplicht, its next overleg and its overdue actions. `gemeente_stand` keeps
that beside the set's own cache entry (load/cache.py, part "portefeuille"), under a key made of
the set's own key (the exact bytes of every data file, pa's code, today, the directory) and all
else the answer depends on: the peildatum, --marge, the names --trekker has in this set, and the
names the register gives its parties. A set that did not change then costs one small cache file;
its model is read only when that key misses. Without a cache (PA_NO_CACHE) it is worked out as
before: the answer is the same either way.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from pa_cli.base.struct import Struct
from pa_cli.check.portfolio import Links, SetResult
from pa_cli.model.portefeuille import RegPartij
from pa_cli.model.records import Partij, Rij
from pa_cli.model.trekker import name_key
from pa_cli.query.cyclus import Cyclus, Overleg
from pa_cli.query.stand import Actie, Filter, overdue_per_party, stand

__all__ = ["Laat", "GemeenteStand", "gemeente_stand", "PART"]

PART = "portefeuille"  # the cache file beside the set's own (load/cache.py)
_FORM = "gemeentestand-1"  # part of the key: a change in what is kept misses the old entries


class Laat(Struct):
    """An overdue action as the portfolio report shows it: what its templates read of one."""

    nr: str
    onderwerp: str | None
    trekker: list[str]  # the names, as the set writes them
    termijn: str | None  # as written
    termijn_getoond: str | None  # as the tables show it
    vorige_termijn: str | None  # a carried action's old termijn while it still counts
    termijn_uitleg: str  # "was najaar 2022", "voorstel; geldt: najaar 2023", or ""
    voorstel: bool  # its own termijn is a concept's proposal; the old one counts
    uiterlijk: date | None
    stoplicht: str | None
    dagen_te_laat: int | None
    status: str | None  # on the peildatum
    toelichting: str | None  # on the peildatum
    rij: Rij  # the agenda row itself (rij.actie)

    @property
    def laatste_toelichting(self) -> str | None:
        """The toelichting as it stood on the peildatum (the name templates know)."""
        return self.toelichting


class GemeenteStand(Struct):
    """One set of the portfolio on the peildatum."""

    gemeente: str  # the set's gemeente:, else its folder
    set: str  # the folder
    titel: str  # of its afspraken
    agenda: str  # "agenda 2026-2027", the agenda the stand is taken from
    melding: str  # when no agenda covers the peildatum, else ""
    verlenging: str  # "in verlenging sinds ..." or ""
    tellingen: dict[str, int]  # actions per stoplicht
    acties: int  # actions counted (a carried action once, in its new agenda)
    op_schema: int
    geteld: int  # actions rood, oranje or groen: the base of the share op schema
    overleg: Overleg | None  # the next overleg of its cycle; None: its cycle names none
    marge_weken: int  # oranje: the termijn ends within so many weeks
    te_laat: list[tuple[str, list[Laat]]]  # per trekker (named as the register names it),
    # most days late first

    @property
    def aandeel(self) -> int | None:
        """The share op schema in whole percents; None without actions that count."""
        return round(100 * self.op_schema / self.geteld) if self.geteld else None

    @property
    def aantal_te_laat(self) -> int:
        return self.tellingen["rood"]


def _naam(partij: Partij, reg: RegPartij | None) -> str:
    """A party as the portfolio's register names it, with the set's own name when that differs:
    one corporatie is one name across the portfolio."""
    if reg is None or name_key(reg.naam) == name_key(partij.naam):
        return partij.naam
    return f"{reg.naam} (hier: {partij.naam})"


def _laat(a: Actie) -> Laat:
    return Laat(a.nr, a.onderwerp, list(a.trekker), a.termijn, a.termijn_getoond,
                a.vorige_termijn, a.termijn_uitleg, a.voorstel, a.uiterlijk, a.stoplicht,
                a.dagen_te_laat, a.status, a.toelichting, a.rij)


def _worked_out(r: SetResult, names: list[str], peildatum: date, marge: int | None,
                links: Links) -> GemeenteStand:
    ds = r.ds
    assert ds.afspraken is not None
    s = stand(ds, peildatum, Filter(names), marge)
    acties = [a for a in s.acties if not a.doorgeschoven]  # a carried action counts once
    tellingen = s.tellingen(acties)
    cyclus = Cyclus(ds.afspraken.cyclus, s.marge_weken)
    overleg = cyclus.eerstvolgend(peildatum) if cyclus.overleggen else None
    return GemeenteStand(
        gemeente=r.gemeente, set=r.set.name, titel=ds.afspraken.titel,
        agenda=s.agenda_label or (s.agendas[0].naam if s.agendas else ""), melding=s.melding,
        verlenging=s.verlenging, tellingen=tellingen, acties=len(acties),
        op_schema=tellingen["groen"] + tellingen["oranje"],
        geteld=tellingen["rood"] + tellingen["oranje"] + tellingen["groen"],
        overleg=overleg, marge_weken=s.marge_weken,
        te_laat=[(_naam(partij, links.of.get((r.set.name, partij.id))), [_laat(a) for a in lijst])
                 for partij, lijst in overdue_per_party(s)])


def _key(r: SetResult, names: list[str], peildatum: date, marge: int | None,
         links: Links) -> str | None:
    """The key of this set's answer, or None when the set has no key of its own (no cache)."""
    own = r.brief._key
    if not own:
        return None
    registry = [f"{p.id}={reg.naam if reg else ''}" for p in (r.afspraken.partijen if r.afspraken
                                                             else [])
                for reg in [links.of.get((r.set.name, p.id))]]
    parts = [_FORM, own, peildatum.isoformat(), "" if marge is None else str(marge),
             "\x1f".join(names), "\x1f".join(registry)]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _plain(g: GemeenteStand) -> dict[str, Any]:
    """The answer as the cache codec keeps it: plain values, the agenda rows as records."""
    o = g.overleg
    return {"gemeente": g.gemeente, "set": g.set, "titel": g.titel, "agenda": g.agenda,
            "melding": g.melding, "verlenging": g.verlenging, "tellingen": dict(g.tellingen),
            "acties": g.acties, "op_schema": g.op_schema, "geteld": g.geteld,
            "overleg": None if o is None else [getattr(o, f) for f in Overleg._fields],
            "marge_weken": g.marge_weken,
            "te_laat": [[naam, [[getattr(a, f) for f in Laat._fields] for a in lijst]]
                        for naam, lijst in g.te_laat]}


def _from_plain(d: dict[str, Any]) -> GemeenteStand:
    o = d["overleg"]
    return GemeenteStand(
        gemeente=d["gemeente"], set=d["set"], titel=d["titel"], agenda=d["agenda"],
        melding=d["melding"], verlenging=d["verlenging"], tellingen=d["tellingen"],
        acties=d["acties"], op_schema=d["op_schema"], geteld=d["geteld"],
        overleg=None if o is None else Overleg(*o), marge_weken=d["marge_weken"],
        te_laat=[(naam, [Laat(*a) for a in lijst]) for naam, lijst in d["te_laat"]])


def gemeente_stand(r: SetResult, names: list[str], peildatum: date, marge: int | None,
                   links: Links) -> GemeenteStand:
    """The set on the peildatum (only the actions of `names`, as this set names them, when
    given): from the cache when the set and all the answer depends on are unchanged."""
    from pa_cli.load import cache

    key = _key(r, names, peildatum, marge, links)
    if key is not None:
        hit = cache.get(r.set.directory, key, part=PART)
        if isinstance(hit, dict):
            try:
                return _from_plain(hit)
            except (KeyError, TypeError, ValueError):  # not what this version keeps: work it out
                pass
    g = _worked_out(r, names, peildatum, marge, links)
    if key is not None:
        cache.put(r.set.directory, key, _plain(g), part=PART)
    return g
