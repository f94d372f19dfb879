"""A key written without a value (`trekker:`, `status:`) is a problem with its fix, for every key
of every record pa reads; only a list may be empty (`metingen:` is `metingen: []`)."""

from __future__ import annotations

import pytest

from conftest import AGENDA
from pa_cli.model.fieldtypes import ListOf
from pa_cli.model.monitor import INDICATOREN
from pa_cli.model.records import AFSPRAKEN
from pa_cli.model.records import AGENDA as AGENDA_RECORD
from pa_cli.model.schema import Checker, Record
from pa_cli.yamlio.read import read_text


def _records() -> list[Record]:
    """Every record reachable from the three files, each once."""
    seen: dict[str, Record] = {}
    todo = [AFSPRAKEN, AGENDA_RECORD, INDICATOREN]
    while todo:
        rec = todo.pop()
        if rec.name in seen:
            continue
        seen[rec.name] = rec
        for f in rec.fields:
            t = f.type.item if isinstance(f.type, ListOf) else f.type
            if isinstance(t, Record):
                todo.append(t)
    return list(seen.values())


KEYS = [pytest.param(rec, f.key, id=f"{rec.what}.{f.key}") for rec in _records()
        for f in rec.fields]


def test_the_walk_reaches_every_record():
    names = {rec.name for rec in _records()}
    assert {"Afspraken", "Agenda", "Indicatoren", "Rij", "Voortgang", "Moment", "Meting",
            "Doel", "Looptijd", "Blok"} <= names


@pytest.mark.parametrize(("rec", "key"), KEYS)
def test_an_empty_value_is_a_problem_on_its_line(rec: Record, key: str):
    data, problems = read_text("x.yaml", f"# bovenaan\n{key}:\n")
    assert data is not None and problems == []
    checker = Checker("x.yaml")
    obj = checker.record(rec, data, data.pos, rec.what)
    on_key = [p for p in checker.problems if p.line == 2 and p.code != "PA020"]  # PA020: others
    if isinstance(rec.by_key[key].type, ListOf):  # `metingen:` is an empty list, like `[]`
        assert getattr(obj, key) == []
        minimum = rec.by_key[key].type.min_items
        assert bool(on_key) == bool(minimum), on_key
    else:
        assert len(on_key) == 1, checker.problems
        assert on_key[0].severity == "fout"
        assert f"'{key}' van " in on_key[0].message and "leeg" in on_key[0].message


def test_empty_trekker_and_status_of_an_actie(run, ws):
    """The action no longer vanishes from `pa status --trekker` and `pa overdue`: validation
    refuses it with the fix, as it refuses `trekker: []` and a missing key."""
    text = ws.read(AGENDA)
    start = text.index("  - nr: \"1.1.2\"\n")
    row = text[start:text.index("  - nr: ", start + 1)]
    ws.write(AGENDA, text.replace(row, row.replace("    trekker: [Corporaties]\n", "    trekker:\n")
                                  .replace("    status: open\n", "    status:\n"), 1))
    r = run("validate")
    assert r.code == 1
    line = ws.line_of(AGENDA, "  - nr: \"1.1.2\"")
    lines = [ln for ln in r.out.splitlines() if "PA026" in ln]
    assert lines == [
        f"data/agenda-2022-2023.yaml:{line + 3}:13: fout PA026: 'trekker' van agendarij 1.1.2 "
        "is leeg; noem minstens één partij, zoals [Gemeente]",
        f"data/agenda-2022-2023.yaml:{line + 5}:12: fout PA026: 'status' van agendarij 1.1.2 "
        "is leeg; vul open, lopend, gereed of vervallen in",
    ]
    assert run("status", "--trekker", "Clavis").code == 1


def test_an_empty_optional_key_may_also_be_left_out(run, ws):
    """Where leaving the key out is fine (a concept has no `vastgesteld`), the fix says so."""
    ws.replace(AGENDA, "\nrijen:\n", "\nvastgesteld:\nrijen:\n")
    r = run("validate")
    assert r.code == 1
    line = ws.line_of(AGENDA, "vastgesteld:")
    assert (f"data/agenda-2022-2023.yaml:{line}:13: fout PA026: 'vastgesteld' van het "
            "agendabestand is leeg; vul een datum in of laat de sleutel weg") in r.out
