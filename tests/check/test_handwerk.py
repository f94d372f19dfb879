"""Validation answers for a werkgroep member who types the YAML by hand, as the manual says."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import AGENDA, TODAY
from pa_cli.base.fmt import datum_kort, datum_nl

ROW = "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\""  # agendarij 1.1.2, line 22


def _first(run) -> str:
    r = run("validate")
    assert r.code == 1, r.out
    return r.out.splitlines()[0]


@pytest.mark.parametrize("typed, meant", [("Gereed", "gereed"), ("OPEN", "open"),
                                          ("Vervallen", "vervallen")])
def test_a_status_in_capitals_asks_for_lowercase(run, ws, typed, meant):
    """`status: Gereed` says to write 'gereed' in lowercase, not that the status does not exist."""
    ws.replace(AGENDA, ROW, ROW.replace("status: open", f"status: {typed}"))
    assert _first(run) == (f"data/agenda-2022-2023.yaml:23:13: fout PA025: status '{typed}' van "
                           f"agendarij 1.1.2: schrijf '{meant}' (kleine letters)")


@pytest.mark.parametrize("shift", [+1, -1, +2, -2, +3])
def test_a_key_set_in_or_out_is_an_indentation_problem(run, ws, shift):
    """One space too many or too few before `trekker:` in a row of the shipped agenda answers
    about the indentation, like two or three, not about a ':' in a text."""
    old = "    actie: Met de Provincie Zeeland"
    line = ws.line_of(AGENDA, old) + 1
    text = ws.read(AGENDA).split("\n")
    assert text[line - 1] == "    trekker: [Gemeente]"
    text[line - 1] = " " * (4 + shift) + "trekker: [Gemeente]"
    ws.write(AGENDA, "\n".join(text))
    assert _first(run) == (
        f"data/agenda-2022-2023.yaml:{line}:{5 + shift}: fout PA016: YAML-syntaxfout: de "
        f"inspringing klopt niet: 'trekker:' springt {4 + shift} spaties in, 'actie:' erboven 4. "
        "Zet 'trekker:' even ver in als 'actie:'")


def test_a_colon_in_a_continued_text_still_asks_for_quotes(run, ws):
    """A ': ' in the second line of a text is still a colon in a text, not an indentation."""
    ws.replace(AGENDA, ROW, ROW.replace("najaar 2022", "najaar 2022\n      Let op: later"))
    assert _first(run) == (
        "data/agenda-2022-2023.yaml:23:13: fout PA016: YAML-syntaxfout: hier mag geen ':' "
        "staan. Staat er een dubbele punt in een tekst? Zet de tekst dan tussen aanhalingstekens")


KNOWN = "Gemeente, Clavis, WZV, SHB, Bewonersraad Clavis, Corporaties, Huurdersorganisaties"


@pytest.mark.parametrize("typed, name, col, meant", [
    ("[Gemeente en corporaties]", "Gemeente en corporaties", 15,
     "twee trekkers? Schrijf dan elk apart in de lijst: [Gemeente, Corporaties]"),
    ("[Gemeente & Corporaties]", "Gemeente & Corporaties", 15,
     "twee trekkers? Schrijf dan elk apart in de lijst: [Gemeente, Corporaties]"),
    ("[clavis/woongoed, SHB]", "clavis/woongoed", 15,
     "twee trekkers? Schrijf dan elk apart in de lijst: [Clavis, WZV, SHB]"),
    ("Gemeente, Clavis en WZV", "Gemeente, Clavis en WZV", 14,
     "drie trekkers? Schrijf dan elk apart in de lijst: [Gemeente, Clavis, WZV]"),
])
def test_two_names_joined_suggest_the_list(run, ws, typed, name, col, meant):
    """`trekker: [Gemeente en corporaties]`, as the document writes it, suggests the list form."""
    line = ws.line_of(AGENDA, "    trekker: [Gemeente]")
    text = ws.read(AGENDA).split("\n")
    text[line - 1] = f"    trekker: {typed}"
    ws.write(AGENDA, "\n".join(text))
    assert _first(run) == (
        f"data/agenda-2022-2023.yaml:{line}:{col}: fout PA032: trekker '{name}' van agendarij "
        f"1.1.1 is onbekend; bedoelt u {meant}")


def test_a_misspelt_trekker_is_offered_a_name_from_the_list(run, ws):
    """`pa status -t Bewonersraad` suggests 'Bewonersraad Clavis' from its own list, not the id."""
    r = run("status", "-t", "Bewonersraad")
    assert (r.code, r.err.strip()) == (2, "pa: trekker 'Bewonersraad' is onbekend; bedoelt u "
                                          f"'Bewonersraad Clavis'? Bekend: {KNOWN}")


def test_an_unknown_trekker_in_the_data_is_offered_a_listed_name(run, ws):
    """In the data too, a name near an id or alias suggests the name the list shows."""
    line = ws.line_of(AGENDA, "    trekker: [Gemeente]")
    text = ws.read(AGENDA).split("\n")
    text[line - 1] = "    trekker: [woongoedd]"
    ws.write(AGENDA, "\n".join(text))
    assert _first(run) == (
        f"data/agenda-2022-2023.yaml:{line}:15: fout PA032: trekker 'woongoedd' van agendarij "
        f"1.1.1 is onbekend; bedoelt u 'WZV'? Bekend: {KNOWN}")


def test_a_termijn_outside_the_looptijd_names_it_in_dutch_with_its_verlenging(run, ws):
    """PA033 writes the looptijd as '1 januari 2022 t/m 31 december 2025' and says that it runs
    on (afspraak 5.6) until a new agreement is signed."""
    ws.replace(AGENDA, ROW, ROW.replace("najaar 2022", "najaar 2021"))
    assert _first(run) == (
        "data/agenda-2022-2023.yaml:22:14: fout PA033: termijn 'najaar 2021' van agendarij 1.1.2 "
        "valt vóór de looptijd: 1 januari 2022 t/m 31 december 2025, en daarna in verlenging tot "
        "er een nieuwe overeenkomst is ondertekend (afspraak 5.6); controleer het jaartal")


NEXT = ("titel: Uitvoeringsagenda 2026-2027\nvastgesteld: 1-4-2026\nrijen:\n"
        "  - nr: \"1.1.2\"\n    actie: Bespreken\n    trekker: [Corporaties]\n"
        "    termijn: {termijn}\n    status: open\n")


@pytest.mark.parametrize("termijn, warned", [("najaar 2028", True), ("vanaf 2028", True),
                                             ("31-12-2027", False), ("2026 en 2027", False)])
def test_a_termijn_after_its_agenda_s_years_is_warned(run, ws, termijn, warned):
    """`najaar 2028` in agenda-2026-2027.yaml is a warning: the agenda covers two years (5.3)."""
    ws.write("agenda-2026-2027.yaml", NEXT.format(termijn=termijn))
    r = run("validate")
    assert r.code == 0, r.out
    lines = [ln for ln in r.out.splitlines() if "agenda-2026-2027" in ln]
    assert lines == ([
        f"data/agenda-2026-2027.yaml:7:14: waarschuwing PA085: termijn '{termijn}' van agendarij "
        "1.1.2 valt na 2027, het laatste jaar van agenda 2026-2027 (een agenda geldt voor de "
        "twee opvolgende jaren, afspraak 5.3); controleer het jaartal, of zet de actie in de "
        "agenda van dat jaar"] if warned else [])


def test_vastgesteld_after_today_is_warned(run, ws):
    """`vastgesteld:` after today is a warning, like PA055 for a voortgang step."""
    today = TODAY
    later = today + timedelta(days=23)
    ws.write("agenda-2026-2027.yaml", NEXT.format(termijn="2027").replace(
        "1-4-2026", datum_kort(later)))
    r = run("validate")
    assert r.code == 0, r.out
    assert [ln for ln in r.out.splitlines() if "agenda-2026-2027" in ln] == [
        f"data/agenda-2026-2027.yaml:2:14: waarschuwing PA086: agenda 2026-2027 is vastgesteld op "
        f"{datum_nl(later)}, na vandaag ({datum_nl(today)}); zet de datum van het overleg dat de "
        "agenda vaststelde, of laat 'vastgesteld' weg zolang de agenda een concept is"]
    ws.write("agenda-2026-2027.yaml", NEXT.format(termijn="2027").replace(
        "1-4-2026", datum_kort(today)))
    assert "PA086" not in run("validate").out
