"""The rules about termijnen, registered in check.rules.RULES: within the looptijd (with the
verlenging until a successor is signed), and within their agenda's years.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pa_cli.base.fmt import datum_nl
from pa_cli.base.problems import FOUT, WAARSCHUWING, Problem
from pa_cli.check.context import located as _p
from pa_cli.check.context import row_name as _rij
from pa_cli.check.context import rows as _rows
from pa_cli.model.records import Looptijd
from pa_cli.model.regels import bij as regel_bij
from pa_cli.model.regels import bron as regel_bron

if TYPE_CHECKING:
    from pa_cli.check.context import Context
    from pa_cli.load.dataset import Dataset

__all__ = ["check_termijnen", "check_agenda_termijnen"]


def check_termijnen(ds: Dataset, ctx: Context) -> list[Problem]:
    """Every termijn falls inside the looptijd, its extension included."""
    lt = ctx.afspraken.looptijd
    if not (lt and lt.van and lt.tot_en_met):
        return []
    bij = regel_bij(ctx.afspraken.regel.verlenging)
    out = []
    for _, rij in _rows(ds):
        t = rij.termijn
        if t is None:
            continue
        if t.vast_te_stellen:
            # a row carried on is history: its successor asks for the termijn
            if rij.is_actie and rij.status not in ("gereed", "vervallen") \
                    and not rij.doorgeschoven:
                old = f" (de oude staat in {rij.herkomst})" if rij.herkomst else ""
                out.append(_p(rij, "termijn", WAARSCHUWING, "PA040", f"{_rij(rij)}: "
                              f"termijn nog vast te stellen; vul de nieuwe termijn in{old}"))
            continue
        day = t.uiterlijk or t.begin
        if day is None:
            continue
        end = lt.opvolger_ondertekend
        if day < lt.van or (day > lt.tot_en_met and not lt.verlenging):
            when = "vóór" if day < lt.van else "na"
            out.append(_p(rij, "termijn", FOUT, "PA033", f"termijn '{t.tekst}' van "
                          f"{_rij(rij)} valt {when} de looptijd: {_looptijd(lt, bij)}; controleer "
                          "het jaartal"))
        elif day > lt.tot_en_met and end and day >= end:
            out.append(_p(rij, "termijn", FOUT, "PA033", f"termijn '{t.tekst}' van "
                          f"{_rij(rij)} valt na {datum_nl(end)}, toen de nieuwe overeenkomst is "
                          "ondertekend (looptijd.opvolger_ondertekend): daarmee eindigde de "
                          f"verlenging van deze afspraken{bij}. Zet de actie in de "
                          "agenda van de nieuwe afspraken of kies een eerdere termijn"))
    return out


def _looptijd(lt: Looptijd, bij: str) -> str:
    """The looptijd as a message names it, with what follows its end date (and the afspraak
    of the verlenging, `bij`: ' (afspraak 5.6)' or '')."""
    period = f"{datum_nl(lt.van)} t/m {datum_nl(lt.tot_en_met)}"
    if not lt.verlenging:
        return f"{period}, zonder verlenging (looptijd.verlenging staat er niet)"
    if lt.opvolger_ondertekend:
        return (f"{period}, daarna in verlenging{bij} tot "
                f"{datum_nl(lt.opvolger_ondertekend)}, toen de nieuwe overeenkomst is ondertekend")
    return (f"{period}, en daarna in verlenging tot er een nieuwe overeenkomst is ondertekend"
            f"{bij}")


def check_agenda_termijnen(ds: Dataset, ctx: Context) -> list[Problem]:
    """A warning where a termijn falls after the years of its own agenda (regels.agenda: in
    Terneuzen made each year for the next two): a typo in the year, or a later agenda's."""
    rule = ctx.afspraken.regel.agenda
    span = {None: "", 1: "één jaar", 2: "de twee opvolgende jaren"}.get(
        rule.jaren if rule else None, f"{rule and rule.jaren} jaar")
    why = ", ".join(x for x in (f"een agenda geldt voor {span}" if span else "",
                                regel_bron(rule)) if x)
    why = f" ({why})" if why else ""
    out = []
    for agenda, rij in _rows(ds):
        t, years = rij.termijn, agenda.years
        day = t and (t.uiterlijk or t.begin)
        if t is None or day is None or years is None or day.year <= years[1]:
            continue
        out.append(_p(rij, "termijn", WAARSCHUWING, "PA085", f"termijn '{t.tekst}' van "
                      f"{_rij(rij)} valt na {years[1]}, het laatste jaar van agenda "
                      f"{agenda.jaren}{why}; controleer het jaartal, of zet de actie in de "
                      "agenda van dat jaar"))
    return out
