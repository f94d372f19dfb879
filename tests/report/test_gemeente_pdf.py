"""The second, fictional gemeente's reports printed to PDF in headless Chromium (issue 18,
part 1): the printed text, read back with pdftotext, holds nothing of Terneuzen's document."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from tests.cli.test_gemeente_letters import LETTERS, _clean

from pa_cli.report.pdf import find_chromium

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def tools() -> str:
    if find_chromium() is None or shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium or pdftotext is missing in CI")
        pytest.skip("headless Chromium or pdftotext is not installed, as in test_report_browser")
    return str(shutil.which("pdftotext"))


@pytest.mark.parametrize("naam", ["handout", "stoplicht", "agenda"])
def test_printed_report_speaks_of_this_gemeente_only(run, tmp_path, tools, naam):
    data = tmp_path / "data"
    shutil.copytree(LETTERS, data)
    out = tmp_path / f"{naam}.pdf"
    r = run("report", naam, "--format", "pdf", "--peildatum", "2027-06-01", "--data", str(data),
            "-o", str(out))
    assert (r.code, r.err) == (0, ""), r.err
    text = subprocess.run([tools, "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Veldmere" in text
    _clean(text)
