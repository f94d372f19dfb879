"""The command line in a portfolio: which sets a command answers from, and the one set a
write goes to (load/portfolio.py finds the portfolio, check/portfolio.py knows its parties).

Outside a portfolio every helper here hands `--data` on unchanged: the one-set layout runs
exactly as before. In a portfolio a reading command answers per set (`read_targets`, each
set's answer under its heading: show/portfolio.py) and `--gemeente` narrows it; a command that
names one action or writes (`one_set`) needs exactly one set: named by `--gemeente`, by the
action's prefix (`havenstad:1.2`), by the set folder the working directory is in, or by being
the only set whose agenda has that number. Otherwise it is refused with the whole command to
type for each set.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Callable, Optional

from pa_cli.base.exits import Refused, UsageProblem
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

__all__ = ["GemeenteOpt", "Target", "Chosen", "Answering", "answering", "left_out",
           "read_targets", "one_set", "joined", "validate_targets", "ROW_WORDS"]

GemeenteOpt = Annotated[Optional[str], Opt(
    "--gemeente", metavar="NAAM", help="In een portefeuille: alleen de set van deze gemeente "
    "(de naam van haar map, of haar gemeente: uit afspraken.yaml).")]

ROW_WORDS = ("rij", "afspraak")  # rij:NR and afspraak:NR name a row, not a set


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


def _not_a_portfolio(option: str) -> UsageProblem:
    return UsageProblem(f"{option} geldt alleen in een portefeuille (een map met "
                        "portefeuille.yaml); deze gegevens zijn één set")


def _portfolio(data: Path | None) -> Portfolio | None:
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


def _narrow(p: Portfolio, word: str, what: str) -> list[SetDir]:
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


def _sets(p: Portfolio, data: Path | None, gemeente: str | None) -> list[SetDir]:
    if gemeente:
        return _narrow(p, gemeente, f"--gemeente '{gemeente}'")
    here = _here(p, data)
    return [here] if here is not None else list(p.sets)


def read_targets(data: Path | None, gemeente: str | None,
                 trekker: list[str] | None = None) -> list[Target]:
    """The sets a reading command answers from, each with the names --trekker has there; a
    set where no trekker asked for signs is left out."""
    p = _portfolio(data)
    if p is None:
        if gemeente:
            raise _not_a_portfolio("--gemeente")
        return [Target(data, trekker=list(trekker or []))]
    from pa_cli.check.portfolio import Links, check_portfolio, trekker_names

    results = check_portfolio(p, _sets(p, data, gemeente))
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


def _split(nr: str) -> tuple[str | None, str]:
    """'havenstad:2026/A1' -> ('havenstad', '2026/A1'); 'rij:1.2' and '1.2' name no set."""
    head, colon, rest = nr.partition(":")
    if not colon or head in ROW_WORDS:
        return None, nr
    return head, rest


def _has_number(ds: Dataset, nr: str) -> bool:
    """Whether the set has an agenda row (or an afspraak) with this number."""
    from pa_cli.query.agendas import split_ref

    jaren, ref = split_ref(nr)
    word, colon, bare = ref.partition(":")
    bare = bare if colon and word in ROW_WORDS else ref
    rows = any(r.nr == bare for a in ds.agendas if jaren in (None, a.jaren) for r in a.rijen)
    afspraken = ds.afspraken is not None and any(
        a.nr == bare for a in ds.afspraken.alle_afspraken())
    return rows or afspraken


class Chosen(Struct):
    """The one set a command works on: its data folder (outside a portfolio: --data as given),
    the NR without its set, the command to type again for another NR in that set, and the
    set's folder name (None outside a portfolio)."""

    data: Path | None
    nr: str | None = None
    again: Callable[[str], str] | None = None
    name: str | None = None
    trekker: list[str] = LIST  # --trekker as this set names them

    def shown(self, text: str, gemeente: str, fmt: str) -> str:
        """The answer, under the set's heading in a portfolio."""
        if self.name is None:
            return text
        from pa_cli.show.portfolio import Part, join

        return join([Part(self.name, gemeente, text)], fmt)


def one_set(data: Path | None, gemeente: str | None, command: str,
            again: Callable[[str], str] | None = None, nr: str | None = None,
            trekker: list[str] | None = None) -> Chosen:
    """The one set a command works on (see Chosen; outside a portfolio: all as given).

    `command` is the whole command as the user typed it, without --gemeente, for a refusal
    that has to ask which set is meant.
    """
    p = _portfolio(data)
    word, bare = _split(nr) if nr is not None else (None, None)
    if p is None:
        if gemeente:
            raise _not_a_portfolio("--gemeente")
        return Chosen(data, nr, again, None, list(trekker or []))
    sets = _sets(p, data, gemeente)
    if word is not None:
        named = _narrow(p, word, f"'{word}' in {nr}")
        if gemeente and not any(s in sets for s in named):
            raise UsageProblem(f"{nr} noemt set {word}, maar --gemeente zegt {gemeente}; kies "
                               "één")
        sets = [s for s in named if s in sets] if gemeente else named
    if len(sets) > 1 and bare is not None:
        from pa_cli.check.portfolio import check_set

        fitting = [s for s in sets if _has_number(check_set(s).ds, bare)]
        if not fitting:
            raise Refused(f"geen set van deze portefeuille heeft een agendarij of afspraak "
                          f"{bare}; sets: " + ", ".join(s.name for s in sets))
        sets = fitting
    if len(sets) > 1:
        raise Refused(_which(sets, command, again, bare))
    chosen = sets[0]
    names: list[str] = []
    if trekker:
        from pa_cli.check.portfolio import Links, check_portfolio, trekker_names

        per_set = trekker_names(Links(p, check_portfolio(p, [chosen])), trekker)
        if chosen.name not in per_set:
            raise UsageProblem(f"{', '.join(trekker)} tekent niet in set {chosen.name}")
        names = per_set[chosen.name]
    if again is None:
        return Chosen(chosen.directory, bare, None, chosen.name, names)
    return Chosen(chosen.directory, bare, lambda other, base=again: base(
        _quoted(f"{chosen.name}:{other}")), chosen.name, names)


def _which(sets: list[SetDir], command: str, again: Callable[[str], str] | None,
           nr: str | None) -> str:
    import shlex

    from pa_cli.base.problems import printable

    if nr is not None and again is not None:
        lines = [f"{nr} staat in meer dan één set van de portefeuille; bedoelt u:"]
        lines += [f"  {again(shlex.quote(f'{s.name}:{nr}'))}" for s in sets]
    else:
        lines = [f"{command.split(' --', 1)[0]} werkt op één set van de portefeuille; "
                 "kies er één:"]
        lines += [printable(f"  {command} --gemeente {shlex.quote(s.name)}") for s in sets]
    return "\n".join(lines)


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
            raise _not_a_portfolio("--gemeente")
        return list(check.check_targets(data, []))
    p = load_portfolio(root)  # one without sets is PA111 here
    return validate_portfolio(p, _sets(p, data, gemeente))


def _quoted(word: str) -> str:
    import shlex

    return shlex.quote(word)


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
