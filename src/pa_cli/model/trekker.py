"""Who is meant by a trekker name: parties, groups, aliases; case-insensitive, group-aware."""

from __future__ import annotations

import re

from pa_cli.model.records import Afspraken, Groep, Partij

__all__ = ["Trekkers", "name_key", "split_names"]

_JOINS = re.compile(r"\s*(?:,|&|/|\ben\b)\s*", re.IGNORECASE)


def split_names(text: str) -> list[str]:
    """The names in a text that lists several: joined by ',', '&', '/' or 'en', or each on its
    own line; each with its spaces tidied."""
    parts = (" ".join(p.split()) for p in _JOINS.split(text.replace("\n", ", ")))
    return [p for p in parts if p]


def name_key(name: str) -> str:
    """How names are compared: case and extra spaces do not matter."""
    return " ".join(name.casefold().split())


class Trekkers:
    """Resolves the names used in the data and on the command line."""

    def __init__(self, afspraken: Afspraken) -> None:
        self.partijen = {p.id: p for p in afspraken.partijen}
        self.groepen = {g.id: g for g in afspraken.groepen}
        self._by_name: dict[str, Partij | Groep] = {}
        for entity in afspraken.trekkers():
            for name in entity.names():
                self._by_name.setdefault(name_key(name), entity)

    def resolve(self, name: str) -> Partij | Groep | None:
        return self._by_name.get(name_key(name))

    def known_names(self) -> list[str]:
        """The names to offer a user: short names of parties, then groups."""
        names = [p.kort for p in self.partijen.values()] + [g.naam for g in self.groepen.values()]
        return [n for n in names if n]  # a name left out is reported where it is missing

    def all_names(self) -> dict[str, str]:
        """Every name that resolves (ids and aliases too), with the name to offer for it: a
        suggestion names only what a user can type and the list of known names shows."""
        return {n: self.display(n) for n in sorted({n for e in self._by_name.values()
                                                    for n in e.names()})}

    def split_joined(self, name: str) -> list[str] | None:
        """The names in 'Gemeente en corporaties' (also joined by '&', '/' or ','), each
        known, as the list shows them; None when `name` is not such a joining."""
        parts = [p for p in _JOINS.split(name) if p.strip()]
        if len(parts) < 2 or any(self.resolve(p) is None for p in parts):
            return None
        return [self.display(p) for p in parts]

    def members(self, entity: Partij | Groep) -> set[str]:
        """The party ids an entity stands for."""
        if isinstance(entity, Groep):
            return set(entity.leden)
        return {entity.id}

    def parties_of(self, names: list[str]) -> list[Partij]:
        """The parties behind a trekker list, in the order named (groups expanded)."""
        out: list[Partij] = []
        for name in names:
            entity = self.resolve(name)
            if entity is None:
                continue
            for pid in (entity.leden if isinstance(entity, Groep) else [entity.id]):
                party = self.partijen.get(pid)
                if party and party not in out:
                    out.append(party)
        return out

    def display(self, name: str) -> str:
        """The canonical short name for a name as written."""
        entity = self.resolve(name)
        if isinstance(entity, Partij):
            return entity.kort or name  # a name left out is reported where it is missing
        if isinstance(entity, Groep):
            return entity.naam or name
        return name

    def matches(self, trekker: list[str], wanted: list[Partij | Groep]) -> bool:
        """Whether an action led by `trekker` concerns any of `wanted`.

        Group-aware both ways: Clavis matches an action of 'Corporaties', and
        'Corporaties' matches an action of Clavis alone.
        """
        led = {p.id for p in self.parties_of(trekker)}
        return any(led & self.members(w) for w in wanted)
