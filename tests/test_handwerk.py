"""Validation answers for a werkgroep member who types the YAML by hand, as the README says."""

from __future__ import annotations

import pytest

from conftest import AGENDA

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
