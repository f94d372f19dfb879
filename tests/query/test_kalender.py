"""The cycle as data (cyclus: in afspraken.yaml) and `pa kalender`: text, JSON, Markdown, ICS."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from icalendar import Calendar

from conftest import AFSPRAKEN, AGENDA, CARRIED, MOVED, carry_1_1_3_twice

# -- the cycle as data -------------------------------------------------------------------------


def test_the_shipped_cycle_follows_the_document(ds_afspraken):
    """Each moment names the afspraak it comes from, and the dated ones use its own words."""
    by_id = {m.id: m for m in ds_afspraken.cyclus}
    assert {k: (m.afspraak, m.wanneer or f"bereidt {m.bereidt_voor} voor", m.soort)
            for k, m in by_id.items()} == {
        "uitnodigingsbrief": ("5.9", "voor 1 april", "termijn"),
        "voorjaarsoverleg": ("5.1", "april", "overleg"),
        "werkgroep-voorjaar": ("5.2", "bereidt voorjaarsoverleg voor", "werkgroep"),
        "actualisatie-agenda": ("5.3", "uiterlijk 1 juli", "termijn"),
        "najaarsoverleg": ("5.1", "oktober", "overleg"),
        "ibr": ("5.4", "oktober", "termijn"),
        "werkgroep-najaar": ("5.2", "bereidt najaarsoverleg voor", "werkgroep"),
    }
    texts = {a.nr: a.tekst.lower() for a in ds_afspraken.alle_afspraken()}
    assert "voor 1 april" in texts["5.9"] and "uiterlijk 1 juli" in texts["5.3"]
    assert "bereiden het bestuurlijk overleg voor" in texts["5.2"]


@pytest.fixture
def ds_afspraken():
    from conftest import DATA
    from pa_cli.load.dataset import load

    return load(DATA).afspraken


@pytest.mark.parametrize("old, new, expected", [
    ('    afspraak: "5.9"\n    wat: uitnod', '    afspraak: "5.99"\n    wat: uitnod',
     "fout PA082: moment uitnodigingsbrief verwijst naar afspraak 5.99, die niet bestaat; "
     "bedoelt u '5.9'? Noem het nummer van een afspraak uit de thema's."),
    ("    wanneer: voor 1 april  #", "    wanneer: voor 1 apirl  #",
     "fout PA080: moment 'uitnodigingsbrief': wanneer 'voor 1 apirl' is onbekend; bedoelt u "
     "'voor 1 april'? Schrijf een termijn zonder jaar, zoals 'voor 1 april', 'uiterlijk 1 juli', "
     "'april', 'voorjaar', 'najaar'"),
    ("    wanneer: april  #", "    wanneer: april 2026  #",
     "fout PA080: moment 'voorjaarsoverleg': wanneer 'april 2026' noemt een jaar; een moment van "
     "de cyclus komt elk jaar terug: schrijf het zonder jaar, zoals 'voor 1 april', "
     "'uiterlijk 1 juli', 'april', 'voorjaar', 'najaar'"),
    ("    wanneer: oktober  #", "    wanneer: jaarlijks  #",
     "fout PA080: moment 'najaarsoverleg': wanneer 'jaarlijks' heeft geen datum; schrijf "
     "bijvoorbeeld 'voor 1 april', 'uiterlijk 1 juli', 'april', 'voorjaar', 'najaar'"),
    ("  - id: werkgroep-najaar\n", "  - id: werkgroep-voorjaar\n",
     "fout PA030: moment werkgroep-voorjaar bestaat al"),
    ("    soort: termijn\n    trekker: [Corporaties]\n\n  - id: voorjaarsoverleg",
     "    soort: deadline\n    trekker: [Corporaties]\n\n  - id: voorjaarsoverleg",
     "fout PA081: soort 'deadline' van moment 'uitnodigingsbrief' bestaat niet"),
    ("    soort: termijn\n    trekker: [Corporaties]\n\n  - id: voorjaarsoverleg",
     "    soort: termijn\n    trekker: [Corporatie]\n\n  - id: voorjaarsoverleg",
     "fout PA032: trekker 'Corporatie' van moment uitnodigingsbrief is onbekend"),
])
def test_a_broken_moment_is_named_with_its_line(run, ws, old, new, expected):
    """A mistake in the cycle gets file:line, a code and a Dutch message with the fix."""
    ws.replace(AFSPRAKEN, old, new)
    r = run("validate")
    assert r.code == 1
    line = next(ln for ln in r.out.splitlines() if expected in ln)
    assert re.match(r"data/afspraken\.yaml:\d+:\d+: ", line), line


# -- pa kalender -------------------------------------------------------------------------------

def test_kalender_2023_lists_moments_and_deadlines_in_date_order(run, ws):
    """All moments of 2023 and the deadlines of open actions, earliest first, ties by kind,
    then by number as the document orders them (1.1.5 before 1.1.10)."""
    r = run("kalender", "--van", "2023-01-01", "--tot", "2023-12-31", "--format", "json")
    items = json.loads(r.out)["items"]
    assert [(i["datum"], i["naam"]) for i in items] == [
        ("2023-03-31", "Uitnodigingsbrief corporaties"),
        ("2023-03-31", "Ambtelijke werkgroep (voorjaar)"),
        ("2023-04-01", "Voorjaarsoverleg"),
        ("2023-06-30", "5.3 Uitvoeringsagenda"),
        ("2023-07-01", "Actualisatie uitvoeringsagenda"),
        ("2023-09-30", "Ambtelijke werkgroep (najaar)"),
        ("2023-10-01", "Najaarsoverleg"),
        ("2023-10-01", "Bespreken IBR en voorgenomen prestaties"),
        ("2023-12-31", "1.1.5 Verkoop"),
        ("2023-12-31", "1.1.10 Inzet op doorstroming, een woon carrière in de eigen kern."),
        ("2023-12-31", "2.8 Circulariteit"),
        ("2023-12-31", "3.7 Bewoners activeren"),
        ("2023-12-31", "4.2 Zicht op de leefbaarheid"),
        ("2023-12-31", "4.3 Zicht op de leefbaarheid"),
        ("2023-12-31", "4.4 Opzetten sociale wijkteams"),
        ("2023-12-31", "4.5 Tuinen en groen"),
        ("2023-12-31", "4.7 Terugkoop van woningen"),
        ("2023-12-31", "5.4 Financiële afstemming"),
    ]
    voorjaar = items[2]
    assert voorjaar == {
        "datum": "2023-04-01", "tot_en_met": "2023-04-30", "datum_tekst": "april 2023",
        "soort": "overleg", "naam": "Voorjaarsoverleg", "afspraak": "5.1",
        "trekker": ["Gemeente"], "wanneer": "april", "bereidt_voor": None, "tijdens": None,
        "tekst": "evaluatie van de prestatieafspraken voorgaande jaren en "
        "actualisatie uitvoeringsagenda.", "status": None, "voorstel": False,
        "vorige_termijn": None, "uid": "voorjaarsoverleg-2023@terneuzen.pa"}
    assert (items[1]["datum_tekst"], items[1]["tot_en_met"], items[1]["bereidt_voor"]) == (
        "vóór april 2023", "2023-03-31", "Voorjaarsoverleg")
    verkoop = items[8]
    assert (verkoop["soort"], verkoop["afspraak"], verkoop["wanneer"], verkoop["status"],
            verkoop["uid"]) == ("actie", "1.1.6", "2023", "open",
                                "agenda-2022-2023-1.1.5@terneuzen.pa")


def _deadlines(run, *args: str) -> list[tuple[str, str]]:
    r = run("kalender", *args, "--format", "json")
    assert r.code == 0, r.err
    return [(i["datum"], i["naam"]) for i in json.loads(r.out)["items"] if i["soort"] == "actie"]


def test_a_period_across_two_agendas_has_the_deadlines_of_both(run, ws):
    """From June 2023 to the end of 2024: the deadlines of agenda 2022-2023 in 2023, and of
    2024-2025 those in 2024 (1.1.2, carried there, najaar 2024); each agenda whose years the
    period touches."""
    ws.write("agenda-2024-2025.yaml", CARRIED)
    ws.replace(AGENDA, *MOVED)
    assert _deadlines(run, "--van", "2023-06-01", "--tot", "2024-12-31") == [
        ("2023-06-30", "5.3 Uitvoeringsagenda"),
        ("2023-12-31", "1.1.5 Verkoop"),
        ("2023-12-31", "1.1.10 Inzet op doorstroming, een woon carrière in de eigen kern."),
        ("2023-12-31", "2.8 Circulariteit"),
        ("2023-12-31", "3.7 Bewoners activeren"),
        ("2023-12-31", "4.2 Zicht op de leefbaarheid"),
        ("2023-12-31", "4.3 Zicht op de leefbaarheid"),
        ("2023-12-31", "4.4 Opzetten sociale wijkteams"),
        ("2023-12-31", "4.5 Tuinen en groen"),
        ("2023-12-31", "4.7 Terugkoop van woningen"),
        ("2023-12-31", "5.4 Financiële afstemming"),
        ("2024-12-31", "1.1.2 Gezamenlijk inzicht in ontwikkelingen woningmarkt"),
    ]


def test_a_period_before_a_later_agenda_leaves_it_out(run, ws):
    """The second half of 2022 is agenda 2022-2023 alone, also once 1.1.2 is carried into a
    concept 2024-2025 where its termijn is still to be set (so its old one, najaar 2022, counts
    there): its deadline is that of the row in 2022-2023, not 'vast te stellen (was najaar
    2022)'."""
    period = ("kalender", "--van", "2022-06-01", "--tot", "2022-12-31", "--format", "json")
    before = json.loads(run(*period).out)["items"]
    assert [(i["datum"], i["wanneer"]) for i in before if i["naam"].startswith("1.1.2 ")] == [
        ("2022-12-31", "najaar 2022")]
    ws.write("agenda-2024-2025.yaml", CARRIED.replace("vastgesteld: 2024-04-01\n", "").replace(
        "termijn: najaar 2024", "termijn: vast te stellen"))
    ws.replace(AGENDA, *MOVED)
    assert json.loads(run(*period).out)["items"] == before


def test_a_done_action_leaves_the_calendar(run, ws):
    """Once an action is gereed its deadline is no longer a reminder."""
    run("set", "2.8", "--status", "gereed", "--datum", "2023-05-01")
    r = run("kalender", "--van", "2023-01-01", "--format", "json")
    assert "2.8 Circulariteit" not in [i["naam"] for i in json.loads(r.out)["items"]]


def test_kalender_2025_shows_the_end_of_the_looptijd(run, ws):
    """The end of the looptijd (5.6) is on the calendar with what happens after it."""
    r = run("kalender", "--van", "2025-12-01", "--tot", "2026-04-30")
    assert r.code == 0, r.err
    assert r.out.splitlines() == [
        "Kalender 1 december 2025 t/m 30 april 2026", "",
        "31 december 2025  looptijd              Einde looptijd prestatieafspraken           "
        "    afspraak 5.6",
        "                  Deze overeenkomst loopt automatisch door bij het verstrijken van de…",
        "31 maart 2026     termijn (cyclus)      Uitnodigingsbrief corporaties      Corporaties  "
        "afspraak 5.9",
        "vóór april 2026   ambtelijke werkgroep  Ambtelijke werkgroep (voorjaar)    Gemeente     "
        "afspraak 5.2",
        "april 2026        bestuurlijk overleg   Voorjaarsoverleg                   Gemeente     "
        "afspraak 5.1", "",
        "4 momenten van de cyclus, 0 termijnen van acties"]


def test_kalender_in_2026_has_every_yearly_moment(run, ws):
    """After the looptijd the cycle goes on (5.6): all seven moments of 2026 are there."""
    r = run("kalender", "--van", "2026-01-01", "--format", "md")
    assert r.code == 0, r.err
    rows = [ln for ln in r.out.splitlines() if ln.startswith("| ") and "wanneer" not in ln]
    assert len(rows) == 7
    assert rows[0] == ("| 31 maart 2026 | termijn (cyclus) | Uitnodigingsbrief corporaties | "
                       "Corporaties | afspraak 5.9 |")


def test_tot_before_van_is_a_usage_error(run, ws):
    """A period that ends before it starts is refused in Dutch (exit 2), dates as pa read them."""
    r = run("kalender", "--van", "27-11-2026", "--tot", "1-1-2026")
    assert r.code == 2
    assert r.err == "pa: --tot 1 januari 2026 ligt vóór --van 27 november 2026; draai ze om\n"
    r = run("kalender", "--van", "1 mei 2023", "--tot", "2023-01-01")
    assert r.err == "pa: --tot 1 januari 2023 ligt vóór --van 1 mei 2023; draai ze om\n"


# -- ICS ---------------------------------------------------------------------------------------

def _ics(run, ws, *args: str) -> Calendar:
    path = ws.root / "pa.ics"
    r = run("kalender", "--van", "2023-01-01", "--ics", str(path), *args)
    assert r.code == 0, r.err
    assert r.out.startswith(f"geschreven: {path} (")
    return Calendar.from_ical(path.read_bytes())


def _events(cal: Calendar) -> dict[str, dict[str, object]]:
    return {str(e["uid"]): {"start": e.decoded("dtstart"), "end": e.decoded("dtend"),
                            "summary": str(e["summary"])} for e in cal.walk("VEVENT")}


def test_ics_into_a_file_of_another_kind_is_a_usage_error(run, ws):
    """--ics agenda.txt is refused as -o refuses a wrong extension: exit 2, the right name."""
    before = sorted(p.name for p in ws.root.iterdir())
    r = run("kalender", "--ics", "agenda.txt")
    assert (r.code, r.out) == (2, "")
    assert r.err == ("pa: --ics agenda.txt: pa schrijft hier een '.ics'-bestand, geen '.txt'; "
                     "noem het bestand agenda.ics\n")
    r = run("kalender", "--ics", "geen/agenda.ics")
    assert (r.code, r.err) == (2, "pa: --ics geen/agenda.ics: map 'geen' bestaat niet\n")
    assert sorted(p.name for p in ws.root.iterdir()) == before
    r = run("kalender", "--ics", str(ws.root / "Agenda.ICS"))
    assert r.code == 0 and (ws.root / "Agenda.ICS").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_ics_has_all_day_events_that_parse_back(run, ws):
    """The ICS file parses; every event is one whole day: an overleg known only by its month
    stands on its first day and says that its day is to follow (issue 20, point 12)."""
    cal = _ics(run, ws)
    assert str(cal["x-wr-calname"]) == "Prestatieafspraken Terneuzen"
    events = _events(cal)
    assert len(events) == 18
    assert events["voorjaarsoverleg-2023@terneuzen.pa"] == {
        "start": date(2023, 4, 1), "end": date(2023, 4, 2),
        "summary": "Voorjaarsoverleg (april, datum volgt)"}
    assert events["werkgroep-voorjaar-2023@terneuzen.pa"] == {
        "start": date(2023, 3, 31), "end": date(2023, 4, 1),
        "summary": "Ambtelijke werkgroep (voorjaar), vóór april 2023"}
    assert events["agenda-2022-2023-1.1.5@terneuzen.pa"] == {
        "start": date(2023, 12, 31), "end": date(2024, 1, 1),
        "summary": "Termijn actie 1.1.5 Verkoop"}
    assert all(type(e["start"]) is date for e in events.values())


def test_ics_uids_are_stable_across_runs_and_unrelated_edits(run, ws):
    """Importing again updates: the same UIDs after a rerun and after another row changed."""
    first = _events(_ics(run, ws))
    assert _events(_ics(run, ws)) == first
    # move a row and change an unrelated one: the events of the others stay as they were
    run("set", "1.1.10", "--status", "lopend", "--datum", "2023-02-01")
    text = ws.read(AGENDA)
    start = text.index('  - nr: "2.8"')
    block = text[start:text.index("  - nr:", start + 1)]
    first_row = '  - nr: "1.1.1"\n'
    ws.write(AGENDA, text.replace(block, "").replace(first_row, block + first_row))
    assert run("validate").code == 0
    assert _events(_ics(run, ws)) == first


def test_ics_per_trekker_is_its_own_calendar(run, ws):
    """With --trekker the file is a calendar for that party, named after it."""
    cal = _ics(run, ws, "--trekker", "SHB")
    assert str(cal["x-wr-calname"]) == "Prestatieafspraken Terneuzen (SHB)"
    assert "uitnodigingsbrief-2023@terneuzen.pa" not in _events(cal)
    assert "voorjaarsoverleg-2023@terneuzen.pa" in _events(cal)


def test_a_carried_action_keeps_its_event(run, ws):
    """After a carry-over the action's deadline is the same event (UID of where it began)."""
    carry_1_1_3_twice(run, ws)
    cal = _events(_ics(run, ws, "--tot", "2024-12-31"))
    uid = "agenda-2022-2023-1.1.3@terneuzen.pa"
    assert cal[uid] == {"start": date(2024, 12, 31), "end": date(2025, 1, 1),
                        "summary": "Termijn actie 1.1.3 In samenhang sturen op "
                                   "gebiedsontwikkeling"}
    assert not any(u.startswith("agenda-2024-2025-") for u in cal)


def test_a_period_across_a_carry_over_has_one_event_per_action(run, ws):
    """From 1 december 2023 to 31 januari 2024, after pa agenda nieuw 2024-2025: 1.1.5's row in
    2022-2023 and its row carried into 2024-2025 ('vast te stellen', planned on the old day)
    both fall in the period, but the action has one UID, so one event: the later row's, as
    its new termijn moves the same event."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    r = run("kalender", "--van", "2023-12-01", "--tot", "2024-01-31", "-f", "json")
    assert r.code == 0, r.err
    items = json.loads(r.out)["items"]
    uids = [i["uid"] for i in items]
    assert len(uids) == len(set(uids)) == 10  # each twice before
    verkoop = [i for i in items if i["uid"] == "agenda-2022-2023-1.1.5@terneuzen.pa"]
    assert [(i["datum"], i["wanneer"], i["vorige_termijn"]) for i in verkoop] == [
        ("2023-12-31", "vast te stellen", "2023")]
    text = run("kalender", "--van", "2023-12-01", "--tot", "2024-01-31").out
    assert text.count(" 1.1.5 Verkoop ") == 1
    assert re.search(r"\n31 december 2023  termijn actie \(was 2023\) +1\.1\.5 Verkoop ", text)
