"""The numbering of themes, afspraken and rows in the forms documents use (issue 18, part 1):
Terneuzen's "1.1.3", letters "A1" with a second action "A1b", "2a", roman "IV.2"."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pa_cli.model import nummer

ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV",
          "XIX", "XX", "XL", "XLIX", "L", "XC", "C"]
LETTERS = [chr(c) for c in range(ord("A"), ord("Z") + 1)] + ["AA", "AB", "BA"]


def _roman(n: int) -> str:
    out = ""
    for value, sign in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                        (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sign, n - value
    return out


# a number as parts with its sort key written by hand: (kind, value)
part = st.one_of(
    st.integers(1, 120).map(lambda n: (str(n), (0, n))),
    st.sampled_from(LETTERS).map(lambda s: (s, (1, len(s), s))),
)
numbers = st.lists(part, min_size=1, max_size=4)


def _text(parts: list[tuple[str, object]], points: bool) -> str:
    out = ""
    for text, _ in parts:
        same_kind = out and (out[-1].isdigit() == text[0].isdigit())
        out += ("." if points or same_kind else "") + text if out else text
    return out


@given(numbers, st.booleans(), st.sampled_from(["", "a", "b", "z"]))
def test_parse_and_write_back(parts, points, suffix):
    """Every number pa accepts splits into parts that write it back exactly, and a row
    number is the afspraak's number with at most one letter for a second action."""
    nr = _text(parts, points)
    assert re.fullmatch(nummer.AFSPRAAK, nr)
    assert nummer.tekst(nummer.delen(nr)) == nr
    row = nr + suffix
    assert re.fullmatch(nummer.RIJ, row)
    assert nummer.tekst(nummer.delen(row)) == row
    assert nummer.afspraak_van(row) == nr if suffix else True
    assert nummer.afspraak_van(row, {row}) == row


@given(st.lists(st.tuples(numbers, st.sampled_from(["", "b"])), min_size=2, max_size=8),
       st.booleans())
def test_letters_and_digits_sort_by_value_part_by_part(items, points):
    """Digits by value, capitals by the alphabet (A < Z < AA), a number before its longer
    forms and before its second action: whatever the points, the order is the parts'."""
    written = {_text(p, points) + s: (tuple(k for _, k in p), s) for p, s in items}
    letters_only = [nr for nr in written if not nummer.romeins([nr])]
    expected = sorted(letters_only, key=lambda nr: (
        tuple((0, k[1], "") if k[0] == 0 else (1, k[1], k[2]) for k in written[nr][0]),
        written[nr][1]))
    if not nummer.romeins(letters_only):
        assert nummer.sorteer(letters_only) == expected


@given(st.lists(st.integers(1, 100), min_size=1, max_size=12, unique=True),
       st.integers(1, 20), st.sampled_from(["", "b"]))
def test_roman_themes_sort_by_value(values, sub, suffix):
    """I, II, ..., IX, X, XL: by value, with a second action after its afspraak."""
    nrs = [f"{_roman(v)}.{sub}" for v in values] + [f"{_roman(values[0])}.{sub}{suffix}"]
    expected = sorted(set(nrs), key=lambda nr: (_back(nr), len(nr)))
    assert nummer.sorteer(set(nrs)) == expected


def _back(nr: str) -> int:
    return next(v for v in range(1, 101) if _roman(v) == nr.split(".")[0])


def test_examples_of_each_form():
    assert nummer.sorteer(["A10", "A2", "A1b", "B1", "A1"]) == ["A1", "A1b", "A2", "A10", "B1"]
    assert nummer.sorteer(["X.1", "IX.2", "IV.10b", "IV.10", "IV.9"]) == [
        "IV.9", "IV.10", "IV.10b", "IX.2", "X.1"]
    assert nummer.sorteer(["1.1.10", "1.1.9", "2.4b", "2.4", "1.2.1"]) == [
        "1.1.9", "1.1.10", "1.2.1", "2.4", "2.4b"]
    assert nummer.afspraak_van("A1b") == "A1"
    assert nummer.afspraak_van("2ab", {"2a", "2b"}) == "2a"
    assert nummer.afspraak_van("2a", {"2a", "2b"}) == "2a"
    assert nummer.hoort_onder("A1", "A") and nummer.hoort_onder("IV.2", "IV")
    assert not nummer.hoort_onder("AB1", "A") and not nummer.hoort_onder("12.1", "1")
    assert [r for r in ROMANS if not nummer.romeins([r])] == []


def test_the_sets_own_numbers_decide_roman_or_letters():
    """'L1' and 'V1' are 50 and 5 in a set numbered with roman themes, the alphabet in a set
    that also has an 'A': `bekend` (the set's numbers) decides, not the two compared."""
    assert nummer.sorteer(["L1", "V1"]) == ["V1", "L1"]
    assert nummer.sorteer(["V1", "L1"], bekend=["A", "A1", "L", "L1", "V", "V1"]) == ["L1", "V1"]
    key = nummer.volgorde(["I", "V", "IX", "IX.1"])
    assert sorted(["IX.1", "V.2", "V.10", "V.10b"], key=key) == ["V.2", "V.10", "V.10b", "IX.1"]
