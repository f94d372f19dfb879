"""The model of indicatoren.yaml: the figures of the monitor (afspraak 5.8) and their targets.

Like model/records.py, the records below are the single description of the file: the
validator checks against them and `pa schema` writes them out as JSON Schema.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pa_cli.base.struct import LIST, _Located
from pa_cli.model import nummer as _nummer
from pa_cli.model.fieldtypes import Custom, Date, Enum, Ident, ListOf, Nr, Text
from pa_cli.model.schema import INVALID, Checker, Field, Record, Type, Where
from pa_cli.yamlio.nodes import Pos, YMap, YSeq

__all__ = ["EENHEDEN", "RICHTINGEN", "NIVEAUS", "HUURKLASSEN", "Doel", "Indicator", "Meting",
           "Indicatoren", "INDICATOREN", "parse_jaren", "MARGE_PROCENT"]

EENHEDEN = ("woningen", "procent", "projecten")
RICHTINGEN = ("minimaal", "maximaal", "precies")
NIVEAUS = ("portefeuille", "kern", "corporatie", "huurklasse")
# The huurklassen as the sector names them; the rent limits behind them change every year,
# so no amounts here.
HUURKLASSEN = ("goedkoop", "betaalbaar", "duur tot de liberalisatiegrens", "vrije sector")
MARGE_PROCENT = 5  # oranje: the target missed by at most this share of the target


class Doel(_Located):
    """A target for some years: a number, or the figure of a reference year (peil)."""

    jaren: tuple[int, int] | None = None  # first and last year; None: no year named
    waarde: float | None = None
    peil: int | None = None  # the target is the figure of this year ("op peil 2021")
    toelichting: str | None = None


class Indicator(_Located):
    id: str
    afspraak: str
    naam: str
    eenheid: str
    richting: str | None = None  # required once there are doelen
    omschrijving: str | None = None
    niveaus: list[str] = LIST
    doelen: list[Doel] = LIST


class Meting(_Located):
    """One measured figure, added by a user (pa meet)."""

    indicator: str
    waarde: float
    eenheid: str
    bron: str
    jaar: int | None = None
    peildatum: date | None = None
    corporatie: str | None = None
    kern: str | None = None
    huurklasse: str | None = None

    @property
    def year(self) -> int:
        """The year the figure belongs to: its jaar, or the year of its peildatum."""
        if self.jaar is not None:
            return self.jaar
        return self.peildatum.year if self.peildatum else 0

    @property
    def moment(self) -> date:
        """For ordering: a peildatum, or 31 December of the jaar."""
        return self.peildatum or date(self.year or 1, 12, 31)

    @property
    def reeks(self) -> tuple[str, str, str]:
        """The series the figure belongs to: corporatie, kern, huurklasse ('' for none)."""
        return (self.corporatie or "", self.kern or "", self.huurklasse or "")

    @property
    def wanneer(self) -> str:
        """The jaar ('2023') or the peildatum as pa names a date ('1 januari 2023')."""
        from pa_cli.base.fmt import datum_nl

        if self.jaar is not None:
            return str(self.jaar)
        return datum_nl(self.peildatum) if self.peildatum else "?"

    @property
    def naam(self) -> str:
        """The measurement as pa names it to people: indicator, moment and series, as in
        'voorraad-huurklasse 1 januari 2023 (Clavis, goedkoop)'."""
        series = ", ".join(p for p in (self.corporatie, self.kern, self.huurklasse) if p)
        return f"{self.indicator} {self.wanneer}" + (f" ({series})" if series else "")


class Indicatoren(_Located):
    titel: str
    indicatoren: list[Indicator]
    metingen: list[Meting] = LIST
    marge_procent: float | None = None


class Number(Type):
    """A number as YAML reads it (12, 12.5); '12,5' or 'veel' is a problem (PA062)."""

    label = "getal"

    def __init__(self, minimum: float | None = 0) -> None:
        self.minimum = minimum

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            shown = pos.raw if not isinstance(value, (YMap, YSeq)) else "geen getal"
            hint = "; schrijf alleen cijfers, zoals 812 of 7.5"
            if isinstance(value, str) and re.fullmatch(r"-?\d+,\d+", value.strip()):
                hint = ("; schrijf een punt in plaats van een komma: "
                        + value.strip().replace(",", "."))
            c.error(pos, "PA062", f"{where} moet een getal zijn, maar is '{shown}'{hint}")
            return INVALID
        if value != value or value in (float("inf"), float("-inf")):
            c.error(pos, "PA062", f"{where} moet een getal zijn, maar is '{pos.raw}'")
            return INVALID
        if self.minimum is not None and value < self.minimum:
            c.error(pos, "PA062", f"{where} is {pos.raw}; een negatief getal kan hier niet")
            return INVALID
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        s: dict[str, Any] = {"type": "number"}
        if self.minimum is not None:
            s["minimum"] = self.minimum
        return s


def parse_jaren(text: str) -> tuple[int, int]:
    """'2023' or '2022-2025' as (first, last)."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?", text)
    if m:
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if first <= last:
            return first, last
    raise ValueError(f"jaren '{text}' is geen jaar of periode; schrijf bijvoorbeeld 2023 of "
                     "\"2022-2025\"")


def _jaar(text: str) -> int:
    if re.fullmatch(r"\d{4}", text.strip()):
        return int(text)
    raise ValueError(f"'{text}' is geen jaartal; schrijf vier cijfers, zoals 2023")


class _Years(Custom):
    """A year (2023) or a period ("2022-2025"): YAML reads the first as a number."""

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": ["integer", "string"], "description": self.desc}


YEAR = _Years("jaartal", _jaar, "PA024", "Een jaartal, zoals 2023")
LINE = Text(multiline=False)

DOEL = Record("doel", Doel, [
    Field("jaren", _Years("jaren", parse_jaren, "PA024", "Jaar (2023) of periode (\"2022-2025\")"),
          False, "Het jaar of de jaren waarin het doel geldt; weglaten als het document geen jaar "
          "noemt."),
    Field("waarde", Number(), False, "Het doel als getal, zoals in de afspraak."),
    Field("peil", YEAR, False, "Het doel is het cijfer van dit jaar (\"minimaal op peil 2021\")."),
    Field("toelichting", LINE, False, "Korte uitleg bij het doel."),
], "Een doel: waarde of peil (niet allebei).")

INDICATOR = Record("indicator", Indicator, [
    Field("id", Ident(), True, "Korte vaste sleutel, zoals 'sociale-voorraad' (pa meet ID)."),
    Field("afspraak", Nr(_nummer.AFSPRAAK, "1.1.3"), True, "Nummer van de afspraak waar de "
          "indicator uit komt, zoals in afspraken.yaml: \"1.1.3\", \"A1\", \"2a\"."),
    Field("naam", LINE, True, "Wat gemeten wordt, kort."),
    Field("omschrijving", Text(), False, "Wat gemeten wordt, volledig."),
    Field("eenheid", Enum(EENHEDEN, "PA061"), True, "woningen, procent of projecten."),
    Field("richting", Enum(RICHTINGEN, "PA066"), False, "minimaal, maximaal of precies; nodig "
          "zodra er doelen zijn."),
    Field("niveaus", ListOf(Enum(NIVEAUS, "PA067")), False, "Waarvoor een meting mag gelden: "
          "portefeuille, kern, corporatie, huurklasse.", list),
    Field("doelen", ListOf(DOEL), False, "De doelen per jaar; leeg als het document er geen "
          "noemt.", list),
], "Een cijfer dat de monitor volgt.")

METING = Record("meting", Meting, [
    Field("indicator", Ident(), True, "Id van de indicator."),
    Field("jaar", YEAR, False, "Het jaar van het cijfer (of peildatum)."),
    Field("peildatum", Date(), False, "De datum van het cijfer (of jaar)."),
    Field("waarde", Number(), True, "Het cijfer."),
    Field("eenheid", Enum(EENHEDEN, "PA061"), True, "Dezelfde eenheid als de indicator."),
    Field("bron", LINE, True, "Waar het cijfer vandaan komt."),
    Field("corporatie", LINE, False, "De corporatie, zoals in de kolom Trekker (haar korte naam "
          "of een alias)."),
    Field("kern", LINE, False, "De kern."),
    Field("huurklasse", Enum(HUURKLASSEN, "PA067"), False, "goedkoop, betaalbaar, duur tot de "
          "liberalisatiegrens of vrije sector."),
], "Eén gemeten cijfer; pa meet voegt er een toe.")

INDICATOREN = Record("indicatorenbestand", Indicatoren, [
    Field("titel", LINE, True),
    Field("marge_procent", Number(), False, "Oranje als het doel met hooguit zoveel procent van "
          "het doel gemist is (standaard 5)."),
    Field("indicatoren", ListOf(INDICATOR, 1), True, "", list),
    Field("metingen", ListOf(METING), False, "De gemeten cijfers, oudste eerst.", list),
], "De cijfers van de monitor: indicatoren, doelen en metingen.", "Indicatoren")
