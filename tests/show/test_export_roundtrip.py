"""The round trip of issue 19: what pa export writes, pa's own reader of workbooks reads back to
the same rows (nr, onderwerp, actie, trekker, termijn, status), for any agenda.

The reader is load/workbook.py, the one `pa import agenda` reads a workbook with; the rows are
compared as that reader gives them, cell by cell under their headings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA
from pa_cli.base import termijn as _termijn
from pa_cli.check.validate import load_valid
from pa_cli.load.workbook import read_tables
from pa_cli.model.records import STATUSES, Agenda, Rij
from pa_cli.query import stand as query
from pa_cli.show import xlsx

_LOADED: list = []


def _data():
    if not _LOADED:
        _LOADED.append(load_valid(DATA))
    return _LOADED[0]


TERMIJNEN = ["najaar 2022", "voorjaar 2023", "2023", "eind 2024", "1 maart 2023", "juni 2022",
             "2022 en 2023", "Q3 2023", "doorlopend", "uiterlijk 1 oktober 2024"]
TREKKERS = ["Gemeente", "Corporaties", "Clavis", "WZV", "Huurdersorganisaties", "SHB"]

# Text as a data file holds it: any printable character (accents, quotes, signs, emoji, spaces
# that indent a line), lines joined by a line break, and now and then a start a spreadsheet
# would take for a formula.
_line = st.text(st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")),
                min_size=1, max_size=40).filter(str.strip)
_text = st.builds(lambda start, lines: (start + "\n".join(lines)).strip(),
                  st.sampled_from(["", "", "", "=", "+", "-", "@"]),
                  st.lists(_line, min_size=1, max_size=3))


@st.composite
def rijen(draw: st.DrawFn) -> list[Rij]:
    rows = []
    for i in range(draw(st.integers(1, 12))):
        nr = f"{i // 5 + 1}.{i % 5 + 1}"
        onderwerp = draw(st.none() | _text)
        if draw(st.booleans()) and i:  # an empty row, as the shipped agenda keeps them
            rows.append(Rij(nr=nr, onderwerp=onderwerp))
            continue
        termijn = draw(st.none() | st.sampled_from(TERMIJNEN))
        rows.append(Rij(nr=nr, onderwerp=onderwerp, actie=draw(_text),
                        trekker=draw(st.lists(st.sampled_from(TREKKERS), min_size=1, max_size=2,
                                              unique=True)),
                        termijn=_termijn.parse(termijn) if termijn else None,
                        status=draw(st.sampled_from(STATUSES)),
                        toelichting=draw(st.none() | _text)))
    return rows


def _yaml_rows(agenda: Agenda) -> list[tuple[str, ...]]:
    return [(r.nr, r.onderwerp or "", r.actie or "", ", ".join(r.trekker),
             r.termijn.tekst if r.termijn else "", r.status or "") for r in agenda.rijen]


def _read_back(path: Path, sheet: str) -> list[tuple[str, ...]]:
    table = next(t for t in read_tables(path) if t.name == sheet)
    head = [c.text for c in table.rows[0]]
    columns = [head.index(h) for h in ("Nr.", "Onderwerp", "Actie", "Trekker", "Termijn",
                                        "Status")]
    return [tuple(row[c].text if c < len(row) else "" for c in columns)
            for row in table.rows[1:]]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(agendas=st.lists(rijen(), min_size=1, max_size=3))
def test_export_reads_back_to_the_same_rows(tmp_path, agendas):
    ds = _data()
    made = [Agenda(titel=f"Uitvoeringsagenda {2022 + 2 * i}", rijen=rows,
                   jaren=f"{2022 + 2 * i}-{2023 + 2 * i}") for i, rows in enumerate(agendas)]
    path = tmp_path / "export.xlsx"
    path.write_bytes(xlsx.workbook(made, query.stand(ds, date(2023, 1, 1), query.Filter())))
    for agenda in made:
        assert _read_back(path, agenda.jaren) == _yaml_rows(agenda)


def test_the_shipped_agenda_reads_back_through_pa_export(run, ws):
    """The same through the command, on the shipped agenda with its empty rows and its
    multi-line actions."""
    assert run("export", "stand.xlsx", "--peildatum", "2023-01-01").code == 0
    (agenda,) = _data().agendas
    assert _read_back(ws.root / "stand.xlsx", "2022-2023") == _yaml_rows(agenda)
