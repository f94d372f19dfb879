"""The types of a field's value: text, nummer, datum, keuze, lijst, partijen.

Each checks one value where it stands in the data and returns what the model keeps, or
`INVALID` after reporting through the `Checker` (schema.py, which walks the records and
hands each field's value to its `Type`); each also describes itself in JSON Schema.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from pa_cli.base import termijn
from pa_cli.base.problems import choice, unknown
from pa_cli.model.schema import INVALID, Checker, Record, Type, Where, kind_of
from pa_cli.yamlio.nodes import UNSTORABLE, Pos, YMap, YSeq, new_seq

__all__ = ["Text", "Nr", "Ident", "Date", "Enum", "Bool", "ListOf", "RefList", "Ref", "Custom"]


class Text(Type):
    label = "tekst"

    def __init__(self, multiline: bool = True) -> None:
        self.multiline = multiline

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            c.error(pos, "PA022", f"{where} moet tekst zijn, maar is {kind_of(value)}")
            return INVALID
        if not isinstance(value, str):
            return pos.raw  # a plain scalar that happens to look like a number is still text
        if not value.strip():
            c.error(pos, "PA026", f"{where} is leeg; vul een tekst in of laat de sleutel weg")
            return INVALID
        bad = UNSTORABLE.search(value)
        if bad:
            c.error(pos, "PA026", f"{where} bevat het onzichtbare teken U+{ord(bad.group()):04X}; "
                    "verwijder het")
            return INVALID
        if not self.multiline and "\n" in value.strip():
            c.error(pos, "PA026", f"{where} moet op één regel passen")
            return INVALID
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "minLength": 1}


class Nr(Type):
    """A number like "1.1.3": must be written as a string, or "2.10" silently becomes 2.1."""

    label = "nummer"

    def __init__(self, pattern: str = r"\d+(\.\d+)*", example: str = "1.1.3",
                 noun: str = "nummer") -> None:
        self.regex = re.compile(pattern)
        self.pattern = pattern
        self.example = example
        self.noun = noun

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            read = repr(value) if isinstance(value, float) else str(value)
            hint = f"YAML leest {pos.raw} als het getal {read}" if read != pos.raw else (
                "YAML leest het als een getal")
            c.error(pos, "PA023", f"{where} staat zonder aanhalingstekens; {hint}. "
                    f"Schrijf het als tekst: {where.key}: \"{pos.raw}\"")
            return INVALID
        if not isinstance(value, str):
            c.error(pos, "PA022", f"{where} moet een nummer als tekst zijn (zoals "
                    f"\"{self.example}\"), maar is {kind_of(value)}")
            return INVALID
        if not self.regex.fullmatch(value):
            c.error(pos, "PA024", f"{where.key} '{value}' van {where.owner} is geen geldig "
                    f"{self.noun}; schrijf het zoals \"{self.example}\"")
            return INVALID
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{self.pattern}$"}

    def fill(self) -> str:
        return f"vul een {self.noun} in, zoals \"{self.example}\""


class Ident(Nr):
    label = "id"

    def __init__(self) -> None:
        super().__init__(r"[a-z][a-z0-9-]*", "woongoed-zvl", "id (kleine letters, cijfers, '-')")


class Date(Type):
    """A day, in the forms the command line takes: 2023-04-01, 1-4-2023, 1 april 2023."""

    label = "datum"
    # what an editor checks (JSON Schema): the shape of the forms; the validator checks the day
    PATTERN = (r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
               r"|\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})\s*$")

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        text = value if isinstance(value, str) else pos.raw
        norm = termijn.normalise(text)
        try:
            day = termijn.day(norm)
        except ValueError:
            day = None
        if day is not None:
            return day
        wrong_day = termijn.day_problem(norm)
        if wrong_day:
            reason, nearest = wrong_day
            hint = f"; bedoelt u '{nearest}'?" if nearest else ""
            c.error(pos, "PA024", f"{where.key} '{text}' van {where.owner}: {reason}{hint}")
            return INVALID
        nearest = termijn.day_suggestion(norm)
        hint = f"; bedoelt u '{nearest}'?" if nearest else (
            "; schrijf bijvoorbeeld 1-4-2023, 1 april 2023 of 2023-04-01")
        c.error(pos, "PA024", f"{where.key} '{text}' van {where.owner} is geen datum{hint}")
        return INVALID

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": self.PATTERN}


class Enum(Type):
    def __init__(self, values: tuple[str, ...], code: str = "PA025") -> None:
        self.values = values
        self.code = code
        self.label = "één van " + ", ".join(values)

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        if isinstance(value, str) and value in self.values:
            return value
        text = value if isinstance(value, str) else pos.raw
        meant = choice(str(text), self.values)
        if meant is not None:  # 'Gereed': the data keeps the canonical word
            c.error(pos, self.code, f"{where.key} '{text}' van {where.owner}: schrijf "
                    f"'{meant}' (kleine letters)")
            return INVALID
        c.error(pos, self.code, f"{where.key} '{text}' van {where.owner} bestaat niet"
                + unknown(str(text), self.values))
        return INVALID

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.values)}

    def fill(self) -> str:
        return "vul " + ", ".join(self.values[:-1]) + f" of {self.values[-1]} in"


class Bool(Type):
    """A yes or no, written as YAML's true or false. The Dutch 'ja'/'nee' (and 'yes', 'on')
    are text to YAML 1.2: refused with the word to write, never read as a guess."""

    label = "ja/nee-waarde (true of false)"
    _WORDS = {"ja": True, "j": True, "yes": True, "y": True, "on": True, "waar": True,
              "nee": False, "n": False, "no": False, "off": False, "onwaar": False}

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        if isinstance(value, bool):
            return value
        meant = self._WORDS.get(value.strip().casefold()) if isinstance(value, str) else None
        if meant is not None:
            c.error(pos, "PA022", f"{where} is '{value}'; schrijf {str(meant).lower()} "
                    "(een ja/nee-waarde is true of false)")
        else:
            c.error(pos, "PA022", f"{where} moet true of false zijn, maar is {kind_of(value)}")
        return INVALID

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "boolean"}

    def fill(self) -> str:
        return "vul true of false in"


class Custom(Type):
    """A text checked by a function that returns the value or raises ValueError(message)."""

    def __init__(self, label: str, fn: Callable[[str], Any], code: str, desc: str) -> None:
        self.label, self.fn, self.code, self.desc = label, fn, code, desc

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        text = value if isinstance(value, str) else pos.raw
        if isinstance(value, (YMap, YSeq)) or value is None:
            c.error(pos, "PA022", f"{where} moet tekst zijn, maar is {kind_of(value)}")
            return INVALID
        try:
            return self.fn(text)
        except ValueError as e:
            c.error(pos, self.code, f"{where.owner}: {e}")
            return INVALID

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "description": self.desc}


class ListOf(Type):
    def __init__(self, item: Type | Record, min_items: int = 0) -> None:
        self.item = item
        self.min_items = min_items
        self.label = "lijst"

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        if not isinstance(value, YSeq):
            c.error(pos, "PA022", f"{where} moet een lijst zijn ('- ' per element), "
                    f"maar is {kind_of(value)}")
            return INVALID
        if len(value) < self.min_items:
            c.error(pos, "PA022", f"{where} moet minstens {self.min_items} element(en) hebben")
        out = [c.value(self.item, v, p, Where(f"{where.key}[{i + 1}]", where.owner))
               for i, (v, p) in enumerate(zip(value, value.items_pos))]
        return [v for v in out if v is not INVALID]

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        s: dict[str, Any] = {"type": "array", "items": self.item.schema(defs)}
        if self.min_items:
            s["minItems"] = self.min_items
        return s

    def blank(self, pos: Pos) -> Any:
        return new_seq(pos)  # `metingen:` is `metingen: []`


class RefList(Type):
    """A list of references to parties or groups; a single text is read as a list of one."""

    label = "lijst van partijen"

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        if isinstance(value, str):
            value, positions = [value], [pos]
        elif isinstance(value, YSeq):
            positions = value.items_pos
        else:
            c.error(pos, "PA022", f"{where} moet een lijst van partijen zijn, zoals "
                    f"[Gemeente, Corporaties], maar is {kind_of(value)}")
            return INVALID
        refs = []
        for v, p in zip(value, positions):
            if not isinstance(v, str) or not v.strip():
                c.error(p, "PA022", f"{where}: '{p.raw}' is geen partijnaam")
                continue
            refs.append(Ref(v, p))
        if not refs:
            c.error(pos, "PA022", f"{where} is leeg; noem minstens één partij")
            return INVALID
        return refs

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"oneOf": [{"type": "string"},
                          {"type": "array", "items": {"type": "string"}, "minItems": 1}]}

    def fill(self) -> str:
        return "noem minstens één partij, zoals [Gemeente]"


class Ref(str):
    """A name as written in the data, remembering where (for 'unknown trekker' problems)."""

    pos: Pos

    def __new__(cls, value: str, pos: Pos) -> Ref:
        self = super().__new__(cls, value)
        self.pos = pos
        return self
