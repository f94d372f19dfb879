"""`pa validate`: the shipped data is clean, and every rule catches what it is for."""

from __future__ import annotations

import json
import re

import pytest

from conftest import AFSPRAKEN, AGENDA, CARRIED, MOVED

CLEAN_SUMMARY = ("In orde, 1 waarschuwing: 55 afspraken, 54 agendarijen (43 met een actie), "
                 "12 indicatoren met 0 metingen in 3 bestanden.")


def test_shipped_data_is_valid(run, ws):
    """The shipped Terneuzen data validates: exit 0, 55 afspraken, 54 rows, 43 actions."""
    r = run("validate")
    assert r.code == 0, r.out
    assert r.out.splitlines()[-1] == CLEAN_SUMMARY
    assert " fout " not in r.out


def test_shipped_data_only_warns_where_the_document_differs(run, ws):
    """The one warning on the shipped data is the document's own 'Opzet'/'Opzetten' mismatch."""
    r = run("validate", "--format", "json")
    report = json.loads(r.out)
    assert [(p["code"], p["severity"]) for p in report["problems"]] == [("PA034", "waarschuwing")]
    assert "Opzetten sociale wijkteams" in report["problems"][0]["message"]
    assert report["afspraken"] == 55 and report["agendarijen"] == 54 and report["acties"] == 43
    assert report["doorgeschoven"] == 0


def test_a_carried_action_is_counted_once(run, ws):
    """An action carried into a new agenda is one action in the summary, not two."""
    ws.write("agenda-2024-2025.yaml", CARRIED)
    ws.replace(AGENDA, *MOVED)
    r = run("validate")
    assert r.code == 0, r.out
    assert r.out.splitlines()[-1] == (
        "In orde, 1 waarschuwing: 55 afspraken, 55 agendarijen (43 acties; 1 doorgeschoven, die "
        "telt in de nieuwe agenda), 12 indicatoren met 0 metingen in 4 bestanden.")
    report = json.loads(run("validate", "--format", "json").out)
    assert (report["agendarijen"], report["acties"], report["doorgeschoven"]) == (55, 43, 1)


def test_json_format_lists_problems_with_positions(run, ws):
    """--format json gives file, line, column, severity, code and message per problem."""
    ws.replace(AGENDA, "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\"",
               "termijn: najaaar 2022\n    status: open\n\n  - nr: \"1.1.3\"")
    r = run("validate", "--format", "json")
    assert r.code == 1
    report = json.loads(r.out)
    first = report["problems"][0]
    assert set(first) == {"file", "line", "column", "severity", "code", "message"}
    assert (first["file"], first["line"], first["column"], first["code"]) == (
        "data/agenda-2022-2023.yaml", ws.line_of(AGENDA, "najaaar"), 14, "PA012")
    assert report["geldig"] is False and report["fouten"] == 1


def _first_error(out: str) -> str:
    return next(line for line in out.splitlines() if " fout " in line)


CASES = [
    # (file, old, new, expected first error line with {line} for the edited line)
    pytest.param(
        AGENDA, "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\"",
        "termijn: najaaar 2022\n    status: open\n\n  - nr: \"1.1.3\"",
        "najaaar", "data/agenda-2022-2023.yaml:{line}:14: fout PA012: agendarij 1.1.2: termijn "
        "'najaaar 2022' is onbekend; bedoelt u 'najaar 2022'? Toegestaan: een jaar ('2023'), "
        "'eind 2023', 'najaar 2023', 'voorjaar 2023', 'medio 2023', 'zomer 2023', 'begin 2023', "
        "'Q3 2023', '3e kwartaal 2023', 'juni 2023', '1 juli 2023', 'uiterlijk 1 juli 2023', "
        "'voor 1 april 2023', '1-7-2023', '2023-07-01', '2022/2023', '2022 en 2023', '2022-2023', "
        "'najaar 2022 en 2023', 'vanaf 2023', 'jaarlijks', 'doorlopend', 'vast te stellen'",
        id="termijn-typo"),
    pytest.param(
        AGENDA, '  - nr: "2.1"\n', "  - nr: 2.10\n", "nr: 2.10",
        "data/agenda-2022-2023.yaml:{line}:9: fout PA023: 'nr' van agendarij 2.10 staat zonder "
        "aanhalingstekens; YAML leest 2.10 als het getal 2.1. Schrijf het als tekst: "
        "nr: \"2.10\"", id="unquoted-nr"),
    pytest.param(
        AFSPRAKEN, '          - nr: "1.1.3"\n', "          - nr: 1.1.3\n", "nr: 1.1.3",
        None, id="unquoted-three-part-nr-is-text"),
    pytest.param(
        AGENDA, "    onderwerp: Verkoop\n", "    onderwrp: Verkoop\n", "onderwrp",
        "data/agenda-2022-2023.yaml:{line}:5: fout PA021: onbekende sleutel 'onderwrp' in "
        "agendarij 1.1.5; bedoelt u 'onderwerp'?", id="unknown-key"),
    pytest.param(
        AGENDA, "trekker: [Gemeente]\n    termijn: najaar 2022",
        "trekker: [Gemeentee]\n    termijn: najaar 2022", "Gemeentee",
        "data/agenda-2022-2023.yaml:{line}:15: fout PA032: trekker 'Gemeentee' van agendarij "
        "1.1.3 is onbekend; bedoelt u 'Gemeente'? Bekend: Gemeente, Clavis, WZV, SHB, "
        "Bewonersraad Clavis, Corporaties, Huurdersorganisaties", id="unknown-trekker"),
    pytest.param(
        AGENDA, "status: open\n\n  - nr: \"1.1.4\"", "status: klaar\n\n  - nr: \"1.1.4\"",
        "status: klaar", "data/agenda-2022-2023.yaml:{line}:13: fout PA025: status 'klaar' van "
        "agendarij 1.1.3 bestaat niet; kies uit: open, lopend, gereed, vervallen",
        id="unknown-status"),
    pytest.param(
        AGENDA, 'termijn: "2023"\n    status: open\n\n  - nr: "1.1.6"',
        'termijn: "2021"\n    status: open\n\n  - nr: "1.1.6"', '"2021"',
        "data/agenda-2022-2023.yaml:{line}:14: fout PA033: termijn '2021' van agendarij 1.1.5 "
        "valt vóór de looptijd: 1 januari 2022 t/m 31 december 2025, en daarna in verlenging "
        "tot er een nieuwe overeenkomst is ondertekend (afspraak 5.6); controleer het jaartal",
        id="termijn-outside-looptijd"),
    pytest.param(
        AGENDA, '  - nr: "1.1.8"', '  - nr: "1.1.7"', "Beschikbare woningen voor starters",
        "data/agenda-2022-2023.yaml:{line_before}:9: fout PA030: agendarij 1.1.7 bestaat al "
        "(regel {first}); geef elke rij een eigen nummer; is dit een tweede actie bij afspraak "
        "1.1.7, schrijf dan nr: \"1.1.7b\"", id="duplicate-row-nr"),
    pytest.param(
        AFSPRAKEN, '          - nr: "1.1.8"', '          - nr: "1.1.7"',
        "Beschikbare woningen voor starters", None, id="duplicate-afspraak-nr"),
    pytest.param(
        AGENDA, '  - nr: "3.9"\n', '  - nr: "3.9"\n    afspraak: "3.99"\n', '"3.99"',
        "data/agenda-2022-2023.yaml:{line}:15: fout PA031: agendarij 3.9 verwijst naar afspraak "
        "3.99, maar die bestaat niet in afspraken.yaml; bedoelt u '3.9'?", id="missing-afspraak"),
]


@pytest.mark.parametrize("name, old, new, needle, expected", CASES)
def test_each_rule_reports_its_problem(run, ws, name, old, new, needle, expected):
    """A user's typical mistake gets exit 1 and one precise Dutch line with the fix."""
    ws.replace(name, old, new)
    before = ws.snapshot()
    r = run("validate")
    assert ws.snapshot() == before, "validate must not write"
    if expected is None:  # the rule's own test below checks the message
        return
    assert r.code == 1, r.out
    line = ws.line_of(name, needle)
    expected = expected.format(line=line, line_before=line - 1,
                               first=ws.line_of(name, 'nr: "1.1.7"'))
    assert _first_error(r.out) == expected
    # the summary counts; it does not say "niets is gewijzigd": validate never writes (issue 20,
    # point 17)
    assert re.fullmatch(r"\d+ fout(en)?, \d+ waarschuwing(en)? in \d+ bestand(en)?\.",
                        r.out.splitlines()[-1])


def test_three_part_number_without_quotes_is_still_text(run, ws):
    """`nr: 1.1.3` is not a number in YAML, so it reads fine; only 2.10-like numbers bite."""
    ws.replace(AFSPRAKEN, '          - nr: "1.1.3"\n', "          - nr: 1.1.3\n")
    assert run("validate").code == 0


def test_duplicate_afspraak_number(run, ws):
    """Two afspraken with one number: the second is reported with the line of the first."""
    ws.replace(AFSPRAKEN, '          - nr: "1.1.8"', '          - nr: "1.1.7"')
    r = run("validate")
    first = ws.line_of(AFSPRAKEN, 'nr: "1.1.7"')
    assert r.code == 1
    assert (f"fout PA030: afspraak 1.1.7 bestaat al (regel {first}); elk nummer komt één keer "
            "voor") in r.out


def test_problems_are_all_collected(run, ws):
    """Several mistakes in two files are all reported in one run, sorted by file and line."""
    ws.replace(AGENDA, "    onderwerp: Verkoop\n", "    onderwrp: Verkoop\n")
    ws.replace(AGENDA, '  - nr: "2.1"\n', "  - nr: 2.10\n")
    ws.replace(AFSPRAKEN, "trekker: [Clavis]", "trekker: [Klavis]")
    r = run("validate")
    codes = [line.split()[2].rstrip(":") for line in r.out.splitlines() if " fout " in line]
    assert codes == ["PA032", "PA021", "PA023"]
    assert r.out.splitlines()[-1] == "3 fouten, 1 waarschuwing in 3 bestanden."


def test_invalid_value_is_not_also_reported_missing(run, ws):
    """A wrong status is one problem, not also 'status missing'."""
    ws.replace(AGENDA, "status: open\n\n  - nr: \"1.1.4\"", "status: klaar\n\n  - nr: \"1.1.4\"")
    r = run("validate")
    assert [ln for ln in r.out.splitlines() if " fout " in ln][1:] == []


def test_group_alias_and_case_are_accepted_as_trekker(run, ws):
    """Trekker names match case-insensitively and through aliases."""
    ws.replace(AFSPRAKEN, "trekker: [Clavis]", "trekker: [clavis]")
    ws.replace(AGENDA, "trekker: [Gemeente]\n    termijn: najaar 2022",
               "trekker: [gemeente terneuzen]\n    termijn: najaar 2022")
    assert run("validate").code == 0


def test_row_with_action_needs_trekker_and_status(run, ws):
    """An action without trekker or status is incomplete."""
    ws.replace(AGENDA, "    trekker: [Gemeente]\n    termijn: najaar 2022\n    status: open\n",
               "    termijn: najaar 2022\n")
    r = run("validate")
    assert "fout PA036: agendarij 1.1.3 heeft een actie maar geen 'trekker'; vul de trekker in" \
        in r.out
    assert "fout PA036: agendarij 1.1.3 heeft een actie maar geen 'status'; begin met " \
        "'status: open'" in r.out


def test_empty_row_with_status_is_reported(run, ws):
    """An empty row (no actie) cannot have a status: the user must write the action first."""
    ws.replace(AGENDA, '    onderwerp: Warmteplannen per wijk\n',
               '    onderwerp: Warmteplannen per wijk\n    status: gereed\n')
    r = run("validate")
    assert ("fout PA036: agendarij 2.2 heeft geen actie maar wel status; vul eerst de 'actie' in "
            "of laat de rij leeg") in r.out


def test_missing_required_key(run, ws):
    """An afspraak without text names the missing key and where the afspraak starts."""
    text = ws.read(AFSPRAKEN)
    start = text.index('      - nr: "2.5"')
    tekst = text.index("        tekst:", start)
    end = text.index("\n", tekst) + 1
    ws.write(AFSPRAKEN, text[:tekst] + text[end:])
    r = run("validate")
    line = ws.line_of(AFSPRAKEN, 'nr: "2.5"')
    assert (f"data/afspraken.yaml:{line}:9: fout PA020: afspraak 2.5 mist de verplichte sleutel "
            "'tekst' (tekst)") in r.out


def test_onderwerp_mismatch_is_a_warning(run, ws):
    """A row whose onderwerp differs from its afspraak's is a warning, not an error."""
    ws.replace(AGENDA, "onderwerp: Verkoop\n", "onderwerp: Verhuur\n")
    r = run("validate")
    assert r.code == 0
    assert ("waarschuwing PA034: onderwerp van agendarij 1.1.5 ('Verhuur') wijkt af van afspraak "
            "1.1.6 ('Verkoop')") in r.out


def test_nr_under_wrong_theme(run, ws):
    """An afspraak numbered for another theme is caught."""
    ws.replace(AFSPRAKEN, '  - nr: "2.8"', '  - nr: "3.10"')
    r = run("validate")
    assert "fout PA038: afspraak 3.10 staat onder 2; het nummer moet met '2.' beginnen" in r.out


def test_control_character_from_escape_is_refused(run, ws):
    """A double-quoted escape cannot smuggle a control character into a text."""
    ws.replace(AGENDA, "    onderwerp: Verkoop\n", '    onderwerp: "Verkoop\\e[31m"\n')
    r = run("validate")
    assert "fout PA026: 'onderwerp' van agendarij 1.1.5 bevat het onzichtbare teken U+001B" in r.out
    assert "\x1b" not in r.out


def test_excerpt_marks_the_column(run, ws):
    """Each problem shows the offending line with a caret under the column."""
    ws.replace(AGENDA, "    onderwerp: Verkoop\n", "    onderwrp: Verkoop\n")
    r = run("validate")
    lines = r.out.splitlines()
    i = next(i for i, ln in enumerate(lines) if "PA021" in ln)
    assert lines[i + 1].endswith("|     onderwrp: Verkoop")
    assert lines[i + 2].index("^") == lines[i + 1].index("onderwrp")


MORE_CASES = [
    # (file, old, new, needle on the reported line, expected message after "fout ")
    pytest.param(AFSPRAKEN, "    leden: [clavis, wzv]", "    leden: [clavis, wzvv]", "wzvv",
                 "PA035: groep 'Corporaties' noemt lid 'wzvv', maar die partij bestaat niet; "
                 "bekende id's: bewonersraad-clavis, clavis, gemeente, shb, wzv",
                 id="group-member-unknown"),
    pytest.param(AFSPRAKEN, "    - partij: shb\n", "    - partij: shbb\n", "shbb",
                 "PA035: ondertekenaar 'De heer Peter Kienhuis' tekent namens 'shbb', maar die "
                 "partij bestaat niet; bekende id's: bewonersraad-clavis, clavis, gemeente, shb, "
                 "wzv", id="signatory-party-unknown"),
    pytest.param(AFSPRAKEN, "    kort: SHB\n", "    kort: Clavis\n", "- id: shb",
                 "PA030: naam 'Clavis' van 'shb' wordt ook gebruikt door 'clavis'; een naam moet "
                 "één partij of groep aanwijzen", id="name-used-twice"),
    pytest.param(AFSPRAKEN, "  datum: 2022-09-19", "  datum: 2022-09-31", "2022-09-31",
                 "PA024: datum '2022-09-31' van ondertekening: 31 september 2022 bestaat niet "
                 "(september 2022 heeft 30 dagen); bedoelt u '2022-09-30'?", id="impossible-date"),
    pytest.param(AFSPRAKEN, '  - nr: "3"\n', '  - nr: "drie"\n', '"drie"',
                 "PA024: nr 'drie' van thema drie is geen geldig nummer; schrijf het zoals \"1\"",
                 id="malformed-number"),
    pytest.param(AFSPRAKEN, "    titel: Duurzaamheid\n", "    titel: [Duurzaamheid]\n",
                 "[Duurzaamheid]", "PA022: 'titel' van thema 2 moet tekst zijn, maar is een lijst",
                 id="wrong-type"),
    pytest.param(AFSPRAKEN, "tekst: Partijen delen hun gegevens over de energieprestatie van "
                 "woningen.\n", 'tekst: "  "\n', 'tekst: "  "',
                 "PA026: 'tekst' van afspraak 2.5 is leeg; vul een tekst in of laat de sleutel weg",
                 id="empty-text"),
    pytest.param(AFSPRAKEN, "  - id: wzv\n", "  - id: WZV\n", "id: WZV",
                 "PA024: id 'WZV' van partij 'WZV' is geen geldig id (kleine letters, cijfers, "
                 "'-'); schrijf het zoals \"woongoed-zvl\"", id="id-in-capitals"),
    pytest.param(AGENDA, 'termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.3"',
                 'termijn: najaar 2022\n    status: lopend\n    voortgang:\n      - datum: '
                 '2022-10-01\n        status: open\n      - datum: 2022-09-01\n        status: '
                 'lopend\n\n  - nr: "1.1.3"', "datum: 2022-09-01",
                 "PA039: voortgang van agendarij 1.1.2: 2022-09-01 staat na 2022-10-01; zet de "
                 "stappen op datum, oudste eerst", id="voortgang-out-of-order"),
    pytest.param(AGENDA, "titel: Uitvoeringsagenda 2022-2023\n",
                 "titel: Uitvoeringsagenda 2022-2023\n? [a, b]\n: c\n", "? [a, b]",
                 "PA014: een sleutel moet een gewone tekst zijn, geen lijst of mapping",
                 id="complex-key"),
]


@pytest.mark.parametrize("name, old, new, needle, expected", MORE_CASES)
def test_more_rules(run, ws, name, old, new, needle, expected):
    """Each remaining rule: exit 1 and its exact message at the edited line."""
    ws.replace(name, old, new)
    r = run("validate")
    assert r.code == 1, r.out
    line = ws.line_of(name, needle)
    hits = [ln for ln in r.out.splitlines() if " fout " in ln]
    assert len(hits) == 1, hits
    assert hits[0].startswith(f"data/{name}:{line}:")
    assert hits[0].split(" fout ", 1)[1] == expected


def test_status_differing_from_last_voortgang_is_a_warning(run, ws):
    """A hand edit of status that forgets the voortgang is pointed out, not refused."""
    ws.replace(AGENDA, 'termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.3"',
               'termijn: najaar 2022\n    status: gereed\n    voortgang:\n      - datum: '
               '2022-10-01\n        status: lopend\n\n  - nr: "1.1.3"')
    r = run("validate")
    assert r.code == 0
    assert ("waarschuwing PA039: agendarij 1.1.2 heeft status 'gereed', maar de laatste "
            "voortgang zegt 'lopend'; gebruik 'pa set' om beide bij te werken") in r.out


def test_a_row_without_nr_is_named_by_its_line(run, ws):
    """A row whose nr is missing is itself a problem; its other problems name it by its line
    ("de agendarij op regel 25"), never as "agendarij None" (found by the robustness test)."""
    ws.replace(AGENDA, '  - nr: "1.1.3"\n', "  - nr:\n")
    ws.replace(AGENDA, "trekker: [Gemeente]\n    termijn: najaar 2022",
               "trekker: [Gemeentee]\n    termijn: najaar 2022")
    r = run("validate")
    assert r.code == 1 and "None" not in r.out
    assert ("trekker 'Gemeentee' van de agendarij op regel 25 is onbekend; bedoelt u "
            "'Gemeente'?") in r.out
