"""Check stage: when the moments of the cycle fall (model/cyclus.py, `datering`).

A moment has a `wanneer` or names the moment it prepares (`bereidt_voor`); that moment exists
and the chain does not come back to where it began; a moment has at most one fixed day a
year (`data:`), and a fixed day comes before what it prepares, in every year.
"""

from __future__ import annotations

from pa_cli.base.fmt import datum_nl
from pa_cli.base.problems import FOUT, Problem, suggest
from pa_cli.check.context import Context
from pa_cli.check.context import located as _p
from pa_cli.load.dataset import Dataset
from pa_cli.model.cyclus import Moment, datering

__all__ = ["check_cyclus_datering"]


def check_cyclus_datering(ds: Dataset, ctx: Context) -> list[Problem]:
    """Each moment can be dated in every year, and what prepares comes before (PA083, PA084)."""
    out: list[Problem] = []
    moments = ctx.afspraken.cyclus
    by_id = {m.id: m for m in moments if m.id}
    for m in moments:
        if not m.wanneer and not m.bereidt_voor and "wanneer" not in m.at:
            out.append(_p(m, None, FOUT, "PA020", f"{_naam(m)} mist de sleutel 'wanneer' "
                          "(een termijn zonder jaar, zoals 'april' of 'voor 1 april') of "
                          "'bereidt_voor' (het moment dat het voorbereidt; het staat dan op de "
                          "dag ervoor)"))
        if m.bereidt_voor:
            out += _prepares(m, by_id)
        out += _one_a_year(m)
    # only where every moment can be dated (a wanneer that is wrong is PA080): the fixed days,
    # before what they prepare
    if not out and all(m.id and (m.wanneer or m.bereidt_voor) for m in moments):
        out += [p for m in moments if m.bereidt_voor for p in _fixed_before(m, by_id)]
    return out


def _naam(m: Moment) -> str:
    return f"moment {m.id}" if m.id else f"het moment op regel {m.src[1]}"


def _prepares(m: Moment, by_id: dict[str, Moment]) -> list[Problem]:
    """What `m` prepares exists, is not `m` and does not lead back to it."""
    target = by_id.get(m.bereidt_voor or "")
    if target is None:
        hint = suggest(m.bereidt_voor or "", [k for k in by_id if k != m.id]) or (
            "; kies uit: " + ", ".join(k for k in by_id if k != m.id))
        return [_p(m, "bereidt_voor", FOUT, "PA083", f"{_naam(m)} bereidt "
                   f"'{m.bereidt_voor}' voor, maar dat moment bestaat niet{hint}")]
    if target is m:
        return [_p(m, "bereidt_voor", FOUT, "PA083", f"{_naam(m)} bereidt zichzelf voor; "
                   "noem het moment waar het vóór komt, zoals het overleg")]
    chain = [m.id]
    while target is not None and target.id not in chain:
        chain.append(target.id)
        target = by_id.get(target.bereidt_voor or "")
    if target is not None and target.id == m.id:
        loop = " -> ".join([*chain, m.id])
        return [_p(m, "bereidt_voor", FOUT, "PA083", f"{_naam(m)} komt via bereidt_voor "
                   f"weer bij zichzelf uit ({loop}): een moment kan niet vóór zichzelf komen; "
                   "haal één bereidt_voor weg")]
    return []


def _one_a_year(m: Moment) -> list[Problem]:
    """A moment comes once a year: one fixed day per year."""
    out = []
    years: dict[int, list] = {}
    for d in m.data:
        years.setdefault(d.year, []).append(d)
    for year, days in sorted(years.items()):
        if len(days) > 1:
            named = " en ".join(datum_nl(d) for d in sorted(days))
            out.append(_p(m, "data", FOUT, "PA084", f"{_naam(m)} heeft in {year} {len(days)} "
                          f"data ({named}); een moment komt één keer per jaar: houd de dag "
                          "die geldt"))
    return out


def _fixed_before(m: Moment, by_id: dict[str, Moment]) -> list[Problem]:
    """A fixed day of `m` lies before the first day the moment it prepares can be."""
    target = by_id[m.bereidt_voor or ""]
    out = []
    for year in sorted({d.year for d in m.data}):
        mine, theirs = datering(m, year, by_id), datering(target, year, by_id)
        if mine.dag < theirs.dag:
            continue
        if theirs.maand:
            fix = (f"{target.id} is {theirs.tekst} en kan dus eerder zijn; leg de dag van "
                   f"{target.id} in {year} vast (data:) of kies een dag vóór {theirs.tekst}")
        else:
            fix = (f"{target.id} is op {theirs.tekst}; kies een dag vóór {theirs.tekst}, of "
                   f"verplaats {target.id}")
        out.append(_p(m, "data", FOUT, "PA083", f"moment {m.id} staat in {year} op "
                      f"{mine.tekst} en bereidt {target.id} voor, maar {fix}"))
    return out
