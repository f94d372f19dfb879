"""Files that are not what they seem: pa looks at what a path is before it reads or writes."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import tracemalloc

import pytest

from conftest import AFSPRAKEN, AGENDA

PEIL = ("--peildatum", "2023-04-01")
NEW = "agenda-2024-2025.yaml"


def _pa(ws, *args: str, **kw) -> subprocess.CompletedProcess:
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "pa_cli", *args], cwd=ws.root, timeout=120,
                          **kw)


def _only_error(r, name: str) -> str:
    errors = [ln for ln in r.out.splitlines() if ": fout " in ln]
    assert len(errors) == 1, r.out
    assert errors[0].startswith(f"data/{name}: fout "), errors
    return errors[0]


# -- data files -----------------------------------------------------------------------------------

def test_fifo_named_as_agenda_is_reported_not_waited_on(ws):
    """A FIFO named agenda-2024-2025.yaml is a validation error at once, not a hang."""
    os.mkfifo(ws.path(NEW))
    r = _pa(ws, "validate", text=True)
    assert r.returncode == 1, r.stderr
    assert f"data/{NEW}: fout PA050: dit is een FIFO (named pipe), geen gewoon bestand; pa leest " \
           "alleen gewone bestanden" in r.stdout


@pytest.mark.parametrize("make, kind", [
    (lambda p: os.symlink("/dev/zero", p), "een apparaat"),
    (lambda p: os.mkdir(p), "een map"),
])
def test_agenda_that_is_no_regular_file_is_pa050(run, ws, make, kind):
    """A symlink to the endless zero device, or a directory, is PA050 (exit 1), never read."""
    make(ws.path(NEW))
    r = run("validate")
    assert r.code == 1, r.err
    assert _only_error(r, NEW) == (
        f"data/{NEW}: fout PA050: dit is {kind}, geen gewoon bestand; pa leest alleen gewone "
        "bestanden. Vervang het door het databestand, of verwijder of hernoem het")


def test_afspraken_fifo_is_pa050_too(run, ws):
    """Even afspraken.yaml as a FIFO is found and reported, not taken for missing or waited on."""
    ws.path(AFSPRAKEN).unlink()
    os.mkfifo(ws.path(AFSPRAKEN))
    r = run("validate")
    assert r.code == 1
    assert "data/afspraken.yaml: fout PA050: dit is een FIFO" in r.out


def test_broken_symlink_is_named_in_dutch(run, ws):
    """A symlink to nothing says so in Dutch (PA001), not in the system's English."""
    os.symlink(ws.root / "weg.yaml", ws.path(NEW))
    r = run("validate")
    assert r.code == 1
    assert _only_error(r, NEW) == (f"data/{NEW}: fout PA001: bestand kan niet gelezen worden: "
                                   "het bestaat niet (een symbolische link naar niets?)")


@pytest.mark.parametrize("name, code", [(NEW, 1), ("aantekeningen.yml", 0)])
def test_huge_file_is_never_read_whole(run, ws, name, code):
    """A 1.5 GB data file is refused by its size (PA001), a 1.5 GB stray one only named."""
    with open(ws.path(name), "wb") as f:
        f.truncate(1_500_000_000)  # sparse: costs no disk
    tracemalloc.start()
    try:
        r = run("validate")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert r.code == code, r.out
    assert peak < 100_000_000
    if code:
        assert _only_error(r, name).endswith(
            "fout PA001: bestand is te groot (1500000000 bytes, maximaal 5000000); is dit wel een "
            "databestand van pa?")
    else:
        assert f"data/{name}: waarschuwing PA037" in r.out


def test_pa_set_refuses_with_a_fifo_in_the_data(run, ws):
    """pa set with a FIFO among the data files: exit 1 naming it, nothing written."""
    os.mkfifo(ws.path(NEW))
    before = ws.read(AGENDA)
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 1
    assert f"data/{NEW}: fout PA050" in r.err
    assert ws.read(AGENDA) == before


def test_pa_set_refuses_a_file_replaced_by_a_fifo_while_it_works(run, ws, monkeypatch):
    """Another program (that knows nothing of pa's lock) puts a FIFO in the agenda's place after
    pa read the data: pa set reads the file again to edit it, refuses by name, does not wait on
    the FIFO and writes nothing."""
    from pa_cli.edit import record

    real = record.find_row

    def meddle(*args, **kwargs):
        found = real(*args, **kwargs)
        ws.path(AGENDA).unlink()
        os.mkfifo(ws.path(AGENDA))
        return found

    monkeypatch.setattr(record, "find_row", meddle)
    r = run("set", "1.1.3", "-s", "gereed")
    assert (r.code, r.out) == (1, "")
    assert r.err == (f"pa: geweigerd: data/{AGENDA}: dit is een FIFO (named pipe), geen gewoon "
                     "bestand; pa leest alleen gewone bestanden. Vervang het door het "
                     "databestand, of verwijder of hernoem het\n")
    assert stat.S_ISFIFO(os.stat(ws.path(AGENDA)).st_mode)


# -- writing: pa set and report -o ----------------------------------------------------------------

def test_pa_set_refuses_a_read_only_file(run, ws):
    """A read-only agenda (also behind a symlink) is not replaced behind the user's back."""
    os.chmod(ws.path(AGENDA), 0o444)
    before = ws.read(AGENDA)
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 1
    assert r.err == ("pa: geweigerd: data/agenda-2022-2023.yaml is alleen-lezen; maak het eerst "
                     "schrijfbaar (chmod u+w, of Eigenschappen in Windows) of kies een ander "
                     "bestand\n")
    assert ws.read(AGENDA) == before
    assert stat.S_IMODE(ws.path(AGENDA).stat().st_mode) == 0o444


def _device(path) -> None:
    """A character device at path: a real one as root (like /dev/null), else a link to it."""
    if os.geteuid() == 0:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        os.symlink("/dev/null", path)


def _socket(path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()


@pytest.mark.parametrize("make, what", [
    (_device, "is een apparaat, geen gewoon bestand; pa schrijft alleen gewone bestanden. "
              "Kies een bestandsnaam"),
    (os.mkfifo, "is een FIFO (named pipe), geen gewoon bestand"),
    (_socket, "is een socket, geen gewoon bestand"),
    (os.mkdir, "is een map; geef een bestandsnaam"),
    (lambda p: (p.write_text("oud"), os.chmod(p, 0o444)), "is alleen-lezen; maak het eerst "
     "schrijfbaar"),
])
def test_output_that_is_no_writable_regular_file_is_refused(run, ws, make, what):
    """-o naming a device, FIFO, socket, directory or read-only file: exit 1, Dutch, untouched."""
    target = ws.root / "uit.md"
    make(target)
    before = os.lstat(target)
    r = run("report", "stoplicht", *PEIL, "-o", "uit.md")
    assert r.code == 1
    assert r.err.startswith(f"pa: geweigerd: -o uit.md {what}"), r.err
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert sorted(p.name for p in ws.root.iterdir()) == ["data", "uit.md"]  # no lock, no temp


def test_output_symlink_is_followed(run, ws, tmp_path_factory):
    """-o through a symlink writes its target and keeps the link, as pa set does."""
    target = tmp_path_factory.mktemp("elders") / "stand.md"
    target.write_text("oud")
    os.symlink(target, ws.root / "link.md")
    assert run("report", "stoplicht", *PEIL, "-o", "link.md").code == 0
    assert (ws.root / "link.md").is_symlink()
    assert target.read_text(encoding="utf-8").startswith("# Stoplichtrapportage")


def test_output_keeps_group_and_mode(run, ws):
    """An existing -o file keeps its group and its mode."""
    target = ws.root / "stand.md"
    target.write_text("oud")
    os.chmod(target, 0o640)
    groups = [g for g in os.getgroups() if g != os.getegid()]
    gid = 4321 if os.geteuid() == 0 else (groups[0] if groups else os.getegid())
    os.chown(target, -1, gid)
    assert run("report", "stoplicht", *PEIL, "-o", "stand.md").code == 0
    st = target.stat()
    assert (st.st_gid, stat.S_IMODE(st.st_mode)) == (gid, 0o640)


def test_pa_set_keeps_group(run, ws):
    """pa set keeps the agenda's group, so a shared repository stays shared."""
    if os.geteuid() != 0:
        groups = [g for g in os.getgroups() if g != os.getegid()]
        gid = groups[0] if groups else os.getegid()
    else:
        gid = 4321
    os.chown(ws.path(AGENDA), -1, gid)
    assert run("set", "1.1.3", "-s", "gereed").code == 0
    assert ws.path(AGENDA).stat().st_gid == gid


@pytest.mark.parametrize("to_file", [False, True])
def test_output_to_dev_stdout_writes_standard_output(ws, tmp_path, to_file):
    """-o naming standard output by its path gives the report there (a pipe or a redirect)."""
    stdout = ws.root / "stdout"  # what /dev/stdout is; a link of our own, so no test can harm it
    os.symlink("/proc/self/fd/1", stdout)
    if to_file:
        with open(tmp_path / "out.md", "wb") as out:
            r = _pa(ws, "report", "stoplicht", *PEIL, "-o", str(stdout), stdout=out)
        text = (tmp_path / "out.md").read_text(encoding="utf-8")
    else:
        r = _pa(ws, "report", "stoplicht", *PEIL, "-o", str(stdout))
        text = r.stdout.decode("utf-8")
    assert r.returncode == 0, r.stderr
    assert text.startswith("# Stoplichtrapportage")
    assert "geschreven:" not in text
    assert stdout.is_symlink()


def test_schema_refuses_a_read_only_schema_file(run, ws):
    """pa schema follows the rule of every write: a read-only schema is refused, none written."""
    schema = ws.path("schemas/agenda.schema.json")
    os.chmod(schema, 0o444)
    ws.path("schemas/afspraken.schema.json").write_text("{}\n")  # stale: would be rewritten
    before = ws.snapshot()
    r = run("schema")
    assert r.code == 1
    assert r.err.startswith("pa: geweigerd: data/schemas/agenda.schema.json is alleen-lezen"), r.err
    assert ws.snapshot() == before  # all or none
    assert not (ws.data / "schemas" / ".pa.lock").exists()
