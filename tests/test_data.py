"""The shipped data is the seed document's, word for word, complete, and linked correctly."""

from __future__ import annotations

import re

import pytest

from conftest import DATA, FIXTURES
from pa_cli.check.validate import validate
from pa_cli.load.dataset import load

SEED = FIXTURES / "bron" / "prestatieafspraken-terneuzen-2022-2025.txt"
# Cells of the Trekker column that the PDF extraction dropped into the middle of a text.
TREKKER_CELLS = {"Corporaties", "Gemeente", "Corporaties en gemeente"}


@pytest.fixture(scope="module")
def ds():
    dataset = load(DATA)
    assert not [p for p in validate(dataset) if p.severity == "fout"]
    return dataset


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seed() -> str:
    """The seed as one line: page numbers and stray trekker cells out, bullets and breaks folded."""
    lines = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        bare = line.strip()
        if not bare or re.fullmatch(r"\d{1,2}", bare) or bare in TREKKER_CELLS:
            continue
        lines.append(re.sub(r"^\s*[§•]\s*", "", line))
    text, previous = "", ""
    for line in lines:  # "Zeeuws-\nVlaanderen" joins tight; "niet- \nreguliere" keeps its space
        joiner = "" if previous.endswith("-") and not previous.endswith(" -") else " "
        text, previous = text + joiner + line.strip(), line
    return _squash(text)


def _texts(ds) -> list[tuple[str, str]]:
    """(where, text) for every text in the data that the seed must contain."""
    out = []

    def blocks(where, bs):
        for b in bs:
            for k in ("kop", "tekst", "slot"):
                if getattr(b, k):
                    out.append((f"{where} {k}", getattr(b, k)))
            out.extend((f"{where} punt", p) for p in b.punten)
            blocks(where, b.onderdelen)

    a = ds.afspraken
    blocks("inleiding", a.inleiding)
    out.append(("verlenging", a.looptijd.verlenging))
    for o in a.ondertekening.ondertekenaars:
        out += [("ondertekenaar", o.naam), ("functie", o.functie)]
    for t in a.themas:
        out.append((f"thema {t.nr}", t.titel))
        blocks(f"thema {t.nr}", t.teksten)
        blocks(f"thema {t.nr} slot", t.slot)
        for s in t.secties:
            out.append((f"sectie {s.nr}", s.titel))
        for af in t.alle_afspraken():
            out.append((f"afspraak {af.nr} tekst", af.tekst))
            if af.onderwerp:
                out.append((f"afspraak {af.nr} onderwerp", af.onderwerp))
    for m in a.cyclus:  # the moment's own words; its naam is pa's label, not a quotation
        out.append((f"moment {m.id} wat", m.wat))
    for agenda in ds.agendas:
        out += [("agenda bijlage", agenda.bijlage), ("agenda inleiding", agenda.inleiding)]
        for r in agenda.rijen:
            if r.actie:
                out.append((f"rij {r.nr} actie", r.actie))
            if r.onderwerp:
                out.append((f"rij {r.nr} onderwerp", r.onderwerp))
            if r.termijn:
                out.append((f"rij {r.nr} termijn", r.termijn.tekst))
    return out


def test_every_text_is_the_seeds_word_for_word(ds, seed):
    """Each text (bullet markers and line breaks aside) occurs verbatim in the seed."""
    missing = []
    for where, text in _texts(ds):
        flat = _squash(re.sub(r"(?m)^- ", "", text))
        if flat not in seed:
            missing.append(where)
    assert missing == []


def test_faithfulness_check_can_fail(seed):
    """The check above notices a changed word (so it is not vacuous)."""
    assert _squash("De sociale voorraad blijft in de periode 2022-2025 minimaal op peil") in seed
    changed = "De sociale voorraad blijft in de periode 2022-2026 minimaal op peil"
    assert _squash(changed) not in seed


def test_all_55_afspraken_in_order(ds):
    """Every afspraak of the document is there, in the document's order."""
    expected = ([f"1.1.{i}" for i in range(1, 15)] + [f"1.2.{i}" for i in range(1, 4)]
                + [f"2.{i}" for i in range(1, 9)] + [f"3.{i}" for i in range(1, 10)]
                + [f"4.{i}" for i in range(1, 13)] + [f"5.{i}" for i in range(1, 10)])
    assert [a.nr for a in ds.afspraken.alle_afspraken()] == expected


def test_all_54_agenda_rows_with_the_11_empty_ones(ds):
    """Bijlage 2 has 54 rows; the 11 the document keeps empty on purpose are there, empty."""
    rows = ds.agendas[0].rijen
    assert len(rows) == 54
    empty = [r.nr for r in rows if not r.is_actie]
    assert empty == ["1.2.1", "2.2", "2.3", "2.4", "4.6", "4.8", "4.11", "5.2", "5.5", "5.6",
                     "5.7"]
    assert all(r.status == "open" for r in rows if r.is_actie)
    assert all(not (r.trekker or r.termijn or r.status) for r in rows if not r.is_actie)


def test_termijnen_exactly_as_printed(ds):
    """The termijn column holds the document's words, and only those."""
    termijnen = {r.nr: r.termijn.tekst for r in ds.agendas[0].rijen if r.termijn}
    assert termijnen == {
        "1.1.2": "najaar 2022", "1.1.3": "najaar 2022", "1.1.5": "2023", "1.1.9": "eind 2022",
        "1.1.10": "2022/2023", "2.1": "2022", "2.7": "vanaf 2023", "2.8": "2023",
        "3.3": "juni 2022", "3.5": "2022", "3.6": "2022", "3.7": "2023", "3.8": "2022",
        "4.1": "2022", "4.2": "2022 en 2023", "4.3": "2023", "4.4": "2023", "4.5": "2023",
        "4.7": "2023", "4.9": "2022", "5.1": "2022", "5.3": "voorjaar 2023",
        "5.4": "2022 en 2023",
    }


def test_swapped_numbers_link_to_the_right_afspraak(ds):
    """The agenda prints Verkoop as 1.1.5 and faster new building as 1.1.6: the links are fixed."""
    rows = {r.nr: r for r in ds.agendas[0].rijen}
    by_nr = {a.nr: a for a in ds.afspraken.alle_afspraken()}
    assert rows["1.1.5"].afspraak_nr == "1.1.6" and by_nr["1.1.6"].onderwerp == "Verkoop"
    assert rows["1.1.6"].afspraak_nr == "1.1.5"
    assert "meer snelheid" in by_nr["1.1.5"].tekst and "meer snelheid" in rows["1.1.6"].actie


def test_parties_and_groups(ds):
    """Five parties with their short names; Corporaties and Huurdersorganisaties as groups."""
    a = ds.afspraken
    assert [(p.kort, p.naam) for p in a.partijen] == [
        ("Gemeente", "Gemeente Terneuzen"), ("Clavis", "Clavis"),
        ("WZV", "Woongoed Zeeuws-Vlaanderen"), ("SHB", "huurdersorganisatie SHB"),
        ("Bewonersraad Clavis", "Bewonersraad Clavis")]
    assert {g.naam: g.leden for g in a.groepen} == {
        "Corporaties": ["clavis", "wzv"], "Huurdersorganisaties": ["shb", "bewonersraad-clavis"]}
    assert str(a.looptijd.van) == "2022-01-01" and str(a.looptijd.tot_en_met) == "2025-12-31"
    assert str(a.ondertekening.datum) == "2022-09-19"
    assert len(a.ondertekening.ondertekenaars) == 5


def test_each_data_file_names_its_schema():
    """Editors find the JSON Schema from the first line of each data file."""
    for name, schema in [("afspraken.yaml", "afspraken"), ("agenda-2022-2023.yaml", "agenda")]:
        first = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=schemas/{schema}.schema.json"
        assert (DATA / "schemas" / f"{schema}.schema.json").is_file()
