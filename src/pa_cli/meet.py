"""Edit stage: `pa meet` adds one measurement to indicatoren.yaml, and nothing else.

The same guarantees as `pa set` (edit.py), from the same pieces: a round trip
with ruamel.yaml that must first reproduce the file byte for byte
(yamledit.Document), only new lines at the end of `metingen`
(yamledit.only_inserted), the new file validated with every rule (PA060-PA068
included), the values read back exactly as given, all of it under the writer
lock and written atomically (writer.update_data). Anything else is refused
with the reason, and nothing is written.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from pa_cli._struct import Struct
from pa_cli.exits import Refused, UsageProblem
from pa_cli.load import INDICATOREN_FILE, Dataset
from pa_cli.monitor import met_eenheid
from pa_cli.monitor_model import HUURKLASSEN, Indicator, Meting
from pa_cli.problems import choice, unknown
from pa_cli.writer import Change, update_data
from pa_cli.yamledit import Document, check_text, only_inserted
from pa_cli.yamlstyle import styled

__all__ = ["MeetResult", "Vraag", "meet", "parse_waarde"]


class Vraag(Struct):
    """What to record, as given on the command line."""

    indicator: str
    waarde: str
    bron: str
    jaar: int | None = None
    peildatum: date | None = None
    corporatie: str | None = None
    kern: str | None = None
    huurklasse: str | None = None


class MeetResult(Struct):
    path: str
    line: int
    beschrijving: str  # 'aanbod-regulier 2023 (Clavis): 82,5%'


def parse_waarde(text: str) -> int | float:
    """'812', '82.5' or '82,5' (as Dutch users type it) as a number; Refused otherwise."""
    t = text.strip()
    if re.fullmatch(r"\d+", t):
        return int(t)
    if re.fullmatch(r"\d+[.,]\d+", t):
        value = float(t.replace(",", "."))
        return int(value) if value == int(value) else value
    raise Refused(f"--waarde '{text}' is geen getal; schrijf alleen cijfers, zoals 812 of 82,5 "
                  "(zonder eenheid of %-teken)")


def _indicator(ds: Dataset, name: str) -> Indicator:
    if ds.indicatoren is None:
        raise Refused(f"er is geen {INDICATOREN_FILE} in de datamap; pa meet legt cijfers vast "
                      "voor de indicatoren in dat bestand")
    known = {i.id: i for i in ds.indicatoren.indicatoren}
    found = known.get(name.strip().casefold())
    if found is None:
        raise Refused(f"indicator '{name}' bestaat niet" + unknown(name, list(known)))
    return found


def _canonical(ds: Dataset, v: Vraag) -> Vraag:
    """The request with names as the data writes them: 'WZV', 'duur tot de liberalisatiegrens'."""
    from pa_cli.trekker import Trekkers

    corporatie = v.corporatie
    if corporatie is not None and ds.afspraken is not None:
        party = Trekkers(ds.afspraken).resolve(corporatie)
        corporatie = party.kort if party is not None and hasattr(party, "kort") else corporatie
    huurklasse = v.huurklasse
    if huurklasse is not None:
        huurklasse = choice(huurklasse, HUURKLASSEN)
        if huurklasse is None:
            raise Refused(f"huurklasse '{v.huurklasse}' bestaat niet"
                          + unknown(v.huurklasse or "", HUURKLASSEN))
    return Vraag(v.indicator, v.waarde, v.bron.strip(), v.jaar, v.peildatum, corporatie,
                 v.kern.strip() if v.kern else None, huurklasse)


def _entry(ind: Indicator, v: Vraag, waarde: int | float) -> Any:
    from ruamel.yaml.comments import CommentedMap

    m = CommentedMap()
    m["indicator"] = ind.id
    if v.jaar is not None:
        m["jaar"] = v.jaar
    else:
        m["peildatum"] = v.peildatum
    m["waarde"] = waarde
    m["eenheid"] = ind.eenheid
    m["bron"] = styled(v.bron)
    for key in ("corporatie", "kern", "huurklasse"):
        value = getattr(v, key)
        if value is not None:
            m[key] = styled(value)
    return m


def _edit_bytes(raw: bytes, shown: str, entry: Any) -> bytes:
    from ruamel.yaml.comments import CommentedSeq

    d = Document(raw, shown)
    metingen = d.doc.get("metingen")
    if not metingen:  # absent, empty (`metingen:`) or an empty flow list (`metingen: []`)
        metingen = CommentedSeq()
        d.doc["metingen"] = metingen
    metingen.append(entry)
    new = d.dump()
    if only_inserted(d.text, new) is None:
        raise Refused(f"de meting zou ook andere regels van {shown} veranderen; er is niets "
                      "geschreven. Zet 'metingen:' onderaan het bestand en probeer opnieuw")
    return d.encode(new)


def meet(data: Path | None, vraag: Vraag) -> MeetResult:
    """Record one measurement; serialised with other writers (writer.update_data)."""
    if (vraag.jaar is None) == (vraag.peildatum is None):
        raise UsageProblem("geef het jaar (--jaar 2023) of de peildatum (--peildatum "
                           "2023-12-31) van het cijfer, één van beide")
    waarde = parse_waarde(vraag.waarde)
    check_text("de bron", vraag.bron, "--bron")
    for label, text in (("de kern", vraag.kern), ("de corporatie", vraag.corporatie)):
        if text is not None:
            check_text(label, text, "--" + label.split()[1])
    expected: list[Meting] = []

    def change(ds: Dataset) -> tuple[list[Change], MeetResult]:
        ind = _indicator(ds, vraag.indicator)
        v = _canonical(ds, vraag)
        path = ds.paths[ds.indicatoren.src[0]]  # type: ignore[union-attr]
        shown = ds.indicatoren.src[0]  # type: ignore[union-attr]
        raw = path.read_bytes()
        new_raw = _edit_bytes(raw, shown, _entry(ind, v, waarde))
        want = Meting(ind.id, waarde, ind.eenheid, v.bron, v.jaar, v.peildatum, v.corporatie,
                      v.kern, v.huurklasse)
        expected.append(want)
        text = f"{want.naam}: {met_eenheid(waarde, ind.eenheid)}"
        return [Change(path, raw, new_raw)], MeetResult(shown, 0, text)

    result: list[int] = []

    def verify(after: Dataset) -> None:
        got = after.indicatoren.metingen[-1] if after.indicatoren else None
        want = expected[0]
        if got is None or any(getattr(got, k) != getattr(want, k) for k in want._fields):
            raise Refused("de meting kan niet getrouw in YAML bewaard worden (bij teruglezen "
                          "verandert ze); er is niets geschreven")
        result.append(got.src[1])

    r = update_data(data, change, verify)
    r.line = result[0]
    return r
