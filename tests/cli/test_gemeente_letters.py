"""A second, fictional gemeente in pa's format (issue 18, part 1): other parties, themes and
afspraken with letters (A, A1, a second action A1b), one-year agendas (agenda-2026.yaml), no
`cyclus:`, no `regels:`, no verlenging, no indicatoren.yaml. Every command and report runs on
it, and nothing of Terneuzen's document (names, articles, months of its cycle) appears."""

from __future__ import annotations

import re
import shutil

import pytest
from tests.conftest import FIXTURES

LETTERS = FIXTURES / "gemeenten" / "letters"
TERNEUZEN = ["Terneuzen", "Clavis", "Woongoed", "WZV", "SHB", "Bewonersraad", "5.1", "5.3",
             "5.6", "5.8", "afspraak 5", "voorjaar", "najaar", "april", "oktober", "twee jaar"]


@pytest.fixture
def data(tmp_path, monkeypatch):
    target = tmp_path / "data"
    shutil.copytree(LETTERS, target)
    monkeypatch.chdir(tmp_path)
    return target


def _clean(text: str) -> None:
    found = [w for w in TERNEUZEN if re.search(rf"(?<![\d.]){re.escape(w)}(?![\d])", text,
                                               re.IGNORECASE)]
    assert not found, (found, text)


COMMANDS = [
    ["validate"], ["validate", "--format", "json"],
    ["status", "--peildatum", "2026-09-15"], ["status", "--peildatum", "2027-06-01", "--alles"],
    ["status", "--peildatum", "2027-06-01", "--voor-overleg"],
    ["status", "--peildatum", "2027-06-01", "--format", "md"],
    ["overdue", "--peildatum", "2027-06-01"], ["monitor", "--peildatum", "2027-06-01"],
    ["toon", "A1b", "--peildatum", "2026-09-15"],
    ["kalender", "--van", "2026-01-01"], ["kalender", "--van", "2028-06-01", "--format", "md"],
    ["wijzigingen", "--sinds", "2026-01-01"],
    ["schema", "-o", "schemas"],
] + [["report", naam, "--peildatum", peil, "--format", fmt]
     for naam in ("handout", "stoplicht", "agenda") for fmt in ("md", "html")
     for peil in ("2026-09-15", "2027-06-01")]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_every_command_speaks_of_this_gemeente_only(run, data, args):
    r = run(*args, "--data", str(data))
    assert r.code in (0, 1), r.err
    assert r.out or r.err
    _clean(r.out + r.err)


# What pa writes into a set's files rather than on the screen: names and articles only (the
# JSON schemas explain termijnen with Dutch forms such as 'voor 1 april', 'najaar 2022').
NAMES_AND_ARTICLES = ["Terneuzen", "Clavis", "Woongoed", "WZV", "SHB", "Bewonersraad", "5.1",
                      "5.3", "5.6", "5.8", "5.9", "afspraak 5", "voorjaarsoverleg",
                      "najaarsoverleg"]


def _names_free(text: str) -> None:
    found = [w for w in NAMES_AND_ARTICLES if re.search(rf"(?<![\d.]){re.escape(w)}(?![\d])",
                                                         text, re.IGNORECASE)]
    assert not found, (found, text)


def test_the_json_schemas_written_for_it_cite_nothing_of_terneuzen(run, data):
    """`pa schema` writes the editor's schemas into the set: their descriptions cite no article
    or party of Terneuzen's document (they did: "afspraak 5.8", "Clavis, WZV", "Terneuzen: 2")."""
    r = run("schema", "-o", "schemas", "--data", str(data))
    assert r.code == 0, r.err
    written = sorted((data.parent / "schemas").glob("*.json"))
    assert [p.name for p in written] == ["afspraken.schema.json", "agenda.schema.json",
                                         "indicatoren.schema.json"]
    for path in written:
        _names_free(path.read_text(encoding="utf-8"))


def test_files_it_exports_speak_of_this_gemeente_only(run, data, tmp_path):
    """The workbook of `pa export`, the calendar of `pa kalender --ics` and the set `pa init`
    begins: nothing of Terneuzen's document in them."""
    import zipfile

    r = run("export", str(tmp_path / "stand.xlsx"), "--peildatum", "2026-09-15",
            "--data", str(data))
    assert r.code == 0, r.err
    with zipfile.ZipFile(tmp_path / "stand.xlsx") as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    assert "Heidehuis" in xml
    _clean(xml)
    r = run("kalender", "--van", "2026-01-01", "--tot", "2028-12-31", "--ics",
            str(tmp_path / "k.ics"), "--data", str(data))
    assert r.code == 0, r.err
    _clean(r.out + r.err + (tmp_path / "k.ics").read_text(encoding="utf-8"))
    r = run("init", str(tmp_path / "nieuw"), "--gemeente", "Veldmere", "--looptijd",
            "2026-2029", "--partij", "Woonstichting Heidehuis=Heidehuis")
    assert r.code == 0, r.err
    _clean(r.out + r.err + "".join(p.read_text(encoding="utf-8")
                                   for p in sorted((tmp_path / "nieuw").glob("*.yaml"))))


def test_writing_commands(run, data):
    r = run("set", "A1b", "-s", "gereed", "-m", "aannemer gekozen", "--datum", "2026-09-01",
            "--data", str(data))
    assert r.code == 0, r.err
    _clean(r.out + r.err)
    r = run("herstel", "2026/A1b", "--data", str(data))
    assert r.code == 0, r.err
    _clean(r.out + r.err)
    r = run("meet", "woningen", "--waarde", "5", "--bron", "telling", "--jaar", "2025",
            "--data", str(data))
    assert r.code == 1  # no indicatoren.yaml: refused, in its own words
    _clean(r.out + r.err)
    r = run("agenda", "nieuw", "2028", "--data", str(data))
    assert r.code == 0, r.err
    _clean(r.out + r.err + (data / "agenda-2028.yaml").read_text(encoding="utf-8"))
    r = run("agenda", "nieuw", "2029-2030", "--data", str(data))
    assert r.code == 0, r.err  # without regels.agenda.jaren any span is the data's choice
    r = run("validate", "--data", str(data))
    _clean(r.out + r.err)


def test_handout_is_for_the_day_given_and_invents_no_overleg(run, data):
    r = run("report", "handout", "--peildatum", "2027-06-01", "--overleg", "2027-06-15",
            "--data", str(data))
    assert r.out.startswith("# Hand-out\n")
    assert "- **Datum overleg:** 15 juni 2027\n" in r.out
    assert "Volgend overleg" not in r.out
    assert ("Geen acties met een termijn tussen 1 juni 2027 en het einde van de marge van 8 "
            "weken (10 augustus 2027).") in r.out
    r = run("report", "handout", "--overleg", "voorjaar 2027", "--data", str(data))
    assert r.code == 2
    assert "afspraken.yaml noemt geen overleggen (cyclus:); geef de datum" in r.err


HEAD = ("nr   onderwerp  actie                trekker    termijn           uiterlijk   status  "
        "stoplicht  te laat")
OVERDUE_2026 = "\n".join([
    "Stand op 15 september 2026, agenda 2026, trekker Heidehuis", "", HEAD,
    "A1              Bouwplan opstellen   Heidehuis  1 juni 2026       01-06-2026  open    rood"
    "       106 dagen",
    "A1b             Aannemer selecteren  Heidehuis  1 september 2026  01-09-2026  lopend  rood"
    "       14 dagen", "",
    "2 acties: 2 rood, 0 oranje, 0 groen, 0 grijs (oranje: termijn binnen 8 weken)", ""])

OVERDUE_2027 = "\n".join([
    "Stand op 1 juni 2027, agenda 2027 (concept: nog niet vastgesteld), trekker De Linde", "",
    "nr  onderwerp  actie                             trekker   termijn     uiterlijk   status  "
    "stoplicht  te laat",
    "B1             Huurders informeren over de bouw  De Linde  1 mei 2027  01-05-2027  open    "
    "rood       31 dagen", "",
    "1 actie: 1 rood, 0 oranje, 0 groen, 0 grijs (oranje: termijn binnen 8 weken)", ""])


def test_overdue_per_trekker_on_two_peildata(run, data):
    r = run("status", "--te-laat", "--trekker", "Heidehuis", "--peildatum", "2026-09-15",
            "--data", str(data))
    assert r.out == OVERDUE_2026
    r = run("status", "--te-laat", "--trekker", "De Linde", "--peildatum", "2027-06-01",
            "--data", str(data))
    assert r.out == OVERDUE_2027


@pytest.mark.parametrize("command", [
    ["validate"], ["schema"], ["status"], ["overdue"], ["monitor"], ["meet"], ["set"],
    ["herstel"], ["report"], ["export"], ["kalender"], ["wijzigingen"], ["toon"], ["init"],
    ["agenda", "nieuw"], ["import", "agenda"], ["import", "afspraken"]])
def test_help_names_no_article_or_party_of_terneuzen(run, command):
    """The help a second gemeente reads cites no afspraak 5.x, party or month of Terneuzen's
    cycle (the termijn forms 'najaar 2023' in other help texts are Dutch, not Terneuzen's)."""
    r = run(*command, "--help")
    assert r.code == 0
    found = [w for w in ("5.6", "5.8", "afspraak 5", "Clavis", "WZV", "1 april", "1 oktober",
                         "voorjaarsoverleg") if w in r.out]
    assert not found, (found, r.out)
