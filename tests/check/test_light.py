"""A set validated in brief (check/light.py): the same answer as the whole check, without the
whole model when nothing changed (issue 18, part 4: a portfolio of 340 sets warm within 1 s)."""

from __future__ import annotations

import stat

import pytest

from conftest import AGENDA
from pa_cli.check import light
from pa_cli.check.validate import check_dir
from pa_cli.load import cache
from pa_cli.show.output import validation_report


@pytest.fixture
def parts(monkeypatch):
    """The cache files read, by part ("" the whole model, "kern" the brief)."""
    asked: list[str] = []
    get = cache.get

    def counting(directory, key, most=cache.MAX_CACHE_BYTES, part=""):
        asked.append(part)
        return get(directory, key, most, part)

    monkeypatch.setattr(cache, "get", counting)
    return asked


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_the_brief_reports_what_the_whole_check_reports(ws, fmt):
    """Fresh and from the cache, with a warning and with an error (its line echoed)."""
    full = validation_report([check_dir(ws.data)], fmt)
    assert validation_report([(b := light.check_light(ws.data), b.problems)], fmt) == full
    assert validation_report([(b := light.check_light(ws.data), b.problems)], fmt) == full
    ws.replace(AGENDA, "    onderwerp: Verkoop\n", "    onderwrp: Verkoop\n")
    broken = validation_report([check_dir(ws.data)], fmt)
    assert "PA0" in broken and broken != full
    for _ in range(2):  # fresh, then from the cache
        brief = light.check_light(ws.data)
        assert validation_report([(brief, brief.problems)], fmt) == broken


def test_a_set_that_did_not_change_is_answered_from_the_brief_alone(ws, parts):
    light.check_light(ws.data)
    parts.clear()
    brief = light.check_light(ws.data)
    assert parts == ["kern"]  # the whole model is not read
    assert brief.afspraken is not None
    assert [p.id for p in brief.afspraken.partijen] == ["gemeente", "clavis", "wzv", "shb",
                                                        "bewonersraad-clavis"]
    assert brief.afspraken.themas == []  # the head only
    assert brief.counts["acties"] == 43
    # the whole model when a command needs it, as the whole check gives it
    ds = light.dataset(brief)
    assert parts == ["kern", ""]
    whole, _ = check_dir(ws.data)
    assert [len(a.rijen) for a in ds.agendas] == [len(a.rijen) for a in whole.agendas] == [54]
    assert ds.afspraken is not None and len(ds.afspraken.alle_afspraken()) == 55


def test_a_change_misses_the_brief_too(ws, parts):
    before = light.check_light(ws.data)
    assert not any(p.severity == "fout" for p in before.problems)
    ws.replace(AGENDA, "    onderwerp: Verkoop\n", "    onderwrp: Verkoop\n")
    after = light.check_light(ws.data)
    assert any(p.severity == "fout" for p in after.problems)
    assert light.dataset(after) is light.dataset(after)  # just checked: no second read


def test_the_brief_is_a_private_file_of_the_users_own(ws):
    light.check_light(ws.data)
    path = cache.cache_file(ws.data, light.PART)
    assert path is not None and path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_bytes(b"not json")  # damaged: read again, never an error
    assert light.check_light(ws.data).counts["afspraken"] == 55
