"""What pa prints from the data never becomes a command: not for a CI runner (a workflow
command such as `::add-mask::` on a line of its own), not for a terminal (ESC, C1 controls,
bidi overrides). Every output path is tried with a hostile value from a pull request."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AFSPRAKEN, AGENDA

# what no output line may hold raw: C0 and C1 controls, DEL, line and paragraph separators,
# and the bidi controls that reorder what a reader sees
RAW = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
ANNOTATION = re.compile(r"::(error|warning) file=[^,]*(,line=\d+(,col=\d+)?)?,title=PA\d{3}::")
ACTIE_112 = ("actie: Bespreken in ambtelijk overleg data-analyse en verhuurrapportages over "
             "ontwikkelingen in de woningmarkt en de wachttijden van verschillende groepen "
             "woningzoekenden.")
ROW_112 = "    termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\""
HOSTILE = ("Overleg plannen\n::add-mask::geheim\n  ::error title=x::nep \u202eedcba\u2066 "
           "##[warning]ook")
PEIL = ("--peildatum", "2023-06-01")


def dq(text: str) -> str:
    """A YAML double-quoted scalar with every special character escaped (JSON is YAML)."""
    return json.dumps(text)


def assert_inert(text: str, annotations: bool = False) -> None:
    """No line is a workflow command (only pa's own annotations, when asked for) and no
    line holds a raw control character."""
    for line in text.split("\n"):
        assert not RAW.search(line), repr(line)
        assert "##[" not in line, repr(line)
        if line.lstrip().startswith("::"):
            assert annotations and ANNOTATION.match(line), repr(line)


def _hostile_actie(ws, text: str = HOSTILE) -> None:
    """Action 1.1.2 (late on PEIL) gets a hostile actie and toelichting; the data stays valid."""
    ws.replace(AGENDA, ACTIE_112, f"actie: {dq(text)}")
    ws.replace(AGENDA, ROW_112, ROW_112.replace("status: open", f"status: open\n    "
                                                 f"toelichting: {dq(text)}"))


# -- messages: validate, and the errors before a partial answer -------------------------------

def test_validate_quotes_a_termijn_with_line_breaks_on_one_line(run, ws):
    """PA012 quotes the termijn as it is, on its own line: the line break shows as \\n."""
    ws.replace(AGENDA, "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\"",
               f"termijn: {dq('najaar 2022' + chr(10) + '::add-mask::geheim')}\n    "
               "status: open\n\n  - nr: \"1.1.3\"")
    for args in (("validate",), ("status",)):
        r = run(*args)
        assert r.code == 1
        assert_inert(r.out + r.err)
        message = next(ln for ln in (r.out + r.err).splitlines() if "PA012" in ln)
        assert "termijn 'najaar 2022\\n::add-mask::geheim' is onbekend" in message


def test_validate_quotes_a_trekker_with_controls_on_one_line(run, ws):
    """PA032 quotes an unknown trekker with ESC, C1 and a line break escaped."""
    ws.replace(AGENDA, "trekker: [Corporaties]\n    termijn: najaar 2022",
               f"trekker: [{dq('Corp' + chr(0x1b) + '[2J' + chr(13) + '::error ::x' + chr(0x9b))}]"
               "\n    termijn: najaar 2022")
    r = run("validate")
    assert r.code == 1
    assert_inert(r.out)
    assert "trekker 'Corp\\x1b[2J\\r::error ::x\\x9b'" in r.out


def test_a_file_name_with_controls_is_shown_escaped(run, ws):
    """A data file whose name holds ESC or a line break is named on one line, in every form."""
    name = "agenda-\x1b[31m\n::error ::nep.yaml"
    ws.path(name).write_text(ws.read(AGENDA), encoding="utf-8")
    text = run("validate").out
    assert_inert(text)
    assert "data/agenda-\\x1b[31m\\n::error ::nep.yaml:6:1: waarschuwing PA044" in text
    github = run("validate", "--format", "github").out
    assert_inert(github, annotations=True)
    assert "file=data/agenda-\\x1b[31m\\n%3A%3Aerror %3A%3Anep.yaml,line=6" in github
    gitlab, listed = (run("validate", "--format", f).out for f in ("gitlab", "json"))
    assert_inert(gitlab + listed)  # JSON escapes them itself, and reads back the real name
    assert {i["location"]["path"] for i in json.loads(gitlab)} >= {f"data/{name}"}
    assert {p["file"] for p in json.loads(listed)["problems"]} >= {f"data/{name}"}


def test_annotations_keep_one_line_per_problem(run, ws):
    """--format github: a message with a line break stays one annotation; gitlab's JSON
    escapes C1 and bidi controls and still reads back as the same message."""
    termijn = "najaar 2022\n::add-mask::x \x85\u202e"
    ws.replace(AGENDA, ROW_112, ROW_112.replace("najaar 2022", dq(termijn)))
    github = run("validate", "--format", "github").out
    assert_inert(github, annotations=True)
    assert sum(1 for ln in github.splitlines() if "title=PA012" in ln) == 1
    gitlab = run("validate", "--format", "gitlab").out
    assert_inert(gitlab)
    issue = next(i for i in json.loads(gitlab) if i["check_name"] == "PA012")
    assert "najaar 2022\n::add-mask::x \x85\u202e" in issue["description"]  # the same text


# -- answers: status, overdue, toon, kalender, monitor ------------------------------------------

def test_status_and_overdue_keep_a_hostile_actie_on_its_row(run, ws, monkeypatch):
    """A multi-line actie with workflow commands and a bidi override: one row, shown escaped."""
    monkeypatch.delenv("COLUMNS")  # a pipe: whole texts
    _hostile_actie(ws)
    for args in (("status",), ("status", "-f", "md"), ("overdue",), ("overdue", "-f", "md")):
        r = run(*args, *PEIL)
        assert r.code == 0, r.err
        assert_inert(r.out)
        row = next(ln for ln in r.out.splitlines() if "Overleg plannen" in ln)
        assert "::add-mask::geheim" in row and "u202eedcba" in row


def test_json_escapes_what_a_terminal_would_obey_and_reads_back_the_same(run, ws):
    """JSON keeps the data's text exactly, but no bidi control or '##[' is written raw."""
    _hostile_actie(ws)
    r = run("status", "-f", "json", *PEIL)
    assert_inert(r.out)
    assert next(a for a in json.loads(r.out) if a["nr"] == "1.1.2")["actie"] == HOSTILE


def test_toon_keeps_paragraphs_but_no_line_is_a_command(run, ws):
    """pa toon shows a multi-line actie as paragraphs; none of its lines is a command, also
    where a long paragraph is wrapped before '::'."""
    long = "Bespreken " + "en verder " * 12 + "::error ::nep\n::add-mask::geheim"
    _hostile_actie(ws, long)
    for fmt in ("text", "md"):
        r = run("toon", "1.1.2", "-f", fmt, *PEIL)
        assert r.code == 0, r.err
        assert_inert(r.out)
        assert "add-mask::geheim" in r.out
    text = run("toon", "1.1.2", *PEIL).out.splitlines()
    assert any(ln.strip() == "\\::add-mask::geheim" for ln in text), text  # its own paragraph


def test_kalender_and_monitor_show_controls_escaped(run, ws):
    """The kalender's actie and onderwerp and the monitor's indicator name, with a bidi
    override."""
    _hostile_actie(ws)
    ws.replace(AGENDA, "onderwerp: Gezamenlijk inzicht in ontwikkelingen woningmarkt",
               f"onderwerp: {dq('Inzicht ' + chr(0x202e) + 'tknamgninow')}")
    ws.replace("indicatoren.yaml", "naam: Omvang sociale voorraad",
               f"naam: {dq('Omvang ' + chr(0x202e) + 'raadrov ##[error]x')}")
    for args in (("kalender", "--van", "1-1-2022", "--tot", "31-12-2022"),
                 ("kalender", "--van", "1-1-2022", "--tot", "31-12-2022", "-f", "md"),
                 ("monitor", *PEIL), ("monitor", "-f", "md", *PEIL)):
        r = run(*args)
        assert r.code == 0, r.err
        assert_inert(r.out)
        assert "u202e" in r.out


# -- wijzigingen and reports --------------------------------------------------------------------

def test_wijzigingen_md_keeps_a_hostile_change_on_its_line(run, ws, repo):
    """The CI step: `pa wijzigingen --format md` of a pull request that changes an actie."""
    _hostile_actie(ws)
    for fmt in ("md", "text", "json"):
        r = run("wijzigingen", "--sinds", "HEAD", "--format", fmt)
        assert r.code == 0, r.err
        assert_inert(r.out)
    md = run("wijzigingen", "--sinds", "HEAD", "--format", "md").out
    assert next(ln for ln in md.splitlines() if "1.1.2" in ln and "tekst" in ln).startswith("- ")


def test_report_md_keeps_a_multi_line_actie_in_its_cell(run, ws):
    """In a Markdown report a multi-line actie stays in its table cell or list item."""
    _hostile_actie(ws)
    for name in ("agenda", "stoplicht", "handout"):
        r = run("report", name, "--peildatum", "2023-04-01")
        assert r.code == 0, r.err
        assert_inert(r.out)
        for line in r.out.splitlines():
            if "add-mask" in line:
                assert line.startswith(("|", "- ", "  ")) and "Overleg plannen" in line, line


def _own_templates(ws, body: str, description: str) -> str:
    own = ws.root / "eigen"
    own.mkdir()
    (own / "rood.md.j2").write_text(f"{{# beschrijving: {description} #}}\n{body}",
                                    encoding="utf-8")
    return str(own)


def test_report_list_and_body_from_a_template_are_escaped(run, ws):
    """A template from a pull request: its description in --list and its text in the report
    reach the terminal without ESC or bidi controls and with no line a command."""
    own = _own_templates(ws, "Kop\x1b]0;titel\x07\n::add-mask::geheim\nTekst \u202eabc\n",
                         "Rode acties \x1b[2J\x9b31m \u202etxet")
    listed = run("report", "--list", "--templates", own)
    assert listed.code == 0, listed.err
    assert_inert(listed.out)
    assert "Rode acties \\x1b[2J\\x9b31m \\u202etxet" in listed.out
    body = run("report", "rood", "--templates", own, "--peildatum", "2023-04-01")
    assert body.code == 0, body.err
    assert_inert(body.out)
    assert "Kop\\x1b]0;titel\\x07" in body.out


def test_a_template_error_quotes_on_one_line(run, ws):
    """A mistake in a template is reported on one line, whatever the name it quotes."""
    own = _own_templates(ws, '{% include "x\n::add-mask::geheim\n" %}\n', "fout")
    r = run("report", "rood", "--templates", own, "--peildatum", "2023-04-01")
    assert r.code == 1
    assert_inert(r.err)
    assert "x\\n::add-mask::geheim" in r.err


def test_afspraken_names_in_headings_are_escaped(run, ws):
    """A partij name with a bidi override heads its group in pa overdue."""
    ws.replace(AFSPRAKEN, "naam: Gemeente Terneuzen", "naam: " + dq("Gemeente \u202ex"))
    for fmt in ("table", "md"):
        r = run("overdue", "-f", fmt, *PEIL)
        assert r.code == 0, r.err
        assert_inert(r.out)
        assert "Gemeente \\u202ex" in r.out.replace("\\\\", "\\")


# -- the class: any text with controls, line breaks and bidi controls, through every output ------

_PIECES = st.sampled_from([
    "\n", "\r", "\r\n", "\t", "\x0b", "\x1b[31m", "\x1b]0;titel\x07", "\x1b[2J", "\x85", "\x9b",
    "\x00", "\x7f", "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\u200f",
    "::", "::add-mask::", "::error ::", " ::warning file=x::", "##[error]", "##[add-mask]",
    " ", "   ", "a", "Overleg", "1", "%0A", ",", "'", '"', "#", "@all", "é"])
_HOSTILE = st.lists(_PIECES, min_size=1, max_size=12).map("".join)
_UNSTORABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_TERMIJN = "    termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\""
_TREKKER = ("    trekker: [Gemeente]\n    termijn: najaar 2022\n    status: open\n\n"
            "  - nr: \"1.1.4\"")
_ONDERWERP = "onderwerp: Gezamenlijk inzicht in ontwikkelingen woningmarkt"


def _agenda(original: str, termijn: str, trekker: str, actie: str, onderwerp: str,
            toelichting: str) -> str:
    text = original.replace(ACTIE_112, f"actie: {dq(actie)}", 1)
    text = text.replace(_ONDERWERP, f"onderwerp: {dq(onderwerp)}", 1)
    text = text.replace(_TERMIJN, _TERMIJN.replace(
        "termijn: najaar 2022", f"termijn: {dq(termijn)}").replace(
        "status: open", f"status: open\n    toelichting: {dq(toelichting)}"), 1)
    return text.replace(_TREKKER, _TREKKER.replace("[Gemeente]", f"[{dq(trekker)}]"), 1)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_HOSTILE, _HOSTILE)
def test_no_output_line_is_a_command_or_holds_a_control(run, ws, repo, one, two):
    """Any text with line breaks, ESC, C1 controls and bidi controls, as a termijn, trekker,
    actie, onderwerp or toelichting: no line of validate (text, github, gitlab), status,
    overdue, toon, wijzigingen or a Markdown report starts with '::' from the data (or holds
    '##['), and none holds a raw control character."""
    original = ws.read(AGENDA)
    try:
        # broken data: the messages quote the termijn and the trekker
        ws.write(AGENDA, _agenda(original, one, two, one + two, "Inzicht", "x"))
        for args in (("validate",), ("validate", "-f", "github"), ("validate", "-f", "gitlab"),
                     ("status", *PEIL), ("overdue", "-f", "md", *PEIL)):
            r = run(*args)
            assert r.code == 1
            assert_inert(r.out + "\n" + r.err, annotations="github" in args)
        # valid data: what may be stored (a multi-line actie, bidi controls) is shown
        storable = _UNSTORABLE.sub("", one + two)
        line = " ".join(storable.split()) or "x"
        ws.write(AGENDA, _agenda(original, "najaar 2022", "Gemeente", "Overleg " + storable,
                                 "Inzicht " + line, "Toelichting " + storable))
        for args in (("validate",), ("status", *PEIL), ("status", "-f", "md", *PEIL),
                     ("overdue", *PEIL), ("overdue", "-f", "md", *PEIL),
                     ("toon", "1.1.2", *PEIL), ("toon", "1.1.2", "-f", "md", *PEIL),
                     ("wijzigingen", "--sinds", "HEAD"),
                     ("wijzigingen", "--sinds", "HEAD", "-f", "md"),
                     ("report", "agenda", "--peildatum", "2023-04-01")):
            r = run(*args)
            assert r.code == 0, (args, r.err)
            assert_inert(r.out + "\n" + r.err)
    finally:
        ws.write(AGENDA, original)
