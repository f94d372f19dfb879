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
