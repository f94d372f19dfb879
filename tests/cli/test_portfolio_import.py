"""`pa import agenda` and `pa import afspraken` in a portfolio (issue 18, part 2): like `pa
agenda nieuw`, each writes to exactly one set, named by --gemeente or by the set folder the
working directory is in; otherwise pa refuses with the whole command for each set."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

DOCX = FIXTURES / "import" / "afspraken.docx"
CSV = ("Nr.;Onderwerp;Actie;Trekker;Termijn;Status\n"
       "1a;;Starterswoningen opleveren;KWD;1 maart 2027;open\n")


@pytest.fixture
def pf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture portfolio and a CSV agenda for Polderdam; the current directory its root."""
    root = tmp_path / "kust"
    shutil.copytree(FIXTURES / "portefeuille", root)
    (root / "agenda.csv").write_text(CSV, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def test_import_agenda_without_a_set_is_refused_with_the_choices(run, pf: Path) -> None:
    before = sorted(p.name for p in pf.rglob("*"))
    r = run("import", "agenda", "agenda.csv", "--jaren", "2027-2028", "--kolom", "actie=C")
    assert (r.code, r.out) == (1, "")
    assert r.err == (
        "pa: geweigerd: pa import agenda agenda.csv werkt op één set van de portefeuille; kies "
        "er één:\n"
        "  pa import agenda agenda.csv --jaren 2027-2028 --kolom actie=C --gemeente duinwijk\n"
        "  pa import agenda agenda.csv --jaren 2027-2028 --kolom actie=C --gemeente havenstad\n"
        "  pa import agenda agenda.csv --jaren 2027-2028 --kolom actie=C --gemeente polderdam\n")
    assert sorted(p.name for p in pf.rglob("*")) == before


def test_import_agenda_into_the_set_named(run, pf: Path) -> None:
    r = run("import", "agenda", "agenda.csv", "--jaren", "2027-2028", "--gemeente", "Polderdam")
    assert r.code == 0, r.err
    assert r.out == ("geschreven: polderdam/agenda-2027-2028.yaml (1 rijen, waarvan 0 zonder "
                     "actie)\n")
    assert run("validate").code == 0


def test_import_agenda_in_the_set_folder(run, pf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(pf / "polderdam")
    r = run("import", "agenda", "../agenda.csv", "--jaren", "2027-2028")
    assert r.code == 0, r.err
    assert (pf / "polderdam" / "agenda-2027-2028.yaml").is_file()


def test_import_agenda_with_an_unknown_set(run, pf: Path) -> None:
    r = run("import", "agenda", "agenda.csv", "--jaren", "2027-2028", "--gemeente", "polderdamm")
    assert (r.code, r.out) == (2, "")
    assert r.err == ("pa: --gemeente 'polderdamm' is geen set van deze portefeuille; bedoelt u "
                     "'polderdam'? Sets: duinwijk, havenstad, polderdam\n")


def test_import_afspraken_without_a_set_is_refused_with_the_choices(run, pf: Path) -> None:
    r = run("import", "afspraken", str(DOCX), "--droog")
    assert (r.code, r.out) == (1, "")
    assert r.err.splitlines() == [
        "pa: geweigerd: pa import afspraken " + str(DOCX) + " werkt op één set van de "
        "portefeuille; kies er één:",
        *(f"  pa import afspraken {DOCX} --droog --gemeente {s}"
          for s in ("duinwijk", "havenstad", "polderdam"))]


def test_import_afspraken_into_the_set_named(run, pf: Path) -> None:
    """Terneuzen's document in a set begun with pa init in the portfolio: the set named gets
    them; a set that has afspraken keeps them without --vervang."""
    r = run("init", "--gemeente", "Terneuzen", "--looptijd", "2022-2025", "--partij", "Clavis",
            "--partij", "Woongoed Zeeuws-Vlaanderen=WZV", "--partij", "SHB", "--partij",
            "Bewonersraad Clavis", "--groep", "Corporaties=Clavis,WZV", "--groep",
            "Huurdersorganisaties=SHB,Bewonersraad Clavis")
    assert r.code == 0, r.err
    r = run("import", "afspraken", str(DOCX), "--gemeente", "terneuzen")
    assert r.code == 0, r.err
    assert r.out == "bijgewerkt: terneuzen/afspraken.yaml (5 thema's, 55 afspraken)\n"
    r = run("import", "afspraken", str(DOCX), "--gemeente", "polderdam")
    assert (r.code, r.out) == (1, "")
    assert r.err.startswith("pa: geweigerd: polderdam/afspraken.yaml heeft al afspraken; pa "
                            "overschrijft ze niet.")
