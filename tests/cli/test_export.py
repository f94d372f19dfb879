"""pa export BESTAND.xlsx: written like every -o file, refused with a wrong name or bad data."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from conftest import AGENDA, TODAY
from pa_cli.base.fmt import datum_nl


def test_export_writes_the_workbook(run, ws):
    before = ws.snapshot()
    r = run("export", "stand.xlsx", "--peildatum", "1-1-2023")
    assert r.code == 0, r.err
    assert r.out == "geschreven: stand.xlsx (werkmap, 2 bladen, stand op 1 januari 2023)\n"
    wb = load_workbook(io.BytesIO((ws.root / "stand.xlsx").read_bytes()))
    assert wb.sheetnames == ["2022-2023", "Stand"]
    assert wb["Stand"]["A1"].value == "Stand op 1 januari 2023"
    assert ws.snapshot() == before  # the data untouched
    assert sorted(p.name for p in ws.root.iterdir()) == ["data", "stand.xlsx"]  # no temp, no lock


def test_the_peildatum_defaults_to_today_and_marge_colours(run, ws):
    r = run("export", "a.xlsx", "--peildatum", "2022-11-15", "--marge", "0")
    assert r.code == 0, r.err
    wb = load_workbook(ws.root / "a.xlsx")
    lights = {row[8].value for row in wb["Stand"].iter_rows(min_row=3)}
    assert "oranje" not in lights and "rood" in lights
    assert run("export", "b.xlsx").code == 0
    title = load_workbook(ws.root / "b.xlsx")["Stand"]["A1"].value
    assert title.startswith(f"Stand op {datum_nl(TODAY)}")


def test_an_existing_file_is_replaced_whole(run, ws):
    (ws.root / "stand.xlsx").write_bytes(b"old")
    assert run("export", "stand.xlsx").code == 0
    assert (ws.root / "stand.xlsx").read_bytes()[:2] == b"PK"


def test_another_extension_is_refused(run, ws):
    r = run("export", "stand.csv")
    assert r.code == 2
    assert r.err == ("pa: export stand.csv: pa schrijft hier een '.xlsx'-bestand, geen '.csv'; "
                     "noem het bestand stand.xlsx\n")
    assert not (ws.root / "stand.csv").exists()


def test_a_directory_or_missing_folder_is_refused(run, ws):
    (ws.root / "map.xlsx").mkdir()
    r = run("export", "map.xlsx")
    assert r.code != 0 and "map.xlsx" in r.err and "Traceback" not in r.err
    r = run("export", "nergens/stand.xlsx")
    assert r.code == 2 and "map 'nergens' bestaat niet" in r.err


def test_data_with_errors_writes_nothing(run, ws):
    text = ws.read(AGENDA)
    ws.write(AGENDA, text.replace("    status: open\n", "    status: half\n", 1))
    r = run("export", "stand.xlsx")
    assert r.code == 1
    assert "agenda-2022-2023.yaml:" in r.err and "'half'" in r.err
    assert not (ws.root / "stand.xlsx").exists()
