"""`pa import afspraken`: Terneuzen's afspraken from a Word document with a numbered heading
and a table per thema or section (tests/fixtures/import/afspraken.docx, made by LibreOffice)."""

from __future__ import annotations

from conftest import AFSPRAKEN, DATA, FIXTURES
from pa_cli.load.dataset import load

DOCX = FIXTURES / "import" / "afspraken.docx"


def _afspraken(directory):
    a = load(directory).afspraken
    return ([(t.nr, t.titel, [(s.nr, s.titel) for s in t.secties]) for t in a.themas],
            [(x.nr, x.onderwerp, x.tekst, list(x.trekker)) for t in a.themas
             for x in [*t.afspraken, *(y for s in t.secties for y in s.afspraken)]])


def test_the_document_imports_to_the_shipped_afspraken(run, ws):
    r = run("import", "afspraken", str(DOCX), "--vervang")
    assert r.code == 0, r.err
    assert r.out == "bijgewerkt: data/afspraken.yaml (5 thema's, 55 afspraken)\n"
    themes, afspraken = _afspraken(ws.data)
    shipped_themes, shipped = _afspraken(DATA)
    assert themes == shipped_themes
    assert len(afspraken) == 55 and afspraken == shipped
    text = ws.read(AFSPRAKEN)
    assert text.startswith("# yaml-language-server") and "\nregels:\n" in text  # the rest stays
    assert run("validate").code == 0


def test_existing_afspraken_are_replaced_only_with_vervang(run, ws):
    before = ws.snapshot()
    r = run("import", "afspraken", str(DOCX))
    assert r.code == 1 and "heeft al afspraken; pa overschrijft ze niet" in r.err
    assert ws.snapshot() == before
    r = run("import", "afspraken", str(DOCX), "--droog")
    assert r.code == 0 and ws.snapshot() == before
    assert "\nthemas:\n  - nr: \"1\"\n    titel: Beschikbaarheid en betaalbaarheid\n" in r.out


def test_after_pa_init_the_afspraken_go_in_without_vervang(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("init", "--gemeente", "Terneuzen", "--looptijd", "2022-2025", "--partij",
               "Clavis", "--partij", "Woongoed Zeeuws-Vlaanderen=WZV", "--partij", "SHB",
               "--partij", "Bewonersraad Clavis", "--groep", "Corporaties=Clavis,WZV",
               "--groep", "Huurdersorganisaties=SHB,Bewonersraad Clavis").code == 0
    r = run("import", "afspraken", str(DOCX))
    assert r.code == 0, r.err
    assert _afspraken(tmp_path / "data")[1] == _afspraken(DATA)[1]
    r = run("import", "agenda", str(FIXTURES / "import" / "bijlage2.docx"), "--jaren",
            "2022-2023")
    assert r.code == 0, r.err
    assert run("validate").code == 0


def test_what_cannot_be_placed_is_named(run, ws):
    """The Bijlage's table read as afspraken: its section rows stand under no thema heading,
    and it has no Trekker column; each is named by its place."""
    from pa_cli.edit.afspraken_import import read_afspraken

    ds = load(ws.data)
    koppen, items, problems = read_afspraken(ds, FIXTURES / "import" / "bijlage2.docx",
                                             "bijlage2.docx")
    where = {(p.file, p.code) for p in problems}
    assert ("bijlage2.docx: tabel 1, rij 2", "PA127") in where  # "1.1 Beschikbaarheid"
    assert ("bijlage2.docx: tabel 1, rij 3", "PA127") in where  # 1.1.1 under it
    assert ("bijlage2.docx: tabel 1, rij 3, kolom 3", "PA122") in where or any(
        p.code == "PA122" for p in problems)
    assert ("bijlage2.docx: tabel 1, rij 23", "PA121") in where  # 2.2: an empty row
    assert [i.nr for i in items][:2] == ["2.1", "2.5"]  # under "2 Duurzaamheid": placed
