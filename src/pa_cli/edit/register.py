"""`pa init` inside a portfolio: register the new set's parties in portefeuille.yaml.

A party the registry already knows (by its naam or an alias, as `pa validate` matches them)
gets the new set under its `sets:`; any other party gets a new entry at the end of
`partijen:`. Lines are inserted into the text, so every comment and layout stays. The new text
is read back before it is written (each party of the set must be linked), then written under
the writer lock, only if the file did not change meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from pa_cli.base.exits import Refused
from pa_cli.edit.yamltext import scalar

__all__ = ["register_set"]


def _last_line(node: Any, line: int) -> int:
    """The last line (1-based) a YAML node's content reaches (nested maps and lists)."""
    from pa_cli.yamlio.nodes import YMap, YSeq

    if isinstance(node, YMap):
        for key, value in node.items():
            line = max(line, node.values_pos[key].line, _last_line(value, 0))
    elif isinstance(node, YSeq):
        for pos, value in zip(node.items_pos, node):
            line = max(line, pos.line, _last_line(value, 0))
    return line


def _names(entry: Any) -> set[str]:
    from pa_cli.model.trekker import name_key

    names = [entry.get("naam"), *(entry.get("aliassen") or [])]
    return {name_key(str(n)) for n in names if n}


def new_text(text: str, shown: str, set_name: str, partijen: Sequence[Any]) -> str:
    """portefeuille.yaml's text with the set's parties (id, naam, kort) registered."""
    from pa_cli.model.trekker import name_key
    from pa_cli.yamlio.nodes import YMap, YSeq
    from pa_cli.yamlio.read import read_text

    tree, problems = read_text(shown, text)
    entries = tree.get("partijen") if tree is not None else None
    if problems or not isinstance(entries, YSeq) or not entries:
        raise Refused(f"{shown} is niet te lezen of heeft geen partijen; de set is gemaakt, maar "
                      "niet geregistreerd. pa validate zegt welke regels erbij moeten")
    lines = text.split("\n")
    after: dict[int, list[str]] = {}  # 1-based line -> the lines to insert after it
    appended: list[str] = []
    ids = {str(e.get("id")) for e in entries if isinstance(e, YMap)}
    item = entries.items_pos[0].col - 1  # the column of an entry's keys
    for p in partijen:
        entry = next((e for e in entries if isinstance(e, YMap)
                      and {name_key(p.naam), name_key(p.kort)} & _names(e)), None)
        sets = entry.get("sets") if entry is not None else None
        if isinstance(sets, YMap) and sets:
            last = list(sets)[-1]
            indent = " " * (sets.keys_pos[last].col - 1)
            after.setdefault(_last_line(sets, 0), []).append(f"{indent}{set_name}: {p.id}")
            continue
        rid = p.id if p.id not in ids and p.id != "gemeente" else f"{p.id}-{set_name}"
        ids.add(rid)
        pad = " " * item
        appended += [f"{pad[:-2]}- id: {rid}", f"{pad}naam: {scalar(p.naam, item + 2)}",
                     f"{pad}sets:", f"{pad}  {set_name}: {p.id}"]
    if appended:
        after.setdefault(_last_line(entries, 0), []).extend(appended)
    out: list[str] = []
    for number, line in enumerate(lines, 1):
        out.append(line)
        out.extend(after.get(number, []))
    return "\n".join(out)


def register_set(root: Path, set_name: str, partijen: Sequence[Any]) -> str:
    """Register the set's parties; the registry's path as shown."""
    from pa_cli.edit.writer import locked
    from pa_cli.load.dataset import display_path, read_data
    from pa_cli.load.portfolio import PORTFOLIO_FILE
    from pa_cli.yamlio.atomic import write_atomic

    path = root / PORTFOLIO_FILE
    shown = display_path(path)
    with locked(path):
        raw = read_data(path, shown)
        if not isinstance(raw, bytes):
            raise Refused(f"{shown}: {raw.message}")
        text = raw.decode("utf-8")
        updated = new_text(text, shown, set_name, partijen)
        _verify(updated, shown, set_name, partijen)
        write_atomic(path, updated.encode("utf-8"), shown)
    return shown


def _verify(text: str, shown: str, set_name: str, partijen: Sequence[Any]) -> None:
    """The registry read back links every party of the set, once."""
    from pa_cli.yamlio.read import read_text

    tree, problems = read_text(shown, text)
    entries: list[Any] = list(tree.get("partijen") or []) if tree is not None else []
    sets = [e.get("sets") for e in entries if isinstance(e, dict)]
    linked = [str(s[set_name]) for s in sets if isinstance(s, dict) and s.get(set_name)]
    if problems or sorted(linked) != sorted(p.id for p in partijen):
        raise Refused(f"{shown} kan niet getrouw bijgewerkt worden; de set is gemaakt, maar niet "
                      "geregistreerd. pa validate zegt welke regels erbij moeten")
