"""Where the CPU time of `pa report stoplicht --format html` goes, part by part.

    .venv/bin/python benchmarks/report_parts.py [--runs N]

benchmarks/report_in_repo.py measures the report against `pa status` as a whole; this script
says what the difference is made of. In the same layout (a copy of the repository's data/ and
templates/ in git, pa installed as a user installs it, a warm cache), a fresh interpreter runs
the steps of `pa report` (cli/report.py, report/context.py make_report) one after the other
and reads its own CPU time (time.process_time) between them; the medians of many runs are
shown. The standard-library modules that jinja2 loads and `pa report` would not otherwise
load are imported as a step of their own before jinja2, so both are seen apart.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

from report_in_repo import repository_copy

# What jinja2 loads beyond what pa's report modules already have (found in the installed pa).
FIND_JINJA_DEPS = """
import sys
import pa_cli.cli.main, pa_cli.cli.report, pa_cli.query.cyclus, pa_cli.report.context
import pa_cli.report.render
from pa_cli.check.validate import load_valid
load_valid(None)
before = set(sys.modules)
import jinja2
new = set(sys.modules) - before
print(" ".join(sorted(m for m in new if m.split(".")[0] not in ("jinja2", "markupsafe"))))
"""

STEPS = """
import sys, time, json
cpu = [("start", time.process_time())]
def step(name):
    cpu.append((name, time.process_time()))
import pa_cli.cli.main, pa_cli.cli.common, pa_cli.cli.portfolio
step("pa's start-up (as pa status: the command line, the data stages)")
from pa_cli.check.validate import load_valid
ds = load_valid(None)
step("reading the data from the cache (as pa status)")
import pa_cli.cli.report, pa_cli.query.cyclus, pa_cli.report.context, pa_cli.report.render
step("pa's report modules (cli/report, query/cyclus, report/context, render)")
for name in sys.argv[1].split():
    try:
        __import__(name)
    except ImportError:
        pass
step("standard-library modules that jinja2 loads")
import jinja2
step("jinja2 itself, with markupsafe")
import pa_cli.report.sandbox, pa_cli.report.precompiled
step("pa's sandbox and template loaders (report/sandbox, bounds, precompiled)")
from pa_cli.base import clock
from pa_cli.report import context, render
opts = context.Options("stoplicht", "html")
dirs = render.template_dirs(None, ds.directory)
name = render.template_name(dirs, "stoplicht", "html")
step("finding the templates (templates/ beside data/, the checks of it)")
rapport = context.build(ds, opts, clock.today())
step("building the report's context (report/context.py build)")
text = render.render(dirs, name, rapport.variables())
step("filling in the template (loading its compiled modules, the sandbox, escaping)")
out = text.encode("utf-8")
step("the rest")
print(json.dumps([(cpu[i][0], cpu[i][1] - cpu[i - 1][1]) for i in range(1, len(cpu))]))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    with repository_copy() as (bin_dir, repo, env):
        env["XDG_CACHE_HOME"] = str(repo.parent / "cache")
        python = str(bin_dir / "python")
        deps = subprocess.run([python, "-c", FIND_JINJA_DEPS], cwd=repo, env=env,
                              capture_output=True, text=True, check=True).stdout.strip()
        subprocess.run([str(bin_dir / "pa"), "report", "stoplicht", "--format", "html"],
                       cwd=repo, env=env, capture_output=True, check=False)  # fills the cache
        parts: dict[str, list[float]] = {}
        for _ in range(args.runs):
            run = subprocess.run([python, "-c", STEPS, deps], cwd=repo, env=env,
                                 capture_output=True, text=True, check=True)
            for name, seconds in json.loads(run.stdout.splitlines()[-1]):
                parts.setdefault(name, []).append(seconds)
    load = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout
    print(f"{args.runs} runs; load afterwards: {load.strip().split('load average:')[-1]}")
    print(f"standard-library modules jinja2 adds: {deps}\n")
    total = 0.0
    for name, values in parts.items():
        med = statistics.median(values) * 1000
        total += med
        print(f"{med:7.1f} ms  {name}")
    print(f"{total:7.1f} ms  together (without the interpreter's own start: python -c pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
