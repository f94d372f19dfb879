"""PDF: the HTML report printed by headless Chromium, as a browser prints it (A4 from the
page's own @page rule). Loaded only for `--format pdf` and the browser tests.

The HTML comes from a template, and a template can arrive in a pull request: whatever it
writes, the printed page reads no local file, runs no script and reaches no network. That
does not rest on the template (its own Content-Security-Policy can be left out, or come too
late); pa sets it from outside, in layers that each hold on their own:

- Nothing is served from file://. Chromium opens the page at a made-up http URL, and the
  only proxy it has is a loopback server of pa's own (`_PageServer`) that answers that one
  URL with the page and refuses every other request. A page on http may not load file://
  (no /etc/passwd, no folder listing), and every request, to 127.0.0.1 too
  (`<-loopback>`), goes to that proxy: nothing reaches another server. Also no DNS look-up
  (`--host-resolver-rules`): a host name cannot carry report data to a name server.
- The page comes with pa's Content-Security-Policy as an HTTP header, which a template
  cannot remove: a second policy in the page can only forbid more. (A <meta> policy put by pa
  before the template's text would hold too, but before <!DOCTYPE html> it turns the page
  into quirks mode, which prints differently.) It allows inline style
  and data: images, nothing else (no script), and `sandbox` forbids scripts, forms and
  pop-ups once more. Each of the two stops a script on its own; Chromium's own switches for
  that do not (`--disable-javascript` is ignored by the headless print, and
  `--blink-settings=scriptEnabled=false` makes it print nothing).
- Every print starts with a fresh, empty profile.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from pa_cli.report.problem import ReportProblem

__all__ = ["CHROMIUM_NAMES", "CHROMIUM_FLAGS", "find_chromium", "run_chromium", "html_to_pdf"]

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Headless, offline and quiet. --no-sandbox: Chromium refuses to run as root with its
# sandbox (as in CI and containers); html_to_pdf adds what keeps the page from reaching out.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-extensions",
                  "--hide-scrollbars")
PDF_TIMEOUT = 120
# What the printed page may use: its own inline style and data: images (as base.html.j2 says
# too), no script, form, pop-up, frame or fetch of anything
POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
          "form-action 'none'; frame-ancestors 'none'; sandbox")
PAGE_HOST = "http://rapport.pa.invalid"  # .invalid: a name no name server answers (RFC 6761)

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


class _PageServer:
    """A loopback HTTP server, Chromium's only proxy, that answers one URL with one page (and
    pa's policy) and every other request, of any method, with 403 and nothing; a context
    manager. The URL holds a random token, so another program on the computer cannot guess it."""

    def __init__(self, page: bytes) -> None:
        import http.server
        import threading

        self.url = f"{PAGE_HOST}/{secrets.token_hex(16)}.html"
        url = self.url

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path != url:  # a proxy is asked with the whole URL
                    return self.refuse()
                self.send_response(200)
                for name, value in (("Content-Type", "text/html; charset=utf-8"),
                                    ("Content-Security-Policy", POLICY),
                                    ("X-Content-Type-Options", "nosniff"),
                                    ("Referrer-Policy", "no-referrer"),
                                    ("Cache-Control", "no-store"),
                                    ("Content-Length", str(len(page)))):
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(page)

            def refuse(self) -> None:
                self.send_response(403)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_CONNECT = refuse

            def send_error(self, code: int, message: str | None = None,
                           explain: str | None = None) -> None:
                self.refuse()  # a malformed request or an unknown method: the same 403

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def proxy(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> _PageServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def isolation_flags(proxy: str) -> list[str]:
    """The Chromium flags that keep the printed page to itself (see the module's docstring)."""
    return [f"--proxy-server={proxy}", "--proxy-bypass-list=<-loopback>",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


def html_to_pdf(html: str) -> bytes:
    """Print the HTML with headless Chromium (A4 from the page's own @page rule), its long
    words hyphenated for Dutch first (report/hyphenate.py: this Chromium has no dictionary of
    its own).
    The page is served by pa, never from a file, and reaches nothing outside itself."""
    from pa_cli.report.hyphenate import soft_hyphens

    with (tempfile.TemporaryDirectory(prefix="pa-pdf-") as tmp,
          _PageServer(soft_hyphens(html).encode("utf-8")) as server):
        pdf = Path(tmp) / "rapport.pdf"
        proc = run_chromium([f"--user-data-dir={Path(tmp) / 'profiel'}",
                             *isolation_flags(server.proxy), "--no-pdf-header-footer",
                             f"--print-to-pdf={pdf}", server.url])
        data = pdf.read_bytes() if pdf.is_file() else b""
        if proc.returncode != 0 or not data.startswith(b"%PDF"):
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise ReportProblem(f"Chromium maakte geen PDF (exitcode {proc.returncode})"
                                + (":\n  " + "\n  ".join(tail) if tail else ""))
        return data
