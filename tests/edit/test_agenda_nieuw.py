"""`pa agenda nieuw`: the yearly cycle walked on a copy of the shipped data, and every refusal."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings

from conftest import AFSPRAKEN, AGENDA, DATA, special, storable
from pa_cli.edit import carry
from pa_cli.edit import record as edit
from pa_cli.load.dataset import load

NEW = "agenda-2024-2025.yaml"
NEXT = "agenda-2026-2027.yaml"


def _json(run, *args):
    r = run(*args, "--format", "json")
    assert r.code == 0, r.err
    return json.loads(r.out)


def _codes(run) -> list[str]:
    return [p["code"] for p in _json(run, "validate")["problems"]]


def _without(text: str, line: str) -> str:
    return "".join(ln for ln in text.splitlines(keepends=True) if ln != line)


def _settle(ws, name: str, vastgesteld: str, termijn: str) -> None:
    """The werkgroep fills in every new termijn and records the vaststelling."""
    text = ws.read(name)
    text = re.sub(r"termijn: vast te stellen  # in \d{4}-\d{4}: [^\n]*", f"termijn: {termijn}",
                  text)
    title = re.search(r"^titel: .*\n", text, re.M)
    assert title
    text = text.replace(title.group(), title.group() + f"vastgesteld: {vastgesteld}\n", 1)
    ws.write(name, text)


def test_new_agenda_carries_what_is_not_done(run, ws):
    """43 open actions move on with herkomst; the old file only gains 43 doorgeschoven lines."""
    original = ws.read(AGENDA)
    afspraken = ws.path(AFSPRAKEN).read_bytes()
    r = run("agenda", "nieuw", "2024-2025")
    assert r.code == 0, r.err
    assert r.out.splitlines() == [
        "geschreven: data/agenda-2024-2025.yaml (43 acties doorgeschoven, 11 lege rijen)",
        "bijgewerkt: data/agenda-2022-2023.yaml (43 rijen kregen 'doorgeschoven: \"2024-2025\"')",
        "Vul de nieuwe termijnen in (pa validate toont waar: 'termijn nog vast te stellen') en "
        "zet 'vastgesteld: JJJJ-MM-DD' bovenaan zodra het overleg de agenda vaststelt.",
        "Voortgang van vóór 2024 legt u vast op de rij in 2022-2023, met die datum: pa set "
        "2022-2023/NR --datum DATUM.",
    ]
    old = ws.read(AGENDA)
    assert old.count('    doorgeschoven: "2024-2025"\n') == 43
    assert _without(old, '    doorgeschoven: "2024-2025"\n') == original
    assert ws.path(AFSPRAKEN).read_bytes() == afspraken
    new = ws.read(NEW)
    assert new.startswith("# yaml-language-server: $schema=schemas/agenda.schema.json\n# ")
    assert "\ntitel: Uitvoeringsagenda 2024-2025\n\nrijen:\n  # 1.1 Beschikbaarheid\n" in new
    assert ('  - nr: "1.1.2"\n    onderwerp: Gezamenlijk inzicht in ontwikkelingen woningmarkt\n'
            in new)
    assert ('    termijn: vast te stellen  # in 2022-2023: najaar 2022\n    status: open\n'
            '    herkomst: "2022-2023/1.1.2"\n\n') in new
    assert '  - nr: "1.1.5"\n    afspraak: "1.1.6"\n    onderwerp: Verkoop\n' in new
    assert '  - nr: "2.4"\n\n' in new  # an afspraak without action stays an empty row
    # the texts are the old ones, exactly: multi-line actie included
    rows = {r["nr"]: r for r in _json(run, "status", "--peildatum", "2024-03-01")}
    before = {r["nr"]: r for r in _json(run, "status", "--peildatum", "2023-03-01")}
    assert len(rows) == 43 and rows["1.1.10"]["actie"] == before["1.1.10"]["actie"]
    assert all(rows[n]["herkomst"] == f"2022-2023/{n}" for n in rows)
    codes = _codes(run)
    assert new.count("termijn: vast te stellen  # in 2022-2023: ") == 22  # 23, one "vanaf 2023"
    assert "PA040" in codes and "PA043" in codes
    assert run("validate").code == 0


def test_old_file_keeps_its_bytes_with_crlf_and_a_bom(run, ws):
    """A CRLF file with a BOM gets the doorgeschoven lines in its own line ends, nothing else."""
    raw = ws.path(AGENDA).read_bytes()
    ws.path(AGENDA).write_bytes(b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"))
    assert run("agenda", "nieuw", "2024-2025").code == 0
    after = ws.path(AGENDA).read_bytes()
    line = b'    doorgeschoven: "2024-2025"\r\n'
    assert after.count(line) == 43
    assert after.replace(line, b"") == b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n")


def test_the_cycle_over_three_agendas(run, ws):
    """2022-2023 -> 2024-2025 -> 2026-2027, with progress; checked in 2024, 2025 and 2026."""
    original = ws.read(AGENDA)
    afspraken = ws.path(AFSPRAKEN).read_bytes()

    # spring 2024: the new agenda, vastgesteld, with new termijnen
    assert run("agenda", "nieuw", "2024-2025").code == 0
    _settle(ws, NEW, "2024-04-01", "najaar 2024")
    assert [c for c in _codes(run) if c != "PA034"] == []

    # progress during 2024
    r = run("set", "1.1.3", "-s", "gereed", "-m", "Eerste bouwtafel gehouden", "--datum",
            "2024-06-01")
    assert (r.code, r.err) == (0, "")
    assert r.out.startswith("data/agenda-2024-2025.yaml:")
    assert run("set", "2024-2025/1.1.4", "-s", "vervallen", "-m", "Opgenomen in 1.1.3",
               "--datum", "2024-06-01").code == 0
    assert run("set", "1.1.2", "-s", "lopend", "--datum", "2024-06-01").code == 0
    assert ws.read(AGENDA).count("status: gereed") == 0  # progress lands in the new agenda

    # peildatum in 2024: the 2024-2025 agenda, each action once
    s2024 = {r["nr"]: r for r in _json(run, "status", "--peildatum", "2024-10-01")}
    assert len(s2024) == 43 and {r["agenda"] for r in s2024.values()} == {"2024-2025"}
    assert (s2024["1.1.3"]["status"], s2024["1.1.3"]["stoplicht"]) == ("gereed", "groen")
    assert s2024["1.1.2"]["stoplicht"] == "groen"
    text = run("status", "--peildatum", "2024-10-01")
    assert text.err == "" and text.out.startswith("Stand op 1 oktober 2024, agenda 2024-2025\n")

    # peildatum in 2025: najaar 2024 has passed
    late = _json(run, "overdue", "--peildatum", "2025-03-01")
    nrs = {a["nr"] for p in late["partijen"] for a in p["acties"]}
    assert "1.1.2" in nrs and "1.1.3" not in nrs and "1.1.4" not in nrs
    assert len(nrs) == 21  # 22 with a deadline (the others are ongoing), one of them gereed
    for naam in ("handout", "stoplicht", "agenda"):
        md = run("report", naam, "--peildatum", "2025-03-01")
        assert md.code == 0 and md.err == ""
        assert "in verlenging" not in md.out
    agenda_md = run("report", "agenda", "--peildatum", "2025-03-01").out
    assert agenda_md.startswith("# Uitvoeringsagenda 2024-2025\n")

    # spring 2026, in verlenging: the next agenda carries from 2024-2025
    before_2024 = ws.read(NEW)
    r = run("agenda", "nieuw", "2026-2027")
    assert r.out.splitlines()[0] == ("geschreven: data/agenda-2026-2027.yaml (41 acties "
                                     "doorgeschoven, 13 lege rijen)")
    assert _without(ws.read(NEW), '    doorgeschoven: "2026-2027"\n') == before_2024
    _settle(ws, NEXT, "2026-04-01", "najaar 2026")  # valid: the afspraken are in verlenging
    assert [c for c in _codes(run) if c != "PA034"] == []
    s2026 = _json(run, "status", "--peildatum", "2026-03-01")
    assert len(s2026) == 41
    assert next(r for r in s2026 if r["nr"] == "1.1.2")["herkomst"] == "2024-2025/1.1.2"
    # vastgesteld on 1 april 2026: on 1 maart it was still a concept (issue 20, point 9)
    assert run("status", "--peildatum", "2026-03-01").out.startswith(
        "Stand op 1 maart 2026, agenda 2026-2027 (concept: nog niet vastgesteld, afspraak 5.3), "
        "in verlenging sinds 1 januari 2026\n")
    assert run("status", "--peildatum", "2026-04-01").out.startswith(
        "Stand op 1 april 2026, agenda 2026-2027, in verlenging sinds 1 januari 2026\n")
    # till then its termijnen (najaar 2026) are proposals and the agreed ones of 2024-2025
    # (najaar 2024) count: the same actions late as a year before (issue 20, point 9)
    late = _json(run, "overdue", "--peildatum", "2026-03-01")
    assert {a["nr"] for p in late["partijen"] for a in p["acties"]} == nrs
    assert len(_json(run, "overdue", "--peildatum", "2026-04-01")["partijen"]) == 0
    late = _json(run, "overdue", "--peildatum", "2027-01-15")
    assert {a["nr"] for p in late["partijen"] for a in p["acties"]} >= {"1.1.2"}
    for naam in ("handout", "stoplicht", "agenda"):
        md = run("report", naam, "--peildatum", "2026-03-01").out
        assert "Prestatieafspraken Terneuzen 2022-2025 (in verlenging sinds 1 januari 2026)" in md
    # the 2024-2025 rows moved on: shown as moved and counted nowhere else
    old = _json(run, "status", "--peildatum", "2026-03-01", "--agenda", "2024-2025")
    moved = [r for r in old if r["doorgeschoven"]]
    assert len(moved) == 41 and all(r["stoplicht"] is None for r in moved)
    assert {r["nr"] for r in old if not r["doorgeschoven"]} == {"1.1.3", "1.1.4"}
    # validate counts each action once: 41 in 2026-2027, 1.1.3 and 1.1.4 in 2024-2025
    checked = _json(run, "validate")
    assert (checked["acties"], checked["doorgeschoven"]) == (43, 84)

    # the shipped files: only the recorded carry-over changed
    assert _without(ws.read(AGENDA), '    doorgeschoven: "2024-2025"\n') == original
    assert ws.path(AFSPRAKEN).read_bytes() == afspraken


@pytest.mark.parametrize("jaren, message", [
    ("2024", "pa: jaren '2024' hebben niet de vorm JJJJ-JJJJ; schrijf bijvoorbeeld 2024-2025"),
    ("24-25", "pa: jaren '24-25' hebben niet de vorm JJJJ-JJJJ; schrijf bijvoorbeeld 2024-2025"),
    ("2025-2024", "pa: jaren '2025-2024' zijn geen twee opvolgende jaren; een agenda geldt voor "
                  "twee jaar (afspraak 5.3), bijvoorbeeld 2024-2025"),
    ("2024-2026", "pa: jaren '2024-2026' zijn geen twee opvolgende jaren; een agenda geldt voor "
                  "twee jaar (afspraak 5.3), bijvoorbeeld 2024-2025"),
])
def test_malformed_years_are_a_bad_command_line(run, ws, jaren, message):
    """Years not written as two consecutive JJJJ-JJJJ: exit 2, nothing written."""
    before = ws.snapshot()
    r = run("agenda", "nieuw", jaren)
    assert (r.code, r.err.strip()) == (2, message)
    assert ws.snapshot() == before


def test_refusals_write_nothing(run, ws):
    """Target exists, overlapping years, a later agenda, nothing to carry from: exit 1."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    before = ws.snapshot()
    cases = [
        ("2024-2025", "pa: geweigerd: data/agenda-2024-2025.yaml bestaat al; pa overschrijft "
                      "geen agenda. Kies andere jaren, of verwijder of hernoem het bestand eerst"),
        ("2025-2026", "pa: geweigerd: de jaren 2025-2026 overlappen met agenda 2024-2025; een "
                      "nieuwe agenda begint na de laatste (bijvoorbeeld 2026-2027)"),
        ("2023-2024", "pa: geweigerd: de jaren 2023-2024 overlappen met agenda 2022-2023; een "
                      "nieuwe agenda begint na de laatste (bijvoorbeeld 2026-2027)"),
        ("2020-2021", "pa: geweigerd: er is geen agenda om acties uit door te schuiven: de "
                      "datamap heeft geen agenda-JJJJ-JJJJ.yaml van vóór 2020. Maak de eerste "
                      "agenda met de hand, zoals agenda-2022-2023.yaml"),
    ]
    for jaren, message in cases:
        r = run("agenda", "nieuw", jaren)
        assert (r.code, r.err.strip()) == (1, message), jaren
        assert ws.snapshot() == before


def test_a_gap_before_a_later_agenda_is_refused(run, ws):
    """With 2022-2023 and 2026-2027 present, 2024-2025 would not follow the latest: exit 1."""
    ws.write(NEXT, "titel: Uitvoeringsagenda 2026-2027\nvastgesteld: 2026-04-01\nrijen: []\n")
    before = ws.snapshot()
    r = run("agenda", "nieuw", "2024-2025")
    assert (r.code, r.err.strip()) == (1, "pa: geweigerd: er is al een latere agenda (2026-2027); "
                                          "pa agenda nieuw maakt alleen een agenda na de laatste")
    assert ws.snapshot() == before


def test_no_agenda_at_all(run, ws):
    """Without any agenda file there is nothing to carry from: exit 1, nothing written."""
    ws.path(AGENDA).unlink()
    before = ws.snapshot()
    r = run("agenda", "nieuw", "2024-2025")
    assert (r.code, r.err.strip()) == (1, "pa: geweigerd: er is geen agenda om acties uit door "
                                          "te schuiven: de datamap heeft geen agenda-JJJJ-JJJJ"
                                          ".yaml van vóór 2024. Maak de eerste agenda met de "
                                          "hand, zoals agenda-2022-2023.yaml")
    assert ws.snapshot() == before


def test_invalid_data_is_refused(run, ws):
    """With errors in the data nothing is carried over: exit 1 and the errors."""
    ws.replace(AGENDA, "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\"",
               "termijn: najaaar 2022\n    status: open\n\n  - nr: \"1.1.3\"")
    before = ws.snapshot()
    r = run("agenda", "nieuw", "2024-2025")
    assert r.code == 1 and "PA012" in r.err
    assert ws.snapshot() == before


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("carry")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(toelichting=storable | special)
def test_any_text_survives_the_carry_over(scratch, toelichting):
    """Whatever the toelichting of a lopend action holds, the new agenda holds exactly it."""
    work = scratch / "data"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(DATA, work)
    edit.set_status(work, "1.1.3", "lopend", toelichting, date(2023, 3, 1))
    carry.nieuwe_agenda(work, "2024-2025")
    agendas = {a.jaren: a for a in load(work).agendas}
    row = next(r for r in agendas["2024-2025"].rijen if r.nr == "1.1.3")
    assert (row.status, row.toelichting, row.herkomst) == ("lopend", toelichting,
                                                          "2022-2023/1.1.3")


def test_a_carried_action_warns_once_on_its_newest_row(run, ws):
    """PA040 (termijn nog vast te stellen) and PA034 (onderwerp differs) stand on the newest row
    of a carried action only: the old rows are history, and a warning per agenda teaches users
    to skip warnings. Nothing else is lost: the old rows are still read."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    assert run("agenda", "nieuw", "2026-2027").code == 0
    problems = _json(run, "validate")["problems"]
    where = sorted({(p["code"], p["file"]) for p in problems if p["code"] in ("PA034", "PA040")})
    assert where == [("PA034", "data/agenda-2026-2027.yaml"),
                     ("PA040", "data/agenda-2026-2027.yaml")]
    assert [p["code"] for p in problems].count("PA034") == 1
    assert [p["code"] for p in problems].count("PA040") == 22
    pa034 = next(p for p in problems if p["code"] == "PA034")
    assert pa034["message"] == ("onderwerp van agendarij 4.4 ('Opzetten sociale wijkteams') "
                                "wijkt af van afspraak 4.4 ('Opzet sociale wijkteams'); "
                                "controleer of de rij bij de juiste afspraak hoort")
