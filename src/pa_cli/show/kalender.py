"""`pa kalender` as text, JSON, Markdown, or iCalendar (built with the icalendar library)."""

from __future__ import annotations

from datetime import datetime, timedelta

from pa_cli.base import clock
from pa_cli.base.fmt import aantal, datum_nl, md_cell, shorten
from pa_cli.base.safe_text import inline, json_text
from pa_cli.query.kalender import SOORTEN, Gebeurtenis, Kalender
from pa_cli.show.fit import GAP, fit, natural, table_lines
from pa_cli.show.tables import _prose
from pa_cli.show.term import screen

__all__ = ["FORMATS", "ICS_EXTENSIONS", "kalender_output", "ics"]

FORMATS = ("text", "json", "md")
ICS_EXTENSIONS = {"ics": (".ics",)}  # --ics FILE: Outlook and Google Agenda go by the name


def _heading(k: Kalender) -> str:
    who = f", trekker {k.gevraagd}" if k.gevraagd else ""
    return inline(f"Kalender {datum_nl(k.van)} t/m {datum_nl(k.tot)}{who}")


def _summary(k: Kalender) -> str:
    acties = sum(1 for g in k.items if g.soort == "actie")
    return (f"{aantal(len(k.items) - acties, 'moment', 'momenten')} van de cyclus, "
            f"{aantal(acties, 'termijn van een actie', 'termijnen van acties')}")


def _soort(g: Gebeurtenis) -> str:
    """The kind of entry; an action's termijn that does not count yet says so, as pa status
    does: "termijn actie (voorstel; geldt: najaar 2022)"."""
    return SOORTEN[g.soort] + (f" ({inline(g.termijn_uitleg)})" if g.termijn_uitleg else "")


def _cells(g: Gebeurtenis) -> list[str]:
    afspraak = f"afspraak {g.afspraak}" if g.afspraak else ""
    return [g.wanneer_nl, _soort(g), inline(g.naam), inline(", ".join(g.trekker)),
            inline(afspraak)]


# On a narrow terminal wat and trekker are cut to no less than these (by column index); when
# that does not fit either, the soort and the afspraak go onto the line under the entry.
_LEAST = {2: 28, 3: 16}
_NARROW = (0, 2, 3)
_NARROW_LEAST = {1: 16, 2: 12}


def _text(k: Kalender) -> str:
    width = screen().width
    lines = [_prose(_heading(k), width), ""]
    if not k.items:
        lines.append("Niets in deze periode.")
    rows = [_cells(g) for g in k.items]
    widths = fit(natural(rows), width, _LEAST) if rows else []
    narrow = widths is None
    if narrow:  # wanneer, wat, trekker; the soort and the afspraak under it
        rows = [[row[i] for i in _NARROW] for row in rows]
        widths = fit(natural(rows), width, _NARROW_LEAST) or natural(rows)
    assert widths is not None
    indent = " " * (widths[0] + GAP) if widths else ""
    room = 76 if width is None else min(76, width - len(indent))
    for g, line in zip(k.items, table_lines(rows, widths)):
        lines.append(line)
        under = [_soort(g), f"afspraak {g.afspraak}" if g.afspraak else ""] if narrow \
            else []
        if g.soort in ("actie", "looptijd") and g.tekst:
            under.append(g.tekst)
        if any(under):
            lines.append(indent + shorten(" · ".join(inline(u) for u in under if u), room))
    lines += ["", _prose(_summary(k), width)]
    return "\n".join(lines)


def _md(k: Kalender) -> str:
    lines = [f"**{md_cell(_heading(k))}**", ""]
    if k.items:
        lines += ["| wanneer | soort | wat | trekker | afspraak |", "|---|---|---|---|---|"]
        lines += ["| " + " | ".join(md_cell(c) for c in _cells(g)) + " |" for g in k.items]
    else:
        lines.append("Niets in deze periode.")
    lines += ["", md_cell(_summary(k))]
    return "\n".join(lines)


def kalender_output(k: Kalender, fmt: str) -> str:
    if fmt == "json":
        return json_text({"van": k.van.isoformat(), "tot_en_met": k.tot.isoformat(),
                          "trekker": k.gevraagd or None,
                          "items": [g.as_json() for g in k.items]})
    if fmt == "md":
        return _md(k)
    return _text(k)


def _summary_ics(g: Gebeurtenis) -> str:
    """The title of the event: a month whose day is not known yet says so."""
    if g.soort == "actie":
        return f"{'Voorstel: termijn' if g.voorstel else 'Termijn'} actie {g.naam}"
    if g.tot_en_met != g.datum:  # 'april 2027': on its first day, the day to follow
        return f"{g.naam} ({g.wanneer_nl.rsplit(' ', 1)[0]}, datum volgt)"
    if g.bereidt_voor:
        return f"{g.naam}, {g.wanneer_nl}"
    if g.tijdens:
        return f"{g.naam}, tijdens {g.tijdens}"
    return g.naam


def _description(g: Gebeurtenis) -> str:
    parts = [g.tekst or ""]
    if g.tot_en_met != g.datum:
        parts.append(f"Wanneer: {g.wanneer_nl}; de dag staat nog niet vast")
    if g.bereidt_voor:
        parts.append(f"Bereidt voor: {g.bereidt_voor}")
    if g.tijdens:
        parts.append(f"Tijdens: {g.tijdens}")
    if g.wanneer:
        uitleg = f" ({g.termijn_uitleg})" if g.termijn_uitleg else ""
        parts.append(f"Termijn: {g.wanneer}{uitleg}")
    if g.trekker:
        parts.append("Trekker: " + ", ".join(g.trekker))
    if g.afspraak:
        parts.append(f"Afspraak {g.afspraak} van de prestatieafspraken")
    if g.status:
        parts.append(f"Status: {g.status}")
    return "\n".join(inline(p) for p in parts if p)


def ics(k: Kalender, now: datetime | None = None) -> bytes:
    """The calendar as iCalendar (RFC 5545): one all-day event per entry (DTSTART;VALUE=DATE,
    one day; a month whose day is not known yet on its first day, titled so), with UIDs that
    stay the same. Only text from the data, in SUMMARY, DESCRIPTION and CATEGORIES, escaped
    by the library and without controls: nothing a calendar would run, fetch or alarm on."""
    from icalendar import Calendar, Event

    stamp = now or clock.now()
    cal = Calendar()
    cal.add("prodid", "-//pa//Prestatieafspraken//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = f"Prestatieafspraken {k.gemeente}" + (f" ({k.gevraagd})" if k.gevraagd else "")
    cal.add("x-wr-calname", inline(name))
    for g in k.items:
        ev = Event()
        ev.add("uid", g.uid)
        ev.add("dtstamp", stamp)
        ev.add("dtstart", g.datum)
        ev.add("dtend", g.datum + timedelta(days=1))  # one whole day: the end is exclusive
        ev.add("summary", inline(_summary_ics(g)))
        ev.add("description", _description(g))
        ev.add("categories", [SOORTEN[g.soort]])
        ev.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
        cal.add_component(ev)
    return bytes(cal.to_ical())
