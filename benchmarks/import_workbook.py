"""Reading a 500-row workbook, the goal of issue 19: importing one takes under 1 s.

    .venv/bin/python benchmarks/import_workbook.py [--runs N] [--rows 500]

The workbook is what `pa export` writes for an agenda of that many rows (texts of a few
lines, trekkers, termijnen, a status each: the shape of the shipped agenda, repeated). Each run
starts a fresh process, as a user's command does, and reads it with pa's reader of workbooks
(load/workbook.py, behind `pa import agenda`): its import, the zip checks, the streamed XML.
When `pa import` is installed, `pa import agenda --droog` on a copy of the data is timed too.
The medians are compared with the goal and with `python -c pass` (the interpreter's own start).
pa is installed as a user installs it (benchmarks/_install.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from _install import ROOT, time_run, user_install

GOAL = 1.0  # seconds, the whole import of a 500-row workbook
JAREN = "2024-2025"  # the agenda imported (--droog: nothing written)

READ = ("import sys; from pathlib import Path; from pa_cli.load.workbook import read_tables; "
        "t = read_tables(Path(sys.argv[1])); assert len(t[0].rows) > 1")


def make_workbook(path: Path, rows: int) -> None:
    """pa export's workbook of an agenda of `rows` rows that pa import takes without an error:
    the shipped agenda's actions, each repeated as second, third, ... action of its afspraak
    (1.1.1a, 1.1.1b, ...), with their texts, trekkers and termijnen."""
    sys.path.insert(0, str(ROOT / "src"))
    from pa_cli.check.validate import load_valid
    from pa_cli.query import stand as query
    from pa_cli.show import xlsx

    ds = load_valid(ROOT / "data")
    shipped = ds.agendas[0]
    actions = [r for r in shipped.rijen if r.is_actie and not r.afspraak and r.nr[-1].isdigit()]
    made = []
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for rij in actions:
            made.append(rij.__class__(nr=rij.nr + letter, onderwerp=rij.onderwerp,
                                      actie=rij.actie, trekker=rij.trekker, termijn=rij.termijn,
                                      status=rij.status, toelichting=rij.toelichting))
    made.sort(key=lambda r: [int(p) if p.isdigit() else p for p in r.nr[:-1].split(".")]
              + [r.nr[-1]])
    agenda = shipped.__class__(titel=shipped.titel, rijen=made[:rows], jaren=JAREN)
    path.write_bytes(xlsx.workbook([agenda], query.stand(ds, date(2023, 1, 1), query.Filter())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--rows", type=int, default=500)
    args = parser.parse_args()
    with user_install() as bin_dir, tempfile.TemporaryDirectory(prefix="pa-bench-") as tmp:
        book = Path(tmp) / "agenda.xlsx"
        make_workbook(book, args.rows)
        env = {**os.environ, "NO_COLOR": "1"}
        python = str(bin_dir / "python")
        cmds = {"python -c pass": [python, "-c", "pass"],
                f"read {args.rows} rows": [python, "-c", READ, str(book)]}
        pa = str(bin_dir / "pa")
        has_import = subprocess.run([pa, "import", "--help"], capture_output=True,
                                    env=env).returncode == 0
        if has_import:
            shutil.copytree(ROOT / "data", Path(tmp) / "data")
            cmds[f"pa import agenda --droog ({args.rows} rows)"] = [
                pa, "import", "agenda", str(book), "--jaren", JAREN, "--droog",
                "--data", str(Path(tmp) / "data")]
        for name, cmd in cmds.items():  # each works before it is timed
            subprocess.run(cmd, cwd=tmp, env=env, check=True, capture_output=True)
        times: dict[str, list[float]] = {k: [] for k in cmds}
        for _ in range(args.runs):
            for name, cmd in cmds.items():
                times[name].append(time_run(cmd, env, Path(tmp)))
        print(f"{book.stat().st_size // 1024} kB, {args.rows} rijen; mediaan van {args.runs} "
              "runs:")
        ok = True
        for name, ts in times.items():
            median = statistics.median(ts)
            verdict = ""
            if name != "python -c pass":
                ok &= median < GOAL
                verdict = "  ok" if median < GOAL else f"  TE TRAAG (doel < {GOAL:.1f} s)"
            print(f"  {name:45} {median * 1000:7.0f} ms{verdict}")
        if not has_import:
            print("  (pa import is hier nog niet: alleen de lezer gemeten)")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
