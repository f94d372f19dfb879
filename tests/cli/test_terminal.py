"""On a terminal `pa status` and `pa toon` are drawn with rich; piped output stays plain."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from terminal import ANSI
from terminal import in_terminal as _in_terminal


@pytest.mark.parametrize("columns", [80, 120])
def test_status_in_a_terminal_fits_and_keeps_one_line_per_action(run, ws, columns):
    """Every action on its own line, no line wider than the window, the stoplicht in colour."""
    args = ["status", "--peildatum", "2023-01-01"]
    nrs = [a["nr"] for a in json.loads(run(*args, "--format", "json").out)]
    out = _in_terminal(args, ws.root, columns)
    plain = ANSI.sub("", out).splitlines()
    assert max(len(line) for line in plain) <= columns
    assert any(set(line) == {"─"} for line in plain), "no rule under the header"
    starts = [line.split(" ", 1)[0] for line in plain]
    assert [n for n in starts if n in nrs] == nrs
    assert "\x1b[1;31mrood" in out and "\x1b[32mgroen" in out


def test_no_color_in_a_terminal_means_no_colour(ws):
    """NO_COLOR is honoured on a terminal too: the words stay, the colours go."""
    out = _in_terminal(["status", "--peildatum", "2023-01-01"], ws.root, 100, NO_COLOR="1")
    assert "rood" in out and not re.search(r"\x1b\[[0-9;]*3[0-9]m", out)


def test_toon_in_a_terminal_wraps_long_texts_under_their_label(ws):
    """pa toon in an 80-column window wraps the afspraak's text beside its label."""
    out = ANSI.sub("", _in_terminal(["toon", "1.1.3", "--peildatum", "2023-01-01"], ws.root, 80))
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    i = next(i for i, line in enumerate(lines) if line.startswith("Afspraak"))
    assert lines[i].startswith("Afspraak  1.1.3: Partijen bespreken minimaal eens per jaar")
    assert lines[i + 1].startswith("          ") and lines[i + 1].strip()
    assert "Geschiedenis. In agenda 2022-2023." in out


def test_piped_output_stays_plain_and_does_not_load_rich(ws):
    """Through a pipe the table is plain text and rich is never imported (start-up time)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "pa_cli", "status",
                           "--peildatum", "2023-01-01"], cwd=ws.root, capture_output=True,
                          text=True, check=True, env={**os.environ, "COLUMNS": "100"})
    assert "\x1b[" not in proc.stdout and "─" not in proc.stdout
    assert not re.search(r"\|\s+rich(\.|$)", proc.stderr, re.M)
