"""The command line in a portfolio: the one set a command works on. A command that names one
action or writes (`one_set`) needs exactly one set: named by `--gemeente`, by the action's
prefix (`havenstad:1.2`), by the set folder the working directory is in, or by being the only
set whose agenda has that number. Otherwise it is refused with the whole command to type for
each set. Outside a portfolio `--data` is handed on unchanged. Which sets a reading command
answers from is cli/portfolio.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from pa_cli.base.exits import Refused, UsageProblem
from pa_cli.base.struct import LIST, Struct
from pa_cli.cli.portfolio import narrow, not_a_portfolio, portfolio_meant, sets_meant

if TYPE_CHECKING:
    from pa_cli.load.dataset import Dataset
    from pa_cli.load.portfolio import SetDir

__all__ = ["Chosen", "one_set", "ROW_WORDS"]

ROW_WORDS = ("rij", "afspraak")  # rij:NR and afspraak:NR name a row, not a set


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
    p = portfolio_meant(data)
    word, bare = _split(nr) if nr is not None else (None, None)
    if p is None:
        if gemeente:
            raise not_a_portfolio("--gemeente")
        return Chosen(data, nr, again, None, list(trekker or []))
    sets = sets_meant(p, data, gemeente)
    if word is not None:
        named = narrow(p, word, f"'{word}' in {nr}")
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


def _quoted(word: str) -> str:
    import shlex

    return shlex.quote(word)
