"""git as pa runs it runs nothing from a pull request (issue 16, point 1).

A pull request can add any file but a `.git`: also the files of a whole git folder (HEAD,
objects/, refs/, config, hooks/, index), in the data directory or above it. Before the fix git
found that folder first and `pa wijzigingen` ran its commands and compared with its history.
Each attack below has a payload that writes a marker file; each test asserts that the marker
does not exist and that pa compares with the real repository (or refuses, naming why). The
control tests show that the same folder does run the payload under plain git, so the fixtures
are live attacks and not a misspelt config.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import AGENDA, DATA, Git, handout_changes

TERMIJN = "    trekker: [Corporaties]\n    termijn: najaar 2022\n"
NIEUWE_TERMIJN = "    trekker: [Corporaties]\n    termijn: voorjaar 2023\n"
# a signature git hands to gpg.program (or gpg.ssh.program) when log.showSignature is on
SIGNATURE = ("gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n"
             " -----END PGP SIGNATURE-----\n")


class Payload:
    """A program that leaves a marker when anything starts it."""

    def __init__(self, where: Path) -> None:
        self.marker = where / "UITGEVOERD"
        self.path = where / "payload.sh"
        self.path.write_text(f"#!/bin/sh\necho \"$0 $*\" >> '{self.marker}'\n", encoding="utf-8")
        self.path.chmod(0o755)

    def ran(self) -> str:
        return self.marker.read_text(encoding="utf-8") if self.marker.exists() else ""


@pytest.fixture
def payload(tmp_path_factory) -> Payload:
    return Payload(tmp_path_factory.mktemp("aanvaller"))


# Each attack: the config of the planted folder, files next to it in the work tree, and the plain
# git command (run in the work tree, which then finds the planted folder) that starts the payload.
ATTACKS: dict[str, dict] = {
    "fsmonitor": {
        "config": "[core]\n\tfsmonitor = {payload}\n",
        "control": ["diff", "--name-status", "HEAD", "--"]},
    "filter": {  # clean/smudge/process filters chosen by a .gitattributes of the pull request
        "config": "[filter \"x\"]\n\tclean = {payload}\n\tsmudge = {payload}\n",
        "worktree": {".gitattributes": "* filter=x\n"},
        "control": ["diff", "--name-status", "HEAD", "--"]},
    "textconv": {  # diff drivers, textconv and an external diff
        "config": ("[diff \"x\"]\n\ttextconv = {payload}\n\tcommand = {payload}\n"
                   "[diff]\n\texternal = {payload}\n"),
        "worktree": {".gitattributes": "* diff=x\n"},
        "control": ["show", "HEAD", "--"]},
    "hooks": {  # hooks in the planted folder and a hooksPath into the pull request
        "config": "[core]\n\thooksPath = {folder}/hooks\n",
        "hooks": ("post-index-change", "reference-transaction", "post-checkout"),
        "control": ["update-ref", "refs/heads/x", "HEAD"]},
    "pager-ssh": {  # a partial clone fetches a missing object over ssh by itself
        "config": ("[core]\n\trepositoryformatversion = 1\n\tpager = {payload}\n"
                   "\tsshCommand = {payload}\n\taskPass = {payload}\n"
                   "[extensions]\n\tpartialClone = origin\n"
                   "[remote \"origin\"]\n\turl = ssh://example.invalid/data.git\n"
                   "\tpromisor = true\n[credential]\n\thelper = !{payload}\n"),
        "missing_blob": True,
        "control": ["cat-file", "-p", "HEAD:{prefix}afspraken.yaml"]},
    "include": {  # the config itself is harmless; it includes one that is not
        "config": "[include]\n\tpath = erbij.inc\n",
        "folder": {"erbij.inc": "[core]\n\tfsmonitor = {payload}\n"},
        "control": ["diff", "--name-status", "HEAD", "--"]},
    "signature": {  # a signed commit is verified by gpg.program when log.showSignature is on
        "config": ("[log]\n\tshowSignature = true\n[gpg]\n\tprogram = {payload}\n"
                   "[gpg \"ssh\"]\n\tprogram = {payload}\n"),
        "signed": True,
        "control": ["show", "-s", "--format=%H", "HEAD", "--"]},
}


def _plant(folder: Path, prefix: str, attack: str, payload: Payload, scratch: Path,
           worktree: bool = True) -> None:
    """Write into `folder` the files of a git folder with its own history (one commit, with the
    data under `prefix`) and the given attack, as plain files a pull request can add. With
    `worktree` its config makes the folder itself the work tree, so that git, finding it,
    stays there for every later command."""
    spec = ATTACKS[attack]
    build = scratch / "bouw"
    shutil.copytree(DATA, build / prefix if prefix else build)
    g = Git(build)
    g("init", "-q")
    sha = g.commit("Geschiedenis uit de pull request", "2023-06-01")
    g("update-ref", "refs/remotes/origin/main", sha)  # its own target branch too
    if spec.get("signed"):
        body = g("cat-file", "commit", sha).stdout.replace("\n\n", "\n" + SIGNATURE + "\n", 1)
        signed = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin"],
                                cwd=build, input=body, capture_output=True, text=True,
                                check=True).stdout.strip()
        g("update-ref", "refs/heads/main", signed)
    if spec.get("missing_blob"):
        blob = g("rev-parse", f"HEAD:{prefix}afspraken.yaml").stdout.strip()
        (build / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("HEAD", "objects", "refs", "index"):
        source = build / ".git" / name
        if source.is_dir():
            shutil.copytree(source, folder / name, dirs_exist_ok=True)
        else:
            shutil.copy(source, folder / name)
    config = "[core]\n\trepositoryformatversion = 0\n\tbare = false\n"
    config += "\tworktree = .\n" if worktree else ""
    fill = {"payload": payload.path, "folder": folder, "prefix": prefix}
    (folder / "config").write_text(config + spec["config"].format(**fill), encoding="utf-8")
    for name, text in spec.get("folder", {}).items():
        (folder / name).write_text(text.format(**fill), encoding="utf-8")
    for name, text in spec.get("worktree", {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    for name in spec.get("hooks", ()):
        hook = folder / "hooks" / name
        hook.parent.mkdir(exist_ok=True)
        hook.write_text(f"#!/bin/sh\nexec '{payload.path}' {name}\n", encoding="utf-8")
        hook.chmod(hook.stat().st_mode | stat.S_IXUSR)


def _pull_request(repo: Git, ws, data: str = "data") -> str:
    """The target branch as origin/main, then the pull request's own change to the data; the
    caller adds the planted files to the same commit. Returns the short id of origin/main."""
    base = repo("rev-parse", "--short", "HEAD").stdout.strip()
    repo("update-ref", "refs/remotes/origin/main", "HEAD")
    path = ws.root / data / AGENDA
    text = path.read_text(encoding="utf-8")
    assert text.count(TERMIJN) == 1
    path.write_text(text.replace(TERMIJN, NIEUWE_TERMIJN), encoding="utf-8")
    return base


def _ci_and_local(run, *data: str):
    """The CI command of docs/ci and the one a user types, as pa answers them."""
    return (run("wijzigingen", "--sinds", "origin/main", "--format", "md", *data),
            run("wijzigingen", "--sinds", "HEAD", *data))


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_git_folder_planted_in_the_data_is_refused_and_runs_nothing(
        attack, repo, ws, run, payload, tmp_path_factory):
    """The pull request adds a whole git folder to data/ (its config, its history, its attack):
    pa refuses the data directory with exit 1 and one Dutch line, and nothing ran."""
    _pull_request(repo, ws)
    _plant(ws.data, "", attack, payload, tmp_path_factory.mktemp("bouw"))
    repo.commit("Pull request", "2023-02-01")
    answers = _ci_and_local(run)
    assert payload.ran() == ""
    for r in answers:
        assert (r.code, r.out) == (1, ""), r.err
        assert r.err.startswith("pa: de datamap data bevat de bestanden van een git-map (HEAD, "
                                "objects/, refs/); pa leest geen geschiedenis uit de gegevens")


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_git_folder_planted_above_the_data_is_passed_by(
        attack, repo, ws, run, payload, tmp_path_factory):
    """The git folder sits one level above the data (gegevens/ around gegevens/data/), where git
    would find it first: pa uses the repository's own .git, compares with the real target
    branch and its own HEAD, and nothing ran."""
    ws.root.joinpath("gegevens").mkdir()
    repo("mv", "data", "gegevens/data")
    repo.commit("Gegevens in een map", "2023-01-15")
    base = _pull_request(repo, ws, "gegevens/data")
    _plant(ws.root / "gegevens", "data/", attack, payload, tmp_path_factory.mktemp("bouw"))
    head = repo.commit("Pull request", "2023-02-01")[:7]
    ci, local = _ci_and_local(run, "--data", "gegevens/data")
    assert payload.ran() == ""
    assert ci.code == 0, ci.err
    assert f"Van `{base}` (15 januari 2023) tot de werkmap: 1 wijziging." in ci.out
    assert "termijn: `najaar 2022` → `voorjaar 2023`" in ci.out
    assert (local.code, local.out) == (
        0, f"Geen wijzigingen in de gegevens van {head} (1 februari 2023) tot de werkmap.\n")


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_control_plain_git_runs_the_payload(attack, repo, ws, payload, tmp_path_factory):
    """The same planted folder, found by plain git as it was found before the fix, does start
    the payload (for the pager: only on a terminal, so its control is the ssh fetch beside
    it): every fixture above is a live attack on git 2.39."""
    _plant(ws.data, "", attack, payload, tmp_path_factory.mktemp("bouw"))
    args = [a.format(prefix="") for a in ATTACKS[attack]["control"]]
    env = {k: v for k, v in os.environ.items() if k != "GIT_DIR"}
    subprocess.run(["git", *args], cwd=ws.data, capture_output=True, env=env, timeout=30,
                   stdin=subprocess.DEVNULL)
    assert payload.ran() != ""


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_the_command_line_runs_nothing_even_in_a_planted_git_folder(
        attack, repo, ws, payload, tmp_path_factory):
    """Defence in depth: were pa pointed at the planted folder itself, every git call it makes
    (find the commit, the renames, the files, the last commit before a day) still starts no
    program: the command line and environment pa builds switch each of them off."""
    from datetime import date

    from pa_cli.history.git import Repository

    _plant(ws.data, "", attack, payload, tmp_path_factory.mktemp("bouw"))
    planted = Repository(ws.data, ws.data, ws.data)
    start = planted.commit("HEAD", "--sinds")
    assert start.onderwerp == "Geschiedenis uit de pull request"
    renames = planted.renames(start)
    try:
        planted.files(start, renames)
    except Exception as e:  # the partial clone: pa fetches nothing, so the blob stays missing
        assert attack == "pager-ssh", e
        assert "niet lezen" in str(e)
    assert planted.last_before(date(2023, 7, 1)) == start
    assert payload.ran() == ""


@pytest.mark.parametrize("pointer", ["gitdir: geschiedenis", "gitdir: ../geschiedenis",
                                     "link: ../geschiedenis"])
def test_a_git_file_in_the_data_pointing_into_the_work_tree_is_refused(
        pointer, repo, ws, run, payload, tmp_path_factory):
    """A `.git` file in data/ (git never checks one out, but an unpacked archive can hold one)
    or link that points to a git folder in the work tree, inside or beside data/: pa refuses it,
    names it, and nothing ran."""
    _pull_request(repo, ws)
    target = (ws.data / pointer.split(": ")[1]).resolve()
    _plant(target, "", "fsmonitor", payload, tmp_path_factory.mktemp("bouw"), worktree=False)
    repo.commit("Pull request", "2023-02-01")
    if pointer.startswith("link: "):
        os.symlink(target, ws.data / ".git")
    else:
        (ws.data / ".git").write_text(pointer + "\n", encoding="utf-8")
    answers = _ci_and_local(run)
    assert payload.ran() == ""
    for r in answers:
        assert (r.code, r.out) == (1, ""), r.err
        assert r.err == (f"pa: data/.git verwijst naar {target}, een map in een werkmap: die "
                         "kan uit de gegevens of een pull request komen, dus pa leest daar geen "
                         "geschiedenis uit. Verwijder dit .git-bestand\n")


def test_git_variables_from_outside_are_not_trusted(repo, ws, run, payload, tmp_path_factory,
                                                    monkeypatch):
    """GIT_DIR and GIT_WORK_TREE naming a planted folder, configuration passed in the
    environment (GIT_CONFIG_PARAMETERS, GIT_CONFIG_COUNT) and programs named there
    (GIT_EXTERNAL_DIFF, GIT_PAGER, GIT_SSH_COMMAND): pa drops them all, compares with the real
    repository, and nothing ran."""
    signed = ws.read(AGENDA)
    base = _pull_request(repo, ws)
    head = repo.commit("Pull request", "2023-02-01")[:7]
    ws.write(AGENDA, signed)  # and back: a change in the work tree
    elsewhere = tmp_path_factory.mktemp("elders") / "git"
    _plant(elsewhere, "", "fsmonitor", payload, tmp_path_factory.mktemp("bouw"))
    for name, value in {
            "GIT_DIR": elsewhere, "GIT_WORK_TREE": elsewhere,
            "GIT_CONFIG_PARAMETERS": f"'core.fsmonitor={payload.path}'",
            "GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "core.hooksPath",
            "GIT_CONFIG_VALUE_0": elsewhere / "hooks", "GIT_EXTERNAL_DIFF": payload.path,
            "GIT_PAGER": payload.path, "GIT_SSH_COMMAND": payload.path}.items():
        monkeypatch.setenv(name, str(value))
    ci, local = _ci_and_local(run)
    assert payload.ran() == ""
    assert ci.code == 0, ci.err
    assert f"Geen wijzigingen van `{base}` (1 januari 2023) tot de werkmap." in ci.out
    assert local.code == 0, local.err
    assert local.out.startswith(f"Wijzigingen in de gegevens van {head} (1 februari 2023) tot "
                                "de werkmap: 1 wijziging\n")


def test_a_worktree_of_the_data_repository_still_works(repo, ws, run, tmp_path_factory,
                                                       monkeypatch):
    """A `.git` file that points into a `.git` folder (git worktree add; a submodule likewise)
    is the user's own: pa follows it and compares as in the main checkout."""
    base = _pull_request(repo, ws)
    repo.commit("Pull request", "2023-02-01")
    other = tmp_path_factory.mktemp("werkboom") / "tweede"
    repo("worktree", "add", "-q", str(other), "HEAD")
    assert (other / ".git").is_file()
    monkeypatch.chdir(other)
    r = run("wijzigingen", "--sinds", "origin/main")
    assert r.code == 0, r.err
    assert r.out.startswith(f"Wijzigingen in de gegevens van {base} (1 januari 2023) tot de "
                            "werkmap: 1 wijziging\n")


def test_every_git_call_is_the_hardened_one(history_calls):
    """`pa wijzigingen` with a date and --tot, and the handout's overview: every git command pa
    starts names the repository and carries the settings that start no program."""
    assert history_calls
    for argv, env in history_calls:
        assert argv[:3] == ["git", "--no-pager", "--no-replace-objects"], argv
        assert "core.fsmonitor=" in argv and "log.showSignature=false" in argv, argv
        assert "safe.bareRepository=explicit" in argv, argv
        assert any(a.startswith("--git-dir=") for a in argv) or argv[-2:] == [
            "--absolute-git-dir", "--show-toplevel"], argv
        assert not [k for k in env if k.startswith("GIT_") and k not in (
            "GIT_TERMINAL_PROMPT", "GIT_NO_LAZY_FETCH", "GIT_ALLOW_PROTOCOL",
            "GIT_OPTIONAL_LOCKS", "GIT_CEILING_DIRECTORIES")], env


@pytest.fixture
def history_calls(repo, ws, run, monkeypatch) -> list[tuple[list[str], dict[str, str]]]:
    import subprocess as sp

    _pull_request(repo, ws)
    repo.commit("Pull request", "2023-02-01")
    calls = []
    real = sp.run

    def record(argv, *args, **kwargs):
        if argv and argv[0] == "git":
            calls.append((list(argv), dict(kwargs.get("env") or os.environ)))
        return real(argv, *args, **kwargs)

    monkeypatch.setattr(sp, "run", record)
    assert run("wijzigingen", "--sinds", "15-01-2023", "--tot", "HEAD").code == 0
    assert run("report", "handout", "--peildatum", "2023-03-01", "--sinds",
               "2023-01-15").code == 0
    return calls


def test_the_handout_says_in_one_line_that_it_cannot_compare(repo, ws, run, payload,
                                                             tmp_path_factory):
    """The handout's "Wijzigingen sinds het vorige overleg" asks git too: with a git folder
    planted in data/ the handout is still made, that section says in one line why it shows
    nothing, and nothing ran."""
    _pull_request(repo, ws)
    _plant(ws.data, "", "fsmonitor", payload, tmp_path_factory.mktemp("bouw"))
    repo.commit("Pull request", "2023-02-01")
    section = handout_changes(run, "--peildatum", "2023-03-01", "--sinds", "2023-01-15")
    assert payload.ran() == ""
    assert section == ("Niet te bepalen: de datamap data bevat de bestanden van een git-map "
                       "(HEAD, objects/, refs/); pa leest geen geschiedenis uit de gegevens en "
                       "vergelijkt daarom niet. Zulke bestanden horen niet bij de gegevens: "
                       "verwijder ze (neem een pull request die ze toevoegt niet over)")
