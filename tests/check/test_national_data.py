"""The national portfolio of benchmarks/national.py (issue 18, part 4) is data pa accepts: every
set validates without errors, nothing of Terneuzen's parties is left in it, and its parties are
shared between gemeenten as a portfolio's are. A benchmark on sets pa refuses would measure the
wrong thing."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from conftest import REPO, TODAY
from pa_cli.base.problems import FOUT
from pa_cli.check.portfolio import check_portfolio, registry_problems
from pa_cli.check.validate import validate
from pa_cli.load.dataset import load
from pa_cli.load.portfolio import load_portfolio

sys.path.insert(0, str(REPO / "benchmarks"))
from national_data import make_portfolio  # noqa: E402

N = 8


def test_every_generated_set_validates_without_errors(tmp_path: Path):
    sets = make_portfolio(tmp_path, N, TODAY)
    assert len(sets) == N
    signers: Counter[str] = Counter()
    for folder in sets:
        assert len(list(folder.glob("agenda-*.yaml"))) == 3
        assert (folder / "indicatoren.yaml").is_file()
        text = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.yaml"))
        for name in ("Terneuzen", "Clavis", "Woongoed", "WZV", "SHB"):
            assert name not in text, (folder.name, name)
        ds = load(folder)
        problems = ds.problems + validate(ds, TODAY)
        assert [p for p in problems if p.severity == FOUT] == [], folder.name
        assert ds.afspraken is not None
        signers.update(p.naam for p in ds.afspraken.partijen if p.id != "gemeente")
    # a corporatie in several gemeenten, a huurdersorganisatie in two
    assert max(n for name, n in signers.items() if name.startswith("Woonstichting")) >= 2
    assert {n for name, n in signers.items() if name.startswith("huurdersvereniging")} == {2}


def test_the_register_names_every_party_of_every_set(tmp_path: Path):
    """portefeuille.yaml makes the sets one portfolio: no party missing, none named twice."""
    make_portfolio(tmp_path, N, TODAY)
    p = load_portfolio(tmp_path)
    assert p.problems == [] and len(p.sets) == N
    assert registry_problems(p, check_portfolio(p)) == []
    assert p.registry is not None
    kinds = Counter(r.id.split("-")[0] for r in p.registry.partijen)
    assert kinds["gemeente"] == N and kinds["corp"] >= 2


def test_dates_are_shifted_per_set(tmp_path: Path):
    sets = make_portfolio(tmp_path, 4, TODAY)
    first = [sorted(p.name for p in f.glob("agenda-*.yaml"))[0] for f in sets]
    assert first == ["agenda-2022-2023.yaml", "agenda-2023-2024.yaml", "agenda-2024-2025.yaml",
                     "agenda-2025-2026.yaml"]
