"""indicatoren.yaml: the monitor's targets are checked, and so is every measurement."""

from __future__ import annotations

import pytest

from conftest import DATA
from pa_cli.load.dataset import load
from pa_cli.model.monitor import HUURKLASSEN

INDICATOREN = "indicatoren.yaml"
FILE = "data/indicatoren.yaml"


def _with_metingen(ws, text: str) -> None:
    """Replace the shipped empty metingen list with these lines (indented two spaces)."""
    ws.replace(INDICATOREN, "metingen: []\n", "metingen:\n" + text)


def _errors(run) -> list[str]:
    r = run("validate")
    assert r.code == 1, r.out
    return [ln for ln in r.out.splitlines() if " fout " in ln]


def test_shipped_indicators_follow_the_document():
    """Each target is the document's number, or a reference year where the text says 'peil 2021'."""
    mon = load(DATA).indicatoren
    assert mon is not None and mon.metingen == []
    targets = {i.id: [(d.jaren, d.waarde, d.peil) for d in i.doelen] for i in mon.indicatoren}
    assert targets == {
        "sociale-voorraad": [((2022, 2025), None, 2021)],
        "aandeel-sociale-voorraad": [((2022, 2025), None, 2021)],
        "voorraad-huurklasse": [],
        "goedkoop-jongeren": [((2022, 2025), None, 2021)],
        "flexibele-schil": [(None, 80, None)],
        "vrije-toewijzingsruimte": [((2022, 2022), 15, None), ((2023, 2023), 10, None)],
        "aanbod-regulier": [((2022, 2025), 80, None)],
        "nultredenwoningen": [],
        "hofje-philippine": [((2023, 2023), 3, None), ((2024, 2024), 13, None)],
        "opvangwoningen": [],
        "skaeve-huse": [((2022, 2022), 1, None)],
        "skaeve-huse-woningen": [((2022, 2022), 5, None)],
    }
    assert HUURKLASSEN == ("goedkoop", "betaalbaar", "duur tot de liberalisatiegrens",
                           "vrije sector")


def test_every_target_quotes_the_afspraak():
    """Next to every doel in the file stands a comment quoting the agreements."""
    lines = (DATA / INDICATOREN).read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.strip().startswith("- jaren:") or line.strip() == "- waarde: 80":
            before = "\n".join(lines[max(0, i - 4):i + 1])
            assert '"' in before and "#" in before, before


ONE = ("  - indicator: aanbod-regulier\n    jaar: 2023\n    waarde: 82.5\n    eenheid: procent\n"
       "    bron: Verhuurrapportage 2023\n")


def test_a_valid_measurement_passes(run, ws):
    """A measurement in the looptijd, in the indicator's unit, validates."""
    _with_metingen(ws, ONE)
    r = run("validate")
    assert r.code == 0, r.out
    assert r.out.splitlines()[-1].endswith("12 indicatoren met 1 meting in 3 bestanden.")


CASES = [
    pytest.param(
        ONE.replace("aanbod-regulier", "aanbod-reguliere"),
        "indicator: aanbod-reguliere",
        "{file}:{line}:16: fout PA060: meting noemt indicator 'aanbod-reguliere', maar die bestaat "
        "niet in indicatoren.yaml; bedoelt u 'aanbod-regulier'?", id="PA060-unknown-indicator"),
    pytest.param(
        ONE.replace("eenheid: procent", "eenheid: woningen"), "eenheid: woningen\n    bron",
        "{file}:{line}:14: fout PA061: meting van 'aanbod-regulier' is in woningen, maar de "
        "indicator telt in procent; reken het cijfer om of kies de juiste indicator",
        id="PA061-unit-mismatch"),
    pytest.param(
        ONE.replace("eenheid: procent", "eenheid: stuks"), "eenheid: stuks",
        "{file}:{line}:14: fout PA061: eenheid 'stuks' van meting (metingen[1] van "
        "het indicatorenbestand) bestaat niet; kies uit: woningen, procent, projecten",
        id="PA061-unknown-unit"),
    pytest.param(
        ONE.replace("82.5", "82,5"), "waarde: 82,5",
        "{file}:{line}:13: fout PA062: 'waarde' van meting (metingen[1] van het "
        "indicatorenbestand) moet een getal zijn, maar is '82,5'; schrijf een punt in plaats van "
        "een komma: 82.5", id="PA062-comma"),
    pytest.param(
        ONE.replace("82.5", "veel"), "waarde: veel",
        "{file}:{line}:13: fout PA062: 'waarde' van meting (metingen[1] van het "
        "indicatorenbestand) moet een getal zijn, maar is 'veel'; schrijf alleen cijfers, zoals "
        "812 of 7.5", id="PA062-not-a-number"),
    pytest.param(
        ONE.replace("jaar: 2023", "jaar: 2019"), "jaar: 2019",
        "{file}:{line}:11: fout PA063: meting van 'aanbod-regulier' over 2019 valt buiten de "
        "looptijd (2022 t/m nu (afspraak 5.6)); alleen een peiljaar van een doel mag ervoor "
        "liggen", id="PA063-before-looptijd"),
    pytest.param(
        ONE + ONE.replace("82.5", "81"), "  - indicator: aanbod-regulier",
        "{file}:{line}:16: fout PA064: meting van 'aanbod-regulier' voor 2023 staat er al "
        "(regel {first}); verbeter die meting in plaats van er een tweede te geven",
        id="PA064-duplicate"),
    pytest.param(
        ONE.replace("82.5", "182.5"), "waarde: 182.5",
        "{file}:{line}:13: fout PA065: meting van 'aanbod-regulier' is 182,5%, meer dan 100%; "
        "een percentage ligt tussen 0 en 100", id="PA065-over-100"),
    pytest.param(
        ONE.replace("    eenheid", "    huurklasse: goedkoop\n    eenheid"),
        "huurklasse: goedkoop",
        "{file}:{line}:17: fout PA067: meting van 'aanbod-regulier' noemt een huurklasse, maar "
        "deze indicator wordt gemeten per: portefeuille, corporatie, kern; laat 'huurklasse' weg",
        id="PA067-level-not-allowed"),
    pytest.param(
        ONE.replace("    eenheid", "    corporatie: Woonstad\n    eenheid"),
        "corporatie: Woonstad",
        "{file}:{line}:17: fout PA067: corporatie 'Woonstad' van een meting van 'aanbod-regulier' "
        "is onbekend; bekend: Clavis, WZV", id="PA067-unknown-corporatie"),
    pytest.param(
        ONE.replace("    jaar: 2023\n", "    jaar: 2023\n    peildatum: 2023-12-31\n"),
        "indicator: aanbod-regulier",
        "{file}:{line}:5: fout PA068: meting van 'aanbod-regulier' heeft zowel 'jaar' als "
        "'peildatum'; geef één van beide", id="PA068-jaar-and-peildatum"),
]


@pytest.mark.parametrize("metingen, needle, expected", CASES)
def test_each_rule_names_file_line_and_fix(run, ws, metingen, needle, expected):
    """Each wrong measurement gives its own code, at its line, saying how to fix it."""
    _with_metingen(ws, metingen)
    text = ws.read(INDICATOREN)
    line = text[: text.rindex(needle)].count("\n") + 1
    if "PA068" in expected:
        line = text[: text.index(needle)].count("\n") + 1
    first = ws.line_of(INDICATOREN, "  - indicator:")
    assert _errors(run) == [expected.format(file=FILE, line=line, first=first)]


def test_reference_year_is_allowed_before_the_looptijd(run, ws):
    """The 2021 figure of a target 'op peil 2021' may be recorded, though 2021 is before 2022."""
    _with_metingen(ws, "  - indicator: sociale-voorraad\n    jaar: 2021\n    waarde: 5000\n"
                   "    eenheid: woningen\n    bron: Jaarverslagen 2021\n")
    assert run("validate").code == 0


def test_after_the_end_date_only_with_verlenging(run, ws):
    """Without afspraak 5.6's verlenging a figure after 2025 is outside the looptijd."""
    _with_metingen(ws, ONE.replace("jaar: 2023", "jaar: 2026"))
    assert run("validate").code == 0
    ws.replace("afspraken.yaml", "  verlenging: Deze overeenkomst", "  # Deze overeenkomst")
    assert _errors(run) == [
        f"{FILE}:{ws.line_of(INDICATOREN, 'jaar: 2026')}:11: fout PA063: meting van "
        "'aanbod-regulier' over 2026 valt buiten de looptijd (2022 t/m 2025); alleen een "
        "peiljaar van een doel mag ervoor liggen"]


def test_after_a_successor_was_signed_the_looptijd_ends_again(run, ws):
    """Once a new agreement is recorded (opvolger_ondertekend), later figures are outside."""
    _with_metingen(ws, ONE.replace("jaar: 2023", "jaar: 2028"))
    assert run("validate").code == 0
    ws.replace("afspraken.yaml", "  tot_en_met: 2025-12-31\n",
               "  tot_en_met: 2025-12-31\n  opvolger_ondertekend: 2027-03-01\n")
    assert _errors(run) == [
        f"{FILE}:{ws.line_of(INDICATOREN, 'jaar: 2028')}:11: fout PA063: meting van "
        "'aanbod-regulier' over 2028 valt buiten de looptijd (2022 t/m 2027); alleen een "
        "peiljaar van een doel mag ervoor liggen"]


@pytest.mark.parametrize("old, new, expected", [
    pytest.param("        peil: 2021\n\n  - id: aandeel",
                 "        peil: 2021\n        waarde: 5\n\n  - id: aandeel",
                 "fout PA066: een doel van indicator 'sociale-voorraad' heeft zowel 'waarde' als "
                 "'peil'; geef één van beide", id="waarde-and-peil"),
    pytest.param("      - waarde: 80\n", "      - toelichting: tachtig\n",
                 "fout PA066: een doel van indicator 'flexibele-schil' heeft geen 'waarde' en geen "
                 "'peil'; geef één van beide", id="neither"),
    pytest.param('afspraak: "1.1.11"', 'afspraak: "1.1.41"',
                 "fout PA066: indicator 'flexibele-schil' verwijst naar afspraak 1.1.41, maar die "
                 "bestaat niet in afspraken.yaml; bedoelt u '1.1.4'?", id="unknown-afspraak"),
    pytest.param("      - jaren: 2023\n        waarde: 10\n",
                 "      - jaren: 2023\n        waarde: 110\n",
                 "fout PA065: doel 110% van indicator 'vrije-toewijzingsruimte' is meer dan 100%; "
                 "een percentage ligt tussen 0 en 100", id="target-over-100"),
    pytest.param("  - id: opvangwoningen", "  - id: skaeve-huse",
                 "fout PA030: indicator 'skaeve-huse' bestaat al (regel 127); geef elke "
                 "indicator een eigen id", id="duplicate-id"),
])
def test_targets_are_checked(run, ws, old, new, expected):
    """A target with both or neither a number and a peil, or a wrong afspraak, is an error."""
    ws.replace(INDICATOREN, old, new)
    errors = _errors(run)
    assert len(errors) == 1 and errors[0].split(": ", 1)[1] == expected, errors
