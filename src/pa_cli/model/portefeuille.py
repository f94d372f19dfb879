"""The registry of a portfolio: portefeuille.yaml at the root of a folder of agreement sets.

A portfolio is a folder whose subfolders are agreement sets (each a data folder as `data/` is:
afspraken.yaml, agenda-*.yaml, optional indicatoren.yaml). A party that signs in several sets
is one party of the portfolio, with one stable id; portefeuille.yaml says under which id each
set knows it (`sets: {havenstad: kustwonen, polderdam: kwd}`), since names and ids may differ
per set. Targets above the gemeente (issue 18, part 3) get their own key beside `partijen`.
"""

from __future__ import annotations

from typing import Any

from pa_cli.base.struct import DICT, LIST, _Located
from pa_cli.model.fieldtypes import Enum, Ident, ListOf, Text
from pa_cli.model.monitor import RICHTINGEN, Number, _Years, parse_jaren
from pa_cli.model.schema import INVALID, Checker, Field, Record, Type, Where, kind_of
from pa_cli.yamlio.nodes import Pos, YMap

__all__ = ["RegPartij", "PortDoel", "Portefeuille", "PORTEFEUILLE", "MapOf", "schema",
           "TELLINGEN"]


class RegPartij(_Located):
    """A party of the portfolio: its stable id and name, and its id in each set it signs."""

    id: str
    naam: str
    aliassen: list[str] = LIST
    sets: dict[str, str] = DICT  # set folder -> the set's own partij id (or a name of it)

    def names(self) -> list[str]:
        return [n for n in (self.id, self.naam, *self.aliassen) if n]


class PortDoel(_Located):
    """A target above the gemeente (issue 18, part 3): a whole and each set's share of it, with
    the source that states them (a provincial woondeal, a national agreement). The figures are
    those of an indicator every set measures in its own indicatoren.yaml."""

    id: str
    naam: str
    bron: str  # where the numbers stand: document, page or table
    indicator: str  # the id of the indicator in each set's indicatoren.yaml
    jaren: tuple[int, int]
    richting: str  # minimaal or maximaal
    totaal: float
    aandelen: dict[str, float] = DICT  # set folder -> its share
    telling: str = "som"  # som: the years' figures added up; laatste: the latest figure
    toelichting: str | None = None


class Portefeuille(_Located):
    titel: str | None = None
    partijen: list[RegPartij] = LIST
    doelen: list[PortDoel] = LIST


class MapOf(Type):
    """A mapping of names (keys as written) to values of one type; key positions kept in `at`."""

    label = "mapping"

    def __init__(self, value: Type, example: str) -> None:
        self.item, self.example = value, example

    def check(self, c: Checker, value: Any, pos: Pos, where: Where) -> Any:
        if not isinstance(value, YMap):
            c.error(pos, "PA022", f"{where} moet een mapping zijn ({self.example}), maar is "
                    f"{kind_of(value)}")
            return INVALID
        out: dict[str, Any] = {}
        for key in value.keys_pos:
            v = c.value(self.item, value[key], value.values_pos[key],
                        Where(f"{where.key}.{key}", where.owner))
            if v is not INVALID:
                out[str(key)] = v
        return out

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": self.item.schema(defs)}


LINE = Text(multiline=False)

REG_PARTIJ = Record("partij van de portefeuille", RegPartij, [
    Field("id", Ident(), True, "Vaste sleutel van de partij in de hele portefeuille."),
    Field("naam", LINE, True, "Naam van de partij, zoals de portefeuille haar noemt."),
    Field("aliassen", ListOf(LINE), False, "Andere namen waaronder u haar zoekt (--trekker).",
          list),
    Field("sets", MapOf(Ident(), "zoals 'havenstad: kustwonen'"), False,
          "Per set (de map) het id van deze partij in die set's afspraken.yaml.", dict),
], "Eén partij, met haar id in elke set waar zij tekent.")

TELLINGEN = ("som", "laatste")

PORT_DOEL = Record("doel van de portefeuille", PortDoel, [
    Field("id", Ident(), True, "Korte vaste sleutel van het doel."),
    Field("naam", LINE, True, "Wat het doel is, kort."),
    Field("bron", LINE, True, "Waar de getallen staan (document, pagina of tabel): pa toont "
          "geen doel zonder bron."),
    Field("indicator", Ident(), True, "Id van de indicator in de indicatoren.yaml van elke set "
          "die het cijfer levert."),
    Field("jaren", _Years("jaren", parse_jaren, "PA024", "Jaar (2030) of periode "
                          "(\"2026-2029\")"), True, "Het jaar of de jaren van het doel."),
    Field("richting", Enum(RICHTINGEN[:2], "PA066"), True, "minimaal of maximaal."),
    Field("totaal", Number(), True, "Het doel van de hele portefeuille (of regio)."),
    Field("aandelen", MapOf(Number(), "zoals 'havenstad: 250'"), True, "Per set (de map) haar "
          "deel van het totaal.", dict),
    Field("telling", Enum(TELLINGEN, "PA025"), False, "som: de cijfers van de jaren opgeteld "
          "(wat er per jaar bijkomt, zoals nieuwbouw; standaard); laatste: het laatste cijfer "
          "(een voorraad)."),
    Field("toelichting", LINE, False, "Korte uitleg bij het doel."),
], "Een doel boven de gemeente: het totaal, het deel van elke set, en de bron.")

PORTEFEUILLE = Record("portefeuillebestand", Portefeuille, [
    Field("titel", LINE, False, "Naam van de portefeuille, voor koppen."),
    Field("partijen", ListOf(REG_PARTIJ), False, "Het register van partijen: één vaste id per "
          "partij, in elke set waar zij tekent.", list),
    Field("doelen", ListOf(PORT_DOEL), False, "Doelen boven de gemeente (een provinciale "
          "woondeal, landelijke afspraken): elk met zijn bron, het totaal en het deel per set.",
          list),
], "Een portefeuille: mappen met elk een set afspraken, en het register van partijen.",
    "Portefeuille")


def schema() -> dict[str, Any]:
    from pa_cli.model.schema import json_schema

    return json_schema(PORTEFEUILLE, "pa: portefeuille.yaml", "portefeuille.schema.json")
