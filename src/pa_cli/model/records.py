"""The data model: record classes, and the records that describe them in the YAML files.

The records below are the single description of the data format: the validator
checks against them and `pa schema` writes them out as JSON Schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from pa_cli.base import termijn as _termijn
from pa_cli.base.struct import LIST, _Located
from pa_cli.model import nummer as _nummer
from pa_cli.model.cyclus import MOMENT, MOMENT_SOORTEN, Moment
from pa_cli.model.fieldtypes import Custom, Date, Enum, Ident, ListOf, Nr, RefList, Text
from pa_cli.model.regels import REGELS, Regels
from pa_cli.model.schema import Field, Record

__all__ = ["STATUSES", "Partij", "Groep", "Afspraak", "Thema", "Afspraken", "Rij", "Agenda",
           "Voortgang", "Blok", "Sectie", "Moment", "MOMENT_SOORTEN", "AFSPRAKEN", "AGENDA"]

STATUSES = ("open", "lopend", "gereed", "vervallen")


class Partij(_Located):
    id: str
    naam: str
    kort: str
    aliassen: list[str] = LIST

    def names(self) -> list[str]:
        return [n for n in (self.id, self.naam, self.kort, *self.aliassen) if n]


class Groep(_Located):
    id: str
    naam: str
    leden: list[str]
    aliassen: list[str] = LIST

    def names(self) -> list[str]:
        return [n for n in (self.id, self.naam, *self.aliassen) if n]


class Ondertekenaar(_Located):
    partij: str
    naam: str
    functie: str | None = None


class Ondertekening(_Located):
    plaats: str
    datum: date
    ondertekenaars: list[Ondertekenaar] = LIST


class Looptijd(_Located):
    """The period of the afspraken, with its automatic extension (regels.verlenging).

    When `verlenging` is written, the afspraken continue after `tot_en_met` ("in
    verlenging") until `opvolger_ondertekend`, the day a new agreement was signed.
    """

    van: date
    tot_en_met: date
    verlenging: str | None = None
    opvolger_ondertekend: date | None = None
    _afspraak: str = ""  # the afspraak of the verlenging (regels.verlenging), set by load

    def bij(self, prefix: str = "afspraak ") -> str:
        """' (afspraak 5.6)' after the verlenging, when the set names its afspraak; else ''."""
        return f" ({prefix}{self._afspraak})" if self._afspraak else ""

    @property
    def verlengd_sinds(self) -> date | None:
        """The first day of the extension, when the data describes one."""
        return self.tot_en_met + timedelta(days=1) if self.verlenging and self.tot_en_met else None

    def in_verlenging(self, day: date) -> bool:
        start = self.verlengd_sinds
        return bool(start and start <= day and (self.opvolger_ondertekend is None
                                                or day < self.opvolger_ondertekend))


class Blok(_Located):
    kop: str | None = None
    tekst: str | None = None
    punten: list[str] = LIST
    onderdelen: list[Blok] = LIST
    slot: str | None = None


class Afspraak(_Located):
    nr: str
    tekst: str
    trekker: list[str]
    onderwerp: str | None = None


class Sectie(_Located):
    nr: str
    titel: str
    afspraken: list[Afspraak] = LIST


class Thema(_Located):
    nr: str
    titel: str
    teksten: list[Blok] = LIST
    secties: list[Sectie] = LIST
    afspraken: list[Afspraak] = LIST
    slot: list[Blok] = LIST

    def alle_afspraken(self) -> list[Afspraak]:
        return [a for s in self.secties for a in s.afspraken] + self.afspraken


class Instellingen(_Located):
    marge_weken: int | None = None


class Afspraken(_Located):
    titel: str
    gemeente: str
    looptijd: Looptijd
    partijen: list[Partij]
    themas: list[Thema]
    ondertekening: Ondertekening | None = None
    groepen: list[Groep] = LIST
    inleiding: list[Blok] = LIST
    instellingen: Instellingen | None = None
    cyclus: list[Moment] = LIST
    regels: Regels | None = None

    @property
    def regel(self) -> Regels:
        """The rules of this set; neutral defaults where it writes none."""
        return self.regels or Regels()

    def alle_afspraken(self) -> list[Afspraak]:
        return [a for t in self.themas for a in t.alle_afspraken()]

    def volgorde(self) -> Callable[[str], _nummer.Sleutel]:
        """The sort key of this set's numbers (model/nummer.py): its themes, sections and
        afspraken decide whether capitals are roman numerals."""
        return _nummer.volgorde([nr for t in self.themas for nr in (
            t.nr, *(s.nr for s in t.secties), *(a.nr for a in t.alle_afspraken()))])

    def trekkers(self) -> list[Partij | Groep]:
        """Everything a trekker name can point at: the parties, then the groups."""
        return [*self.partijen, *self.groepen]


class Voortgang(_Located):
    datum: date
    status: str
    toelichting: str | None = None


class Rij(_Located):
    """One row of the uitvoeringsagenda; a row without actie is kept empty on purpose.

    Several actions for one afspraak are rows "2.4a", "2.4b" (a plain "2.4" may stay for
    the first). A row carried over from an earlier agenda names it in `herkomst`
    ("2022-2023/1.1.2"); the earlier row then says where it went in `doorgeschoven`.
    """

    nr: str
    afspraak: str | None = None  # the afspraak it belongs to, when not nr without its letter
    onderwerp: str | None = None
    actie: str | None = None
    trekker: list[str] = LIST
    termijn: _termijn.Termijn | None = None
    status: str | None = None
    toelichting: str | None = None
    voortgang: list[Voortgang] = LIST
    herkomst: str | None = None  # "JAREN/nr" of the row this one was carried over from
    doorgeschoven: str | None = None  # "JAREN" of the agenda this row was carried over to
    # set by load where nr ends in a small letter and is itself an afspraak ("2a", not the
    # second action of 2)
    _eigen: bool = False

    @property
    def eigen_nr(self) -> str:
        """The afspraak its own number names, without a second action's letter: "2.4b" -> "2.4"."""
        return self.nr if self._eigen or not self.nr else _nummer.afspraak_van(self.nr)

    @property
    def afspraak_nr(self) -> str:
        return self.afspraak or self.eigen_nr

    @property
    def is_actie(self) -> bool:
        return self.actie is not None


class Agenda(_Located):
    titel: str
    rijen: list[Rij]
    bijlage: str | None = None
    inleiding: str | None = None
    vastgesteld: date | None = None
    jaren: str | None = None  # from the file name agenda-JAREN.yaml (set by load, not written)

    @property
    def years(self) -> tuple[int, int] | None:
        """(first, last) year this agenda covers, from its file name: agenda-2026-2027.yaml,
        or agenda-2027.yaml for one year (a jaarschijf). None for years in reverse
        (agenda-2025-2024.yaml): like a name without years, it covers no peildatum (PA044)."""
        m = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", self.jaren or "")
        if m is None:
            return None
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        return (first, last) if first <= last else None

    @property
    def is_concept(self) -> bool:
        """Not (yet) vastgesteld by the overleg (regels.agenda). An agenda with `bijlage` is part
        of the signed document (Bijlage 2) and vastgesteld with it, though it carries no date."""
        return self.vastgesteld is None and not self.bijlage

    def concept_op(self, peildatum: date) -> bool:
        """A concept on the peildatum: not vastgesteld, or vastgesteld only after that day (a
        past peildatum shows the agenda as it was then)."""
        return self.is_concept or (self.vastgesteld is not None and peildatum < self.vastgesteld)

    @property
    def naam(self) -> str:
        """How messages and reports name it: "agenda 2026-2027", or its titel without years."""
        return f"agenda {self.jaren}" if self.years else self.titel


def _parse_termijn(text: str) -> _termijn.Termijn:
    try:
        return _termijn.parse(text)
    except _termijn.TermijnFout as e:
        hint = f"; bedoelt u '{e.suggestion}'?" if e.suggestion else ""
        if e.reason:
            raise ValueError(f"termijn '{text}': {e.reason}{hint or '.'}") from None
        raise ValueError(f"termijn '{text}' is onbekend{hint or '.'} Toegestaan: "
                         + ", ".join(_termijn.FORMS)) from None


def _marge(text: str) -> int:
    if text.isdigit() and 0 <= int(text) <= 52:
        return int(text)
    raise ValueError(f"marge_weken '{text}' is geen aantal weken; schrijf een getal van 0 tot 52")


TEXT = Text()
LINE = Text(multiline=False)
NAMES = ListOf(LINE)

PARTIJ = Record("partij", Partij, [
    Field("id", Ident(), True, "Korte vaste sleutel: kleine letters, cijfers en '-'."),
    Field("naam", LINE, True, "Volledige naam, zoals in het document."),
    Field("kort", LINE, True, "Korte naam, zoals in de kolom Trekker."),
    Field("aliassen", NAMES, False, "Andere namen waaronder de partij voorkomt.", list),
], "Een partij die de afspraken ondertekende.")

GROEP = Record("groep", Groep, [
    Field("id", Ident(), True, "Korte vaste sleutel."),
    Field("naam", LINE, True, "Naam zoals in de kolom Trekker (bijvoorbeeld 'Corporaties')."),
    Field("leden", ListOf(Ident(), 1), True, "De id's van de partijen in deze groep."),
    Field("aliassen", NAMES, False, "Andere namen voor de groep.", list),
], "Een groep partijen die samen trekker kan zijn.")

ONDERTEKENAAR = Record("ondertekenaar", Ondertekenaar, [
    Field("partij", Ident(), True, "Id van de partij namens wie is getekend."),
    Field("naam", LINE, True),
    Field("functie", LINE),
])

ONDERTEKENING = Record("ondertekening", Ondertekening, [
    Field("plaats", LINE, True),
    Field("datum", Date(), True),
    Field("ondertekenaars", ListOf(ONDERTEKENAAR), False, "", list),
])

LOOPTIJD = Record("looptijd", Looptijd, [
    Field("van", Date(), True, "Eerste dag waarop de afspraken gelden."),
    Field("tot_en_met", Date(), True, "Laatste dag waarop de afspraken gelden."),
    Field("verlenging", TEXT, False, "Wat er na de einddatum gebeurt. Staat hij er, dan "
          "lopen de afspraken na de einddatum door ('in verlenging')."),
    Field("opvolger_ondertekend", Date(), False, "Datum waarop een nieuwe overeenkomst is "
          "ondertekend; daarmee eindigt de verlenging."),
])

BLOK = Record("tekstblok", Blok, [], "Een stuk lopende tekst: kop, alinea's, opsomming.")
BLOK.fields.extend([
    Field("kop", LINE, False, "Kop zoals gedrukt."),
    Field("tekst", TEXT, False, "Alinea's, gescheiden door een lege regel."),
    Field("punten", ListOf(TEXT), False, "Opsommingstekens, één tekst per punt.", list),
    Field("onderdelen", ListOf(BLOK), False, "Tekstblokken met een eigen kop.", list),
    Field("slot", TEXT, False, "Tekst na de opsomming."),
])

AFSPRAAK = Record("afspraak", Afspraak, [
    Field("nr", Nr(_nummer.AFSPRAAK), True, "Nummer als tekst, zoals gedrukt: \"1.1.3\", "
          "\"A1\", \"2a\", \"IV.2\" (met aanhalingstekens)."),
    Field("onderwerp", LINE, False, "De kolom Onderwerpen; weglaten waar het document er geen "
          "noemt."),
    Field("tekst", TEXT, True, "De tekst van de afspraak, letterlijk."),
    Field("trekker", RefList(), True, "Partij(en) of groep(en) uit de kolom Trekker."),
], "Eén afspraak uit de prestatieafspraken.")

SECTIE = Record("sectie", Sectie, [
    Field("nr", Nr(_nummer.AFSPRAAK, "1.1"), True),
    Field("titel", LINE, True),
    Field("afspraken", ListOf(AFSPRAAK), True, "", list),
])

THEMA = Record("thema", Thema, [
    Field("nr", Nr(_nummer.THEMA, "1"), True, "Nummer van het thema, als tekst: \"1\", \"A\", "
          "\"IV\"."),
    Field("titel", LINE, True),
    Field("teksten", ListOf(BLOK), False, "De lopende tekst vóór de tabel.", list),
    Field("secties", ListOf(SECTIE), False, "Subparagrafen met elk hun afspraken.", list),
    Field("afspraken", ListOf(AFSPRAAK), False, "De afspraken van het thema.", list),
    Field("slot", ListOf(BLOK), False, "Tekst na de tabel.", list),
])

INSTELLINGEN = Record("instellingen", Instellingen, [
    Field("marge_weken", Custom("aantal weken", _marge, "PA024", "Aantal weken"), False,
          "Waarschuwingstermijn voor het stoplicht oranje (standaard 8)."),
])

AFSPRAKEN = Record("afsprakenbestand", Afspraken, [
    Field("titel", LINE, True),
    Field("gemeente", LINE, True),
    Field("looptijd", LOOPTIJD, True),
    Field("ondertekening", ONDERTEKENING),
    Field("partijen", ListOf(PARTIJ, 1), True, "", list),
    Field("groepen", ListOf(GROEP), False, "", list),
    Field("inleiding", ListOf(BLOK), False, "", list),
    Field("themas", ListOf(THEMA, 1), True, "", list),
    Field("instellingen", INSTELLINGEN),
    Field("cyclus", ListOf(MOMENT), False, "De momenten die elk jaar terugkomen, elk met zijn "
          "afspraak: overleggen, brief, actualisatie. Zonder: geen overleggen.", list),
    Field("regels", REGELS, False, "De regels die pa toepast (agenda, verlenging, monitor), elk "
          "met de afspraak waar hij uit komt."),
], "Prestatieafspraken: partijen, thema's en afspraken.", "Afspraken")

VOORTGANG = Record("voortgang", Voortgang, [
    Field("datum", Date(), True),
    Field("status", Enum(STATUSES), True),
    Field("toelichting", TEXT),
], "Eén stap in de geschiedenis van een actie; pa set voegt er een toe.")

ROW_NR = _nummer.RIJ
JAREN = r"\d{4}(?:-\d{4})?"

RIJ = Record("agendarij", Rij, [
    Field("nr", Nr(ROW_NR, "2.4b"), True, "Nummer zoals gedrukt in de uitvoeringsagenda; "
          "meer acties bij één afspraak krijgen een letter: \"2.4a\", \"2.4b\"."),
    Field("afspraak", Nr(_nummer.AFSPRAAK), False, "Nummer van de afspraak, alleen waar het "
          "afwijkt van nr zonder letter."),
    Field("onderwerp", LINE, False, "De kolom Onderwerpen van de agenda."),
    Field("actie", TEXT, False, "De actie, letterlijk; weglaten voor een lege rij."),
    Field("trekker", RefList(), False, "Partij(en) of groep(en) uit de kolom Trekker /datum.",
          list),
    Field("termijn", Custom("termijn", _parse_termijn, "PA012",
                            "Termijn zoals gedrukt: 'najaar 2022', '2022 en 2023', 'vanaf 2023'"),
          False, "Het datumdeel van de kolom Trekker /datum, letterlijk."),
    Field("status", Enum(STATUSES), False, "open, lopend, gereed of vervallen."),
    Field("toelichting", TEXT, False, "Laatste toelichting op de status."),
    Field("voortgang", ListOf(VOORTGANG), False, "Geschiedenis, oudste eerst.", list),
    Field("herkomst", Nr(JAREN + "/" + ROW_NR, "2022-2023/1.1.2",
                         "nummer van de vorm JAREN/nr"), False,
          "Doorgeschoven uit deze agendarij van een eerdere agenda (pa agenda nieuw)."),
    Field("doorgeschoven", Nr(JAREN, "2024-2025", "jaren (JJJJ-JJJJ of JJJJ)"), False,
          "Deze actie loopt verder in de agenda van deze jaren (pa agenda nieuw)."),
], "Eén rij van de uitvoeringsagenda.", needed=("trekker", "status"))  # with an actie: PA036

AGENDA = Record("agendabestand", Agenda, [
    Field("titel", LINE, True),
    Field("bijlage", LINE),
    Field("inleiding", TEXT),
    Field("vastgesteld", Date(), False, "Datum waarop het bestuurlijk overleg de agenda "
          "vaststelde; zonder is het een concept (regels.agenda zegt tot wanneer)."),
    Field("rijen", ListOf(RIJ), True, "", list),
], "Een uitvoeringsagenda.", "Agenda")


def schemas() -> dict[str, dict[str, Any]]:
    """The JSON Schemas, by file name."""
    from pa_cli.model.monitor import INDICATOREN
    from pa_cli.model.schema import json_schema

    return {
        "afspraken.schema.json": json_schema(AFSPRAKEN, "pa: afspraken.yaml",
                                             "afspraken.schema.json"),
        "agenda.schema.json": json_schema(AGENDA, "pa: agenda-*.yaml", "agenda.schema.json"),
        "indicatoren.schema.json": json_schema(INDICATOREN, "pa: indicatoren.yaml",
                                               "indicatoren.schema.json"),
    }
