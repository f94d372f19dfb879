"""Thousands of problems stay readable: capped per file and code, long lines and values cut."""

from __future__ import annotations

import json
import re

from conftest import AGENDA
from pa_cli.base.problems import ECHO_WIDTH, MAX_PER_CODE

ROW = '''  - nr: "1.1.2"
    onderwerp: Gezamenlijk inzicht in ontwikkelingen woningmarkt
    actie: Bespreken in ambtelijk overleg
    trekker: [Corporaties]
    termijn: najaar 2022
    status: open
'''


def _duplicates(ws, n: int) -> None:
    ws.write(AGENDA, ws.read(AGENDA).rstrip("\n") + "\n\n" + (ROW + "\n") * n)


def test_duplicates_are_capped_with_a_count_of_the_rest(run, ws):
    """Of 500 duplicate rows the first ones are shown, then 'en nog 450 keer PA030'."""
    _duplicates(ws, 500)
    r = run("validate")
    assert r.code == 1
    lines = r.out.splitlines()
    shown = [ln for ln in lines if re.match(rf"data/{AGENDA}:\d+:\d+: fout PA030: ", ln)]
    assert len(shown) == MAX_PER_CODE
    assert f"data/{AGENDA}: fout PA030: en nog {500 - MAX_PER_CODE} keer PA030 in dit bestand, " \
           "niet getoond; " \
           "los eerst de getoonde op en controleer opnieuw." in lines
    assert lines[-1] == "500 fouten, 1 waarschuwing in 3 bestanden."


def test_json_is_capped_alike_and_counts_everything(run, ws):
    """JSON shows the same capped problems, lists what was left out, and counts all of them."""
    _duplicates(ws, 1_050)
    out = json.loads(run("validate", "--format", "json").out)
    codes = [p["code"] for p in out["problems"]]
    assert codes.count("PA030") == MAX_PER_CODE + 1
    assert out["weggelaten"] == [{"file": f"data/{AGENDA}", "code": "PA030",
                                  "aantal": 1_050 - MAX_PER_CODE}]
    last = [p for p in out["problems"] if p["code"] == "PA030"][-1]
    assert (last["line"], last["message"][:22]) == (0, "en nog 1.000 keer PA03")
    assert (out["fouten"], out["geldig"]) == (1_050, False)


def test_quoted_names_in_a_message_are_not_mistaken_for_one_long_value():
    """Only a single long quoted value is cut, not the text between two short ones."""
    from pa_cli.base.problems import clip

    text = ("'waarde' van meting (metingen[1] van het indicatorenbestand) moet een getal zijn, "
            "maar is '82,5'; schrijf een punt")
    assert clip(text) == text
    cut = clip("termijn '" + "y" * 90 + "' is onbekend")
    assert cut == "termijn '" + "y" * 60 + "…' is onbekend"


def test_no_cap_below_the_limit(run, ws):
    """A handful of problems are all shown, with nothing 'en nog'."""
    _duplicates(ws, 3)
    out = json.loads(run("validate", "--format", "json").out)
    assert [p["code"] for p in out["problems"]].count("PA030") == 3
    assert out["weggelaten"] == []
    assert "en nog" not in run("validate").out


def test_a_long_line_is_echoed_as_a_window_around_the_column(run, ws):
    """On a line of thousands of names, the echo shows the part around the problem, with '…'."""
    names = ", ".join(f"Partij{i}" for i in range(2000))
    ws.replace(AGENDA, "trekker: [Corporaties]\n    termijn: najaar 2022\n    status: open\n\n"
               '  - nr: "1.1.3"', f"trekker: [Corporaties, {names}]\n    termijn: najaar 2022\n"
               '    status: open\n\n  - nr: "1.1.3"')
    r = run("validate")
    lines = r.out.splitlines()
    first = next(i for i, ln in enumerate(lines) if "'Partij5'" in ln)
    echo, marker = lines[first + 1], lines[first + 2]
    assert echo.endswith("…") and len(echo) < ECHO_WIDTH + 12
    column = int(lines[first].split(":")[2])
    assert echo[marker.index("^"):].startswith("Partij5,")
    late = next(i for i, ln in enumerate(lines) if "'Partij19'" in ln)
    echo, marker = lines[late + 1], lines[late + 2]
    assert echo.split("| ", 1)[1].startswith("…") and echo[marker.index("^"):].startswith(
        "Partij19,")
    assert column < int(lines[late].split(":")[2])
    assert max(len(ln) for ln in lines) < 400


def test_a_long_value_is_cut_in_the_message(run, ws):
    """A termijn of 3,000 characters is quoted in the message by its start only, text and json."""
    ws.replace(AGENDA, "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\"",
               "termijn: " + "x" * 3000 + "\n    status: open\n\n  - nr: \"1.1.3\"")
    r = run("validate")
    line = next(ln for ln in r.out.splitlines() if "PA012" in ln)
    assert "termijn '" + "x" * 60 + "…' is onbekend" in line and len(line) < 1200
    out = json.loads(run("validate", "--format", "json").out)
    message = next(p["message"] for p in out["problems"] if p["code"] == "PA012")
    assert message.startswith("agendarij 1.1.2: termijn '" + "x" * 60 + "…' is onbekend")
