"""The cache's payload as JSON-able plain values, and back; nothing in it can run code.

A pickle names any callable to call while loading; this format names only the
classes below, and rebuilding one sets attributes on a bare instance (or calls
a NamedTuple's own constructor) without running code that comes from the file.
Every container is a list whose first item says what it is:

    ["l", item, ...]  list             ["t", item, ...]  tuple
    ["p", plain, ...] tuple of strings, numbers, booleans and None only
    ["d", k, v, ...]  dict             ["D", ordinal]    datetime.date
    ["P", "path"]     pathlib.Path     ["r", text, pos]  schema.Ref
    ["o", "Name", k, v, ...]  a record (Struct) with its attributes
    ["n", "Name", field, ...] a NamedTuple

Strings, numbers, booleans and None are themselves. Anything else cannot be
encoded (TypeError), and a payload that does not decode raises ValueError:
either way the caller does without the cache.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pa_cli.base.problems import Problem
from pa_cli.base.struct import Struct, _Located
from pa_cli.base.termijn import Termijn
from pa_cli.load.dataset import Dataset
from pa_cli.load.kern import Kern
from pa_cli.model.fieldtypes import Ref
from pa_cli.yamlio.nodes import Pos

__all__ = ["encode", "decode"]

_TUPLES: dict[str, type] = {c.__name__: c for c in (Problem, Pos, Termijn)}
_PLAIN = (str, int, float, bool, type(None))


def _records() -> dict[str, type]:
    """Every record class of the model (found, so that new ones need no entry here)."""
    found: dict[str, type] = {"Dataset": Dataset, "Kern": Kern}
    todo: list[type] = [_Located]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


def encode(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is list:
        return ["l", *map(encode, value)]
    if kind is dict:
        out: list[Any] = ["d"]
        for k, v in value.items():
            out += (encode(k), encode(v))
        return out
    if kind is tuple:
        if all(type(x) in _PLAIN for x in value):  # (line, column) and the like: most tuples
            return ["p", *value]
        return ["t", *map(encode, value)]
    if kind is Ref:
        return ["r", str(value), encode(value.pos)]
    if kind is date:
        return ["D", value.toordinal()]
    if isinstance(value, Path):
        return ["P", str(value)]
    if kind.__name__ in _TUPLES and _TUPLES[kind.__name__] is kind:
        return ["n", kind.__name__, *map(encode, value)]
    if isinstance(value, Struct):
        out = ["o", kind.__name__]
        for k, v in vars(value).items():
            if not k.startswith("_"):  # what a record works out for itself (Dataset.index)
                out += (k, encode(v))
        return out
    raise TypeError(f"cannot cache a {kind.__name__}")


def decode(value: Any) -> Any:
    """Rebuild what `encode` made; JSON objects (dicts) never occur in an encoded value."""
    records = _records()

    def dec(v: list[Any]) -> Any:
        tag = v[0]
        if tag == "o":
            cls = records[v[1]]
            obj: Any = object.__new__(cls)
            attrs = obj.__dict__
            for i in range(2, len(v), 2):
                name, x = v[i], v[i + 1]
                if type(name) is not str or name.startswith("_"):  # never written by encode
                    raise ValueError("attribute name")
                attrs[name] = dec(x) if type(x) is list else x
            return obj
        if tag == "p":
            return tuple(v[1:])
        items = [dec(x) if type(x) is list else x for x in v[1:]]
        if tag == "l":
            return items
        if tag == "t":
            return tuple(items)
        if tag == "d":
            return dict(zip(items[::2], items[1::2]))
        if tag == "n":
            return _TUPLES[items[0]](*items[1:])
        if tag == "r" and type(items[0]) is str:
            return Ref(items[0], items[1])
        if tag == "D":
            return date.fromordinal(items[0])
        if tag == "P" and type(items[0]) is str:
            return Path(items[0])
        raise ValueError(f"unknown tag {tag!r}")

    if type(value) is not list:
        raise ValueError("not an encoded value")
    return dec(value)
