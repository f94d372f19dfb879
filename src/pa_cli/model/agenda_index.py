"""The agendas by their years, and an agenda's rows by nr and by herkomst.

A carried action is followed from agenda to agenda (`herkomst` back, `doorgeschoven` on).
Searching the list of agendas and then an agenda's rows for every step made the rules and
commands grow with the square of the number of agendas (issue 16); with this index each step
is a look-up. It is built once per dataset (`Dataset.index()`): the agendas by years at once,
an agenda's rows on the first question about that agenda.

Where two agendas have the same years, the last one counts (as a dict built in file order);
where two rows of an agenda have the same nr or herkomst, the first one does (as a search from
the top would find it). Both are problems of their own (PA030).
"""

from __future__ import annotations

from pa_cli.model.records import Agenda, Rij

__all__ = ["AgendaIndex"]


class AgendaIndex:
    def __init__(self, agendas: list[Agenda]) -> None:
        self.agendas = agendas  # the list indexed, so that a changed list is noticed
        self.count = len(agendas)
        self.by_jaren: dict[str, Agenda] = {a.jaren: a for a in agendas if a.jaren}
        # id(agenda) -> (agenda, its rows by nr, by herkomst); the agenda is kept, so its id
        # stays its own
        self._rows: dict[int, tuple[Agenda, dict[str, Rij], dict[str, Rij]]] = {}

    def fits(self, agendas: list[Agenda]) -> bool:
        """Whether this index was built from this list as it is now."""
        return agendas is self.agendas and len(agendas) == self.count

    def _of(self, agenda: Agenda) -> tuple[Agenda, dict[str, Rij], dict[str, Rij]]:
        found = self._rows.get(id(agenda))
        if found is None:
            by_nr: dict[str, Rij] = {}
            by_herkomst: dict[str, Rij] = {}
            for rij in agenda.rijen:
                if rij.nr is not None:
                    by_nr.setdefault(rij.nr, rij)
                if rij.herkomst:
                    by_herkomst.setdefault(rij.herkomst, rij)
            found = self._rows[id(agenda)] = (agenda, by_nr, by_herkomst)
        return found

    def rij(self, agenda: Agenda, nr: str) -> Rij | None:
        """The (first) row of this agenda with this nr."""
        return self._of(agenda)[1].get(nr)

    def met_herkomst(self, agenda: Agenda, herkomst: str) -> Rij | None:
        """The (first) row of this agenda carried over from `herkomst` ("2022-2023/1.1.2")."""
        return self._of(agenda)[2].get(herkomst)
