"""The rules about termijnen, registered in check.RULES: within the looptijd (with the
verlenging of afspraak 5.6 until a successor is signed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pa_cli.check_agendas import _p, _rows
from pa_cli.model import Rij
from pa_cli.problems import FOUT, WAARSCHUWING, Problem

if TYPE_CHECKING:
    from pa_cli.check import Context
    from pa_cli.load import Dataset

__all__ = ["check_termijnen"]


def _rij(rij: Rij) -> str:
    from pa_cli.check import _rij as named  # check.py registers these rules: import late

    return named(rij)


def check_termijnen(ds: Dataset, ctx: Context) -> list[Problem]:
    """Every termijn falls inside the looptijd, its extension (5.6) included."""
    lt = ctx.afspraken.looptijd
    if not (lt and lt.van and lt.tot_en_met):
        return []
    out = []
    for _, rij in _rows(ds):
        t = rij.termijn
        if t is None:
            continue
        if t.vast_te_stellen:
            if rij.is_actie and rij.status not in ("gereed", "vervallen"):
                old = f" (de oude staat in {rij.herkomst})" if rij.herkomst else ""
                out.append(_p(rij, "termijn", WAARSCHUWING, "PA040", f"{_rij(rij)}: "
                              f"termijn nog vast te stellen; vul de nieuwe termijn in{old}"))
            continue
        day = t.uiterlijk or t.begin
        if day is None:
            continue
        end = lt.opvolger_ondertekend
        if day < lt.van or (day > lt.tot_en_met and not lt.verlenging):
            out.append(_p(rij, "termijn", FOUT, "PA033", f"termijn '{t.tekst}' van "
                          f"{_rij(rij)} valt buiten de looptijd ({lt.van.isoformat()} t/m "
                          f"{lt.tot_en_met.isoformat()}); controleer het jaartal"))
        elif day > lt.tot_en_met and end and day >= end:
            out.append(_p(rij, "termijn", FOUT, "PA033", f"termijn '{t.tekst}' van "
                          f"{_rij(rij)} valt na {end.isoformat()}, toen de nieuwe overeenkomst is "
                          "ondertekend (looptijd.opvolger_ondertekend): daarmee eindigde de "
                          "verlenging van deze afspraken. Zet de actie in de agenda van de "
                          "nieuwe afspraken of kies een eerdere termijn"))
    return out
