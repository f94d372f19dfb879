"""Where a moment of the cycle stands (issue 20, point 12): one rule (model/cyclus.py,
`datering`) for `pa kalender`, its .ics, the handout and `pa status --voor-overleg`. The
werkgroep comes before the overleg it prepares; an overleg known only by its month is that month
everywhere; a day fixed in the data (`data:`) is that day everywhere."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from conftest import AFSPRAKEN, FIXTURES, TODAY

VOORJAAR_2027 = "    wanneer: april  #"
FIX_12_APRIL = "    data: [2027-04-12]\n    wanneer: april  #"


def _ics(run, *args: str, path) -> str:
    r = run("kalender", *args, "--ics", str(path))
    assert r.code == 0, r.err
    return path.read_bytes().decode("utf-8")


def _event(ics: str, uid: str) -> list[str]:
    """The lines of one VEVENT, unfolded, in the order written."""
    text = ics.replace("\r\n ", "")
    for block in text.split("BEGIN:VEVENT\r\n")[1:]:
        lines = block.split("\r\nEND:VEVENT")[0].split("\r\n")
        if f"UID:{uid}" in lines:
            return lines
    raise AssertionError(f"no event {uid}")


STAMP = f"DTSTAMP:{TODAY:%Y%m%d}T120000Z"


# -- Terneuzen ---------------------------------------------------------------------------------

def test_kalender_2027_puts_the_werkgroep_before_its_overleg(run, ws):
    """The werkgroep of 5.2 prepares the overleg: it stands the day before ('vóór april 2027'),
    not on 30 juni and 31 december after it; the overleggen are their month, not a period."""
    r = run("kalender", "--van", "2027-01-01", "--tot", "2027-12-31")
    assert r.code == 0, r.err
    assert r.out.splitlines() == [
        "Kalender 1 januari 2027 t/m 31 december 2027", "",
        "31 maart 2027      termijn (cyclus)      Uitnodigingsbrief corporaties            "
        "Corporaties            afspraak 5.9",
        "vóór april 2027    ambtelijke werkgroep  Ambtelijke werkgroep (voorjaar)          "
        "Gemeente               afspraak 5.2",
        "april 2027         bestuurlijk overleg   Voorjaarsoverleg                         "
        "Gemeente               afspraak 5.1",
        "1 juli 2027        termijn (cyclus)      Actualisatie uitvoeringsagenda           "
        "Corporaties            afspraak 5.3",
        "vóór oktober 2027  ambtelijke werkgroep  Ambtelijke werkgroep (najaar)            "
        "Gemeente               afspraak 5.2",
        "oktober 2027       bestuurlijk overleg   Najaarsoverleg                           "
        "Gemeente               afspraak 5.1",
        "oktober 2027       termijn (cyclus)      Bespreken IBR en voorgenomen prestaties  "
        "Corporaties, Gemeente  afspraak 5.4", "",
        "7 momenten van de cyclus, 0 termijnen van acties"]


def test_a_fixed_day_moves_the_overleg_and_its_werkgroep(run, ws):
    """With `data: [2027-04-12]` the voorjaarsoverleg 2027 is that day, the werkgroep the day
    before; other years keep their month."""
    ws.replace(AFSPRAKEN, VOORJAAR_2027, FIX_12_APRIL)
    assert run("validate").code == 0
    r = run("kalender", "--van", "2027-03-01", "--tot", "2028-04-30")
    assert r.code == 0, r.err
    cells = [re.split(r"  +", line) for line in r.out.splitlines()[2:]]
    assert [f"{c[0]} | {c[2]}" for c in cells if c[-1] in ("afspraak 5.1", "afspraak 5.2")] == [
        "vóór 12 april 2027 | Ambtelijke werkgroep (voorjaar)",
        "12 april 2027 | Voorjaarsoverleg",
        "vóór oktober 2027 | Ambtelijke werkgroep (najaar)",
        "oktober 2027 | Najaarsoverleg",
        "vóór april 2028 | Ambtelijke werkgroep (voorjaar)",
        "april 2028 | Voorjaarsoverleg"]
    items = json.loads(run("kalender", "--van", "2027-04-01", "--tot", "2027-04-30",
                           "--format", "json").out)["items"]
    assert [(i["datum"], i["tot_en_met"], i["datum_tekst"], i["naam"]) for i in items] == [
        ("2027-04-11", "2027-04-11", "vóór 12 april 2027", "Ambtelijke werkgroep (voorjaar)"),
        ("2027-04-12", "2027-04-12", "12 april 2027", "Voorjaarsoverleg")]


def test_ics_an_overleg_by_month_is_one_day_that_says_its_day_follows(run, ws):
    """RFC 5545: DTSTART;VALUE=DATE, one day; the UID of the year; the text escaped."""
    ics = _ics(run, "--van", "2027-01-01", "--tot", "2027-12-31", path=ws.root / "k.ics")
    assert _event(ics, "voorjaarsoverleg-2027@terneuzen.pa") == [
        "SUMMARY:Voorjaarsoverleg (april\\, datum volgt)",
        "DTSTART;VALUE=DATE:20270401", "DTEND;VALUE=DATE:20270402", STAMP,
        "UID:voorjaarsoverleg-2027@terneuzen.pa", "CATEGORIES:bestuurlijk overleg",
        "DESCRIPTION:evaluatie van de prestatieafspraken voorgaande jaren en actualisatie "
        "uitvoeringsagenda.\\nWanneer: april 2027\\; de dag staat nog niet vast\\nTermijn: "
        "april\\nTrekker: Gemeente\\nAfspraak 5.1 van de prestatieafspraken",
        "TRANSP:TRANSPARENT"]
    assert _event(ics, "werkgroep-voorjaar-2027@terneuzen.pa") == [
        "SUMMARY:Ambtelijke werkgroep (voorjaar)\\, vóór april 2027",
        "DTSTART;VALUE=DATE:20270331", "DTEND;VALUE=DATE:20270401", STAMP,
        "UID:werkgroep-voorjaar-2027@terneuzen.pa", "CATEGORIES:ambtelijke werkgroep",
        "DESCRIPTION:Hiertoe vindt minimaal twee keer per jaar een overleg plaats van de "
        "ambtelijke werkgroep.\\nBereidt voor: Voorjaarsoverleg\\nTrekker: Gemeente\\n"
        "Afspraak 5.2 van de prestatieafspraken",
        "TRANSP:TRANSPARENT"]
    cal = Calendar.from_ical(ics)
    spans = {(e.decoded("dtend") - e.decoded("dtstart")).days for e in cal.walk("VEVENT")}
    assert spans == {1}  # no event spans a month any more


def test_ics_a_fixed_day_keeps_the_uid(run, ws):
    """Fixing the day moves the same event (same UID) to that day, without 'datum volgt'."""
    ws.replace(AFSPRAKEN, VOORJAAR_2027, FIX_12_APRIL)
    ics = _ics(run, "--van", "2027-01-01", "--tot", "2027-12-31", path=ws.root / "k.ics")
    lines = _event(ics, "voorjaarsoverleg-2027@terneuzen.pa")
    assert lines[:3] == ["SUMMARY:Voorjaarsoverleg", "DTSTART;VALUE=DATE:20270412",
                         "DTEND;VALUE=DATE:20270413"]
    assert _event(ics, "werkgroep-voorjaar-2027@terneuzen.pa")[:3] == [
        "SUMMARY:Ambtelijke werkgroep (voorjaar)\\, vóór 12 april 2027",
        "DTSTART;VALUE=DATE:20270411", "DTEND;VALUE=DATE:20270412"]


@pytest.mark.parametrize("fixed, wanneer", [(False, "april 2027"), (True, "12 april 2027")])
def test_handout_kalender_and_ics_say_the_same(run, ws, fixed, wanneer):
    """The handout of the voorjaarsoverleg 2027, the kalender and the .ics give it one date:
    'april 2027' until its day is fixed, then that day."""
    if fixed:
        ws.replace(AFSPRAKEN, VOORJAAR_2027, FIX_12_APRIL)
    r = run("report", "handout", "--overleg", "voorjaar 2027", "--peildatum", "2027-03-15")
    assert r.code == 0, r.err
    assert r.out.startswith("# Voorjaarsoverleg 2027\n")
    assert f"- **Datum overleg:** {wanneer}" in r.out.splitlines()
    k = run("kalender", "--van", "2027-04-01", "--tot", "2027-04-30").out
    assert any(line.startswith(f"{wanneer}  ") and "Voorjaarsoverleg" in line
               for line in k.splitlines())
    ics = _ics(run, "--van", "2027-04-01", "--tot", "2027-04-30", path=ws.root / "k.ics")
    event = _event(ics, "voorjaarsoverleg-2027@terneuzen.pa")
    day = "20270412" if fixed else "20270401"
    assert f"DTSTART;VALUE=DATE:{day}" in event
    assert ("Wanneer: april 2027" in ics) is not fixed


def test_the_werkgroep_comes_before_its_overleg_in_every_year(run, ws):
    """In every year of the kalender each werkgroep stands before the overleg it prepares."""
    items = json.loads(run("kalender", "--van", "2022-01-01", "--tot", "2035-12-31",
                           "--format", "json").out)["items"]
    day = {i["uid"]: i["datum"] for i in items}
    pairs = [(f"werkgroep-{half}-{y}@terneuzen.pa", f"{half}soverleg-{y}@terneuzen.pa")
             for y in range(2022, 2036) for half in ("voorjaar", "najaar")]
    assert all(day[w] < day[o] for w, o in pairs)
    order = [i["uid"] for i in items]
    assert all(order.index(w) < order.index(o) for w, o in pairs)


# -- a fictional gemeente ----------------------------------------------------------------------

WERKGROEP = """  - id: werkgroep
    naam: Werkgroep wonen
    afspraak: "3.1"
    bereidt_voor: overleg-september
    soort: werkgroep
    trekker: [Gemeente]
"""


@pytest.fixture
def havenstad(tmp_path):
    data = tmp_path / "havenstad"
    shutil.copytree(FIXTURES / "portefeuille" / "havenstad", data)
    path = data / "afspraken.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("    wanneer: maart\n", "    wanneer: maart\n    data: [2027-03-16]\n")
    path.write_text(text.rstrip("\n") + "\n" + WERKGROEP, encoding="utf-8")
    return data


def test_havenstad_kalender_and_ics(run, havenstad, tmp_path):
    """Havenstad (overleggen in maart and september): a werkgroep that prepares the September
    overleg stands the day before it; the March overleg of 2027 on its fixed day."""
    r = run("validate", "--data", str(havenstad))
    assert r.code == 0, r.out
    r = run("kalender", "--van", "2027-01-01", "--tot", "2027-12-31", "--data", str(havenstad),
            "--trekker", "Havenhuis")
    assert r.code == 0, r.err
    assert r.out.splitlines() == [
        "Kalender 1 januari 2027 t/m 31 december 2027, trekker Havenhuis", "",
        "16 maart 2027        bestuurlijk overleg   Overleg maart      Gemeente     afspraak 3.1",
        "30 juni 2027         termijn actie         2.2                Corporaties  afspraak 2.2",
        "                     Plan energielabels opstellen",
        "vóór september 2027  ambtelijke werkgroep  Werkgroep wonen    Gemeente     afspraak 3.1",
        "september 2027       bestuurlijk overleg   Overleg september  Gemeente     afspraak 3.1",
        "", "3 momenten van de cyclus, 1 termijn van een actie"]
    ics = _ics(run, "--van", "2027-01-01", "--tot", "2027-12-31", "--data", str(havenstad),
               path=tmp_path / "h.ics")
    assert _event(ics, "overleg-maart-2027@havenstad.pa")[:3] == [
        "SUMMARY:Overleg maart", "DTSTART;VALUE=DATE:20270316", "DTEND;VALUE=DATE:20270317"]
    assert _event(ics, "werkgroep-2027@havenstad.pa")[:3] == [
        "SUMMARY:Werkgroep wonen\\, vóór september 2027", "DTSTART;VALUE=DATE:20270831",
        "DTEND;VALUE=DATE:20270901"]
    assert _event(ics, "overleg-september-2027@havenstad.pa")[:3] == [
        "SUMMARY:Overleg september (september\\, datum volgt)", "DTSTART;VALUE=DATE:20270901",
        "DTEND;VALUE=DATE:20270902"]


def test_havenstad_voor_overleg_counts_a_fixed_day_that_has_passed(run, havenstad):
    """On 17 maart 2027 the March overleg (fixed on the 16th) is behind; on 17 maart 2028,
    known only by its month, it is still to come."""
    for peildatum, kop in [("17-3-2027", "Termijn vóór het overleg september 2027 "
                                         "(september 2027), stand op 17 maart 2027"),
                           ("15-3-2027", "Termijn vóór het overleg maart 2027 (16 maart 2027), "
                                         "stand op 15 maart 2027"),
                           ("17-3-2028", "Termijn vóór het overleg maart 2028 (maart 2028), "
                                         "stand op 17 maart 2028")]:
        r = run("status", "--voor-overleg", "--peildatum", peildatum, "--data", str(havenstad))
        assert r.code == 0, r.err
        assert r.out.splitlines()[0] == kop


# -- what the checks say -----------------------------------------------------------------------

@pytest.mark.parametrize("old, new, expected", [
    ("    bereidt_voor: voorjaarsoverleg\n", "    bereidt_voor: voorjaarsoverlg\n",
     "fout PA083: moment werkgroep-voorjaar bereidt 'voorjaarsoverlg' voor, maar dat moment "
     "bestaat niet; bedoelt u 'voorjaarsoverleg'?"),
    ("    bereidt_voor: voorjaarsoverleg\n", "    bereidt_voor: werkgroep-voorjaar\n",
     "fout PA083: moment werkgroep-voorjaar bereidt zichzelf voor; noem het moment waar het vóór "
     "komt, zoals het overleg"),
    ("    bereidt_voor: voorjaarsoverleg\n", "    bereidt_voor: werkgroep-najaar\n",
     "fout PA083: moment werkgroep-voorjaar komt via bereidt_voor weer bij zichzelf uit "
     "(werkgroep-voorjaar -> werkgroep-najaar -> najaarsoverleg"),
    ("    bereidt_voor: voorjaarsoverleg\n", "",
     "fout PA020: moment werkgroep-voorjaar mist de sleutel 'wanneer' (een termijn zonder jaar, "
     "zoals 'april' of 'voor 1 april'), 'bereidt_voor' (het moment dat het voorbereidt; het "
     "staat dan op de dag ervoor) of 'tijdens' (het moment waarin het gebeurt; het staat dan op "
     "dezelfde dag)"),
    ("    bereidt_voor: voorjaarsoverleg\n",
     "    bereidt_voor: voorjaarsoverleg\n    data: [2027-04-10]\n",
     "fout PA083: moment werkgroep-voorjaar staat in 2027 op 10 april 2027 en bereidt "
     "voorjaarsoverleg voor, maar voorjaarsoverleg is april 2027 en kan dus eerder zijn; leg de "
     "dag van voorjaarsoverleg in 2027 vast (data:) of kies een dag vóór april 2027"),
    (VOORJAAR_2027, "    data: [2027-04-12, 2027-04-19]\n    wanneer: april  #",
     "fout PA084: moment voorjaarsoverleg heeft in 2027 2 data (12 april 2027 en 19 april 2027); "
     "een moment komt één keer per jaar: houd de dag die geldt"),
])
def test_a_cycle_that_cannot_be_dated_is_named_with_its_line(run, ws, old, new, expected):
    if "werkgroep-najaar\n" in new:  # the najaar werkgroep prepares... the voorjaar werkgroep
        ws.replace(AFSPRAKEN, "    bereidt_voor: najaarsoverleg  #",
                   "    bereidt_voor: werkgroep-voorjaar  #")
        expected = expected.replace(" -> najaarsoverleg", " -> werkgroep-voorjaar)")
    ws.replace(AFSPRAKEN, old, new)
    r = run("validate")
    assert r.code == 1
    assert any(expected in ln and ln.startswith("data/afspraken.yaml:")
               for ln in r.out.splitlines()), r.out


def test_a_fixed_day_next_to_a_wanneer_that_cannot_be_read(run, ws):
    """A werkgroep with a fixed day before an overleg whose wanneer is misspelt: the misspelling
    is reported (PA080), nothing is dated from it, no traceback."""
    ws.replace(AFSPRAKEN, VOORJAAR_2027, "    wanneer: apirl  #")
    ws.replace(AFSPRAKEN, "    bereidt_voor: voorjaarsoverleg\n",
               "    bereidt_voor: voorjaarsoverleg\n    data: [2027-04-05]\n")
    r = run("validate")
    assert (r.code, r.err) == (1, "")
    assert "fout PA080: moment 'voorjaarsoverleg': wanneer 'apirl' is onbekend" in r.out
    assert "PA083" not in r.out


def test_a_fixed_werkgroep_before_a_fixed_overleg_is_valid(run, ws):
    """The werkgroep on 5 april and the overleg on 12 april 2027: in order, and both shown."""
    ws.replace(AFSPRAKEN, VOORJAAR_2027, FIX_12_APRIL)
    ws.replace(AFSPRAKEN, "    bereidt_voor: voorjaarsoverleg\n",
               "    bereidt_voor: voorjaarsoverleg\n    data: [2027-04-05]\n")
    assert run("validate").code == 0
    r = run("kalender", "--van", "2027-04-01", "--tot", "2027-04-30", "--format", "json")
    assert [(i["datum_tekst"], i["naam"]) for i in json.loads(r.out)["items"]] == [
        ("5 april 2027", "Ambtelijke werkgroep (voorjaar)"), ("12 april 2027", "Voorjaarsoverleg")]
    ws.replace(AFSPRAKEN, FIX_12_APRIL, "    data: [2027-04-02]\n    wanneer: april  #")
    r = run("validate")
    assert ("fout PA083: moment werkgroep-voorjaar staat in 2027 op 5 april 2027 en bereidt "
            "voorjaarsoverleg voor, maar voorjaarsoverleg is op 2 april 2027; kies een dag vóór "
            "2 april 2027, of verplaats voorjaarsoverleg") in r.out


# -- the property -------------------------------------------------------------------------------

WANNEER = ["januari", "april", "oktober", "december", "voor 1 april", "uiterlijk 1 juli",
           "najaar", "voorjaar", "zomer", None]
YEARS = range(2025, 2031)


@st.composite
def cycles(draw):
    from pa_cli.model.cyclus import Moment

    n = draw(st.integers(min_value=1, max_value=5))
    moments = []
    for i in range(n):
        prepares = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=n - 1)))
        wanneer = draw(st.sampled_from(WANNEER))
        if wanneer is None and prepares is None:
            wanneer = "april"
        days = draw(st.lists(st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
                             max_size=3, unique_by=lambda d: d.year))
        moments.append(Moment(id=f"m{i}", naam=f"Moment {i}", afspraak="5.1", soort="overleg",
                              trekker=["Gemeente"], wanneer=wanneer,
                              bereidt_voor=None if prepares is None else f"m{prepares}",
                              data=days))
    return moments


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(moments=cycles())
def test_every_moment_that_prepares_another_comes_before_it_in_every_year(moments):
    """On any cycle the checks accept, what prepares comes strictly before what it prepares,
    in every year, and every moment has one day to stand on (its month from first to last)."""
    from pa_cli.check.cyclus import check_cyclus_datering
    from pa_cli.model.cyclus import datering

    problems = check_cyclus_datering(None, SimpleNamespace(afspraken=SimpleNamespace(
        cyclus=moments)))  # type: ignore[arg-type]
    assume(not problems)
    by_id = {m.id: m for m in moments}
    for year in YEARS:
        for m in moments:
            d = datering(m, year, by_id)
            assert d.dag <= d.laatste and d.tekst
            if m.bereidt_voor:
                assert d.dag < datering(by_id[m.bereidt_voor], year, by_id).dag, (m, year)


def test_ics_carries_nothing_a_calendar_would_run_or_fetch(run, ws):
    """Text from the data that looks like iCalendar (a link to fetch, an alarm) stays text in
    DESCRIPTION: every line of the file is one of the properties pa writes."""
    ws.replace(AFSPRAKEN, "    wat: bespreken van de voortgang.\n",
               '    wat: "bespreken\\nATTACH:https://example.org/x.exe\\nBEGIN:VALARM\\n'
               'ACTION:AUDIO\\nEND:VALARM"\n')
    assert run("validate").code == 0
    ics = _ics(run, "--van", "2027-01-01", "--tot", "2027-12-31", path=ws.root / "k.ics")
    names = {line.split(":")[0].split(";")[0] for line in ics.replace("\r\n ", "").split("\r\n")
             if line}
    assert names == {"BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "X-WR-CALNAME", "SUMMARY",
                     "DTSTART", "DTEND", "DTSTAMP", "UID", "CATEGORIES", "DESCRIPTION", "TRANSP"}
    assert {line for line in ics.split("\r\n") if line.startswith(("BEGIN", "END"))} == {
        "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT"}
    assert ("DESCRIPTION:bespreken ATTACH:https://example.org/x.exe BEGIN:VALARM ACTION:AUDIO "
            "END:VALARM\\nWanneer: oktober 2027") in ics.replace("\r\n ", "")
