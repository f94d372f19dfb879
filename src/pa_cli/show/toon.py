"""`pa toon` as text, JSON or Markdown: one action, its afspraak and its whole history."""

from __future__ import annotations

import textwrap

from pa_cli.base.fmt import dagen, datum_nl, md_cell
from pa_cli.base.safe_text import inline, json_text
from pa_cli.query.toon import Stap, Verhaal
from pa_cli.show.term import screen

__all__ = ["FORMATS", "toon_output"]

FORMATS = ("text", "json", "md")
_LABEL = 14  # width of the labels in the text form


def _kop(v: Verhaal) -> str:
    agenda = v.agenda.jaren or v.agenda.titel
    onderwerp = v.rij.onderwerp or (v.afspraak.onderwerp if v.afspraak else None)
    return inline(f"Actie {v.rij.nr} (agenda {agenda})" + (f": {onderwerp}" if onderwerp else ""))


def _termijn(v: Verhaal) -> str:
    t = v.rij.termijn
    if t is None:
        return "geen"
    if v.vorige is not None and not t.vast_te_stellen:  # a concept's proposal
        geldt = (f"uiterlijk {datum_nl(v.vorige.uiterlijk)}" if v.vorige.uiterlijk
                 else "doorlopend")
        return f"{t.tekst} (voorstel; tot de vaststelling geldt {v.vorige.tekst}: {geldt})"
    if v.vorige is not None and v.vorige.uiterlijk is not None:
        return (f"{t.tekst} (was {v.vorige.tekst}: tot er een nieuwe is, geldt uiterlijk "
                f"{datum_nl(v.vorige.uiterlijk)})")
    if t.uiterlijk is None:
        return f"{t.tekst} (doorlopend)"
    return f"{t.tekst} (uiterlijk {datum_nl(t.uiterlijk)})"


def _stand(v: Verhaal) -> str:
    late = f", {dagen(v.dagen_te_laat)} te laat" if v.dagen_te_laat else ""
    extra = f"; de afspraken zijn {v.verlenging}" if v.verlenging else ""
    when = f"op {datum_nl(v.peildatum)}"
    return f"{v.status or '-'}, stoplicht {v.stoplicht or '-'}{late} ({when}){extra}"


def _fields(v: Verhaal) -> list[tuple[str, str]]:
    afspraak = f"{v.afspraak.nr}: {v.afspraak.tekst}" if v.afspraak else v.rij.afspraak_nr
    out = [("Afspraak", afspraak), ("Actie", v.rij.actie or ""), ("Trekker", ", ".join(v.trekker)),
           ("Termijn", _termijn(v))]
    if len(v.termijnen) > 1:
        keer = {1: "één keer"}.get(v.uitgesteld, f"{v.uitgesteld} keer")
        out.append(("Verschoven", " -> ".join(f"{t} ({a}{', voorstel' if voorstel else ''})"
                                              for a, t, voorstel in v.termijnen)
                    + (f": {keer} uitgesteld" if v.uitgesteld else "")))
    out.append(("Stand", _stand(v)))
    if v.toelichting:
        out.append(("Toelichting", v.toelichting))
    # paragraphs stay (a multi-line actie), each on its own line with its controls escaped
    return [(label, "\n".join(inline(para) for para in value.split("\n"))) for label, value in out]


def _stap(s: Stap) -> str:
    when = datum_nl(s.datum) if s.datum else "datum onbekend"
    if s.soort == "doorgeschoven" and s.concept:
        return inline(f"doorgeschoven van agenda {s.agenda} (rij {s.nr}) naar agenda {s.naar}, "
                      f"een concept (nog niet vastgesteld), status was {s.status or '-'}")
    if s.soort == "doorgeschoven":
        return inline(f"{when}: doorgeschoven van agenda {s.agenda} (rij {s.nr}) naar agenda "
                      f"{s.naar}, status was {s.status or '-'}")
    note = f": {s.toelichting}" if s.toelichting else ""
    return inline(f"{when}: {s.status} (agenda {s.agenda}, rij {s.nr}){note}")


def _history_intro(v: Verhaal) -> str:
    agendas = [a.jaren or a.titel for a, _ in v.rijen]
    if len(agendas) == 1:
        return inline(f"In agenda {agendas[0]}.")
    return inline("Via de agenda's " + ", ".join(agendas[:-1]) + f" en {agendas[-1]}.")


def _text(v: Verhaal) -> str:
    out = screen()
    if out.terminal and out.width:
        from pa_cli.show.rich_out import toon_text

        return toon_text(_kop(v), _fields(v), "Geschiedenis. " + _history_intro(v),
                         [_stap(s) for s in v.stappen] or ["nog geen voortgang vastgelegd"],
                         out.width)
    width = max(out.width or 100, 60)
    wrap = textwrap.TextWrapper(width=width, subsequent_indent=" " * _LABEL)
    lines = [_kop(v), ""]
    for label, value in _fields(v):
        for i, para in enumerate(value.split("\n")):
            start = f"{label}:".ljust(_LABEL) if i == 0 else " " * _LABEL
            lines.append(wrap.fill(start + para) if para else "")
    lines += ["", "Geschiedenis. " + _history_intro(v)]
    steps = v.stappen or []
    lines += [textwrap.fill(_stap(s), width, initial_indent="- ", subsequent_indent="  ")
              for s in steps] or ["- nog geen voortgang vastgelegd"]
    return "\n".join(lines)


def _md(v: Verhaal) -> str:
    lines = [f"### {md_cell(_kop(v))}", ""]
    lines += [f"- **{label}:** {md_cell(value)}" for label, value in _fields(v)]
    lines += ["", f"**Geschiedenis.** {md_cell(_history_intro(v))}", ""]
    lines += [f"- {md_cell(_stap(s))}" for s in v.stappen] or ["- nog geen voortgang vastgelegd"]
    return "\n".join(lines)


def toon_output(v: Verhaal, fmt: str) -> str:
    if fmt == "json":
        t = v.rij.termijn
        return json_text({
            "nr": v.rij.nr, "agenda": v.agenda.jaren, "afspraak": v.rij.afspraak_nr,
            "afspraak_tekst": v.afspraak.tekst if v.afspraak else None,
            "onderwerp": v.rij.onderwerp, "actie": v.rij.actie, "trekker": v.trekker,
            "termijn": t.tekst if t else None,
            "uiterlijk": t.uiterlijk.isoformat() if t and t.uiterlijk else None,
            "peildatum": v.peildatum.isoformat(), "status": v.status,
            "toelichting": v.toelichting, "stoplicht": v.stoplicht,
            "dagen_te_laat": v.dagen_te_laat, "verlenging": v.verlenging or None,
            "rijen": [f"{a.jaren}/{r.nr}" for a, r in v.rijen],
            "geschiedenis": [s.as_json() for s in v.stappen],
            "vorige_termijn": v.vorige.tekst if v.vorige else None,
            "termijnen": [{"agenda": a, "termijn": t, "voorstel": voorstel}
                          for a, t, voorstel in v.termijnen],
            "uitgesteld": v.uitgesteld,
        })
    if fmt == "md":
        return _md(v)
    return _text(v)
