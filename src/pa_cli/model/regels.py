"""The rules of one agreement set that pa applies (`regels:` in afspraken.yaml), each with the
afspraak it comes from, so that pa cites that set's article and not another gemeente's.

    regels:
      agenda: {afspraak: "5.3", jaren: 2, vaststellen: uiterlijk 1 juli}
      verlenging: {afspraak: "5.6"}
      monitor: {afspraak: "5.8"}

Where a set says nothing, pa uses neutral defaults that cite no article: an agenda covers the
years its file name gives (agenda-2027.yaml one year, agenda-2026-2027.yaml two), has no
deadline for vaststelling, and texts say "de agenda" without an afspraak.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pa_cli.base.struct import _Located
from pa_cli.model import nummer as _nummer
from pa_cli.model.cyclus import _parse_wanneer, yearly
from pa_cli.model.fieldtypes import Custom, Nr
from pa_cli.model.schema import Field, Record

__all__ = ["Regels", "AgendaRegel", "Bron", "REGELS", "bron", "bij"]


class Bron(_Located):
    """A rule that only names its afspraak (verlenging, monitor)."""

    afspraak: str | None = None


class AgendaRegel(_Located):
    """How the uitvoeringsagenda works: its afspraak, its span, its deadline for vaststelling."""

    afspraak: str | None = None
    jaren: int | None = None  # how many years one agenda covers; None: as its file name says
    vaststellen: str | None = None  # a yearly termijn: 'uiterlijk 1 juli' of its first year

    def deadline(self, year: int) -> date | None:
        """The day by which the agenda starting in `year` is vastgesteld; None: no deadline."""
        return yearly(self.vaststellen, year)[1] if self.vaststellen else None


class Regels(_Located):
    agenda: AgendaRegel | None = None
    verlenging: Bron | None = None
    monitor: Bron | None = None


def bron(rule: Bron | AgendaRegel | None, prefix: str = "afspraak ") -> str:
    """'afspraak 5.3' for a rule with its afspraak, '' without."""
    return f"{prefix}{rule.afspraak}" if rule is not None and rule.afspraak else ""


def bij(rule: Bron | AgendaRegel | None, prefix: str = "afspraak ") -> str:
    """' (afspraak 5.3)' for a rule with its afspraak, '' without: after a sentence's noun."""
    text = bron(rule, prefix)
    return f" ({text})" if text else ""


def _jaren(text: str) -> int:
    if text.isdigit() and 1 <= int(text) <= 5:
        return int(text)
    raise ValueError(f"jaren '{text}' is geen aantal jaren; schrijf 1, 2 (of tot 5)")


class _Jaren(Custom):
    """A number of years, written as a YAML number (jaren: 2)."""

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "integer", "minimum": 1, "maximum": 5, "description": self.desc}


AFSPRAAK = Field("afspraak", Nr(_nummer.AFSPRAAK), False,
                 "De afspraak waar deze regel uit komt; pa noemt haar in zijn teksten.")

BRON = Record("regel", Bron, [AFSPRAAK], "Een regel met de afspraak waar hij uit komt.")

AGENDAREGEL = Record("agendaregel", AgendaRegel, [
    AFSPRAAK,
    Field("jaren", _Jaren("aantal jaren", _jaren, "PA087", "Aantal jaren, 1 tot 5"), False,
          "Voor hoeveel jaren één agenda geldt (1 voor een jaarschijf). Zonder: "
          "zoals de bestandsnaam zegt (agenda-2027.yaml, agenda-2026-2027.yaml)."),
    Field("vaststellen", Custom("wanneer", _parse_wanneer, "PA087",
                                "Termijn zonder jaar: 'uiterlijk 1 juli'"), False,
          "Wanneer in het eerste jaar de agenda uiterlijk is vastgesteld; zonder: geen "
          "termijn (en geen waarschuwing PA043)."),
], "De uitvoeringsagenda: haar afspraak, voor hoeveel jaren, wanneer vastgesteld.")

REGELS = Record("regels", Regels, [
    Field("agenda", AGENDAREGEL, False, "De uitvoeringsagenda."),
    Field("verlenging", BRON, False, "De afspraak van de verlenging (looptijd.verlenging)."),
    Field("monitor", BRON, False, "De afspraak van de monitor (indicatoren.yaml, stoplicht)."),
], "De regels van deze afspraken die pa toepast, elk met de afspraak waar hij uit komt. "
   "Zonder: neutrale standaarden die geen afspraak noemen.")
