"""`pa meet --vervang` and `--verwijder`: a wrong figure is corrected or removed, nothing else."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import Git, Workspace
from pa_cli.base.exits import Refused
from pa_cli.base.problems import FOUT
from pa_cli.check.validate import validate
from pa_cli.edit import meet as core
from pa_cli.load.dataset import load

INDICATOREN = "indicatoren.yaml"

# Two measurements typed by hand, with comments above, inside, beside and after them.
COMMENTED = """\
metingen:
  # Cijfers uit de rapportages van 2022 en 2023.
  - indicator: skaeve-huse
    jaar: 2022
    waarde: 1  # bevestigd door Clavis
    eenheid: projecten
    bron: Opleveringsbericht
    # hierboven: het project in Terneuzen

  # Verhuurrapportage
  - indicator: aanbod-regulier
    jaar: 2023
    waarde: 82.1
    eenheid: procent
    bron: Verhuurrapportage 2023  # voorlopig
# einde van de metingen
"""

# One measurement as pa meet writes it.
SKAEVE_HUSE = """\
  - indicator: skaeve-huse
    jaar: 2022
    waarde: 1
    eenheid: projecten
    bron: a
"""


def _diff(repo: Git) -> list[str]:
    out = repo("diff", "-U0").stdout
    return [ln for ln in out.splitlines() if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]


def _commented(ws: Workspace) -> None:
    ws.replace(INDICATOREN, "metingen: []\n", COMMENTED)


def test_vervang_changes_only_the_value(run, ws, repo):
    """A mistyped figure is corrected in place: the diff is its one line; output says old -> new."""
    run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "a")
    assert run("meet", "aanbod-regulier", "--waarde", "82,1", "--jaar", "2023", "--bron",
               "Verhuurrapportage 2023").code == 0
    repo.commit("twee metingen")
    r = run("meet", "aanbod-regulier", "--waarde", "81,2", "--jaar", "2023", "--vervang")
    assert (r.code, r.err) == (0, "")
    line = ws.line_of(INDICATOREN, "  - indicator: aanbod-regulier")
    assert r.out == (f"data/indicatoren.yaml:{line}: meting vervangen: aanbod-regulier 2023: "
                     "82,1% -> 81,2%\n")
    assert _diff(repo) == ["-    waarde: 82.1", "+    waarde: 81.2"]


def test_vervang_with_bron_replaces_both_and_finds_the_series_by_alias(run, ws, repo):
    """--bron is replaced too; a corporatie's alias finds the measurement written as 'WZV'."""
    assert run("meet", "voorraad-huurklasse", "--waarde", "1200", "--peildatum", "2022-01-01",
               "--bron", "Schema", "--corporatie", "WZV", "--huurklasse", "goedkoop").code == 0
    repo.commit("meting")
    r = run("meet", "voorraad-huurklasse", "--waarde", "1020", "--peildatum", "2022-01-01",
            "--bron", "Schema voorraad, herzien", "--corporatie", "woongoed", "--huurklasse",
            "Goedkoop", "--vervang")
    assert r.code == 0, r.err
    assert r.out.endswith(": meting vervangen: voorraad-huurklasse 1 januari 2022 (WZV, "
                          "goedkoop): 1.200 woningen -> 1.020 woningen; bron: Schema -> Schema "
                          "voorraad, herzien\n")
    assert _diff(repo) == ["-    waarde: 1200", "+    waarde: 1020", "-    bron: Schema",
                           "+    bron: Schema voorraad, herzien"]


def test_verwijder_removes_only_its_lines(run, ws, repo):
    """Removing a measurement takes out exactly its lines; the output names what went."""
    run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "a")
    run("meet", "aanbod-regulier", "--waarde", "82,1", "--jaar", "2023", "--bron", "b")
    repo.commit("twee metingen")
    line = ws.line_of(INDICATOREN, "  - indicator: skaeve-huse")
    r = run("meet", "skaeve-huse", "--jaar", "2022", "--verwijder")
    assert (r.code, r.out) == (0, f"data/indicatoren.yaml:{line}: meting verwijderd: "
                                  "skaeve-huse 2022: 1 project -> -\n")
    assert _diff(repo) == ["-  - indicator: skaeve-huse", "-    jaar: 2022", "-    waarde: 1",
                           "-    eenheid: projecten", "-    bron: a"]


def test_meet_then_verwijder_gives_back_the_shipped_file(run, ws):
    """After recording and removing the only measurement, the file is byte for byte as shipped."""
    shipped = ws.snapshot()
    assert run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "a").code == 0
    assert run("meet", "skaeve-huse", "--jaar", "2022", "--verwijder").code == 0
    assert ws.snapshot() == shipped


def test_comments_of_other_measurements_stay(run, ws):
    """In a file with comments, correcting and removing touch only the measurement's own lines."""
    _commented(ws)
    r = run("meet", "skaeve-huse", "--waarde", "2", "--jaar", "2022", "--vervang")
    assert r.code == 0, r.err
    assert ws.read(INDICATOREN).endswith(COMMENTED.replace("waarde: 1  #", "waarde: 2  #"))
    r = run("meet", "skaeve-huse", "--jaar", "2022", "--verwijder")
    assert r.code == 0, r.err
    assert ws.read(INDICATOREN).endswith("""\
metingen:
  # Cijfers uit de rapportages van 2022 en 2023.
    # hierboven: het project in Terneuzen

  # Verhuurrapportage
  - indicator: aanbod-regulier
    jaar: 2023
    waarde: 82.1
    eenheid: procent
    bron: Verhuurrapportage 2023  # voorlopig
# einde van de metingen
""")
    r = run("meet", "aanbod-regulier", "--jaar", "2023", "--verwijder")
    assert r.code == 0, r.err
    assert ws.read(INDICATOREN).endswith("""\
metingen: []
  # Cijfers uit de rapportages van 2022 en 2023.
    # hierboven: het project in Terneuzen

  # Verhuurrapportage
# einde van de metingen
""")
    assert run("validate").code == 0


def test_blank_line_between_measurements_is_not_doubled(run, ws):
    """Removing a measurement between blank lines leaves one blank line, not two."""
    ws.replace(INDICATOREN, "metingen: []\n", "metingen:\n" + SKAEVE_HUSE + """
  - indicator: aanbod-regulier
    jaar: 2023
    waarde: 82.1
    eenheid: procent
    bron: b

  - indicator: aanbod-regulier
    jaar: 2024
    waarde: 71
    eenheid: procent
    bron: c
""")
    assert run("meet", "aanbod-regulier", "--jaar", "2023", "--verwijder").code == 0
    assert "    bron: a\n\n  - indicator: aanbod-regulier\n    jaar: 2024\n" in ws.read(
        INDICATOREN)
    assert run("meet", "aanbod-regulier", "--jaar", "2024", "--verwijder").code == 0
    assert ws.read(INDICATOREN).endswith("    bron: a\n")


def test_key_after_the_measurements_stays_untouched(run, ws):
    """With a key after `metingen:`, correcting and removing the last one leave that key be."""
    ws.replace(INDICATOREN, "metingen: []\n", "metingen:\n" + SKAEVE_HUSE + """
# Oranje tot 5% onder het doel.
marge_procent: 5
""")
    assert run("meet", "skaeve-huse", "--jaar", "2022", "--waarde", "2", "--vervang").code == 0
    assert ws.read(INDICATOREN).endswith("    waarde: 2\n    eenheid: projecten\n    bron: a\n\n"
                                         "# Oranje tot 5% onder het doel.\nmarge_procent: 5\n")
    assert run("meet", "skaeve-huse", "--jaar", "2022", "--verwijder").code == 0
    assert ws.read(INDICATOREN).endswith("metingen: []\n\n# Oranje tot 5% onder het doel.\n"
                                         "marge_procent: 5\n")


ODD = [
    pytest.param("metingen: [{indicator: skaeve-huse, jaar: 2022, waarde: 1, eenheid: projecten, "
                 "bron: a}]\n", id="flow-list"),
    pytest.param("metingen:\n  -\n    indicator: skaeve-huse\n    jaar: 2022\n    waarde: 1\n"
                 "    eenheid: projecten\n    bron: a\n", id="dash-on-its-own-line"),
]


@pytest.mark.parametrize("metingen", ODD)
@pytest.mark.parametrize("how", [["--waarde", "2", "--vervang"], ["--verwijder"]])
def test_a_layout_pa_cannot_edit_is_refused_not_crashed(run, ws, metingen, how):
    """A measurement written in a layout pa does not edit is refused by line, exit 1."""
    ws.replace(INDICATOREN, "metingen: []\n", metingen)
    before = ws.snapshot()
    r = run("meet", "skaeve-huse", "--jaar", "2022", *how)
    assert r.code == 1, r.err
    assert r.err.startswith("pa: geweigerd: pa kan data/indicatoren.yaml niet bewerken zonder "
                            "ook regel "), r.err
    assert ws.snapshot() == before


def test_crlf_and_bom_are_kept(run, ws):
    """A file saved on Windows keeps its BOM and CRLF through --vervang and --verwijder."""
    path = ws.path(INDICATOREN)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "x").code == 0
    assert run("meet", "skaeve-huse", "--waarde", "2", "--jaar", "2022", "--vervang").code == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.endswith(b"    waarde: 2\r\n    eenheid: projecten\r\n    bron: x\r\n")
    assert run("meet", "skaeve-huse", "--jaar", "2022", "--verwijder").code == 0
    assert path.read_bytes().endswith(b"\r\nmetingen: []\r\n")


def test_duplicate_names_vervang(run, ws):
    """A second figure for the same measurement is refused, pointing to --vervang."""
    assert run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "a").code == 0
    before = ws.snapshot()
    r = run("meet", "skaeve-huse", "--waarde", "2", "--jaar", "2022", "--bron", "b")
    assert (r.code, r.err) == (1, (
        "pa: geweigerd: data/indicatoren.yaml:160: meting van 'skaeve-huse' voor 2022 staat er "
        "al: 1 project (bron: a). Is dat cijfer fout, geef dan dezelfde opdracht met --vervang; "
        "weghalen kan met --verwijder\n"))
    assert ws.snapshot() == before


REFUSED = [
    pytest.param(["aanbod-regulier", "--jaar", "2024", "--waarde", "80", "--vervang"],
                 "pa: geweigerd: er is geen meting van 'aanbod-regulier' voor 2024; van deze "
                 "indicator staan er: 2023 (regel 165). Geef --jaar of --peildatum, --corporatie, "
                 "--kern en --huurklasse zoals bij de meting die u bedoelt\n", id="other-year"),
    pytest.param(["voorraad-huurklasse", "--jaar", "2023", "--verwijder"],
                 "pa: geweigerd: er is geen meting van 'voorraad-huurklasse' voor 2023; deze "
                 "indicator heeft nog geen metingen; er is niets weg te halen\n", id="none-yet"),
    pytest.param(["skaeve-huse", "--jaar", "2022", "--waarde", "1", "--vervang"],
                 "pa: geweigerd: de meting heeft al waarde 1 project en bron 'a'; er is niets te "
                 "vervangen\n", id="same-value"),
    pytest.param(["aanbod-regulier", "--jaar", "2023", "--waarde", "101", "--vervang"],
                 "pa: geweigerd: na deze wijziging zou het bestand niet meer kloppen:\n"
                 "data/indicatoren.yaml:167:13: fout PA065: meting van 'aanbod-regulier' is 101%, "
                 "meer dan 100%; een percentage ligt tussen 0 en 100\n", id="over-100"),
]


@pytest.mark.parametrize("args, err", REFUSED)
def test_refused_corrections_write_nothing(run, ws, args, err):
    """Nothing to correct, nothing that changes, or a result breaking a rule: exit 1, no write."""
    run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "a")
    run("meet", "aanbod-regulier", "--waarde", "82,1", "--jaar", "2023", "--bron", "b")
    before = ws.snapshot()
    r = run("meet", *args)
    assert (r.code, r.err) == (1, err)
    assert ws.snapshot() == before


USAGE = [
    pytest.param(["--jaar", "2022", "--vervang", "--verwijder"],
                 "pa: kies --vervang of --verwijder, niet allebei\n", id="both"),
    pytest.param(["--jaar", "2022", "--vervang"], "pa: geef met --waarde het juiste cijfer (en "
                 "met --bron de bron, als die ook verandert)\n", id="vervang-without-waarde"),
    pytest.param(["--jaar", "2022", "--verwijder", "--waarde", "1"],
                 "pa: --verwijder haalt de meting weg; laat --waarde en --bron weg\n",
                 id="verwijder-with-waarde"),
    pytest.param(["--jaar", "2022", "--bron", "a"],
                 "pa: geef het cijfer met --waarde, zoals --waarde 812\n", id="new-without-waarde"),
    pytest.param(["--jaar", "2022", "--waarde", "1"], "pa: geef met --bron aan waar het cijfer "
                 "vandaan komt, zoals --bron \"Jaarverslag 2023\"\n", id="new-without-bron"),
]


@pytest.mark.parametrize("args, err", USAGE)
def test_command_lines_that_cannot_be_are_exit_2(run, ws, args, err):
    """A flag combination that asks for the impossible is a usage error; nothing is written."""
    run("meet", "skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "a")
    before = ws.snapshot()
    r = run("meet", "skaeve-huse", *args)
    assert (r.code, r.err) == (2, err)
    assert ws.snapshot() == before


# -- property: record, replace and remove in any order ---------------------------------------

# (indicator, jaar, peildatum, corporatie, huurklasse, largest valid waarde)
SERIES = [
    ("skaeve-huse", 2022, None, None, None, 1000),
    ("aanbod-regulier", 2023, None, None, None, 100),
    ("aanbod-regulier", 2024, None, None, None, 100),
    ("voorraad-huurklasse", None, date(2022, 1, 1), "WZV", "goedkoop", 10**6),
    ("voorraad-huurklasse", None, date(2022, 1, 1), "Clavis", "goedkoop", 10**6),
]
WAYS = [core.NIEUW, core.VERVANG, core.VERWIJDER]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    ws = Workspace(tmp_path_factory.mktemp("vervang"))
    _commented(ws)
    return ws


def _lines(ws: Workspace) -> list[str]:
    return ws.read(INDICATOREN).splitlines()


def _span(m) -> tuple[int, int]:
    """First and last line of a measurement as read (its `- ` line to its last value)."""
    return m.src[1], max(line for line, _ in m.at.values())


def _key(m) -> tuple[object, ...]:
    return (m.indicator, m.jaar, m.peildatum, m.corporatie, m.huurklasse)


def _only_its_lines(way: str, old: list[str], new: list[str], before, after, key) -> bool:
    """The file changed in exactly the measurement's own lines, as `way` should change it."""
    empty = [ln.replace("metingen: []", "metingen:") for ln in old]
    if way == core.NIEUW:
        first, last = _span(next(m for m in after if _key(m) == key))
        return new[:first - 1] + new[last:] in (old, empty)
    if way == core.VERWIJDER:
        first, last = _span(next(m for m in before if _key(m) == key))
        rests = [old[:first - 1] + old[last:]]
        if first > 1 and not old[first - 2].strip():
            rests.append(old[:first - 2] + old[last:])
        return new in rests or [ln.replace("metingen: []", "metingen:") for ln in new] in rests
    m = next(m for m in before if _key(m) == key)
    changed = {i + 1 for i, (a, b) in enumerate(zip(old, new)) if a != b}
    return len(old) == len(new) and changed <= {m.at["waarde"][0], m.at["bron"][0]}


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(WAYS), st.sampled_from(range(len(SERIES))),
                                st.integers(0, 100), st.sampled_from(["a", "b", "x: y"])),
                      min_size=1, max_size=8))
def test_any_order_of_meet_vervang_verwijder(pristine, steps):
    """Whatever is recorded, replaced and removed, the file validates, holds exactly what was
    asked, and only the measurement's own lines change; a refusal writes nothing."""
    original = pristine.read(INDICATOREN)
    model = {_key(m): (m.waarde, m.bron) for m in load(pristine.data).indicatoren.metingen}
    try:
        for way, i, number, bron in steps:
            indicator, jaar, peildatum, corporatie, huurklasse, top = SERIES[i]
            waarde = min(number * 7, top)
            key = (indicator, jaar, peildatum, corporatie, huurklasse)
            vraag = core.Vraag(indicator, None if way == core.VERWIJDER else str(waarde),
                               None if way == core.VERWIJDER else bron, jaar, peildatum,
                               corporatie, None, huurklasse)
            ok = (key not in model if way == core.NIEUW else key in model and (
                way == core.VERWIJDER or model[key] != (waarde, bron)))
            before, old = load(pristine.data).indicatoren.metingen, _lines(pristine)
            try:
                core.meet(pristine.data, vraag, way)
            except Refused:
                assert not ok, (way, key)
                assert _lines(pristine) == old
                continue
            assert ok, (way, key)
            if way == core.VERWIJDER:
                del model[key]
            else:
                model[key] = (waarde, bron)
            ds = load(pristine.data)
            assert not [p for p in validate(ds) if p.severity == FOUT]
            after = ds.indicatoren.metingen
            assert {_key(m): (m.waarde, m.bron) for m in after} == model
            assert _only_its_lines(way, old, _lines(pristine), before, after, key)
    finally:
        pristine.write(INDICATOREN, original)
