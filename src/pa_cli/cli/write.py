"""Commands that write the data: set, herstel, meet, agenda nieuw."""

from __future__ import annotations

from typing import Annotated, Optional

from pa_cli.base import clock
from pa_cli.base.exits import UsageProblem
from pa_cli.base.safe_text import multi_line
from pa_cli.cli.common import (
    AgendaSetOpt,
    AgendaTodayOpt,
    DataOpt,
    _melding,
    _parse_date,
    _print,
    opdracht,
)
from pa_cli.cli.one_set import one_set
from pa_cli.cli.portfolio import GemeenteOpt
from pa_cli.cli.spec import Arg, Opt
from pa_cli.model import datum


def meet(
    indicator: Annotated[str, Arg(metavar="INDICATOR", help="Id van de indicator "
                                             "(pa monitor toont ze), zoals aanbod-regulier.")],
    waarde: Annotated[Optional[str], Opt("--waarde", metavar="GETAL", help="Het cijfer, "
                                                  "zonder eenheid: 812 of 82,5.")] = None,
    bron: Annotated[Optional[str], Opt("--bron", metavar="TEKST", help="Waar het cijfer "
                                                "vandaan komt (rapportage, jaarverslag).")] = None,
    jaar: Annotated[Optional[int], Opt("--jaar", metavar="JJJJ", help="Het jaar van "
                                                "het cijfer (of --peildatum).")] = None,
    peildatum: Annotated[Optional[str], Opt(
        "--peildatum", metavar="DATUM", help="De datum van het cijfer (of --jaar).")] = None,
    corporatie: Annotated[Optional[str], Opt(
        "--corporatie", metavar="NAAM", help="Voor één corporatie (korte naam of alias).")] = None,
    kern: Annotated[Optional[str], Opt("--kern", metavar="NAAM", help="Voor één "
                                                "kern.")] = None,
    huurklasse: Annotated[Optional[str], Opt(
        "--huurklasse", metavar="KLASSE", help="Voor één huurklasse: goedkoop, betaalbaar, "
        "'duur tot de liberalisatiegrens' of 'vrije sector'.")] = None,
    vervang: Annotated[bool, Opt(
        "--vervang", help="Verbeter een meting die er al staat (zelfde indicator, jaar of "
        "peildatum, corporatie, kern en huurklasse): --waarde en/of --bron worden "
        "vervangen.")] = False,
    verwijder: Annotated[bool, Opt(
        "--verwijder", help="Haal die meting weg (zonder --waarde en --bron).")] = False,
    toekomst: Annotated[bool, Opt(
        "--toekomst", help="Sta een --jaar dat nog niet voorbij is, of een --peildatum na "
        "vandaag, toe (anders geweigerd).")] = False,
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Leg een monitorcijfer vast, verbeter of verwijder het.

    Alleen die meting verandert; de rest van het bestand blijft gelijk. In een portefeuille
    in de set die --gemeente noemt."""
    from pa_cli.edit import meet as core

    if vervang and verwijder:
        raise UsageProblem("kies --vervang of --verwijder, niet allebei")
    wijze = core.VERVANG if vervang else core.VERWIJDER if verwijder else core.NIEUW
    day = _parse_date(peildatum, "--peildatum") if peildatum else None
    again = opdracht("pa meet", ("--waarde", waarde), ("--bron", bron), ("--jaar", jaar),
                     ("--peildatum", peildatum), ("--corporatie", corporatie), ("--kern", kern),
                     ("--huurklasse", huurklasse), ("--vervang", vervang),
                     ("--verwijder", verwijder), ("--toekomst", toekomst), ("--data", data))
    data = one_set(data, gemeente, again(indicator)).data
    r = core.meet(data, core.Vraag(indicator, waarde, bron, jaar, day, corporatie, kern,
                                   huurklasse), wijze, toekomst)
    _print(multi_line(f"{r.path}:{r.line}: meting {r.wat}: {r.beschrijving}"))


def set_(
    nr: Annotated[str, Arg(metavar="NR", help="Nummer van de agendarij zoals "
                                      "gedrukt (1.1.3), of rij:NR / afspraak:NR bij twijfel.")],
    status_: Annotated[str, Opt("--status", "-s", metavar="STATUS",
                                         help="Nieuwe status: open, lopend, gereed of "
                                         "vervallen.")],
    toelichting: Annotated[Optional[str], Opt(
        "--toelichting", "-m", metavar="TEKST", help="Toelichting bij de status; komt ook in "
        "de voortgang.")] = None,
    datum: Annotated[Optional[str], Opt(
        "--datum", metavar=datum.METAVAR, help="Datum van deze voortgang (standaard: "
        "vandaag).")] = None,
    toekomst: Annotated[bool, Opt(
        "--toekomst", help="Sta een --datum na vandaag toe (anders geweigerd).")] = False,
    agenda: AgendaSetOpt = None,
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Leg de status van een actie vast. Alleen die actie verandert in de YAML.

    In een portefeuille: GEMEENTE:NR (havenstad:1.2) of --gemeente, tenzij maar één set dat
    nummer heeft."""
    from pa_cli.edit import record as edit

    day = _parse_date(datum, "--datum") if datum else clock.today()
    again = opdracht("pa set", ("--status", status_), ("--toelichting", toelichting),
                     ("--datum", datum), ("--toekomst", toekomst), ("--agenda", agenda),
                     ("--data", data))
    chosen = one_set(data, gemeente, "pa set", again, nr)
    r = edit.set_status(chosen.data, chosen.nr or nr, status_, toelichting, day, agenda,
                        toekomst, chosen.again)
    _print(multi_line(f"{r.path}:{r.line}: agendarij {r.nr}: {r.old or '-'} -> {r.new}"))
    _melding(r.melding)


def herstel(
    nr: Annotated[str, Arg(metavar="NR", help="Nummer van de agendarij, zoals bij "
                                      "pa set.")],
    agenda: AgendaTodayOpt = None,
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Draai de laatste voortgang van een actie terug.

    Alleen die actie verandert; status en toelichting worden weer die van de stap ervoor.
    In een portefeuille: GEMEENTE:NR of --gemeente, zoals bij pa set.
    """
    from pa_cli.edit import record as edit

    chosen = one_set(data, gemeente, "pa herstel", opdracht(
        "pa herstel", ("--agenda", agenda), ("--data", data)), nr)
    r = edit.herstel(chosen.data, chosen.nr or nr, agenda, chosen.again)
    from pa_cli.base.fmt import datum_nl

    stap = datum_nl(r.teruggedraaid) if r.teruggedraaid else "-"  # as pa says every day
    _print(multi_line(f"{r.path}:{r.line}: agendarij {r.nr}: voortgang van {stap} "
                      f"teruggedraaid; {r.old or '-'} -> {r.new}"))
    _melding(r.melding)


def agenda_nieuw(
    jaren: Annotated[str, Arg(metavar="JAREN", help="De jaren van de nieuwe agenda, "
                                         "bijvoorbeeld 2024-2025.")],
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Maak de agenda voor JAREN. Wat nog loopt schuift door uit de laatste agenda.

    In een portefeuille in de set die --gemeente noemt."""
    from pa_cli.edit import carry

    r = carry.nieuwe_agenda(one_set(data, gemeente, opdracht(
        "pa agenda nieuw", ("--data", data))(jaren)).data, jaren)
    print(f"geschreven: {r.path} ({r.doorgeschoven} acties doorgeschoven, {r.lege_rijen} "
          "lege rijen)")
    print(f"bijgewerkt: {r.bron} ({r.doorgeschoven} rijen kregen 'doorgeschoven: \"{jaren}\"')")
    print("Vul de nieuwe termijnen in (pa validate toont waar: 'termijn nog vast te stellen') "
          "en zet 'vastgesteld: JJJJ-MM-DD' bovenaan zodra het overleg de agenda vaststelt.")
    if r.van:
        print(f"Voortgang van vóór {r.begin} legt u vast op de rij in {r.van}, met die datum: "
              f"pa set {r.van}/NR --datum DATUM.")
    if r.concept:
        _melding(f"let op: agenda {r.van} is nog een concept (geen 'vastgesteld:'); de acties "
                 f"en termijnen die nu doorschuiven komen uit dat concept. Stelde het overleg "
                 f"die agenda vast, zet dan 'vastgesteld: JJJJ-MM-DD' in {r.bron}")
