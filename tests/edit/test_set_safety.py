"""`pa set` on texts that are not what they seem: every YAML reader gets the text back."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import AGENDA, Workspace
from pa_cli.edit import record as edit
from pa_cli.load.dataset import load


def _read_as(text: str, version: str) -> dict:
    """The agenda as a YAML reader of that version (1.1: PyYAML and many tools) reads it."""
    return YAML(typ="safe", pure=True).load(f"%YAML {version}\n---\n{text}")


def _row(doc: dict, nr: str) -> dict:
    return next(r for r in doc["rijen"] if r["nr"] == nr)


@pytest.mark.parametrize("text, shown", [
    ("caf\udce9", "de byte 0xE9, die geen UTF-8 is: de terminal staat waarschijnlijk op "
                  "Latin-1 of Windows-1252. Zet de terminal op UTF-8 en typ de tekst opnieuw"),
    ("smile \ud83d", "U+D83D, de helft van een teken (een surrogaat)"),
])
def test_surrogates_are_refused_in_dutch(run, ws, text, shown):
    """A byte that was not UTF-8 (or half a character) is named, not a misleading YAML error."""
    before = ws.snapshot()
    r = run("set", "1.1.3", "-s", "gereed", "-m", text)
    assert r.code == 1
    assert r.err.startswith(f"pa: geweigerd: de toelichting bevat {shown}"), r.err
    assert "PA016" not in r.err
    assert ws.snapshot() == before


YAML11 = ["yes", "No", "on", "OFF", "y", "N", "~", "null", "1:20", "0b101", "0x1F", "0o17",
          "017", "1_000", "190:20:30.15", ".inf", "-.5", "2023-01-01", "=", "<<", "True"]


@pytest.mark.parametrize("text", YAML11)
def test_texts_that_look_like_values_are_written_quoted(run, ws, text):
    """`-m yes` and its kin are quoted, so YAML 1.1 and 1.2 readers both get the text back."""
    r = run("set", "1.1.3", "-s", "gereed", "-m", text, "--datum", "2023-01-05")
    assert r.code == 0, r.err
    raw = ws.read(AGENDA)
    assert f'    toelichting: "{text}"\n' in raw  # pa's one quoted style (yamlstyle)
    for version in ("1.1", "1.2"):
        row = _row(_read_as(raw, version), "1.1.3")
        assert (row["toelichting"], row["voortgang"][-1]["toelichting"]) == (text, text)
    assert run("validate").code == 0


def test_plain_text_stays_unquoted(run, ws):
    """An ordinary text is written as it is, without quotes."""
    assert run("set", "1.1.3", "-s", "gereed", "-m", "Eerste bouwtafel gehouden").code == 0
    assert "    toelichting: Eerste bouwtafel gehouden\n" in ws.read(AGENDA)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return Workspace(tmp_path_factory.mktemp("quote"))


value_like = st.text(alphabet="0123456789yYnNoOfFtTrueEslx._:+-~=<eE ", min_size=1,
                     max_size=12).filter(lambda s: s.strip() == s and s)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=value_like)
def test_any_value_like_text_reads_back_as_text(pristine, text):
    """Whatever value-like text is stored, YAML 1.1, 1.2 and pa itself all read that text."""
    original = pristine.read(AGENDA)
    try:
        edit.set_status(pristine.data, "1.1.3", "gereed", text, date(2023, 3, 1))
        raw = pristine.read(AGENDA)
        for version in ("1.1", "1.2"):
            assert _row(_read_as(raw, version), "1.1.3")["toelichting"] == text
        row = next(r for r in load(pristine.data).agendas[0].rijen if r.nr == "1.1.3")
        assert row.toelichting == text
    finally:
        pristine.write(AGENDA, original)


# -- only the action's own lines go through the YAML round trip (large files stay fast) ---------

def test_key_after_the_rows_stays_untouched(run, ws):
    """With a key after `rijen:`, setting the last row changes that row and nothing else."""
    ws.write(AGENDA, ws.read(AGENDA) + "\n# vastgesteld in het voorjaarsoverleg\n"
             "vastgesteld: 2022-04-01\n")
    before = ws.read(AGENDA)
    r = run("set", "5.9", "-s", "gereed", "--datum", "2023-03-01")
    assert r.code == 0, r.err
    after = ws.read(AGENDA)
    assert after.endswith("    status: gereed\n    voortgang:\n      - datum: 2023-03-01\n"
                          "        status: gereed\n\n# vastgesteld in het voorjaarsoverleg\n"
                          "vastgesteld: 2022-04-01\n")
    assert after.replace("    status: gereed\n    voortgang:\n      - datum: 2023-03-01\n"
                         "        status: gereed\n", "    status: open\n") == before


@pytest.mark.parametrize("nr", ["1.1.3", "1.1.2"])
def test_row_split_over_an_odd_layout_is_refused_not_crashed(run, ws, nr):
    """A dash on a line of its own (the row before ends with it) is refused by line, exit 1."""
    ws.replace(AGENDA, '  - nr: "1.1.3"\n', '  -\n    nr: "1.1.3"\n')
    before = ws.snapshot()
    r = run("set", nr, "-s", "gereed")
    assert r.code == 1, r.err
    assert r.err.startswith("pa: geweigerd: pa kan data/agenda-2022-2023.yaml niet bewerken "
                            "zonder ook regel "), r.err
    assert ws.snapshot() == before


def test_a_text_that_does_not_read_back_is_refused_and_nothing_written(run, ws, monkeypatch):
    """pa set reads the file back before it replaces the old one: if the YAML written ever held
    another text than the one typed (here a writer that adds a character), pa refuses and the
    data stays as it was."""
    styled = edit.styled
    monkeypatch.setattr(edit, "styled", lambda text: styled(text + "!"))
    before = ws.snapshot()
    r = run("set", "1.1.3", "-s", "lopend", "-m", "Eerste bouwtafel gehouden")
    assert (r.code, r.out) == (1, "")
    assert r.err == ("pa: geweigerd: de tekst kan niet getrouw in YAML bewaard worden (bij "
                     "teruglezen verandert hij); er is niets geschreven\n")
    assert ws.snapshot() == before


def test_a_row_that_ends_with_a_list_gets_its_step_after_it(run, ws):
    """A row whose last key is its trekker written as a list, one per line: the step comes
    after the list, the blank line stays between the rows, and pa herstel gives the file back
    byte for byte."""
    ws.replace(AGENDA, '    trekker: [Gemeente]\n    termijn: najaar 2022\n    status: open\n\n'
               '  - nr: "1.1.4"', '    termijn: najaar 2022\n    status: open\n    trekker:\n'
               '      - Gemeente\n\n  - nr: "1.1.4"')
    before = ws.read(AGENDA)
    r = run("set", "1.1.3", "-s", "gereed", "--datum", "2022-11-03")
    assert (r.code, r.err) == (0, "")
    assert ('    status: gereed\n    trekker:\n      - Gemeente\n    voortgang:\n'
            '      - datum: 2022-11-03\n        status: gereed\n\n  - nr: "1.1.4"'
            ) in ws.read(AGENDA)
    assert run("herstel", "1.1.3", "--agenda", "2022-2023").code == 0
    assert ws.read(AGENDA) == before


def test_a_toelichting_is_replaced_where_it_stands(run, ws):
    """A toelichting written by hand above the status is replaced on its own line, not moved:
    the diff shows that line and the new step, nothing else."""
    ws.replace(AGENDA, '    termijn: najaar 2022\n    status: open\n\n  - nr: "1.1.4"',
               '    termijn: najaar 2022\n    toelichting: gestart\n    status: lopend\n'
               '    voortgang:\n      - datum: 2022-10-01\n        status: lopend\n'
               '        toelichting: gestart\n\n  - nr: "1.1.4"')
    before = ws.read(AGENDA)
    r = run("set", "1.1.3", "-s", "lopend", "-m", "halverwege", "--datum", "2022-11-03")
    assert (r.code, r.err) == (0, "")
    assert ws.read(AGENDA) == before.replace(
        "    toelichting: gestart\n    status: lopend\n",
        "    toelichting: halverwege\n    status: lopend\n").replace(
        '        toelichting: gestart\n\n  - nr: "1.1.4"',
        "        toelichting: gestart\n      - datum: 2022-11-03\n        status: lopend\n"
        '        toelichting: halverwege\n\n  - nr: "1.1.4"')
