"""`pa validate --format github|gitlab`: problems where the pull request shows them."""

from __future__ import annotations

import json
import re
import subprocess

from hypothesis import given
from hypothesis import strategies as st

from conftest import AGENDA
from pa_cli.check.annotations import escape_data, escape_property

# The documented shape of a workflow command: ::KIND PROP=VALUE,PROP=VALUE::MESSAGE, where no
# value holds a raw ',' ':' CR or LF and the message holds no raw CR or LF.
COMMAND = re.compile(r"::(error|warning) ((?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*)::"
                     r"([^\r\n]*)\Z")
TERMIJN_OLD = "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\""
TERMIJN_NEW = "termijn: najaaar 2022\n    status: open\n\n  - nr: \"1.1.3\""


def _unescape(text: str) -> str:
    return re.sub("%(25|0D|0A|3A|2C)", lambda m: chr(int(m.group(1), 16)), text)


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    m = COMMAND.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    return m.group(1), {k: _unescape(v) for k, v in props.items()}, _unescape(m.group(3))


def test_github_annotation_names_file_line_column_and_code(run, ws):
    """A bad termijn becomes one ::error on its line and column, titled with its code."""
    ws.replace(AGENDA, TERMIJN_OLD, TERMIJN_NEW)
    line = ws.line_of(AGENDA, "najaaar")
    r = run("validate", "--format", "github")
    assert r.code == 1
    out = r.out.splitlines()
    assert out[0].startswith(
        f"::error file=data/agenda-2022-2023.yaml,line={line},col=14,title=PA012::agendarij "
        "1.1.2: termijn 'najaaar 2022' is onbekend; bedoelt u 'najaar 2022'? Toegestaan: ")
    kinds = [_parse(ln)[0] for ln in out if ln.startswith("::")]
    assert kinds == ["error", "warning"]  # the shipped data's own PA034 stays a warning
    assert out[-1] == "1 fout, 1 waarschuwing in 3 bestanden."


def test_github_annotation_escapes_newlines_percent_commas_and_colons(run, ws):
    """A key with '%', ',', ':' and a newline, in a file whose name has ':' and ',', stays one
    annotation whose parts read back exactly; the newline is quoted as '\\n', as in every
    message (a value quoted in a message stays on one line)."""
    ws.replace(AGENDA, TERMIJN_OLD, TERMIJN_OLD.replace("status: open", '"sta%tus,\\nx:y": open'))
    (ws.data / AGENDA).rename(ws.data / "agenda-a:b,c.yaml")
    r = run("validate", "--format", "github")
    assert r.code == 1
    annotations = [ln for ln in r.out.splitlines() if ln.startswith("::")]
    assert "::error file=data/agenda-a%3Ab%2Cc.yaml,line=" in annotations[0]
    assert "onbekende sleutel 'sta%25tus,\\nx:y' in agendarij 1.1.2" in r.out
    parsed = [_parse(ln) for ln in annotations]
    assert {props["file"] for _, props, _ in parsed} == {"data/agenda-a:b,c.yaml"}
    messages = [msg for _, _, msg in parsed]
    assert "onbekende sleutel 'sta%tus,\\nx:y' in agendarij 1.1.2; bedoelt u 'status'?" in messages


def test_github_paths_are_relative_to_the_repository_top(run, ws, monkeypatch):
    """Run from inside data/ of a git repository, the annotation still names data/FILE."""
    subprocess.run(["git", "init", "-q", str(ws.root)], check=True)
    ws.replace(AGENDA, TERMIJN_OLD, TERMIJN_NEW)
    monkeypatch.chdir(ws.data)
    r = run("validate", "--format", "github")
    assert r.out.startswith("::error file=data/agenda-2022-2023.yaml,line=")


def test_github_clean_data_prints_only_the_summary_and_warnings(run, ws):
    """Clean data: exit 0, the one warning as ::warning, then the usual summary."""
    r = run("validate", "--format", "github")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0].startswith("::warning file=data/agenda-2022-2023.yaml,line=")
    assert ",title=PA034::onderwerp van agendarij 4.4 " in lines[0]
    assert lines[-1].startswith("In orde, 1 waarschuwing: 55 afspraken")


@given(st.text())
def test_escaped_property_and_data_read_back(text):
    """Escaping never leaves a separator or line break, and the runner's unescaping restores
    the text."""
    prop, data = escape_property(text), escape_data(text)
    assert not set(prop) & set(",:\r\n") and not set(data) & set("\r\n")
    assert _unescape(prop) == text and _unescape(data) == text


def _gitlab(run) -> list[dict]:
    r = run("validate", "--format", "gitlab")
    return json.loads(r.out)


def test_gitlab_report_has_the_code_quality_shape(run, ws):
    """Each issue has exactly description, check_name, fingerprint, severity and location."""
    ws.replace(AGENDA, TERMIJN_OLD, TERMIJN_NEW)
    r = run("validate", "--format", "gitlab")
    assert r.code == 1
    issues = json.loads(r.out)
    assert [(i["check_name"], i["severity"]) for i in issues] == [("PA012", "major"),
                                                                  ("PA034", "minor")]
    first = issues[0]
    assert set(first) == {"description", "check_name", "fingerprint", "severity", "location"}
    assert first["location"] == {"path": "data/agenda-2022-2023.yaml",
                                 "lines": {"begin": ws.line_of(AGENDA, "najaaar")}}
    assert first["description"].startswith("PA012: agendarij 1.1.2: termijn 'najaaar 2022' ")
    assert re.fullmatch("[0-9a-f]{32}", first["fingerprint"])


def test_gitlab_fingerprint_survives_moved_lines(run, ws):
    """The same problem keeps its fingerprint when lines above it are added; another problem
    gets another fingerprint."""
    ws.replace(AGENDA, TERMIJN_OLD, TERMIJN_NEW)
    before = _gitlab(run)
    ws.replace(AGENDA, "rijen:\n", "rijen:\n\n\n")
    after = _gitlab(run)
    assert [i["location"]["lines"]["begin"] for i in after] == [
        i["location"]["lines"]["begin"] + 2 for i in before]
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]
    assert len({i["fingerprint"] for i in after}) == 2


def test_gitlab_same_message_twice_gets_two_fingerprints(run, ws):
    """Two identical problems in one file (a tab on two lines) stay two issues in GitLab."""
    ws.replace(AGENDA, "    status: open\n\n  - nr: \"1.1.3\"",
               "\tstatus: open\n\n  - nr: \"1.1.3\"")
    ws.replace(AGENDA, "    status: open\n\n  - nr: \"1.1.4\"",
               "\tstatus: open\n\n  - nr: \"1.1.4\"")
    issues = [i for i in _gitlab(run) if i["check_name"] == "PA004"]
    assert len(issues) == 2
    assert issues[0]["fingerprint"] != issues[1]["fingerprint"]
