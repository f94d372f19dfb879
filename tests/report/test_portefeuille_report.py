"""pa report portefeuille (issue 18, part 2): a portfolio in brief for a corporatie's board or a
province. The summary per gemeente, then the overdue actions per gemeente and trekker, on the
three-gemeente portfolio of tests/fixtures/portefeuille; a data folder is a portfolio of one.
The golden files are in test_report_golden.py, the layout of every built-in report in
test_report_layout.py."""

from __future__ import annotations

import re
import shutil

import pytest

from browsercheck import PRINT_WIDTH, WINDOW, _measure
from conftest import FIXTURES

PORTFOLIO = FIXTURES / "portefeuille"


def _report(run, *args: str, data=PORTFOLIO) -> str:
    r = run("report", "portefeuille", *args, "--data", str(data))
    assert (r.code, r.err) == (0, ""), r.err
    return r.out


def _summary(md: str) -> dict[str, list[str]]:
    """The summary table: gemeente -> its cells."""
    table = md.split("## Samenvatting")[1].split("\n\n")[1]
    rows = [[c.strip().strip("*") for c in ln.strip("|").split("|")]
            for ln in table.splitlines()[2:]]
    return {row[0]: row[1:] for row in rows}


def _overdue(md: str) -> dict[str, list[str]]:
    """'gemeente: trekker' -> the numbers of its overdue actions."""
    out = {}
    for head, body in re.findall(r"### ([^\n]+?), \d+ te laat\n\n(.*?)(?:\n\n|\Z)", md, re.S):
        out[head] = [ln.split("|")[1].strip() for ln in body.splitlines()[2:]]
    return out


def test_summary_per_gemeente_in_the_month_of_an_overleg_and_after_it(run):
    """Per gemeente: actions, rood, oranje, groen, grijs, share op schema, the next overleg (the
    one of the peildatum's month, whose day is not known: it may still come; Duinwijk and
    Polderdam name no overleg in their cycle)."""
    assert _summary(_report(run, "--peildatum", "2027-03-01")) == {
        "Duinwijk": ["2", "1", "0", "1", "0", "50%", "geen in de cyclus"],
        "Havenstad": ["6", "4", "0", "2", "0", "33%", "Overleg maart 2027, maart 2027"],
        "Polderdam": ["3", "2", "0", "1", "0", "33%", "geen in de cyclus"],
        "totaal": ["11", "7", "0", "4", "0", "36%", ""],
    }
    last_day = _summary(_report(run, "--peildatum", "2027-03-31"))
    assert last_day["Havenstad"][-1] == "Overleg maart 2027, maart 2027"
    day_after = _summary(_report(run, "--peildatum", "2027-04-01"))
    assert day_after["Havenstad"][-1] == "Overleg september 2027, september 2027"


def test_overdue_per_gemeente_and_trekker(run):
    """A joint action (Havenstad 1.2b, Gemeente and Kustwonen) is under each of its trekkers."""
    assert _overdue(_report(run, "--peildatum", "2027-03-01")) == {
        "Duinwijk: Woonstichting Kustwonen": ["A1"],
        "Havenstad: Gemeente Havenstad": ["1.2b"],
        "Havenstad: Woonstichting Kustwonen": ["1.2", "1.2b"],
        "Havenstad: Stichting Havenhuis": ["2.3"],
        "Havenstad: Huurdersbond De Kust": ["2.1"],
        "Polderdam: Gemeente Polderdam": ["2a"],
        "Polderdam: Woonstichting Kustwonen (hier: Kustwonen Woondiensten)": ["1a", "2a"],
    }


@pytest.mark.parametrize("name", ["Kustwonen", "Woonstichting Kustwonen", "Kustwonen Woondiensten",
                                  "kustwonen"])
def test_a_corporatie_is_one_party_in_every_gemeente_by_any_of_its_names(run, name):
    """By the register's name, an alias, the name one set gives it or its id: all three
    gemeenten, and in each only its actions."""
    md = _report(run, "--peildatum", "2027-03-01", "--trekker", name)
    assert list(_summary(md)) == ["Duinwijk", "Havenstad", "Polderdam", "totaal"]
    assert _summary(md)["totaal"][:2] == ["6", "5"]
    assert _overdue(md) == {
        "Duinwijk: Woonstichting Kustwonen": ["A1"],
        "Havenstad: Woonstichting Kustwonen": ["1.2", "1.2b"],
        "Polderdam: Woonstichting Kustwonen (hier: Kustwonen Woondiensten)": ["1a", "2a"],
    }


def test_a_huurdersorganisatie_in_two_gemeenten(run):
    md = _report(run, "--peildatum", "2027-03-01", "--trekker", "Huurdersbond De Kust")
    assert list(_summary(md)) == ["Duinwijk", "Havenstad", "totaal"]
    assert _overdue(md) == {"Havenstad: Huurdersbond De Kust": ["2.1"]}


def test_a_data_folder_is_a_portfolio_of_one(run, ws):
    """The shipped data: one gemeente, counted as pa status counts it."""
    md = _report(run, "--peildatum", "2024-01-01", data=ws.data)
    status = run("status", "--peildatum", "2024-01-01").out.splitlines()[-1]
    counts = re.match(r"(\d+) acties: (\d+) rood, (\d+) oranje, (\d+) groen, (\d+) grijs", status)
    assert counts is not None
    row = _summary(md)["Terneuzen"]
    assert row[:5] == list(counts.groups())
    assert row[6] == "Voorjaarsoverleg 2024, april 2024"


@pytest.mark.parametrize("option, value", [("--thema", "1"), ("--agenda", "2026-2027"),
                                           ("--overleg", "2027-03-01"),
                                           ("--sinds", "2027-01-01")])
def test_options_of_one_set_are_refused(run, option, value):
    r = run("report", "portefeuille", option, value, "--data", str(PORTFOLIO))
    assert r.code == 2
    assert r.err == (f"pa: {option} geldt voor één set afspraken; het rapport portefeuille kent "
                     "alleen --peildatum, --trekker en --marge\n")


def test_an_unknown_trekker_names_the_known_ones(run):
    r = run("report", "portefeuille", "--trekker", "Provincie", "--data", str(PORTFOLIO))
    assert r.code == 2
    assert r.err.startswith("pa: trekker 'Provincie' is onbekend in de portefeuille")


def test_a_set_with_errors_is_left_out_and_named(run, tmp_path):
    """As pa status answers the other sets (issue 18, part 2): the report leaves the set out,
    says so on its first page and on stderr, and exits 1."""
    pf = tmp_path / "pf"
    shutil.copytree(PORTFOLIO, pf)
    agenda = pf / "havenstad" / "agenda-2026-2027.yaml"
    agenda.write_text(agenda.read_text(encoding="utf-8").replace("status:", "statu:", 1),
                      encoding="utf-8")
    r = run("report", "portefeuille", "--data", str(pf))
    assert r.code == 1
    assert "havenstad/agenda-2026-2027.yaml:" in r.err and "fout PA0" in r.err
    assert ("\n**ONVOLLEDIG: Havenstad (havenstad) is weggelaten: de gegevens van die set bevatten "
            "fouten (pa validate toont ze).**\n") in r.out
    assert list(_summary(r.out)) == ["Duinwijk", "Polderdam", "totaal"]


def test_a_register_with_errors_is_refused(run, tmp_path):
    """The register names every party of every set: with errors there, no report at all."""
    pf = tmp_path / "pf"
    shutil.copytree(PORTFOLIO, pf)
    reg = pf / "portefeuille.yaml"
    reg.write_text(reg.read_text(encoding="utf-8").replace("id: havenhuis", "id: kustwonen"),
                   encoding="utf-8")
    r = run("report", "portefeuille", "--data", str(pf))
    assert (r.code, r.out) == (1, "")
    assert "portefeuille.yaml:" in r.err and "fout PA030" in r.err


def test_the_marge_colours_oranje(run):
    """On 1 april 2027 Duinwijk's termijn of 1 juni 2027 is 61 days away: groen within the
    default 8 weeks, oranje with --marge 10; the legend says which marge."""
    plain = _report(run, "--peildatum", "2027-04-01")
    wide = _report(run, "--peildatum", "2027-04-01", "--marge", "10")
    assert _summary(plain)["Duinwijk"][:4] == ["2", "1", "0", "1"]
    assert _summary(wide)["Duinwijk"][:4] == ["2", "1", "1", "0"]
    assert "oranje: termijn loopt binnen 8 weken af" in plain
    assert "oranje: termijn loopt binnen 10 weken af" in wide


@pytest.mark.browser
@pytest.mark.parametrize("media,width", [("screen", WINDOW[0]), ("print", PRINT_WIDTH)])
def test_the_portfolio_fits_the_screen_and_the_page(run, tmp_path, browser, media, width):
    page = tmp_path / "portefeuille.html"
    assert run("report", "portefeuille", "--format", "html", "--peildatum", "2027-03-01",
               "--data", str(PORTFOLIO), "-o", str(page)).code == 0
    found = _measure(browser, page, width, media)
    assert found["tables"] == 9  # the summary, the target, one per gemeente and trekker late (7)
    assert found["faults"] == []


@pytest.mark.browser
def test_the_printed_summary_is_page_one(run, tmp_path, pdftotext):
    """On paper the summary stands alone on page 1; the gemeenten follow from page 2."""
    import subprocess

    pdf = tmp_path / "portefeuille.pdf"
    assert run("report", "portefeuille", "--format", "pdf", "--peildatum", "2027-03-01",
               "--data", str(PORTFOLIO), "-o", str(pdf)).code == 0
    pages = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    assert "Samenvatting" in pages[0] and "Havenstad" in pages[0]
    assert "te laat" not in pages[0].split("Samenvatting")[1].split("Op schema")[0]
    assert pages[1].lstrip().startswith("Duinwijk")
    assert "Woonstichting Kustwonen (hier: Kustwonen Woondiensten)" in " ".join(
        "".join(pages).replace("\u00ad", "").split())


def test_no_agenda_file_is_written(run, tmp_path):
    pf = tmp_path / "pf"
    shutil.copytree(PORTFOLIO, pf)
    before = sorted(p.name for p in pf.rglob("*"))
    _report(run, data=pf)
    assert sorted(p.name for p in pf.rglob("*")) == before


def test_every_variable_of_the_portfolio_report_is_in_the_manual():
    """docs/sjablonen.md names what an own portefeuille template can read: the report's
    variables, each gemeente's and each late action's fields (the code is the list)."""
    from conftest import REPO
    from pa_cli.report.gemeentestand import GemeenteStand, Laat
    from pa_cli.report.portefeuille import PortefeuilleRapport

    text = (REPO / "docs" / "sjablonen.md").read_text(encoding="utf-8")
    section = text.split("**De context van het portefeuillerapport.**", 1)[1]
    names = (*PortefeuilleRapport._fields, "acties", "op_schema", "aandeel", "aantal_te_laat",
             *GemeenteStand._fields, "aandeel", "aantal_te_laat", *Laat._fields,
             "laatste_toelichting")
    missing = [n for n in dict.fromkeys(names) if f"`{n}`" not in section]
    assert missing == []
