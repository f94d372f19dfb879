"""What happened since the last overleg, when `pa agenda nieuw` has split it over two agendas."""

from __future__ import annotations

from conftest import AGENDA

PEIL = ("--peildatum", "2026-11-27", "--sinds", "2026-10-01")


def _ok(run, *args: str) -> str:
    r = run(*args)
    assert r.code == 0, r.err
    return r.out


def _before_and_after_the_new_agenda(run) -> None:
    """The werkgroep's autumn: three steps in agenda 2022-2023, then the new agenda, then one
    step in it."""
    _ok(run, "set", "rij:3.3", "-s", "gereed", "--datum", "15-10-2026", "-m", "Zorgtafel loopt")
    _ok(run, "set", "1.1.3", "-s", "lopend", "--datum", "20-10-2026")
    _ok(run, "set", "2.1", "-s", "lopend", "--datum", "2-11-2026", "-m", "Offerte gevraagd")
    _ok(run, "agenda", "nieuw", "2026-2027")
    _ok(run, "set", "1.1.3", "-s", "gereed", "--datum", "20-11-2026", "-m", "Woonprogramma")


def _voortgang(md: str) -> list[str]:
    part = md.split("## 4. Voortgang sinds 1 oktober 2026\n\n", 1)[1].split("\n\n## ", 1)[0]
    return part.splitlines()


def test_handout_lists_the_steps_of_both_agendas_once(run, ws):
    """Steps recorded in the old agenda before `pa agenda nieuw` stay in the handout, each once,
    named as the agenda shown names the action, or JAREN/nr when it stayed behind."""
    _before_and_after_the_new_agenda(run)
    assert _voortgang(_ok(run, "report", "handout", *PEIL)) == [
        "| datum | nr | onderwerp | status | toelichting |",
        "|---|---|---|---|---|",
        "| 15 oktober 2026 | 2022-2023/3.3 | Samenwerking met zorg | gereed | Zorgtafel loopt |",
        "| 20 oktober 2026 | 1.1.3 | In samenhang sturen op gebiedsontwikkeling | lopend |  |",
        "| 2 november 2026 | 2.1 | Warmtenet businesscase | lopend | Offerte gevraagd |",
        "| 20 november 2026 | 1.1.3 | In samenhang sturen op gebiedsontwikkeling | gereed | "
        "Woonprogramma |"]
    html = _ok(run, "report", "handout", "-f", "html", *PEIL)
    assert ('<tr><td class="datum">15 oktober 2026</td><td class="nr">2022-2023/3.3</td>'
            '<td>Samenwerking met zorg</td><td>gereed</td><td class="tekst">Zorgtafel loopt</td>'
            '</tr>') in html


def test_handout_of_the_old_agenda_names_the_carried_actions_where_they_went(run, ws):
    """With --agenda 2022-2023 the same four steps show, the carried ones as 2026-2027/nr."""
    _before_and_after_the_new_agenda(run)
    rows = _voortgang(_ok(run, "report", "handout", *PEIL, "--agenda", "2022-2023"))
    assert [r.split(" | ")[1] for r in rows[2:]] == [
        "3.3", "2026-2027/1.1.3", "2026-2027/2.1", "2026-2027/1.1.3"]


def test_voortgang_of_both_agendas_follows_the_selection(run, ws):
    """--trekker and --thema choose among the old agenda's steps as among the new one's."""
    _ok(run, "set", "1.1.2", "-s", "lopend", "--datum", "1-10-2026")  # trekker: Corporaties
    _before_and_after_the_new_agenda(run)
    rows = _voortgang(_ok(run, "report", "handout", *PEIL, "--thema", "3"))
    assert [r.split(" | ")[1] for r in rows[2:]] == ["2022-2023/3.3"]
    rows = _voortgang(_ok(run, "report", "handout", *PEIL, "--trekker", "Clavis"))
    assert [r.split(" | ")[1] for r in rows[2:]] == ["1.1.2"]


def test_stoplicht_says_an_afspraak_was_done_in_the_previous_agenda(run, ws):
    """Afspraak 3.3, gereed in 2022-2023 in the period, is not an untouched empty row."""
    _before_and_after_the_new_agenda(run)
    md = _ok(run, "report", "stoplicht", *PEIL)
    assert ("| 3.3 | Samenwerking met zorg | _agendarij nog leeg; gereed op 15 oktober 2026 "
            "(agenda 2022-2023)_ | Gemeente |  |  | leeg |  |") in md.splitlines()
    html = _ok(run, "report", "stoplicht", "-f", "html", *PEIL)
    assert ('<td class="leeg-tekst">agendarij nog leeg<span class="onder">gereed op 15 oktober '
            '2026 (agenda 2022-2023)</span></td>') in html
    # before the period it is old news: the row is just empty
    md = _ok(run, "report", "stoplicht", "--peildatum", "2026-11-27", "--sinds", "2026-10-16")
    assert "| 3.3 | Samenwerking met zorg | _agendarij nog leeg_ |" in md


def test_stoplicht_adds_the_done_action_beside_the_carried_one(run, ws):
    """An afspraak with a carried action 3.3b and its 3.3 gereed in the old agenda shows both."""
    ws.replace(AGENDA, '  - nr: "3.4"\n', '  - nr: "3.3b"\n    actie: Tweede zorgtafel.\n'
               '    trekker: [Gemeente]\n    termijn: "2023"\n    status: open\n\n'
               '  - nr: "3.4"\n')
    _before_and_after_the_new_agenda(run)
    rows = [ln for ln in _ok(run, "report", "stoplicht", *PEIL).splitlines()
            if ln.startswith(("| 3.3 ", "| 2022-2023/3.3 "))]
    assert rows == [
        "| 3.3 (agenda 3.3b) | Samenwerking met zorg | Tweede zorgtafel. | Gemeente | vast te "
        "stellen (was 2023) | open | 🔴 rood (1.062 dagen te laat) |  |",
        "| 2022-2023/3.3 | Samenwerking met zorg | _gereed op 15 oktober 2026 (agenda "
        "2022-2023)_ | Gemeente | juni 2022 | gereed |  | Zorgtafel loopt |"]
