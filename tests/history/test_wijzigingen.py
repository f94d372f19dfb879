"""`pa wijzigingen`: what changed in the data, read from a real git history."""

from __future__ import annotations

import json
import subprocess

import pytest

from conftest import AFSPRAKEN, AGENDA, Git, handout_changes

ROW_117 = ("  - nr: \"1.1.7\"\n    onderwerp: Beschikbare woningen voor jongeren onder de 23 jaar\n"
           "    actie: De beschikbaarheid van goedkope woningen ten behoeve van jongeren ligt "
           "minimaal op hetzelfde niveau als 2021.\n    trekker: [Corporaties]\n"
           "    status: open\n\n")


@pytest.fixture
def history(repo: Git, ws, run) -> dict[str, str]:
    """Five commits after the shipped data: pa set, hand edits, a text change, a rename of the
    data directory with one more pa set. Returns the short ids by name."""
    ids = {"begin": repo("rev-parse", "--short", "HEAD").stdout.strip()}
    assert run("set", "1.1.3", "--status", "lopend", "-m", "Eerste bouwtafel gehouden",
               "--datum", "2023-02-01").code == 0
    repo.commit("1.1.3 lopend", "2023-02-01")
    ws.replace(AGENDA, "    trekker: [Corporaties]\n    termijn: najaar 2022\n",
               "    trekker: [Corporaties, Gemeente]\n    termijn: voorjaar 2023\n")
    ws.replace(AGENDA, "  - nr: \"2.2\"  # leeg in het document: geen actie, trekker of datum\n"
               "    onderwerp: Warmteplannen per wijk\n",
               "  - nr: \"2.2\"\n    onderwerp: Warmteplannen per wijk\n"
               "    actie: Transitievisie warmte bespreken.\n    trekker: [Gemeente]\n"
               "    termijn: eind 2023\n    status: open\n")
    ws.replace(AGENDA, ROW_117, "")
    repo.commit("Agenda bijgewerkt in het overleg", "2023-02-15")
    ws.replace(AGENDA, "actie: Bespreken in ambtelijk overleg data-analyse",
               "actie: Bespreken in bestuurlijk overleg de data-analyse")
    ws.replace(AFSPRAKEN, "tekst: Partijen delen hun gegevens over",
               "tekst: Partijen delen jaarlijks hun gegevens over")
    ws.replace(AFSPRAKEN, "aliassen: [Woongoed]", "aliassen: [Woongoed, Woongoed ZVL]")
    ws.replace(AFSPRAKEN, "leden: [shb, bewonersraad-clavis]", "leden: [bewonersraad-clavis, shb]")
    ws.replace(AFSPRAKEN, "leden: [clavis, wzv]",
               "leden: [clavis, wzv]\n    aliassen: [Woningcorporaties]")
    repo.commit("Teksten", "2023-03-01")
    repo("mv", "data", "gegevens")
    assert run("set", "1.1.2", "--status", "gereed", "-m", "Besproken in maart", "--datum",
               "2023-03-15", "--data", "gegevens").code == 0
    repo.commit("Map hernoemd", "2023-03-15")
    for name, rev in (("set", "HEAD~3"), ("hand", "HEAD~2"), ("tekst", "HEAD~1"),
                      ("hernoemd", "HEAD")):
        ids[name] = repo("rev-parse", "--short", rev).stdout.strip()
    return ids


TEXT = """\
Wijzigingen in de gegevens van {begin} (1 januari 2023) tot de werkmap: 10 wijzigingen

Acties
  1.1.2  status: open -> gereed (datum 15 maart 2023); toelichting: Besproken in maart
  1.1.2  termijn: najaar 2022 -> voorjaar 2023
  1.1.2  trekker: Corporaties -> Corporaties, Gemeente
  1.1.2  tekst: Bespreken in [-ambtelijk-] {{+bestuurlijk+}} overleg {{+de+}} data-analyse en \
verhuurrapportages over ontwikkelingen …
  1.1.3  status: open -> lopend (datum 1 februari 2023); toelichting: Eerste bouwtafel \
gehouden
  2.2    toegevoegd: Transitievisie warmte bespreken. (trekker: Gemeente; termijn: eind 2023; \
status: open)
  1.1.7  verwijderd: De beschikbaarheid van goedkope woningen ten behoeve van jongeren ligt \
minimaal op hetzelfde niveau als 2021.

Afspraken
  2.5  tekst: Partijen delen {{+jaarlijks+}} hun gegevens over de energieprestatie …

Partijen
  wzv  aliassen: Woongoed -> Woongoed, Woongoed ZVL

Groepen
  corporaties  aliassen: (leeg) -> Woningcorporaties
"""

MD = """\
### Wijzigingen in de gegevens

Van `{begin}` (1 januari 2023) tot de werkmap: 10 wijzigingen.

**Acties**

- **1.1.2** _Gezamenlijk inzicht in ontwikkelingen woningmarkt_ — status: `open` → `gereed` \
(datum 15 maart 2023); toelichting: Besproken in maart
- **1.1.2** _Gezamenlijk inzicht in ontwikkelingen woningmarkt_ — termijn: `najaar 2022` → \
`voorjaar 2023`
- **1.1.2** _Gezamenlijk inzicht in ontwikkelingen woningmarkt_ — trekker: `Corporaties` → \
`Corporaties, Gemeente`
- **1.1.2** _Gezamenlijk inzicht in ontwikkelingen woningmarkt_ — tekst: Bespreken in \
~~ambtelijk~~ **bestuurlijk** overleg **de** data-analyse en verhuurrapportages over \
ontwikkelingen …
- **1.1.3** _In samenhang sturen op gebiedsontwikkeling_ — status: `open` → `lopend` \
(datum 1 februari 2023); toelichting: Eerste bouwtafel gehouden
- **2.2** _Warmteplannen per wijk_ — toegevoegd: Transitievisie warmte bespreken. (trekker: \
Gemeente; termijn: eind 2023; status: open)
- **1.1.7** _Beschikbare woningen voor jongeren onder de 23 jaar_ — verwijderd: De \
beschikbaarheid van goedkope woningen ten behoeve van jongeren ligt minimaal op hetzelfde \
niveau als 2021.

**Afspraken**

- **2.5** _Delen van data energieverbruik_ — tekst: Partijen delen **jaarlijks** hun gegevens \
over de energieprestatie …

**Partijen**

- **wzv** _Woongoed Zeeuws-Vlaanderen_ — aliassen: `Woongoed` → `Woongoed, Woongoed ZVL`

**Groepen**

- **corporaties** _Corporaties_ — aliassen: (leeg) → `Woningcorporaties`
"""


def _since(run, rev: str, *more: str):
    return run("wijzigingen", "--sinds", rev, "--data", "gegevens", *more)


def test_text_lists_every_change_across_a_renamed_directory(history, run):
    """From the first commit to the work tree: status, termijn, trekker, texts as word diffs,
    an added and a removed action, a party and a group; the renamed data directory is
    followed, so nothing shows up as removed and added again, and reordered group members are
    no change."""
    r = _since(run, history["begin"])
    assert r.code == 0, r.err
    assert r.out == TEXT.format(**history)


def test_md_is_the_pull_request_comment(history, run):
    """--format md gives the same changes as Markdown for a pull request comment."""
    r = _since(run, history["begin"], "--format", "md")
    assert r.code == 0, r.err
    assert r.out == MD.format(**history)


def test_json_gives_every_change_with_its_word_diff(history, run, repo):
    """--format json: both ends, and per change soort, sleutel, wat, van, naar, toelichting;
    a text change also as words."""
    r = _since(run, history["begin"], "--format", "json")
    assert r.code == 0, r.err
    out = json.loads(r.out)
    assert out["van"] == {"commit": repo("rev-parse", history["begin"]).stdout.strip(),
                          "kort": history["begin"], "datum": "2023-01-01",
                          "onderwerp": "Gegevens zoals ondertekend"}
    assert out["tot"] is None and out["aantal"] == 10
    rows = [(c["soort"], c["sleutel"], c["wat"], c["van"], c["naar"], c["toelichting"])
            for c in out["wijzigingen"]]
    assert rows[:3] == [
        ("actie", "1.1.2", "status", "open", "gereed", "Besproken in maart"),
        ("actie", "1.1.2", "termijn", "najaar 2022", "voorjaar 2023", None),
        ("actie", "1.1.2", "trekker", "Corporaties", "Corporaties, Gemeente", None)]
    assert rows[3] == (
        "actie", "1.1.2", "tekst",
        "Bespreken in ambtelijk overleg data-analyse en verhuurrapportages over ontwikkelingen "
        "in de woningmarkt en de wachttijden van verschillende groepen woningzoekenden.",
        "Bespreken in bestuurlijk overleg de data-analyse en verhuurrapportages over "
        "ontwikkelingen in de woningmarkt en de wachttijden van verschillende groepen "
        "woningzoekenden.", None)
    assert set(out["wijzigingen"][0]) == {"soort", "sleutel", "onderwerp", "wat", "van", "naar",
                                          "toelichting", "details", "stap"}
    assert out["wijzigingen"][0]["stap"] == "15 maart 2023"  # the --datum of pa set's step
    assert "stap" not in out["wijzigingen"][1]
    assert rows[4:] == [
        ("actie", "1.1.3", "status", "open", "lopend", "Eerste bouwtafel gehouden"),
        ("actie", "2.2", "toegevoegd", None, "Transitievisie warmte bespreken.", None),
        ("actie", "1.1.7", "verwijderd", ROW_117.split("actie: ")[1].split("\n")[0], None,
         None),
        ("afspraak", "2.5", "tekst",
         "Partijen delen hun gegevens over de energieprestatie van woningen.",
         "Partijen delen jaarlijks hun gegevens over de energieprestatie van woningen.", None),
        ("partij", "wzv", "aliassen", "Woongoed", "Woongoed, Woongoed ZVL", None),
        ("groep", "corporaties", "aliassen", None, "Woningcorporaties", None)]
    assert out["wijzigingen"][3]["woorden"] == [
        ["=", "Bespreken in"], ["-", "ambtelijk"], ["+", "bestuurlijk"], ["=", "overleg"],
        ["+", "de"], ["=", "data-analyse en verhuurrapportages over ontwikkelingen …"]]
    assert out["wijzigingen"][5]["details"] == "trekker: Gemeente; termijn: eind 2023; status: open"


def test_a_date_means_the_last_commit_before_it(history, run):
    """--sinds 2023-02-20 starts at the commit of 15 february; --tot ends at a revision."""
    r = _since(run, "20-02-2023", "--tot", history["tekst"])
    assert r.code == 0, r.err
    assert r.out == (
        f"Wijzigingen in de gegevens van {history['hand']} (15 februari 2023) tot "
        f"{history['tekst']} (1 maart 2023): 4 wijzigingen\n\n"
        "Acties\n"
        "  1.1.2  tekst: Bespreken in [-ambtelijk-] {+bestuurlijk+} overleg {+de+} data-analyse "
        "en verhuurrapportages over ontwikkelingen …\n\n"
        "Afspraken\n"
        "  2.5  tekst: Partijen delen {+jaarlijks+} hun gegevens over de energieprestatie …\n\n"
        "Partijen\n"
        "  wzv  aliassen: Woongoed -> Woongoed, Woongoed ZVL\n\n"
        "Groepen\n"
        "  corporaties  aliassen: (leeg) -> Woningcorporaties\n")


def test_a_date_counts_the_changes_of_that_day(history, run):
    """--sinds 15-02-2023, the day of a commit: its changes count ("vanaf 15 februari"), so the
    comparison starts at the commit before it (1 februari)."""
    r = _since(run, "15-02-2023", "--tot", history["hand"])
    assert r.code == 0, r.err
    assert r.out.startswith(f"Wijzigingen in de gegevens van {history['set']} (1 februari 2023) "
                            f"tot {history['hand']} (15 februari 2023): ")
    assert "  1.1.2  termijn: najaar 2022 -> voorjaar 2023" in r.out


def test_pa_set_alone_is_one_status_change(history, run):
    """Between the first commit and the pa set commit there is exactly that status change."""
    r = _since(run, history["begin"], "--tot", history["set"])
    assert r.out.splitlines()[-1] == (
        "  1.1.3  status: open -> lopend (datum 1 februari 2023); toelichting: Eerste bouwtafel "
        "gehouden")
    assert r.out.splitlines()[0].endswith(": 1 wijziging")


def test_no_changes_is_one_sentence(history, run):
    """Nothing changed since HEAD: one sentence, in every format, exit 0."""
    head = history["hernoemd"]
    r = _since(run, "HEAD")
    assert (r.code, r.out) == (0, f"Geen wijzigingen in de gegevens van {head} (15 maart 2023) "
                                  "tot de werkmap.\n")
    r = _since(run, "HEAD", "--format", "md")
    assert r.out.endswith(f"Geen wijzigingen van `{head}` (15 maart 2023) tot de werkmap.\n")
    assert json.loads(_since(run, "HEAD", "-f", "json").out)["wijzigingen"] == []


def test_changes_is_the_english_alias(history, run):
    """pa changes gives the same as pa wijzigingen."""
    assert _since(run, "HEAD~1").out == run("changes", "--sinds", "HEAD~1", "--data",
                                             "gegevens").out


def test_shallow_clone_says_how_to_fetch_the_history(history, tmp_path, run, monkeypatch):
    """In a clone of depth 1 an older revision is missing: exit 1, with the fetch advice."""
    clone = tmp_path / "kloon"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{tmp_path}", str(clone)],
                   check=True)
    monkeypatch.chdir(clone)
    r = run("wijzigingen", "--sinds", history["begin"], "--data", "gegevens")
    assert r.code == 1
    assert r.err.strip() == (
        f"pa: revisie '{history['begin']}' (--sinds) is niet gevonden; deze kloon is ondiep "
        "(shallow) en mist de oudere geschiedenis: haal die op met 'git fetch --unshallow' (in "
        "GitHub Actions: actions/checkout met fetch-depth: 0; in GitLab CI: GIT_DEPTH: 0)")


def test_handout_shows_the_changes_since_the_previous_overleg(history, run):
    """In a git repository the handout ends with the changes from --sinds on (against the last
    commit before that day), as a table whose texts are word diffs."""
    assert handout_changes(run, "--peildatum", "2023-03-20", "--sinds", "2023-02-20", "--data",
                           "gegevens") == (
        "Wat er in de gegevens veranderde vanaf 20 februari 2023, vergeleken met de laatste "
        f"bewaarde versie daarvoor (van 15 februari 2023, kenmerk {history['hand']}).\n\n"
        "| soort | nr | onderwerp | wijziging |\n"
        "|---|---|---|---|\n"
        "| actie | 1.1.2 | Gezamenlijk inzicht in ontwikkelingen woningmarkt | status: open → "
        "gereed (datum 15 maart 2023); toelichting: Besproken in maart |\n"
        "| actie | 1.1.2 | Gezamenlijk inzicht in ontwikkelingen woningmarkt | tekst: Bespreken in "
        "~~ambtelijk~~ **bestuurlijk** overleg **de** data-analyse en verhuurrapportages over "
        "ontwikkelingen … |\n"
        "| afspraak | 2.5 | Delen van data energieverbruik | tekst: Partijen delen **jaarlijks** "
        "hun gegevens over de energieprestatie … |\n"
        "| partij | wzv | Woongoed Zeeuws-Vlaanderen | aliassen: Woongoed → Woongoed, Woongoed "
        "ZVL |\n"
        "| groep | corporaties | Corporaties | aliassen: (leeg) → Woningcorporaties |")


def test_handout_html_marks_words_removed_and_added(history, run):
    """In HTML a changed text shows its removed words in <del> and its new words in <ins>."""
    r = run("report", "handout", "--format", "html", "--peildatum", "2023-03-20", "--sinds",
            "2023-02-20", "--data", "gegevens")
    assert r.code == 0, r.err
    assert "tekst: Bespreken in <del>ambtelijk</del> <ins>bestuurlijk</ins> overleg <ins>de</ins>" \
        in r.out


def test_handout_before_the_first_commit_says_so(history, run):
    """A previous overleg before the data was in git: one line instead of the table."""
    r = run("report", "handout", "--peildatum", "2023-03-20", "--sinds", "2022-12-01",
            "--data", "gegevens")
    assert ("## 6. Wijzigingen sinds het vorige overleg\n\nVan vóór 1 december 2022 is geen "
            "versie van de gegevens bewaard; wat er sindsdien veranderde, is daarom niet te "
            "tonen.\n") in r.out


def test_next_agenda_is_one_line_then_what_differs(repo, ws, run):
    """After `pa agenda nieuw` the new agenda is one line with its counts (issue 20, point 10);
    a carried action shows only where it differs from the row it came from (a termijn filled
    in, a text changed), not its herkomst or 'vast te stellen', and the old row's
    `doorgeschoven` is in the count. A multi-line actie stays on its own indented line."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    r = run("wijzigingen", "--sinds", "HEAD")
    assert r.code == 0, r.err
    head = repo("rev-parse", "--short", "HEAD").stdout.strip()
    assert r.out == (
        f"Wijzigingen in de gegevens van {head} (1 januari 2023) tot de werkmap: 1 wijziging\n"
        "\n"
        "Agenda's\n"
        "  2024-2025  toegevoegd: Uitvoeringsagenda 2024-2025 (43 acties doorgeschoven, 0 nieuw, "
        "11 lege rijen)\n")
    new = "agenda-2024-2025.yaml"
    ws.replace(new, "    termijn: vast te stellen  # in 2022-2023: najaar 2022\n    status: open\n"
               "    herkomst: \"2022-2023/1.1.3\"", "    termijn: najaar 2024\n    status: open\n"
               "    herkomst: \"2022-2023/1.1.3\"")
    ws.replace(new, "- Inzet van een doorstroommakelaar\n",
               "- Inzet van twee doorstroommakelaars\n")
    ws.replace(new, "  - nr: \"1.2.1\"\n    onderwerp: Huurbeleid\n",
               "  - nr: \"1.2.1\"\n    onderwerp: Huurbeleid\n    actie: |-\n      Huurbeleid "
               "afstemmen.\n      Eerst de corporaties.\n    trekker: [Corporaties]\n"
               "    termijn: eind 2024\n    status: open\n")
    r = run("wijzigingen", "--sinds", "HEAD")
    assert r.code == 0, r.err
    assert r.out.splitlines()[1:] == [
        "",
        "Agenda's",
        "  2024-2025  toegevoegd: Uitvoeringsagenda 2024-2025 (43 acties doorgeschoven, 1 nieuw, "
        "10 lege rijen)",
        "",
        "Acties",
        "  2024-2025/1.1.3   termijn: najaar 2022 -> najaar 2024",
        "  2024-2025/1.1.10  tekst: … hiervan is: - Inzet van [-een doorstroommakelaar-] "
        "{+twee doorstroommakelaars+} - Een pilot doorstroomaanpak - …",
        "  2024-2025/1.2.1   toegevoegd: Huurbeleid afstemmen.\\nEerst de corporaties. (trekker: "
        "Corporaties; termijn: eind 2024; status: open)"]
    md = run("wijzigingen", "--sinds", "HEAD", "--format", "md").out
    assert ("- **2024-2025** _Uitvoeringsagenda 2024-2025_ — toegevoegd: Uitvoeringsagenda "
            "2024-2025 (43 acties doorgeschoven, 1 nieuw, 10 lege rijen)") in md
    data = json.loads(run("wijzigingen", "--sinds", "HEAD", "--format", "json").out)
    assert [(c["sleutel"], c["wat"]) for c in data["wijzigingen"]] == [
        ("2024-2025", "toegevoegd"), ("2024-2025/1.1.3", "termijn"),
        ("2024-2025/1.1.10", "tekst"), ("2024-2025/1.2.1", "toegevoegd")]


def test_a_carried_action_shows_its_own_progress(repo, ws, run):
    """A step recorded on the carried row after `pa agenda nieuw` is that row's change, with
    the --datum it was given; the old agenda's row keeps its own history."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    assert run("set", "2024-2025/1.1.3", "-s", "lopend", "-m", "Bouwtafel gepland", "--datum",
               "2024-05-01").code == 0
    r = run("wijzigingen", "--sinds", "HEAD")
    assert r.code == 0, r.err
    assert r.out.splitlines()[3:] == [
        "  2024-2025  toegevoegd: Uitvoeringsagenda 2024-2025 (43 acties doorgeschoven, 0 nieuw, "
        "11 lege rijen)",
        "",
        "Acties",
        "  2024-2025/1.1.3  status: open -> lopend (datum 1 mei 2024); toelichting: Bouwtafel "
        "gepland"]


def test_vaststelling_and_titel_of_an_agenda_are_changes(repo, ws, run):
    """Adopting an agenda is a bestuurlijk besluit (afspraak 5.3): `vastgesteld` shows first, in
    text, JSON, Markdown (the CI comment) and the handout; so does a changed titel."""
    assert run("agenda", "nieuw", "2024-2025").code == 0
    repo.commit("Agenda 2024-2025", "2024-03-01")
    ws.replace("agenda-2024-2025.yaml", "titel: Uitvoeringsagenda 2024-2025\n",
               "titel: Uitvoeringsagenda 2024 en 2025\nvastgesteld: 2024-04-08\n")
    r = run("wijzigingen", "--sinds", "HEAD")
    assert r.code == 0, r.err
    head = repo("rev-parse", "--short", "HEAD").stdout.strip()
    assert r.out == (
        f"Wijzigingen in de gegevens van {head} (1 maart 2024) tot de werkmap: 2 wijzigingen\n"
        "\n"
        "Agenda's\n"
        "  2024-2025  vastgesteld: (leeg) -> 8 april 2024\n"
        "  2024-2025  titel: Uitvoeringsagenda 2024-2025 -> Uitvoeringsagenda 2024 en 2025\n")
    data = json.loads(run("wijzigingen", "--sinds", "HEAD", "--format", "json").out)
    assert data["aantal"] == 2
    assert data["wijzigingen"][0] == {
        "soort": "agenda", "sleutel": "2024-2025", "onderwerp": "Uitvoeringsagenda 2024 en 2025",
        "wat": "vastgesteld", "van": None, "naar": "8 april 2024", "toelichting": None,
        "details": None}
    md = run("wijzigingen", "--sinds", "HEAD", "--format", "md").out
    assert ("**Agenda's**\n\n- **2024-2025** _Uitvoeringsagenda 2024 en 2025_ — vastgesteld: "
            "(leeg) → `8 april 2024`\n") in md
    section = handout_changes(run, "--peildatum", "2024-04-10", "--sinds", "2024-03-02")
    assert section.splitlines()[2:] == [
        "| soort | nr | onderwerp | wijziging |",
        "|---|---|---|---|",
        "| agenda | 2024-2025 | Uitvoeringsagenda 2024 en 2025 | vastgesteld: (leeg) → 8 april "
        "2024 |",
        "| agenda | 2024-2025 | Uitvoeringsagenda 2024 en 2025 | titel: Uitvoeringsagenda "
        "2024-2025 → Uitvoeringsagenda 2024 en 2025 |"]


def test_which_overleg_looks_back_is_a_change_of_the_cycle(repo: Git, ws, run):
    """`terugblik` of a moment decides which handout has the terugblik: moving it shows."""
    ws.replace(AFSPRAKEN, "    terugblik: true\n", "")
    ws.replace(AFSPRAKEN, "    wanneer: oktober  # \"Najaarsoverleg (oktober)\" (cyclus)\n",
               "    wanneer: oktober  # \"Najaarsoverleg (oktober)\" (cyclus)\n"
               "    terugblik: true\n")
    r = run("wijzigingen", "--sinds", "HEAD")
    assert r.code == 0, r.err
    assert r.out.endswith("Cyclus\n"
                          "  voorjaarsoverleg  terugblik: ja -> nee\n"
                          "  najaarsoverleg    terugblik: nee -> ja\n"), r.out
