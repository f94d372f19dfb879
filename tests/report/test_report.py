"""`pa report`: the three built-in reports, the overleg cycle, options, errors and escaping."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date

import pytest

from conftest import AFSPRAKEN, AGENDA, DATA, REPO, TODAY
from pa_cli.base.fmt import datum_nl
from pa_cli.load.dataset import load
from pa_cli.query.cyclus import Cyclus
from pa_cli.report import context as report
from reporting import PEIL, _report


def _section(md: str, heading: str) -> str:
    """The Markdown from a `## heading` line up to the next `## `."""
    start = md.index(f"## {heading}")
    end = md.find("\n## ", start + 1)
    return md[start:] if end < 0 else md[start:end]


def _table_rows(md: str) -> list[str]:
    return [ln for ln in md.splitlines() if ln.startswith("| ")]


# -- the cycle -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cyclus():
    """The cycle of the shipped data: voorjaarsoverleg in april, najaarsoverleg in oktober."""
    return Cyclus(load(DATA).afspraken.cyclus)


@pytest.mark.parametrize("peildatum, overleg, wanneer", [
    (date(2023, 1, 15), date(2023, 4, 1), "april 2023"),
    (date(2023, 4, 1), date(2023, 4, 1), "april 2023"),
    # issue 20, point 12: its day is not known, so in April the voorjaarsoverleg may still come
    (date(2023, 4, 2), date(2023, 4, 1), "april 2023"),
    (date(2023, 4, 30), date(2023, 4, 1), "april 2023"),
    (date(2023, 5, 1), date(2023, 10, 1), "oktober 2023"),
    (date(2023, 10, 1), date(2023, 10, 1), "oktober 2023"),
    (date(2023, 12, 31), date(2024, 4, 1), "april 2024"),
])
def test_default_overleg_is_the_first_whose_month_has_not_ended(cyclus, peildatum, overleg,
                                                                 wanneer):
    """Without --overleg the overleg is the first one on or after the peildatum: known only by
    its month (april, oktober), it counts up to and including the month's last day."""
    o = cyclus.eerstvolgend(peildatum)
    assert (o.datum, o.wanneer) == (overleg, wanneer)


@pytest.mark.parametrize("overleg, naam, volgend, vorig", [
    (date(2023, 4, 1), "Voorjaarsoverleg 2023", date(2023, 10, 1), date(2022, 10, 1)),
    (date(2023, 4, 18), "Voorjaarsoverleg 2023", date(2023, 10, 1), date(2022, 10, 1)),
    (date(2023, 1, 20), "Voorjaarsoverleg 2023", date(2023, 10, 1), date(2022, 10, 1)),
    (date(2023, 7, 3), "Najaarsoverleg 2023", date(2024, 4, 1), date(2023, 4, 1)),
    (date(2023, 10, 12), "Najaarsoverleg 2023", date(2024, 4, 1), date(2023, 4, 1)),
])
def test_cycle_voorjaar_april_najaar_oktober(cyclus, overleg, naam, volgend, vorig):
    """January-June is the voorjaarsoverleg, July-December the najaarsoverleg (afspraak 5.1)."""
    o = cyclus.op(overleg)
    assert (o.naam, cyclus.na(o).datum, cyclus.vorig(o).datum) == (naam, volgend, vorig)


def test_handout_takes_the_overleg_dates_from_the_data(run, ws):
    """A werkgroep that moves its voorjaarsoverleg to maart sees that in the handout's dates;
    an overleg known by its month is that month, with a day fixed in the data (data:) that
    day (issue 20, point 12)."""
    ws.replace(AFSPRAKEN, "    wanneer: april  #", "    wanneer: maart  #")
    r = run("report", "handout", "--peildatum", "2023-02-01")
    assert r.code == 0, r.err
    assert "- **Datum overleg:** maart 2023" in r.out
    assert "- **Volgend overleg:** Najaarsoverleg 2023, oktober 2023" in r.out
    ws.replace(AFSPRAKEN, "    wanneer: maart  #", "    data: [2023-03-14, 2024-03-12]\n"
               "    wanneer: maart  #")
    r = run("report", "handout", "--peildatum", "2023-02-01")
    assert r.code == 0, r.err
    assert "- **Datum overleg:** 14 maart 2023" in r.out.splitlines()


@pytest.mark.parametrize("seizoen", ["voorjaar 2023", "Voorjaarsoverleg  2023"])
def test_overleg_of_a_half_year_is_the_cycles_overleg(run, ws, seizoen):
    """--overleg 'voorjaar 2023' makes the handout the cycle gives that overleg: the one of the
    peildatum (april 2023), or with its day fixed in the data the same as that day."""
    assert _report(run, "handout", *PEIL, "--overleg", seizoen) == _report(run, "handout", *PEIL)
    ws.replace(AFSPRAKEN, "    wanneer: april  #", "    data: [2023-04-12]\n    wanneer: april  #")
    md = _report(run, "handout", *PEIL, "--overleg", seizoen)
    assert md == _report(run, "handout", *PEIL, "--overleg", "12-4-2023")
    assert "- **Datum overleg:** 12 april 2023" in md.splitlines()


def test_overleg_of_a_half_year_follows_the_data(run, ws):
    """A voorjaarsoverleg moved to maart is what 'voorjaar 2023' names; a half year without one
    is a usage error naming that year's overleggen."""
    ws.replace(AFSPRAKEN, "    wanneer: april  #", "    wanneer: maart  #")
    assert "- **Datum overleg:** maart 2023" in _report(run, "handout", *PEIL, "--overleg",
                                                         "voorjaar 2023")
    ws.replace(AFSPRAKEN, "    wanneer: oktober  #", "    wanneer: mei  #")
    r = run("report", "handout", *PEIL, "--overleg", "najaar 2023")
    assert (r.code, r.out) == (2, "")
    assert r.err == ("pa: --overleg 'najaar 2023': de cyclus in afspraken.yaml heeft geen "
                     "overleg in het najaar, in 2023 alleen maart 2023 en mei 2023; geef "
                     "de datum van het overleg\n")


def test_worst_stoplicht():
    """An afspraak takes the most serious stoplicht of its actions; none without actions."""
    assert report.worst(["groen", "rood", "oranje"]) == "rood"
    assert report.worst(["grijs", "groen"]) == "groen"
    assert report.worst([None]) is None and report.worst([]) is None


# -- handout -------------------------------------------------------------------------------------

def test_handout_voorjaarsoverleg_2023(run, ws):
    """The handout names the overleg, its dates, and fills each part from the data."""
    md = _report(run, "handout", *PEIL)
    assert md.startswith("# Voorjaarsoverleg 2023\n\nPrestatieafspraken Terneuzen 2022-2025\n")
    for line in ("- **Datum overleg:** april 2023", "- **Peildatum:** 1 april 2023",
                 "- **Voortgang sinds:** 1 oktober 2022",
                 "- **Volgend overleg:** Najaarsoverleg 2023, oktober 2023"):
        assert line in md.splitlines()
    stand = _table_rows(_section(md, "1. Stand per thema"))
    assert stand[0] == "| thema | 🔴 rood | 🟠 oranje | 🟢 groen | ⚪ grijs | acties |"
    assert stand[1] == "| 1. Beschikbaarheid en betaalbaarheid | 3 | 0 | 13 | 0 | 16 |"
    assert stand[-1] == "| **totaal** | **11** | **0** | **32** | **0** | **43** |"
    late = _section(md, "2. Te laat, per trekker")
    assert re.findall(r"^### (.+)$", late, re.M) == [
        "Gemeente Terneuzen: 8 acties te laat", "Clavis: 3 acties te laat",
        "Woongoed Zeeuws-Vlaanderen: 3 acties te laat"]
    assert "| 3.3 | Samenwerking met zorg |" in late and "| 275 dagen | open |" in late
    due = _table_rows(_section(md, "3. Termijn vóór het volgende overleg"))
    assert [row.split(" | ")[0] for row in due[1:]] == ["| 5.3"]  # voorjaar 2023: 30 juni 2023
    assert "Geen voortgang vastgelegd tussen 1 oktober 2022 en 1 april 2023." in md
    empty = _table_rows(_section(md, "5. Lege agendarijen"))[1:]
    assert [row.split(" | ")[0][2:] for row in empty] == [
        "1.2.1", "2.2", "2.3", "2.4", "4.6", "4.8", "4.11", "5.2", "5.5", "5.6", "5.7"]


def test_handout_najaar_lists_what_falls_due_before_april(run, ws):
    """A najaarsoverleg looks ahead to the next april, and back to the previous (from its
    first day: 1 april)."""
    md = _report(run, "handout", "--peildatum", "2023-09-01", "--overleg", "2023-10-12")
    assert md.startswith("# Najaarsoverleg 2023\n")
    assert "- **Voortgang sinds:** 1 april 2023" in md
    assert "- **Volgend overleg:** Voorjaarsoverleg 2024, april 2024" in md
    due = [row.split(" | ")[0][2:] for row in
           _table_rows(_section(md, "3. Termijn vóór het volgende overleg"))[1:]]
    # "2023", "2022/2023", "2022 en 2023" end 31-12-2023; 5.3 (voorjaar 2023) is late by now
    assert {"1.1.5", "1.1.10", "2.8", "4.3"} <= set(due) and "5.3" not in due


def test_voortgang_since_a_date(run, ws):
    """Progress recorded with pa set shows from --sinds up to the peildatum, oldest first."""
    for nr, day, text in [("1.1.3", "2022-09-20", "te vroeg"), ("1.1.3", "2022-11-03",
                                                                 "Eerste bouwtafel gehouden"),
                          ("2.1", "2023-02-01", "Businesscase in concept"),
                          ("3.3", "2023-05-01", "na de peildatum")]:
        r = run("set", nr, "--status", "lopend", "--toelichting", text, "--datum", day)
        assert r.code == 0, r.err
    part = _section(_report(run, "handout", *PEIL), "4. Voortgang sinds 1 oktober 2022")
    assert _table_rows(part)[1:] == [
        "| 3 november 2022 | 1.1.3 | In samenhang sturen op gebiedsontwikkeling | lopend | "
        "Eerste bouwtafel gehouden |",
        "| 1 februari 2023 | 2.1 | Warmtenet businesscase | lopend | Businesscase in concept |"]
    since = _section(_report(run, "handout", *PEIL, "--sinds", "2022-09-01"), "4. Voortgang")
    assert "te vroeg" in since and "na de peildatum" not in since


def test_handout_for_one_trekker(run, ws):
    """--trekker narrows every part; empty rows follow the trekker of their afspraak."""
    md = _report(run, "handout", *PEIL, "--trekker", "Gemeente")
    assert "Prestatieafspraken Terneuzen 2022-2025 · trekker Gemeente" in md
    assert re.findall(r"^### (.+)$", _section(md, "2. Te laat, per trekker"), re.M) == [
        "Gemeente Terneuzen: 8 acties te laat"]
    heading = re.search(r"^## (\d+\. Cijfers van de monitor)$", md, re.M).group(1)
    monitor = re.findall(r"^### (.+)$", _section(md, heading), re.M)
    assert monitor == ["1.1.1 Omvang sociale voorraad",  # afspraak 1.1.1: Corporaties, Gemeente
                       "1.1.1 Aandeel sociale voorraad in de totale voorraad",
                       "1.1.1 Voorraad per corporatie per huurklasse",
                       "1.1.11 Aanvullende flexibele schil"]
    empty = [row.split(" | ")[0][2:] for row in
             _table_rows(_section(md, "5. Lege agendarijen"))[1:]]
    assert empty == ["2.2", "4.11", "5.2", "5.7"]  # 4.11 and 5.7 are joint
    assert _table_rows(_section(md, "1. Stand per thema"))[-1] == (  # as pa status -t Gemeente
        "| **totaal** | **8** | **0** | **18** | **0** | **26** |")


def test_handout_for_one_thema(run, ws):
    """--thema keeps one thema in the counts and in every list."""
    md = _report(run, "handout", *PEIL, "--thema", "2")
    assert "· thema 2 Duurzaamheid" in md
    assert _table_rows(_section(md, "1. Stand per thema"))[1:] == [
        "| 2. Duurzaamheid | 1 | 0 | 4 | 0 | 5 |",
        "| **totaal** | **1** | **0** | **4** | **0** | **5** |"]


# -- stoplicht and agenda ------------------------------------------------------------------------

def test_stoplicht_lists_every_afspraak(run, ws):
    """The monitor of 5.8 has every afspraak once per action, or once without one."""
    md = _report(run, "stoplicht", *PEIL)
    rows = [r for r in _table_rows(md) if re.match(r"\| \d+\.\d", r)]
    afspraken = {r.split(" | ")[0][2:].split(" ")[0] for r in rows}
    assert len(afspraken) == 55
    assert ("| 1.1.2 | Gezamenlijk inzicht in ontwikkelingen woningmarkt | Bespreken in ambtelijk "
            "overleg data-analyse en verhuurrapportages over ontwikkelingen in de woningmarkt en "
            "de… | Corporaties | najaar 2022 | open | 🔴 rood (91 dagen te laat) |  |") in rows
    assert "| 1.1.5 (agenda 1.1.6) | Nieuwbouw |" in md  # the swapped numbers, explained
    assert ("| 4.12 | Onderhoudsdiensten en wijkbeheerders komen bij bewoners achter de "
            "‘voordeur’… | _geen rij in de uitvoeringsagenda_ | Corporaties |  |  | leeg "
            "|  |") in rows
    assert ("55 afspraken; naar het ernstigste stoplicht van hun acties: 11 rood, 0 oranje, "
            "32 groen, 0 grijs, en 12 zonder actie in de uitvoeringsagenda.") in md
    assert "Stoplicht: 🔴 rood: termijn verstreken, actie niet gereed;" in md


def test_agenda_is_bijlage_2_per_thema(run, ws):
    """The agenda report has all 54 rows, per thema and sectie, with trekker and termijn."""
    md = _report(run, "agenda", *PEIL)
    assert md.startswith("# Uitvoeringsagenda 2022-2023\n")
    assert "**Bijlage 2 - Uitvoeringsagenda 2022-2023**" in md
    headings = re.findall(r"^##+ (.+)$", md, re.M)
    assert headings[:4] == ["1 – Beschikbaarheid en betaalbaarheid", "1.1 Beschikbaarheid",
                            "1.2 Betaalbaarheid", "2 – Duurzaamheid"]
    rows = [r for r in _table_rows(md) if not r.startswith("| onderwerpen")]
    assert len(rows) == 54
    assert ("| Gezamenlijk inzicht in ontwikkelingen woningmarkt | 1.1.2 | Bespreken in ambtelijk "
            "overleg") in md
    assert "| Corporaties, najaar 2022 | open | 🔴 rood |" in md
    assert "| Huurbeleid | 1.2.1 | _nog leeg_ |  |  | leeg |" in rows


def test_stoplicht_for_one_trekker(run, ws):
    """With --trekker the monitor keeps that party's afspraken and actions; empty themes say so."""
    md = _report(run, "stoplicht", *PEIL, "--trekker", "SHB")
    rows = [r for r in _table_rows(md) if re.match(r"\| \d+\.\d", r)]
    assert [r.split(" | ")[0][2:] for r in rows] == ["3.7"]  # Huurdersorganisaties
    assert md.count("Geen afspraken of acties in deze selectie.") == 4


def test_agenda_report_shows_the_agenda_of_the_peildatum(run, ws):
    """With two agendas the report shows the one covering the peildatum; --agenda picks another."""
    text = ws.read(AGENDA).replace("titel: Uitvoeringsagenda 2022-2023",
                                   "titel: Uitvoeringsagenda 2024-2025", 1)
    ws.write("agenda-2024-2025.yaml", text)
    md = _report(run, "agenda", *PEIL)
    assert md.startswith("# Uitvoeringsagenda 2022-2023\n")
    md = _report(run, "agenda", "--peildatum", "2024-04-01")
    assert md.startswith("# Uitvoeringsagenda 2024-2025\n")
    md = _report(run, "agenda", "--peildatum", "2024-04-01", "--agenda", "2022-2023")
    assert md.startswith("# Uitvoeringsagenda 2022-2023\n")
    assert len([r for r in _table_rows(md) if not r.startswith("| onderwerpen")]) == 54


# -- the command line ----------------------------------------------------------------------------

def test_list(run, ws):
    """--list shows each built-in report with its formats and one line of explanation."""
    lines = _report(run, "--list").splitlines()
    assert [ln.split()[0] for ln in lines] == ["agenda", "handout", "portefeuille", "stoplicht"]
    assert all("md, html, pdf" in ln for ln in lines)
    assert "Een portefeuille in het kort, voor een bestuur of een provincie" in lines[2]
    assert "De monitor van de uitvoering" in lines[3]


def test_format_follows_the_output_file(run, ws, tmp_path):
    """Without --format, -o handout.html writes HTML; the file is written atomically."""
    r = run("report", "handout", *PEIL, "-o", "handout.html")
    assert (r.code, r.out) == (0, "geschreven: handout.html (handout, html)\n")
    text = (tmp_path / "handout.html").read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<h1>Voorjaarsoverleg 2023</h1>" in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    mode = (tmp_path / "handout.html").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_output_keeps_mode_of_existing_file(run, ws, tmp_path):
    """Overwriting -o FILE keeps that file's permissions."""
    target = tmp_path / "stand.md"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o640)
    assert run("report", "stoplicht", *PEIL, "-o", str(target)).code == 0
    assert target.stat().st_mode & 0o777 == 0o640
    assert target.read_text(encoding="utf-8").startswith("# Stoplichtrapportage")


NEXT = TODAY.year + 1  # an overleg whose previous overleg is still to come


@pytest.mark.parametrize("args, message", [
    (("onbekend",), "pa: rapport 'onbekend' bestaat niet; kies uit: agenda, handout, "
     "portefeuille, stoplicht (pa report --list toont ze met uitleg)"),
    ((), "pa: welk rapport? Geef een naam, bijvoorbeeld 'pa report handout'; pa report --list "
     "toont ze allemaal"),
    (("handout", "--format", "docx"), "pa: --format 'docx' bestaat niet; kies uit: md, html, pdf"),
    (("handout", "--sinds", "1-5-2023", *PEIL), "pa: --sinds 1 mei 2023 ligt na de peildatum "
     "1 april 2023; kies een eerdere datum"),
    # issue 20, point 8: the previous overleg lies after the peildatum; name what was given
    (("handout", "--overleg", f"najaar {NEXT}"), f"pa: --overleg 'najaar {NEXT}' is het "
     f"najaarsoverleg {NEXT} van oktober {NEXT}; de hand-out telt wat er veranderde sinds het "
     f"overleg ervoor (april {NEXT}), en dat ligt na de peildatum {datum_nl(TODAY)} (vandaag). "
     f"Geef een --peildatum vanaf 1 april {NEXT}, of met --sinds een eerdere datum"),
    (("handout", "--overleg", "1-10-2027", "--peildatum", "1-3-2027"), "pa: --overleg 1 oktober "
     "2027 is het najaarsoverleg 2027; de hand-out telt wat er veranderde sinds het overleg "
     "ervoor (april 2027), en dat ligt na de peildatum 1 maart 2027. Geef een --peildatum vanaf "
     "1 april 2027, of met --sinds een eerdere datum"),
    (("handout", "--sinds", "1-1-2032"), "pa: --sinds 1 januari 2032 ligt na de peildatum "
     f"{datum_nl(TODAY)} (vandaag); kies een eerdere datum"),
    (("handout", "--overleg", "april"), "pa: --overleg 'april' is geen datum of overleg; "
     "schrijf bijvoorbeeld de naam van een overleg uit de cyclus met het jaar, voorjaar 2027, "
     "najaar 2026 of een datum: 27-11-2026, 27 november 2026 (ook 27 nov 2026) of 2026-11-27"),
    (("handout", "--overleg", "zomer 2027"), "pa: --overleg 'zomer 2027' is geen datum of "
     "overleg; schrijf bijvoorbeeld de naam van een overleg uit de cyclus met het jaar, voorjaar "
     "2027, najaar 2026 of een datum: 27-11-2026, 27 november 2026 (ook 27 nov 2026) of "
     "2026-11-27"),
    (("handout", "--trekker", "Provincie"), "pa: trekker 'Provincie' is onbekend; bekend: "
     "Gemeente, Clavis, WZV, SHB, Bewonersraad Clavis, Corporaties, Huurdersorganisaties"),
    (("handout", "-o", "geen/map/h.md"), "pa: -o geen/map/h.md: map 'geen/map' bestaat niet"),
    (("handout", "--templates", "nergens"), "pa: map 'nergens' (--templates) bestaat niet of is "
     "geen map"),
])
def test_usage_problems_exit_2(run, ws, args, message):
    """A wrong command line is exit 2 with one Dutch line, and nothing written."""
    r = run("report", *args)
    assert (r.code, r.err.strip(), r.out) == (2, message, "")


def test_pdf_on_a_terminal_is_refused(run, ws, monkeypatch):
    """A PDF is not written to a terminal; pa asks for -o."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    r = run("report", "handout", "--format", "pdf")
    assert r.code == 2 and "-o BESTAND.pdf" in r.err


def test_pdf_without_chromium_says_how_to_install(run, ws, monkeypatch, tmp_path):
    """No Chromium: exit 1, how to install it, and that HTML printed from a browser works too."""
    monkeypatch.setenv("PATH", str(tmp_path / "leeg"))
    monkeypatch.delenv("PA_CHROMIUM", raising=False)
    r = run("report", "handout", "--format", "pdf", "-o", "h.pdf")
    assert r.code == 1 and "Traceback" not in r.err
    assert "sudo apt-get install chromium" in r.err and "--format html" in r.err
    assert not (tmp_path / "h.pdf").exists()


def test_jinja_is_not_loaded_by_other_commands():
    """Only `pa report` imports jinja2: start-up time of the other commands stays as it was."""
    code = "import sys, pa_cli.cli.main; print('jinja2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_templates_ship_with_the_package():
    """The top-level templates/ is the package pa_cli.templates (editable and wheel installs)."""
    from pa_cli.report import render

    assert render.builtin_dir().resolve() == (REPO / "templates").resolve()
    names = {p.name for p in render.builtin_dir().glob("*.j2")}
    assert {f"{n}.{f}.j2" for n in ("base", "handout", "stoplicht", "agenda")
            for f in ("md", "html")} <= names
