"""The terugblik of the voorjaarsoverleg (afspraak 5.1): last year's actions and how they ended."""

from __future__ import annotations

from datetime import date

from conftest import AGENDA, _fill_in, carry_1_1_3_twice
from pa_cli.model.records import Rij, Voortgang
from pa_cli.query.terugblik import gereed_sinds


def _progress(run, ws) -> None:
    """Five actions with a termijn in 2022, each ending differently by 1 april 2023."""
    steps = [
        ("1.1.2", "gereed", "2022-11-15", "Data-analyse besproken"),   # najaar 2022: on time
        ("1.1.3", "gereed", "2023-02-01", "Eerste bouwtafel gehouden"),  # najaar 2022: late
        ("3.3", "vervallen", "2022-09-01", "Opgegaan in 3.4"),         # juni 2022
        ("1.1.9", "gereed", "2022-10-01", "Behoefte in beeld"),        # eind 2022 ...
        ("1.1.9", "lopend", "2022-11-01", "Toch nog een kern"),        # ... reopened ...
        ("1.1.9", "gereed", "2022-12-20", "Alle kernen in beeld"),     # ... done on time
        ("3.5", "gereed", "2023-05-01", "Na de peildatum"),            # 2022: not by 1 april
    ]
    for nr, status, day, note in steps:
        r = run("set", nr, "--status", status, "--datum", day, "-m", note)
        assert r.code == 0, r.err
    # 2.1 (termijn 2022) marked gereed by hand, without voortgang: the day is unknown
    text = ws.read(AGENDA)
    start = text.index('  - nr: "2.1"\n')
    row = text[start:text.index("\n\n", start)]
    ws.write(AGENDA, text.replace(row, row.replace("    status: open", "    status: gereed")))


def test_voorjaar_handout_counts_how_last_years_actions_ended(run, ws):
    """Per thema: on time, late, gereed on an unknown day, vervallen, not done; and totals."""
    _progress(run, ws)
    r = run("report", "handout", "--peildatum", "2023-04-01")
    assert r.code == 0, r.err
    section = r.out.split("## 7. Terugblik op 2022\n", 1)[1]
    table = section.split("\n\n")[1].splitlines()
    assert table == [
        "| thema | op tijd gereed | te laat gereed | gereed, datum onbekend | vervallen | "
        "niet gereed | acties |",
        "|---|---:|---:|---:|---:|---:|---:|",
        "| 1. Beschikbaarheid en betaalbaarheid | 2 | 1 | 0 | 0 | 0 | 3 |",
        "| 2. Duurzaamheid | 0 | 0 | 1 | 0 | 0 | 1 |",
        "| 3. Maatschappelijke opgaven; wonen en zorg | 0 | 0 | 0 | 1 | 3 | 4 |",
        "| 4. Vitale en leefbare wijken | 0 | 0 | 0 | 0 | 2 | 2 |",
        "| 5. Organisatie en samenwerking | 0 | 0 | 0 | 0 | 1 | 1 |",
        "| **totaal** | **2** | **1** | **1** | **1** | **6** | **11** |",
    ]
    assert ("| 1.1.3 | In samenhang sturen op gebiedsontwikkeling | Gemeente | najaar 2022 | "
            "te laat gereed | 1 februari 2023 |") in section
    assert ("| 1.1.9 | Verkennen kansen voor middenhuur | Gemeente | eind 2022 | op tijd gereed | "
            "20 december 2022 |") in section
    assert "| 3.5 | Inzetten op preventieve maatregelen van gezondheid | Gemeente | 2022 | " \
           "niet gereed |  |" in section


def test_terugblik_follows_the_selection(run, ws):
    """With --trekker Corporaties only their actions of last year are looked back on."""
    _progress(run, ws)
    r = run("report", "handout", "--peildatum", "2023-04-01", "--trekker", "Corporaties")
    section = r.out.split("## 7. Terugblik op 2022\n", 1)[1]
    assert "| **totaal** | **1** | **0** | **0** | **0** | **2** | **3** |" in section


def test_only_the_voorjaarsoverleg_looks_back(run, ws):
    """The najaarsoverleg handout has no terugblik; the voorjaar one of 2026 looks at 2025."""
    assert "Terugblik" not in run("report", "handout", "--peildatum", "2023-09-01").out
    r = run("report", "handout", "--peildatum", "2026-03-01", "--format", "html")
    assert "<h2>7. Terugblik op 2025</h2>" in r.out
    assert "<p>Geen acties met een termijn in 2025.</p>" in r.out


def test_gereed_sinds_is_the_start_of_the_last_gereed_run():
    """Reopened and done again: the later day counts; steps after the peildatum do not."""
    rij = Rij(nr="1.1.9", actie="x", status="gereed", voortgang=[
        Voortgang(date(2022, 10, 1), "gereed"), Voortgang(date(2022, 11, 1), "lopend"),
        Voortgang(date(2022, 12, 20), "gereed"), Voortgang(date(2023, 1, 5), "gereed")])
    assert gereed_sinds(rij, date(2023, 4, 1)) == date(2022, 12, 20)
    assert gereed_sinds(rij, date(2022, 10, 15)) == date(2022, 10, 1)
    assert gereed_sinds(rij, date(2022, 11, 15)) is None


def test_terugblik_reads_the_agenda_of_last_year(run, ws):
    """In 2025 and 2027 the look back finds 1.1.3 in the agenda that held it the year before."""
    carry_1_1_3_twice(run, ws)
    r = run("report", "handout", "--peildatum", "2025-04-01", "--thema", "1")
    assert ("| 1.1.3 | In samenhang sturen op gebiedsontwikkeling | Gemeente | najaar 2024 | "
            "niet gereed |  |") in r.out.split("## 7. Terugblik op 2024", 1)[1]
    r = run("report", "handout", "--peildatum", "2027-03-01", "--thema", "1")
    assert ("| 1.1.3 | In samenhang sturen op gebiedsontwikkeling | Gemeente | najaar 2026 | "
            "op tijd gereed | 2 november 2026 |") in r.out.split("## 7. Terugblik op 2026", 1)[1]


def test_a_terugblik_made_before_the_year_ends_says_what_still_runs(run, ws):
    """In November 2026 the handout for the voorjaarsoverleg 2027 counts an action due 'eind
    2026' as 'loopt nog', not as 'niet gereed'; one due in June 2026 is 'niet gereed'."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    _fill_in(ws, "agenda-2026-2027.yaml", "1.1.3", "eind 2026", "2026-06-20")
    ws.replace("agenda-2026-2027.yaml", "    termijn: vast te stellen  # in 2022-2023: 2022\n"
               "    status: open\n    herkomst: \"2022-2023/2.1\"",
               "    termijn: juni 2026\n    status: open\n    herkomst: \"2022-2023/2.1\"")
    r = run("report", "handout", "--peildatum", "2026-11-27", "--overleg", "voorjaar 2027")
    assert r.code == 0, r.err
    section = r.out.split("## 7. Terugblik op 2026\n", 1)[1].split("\n## ", 1)[0]
    assert [ln for ln in section.splitlines() if ln.startswith("|")] == [
        "| thema | op tijd gereed | te laat gereed | gereed, datum onbekend | vervallen | "
        "niet gereed | loopt nog | acties |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        "| 1. Beschikbaarheid en betaalbaarheid | 0 | 0 | 0 | 0 | 0 | 1 | 1 |",
        "| 2. Duurzaamheid | 0 | 0 | 0 | 0 | 1 | 0 | 1 |",
        "| **totaal** | **0** | **0** | **0** | **0** | **1** | **1** | **2** |",
        "| nr | onderwerp | trekker | termijn | afgelopen | gereed op |",
        "|---|---|---|---|---|---|",
        "| 1.1.3 | In samenhang sturen op gebiedsontwikkeling | Gemeente | eind 2026 | loopt nog "
        "|  |",
        "| nr | onderwerp | trekker | termijn | afgelopen | gereed op |",
        "|---|---|---|---|---|---|",
        "| 2.1 | Warmtenet businesscase | Gemeente | juni 2026 | niet gereed |  |"]
    html = run("report", "handout", "-f", "html", "--peildatum", "2026-11-27", "--overleg",
               "voorjaar 2027").out
    assert ('<th scope="col" class="getal">Niet gereed</th><th scope="col" class="getal">'
            'Loopt nog</th>') in html
    assert "<td>eind 2026</td><td>loopt nog</td>" in html
    # on the day of the overleg the year is over: not done is 'niet gereed'
    after = run("report", "handout", "--peildatum", "2027-04-01").out
    assert "| 1.1.3 | In samenhang sturen op gebiedsontwikkeling | Gemeente | eind 2026 | " \
           "niet gereed |  |" in after and "loopt nog" not in after
