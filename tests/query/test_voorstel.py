"""The termijnen of an agenda are agreed at its vaststelling (issue 20, point 9, last part).

While an agenda is a concept on the peildatum (not vastgesteld, or vastgesteld only later), a
carried action is judged by the termijn of the agenda it came from, whatever new termijn the
concept proposes, and tables show both: "najaar 2024 (voorstel; geldt: najaar 2022)". A new row
of the concept keeps its own termijn. From the vastgesteld date on, the new termijn counts.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES

NEW = "agenda-2024-2025.yaml"
NEXT = "agenda-2026-2027.yaml"
# new termijnen as a werkgroep fills them in, one carried action after the other
VOORSTELLEN = {NEW: ("najaar 2024", "voorjaar 2025", "1 februari 2025", "2025"),
               NEXT: ("najaar 2026", "voorjaar 2027", "1 februari 2027", "2027")}


def _propose(ws, name: str) -> None:
    """Give every carried action of the concept a new termijn."""
    termijnen = itertools.cycle(VOORSTELLEN[name])
    text = re.sub(r"termijn: vast te stellen  # .*", lambda _: f"termijn: {next(termijnen)}",
                  ws.read(name))
    assert "vast te stellen" not in text.split("\nrijen:", 1)[1]
    ws.write(name, text)


def _adopt(ws, name: str, day: str) -> None:
    title = next(ln for ln in ws.read(name).splitlines() if ln.startswith("titel: "))
    ws.replace(name, title + "\n", f"{title}\nvastgesteld: {day}\n")


@pytest.fixture
def voorgesteld(run, ws):
    """Terneuzen after `pa agenda nieuw 2024-2025`: new termijnen filled in, and the agenda
    vastgesteld on 1 april 2024 (the overleg's date)."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    _propose(ws, NEW)
    _adopt(ws, NEW, "2024-04-01")
    return ws


def _md_rows(run, *args: str) -> dict[str, str]:
    r = run("status", "-f", "md", *args)
    assert r.code == 0, r.err
    return {ln.split(" | ")[0][2:]: ln for ln in r.out.splitlines() if ln.startswith("| ")}


ROW_1_1_2 = ("| 1.1.2 | Gezamenlijk inzicht in ontwikkelingen woningmarkt | Bespreken in ambtelijk "
             "overleg data-analyse en verhuurrapportages over ontwikkelingen in de woningmarkt en "
             "de wachttijden van verschillende groepen woningzoekenden. | Corporaties | ")
ROW_1_1_5 = ("| 1.1.5 | Verkoop | Bespreken geactualiseerde verkooplijst corporaties in Bouwtafel. "
             "| Corporaties | ")


def test_before_the_vaststelling_the_agreed_termijn_counts(run, voorgesteld):
    """On 1 januari 2024 the concept proposes najaar 2024 for 1.1.2; agreed was najaar 2022:
    late by 366 days, and both are shown. 22 actions late, as without the proposals."""
    rows = _md_rows(run, "--peildatum", "2024-01-01")
    assert rows["1.1.2"] == ROW_1_1_2 + ("najaar 2024 (voorstel; geldt: najaar 2022) | "
                                         "31 december 2022 | open | rood | 366 dagen |")
    assert rows["1.1.5"] == ROW_1_1_5 + ("1 februari 2025 (voorstel; geldt: 2023) | "
                                         "31 december 2023 | open | rood | 1 dag |")
    text = run("status", "--peildatum", "2024-01-01").out.splitlines()
    assert text[0] == ("Stand op 1 januari 2024, agenda 2024-2025 (concept: nog niet "
                       "vastgesteld, afspraak 5.3)")
    assert text[-1] == ("43 acties: 22 rood, 0 oranje, 21 groen, 0 grijs (oranje: termijn "
                        "binnen 8 weken)")
    overdue = run("overdue", "--peildatum", "2024-01-01").out.splitlines()
    assert overdue[2] == "Gemeente Terneuzen: 14 acties te laat"
    assert overdue[-1] == ("22 acties te laat; per partij: Gemeente 14, Clavis 9, WZV 9, SHB 1, "
                           "Bewonersraad Clavis 1")


def test_from_the_vaststelling_the_new_termijn_counts(run, voorgesteld):
    rows = _md_rows(run, "--peildatum", "2024-04-01")
    assert rows["1.1.2"] == ROW_1_1_2 + "najaar 2024 | 31 december 2024 | open | groen |  |"
    assert rows["1.1.5"] == ROW_1_1_5 + "1 februari 2025 | 1 februari 2025 | open | groen |  |"
    text = run("status", "--peildatum", "2024-04-01").out.splitlines()
    assert text[0] == "Stand op 1 april 2024, agenda 2024-2025"
    assert text[-1] == ("43 acties: 0 rood, 0 oranje, 43 groen, 0 grijs (oranje: termijn "
                        "binnen 8 weken)")
    assert run("overdue", "--peildatum", "2024-04-01").out == (
        "Te laat op 1 april 2024, agenda 2024-2025\n\nNiets te laat.\n\n"
        "0 acties te laat; per partij: geen\n")


def _json_without_termijn(run, *args: str) -> object:
    r = run(*args, "-f", "json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    rows = data if isinstance(data, list) else [a for p in data["partijen"] for a in p["acties"]]
    for row in rows:
        row.pop("termijn")
    return data


@pytest.mark.parametrize("peildatum", ["2024-01-01", "2024-02-15", "2024-03-31"])
def test_a_proposal_changes_nothing_before_the_vaststelling(run, ws, peildatum):
    """Every carried action, whatever is proposed: before the vaststelling its stoplicht, days
    late, uiterlijk and the old termijn are those of the concept that only says 'vast te
    stellen'; only the termijn as written differs."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    _adopt(ws, NEW, "2024-04-01")
    args = [("status", "--peildatum", peildatum), ("overdue", "--peildatum", peildatum)]
    open_ = [_json_without_termijn(run, *a) for a in args]
    _propose(ws, NEW)
    assert [_json_without_termijn(run, *a) for a in args] == open_
    late = _json_without_termijn(run, "status", "--peildatum", peildatum)
    assert {row["agenda_concept"] for row in late} == {True}  # type: ignore[union-attr]


def test_the_reports_show_the_proposal_beside_the_termijn_that_counts(run, voorgesteld):
    """The handout for the voorjaarsoverleg 2024, made on 20 maart 2024, in md and html, the
    stoplicht report, and pa toon."""
    peil = ("--peildatum", "2024-03-20")
    md = run("report", "handout", *peil).out.splitlines()
    assert ("| 1.1.3 | In samenhang sturen op gebiedsontwikkeling | Eerste Bouwtafel en bepalen "
            "wanneer voor welke kernen een bouwprogramma opstellen. Hierin geven partijen ook een "
            "plek aan de lijn uit de landelijke woonagenda… | voorjaar 2025 (voorstel; geldt: "
            "najaar 2022) | 31 december 2022 | 445 dagen | open |") in md
    assert "| **totaal** | **22** | **0** | **21** | **0** | **43** |" in md
    html = run("report", "handout", "-f", "html", *peil).out
    assert ('<td class="datum">voorjaar 2025<span class="onder">(voorstel; geldt: najaar 2022)'
            '</span></td><td class="datum">31 december 2022</td><td class="nr">445 dagen</td>'
            ) in html
    stoplicht = run("report", "stoplicht", "-f", "html", *peil).out
    assert ('<td>voorjaar 2025<span class="onder">(voorstel; geldt: najaar 2022)</span>'
            '<span class="onder">(31 december 2022)</span></td>') in stoplicht
    toon = " ".join(run("toon", "1.1.2", *peil).out.split())
    assert ("Termijn: najaar 2024 (voorstel; tot de vaststelling geldt najaar 2022: uiterlijk "
            "31 december 2022)") in toon
    assert "Stand: open, stoplicht rood, 445 dagen te laat (op 20 maart 2024)" in toon
    after = " ".join(run("toon", "1.1.2", "--peildatum", "2024-04-01").out.split())
    assert "Termijn: najaar 2024 (uiterlijk 31 december 2024)" in after


def test_toon_counts_a_proposal_as_no_postponement(run, voorgesteld):
    """Before the vaststelling the new termijn is a proposal: `pa toon` marks it so and does not
    count it as uitgesteld; from the vaststelling on it counts."""
    before = run("toon", "1.1.2", "--peildatum", "2024-03-20")
    assert ("Verschoven:   najaar 2022 (2022-2023) -> najaar 2024 (2024-2025, voorstel)\n"
            in before.out)
    data = json.loads(run("toon", "1.1.2", "--peildatum", "2024-03-20", "-f", "json").out)
    assert (data["termijnen"], data["uitgesteld"]) == (
        [{"agenda": "2022-2023", "termijn": "najaar 2022", "voorstel": False},
         {"agenda": "2024-2025", "termijn": "najaar 2024", "voorstel": True}], 0)
    after = run("toon", "1.1.2", "--peildatum", "2024-04-01")
    assert ("Verschoven:   najaar 2022 (2022-2023) -> najaar 2024 (2024-2025): één keer "
            "uitgesteld\n") in after.out
    data = json.loads(run("toon", "1.1.2", "--peildatum", "2024-04-01", "-f", "json").out)
    assert ([t["voorstel"] for t in data["termijnen"]], data["uitgesteld"]) == ([False, False], 1)


SECOND = '''
  - nr: "1.1.2b"
    onderwerp: Gezamenlijk inzicht in ontwikkelingen woningmarkt
    actie: Nieuwe actie in het concept.
    trekker: [Gemeente]
    termijn: 1 maart 2024
    status: open
'''


def test_voor_overleg_takes_a_new_row_by_its_own_termijn_a_carried_one_by_the_agreed(
        run, voorgesteld):
    """Before the voorjaarsoverleg 2024 that adopts it: the concept's new row 1.1.2b (1 maart
    2024) is due; carried 1.1.2, proposed for 1 maart 2024 too, is late by najaar 2022."""
    text = voorgesteld.read(NEW)
    text = text.replace("termijn: najaar 2024\n", "termijn: 1 maart 2024\n", 1)
    at = text.index('  - nr: "1.1.3"')
    voorgesteld.write(NEW, text[:at] + SECOND.lstrip("\n") + "\n" + text[at:])
    r = run("status", "--voor-overleg", "--peildatum", "2024-01-01", "-f", "md")
    assert r.code == 0, r.err
    assert r.out.splitlines()[4:5] == [
        "| 1.1.2b | Gezamenlijk inzicht in ontwikkelingen woningmarkt | Nieuwe actie in het "
        "concept. | Gemeente | 1 maart 2024 | 1 maart 2024 | open | groen |  |"]
    assert r.out.splitlines()[-1] == ("1 actie: 0 rood, 0 oranje, 1 groen, 0 grijs (oranje: "
                                      "termijn binnen 8 weken)")
    assert _md_rows(run, "--peildatum", "2024-01-01")["1.1.2"] == ROW_1_1_2 + (
        "1 maart 2024 (voorstel; geldt: najaar 2022) | 31 december 2022 | open | rood | "
        "366 dagen |")


def test_todays_concept_is_judged_by_the_agreed_termijn(run, ws):
    """Agenda 2026-2027 as the werkgroep fills it in now, not yet vastgesteld: 1.1.3's
    proposal voorjaar 2027 does not count, najaar 2022 does; adopted on 20 november 2026, the
    new termijn counts from then on."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    _propose(ws, NEXT)
    peil = ("--peildatum", "2026-11-27")
    row = next(ln for ln in run("status", *peil).out.splitlines() if ln.startswith("1.1.3 "))
    assert row.endswith("  Gemeente               voorjaar 2027 (voorstel; geldt: najaar 2022)"
                        "   31-12-2022  open    rood       1.427 dagen")
    assert run("overdue", *peil).out.splitlines()[-1] == (
        "22 acties te laat; per partij: Gemeente 14, Clavis 9, WZV 9, SHB 1, Bewonersraad "
        "Clavis 1")
    rows = {a["nr"]: a for a in json.loads(run("status", *peil, "-f", "json").out)}
    assert {k: rows["1.1.3"][k] for k in ("termijn", "vorige_termijn", "uiterlijk", "stoplicht",
                                          "dagen_te_laat", "agenda_concept")} == {
        "termijn": "voorjaar 2027", "vorige_termijn": "najaar 2022", "uiterlijk": "2022-12-31",
        "stoplicht": "rood", "dagen_te_laat": 1427, "agenda_concept": True}
    csv = run("status", *peil, "-f", "csv").out.splitlines()
    assert next(ln for ln in csv if ln.startswith("1.1.3;")).endswith(
        ";voorjaar 2027;2022-12-31;open;rood;1427;2026-2027;2022-2023/1.1.3;;ja;najaar 2022")
    _adopt(ws, NEXT, "2026-11-20")
    rows = {a["nr"]: a for a in json.loads(run("status", *peil, "-f", "json").out)}
    assert {k: rows["1.1.3"][k] for k in ("termijn", "vorige_termijn", "uiterlijk", "stoplicht",
                                          "dagen_te_laat", "agenda_concept")} == {
        "termijn": "voorjaar 2027", "vorige_termijn": None, "uiterlijk": "2027-06-30",
        "stoplicht": "groen", "dagen_te_laat": None, "agenda_concept": False}


def test_a_termijn_kept_as_it_was_needs_no_voorstel(run, ws):
    """2.7 'vanaf 2023' is carried as it was: nothing is proposed, nothing to tell apart."""
    assert run("agenda", "nieuw", "2026-2027").code == 0
    rows = _md_rows(run, "--peildatum", "2026-11-27")
    assert " | vanaf 2023 |  | " in rows["2.7"]


# -- a fictional gemeente: Veldmere (tests/fixtures/gemeenten/letters), jaarschijven ---------

@pytest.fixture
def veldmere(run, tmp_path) -> Path:
    """Veldmere after `pa agenda nieuw 2027` from jaarschijf 2026, new termijnen filled in,
    vastgesteld on 1 februari 2027."""
    data = tmp_path / "letters"
    shutil.copytree(FIXTURES / "gemeenten" / "letters", data)
    (data / "agenda-2027.yaml").unlink()
    assert run("agenda", "nieuw", "2027", "--data", str(data)).code == 0
    path = data / "agenda-2027.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in (("1 juni 2026", "1 maart 2027"), ("1 september 2026", "1 mei 2027"),
                     ("eind 2026", "medio 2027")):
        line = f"termijn: vast te stellen  # in 2026: {old}\n"
        assert text.count(line) == 1
        text = text.replace(line, f"termijn: {new}\n")
    text = text.replace("\nrijen:", "\nvastgesteld: 2027-02-01\nrijen:", 1)
    path.write_text(text, encoding="utf-8")
    return data


VELDMERE_BEFORE = (
    "Stand op 15 januari 2027, agenda 2027 (concept: nog niet vastgesteld)\n"
    "\n"
    "nr   onderwerp  actie                   trekker              termijn"
    "                                         uiterlijk   status  stoplicht  te laat\n"
    "A1              Bouwplan opstellen      Heidehuis            1 maart 2027 (voorstel; "
    "geldt: 1 juni 2026)     01-06-2026  open    rood       228 dagen\n"
    "A1b             Aannemer selecteren     Heidehuis            1 mei 2027 (voorstel; "
    "geldt: 1 september 2026)  01-09-2026  lopend  rood       136 dagen\n"
    "B1              Klankbordgroep starten  De Linde, Heidehuis  medio 2027 (voorstel; "
    "geldt: eind 2026)         31-12-2026  open    rood       15 dagen\n"
    "\n"
    "3 acties: 3 rood, 0 oranje, 0 groen, 0 grijs (oranje: termijn binnen 8 weken)\n"
)
VELDMERE_AFTER = (
    "Stand op 1 februari 2027, agenda 2027\n"
    "\n"
    "nr   onderwerp  actie                   trekker              termijn       uiterlijk"
    "   status  stoplicht  te laat\n"
    "A1              Bouwplan opstellen      Heidehuis            1 maart 2027  01-03-2027"
    "  open    oranje\n"
    "A1b             Aannemer selecteren     Heidehuis            1 mei 2027    01-05-2027"
    "  lopend  groen\n"
    "B1              Klankbordgroep starten  De Linde, Heidehuis  medio 2027    30-06-2027"
    "  open    groen\n"
    "\n"
    "3 acties: 0 rood, 1 oranje, 2 groen, 0 grijs (oranje: termijn binnen 8 weken)\n"
)


def test_a_fictional_gemeente_judges_a_concept_by_the_agreed_termijnen(run, veldmere):
    data = ("--data", str(veldmere))
    assert run("status", "--peildatum", "2027-01-15", *data).out == VELDMERE_BEFORE
    assert run("overdue", "--peildatum", "2027-01-15", *data).out.splitlines()[-1] == (
        "3 acties te laat; per partij: Heidehuis 3, De Linde 1")
    assert run("status", "--peildatum", "2027-02-01", *data).out == VELDMERE_AFTER


def test_the_portfolio_judges_a_concept_by_the_agreed_termijnen(run, tmp_path, monkeypatch):
    """Duinwijk's jaarschijf 2027, carried with pa agenda nieuw and A1 proposed for 1 april
    2027: on 1 maart 2027 late by its agreed 1 juni 2026, in the portfolio's overdue list."""
    root = tmp_path / "kust"
    shutil.copytree(FIXTURES / "portefeuille", root)
    monkeypatch.chdir(root)
    (root / "duinwijk" / "agenda-2027.yaml").unlink()
    assert run("agenda", "nieuw", "2027", "--gemeente", "duinwijk").code == 0
    path = root / "duinwijk" / "agenda-2027.yaml"
    text = path.read_text(encoding="utf-8")
    line = "termijn: vast te stellen  # in 2026: 1 juni 2026\n"
    assert text.count(line) == 1
    path.write_text(text.replace(line, "termijn: 1 april 2027\n"), encoding="utf-8")
    r = run("overdue", "--trekker", "Kustwonen", "--peildatum", "1-3-2027", "--gemeente",
            "duinwijk")
    assert r.code == 0, r.err
    assert ("  A1             Nieuwbouwplan duinrand opstellen  Kustwonen              1 april "
            "2027 (voorstel; geldt: 1 juni 2026)  01-06-2026  lopend  rood       273 dagen"
            ) in r.out.splitlines()
    md = run("report", "portefeuille", "--trekker", "Kustwonen", "--peildatum", "1-3-2027").out
    assert ("| A1 |  | Nieuwbouwplan duinrand opstellen | 1 april 2027 (voorstel; geldt: 1 juni "
            "2026) | 1 juni 2026 | 273 dagen | lopend |") in md.splitlines()


# -- pa kalender: a proposed termijn stands on its day, marked as a proposal ----------------

def _kalender(run, *args: str) -> str:
    r = run("kalender", *args)
    assert r.code == 0, r.err
    return r.out


def test_the_kalender_plans_a_proposal_but_says_what_counts(run, ws):
    """Agenda 2024-2025 still a concept: 1.1.2 stands on 31 december 2024, its proposed
    najaar 2024, said to be a proposal with the termijn that counts, as pa status says it; in
    text, Markdown, JSON and the .ics."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    _propose(ws, NEW)
    period = ("--van", "2024-12-01", "--tot", "2024-12-31")
    text = _kalender(run, *period).splitlines()
    assert text[2:4] == [
        "31 december 2024  termijn actie (voorstel; geldt: najaar 2022)    1.1.2 Gezamenlijk "
        "inzicht in ontwikkelingen woningmarkt            Corporaties            afspraak 1.1.2",
        "                  Bespreken in ambtelijk overleg data-analyse en verhuurrapportages "
        "over…"]
    md = _kalender(run, *period, "-f", "md").splitlines()
    assert md[4] == ("| 31 december 2024 | termijn actie (voorstel; geldt: najaar 2022) | 1.1.2 "
                     "Gezamenlijk inzicht in ontwikkelingen woningmarkt | Corporaties | afspraak "
                     "1.1.2 |")
    item = json.loads(_kalender(run, *period, "-f", "json"))["items"][0]
    assert {k: item[k] for k in ("datum", "wanneer", "voorstel", "vorige_termijn")} == {
        "datum": "2024-12-31", "wanneer": "najaar 2024", "voorstel": True,
        "vorige_termijn": "najaar 2022"}
    path = ws.root / "pa.ics"
    assert run("kalender", *period, "--ics", str(path)).code == 0
    from icalendar import Calendar

    event = next(e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")
                 if str(e["uid"]) == "agenda-2022-2023-1.1.2@terneuzen.pa")
    assert str(event["summary"]) == ("Voorstel: termijn actie 1.1.2 Gezamenlijk inzicht in "
                                     "ontwikkelingen woningmarkt")
    assert "\nTermijn: najaar 2024 (voorstel; geldt: najaar 2022)\n" in str(event["description"])


def test_the_kalender_plans_an_agreed_termijn_as_agreed(run, voorgesteld):
    """Vastgesteld on 1 april 2024: a calendar from after it, and one from before it for a day
    after it, show 1.1.2's najaar 2024 as agreed."""
    for van in ("2024-01-01", "2024-12-01"):
        period = ("--van", van, "--tot", "2024-12-31")
        text = _kalender(run, *period)
        assert "voorstel" not in text
        assert re.search(r"\n31 december 2024 +termijn actie +1\.1\.2 Gezamenlijk inzicht", text)
        item = next(i for i in json.loads(_kalender(run, *period, "-f", "json"))["items"]
                    if i["naam"].startswith("1.1.2 "))
        assert (item["voorstel"], item["vorige_termijn"]) == (False, None)


VELDMERE_KALENDER = (
    "Kalender 15 januari 2027 t/m 31 december 2027\n"
    "\n"
    "1 maart 2027  termijn actie (voorstel; geldt: 1 juni 2026)       A1   Heidehuis"
    "            afspraak A1\n"
    "              Bouwplan opstellen\n"
    "1 mei 2027    termijn actie (voorstel; geldt: 1 september 2026)  A1b  Heidehuis"
    "            afspraak A1\n"
    "              Aannemer selecteren\n"
    "30 juni 2027  termijn actie (voorstel; geldt: eind 2026)         B1   De Linde, "
    "Heidehuis  afspraak B1\n"
    "              Klankbordgroep starten\n"
    "\n"
    "0 momenten van de cyclus, 3 termijnen van acties\n"
)


def test_a_fictional_gemeente_kalender_marks_its_proposals(run, veldmere):
    """Veldmere's jaarschijf 2027: vastgesteld on 1 februari 2027, its termijnen stand as
    agreed; before its vaststelling (the line taken out) each is a proposal."""
    args = ("--van", "2027-01-15", "--tot", "2027-12-31", "--data", str(veldmere))
    assert _kalender(run, *args).splitlines()[2:5] == [
        "1 maart 2027  termijn actie  A1   Heidehuis            afspraak A1",
        "              Bouwplan opstellen",
        "1 mei 2027    termijn actie  A1b  Heidehuis            afspraak A1"]
    path = veldmere / "agenda-2027.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("vastgesteld: 2027-02-01\n", ""),
                    encoding="utf-8")
    assert _kalender(run, *args) == VELDMERE_KALENDER
