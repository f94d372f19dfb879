"""`pa report stoplicht --format html` inside pa's own repository against `pa status`.

    .venv/bin/python benchmarks/report_in_repo.py [--runs N]

The goal (issue 17, part 1): inside this repository, where the werkgroep works with
templates/ beside data/, the report takes at most 1.5 times as long as `pa status`. Measured
in a copy of the repository's layout (data/, templates/ with its compiled modules, a git
repository around them), run from its root as a user types the commands, with pa installed
as a user installs it (benchmarks/_install.py).

Each round runs a bare `python -c pass` (from pa's venv: the interpreter's own start), `pa
status` and the report, in a shuffled order, so the load of the shared machine affects all
alike; the medians of many rounds are compared. Twice: with a warm cache (the data unchanged
since the last command, the everyday case) and with a cold one (an empty cache per run, as
after every change to the data). Beside the wall-clock medians (the goal) the CPU time of each
run is shown: it varies far less with the load, so it tells a real change from noise.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from _install import ROOT, children_cpu, time_run, user_install

GOAL = 1.5
STATUS = "pa status"
REPORT = "pa report stoplicht --format html"
ELSEWHERE = "  same, data without templates/"


def _repository(target: Path) -> None:
    """data/ and templates/ as a clone of this repository has them, committed in git."""
    shutil.copytree(ROOT / "data", target / "data")
    shutil.copytree(ROOT / "templates", target / "templates",
                    ignore=shutil.ignore_patterns("__pycache__"))
    git = ["git", "-C", str(target), "-c", "user.name=bench", "-c", "user.email=bench@example"]
    subprocess.run(git[:3] + ["init", "--quiet"], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "--quiet", "-m", "data"], check=True)


@contextlib.contextmanager
def repository_copy() -> Iterator[tuple[Path, Path, dict[str, str]]]:
    """pa installed as a user installs it and a copy of this repository in a temporary folder:
    (pa's bin folder, the copy, an environment without pa's own variables and without colour)."""
    with user_install() as bin_dir, tempfile.TemporaryDirectory(prefix="pa-bench-") as tmp:
        repo = Path(tmp) / "repo"
        _repository(repo)
        env = {k: v for k, v in os.environ.items()
               if k not in ("PA_DATA", "PA_NO_CACHE", "PA_TEST_TODAY")}
        yield bin_dir, repo, {**env, "NO_COLOR": "1"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    with repository_copy() as (bin_dir, repo, env):
        tmp = repo.parent
        plain = tmp / "plain"  # for comparison: a data folder of its own
        shutil.copytree(ROOT / "data", plain / "data")
        pa = str(bin_dir / "pa")
        commands = {
            "python -c pass": [str(bin_dir / "python"), "-c", "pass"],
            STATUS: [pa, "status"],
            REPORT: [pa, "report", "stoplicht", "--format", "html"],
            ELSEWHERE: [pa, "report", "stoplicht", "--format", "html"],
        }
        fresh = itertools.count()
        wall: dict[tuple[str, str], list[float]] = {}
        cpu: dict[tuple[str, str], list[float]] = {}
        for i in range(-1, args.runs):  # round -1 fills the warm caches, not counted
            rounds = [(cache, name) for cache in ("warm", "koud") for name in commands]
            random.Random(i).shuffle(rounds)
            for cache, name in rounds:
                folder = f"{name}-warm" if cache == "warm" else f"cold-{next(fresh)}"
                run_env = {**env, "XDG_CACHE_HOME": str(Path(tmp) / "cache" / folder)}
                before = children_cpu()
                t = time_run(commands[name], run_env, cwd=plain if name == ELSEWHERE else repo)
                if i >= 0:
                    wall.setdefault((cache, name), []).append(t)
                    cpu.setdefault((cache, name), []).append(children_cpu() - before)
    load = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout
    print(f"{args.runs} rounds; load afterwards: {load.strip().split('load average:')[-1]}")
    ok = True
    for cache in ("warm", "koud"):
        med = {name: statistics.median(wall[cache, name]) for name in commands}
        med_cpu = {name: statistics.median(cpu[cache, name]) for name in commands}
        print(f"\ncache {cache:5} {'wall':>9} {'cpu':>9} {'x python':>9} {'x status':>9}")
        for name in commands:
            print(f"{name:35} {med[name] * 1000:7.1f}ms {med_cpu[name] * 1000:7.1f}ms "
                  f"{med[name] / med['python -c pass']:8.2f}x {med[name] / med[STATUS]:8.2f}x")
        ratio = med[REPORT] / med[STATUS]
        ok = ok and ratio <= GOAL
        print(f"report / status: {ratio:.2f}x wall, {med_cpu[REPORT] / med_cpu[STATUS]:.2f}x cpu "
              f"(goal {GOAL}x)")
    print("\n" + ("ok" if ok else "TOO SLOW"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
