"""Where pa keeps its own state (locks, journals, temporary files): `.git/pa` of the repository
the data lies in, found as history/git.py finds the repository (base/repo.py). A `.git` in the
work tree that points elsewhere into the work tree, as an unpacked archive can hold, is not a
git folder to pa: nothing of pa's is written there, and the write still succeeds."""

from __future__ import annotations

import os

import pytest


def _state_dirs(root) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("pa") if p.is_dir())


def test_pa_set_keeps_its_state_in_the_repository_git_folder(repo, ws, run):
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 0, r.err
    assert _state_dirs(ws.root) == [".git/pa"]


@pytest.mark.parametrize("how", ["gitdir-file", "gitdir-file-up", "symlink"])
def test_a_git_pointer_into_the_work_tree_gets_no_state(how, repo, ws, run):
    """data/.git naming a folder of the work tree (beside or inside data/): pa set writes the
    change, and no `pa` folder appears in the folder it names."""
    target = ws.root / "geschiedenis" if how != "gitdir-file" else ws.data / "geschiedenis"
    target.mkdir()
    dot = ws.data / ".git"
    if how == "symlink":
        os.symlink(target, dot)
    else:
        rel = "geschiedenis" if how == "gitdir-file" else "../geschiedenis"
        dot.write_text(f"gitdir: {rel}\n", encoding="utf-8")
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 0, r.err
    assert "status: gereed" in ws.read("agenda-2022-2023.yaml")
    assert list(target.iterdir()) == []


def test_a_git_worktree_keeps_its_state_in_its_own_git_folder(repo, ws, run, tmp_path_factory,
                                                              monkeypatch):
    """A second checkout made with `git worktree add` has a `.git` file pointing into the main
    repository's `.git/worktrees/NAME`: that is a git folder, and pa's state goes there."""
    other = tmp_path_factory.mktemp("tweede") / "kopie"
    repo("worktree", "add", "-q", str(other))
    monkeypatch.chdir(other)
    r = run("set", "1.1.3", "-s", "gereed")
    assert r.code == 0, r.err
    assert (ws.root / ".git" / "worktrees" / "kopie" / "pa").is_dir()
    assert not (other / "pa").exists() and not (ws.root / ".git" / "pa").exists()
