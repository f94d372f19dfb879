"""The registry of problem codes: each PA code pa reports, its severity and what it means.

A Problem (base/problems.py) carries one of these codes. This list is what the manual's page of
codes (docs/referentie/codes.md) is generated from (docs/gen_reference.py); a test checks that
every code in the source is here, with the severity the source gives it, and that the page is
what this list makes. A new code gets its line here, in Dutch, as the user reads it.
"""

from __future__ import annotations

from typing import NamedTuple

from pa_cli.base.problems import FOUT, WAARSCHUWING

__all__ = ["Code", "CODES"]


class Code(NamedTuple):
    """One problem code: `ernst` is FOUT, WAARSCHUWING or both (depending on the case)."""

    code: str
    ernst: tuple[str, ...]
    wat: str  # one line of Dutch, Markdown allowed (backticks)


CODES: dict[str, Code] = {c.code: c for c in (
    Code("PA001", (FOUT,), "bestand onleesbaar of te groot"),
    Code("PA002", (FOUT,), "geen UTF-8 (Latin-1, UTF-16)"),
    Code("PA003", (FOUT,), "git-conflictmarkeringen (`<<<<<<<`)"),
    Code("PA004", (FOUT,), "tab in de inspringing"),
    Code("PA005", (FOUT,), "onzichtbaar stuurteken in het bestand (ook een losse CR zonder LF)"),
    Code("PA006", (FOUT,), "leeg bestand"),
    Code("PA007", (FOUT,), "meer dan één YAML-document (`---`)"),
    Code("PA008", (FOUT,), "`%YAML`- of `%TAG`-kopregel"),
    Code("PA009", (FOUT,), "dubbele sleutel"),
    Code("PA010", (FOUT,), "anker of alias (`&`, `*`)"),
    Code("PA011", (FOUT,), "tag (`!!python/...`, `!!str`)"),
    Code("PA012", (FOUT,), "termijn onleesbaar"),
    Code("PA013", (FOUT,), "merge-sleutel `<<`"),
    Code("PA014", (FOUT,), "lijst of mapping als sleutel"),
    Code("PA015", (FOUT,), "te diep genest"),
    Code("PA016", (FOUT,),
         "YAML-syntaxfout; een sleutel die een of meer spaties verder of minder ver inspringt "
         "dan de sleutel erboven, krijgt \"de inspringing klopt niet: 'trekker:' springt 5 "
         "spaties in, 'actie:' erboven 4\""),
    Code("PA017", (FOUT,), "bovenaan geen mapping"),
    Code("PA020", (FOUT,), "verplichte sleutel ontbreekt"),
    Code("PA021", (FOUT,), "onbekende sleutel (met \"bedoelt u …?\")"),
    Code("PA022", (FOUT,),
         "verkeerd soort waarde (tekst, lijst, mapping; `ja` of `yes` waar `true` hoort)"),
    Code("PA023", (FOUT,), "nummer zonder aanhalingstekens (`nr: 2.10` wordt 2.1)"),
    Code("PA024", (FOUT,), "nummer, datum of id in verkeerde vorm"),
    Code("PA025", (FOUT,),
         "onbekende status; `Gereed` of `OPEN` krijgt \"schrijf 'gereed' (kleine letters)\" (zo "
         "ook eenheid, richting, niveau en huurklasse in indicatoren.yaml)"),
    Code("PA026", (FOUT,),
         "lege tekst of onzichtbaar teken in een tekst; een sleutel zonder waarde (`trekker:`, "
         "`status:`, `vastgesteld:`): vul hem in of laat hem weg (een lege lijst, `metingen:`, "
         "is `metingen: []`)"),
    Code("PA030", (FOUT,), "nummer, id of naam dubbel"),
    Code("PA031", (FOUT,), "agendarij verwijst naar een afspraak die niet bestaat"),
    Code("PA032", (FOUT,),
         "onbekende trekker (hoofdletters en aliassen mogen); twee bekende namen in één "
         "(`Gemeente en corporaties`, ook met `&`, `/` of `,`) krijgen de lijst voorgesteld: "
         "`[Gemeente, Corporaties]`; een voorstel noemt altijd een naam uit de lijst 'bekend'"),
    Code("PA033", (FOUT,),
         "termijn buiten de looptijd (de verlenging, `looptijd.verlenging`, telt mee tot "
         "`opvolger_ondertekend`); de melding noemt de looptijd in gewone data en wat er na de "
         "einddatum geldt"),
    Code("PA034", (WAARSCHUWING,),
         "onderwerp van agendarij wijkt af van de afspraak (bij een doorgeschoven actie één "
         "keer: op de nieuwste rij)"),
    Code("PA035", (FOUT,), "groep of ondertekenaar noemt een onbekende partij"),
    Code("PA036", (FOUT, WAARSCHUWING),
         "agendarij half ingevuld (actie zonder trekker/status, of status zonder actie); "
         "waarschuwing bij een `afspraak` die gelijk is aan `nr` (die kan weg)"),
    Code("PA037", (FOUT, WAARSCHUWING),
         "`afspraken.yaml` ontbreekt; waarschuwing bij een YAML-bestand in de datamap dat pa "
         "niet leest"),
    Code("PA038", (FOUT,), "afspraaknummer past niet bij zijn thema of sectie"),
    Code("PA039", (FOUT, WAARSCHUWING),
         "voortgang niet op datum; waarschuwing als de status afwijkt van de laatste voortgang"),
    Code("PA040", (WAARSCHUWING,),
         "termijn van een actie nog vast te stellen (niet op een rij die al verder is "
         "doorgeschoven)"),
    Code("PA041", (FOUT,),
         "`herkomst` wijst naar een agenda of rij die er niet is, niet eerder is, of die niet "
         "`doorgeschoven` zegt"),
    Code("PA042", (FOUT,), "`doorgeschoven` naar een agenda zonder rij met die `herkomst`"),
    Code("PA043", (WAARSCHUWING,),
         "agenda na de termijn van `regels.agenda.vaststellen` in zijn eerste jaar (zoals "
         "`uiterlijk 1 juli`) nog niet vastgesteld"),
    Code("PA044", (WAARSCHUWING,),
         "agendabestand zonder jaren in de naam (`agenda-JJJJ-JJJJ.yaml`), of twee agenda's met "
         "overlappende jaren"),
    Code("PA050", (FOUT,),
         "geen gewoon bestand: een map, FIFO, apparaat of socket met de naam van een "
         "databestand, een systeembestand (zoals in `/proc`) of een symbolische link die buiten "
         "de repository leidt (zie Veiligheid)"),
    Code("PA055", (WAARSCHUWING,),
         "voortgang met een datum na vandaag (terugdraaien met `pa herstel`)"),
    Code("PA056", (WAARSCHUWING,),
         "`#` direct na een tekst (`bouwtafel #2`): YAML leest de rest van de regel als "
         "commentaar; aanhalingstekens om de tekst, of `# ` voor commentaar"),
    Code("PA057", (WAARSCHUWING,),
         "actie `vervallen` zonder toelichting (vervallen is een besluit)"),
    Code("PA060", (FOUT,), "meting noemt een indicator die niet bestaat"),
    Code("PA061", (FOUT,), "eenheid onbekend, of anders dan die van de indicator"),
    Code("PA062", (FOUT,), "waarde is geen getal (`82,5` in plaats van `82.5`, tekst) of negatief"),
    Code("PA063", (FOUT,),
         "meting buiten de looptijd (een peiljaar van een doel mag ervoor liggen; na de "
         "einddatum alleen met de verlenging (`looptijd.verlenging`), en na het jaar van "
         "`opvolger_ondertekend` niet meer)"),
    Code("PA064", (FOUT,),
         "dubbele meting: zelfde indicator, jaar of peildatum, corporatie, kern en huurklasse"),
    Code("PA065", (FOUT,), "percentage boven 100 (meting, doel of `marge_procent`)"),
    Code("PA066", (FOUT,),
         "indicator of doel onjuist: onbekende afspraak of richting, doel met zowel/geen "
         "`waarde` en `peil`, peil niet vóór de jaren, twee doelen voor één jaar"),
    Code("PA067", (FOUT,),
         "meting op een niveau dat de indicator niet kent, onbekende corporatie of huurklasse"),
    Code("PA068", (FOUT,), "meting zonder of met zowel `jaar` als `peildatum`"),
    Code("PA069", (WAARSCHUWING,),
         "meting voor een jaar dat nog niet voorbij is, of met een peildatum na vandaag"),
    Code("PA080", (FOUT,), "`wanneer` van een moment van de cyclus onleesbaar, of met een jaartal"),
    Code("PA081", (FOUT,),
         "onbekende `soort` van een moment (overleg, werkgroep, termijn), of `terugblik` bij "
         "een moment dat geen overleg is"),
    Code("PA082", (FOUT,), "moment van de cyclus verwijst naar een afspraak die niet bestaat"),
    Code("PA083", (FOUT,), "`bereidt_voor` of `tijdens` van een moment noemt een moment dat "
         "niet bestaat, komt (via elkaar) bij zichzelf uit of staan allebei bij één moment, of "
         "een vaste dag ligt niet vóór wat het voorbereidt"),
    Code("PA084", (FOUT,), "moment van de cyclus met twee vaste data (`data:`) in één jaar"),
    Code("PA085", (WAARSCHUWING,),
         "termijn na het laatste jaar van zijn eigen agenda (`najaar 2028` in "
         "`agenda-2026-2027.yaml`; een agenda geldt voor de jaren in haar naam)"),
    Code("PA086", (WAARSCHUWING,), "`vastgesteld` met een datum na vandaag"),
    Code("PA087", (FOUT,),
         "`regels.agenda`: `jaren` is geen aantal van 1 t/m 5, of `vaststellen` geen termijn "
         "zonder jaar"),
    Code("PA090", (FOUT,),
         "werkmap of document (`.xlsx`, `.docx`, `.ods`) dat het niet is: alleen de extensie "
         "(een hernoemd CSV- of tekstbestand), een oud `.xls` of `.doc`, of een onderdeel "
         "ontbreekt"),
    Code("PA091", (FOUT,), "werkmap of document beschadigd of afgebroken (de zip klopt niet)"),
    Code("PA092", (FOUT,), "werkmap of document met een wachtwoord"),
    Code("PA093", (FOUT,),
         "werkmap of document met macro's (`.xlsm`, `.docm`, een `vbaProject.bin`, ODF Basic)"),
    Code("PA094", (FOUT,),
         "werkmap of document te groot of een zip-bom: te veel onderdelen, uitgepakt te groot, "
         "een onderdeel dat te sterk is ingepakt, een archief in het archief"),
    Code("PA095", (FOUT,),
         "werkmap of document met een koppeling naar een ander bestand (externe koppelingen, "
         "een gekoppeld sjabloon of OLE-object)"),
    Code("PA096", (FOUT,),
         "XML-onderdeel van een werkmap of document met een DOCTYPE (entiteiten, ook externe)"),
    Code("PA097", (FOUT,),
         "werkmap of document te groot om te importeren: meer dan 20.000 rijen of 200 kolommen "
         "in één blad of tabel"),
    Code("PA098", (FOUT,),
         "formule in een werkmap zonder opgeslagen waarde: pa rekent geen formules uit"),
    Code("PA110", (FOUT,),
         "partij van een set staat niet in het register van de portefeuille "
         "(`portefeuille.yaml`); de melding noemt de regels om toe te voegen"),
    Code("PA111", (FOUT,),
         "portefeuille zonder sets: geen map naast `portefeuille.yaml` heeft een "
         "`afspraken.yaml`"),
    Code("PA112", (WAARSCHUWING,),
         "de aandelen van een doel van de portefeuille tellen niet op tot het totaal"),
    Code("PA113", (WAARSCHUWING,),
         "een set met een aandeel in een doel van de portefeuille heeft de indicator van dat "
         "doel niet in haar `indicatoren.yaml`: die gemeente krijgt geen cijfer"),
    Code("PA120", (FOUT,),
         "`pa import`: geen tabel met herkenbare kolomkoppen (Nr., Onderwerp, Actie, Trekker, "
         "Termijn, Status); zeg met `--kolom` welke kolom wat is"),
    Code("PA121", (FOUT,), "`pa import`: rij zonder nummer"),
    Code("PA122", (FOUT,),
         "`pa import`: trekker die geen partij of groep van de afspraken is (met een suggestie), "
         "of een actie zonder trekker"),
    Code("PA123", (WAARSCHUWING,),
         "`pa import`: termijn die pa niet kan lezen; overgenomen als `vast te stellen` met de "
         "tekst als commentaar"),
    Code("PA124", (FOUT,), "`pa import`: onbekende status"),
    Code("PA125", (FOUT,),
         "`pa import`: rij met trekker, termijn, status of toelichting maar zonder actie"),
    Code("PA126", (WAARSCHUWING,),
         "`pa import afspraken`: kop zonder nummer in de tekst (automatische nummering van Word)"),
    Code("PA127", (FOUT,),
         "`pa import afspraken`: afspraak of sectie die niet onder de kop met haar nummer staat"),
)}
