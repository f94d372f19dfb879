"""The cache of validated data never shows stale data and never gets in the way."""

from __future__ import annotations

import json
import os

from conftest import AGENDA
from pa_cli import cache


def _status(run, key="status"):
    return {r["nr"]: r[key] for r in json.loads(run("status", "-f", "json").out)}


def test_an_edit_is_seen_at_once(run, ws):
    """Changing a data file, even keeping its size and modification time, changes the answer."""
    assert _status(run, "uiterlijk")["1.1.3"] == "2022-12-31"
    path = ws.path(AGENDA)
    stat = path.stat()
    old = 'termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.4"'
    ws.replace(AGENDA, old, old.replace("2022", "2023"))
    assert path.stat().st_size == stat.st_size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _status(run, "uiterlijk")["1.1.3"] == "2023-12-31"


def test_an_error_is_seen_at_once(run, ws):
    """A file broken after a clean run is reported, not answered from the cache."""
    assert run("validate").code == 0
    ws.replace(AGENDA, "    onderwerp: Verkoop\n", "    onderwrp: Verkoop\n")
    assert run("validate").code == 1
    assert run("status").code == 1


def test_cached_answer_equals_fresh_answer(run, ws, monkeypatch):
    """The second run (from the cache) prints exactly what a run without cache prints."""
    first = run("validate").out
    assert cache.cache_file(ws.data).is_file()
    second = run("validate").out
    monkeypatch.setenv("PA_NO_CACHE", "1")
    assert first == second == run("validate").out


def test_corrupt_cache_is_ignored(run, ws):
    """A damaged cache file is rebuilt, not trusted."""
    run("validate")
    cache.cache_file(ws.data).write_bytes(b"not a pickle")
    assert _status(run)["1.1.3"] == "open"


def test_unwritable_cache_does_not_break_commands(run, ws, monkeypatch, tmp_path):
    """With a cache directory that cannot be created, commands still work."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert run("validate").code == 0
