"""What the tests of pa report share (test_report.py, test_report_templates.py)."""

from __future__ import annotations

PEIL = ("--peildatum", "2023-04-01")


def _report(run, *args):
    r = run("report", *args)
    assert r.code == 0, r.err
    return r.out
