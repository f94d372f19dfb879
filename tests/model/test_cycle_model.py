"""The yearly cycle in the data: several actions per afspraak, carry-over links, the extension."""

from __future__ import annotations

import json

import pytest

from conftest import AFSPRAKEN, AGENDA, MOVED, SECOND

ROW_113 = '  - nr: "1.1.4"\n'


def _add_rows(ws, text: str, before: str = ROW_113) -> None:
    ws.replace(AGENDA, before, text.lstrip("\n") + "\n" + before)


def _problems(run) -> list[tuple[str, str]]:
    report = json.loads(run("validate", "--format", "json").out)
    return [(p["code"], p["message"]) for p in report["problems"] if p["code"] != "PA034"]


def test_second_action_with_a_letter_belongs_to_its_afspraak(run, ws):
    """A row "1.1.3b" is a second action of afspraak 1.1.3: valid, and shown under 1.1.3."""
    _add_rows(ws, SECOND)
    assert _problems(run) == []
    rows = json.loads(run("status", "--peildatum", "2023-04-01", "--format", "json").out)
    mine = [(r["nr"], r["afspraak"]) for r in rows if r["afspraak"] == "1.1.3"]
    assert mine == [("1.1.3", "1.1.3"), ("1.1.3b", "1.1.3")]


def test_same_number_twice_is_refused(run, ws):
    """Two rows "1.1.3b" in one agenda: PA030 naming the first row's line."""
    _add_rows(ws, SECOND + "\n" + SECOND)
    first = ws.line_of(AGENDA, 'nr: "1.1.3b"')
    assert _problems(run) == [("PA030", f"agendarij 1.1.3b bestaat al (regel {first}); geef "
                                        "elke rij een eigen nummer; is dit een tweede actie bij "
                                        "afspraak 1.1.3, schrijf dan nr: \"1.1.3c\"")]


def test_a_number_taken_suggests_the_next_letter(run, ws):
    """A second row "1.1.3" (issue 20, point 15): the fix is the number a second action gets."""
    text = ws.read(AGENDA)
    start = text.index('  - nr: "1.1.3"')
    row = text[start:text.index("  - nr:", start + 5)]
    ws.write(AGENDA, text.replace(row, row + row, 1))
    first = ws.line_of(AGENDA, 'nr: "1.1.3"')
    assert _problems(run) == [("PA030", f"agendarij 1.1.3 bestaat al (regel {first}); geef "
                                        "elke rij een eigen nummer; is dit een tweede actie bij "
                                        "afspraak 1.1.3, schrijf dan nr: \"1.1.3b\"")]


def test_letter_for_an_unknown_afspraak(run, ws):
    """A row "9.9a" points to afspraak 9.9, which does not exist: PA031 says so."""
    _add_rows(ws, SECOND.replace("1.1.3b", "9.9a"))
    (code, message), = _problems(run)
    assert code == "PA031"
    assert message.startswith("agendarij 9.9a verwijst naar afspraak 9.9, maar die bestaat niet")


@pytest.mark.parametrize("nr", ["1.1.3-b", "1.1.3 b", "1.1.3bb1", "b"])
def test_malformed_letter_is_refused(run, ws, nr):
    """A number is parts with at most a point between; anything else is PA024."""
    _add_rows(ws, SECOND.replace("1.1.3b", nr))
    assert _problems(run) == [("PA024", f"nr '{nr}' van agendarij {nr} is geen geldig nummer; "
                                        "schrijf het zoals \"2.4b\"")]


@pytest.mark.parametrize("nr, afspraak", [("1.1.3B", "1.1.3B"), ("1.1.3ab", "1.1.3a")])
def test_number_of_another_form_names_an_afspraak_that_is_not_there(run, ws, nr, afspraak):
    """Other documents number "A1b" or "2ab" (second action of afspraak 2a): in Terneuzen's
    data such a row is well formed but points at an afspraak that does not exist (PA031)."""
    _add_rows(ws, SECOND.replace("1.1.3b", nr))
    (code, message), = _problems(run)
    assert code == "PA031"
    assert message.startswith(f"agendarij {nr} verwijst naar afspraak {afspraak}, maar die "
                              "bestaat niet")


# -- the looptijd and its extension (afspraak 5.6) ---------------------------------------------

LATE = ('termijn: "2023"\n    status: open\n\n  - nr: "1.1.6"',
        'termijn: najaar 2026\n    status: open\n\n  - nr: "1.1.6"')
PA085_LATE = ("PA085", "termijn 'najaar 2026' van agendarij 1.1.5 valt na 2023, het laatste jaar "
              "van agenda 2022-2023 (een agenda geldt voor de twee opvolgende jaren, afspraak "
              "5.3); controleer het jaartal, of zet de actie in de agenda van dat jaar")
SIGNED = ("  tot_en_met: 2025-12-31\n",
          "  tot_en_met: 2025-12-31\n  opvolger_ondertekend: 2026-06-15\n")


def test_termijn_in_the_extension_is_valid(run, ws):
    """After tot_en_met the afspraken continue (5.6): 'najaar 2026' is a valid termijn (only
    the warning that it lies after the agenda's own years)."""
    ws.replace(AGENDA, *LATE)
    assert _problems(run) == [PA085_LATE]


def test_termijn_after_the_successor_is_an_error_saying_why(run, ws):
    """Once a new agreement is signed, a termijn after that date is PA033 with the reason."""
    ws.replace(AGENDA, *LATE)
    ws.replace(AFSPRAKEN, *SIGNED)
    line = ws.line_of(AGENDA, "najaar 2026")
    r = run("validate")
    assert r.code == 1
    assert (f"data/agenda-2022-2023.yaml:{line}:14: fout PA033: termijn 'najaar 2026' van "
            "agendarij 1.1.5 valt na 15 juni 2026, toen de nieuwe overeenkomst is ondertekend "
            "(looptijd.opvolger_ondertekend): daarmee eindigde de verlenging van deze "
            "afspraken (afspraak 5.6). Zet de actie in de agenda van de nieuwe afspraken of kies "
            "een eerdere termijn") in r.out


def test_without_verlenging_there_is_no_extension(run, ws):
    """A looptijd without 'verlenging' ends on tot_en_met: 'najaar 2026' is outside it."""
    ws.replace(AGENDA, *LATE)
    text = ws.read(AFSPRAKEN)
    start = text.index("  verlenging:")
    ws.write(AFSPRAKEN, text[:start] + text[text.index("\n", start) + 1:])
    assert _problems(run) == [("PA033", "termijn 'najaar 2026' van agendarij 1.1.5 valt na de "
                               "looptijd: 1 januari 2022 t/m 31 december 2025, zonder verlenging "
                               "(looptijd.verlenging staat er niet); controleer het jaartal"),
                              PA085_LATE]


def test_successor_before_the_start_is_an_error(run, ws):
    """opvolger_ondertekend before the looptijd began is a typing error: PA024."""
    ws.replace(AFSPRAKEN, SIGNED[0], SIGNED[1].replace("2026-06-15", "2021-06-15"))
    assert [c for c, _ in _problems(run)] == ["PA024"]


@pytest.mark.parametrize("peildatum, expected", [
    ("2025-12-31", "Stand op 31 december 2025\n"),
    ("2026-01-01", "Stand op 1 januari 2026, in verlenging sinds 1 januari 2026\n"),
    ("2026-11-27", "Stand op 27 november 2026, in verlenging sinds 1 januari 2026\n"),
])
def test_status_says_in_verlenging(run, ws, peildatum, expected):
    """pa status says the agreement is in verlenging on a peildatum after tot_en_met."""
    r = run("status", "--peildatum", peildatum)
    assert r.code == 0 and r.out.startswith(expected)


def test_extension_ends_with_the_successor(run, ws):
    """From the day the new agreement was signed, status no longer says 'in verlenging'."""
    ws.replace(AFSPRAKEN, *SIGNED)
    assert "in verlenging" in run("status", "--peildatum", "2026-06-14").out
    assert "in verlenging" not in run("status", "--peildatum", "2026-06-15").out


@pytest.mark.parametrize("naam", ["handout", "stoplicht", "agenda"])
def test_reports_say_in_verlenging(run, ws, naam):
    """Every report names the extension under its title, in Markdown and HTML."""
    md = run("report", naam, "--peildatum", "2026-03-01").out
    assert "Prestatieafspraken Terneuzen 2022-2025 (in verlenging sinds 1 januari 2026)" in md
    html = run("report", naam, "-f", "html", "--peildatum", "2026-03-01").out
    assert ('<p class="bovenkop">Prestatieafspraken Terneuzen 2022-2025 (in verlenging sinds '
            '1 januari 2026)</p>') in html


# -- carry-over links and the concept agenda -----------------------------------------------------

NEW = '''# yaml-language-server: $schema=schemas/agenda.schema.json
titel: Uitvoeringsagenda 2024-2025
{extra}rijen:
  - nr: "1.1.2"
    actie: Bespreken in ambtelijk overleg data-analyse.
    trekker: [Corporaties]
    termijn: {termijn}
    status: open
    herkomst: "{herkomst}"
'''


def _new_agenda(ws, termijn: str = "najaar 2024", herkomst: str = "2022-2023/1.1.2",
                extra: str = "vastgesteld: 2024-04-01\n") -> None:
    ws.write("agenda-2024-2025.yaml", NEW.format(termijn=termijn, herkomst=herkomst,
                                                 extra=extra))


def test_carried_action_with_both_links_is_valid(run, ws):
    """herkomst in the new row and doorgeschoven in the old one, pointing at each other: clean."""
    _new_agenda(ws)
    ws.replace(AGENDA, *MOVED)
    assert _problems(run) == []


@pytest.mark.parametrize("herkomst, why", [
    ("2020-2021/1.1.2", "agenda-2020-2021.yaml bestaat niet; zo gaat de geschiedenis van de "
                        "actie verloren. Zet het bestand terug of verwijder de regel met "
                        "herkomst"),
    ("2022-2023/1.1.99", "agenda 2022-2023 heeft geen rij 1.1.99; controleer het nummer"),
    ("2024-2025/1.1.2", "die ligt niet vóór deze agenda; herkomst wijst naar een eerdere "
                        "agenda"),
])
def test_herkomst_must_point_to_an_earlier_row(run, ws, herkomst, why):
    """A herkomst naming a missing agenda, a missing row or this agenda itself is PA041."""
    _new_agenda(ws, herkomst=herkomst)
    ws.replace(AGENDA, *MOVED)
    problems = _problems(run)
    assert ("PA041", f"agendarij 1.1.2 heeft herkomst '{herkomst}', maar {why}") in problems


def test_herkomst_without_doorgeschoven_would_count_twice(run, ws):
    """The old row must say doorgeschoven, or the action counts twice: PA041 names its line."""
    _new_agenda(ws)
    line = ws.line_of(AGENDA, 'nr: "1.1.2"')
    assert _problems(run) == [("PA041", "agendarij 1.1.2 heeft herkomst '2022-2023/1.1.2', "
                               f"maar die rij (regel {line}) heeft geen 'doorgeschoven: "
                               "\"2024-2025\"'; voeg die regel daar toe, anders telt de actie "
                               "twee keer")]


def test_doorgeschoven_without_a_new_row_loses_the_action(run, ws):
    """doorgeschoven to an agenda that does not exist is PA042: the action would vanish."""
    ws.replace(AGENDA, *MOVED)
    assert _problems(run) == [("PA042", "agendarij 1.1.2 is doorgeschoven naar 2024-2025, maar "
                               "agenda-2024-2025.yaml bestaat niet; zo telt de actie nergens "
                               "meer mee. Zet de rij daar terug of verwijder 'doorgeschoven'")]


def test_termijn_still_to_be_decided_is_a_warning(run, ws):
    """'termijn: vast te stellen' warns (PA040) naming the old row, and validate still passes."""
    _new_agenda(ws, termijn="vast te stellen")
    ws.replace(AGENDA, *MOVED)
    r = run("validate")
    assert r.code == 0
    line = ws.line_of("agenda-2024-2025.yaml", "vast te stellen")
    assert (f"data/agenda-2024-2025.yaml:{line}:14: waarschuwing PA040: agendarij 1.1.2: termijn "
            "nog vast te stellen; vul de nieuwe termijn in (de oude staat in "
            "2022-2023/1.1.2)") in r.out


def test_concept_agenda_after_1_juli_is_a_warning(run, ws):
    """An agenda 2024-2025 without 'vastgesteld' is past 5.3's 1 juli 2024: PA043."""
    _new_agenda(ws, extra="")
    ws.replace(AGENDA, *MOVED)
    assert _problems(run) == [("PA043", "agenda 2024-2025 is nog een concept: niet vastgesteld "
                               "op 1 juli 2024 (afspraak 5.3, uiterlijk 1 juli). Zet "
                               "'vastgesteld: JJJJ-MM-DD' bovenaan het bestand zodra het overleg "
                               "de agenda heeft vastgesteld")]


def test_concept_agenda_for_future_years_is_fine(run, ws):
    """A concept agenda whose 1 juli is still to come gives no warning."""
    text = NEW.format(termijn="vast te stellen", herkomst="2022-2023/1.1.2", extra="")
    ws.write("agenda-2098-2099.yaml", text.replace("2024-2025", "2098-2099"))
    ws.replace(AGENDA, MOVED[0], MOVED[1].replace("2024-2025", "2098-2099"))
    assert [c for c, _ in _problems(run)] == ["PA040"]


def test_agenda_without_years_beside_dated_ones_is_a_warning(run, ws):
    """Beside agenda-2022-2023.yaml, an agenda-concept.yaml is used on no peildatum: PA044."""
    ws.write("agenda-concept.yaml", "titel: Concept\nrijen: []\n")
    assert _problems(run) == [("PA044", "de bestandsnaam van agenda 'concept' noemt geen jaren, "
                               "dus pa gebruikt deze agenda bij geen enkele peildatum. Noem het "
                               "bestand agenda-JJJJ-JJJJ.yaml, bijvoorbeeld agenda-2024-2025.yaml")]


def test_overlapping_agendas_are_a_warning(run, ws):
    """agenda-2023-2024.yaml beside agenda-2022-2023.yaml overlaps in 2023: PA044 says who wins."""
    ws.write("agenda-2023-2024.yaml", "titel: Agenda 2023-2024\nvastgesteld: 2023-04-01\n"
                                      "rijen: []\n")
    assert _problems(run) == [("PA044", "agenda 2023-2024 overlapt met agenda 2022-2023; op een "
                               "peildatum in beide gebruikt pa agenda 2023-2024. Laat elke "
                               "agenda na de vorige beginnen")]
