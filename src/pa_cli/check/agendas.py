"""The rules of the yearly cycle across agenda files, registered in check.rules.RULES.

A carried action's `herkomst` and its old row's `doorgeschoven` point at each other,
so it counts once; an agenda is vastgesteld by the deadline of regels.agenda, if any;
agenda files are named by the years they cover, and no two overlap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pa_cli.base.fmt import datum_nl
from pa_cli.base.problems import FOUT, WAARSCHUWING, Problem
from pa_cli.check.context import located as _p
from pa_cli.check.context import rows as _rows
from pa_cli.model.records import Agenda, Rij
from pa_cli.model.regels import bron

if TYPE_CHECKING:
    from pa_cli.check.context import Context
    from pa_cli.load.dataset import Dataset
    from pa_cli.model.agenda_index import AgendaIndex

__all__ = ["check_carry_over", "check_vastgesteld", "check_future_vastgesteld",
           "check_agenda_years"]


def check_carry_over(ds: Dataset, ctx: Context) -> list[Problem]:
    """herkomst and doorgeschoven point at each other, so a carried action counts once.

    One pass over the rows; the other end of each link is a look-up (model/agenda_index.py)."""
    index = ds.index()
    by_jaren = index.by_jaren
    # an agenda file that is there but could not be read has its own problem (a tab, a syntax
    # error): the rows that point at it are not wrong, and are not reported once each
    unread = {path.name for path in ds.paths.values()} - {
        f"agenda-{jaren}.yaml" for jaren in by_jaren}
    out = []
    for agenda, rij in _rows(ds):
        if rij.herkomst and f"agenda-{rij.herkomst.partition('/')[0]}.yaml" not in unread:
            out += _check_herkomst(index, agenda, rij)
        if rij.doorgeschoven and f"agenda-{rij.doorgeschoven}.yaml" not in unread:
            target = by_jaren.get(rij.doorgeschoven)
            back = f"{agenda.jaren}/{rij.nr}"
            if target is None or index.met_herkomst(target, back) is None:
                where = (f"agenda-{rij.doorgeschoven}.yaml bestaat niet" if target is None else
                         f"agenda-{rij.doorgeschoven}.yaml heeft geen rij met herkomst: "
                         f"\"{back}\"")
                out.append(_p(rij, "doorgeschoven", FOUT, "PA042", f"agendarij {rij.nr} is "
                              f"doorgeschoven naar {rij.doorgeschoven}, maar {where}; zo telt de "
                              "actie nergens meer mee. Zet de rij daar terug of verwijder "
                              "'doorgeschoven'"))
    return out


def _check_herkomst(index: AgendaIndex, agenda: Agenda, rij: Rij) -> list[Problem]:
    assert rij.herkomst is not None
    jaren, _, nr = rij.herkomst.partition("/")
    source = index.by_jaren.get(jaren)
    old = index.rij(source, nr) if source else None
    head = f"agendarij {rij.nr} heeft herkomst '{rij.herkomst}', maar "
    if source is agenda or (source and source.years and agenda.years
                            and source.years >= agenda.years):
        why = "die ligt niet vóór deze agenda; herkomst wijst naar een eerdere agenda"
    elif source is None:
        why = (f"agenda-{jaren}.yaml bestaat niet; zo gaat de geschiedenis van de actie "
               "verloren. Zet het bestand terug of verwijder de regel met herkomst")
    elif old is None:
        why = f"agenda {jaren} heeft geen rij {nr}; controleer het nummer"
    elif old.doorgeschoven != agenda.jaren:
        why = (f"die rij (regel {old.src[1]}) heeft geen 'doorgeschoven: \"{agenda.jaren}\"'; "
               "voeg die regel daar toe, anders telt de actie twee keer")
    else:
        return []
    return [_p(rij, "herkomst", FOUT, "PA041", head + why)]


def check_vastgesteld(ds: Dataset, ctx: Context) -> list[Problem]:
    """A concept agenda is vastgesteld by the day regels.agenda.vaststellen names in its first
    year (Terneuzen: 'uiterlijk 1 juli', afspraak 5.3); without that rule, no deadline.

    An agenda with `bijlage` is part of the signed document: vastgesteld with it.
    """
    rule = ctx.afspraken.regel.agenda
    out = []
    for agenda in ds.agendas:
        years = agenda.years
        if not agenda.is_concept or years is None or rule is None:
            continue
        if "vastgesteld" in agenda.at:  # written, but not a day: that error (PA024) says it
            continue
        deadline = rule.deadline(years[0])
        if deadline is not None and ctx.today > deadline:
            why = ", ".join(x for x in (bron(rule), rule.vaststellen) if x)
            out.append(_p(agenda, None, WAARSCHUWING, "PA043", f"agenda {agenda.jaren} is nog "
                          f"een concept: niet vastgesteld op {datum_nl(deadline)} ({why}). "
                          "Zet 'vastgesteld: JJJJ-MM-DD' bovenaan het bestand zodra het overleg "
                          "de agenda heeft vastgesteld"))
    return out


def check_future_vastgesteld(ds: Dataset, ctx: Context) -> list[Problem]:
    """A warning for an agenda vastgesteld after today, like PA055 for a voortgang step: the
    agenda counts as vastgesteld before the overleg did so (today is part of the cache key)."""
    return [_p(agenda, "vastgesteld", WAARSCHUWING, "PA086", f"agenda {agenda.jaren} is "
               f"vastgesteld op {datum_nl(agenda.vastgesteld)}, na vandaag "
               f"({datum_nl(ctx.today)}); zet de datum van het overleg dat de agenda vaststelde, "
               "of laat 'vastgesteld' weg zolang de agenda een concept is")
            for agenda in ds.agendas if agenda.vastgesteld and agenda.vastgesteld > ctx.today]


def check_agenda_years(ds: Dataset, ctx: Context) -> list[Problem]:
    """Beside agendas named by their years (agenda-2024-2025.yaml), every agenda is; none overlap.

    (With no agenda named by years, commands use all of them, as before the cycle.)
    """
    out = []
    dated = [a for a in ds.agendas if a.years]  # agenda-2025-2024.yaml has none
    named = {id(a) for a in dated}  # by identity: comparing whole agendas costs their rows
    for agenda in ds.agendas:
        if dated and id(agenda) not in named:
            out.append(_p(agenda, None, WAARSCHUWING, "PA044", f"de bestandsnaam van agenda "
                          f"'{agenda.jaren}' noemt geen jaren, dus pa gebruikt deze agenda bij "
                          "geen enkele peildatum. Noem het bestand agenda-JJJJ-JJJJ.yaml, "
                          "bijvoorbeeld agenda-2024-2025.yaml"))
    dated.sort(key=lambda a: a.years or (0, 0))
    for prev, agenda in zip(dated, dated[1:]):
        assert prev.years and agenda.years
        if agenda.years[0] <= prev.years[1]:
            out.append(_p(agenda, None, WAARSCHUWING, "PA044", f"agenda {agenda.jaren} "
                          f"overlapt met agenda {prev.jaren}; op een peildatum in beide gebruikt "
                          f"pa agenda {agenda.jaren}. Laat elke agenda na de vorige beginnen"))
    return out
