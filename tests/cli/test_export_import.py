"""The round trip of issue 19 through the commands, as a property: for any agenda, `pa import
agenda` reads the workbook of `pa export` back to the same rows of YAML (nr, onderwerp, actie,
trekker, termijn, status, toelichting). (tests/edit/test_import.py has the shipped agenda.)"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import AGENDA, DATA
from pa_cli.check.validate import load_valid
from pa_cli.model.records import STATUSES, Agenda, Rij
from pa_cli.query import stand as query
from pa_cli.show import xlsx

_LOADED: list = []


def _data():
    """The shipped data, read once (not a fixture: hypothesis would print its value)."""
    if not _LOADED:
        _LOADED.append(load_valid(DATA))
    return _LOADED[0]


def _fields(rows) -> list[tuple]:
    """nr, onderwerp, actie, trekker, termijn, status, toelichting of YAML or model rows."""
    out = []
    for r in rows:
        get = r.get if isinstance(r, dict) else lambda k, r=r: getattr(r, k)
        termijn = get("termijn")
        out.append((get("nr"), get("onderwerp"), get("actie"), list(get("trekker") or []),
                    getattr(termijn, "tekst", termijn), get("status"), get("toelichting")))
    return out


_line = st.text(st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")),
                min_size=1, max_size=30).map(str.rstrip).filter(str.strip)
# a text as the data holds it: several lines, accents, quotes and signs, indented lines, and now
# and then a start a spreadsheet would take for a formula
_text = st.builds(lambda start, lines: (start + "\n".join(lines)).strip(),
                  st.sampled_from(["", "", "=", "+", "-", "@"]),
                  st.lists(_line, min_size=1, max_size=3))


@st.composite
def agendas(draw: st.DrawFn) -> list[Rij]:
    """Rows on the shipped afspraken (their numbers, trekkers and termijnen), other texts,
    statuses and toelichtingen, and empty rows."""
    shipped = [r for r in _data().agendas[0].rijen if r.is_actie and not r.afspraak]
    chosen = draw(st.lists(st.sampled_from(shipped), min_size=1, max_size=8, unique_by=id))
    chosen.sort(key=shipped.index)
    rows = []
    for r in chosen:
        if draw(st.integers(0, 4)) == 0:
            rows.append(Rij(nr=r.nr, onderwerp=r.onderwerp))  # an empty row
            continue
        rows.append(Rij(nr=r.nr, onderwerp=r.onderwerp, actie=draw(_text), trekker=r.trekker,
                        termijn=r.termijn, status=draw(st.sampled_from(STATUSES)),
                        toelichting=draw(st.none() | _text)))
    return rows


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=agendas())
def test_any_agenda_comes_back(run, ws, rows):
    agenda = Agenda(titel="Uitvoeringsagenda 2022-2023", rijen=rows, jaren="2022-2023")
    stand = query.stand(_data(), date(2023, 1, 1), query.Filter())
    (ws.root / "stand.xlsx").write_bytes(xlsx.workbook([agenda], stand))
    r = run("import", "agenda", "stand.xlsx", "--jaren", "2022-2023", "--vervang", "--droog")
    assert r.code == 0, r.err
    assert _fields(YAML(typ="safe").load(r.out)["rijen"]) == _fields(rows)
    assert ws.path(AGENDA).read_bytes() == (DATA / AGENDA).read_bytes()  # --droog wrote nothing
