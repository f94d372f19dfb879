"""Writes that are interrupted, that share a file, or whose writer is killed: nothing is lost,
nothing is left half, and nothing of pa's stays behind in the data folder (issue 16, point 7).
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import AFSPRAKEN, AGENDA
from pa_cli.load.dataset import load

NEW = "agenda-2024-2025.yaml"


def _in_child(ws, body: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `pa ARGS` in a child process after `body` (Python that patches something)."""
    code = textwrap.dedent(body) + textwrap.dedent(f"""
        from pa_cli.cli.main import main
        main({list(args)!r})
        """)
    return subprocess.run([sys.executable, "-c", code], cwd=ws.root, capture_output=True,
                          text=True, timeout=120)


# -- pa agenda nieuw writes two files: both or neither ---------------------------------------------

def _regular_fsyncs_fail_from(patch: pytest.MonkeyPatch, k: int) -> None:
    """The disk fills up: the k-th fsync of a file (not a folder) and every later one fail."""
    real = os.fsync
    seen = []

    def fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            seen.append(fd)
            if len(seen) >= k:
                raise OSError(28, "No space left on device")
        real(fd)

    patch.setattr(os, "fsync", fsync)


@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_a_full_disk_changes_both_files_or_neither(run, ws, monkeypatch, k):
    """Whichever write the full disk stops, pa agenda nieuw changes both files or none, and
    says "er is niets gewijzigd" only when that is true. (It used to leave the new agenda
    without the doorgeschoven lines in the old one: 43 x PA041, and a rerun was refused.)"""
    before, names = ws.snapshot(), sorted(p.name for p in ws.data.iterdir())
    with monkeypatch.context() as patch:
        _regular_fsyncs_fail_from(patch, k)
        r = run("agenda", "nieuw", "2024-2025")
    if r.code == 0:
        assert ws.read(AGENDA).count('doorgeschoven: "2024-2025"') == 43
        assert ws.path(NEW).exists()
    else:
        assert r.err.endswith("No space left on device; er is niets gewijzigd\n"), r.err
        assert ws.snapshot() == before
        assert sorted(p.name for p in ws.data.iterdir()) == names  # no temporary file either
        assert run("agenda", "nieuw", "2024-2025").code == 0  # and it can simply be run again
    v = run("validate")
    assert v.code == 0 and "PA041" not in v.out, v.out


@pytest.mark.parametrize("crash_before", [NEW, AGENDA])
def test_a_crash_between_the_two_renames_is_finished_by_the_next_command(ws, run, crash_before):
    """pa is killed just before it renames the first or the second file into place; the next
    command (here pa validate) finds both written: no PA041, nothing half."""
    r = _in_child(ws, f"""
        import os
        real = os.replace
        def replace(src, dst, *a, **kw):
            if str(dst).endswith({crash_before!r}):
                os._exit(137)  # as kill -9: no cleanup of any kind
            return real(src, dst, *a, **kw)
        os.replace = replace
        """, "agenda", "nieuw", "2024-2025")
    assert r.returncode == 137, r.stderr
    v = run("validate")
    assert v.code == 0 and "PA041" not in v.out and "PA042" not in v.out, v.out
    assert ws.path(NEW).exists()
    assert ws.read(AGENDA).count('doorgeschoven: "2024-2025"') == 43
    left = sorted(p.name for p in ws.data.iterdir() if p.name.startswith("."))
    assert [n for n in left if not n.endswith(".pa.lock")] == []  # no temporary file, no journal
    assert run("set", "2024-2025/1.1.3", "-s", "lopend").code == 0
    assert [p.name for p in ws.data.iterdir() if p.name.startswith(".")] == []  # nor a lock


def test_a_rename_that_fails_after_the_commit_says_so_and_is_finished(run, ws, monkeypatch):
    """The second rename fails (an I/O error, after the journal): pa does not claim that
    nothing changed; it says the next command finishes it, and pa validate does."""
    real = os.replace

    def replace(src, dst, *args, **kw):
        if str(dst).endswith(AGENDA):
            raise OSError(5, "Input/output error")
        return real(src, dst, *args, **kw)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", replace)
        r = run("agenda", "nieuw", "2024-2025")
    assert r.code == 1
    assert r.err == ("pa: schrijven van data/agenda-2024-2025.yaml, data/agenda-2022-2023.yaml "
                     "is halverwege mislukt (Input/output error); de volgende opdracht van pa "
                     "(bijvoorbeeld pa validate) maakt het af\n")
    v = run("validate")
    assert v.code == 0 and "PA041" not in v.out, v.out
    assert ws.read(AGENDA).count('doorgeschoven: "2024-2025"') == 43


def test_the_journal_names_only_data_files_of_its_folder(run, ws, tmp_path):
    """A journal that came from elsewhere (outside git it sits in the data folder, and could
    arrive in a zip) cannot move a file anywhere but onto a data file from pa's own temp."""
    victim = tmp_path / "slachtoffer.txt"
    victim.write_text("blijft\n")
    (ws.data / ".pa-journal.x1").write_text(
        '{"bestanden": [{"naam": "../slachtoffer.txt", "tijdelijk": "/etc/hostname"},'
        f' {{"naam": "{AGENDA}", "tijdelijk": "{victim}"}}]}}', encoding="utf-8")
    before = ws.read(AGENDA)
    assert run("validate").code == 0
    assert victim.read_text() == "blijft\n" and ws.read(AGENDA) == before
    assert not (ws.data / ".pa-journal.x1").exists()


# -- two data folders that share one agenda through a symbolic link ------------------------------

def _two_folders_sharing_the_agenda(ws) -> tuple[Path, Path, Path]:
    shared = ws.root / "gedeeld"
    shared.mkdir()
    os.rename(ws.path(AGENDA), shared / AGENDA)
    a, b = ws.root / "a", ws.root / "b"
    for folder in (a, b):
        shutil.copytree(ws.data, folder)
        os.symlink(f"../gedeeld/{AGENDA}", folder / AGENDA)
    shutil.rmtree(ws.data)
    return a, b, shared / AGENDA


def test_two_folders_sharing_an_agenda_lose_no_write(ws):
    """Writers in two data folders whose agenda is one shared file are serialised on that file:
    every `pa set` that says ok is kept (locking each folder lost 13 of 75 writes)."""
    a, b, agenda = _two_folders_sharing_the_agenda(ws)
    rows = [r.nr for r in load(a).agendas[0].rijen
            if r.is_actie and r.nr not in ("1.1.5", "1.1.6")][:8]  # those two need rij:NR
    jobs = [(folder, nr, f"{folder.name} {i} op {nr}") for i, nr in enumerate(rows)
            for folder in (a, b)]
    procs = [(nr, note, subprocess.Popen(
        [sys.executable, "-m", "pa_cli", "set", nr, "--data", str(folder), "-s", "lopend",
         "-m", note, "--datum", "2023-02-01"], cwd=ws.root, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)) for folder, nr, note in jobs]
    done = [(nr, note, p.wait(), p.communicate()[1]) for nr, note, p in procs]
    assert all(code in (0, 1) and "Traceback" not in err for *_, code, err in done)
    kept = {r.nr: [s.toelichting for s in r.voortgang] for r in load(a).agendas[0].rijen}
    for nr, note, code, err in done:
        if code == 1:  # only a writer that gave up waiting may refuse
            assert "een andere schrijver is nog bezig" in err, err
        assert (note in kept[nr]) == (code == 0), (nr, note, kept[nr], err)
    assert sum(code == 0 for *_, code, _ in done) >= len(jobs) // 2
    assert agenda.is_file() and (a / AGENDA).is_symlink()


def test_the_lock_is_on_the_shared_file_not_only_on_the_folder(run, ws, monkeypatch):
    """While a writer in folder a holds its locks, a writer in folder b waits for the shared
    agenda and then gives up naming that file."""
    from pa_cli.edit import writer

    a, b, agenda = _two_folders_sharing_the_agenda(ws)
    monkeypatch.setattr(writer, "TIMEOUT", 0.3)
    with writer.data_locked(a):
        r = run("set", "1.1.3", "--data", str(b), "-s", "gereed")
    assert r.code == 1
    assert r.err.startswith(f"pa: geweigerd: een andere schrijver is nog bezig met "
                            f"{os.path.realpath(agenda)} (proces {os.getpid()} op "), r.err
    assert "status: gereed" not in agenda.read_text(encoding="utf-8")


# -- kill -9: nothing for `git add data/`, and leftovers are cleaned up ----------------------------

KILLED_AT_RENAME = """
    import os, signal
    real = os.replace
    def replace(src, dst, *a, **kw):
        if str(dst).endswith(".yaml"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(src, dst, *a, **kw)
    os.replace = replace
    """


def test_a_killed_writer_leaves_nothing_for_git_add_data(run, ws, repo):
    """kill -9 while pa set writes (its lock held, its temporary file made): `git status` of the
    data folder stays clean, so `git add data/` commits nothing of pa's."""
    r = _in_child(ws, KILLED_AT_RENAME, "set", "1.1.3", "-s", "gereed")
    assert r.returncode == -signal.SIGKILL, r.stderr
    assert repo("status", "--porcelain", "--ignored", "--untracked-files=all",
                "data").stdout == ""
    leftovers = list((ws.root / ".git" / "pa").glob("*.tmp"))
    assert leftovers, "the killed writer made its temporary file in .git/pa"
    assert run("set", "1.1.3", "-s", "gereed").code == 0
    assert list((ws.root / ".git" / "pa").iterdir()) == []  # the next writer cleaned up
    assert repo("status", "--porcelain", "data").stdout == " M data/agenda-2022-2023.yaml\n"


def test_leftovers_of_a_killed_writer_outside_git_are_removed(run, ws):
    """Outside git the temporary file of a killed writer lies in the data folder, as do those
    an older pa left; the next writer removes them (it holds the lock of that file)."""
    r = _in_child(ws, KILLED_AT_RENAME, "set", "1.1.3", "-s", "gereed")
    assert r.returncode == -signal.SIGKILL, r.stderr
    (ws.data / f".{AFSPRAKEN}.k3x9q1.tmp").write_text("half")  # as an older pa left it
    assert len(list(ws.data.glob(".*.tmp"))) == 2
    assert run("set", "1.1.4", "-s", "gereed").code == 0
    assert sorted(p.name for p in ws.data.iterdir() if p.name.startswith(".")) == []


def test_an_old_stale_lock_in_the_data_folder_is_removed_in_git(run, ws, repo):
    """A `.pa.lock` that an older pa left in data/ (killed) is removed by the next writer,
    which keeps its own locks in .git/pa; one that is held stays."""
    (ws.data / ".pa.lock").write_text("pid 999999\nhost elders\n")
    assert run("set", "1.1.3", "-s", "gereed").code == 0
    assert not (ws.data / ".pa.lock").exists()
    assert repo("status", "--porcelain", "--untracked-files=all", "data").stdout == (
        " M data/agenda-2022-2023.yaml\n")


def test_an_old_lock_in_the_data_folder_that_is_held_stays(run, ws, repo):
    """A `.pa.lock` in data/ that an older pa still holds (it is writing) is left to it."""
    import fcntl

    lock = ws.data / ".pa.lock"
    lock.write_text("pid 4242\nhost elders\n")
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert run("set", "1.1.3", "-s", "gereed").code == 0
        assert lock.read_text() == "pid 4242\nhost elders\n"
    finally:
        os.close(fd)


def test_an_old_lock_on_a_share_without_locks_is_left(run, ws, repo, monkeypatch):
    """data/ on a file system that cannot lock, .git on one that can (pa's locks are there): an
    old `.pa.lock` in data/ cannot be tested for a holder, so it stays; the change is written."""
    import errno
    import fcntl

    real_flock = fcntl.flock

    old = ws.data / ".pa.lock"
    old.write_text("pid 4242\nhost elders\n")

    def no_locks_in_data(fd, op):
        if os.path.samestat(os.fstat(fd), os.stat(old)):
            raise OSError(errno.ENOLCK, "No locks available")
        return real_flock(fd, op)

    monkeypatch.setattr(fcntl, "flock", no_locks_in_data)
    r = run("set", "1.1.3", "-s", "gereed", "--datum", "2023-01-01")
    assert (r.code, r.err) == (0, "")
    assert "status: gereed" in ws.read(AGENDA)
    assert old.read_text() == "pid 4242\nhost elders\n"


def test_a_fifo_named_as_an_old_lock_in_the_data_folder_does_not_stop_a_writer(run, ws, repo):
    """pa opens an old `.pa.lock` beside the data without waiting: a FIFO there (nobody's lock)
    is left alone, and the change is written."""
    class Hung(Exception):
        pass

    def hung(signum, frame):
        raise Hung("pa wacht op de FIFO")

    os.mkfifo(ws.data / ".pa.lock")
    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(5)
    try:
        r = run("set", "1.1.3", "-s", "gereed")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert r.code == 0, r.err
    assert "status: gereed" in ws.read(AGENDA)
    assert stat.S_ISFIFO(os.lstat(ws.data / ".pa.lock").st_mode)


def test_in_git_the_new_file_is_made_in_git_not_in_data(run, ws, repo, monkeypatch):
    """pa set makes the new file in .git/pa and renames it over the agenda: at no moment is
    there a file of pa's in data/ that `git add data/` would take."""
    renames = []
    real = os.replace

    def replace(src, dst, *args, **kw):
        if Path(dst).parent == Path(os.path.realpath(ws.data)):  # not pa's cache
            renames.append((Path(src).parent, Path(dst)))
        return real(src, dst, *args, **kw)

    monkeypatch.setattr(os, "replace", replace)
    assert run("set", "1.1.3", "-s", "gereed", "--datum", "2023-01-01").code == 0
    assert renames == [(ws.root / ".git" / "pa", Path(os.path.realpath(ws.path(AGENDA))))]
