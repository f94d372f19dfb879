"""A plain command line, read without typer so that everyday commands start fast.

Importing typer and the click it bundles costs some 40 ms, four times a bare interpreter's
start. Most command lines are plain: a command, its options with their values, its arguments.
`read()` reads those with the command's own `Opt` and `Arg` (cli/spec.py) and gives back the
function with its arguments. For anything else it gives None, and cli.main hands the line to
typer, which answers it as it always did: help, `--version`, `--`, an unknown, clustered or
repeated-as-flag option, a value that starts with `-` or is not a number, a missing value or
argument. tests/cli/test_cli_fast.py holds both readers to the same arguments for every line this
one reads.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Union, get_args, get_origin

from pa_cli.cli import spec as _cli_spec

__all__ = ["read"]

_NOT: Any = object()  # a value typer would refuse, or a type this reader leaves to typer
_TYPES = (str, int, bool, Path)


def read(args: list[str]) -> tuple[Callable[..., Any], dict[str, Any]] | None:
    """The command function and its keyword arguments, or None: let typer answer."""
    entry = next((e for e in _cli_spec.COMMANDS if tuple(args[:len(e.words)]) == e.words), None)
    if entry is None:
        return None
    func = _cli_spec.function(entry)
    kwargs = _read(args[len(entry.words):], _cli_spec.params(func))
    return None if kwargs is None else (func, kwargs)


def _read(tokens: list[str], params: list[_cli_spec.Param]) -> dict[str, Any] | None:
    kinds = {p.name: _kind(p.annotation) for p in params}
    if any(kind is _NOT for kind in kinds.values()):
        return None
    options = {decl: p for p in params if isinstance(p.spec, _cli_spec.Opt)
               for decl in p.spec.decls}
    given: dict[str, Any] = {}
    positional: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if not token.startswith("-"):
            positional.append(token)
            continue
        name, eq, inline = token.partition("=") if token.startswith("--") else (token, "", "")
        p = options.get(name)
        if p is None:
            return None
        base, multiple = kinds[p.name]
        if base is bool:
            if eq:
                return None
            given[p.name] = True
            continue
        if not eq:
            if i == len(tokens) or tokens[i].startswith("-"):
                return None
            inline = tokens[i]
            i += 1
        value = _convert(base, inline)
        if value is _NOT:
            return None
        if multiple:
            given.setdefault(p.name, []).append(value)
        else:
            given[p.name] = value
    for p in params:
        if isinstance(p.spec, _cli_spec.Arg) and positional:
            base, multiple = kinds[p.name]
            taken, positional = (positional, []) if multiple else (positional[:1], positional[1:])
            values = [_convert(base, text) for text in taken]
            if any(v is _NOT for v in values):
                return None
            given[p.name] = values if multiple else values[0]
    if positional or any(p.default is _cli_spec.REQUIRED and p.name not in given
                         for p in params):
        return None
    return {p.name: given.get(p.name, p.default) for p in params}


def _kind(annotation: Any) -> Any:
    """(type, may it repeat) of `str`, `Optional[int]`, `Optional[list[Path]]`, ..."""
    if get_origin(annotation) is Union:
        inner = [a for a in get_args(annotation) if a is not type(None)]
        if len(inner) != 1:
            return _NOT
        annotation = inner[0]
    multiple = get_origin(annotation) is list
    if multiple:
        (annotation,) = get_args(annotation)
    return (annotation, multiple) if annotation in _TYPES else _NOT


def _convert(base: type, text: str) -> Any:
    """The value as typer's types give it, or _NOT where they would refuse it."""
    if base is str:
        return text
    if base is int:
        try:
            return int(text)
        except ValueError:
            return _NOT
    if "\0" in text:  # typer's Path type would fail on it in its own way
        return _NOT
    try:
        os.stat(text)
    except OSError:
        return Path(text)  # need not exist yet
    return Path(text) if os.access(text, os.R_OK) else _NOT
