"""-o FILE for status, overdue and report: the format of the extension, atomic, under the lock."""

from __future__ import annotations

import os

import pytest

from pa_cli.edit import writer
from pa_cli.yamlio import atomic

PEIL = ("--peildatum", "2023-01-01")
LONG = ("Met de Provincie Zeeland wordt gekeken of beperkingen (ladderruimte) over nieuwbouw "
        "opgeheven kunnen worden")


@pytest.mark.parametrize("command, name, fmt", [
    ("status", "stand.csv", "csv"), ("status", "stand.json", "json"), ("status", "stand.md", "md"),
    ("overdue", "laat.md", "md"), ("overdue", "laat.csv", "csv"), ("te-laat", "laat.json", "json"),
])
def test_o_writes_what_format_prints(run, ws, command, name, fmt):
    """`pa status -o stand.csv` writes what `--format csv` prints, and says where it went."""
    printed = run(command, "--format", fmt, *PEIL)
    r = run(command, "-o", name, *PEIL)
    assert r.code == 0, r.err
    assert r.out.startswith(f"geschreven: {name} (")
    assert (ws.root / name).read_bytes().decode("utf-8") == printed.out


def test_table_in_a_file_is_whole_and_plain(run, ws, monkeypatch):
    """A table written with -o has no colour codes and whole texts, whatever the terminal."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    assert "…" in run("status", *PEIL).out  # the screen shortens
    r = run("status", "-o", "stand.txt", *PEIL)
    assert r.code == 0, r.err
    text = (ws.root / "stand.txt").read_text(encoding="utf-8")
    assert "\x1b[" not in text and LONG in text and "…" not in text
    assert text.startswith("Stand op 1 januari 2023\n")


def test_format_overrides_the_extension_it_fits(run, ws):
    """--format wins over the extension when they agree; a .txt file gets the table."""
    assert run("overdue", "-o", "laat.txt", *PEIL).code == 0
    assert (ws.root / "laat.txt").read_text(encoding="utf-8").startswith("Te laat op 1 januari")


@pytest.mark.parametrize("args, message", [
    (("report", "handout", "-o", "handout.docx"), "pa: -o handout.docx: pa maakt geen "
     "'.docx'-bestanden; noem het bestand handout.md, of kies een ander --format: md (.md), "
     "html (.html), pdf (.pdf)"),
    (("report", "handout", "--format", "md", "-o", "handout.html"), "pa: -o handout.html: de "
     "extensie '.html' past niet bij --format md; noem het bestand handout.md, of kies --format "
     "html"),
    (("report", "stoplicht", "-f", "pdf", "-o", "s.md"), "pa: -o s.md: de extensie '.md' past "
     "niet bij --format pdf; noem het bestand s.pdf, of kies --format md"),
    (("status", "-f", "csv", "-o", "stand.json"), "pa: -o stand.json: de extensie '.json' past "
     "niet bij --format csv; noem het bestand stand.csv, of kies --format json"),
    (("overdue", "-o", "laat.xlsx"), "pa: -o laat.xlsx: pa maakt geen '.xlsx'-bestanden; noem "
     "het bestand laat.txt, of kies een ander --format: table (.txt), json (.json), csv (.csv), "
     "md (.md)"),
    (("status", "-o", "geen/map/stand.csv"), "pa: -o geen/map/stand.csv: map 'geen/map' bestaat "
     "niet"),
])
def test_extension_must_fit_the_format(run, ws, args, message):
    """An extension that does not fit the format is refused in Dutch (exit 2), nothing written."""
    before = sorted(os.listdir(ws.root))
    r = run(*args)
    assert (r.code, r.err.strip(), r.out) == (2, message, "")
    assert sorted(os.listdir(ws.root)) == before


def test_o_is_atomic(run, ws, monkeypatch):
    """If writing fails halfway, the old file stays whole and no temporary file is left."""
    target = ws.root / "stand.csv"
    target.write_text("oud\n", encoding="utf-8")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    r = run("status", "-o", "stand.csv")
    assert r.code == 1 and "lezen of schrijven mislukt" in r.err
    assert target.read_text(encoding="utf-8") == "oud\n"
    assert sorted(p.name for p in ws.root.iterdir()) == ["data", "stand.csv"]


def test_o_waits_for_the_writer_lock(run, ws, monkeypatch):
    """-o FILE takes the writer lock of that file: another writer holding it means refusal."""
    monkeypatch.setattr(writer, "TIMEOUT", 0.2)
    with writer.locked(ws.root / "laat.md"):
        r = run("overdue", "-o", "laat.md")
    assert r.code == 1 and "een andere schrijver is nog bezig" in r.err
    assert not (ws.root / "laat.md").exists()
