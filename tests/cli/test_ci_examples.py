"""The CI examples in docs/ci a data repository copies: valid YAML that calls pa as it exists."""

from __future__ import annotations

import shlex

import pytest
import typer
from ruamel.yaml import YAML

from conftest import REPO
from pa_cli.cli.typer_app import app
from pa_cli.history.wijzigingen import FORMATS as WIJZIGINGEN_FORMATS
from pa_cli.show.output import VALIDATE_FORMATS

CI = REPO / "docs" / "ci"
COMMAND = typer.main.get_command(app)
FORMAT_CHOICES = {"validate": VALIDATE_FORMATS, "wijzigingen": WIJZIGINGEN_FORMATS}


def _load(name: str) -> dict:
    return YAML(typ="safe").load((CI / name).read_text(encoding="utf-8"))


def _github_commands(doc: dict) -> list[str]:
    return [step["run"] for job in doc["jobs"].values() for step in job["steps"] if "run" in step]


def _gitlab_commands(doc: dict) -> list[str]:
    return [line for job in doc.values() if isinstance(job, dict) for line in job["script"]]


def _pa_calls(scripts: list[str]) -> list[list[str]]:
    """Every `pa ...` call in the scripts, as its words up to a redirection or `||`."""
    calls = []
    for script in scripts:
        for line in script.splitlines():
            words = shlex.split(line, comments=True)
            if words[:1] == ["pa"]:
                end = next((i for i, w in enumerate(words) if w in (">", ">>", "||", "|", "&&")),
                           len(words))
                calls.append(words[1:end])
    return calls


def _check_call(words: list[str]) -> None:
    command = COMMAND.commands.get(words[0])  # type: ignore[attr-defined]
    assert command is not None, f"pa {words[0]} does not exist"
    options = {opt: p for p in command.params for opt in p.opts}
    for i, word in enumerate(words[1:], 1):
        if word.startswith("-"):
            assert word in options, f"pa {words[0]} has no option {word}"
            if word in ("--format", "-f"):
                assert words[i + 1] in FORMAT_CHOICES[words[0]], words


@pytest.mark.parametrize("name, commands, expected", [
    ("github-actions.yml", _github_commands, [
        ["validate", "--format", "github"],
        ["wijzigingen", "--sinds", "origin/$BASIS", "--format", "md"]]),
    ("gitlab-ci.yml", _gitlab_commands, [
        ["validate", "--format", "gitlab"], ["validate"],
        ["wijzigingen", "--sinds", "$CI_MERGE_REQUEST_DIFF_BASE_SHA", "--format", "md"]]),
])
def test_ci_example_calls_existing_commands_and_options(name, commands, expected):
    """Each example parses as YAML, validates with annotations, summarises the changes as
    Markdown, and names only commands, options and formats pa has."""
    calls = _pa_calls(commands(_load(name)))
    assert calls == expected
    for words in calls:
        _check_call(words)


def test_github_example_fetches_history_and_posts_the_summary():
    """The GitHub workflow checks out the whole history (pa wijzigingen needs the target
    branch) and posts the Markdown summary on the pull request."""
    doc = _load("github-actions.yml")
    steps = doc["jobs"]["controleren"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    assert any("gh pr comment" in s.get("run", "") and "wijzigingen.md" in s["run"]
               for s in steps)
    assert doc["permissions"]["pull-requests"] == "write"


def test_gitlab_example_reports_code_quality_and_keeps_history():
    """The GitLab job keeps the whole history and hands the Code Quality report to GitLab."""
    job = _load("gitlab-ci.yml")["pa"]
    assert job["variables"]["GIT_DEPTH"] == "0"
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert any("> gl-code-quality-report.json" in line for line in job["script"])


@pytest.mark.parametrize("name, commands", [("github-actions.yml", _github_commands),
                                            ("gitlab-ci.yml", _gitlab_commands)])
def test_ci_examples_run_nothing_from_the_pull_request(name, commands):
    """Issue 16: pip runs as `python -P`, so a pip/ folder in the pull request's checkout (the
    current directory) is not imported instead of pip; GitHub's checkout keeps no token in
    .git/config, and the workflow never runs on pull_request_target."""
    doc = _load(name)
    installs = [line for script in commands(doc) for line in script.splitlines()
                if "pip install" in line]
    assert installs and all(line.strip().startswith("python -P -m pip ") for line in installs)
    if name == "github-actions.yml":
        assert list(doc["on"]) == ["pull_request"]
        checkout = doc["jobs"]["controleren"]["steps"][0]
        assert checkout["uses"].startswith("actions/checkout@")
        assert checkout["with"]["persist-credentials"] is False
