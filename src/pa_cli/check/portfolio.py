"""Check stage: a portfolio's sets, each checked as a data folder is, and its registry of parties.

`check_portfolio` validates every set with check_dir (so each set keeps its own cache: a change
in one set re-reads only that set) and checks portefeuille.yaml against the sets: ids and names
unique, every set and party it names exists, every party of every set is in it. `Links` knows
which party of which set is which party of the portfolio; `trekker_names` turns the names given
with --trekker into each set's own names.
"""

from __future__ import annotations

from pathlib import Path

from pa_cli.base.exits import UsageProblem
from pa_cli.base.problems import FOUT, Problem, unknown
from pa_cli.base.struct import Struct
from pa_cli.check.context import located, unknown_set
from pa_cli.load.dataset import Dataset
from pa_cli.load.kern import Kern
from pa_cli.load.portfolio import PORTFOLIO_FILE, Portfolio, SetDir
from pa_cli.model.portefeuille import RegPartij
from pa_cli.model.records import Afspraken, Partij
from pa_cli.model.trekker import Trekkers, name_key

__all__ = ["SetResult", "Links", "check_set", "check_portfolio", "registry_problems",
           "trekker_names", "rooted", "validate_portfolio", "PA_NOT_IN_REGISTRY", "PA_NO_SETS"]

PA_NOT_IN_REGISTRY = "PA110"  # a party of a set that portefeuille.yaml does not name
PA_NO_SETS = "PA111"  # a portfolio without sets (load/portfolio.py)


class SetResult(Struct):
    """One set of a portfolio, validated: in brief (check/light.py), so that a portfolio of
    hundreds of sets does not rebuild every set's model from the cache; `ds` reads the whole
    model of this set when a command asks for it."""

    set: SetDir
    brief: Kern

    @property
    def problems(self) -> list[Problem]:
        return self.brief.problems

    @property
    def afspraken(self) -> Afspraken | None:
        """Who signs the set, under which names (the head of its afspraken: no themes)."""
        return self.brief.afspraken

    @property
    def ds(self) -> Dataset:
        from pa_cli.check.light import dataset

        return dataset(self.brief)

    @property
    def gemeente(self) -> str:
        afspraken = self.afspraken
        return afspraken.gemeente if afspraken is not None and afspraken.gemeente else self.set.name


def check_set(s: SetDir) -> SetResult:
    from pa_cli.check.light import check_light

    return SetResult(s, check_light(s.directory))


def check_portfolio(p: Portfolio, sets: list[SetDir] | None = None) -> list[SetResult]:
    """Every set (or those given), validated; the registry's problems by `registry_problems`.
    Sets the cache does not know are checked on two cores first (check/parallel.py)."""
    from pa_cli.check.parallel import check_all

    chosen = p.sets if sets is None else sets
    briefs, _ = check_all([s.directory for s in chosen])
    return [SetResult(s, brief) for s, brief in zip(chosen, briefs)]


class Links:
    """Which party of which set is which party of the portfolio."""

    def __init__(self, p: Portfolio, results: list[SetResult]) -> None:
        self.parties: list[RegPartij] = list(p.registry.partijen) if p.registry else []
        self.trekkers = {r.set.name: Trekkers(r.afspraken) for r in results
                         if r.afspraken is not None}
        self.of: dict[tuple[str, str], RegPartij] = {}  # (set, the set's partij id) -> party
        for reg in self.parties:
            for set_name, pid in reg.sets.items():
                self.of.setdefault((set_name, pid), reg)

    def registry_party(self, name: str) -> RegPartij | None:
        key = name_key(name)
        return next((r for r in self.parties if key in map(name_key, r.names())), None)

    def names(self) -> list[str]:
        return sorted({n for r in self.parties for n in r.names()})


def registry_problems(p: Portfolio, results: list[SetResult]) -> list[Problem]:
    """The registry against the sets (p.problems holds what reading it found)."""
    if p.registry is None:
        return []
    out: list[Problem] = []
    links = Links(p, results)
    sets = p.by_name()
    seen_id: dict[str, RegPartij] = {}
    seen_name: dict[str, RegPartij] = {}
    linked: dict[tuple[str, str], RegPartij] = {}
    for reg in p.registry.partijen:
        if reg.id in seen_id:
            out.append(located(reg, "id", FOUT, "PA030", f"partij-id '{reg.id}' bestaat al "
                               f"(regel {seen_id[reg.id].src[1]}); elke partij heeft één vaste id"))
            continue  # its names and sets would only echo this
        seen_id[reg.id] = reg
        for name in reg.names():
            other = seen_name.setdefault(name_key(name), reg)
            if other is not reg:
                out.append(located(reg, None, FOUT, "PA030", f"naam '{name}' van '{reg.id}' wordt "
                                   f"ook gebruikt door '{other.id}'; een naam moet één partij "
                                   "van de portefeuille aanwijzen"))
        for set_name, pid in reg.sets.items():
            if set_name not in sets:
                out.append(unknown_set(reg, "sets", f"'{reg.id}'", set_name, list(sets)))
                continue
            trekkers = links.trekkers.get(set_name)
            if trekkers is None:
                continue  # the set's afspraken.yaml has errors of its own (reported there)
            if pid not in trekkers.partijen:
                out.append(located(reg, "sets", FOUT, "PA035", f"'{reg.id}' heet in set "
                                   f"{set_name} '{pid}', maar die set heeft geen partij met dat "
                                   "id" + unknown(pid, list(trekkers.partijen), None,
                                                              "bekende id's")))
                continue
            first = linked.setdefault((set_name, pid), reg)
            if first is not reg:
                out.append(located(reg, "sets", FOUT, "PA030", f"partij '{pid}' van set "
                                   f"{set_name} is al '{first.id}' (regel {first.src[1]}); een "
                                   "partij van een set is één partij van de portefeuille"))
    for r in results:
        if r.afspraken is None:
            continue
        for partij in r.afspraken.partijen:
            if partij.id and (r.set.name, partij.id) not in linked:
                out.append(_not_in_registry(r.set.name, partij, links))
    from pa_cli.check.doelen import target_problems  # the targets above the gemeente

    named = {name for doel in p.registry.doelen for name in doel.aandelen}
    return out + target_problems(p.registry, set(sets),
                                 {r.set.name: r.ds for r in results if r.set.name in named})


def _not_in_registry(set_name: str, partij: Partij, links: Links) -> Problem:
    near = links.registry_party(partij.naam or "") or links.registry_party(partij.kort or "")
    fix = (f"noem haar bij '{near.id}': sets: {{{set_name}: {partij.id}}}" if near else
           f"voeg haar toe onder partijen, met sets: {{{set_name}: {partij.id}}}")
    return located(partij, "id", FOUT, PA_NOT_IN_REGISTRY, f"partij '{partij.id}' "
                   f"({partij.naam}) van set {set_name} staat niet in het register van de "
                   f"portefeuille ({PORTFOLIO_FILE}); {fix}")


def trekker_names(links: Links, names: list[str]) -> dict[str, list[str]]:
    """Per set, the names to filter that set by; a set where no name applies is left out.

    A party of the registry (by its id, name or an alias, or by any name one set gives it)
    is looked for in every set where it signs; a group or another name of one set only there.
    """
    out: dict[str, list[str]] = {}
    for name in names:
        regs = [r for r in [links.registry_party(name)] if r is not None]
        local: list[str] = []
        for set_name, trekkers in links.trekkers.items():
            entity = trekkers.resolve(name)
            if entity is None:
                continue
            reg = links.of.get((set_name, entity.id)) if isinstance(entity, Partij) else None
            if reg is None:
                local.append(set_name)
            elif reg not in regs:
                regs.append(reg)
        for reg in regs:
            for set_name, pid in reg.sets.items():
                if set_name in links.trekkers:
                    out.setdefault(set_name, []).append(pid)
        for set_name in local:
            out.setdefault(set_name, []).append(name)
        if not regs and not local:
            every = sorted({*links.names(), *(n for t in links.trekkers.values()
                                               for n in t.all_names())})
            shown = sorted({*(r.naam for r in links.parties),
                            *(n for t in links.trekkers.values() for n in t.known_names())})
            raise UsageProblem(f"trekker '{name}' is onbekend in de portefeuille"
                               + unknown(name, every, shown, "bekend"))
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}




def rooted(ds: Dataset | Kern, problems: list[Problem], root: Path,
           ) -> tuple[Dataset | Kern, list[Problem]]:
    """A checked set (or the registry) with every file named relative to the portfolio's root,
    as `pa validate` on a portfolio shows it, wherever it is run from."""
    import os

    def rel(shown: str) -> str:
        real = ds.paths.get(shown)
        return shown if real is None else os.path.relpath(os.path.abspath(real),
                                                          os.path.abspath(root))

    texts = {rel(k): v for k, v in ds.texts.items()}
    paths = {rel(k): v for k, v in ds.paths.items()}
    moved: Dataset | Kern
    if isinstance(ds, Kern):
        moved = Kern(ds.directory, ds.problems, ds.counts, ds.afspraken, ds.indicatoren, texts,
                     paths, ds.files)
    else:
        moved = Dataset(ds.directory, ds.afspraken, ds.agendas, ds.indicatoren, ds.problems,
                        texts, paths)
    return moved, [p._replace(file=rel(p.file)) for p in problems]


def validate_portfolio(p: Portfolio, sets: list[SetDir] | None = None,
                       ) -> list[tuple[Dataset | Kern, list[Problem]]]:
    """`pa validate` on a portfolio: every set (or those given) in brief, then the registry."""
    results = check_portfolio(p, sets)
    registry = Dataset(p.root, texts=dict(p.texts), paths=dict(p.paths))
    found = sorted(p.problems + registry_problems(p, results), key=Problem.sort_key)
    # a party missing from the registry is placed in its set's afspraken.yaml: that set's text
    # (its whole model, for the few sets the registry points at)
    pointed = {q.file for q in found}
    out = [rooted(r.ds if pointed & set(r.brief.paths) else r.brief, r.problems, p.root)
           for r in results]
    by_set = {r.set.directory: r.brief for r in results}
    return out + [rooted(_with_set_paths(registry, by_set), found, p.root)]


def _with_set_paths(registry: Dataset, sets: dict[Path, Kern]) -> Dataset:
    paths = dict(registry.paths)
    for ds in sets.values():
        paths.update(ds.paths)
    return Dataset(registry.directory, texts=registry.texts, paths=paths)
