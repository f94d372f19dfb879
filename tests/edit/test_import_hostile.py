"""The hostile workbooks of tests/fixtures/werkboeken/ as bad inputs of `pa import agenda`:
each a Dutch error naming the file (and the place in it), exit 1, nothing written, in bounded
time and memory: pa runs in a child process under a 512 MB address-space limit and a timeout."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import DATA, FIXTURES

WERKBOEKEN = FIXTURES / "werkboeken"

# file -> the first line pa prints (its start), from the zip checks, the reader or the import
EXPECTED = {
    "zip-bom.xlsx": "zip-bom.xlsx:xl/worksheets/sheet1.xml: fout PA094: ",
    "zip-in-zip.xlsx": "zip-in-zip.xlsx:xl/embeddings/bom.zip: fout PA094: ",
    "miljoen-rijen.xlsx": "miljoen-rijen.xlsx:Blad1: fout PA097: meer dan 20.000 rijen",
    "formule-zonder-waarde.xlsx": "formule-zonder-waarde.xlsx:Blad1!D2: fout PA098: formule "
                                  "zonder opgeslagen waarde",
    "externe-koppeling.xlsx": "externe-koppeling.xlsx:xl/externalLinks/externalLink1.xml: "
                              "fout PA095: ",
    "macro.xlsm": "macro.xlsm: fout PA093: ",
    "macro.docm": "macro.docm: fout PA093: ",
    "vba-in.xlsx": "vba-in.xlsx:xl/vbaProject.bin: fout PA093: ",
    "tekst.xlsx": "tekst.xlsx: fout PA090: dit is geen Excel-werkmap",
    "kapot.xlsx": "kapot.xlsx: fout PA091: ",
    "wachtwoord.xlsx": "wachtwoord.xlsx: fout PA092: ",
    "billion-laughs.xlsx": "billion-laughs.xlsx:xl/worksheets/sheet1.xml: fout PA096: ",
}

CHILD = """
import resource, sys
limit = 512 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from pa_cli.cli.main import main
main(sys.argv[1:])
"""


def test_every_hostile_file_is_a_case():
    made = {p.name for p in WERKBOEKEN.iterdir() if p.suffix != ".py" and p.name != "README.md"}
    assert made == set(EXPECTED) | {"goed.xlsx", "formules.xlsx"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_workbook(name, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    shutil.copyfile(WERKBOEKEN / name, tmp_path / name)
    before = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()}
    env = {**os.environ, "NO_COLOR": "1"}
    r = subprocess.run([sys.executable, "-c", CHILD, "import", "agenda", name, "--jaren",
                        "2024-2025", "--data", "data"], cwd=tmp_path, capture_output=True,
                       text=True, timeout=20, env=env)
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert r.stdout == ""
    first = r.stderr.splitlines()[0]
    assert first.startswith(EXPECTED[name]), first
    # one refusal; the formula in the trekker column also leaves the actie without trekker
    assert re.search(rf"\npa: niets geschreven: [12] fout(en)? in {re.escape(name)}\n$",
                     r.stderr), r.stderr
    assert "Traceback" not in r.stderr
    after = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()}
    assert after == before  # no agenda, no temp file, no lock left behind


def test_formulas_give_the_values_excel_stored(run, ws):
    """A formula's stored value is imported, never evaluated: a HYPERLINK stays its text."""
    shutil.copyfile(WERKBOEKEN / "formules.xlsx", ws.root / "formules.xlsx")
    r = run("import", "agenda", "formules.xlsx", "--jaren", "2024-2025", "--droog")
    assert r.code == 0, r.err
    assert "actie: Bouwtafel" in r.out and "termijn: najaar 2022" in r.out
    assert "HYPERLINK" not in r.out and "example.invalid" not in r.out
