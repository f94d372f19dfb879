"""Edit stage: `pa meet` adds, corrects or removes one measurement in indicatoren.yaml.

The same guarantees as `pa set` (edit/record.py), from the same pieces: a round trip
with ruamel.yaml that must first reproduce the file byte for byte
(yamledit.Document), only new lines at the end of `metingen`
(yamledit.only_inserted), the new file validated with every rule (PA060-PA068
included), the values read back exactly as given, all of it under the writer
lock and written atomically (writer.update_data). Anything else is refused
with the reason, and nothing is written.

`--vervang` and `--verwijder` find the measurement by what PA064 calls one
(indicator, jaar or peildatum, corporatie, kern, huurklasse) and touch only its
lines (yamledit.edit_item, yamledit.remove_item); after them every other
measurement reads back exactly as before.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from pa_cli.base import clock
from pa_cli.base.exits import Refused, UsageProblem
from pa_cli.base.problems import Problem, choice, unknown
from pa_cli.base.struct import Struct
from pa_cli.edit.writer import Change, update_data
from pa_cli.load.dataset import INDICATOREN_FILE, Dataset, read_data
from pa_cli.model.monitor import HUURKLASSEN, Indicator, Meting
from pa_cli.query.monitor import met_eenheid
from pa_cli.yamlio.edit import Document, check_text, edit_item, only_inserted, remove_item
from pa_cli.yamlio.style import styled

__all__ = ["MeetResult", "Vraag", "meet", "parse_waarde", "NIEUW", "VERVANG", "VERWIJDER"]

# What pa meet does with the measurement, as its one line of output says it.
NIEUW, VERVANG, VERWIJDER = "vastgelegd", "vervangen", "verwijderd"


class Vraag(Struct):
    """What to record, as given on the command line."""

    indicator: str
    waarde: str | None
    bron: str | None
    jaar: int | None = None
    peildatum: date | None = None
    corporatie: str | None = None
    kern: str | None = None
    huurklasse: str | None = None


class MeetResult(Struct):
    path: str
    line: int
    wat: str  # NIEUW, VERVANG or VERWIJDER
    beschrijving: str  # 'aanbod-regulier 2023 (Clavis): 82,5%'; vervangen: '... 82,1% -> 81,2%'


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
    from pa_cli.model.trekker import Trekkers

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
    return Vraag(v.indicator, v.waarde, v.bron.strip() if v.bron else None, v.jaar, v.peildatum,
                 corporatie, v.kern.strip() if v.kern else None, huurklasse)


def _entry(ind: Indicator, v: Vraag, waarde: int | float, bron: str) -> Any:
    from ruamel.yaml.comments import CommentedMap

    m = CommentedMap()
    m["indicator"] = ind.id
    if v.jaar is not None:
        m["jaar"] = v.jaar
    else:
        m["peildatum"] = v.peildatum
    m["waarde"] = waarde
    m["eenheid"] = ind.eenheid
    m["bron"] = styled(bron)
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


def _moment(m: Meting) -> str:
    """'1 januari 2022 (WZV, goedkoop)': when and for which series a figure is (Meting.naam
    without the indicator)."""
    return m.naam.removeprefix(f"{m.indicator} ")


def _check_usage(vraag: Vraag, wijze: str) -> None:
    """What each way of pa meet needs on the command line (exit 2 otherwise)."""
    if (vraag.jaar is None) == (vraag.peildatum is None):
        raise UsageProblem("geef het jaar (--jaar 2023) of de peildatum (--peildatum "
                           "2023-12-31) van het cijfer, één van beide")
    if wijze == NIEUW and vraag.waarde is None:
        raise UsageProblem("geef het cijfer met --waarde, zoals --waarde 812")
    if wijze == NIEUW and vraag.bron is None:
        raise UsageProblem("geef met --bron aan waar het cijfer vandaan komt, zoals "
                           "--bron \"Jaarverslag 2023\"")
    if wijze == VERVANG and vraag.waarde is None and vraag.bron is None:
        raise UsageProblem("geef met --waarde het juiste cijfer (en met --bron de bron, als "
                           "die ook verandert)")
    if wijze == VERWIJDER and (vraag.waarde is not None or vraag.bron is not None):
        raise UsageProblem("--verwijder haalt de meting weg; laat --waarde en --bron weg")


def _fields(m: Meting) -> tuple[object, ...]:
    return tuple(getattr(m, k) for k in Meting._fields)


def _find(ds: Dataset, want: Meting) -> int | None:
    """The index of the measurement PA064 would call the same as `want`, if there is one."""
    from pa_cli.check.monitor import meting_key
    from pa_cli.model.trekker import Trekkers

    trekkers = Trekkers(ds.afspraken) if ds.afspraken is not None else None
    key = meting_key(want, trekkers)
    metingen = ds.indicatoren.metingen  # type: ignore[union-attr]
    return next((i for i, m in enumerate(metingen) if meting_key(m, trekkers) == key), None)


def _duplicate(shown: str, ind: Indicator, old: Meting) -> Refused:
    return Refused(f"{shown}:{old.src[1]}: meting van '{ind.id}' voor {_moment(old)} "
                   f"staat er al: {met_eenheid(old.waarde, old.eenheid)} (bron: {old.bron}). Is "
                   "dat cijfer fout, geef dan dezelfde opdracht met --vervang; weghalen kan met "
                   "--verwijder")


_SHOWN = 8  # measurements a refusal lists before it counts the rest


def _missing(ds: Dataset, ind: Indicator, want: Meting, wijze: str) -> Refused:
    """No measurement to replace or remove: say which ones this indicator does have."""
    mine = [m for m in ds.indicatoren.metingen if m.indicator == ind.id]  # type: ignore[union-attr]
    head = f"er is geen meting van '{ind.id}' voor {_moment(want)}"
    if not mine:
        tail = ("; leg er een vast met pa meet zonder --vervang" if wijze == VERVANG
                else "; er is niets weg te halen")
        return Refused(f"{head}; deze indicator heeft nog geen metingen{tail}")
    listed = [f"{_moment(m)} (regel {m.src[1]})" for m in mine[:_SHOWN]]
    more = f" en nog {len(mine) - _SHOWN}" if len(mine) > _SHOWN else ""
    return Refused(f"{head}; van deze indicator staan er: {', '.join(listed)}{more}. Geef "
                   "--jaar of --peildatum, --corporatie, --kern en --huurklasse zoals bij de "
                   "meting die u bedoelt")


def _replace(item: Any, waarde: int | float | None, bron: str | None) -> None:
    if waarde is not None:
        item["waarde"] = waarde
    if bron is not None:
        item["bron"] = styled(bron)


def _what_changed(old: Meting, new: Meting) -> str:
    """'82,1% -> 81,2%; bron: a -> b': only what differs; refused when nothing does."""
    parts = []
    if new.waarde != old.waarde:
        parts.append(f"{met_eenheid(old.waarde, old.eenheid)} -> "
                     f"{met_eenheid(new.waarde, new.eenheid)}")
    if new.bron != old.bron:
        parts.append(f"bron: {old.bron} -> {new.bron}")
    if not parts:
        raise Refused(f"de meting heeft al waarde {met_eenheid(old.waarde, old.eenheid)} en "
                      f"bron '{old.bron}'; er is niets te vervangen")
    return "; ".join(parts)


def meet(data: Path | None, vraag: Vraag, wijze: str = NIEUW, toekomst: bool = False,
         today: date | None = None) -> MeetResult:
    """Record (NIEUW), correct (VERVANG) or remove (VERWIJDER) one measurement.

    Serialised with other writers (writer.update_data); every other measurement
    reads back exactly as before, and the changed one exactly as given. A new figure for a
    year not ended, or a peildatum after `today`, needs `toekomst` (like pa set's --datum).
    """
    _check_usage(vraag, wijze)
    if wijze == NIEUW and not toekomst:
        from pa_cli.check.monitor import nog_niet_voorbij

        why = nog_niet_voorbij(vraag.jaar, vraag.peildatum, today or clock.today())
        if why:
            raise Refused(f"{why}; de monitor toont het laatste cijfer, en dit zou dat van een "
                          "voorbij jaar verdringen. Klopt het, geef dan ook --toekomst")
    waarde = parse_waarde(vraag.waarde) if vraag.waarde is not None else None
    if vraag.bron is not None:
        check_text("de bron", vraag.bron, "--bron")
    for label, text in (("de kern", vraag.kern), ("de corporatie", vraag.corporatie)):
        if text is not None:
            check_text(label, text, "--" + label.split()[1])
    expected: list[list[tuple[object, ...]]] = []

    def change(ds: Dataset) -> tuple[list[Change], MeetResult]:
        ind = _indicator(ds, vraag.indicator)
        v = _canonical(ds, vraag)
        shown = ds.indicatoren.src[0]  # type: ignore[union-attr]
        path = ds.paths[shown]
        raw = read_data(path, shown)  # as load read it: regular, in the repository
        if isinstance(raw, Problem):
            raise Refused(f"{shown}: {raw.message}")
        metingen = ds.indicatoren.metingen  # type: ignore[union-attr]
        new = Meting(ind.id, waarde, ind.eenheid, v.bron, v.jaar, v.peildatum, v.corporatie,
                     v.kern, v.huurklasse)
        i = _find(ds, new)
        if wijze == NIEUW:
            if i is not None:
                raise _duplicate(shown, ind, metingen[i])
            assert waarde is not None and v.bron is not None  # _check_usage asked for both
            new_raw = _edit_bytes(raw, shown, _entry(ind, v, waarde, v.bron))
            after, line = [*metingen, new], 0  # its line is known once it is read back
            text = f"{new.naam}: {met_eenheid(waarde, ind.eenheid)}"
        else:
            if i is None:
                raise _missing(ds, ind, new, wijze)
            old = metingen[i]
            first, line = old.src[1], old.src[1]
            last = metingen[i + 1].src[1] - 1 if i + 1 < len(metingen) else raw.count(b"\n") + 1
            if wijze == VERVANG:
                new = Meting(*_fields(old))
                new.waarde = old.waarde if waarde is None else waarde
                new.bron = old.bron if v.bron is None else v.bron
                text = f"{old.naam}: {_what_changed(old, new)}"
                new_raw = edit_item(raw, shown, "metingen", first, last,
                                    lambda item: _replace(item, waarde, v.bron))
                after = [*metingen[:i], new, *metingen[i + 1:]]
            else:
                text = f"{old.naam}: {met_eenheid(old.waarde, old.eenheid)} -> -"
                new_raw = remove_item(raw, shown, "metingen", first, last)
                after = [*metingen[:i], *metingen[i + 1:]]
        expected.append([_fields(m) for m in after])
        return [Change(path, raw, new_raw)], MeetResult(shown, line, wijze, text)

    lines: list[int] = []

    def verify(after: Dataset) -> None:
        got = after.indicatoren.metingen if after.indicatoren else []
        if [_fields(m) for m in got] != expected[0]:
            raise Refused("de metingen kunnen niet getrouw in YAML bewaard worden (bij teruglezen "
                          "veranderen ze); er is niets geschreven")
        if got:
            lines.append(got[-1].src[1])

    r = update_data(data, change, verify)
    if wijze == NIEUW:
        r.line = lines[0]
    return r
