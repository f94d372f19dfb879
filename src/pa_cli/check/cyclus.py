"""Check stage: when the moments of the cycle fall (model/cyclus.py, `datering`).

A moment has a `wanneer`, or names the moment it prepares (`bereidt_voor`) or happens during
(`tijdens`), not both; that moment exists and the chain of these links does not come back to
where it began; a moment has at most one fixed day a year (`data:`), and a fixed day comes
before what it prepares, in every year.
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
        if not (m.wanneer or m.bereidt_voor or m.tijdens) and "wanneer" not in m.at:
            out.append(_p(m, None, FOUT, "PA020", f"{_naam(m)} mist de sleutel 'wanneer' "
                          "(een termijn zonder jaar, zoals 'april' of 'voor 1 april'), "
                          "'bereidt_voor' (het moment dat het voorbereidt; het staat dan op de "
                          "dag ervoor) of 'tijdens' (het moment waarin het gebeurt; het staat "
                          "dan op dezelfde dag)"))
        out += _links(m, by_id)
        out += _one_a_year(m)
    # only where every moment can be dated (a wanneer that is wrong is PA080): the fixed days,
    # before what they prepare
    if not out and all(m.id and (m.wanneer or m.bereidt_voor or m.tijdens) for m in moments):
        out += [p for m in moments if m.bereidt_voor for p in _fixed_before(m, by_id)]
    return out


def _naam(m: Moment) -> str:
    return f"moment {m.id}" if m.id else f"het moment op regel {m.src[1]}"


# what each link says of the moment it names: "moment x bereidt 'y' voor", "valt tijdens"
_SAYS = {"bereidt_voor": ("bereidt '{}' voor", "bereidt zichzelf voor; noem het moment waar "
                          "het vóór komt, zoals het overleg"),
         "tijdens": ("valt tijdens '{}'", "valt tijdens zichzelf; noem het moment waarin het "
                     "gebeurt, zoals het overleg")}


def _link(m: Moment) -> tuple[str, str] | None:
    """The link that dates `m` (`datering`): tijdens before bereidt_voor."""
    if m.tijdens:
        return "tijdens", m.tijdens
    return ("bereidt_voor", m.bereidt_voor) if m.bereidt_voor else None


def _links(m: Moment, by_id: dict[str, Moment]) -> list[Problem]:
    """At most one of tijdens and bereidt_voor; the moment each names exists and is not `m`;
    following the links from `m` does not lead back to it."""
    out = []
    if m.tijdens and m.bereidt_voor:
        out.append(_p(m, "tijdens", FOUT, "PA083", f"{_naam(m)} heeft zowel 'tijdens' als "
                      "'bereidt_voor': een moment valt tijdens een ander moment of komt "
                      "ervóór, niet allebei; houd er één"))
    for key in ("bereidt_voor", "tijdens"):
        ref = getattr(m, key)
        if not ref:
            continue
        says, itself = _SAYS[key]
        target = by_id.get(ref)
        if target is None:
            others = [k for k in by_id if k != m.id]
            hint = suggest(ref, others) or "; kies uit: " + ", ".join(others)
            out.append(_p(m, key, FOUT, "PA083", f"{_naam(m)} {says.format(ref)}, maar dat "
                          f"moment bestaat niet{hint}"))
        elif target is m:
            out.append(_p(m, key, FOUT, "PA083", f"{_naam(m)} {itself}"))
    return out or _loop(m, by_id)


def _loop(m: Moment, by_id: dict[str, Moment]) -> list[Problem]:
    """Following tijdens and bereidt_voor from `m` does not come back to `m`."""
    chain, keys = [m.id], []
    link, target = _link(m), None
    while link is not None:
        keys.append(link[0])
        target = by_id.get(link[1])
        if target is None or target.id in chain:
            break
        chain.append(target.id)
        link = _link(target)
    if target is None or target.id != m.id:
        return []
    loop = " -> ".join([*chain, m.id])
    used = list(dict.fromkeys(keys))  # in the order of the loop
    cannot = {"bereidt_voor": "vóór zichzelf komen", "tijdens": "tijdens zichzelf vallen"}
    why = (cannot[used[0]] if len(used) == 1 else "tijdens of vóór zichzelf vallen")
    return [_p(m, keys[0], FOUT, "PA083", f"{_naam(m)} komt via {' en '.join(used)} weer bij "
               f"zichzelf uit ({loop}): een moment kan niet {why}; haal één "
               f"{' of '.join(used)} weg")]


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
