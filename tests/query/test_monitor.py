"""`pa monitor`: each figure's latest measurement against the target of its year."""

from __future__ import annotations

import json

import pytest

INDICATOREN = "indicatoren.yaml"


def _meting(indicator: str, when: str, waarde: str, eenheid: str, extra: str = "") -> str:
    return (f"  - indicator: {indicator}\n    {when}\n    waarde: {waarde}\n"
            f"    eenheid: {eenheid}\n    bron: Test\n{extra}")


def _with(ws, *metingen: str) -> None:
    ws.replace(INDICATOREN, "metingen: []\n", "metingen:\n" + "".join(metingen))


def _rows(run, *args: str) -> list[dict]:
    r = run("monitor", "--format", "json", *args)
    assert r.code == 0, r.err
    return json.loads(r.out)["regels"]


def test_shipped_data_says_geen_meting_for_every_indicator(run, ws):
    """Without measurements every indicator is listed with 'geen meting', exit 0."""
    r = run("monitor", "--peildatum", "2023-06-01")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == "Monitor (afspraak 5.8) op 1 juni 2023"
    body = lines[3:-2]
    assert len(body) == 12 and all("geen meting" in ln for ln in body)
    assert lines[-1] == ("12 regels: 0 groen, 0 oranje, 0 rood, 12 geen meting, 0 zonder kleur "
                         "(oranje: doel gemist met hooguit 5% van het doel)")


def _one(run, indicator: str, *args: str) -> dict:
    rows = [r for r in _rows(run, *args) if r["indicator"] == indicator]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("indicator, jaar, waarde, eenheid, licht, doel", [
    ("aanbod-regulier", 2023, "80", "procent", "groen", "≥ 80%"),
    ("aanbod-regulier", 2023, "76", "procent", "oranje", "≥ 80%"),
    ("aanbod-regulier", 2023, "75.9", "procent", "rood", "≥ 80%"),
    ("vrije-toewijzingsruimte", 2023, "10", "procent", "groen", "≤ 10%"),
    ("vrije-toewijzingsruimte", 2023, "10.5", "procent", "oranje", "≤ 10%"),
    ("vrije-toewijzingsruimte", 2023, "11", "procent", "rood", "≤ 10%"),
    ("vrije-toewijzingsruimte", 2022, "11", "procent", "groen", "≤ 15%"),
    ("skaeve-huse-woningen", 2022, "5", "woningen", "groen", "= 5 woningen"),
    ("skaeve-huse-woningen", 2022, "6", "woningen", "rood", "= 5 woningen"),
    ("hofje-philippine", 2024, "13", "woningen", "groen", "≥ 13 woningen"),
    ("hofje-philippine", 2024, "3", "woningen", "rood", "≥ 13 woningen"),
])
def test_verdict_against_the_target_of_the_year(run, ws, indicator, jaar, waarde, eenheid,
                                                licht, doel):
    """Groen when met, oranje when missed by at most 5% of the target, rood beyond that."""
    _with(ws, _meting(indicator, f"jaar: {jaar}", waarde, eenheid))
    row = _one(run, indicator, "--peildatum", "2026-01-01")
    assert (row["stoplicht"], row["doel_tekst"]) == (licht, doel)


def test_no_colour_in_a_year_without_target(run, ws):
    """2024 has no target for the vrije toewijzingsruimte (to be set in 2023): no colour."""
    _with(ws, _meting("vrije-toewijzingsruimte", "jaar: 2024", "12", "procent"))
    row = _one(run, "vrije-toewijzingsruimte", "--peildatum", "2025-01-01")
    assert (row["stoplicht"], row["toelichting"]) == (None, "geen doel voor 2024")
    line = next(ln for ln in run("monitor", "--peildatum", "2025-01-01").out.splitlines()
                if ln.startswith("1.1.12"))
    assert line.split()[-7:] == ["12%", "2024", "–", "geen", "doel", "voor", "2024"]


def test_relative_target_names_the_missing_reference_figure(run, ws):
    """'Op peil 2021' without the 2021 figure says which figure is missing and how to add it."""
    _with(ws, _meting("sociale-voorraad", "jaar: 2023", "5010", "woningen"))
    row = _one(run, "sociale-voorraad", "--peildatum", "2024-01-01")
    assert row["stoplicht"] is None
    assert row["toelichting"] == ("het cijfer van 2021 ontbreekt (doel: op peil 2021); leg het "
                                  "vast met pa meet sociale-voorraad --jaar 2021")


def test_relative_target_against_the_reference_figure(run, ws):
    """With the 2021 figure recorded, 'op peil 2021' is that number: less is oranje or rood."""
    _with(ws, _meting("sociale-voorraad", "jaar: 2021", "5000", "woningen"),
          _meting("sociale-voorraad", "jaar: 2022", "5010", "woningen"),
          _meting("sociale-voorraad", "jaar: 2023", "4900", "woningen"))
    row = _one(run, "sociale-voorraad", "--peildatum", "2024-01-01")
    assert (row["waarde"], row["doel"], row["doel_tekst"], row["stoplicht"]) == (
        4900, 5000, "≥ peil 2021 (5.000 woningen)", "oranje")
    assert _one(run, "sociale-voorraad", "--peildatum", "2023-06-01")["stoplicht"] == "groen"


def test_target_without_year_is_groen_once_met_and_otherwise_colourless(run, ws):
    """The flexibele schil of 80 ('de komende jaren') is never rood, only groen once reached."""
    _with(ws, _meting("flexibele-schil", "jaar: 2023", "40", "woningen"),
          _meting("flexibele-schil", "jaar: 2024", "80", "woningen"))
    row = _one(run, "flexibele-schil", "--peildatum", "2024-01-01")
    assert (row["stoplicht"], row["toelichting"]) == (None, "doel zonder jaartal, nog niet "
                                                      "gehaald")
    assert _one(run, "flexibele-schil", "--peildatum", "2025-01-01")["stoplicht"] == "groen"


def test_series_per_corporatie_and_huurklasse(run, ws):
    """Bijlage 1's voorraad has one line per corporatie and huurklasse, in the sector's order."""
    _with(ws, *[_meting("voorraad-huurklasse", "peildatum: 2022-01-01", str(n), "woningen",
                        f"    corporatie: {c}\n    huurklasse: {k}\n")
                for c, k, n in [("wzv", "betaalbaar", 10), ("Clavis", "vrije sector", 3),
                                ("clavis", "goedkoop", 7)]])
    rows = _rows(run, "--peildatum", "2022-02-01")
    got = [(r["reeks"], r["waarde"], r["stoplicht"]) for r in rows
           if r["indicator"] == "voorraad-huurklasse"]
    assert got == [("Clavis, goedkoop", 7, None), ("Clavis, vrije sector", 3, None),
                   ("WZV, betaalbaar", 10, None)]


def test_peildatum_decides_which_measurements_count(run, ws):
    """A jaar counts from that year on; a peildatum from that day on; the latest one is shown."""
    _with(ws, _meting("aanbod-regulier", "jaar: 2022", "90", "procent"),
          _meting("aanbod-regulier", "peildatum: 2023-07-01", "70", "procent"))
    assert _one(run, "aanbod-regulier", "--peildatum", "2023-06-30")["waarde"] == 90
    assert _one(run, "aanbod-regulier", "--peildatum", "2023-07-01")["waarde"] == 70


def test_markdown_and_csv(run, ws):
    """Markdown gives a table with a bold heading; CSV has a BOM and ';' for Dutch Excel."""
    _with(ws, _meting("aanbod-regulier", "jaar: 2023", "82.5", "procent"))
    md = run("monitor", "-f", "md", "--peildatum", "2024-01-01").out.splitlines()
    assert md[0] == "**Monitor (afspraak 5.8) op 1 januari 2024**"
    assert md[2] == ("| afspraak | id | indicator | reeks | meting | jaar | doel | stoplicht "
                     "| toelichting |")
    assert ("| 1.1.14 | aanbod-regulier | Vrijkomend aanbod voor reguliere woningzoekenden |  "
            "| 82,5% | 2023 | ≥ 80% | groen |  |") in md
    csv = run("monitor", "-f", "csv", "--peildatum", "2024-01-01").out
    assert csv.startswith("\ufeffindicator;afspraak;naam;reeks;")
    assert "aanbod-regulier;1.1.14;Vrijkomend aanbod voor reguliere woningzoekenden;;procent;" \
           "minimaal;2023;;82.5;Test;80;≥ 80%;;groen;" in csv


def test_unknown_format_is_a_usage_error(run, ws):
    """--format pdf is not a monitor format: exit 2 with the choices."""
    r = run("monitor", "--format", "pdf")
    assert r.code == 2
    assert r.err == "pa: --format 'pdf' bestaat niet; kies uit: table, json, csv, md\n"
