"""Writers are serialised: no change is lost, and a killed writer never blocks the next."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from conftest import AGENDA, DATA
from pa_cli.edit import writer
from pa_cli.load.dataset import load

ACTIONS = [r.nr for r in load(DATA).agendas[0].rijen if r.is_actie and r.nr not in
           ("1.1.5", "1.1.6")]


def _pa(ws, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pa_cli", *args], cwd=ws.root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _voortgang(ws) -> dict[str, list[str | None]]:
    rows = load(ws.data).agendas[0].rijen
    return {r.nr: [s.toelichting for s in r.voortgang] for r in rows}


def test_concurrent_set_loses_no_change(run, ws):
    """Many `pa set` at once, on different rows and on one row: every run that says ok is kept."""
    jobs = [(nr, f"parallel {i} op {nr}") for i, nr in enumerate(ACTIONS[:8])]
    jobs += [("1.1.3", f"zelfde rij {i}") for i in range(6)]
    procs = [(nr, note, _pa(ws, "set", nr, "-s", "lopend", "-m", note, "--datum", "2023-02-01"))
             for nr, note in jobs]
    done = [(nr, note, p.wait(), p.communicate()) for nr, note, p in procs]
    for nr, note, code, (out, err) in done:
        assert code in (0, 1), (nr, err)
        assert "Traceback" not in err
        if code == 1:  # only a writer that gave up waiting may refuse
            assert "een andere schrijver is nog bezig" in err, err
    assert any(code == 0 for *_, code, _ in done)
    steps = _voortgang(ws)
    for nr, note, code, _ in done:
        assert (note in steps[nr]) == (code == 0), (nr, note, steps[nr])
    assert len(steps["1.1.3"]) == sum(1 for nr, _, c, _ in done if nr == "1.1.3" and c == 0)
    assert run("validate").code == 0
    assert not (ws.data / writer.LOCK_NAME).exists()


def test_lock_of_killed_writer_does_not_block(run, ws):
    """A writer killed while it holds the lock leaves its lock file, and the next one goes on."""
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from pa_cli.edit.writer import locked
        with locked(Path({str(ws.data)!r})):
            print("vast", flush=True)
            time.sleep(600)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "vast\n"
        assert f"pid {holder.pid}" in (ws.data / writer.LOCK_NAME).read_text()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert (ws.data / writer.LOCK_NAME).exists()  # left behind, as after a crash
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 0, r.err
    assert "status: gereed" in ws.read(AGENDA)
    assert not (ws.data / writer.LOCK_NAME).exists()


def test_stale_lock_file_with_dead_pid_does_not_block(run, ws):
    """A lock file that nobody holds (its process long gone, even another host) is taken over."""
    (ws.data / writer.LOCK_NAME).write_text("pid 999999\nhost elders\nsinds 2020-01-01 00:00:00\n")
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 0, r.err


def test_busy_writer_is_waited_for_then_refused_in_dutch(run, ws, monkeypatch):
    """While another writer holds the lock, pa waits, then refuses (exit 1) naming who holds it."""
    monkeypatch.setattr(writer, "TIMEOUT", 0.3)
    before = ws.snapshot()
    with writer.locked(ws.data):
        r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 1
    assert r.err.startswith(f"pa: geweigerd: een andere schrijver is nog bezig in "
                            f"{os.path.realpath(ws.data)} (proces {os.getpid()} op ")
    assert r.err.rstrip().endswith("wacht tot die klaar is en probeer het opnieuw")
    assert ws.snapshot() == before


def test_second_writer_builds_on_the_first(run, ws, monkeypatch):
    """A writer that had to wait reads the file afresh, so the change made meanwhile is kept."""
    real = writer._acquire
    others = []

    def overtaken(path, timeout):
        if not others:  # another pa set gets in first, while this one waits for the lock
            others.append(subprocess.run(
                [sys.executable, "-m", "pa_cli", "set", "1.1.4", "-s", "lopend", "-m", "twee",
                 "--datum", "2023-01-01"], cwd=ws.root, capture_output=True, text=True))
        return real(path, timeout)

    monkeypatch.setattr(writer, "_acquire", overtaken)
    assert run("set", "1.1.3", "-s", "lopend", "-m", "een", "--datum", "2023-01-01").code == 0
    assert others[0].returncode == 0, others[0].stderr
    steps = _voortgang(ws)
    assert (steps["1.1.3"], steps["1.1.4"]) == (["een"], ["twee"])


@pytest.mark.parametrize("plant", ["symlink", "fifo"])
def test_planted_lock_file_is_not_followed(run, ws, tmp_path, plant):
    """A symlink or FIFO planted as the lock file is refused, not written through."""
    victim = tmp_path / "slachtoffer.txt"
    victim.write_text("blijft\n")
    if plant == "symlink":
        os.symlink(victim, ws.data / writer.LOCK_NAME)
    else:
        os.mkfifo(ws.data / writer.LOCK_NAME)
    before = ws.read(AGENDA)
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 1
    assert r.err == (f"pa: geweigerd: {os.path.realpath(ws.data)}/{writer.LOCK_NAME} hoort een "
                     "gewoon bestand te zijn (het slot van pa), maar is dat niet; verwijder het "
                     "en probeer opnieuw\n")
    assert victim.read_text() == "blijft\n"
    assert ws.read(AGENDA) == before


def _refused_unwritten(run, ws, message: str) -> None:
    before = ws.read(AGENDA)
    r = run("set", "1.1.3", "-s", "gereed")
    assert (r.code, r.err) == (1, f"pa: geweigerd: {message}\n")
    assert ws.read(AGENDA) == before


def test_directory_without_write_permission_is_refused_in_dutch(run, ws, monkeypatch):
    """No right to make the lock file: refused in Dutch (exit 1), nothing written."""
    real_open = os.open

    def no_permission(path, *args, **kw):
        if str(path).endswith(writer.LOCK_NAME):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kw)

    monkeypatch.setattr(os, "open", no_permission)
    _refused_unwritten(run, ws, f"pa mag in {os.path.realpath(ws.data)} geen bestand maken (geen "
                       "schrijfrechten in die map?); daar kan pa dus ook niet veilig schrijven. "
                       "Vraag schrijfrechten of werk in een eigen kopie")


def test_file_system_without_locks_is_refused_in_dutch(run, ws, monkeypatch):
    """A file system that cannot lock (some network shares): refused, never written unlocked."""
    import errno
    import fcntl

    def no_locks(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    _refused_unwritten(run, ws, f"het bestandssysteem van {os.path.realpath(ws.data)} kan geen "
                       "slot zetten (No locks available); zonder slot kan een gelijktijdige "
                       "wijziging verloren gaan, dus schrijft pa hier niet. Werk in een kopie op "
                       "een lokale schijf")
    # the lock files pa made to try are gone (the first it tries is a data file's)
    assert sorted(p.name for p in ws.data.iterdir() if p.name.startswith(".")) == []


# -- who holds the lock: the note in the lock file and the message of a writer that gave up --------

def test_the_lock_file_says_who_holds_it(ws, monkeypatch):
    """While held, the lock file holds exactly the holder's note (an older, longer note that was
    left in it is gone); the command is cut at 200 characters."""
    import socket

    lock = ws.data / writer.LOCK_NAME
    lock.write_text("pid 999999\nhost elders\nsinds 2020-01-01 00:00:00\nopdracht " + "x" * 500)
    monkeypatch.setattr(sys, "argv", ["/usr/bin/pa", "set", "1.1.3", "-m", "y" * 300])
    with writer.locked(ws.data):
        lines = lock.read_text(encoding="utf-8").split("\n")
    assert lines[:2] == [f"pid {os.getpid()}", f"host {socket.gethostname()}"]
    assert lines[2].startswith("sinds ") and len(lines[2]) == len("sinds 2026-12-06 08:00:00")
    assert lines[3:] == ["opdracht " + ("pa set 1.1.3 -m " + "y" * 300)[:200],
                         f"slot {os.path.realpath(ws.data)}", ""]


def test_a_writer_that_gives_up_names_the_holder_exactly(run, ws, monkeypatch):
    """The refusal quotes the holder's note: process, host, since when, and its command."""
    import socket

    monkeypatch.setattr(writer, "TIMEOUT", 0.1)
    monkeypatch.setattr(sys, "argv", ["pa", "meet", "I1", "40"])
    with writer.locked(ws.data):
        sinds = (ws.data / writer.LOCK_NAME).read_text(encoding="utf-8").split("\n")[2]
        r = run("set", "1.1.3", "-s", "gereed")
    assert (r.code, r.err) == (1, (
        f"pa: geweigerd: een andere schrijver is nog bezig in {os.path.realpath(ws.data)} "
        f"(proces {os.getpid()} op {socket.gethostname()}, {sinds}: pa meet I1 40); wacht tot "
        "die klaar is en probeer het opnieuw\n"))


_LONG = b"pid 4242\nhost caf\xe9\nsinds 2026-12-06 08:00:00\nopdracht pa set " + b"x" * 2000


@pytest.mark.parametrize("note, who", [
    (b"", ""),  # the holder has not written its note yet
    (b"pid 4242\n", " (proces 4242 op ?, sinds ?: pa)"),  # an older pa wrote less
    # not UTF-8, and longer than pa reads (1000 bytes): what fits, the byte shown as \ufffd
    (_LONG, " (proces 4242 op caf\ufffd, sinds 2026-12-06 08:00:00: pa set "
            + "x" * (1000 - len(_LONG.split(b"x")[0])) + ")"),
])
def test_a_writer_that_gives_up_says_what_the_lock_file_tells(run, ws, monkeypatch, note, who):
    monkeypatch.setattr(writer, "TIMEOUT", 0.1)
    before = ws.snapshot()
    with writer.locked(ws.data):
        (ws.data / writer.LOCK_NAME).write_bytes(note)
        r = run("set", "1.1.3", "-s", "gereed")
    assert (r.code, r.err) == (1, (
        f"pa: geweigerd: een andere schrijver is nog bezig in {os.path.realpath(ws.data)}{who}; "
        "wacht tot die klaar is en probeer het opnieuw\n"))
    assert {k: v for k, v in ws.snapshot().items() if k != writer.LOCK_NAME} == {
        k: v for k, v in before.items() if k != writer.LOCK_NAME}


def test_a_writer_removes_only_its_own_lock_file(ws):
    """Someone removed the lock file while a writer held it, and a second writer now holds a new
    one: when the first is done, it leaves the second writer's lock file alone."""
    import fcntl

    lock = ws.data / writer.LOCK_NAME
    with writer.locked(ws.data):
        lock.unlink()
        fd = os.open(lock, os.O_RDWR | os.O_CREAT)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        assert lock.exists()
    finally:
        os.close(fd)


# -- waiting, and a lock file that changes hands while a writer opens it ---------------------------

def test_a_writer_waits_for_the_holder_and_then_writes(run, ws, monkeypatch):
    """A writer that finds the lock held does not give up at the first try: it waits until the
    holder is done, then writes, and removes its lock file."""
    import threading

    monkeypatch.setattr(writer, "TIMEOUT", 30.0)
    held, tried = threading.Event(), threading.Event()
    real = writer._try_lock

    def try_lock(fd, path):
        got = real(fd, path)
        if not got:
            tried.set()  # the waiter found the lock held: now the holder finishes
        return got

    def holder() -> None:
        with writer.locked(ws.data):
            held.set()
            tried.wait(30)

    monkeypatch.setattr(writer, "_try_lock", try_lock)
    thread = threading.Thread(target=holder)
    thread.start()
    try:
        assert held.wait(30)
        r = run("set", "1.1.3", "-s", "gereed", "--datum", "2023-01-01")
    finally:
        tried.set()
        thread.join()
    assert (r.code, r.err) == (0, "")
    assert tried.is_set() and "status: gereed" in ws.read(AGENDA)
    assert not (ws.data / writer.LOCK_NAME).exists()


def test_a_lock_file_removed_just_before_it_is_locked_is_not_trusted(ws, monkeypatch):
    """The holder removes its lock file when it is done, and may do so just after a waiter
    opened it: the waiter's lock on that file is worth nothing (the next writer makes a new
    one). The waiter sees that the file is gone and takes the new one: the lock file is there,
    with its note, as long as it holds it."""
    lock = ws.data / writer.LOCK_NAME
    real = writer._try_lock
    tries = []

    def released_meanwhile(fd, path):
        if not tries:
            os.unlink(path)  # as the holder does at its release
        tries.append(path)
        return real(fd, path)

    monkeypatch.setattr(writer, "_try_lock", released_meanwhile)
    with writer.locked(ws.data):
        assert lock.read_text(encoding="utf-8").startswith(f"pid {os.getpid()}\n")
    assert tries == [lock.resolve(), lock.resolve()]
    assert not lock.exists()


def test_a_link_put_in_the_place_of_a_held_lock_file_stays(ws):
    """A writer removes the lock file it holds, nothing else: a symbolic link that took its place
    meanwhile (even one to that file) is left, and the next writer refuses it."""
    lock = ws.data / writer.LOCK_NAME
    with writer.locked(ws.data):
        os.rename(lock, ws.data / "elders.lock")
        os.symlink("elders.lock", lock)
    assert lock.is_symlink() and (ws.data / "elders.lock").is_file()


# -- what the lock file is: its name, its rights, and what it notes --------------------------------

def test_the_lock_file_is_made_with_the_rights_of_a_new_file(ws):
    """The lock file is an ordinary new file (read and write as the umask allows, never
    executable): under umask 002 a colleague in the group can open it and wait for the lock."""
    import stat

    old = os.umask(0o002)
    try:
        with writer.locked(ws.data):
            mode = stat.S_IMODE(os.stat(ws.data / writer.LOCK_NAME).st_mode)
    finally:
        os.umask(old)
    assert oct(mode) == oct(0o664)


def test_a_command_that_is_not_utf8_is_noted_with_a_question_mark(run, ws, monkeypatch):
    """A toelichting typed in a Latin-1 terminal reaches pa as bytes that are not UTF-8: the lock
    file notes each such byte as "?", and the writer that gives up quotes it so."""
    import socket

    monkeypatch.setattr(writer, "TIMEOUT", 0.1)
    monkeypatch.setattr(sys, "argv", ["pa", "set", "1.1.3", "-m", "caf\udce9 gesloten"])
    with writer.locked(ws.data):
        note = (ws.data / writer.LOCK_NAME).read_bytes().split(b"\n")
        r = run("set", "1.1.3", "-s", "gereed")
    assert note[3] == b"opdracht pa set 1.1.3 -m caf? gesloten"
    assert (r.code, r.err) == (1, (
        f"pa: geweigerd: een andere schrijver is nog bezig in {os.path.realpath(ws.data)} "
        f"(proces {os.getpid()} op {socket.gethostname()}, {note[2].decode()}: pa set 1.1.3 -m "
        "caf? gesloten); wacht tot die klaar is en probeer het opnieuw\n"))


def _git_lock(target) -> str:
    import hashlib

    return hashlib.sha256(os.fsencode(os.path.realpath(target))).hexdigest()[:24] + ".lock"


def test_in_git_the_lock_files_have_the_names_every_pa_uses(ws, repo):
    """Two pa's (also two versions of pa) exclude each other only if they lock the same file, so
    the names are fixed: in git `.git/pa/` and the first 24 hex digits of the SHA-256 of the
    real path of what it guards, for the data folder and for each data file."""
    files = sorted(p for p in ws.data.iterdir() if p.suffix == ".yaml")
    with writer.data_locked(ws.data):
        names = sorted(os.listdir(ws.root / ".git" / "pa"))
    assert names == sorted(_git_lock(t) for t in [ws.data, *files])
    assert os.listdir(ws.root / ".git" / "pa") == []


def test_in_git_a_writer_that_gives_up_names_the_folder(run, ws, repo, monkeypatch):
    """In git the lock file lies in .git/pa, but the refusal names the data folder it guards."""
    monkeypatch.setattr(writer, "TIMEOUT", 0.1)
    monkeypatch.setattr(sys, "argv", ["pa", "schema"])
    before = ws.snapshot()
    with writer.locked(ws.data):
        note = (ws.root / ".git" / "pa" / _git_lock(ws.data)).read_text().split("\n")
        r = run("set", "1.1.3", "-s", "gereed")
    assert note[4] == f"slot {os.path.realpath(ws.data)}"
    assert (r.code, r.err) == (1, (
        f"pa: geweigerd: een andere schrijver is nog bezig in {os.path.realpath(ws.data)} "
        f"({note[0].replace('pid', 'proces')} op {note[1][5:]}, {note[2]}: pa schema); wacht tot "
        "die klaar is en probeer het opnieuw\n"))
    assert ws.snapshot() == before


def test_a_data_folder_that_is_its_own_repository_keeps_no_lock_in_it(ws, git_env):
    """data/ as a git repository of its own: the locks are in data/.git/pa, so at no moment is
    there a lock file that `git add .` would take."""
    from conftest import Git

    g = Git(ws.data)
    g("init", "-q")
    g.commit("Gegevens zoals ondertekend")
    with writer.data_locked(ws.data):
        status = g("status", "--porcelain", "--untracked-files=all").stdout
        held = sorted(os.listdir(ws.data / ".git" / "pa"))
    assert status == ""
    assert _git_lock(ws.data) in held
