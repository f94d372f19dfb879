"""`pa wijzigingen --sinds`: what is a revision or a date, and what pa refuses to read."""

from __future__ import annotations

import subprocess
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AGENDA, TODAY, Git
from pa_cli.base.fmt import datum_nl


@pytest.mark.parametrize("rev, code, message", [
    ("v9.9", 2, "pa: revisie 'v9.9' (--sinds) bestaat niet in deze repository; "
                "'git log --oneline' toont de commits"),
    ("-p", 2, "pa: --sinds '-p' is geen revisie; geef een commit, tak of tag (bijvoorbeeld main "
              "of HEAD~3) of een datum"),
    ("30-12-2022", 2, "pa: er is geen commit vóór 30 december 2022 (--sinds); kies een "
                      "latere datum of een revisie"),
])
def test_bad_revision_or_date_is_a_usage_problem(repo, run, rev, code, message):
    """An unknown revision, an option-like one, or a date before the first commit: exit 2."""
    r = run("wijzigingen", "--sinds", rev)
    assert (r.code, r.err.strip(), r.out) == (code, message, "")


def test_a_date_after_today_is_refused(repo, run):
    """--sinds tomorrow (issue 20, point 17) answered "Geen wijzigingen" as if nothing had been
    done since: a date after today is exit 2 that says so."""
    tomorrow = TODAY + timedelta(days=1)
    for written in (tomorrow.strftime("%d-%m-%Y"), tomorrow.isoformat()):
        r = run("wijzigingen", "--sinds", written)
        assert (r.code, r.out) == (2, "")
        assert r.err.strip() == (f"pa: --sinds {datum_nl(tomorrow)} ligt na vandaag "
                                 f"({datum_nl(TODAY)}); kies een datum tot en met vandaag of "
                                 "een revisie")
    assert run("wijzigingen", "--sinds", TODAY.isoformat()).code == 0  # today's own changes


def test_a_day_that_does_not_exist_is_no_revision(repo, run):
    """--sinds 31-02-2026 is a date meant: it says why, not "revisie bestaat niet"."""
    r = run("wijzigingen", "--sinds", "31-02-2026")
    assert (r.code, r.err.strip()) == (2, "pa: --sinds '31-02-2026' is geen datum: 31 februari "
                                          "2026 bestaat niet (februari 2026 heeft 28 dagen); "
                                          "bedoelt u 28-02-2026?")


NOT_ONE = ("pa: --sinds '{}' is geen revisie; geef een commit, tak of tag (bijvoorbeeld main of "
           "HEAD~3) of een datum")


@pytest.mark.parametrize("rev", [
    "^HEAD", "^main", "HEAD..main", "main...HEAD", "..HEAD", "HEAD..", "HEAD^@", "HEAD^!",
    "HEAD^-", "HEAD^-1", "--all", "--end-of-options", "-",
])
def test_what_git_reads_as_an_option_exclusion_or_range_is_no_revision(repo, run, rev):
    """Issue 16, 8a: '^HEAD' ended in an internal error (git answered '^<id>'). What git reads
    as an option, an exclusion or a range is not one commit to compare with: exit 2, the same
    Dutch line as for '-p', for --sinds and --tot alike."""
    repo("branch", "-q", "-M", "main")
    r = run("wijzigingen", "--sinds", rev)
    assert (r.code, r.err.strip(), r.out) == (2, NOT_ONE.format(rev), "")
    r = run("wijzigingen", "--sinds", "HEAD", "--tot", rev)
    assert (r.code, r.err.strip(), r.out) == (2, NOT_ONE.format(rev).replace("--sinds",
                                                                           "--tot"), "")


# a revision as git reads it: something before a name, the name, and what may follow
REVISION_SYNTAX = st.tuples(
    st.sampled_from(["", "^", "-", "--", "..", "...", ":", ":/", ":0:", "@", "!", " "]),
    st.sampled_from(["", "HEAD", "main", "@", "HEAD~1", "data", "Gegevens", "0" * 7]),
    st.lists(st.sampled_from(["^", "^@", "^!", "^-", "~1", "~", "..", "...", "main", "@{0}",
                              "@{-1}", "@{upstream}", "^{commit}", "^{tree}", "^{/Geg}",
                              ":data", ":afspraken.yaml", " ", "\t", "{", "}"]),
             max_size=3).map("".join),
).map("".join)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rev=REVISION_SYNTAX)
def test_any_revision_syntax_is_an_answer_never_an_internal_error(repo, run, rev):
    """Whatever git makes of a revision (special syntax, reflogs, searches, paths): pa compares
    (exit 0) or says in Dutch why not (exit 2); never exit 3 or a traceback."""
    r = run("wijzigingen", "--sinds", rev)
    assert r.code in (0, 2), (rev, r.err)
    assert "Traceback" not in r.err and "interne fout" not in r.err
    if r.code == 2:
        assert r.err.startswith("pa: ") and r.out == ""


@pytest.mark.parametrize("stamp", ["99999999999999", "-5"])
def test_a_commit_with_a_date_no_calendar_has_is_refused(repo, run, stamp):
    """A pull request's commit can carry any committer time (git shows year 3170843, or no date
    at all): pa says it cannot read that commit, exit 1, instead of an internal error."""
    tree = repo("rev-parse", "HEAD^{tree}").stdout.strip()
    body = f"tree {tree}\nauthor a <a> {stamp} +0000\ncommitter a <a> {stamp} +0000\n\nx\n"
    sha = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin"], cwd=repo.root,
                         input=body, capture_output=True, text=True, check=True).stdout.strip()
    r = run("wijzigingen", "--sinds", sha)
    assert (r.code, r.err, r.out) == (
        1, f"pa: git kan commit {sha[:12]} niet lezen (of de datum ervan); kies een andere "
           "revisie\n", "")


def test_outside_git_says_it_needs_git(run, ws):
    """A data directory outside any git repository: exit 1, one line, no traceback."""
    r = run("wijzigingen", "--sinds", "HEAD")
    assert (r.code, r.err.strip()) == (
        1, "pa: de datamap data ligt niet in een git-repository; pa leest de vorige versies uit "
           "git. Werk in een kloon van de datarepository (of begin er een met git init)")


def test_data_that_did_not_exist_yet(ws, git_env, run, tmp_path_factory):
    """A revision from before afspraken.yaml was committed: exit 1, naming the file."""
    g = Git(ws.root)
    g("init", "-q")
    aside = tmp_path_factory.mktemp("opzij") / "data"
    ws.data.rename(aside)
    (ws.root / "LEESMIJ.md").write_text("gegevens volgen\n", encoding="utf-8")
    first = g.commit("begin")[:7]
    aside.rename(ws.data)
    r = run("wijzigingen", "--sinds", "HEAD")
    assert (r.code, r.err.strip()) == (
        1, f"pa: in {first} (1 januari 2023) bestond data/afspraken.yaml nog niet; kies een "
           "latere revisie of datum")


@pytest.mark.parametrize("name, good, bad, code", [
    (AGENDA, "    status: open\n\n  - nr: \"1.1.3\"",
     "    status: !!python/object/apply:os.system [\"echo x\"]\n\n  - nr: \"1.1.3\"", "PA011"),
    ("indicatoren.yaml", "      - waarde: 80\n", "      - waarde: tachtig\n", "PA062"),
])
def test_an_old_version_with_errors_is_refused_unread(repo, ws, run, name, good, bad, code):
    """An old version that does not validate (a Python tag in the agenda, never executed; a
    doel in indicatoren.yaml that is no number) is refused with its problems, named by revision and
    file; exit 1."""
    ws.replace(name, good, bad)
    rev = repo.commit("kapot", "2023-02-01")[:7]
    line = ws.line_of(name, bad.splitlines()[0])
    ws.replace(name, bad, good)
    r = run("wijzigingen", "--sinds", rev)
    assert r.code == 1
    lines = r.err.splitlines()
    assert lines[0] == (f"pa: de gegevens in {rev} (1 februari 2023) bevatten fouten, zodat pa "
                        "ze niet kan vergelijken; kies een andere revisie:")
    assert lines[1].startswith(f"{rev}:data/{name}:{line}:")
    assert f" fout {code}: " in lines[1]
