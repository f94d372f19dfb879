"""Commands to begin with: `pa import agenda` (and `pa init`) — from what a gemeente has."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

from pa_cli.base.exits import ExitStatus
from pa_cli.cli.common import DataOpt, _err, _exit, _print, opdracht
from pa_cli.cli.one_set import one_set
from pa_cli.cli.portfolio import GemeenteOpt
from pa_cli.cli.spec import Arg, Opt

if TYPE_CHECKING:
    from pa_cli.base.problems import Problem


def _problems(problems: list) -> None:
    """Each problem on its line (stderr), at most MAX_PER_CODE of one code, then a count."""
    from pa_cli.base.problems import MAX_PER_CODE, format_problem

    shown: dict[str, int] = {}
    for p in problems:
        shown[p.code] = shown.get(p.code, 0) + 1
        if shown[p.code] <= MAX_PER_CODE:
            _err(format_problem(p))
    for code, count in shown.items():
        if count > MAX_PER_CODE:
            _err(f"pa: en nog {count - MAX_PER_CODE} keer {code}")


def import_agenda(
    bestand: Annotated[Path, Arg(metavar="BESTAND", help="Het bestand met de agenda: .xlsx, "
                                 ".ods, .docx (de tabellen) of .csv.")],
    jaren: Annotated[str, Opt("--jaren", metavar="JAREN", help="De jaren van de agenda, "
                              "bijvoorbeeld 2024-2025: pa schrijft agenda-JAREN.yaml.")],
    kolom: Annotated[Optional[list[str]], Opt(
        "--kolom", metavar="VELD=KOLOM", help="Welke kolom wat is, als pa het niet uit de koppen "
        "haalt: een letter of de kop, zoals actie=C of 'termijn=Klaar in'. Velden: nr, "
        "onderwerp, actie, trekker, termijn, status, toelichting, trekker/termijn. Mag vaker.")]
    = None,
    droog: Annotated[bool, Opt("--droog", help="Schrijf niets; toon de YAML die pa zou "
                               "schrijven.")] = False,
    vervang: Annotated[bool, Opt("--vervang", help="Vervang een agenda die er al is (anders "
                                 "geweigerd).")] = False,
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Lees een agenda in uit Excel, Word, LibreOffice of CSV.

    pa zoekt de kopregel (Nr., Onderwerp, Actie, Trekker, Termijn, Status en wat gemeenten
    daarvoor schrijven) en zegt welke kolom het voor wat nam. Wat het niet kan overnemen, meldt
    het met de plaats in het bestand (agenda.xlsx:Blad1!D7); dan schrijft het niets.

    In een portefeuille in de set die --gemeente noemt."""
    from pa_cli.edit.cellen import ImportFailed
    from pa_cli.edit.importeer import import_agenda as core

    data = one_set(data, gemeente, opdracht(
        "pa import agenda", ("--jaren", jaren), *(("--kolom", k) for k in kolom or []),
        ("--droog", droog), ("--vervang", vervang), ("--data", data))(str(bestand))).data
    try:
        r = core(data, bestand, jaren, kolom or [], droog, vervang)
    except ImportFailed as e:
        _refused(e.problems, bestand)
        return
    _err(f"kolommen: {r.kolommen}")
    _problems(r.problems)
    if droog:
        _print(r.text)
        return
    _print(f"geschreven: {r.path} ({r.rijen} rijen, waarvan {r.lege_rijen} zonder actie)")


def _ask(question: str) -> str:
    import sys

    sys.stderr.write(question)
    sys.stderr.flush()
    return sys.stdin.readline().strip()


def init(
    map_: Annotated[Optional[Path], Arg(metavar="[MAP]", show_default=False, help="De map "
                                        "voor de nieuwe set (standaard: data, of in een "
                                        "portefeuille een map naar de gemeente).")] = None,
    gemeente: Annotated[Optional[str], Opt("--gemeente", metavar="NAAM", help="De naam van "
                                           "de gemeente, zoals Veldmere.")] = None,
    looptijd: Annotated[Optional[str], Opt("--looptijd", metavar="JJJJ-JJJJ", help="De jaren "
                                           "waarin de afspraken gelden, zoals 2026-2029.")] = None,
    partij: Annotated[Optional[list[str]], Opt(
        "--partij", metavar="NAAM[=KORT]", help="Een partij die tekent, met de korte naam die "
        "de agenda als trekker gebruikt: 'Woonstichting Heidehuis=Heidehuis'. De gemeente zelf "
        "komt er vanzelf bij. Mag vaker.")] = None,
    groep: Annotated[Optional[list[str]], Opt(
        "--groep", metavar="NAAM=LID,LID", help="Een groep van partijen die samen trekker is: "
        "'Corporaties=Heidehuis,Woonveste'. Mag vaker.")] = None,
    jaren: Annotated[Optional[str], Opt("--jaren", metavar="JAREN", help="De jaren van de "
                                        "eerste (lege) agenda (standaard: het eerste jaar van "
                                        "de looptijd).")] = None,
    data: DataOpt = None,
) -> None:
    """Begin een nieuwe set afspraken die meteen klopt.

    pa schrijft afspraken.yaml en een lege eerste agenda. Wat niet als optie is gegeven,
    vraagt pa op een terminal. De bestanden kloppen meteen (pa validate); pa init
    overschrijft niets."""
    import sys

    from pa_cli.base.exits import UsageProblem
    from pa_cli.edit.init import init_set

    if sys.stdin.isatty():
        gemeente = gemeente or _ask("Gemeente: ")
        looptijd = looptijd or _ask("Looptijd (JJJJ-JJJJ): ")
        if not partij:
            partij = [p for p in _ask("Partijen naast de gemeente (NAAM=KORT, gescheiden door "
                                      "';'): ").split(";") if p.strip()]
        if not groep:
            groep = [g for g in _ask("Groepen (NAAM=LID,LID, gescheiden door ';'; leeg voor "
                                     "geen): ").split(";") if g.strip()]
    missing = [o for o, v in (("--gemeente", gemeente), ("--looptijd", looptijd)) if not v]
    if missing:
        raise UsageProblem(f"geef {' en '.join(missing)}, bijvoorbeeld: pa init --gemeente "
                           "Veldmere --looptijd 2026-2029 --partij 'Woonstichting "
                           "Heidehuis=Heidehuis'")
    assert gemeente is not None and looptijd is not None
    r = init_set(map_, gemeente, looptijd, partij or [], groep or [], jaren, data)
    for f in r.files:
        _print(f"geschreven: {f}")
    if r.portfolio:
        _print(f"bijgewerkt: {r.portfolio}")
    where = _next_options(r.directory, bool(r.portfolio), data)
    _print(f"Vul de thema's en afspraken in {r.files[0]} in, lees de agenda in met 'pa import "
           f"agenda BESTAND --jaren JAREN{where}' en controleer met 'pa validate{where}'.")


def _next_options(directory: str, joined: bool, data: Path | None) -> str:
    """How the commands after pa init find the new set, as options: in a portfolio --gemeente
    and its folder (with --data when init was given the portfolio so); on its own nothing
    when pa finds it by itself (data/ here or above), else --data and its folder."""
    import shlex

    from pa_cli.base.problems import printable
    from pa_cli.load.dataset import DataDirError, find_data_dir

    if joined:
        words = ["--data", str(data)] if data else []
        words += ["--gemeente", Path(directory).name]
    else:
        try:
            found = find_data_dir(None).resolve() == Path(directory).resolve()
        except DataDirError:
            found = False
        words = [] if found else ["--data", directory]
    def quoted(word: str) -> str:  # inside the hint's '...': "mijn set" reads better
        safe = shlex.quote(word)
        return f'"{word}"' if safe != word and not set('"$`\\!') & set(word) else safe

    return printable("".join(f" {w}" if w.startswith("--") else f" {quoted(w)}"
                             for w in words))


def import_afspraken(
    bestand: Annotated[Path, Arg(metavar="BESTAND.docx", help="Het Word-document met de "
                                 "afspraken: een kop met nummer per thema en sectie, met een "
                                 "tabel Nr., Afspraak, Trekker (en Onderwerp) eronder.")],
    droog: Annotated[bool, Opt("--droog", help="Schrijf niets; toon afspraken.yaml zoals pa het "
                               "zou schrijven.")] = False,
    vervang: Annotated[bool, Opt("--vervang", help="Vervang de thema's en afspraken die er al "
                                 "zijn (anders geweigerd).")] = False,
    data: DataOpt = None,
    gemeente: GemeenteOpt = None,
) -> None:
    """Lees de thema's en afspraken in uit een Word-document.

    pa neemt per afspraak nr, onderwerp, tekst en trekker over, onder de kop met haar nummer,
    en schrijft de themas: van afspraken.yaml; de rest van het bestand blijft. Wat het niet kan
    plaatsen, meldt het met de plaats in het document; dan schrijft het niets.

    In een portefeuille in de set die --gemeente noemt."""
    from pa_cli.edit.afspraken_import import import_afspraken as core
    from pa_cli.edit.cellen import ImportFailed

    data = one_set(data, gemeente, opdracht(
        "pa import afspraken", ("--droog", droog), ("--vervang", vervang),
        ("--data", data))(str(bestand))).data

    try:
        r = core(data, bestand, droog, vervang)
    except ImportFailed as e:
        _refused(e.problems, bestand)
        return
    _problems(r.problems)
    if droog:
        _print(r.text)
        return
    _print(f"bijgewerkt: {r.path} ({r.themas} thema's, {r.afspraken} afspraken)")


def _refused(problems: list[Problem], bestand: Path) -> None:
    """An import that wrote nothing: its problems, one line counting the errors, exit 1."""
    _problems(problems)
    errors = sum(1 for p in problems if p.severity == "fout")
    _err(f"pa: niets geschreven: {errors} {'fout' if errors == 1 else 'fouten'} in {bestand}")
    _exit(ExitStatus.ERROR)
