"""Check stage: the rules that span records and files. Each rule returns problems.

Rules are plain functions `check_<rule>(ds, ctx) -> list[Problem]` in RULES; the rules of
the yearly cycle, the termijnen, the monitor and the cycle's dates have modules of their own
(agendas.py, termijnen.py, monitor.py, cyclus.py) and are registered here too. validate.py
runs them all.
"""

from __future__ import annotations

import re
from typing import Callable

from pa_cli.base.problems import FOUT, WAARSCHUWING, Problem, suggest, unknown
from pa_cli.check.agendas import (
    check_agenda_years,
    check_carry_over,
    check_future_vastgesteld,
    check_vastgesteld,
)
from pa_cli.check.context import Context
from pa_cli.check.context import at as _at
from pa_cli.check.context import located as _p
from pa_cli.check.context import row_name as _rij
from pa_cli.check.context import rows as _rows
from pa_cli.check.cyclus import check_cyclus_datering
from pa_cli.check.monitor import check_monitor
from pa_cli.check.termijnen import check_agenda_termijnen, check_termijnen
from pa_cli.load.dataset import Dataset
from pa_cli.model.nummer import hoort_onder
from pa_cli.model.records import Agenda, Rij
from pa_cli.model.trekker import name_key


def _once(seen: dict[str, object], obj: object, nr: str, what: str, hint: str,
          key: str = "nr") -> list[Problem]:
    """A problem when `nr` was seen before (naming the first one's line); remembers it."""
    if nr in seen:
        first = seen[nr].src[1]  # type: ignore[attr-defined]
        return [_p(obj, key, FOUT, "PA030", f"{what} {nr} bestaat al (regel {first}); {hint}")]
    seen[nr] = obj
    return []


def check_parties(ds: Dataset, ctx: Context) -> list[Problem]:
    """Ids unique; names unambiguous; groups and signatories refer to known parties."""
    out = []
    seen: dict[str, str] = {}
    for entity in ctx.afspraken.trekkers():
        for name in entity.names():
            key = name_key(name)
            if key in seen and seen[key] != entity.id:
                out.append(_p(entity, None, FOUT, "PA030",
                              f"naam '{name}' van '{entity.id}' wordt ook gebruikt door "
                              f"'{seen[key]}'; een naam moet één partij of groep aanwijzen"))
            seen.setdefault(key, entity.id)
    party_ids = {p.id for p in ctx.afspraken.partijen if p.id}
    if len(party_ids) < len(ctx.afspraken.partijen):
        return out  # an id is itself wrong (reported); references to it would only echo that
    for g in ctx.afspraken.groepen:
        for lid in g.leden or []:
            if lid not in party_ids:
                out.append(_p(g, "leden", FOUT, "PA035", f"groep '{g.naam}' noemt lid '{lid}', "
                              f"maar die partij bestaat niet; bekende id's: "
                              + ", ".join(sorted(party_ids))))
    if ctx.afspraken.ondertekening:
        for o in ctx.afspraken.ondertekening.ondertekenaars:
            if o.partij and o.partij not in party_ids:
                out.append(_p(o, "partij", FOUT, "PA035", f"ondertekenaar '{o.naam}' tekent "
                              f"namens '{o.partij}', maar die partij bestaat niet; bekende id's: "
                              + ", ".join(sorted(party_ids))))
    return out


def check_looptijd(ds: Dataset, ctx: Context) -> list[Problem]:
    lt = ctx.afspraken.looptijd
    if lt and lt.van and lt.tot_en_met and lt.van > lt.tot_en_met:
        return [_p(lt, "tot_en_met", FOUT, "PA024",
                   "looptijd eindigt vóór hij begint; controleer 'van' en 'tot_en_met'")]
    if lt and lt.van and lt.opvolger_ondertekend and lt.opvolger_ondertekend <= lt.van:
        return [_p(lt, "opvolger_ondertekend", FOUT, "PA024", "opvolger_ondertekend ligt niet "
                   "na het begin van de looptijd; controleer de datum van de nieuwe overeenkomst")]
    return []


def check_afspraak_numbers(ds: Dataset, ctx: Context) -> list[Problem]:
    """Numbers unique, and each afspraak under the theme (and section) its number names."""
    out = []
    seen: dict[str, object] = {}
    for thema in ctx.afspraken.themas:
        groups = [(s.nr, s.afspraken) for s in thema.secties] + [(thema.nr, thema.afspraken)]
        for prefix, afspraken in groups:
            for a in afspraken:
                if a.nr is None:
                    continue
                out += _once(seen, a, a.nr, "afspraak", "elk nummer komt één keer voor")
                if prefix and not hoort_onder(a.nr, prefix):
                    start = f"{prefix}." if prefix[-1].isdigit() else prefix
                    out.append(_p(a, "nr", FOUT, "PA038", f"afspraak {a.nr} staat onder "
                                  f"{prefix}; het nummer moet met '{start}' beginnen"))
    return out


def _unknown_trekkers(obj: object, names: list[str], ctx: Context, what: str) -> list[Problem]:
    out = []
    t = ctx.trekkers
    # 'Gemeente en corporaties' as the document writes it: the list it means, all names in it
    split = [(n, t.split_joined(n) if t.resolve(n) is None else None) for n in names]
    as_list = "[" + ", ".join(p for n, parts in split for p in (parts or [n])) + "]"
    for name, parts in split:
        if t.resolve(name) is None:
            pos = getattr(name, "pos", None)
            where: tuple[str, int, int] = (
                (obj.src[0], pos.line, pos.col) if pos else _at(obj, "trekker"))  # type: ignore[attr-defined]
            count = {2: "twee", 3: "drie", 4: "vier"}.get(len(parts or ()), "meer")
            hint = (f"; bedoelt u {count} trekkers? Schrijf dan elk apart in de lijst: "
                    f"{as_list}") if parts else unknown(name, t.all_names(), t.known_names(),
                                                         "bekend")
            out.append(Problem(*where, FOUT, "PA032",
                               f"trekker '{name}' van {what} is onbekend{hint}"))
    return out


def check_trekkers(ds: Dataset, ctx: Context) -> list[Problem]:
    """Every trekker is a known party or group (case-insensitive, aliases allowed)."""
    out = []
    for a in ctx.afspraken.alle_afspraken():
        label = f"afspraak {a.nr}" if a.nr else f"de afspraak op regel {a.src[1]}"
        out += _unknown_trekkers(a, a.trekker or [], ctx, label)
    for _, rij in _rows(ds):
        out += _unknown_trekkers(rij, rij.trekker, ctx, _rij(rij))
    return out


def _own_nr(agenda: Agenda, rij: Rij, ctx: Context) -> str:
    """How to number a row whose nr is taken: a second action at the same afspraak gets the
    first letter free in this agenda ('4.2' twice: the second one is '4.2b')."""
    taken = {r.nr for r in agenda.rijen} | set(ctx.by_nr)
    free = next((rij.afspraak_nr + c for c in "bcdefghijklmnopqrstuvwxyz"
                 if rij.afspraak_nr + c not in taken), None)
    if free is None:
        return "geef elke rij een eigen nummer"
    return (f"geef elke rij een eigen nummer; is dit een tweede actie bij afspraak "
            f"{rij.afspraak_nr}, schrijf dan nr: \"{free}\"")


def check_rows(ds: Dataset, ctx: Context) -> list[Problem]:
    """Rows unique per file, pointing to an existing afspraak, complete or deliberately empty."""
    out = []
    for agenda in ds.agendas:
        seen: dict[str, object] = {}
        for rij in agenda.rijen:
            if rij.nr is None:
                continue
            hint = _own_nr(agenda, rij, ctx) if rij.nr in seen else ""  # only when taken
            out += _once(seen, rij, rij.nr, "agendarij", hint)
            key = "afspraak" if rij.afspraak else "nr"
            if rij.afspraak_nr not in ctx.by_nr:
                hint = suggest(rij.afspraak_nr, ctx.by_nr)
                out.append(_p(rij, key, FOUT, "PA031", f"{_rij(rij)} verwijst naar "
                              f"afspraak {rij.afspraak_nr}, maar die bestaat niet in "
                              f"afspraken.yaml{hint}"))
            if rij.afspraak and rij.afspraak == rij.nr:
                out.append(_p(rij, "afspraak", WAARSCHUWING, "PA036", f"{_rij(rij)}: "
                              "'afspraak' is gelijk aan 'nr' en kan weg"))
            out += _row_completeness(rij)
    return out


def _row_completeness(rij: Rij) -> list[Problem]:
    out = []
    if rij.is_actie:  # a key present but invalid is reported elsewhere: look at what was written
        if "trekker" not in rij.at:
            out.append(_p(rij, None, FOUT, "PA036", f"{_rij(rij)} heeft een actie maar "
                          "geen 'trekker'; vul de trekker in"))
        if "status" not in rij.at:
            out.append(_p(rij, None, FOUT, "PA036", f"{_rij(rij)} heeft een actie maar "
                          "geen 'status'; begin met 'status: open'"))
    else:
        extra = [k for k in ("trekker", "termijn", "status", "toelichting", "voortgang")
                 if getattr(rij, k)]
        if extra:
            out.append(_p(rij, extra[0], FOUT, "PA036", f"{_rij(rij)} heeft geen actie "
                          f"maar wel {', '.join(extra)}; vul eerst de 'actie' in of laat de rij "
                          "leeg"))
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def check_onderwerp(ds: Dataset, ctx: Context) -> list[Problem]:
    """A warning where an agenda row names its subject differently from its afspraak; once, on
    the newest row of an action carried on (the older rows are history)."""
    out = []
    for _, rij in _rows(ds):
        if rij.doorgeschoven:
            continue
        a = ctx.by_nr.get(rij.afspraak_nr)
        if a and a.onderwerp and rij.onderwerp and _norm(a.onderwerp) != _norm(rij.onderwerp):
            out.append(_p(rij, "onderwerp", WAARSCHUWING, "PA034", f"onderwerp van "
                          f"{_rij(rij)} ('{rij.onderwerp}') wijkt af van afspraak {a.nr} "
                          f"('{a.onderwerp}'); controleer of de rij bij de juiste afspraak hoort"))
    return out


def check_voortgang(ds: Dataset, ctx: Context) -> list[Problem]:
    """Voortgang in date order, and the row's status is its latest step's."""
    out = []
    for _, rij in _rows(ds):
        steps = rij.voortgang
        for prev, step in zip(steps, steps[1:]):
            if prev.datum and step.datum and step.datum < prev.datum:
                out.append(_p(step, "datum", FOUT, "PA039", f"voortgang van {_rij(rij)}: "
                              f"{step.datum.isoformat()} staat na {prev.datum.isoformat()}; "
                              "zet de stappen op datum, oudste eerst"))
        if steps and steps[-1].status and rij.status and steps[-1].status != rij.status:
            out.append(_p(rij, "status", WAARSCHUWING, "PA039", f"{_rij(rij)} heeft "
                          f"status '{rij.status}', maar de laatste voortgang zegt "
                          f"'{steps[-1].status}'; gebruik 'pa set' om beide bij te werken"))
    return out


def check_cyclus(ds: Dataset, ctx: Context) -> list[Problem]:
    """Each moment of the cycle: a unique id, an existing afspraak, known trekkers; a terugblik
    only on an overleg."""
    out: list[Problem] = []
    seen: dict[str, object] = {}
    for m in ctx.afspraken.cyclus:
        label = f"moment {m.id}" if m.id else "een moment zonder geldige id"
        if m.id:
            out += _once(seen, m, m.id, "moment", "geef elk moment een eigen id", "id")
        if m.afspraak and m.afspraak not in ctx.by_nr:
            hint = suggest(m.afspraak, list(ctx.by_nr)) or "."
            out.append(_p(m, "afspraak", FOUT, "PA082", f"{label} verwijst naar afspraak "
                          f"{m.afspraak}, die niet bestaat{hint} Noem het nummer van een "
                          "afspraak uit de thema's."))
        if m.terugblik and m.soort and m.soort != "overleg":  # no soort: PA001 says so
            out.append(_p(m, "terugblik", FOUT, "PA081", f"{label} is een {m.soort}; alleen "
                          "een overleg kan terugblikken (soort: overleg), laat 'terugblik' "
                          "hier weg"))
        out += _unknown_trekkers(m, m.trekker or [], ctx, label)
    return out


def check_future_voortgang(ds: Dataset, ctx: Context) -> list[Problem]:
    """A voortgang step dated after today (today is part of the cache key)."""
    out = []
    for _, rij in _rows(ds):
        for step in rij.voortgang:
            if step.datum and step.datum > ctx.today:
                out.append(_p(step, "datum", WAARSCHUWING, "PA055", f"voortgang van "
                              f"{_rij(rij)} heeft datum {step.datum.isoformat()}, na vandaag "
                              f"({ctx.today.isoformat()}); tot die dag weigert 'pa set' een "
                              f"eerdere datum. Is de datum fout, draai de stap terug met 'pa "
                              f"herstel {rij.nr or 'NR'}' en geef hem opnieuw met de goede "
                              "--datum"))
    return out


def check_vervallen(ds: Dataset, ctx: Context) -> list[Problem]:
    """'vervallen' is a decision: a row with that status says why (pa set demands it too)."""
    return [_p(rij, "status", WAARSCHUWING, "PA057", f"{_rij(rij)} is vervallen zonder "
               "toelichting; vervallen is een besluit: leg vast waarom, met pa set "
               f"{rij.nr or 'NR'} --status vervallen --toelichting TEKST")
            for _, rij in _rows(ds) if rij.status == "vervallen" and not rij.toelichting]


Rule = Callable[[Dataset, Context], list[Problem]]
RULES: list[Rule] = [check_parties, check_looptijd, check_afspraak_numbers, check_trekkers,
                     check_rows, check_termijnen, check_onderwerp, check_voortgang, check_monitor,
                     check_carry_over, check_vastgesteld, check_cyclus, check_cyclus_datering,
                     check_future_voortgang,
                     check_vervallen, check_agenda_years, check_agenda_termijnen,
                     check_future_vastgesteld]
