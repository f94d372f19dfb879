"""`pa wijzigingen` reports a change of every key pa reads: a walk over the schema's records
(model/records.py, model/monitor.py, model/cyclus.py) changes each key of one instance in turn
and asks the comparison for at least one change. A new key in the schema is walked too; an
unreported one fails here."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from conftest import AFSPRAKEN, AGENDA, Git
from pa_cli.base import termijn
from pa_cli.history.diff import compare
from pa_cli.history.diff_document import agenda_changes, document_changes
from pa_cli.history.diff_monitor import monitor_changes
from pa_cli.load.dataset import Dataset, load
from pa_cli.model.fieldtypes import Bool, Custom, Date, Enum, ListOf, Nr, RefList, Text
from pa_cli.model.monitor import INDICATOREN
from pa_cli.model.records import AFSPRAKEN as AFSPRAKEN_RECORD
from pa_cli.model.records import AGENDA as AGENDA_RECORD
from pa_cli.model.schema import Record


def _changes(old: Dataset, new: Dataset) -> list[Any]:
    return (agenda_changes(old, new) + compare(old, new) + document_changes(old, new)
            + monitor_changes(old, new))


def _other(t: Any, value: Any) -> Any:
    """A valid value of type `t` that differs from `value`."""
    if isinstance(t, Enum):
        return next(v for v in t.values if v != value)
    if isinstance(t, Bool):
        return not value
    if isinstance(t, Date):
        return (value or date(2023, 1, 1)) + timedelta(days=1)
    if isinstance(t, RefList):
        return [*(value or []), "Gemeente" if "Gemeente" not in (value or []) else "Clavis"]
    if isinstance(t, ListOf):
        extra = _other(t.item, None)
        return [*(value or []), extra]
    if isinstance(t, Nr):  # Ident too
        return "2030-2031" if "-" in t.example and "/" not in t.example and t.example[0] == "2" \
            else (t.example if value != t.example else t.example + "9")
    if isinstance(t, Text):
        return (value or "Iets") + " gewijzigd"
    if isinstance(t, Custom):
        by_label = {"termijn": termijn.parse("eind 2024"), "wanneer": "najaar",
                    "aantal weken": 3, "jaartal": 2030, "jaren": (2030, 2031),
                    "aantal jaren": 1}
        new = by_label[t.label]
        return new if new != value else {"termijn": termijn.parse("eind 2025"),
                                         "wanneer": "voorjaar", "aantal weken": 4,
                                         "jaartal": 2031, "jaren": (2031, 2032),
                                         "aantal jaren": 3}[t.label]
    if t.label == "getal":
        return (value or 0) + 1
    raise AssertionError(f"no other value for {t!r}: add one to _other")


def _instances(obj: Any, rec: Record, found: dict[str, list[tuple[Record, Any, list]]],
               path: list) -> None:
    found.setdefault(rec.name, []).append((rec, obj, path))
    for f in rec.fields:
        value = getattr(obj, f.key)
        t = f.type.item if isinstance(f.type, ListOf) else f.type
        if not isinstance(t, Record):
            continue
        for i, item in enumerate(value if isinstance(f.type, ListOf) else [value]):
            if item is not None:
                _instances(item, t, found, [*path, (f.key, i if isinstance(f.type, ListOf)
                                                    else None)])


def _follow(ds: Dataset, root: str, path: list) -> Any:
    obj: Any = ds.afspraken if root == "afspraken" else (
        ds.indicatoren if root == "indicatoren" else ds.agendas[int(root)])
    for key, i in path:
        obj = getattr(obj, key) if i is None else getattr(obj, key)[i]
    return obj


@pytest.fixture
def full(repo: Git, ws, run):
    """The shipped data with a voortgang step, a meting, instellingen and a vaststelling, so
    that every record has an instance."""
    assert run("set", "1.1.3", "-s", "lopend", "-m", "Eerste bouwtafel", "--datum",
               "2023-02-01").code == 0
    assert run("meet", "sociale-voorraad", "--waarde", "5080", "--bron", "Jaarverslag",
               "--jaar", "2022", "--corporatie", "Clavis").code == 0
    assert run("meet", "sociale-voorraad", "--waarde", "5100", "--bron", "Monitor",
               "--peildatum", "2023-01-01").code == 0
    ws.replace(AFSPRAKEN, "\nthemas:\n", "\ninstellingen:\n  marge_weken: 8\n\nthemas:\n")
    ws.replace(AGENDA, "\nrijen:\n", "\nvastgesteld: 2022-12-05\nrijen:\n")
    return ws.data


def _walk(ds: Dataset) -> dict[str, list[tuple[str, Record, list]]]:
    found: dict[str, list] = {}
    assert ds.afspraken is not None and ds.indicatoren is not None
    roots = [("afspraken", AFSPRAKEN_RECORD, ds.afspraken),
             ("indicatoren", INDICATOREN, ds.indicatoren),
             *((str(n), AGENDA_RECORD, a) for n, a in enumerate(ds.agendas))]
    out: dict[str, list] = {}
    for root, rec, obj in roots:
        found = {}
        _instances(obj, rec, found, [])
        for name, items in found.items():
            out.setdefault(name, []).extend((root, r, p) for r, _, p in items)
    return out


def test_every_key_of_every_record_is_reported_when_it_changes(full):
    old = load(full)
    instances = _walk(old)
    missing: list[str] = []
    for name, items in instances.items():
        rec = items[0][1]
        for f in rec.fields:
            new = load(full)  # a fresh copy to change
            if isinstance(f.type, ListOf) and isinstance(f.type.item, Record):
                # one element less, of the first instance that has any
                objs = [_follow(new, root, path) for root, _, path in items]
                obj = next((o for o in objs if getattr(o, f.key)), None)
                if obj is None:
                    missing.append(f"{rec.what}.{f.key}: no instance with elements")
                    continue
                setattr(obj, f.key, getattr(obj, f.key)[:-1])
                if not _changes(old, new):
                    missing.append(f"{rec.what}.{f.key}")
                continue
            if isinstance(f.type, Record):
                continue  # its keys are walked as a record of their own
            # the first instance where the change is valid data: a doel has waarde or peil, a
            # meting jaar or peildatum
            for root, _, path in items:
                new = load(full)  # a fresh copy to change
                obj = _follow(new, root, path)
                setattr(obj, f.key, _other(f.type, getattr(obj, f.key)))
                if _changes(old, new):
                    break
            else:
                missing.append(f"{rec.what}.{f.key}")
    assert missing == []
    reached = set(instances)
    assert {"Afspraken", "Agenda", "Indicatoren", "Rij", "Voortgang", "Meting", "Doel", "Moment",
            "Looptijd", "Ondertekening", "Ondertekenaar", "Instellingen", "Blok", "Sectie",
            "Thema", "Afspraak", "Partij", "Groep", "Indicator", "Regels", "AgendaRegel",
            "Bron"} <= reached
