"""An indicator names its afspraak in the set's own numbering (issue 18, part 1): "1a", "A1",
"IV.2" as much as "1.1.3". Before, indicatoren.yaml accepted only Terneuzen's form (PA024
"schrijf het zoals 1.1.3"), so a second gemeente could not keep a monitor at all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

from pa_cli.check.validate import check_dir

INDICATOREN = """titel: Monitor
indicatoren:
  - id: woningen
    afspraak: "{nr}"
    naam: Woningen
    eenheid: woningen
    niveaus: [portefeuille]
metingen: []
"""


def _problems(tmp_path: Path, fixture: Path, nr: str) -> list[tuple[str, str]]:
    folder = tmp_path / "set"
    shutil.copytree(fixture, folder)
    (folder / "indicatoren.yaml").unlink(missing_ok=True)
    (folder / "indicatoren.yaml").write_text(INDICATOREN.format(nr=nr), encoding="utf-8")
    _, problems = check_dir(folder)
    return [(p.code, p.message) for p in problems if p.file.endswith("indicatoren.yaml")]


@pytest.mark.parametrize(("fixture", "nr"), [
    (FIXTURES / "gemeenten" / "letters", "A1"),
    (FIXTURES / "gemeenten" / "romeins", "IV.2"),
    (FIXTURES / "gemeenten" / "romeins", "IX.10"),
    (FIXTURES / "portefeuille" / "polderdam", "1a"),
    (FIXTURES / "portefeuille" / "havenstad", "1.2"),
])
def test_an_indicator_takes_the_sets_own_numbers(tmp_path: Path, fixture: Path, nr: str) -> None:
    assert _problems(tmp_path, fixture, nr) == []


def test_a_number_the_set_does_not_have_is_still_unknown(tmp_path: Path) -> None:
    [(code, message)] = _problems(tmp_path, FIXTURES / "gemeenten" / "letters", "A9")
    assert code == "PA066" and "afspraak A9, maar die bestaat niet" in message


def test_a_number_in_no_form_is_still_refused(tmp_path: Path) -> None:
    [(code, _)] = _problems(tmp_path, FIXTURES / "gemeenten" / "letters", "A 1")
    assert code == "PA024"
