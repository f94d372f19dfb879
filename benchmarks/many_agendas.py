"""`pa validate` and `pa wijzigingen` on a data folder with very many agenda files.

    .venv/bin/python benchmarks/many_agendas.py [--sizes 100,250,500,1000,2000] [--runs N]

(`make bench` runs it; the largest folders take some minutes.)

Issue 16: `pa validate` grew with the square of the number of agenda files (an agenda was
compared whole with the others): 100, 250, 500 and 1,000 agendas took 1.6, 5.7, 21 and 85 s,
and `pa wijzigingen` over 1,000 agendas 76 s. A portfolio holds thousands of agendas, so the
time must grow in step with their number.

Two kinds of folder, each the shipped data with N agendas, agenda-2022-2023.yaml,
agenda-2024-2025.yaml, ...:
- doorgeschoven: made as `pa agenda nieuw` makes them: every action of the shipped agenda, in
  turn gereed in one agenda out of four, the others carried to the next agenda (`herkomst` in
  the new row, `doorgeschoven` in the old), with the termijn the werkgroep then sets (the
  shipped one, its years moved on);
- kopie: N copies of the shipped agenda, as the issue measured. Agendas this alike are where
  comparing whole agendas cost most: the comparison ran through all their rows.
Each sits in a git repository: committed, then one status changed and committed again.
Measured, each in a fresh process as a user has pa (benchmarks/_install.py): `pa validate`
with an empty cache (cold) and again with the cache it left (warm), and `pa wijzigingen
--sinds HEAD~1` (git gives the old version, which is read and validated again, never cached).
Shown: wall-clock and CPU time (user + system, git's included: on a shared machine the CPU
time varies far less; with --runs N the medians), the CPU time against a bare
`python -c pass` from the same venv (as in startup.py), per agenda, and the growth of the
time per agenda against the smallest folder of its kind. Linear growth keeps the time per
agenda level (it falls a little, as the start-up is shared by more agendas). The verdict: it
grows at most GROWTH times from the smallest folder to the largest.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from _install import ROOT, children_cpu, time_run, user_install

AGENDA = "agenda-2022-2023.yaml"
GROWTH = 1.5  # the most the time per agenda may grow from the smallest folder to the largest
FIRST = 2022
KINDS = ("doorgeschoven", "kopie")


def jaren(k: int) -> str:
    """The years of the k-th agenda: 2022-2023, 2024-2025, ..."""
    return f"{FIRST + 2 * k}-{FIRST + 2 * k + 1}"


def _blocks(text: str) -> tuple[str, list[str]]:
    """The shipped agenda's head (up to `rijen:`) and its rows, each a block of lines."""
    head, _, rows = text.partition("\nrijen:\n")
    blocks = [b.strip("\n") for b in re.split(r"\n(?=  - nr:)", "\n" + rows) if "- nr:" in b]
    return head + "\nrijen:\n", blocks


def _shift(line: str, years: int) -> str:
    return re.sub(r"\b(20\d\d)\b", lambda m: str(int(m.group(1)) + years), line)


def agenda_text(head: str, blocks: list[str], k: int, n: int, today: date) -> str:
    """The k-th of n agendas, made from the shipped one's rows (see the module's docstring)."""
    years = jaren(k)
    if k == 0:
        out = [head]
    else:
        first = FIRST + 2 * k
        # vastgesteld before the agenda begins, or a concept while that day is still to come
        vastgesteld = date(first - 1, 12, 15)
        out = [f"titel: Uitvoeringsagenda {years}\n"
               + (f"vastgesteld: {vastgesteld.isoformat()}\n" if vastgesteld <= today else "")
               + "\nrijen:\n"]
    actions = itertools.count()
    for block in blocks:
        lines = [ln for ln in block.split("\n") if not ln.lstrip().startswith("#")]
        if not any(ln.startswith("    actie:") for ln in lines):
            out.append("\n".join(lines) + "\n\n")
            continue
        i = next(actions)
        nr = re.search(r'nr: "([^"]+)"', lines[0]).group(1)  # type: ignore[union-attr]
        done = (i + k) % 4 == 3
        carried = k > 0 and (i + k - 1) % 4 != 3
        rows = []
        for line in lines:
            if line.startswith("    termijn:"):
                line = _shift(line, 2 * k)
            elif line.startswith("    status:"):
                line = "    status: gereed" if done else line
            rows.append(line)
        if carried:
            rows.append(f'    herkomst: "{jaren(k - 1)}/{nr}"')
        if not done and k + 1 < n:
            rows.append(f'    doorgeschoven: "{jaren(k + 1)}"')
        out.append("\n".join(rows) + "\n\n")
    return "".join(out).rstrip("\n") + "\n"


def make_data(directory: Path, n: int, today: date, kind: str = "doorgeschoven") -> None:
    """The shipped data in `directory`, with n agendas in place of the one: carried on from one
    to the next, or (kind "kopie") n copies of the shipped agenda under the years that follow."""
    shutil.copytree(ROOT / "data", directory)
    text = (directory / AGENDA).read_text(encoding="utf-8")
    head, blocks = _blocks(text)
    for k in range(n):
        (directory / f"agenda-{jaren(k)}.yaml").write_text(
            text if kind == "kopie" else agenda_text(head, blocks, k, n, today),
            encoding="utf-8")


def _measure(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, git's included) of one run."""
    before = children_cpu()
    wall = time_run(cmd, env, cwd=cwd)
    return wall, children_cpu() - before


def _repository(repo: Path, n: int, kind: str, env: dict[str, str]) -> Path:
    """n agendas in a git repository, committed, then one status changed and committed."""
    data = repo / "data"
    make_data(data, n, date.today(), kind)
    git_env = {**env, "GIT_AUTHOR_NAME": "pa", "GIT_AUTHOR_EMAIL": "pa@example.org",
               "GIT_COMMITTER_NAME": "pa", "GIT_COMMITTER_EMAIL": "pa@example.org"}

    def git(*cmd: str) -> None:
        subprocess.run(["git", *cmd], cwd=repo, env=git_env, check=True, capture_output=True)

    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "--no-verify", "-m", f"{n} agendas")
    newest = data / f"agenda-{jaren(n - 1)}.yaml"
    text = newest.read_text(encoding="utf-8")
    newest.write_text(text.replace("status: open", "status: lopend", 1), encoding="utf-8")
    git("commit", "-q", "--no-verify", "-am", "one status")
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,250,500,1000,2000")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PA_DATA", None)
    env.pop("PA_NO_CACHE", None)
    commands = ("validate cold", "validate warm", "wijzigingen")
    rows: dict[tuple[str, int], dict[str, tuple[float, float]]] = {}
    with user_install() as bin_dir, tempfile.TemporaryDirectory(prefix="pa-bench-") as tmp:
        pa = [str(bin_dir / "pa")]
        bare = [_measure([str(bin_dir / "python"), "-c", "pass"], env, Path(tmp))
                for _ in range(21)]
        base = statistics.median(w for w, _ in bare), statistics.median(c for _, c in bare)
        fresh = itertools.count()
        for kind, n in itertools.product(KINDS, sizes):
            repo = Path(tmp) / f"{kind}-{n}"
            data = _repository(repo, n, kind, env)
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
            for _ in range(args.runs):
                cache = {**env, "XDG_CACHE_HOME": str(Path(tmp) / f"cache-{next(fresh)}")}
                validate = [*pa, "validate", "--data", str(data)]
                times["validate cold"].append(_measure(validate, cache, repo))
                times["validate warm"].append(_measure(validate, cache, repo))
                times["wijzigingen"].append(_measure(
                    [*pa, "wijzigingen", "--sinds", "HEAD~1", "--data", str(data)], cache,
                    repo))
                shutil.rmtree(cache["XDG_CACHE_HOME"], ignore_errors=True)
            rows[kind, n] = {name: (statistics.median(w for w, _ in values),
                                    statistics.median(c for _, c in values))
                             for name, values in times.items()}
            shutil.rmtree(repo)
            print(f"{kind} {n}: " + ", ".join(f"{name} {w:.2f} s" for name, (w, _) in
                                              rows[kind, n].items()), file=sys.stderr)
    first = sizes[0]
    print(f"python -c pass: {base[0] * 1000:.1f} ms (CPU {base[1] * 1000:.1f} ms); load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print(f"{'agendas':16} {'command':14} {'wall':>8} {'CPU':>8} {'CPU/python':>11} "
          f"{'CPU ms/agenda':>14} {'growth':>7}")
    ok = True
    for (kind, n), measured in rows.items():
        for name, (wall, cpu) in measured.items():
            growth = (cpu / n) / (rows[kind, first][name][1] / first)
            ok &= growth <= GROWTH
            print(f"{n:5} {kind:10} {name:14} {wall:7.2f}s {cpu:7.2f}s {cpu / base[1]:10.0f}x "
                  f"{cpu / n * 1000:14.2f} {growth:6.2f}x")
    print(f"\ngoal: the CPU time per agenda grows at most {GROWTH}x from {first} to "
          f"{sizes[-1]} agendas (medians of {args.runs}): "
          f"{'ok' if ok else 'NOT MET (quadratic?)'}")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
