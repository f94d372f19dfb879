"""The command line in a portfolio: which sets a command answers from (load/portfolio.py
finds the portfolio, check/portfolio.py knows its parties); the one set a write goes to is
cli/one_set.py.

Outside a portfolio every helper here hands `--data` on unchanged: the one-set layout runs
exactly as before. In a portfolio a reading command answers per set (`read_targets`, each
set's answer under its heading: show/portfolio.py) and `--gemeente` narrows it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

from pa_cli.base.exits import UsageProblem
from pa_cli.base.problems import Problem, unknown
from pa_cli.base.struct import LIST, Struct
from pa_cli.cli.spec import Opt

if TYPE_CHECKING:
    from pa_cli.check.portfolio import SetResult
    from pa_cli.check.validate import DataInvalid
    from pa_cli.load.dataset import Dataset
    from pa_cli.load.kern import Kern
    from pa_cli.load.portfolio import Portfolio, SetDir
    from pa_cli.show.partial import Usable
    from pa_cli.show.portfolio import Part

__all__ = ["GemeenteOpt", "Target", "Answering", "answering", "left_out", "read_targets",
           "joined", "validate_targets", "with_agenda", "portfolio_meant", "sets_meant",
           "narrow", "not_a_portfolio"]

GemeenteOpt = Annotated[Optional[str], Opt(
    "--gemeente", metavar="NAAM", help="In een portefeuille: alleen de set van deze gemeente "
    "(de naam van haar map, of haar gemeente: uit afspraken.yaml).")]


class Target(Struct):
    """One set to answer from; outside a portfolio the data folder as given (name None)."""

    data: Path | None
    name: str | None = None
    gemeente: str = ""
    trekker: list[str] = LIST
    checked: tuple[Dataset, list[Problem]] | None = None

    def usable(self) -> Usable | None:
        """The set's data for a read-only answer; its errors go to stderr first. None: in a
        portfolio, a set whose afspraken.yaml has errors (said on stderr); the other sets still
        answer, and the command exits 1."""
        import sys

        from pa_cli.check.validate import DataInvalid
        from pa_cli.cli.common import _err, _usable
        from pa_cli.show import partial

        if self.checked is None:
            return _usable(self.data)

        try:
            part = partial.usable(*self.checked)
        except DataInvalid as e:
            self.left_out(e)
            return None
        if not part.complete:
            _err(part.report())
            sys.stderr.flush()
        return part

    def left_out(self, e: DataInvalid) -> None:
        """Say on stderr that this set of a portfolio is left out because of its errors."""
        left_out(e, self.gemeente, self.name or "")

    def valid(self) -> Dataset:
        """The set's data, free of errors; DataInvalid otherwise."""
        from pa_cli.base.problems import FOUT
        from pa_cli.check.validate import DataInvalid, load_valid

        if self.checked is None:
            return load_valid(self.data)
        ds, problems = self.checked
        if any(p.severity == FOUT for p in problems):
            raise DataInvalid(ds, [p for p in problems if p.severity == FOUT])
        return ds

    def melding(self, text: str) -> str:
        """A notice about this set: in a portfolio it names the gemeente."""
        return f"{self.gemeente}: {text}" if text and self.name is not None else text

    def part(self, text: str, velden: dict[str, Any] | None = None) -> Part:
        from pa_cli.show.portfolio import Part

        return Part(self.name or "", self.gemeente, text, velden or {})


def left_out(e: DataInvalid, gemeente: str, name: str) -> None:
    """Say on stderr that a set of a portfolio is left out because of its errors: its errors,
    then one line naming it ONVOLLEDIG."""
    import sys

    from pa_cli.cli.common import _err
    from pa_cli.show.output import invalid_data_report
    from pa_cli.show.partial import MARK

    _err(invalid_data_report(e.ds, e.problems, reason=e.reason))
    _err(f"pa: {MARK}: {gemeente} ({name}) is weggelaten; de andere sets staan hieronder")
    sys.stderr.flush()


class Answering(Struct):
    """The sets that answer a reading command, each with its data, and whether every set
    answered in full (else the command exits 1). A set with errors is said on stderr, and
    the other sets of a portfolio still answer (see `answering`)."""

    parts: list[tuple[Target, Usable]]
    complete: bool

    @property
    def targets(self) -> list[Target]:
        return [t for t, _ in self.parts]

    def left_out(self, targets: list[Target]) -> list[Target]:
        """The targets that gave no answer."""
        answered = {id(t) for t, _ in self.parts}
        return [t for t in targets if id(t) not in answered]


def answering(targets: list[Target], partial: bool = True) -> Answering:
    """The data of each target, in order. `partial` (pa status, pa overdue): a set with errors
    answers from its files without errors, marked ONVOLLEDIG (show/partial.py). Otherwise a
    command needs a set free of errors: outside a portfolio (or for one set of it) DataInvalid,
    as ever; otherwise that set is left out and said ONVOLLEDIG on stderr, and the other sets
    answer."""
    from pa_cli.check.validate import DataInvalid
    from pa_cli.show.partial import Usable

    parts: list[tuple[Target, Usable]] = []
    complete = True
    for t in targets:
        if partial:
            part = t.usable()
        elif t.checked is None or len(targets) == 1:  # no other set to answer: as one set
            part = Usable(t.valid())
        else:
            try:
                part = Usable(t.valid())
            except DataInvalid as e:
                t.left_out(e)
                part = None
        if part is None:
            complete = False
            continue
        parts.append((t, part))
        complete = complete and part.complete
    return Answering(parts, complete)


def not_a_portfolio(option: str) -> UsageProblem:
    return UsageProblem(f"{option} geldt alleen in een portefeuille (een map met "
                        "portefeuille.yaml); deze gegevens zijn één set")


def portfolio_meant(data: Path | None) -> Portfolio | None:
    """The portfolio meant, or None for one data folder; one without sets is a usage error
    (pa validate, which reports it as PA111, does not ask here)."""
    from pa_cli.load.dataset import DataDirError
    from pa_cli.load.portfolio import PORTFOLIO_FILE, find_portfolio, load_portfolio

    root = find_portfolio(data)
    if root is None:
        return None
    p = load_portfolio(root)
    if not p.sets:
        raise DataDirError(f"de portefeuille in '{root}' heeft geen sets: geen map naast "
                           f"{PORTFOLIO_FILE} bevat een afspraken.yaml")
    return p


def _same(a: str, b: str) -> bool:
    from pa_cli.model.trekker import name_key

    return name_key(a) == name_key(b)


def narrow(p: Portfolio, word: str, what: str) -> list[SetDir]:
    """The sets `word` names: a folder name, else the gemeente of one or more sets."""
    by_folder = [s for s in p.sets if _same(s.name, word)]
    if by_folder:
        return by_folder
    from pa_cli.check.portfolio import check_set

    found = [s for s in p.sets if _same(check_set(s).gemeente, word)]
    if not found:
        names = [s.name for s in p.sets]
        raise UsageProblem(f"{what} is geen set van deze portefeuille"
                           + unknown(word, names, None, "sets"))
    return found


def _here(p: Portfolio, data: Path | None) -> SetDir | None:
    """The set whose folder the working directory is in, when pa found the portfolio upwards."""
    if data is not None or os.environ.get("PA_DATA"):
        return None
    here = Path.cwd().resolve()
    return next((s for s in p.sets if here == s.directory.resolve()
                 or s.directory.resolve() in here.parents), None)


def sets_meant(p: Portfolio, data: Path | None, gemeente: str | None) -> list[SetDir]:
    if gemeente:
        return narrow(p, gemeente, f"--gemeente '{gemeente}'")
    here = _here(p, data)
    return [here] if here is not None else list(p.sets)


def read_targets(data: Path | None, gemeente: str | None,
                 trekker: list[str] | None = None) -> list[Target]:
    """The sets a reading command answers from, each with the names --trekker has there; a
    set where no trekker asked for signs is left out."""
    p = portfolio_meant(data)
    if p is None:
        if gemeente:
            raise not_a_portfolio("--gemeente")
        return [Target(data, trekker=list(trekker or []))]
    from pa_cli.check.portfolio import Links, check_portfolio, trekker_names

    results = check_portfolio(p, sets_meant(p, data, gemeente))
    names = trekker_names(Links(p, results), trekker) if trekker else None
    return [_target(r, names[r.set.name] if names is not None else [])
            for r in results if names is None or r.set.name in names]


def _target(r: SetResult, trekker: list[str]) -> Target:
    return Target(r.set.directory, r.set.name, r.gemeente, trekker, (r.ds, r.problems))


def joined(targets: list[Target], texts: list[str], fmt: str,
           velden: list[dict[str, Any]] | None = None) -> str:
    """The answer: as it is outside a portfolio, else each set's under its heading (in JSON
    with `velden`, one dict per set, beside its "uitvoer")."""
    if len(targets) == 1 and targets[0].name is None:
        return texts[0]
    from pa_cli.show.portfolio import join

    extra = velden or [{} for _ in targets]
    return join([t.part(text, v) for t, text, v in zip(targets, texts, extra)], fmt)


def validate_targets(data: Path | None, gemeente: str | None,
                     files: list[Path]) -> list[tuple[Dataset | Kern, list[Problem]]]:
    """What `pa validate` checks: the data folder as before; in a portfolio every set (or the
    one --gemeente names) and the registry, files named relative to the portfolio's root. A
    portefeuille.yaml among the files (a pre-commit hook) checks its whole portfolio."""
    from pa_cli.check import validate as check
    from pa_cli.check.portfolio import validate_portfolio
    from pa_cli.load.portfolio import PORTFOLIO_FILE, find_portfolio, load_portfolio

    registries = [f for f in files if f.name == PORTFOLIO_FILE]
    if files:
        if gemeente:
            raise UsageProblem("geef --gemeente of bestanden, niet allebei; bij bestanden is hun "
                               "map de set")
        rest = [f for f in files if f.name != PORTFOLIO_FILE]
        out: list[tuple[Dataset | Kern, list[Problem]]] = []
        for registry in dict.fromkeys(f.parent.resolve() for f in registries):
            out += validate_portfolio(load_portfolio(registry))
        done = set(dict.fromkeys(f.parent.resolve() for f in registries))
        rest = [f for f in rest if f.parent.resolve().parent not in done]
        return out + list(check.check_targets(data, rest) if rest or not out else [])
    root = find_portfolio(data)
    if root is None:
        if gemeente:
            raise not_a_portfolio("--gemeente")
        return list(check.check_targets(data, []))
    p = load_portfolio(root)  # one without sets is PA111 here
    return validate_portfolio(p, sets_meant(p, data, gemeente))


def with_agenda(targets: list[Target], agenda: str | None) -> list[Target]:
    """In a portfolio --agenda JAREN names the sets that have that agenda; the others are left
    out (each set has its own years). Outside a portfolio nothing changes."""
    years = {t.name: [a.jaren or "" for a in t.checked[0].agendas]
             for t in targets if t.checked is not None}
    if agenda is None or len(years) < len(targets):
        return targets
    keep = [t for t in targets if agenda in years[t.name]]
    if not keep:
        known = "; ".join(f"{name}: {', '.join(jaren) or '-'}" for name, jaren in years.items())
        raise UsageProblem(f"--agenda {agenda}: geen set van deze portefeuille heeft die agenda; "
                           f"bekend: {known}")
    return keep
