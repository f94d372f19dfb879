"""A lighter @dataclass: plain classes with an __init__ from their annotations.

`dataclasses` generates code with exec() for every class, about half a
millisecond each at import; with twenty record classes that is a tenth of the
start-up budget. Struct reads the annotations once per class instead.
Defaults are class attributes; a default of `list` or `dict` (the type) means
a new empty one per instance.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["Struct", "LIST", "DICT", "_Located"]

_REQUIRED = object()
# Defaults meaning "a new empty list/dict per instance" (typed Any for the type checker).
LIST: Any = list
DICT: Any = dict


class Struct:
    """Keyword or positional fields in annotation order; repr and equality by fields."""

    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: list[str] = []
        defaults: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            for name, kind in klass.__dict__.get("__annotations__", {}).items():
                if name.startswith("_") or "ClassVar" in str(kind) or name in fields:
                    continue
                fields.append(name)
                defaults[name] = klass.__dict__.get(name, _REQUIRED)
        cls._fields, cls._defaults = tuple(fields), defaults

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} arguments")
        values = dict(zip(self._fields, args))
        for name in kwargs:
            if name not in self._defaults or name in values:
                raise TypeError(f"{type(self).__name__}: unexpected or repeated '{name}'")
        values.update(kwargs)
        for name in self._fields:
            if name in values:
                value = values[name]
            else:
                value = self._defaults[name]
                if value is _REQUIRED:
                    raise TypeError(f"{type(self).__name__} needs '{name}'")
                if value is list or value is dict:
                    value = value()
            setattr(self, name, value)

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)

    __hash__ = None  # type: ignore[assignment]


class _Located(Struct):
    """Where a record stands: set by the checker."""

    src: ClassVar[tuple[str, int, int]] = ("", 0, 0)  # file, line, column
    at: ClassVar[dict[str, tuple[int, int]]] = {}  # field -> (line, column) of its value
