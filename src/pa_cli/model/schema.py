"""A small declarative schema: one description serves the validator and the JSON Schema.

Each `Record` names the class it builds and its `Field`s; `convert()` walks a
YMap against it, collecting problems and building that class, and
`json_schema()` turns the same description into a JSON Schema for editors.
"""

from __future__ import annotations

import re
from typing import Any, Callable, NamedTuple

from pa_cli.base import termijn
from pa_cli.base.problems import FOUT, Problem, choice, suggest, unknown
from pa_cli.base.struct import Struct
from pa_cli.yamlio.nodes import UNSTORABLE, Pos, YMap, YSeq, new_seq

__all__ = ["Type", "Text", "Nr", "Ident", "Date", "Enum", "ListOf", "RefList", "Custom",
           "Field", "Record", "Checker", "json_schema", "INVALID", "UNSTORABLE"]

INVALID: Any = object()  # a value that failed its check (already reported)


def _kind(value: Any) -> str:
    if isinstance(value, YMap):
        return "een mapping (sleutel: waarde)"
    if isinstance(value, YSeq):
        return "een lijst"
    if value is None:
        return "leeg"
    if isinstance(value, bool):
        return f"ja/nee-waarde '{str(value).lower()}'"
    if isinstance(value, (int, float)):
        return f"getal {value!r}"
    return f"tekst '{value}'"


class Where(NamedTuple):
    """Which value a message is about: key 'status' of owner 'agendarij 1.1.3'."""

    key: str
    owner: str

    def __str__(self) -> str:
        return f"'{self.key}' van {self.owner}"


class Type:
    """How one value is checked, converted and described in JSON Schema."""

    label = "waarde"

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        raise NotImplementedError

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError


class Text(Type):
    label = "tekst"

    def __init__(self, multiline: bool = True) -> None:
        self.multiline = multiline

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            c.error(pos, "PA022", f"{where} moet tekst zijn, maar is {_kind(value)}")
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
                    f"\"{self.example}\"), maar is {_kind(value)}")
            return INVALID
        if not self.regex.fullmatch(value):
            c.error(pos, "PA024", f"{where.key} '{value}' van {where.owner} is geen geldig "
                    f"{self.noun}; schrijf het zoals \"{self.example}\"")
            return INVALID
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{self.pattern}$"}


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


class Custom(Type):
    """A text checked by a function that returns the value or raises ValueError(message)."""

    def __init__(self, label: str, fn: Callable[[str], Any], code: str, desc: str) -> None:
        self.label, self.fn, self.code, self.desc = label, fn, code, desc

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        text = value if isinstance(value, str) else pos.raw
        if isinstance(value, (YMap, YSeq)) or value is None:
            c.error(pos, "PA022", f"{where} moet tekst zijn, maar is {_kind(value)}")
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
                    f"maar is {_kind(value)}")
            return INVALID
        if len(value) < self.min_items:
            c.error(pos, "PA022", f"{where} moet minstens {self.min_items} element(en) hebben")
        out = [c.value(self.item, v, p, Where(f"{where.key}[{i + 1}]", where.owner))
               for i, (v, p) in enumerate(zip(value, value.items_pos))]
        return [v for v in out if v is not INVALID]

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        s: dict[str, Any] = {"type": "array", "items": _schema_of(self.item, defs)}
        if self.min_items:
            s["minItems"] = self.min_items
        return s


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
                    f"[Gemeente, Corporaties], maar is {_kind(value)}")
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


class Ref(str):
    """A name as written in the data, remembering where (for 'unknown trekker' problems)."""

    pos: Pos

    def __new__(cls, value: str, pos: Pos) -> Ref:
        self = super().__new__(cls, value)
        self.pos = pos
        return self


class Field(Struct):
    key: str
    type: Type | Record
    required: bool = False
    doc: str = ""
    default: Any = None


class Record(Struct):
    """A mapping in the data, built into `cls`; `what` names it in messages ("afspraak")."""

    what: str
    cls: type
    fields: list[Field]
    doc: str = ""
    name: str = ""
    needed: tuple[str, ...] = ()  # optional keys that, once written, must be filled in

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.name = self.name or self.cls.__name__

    @property
    def by_key(self) -> dict[str, Field]:
        return {f.key: f for f in self.fields}


class Checker:
    """Walks data against records; `problems` collects everything found."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def error(self, pos: Pos, code: str, message: str) -> None:
        self.problems.append(Problem(self.path, pos.line, pos.col, FOUT, code, message))

    def value(self, t: Type | Record, value: Any, pos: Pos, where: Where) -> Any:
        if isinstance(t, Record):
            return self.record(t, value, pos, where)
        return t.check(self, value, pos, where)

    def record(self, rec: Record, data: Any, pos: Pos, where: Where | str) -> Any:
        if not isinstance(data, YMap):
            self.error(pos, "PA022", f"{where} moet een mapping zijn (regels 'sleutel: waarde'), "
                       f"maar is {_kind(data)}")
            return INVALID
        label = _label(rec, data, where)
        for key, kpos in data.keys_pos.items():
            if key not in rec.by_key:
                hint = suggest(key, rec.by_key) or (
                    "; toegestaan zijn: " + ", ".join(rec.by_key))
                self.error(kpos, "PA021", f"onbekende sleutel '{key}' in {label}{hint}")
        kwargs: dict[str, Any] = {}
        for f in rec.fields:
            attr = f.key.replace("-", "_")
            default = f.default() if callable(f.default) else f.default
            if f.key not in data:
                if f.required:
                    self.error(data.pos, "PA020", f"{label} mist de verplichte sleutel "
                               f"'{f.key}' ({_type_label(f.type)})")
                kwargs[attr] = default
                continue
            value = data[f.key]
            if value is None and isinstance(f.type, ListOf):
                value = new_seq(data.values_pos[f.key])  # `metingen:` is `metingen: []`
            elif value is None:  # the key written without a value is not the key left out
                leave_out = "" if f.required or f.key in rec.needed else (
                    " of laat de sleutel weg")
                self.error(data.values_pos[f.key], "PA026", f"{Where(f.key, label)} is leeg; "
                           f"{_fill(f.type)}{leave_out}")
                kwargs[attr] = default
                continue
            v = self.value(f.type, value, data.values_pos[f.key], Where(f.key, label))
            kwargs[attr] = default if v is INVALID else v
        obj = rec.cls(**kwargs)
        obj.src = (self.path, data.pos.line, data.pos.col)
        obj.at = {k: (p.line, p.col) for k, p in data.values_pos.items()}
        return obj


def _fill(t: Type | Record) -> str:
    """How to fill in an empty value of type `t`, for the message."""
    if isinstance(t, Enum):
        return "vul " + ", ".join(t.values[:-1]) + f" of {t.values[-1]} in"
    if isinstance(t, RefList):
        return "noem minstens één partij, zoals [Gemeente]"
    if isinstance(t, Nr):
        return f"vul een {t.noun} in, zoals \"{t.example}\""
    if isinstance(t, Record):
        return f"vul de sleutels van de {t.what} in"
    return f"vul een {t.label} in"


def _type_label(t: Type | Record) -> str:
    return t.label if isinstance(t, Type) else t.what


def _label(rec: Record, data: YMap, where: Where | str) -> str:
    """How messages name a record: 'afspraak 1.1.3', or where it stands."""
    for key, fmt in (("nr", "{} {}"), ("id", "{} '{}'")):
        value = data.get(key) if key in rec.by_key else None
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return fmt.format(rec.what, data.values_pos[key].raw or value)
    if isinstance(where, str):
        return where
    if where.key == rec.what or where.key.rstrip("s") == rec.what:
        return rec.what
    return f"{rec.what} ({where.key} van {where.owner})"


def _schema_of(t: Type | Record, defs: dict[str, Any]) -> dict[str, Any]:
    if isinstance(t, Record):
        if t.name not in defs:
            defs[t.name] = {}  # reserve: records may nest themselves
            defs[t.name] = _record_schema(t, defs)
        return {"$ref": f"#/$defs/{t.name}"}
    return t.schema(defs)


def _record_schema(rec: Record, defs: dict[str, Any]) -> dict[str, Any]:
    props = {}
    for f in rec.fields:
        s = dict(_schema_of(f.type, defs))
        if f.doc:
            s = {"description": f.doc, **s} if "$ref" not in s else {"description": f.doc,
                                                                       "allOf": [s]}
        props[f.key] = s
    out: dict[str, Any] = {"type": "object", "additionalProperties": False,
                           "properties": props}
    if rec.doc:
        out = {"description": rec.doc, **out}
    required = [f.key for f in rec.fields if f.required]
    if required:
        out["required"] = required
    return out


def json_schema(rec: Record, title: str, schema_id: str) -> dict[str, Any]:
    defs: dict[str, Any] = {}
    top = _record_schema(rec, defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": schema_id,
            "title": title, **top, "$defs": defs}
