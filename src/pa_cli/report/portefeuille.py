"""Report stage: `pa report portefeuille`, a portfolio in brief for a corporatie's board or a
province (issue 18, part 2).

First one summary (per gemeente: the actions per stoplicht, the share op schema and the next
overleg), then per gemeente the overdue actions per trekker. The answers per set are those of
`pa status` and the handout (query/stand.py, query/cyclus.py); this module only gathers them.
A single data folder is a portfolio of one set.

"Op schema": an action whose termijn has not passed (groen or oranje), out of the actions that
count (rood, oranje and groen; a vervallen action, grijs, counts in neither).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from pa_cli import __version__
from pa_cli.base import clock
from pa_cli.base.exits import UsageProblem
from pa_cli.base.problems import FOUT, Problem
from pa_cli.base.struct import DICT, LIST, Struct
from pa_cli.check.portfolio import (
    Links,
    SetResult,
    check_portfolio,
    registry_problems,
    trekker_names,
)
from pa_cli.check.validate import DataInvalid
from pa_cli.load.dataset import Dataset, find_data_dir
from pa_cli.load.portfolio import Portfolio, SetDir, find_portfolio, load_portfolio
from pa_cli.query.doelen import DoelStand, doelen
from pa_cli.query.stand import STOPLICHTEN
from pa_cli.report.context import Licht, Options, legenda
from pa_cli.report.gemeentestand import GemeenteStand, gemeente_stand

__all__ = ["NAAM", "GemeenteStand", "LeftOut", "PortefeuilleRapport", "build",
           "load_valid_portfolio"]

NAAM = "portefeuille"  # the report's name: `pa report portefeuille`


class LeftOut(Struct):
    """A set of the portfolio that the report leaves out: its files have errors."""

    set: SetResult
    problems: list[Problem]  # its errors, each file named relative to the portfolio's root

    @property
    def naam(self) -> str:
        """'Havenstad (havenstad)', as the report and the command line name it."""
        return f"{self.set.gemeente} ({self.set.set.name})"


class PortefeuilleRapport(Struct):
    """The context of the portefeuille templates; each field is a template variable. The
    fields base.*.j2 reads of every report are here too (verlenging, concept, bij)."""

    naam: str
    formaat: str  # "md" or "html"
    titel: str  # the portfolio's titel, else "Portefeuille"
    peildatum: date
    marge_weken: int | None  # --marge; None: each set's own
    selectie: str  # "" or the trekkers asked for
    legenda: list[Licht]
    gemeenten: list[GemeenteStand]
    tellingen: dict[str, int]  # over all gemeenten
    versie: str
    doelen: list[DoelStand] = LIST  # the targets above the gemeente (query/doelen.py)
    weggelaten: list[str] = LIST  # "Havenstad (havenstad)": sets left out for their errors
    verlenging: str = ""
    concept: list[Any] = LIST  # a portfolio's summary shows no agenda of its own
    bij: dict[str, str] = DICT

    @property
    def acties(self) -> int:
        return sum(g.acties for g in self.gemeenten)

    @property
    def op_schema(self) -> int:
        return sum(g.op_schema for g in self.gemeenten)

    @property
    def aandeel(self) -> int | None:
        geteld = sum(g.geteld for g in self.gemeenten)
        return round(100 * self.op_schema / geteld) if geteld else None

    @property
    def aantal_te_laat(self) -> int:
        return self.tellingen["rood"]

    def variables(self) -> dict[str, Any]:
        names = (*self._fields, "acties", "op_schema", "aandeel", "aantal_te_laat")
        return {name: getattr(self, name) for name in names}


def load_valid_portfolio(option: Path | None,
                         ) -> tuple[Portfolio, list[SetResult], Path, list[LeftOut]]:
    """The portfolio meant by --data (or the one set of a data folder), every set checked, the
    folder its own templates/ would stand beside, and the sets left out for their errors (the
    other sets answer, as in `pa status`). DataInvalid when the register has errors, or when no
    set is left to report on (a data folder or a portfolio of one set: as ever)."""
    root = find_portfolio(option)
    if root is None:  # a data folder: a portfolio of one set, without a register
        directory = find_data_dir(str(option) if option else None)
        p = Portfolio(directory.parent, [SetDir(directory.name, directory)])
        results = check_portfolio(p)
        errors_of = {r.set.name: [q for q in r.problems if q.severity == FOUT]
                     for r in results}
        own: list[Problem] = []
    else:
        p = load_portfolio(root)
        results = check_portfolio(p)
        paths = {k: v for r in results for k, v in r.brief.paths.items()} | p.paths
        errors_of = {r.set.name: [_in_portfolio(q, paths, root) for q in r.problems
                                  if q.severity == FOUT] for r in results}
        own = [_in_portfolio(q, paths, root) for q in [*p.problems,
                                                         *registry_problems(p, results)]
               if q.severity == FOUT]
    broken = [r for r in results if errors_of[r.set.name]]
    if own or len(broken) == len(results):
        errors = [q for r in results for q in errors_of[r.set.name]] + own
        raise DataInvalid(results[0].ds if results else Dataset(p.root), errors)
    return (p, [r for r in results if r not in broken], root or p.sets[0].directory,
            [LeftOut(r, errors_of[r.set.name]) for r in broken])


def _in_portfolio(problem: Problem, paths: dict[str, Path], root: Path) -> Problem:
    """The problem with its file named relative to the portfolio's root."""
    import os

    real = paths.get(problem.file)
    if real is None:
        return problem
    return problem._replace(file=os.path.relpath(os.path.abspath(real), os.path.abspath(root)))


def make(opts: Options, said: Callable[[LeftOut], None]) -> tuple[bytes, str]:
    """`pa report portefeuille`: the bytes to write (UTF-8 text, or a PDF), and no melding.
    `said` is told first of each set left out for its errors; the report names them too."""
    from pa_cli.report import render

    for option, value in (("--thema", opts.thema), ("--agenda", opts.agenda),
                          ("--overleg", opts.overleg), ("--sinds", opts.sinds)):
        if value is not None:
            raise UsageProblem(f"{option} geldt voor één set afspraken; het rapport "
                               f"{NAAM} kent alleen --peildatum, --trekker en --marge")
    text_format = "html" if opts.formaat == "pdf" else opts.formaat
    p, results, anchor, weggelaten = load_valid_portfolio(opts.data)
    for w in weggelaten:
        said(w)
    dirs = render.template_dirs(opts.templates, anchor)
    template = render.template_name(dirs, opts.naam, text_format)
    rapport = build(p, results, opts.naam, opts.formaat, opts.peildatum or clock.today(),
                    list(opts.trekker), opts.marge, weggelaten)
    text = render.render(dirs, template, rapport.variables())
    if opts.formaat == "pdf":
        from pa_cli.report import pdf

        return pdf.html_to_pdf(text), ""
    return text.encode("utf-8"), ""


def _legenda(gemeenten: list[GemeenteStand]) -> list[Licht]:
    """The stoplichten's legend; oranje names the marge when every set has the same one."""
    marges = {g.marge_weken for g in gemeenten}
    out = legenda(min(marges))
    if len(marges) > 1:
        out[1] = Licht("oranje", "!", "🟠", "termijn loopt af binnen de marge van de gemeente")
    return out


def build(p: Portfolio, results: list[SetResult], naam: str, formaat: str, peildatum: date,
          trekker: list[str], marge: int | None,
          weggelaten: list[LeftOut] | None = None) -> PortefeuilleRapport:
    """The portfolio on the peildatum; with trekkers, only the sets where one of them signs,
    and in each only their actions. `weggelaten`: the sets left out for their errors."""
    weggelaten = weggelaten or []
    links = Links(p, results)
    per_set = trekker_names(links, trekker) if trekker else None
    gemeenten = [gemeente_stand(r, per_set[r.set.name] if per_set else [], peildatum, marge,
                                links)
                 for r in results if per_set is None or r.set.name in per_set]
    if not gemeenten:
        raise UsageProblem("geen gemeente in de portefeuille waar "
                           + ", ".join(trekker) + " tekent")
    gemeenten.sort(key=lambda g: (g.gemeente.casefold(), g.set))
    tellingen = {s: sum(g.tellingen[s] for g in gemeenten) for s in STOPLICHTEN}
    titel = (p.registry.titel if p.registry and p.registry.titel else "Portefeuille")
    return PortefeuilleRapport(
        naam=naam, formaat="html" if formaat == "pdf" else formaat, titel=titel,
        peildatum=peildatum, marge_weken=marge, selectie=("trekker " + ", ".join(trekker)
                                                        if trekker else ""),
        legenda=_legenda(gemeenten), gemeenten=gemeenten, tellingen=tellingen, versie=__version__,
        doelen=_doelen(p, results, weggelaten, peildatum),
        weggelaten=[w.naam for w in weggelaten])


def _doelen(p: Portfolio, results: list[SetResult], weggelaten: list[LeftOut],
            peildatum: date) -> list[DoelStand]:
    """The targets above the gemeente; a set left out for its errors has no figure."""
    if p.registry is None or not p.registry.doelen:
        return []
    named = {name for doel in p.registry.doelen for name in doel.aandelen}
    sets: list[tuple[str, str, Dataset | None]] = [
        (r.set.name, r.gemeente, r.ds) for r in results if r.set.name in named]
    sets += [(w.set.set.name, w.set.gemeente, None) for w in weggelaten]
    return doelen(p.registry, sets, peildatum)
