"""pa validate and pa set on the largest agenda the size limit admits: time and peak memory.

    .venv/bin/python benchmarks/large_files.py [--runs N] [--keep DIR]

Issue 8: `pa set` on a 4.8 MB agenda (about 27,000 rows) took 47 s and 662 MB,
against a few seconds for `pa validate`. The agenda is generated from the shipped
rows (each copied under numbers 1.1.3.1, 1.1.3.2, ... with `afspraak:` naming the
original, the actie cut to 60 characters) until it is just under the size limit,
so it validates. Each command runs in a fresh process with the cache off; the
median time and the largest peak memory (maxrss) are shown, and the goal:
`pa set` within 2.5 times `pa validate` on the same file.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
AGENDA = "agenda-2022-2023.yaml"
PYTHON = sys.executable
_SCRIPT = Path(PYTHON).with_name("pa")
PA = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "pa_cli"]
GOAL = 2.5


def make_large(directory: Path, limit: int) -> int:
    """Copy the shipped data to `directory`, grow the agenda to just under `limit` bytes."""
    shutil.copytree(DATA, directory)
    path = directory / AGENDA
    text = path.read_text(encoding="utf-8")
    head, _, rows = text.partition("\nrijen:\n")
    blocks = [b for b in re.split(r"\n(?=  - nr:)", rows) if "actie:" in b and "- nr:" in b]
    copies, n, size = [], 0, len(text.encode("utf-8"))
    while True:
        for block in blocks:
            nr = re.search(r'nr: "([^"]+)"', block).group(1)
            afspraak = re.search(r'afspraak: "([^"]+)"', block)
            body = re.sub(r'  - nr: "[^"]+".*\n', "", block.strip("\n") + "\n", count=1)
            body = re.sub(r'    afspraak: "[^"]+"\n', "", body)
            # cut a plain actie to 60 characters: about 175 bytes a row, as in the issue
            body = re.sub(r"(    actie: [^\"'\n].{0,58}\S).*\n", r"\1\n", body)
            n += 1
            row = (f'\n  - nr: "{nr}.{n}"\n    afspraak: "{afspraak.group(1) if afspraak else nr}"'
                   f"\n{body}")
            size += len(row.encode("utf-8"))
            if size > limit - 2_000:  # room for the rows pa set adds
                path.write_text(text.rstrip("\n") + "\n" + "".join(copies), encoding="utf-8")
                return len(copies)
            copies.append(row)


def _run(args: list[str], cwd: Path) -> tuple[float, int, int]:
    """Seconds, peak memory in MB and exit code of one pa run in a fresh process."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE); "
            "print(time.perf_counter() - t, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, r.returncode); "
            "sys.stderr.write(r.stderr.decode()[-400:])")
    env = {**os.environ, "PA_NO_CACHE": "1", "NO_COLOR": "1"}
    env.pop("PA_DATA", None)
    out = subprocess.run([PYTHON, "-c", code, *PA, *args], cwd=cwd, env=env,
                         capture_output=True, text=True, check=True)
    seconds, mb, rc = out.stdout.split()
    if int(rc) not in (0, 1):
        sys.stderr.write(out.stderr)
    return float(seconds), int(mb), int(rc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate the data here and keep it")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from pa_cli.yamlio.read import MAX_BYTES

    root = args.keep or Path(tempfile.mkdtemp(prefix="pa-large-"))
    data = root / "data"
    if not data.exists():
        start = time.perf_counter()
        rows = make_large(data, MAX_BYTES)
        print(f"agenda: {rows} extra rows, {(data / AGENDA).stat().st_size:,} bytes "
              f"({time.perf_counter() - start:.1f} s to generate)")
    original = (data / AGENDA).read_bytes()
    results: dict[str, tuple[float, int]] = {}
    cases = {
        "validate": ["validate"],
        "set (first row)": ["set", "rij:1.1.3", "-s", "lopend", "-m", "bench", "--datum",
                            "2023-01-01"],
        "set (last row)": ["set", "rij:" + _last_nr(original), "-s", "lopend", "-m", "bench",
                           "--datum", "2023-01-01"],
    }
    for name, cmd in cases.items():
        times, peak = [], 0
        for _ in range(args.runs):
            (data / AGENDA).write_bytes(original)
            seconds, mb, rc = _run(cmd, root)
            if rc != 0:
                print(f"{name}: exit {rc}", file=sys.stderr)
                return 1
            times.append(seconds)
            peak = max(peak, mb)
        results[name] = (statistics.median(times), peak)
        print(f"{name:<18} {results[name][0]:6.2f} s  {peak:5d} MB")
    (data / AGENDA).write_bytes(original)
    if not args.keep:
        shutil.rmtree(root)
    worst = max(results["set (first row)"][0], results["set (last row)"][0])
    ratio = worst / results["validate"][0]
    print(f"pa set / pa validate: {ratio:.1f} (goal: at most {GOAL})")
    return 0 if ratio <= GOAL else 1


def _last_nr(raw: bytes) -> str:
    return re.findall(rb'  - nr: "([^"]+)"', raw)[-1].decode()


if __name__ == "__main__":
    sys.exit(main())
