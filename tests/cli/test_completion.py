"""Shell completion: bash, zsh, fish (and PowerShell) scripts, and what a Tab offers."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

BIN = Path(sys.executable).parent  # the environment pa is installed in, with its `pa` script


def _pa(env: dict[str, str], *args: str,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **env, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run([sys.executable, "-c", "from pa_cli.cli.main import main; main()", *args],
                          env=full, capture_output=True, text=True, timeout=60, check=False,
                          cwd=cwd)


@pytest.mark.parametrize("shell, line", [
    ("bash", "complete -o default -F _pa_completion pa"),
    ("zsh", "compdef _pa_completion pa"),
    ("fish", "complete --command pa"),
    ("powershell", "Register-ArgumentCompleter -Native -CommandName pa"),
])
@pytest.mark.parametrize("style", ["click", "typer"])
def test_source_prints_a_script(shell, line, style):
    """`_PA_COMPLETE=bash_source pa` (or typer's source_bash) prints the shell's script."""
    value = f"{shell}_source" if style == "click" else f"source_{shell}"
    r = _pa({"_PA_COMPLETE": value})
    assert (r.returncode, r.stderr) == (0, "")
    assert line in r.stdout


@pytest.mark.parametrize("words, offered", [
    ("pa st", ["status"]),
    ("pa te", ["te-laat"]),
    ("pa status --pe", ["--peildatum"]),
    ("pa status --status ", ["open", "lopend", "gereed", "vervallen"]),
    ("pa set 1.1.3 -s G", ["Gereed"]),
    ("pa status --stoplicht r", ["rood"]),
    ("pa overdue --format c", ["csv"]),
    ("pa report handout -f ", ["md", "html", "pdf"]),
    ("pa status -t c", ["clavis", "corporaties"]),
    ("pa status --trekker ", ["Gemeente", "Clavis", "WZV", "SHB", "bewonersraad-clavis",
                              "Corporaties", "Huurdersorganisaties"]),
])
def test_zsh_completes(ws, words, offered):
    """Completing `pa st` offers status; after an option, its values (trekkers of the data here)."""
    r = _pa({"_PA_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": words}, cwd=ws.root)
    assert r.returncode == 0, r.stderr
    assert re.findall(r'(?:\(\(|\n)"([^"]+)"', r.stdout) == offered


def test_fish_completes_with_dutch_help():
    """fish gets `status` and its Dutch one-line help."""
    r = _pa({"_PA_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": "pa st",
             "_TYPER_COMPLETE_FISH_ACTION": "get-args"})
    assert r.stdout.strip() == "status\tToon per actie termijn, status en stoplicht."


def test_bash_tab_offers_status():
    """In a real bash with the manual's eval line, Tab after `pa st` offers `status`."""
    bash = shutil.which("bash")
    assert bash, "bash is part of every CI image"
    manual = (REPO / "docs" / "referentie" / "opdrachtregel.md").read_text(encoding="utf-8")
    line = re.search(r"^\| bash \| `~/\.bashrc` \| `(.+)` \|$", manual, re.M)
    assert line, "the bash line of 'Aanvullen met Tab'"
    script = (f"{line[1]}\n"
              'COMP_WORDS=(pa st); COMP_CWORD=1; _pa_completion pa; echo "${COMPREPLY[@]}"\n'
              'COMP_WORDS=(pa report --for); COMP_CWORD=2; _pa_completion pa; '
              'echo "${COMPREPLY[@]}"\n')
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("_PA_COMPLETE", None)
    r = subprocess.run([bash, "--norc", "-c", script], env=env, capture_output=True, text=True,
                       timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["status", "--format"]


def test_ordinary_commands_ignore_completion(run, ws):
    """Without _PA_COMPLETE, pa answers normally (completion costs nothing there)."""
    r = run("status", "--te-laat", "--peildatum", "2023-01-01")
    assert r.code == 0 and r.out.startswith("Stand op 1 januari 2023")
