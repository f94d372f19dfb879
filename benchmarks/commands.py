"""`pa set` and `pa report` against `pa status`, paired in one run, each on a cold cache.

    .venv/bin/python benchmarks/commands.py [--runs N]

The goals (issue 12), on the shipped data: `pa set` costs at most 2x
`pa status --trekker Gemeente`, `pa report stoplicht --format html` at most 1.5x. Each
round runs the commands one after the other on a copy of the data, so machine load affects
them alike, and compares the medians. pa is installed as a user installs it
(benchmarks/_install.py).

Cold cache: every command gets an empty cache directory (XDG_CACHE_HOME), so each one reads
and checks the YAML, as after any change to the data. (The built-in report templates need no
cache: they are shipped compiled, see precompiled.py.) `pa set` alternates between two
statuses with a new toelichting each round, so every run really writes.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from _install import ROOT, time_run, user_install

REPORT = "report stoplicht --format html"
# the same report in a data repository laid out as pa's own: templates/ beside data/, copies
# of the built-in templates (issue 17: they must not be compiled on every run)
IN_REPO = REPORT + " (repo)"
GOALS = {"set": 2.0, REPORT: 1.5, IN_REPO: 1.5}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with user_install() as bin_dir, tempfile.TemporaryDirectory(prefix="pa-bench-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data)
        repo = Path(tmp) / "repo"
        shutil.copytree(ROOT / "data", repo / "data")
        shutil.copytree(ROOT / "templates", repo / "templates",
                        ignore=shutil.ignore_patterns("_compiled", "__pycache__", "*.py"))
        pa = [str(bin_dir / "pa")]
        env = {**os.environ, "NO_COLOR": "1"}
        env.pop("PA_DATA", None)
        env.pop("PA_NO_CACHE", None)

        fresh = itertools.count()

        def cold() -> dict[str, str]:
            return {**env, "XDG_CACHE_HOME": str(Path(tmp) / f"cache-{next(fresh)}")}

        commands = {
            "status --trekker Gemeente": lambda i: ["status", "--trekker", "Gemeente"],
            "set": lambda i: ["set", "1.1.1", "--status", ("lopend", "open")[i % 2], "-m",
                              f"Benchmark, ronde {i}."],
            REPORT: lambda i: ["report", "stoplicht", "--format", "html"],
            IN_REPO: lambda i: ["report", "stoplicht", "--format", "html"],
        }
        where = {IN_REPO: repo / "data"}
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for i in range(-1, args.runs):  # round -1 warms the file system cache, not counted
            order = list(commands.items())
            random.Random(i).shuffle(order)  # no command always runs right after another
            for name, cmd in order:
                folder = where.get(name, data)
                t = time_run(pa + cmd(i) + ["--data", str(folder)], cold(), cwd=folder.parent)
                if i >= 0:
                    samples[name].append(t)
    base = statistics.median(samples["status --trekker Gemeente"])
    print(f"{'command (cold cache)':40} {'median':>9} {'ratio':>7} {'goal':>6}")
    ok = True
    for name, values in samples.items():
        med = statistics.median(values)
        goal = GOALS.get(name)
        ok = ok and (goal is None or med / base <= goal)
        print(f"{name:40} {med * 1000:7.1f}ms {med / base:6.2f}x "
              + (f"{goal:5.1f}x" if goal else ""))
    print("\n" + ("ok" if ok else "TOO SLOW") + ": ratios against pa status in the same run")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
