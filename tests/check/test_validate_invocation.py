"""`pa validate` on the command line: which data directory or files it reads, and usage problems."""

from __future__ import annotations

import json

import pytest

from conftest import AFSPRAKEN, AGENDA


@pytest.mark.parametrize("args, message", [
    (("validate", "--data", "nergens"), "pa: map 'nergens' (--data) bestaat niet of is geen map"),
    (("validate", "--format", "xml"),
     "pa: --format 'xml' bestaat niet; kies uit: text, json, github, gitlab"),
])
def test_usage_problems_exit_2(run, ws, args, message):
    """A wrong command line is exit 2 with one Dutch line on stderr."""
    r = run(*args)
    assert r.code == 2
    assert r.err.strip() == message


def test_data_dir_found_walking_up(run, ws, monkeypatch):
    """From a subdirectory, pa finds the nearest data/ above, as git finds its repository."""
    sub = ws.root / "verslagen" / "2023"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    r = run("validate")
    assert r.code == 0
    assert "../../data/agenda-2022-2023.yaml:" in r.out


def test_pa_data_environment_variable(run, ws, monkeypatch, tmp_path_factory):
    """PA_DATA points at the data from anywhere."""
    elsewhere = tmp_path_factory.mktemp("elders")
    monkeypatch.chdir(elsewhere)
    assert run("validate").code == 2
    monkeypatch.setenv("PA_DATA", str(ws.data))
    assert run("validate").code == 0


def test_no_data_directory(run, tmp_path, monkeypatch):
    """Without any data directory the user is told how to point at one."""
    monkeypatch.chdir(tmp_path)
    r = run("validate")
    assert r.code == 2
    assert "geef de map aan met --data MAP of de omgevingsvariabele PA_DATA" in r.err


def test_missing_afspraken_file(run, ws):
    """A data directory without afspraken.yaml is an error naming the file."""
    ws.path(AFSPRAKEN).unlink()
    r = run("validate", "--data", "data")
    assert r.code == 1
    assert "data/afspraken.yaml: fout PA037: afspraken.yaml ontbreekt in data" in r.out


def test_stray_yaml_file_is_a_warning(run, ws):
    """A YAML file pa does not read is mentioned, so a misnamed agenda is not silently ignored."""
    ws.write("agenda2024.yaml", "titel: x\n")
    r = run("validate")
    assert r.code == 0
    assert "data/agenda2024.yaml: waarschuwing PA037: dit bestand wordt niet gelezen" in r.out


def test_named_files_validate_the_directory_they_are_in(run, ws, monkeypatch, tmp_path):
    """`pa validate FILE` (as pre-commit calls it) checks the data directory of that file,
    wherever the current directory is."""
    ws.replace(AGENDA, "termijn: najaar 2022\n    status: open\n\n  - nr: \"1.1.3\"",
               "termijn: najaaar 2022\n    status: open\n\n  - nr: \"1.1.3\"")
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    r = run("validate", "../data/afspraken.yaml")
    assert r.code == 1
    assert r.out.startswith("../data/agenda-2022-2023.yaml:")
    assert " fout PA012: " in r.out


def test_files_in_two_data_directories_give_one_summary(run, ws, tmp_path):
    """Files from two data directories: both are validated, problems and counts together."""
    import shutil

    shutil.copytree(ws.data, tmp_path / "tweede")
    r = run("validate", "data/agenda-2022-2023.yaml", "tweede/afspraken.yaml",
            "--format", "json")
    assert r.code == 0
    report = json.loads(r.out)
    assert [p["file"] for p in report["problems"]] == ["data/agenda-2022-2023.yaml",
                                                       "tweede/agenda-2022-2023.yaml"]
    assert report["afspraken"] == 110 and report["acties"] == 86


@pytest.mark.parametrize("args, message", [
    (("validate", "weg.yaml"), "pa: bestand 'weg.yaml' bestaat niet of is geen bestand"),
    (("validate", "--data", "data", "data/afspraken.yaml"),
     "pa: geef --data of bestanden, niet allebei; bij bestanden is hun map de datamap"),
])
def test_named_files_usage_problems(run, ws, args, message):
    """A named file that does not exist, or files together with --data: exit 2, one line."""
    r = run(*args)
    assert (r.code, r.err.strip()) == (2, message)
