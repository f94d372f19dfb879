"""A small declarative schema: one description serves the validator and the JSON Schema.

Each `Record` names the class it builds and its `Field`s; `Checker.record()` walks a
YMap against it, collecting problems and building that class, and
`json_schema()` turns the same description into a JSON Schema for editors.
A `Type` checks one value; the types themselves (text, nummer, datum, ...) are in
`fieldtypes.py`.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from pa_cli.base.problems import FOUT, Problem, suggest
from pa_cli.base.struct import Struct
from pa_cli.yamlio.nodes import Pos, YMap, YSeq

__all__ = ["Type", "Where", "Field", "Record", "Checker", "json_schema", "INVALID", "kind_of"]

INVALID: Any = object()  # a value that failed its check (already reported)


def kind_of(value: Any) -> str:
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

    def fill(self) -> str:
        """How to fill in an empty value of this type, for the message."""
        return f"vul een {self.label} in"

    def blank(self, pos: Pos) -> Any:
        """What the key written without a value stands for; None: it must be filled in."""
        return None


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

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """A reference to this record's JSON Schema, put in `defs` once (as a Type's schema)."""
        if self.name not in defs:
            defs[self.name] = {}  # reserve: records may nest themselves
            defs[self.name] = _record_schema(self, defs)
        return {"$ref": f"#/$defs/{self.name}"}


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
                       f"maar is {kind_of(data)}")
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
            if value is None and isinstance(f.type, Type):
                value = f.type.blank(data.values_pos[f.key])
            if value is None:  # the key written without a value is not the key left out
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
    if isinstance(t, Record):
        return f"vul de sleutels van de {t.what} in"
    return t.fill()


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


def _record_schema(rec: Record, defs: dict[str, Any]) -> dict[str, Any]:
    props = {}
    for f in rec.fields:
        s = dict(f.type.schema(defs))
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
