"""A portfolio's loader and its registry of parties (issue 18, part 2): the three-gemeente
fixture in tests/fixtures/portefeuille, and each way portefeuille.yaml can disagree with
its sets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

from pa_cli.base.exits import UsageProblem
from pa_cli.check import portfolio as check
from pa_cli.load.portfolio import find_portfolio, load_portfolio

PORTFOLIO = FIXTURES / "portefeuille"


@pytest.fixture
def pf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the fixture portfolio, with the current directory at its root."""
    root = tmp_path / "kust"
    shutil.copytree(PORTFOLIO, root)
    monkeypatch.chdir(root)
    return root


def _problems(root: Path) -> list[tuple[str, int, str, str]]:
    p = load_portfolio(root)
    results = check.check_portfolio(p)
    found = p.problems + check.registry_problems(p, results)
    return [(x.file, x.line, x.code, x.message) for x in found]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_fixture_is_three_sets_with_a_clean_registry(pf: Path) -> None:
    p = load_portfolio(pf)
    assert [s.name for s in p.sets] == ["duinwijk", "havenstad", "polderdam"]
    assert p.registry is not None and p.registry.titel == "Portefeuille Kustwonen"
    results = check.check_portfolio(p)
    assert [r.gemeente for r in results] == ["Duinwijk", "Havenstad", "Polderdam"]
    assert p.problems == [] and check.registry_problems(p, results) == []
    assert all(r.problems == [] for r in results)


def test_found_upwards_from_inside_a_set(pf: Path) -> None:
    assert find_portfolio(None, pf / "havenstad") == pf
    assert find_portfolio(None, pf) == pf
    assert find_portfolio(str(pf)) == pf
    assert find_portfolio(str(pf / "havenstad")) is None  # a set named with --data: one set


def test_a_nearer_data_folder_wins(pf: Path) -> None:
    inner = pf / "havenstad" / "werk"
    (inner / "data").mkdir(parents=True)
    (inner / "data" / "afspraken.yaml").write_text("titel: x\n", encoding="utf-8")
    assert find_portfolio(None, inner) is None
    assert find_portfolio(None, pf / "havenstad") == pf


def test_a_party_of_a_set_missing_from_the_registry_is_named_where_it_is(pf: Path) -> None:
    _edit(pf / "portefeuille.yaml", "      polderdam: kwd\n", "")
    line = (pf / "polderdam" / "afspraken.yaml").read_text().splitlines().index("  - id: kwd") + 1
    assert _problems(pf) == [
        ("polderdam/afspraken.yaml", line, "PA110", "partij 'kwd' (Kustwonen Woondiensten) van "
         "set polderdam staat niet in het register van de portefeuille (portefeuille.yaml); "
         "voeg haar toe onder partijen, met sets: {polderdam: kwd}")]


def test_a_missing_party_whose_name_the_registry_knows_gets_that_entry_suggested(pf: Path) -> None:
    _edit(pf / "portefeuille.yaml", "      duinwijk: kustwonen\n", "")
    [(file, _, code, message)] = _problems(pf)
    assert (file, code) == ("duinwijk/afspraken.yaml", "PA110")
    assert message.endswith("noem haar bij 'kustwonen': sets: {duinwijk: kustwonen}")


def test_unknown_set_and_unknown_party_id(pf: Path) -> None:
    _edit(pf / "portefeuille.yaml", "      havenstad: havenhuis\n",
          "      havenstad: havenhuiz\n      haventad: havenhuis\n")
    found = _problems(pf)
    messages = [m for _, _, _, m in found]
    assert ("'havenhuis' heet in set havenstad 'havenhuiz', maar die set heeft geen partij met "
            "dat id; bedoelt u 'havenhuis'? Bekende id's: gemeente, kustwonen, havenhuis, "
            "huurdersbond") in messages
    assert ("'havenhuis' noemt set 'haventad', maar die map met afspraken.yaml staat niet in de "
            "portefeuille; bedoelt u 'havenstad'? Bekende sets: duinwijk, havenstad, "
            "polderdam") in messages
    assert {(f, c) for f, _, c, _ in found} == {("portefeuille.yaml", "PA035"),
                                                ("havenstad/afspraken.yaml", "PA110")}


def test_duplicate_ids_names_and_links(pf: Path) -> None:
    _edit(pf / "portefeuille.yaml", "\n# Doelen boven de gemeente",  # at the end of partijen
          "  - id: kustwonen\n    naam: Kust\n"
          "  - id: kust-twee\n    naam: Huurdersbond De Kust\n"
          "    sets:\n      havenstad: kustwonen\n\n# Doelen boven de gemeente")
    messages = sorted(m for _, _, c, m in _problems(pf) if c == "PA030")
    assert messages == [
        "naam 'Huurdersbond De Kust' van 'kust-twee' wordt ook gebruikt door "
        "'huurdersbond-de-kust'; een naam moet één partij van de portefeuille aanwijzen",
        "partij 'kustwonen' van set havenstad is al 'kustwonen' (regel 7); een partij van een "
        "set is één partij van de portefeuille",
        "partij-id 'kustwonen' bestaat al (regel 7); elke partij heeft één vaste id"]


def test_registry_schema_errors_are_problems_with_a_line(pf: Path) -> None:
    _edit(pf / "portefeuille.yaml", "    sets:\n      havenstad: havenhuis\n",
          "    sets: [havenstad]\n    kleur: blauw\n")
    found = [(f, c) for f, _, c, _ in _problems(pf)]
    assert ("portefeuille.yaml", "PA022") in found and ("portefeuille.yaml", "PA021") in found


def test_a_portfolio_without_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "portefeuille.yaml").write_text("titel: Leeg\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [c for _, _, c, _ in _problems(tmp_path)] == ["PA111"]


def _names(root: Path, *names: str) -> dict[str, list[str]]:
    p = load_portfolio(root)
    return check.trekker_names(check.Links(p, check.check_portfolio(p)), list(names))


@pytest.mark.parametrize("name", ["Kustwonen", "woonstichting kustwonen", "KWD",
                                  "Kustwonen Woondiensten", "kustwonen"])
def test_one_party_in_every_set_whatever_name_is_given(pf: Path, name: str) -> None:
    assert _names(pf, name) == {"havenstad": ["kustwonen"], "duinwijk": ["kustwonen"],
                                "polderdam": ["kwd"]}


def test_the_huurdersorganisatie_named_differently_in_two_sets(pf: Path) -> None:
    expected = {"havenstad": ["huurdersbond"], "duinwijk": ["hv-kust"]}
    assert _names(pf, "De Kust") == expected
    assert _names(pf, "HV De Kust") == expected
    assert _names(pf, "Huurdersbond") == expected


def test_a_group_or_a_gemeente_stays_in_its_set(pf: Path) -> None:
    assert _names(pf, "Corporaties") == {"havenstad": ["Corporaties"]}
    assert _names(pf, "Gemeente Duinwijk") == {"duinwijk": ["gemeente"]}
    assert sorted(_names(pf, "Gemeente")) == ["duinwijk", "havenstad", "polderdam"]


def test_an_unknown_trekker_gets_a_suggestion(pf: Path) -> None:
    with pytest.raises(UsageProblem, match="trekker 'Kustwoonen' is onbekend in de portefeuille; "
                       "bedoelt u 'Kustwonen'?"):
        _names(pf, "Kustwoonen")


def test_a_change_in_one_set_rereads_only_that_set(pf: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from pa_cli.check import validate

    p = load_portfolio(pf)
    check.check_portfolio(p)  # fills the cache
    loaded: list[str] = []
    real = validate.load

    def counting(directory: Path, *args: object, **kwargs: object) -> object:
        loaded.append(directory.name)
        return real(directory, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(validate, "load", counting)
    check.check_portfolio(p)
    assert loaded == []
    (pf / "duinwijk" / "agenda-2027.yaml").write_text(
        (pf / "duinwijk" / "agenda-2027.yaml").read_text() + "# gewijzigd\n")
    check.check_portfolio(p)
    assert loaded == ["duinwijk"]
