"""A moment that happens during another (`tijdens:`) falls on that moment's date in every year
(model/cyclus.py, `datering`): in Terneuzen the IBR is discussed IN the najaarsoverleg (5.4:
"jaarlijks in het bestuurlijk overleg"), so when the werkgroep fixes the najaarsoverleg's day,
the IBR moves with it in the kalender (text, md, json) and its .ics. A day fixed for the moment
itself wins; the checks name what cannot be dated (PA083, PA020) with its line."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import AFSPRAKEN, FIXTURES, TODAY

NAJAAR = '    wanneer: oktober  # "Najaarsoverleg (oktober)" (cyclus)\n'
NAJAAR_12_OKTOBER = "    data: [2027-10-12]\n" + NAJAAR
IBR = "    tijdens: najaarsoverleg\n    wanneer: oktober\n"
STAMP = f"DTSTAMP:{TODAY:%Y%m%d}T120000Z"


def _rows(out: str) -> list[str]:
    """The kalender's rows as 'wanneer | soort | wat'."""
    return [" | ".join(re.split(r"  +", line)[:3]) for line in out.splitlines()[2:-2]]


def _event(ics: str, uid: str) -> list[str]:
    """The lines of one VEVENT, unfolded, in the order written."""
    text = ics.replace("\r\n ", "")
    for block in text.split("BEGIN:VEVENT\r\n")[1:]:
        lines = block.split("\r\nEND:VEVENT")[0].split("\r\n")
        if f"UID:{uid}" in lines:
            return lines
    raise AssertionError(f"no event {uid}")


def _ics(run, path, *args: str) -> str:
    r = run("kalender", *args, "--ics", str(path))
    assert r.code == 0, r.err
    return path.read_bytes().decode("utf-8")


# -- Terneuzen -----------------------------------------------------------------------------------

def test_shipped_ibr_stays_in_oktober_and_says_it_is_in_the_najaarsoverleg(run, ws):
    """As long as the najaarsoverleg has no day, the IBR is 'oktober 2027' as before, right
    after the najaarsoverleg; the JSON and the .ics name the overleg it is discussed in."""
    assert "tijdens: najaarsoverleg\n" in ws.read(AFSPRAKEN)
    r = run("kalender", "--van", "2027-09-30", "--tot", "2027-10-31")
    assert r.code == 0, r.err
    assert _rows(r.out) == [
        "vóór oktober 2027 | ambtelijke werkgroep | Ambtelijke werkgroep (najaar)",
        "oktober 2027 | bestuurlijk overleg | Najaarsoverleg",
        "oktober 2027 | termijn (cyclus) | Bespreken IBR en voorgenomen prestaties"]
    items = json.loads(run("kalender", "--van", "2027-09-30", "--tot", "2027-10-31",
                           "--format", "json").out)["items"]
    assert [(i["naam"], i["tijdens"]) for i in items] == [
        ("Ambtelijke werkgroep (najaar)", None), ("Najaarsoverleg", None),
        ("Bespreken IBR en voorgenomen prestaties", "Najaarsoverleg")]
    ics = _ics(run, ws.root / "k.ics", "--van", "2027-10-01", "--tot", "2027-10-31")
    assert _event(ics, "ibr-2027@terneuzen.pa") == [
        "SUMMARY:Bespreken IBR en voorgenomen prestaties (oktober\\, datum volgt)",
        "DTSTART;VALUE=DATE:20271001", "DTEND;VALUE=DATE:20271002", STAMP,
        "UID:ibr-2027@terneuzen.pa", "CATEGORIES:termijn (cyclus)",
        "DESCRIPTION:Partijen bespreken jaarlijks in het bestuurlijk overleg op basis van de "
        "rapportage indicatieve bestedingsruimte de financiële positie en voorgenomen "
        "prestaties van de corporaties.\\nWanneer: oktober 2027\\; de dag staat nog niet vast"
        "\\nTijdens: Najaarsoverleg\\nTermijn: oktober\\nTrekker: Corporaties\\, Gemeente\\n"
        "Afspraak 5.4 van de prestatieafspraken",
        "TRANSP:TRANSPARENT"]


def test_a_fixed_najaarsoverleg_takes_the_ibr_along(run, ws):
    """`data: [2027-10-12]` on the najaarsoverleg: the IBR is on 12 oktober 2027 too, in the
    text, the Markdown, the JSON and the .ics; 2028 keeps its month."""
    ws.replace(AFSPRAKEN, NAJAAR, NAJAAR_12_OKTOBER)
    assert run("validate").code == 0
    r = run("kalender", "--van", "2027-10-01", "--tot", "2028-10-31")
    assert r.code == 0, r.err
    assert [row for row in _rows(r.out) if "oktober" in row] == [
        "vóór 12 oktober 2027 | ambtelijke werkgroep | Ambtelijke werkgroep (najaar)",
        "12 oktober 2027 | bestuurlijk overleg | Najaarsoverleg",
        "12 oktober 2027 | termijn (cyclus) | Bespreken IBR en voorgenomen prestaties",
        "vóór oktober 2028 | ambtelijke werkgroep | Ambtelijke werkgroep (najaar)",
        "oktober 2028 | bestuurlijk overleg | Najaarsoverleg",
        "oktober 2028 | termijn (cyclus) | Bespreken IBR en voorgenomen prestaties"]
    md = run("kalender", "--van", "2027-10-01", "--tot", "2027-10-31", "--format", "md").out
    assert ("| 12 oktober 2027 | termijn (cyclus) | Bespreken IBR en voorgenomen prestaties | "
            "Corporaties, Gemeente | afspraak 5.4 |") in md.splitlines()
    items = json.loads(run("kalender", "--van", "2027-10-01", "--tot", "2027-10-31",
                           "--format", "json").out)["items"]
    ibr = items[-1]
    assert {k: ibr[k] for k in ("datum", "tot_en_met", "datum_tekst", "naam", "wanneer",
                                "tijdens", "uid")} == {
        "datum": "2027-10-12", "tot_en_met": "2027-10-12", "datum_tekst": "12 oktober 2027",
        "naam": "Bespreken IBR en voorgenomen prestaties", "wanneer": "oktober",
        "tijdens": "Najaarsoverleg", "uid": "ibr-2027@terneuzen.pa"}
    ics = _ics(run, ws.root / "k.ics", "--van", "2027-10-01", "--tot", "2027-10-31")
    event = _event(ics, "ibr-2027@terneuzen.pa")
    assert event[:3] == [
        "SUMMARY:Bespreken IBR en voorgenomen prestaties\\, tijdens Najaarsoverleg",
        "DTSTART;VALUE=DATE:20271012", "DTEND;VALUE=DATE:20271013"]
    assert "Tijdens: Najaarsoverleg" in "".join(event)
    assert "de dag staat nog niet vast" not in "".join(event)


def test_a_fixed_day_of_the_ibr_itself_wins(run, ws):
    """The IBR's own `data:` for 2027 wins over the najaarsoverleg's day; 2028 follows the
    najaarsoverleg again."""
    ws.replace(AFSPRAKEN, NAJAAR, NAJAAR_12_OKTOBER)
    ws.replace(AFSPRAKEN, IBR, "    tijdens: najaarsoverleg\n    data: [2027-11-02]\n"
               "    wanneer: oktober\n")
    assert run("validate").code == 0
    r = run("kalender", "--van", "2027-10-01", "--tot", "2028-10-31", "--format", "json")
    dates = {i["uid"]: i["datum_tekst"] for i in json.loads(r.out)["items"]}
    assert (dates["najaarsoverleg-2027@terneuzen.pa"], dates["ibr-2027@terneuzen.pa"],
            dates["ibr-2028@terneuzen.pa"]) == ("12 oktober 2027", "2 november 2027",
                                                "oktober 2028")
    ics = _ics(run, ws.root / "k.ics", "--van", "2027-10-01", "--tot", "2027-12-31")
    assert _event(ics, "ibr-2027@terneuzen.pa")[1] == "DTSTART;VALUE=DATE:20271102"


def test_tijdens_decides_over_wanneer(run, ws):
    """The najaarsoverleg moved to november: the IBR (tijdens, wanneer: oktober) goes along;
    its wanneer is only the document's words. Without wanneer it is the same."""
    ws.replace(AFSPRAKEN, NAJAAR, "    wanneer: november\n")
    assert run("validate").code == 0
    r = run("kalender", "--van", "2027-10-01", "--tot", "2027-11-30")
    assert _rows(r.out) == [
        "vóór november 2027 | ambtelijke werkgroep | Ambtelijke werkgroep (najaar)",
        "november 2027 | bestuurlijk overleg | Najaarsoverleg",
        "november 2027 | termijn (cyclus) | Bespreken IBR en voorgenomen prestaties"]
    ws.replace(AFSPRAKEN, IBR, "    tijdens: najaarsoverleg\n")
    assert run("validate").code == 0
    assert run("kalender", "--van", "2027-10-01", "--tot", "2027-11-30").out == r.out


# -- a fictional gemeente ------------------------------------------------------------------------

# Kreekdal: a begrotingsoverleg in september; the huren are discussed in it, and the jaarschijf
# is due in september too
KREEKDAL_MOMENTEN = """  - id: woonlasten
    naam: Woonlasten bespreken
    afspraak: "2b"
    tijdens: begrotingsoverleg
    soort: termijn
    trekker: [Woonkring]
  - id: jaarschijf
    naam: Jaarschijf klaar
    afspraak: "2b"
    wanneer: september
    soort: termijn
    trekker: [Gemeente]
"""


@pytest.fixture
def kreekdal(tmp_path):
    data = tmp_path / "kreekdal"
    shutil.copytree(FIXTURES / "gemeenten" / "drie-overleggen", data)
    path = data / "afspraken.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("    trekker: [Woonkring]\n\nthemas:",
                        "    trekker: [Woonkring]\n" + KREEKDAL_MOMENTEN + "\nthemas:")
    assert KREEKDAL_MOMENTEN in text
    path.write_text(text, encoding="utf-8")
    return data


def test_kreekdal_a_moment_during_the_overleg_stands_right_after_it(run, kreekdal, tmp_path):
    """On the begrotingsoverleg's month the moment discussed in it comes right after it, before
    the other termijn of that month (by kind and name it would come after)."""
    assert run("validate", "--data", str(kreekdal)).code == 0
    r = run("kalender", "--van", "2027-09-01", "--tot", "2027-09-30", "--data", str(kreekdal))
    assert r.code == 0, r.err
    assert _rows(r.out) == ["september 2027 | bestuurlijk overleg | Begrotingsoverleg",
                            "september 2027 | termijn (cyclus) | Woonlasten bespreken",
                            "september 2027 | termijn (cyclus) | Jaarschijf klaar"]
    path = kreekdal / "afspraken.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    wanneer: september\n    soort: overleg\n",
        "    wanneer: september\n    data: [2027-09-21]\n    soort: overleg\n"), encoding="utf-8")
    r = run("kalender", "--van", "2027-09-01", "--tot", "2027-09-30", "--data", str(kreekdal))
    assert _rows(r.out) == ["september 2027 | termijn (cyclus) | Jaarschijf klaar",
                            "21 september 2027 | bestuurlijk overleg | Begrotingsoverleg",
                            "21 september 2027 | termijn (cyclus) | Woonlasten bespreken"]
    ics = _ics(run, tmp_path / "k.ics", "--van", "2027-09-01", "--tot", "2027-09-30",
               "--data", str(kreekdal))
    assert _event(ics, "woonlasten-2027@kreekdal.pa")[:3] == [
        "SUMMARY:Woonlasten bespreken\\, tijdens Begrotingsoverleg",
        "DTSTART;VALUE=DATE:20270921", "DTEND;VALUE=DATE:20270922"]


# -- what the checks say -------------------------------------------------------------------------

@pytest.mark.parametrize("new, needle, expected", [
    ("    tijdens: najaarsoverlg\n", "    tijdens: ",
     "14: fout PA083: moment ibr valt tijdens 'najaarsoverlg', maar dat moment bestaat niet; "
     "bedoelt u 'najaarsoverleg'?"),
    ("    tijdens: ibr\n", "    tijdens: ",
     "14: fout PA083: moment ibr valt tijdens zichzelf; noem het moment waarin het gebeurt, "
     "zoals het overleg"),
    ("    tijdens: najaarsoverleg\n    bereidt_voor: najaarsoverleg\n", "    tijdens: ",
     "14: fout PA083: moment ibr heeft zowel 'tijdens' als 'bereidt_voor': een moment valt "
     "tijdens een ander moment of komt ervóór, niet allebei; houd er één"),
    ("    tijdens: werkgroep-najaar\n", "bereidt_voor: ibr  #",
     "19: fout PA083: moment werkgroep-najaar komt via bereidt_voor en tijdens weer bij "
     "zichzelf uit (werkgroep-najaar -> ibr -> werkgroep-najaar): een moment kan niet tijdens "
     "of vóór zichzelf vallen; haal één bereidt_voor of tijdens weg"),
    ("    tijdens: werkgroep-najaar\n", "tijdens: werkgroep-najaar",
     "14: fout PA083: moment ibr komt via tijdens en bereidt_voor weer bij zichzelf uit "
     "(ibr -> werkgroep-najaar -> ibr): een moment kan niet tijdens of vóór zichzelf vallen; "
     "haal één tijdens of bereidt_voor weg"),
    ("", "    naam: Bespreken IBR",
     "5: fout PA020: moment ibr mist de sleutel 'wanneer' (een termijn zonder jaar, zoals "
     "'april' of 'voor 1 april'), 'bereidt_voor' (het moment dat het voorbereidt; het staat "
     "dan op de dag ervoor) of 'tijdens' (het moment waarin het gebeurt; het staat dan op "
     "dezelfde dag)"),
])
def test_a_tijdens_that_cannot_be_dated_is_named_with_its_line(run, ws, new, needle, expected):
    """Each problem on its line (and column), with the fix; no traceback."""
    ws.replace(AFSPRAKEN, IBR, new)
    if "werkgroep-najaar -> ibr" in expected:  # the werkgroep prepares the ibr, in it
        ws.replace(AFSPRAKEN, "    bereidt_voor: najaarsoverleg  #", "    bereidt_voor: ibr  #")
    r = run("validate")
    assert (r.code, r.err) == (1, "")
    line = ws.line_of(AFSPRAKEN, needle)
    column, message = expected.split(": ", 1)
    if needle.startswith("    naam"):  # a missing key: the moment's first line ('- id: ibr')
        line -= 1
    prefix = f"data/afspraken.yaml:{line}:{column}: {message}"
    assert prefix in r.out.splitlines(), r.out


def test_a_loop_through_tijdens_alone(run, ws):
    """The najaarsoverleg during the IBR, the IBR during the najaarsoverleg: both lines say so."""
    ws.replace(AFSPRAKEN, NAJAAR, NAJAAR + "    tijdens: ibr\n")
    r = run("validate")
    assert r.code == 1
    assert [ln.split(": ", 1)[1] for ln in r.out.splitlines() if "PA083" in ln] == [
        "fout PA083: moment najaarsoverleg komt via tijdens weer bij zichzelf uit "
        "(najaarsoverleg -> ibr -> najaarsoverleg): een moment kan niet tijdens zichzelf "
        "vallen; haal één tijdens weg",
        "fout PA083: moment ibr komt via tijdens weer bij zichzelf uit (ibr -> najaarsoverleg "
        "-> ibr): een moment kan niet tijdens zichzelf vallen; haal één tijdens weg"]
    assert [int(ln.split(":")[1]) for ln in r.out.splitlines() if "PA083" in ln] == [
        ws.line_of(AFSPRAKEN, "tijdens: ibr"), ws.line_of(AFSPRAKEN, "tijdens: najaarsoverleg")]


# -- the property ---------------------------------------------------------------------------------

WANNEER = ["januari", "april", "oktober", "voor 1 april", "uiterlijk 1 juli", "najaar", None]
YEARS = range(2025, 2031)


@st.composite
def cycles(draw):
    """Up to six moments, each with a wanneer, a tijdens or a bereidt_voor (or both, or none:
    the checks refuse those) and fixed days in some years."""
    from pa_cli.model.cyclus import Moment

    n = draw(st.integers(min_value=1, max_value=6))
    moments = []
    for i in range(n):
        link = st.one_of(st.none(), st.integers(min_value=0, max_value=n - 1))
        during, prepares = draw(link), draw(st.one_of(st.none(), link))
        days = draw(st.lists(st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
                             max_size=2, unique_by=lambda d: d.year))
        moments.append(Moment(id=f"m{i}", naam=f"Moment {i}", afspraak="5.1",
                              soort=draw(st.sampled_from(["overleg", "werkgroep", "termijn"])),
                              trekker=["Gemeente"], wanneer=draw(st.sampled_from(WANNEER)),
                              tijdens=None if during is None else f"m{during}",
                              bereidt_voor=None if prepares is None else f"m{prepares}",
                              data=days))
    return moments


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(moments=cycles())
def test_a_moment_during_another_has_its_datering_in_every_year(moments):
    """On any cycle the checks accept, a moment with `tijdens` and no day of its own in a year
    has exactly the datering of the moment it happens during (day, last day, text); with a day
    of its own, that day."""
    from pa_cli.check.cyclus import check_cyclus_datering
    from pa_cli.model.cyclus import datering

    problems = check_cyclus_datering(None, SimpleNamespace(afspraken=SimpleNamespace(
        cyclus=moments)))  # type: ignore[arg-type]
    assume(not problems)
    by_id = {m.id: m for m in moments}
    for year in YEARS:
        for m in moments:
            d = datering(m, year, by_id)
            own = [day for day in m.data if day.year == year]
            if own:
                assert (d.dag, d.laatste) == (own[0], own[0])
            elif m.tijdens:
                assert d == datering(by_id[m.tijdens], year, by_id), (m, year)
            if m.bereidt_voor:
                assert d.dag < datering(by_id[m.bereidt_voor], year, by_id).dag, (m, year)
