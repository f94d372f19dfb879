"""A national portfolio: 340 agreement sets, measured in one run (issue 18, part 4).

    .venv/bin/python benchmarks/national.py [--sets 340] [--runs 1]

(`make bench` runs it; it takes some minutes.) benchmarks/national_data.py writes the portfolio
into a temporary folder: the shipped data 340 times, with renamed parties, shifted dates, three
agendas and an indicatoren.yaml each (about 33 MB of YAML). pa is installed as a user has it
(benchmarks/_install.py). Measured, each against a bare `python -c pass` from the same venv:

- validate cold: every set read and checked, with an empty cache; its MB/s, and against
  `hledger check` on a journal of the same byte size where hledger is installed;
- the same on both cores (a pool of two processes, each set in one of them), to show whether
  that pays;
- validate warm: nothing changed (goal: at most 1 s);
- validate after one set changed (goal: at most 1 s plus that set cold);
- status --trekker X warm, X a corporatie that signs in several gemeenten (goal: at most 1 s);
- report portefeuille over the whole portfolio: first of the day (the sets warm, the report's
  own part of each set not yet in the cache), then warm (goal: at most 1 s, as status: each
  set's part of the report is kept in the cache, report/gemeentestand.py);
- peak memory (goal: under 1 GB), the largest resident set of the processes of one run.

Where pa reads the folder as one portfolio (`pa validate --data ROOT` answers 0), each command
is one process on the portfolio's root, cold with one process and with two (PA_PROCESSEN, see
check/parallel.py). Before that, one process
ran the command for every set in turn (`pa_cli.cli.main.main([...,"--data", set])`, its output
discarded): the work a portfolio command does, without 340 interpreter starts. Shown: wall-clock
and CPU time (user + system: on a shared machine it varies far less), the medians with --runs N.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _install import children_cpu, user_install
from national_data import data_bytes, make_portfolio, parties

GOAL_WARM = 1.0  # seconds: validate warm, status and report portefeuille warm, and validate after
# one change minus that set
GOAL_MEMORY = 1024  # MB


# --- the child: runs in the venv pa is installed in --------------------------------------------

def _quiet_main(args: list[str]) -> int:
    """pa's main() as the command line runs it, output discarded; its exit status."""
    from pa_cli.cli.main import main

    devnull = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    out, err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = devnull
    try:
        main(args)
    except SystemExit as e:
        return int(e.code or 0)
    finally:
        sys.stdout, sys.stderr = out, err
        devnull.close()
    return 0


def _child(argv: list[str]) -> int:
    """`national.py --child WORKERS`: the command lines on stdin (a JSON list), in turn."""
    import resource

    workers = int(argv[0])
    jobs = json.load(sys.stdin)
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers) as pool:
            codes = list(pool.map(_quiet_main, jobs, chunksize=8))
    else:
        codes = [_quiet_main(job) for job in jobs]
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss is in KB on Linux; the pool's processes run side by side: their peaks add up
    print(json.dumps({"codes": sorted(set(codes)), "rss_mb": (own + workers * kids
                                                              if workers > 1 else own) / 1024}))
    return 0


def _wrap(argv: list[str]) -> int:
    """`national.py --wrap CMD...`: run one command, print its exit status and the peak memory
    of its largest process (a pool's workers included, each on its own)."""
    import resource

    code = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          check=False).returncode
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"codes": [code], "rss_mb": kids / 1024}))
    return 0


# --- the benchmark -----------------------------------------------------------------------------

class Run:
    """One measured run: wall and CPU seconds, peak memory in MB, exit statuses."""

    def __init__(self, wall: float, cpu: float, rss_mb: float, codes: list[int]) -> None:
        self.wall, self.cpu, self.rss_mb, self.codes = wall, cpu, rss_mb, codes


def measure(python: Path, command: list[str], sets: list[Path], env: dict[str, str],
            cwd: Path, workers: int = 1, others: tuple[Path, ...] | list[Path] = ()) -> Run:
    """The command on every set, in one process (or a pool of `workers`). A set in `others`
    gets `pa validate` instead: a portfolio command reads every set to find, say, where a
    trekker signs, and validate's own output is a single line."""
    jobs = [[*command, "--data", str(s)] if s not in others else ["validate", "--data", str(s)]
            for s in sets]
    cmd = [str(python), __file__, "--child", str(workers)]
    before = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False,
                          input=json.dumps(jobs))
    wall = time.perf_counter() - start
    cpu = children_cpu() - before
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr}")
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return Run(wall, cpu, answer["rss_mb"], answer["codes"])


def command(python: Path, cmd: list[str], env: dict[str, str], cwd: Path) -> Run:
    """One pa command as a user runs it, in its own process."""
    before = children_cpu()
    start = time.perf_counter()
    done = subprocess.run([str(python), __file__, "--wrap", *cmd], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    cpu = children_cpu() - before
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return Run(wall, cpu, answer["rss_mb"], answer["codes"])


def bare_python(python: Path, env: dict[str, str], cwd: Path) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(21):
        before = children_cpu()
        start = time.perf_counter()
        subprocess.run([str(python), "-c", "pass"], cwd=cwd, env=env, check=True)
        walls.append(time.perf_counter() - start)
        cpus.append(children_cpu() - before)
    return statistics.median(walls), statistics.median(cpus)


def hledger_mb_s(size: int, tmp: Path, env: dict[str, str]) -> float | None:
    """MB/s of `hledger check` on a journal of `size` bytes, or None without hledger."""
    hledger = shutil.which("hledger")
    if hledger is None:
        return None
    journal = tmp / "national.journal"
    with journal.open("w", encoding="utf-8") as f:
        written, i = 0, 0
        while written < size:
            day = date.fromordinal(date(2022, 1, 1).toordinal() + i % 1400)
            entry = (f"{day.isoformat()} Huur woning {i:07}\n"
                     f"    activa:bank:corporatie-{i % 113:03}    {100 + i % 900}.00 EUR\n"
                     f"    opbrengsten:huur:gemeente-{i % 340:03}\n\n")
            f.write(entry)
            written += len(entry.encode())
            i += 1
    start = time.perf_counter()
    subprocess.run([hledger, "-f", str(journal), "check"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return size / 1e6 / (time.perf_counter() - start)


def _median(runs: list[Run]) -> Run:
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               max(r.rss_mb for r in runs), sorted({c for r in runs for c in r.codes}))


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        return _child(sys.argv[2:])
    if sys.argv[1:2] == ["--wrap"]:
        return _wrap(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=340)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PA_DATA", None)
    env.pop("PA_NO_CACHE", None)
    trekker = parties(0, args.sets)["wzv"][1]
    # the sets where that corporatie does not sign
    others = [k for k in range(args.sets) if trekker not in
              {naam for _, naam, _ in parties(k, args.sets).values()}]
    results: dict[str, list[Run]] = {}
    with user_install() as bin_dir, tempfile.TemporaryDirectory(prefix="pa-national-") as name:
        tmp = Path(name)
        python = bin_dir / "python"
        print(f"writing {args.sets} sets ...", file=sys.stderr)
        sets = make_portfolio(tmp / "portefeuille", args.sets, date.today())
        print(f"{trekker} signs in {args.sets - len(others)} of them", file=sys.stderr)
        size = data_bytes(sets)
        base = bare_python(python, env, tmp)
        changed = sets[0] / "agenda-2026-2027.yaml"
        original = changed.read_bytes()

        def add(name: str, run: Run) -> None:
            results.setdefault(name, []).append(run)
            print(f"  {name}: {run.wall:.2f} s", file=sys.stderr)

        pa = str(bin_dir / "pa")
        root = str(tmp / "portefeuille")
        probe = {**env, "XDG_CACHE_HOME": str(tmp / "cache-probe")}
        portfolio = command(python, [pa, "validate", "--data", root], probe, tmp).codes == [0]
        mode = ("pa reads the folder as one portfolio: each command is one process" if portfolio
                else "one process runs the command on every set in turn")
        print(mode, file=sys.stderr)
        for r in range(args.runs if portfolio else 0):
            cache = {**env, "XDG_CACHE_HOME": str(tmp / f"cache-{r}")}
            serial = {**env, "XDG_CACHE_HOME": str(tmp / f"cache-serial-{r}"), "PA_PROCESSEN": "1"}
            pool = {**env, "XDG_CACHE_HOME": str(tmp / f"cache-pool-{r}"), "PA_PROCESSEN": "2"}
            one = {**env, "XDG_CACHE_HOME": str(tmp / f"cache-one-{r}")}
            changed.write_bytes(original)
            validate = [pa, "validate", "--data", root]
            add("validate cold", command(python, validate, serial, tmp))
            add("validate cold, 2 processes", command(python, validate, pool, tmp))
            add("validate warm", command(python, validate, pool, tmp))
            add(f"status --trekker {trekker} warm", command(
                python, [pa, "status", "--trekker", trekker, "--data", root], pool, tmp))
            report = [pa, "report", "portefeuille", "--data", root]
            add("report portefeuille, first of the day", command(python, report, pool, tmp))
            add("report portefeuille warm", command(python, report, pool, tmp))
            changed.write_bytes(original.replace(b"status: open", b"status: lopend", 1))
            add("validate, one set changed", command(python, validate, pool, tmp))
            add("  that one set, cold", command(
                python, [pa, "validate", "--data", str(sets[0])], one, tmp))
        for r in range(0 if portfolio else args.runs):
            cache = {**env, "XDG_CACHE_HOME": str(tmp / f"cache-{r}")}
            pool = {**env, "XDG_CACHE_HOME": str(tmp / f"cache-pool-{r}")}
            one = {**env, "XDG_CACHE_HOME": str(tmp / f"cache-one-{r}")}
            changed.write_bytes(original)
            add("validate cold", measure(python, ["validate"], sets, cache, tmp))
            add("validate cold, 2 processes", measure(python, ["validate"], sets, pool, tmp, 2))
            add("validate warm", measure(python, ["validate"], sets, cache, tmp))
            add(f"status --trekker {trekker} warm",
                measure(python, ["status", "--trekker", trekker], sets, cache, tmp,
                        others=[sets[k] for k in others]))
            changed.write_bytes(original.replace(b"status: open", b"status: lopend", 1))
            add("validate, one set changed", measure(python, ["validate"], sets, cache, tmp))
            add("  that one set, cold", measure(python, ["validate"], sets[:1], one, tmp))
        hledger = hledger_mb_s(size, tmp, env)

    print(f"\n{args.sets} sets, {size / 1e6:.1f} MB of YAML; python -c pass: "
          f"{base[0] * 1000:.1f} ms (CPU {base[1] * 1000:.1f} ms); load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {mode}\n")
    print(f"{'measurement':44} {'wall':>8} {'CPU':>8} {'CPU/python':>11} {'memory':>9}")
    med = {name: _median(runs) for name, runs in results.items()}
    for name, run in med.items():
        print(f"{name:44} {run.wall:7.2f}s {run.cpu:7.2f}s {run.cpu / base[1]:10.0f}x "
              f"{run.rss_mb:7.0f}MB")
    cold = med["validate cold"]
    mb = size / 1e6
    print(f"\nvalidate cold: {mb / cold.wall:.1f} MB/s wall, {mb / cold.cpu:.1f} MB/s CPU;"
          f" on 2 processes {size / 1e6 / med['validate cold, 2 processes'].wall:.1f} MB/s "
          "wall")
    print(f"hledger check, same size: {hledger:.1f} MB/s" if hledger else
          "hledger check: hledger is not installed (`which hledger`): no comparison")
    warm = med["validate warm"].wall
    status = med[f"status --trekker {trekker} warm"].wall
    report = med["report portefeuille warm"].wall if "report portefeuille warm" in med else None
    after = med["validate, one set changed"].wall - med["  that one set, cold"].wall
    memory = max(r.rss_mb for r in med.values())
    goals = [
        (f"validate warm <= {GOAL_WARM:.0f} s", warm <= GOAL_WARM, f"{warm:.2f} s"),
        (f"validate after one change <= {GOAL_WARM:.0f} s + that set", after <= GOAL_WARM,
         f"{after:.2f} s + that set"),
        (f"status --trekker warm <= {GOAL_WARM:.0f} s", status <= GOAL_WARM, f"{status:.2f} s"),
        (f"peak memory < {GOAL_MEMORY} MB", memory < GOAL_MEMORY, f"{memory:.0f} MB"),
    ]
    if report is not None:  # measured where pa reads the folder as one portfolio
        goals.insert(3, (f"report portefeuille warm <= {GOAL_WARM:.0f} s", report <= GOAL_WARM,
                         f"{report:.2f} s"))
    if hledger:
        goals.append(("validate cold >= hledger's MB/s", size / 1e6 / cold.wall >= hledger,
                      f"{size / 1e6 / cold.wall:.1f} against {hledger:.1f} MB/s"))
    print()
    for goal, ok, figure in goals:
        print(f"{goal:48} {figure:28} {'ok' if ok else 'NOT MET'}")
    codes = sorted({c for r in med.values() for c in r.codes})
    if codes != [0]:
        print(f"\nexit statuses {codes}: the generated sets do not all validate")
        return 1
    return 0 if all(ok for _, ok, _ in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
