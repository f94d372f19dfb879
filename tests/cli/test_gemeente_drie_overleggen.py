"""A fictional gemeente with three bestuurlijk overleggen a year under names of its own
(Startoverleg in februari, Tussenoverleg in juni, Begrotingsoverleg in september), of which only
the first looks back on the past year (`terugblik: true`): which overleg evaluates the year, and
how an overleg is named on the command line, come from its cycle, not from Terneuzen's."""

from __future__ import annotations

import shutil

import pytest
from tests.conftest import FIXTURES

KREEKDAL = FIXTURES / "gemeenten" / "drie-overleggen"


@pytest.fixture
def data(tmp_path, monkeypatch):
    target = tmp_path / "data"
    shutil.copytree(KREEKDAL, target)
    monkeypatch.chdir(tmp_path)
    return target


TERUGBLIK = """\
## 7. Terugblik op 2025

In het startoverleg kijken partijen terug op de prestaties van het voorgaande jaar (afspraak \
2b): de acties met een termijn in 2025 en hoe ze op 28 januari 2026 zijn afgelopen.

| thema | op tijd gereed | te laat gereed | gereed, datum onbekend | vervallen | niet gereed | \
acties |
|---|---:|---:|---:|---:|---:|---:|
| 1. Betaalbaar wonen | 1 | 0 | 0 | 0 | 1 | 2 |
| 2. Samenwerking | 0 | 1 | 0 | 0 | 0 | 1 |
| **totaal** | **1** | **1** | **0** | **0** | **1** | **3** |
"""


def test_the_overleg_the_cycle_names_looks_back(run, data):
    """The Startoverleg (februari) has the terugblik; the Tussenoverleg in juni, in the first
    half of the year too, has none: the cycle says which one evaluates the year."""
    r = run("report", "handout", "--peildatum", "2026-01-28", "--data", str(data))
    assert r.code == 0, r.err
    assert r.out.startswith("# Startoverleg 2026\n")
    assert TERUGBLIK in r.out
    assert "| 2a |  | Gemeente | 1 december 2025 | te laat gereed | 27 januari 2026 |" in r.out
    assert "\n## 8. Cijfers van de monitor\n" in r.out
    r = run("report", "handout", "--peildatum", "2026-05-01", "--data", str(data))
    assert r.code == 0, r.err
    assert r.out.startswith("# Tussenoverleg 2026\n")
    assert "Terugblik" not in r.out and "kijken partijen terug" not in r.out
    assert "\n## 7. Cijfers van de monitor\n" in r.out


def test_html_handout_names_the_overleg_that_looks_back(run, data):
    r = run("report", "handout", "--peildatum", "2026-01-28", "--format", "html",
            "--data", str(data))
    assert r.code == 0, r.err
    assert ("<h2>7. Terugblik op 2025</h2>\n<p>In het startoverleg kijken partijen terug op de "
            "prestaties van het voorgaande jaar (afspraak 2b): de acties met een termijn in 2025 "
            "en hoe ze op 28 januari 2026 zijn afgelopen.</p>") in r.out


def test_without_terugblik_no_overleg_looks_back(run, data):
    """The neutral default: a cycle that names no overleg with `terugblik: true` gets none."""
    text = (data / "afspraken.yaml").read_text(encoding="utf-8")
    (data / "afspraken.yaml").write_text(text.replace("    terugblik: true", ""),
                                         encoding="utf-8")
    r = run("report", "handout", "--peildatum", "2026-01-28", "--data", str(data))
    assert r.code == 0, r.err
    assert r.out.startswith("# Startoverleg 2026\n")
    assert "Terugblik" not in r.out


@pytest.mark.parametrize("word, meant", [("ja", "true"), ("nee", "false"), ("yes", "true"),
                                         ("Ja", "true"), ("no", "false"), ("on", "true")])
def test_terugblik_written_as_a_word(run, data, word, meant):
    text = (data / "afspraken.yaml").read_text(encoding="utf-8")
    (data / "afspraken.yaml").write_text(text.replace("    terugblik: true", "    terugblik: "
                                                      + word), encoding="utf-8")
    r = run("validate", "--data", str(data))
    assert r.code == 1
    line = 1 + text[:text.index("    terugblik: true")].count("\n")
    assert (f"data/afspraken.yaml:{line}:16: fout PA022: 'terugblik' van moment 'startoverleg' "
            f"is '{word}'; schrijf {meant} (een ja/nee-waarde is true of false)") in r.out


def test_terugblik_that_is_no_yes_or_no(run, data):
    text = (data / "afspraken.yaml").read_text(encoding="utf-8")
    (data / "afspraken.yaml").write_text(text.replace("    terugblik: true", "    terugblik: 2"),
                                         encoding="utf-8")
    r = run("validate", "--data", str(data))
    assert r.code == 1
    assert ("fout PA022: 'terugblik' van moment 'startoverleg' moet true of false zijn, maar "
            "is getal 2") in r.out


def test_only_an_overleg_looks_back(run, data):
    text = (data / "afspraken.yaml").read_text(encoding="utf-8")
    text = text.replace("    trekker: [Woonkring]\n\nthemas:",
                        "    trekker: [Woonkring]\n  - id: bod\n    naam: Bod van Woonkring\n"
                        "    afspraak: \"2b\"\n    wanneer: uiterlijk 1 juli\n    soort: termijn\n"
                        "    trekker: [Woonkring]\n    terugblik: true\n\nthemas:")
    (data / "afspraken.yaml").write_text(text, encoding="utf-8")
    r = run("validate", "--data", str(data))
    assert r.code == 1
    line = 1 + text[:text.index("  - id: bod")].count("\n") + 6
    assert (f"data/afspraken.yaml:{line}:16: fout PA081: moment bod is een termijn; alleen een "
            "overleg kan terugblikken (soort: overleg), laat 'terugblik' hier weg") in r.out


# an overleg of the cycle is its month while its day is not fixed (issue 20, point 12); a date
# given is that day
@pytest.mark.parametrize("overleg, kop, dag", [
    ("begrotingsoverleg 2026", "Begrotingsoverleg 2026", "september 2026"),
    ("Tussenoverleg 2026", "Tussenoverleg 2026", "juni 2026"),
    ("tussenoverleg  2026", "Tussenoverleg 2026", "juni 2026"),
    ("STARTOVERLEG 2026", "Startoverleg 2026", "februari 2026"),
    ("voorjaar 2026", "Startoverleg 2026", "februari 2026"),  # the first of that half year
    ("najaar 2026", "Begrotingsoverleg 2026", "september 2026"),
    ("1-6-2026", "Tussenoverleg 2026", "1 juni 2026"),
])
def test_overleg_named_by_the_cycle(run, data, overleg, kop, dag):
    """--overleg takes the id or naam of a moment with a year, as well as a half year and a
    date: the second overleg of the first half of the year can be named."""
    r = run("report", "handout", "--peildatum", "2026-12-01", "--overleg", overleg,
            "--data", str(data))
    assert r.code == 0, r.err
    assert r.out.startswith(f"# {kop}\n")
    assert f"- **Datum overleg:** {dag}\n" in r.out


def test_overleg_by_the_id_of_a_moment_whose_naam_differs(run, data):
    text = (data / "afspraken.yaml").read_text(encoding="utf-8")
    (data / "afspraken.yaml").write_text(text.replace("naam: Tussenoverleg",
                                                      "naam: Overleg over de voortgang"),
                                         encoding="utf-8")
    for name in ("tussenoverleg 2026", "overleg over de voortgang 2026"):
        r = run("report", "handout", "--peildatum", "2026-12-01", "--overleg", name,
                "--data", str(data))
        assert r.code == 0, r.err
        assert r.out.startswith("# Overleg over de voortgang 2026\n")


@pytest.mark.parametrize("overleg, close", [
    ("raadsvergadering 2026", ""),
    ("startoverlg 2026", "bedoelt u 'Startoverleg 2026'? Kies"),
])
def test_overleg_that_fits_no_moment_lists_the_cycles_own(run, data, overleg, close):
    r = run("report", "handout", "--peildatum", "2026-12-01", "--overleg", overleg,
            "--data", str(data))
    assert (r.code, r.out) == (2, "")
    naam = overleg.removesuffix(" 2026")
    assert r.err == (f"pa: --overleg '{overleg}': de cyclus in afspraken.yaml heeft geen overleg "
                     f"'{naam}'; {close or 'kies'} uit: Startoverleg 2026, Tussenoverleg 2026, "
                     "Begrotingsoverleg 2026, een halfjaar (voorjaar 2026, najaar 2026) of een "
                     "datum\n")


@pytest.mark.parametrize("overleg, peildatum, jaar", [
    ("startoverleg", "2026-12-01", "2027"),  # februari 2026 has passed: the next one
    ("Tussenoverleg", "2026-06-15", "2026"),  # in its month, its day not fixed: this one
    ("  begrotingsoverleg ", "2026-12-01", "2027"),
    ("voorjaar", "2026-03-01", "2027"),  # the first overleg of the half year, still to come
])
def test_overleg_without_a_year_says_so_with_the_command(run, data, overleg, peildatum, jaar):
    """An overleg named without its year: the year is missing, and the form to type with the
    year of the next such overleg from the peildatum."""
    r = run("report", "handout", "--peildatum", peildatum, "--overleg", overleg,
            "--data", str(data))
    assert (r.code, r.out) == (2, "")
    naam = overleg.strip()
    assert r.err == (f"pa: --overleg '{overleg}': het jaar ontbreekt; schrijf het jaar erbij, "
                     f"bijvoorbeeld --overleg \"{naam} {jaar}\"\n")


def test_a_word_that_names_no_overleg_keeps_the_accepted_forms(run, data):
    r = run("report", "handout", "--peildatum", "2026-12-01", "--overleg", "zomer",
            "--data", str(data))
    assert (r.code, r.err) == (2, "pa: --overleg 'zomer' is geen datum of overleg; schrijf "
                                  "bijvoorbeeld de naam van een overleg uit de cyclus met het "
                                  "jaar, voorjaar 2027, najaar 2026 of een datum: "
                                  + r.err.split("of een datum: ", 1)[1])


def test_terneuzens_overleggen_by_their_names(run, ws):
    """The shipped data: 'najaarsoverleg 2027' and 'voorjaarsoverleg 2027' name the moments of
    its cycle (by id and naam); 'jaaroverleg 2027' is refused with its own two overleggen."""
    for name, dag in (("najaarsoverleg 2027", "oktober 2027"),
                      ("Voorjaarsoverleg 2027", "april 2027")):
        r = run("report", "handout", "--peildatum", "2027-12-01", "--overleg", name)
        assert r.code == 0, r.err
        assert f"- **Datum overleg:** {dag}\n" in r.out
    r = run("report", "handout", "--peildatum", "2027-12-01", "--overleg", "jaaroverleg 2027")
    assert r.code == 2
    assert r.err == ("pa: --overleg 'jaaroverleg 2027': de cyclus in afspraken.yaml heeft geen "
                     "overleg 'jaaroverleg'; bedoelt u 'Najaarsoverleg 2027'? Kies uit: "
                     "Voorjaarsoverleg 2027, Najaarsoverleg 2027, een halfjaar (voorjaar 2027, "
                     "najaar 2027) of een datum\n")


def test_terneuzens_overleg_without_a_year(run, ws):
    r = run("report", "handout", "--peildatum", "2026-12-06", "--overleg", "voorjaarsoverleg")
    assert (r.code, r.err) == (2, "pa: --overleg 'voorjaarsoverleg': het jaar ontbreekt; "
                                  "schrijf het jaar erbij, bijvoorbeeld --overleg "
                                  "\"voorjaarsoverleg 2027\"\n")


def test_without_a_cycle_a_named_overleg_asks_for_the_date(run, data):
    text = (data / "afspraken.yaml").read_text(encoding="utf-8")
    start, end = text.index("cyclus:\n"), text.index("themas:\n")
    (data / "afspraken.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    r = run("report", "handout", "--overleg", "startoverleg 2026", "--data", str(data))
    assert (r.code, r.err) == (2, "pa: --overleg 'startoverleg 2026': afspraken.yaml noemt geen "
                                  "overleggen (cyclus:); geef de datum van het overleg\n")


COMMANDS = [
    ["validate"], ["status", "--peildatum", "2026-05-01"],
    ["status", "--peildatum", "2026-05-01", "--voor-overleg"], ["overdue", "--peildatum",
                                                                 "2026-08-01"],
    ["monitor", "--peildatum", "2026-05-01"], ["toon", "1bb", "--peildatum", "2026-05-01"],
    ["kalender", "--van", "2026-01-01"], ["kalender", "--van", "2026-01-01", "--format", "md"],
    ["wijzigingen", "--sinds", "2026-01-01"],
    ["report", "handout", "--overleg", "tussenoverleg 2026", "--peildatum", "2026-05-01"],
] + [["report", naam, "--peildatum", peil, "--format", fmt]
     for naam in ("handout", "stoplicht", "agenda") for fmt in ("md", "html")
     for peil in ("2026-01-28", "2026-05-01")]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_every_command_speaks_of_this_gemeente_only(run, data, args):
    """As for the gemeente numbered with letters: with a cycle of its own, no article, party or
    month of Terneuzen's document appears."""
    from tests.cli.test_gemeente_letters import _clean

    r = run(*args, "--data", str(data))
    assert r.code in (0, 1), r.err
    assert r.out or r.err
    _clean(r.out + r.err)


def test_terugblik_on_a_moment_without_soort_asks_for_the_soort(run, data):
    """An empty `soort:` is the one error; the terugblik check does not call it 'een None'."""
    text = (data / "afspraken.yaml").read_text(encoding="utf-8")
    start = text.index("    terugblik: true")
    soort = text.rindex("    soort: overleg", 0, start)
    text = text[:soort] + "    soort:" + text[soort + len("    soort: overleg"):]
    (data / "afspraken.yaml").write_text(text, encoding="utf-8")
    r = run("validate", "--data", str(data))
    assert r.code == 1
    assert "None" not in r.out and "PA081" not in r.out
    assert "'soort' van moment 'startoverleg'" in r.out
