"""PDF: the HTML report printed by headless Chromium, as a browser prints it (A4 from the
page's own @page rule). Loaded only for `--format pdf` and the browser tests."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from pa_cli.report.problem import ReportProblem

__all__ = ["CHROMIUM_NAMES", "CHROMIUM_FLAGS", "find_chromium", "run_chromium", "html_to_pdf"]

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Headless, offline and quiet. --no-sandbox: Chromium refuses to run as root with its
# sandbox (as in CI and containers); the page it prints is our own static file, and its
# Content-Security-Policy forbids scripts and every fetch.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-extensions",
                  "--hide-scrollbars")
PDF_TIMEOUT = 120

_NO_CHROMIUM = (
    "voor --format pdf is Chromium nodig, en dat is niet gevonden (gezocht: "
    + ", ".join(CHROMIUM_NAMES) + "). Installeer Chromium (Debian/Ubuntu: sudo apt-get install "
    "chromium) of wijs het programma aan met de omgevingsvariabele PA_CHROMIUM. Zonder "
    "Chromium kan het ook: maak --format html en druk dat af vanuit de browser (A4).")


def find_chromium() -> str | None:
    """$PA_CHROMIUM, else the first of CHROMIUM_NAMES on PATH."""
    given = os.environ.get("PA_CHROMIUM")
    if given:
        return shutil.which(given)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(args: list[str], timeout: float = PDF_TIMEOUT) -> subprocess.CompletedProcess:
    """Run headless Chromium in its own process group, so a time-out ends all its processes."""
    exe = find_chromium()
    if exe is None:
        raise ReportProblem(_NO_CHROMIUM)
    try:
        proc = subprocess.Popen([exe, *CHROMIUM_FLAGS, *args], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as e:
        raise ReportProblem(f"Chromium ({exe}) kon niet starten: {e.strerror}") from None
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # Windows has no process groups (nor SIGKILL); end Chromium itself
            proc.kill()
        proc.communicate()
        raise ReportProblem(f"Chromium gaf binnen {timeout:.0f} seconden geen antwoord") from None
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def html_to_pdf(html: str) -> bytes:
    """Print the HTML with headless Chromium (A4 from the page's own @page rule), its long
    words hyphenated for Dutch first (hyphenate.py: this Chromium has no dictionary of its own)."""
    from pa_cli.report.hyphenate import soft_hyphens

    with tempfile.TemporaryDirectory(prefix="pa-pdf-") as tmp:
        src = Path(tmp) / "rapport.html"
        src.write_text(soft_hyphens(html), encoding="utf-8")
        pdf = Path(tmp) / "rapport.pdf"
        proc = run_chromium([f"--user-data-dir={Path(tmp) / 'profiel'}",
                             "--no-pdf-header-footer", f"--print-to-pdf={pdf}", src.as_uri()])
        data = pdf.read_bytes() if pdf.is_file() else b""
        if proc.returncode != 0 or not data.startswith(b"%PDF"):
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise ReportProblem(f"Chromium maakte geen PDF (exitcode {proc.returncode})"
                                + (":\n  " + "\n  ".join(tail) if tail else ""))
        return data
