"""The cache of validated data never shows stale data and never gets in the way."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import zlib
from datetime import timedelta
from pathlib import Path

from conftest import AGENDA, REPO, TODAY
from pa_cli.base import clock
from pa_cli.load import cache


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
    cache.cache_file(ws.data).write_bytes(b"not json")
    assert _status(run)["1.1.3"] == "open"


def test_unwritable_cache_does_not_break_commands(run, ws, monkeypatch, tmp_path):
    """With a cache directory that cannot be created, commands still work."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert run("validate").code == 0


class _Plant:
    """Whoever unpickles this runs os.system: the planted file must never be loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_a_planted_pickle_never_runs(run, ws, tmp_path):
    """A pickle planted where the cache lives (old or new name) is never loaded, so never runs."""
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Plant(marker))
    path = cache.cache_file(ws.data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(payload)
    old_name = f"{zlib.crc32(str(ws.data.resolve()).encode()):08x}.pickle"
    (path.parent / old_name).write_bytes(payload)
    assert _status(run)["1.1.3"] == "open"
    assert run("validate").code == 0
    assert not marker.exists()


def test_a_cache_naming_foreign_classes_is_ignored(run, ws):
    """A cache file with the right key but a value naming anything outside the model is ignored."""
    run("validate")
    path = cache.cache_file(ws.data)
    form, key, _ = json.loads(path.read_text(encoding="utf-8"))
    for payload in (["o", "system", "x", 1], ["n", "Popen", "id"], {"__class__": "os"},
                    ["t", ["l", ["o", "Path", "_raw", "/"]]]):
        path.write_text(json.dumps([form, key, payload]), encoding="utf-8")
        assert _status(run)["1.1.3"] == "open"


def _tamper(run, ws) -> Path:
    """Fill the cache, then change the cached answer for 1.1.3 (keeping the key)."""
    assert _status(run)["1.1.3"] == "open"
    path = cache.cache_file(ws.data)
    text = path.read_text(encoding="utf-8")
    assert text.count('"status","open"') > 1
    path.write_text(text.replace('"status","open"', '"status","vervallen"'), encoding="utf-8")
    os.chmod(path, 0o600)
    return path


def test_the_tampered_cache_is_used_when_private(run, ws):
    """The tampering below works: a private cache file is trusted (so each refusal means it)."""
    _tamper(run, ws)
    assert _status(run)["1.1.3"] == "vervallen"


def test_a_cache_in_proportion_to_the_data_is_read_above_the_fixed_limit(run, ws, monkeypatch):
    """Thousands of agendas make a cache above the fixed 64 MB (2,000 agendas: 96 MB, which was
    then written on every run and never read); up to 8 bytes per byte of data it is read. Shown
    with the fixed limit lowered to 1 kB, below the cache of the shipped data."""
    monkeypatch.setattr(cache, "MAX_CACHE_BYTES", 1_000)
    path = _tamper(run, ws)
    assert path.stat().st_size > 1_000
    assert _status(run)["1.1.3"] == "vervallen"


def test_a_cache_out_of_proportion_to_the_data_is_not_read(run, ws, monkeypatch):
    """A cache file larger than 8 bytes per byte of data is not read, nor one that large
    written."""
    monkeypatch.setattr(cache, "MAX_CACHE_BYTES", 1_000)
    path = _tamper(run, ws)
    data = sum(p.stat().st_size for p in ws.data.glob("*.y*ml"))
    with open(path, "a", encoding="utf-8") as f:
        f.write(" " * cache.PER_DATA_BYTE * data)  # still the same JSON
    assert _status(run)["1.1.3"] == "open"
    monkeypatch.setattr(cache, "PER_DATA_BYTE", 1)
    path.unlink()
    assert _status(run)["1.1.3"] == "open"
    assert not path.exists()


def test_a_world_writable_cache_directory_is_refused(run, ws):
    """A cache directory that others can write is neither read nor written."""
    path = _tamper(run, ws)
    os.chmod(path.parent, 0o777)
    assert _status(run)["1.1.3"] == "open"
    os.chmod(path.parent, 0o700)


def test_a_cache_file_others_can_write_is_refused(run, ws):
    """A cache file writable by the group or others is ignored, and the data is read instead."""
    path = _tamper(run, ws)
    os.chmod(path, 0o620)
    assert _status(run)["1.1.3"] == "open"


def test_a_cache_of_another_user_is_refused(run, ws, monkeypatch):
    """A cache directory and file owned by someone else are ignored."""
    _tamper(run, ws)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(cache.cache_file(ws.data)).st_uid + 1)
    assert _status(run)["1.1.3"] == "open"


def test_a_symlinked_cache_directory_is_refused(run, ws, tmp_path, monkeypatch):
    """A cache directory that is a symbolic link (somewhere else entirely) is not used."""
    real = tmp_path / "elders"
    real.mkdir(mode=0o700)
    home = tmp_path / "xdg"
    home.mkdir()
    (home / "pa").symlink_to(real)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    assert run("validate").code == 0
    assert list(real.iterdir()) == []


def test_a_fifo_at_the_cache_path_does_not_hang(ws, tmp_path):
    """A FIFO where the cache file belongs is ignored: pa answers instead of waiting forever."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"), "NO_COLOR": "1"}
    env.pop("PA_NO_CACHE", None)
    code = ("from pathlib import Path; from pa_cli.load import cache; "
            "print(cache.cache_file(Path('data')))")
    path = subprocess.run([sys.executable, "-c", code], cwd=ws.root, env=env,
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(path).parent.mkdir(parents=True, mode=0o700)
    os.mkfifo(path, 0o600)
    r = subprocess.run([sys.executable, "-m", "pa_cli", "validate"], cwd=ws.root, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "In orde, 1 waarschuwing" in r.stdout


def test_a_relative_xdg_cache_home_is_ignored(run, ws, tmp_path, monkeypatch):
    """A relative XDG_CACHE_HOME is invalid (XDG spec): the cache goes to ~/.cache, not the data."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", "relcache")
    before = sorted(p.name for p in ws.root.iterdir())
    assert run("validate").code == 0
    assert sorted(p.name for p in ws.root.iterdir()) == before
    assert cache.cache_file(ws.data).parent == home / ".cache" / "pa"
    assert cache.cache_file(ws.data).is_file()


def _forge_crc(data: bytes, target: int, start: int) -> bytes:
    """Flip low bits of letters from `start` on until the CRC32 is `target` (algebra in GF(2))."""
    spots = [i for i in range(start, len(data)) if data[i:i + 1].isalpha()][:96]
    zero = bytes(len(data))
    base = zlib.crc32(zero)
    columns = []
    for i in spots:
        flipped = bytearray(zero)
        flipped[i] ^= 1
        columns.append(zlib.crc32(flipped) ^ base)
    need = zlib.crc32(data) ^ target
    rows: list[tuple[int, int]] = []  # (pivot-reduced column, set of spots as bit mask)
    for n, col in enumerate(columns):
        mask = 1 << n
        for pivot, pmask in rows:
            if col ^ pivot < col:
                col, mask = col ^ pivot, mask ^ pmask
        if col:
            rows.append((col, mask))
            rows.sort(reverse=True)
    chosen = 0
    for pivot, pmask in rows:
        if need ^ pivot < need:
            need, chosen = need ^ pivot, chosen ^ pmask
    assert need == 0, "no solution with these letters"
    out = bytearray(data)
    for n, i in enumerate(spots):
        if chosen >> n & 1:
            out[i] ^= 1
    return bytes(out)


def test_a_same_length_same_crc32_edit_is_seen(run, ws):
    """An edit forged to keep the file's length and CRC32 (the old key) still misses the cache."""
    assert _status(run, "uiterlijk")["1.1.3"] == "2022-12-31"
    path = ws.path(AGENDA)
    old = path.read_bytes()
    old_line = b'termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.4"'
    assert old.count(old_line) == 1
    edited = old.replace(old_line, old_line.replace(b"2022", b"2023"))
    forged = _forge_crc(edited, zlib.crc32(old), old.index(b"\n") + 1)
    assert len(forged) == len(old) and zlib.crc32(forged) == zlib.crc32(old) and forged != old
    path.write_bytes(forged)
    assert _status(run, "uiterlijk")["1.1.3"] == "2023-12-31"


def test_no_pickle_in_pa():
    """pa's code never loads a pickle, so no file can make it run code that way."""
    for source in (REPO / "src" / "pa_cli").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "import pickle" not in text and "marshal" not in text, source.name


def test_a_change_to_pas_code_in_any_stage_misses_the_cache(tmp_path):
    """A developer's edit anywhere in pa (not only beside cache.py) makes the cache stale."""
    import shutil

    from pa_cli.load import cache

    package = tmp_path / "pa_cli"
    shutil.copytree(REPO / "src" / "pa_cli", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.code_digest(str(package))
    for module in ("check/validate.py", "query/stand.py", "__init__.py"):
        path = package / module
        path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        after = cache.code_digest(str(package))
        assert after != before, module
        before = after


def test_a_validation_across_midnight_is_cached_for_the_day_it_checked(run, ws, monkeypatch):
    """Midnight passes while pa validates: the answer it caches under today is today's, so a step
    dated tomorrow is still warned about (PA055) today, fresh and from the cache alike."""
    tomorrow = TODAY + timedelta(days=1)
    r = run("set", "1.1.3", "-s", "gereed", "--datum", tomorrow.isoformat(), "--toekomst")
    assert r.code == 0, r.err
    cache.cache_file(ws.data).unlink(missing_ok=True)
    readings = iter([TODAY])  # the clock turns to tomorrow right after its first reading
    monkeypatch.setattr(clock, "today", lambda: next(readings, tomorrow))
    assert "PA055" in run("validate").out
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    assert "PA055" in run("validate").out  # from the cache
