"""`pa import agenda` of a file whose trekkers are not the set's: one problem per unknown name.

Another gemeente's agenda names its own parties in every row; pa says once per name which cells
name it, with the suggestion once, instead of a line per cell.
"""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXTURES
from pa_cli.edit.cellen import places_text

LETTERS = FIXTURES / "gemeenten" / "letters"
KIES = "; kies uit: Gemeente, Heidehuis, De Linde"
ALIAS = "of voeg de naam als alias toe aan de partij in afspraken.yaml"


@pytest.fixture
def letters(tmp_path, monkeypatch):
    """The fictional gemeente Veldmere (tests/fixtures/gemeenten/letters) in tmp_path/data."""
    shutil.copytree(LETTERS, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_terneuzens_agenda_imported_in_another_gemeente_names_each_unknown_trekker_once(
        run, letters):
    shutil.copy(FIXTURES / "import" / "bijlage2.xlsx", letters / "agenda.xlsx")
    before = sorted(p.name for p in (letters / "data").iterdir())
    r = run("import", "agenda", "agenda.xlsx", "--jaren", "2028")
    assert r.code == 1
    assert r.err.splitlines() == [
        "agenda.xlsx:Agenda!D6, D8, D9 en 19 andere: fout PA122: trekker 'Corporaties' is geen "
        f"partij of groep van deze afspraken{KIES}. Pas de cellen aan, {ALIAS}",
        "agenda.xlsx:Agenda!D34: fout PA122: trekker 'WZV' is geen partij of groep van deze "
        f"afspraken{KIES}. Pas de cel aan, {ALIAS}",
        "agenda.xlsx:Agenda!D39: fout PA122: trekker 'Huurdersorganisaties' is geen partij of "
        f"groep van deze afspraken{KIES}. Pas de cel aan, {ALIAS}",
        "agenda.xlsx:Agenda!D41: fout PA122: trekker 'Clavis' is geen partij of groep van deze "
        f"afspraken{KIES}. Pas de cel aan, {ALIAS}",
        "pa: niets geschreven: 4 fouten in agenda.xlsx",
    ]
    assert sorted(p.name for p in (letters / "data").iterdir()) == before


def test_a_csv_names_its_cells_by_row_and_a_name_in_other_letters_is_the_same_name(run, letters):
    (letters / "agenda.csv").write_text(
        "Nr.;Actie;Trekker\n"
        "A1;Plan;Heidehuis en Corporaties\n"
        "A1;Overleg;corporaties\n"
        "A2;Bouw;Gemeente\n"
        "A2;Meten;Woningcorporatie, CORPORATIES\n"
        "B1;Delen;Corporaties\n", encoding="utf-8")
    r = run("import", "agenda", "agenda.csv", "--jaren", "2028")
    assert r.code == 1
    assert r.err.splitlines() == [
        "agenda.csv:2, kolom C; 3, kolom C; 5, kolom C en 6, kolom C: fout PA122: trekker "
        f"'Corporaties' is geen partij of groep van deze afspraken{KIES}. Pas de cellen aan, "
        f"{ALIAS}",
        "agenda.csv:5, kolom C: fout PA122: trekker 'Woningcorporatie' is geen partij of groep "
        f"van deze afspraken{KIES}. Pas de cel aan, {ALIAS}",
        "pa: niets geschreven: 2 fouten in agenda.csv",
    ]


@pytest.mark.parametrize("places, shown", [
    (["a.xlsx:Blad1!D7"], "a.xlsx:Blad1!D7"),
    (["a.xlsx:Blad1!D7", "a.xlsx:Blad1!D12"], "a.xlsx:Blad1!D7 en D12"),
    (["a.xlsx:Blad1!D7", "a.xlsx:Blad2!D9", "a.xlsx:Blad1!D12"],
     "a.xlsx:Blad1!D7, Blad2!D9 en Blad1!D12"),
    ([f"a.xlsx:Blad1!D{r}" for r in range(7, 11)], "a.xlsx:Blad1!D7, D8, D9 en D10"),
    ([f"a.xlsx:Blad1!D{r}" for r in range(7, 24)], "a.xlsx:Blad1!D7, D8, D9 en 14 andere"),
    (["b.docx: tabel 1, rij 3, kolom 4", "b.docx: tabel 2, rij 3, kolom 4"],
     "b.docx: tabel 1, rij 3, kolom 4 en tabel 2, rij 3, kolom 4"),
    (["b.docx: tabel 1, rij 3, kolom 4", "b.docx: tabel 1, rij 13, kolom 4",
      "b.docx: tabel 1, rij 14, kolom 4"],
     "b.docx: tabel 1, rij 3, kolom 4; rij 13, kolom 4 en rij 14, kolom 4"),
])
def test_the_cells_of_one_name_are_listed_short(places, shown):
    assert places_text(places) == shown


_FORMATS = [  # the places one file gives: a workbook, a CSV, a Word document
    st.builds("a.xlsx:{}!{}{}".format, st.sampled_from(["Blad1", "Blad2"]),
              st.sampled_from("CDE"), st.integers(1, 200)),
    st.builds("a.csv:{}, kolom {}".format, st.integers(1, 200), st.sampled_from("CD")),
    st.builds("a.docx: tabel {}, rij {}, kolom {}".format, st.integers(1, 3),
              st.integers(1, 60), st.integers(1, 5))]


@given(st.sampled_from(_FORMATS).flatmap(
    lambda place: st.lists(place, min_size=1, max_size=30, unique=True)))
def test_each_cell_listed_reads_back_to_its_place_and_the_rest_are_counted(places):
    """The first cell in full; each next one without the part it shares with the one before
    (so a reader can complete it); at most three and a count when there are more than four."""
    text = places_text(places)
    head, _, last = text.rpartition(" en ")
    sep = "; " if any(", " in p for p in places) else ", "
    parts = (head.split(sep) + [last]) if head else [last]
    assert parts[0] == places[0]
    if len(places) > 4:
        assert parts[3:] == [f"{len(places) - 3} andere"]
        parts = parts[:3]
    assert len(parts) == (len(places) if len(places) <= 4 else 3)
    for before, place, part in zip(places, places[1:], parts[1:]):
        shared = len(place) - len(part)
        assert place.endswith(part) and place[:shared] == before[:shared]
