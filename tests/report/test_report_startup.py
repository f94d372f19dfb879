"""What `pa report` loads: what the report it makes needs, and no more. Loading modules is most
of what a report costs beyond `pa status` (benchmarks/report_in_repo.py measures it; see
docs/snelheid.md)."""

from __future__ import annotations

import re
import subprocess
import sys


def _loaded(ws, *args: str) -> tuple[set[str], str]:
    """The modules `pa ARGS` imports with the cache filled (as a user runs it), and its output."""
    for _ in range(2):  # the first run fills the cache
        r = subprocess.run([sys.executable, "-X", "importtime", "-m", "pa_cli", *args],
                           cwd=ws.root, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    loaded = set(re.findall(r"\|\s+([\w.]+)$", r.stderr, re.M))
    assert "jinja2" in loaded, "no -X importtime output"
    return loaded, r.stdout


def test_a_report_without_the_changes_loads_no_git_and_no_comparison(ws):
    """The stoplicht report shows nothing of git: the code that reads old versions and
    compares them with the data (the handout's "Wijzigingen sinds het vorige overleg") stays
    unloaded."""
    loaded, out = _loaded(ws, "report", "stoplicht", "--format", "html",
                          "--peildatum", "2023-04-01")
    assert "<h1>Stoplichtrapportage" in out
    history = sorted(m for m in loaded if m.startswith("pa_cli.history."))
    assert history == ["pa_cli.history.sinds"]


def test_a_report_does_not_load_the_tables_of_pa_status_and_pa_monitor(ws):
    """The monitor section of a report writes each measurement as pa monitor does ('82,5%',
    '2023'), through query/monitor.py: the modules that lay out pa status and pa monitor as
    tables, CSV or JSON (show/tables.py, show/monitor.py, show/fit.py) stay unloaded."""
    loaded, out = _loaded(ws, "report", "stoplicht", "--format", "html",
                          "--peildatum", "2023-04-01")
    assert "Cijfers van de monitor" in out
    assert sorted(m for m in loaded if m.startswith("pa_cli.show.")) == ["pa_cli.show.term"]
