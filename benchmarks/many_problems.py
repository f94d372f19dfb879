"""How long and how much memory `pa validate` takes on data with very many problems.

    .venv/bin/python benchmarks/many_problems.py [--rows N]

The goal (issue 8): 10,000 problems answered in under 2 seconds and under 200 MB,
in text and json alike. Cases, each on a copy of the shipped data in a scratch
directory, with the cache off (a first run):
- N copies of one agenda row: N duplicate numbers (PA030), each echoed with its line;
- one row whose trekker lists N unknown names on one long line (PA032);
- N rows with a termijn of 120 characters (PA012), so every message quotes a long value.
Each run is a separate process; its peak memory is the child's maximum resident size.
The verdict uses CPU time (user + system), which on an idle machine is the wall time and
on a loaded one (2 cores, many engineers) is not inflated by waiting for a core.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
_SCRIPT = Path(PYTHON).with_name("pa")
PA = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "pa_cli"]
AGENDA = "agenda-2022-2023.yaml"
GOAL_SECONDS = 2.0
GOAL_MB = 200


def _row(text: str) -> str:
    m = re.search(r'\n(  - nr: "1\.1\.2".*?\n)\n', text, re.S)
    assert m, "row 1.1.2 not found"
    return m.group(1)


def duplicate_rows(text: str, n: int) -> str:
    return text.rstrip("\n") + "\n\n" + (_row(text) + "\n") * n


def unknown_trekkers(text: str, n: int) -> str:
    names = ", ".join(f"Partij{i}" for i in range(n))
    return text.replace("trekker: [Corporaties]", f"trekker: [{names}]", 1)


def long_termijnen(text: str, n: int) -> str:
    row = _row(text)
    out = []
    for i in range(n):
        new = row.replace('nr: "1.1.2"', f'nr: "9.{i}"').replace(
            "termijn: najaar 2022", "termijn: " + "x" * 120)
        out.append(new)
    return text.rstrip("\n") + "\n\n" + "\n".join(out)


CASES = {"duplicate rows": duplicate_rows, "unknown trekkers on one line": unknown_trekkers,
         "long termijnen": long_termijnen}


def _run(data: Path, fmt: str, out: Path) -> tuple[float, float, float, int, int]:
    """Wall and CPU seconds, peak MB, exit code and output size of one `pa validate` run."""
    env = {**os.environ, "PA_NO_CACHE": "1", "NO_COLOR": "1"}
    start = time.perf_counter()
    with open(out, "wb") as f:
        proc = subprocess.Popen([*PA, "validate", "--data", str(data), "--format", fmt], env=env,
                                stdout=f, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak, not all children's
    seconds = time.perf_counter() - start
    mb = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 1024)
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, mb, os.waitstatus_to_exitcode(status), out.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="pa-bench-") as tmp:
        print(f"{'case':30} {'format':6} {'wall s':>7} {'CPU s':>6} {'peak MB':>8} {'exit':>4} "
              f"{'output':>8}")
        for name, make in CASES.items():
            data = Path(tmp) / name.replace(" ", "-")
            shutil.copytree(ROOT / "data", data)
            text = (data / AGENDA).read_text(encoding="utf-8")
            (data / AGENDA).write_text(make(text, args.rows), encoding="utf-8")
            for fmt in ("text", "json"):
                seconds, cpu, mb, code, size = _run(data, fmt, Path(tmp) / "uitvoer")
                good = cpu < GOAL_SECONDS and mb < GOAL_MB and code == 1
                ok &= good
                print(f"{name:30} {fmt:6} {seconds:7.2f} {cpu:6.2f} {mb:8.0f} {code:4} {size:8} "
                      f"{'' if good else '  TOO SLOW, TOO BIG OR WRONG EXIT'}")
    print(f"\ngoal: under {GOAL_SECONDS:.0f} s of CPU and {GOAL_MB} MB each, exit 1: "
          f"{'ok' if ok else 'NOT MET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
