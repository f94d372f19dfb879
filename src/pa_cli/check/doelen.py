"""Check stage: a portfolio's targets above the gemeente (portefeuille.yaml `doelen:`) against
its sets: every set with a share is in the portfolio (PA035), measures the target's indicator in
its indicatoren.yaml in the same unit (PA113), and the shares add up to the whole (PA112)."""

from __future__ import annotations

from pa_cli.base.fmt import getal
from pa_cli.base.problems import WAARSCHUWING, Problem
from pa_cli.check.context import located, unknown_set
from pa_cli.load.dataset import Dataset
from pa_cli.model.portefeuille import Portefeuille

__all__ = ["target_problems", "PA_SHARES", "PA_NO_INDICATOR"]

PA_SHARES = "PA112"  # the shares do not add up to the whole
PA_NO_INDICATOR = "PA113"  # a set with a share does not measure the target's indicator


def target_problems(registry: Portefeuille, names: set[str],
                    sets: dict[str, Dataset]) -> list[Problem]:
    """The targets against the sets: `names` the folders of all, `sets` the data of those a
    target names; a set whose files have errors of their own is left to those."""
    out: list[Problem] = []
    for doel in registry.doelen:
        shares = sum(doel.aandelen.values())
        if abs(shares - doel.totaal) > 1e-9:
            out.append(located(doel, "aandelen", WAARSCHUWING, PA_SHARES, f"de aandelen van "
                               f"doel '{doel.id}' tellen op tot {getal(shares)}, het totaal is "
                               f"{getal(doel.totaal)}; controleer ze tegen de bron "
                               f"({doel.bron})"))
        for name in doel.aandelen:
            if name not in names:
                out.append(unknown_set(doel, "aandelen", f"doel '{doel.id}'", name,
                                       sorted(names)))
                continue
            ds = sets.get(name)
            if ds is None or ds.afspraken is None:  # not checked now, or errors of its own
                continue
            ind = ds.indicatoren
            found = next((i for i in ind.indicatoren if i.id == doel.indicator), None) \
                if ind else None
            if found is None:
                out.append(located(doel, "indicator", WAARSCHUWING, PA_NO_INDICATOR,
                                   f"set {name} heeft geen indicator '{doel.indicator}' in "
                                   "indicatoren.yaml: doel '" + doel.id + "' krijgt van die "
                                   "gemeente geen cijfer. Voeg de indicator daar toe (pa meet "
                                   "legt dan de cijfers vast)"))
    return out
