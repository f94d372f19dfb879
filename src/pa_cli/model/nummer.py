"""The numbers of themes, afspraken and agenda rows, in the forms documents use.

Terneuzen numbers "1", "1.1.3"; other gemeenten "A", "A1", "2a", "II", "IV.2". A number is a
run of parts: digits, capitals (a letter or a roman numeral) or one small letter, with a
point between parts where the document writes one. An agenda row is an afspraak's number,
or that number with one small letter for a second action ("2.4b", "A1b", "2ab" for
afspraak "2a"): which one a row means is read against the afspraken (`afspraak_van`).

Order is by part: numbers by value ("1.1.10" after "1.1.9"), capitals by the alphabet or,
when every capital part of a set is a roman numeral, by its value ("IX" before "X"); a number
comes before its own longer forms, and its second action before its sub-numbers ("1" before
"1b" before "1.1"; "A1" before "A1b" before "A2").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["THEMA", "AFSPRAAK", "RIJ", "VORMEN", "delen", "tekst", "sleutel", "volgorde",
           "sorteer", "romeins", "afspraak_van", "hoort_onder"]

_PART = r"(?:\d+|[A-Z]+)[a-z]?"
THEMA = _PART  # "1", "A", "IV", "2a"
AFSPRAAK = rf"{_PART}(?:\.?{_PART})*"  # "1.1.3", "A1", "IV.2", "2a"
RIJ = rf"{AFSPRAAK}[a-z]?"  # an afspraak's number, or with a letter for a second action
VORMEN = "1.1.3, A1, 2a of IV.2"  # how messages name the forms

_TOKEN = re.compile(r"\d+|[A-Z]+|[a-z]|\.")
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def delen(nr: str) -> tuple[str, ...]:
    """The parts of a number, points included: "IV.2b" -> ("IV", ".", "2", "b")."""
    parts = tuple(_TOKEN.findall(nr))
    if "".join(parts) != nr:
        raise ValueError(f"'{nr}' is geen nummer")
    return parts


def tekst(parts: Iterable[str]) -> str:
    """The number of its parts, as written: the inverse of `delen`."""
    return "".join(parts)


def _roman_value(text: str) -> int | None:
    if not text or not _ROMAN.fullmatch(text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " "):
        v = _VALUES[a]
        total += -v if b != " " and _VALUES[b] > v else v
    return total


def romeins(nrs: Iterable[str]) -> bool:
    """Whether the capitals of these numbers are roman numerals (all of them, and one at least)."""
    caps = [p for nr in nrs for p in _TOKEN.findall(nr) if p.isupper()]
    return bool(caps) and all(_roman_value(p) is not None for p in caps)


Sleutel = tuple[tuple[int, int, str], ...]  # the sort key of a number


def sleutel(nr: str, roman: bool = False) -> Sleutel:
    """The sort key of a number; `roman` reads its capitals as roman numerals."""
    key = []
    for p in _TOKEN.findall(nr):
        if p == ".":
            continue
        if p.isdigit():
            key.append((0, int(p), ""))
        elif p.isupper():
            value = _roman_value(p) if roman else None
            key.append((0, value, "") if value is not None else (1, len(p), p))
        else:
            key.append((-1, 0, p))  # a second action before the afspraak's sub-numbers
    return tuple(key)


def volgorde(bekend: Iterable[str]) -> Callable[[str], Sleutel]:
    """The sort key of one set's numbers: roman when every capital of `bekend` (the set's
    themes and afspraken) is a roman numeral, so that "V" and "IX" of one set, or "L" and "V"
    of another, are ordered as that set means them."""
    roman = romeins(bekend)
    return lambda nr: sleutel(nr, roman)


def sorteer(nrs: Iterable[str], bekend: Iterable[str] | None = None) -> list[str]:
    """The numbers in the document's order: "A1" < "A1b" < "A2" < "A10"; "IX" < "X"; read as
    roman or not by `bekend` (default: these numbers themselves)."""
    nrs = list(nrs)
    return sorted(nrs, key=volgorde(nrs if bekend is None else bekend))


def afspraak_van(nr: str, bekend: Iterable[str] = ()) -> str:
    """The afspraak an agenda row's number names: "2.4b" -> "2.4", "A1b" -> "A1".

    A number that is itself an afspraak in `bekend` names that afspraak ("2a" where the
    document numbers afspraken "2a", "2b"); otherwise a last small letter is the second action.
    """
    if nr in bekend or not nr[-1:].islower() or len(nr) < 2:
        return nr
    return nr[:-1]


def hoort_onder(nr: str, prefix: str) -> bool:
    """Whether an afspraak's number continues its theme's or section's: "1.1.3" under "1.1",
    "A1" under "A", "IV.2" under "IV"; not "12.1" under "1" nor "AB1" under "A"."""
    if not nr.startswith(prefix) or len(nr) == len(prefix):
        return False
    rest = nr[len(prefix):]
    if rest[0] == ".":
        return len(rest) > 1
    last, first = prefix[-1], rest[0]
    return not ((last.isdigit() and first.isdigit()) or (last.isupper() and first.isupper())
                or (last.islower() and first.islower()))
