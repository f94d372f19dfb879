"""Many agenda files: the rules across agendas give the same problems, and their work grows
in step with the number of agendas (issue 16: `pa validate` grew with its square).

The folders are made as `pa agenda nieuw` makes them, year after year: each action gereed in
one agenda out of four, the others carried on (`herkomst` in the new row, `doorgeschoven` in
the old one). The growth is counted, not timed: every visit to an element of the list of
agendas or of an agenda's rows, and every comparison of two agendas or rows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import Git
from pa_cli.base.struct import Struct
from pa_cli.check.validate import validate
from pa_cli.load.dataset import load
from pa_cli.model.records import Agenda, Rij

TODAY = date(2030, 3, 1)  # the validations below never depend on the day they run
ROWS = [("1.1.1", "Omvang sociale voorraad groeit mee"),
        ("1.1.2", "Gezamenlijk inzicht in ontwikkelingen woningmarkt"),
        ("1.1.3", "In samenhang sturen op gebiedsontwikkeling"),
        ("1.1.4", "Nieuwbouw")]


def jaren(k: int) -> str:
    return f"{2022 + 2 * k}-{2023 + 2 * k}"


def wide(rows: int) -> list[tuple[str, str]]:
    """`rows` rows for afspraak 1.1.1: 1.1.1.1, 1.1.1.2, ..."""
    return [(f"1.1.1.{j}", ROWS[0][1]) for j in range(1, rows + 1)]


def agenda(k: int, n: int, rows: list[tuple[str, str]] = ROWS) -> str:
    """The k-th of n agendas: 2022-2023, 2024-2025, ..."""
    first = 2022 + 2 * k
    out = f"titel: Uitvoeringsagenda {jaren(k)}\nvastgesteld: {first - 1}-12-15\n\nrijen:\n"
    for i, (nr, onderwerp) in enumerate(rows):
        done = (i + k) % 4 == 3
        afspraak = f'    afspraak: "{nr.rsplit(".", 1)[0]}"\n' if nr.count(".") > 2 else ""
        out += (f'  - nr: "{nr}"\n{afspraak}    onderwerp: {onderwerp}\n'
                f"    actie: Actie {nr} in {jaren(k)}\n"
                f"    trekker: [Gemeente]\n    termijn: najaar {first}\n"
                f"    status: {'gereed' if done else 'open'}\n")
        if k > 0 and (i + k - 1) % 4 != 3:
            out += f'    herkomst: "{jaren(k - 1)}/{nr}"\n'
        if not done and k + 1 < n:
            out += f'    doorgeschoven: "{jaren(k + 1)}"\n'
        out += "\n"
    return out


def make_agendas(data: Path, n: int, rows: list[tuple[str, str]] = ROWS) -> None:
    """n agendas in place of the ones in `data`."""
    for old in data.glob("agenda-*.yaml"):
        old.unlink()
    for k in range(n):
        (data / f"agenda-{jaren(k)}.yaml").write_text(agenda(k, n, rows), encoding="utf-8")


# -- the same problems -----------------------------------------------------------------------------

def _plant(ws) -> None:
    """Six agendas, 2022-2023 to 2032-2033, with every mistake a carry link can have, and
    agenda files named wrongly."""
    make_agendas(ws.data, 6)
    a1, a2, a3, a4, a5 = (f"agenda-{jaren(k)}.yaml" for k in range(1, 6))
    # a herkomst naming a row its agenda does not have; the old row then points at nothing
    ws.replace(a1, 'herkomst: "2022-2023/1.1.2"', 'herkomst: "2022-2023/9.9"')
    # the old row of a carried action lost its doorgeschoven
    ws.replace(a2, '    herkomst: "2024-2025/1.1.4"\n    doorgeschoven: "2028-2029"\n',
               '    herkomst: "2024-2025/1.1.4"\n')
    # a herkomst in a later agenda, and one in an agenda file that is not there
    ws.replace(a3, 'herkomst: "2026-2027/1.1.1"', 'herkomst: "2030-2031/1.1.1"')
    ws.replace(a3, 'herkomst: "2026-2027/1.1.3"', 'herkomst: "2010-2011/1.1.3"')
    # doorgeschoven to an agenda that does not exist
    ws.replace(a4, '    status: open\n    doorgeschoven: "2032-2033"\n\n  - nr: "1.1.2"',
               '    status: open\n    doorgeschoven: "2090-2091"\n\n  - nr: "1.1.2"')
    # the same nr twice: a herkomst names the first row with that nr
    ws.replace(a4, 'rijen:\n', 'rijen:\n  - nr: "1.1.3"\n    onderwerp: In samenhang sturen op '
               'gebiedsontwikkeling\n    actie: Nog een 1.1.3\n    trekker: [Gemeente]\n'
               '    status: open\n\n')
    # an agenda that cannot be read: the rows pointing at it are not reported once each
    ws.write("agenda-2034-2035.yaml", "titel: Uitvoeringsagenda 2034-2035\nrijen:\n\t- nr: 1\n")
    ws.replace(a5, '    status: open\n\n', '    status: open\n    doorgeschoven: "2034-2035"\n\n')
    # a file name without years, and two agendas that overlap
    ws.write("agenda-concept.yaml", agenda(0, 1).replace("2022-2023", "concept"))
    ws.write("agenda-2031-2032.yaml", agenda(0, 1).replace("2022", "2031")
             .replace("2023", "2032"))


EXPECTED = [
    ("agenda-2022-2023.yaml", 19, "PA042",
     "agendarij 1.1.2 is doorgeschoven naar 2024-2025, maar agenda-2024-2025.yaml heeft geen"
     ' rij met herkomst: "2022-2023/1.1.2"; zo telt de actie nergens meer mee. Zet de rij '
     "daar terug of verwijder 'doorgeschoven'"),
    ("agenda-2024-2025.yaml", 20, "PA041",
     "agendarij 1.1.2 heeft herkomst '2022-2023/9.9', maar agenda 2022-2023 heeft geen rij "
     "9.9; controleer het nummer"),
    ("agenda-2026-2027.yaml", 12, "PA042",
     "agendarij 1.1.1 is doorgeschoven naar 2028-2029, maar agenda-2028-2029.yaml heeft geen"
     ' rij met herkomst: "2026-2027/1.1.1"; zo telt de actie nergens meer mee. Zet de rij '
     "daar terug of verwijder 'doorgeschoven'"),
    ("agenda-2026-2027.yaml", 28, "PA042",
     "agendarij 1.1.3 is doorgeschoven naar 2028-2029, maar agenda-2028-2029.yaml heeft geen"
     ' rij met herkomst: "2026-2027/1.1.3"; zo telt de actie nergens meer mee. Zet de rij '
     "daar terug of verwijder 'doorgeschoven'"),
    ("agenda-2028-2029.yaml", 11, "PA041",
     "agendarij 1.1.1 heeft herkomst '2030-2031/1.1.1', maar die ligt niet vóór deze agenda;"
     " herkomst wijst naar een eerdere agenda"),
    ("agenda-2028-2029.yaml", 27, "PA041",
     "agendarij 1.1.3 heeft herkomst '2010-2011/1.1.3', maar agenda-2010-2011.yaml bestaat "
     "niet; zo gaat de geschiedenis van de actie verloren. Zet het bestand terug of "
     "verwijder de regel met herkomst"),
    ("agenda-2028-2029.yaml", 36, "PA041",
     "agendarij 1.1.4 heeft herkomst '2026-2027/1.1.4', maar die rij (regel 30) heeft geen "
     '\'doorgeschoven: "2028-2029"\'; voeg die regel daar toe, anders telt de actie twee keer'),
    ("agenda-2030-2031.yaml", 17, "PA042",
     "agendarij 1.1.1 is doorgeschoven naar 2090-2091, maar agenda-2090-2091.yaml bestaat "
     "niet; zo telt de actie nergens meer mee. Zet de rij daar terug of verwijder "
     "'doorgeschoven'"),
    ("agenda-2030-2031.yaml", 28, "PA030",
     "agendarij 1.1.3 bestaat al (regel 5); geef elke rij een eigen nummer; is dit een tweede "
     "actie bij afspraak 1.1.3, schrijf dan nr: \"1.1.3b\""),
    ("agenda-2031-2032.yaml", 1, "PA044",
     "agenda 2031-2032 overlapt met agenda 2030-2031; op een peildatum in beide gebruikt pa "
     "agenda 2031-2032. Laat elke agenda na de vorige beginnen"),
    ("agenda-2032-2033.yaml", 1, "PA044",
     "agenda 2032-2033 overlapt met agenda 2031-2032; op een peildatum in beide gebruikt pa "
     "agenda 2032-2033. Laat elke agenda na de vorige beginnen"),
    ("agenda-2032-2033.yaml", 2, "PA086",
     "agenda 2032-2033 is vastgesteld op 15 december 2031, na vandaag (1 maart 2030); zet de"
     " datum van het overleg dat de agenda vaststelde, of laat 'vastgesteld' weg zolang de "
     "agenda een concept is"),
    ("agenda-2032-2033.yaml", 11, "PA041",
     "agendarij 1.1.1 heeft herkomst '2030-2031/1.1.1', maar die rij (regel 11) heeft geen "
     '\'doorgeschoven: "2032-2033"\'; voeg die regel daar toe, anders telt de actie twee keer'),
    ("agenda-2032-2033.yaml", 27, "PA041",
     "agendarij 1.1.3 heeft herkomst '2030-2031/1.1.3', maar die rij (regel 5) heeft geen "
     '\'doorgeschoven: "2032-2033"\'; voeg die regel daar toe, anders telt de actie twee keer'),
    ("agenda-2034-2035.yaml", 3, "PA004",
     "tab in de inspringing; YAML staat alleen spaties toe. Vervang de tab door spaties (zet"
     " in uw editor 'tabs naar spaties' aan)."),
    ("agenda-concept.yaml", 1, "PA044",
     "de bestandsnaam van agenda 'concept' noemt geen jaren, dus pa gebruikt deze agenda bij"
     " geen enkele peildatum. Noem het bestand agenda-JJJJ-JJJJ.yaml, bijvoorbeeld "
     "agenda-2024-2025.yaml"),
]


def test_planted_mistakes_give_exactly_these_problems(ws):
    """Every problem of the rules across agendas, on six agendas and three wrongly named or
    unreadable files; the index that finds a row by number or herkomst changes none of them."""
    _plant(ws)
    ds = load(ws.data)
    found = [(Path(p.file).name, p.line, p.code, p.message)
             for p in validate(ds, TODAY)]
    assert found == EXPECTED


# -- work in step with the number of agendas -------------------------------------------------------

class Counted(list):  # type: ignore[type-arg]
    """A list that counts every element it hands out: by iteration, `in` or indexing."""

    visits = 0

    def __iter__(self):
        for item in super().__iter__():
            Counted.visits += 1
            yield item

    def __contains__(self, item: object) -> bool:
        return any(x is item or x == item for x in self)

    def __getitem__(self, i):
        got = super().__getitem__(i)
        Counted.visits += len(got) if isinstance(i, slice) else 1
        return got


@pytest.fixture
def work(monkeypatch):
    """work(ds, action) -> how many elements of ds's agenda and row lists `action` visits and
    how many agendas and rows it compares with ==."""
    compared = [0]

    def eq(self, other):
        compared[0] += 1
        return Struct.__eq__(self, other)

    for cls in (Agenda, Rij):
        monkeypatch.setattr(cls, "__eq__", eq)

    def measure(ds, action) -> int:
        ds.agendas = Counted(ds.agendas)
        for a in ds.agendas:
            a.rijen = Counted(a.rijen)
        Counted.visits, compared[0] = 0, 0
        action(ds)
        return Counted.visits + compared[0]

    return measure


def _grows_linearly(ws, work, action, n: int = 20, rows: int = 0) -> None:
    """The work of `action` on n and 4n agendas (or, with `rows`, on two agendas of that many
    and of four times as many rows) grows at most 4.5 times: linear, not quadratic (16)."""
    counts = []
    for size in (1, 4):
        make_agendas(ws.data, 2 if rows else size * n, wide(size * rows) if rows else ROWS)
        counts.append(work(load(ws.data), action))
    assert counts[1] <= 4.5 * counts[0], f"work {counts[0]}, four times as large: {counts[1]}"


def test_validate_grows_linearly_with_the_agendas(ws, work):
    """Four times the agendas is four times the work of validating, not sixteen: no agenda is
    compared with every other, no row searched for in every agenda."""
    _grows_linearly(ws, work, lambda ds: validate(ds, TODAY))


def test_validate_grows_linearly_with_the_rows_carried(ws, work):
    """Four times the carried rows is four times the work: the other end of a herkomst or a
    doorgeschoven is looked up, not searched for among the rows of its agenda."""
    _grows_linearly(ws, work, lambda ds: validate(ds, TODAY), rows=40)


def test_following_carried_actions_grows_linearly(ws, work):
    """The chain of every action (toon, the calendar, the handout's voortgang) and the stand
    of every agenda (the handout reads them all) cost a look-up per step."""
    from pa_cli.query.agendas import keten
    from pa_cli.query.stand import Filter, acties_van

    def follow(ds) -> None:
        for a in ds.agendas:
            for rij in a.rijen:
                keten(ds, a, rij)
        acties_van(ds, ds.agendas, TODAY, Filter())

    _grows_linearly(ws, work, follow)
    _grows_linearly(ws, work, follow, rows=40)


def test_comparing_versions_grows_linearly(ws, work):
    """`pa wijzigingen` compares two versions of every agenda by agenda and nr."""
    from pa_cli.history.diff import compare

    _grows_linearly(ws, work, lambda ds: compare(ds, load(ws.data)))



def test_the_index_is_not_cached(ws, run):
    """The index that validation builds is not stored in the cache (it cannot be, so there
    was no cache at all): the cache holds the data, and answers the second run alike."""
    from pa_cli.load import cache

    make_agendas(ws.data, 5)
    first = run("validate")
    path = cache.cache_file(ws.data)
    assert path is not None and path.is_file()
    assert '"_index"' not in path.read_text(encoding="utf-8")
    assert run("validate") == first


def test_old_versions_come_from_git_in_two_calls(ws, git_env, monkeypatch):
    """`pa wijzigingen` reads an old version's files with two git calls, whatever the number of
    agendas (two for every file made 1,000 agendas cost 2,000 processes), and gets each file
    byte for byte; a file too large for pa is not read at all."""
    from pa_cli.history import git as history
    from pa_cli.load.dataset import is_read

    calls: list[str] = []
    real = history._Git.run

    def run(self, *args, **kwargs):
        calls.append(args[0])
        return real(self, *args, **kwargs)

    monkeypatch.setattr(history._Git, "run", run)
    git = Git(ws.root)
    git("init", "-q")
    for n in (3, 12):
        make_agendas(ws.data, n)
        ws.write("agenda-2100-2101.yaml", "#" * (history.MAX_BLOB + 1))
        repo = history.repository(ws.data)
        commit = repo.commit(git.commit(f"{n} agenda's"), "--sinds")
        calls.clear()
        files = repo.files(commit, {})
        assert calls == ["ls-tree", "cat-file"]
        assert files.pop("agenda-2100-2101.yaml") == b" " * (history.MAX_BLOB + 1)
        assert files == {p.name: p.read_bytes() for p in sorted(ws.data.iterdir())
                         if is_read(p) and p.name != "agenda-2100-2101.yaml"}
