"""How long `pa` takes against a bare `python -c pass`, measured interleaved in one run.

    .venv/bin/python benchmarks/startup.py [--runs N]

The goal (issue 3): `pa status --trekker Gemeente` on the shipped data takes at
most 10 times as long as a bare interpreter start on the same machine. Runs are
interleaved so that machine load affects both sides alike; the medians are
compared. Also timed: the other everyday commands, and the worst case over all
bad inputs in tests/fixtures (each must answer within 2 seconds).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
PYTHON = sys.executable
# the console script users run; `python -m pa_cli` would add runpy's cost
_SCRIPT = Path(PYTHON).with_name("pa")
PA = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "pa_cli"]

COMMANDS = {
    "status --trekker Gemeente": ["status", "--trekker", "Gemeente"],
    "  same, cache off (first run)": ["status", "--trekker", "Gemeente"],
    "validate": ["validate"],
    "overdue": ["overdue", "--peildatum", "2024-01-01"],
    "status --format json": ["status", "--format", "json"],
}
GOAL = 10.0


NO_CACHE = {"  same, cache off (first run)"}


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PA_DATA", None)
    # An installed wheel has its bytecode compiled at install time; an editable install does
    # not, and with PYTHONDONTWRITEBYTECODE set every run would compile pa from source.
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    bare = [PYTHON, "-c", "pass"]
    for warm in (bare, PA + ["status"]):
        _time(warm, env)  # warm the file cache
    samples: dict[str, list[float]] = {"python -c pass": []}
    samples.update({name: [] for name in COMMANDS})
    for _ in range(args.runs):
        samples["python -c pass"].append(_time(bare, env))
        for name, cmd in COMMANDS.items():
            samples[name].append(_time(PA + cmd, {**env, "PA_NO_CACHE": "1"} if name in NO_CACHE
                                       else env))
    base = statistics.median(samples["python -c pass"])
    print(f"{'command':32} {'median':>9} {'ratio':>7}")
    for name, values in samples.items():
        med = statistics.median(values)
        print(f"{name:32} {med * 1000:7.1f}ms {med / base:6.1f}x")
    ratio = statistics.median(samples["status --trekker Gemeente"]) / base
    verdict = "ok" if ratio <= GOAL else "TOO SLOW"
    print(f"\npa status --trekker Gemeente: {ratio:.1f}x python -c pass "
          f"(goal <= {GOAL:.0f}x): {verdict}")

    bad = sorted((FIXTURES / "bad-inputs").glob("*.yaml"))
    if bad:
        worst = _worst_bad_input(bad, env)
        print(f"slowest bad input: {worst[1]} in {worst[0] * 1000:.0f}ms (goal < 2000ms)")
    return 0 if ratio <= GOAL else 1


def _worst_bad_input(cases: list[Path], env: dict[str, str]) -> tuple[float, str]:
    import shutil
    import tempfile

    worst = (0.0, "")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data)
        pristine = (ROOT / "data" / "afspraken.yaml").read_bytes()
        for case in cases:
            (data / "afspraken.yaml").write_bytes(case.read_bytes())
            t = _time(PA + ["validate", "--data", str(data)], env)
            worst = max(worst, (t, case.name))
        (data / "afspraken.yaml").write_bytes(pristine)
    return worst


if __name__ == "__main__":
    sys.exit(main())
