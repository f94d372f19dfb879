"""Days in the data in the forms the command line takes: 15-03-2027, 15 maart 2027, 2027-03-15."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import AFSPRAKEN, AGENDA
from pa_cli.base.fmt import datum_kort, datum_nl
from pa_cli.base.termijn import MONTH_WORDS
from pa_cli.model.records import AGENDA as AGENDA_RECORD
from pa_cli.model.schema import Checker
from pa_cli.yamlio.read import read_text

ROW = "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\""  # agendarij 1.1.2
ABBREVIATIONS = {n: w for w, n in MONTH_WORDS.items() if len(w) <= 4}


def _forms(day: date) -> dict[str, str]:
    """One day in each form a user may type, as on the command line."""
    return {
        "kort": datum_kort(day),
        "zonder nullen": f"{day.day}-{day.month}-{day.year}",
        "schuine strepen": f"{day.day}/{day.month:02d}/{day.year}",
        "punten": f"{day.day}.{day.month}.{day.year}",
        "voluit": datum_nl(day),
        "afgekort": f"{day.day} {ABBREVIATIONS[day.month]}. {day.year}",
        "hoofdletters": datum_nl(day).upper(),
        "iso": day.isoformat(),
    }


def _agenda(termijn: str, vastgesteld: str, stap: str) -> object:
    """The agenda built from an inline file with these three days, or the problems found."""
    text = (f"titel: x\nvastgesteld: {vastgesteld}\nrijen:\n  - nr: \"1.1\"\n    actie: a\n"
            f"    trekker: [Gemeente]\n    termijn: {termijn}\n    status: lopend\n"
            f"    voortgang:\n      - datum: {stap}\n        status: lopend\n")
    tree, problems = read_text("agenda-2026-2027.yaml", text)
    assert not problems
    c = Checker("agenda-2026-2027.yaml")
    agenda = c.record(AGENDA_RECORD, tree, tree.pos, "agendabestand")
    assert c.problems == []
    return agenda


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)),
       form=st.sampled_from(sorted(_forms(date(2000, 1, 1)))))
def test_any_day_in_any_form_means_that_day(day, form):
    """Any valid date written in each accepted form validates and gives the same termijn,
    vastgesteld and voortgang datum as its ISO form."""
    text = _forms(day)[form]
    agenda = _agenda(text, text, text)
    iso = _agenda(day.isoformat(), day.isoformat(), day.isoformat())
    rij, rij_iso = agenda.rijen[0], iso.rijen[0]
    assert rij.termijn.tekst == text  # kept as written
    assert rij.termijn[1:] == rij_iso.termijn[1:] == (day, None)
    assert agenda.vastgesteld == iso.vastgesteld == day
    assert rij.voortgang[0].datum == rij_iso.voortgang[0].datum == day


@given(day=st.dates(min_value=date(1900, 1, 2), max_value=date(2199, 12, 31)),
       form=st.sampled_from(sorted(_forms(date(2000, 1, 1)))))
def test_uiterlijk_and_voor_take_every_form(day, form):
    """'uiterlijk 15-03-2027' is that day and 'voor 15-03-2027' the day before, in every form."""
    text = _forms(day)[form]
    assert _agenda(f"uiterlijk {text}", "2000-01-01", "2000-01-01").rijen[0].termijn.uiterlijk \
        == day
    assert _agenda(f"voor {text}", "2000-01-01", "2000-01-01").rijen[0].termijn.uiterlijk \
        == date.fromordinal(day.toordinal() - 1)


def test_the_werkgroep_s_dates_validate(run, ws):
    """`termijn: 15-03-2023`, `vastgesteld: 20-11-2022` and Dutch dates elsewhere are no errors."""
    ws.replace(AGENDA, ROW, ROW.replace("najaar 2022", "15-03-2023"))
    ws.replace(AGENDA, "titel: Uitvoeringsagenda 2022-2023\n",
               "titel: Uitvoeringsagenda 2022-2023\nvastgesteld: 20-11-2022\n")
    ws.replace(AFSPRAKEN, "  datum: 2022-09-19", "  datum: 19 september 2022")
    ws.replace(AFSPRAKEN, "  van: 2022-01-01", "  van: 1-1-2022")
    r = run("validate", "--format", "json")
    assert r.code == 0, r.out
    assert [p["code"] for p in json.loads(r.out)["problems"]] == ["PA034"]  # as shipped


def test_a_text_that_is_no_day_names_the_forms(run, ws):
    """A vastgesteld that is no day says which forms to write, as on the command line."""
    ws.replace(AGENDA, "titel: Uitvoeringsagenda 2022-2023\n",
               "titel: Uitvoeringsagenda 2022-2023\nvastgesteld: eind november\n")
    r = run("validate")
    assert r.code == 1
    assert r.out.splitlines()[0] == (
        "data/agenda-2022-2023.yaml:7:14: fout PA024: vastgesteld 'eind november' van het "
        "agendabestand is geen datum; schrijf bijvoorbeeld 1-4-2023, 1 april 2023 of 2023-04-01")


def test_a_year_typed_with_a_key_twice_gets_the_day_and_no_concept_warning(run, ws):
    """vastgesteld: 1 april 20227 (issue 20, point 15): PA024 names the day meant, and the
    agenda is not also called "nog een concept" (PA043): the date is written, only wrongly."""
    r = run("agenda", "nieuw", "2024-2025")
    assert r.code == 0, r.err
    name = "agenda-2024-2025.yaml"
    ws.replace(name, "titel: Uitvoeringsagenda 2024-2025\n",
               "titel: Uitvoeringsagenda 2024-2025\nvastgesteld: 1 april 20227\n")
    r = run("validate", "--format", "json")
    problems = json.loads(r.out)["problems"]
    assert [p["message"] for p in problems if p["code"] == "PA024"] == [
        "vastgesteld '1 april 20227' van het agendabestand is geen datum; bedoelt u "
        "'1 april 2027'?"]
    assert "PA043" not in {p["code"] for p in problems}


def _outputs(run, ws) -> dict[str, object]:
    """What status, the calendar, the reports and `pa agenda nieuw` make of the data."""
    out: dict[str, object] = {}
    for name, args in {
        "status": ("status", "--peildatum", "1-1-2023"),
        "status-json": ("status", "--peildatum", "1-1-2023", "--format", "json"),
        "kalender": ("kalender", "--van", "1-1-2023"),
        "handout": ("report", "handout", "--peildatum", "1-3-2023", "--format", "md"),
        "stoplicht": ("report", "stoplicht", "--peildatum", "1-3-2023", "--format", "html"),
        "agenda nieuw": ("agenda", "nieuw", "2024-2025"),
    }.items():
        r = run(*args)
        assert r.code == 0, r.err
        out[name] = json.loads(r.out) if name.endswith("json") else r.out
    out["nieuwe agenda"] = ws.read("agenda-2024-2025.yaml")
    out["oude agenda"] = ws.read(AGENDA)
    return out


def _flat(text: str) -> str:
    """Text without the padding that lines up table columns (the termijn's width varies)."""
    return re.sub(r"-{3,}", "---", re.sub(r" +", " ", text))


@pytest.mark.parametrize("form", ["15-03-2023", "15-3-2023", "15/03/2023", "15.3.2023",
                                  "15 maart 2023", "15 MRT. 2023"])
def test_status_reports_calendar_and_carry_read_it_as_iso(run, ws, form, tmp_path_factory):
    """pa status, the reports, the calendar and `pa agenda nieuw` treat `termijn: 15-03-2023`
    exactly like `termijn: 2023-03-15`: only the termijn as written differs."""
    shipped = ws.read(AGENDA)
    ws.replace(AGENDA, ROW, ROW.replace("najaar 2022", "2023-03-15"))
    iso = _outputs(run, ws)
    ws.write(AGENDA, shipped)
    ws.path("agenda-2024-2025.yaml").unlink()
    ws.replace(AGENDA, ROW, ROW.replace("najaar 2022", form))
    written = _outputs(run, ws)
    assert "2023-03-15" in iso["status"] and "2023-03-15" in iso["nieuwe agenda"]
    for name, value in iso.items():
        if isinstance(value, str):
            assert _flat(written[name]) == _flat(value.replace("2023-03-15", form)), name
        else:
            for row in value:
                if row["termijn"] == "2023-03-15":
                    row["termijn"] = form
            assert written[name] == value, name


def test_set_keeps_writing_iso(run, ws):
    """`pa set` on a file with Dutch dates writes its own step in ISO and leaves theirs as typed."""
    ws.replace(AGENDA, ROW, ROW.replace("najaar 2022", "15-03-2023"))
    ws.replace(AGENDA, "titel: Uitvoeringsagenda 2022-2023\n",
               "titel: Uitvoeringsagenda 2022-2023\nvastgesteld: 20-11-2022\n")
    r = run("set", "1.1.2", "--status", "lopend", "--datum", "1 februari 2023")
    assert r.code == 0, r.err
    text = ws.read(AGENDA)
    assert "    termijn: 15-03-2023\n" in text and "vastgesteld: 20-11-2022\n" in text
    assert "      - datum: 2023-02-01\n        status: lopend\n" in text


@pytest.mark.parametrize("termijn, vastgesteld, message", [
    ("eind 20227", None, "22:14: fout PA012: agendarij 1.1.2: termijn 'eind 20227' is onbekend; "
     "bedoelt u 'eind 2027'? Toegestaan: een jaar ('2023'), "),
    ("31-02-2023", None, "22:14: fout PA012: agendarij 1.1.2: termijn '31-02-2023': 31 februari "
     "2023 bestaat niet (februari 2023 heeft 28 dagen); bedoelt u '28-02-2023'?"),
    ("2023-15-03", None, "22:14: fout PA012: agendarij 1.1.2: termijn '2023-15-03': er is geen "
     "maand 15; een jaar heeft 12 maanden; bedoelt u '2023-03-15'?"),
    (None, "31 april 2022", "7:14: fout PA024: vastgesteld '31 april 2022' van het "
     "agendabestand: 31 april 2022 bestaat niet (april 2022 heeft 30 dagen); bedoelt u "
     "'30 april 2022'?"),
])
def test_an_unreadable_day_gets_the_nearest_one(run, ws, termijn, vastgesteld, message):
    """PA012 and PA024 for a year typo or a day not in the calendar suggest the nearest day."""
    if termijn:
        ws.replace(AGENDA, ROW, ROW.replace("najaar 2022", termijn))
    if vastgesteld:
        ws.replace(AGENDA, "titel: Uitvoeringsagenda 2022-2023\n",
                   f"titel: Uitvoeringsagenda 2022-2023\nvastgesteld: {vastgesteld}\n")
    r = run("validate")
    assert r.code == 1
    first = r.out.splitlines()[0]
    assert first == f"data/agenda-2022-2023.yaml:{message}" if message.endswith("?") else (
        first.startswith(f"data/agenda-2022-2023.yaml:{message}"))


@pytest.mark.parametrize("day", ["2022-11-20", "20-11-2022", "20 november 2022"])
def test_a_comment_glued_to_a_day_is_no_cut_text(run, ws, day):
    """`vastgesteld: 20-11-2022 #na het overleg` is a date with a comment, as its ISO form is:
    no PA056 about a text cut short."""
    ws.replace(AGENDA, "titel: Uitvoeringsagenda 2022-2023\n",
               f"titel: Uitvoeringsagenda 2022-2023\nvastgesteld: {day} #na het overleg\n")
    r = run("validate", "--format", "json")
    assert r.code == 0, r.out
    assert [p["code"] for p in json.loads(r.out)["problems"]] == ["PA034"]  # as shipped
