"""`pa wijzigingen` and the handout on indicatoren.yaml: metingen and indicators, from real git."""

from __future__ import annotations

import json
from datetime import date
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, Git, handout_changes
from pa_cli.history.diff_monitor import monitor_changes
from pa_cli.load.dataset import Dataset, load
from pa_cli.model.monitor import Indicatoren, Meting

INDICATOREN = "indicatoren.yaml"


@pytest.fixture
def metingen(repo: Git, ws, run) -> dict[str, str]:
    """Three metingen recorded with pa meet, then corrected by hand (a waarde and bron, a jaar),
    then one removed, then indicators redefined; each a commit. Returns short ids by name."""
    ids = {"begin": repo("rev-parse", "--short", "HEAD").stdout.strip()}
    for args in (("sociale-voorraad", "--waarde", "2540", "--jaar", "2024", "--bron",
                  "Jaarverslag Clavis", "--corporatie", "clavis"),
                 ("aanbod-regulier", "--waarde", "78", "--jaar", "2024", "--bron",
                  "Verhuurrapportage 2024"),
                 ("voorraad-huurklasse", "--waarde", "960", "--peildatum", "2024-01-01",
                  "--bron", "Schema voorraad", "--corporatie", "Clavis", "--huurklasse",
                  "goedkoop")):
        r = run("meet", *args)
        assert r.code == 0, r.err
    ids["meet"] = repo.commit("Cijfers 2024", "2025-02-01")[:7]
    ws.replace(INDICATOREN, "    waarde: 78\n    eenheid: procent\n    bron: Verhuurrapportage "
               "2024", "    waarde: 79.5\n    eenheid: procent\n    bron: Jaarverslag Clavis 2024")
    ws.replace(INDICATOREN, "    jaar: 2024\n    waarde: 2540", "    jaar: 2023\n    waarde: 2540")
    ids["correctie"] = repo.commit("Correctie", "2025-02-15")[:7]
    text = ws.read(INDICATOREN)
    start = text.index("  - indicator: aanbod-regulier\n")
    end = text.index("  - indicator: voorraad-huurklasse\n")
    ws.write(INDICATOREN, text[:start] + text[end:])
    ids["weg"] = repo.commit("Meting eraf", "2025-03-01")[:7]
    return ids


def _between(run, a: str, b: str, *more: str):
    r = run("wijzigingen", "--sinds", a, "--tot", b, *more)
    assert r.code == 0, r.err
    return r.out


def test_metingen_recorded_with_pa_meet_are_added(metingen, run):
    """Each meting recorded with pa meet is one line: its name as the monitor gives it, its
    waarde with the unit and its bron."""
    assert _between(run, metingen["begin"], metingen["meet"]) == (
        f"Wijzigingen in de gegevens van {metingen['begin']} (1 januari 2023) tot "
        f"{metingen['meet']} (1 februari 2025): 3 wijzigingen\n\n"
        "Metingen\n"
        "  sociale-voorraad 2024 (Clavis)                         toegevoegd: 2.540 woningen "
        "(bron: Jaarverslag Clavis)\n"
        "  aanbod-regulier 2024                                   toegevoegd: 78% (bron: "
        "Verhuurrapportage 2024)\n"
        "  voorraad-huurklasse 1 januari 2024 (Clavis, goedkoop)  toegevoegd: 960 woningen (bron: "
        "Schema voorraad)\n")


def test_a_meting_corrected_by_hand_shows_what_changed(metingen, run):
    """A corrected waarde and bron are two changes of the same meting; a corrected jaar (same
    indicator, corporatie, waarde and bron) is one change of its datum, not a removal and an
    addition."""
    assert _between(run, metingen["meet"], metingen["correctie"]) == (
        f"Wijzigingen in de gegevens van {metingen['meet']} (1 februari 2025) tot "
        f"{metingen['correctie']} (15 februari 2025): 3 wijzigingen\n\n"
        "Metingen\n"
        "  sociale-voorraad 2023 (Clavis)  datum: 2024 -> 2023\n"
        "  aanbod-regulier 2024            waarde: 78% -> 79,5%\n"
        "  aanbod-regulier 2024            bron: Verhuurrapportage 2024 -> Jaarverslag Clavis "
        "2024\n")


def test_a_removed_meting_names_its_last_waarde_and_bron(metingen, run):
    """A meting taken out of the file is listed as removed, with what it said."""
    assert _between(run, metingen["correctie"], metingen["weg"]) == (
        f"Wijzigingen in de gegevens van {metingen['correctie']} (15 februari 2025) tot "
        f"{metingen['weg']} (1 maart 2025): 1 wijziging\n\n"
        "Metingen\n"
        "  aanbod-regulier 2024  verwijderd: 79,5% (bron: Jaarverslag Clavis 2024)\n")


def test_md_lists_metingen_for_the_pull_request(metingen, run):
    """--format md: a section Metingen with the indicator's naam beside each meting."""
    assert _between(run, metingen["meet"], metingen["weg"], "--format", "md") == (
        "### Wijzigingen in de gegevens\n\n"
        f"Van `{metingen['meet']}` (1 februari 2025) tot `{metingen['weg']}` (1 maart 2025): "
        "2 wijzigingen.\n\n"
        "**Metingen**\n\n"
        "- **sociale-voorraad 2023 (Clavis)** _Omvang sociale voorraad_ — datum: `2024` → "
        "`2023`\n"
        "- **aanbod-regulier 2024** _Vrijkomend aanbod voor reguliere woningzoekenden_ — "
        "verwijderd: 78% (bron: Verhuurrapportage 2024)\n")


def test_json_gives_each_meting_its_identity(metingen, run):
    """--format json: the usual keys, and for a meting also `meting` with indicator, jaar,
    peildatum, corporatie, kern and huurklasse; other changes keep exactly their keys."""
    out = json.loads(_between(run, metingen["begin"], metingen["correctie"], "-f", "json"))
    rows = [(c["soort"], c["sleutel"], c["wat"], c["van"], c["naar"], c["details"])
            for c in out["wijzigingen"]]
    assert rows == [
        ("meting", "sociale-voorraad 2023 (Clavis)", "toegevoegd", None, "2.540 woningen",
         "bron: Jaarverslag Clavis"),
        ("meting", "aanbod-regulier 2024", "toegevoegd", None, "79,5%",
         "bron: Jaarverslag Clavis 2024"),
        ("meting", "voorraad-huurklasse 1 januari 2024 (Clavis, goedkoop)", "toegevoegd", None,
         "960 woningen", "bron: Schema voorraad")]
    assert out["wijzigingen"][2]["meting"] == {
        "indicator": "voorraad-huurklasse", "jaar": None, "peildatum": "2024-01-01",
        "corporatie": "Clavis", "kern": None, "huurklasse": "goedkoop"}
    assert set(out["wijzigingen"][0]) == {"soort", "sleutel", "onderwerp", "wat", "van", "naar",
                                          "toelichting", "details", "meting"}


def test_a_corporatie_written_otherwise_is_the_same_meting(metingen, ws, run):
    """'Woongoed' for WZV or 'clavis' for Clavis names the same party: the meting is the same
    and only its corporatie changed, as the monitor (PA064) counts it."""
    ws.replace(INDICATOREN, "    corporatie: Clavis\n    huurklasse: goedkoop",
               "    corporatie: clavis\n    huurklasse: goedkoop")
    r = run("wijzigingen", "--sinds", "HEAD")
    assert r.out.splitlines()[2:] == [
        "Metingen",
        "  voorraad-huurklasse 1 januari 2024 (clavis, goedkoop)  corporatie: Clavis -> clavis"]


def test_indicators_redefined_are_described_in_words(repo, ws, run):
    """A changed naam, each changed or added doel in words (a doel whose years changed is one
    change), niveaus, an omschrijving as a word diff, a removed indicator and the marge."""
    ws.replace(INDICATOREN, "    naam: Aanvullende flexibele schil\n",
               "    naam: Flexibele schil\n")
    ws.replace(INDICATOREN, "      - waarde: 80\n", "      - waarde: 75\n")
    ws.replace(INDICATOREN, "      - jaren: \"2022-2025\"\n        waarde: 80\n",
               "      - jaren: \"2022-2023\"\n        waarde: 80\n"
               "      - jaren: \"2024-2025\"\n        waarde: 75\n")
    ws.replace(INDICATOREN, "(Clavis verkent er 20).", "(Clavis verkent er 20, met het Leger "
               "des Heils).")
    ws.replace(INDICATOREN, "    eenheid: projecten\n    richting: minimaal\n    niveaus: "
               "[portefeuille]", "    eenheid: projecten\n    richting: minimaal\n    niveaus: "
               "[portefeuille, corporatie]")
    text = ws.read(INDICATOREN)
    ws.write(INDICATOREN, text[:text.index("  - id: skaeve-huse-woningen")] + "metingen: []\n")
    ws.replace(INDICATOREN, "titel: Monitor prestatieafspraken Terneuzen 2022-2025\n",
               "titel: Monitor prestatieafspraken Terneuzen 2022-2025\nmarge_procent: 3\n")
    r = run("wijzigingen", "--sinds", "HEAD")
    assert r.code == 0, r.err
    assert r.out.split("\n\n", 1)[1] == (
        "Indicatoren\n"
        "  flexibele-schil       naam: Aanvullende flexibele schil -> Flexibele schil\n"
        "  flexibele-schil       doel: minimaal 80 woningen -> minimaal 75 woningen\n"
        "  aanbod-regulier       doel: minimaal 80% in 2022-2025 -> minimaal 80% in 2022-2023\n"
        "  aanbod-regulier       doel: (leeg) -> minimaal 75% in 2024-2025\n"
        "  opvangwoningen        omschrijving: … maatschappelijke opvangwoningen (Clavis "
        "verkent er [-20).-] {+20, met het Leger des Heils).+}\n"
        "  skaeve-huse           niveaus: portefeuille -> portefeuille, corporatie\n"
        "  skaeve-huse-woningen  verwijderd: Woningen Skaeve Huse\n"
        "  monitor               marge: 5% -> 3%\n")


def test_an_old_version_without_indicatoren_yaml_adds_every_indicator(repo, ws, run):
    """indicatoren.yaml missing on the old side is a monitor without indicators: each one is
    added, with its afspraak, eenheid and doelen; no error."""
    kept = ws.read(INDICATOREN)
    ws.path(INDICATOREN).unlink()
    repo.commit("Zonder monitor", "2023-02-01")
    ws.write(INDICATOREN, kept)
    r = run("wijzigingen", "--sinds", "HEAD")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].endswith(": 12 wijzigingen")
    assert ("  vrije-toewijzingsruimte   toegevoegd: Benutte vrije toewijzingsruimte (afspraak: "
            "1.1.12; eenheid: procent; doelen: maximaal 15% in 2022 (wettelijk maximum), "
            "maximaal 10% in 2023)") in lines
    r = run("wijzigingen", "--sinds", "HEAD~1", "--tot", "HEAD")
    assert r.out.splitlines()[2:4] == ["Indicatoren",
                                       "  sociale-voorraad          verwijderd: Omvang sociale "
                                       "voorraad"]


def test_handout_lists_metingen_since_the_previous_overleg(metingen, run):
    """The handout's section 6 shows the meting whose jaar was corrected and the one removed
    from --sinds on (against the last commit before that day)."""
    assert handout_changes(run, "--peildatum", "2025-03-20", "--sinds", "2025-02-10") == (
        "Wat er in de gegevens veranderde vanaf 10 februari 2025, vergeleken met de laatste "
        f"bewaarde versie daarvoor (van 1 februari 2025, kenmerk {metingen['meet']}).\n\n"
        "| soort | nr | onderwerp | wijziging |\n"
        "|---|---|---|---|\n"
        "| meting | sociale-voorraad 2023 (Clavis) | Omvang sociale voorraad | datum: 2024 → "
        "2023 |\n"
        "| meting | aanbod-regulier 2024 | Vrijkomend aanbod voor reguliere woningzoekenden | "
        "verwijderd: 78% (bron: Verhuurrapportage 2024) |")


def test_handout_html_shows_a_removed_meting_with_its_bron(metingen, run):
    """In HTML the removed meting keeps its bron beside its waarde."""
    r = run("report", "handout", "--format", "html", "--peildatum", "2025-03-20", "--sinds",
            "2025-02-10")
    assert r.code == 0, r.err
    assert ("<td>Vrijkomend aanbod voor reguliere woningzoekenden</td><td class=\"tekst\">"
            "verwijderd: 78% (bron: Verhuurrapportage 2024)</td>") in r.out


@cache
def _shipped() -> Dataset:
    return load(DATA)


EENHEID = {"aanbod-regulier": "procent", "sociale-voorraad": "woningen"}
METINGEN = st.lists(st.tuples(
    st.sampled_from(sorted(EENHEID)),
    st.one_of(st.tuples(st.integers(2021, 2025), st.none()),
              st.tuples(st.none(), st.dates(date(2021, 1, 1), date(2025, 12, 31)))),
    st.sampled_from([None, "Clavis", "clavis", "WZV", "Woongoed"]),
    st.integers(0, 100), st.sampled_from(["Jaarverslag", "Verhuurrapportage"])), max_size=8)
ALIAS = {"clavis": "Clavis", "Woongoed": "WZV"}


def _version(rows: list[tuple]) -> tuple[Dataset, set[tuple]]:
    """A dataset with the shipped afspraken and indicators and these metingen (the first of
    each identity), and the identities."""
    shipped = _shipped()
    seen: set[tuple] = set()
    metingen = []
    for ind, (jaar, peildatum), corp, waarde, bron in rows:
        key = (ind, jaar, peildatum, ALIAS.get(corp or "", corp))
        if key not in seen:
            seen.add(key)
            metingen.append(Meting(ind, waarde, EENHEID[ind], bron, jaar, peildatum, corp))
    mon = Indicatoren(shipped.indicatoren.titel, shipped.indicatoren.indicatoren, metingen)
    return Dataset(DATA, shipped.afspraken, shipped.agendas, mon), seen


@settings(max_examples=100, deadline=None)
@given(METINGEN, METINGEN)
def test_every_meting_added_or_removed_is_listed_once(old_rows, new_rows):
    """Whatever the metingen: a version compared with itself has no changes, and each meting
    only in the new version is added or is the new side of one datum change, each only in the
    old version removed or the old side of one (an alias of a corporatie is the same meting)."""
    old, old_keys = _version(old_rows)
    new, new_keys = _version(new_rows)
    assert monitor_changes(new, new) == []
    changes = monitor_changes(old, new)
    count = {w: sum(c.wat == w for c in changes) for w in ("toegevoegd", "verwijderd", "datum")}
    assert count["toegevoegd"] + count["datum"] == len(new_keys - old_keys)
    assert count["verwijderd"] + count["datum"] == len(old_keys - new_keys)
    assert all(c.soort == "meting" for c in changes)


def test_a_changed_omschrijving_is_a_word_diff_in_json_and_the_handout(repo, ws, run):
    """An indicator's omschrijving changes as words, like an afspraak's tekst: JSON gives its
    `woorden`, the handout marks removed and added words."""
    ws.replace(INDICATOREN, "(Clavis verkent er 20).", "(Clavis verkent er 20, met het Leger "
               "des Heils).")
    out = json.loads(run("wijzigingen", "--sinds", "HEAD", "-f", "json").out)
    assert [(c["sleutel"], c["wat"], c["woorden"]) for c in out["wijzigingen"]] == [
        ("opvangwoningen", "omschrijving", [
            ["=", "… maatschappelijke opvangwoningen (Clavis verkent er"], ["-", "20)."],
            ["+", "20, met het Leger des Heils)."]])]
    assert handout_changes(run, "--peildatum", "2023-03-20", "--sinds", "2023-01-02").endswith(
        "| indicator | opvangwoningen | Maatschappelijke opvangwoningen | omschrijving: … "
        "maatschappelijke opvangwoningen (Clavis verkent er ~~20).~~ **20, met het Leger des "
        "Heils).** |")
