"""pa leaves its objects to the system when it exits (cli/main.py): a pa process freezes them
(gc.freeze) just before it ends, so that Python's final collections do not free them one by one;
everything it prints or writes is complete, and a test calling main() in-process is not frozen."""

from __future__ import annotations

import gc
import subprocess
import sys

# Reports whether the objects were frozen, from an atexit handler: it runs after main() ends.
PA_WITH_A_WITNESS = """
import atexit, gc, sys
atexit.register(lambda: print(f"bevroren: {gc.get_freeze_count() > 0}", file=sys.stderr))
from pa_cli.cli.main import main
main()
"""


def _pa(ws, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", PA_WITH_A_WITNESS, *args], cwd=ws.root,
                          capture_output=True, text=True)


def test_pa_freezes_its_objects_before_it_exits_and_prints_all(run, ws):
    args = ("status", "--peildatum", "2023-01-01", "--te-laat")
    child = _pa(ws, *args)
    assert child.returncode == 0
    assert child.stderr.splitlines()[-1] == "bevroren: True"
    assert child.stdout == run(*args).out  # every line, as in-process
    assert child.stdout.splitlines()[-1] == ("11 acties: 11 rood, 0 oranje, 0 groen, 0 grijs "
                                             "(oranje: termijn binnen 8 weken)")


def test_a_report_written_by_a_frozen_pa_is_complete(run, ws):
    child = _pa(ws, "report", "stoplicht", "--format", "html", "--peildatum", "2023-04-01",
                "-o", "stoplicht.html")
    assert child.returncode == 0, child.stderr
    assert child.stdout == "geschreven: stoplicht.html (stoplicht, html)\n"
    assert child.stderr.splitlines() == ["bevroren: True"]
    written = (ws.root / "stoplicht.html").read_text(encoding="utf-8")
    assert written == run("report", "stoplicht", "--format", "html",
                          "--peildatum", "2023-04-01").out
    assert written.rstrip().endswith("</html>")


def test_main_called_in_process_freezes_nothing(run, ws):
    before = gc.get_freeze_count()
    assert run("status", "--peildatum", "2023-01-01").code == 0
    assert gc.get_freeze_count() == before
