"""Numbers in the document's order wherever pa orders them (issue 18, part 1): digits by value,
letters by the alphabet, roman numerals by value when a set numbers its themes so, a second
action after its afspraak. `pa status` keeps the agenda's order; `pa kalender` orders the
termijnen of one day by their number, not by the text ('A10' came before 'A2', 'IX.1' before
'V.1')."""

from __future__ import annotations

import pytest

LETTERS = """\
titel: Afspraken Brakel
gemeente: Brakel
looptijd: {van: 2026-01-01, tot_en_met: 2027-12-31}
partijen:
  - {id: gemeente, naam: Gemeente Brakel, kort: Gemeente}
themas:
  - nr: "A"
    titel: Wonen
    afspraken:
      - {nr: "A1", tekst: Een., trekker: [Gemeente]}
      - {nr: "A2", tekst: Twee., trekker: [Gemeente]}
      - {nr: "A10", tekst: Tien., trekker: [Gemeente]}
  - nr: "B"
    titel: Zorg
    afspraken:
      - {nr: "B1", tekst: Een., trekker: [Gemeente]}
"""

ROMEINS = LETTERS.replace('"A"', '"V"').replace('"B"', '"IX"').replace(
    '"A1"', '"V.1"').replace('"A2"', '"V.2"').replace('"A10"', '"V.10"').replace(
    '"B1"', '"IX.1"')


def _row(nr: str, actie: str, termijn: str = "1 juni 2026") -> str:
    return (f'  - nr: "{nr}"\n    actie: {actie}\n    trekker: [Gemeente]\n'
            f"    termijn: {termijn}\n    status: open\n")


@pytest.fixture
def letters(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "afspraken.yaml").write_text(LETTERS, encoding="utf-8")
    (data / "agenda-2026.yaml").write_text(
        "titel: Jaarschijf 2026\nvastgesteld: 2026-01-15\nrijen:\n" + _row("A1", "Eerste")
        + _row("A1b", "Tweede bij A1") + _row("A2", "Derde") + _row("A10", "Vierde")
        + _row("B1", "Vijfde"), encoding="utf-8")
    return data


@pytest.fixture
def romeins(tmp_path):
    data = tmp_path / "romeins"
    data.mkdir()
    (data / "afspraken.yaml").write_text(ROMEINS, encoding="utf-8")
    (data / "agenda-2026.yaml").write_text(
        "titel: Jaarschijf 2026\nvastgesteld: 2026-01-15\nrijen:\n" + _row("V.1", "Eerste")
        + _row("V.2", "Tweede") + _row("V.10", "Derde") + _row("V.10b", "Vierde")
        + _row("IX.1", "Vijfde"), encoding="utf-8")
    return data


def _first_words(text: str, start: int) -> list[str]:
    return [line.split()[0] for line in text.splitlines()[start:] if line.strip()][:5]


def test_status_in_the_documents_order_for_letters(run, letters):
    r = run("status", "--peildatum", "2026-03-01", "--data", str(letters))
    assert r.code == 0, r.err
    assert _first_words(r.out, 3) == ["A1", "A1b", "A2", "A10", "B1"]


def test_kalender_orders_one_days_termijnen_by_number_for_letters(run, letters):
    r = run("kalender", "--van", "2026-05-01", "--tot", "2026-06-30", "--data", str(letters))
    assert r.code == 0, r.err
    rows = [line.split("termijn actie")[1].split()[0] for line in r.out.splitlines()
            if "termijn actie" in line]
    assert rows == ["A1", "A1b", "A2", "A10", "B1"]


def test_kalender_orders_roman_themes_by_value(run, romeins):
    r = run("kalender", "--van", "2026-05-01", "--tot", "2026-06-30", "--data", str(romeins),
            "--format", "json")
    assert r.code == 0, r.err
    import json
    names = [i["naam"].split()[0] for i in json.loads(r.out)["items"]]
    assert names == ["V.1", "V.2", "V.10", "V.10b", "IX.1"]


def test_a_portfolio_calendar_keeps_each_sets_order(letters, romeins):
    """`pa kalender --ics` over a portfolio (query.kalender.samen): one day's termijnen per
    gemeente, each in its own set's order, the gemeenten by name."""
    from datetime import date

    from pa_cli.load.dataset import load
    from pa_cli.query.kalender import kalender, samen

    van, tot = date(2026, 5, 1), date(2026, 6, 30)
    parts = [("Veldhoven", kalender(load(romeins), van, tot, [])),
             ("Brakel", kalender(load(letters), van, tot, []))]
    k = samen("Portefeuille", parts)
    assert [g.naam.split()[:2] for g in k.items] == [
        ["Brakel:", "A1"], ["Brakel:", "A1b"], ["Brakel:", "A2"], ["Brakel:", "A10"],
        ["Brakel:", "B1"], ["Veldhoven:", "V.1"], ["Veldhoven:", "V.2"], ["Veldhoven:", "V.10"],
        ["Veldhoven:", "V.10b"], ["Veldhoven:", "IX.1"]]
