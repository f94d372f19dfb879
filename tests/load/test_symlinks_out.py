"""A file that arrives in a pull request may be a symbolic link to anything on the CI machine:
pa reads nothing outside the repository, and prints not a byte of it.

git keeps symbolic links, so `data/agenda-2024-2025.yaml -> /proc/self/environ` in a pull request
made `pa validate` print the job's environment (tokens included) as PA005 excerpts, and a link to
a one-line credentials file printed that line under PA017. A CANARY stands for the secret here:
in the environment of the process and in files outside the repository. It must not appear in
anything validate, status, report or wijzigingen print.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import AFSPRAKEN, AGENDA

CANARY = "CANARY-7f3a9c"
NEW = "agenda-2024-2025.yaml"
PEIL = ("--peildatum", "2023-04-01")
COMMANDS = [("validate",), ("status", *PEIL), ("report", "handout", *PEIL),
            ("wijzigingen", "--sinds", "HEAD")]

# what a secret looks like: a one-line credentials file, and a file that is valid data, so that
# pa would show its texts in a table
ONE_LINE = f"wachtwoord={CANARY}\n"


def _valid_agenda_with_canary() -> str:
    return (f"titel: Uitvoeringsagenda 2024-2025\nrijen:\n  - nr: \"1.1.1\"\n"
            f"    actie: {CANARY}\n    trekker: [Gemeente]\n    termijn: 2024\n"
            "    status: open\n")


@pytest.fixture
def outside(tmp_path_factory) -> Path:
    """A folder outside the repository, as ~/.ssh or /etc would be."""
    return tmp_path_factory.mktemp("buiten")


def _secret(outside: Path, text: str = ONE_LINE) -> Path:
    path = outside / "geheim.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(r, name: str) -> None:
    """Exit 1, the file named with PA050, and no byte of the secret printed."""
    assert CANARY not in r.out + r.err
    assert r.code == 1, (r.out, r.err)
    assert "Traceback" not in r.err
    assert (f"data/{name}: fout PA050: dit bestand leidt via een symbolische link naar een plek "
            "buiten de repository") in r.out + r.err


def _all_commands(run, name: str) -> None:
    for args in COMMANDS:
        r = run(*args)
        assert CANARY not in r.out + r.err, args
        assert r.code == 1, (args, r.out, r.err)
        if args[0] != "wijzigingen":  # it names the invalid working tree its own way
            _refused(r, name)


# -- data files -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [NEW, AGENDA, AFSPRAKEN, "indicatoren.yaml"])
@pytest.mark.parametrize("text", [ONE_LINE, _valid_agenda_with_canary()])
def test_a_data_file_linked_out_of_the_repository_is_not_read(run, repo, ws, outside, name, text):
    """A data file that is a link to a private file outside: refused by every command."""
    ws.path(name).unlink(missing_ok=True)
    os.symlink(_secret(outside, text), ws.path(name))
    repo.commit("Een link in een pull request")
    _all_commands(run, name)


def test_a_chain_of_links_that_ends_outside_is_not_read(run, repo, ws, outside):
    """A link to a link inside the repository that leads outside: the end of the chain counts."""
    os.symlink(_secret(outside), ws.root / "tussen.yaml")
    os.symlink("../tussen.yaml", ws.path(NEW))
    repo.commit("Twee links")
    _all_commands(run, NEW)


def test_a_data_folder_linked_out_of_the_repository_is_not_read(run, repo, ws, outside):
    """`data/` itself a link to a folder elsewhere (with valid data and a secret in it)."""
    elders = outside / "data"
    os.rename(ws.data, elders)
    (elders / NEW).write_text(_valid_agenda_with_canary(), encoding="utf-8")
    os.symlink(elders, ws.data)
    repo.commit("data is een link")
    for args in COMMANDS:
        r = run(*args)
        assert CANARY not in r.out + r.err, args
        assert r.code == 1, (args, r.out, r.err)
    r = run("validate")
    assert r.out.count("fout PA050: dit bestand leidt via een symbolische link") == 4, r.out


def _pa(cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PA_GEHEIM": CANARY}  # /proc/self/environ of pa itself holds it
    return subprocess.run([sys.executable, "-m", "pa_cli", *args], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=timeout)


@pytest.mark.parametrize("name", [NEW, AFSPRAKEN, "indicatoren.yaml"])
def test_a_link_to_proc_self_environ_prints_no_environment(repo, ws, name):
    """The attack of the issue: the environment of the CI job never appears in any output."""
    ws.path(name).unlink(missing_ok=True)
    os.symlink("/proc/self/environ", ws.path(name))
    repo.commit("environ")
    for args in COMMANDS:
        p = _pa(ws.root, *args)
        assert CANARY not in p.stdout + p.stderr, args
        assert p.returncode == 1, (args, p.stdout, p.stderr)
    p = _pa(ws.root, "validate")
    assert (f"data/{name}: fout PA050: dit bestand leidt via een symbolische link naar een "
            "plek buiten de repository") in p.stdout


@pytest.mark.parametrize("target", ["fifo", "/dev/urandom"])
def test_a_link_to_a_fifo_or_device_outside_is_pa050_without_waiting(run, ws, outside, target):
    """A link to a FIFO or an endless device outside: PA050 at once, nothing read."""
    if target == "fifo":
        target = str(outside / "pijp")
        os.mkfifo(target)
    os.symlink(target, ws.path(NEW))
    r = run("validate")
    assert r.code == 1
    assert f"data/{NEW}: fout PA050: dit is een " in r.out


def test_a_link_inside_the_repository_keeps_working(run, ws):
    """A link that stays in the repository (one agenda shared by two folders) is read and
    written through, as before."""
    shared = ws.root / "gedeeld"
    shared.mkdir()
    os.rename(ws.path(AGENDA), shared / AGENDA)
    os.symlink(f"../gedeeld/{AGENDA}", ws.path(AGENDA))
    assert run("validate").code == 0
    assert run("set", "1.1.3", "-s", "gereed", "--datum", "2023-01-01").code == 0
    assert ws.path(AGENDA).is_symlink()
    assert "status: gereed" in (shared / AGENDA).read_text(encoding="utf-8")


def test_pa_set_refuses_a_link_out_and_writes_nothing_there(run, ws, outside):
    """pa set never writes through a link out of the repository either."""
    target = outside / AGENDA
    os.rename(ws.path(AGENDA), target)
    os.symlink(target, ws.path(AGENDA))
    before = target.read_bytes()
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 1 and "PA050" in r.err
    assert target.read_bytes() == before


# -- a file of the system that says it is empty ---------------------------------------------------

def test_a_proc_file_that_claims_size_zero_is_refused_unread():
    """/proc/self/environ says it has 0 bytes and gives the environment: not a regular file."""
    from pa_cli.yamlio.atomic import SIZE_MISMATCH, NotRegular, read_regular

    assert os.stat("/proc/self/environ").st_size == 0
    with pytest.raises(NotRegular) as e:
        read_regular(Path("/proc/self/environ"), 5_000_000)
    assert e.value.kind == SIZE_MISMATCH


def test_a_proc_file_reached_without_a_link_is_refused_too(run, ws, monkeypatch):
    """Where the repository check cannot see it (a bind mount, a repository under /proc), the
    size check still refuses the file without printing a byte of it."""
    from pa_cli.yamlio import atomic

    os.symlink("/proc/self/environ", ws.path(NEW))
    monkeypatch.setattr(atomic, "repository_root", lambda directory: Path("/"))
    monkeypatch.setenv("PA_GEHEIM", CANARY)
    r = run("validate")
    assert r.code == 1
    assert (f"data/{NEW}: fout PA050: dit is een bestand dat een andere grootte opgeeft dan het "
            "heeft (een systeembestand, zoals in /proc") in r.out
    assert "PA005" not in r.out and "PA017" not in r.out


# -- templates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["secret", "environ", "chain"])
def test_a_template_linked_out_of_the_repository_is_not_read(repo, ws, outside, how):
    """templates/eigen.md.j2 as a link out (also through a chain): neither `pa report eigen`
    nor `pa report --list` (which shows a template's description) prints the secret."""
    own = ws.root / "templates"
    own.mkdir()
    secret = _secret(outside, f"{{# beschrijving: {CANARY} #}}{CANARY}\n")
    if how == "environ":
        os.symlink("/proc/self/environ", own / "eigen.md.j2")
    elif how == "secret":
        os.symlink(secret, own / "eigen.md.j2")
    else:
        os.symlink(secret, ws.root / "tussen.j2")
        os.symlink("../tussen.j2", own / "eigen.md.j2")
    for args in (("report", "eigen", *PEIL), ("report", "--list")):
        p = _pa(ws.root, *args)
        assert CANARY not in p.stdout + p.stderr, args
        assert "Traceback" not in p.stderr
    p = _pa(ws.root, "report", "eigen", *PEIL)
    assert p.returncode == 1
    assert "een bestand buiten de sjabloonmap (via een symbolische link)" in p.stderr
    assert "eigen         md             (onleesbaar sjabloon) (eigen sjabloon: templates)" in _pa(
        ws.root, "report", "--list").stdout


def test_a_templates_folder_linked_out_of_the_repository_is_refused(run, ws, outside):
    """`templates/` itself a link to a folder elsewhere: refused before any template is read."""
    (outside / "handout.md.j2").write_text(f"{{# beschrijving: {CANARY} #}}{CANARY}\n",
                                           encoding="utf-8")
    os.symlink(outside, ws.root / "templates")
    for args in (("report", "handout", *PEIL), ("report", "--list")):
        r = run(*args)
        assert CANARY not in r.out + r.err, args
        assert r.code == 1
        assert r.err.startswith("pa: templates leidt via een symbolische link naar een map "
                                "buiten de repository"), r.err


def test_a_proc_template_in_its_folder_is_refused_by_its_size():
    """A template that is a /proc file inside its own folder is no regular file of its size."""
    from pa_cli.report.sandbox import SecurityError, read_template

    with pytest.raises(SecurityError, match="no regular file"):
        read_template("/proc/self/environ", "/proc/self")


def test_report_list_does_not_wait_on_a_fifo_template(ws):
    """`pa report --list` reads each template's description: a FIFO is named, not waited on."""
    (ws.root / "templates").mkdir()
    os.mkfifo(ws.root / "templates" / "pijp.md.j2")
    p = _pa(ws.root, "report", "--list", timeout=30)  # it used to wait forever
    assert p.returncode == 0, p.stderr
    assert ("pijp          md             (onleesbaar sjabloon) (eigen sjabloon: templates)"
            in p.stdout)
