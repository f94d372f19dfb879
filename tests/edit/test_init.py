"""`pa init`: a new set that validates at once, on its own or inside a portfolio."""

from __future__ import annotations

import io
import re
import shutil

from conftest import FIXTURES

ARGS = ("--gemeente", "Veldmere", "--looptijd", "2026-2029", "--partij",
        "Woonstichting Heidehuis=Heidehuis", "--partij", "Huurdersvereniging De Linde=De Linde",
        "--groep", "Corporaties=Heidehuis")


def test_a_new_set_validates_at_once_and_names_nothing_of_terneuzen(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("init", *ARGS)
    assert r.code == 0, r.err
    assert r.out.splitlines()[:2] == ["geschreven: data/afspraken.yaml",
                                      "geschreven: data/agenda-2026.yaml"]
    v = run("validate")
    assert v.code == 0 and v.out.startswith("In orde: 0 afspraken, 0 agendarijen"), v.out
    text = (tmp_path / "data" / "afspraken.yaml").read_text(encoding="utf-8")
    for word in ("Terneuzen", "Clavis", "WZV", "5.3", "5.6", "5.8", "april", "juli", "oktober",
                 "najaar", "voorjaar"):
        assert word not in text, word
    assert "\nregels:" not in text and "\n# regels:\n" in text  # neutral: only as a comment
    assert ("  - id: gemeente\n    naam: Gemeente Veldmere\n    kort: Gemeente\n"
            "  - id: heidehuis\n    naam: Woonstichting Heidehuis\n    kort: Heidehuis\n") in text
    assert "groepen:\n  - id: corporaties\n    naam: Corporaties\n    leden: [heidehuis]\n" in text
    assert "looptijd:\n  van: 2026-01-01\n  tot_en_met: 2029-12-31\n" in text
    # every field has its comment: the line before each top-level key is one
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"[a-z]+:", line) and not line.startswith(("titel:", "gemeente:")):
            assert lines[i - 1].startswith("#"), line


def test_init_overwrites_nothing(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("init", *ARGS).code == 0
    before = {p.name: p.read_bytes() for p in (tmp_path / "data").iterdir()}
    r = run("init", *ARGS, "--jaren", "2027")
    assert r.code == 1
    assert "data bevat al afspraken.yaml, agenda-2026.yaml; pa init overschrijft niets" in r.err
    assert {p.name: p.read_bytes() for p in (tmp_path / "data").iterdir()} == before
    (tmp_path / "ander").mkdir()
    (tmp_path / "ander" / "agenda-2026.yaml").write_text("x", encoding="utf-8")
    assert run("init", "ander", *ARGS).code == 1
    assert (tmp_path / "ander" / "agenda-2026.yaml").read_text(encoding="utf-8") == "x"
    assert not (tmp_path / "ander" / "afspraken.yaml").exists()


def test_what_is_missing_or_wrong_is_a_usage_error(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nothing is asked
    r = run("init", "--gemeente", "Veldmere")
    assert r.code == 2 and "geef --looptijd" in r.err
    assert run("init", *ARGS[:4], "--groep", "Corporaties=Woonveste").code == 2
    r = run("init", "--gemeente", "Veldmere", "--looptijd", "2029-2026")
    assert r.code == 2 and "looptijd '2029-2026'" in r.err
    r = run("init", *ARGS[:4], "--partij", "Heidehuis", "--partij", "Stichting Heidehuis=Heidehuis")
    assert r.code == 2 and "twee keer" in r.err
    assert not (tmp_path / "data").exists()


def test_on_a_terminal_pa_asks_for_what_is_not_given(run, tmp_path, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", Terminal("Veldmere\n2026-2028\nHeidehuis; De Linde\n\n"))
    r = run("init")
    assert r.code == 0, r.err
    assert r.err.startswith("Gemeente: Looptijd (JJJJ-JJJJ): Partijen")
    text = (tmp_path / "data" / "afspraken.yaml").read_text(encoding="utf-8")
    assert "  - id: de-linde\n    naam: De Linde\n" in text and "groepen: []\n" in text
    assert run("validate").code == 0


def test_inside_a_portfolio_the_set_joins_it_and_its_parties_are_registered(run, tmp_path,
                                                                             monkeypatch):
    from pa_cli.check.portfolio import check_portfolio, registry_problems
    from pa_cli.load.portfolio import load_portfolio

    root = tmp_path / "portefeuille"
    shutil.copytree(FIXTURES / "portefeuille", root)
    before = (root / "portefeuille.yaml").read_text(encoding="utf-8")
    monkeypatch.chdir(root)
    r = run("init", "--gemeente", "Zandvoort aan Zee", "--looptijd", "2026-2029", "--partij",
            "Woonstichting Kustwonen=Kustwonen", "--partij", "Stichting Zandhuis=Zandhuis")
    assert r.code == 0, r.err
    assert r.out.splitlines()[:3] == ["geschreven: zandvoort-aan-zee/afspraken.yaml",
                                      "geschreven: zandvoort-aan-zee/agenda-2026.yaml",
                                      "bijgewerkt: portefeuille.yaml"]
    after = (root / "portefeuille.yaml").read_text(encoding="utf-8")
    # only lines added: every comment and line of before stays, in order
    kept = iter(after.splitlines())
    assert all(line in kept for line in before.splitlines())
    assert "      polderdam: kwd\n      zandvoort-aan-zee: kustwonen\n" in after
    # at the end of partijen, before the targets (doelen) that follow them in the file
    assert ("      polderdam: gemeente\n  - id: gemeente-zandvoort-aan-zee\n    naam: Gemeente "
            "Zandvoort aan Zee\n    sets:\n      zandvoort-aan-zee: gemeente\n  - id: zandhuis\n"
            "    naam: Stichting Zandhuis\n    sets:\n      zandvoort-aan-zee: zandhuis\n\n"
            "# Doelen boven de gemeente") in after
    p = load_portfolio(root)
    results = check_portfolio(p)
    assert [s.name for s in p.sets] == ["duinwijk", "havenstad", "polderdam", "zandvoort-aan-zee"]
    assert p.problems == [] and registry_problems(p, results) == []
    new = next(res for res in results if res.set.name == "zandvoort-aan-zee")
    assert [x for x in new.problems if x.severity == "fout"] == []


def _hint(out: str) -> str:
    return out.splitlines()[-1]


def test_the_closing_hint_names_the_set_as_the_next_commands_find_it(run, tmp_path, monkeypatch):
    """What to type next, and it works: data/ in the working directory needs no --data; a map
    of one's own is --data MAP (quoted where the shell needs it)."""
    monkeypatch.chdir(tmp_path)
    r = run("init", *ARGS)
    assert _hint(r.out) == ("Vul de thema's en afspraken in data/afspraken.yaml in, lees de "
                            "agenda in met 'pa import agenda BESTAND --jaren JAREN' en controleer "
                            "met 'pa validate'.")
    assert run("validate").code == 0
    r = run("init", "mijn set", *ARGS)
    assert _hint(r.out) == ("Vul de thema's en afspraken in mijn set/afspraken.yaml in, lees de "
                            "agenda in met 'pa import agenda BESTAND --jaren JAREN --data "
                            "\"mijn set\"' en controleer met 'pa validate --data \"mijn set\"'.")
    assert run("validate", "--data", "mijn set").code == 0


def test_in_a_portfolio_the_closing_hint_names_the_set_with_gemeente(run, tmp_path, monkeypatch):
    """In a portfolio a command names one set with --gemeente, and pa validate --gemeente
    checks the register with it."""
    root = tmp_path / "kust"
    shutil.copytree(FIXTURES / "portefeuille", root)
    monkeypatch.chdir(root)
    r = run("init", "--gemeente", "Zandvoort aan Zee", "--looptijd", "2026-2029")
    assert r.code == 0, r.err
    assert _hint(r.out) == ("Vul de thema's en afspraken in zandvoort-aan-zee/afspraken.yaml "
                            "in, lees de agenda in met 'pa import agenda BESTAND --jaren JAREN "
                            "--gemeente zandvoort-aan-zee' en controleer met 'pa validate "
                            "--gemeente zandvoort-aan-zee'.")
    v = run("validate", "--gemeente", "zandvoort-aan-zee")
    assert v.code == 0, v.out
    monkeypatch.chdir(tmp_path)  # from outside the portfolio, named with --data
    r = run("init", "--gemeente", "Zeedorp", "--looptijd", "2026-2029", "--data", "kust")
    assert r.code == 0, r.err
    assert _hint(r.out).endswith("'pa validate --data kust --gemeente zeedorp'.")
    assert run("validate", "--data", "kust", "--gemeente", "zeedorp").code == 0
