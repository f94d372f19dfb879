"""Check stage for indicatoren.yaml: targets that make sense, measurements that fit them.

One rule, `check_monitor(ds, ctx)`, registered in check.rules.RULES; it returns
problems (PA060-PA069) and never stops at the first.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pa_cli.base.problems import FOUT, WAARSCHUWING, Problem, suggest
from pa_cli.model.monitor import Indicator, Indicatoren, Meting

if TYPE_CHECKING:
    from pa_cli.check.context import Context
    from pa_cli.load.dataset import Dataset
    from pa_cli.model.trekker import Trekkers

__all__ = ["check_monitor", "corporaties", "looptijd_jaren", "meting_problem", "meting_key",
           "nog_niet_voorbij"]


def _p(obj: object, key: str | None, code: str, msg: str, severity: str = FOUT) -> Problem:
    file, line, col = obj.src  # type: ignore[attr-defined]
    if key and key in obj.at:  # type: ignore[attr-defined]
        line, col = obj.at[key]  # type: ignore[attr-defined]
    return Problem(file, line, col, severity, code, msg)


def nog_niet_voorbij(jaar: int | None, peildatum: date | None, today: date) -> str | None:
    """What is wrong with a figure's moment that has not come yet, or None: a jaar not ended,
    a peildatum after today. The monitor shows the latest figure: such a typo (2032 for 2023)
    would silently push the real one out of the monitor and the handout."""
    from pa_cli.base.fmt import datum_nl

    if jaar is not None and jaar >= today.year:
        return f"jaar {jaar} is nog niet voorbij (vandaag is {datum_nl(today)})"
    if peildatum is not None and peildatum > today:
        return f"peildatum {datum_nl(peildatum)} ligt na vandaag ({datum_nl(today)})"
    return None


def _future(m: Meting, ctx: Context) -> list[Problem]:
    why = nog_niet_voorbij(m.jaar, m.peildatum, ctx.today)
    if why is None:
        return []
    return [_p(m, "jaar" if m.jaar is not None else "peildatum", "PA069", f"meting "
               f"{m.naam}: {why}; de monitor en de hand-out tonen dit cijfer als het laatste. "
               "Is het jaartal of de datum fout, verbeter het dan", WAARSCHUWING)]


def corporaties(ctx: Context) -> dict[str, str]:
    """The corporations by party id -> short name: the members of the group 'Corporaties'."""
    group = ctx.trekkers.groepen.get("corporaties")
    ids = group.leden if group else list(ctx.trekkers.partijen)
    return {i: ctx.trekkers.partijen[i].kort for i in ids if i in ctx.trekkers.partijen}


def looptijd_jaren(ctx: Context) -> tuple[int, int | None]:
    """First and last year of the looptijd; no last year while it continues (the verlenging),
    the year a successor was signed once one is recorded (`opvolger_ondertekend`)."""
    lt = ctx.afspraken.looptijd
    if not lt.verlenging:
        return lt.van.year, lt.tot_en_met.year
    if lt.opvolger_ondertekend is not None:
        return lt.van.year, lt.opvolger_ondertekend.year
    return lt.van.year, None


def _check_indicator(ind: Indicator, ctx: Context) -> list[Problem]:
    out = []
    if ind.afspraak and ind.afspraak not in ctx.by_nr:
        out.append(_p(ind, "afspraak", "PA066", f"indicator '{ind.id}' verwijst naar afspraak "
                      f"{ind.afspraak}, maar die bestaat niet in afspraken.yaml"
                      + suggest(ind.afspraak, ctx.by_nr)))
    if ind.doelen and ind.richting is None and "richting" not in ind.at:
        out.append(_p(ind, None, "PA066", f"indicator '{ind.id}' heeft doelen maar geen "
                      "'richting'; schrijf richting: minimaal, maximaal of precies"))
    for doel in ind.doelen:
        given = [k for k in ("waarde", "peil") if k in doel.at]
        if len(given) != 1:
            out.append(_p(doel, given[-1] if given else None, "PA066",
                          f"een doel van indicator '{ind.id}' heeft "
                          + ("zowel 'waarde' als 'peil'" if given else "geen 'waarde' en geen "
                             "'peil'") + "; geef één van beide"))
        if doel.peil is not None and doel.jaren and doel.peil >= doel.jaren[0]:
            out.append(_p(doel, "peil", "PA066", f"een doel van indicator '{ind.id}' heeft peil "
                          f"{doel.peil}, maar dat ligt niet vóór de jaren van het doel; het "
                          "peil is een eerder jaar"))
        if ind.eenheid == "procent" and doel.waarde is not None and doel.waarde > 100:
            out.append(_p(doel, "waarde", "PA065", f"doel {_num(doel.waarde)}% van indicator "
                          f"'{ind.id}' is meer dan 100%; een percentage ligt tussen 0 en 100"))
    years = [y for d in ind.doelen if d.jaren for y in range(d.jaren[0], d.jaren[1] + 1)]
    twice = sorted({y for y in years if years.count(y) > 1})
    if twice:
        out.append(_p(ind, "doelen", "PA066", f"indicator '{ind.id}' heeft meer dan één doel "
                      f"voor {', '.join(map(str, twice))}; één doel per jaar"))
    return out


def meting_problem(m: Meting, ind: Indicator | None, ctx: Context,
                   known: dict[str, Indicator]) -> list[Problem]:
    """What is wrong with one measurement on its own (pa meet asks this before writing)."""
    if ind is None:
        return [_p(m, "indicator", "PA060", f"meting noemt indicator '{m.indicator}', maar die "
                   "bestaat niet in indicatoren.yaml" + (suggest(m.indicator, known) or
                                                         "; bekend: " + ", ".join(known)))]
    out = []
    if m.eenheid and m.eenheid != ind.eenheid:
        out.append(_p(m, "eenheid", "PA061", f"meting van '{ind.id}' is in {m.eenheid}, maar de "
                      f"indicator telt in {ind.eenheid}; reken het cijfer om of kies de juiste "
                      "indicator"))
    if ind.eenheid == "procent" and m.waarde is not None and m.waarde > 100:
        out.append(_p(m, "waarde", "PA065", f"meting van '{ind.id}' is {_num(m.waarde)}%, meer "
                      "dan 100%; een percentage ligt tussen 0 en 100"))
    if ("jaar" in m.at) == ("peildatum" in m.at):
        both = "jaar" in m.at
        out.append(_p(m, None, "PA068", f"meting van '{ind.id}' heeft "
                      + ("zowel 'jaar' als 'peildatum'" if both else "geen 'jaar' en geen "
                         "'peildatum'") + "; geef één van beide"))
    elif m.year:
        first, last = looptijd_jaren(ctx)
        peilen = {d.peil for d in ind.doelen if d.peil is not None}
        if (m.year < first or (last is not None and m.year > last)) and m.year not in peilen:
            end = f"{last}" if last is not None else f"nu{ctx.afspraken.looptijd.bij()}"
            out.append(_p(m, "jaar" if m.jaar else "peildatum", "PA063", f"meting van "
                          f"'{ind.id}' over {m.year} valt buiten de looptijd ({first} t/m "
                          f"{end}); alleen een peiljaar van een doel mag ervoor liggen"))
    for key in ("corporatie", "kern", "huurklasse"):
        if getattr(m, key) is not None and key not in ind.niveaus:
            allowed = ", ".join(ind.niveaus) or "alleen het geheel"
            out.append(_p(m, key, "PA067", f"meting van '{ind.id}' noemt een {key}, maar deze "
                          f"indicator wordt gemeten per: {allowed}; laat '{key}' weg"))
    if m.corporatie is not None and "corporatie" in ind.niveaus:
        corps = corporaties(ctx)
        party = ctx.trekkers.resolve(m.corporatie)
        if party is None or party.id not in corps:
            out.append(_p(m, "corporatie", "PA067", f"corporatie '{m.corporatie}' van een meting "
                          f"van '{ind.id}' is onbekend; bekend: " + ", ".join(corps.values())))
    return out


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def meting_key(m: Meting, trekkers: Trekkers | None) -> tuple[object, ...]:
    """What makes a measurement unique: indicator, moment as written, and series (a
    corporatie by its party, whatever name or alias it is written with)."""
    party = trekkers.resolve(m.corporatie) if m.corporatie and trekkers else None
    corp = party.id if party else (m.corporatie or "").casefold()
    return (m.indicator, m.jaar, m.peildatum, corp, (m.kern or "").casefold(), m.huurklasse)


def check_monitor(ds: Dataset, ctx: Context) -> list[Problem]:
    """Indicators unique and sound; each measurement fits its indicator and occurs once."""
    mon: Indicatoren | None = ds.indicatoren
    if mon is None:
        return []
    out = []
    known: dict[str, Indicator] = {}
    for ind in mon.indicatoren:
        if ind.id in known:
            first = known[ind.id].src[1]
            out.append(_p(ind, "id", "PA030", f"indicator '{ind.id}' bestaat al (regel "
                          f"{first}); geef elke indicator een eigen id"))
            continue
        if ind.id:
            known[ind.id] = ind
        out += _check_indicator(ind, ctx)
    if mon.marge_procent is not None and mon.marge_procent > 100:
        out.append(Problem(mon.src[0], *mon.at.get("marge_procent", (0, 0)), FOUT, "PA065",
                           "marge_procent is meer dan 100; kies een getal van 0 tot 100"))
    seen: dict[tuple[object, ...], Meting] = {}
    for m in mon.metingen:
        if not m.indicator:
            continue
        out += meting_problem(m, known.get(m.indicator), ctx, known) + _future(m, ctx)
        key = meting_key(m, ctx.trekkers)
        if key in seen:
            out.append(_p(m, "indicator", "PA064", f"meting van '{m.indicator}' voor "
                          f"{_when(m)}{_series(m)} staat er al (regel {seen[key].src[1]}); "
                          "verbeter die meting in plaats van er een tweede te geven"))
        else:
            seen[key] = m
    return out


def _when(m: Meting) -> str:
    return str(m.jaar) if m.jaar is not None else m.peildatum.isoformat() if m.peildatum else "?"


def _series(m: Meting) -> str:
    parts = [p for p in (m.corporatie, m.kern, m.huurklasse) if p]
    return f" ({', '.join(parts)})" if parts else ""
