"""Read older versions of the data from git: which commit a revision or date means, and the data
directory's files as they were in it (following renames).

Only git itself is asked, as a subprocess without a shell and with a timeout. What an older
version holds is untrusted: it is read by pa's own loader from bytes and validated like any
data, and a version with errors is refused rather than compared.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pa_cli.base.exits import UsageProblem
from pa_cli.base.problems import FOUT, Problem
from pa_cli.load.dataset import AFSPRAKEN_FILE, AGENDA_GLOB, INDICATOREN_FILE, Dataset

if TYPE_CHECKING:
    import subprocess

__all__ = ["HistoryProblem", "Commit", "Repository", "repository", "load_at", "TIMEOUT"]

TIMEOUT = 30  # seconds for one git command
MAX_BLOB = 5_000_000  # as yamlread.MAX_BYTES: larger files are refused unread


class HistoryProblem(Exception):
    """git cannot give what was asked (no repository, missing history): exit 1, Dutch."""


class Commit(NamedTuple):
    sha: str
    short: str
    datum: date
    onderwerp: str  # the first line of the commit message

    def naam(self) -> str:
        from pa_cli.base.fmt import datum_nl

        return f"{self.short} ({datum_nl(self.datum)})"


class _Git:
    def __init__(self, root: Path) -> None:
        self.root = root

    def run(self, *args: str, feed: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        """git with these arguments, `feed` on its standard input (else nothing)."""
        import subprocess  # only here: `pa report` builds this object without running git

        env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
        stdin = None if feed is not None else subprocess.DEVNULL
        try:
            return subprocess.run(["git", *args], cwd=self.root, capture_output=True,
                                  timeout=TIMEOUT, env=env, input=feed, stdin=stdin)
        except FileNotFoundError:
            raise HistoryProblem("git is niet gevonden; installeer git (Debian/Ubuntu: sudo "
                                 "apt-get install git)") from None
        except subprocess.TimeoutExpired:
            raise HistoryProblem(f"git gaf binnen {TIMEOUT} seconden geen antwoord "
                                 f"(git {' '.join(args[:2])}); probeer het opnieuw") from None

    def out(self, *args: str) -> str:
        return self.run(*args).stdout.decode("utf-8", "replace").strip()


class Repository:
    """The git repository the data directory lies in."""

    def __init__(self, root: Path, data_dir: Path) -> None:
        self.git = _Git(root)
        self.root = root
        rel = data_dir.resolve().relative_to(root).as_posix()
        self.prefix = "" if rel == "." else rel + "/"  # the data directory, from the top

    def shallow(self) -> bool:
        return self.git.out("rev-parse", "--is-shallow-repository") == "true"

    def _missing_history(self) -> str:
        return ("; deze kloon is ondiep (shallow) en mist de oudere geschiedenis: haal die op "
                "met 'git fetch --unshallow' (in GitHub Actions: actions/checkout met "
                "fetch-depth: 0; in GitLab CI: GIT_DEPTH: 0)") if self.shallow() else ""

    def commit(self, rev: str, option: str) -> Commit:
        """The commit that a revision names (a commit id, branch, tag, HEAD~3)."""
        if not rev or rev.startswith("-"):
            raise UsageProblem(f"{option} '{rev}' is geen revisie; geef een commit, tak of tag "
                               "(bijvoorbeeld main of HEAD~3) of een datum")
        r = self.git.run("rev-parse", "--verify", "--quiet", "--end-of-options",
                         f"{rev}^{{commit}}")
        if r.returncode != 0:
            missing = self._missing_history()
            if missing:
                raise HistoryProblem(f"revisie '{rev}' ({option}) is niet gevonden{missing}")
            raise UsageProblem(f"revisie '{rev}' ({option}) bestaat niet in deze repository; "
                               "'git log --oneline' toont de commits")
        return self._info(r.stdout.decode().strip())

    def last_before(self, day: date, tip: str = "HEAD") -> Commit | None:
        """The last commit before a day (so that "sinds 27 november" counts the changes of
        27 november) in the (first-parent) history of `tip`."""
        eve = day.fromordinal(day.toordinal() - 1)
        r = self.git.run("rev-list", "-1", "--first-parent", f"--before={eve.isoformat()} "
                         "23:59:59", "--end-of-options", tip)
        sha = r.stdout.decode().strip()
        return self._info(sha) if r.returncode == 0 and sha else None

    def commit_before(self, day: date, tip: str, option: str) -> Commit:
        """As last_before, or a Dutch message why there is none."""
        from pa_cli.base.fmt import datum_nl

        found = self.last_before(day, tip)
        if found is None:
            missing = self._missing_history()
            raise (HistoryProblem if missing else UsageProblem)(
                f"er is geen commit vóór {datum_nl(day)} ({option}){missing}; kies een "
                "latere datum of een revisie")
        return found

    def _info(self, sha: str) -> Commit:
        full, short, day, subject = self.git.out(
            "show", "-s", "--format=%H%x00%h%x00%cs%x00%s", sha).split("\0", 3)
        return Commit(full, short, date.fromisoformat(day), subject)

    def renames(self, since: Commit) -> dict[str, str]:
        """Files renamed from a commit to the work tree, as git's rename detection sees them:
        new path -> old path, both from the top."""
        # no external diff or textconv program: only git itself reads the repository
        args = ["diff", "--no-ext-diff", "--no-textconv", "-z", "-M", "--name-status", since.sha]
        fields = self.git.run(*args, "--").stdout.decode("utf-8", "replace").split("\0")
        found = {}
        i = 0
        while i < len(fields) - 1:
            status = fields[i]
            if status.startswith(("R", "C")):
                if status.startswith("R"):
                    found[fields[i + 2]] = fields[i + 1]
                i += 3
            else:
                i += 2
        return found

    def _name(self, path: str) -> str | None:
        """The name of a data file directly in the data directory; None for any other path."""
        name = path[len(self.prefix):] if path.startswith(self.prefix) else ""
        return name if name and "/" not in name and _is_data_file(name) else None

    def _tree(self, commit: Commit, *paths: str) -> dict[str, tuple[str, str, str]]:
        """path -> (type, object id, size) of these paths (or what lies under them) in
        `commit`: one git call for any number of files."""
        out = self.git.run("ls-tree", "-z", "-l", commit.sha, "--", *paths)
        found = {}
        for entry in out.stdout.decode("utf-8", "replace").split("\0"):
            info, tab, path = entry.partition("\t")
            fields = info.split()
            if tab and len(fields) == 4:
                found[path] = (fields[1], fields[2], fields[3])
        return found

    def files(self, commit: Commit, renames: dict[str, str]) -> dict[str, bytes]:
        """The data files as they were in `commit`, by their name now (a file renamed since
        under its new name). A file too large for pa is not read: read_bytes refuses it.

        Two git calls whatever the number of files, a third for files moved into the data
        directory since (issue 16: two calls for every file made `pa wijzigingen` over a
        thousand agendas start two thousand processes)."""
        listing = self._tree(commit, self.prefix or ".")
        then: dict[str, str] = {}  # name now -> path in `commit`
        for path in listing:
            if (name := self._name(path)) is not None:
                then[name] = path
        for new_path, old_path in renames.items():
            if (new_name := self._name(new_path)) is None:
                continue  # moved out of the data directory: the old name shows its removal
            old_name = self._name(old_path)
            if old_name is not None and then.get(old_name) == old_path:
                del then[old_name]
            then[new_name] = old_path
        elsewhere = sorted({p for p in then.values() if p not in listing})
        if elsewhere:  # moved into the data directory since: its old place is not listed
            listing.update(self._tree(commit, *elsewhere))
        wanted = {}
        out = {}
        for name, path in sorted(then.items()):
            kind, oid, size = listing.get(path, ("", "", ""))
            if size.isdigit() and int(size) > MAX_BLOB:
                out[name] = b" " * (MAX_BLOB + 1)
            elif kind == "blob":
                wanted[name] = oid
            else:  # not a file (a submodule), or not there: nothing to read
                out[name] = b""
        out.update(self._blobs(wanted))
        return dict(sorted(out.items()))

    def _blobs(self, wanted: dict[str, str]) -> dict[str, bytes]:
        """name -> the content of the blob with that object id: one `git cat-file --batch`."""
        if not wanted:
            return {}
        feed = "".join(f"{oid}\n" for oid in wanted.values()).encode()
        raw = self.git.run("cat-file", "--batch", feed=feed).stdout
        out, at = {}, 0
        for name, oid in wanted.items():
            end = raw.find(b"\n", at)
            head = raw[at:end].split() if end >= 0 else []
            if len(head) != 3 or head[0].decode() != oid or not head[2].isdigit():
                raise HistoryProblem(f"git gaf de inhoud van {name} niet zoals gevraagd "
                                     "(git cat-file); probeer het opnieuw")
            size = int(head[2])
            out[name] = raw[end + 1:end + 1 + size]
            at = end + 1 + size + 1  # the content is followed by a newline
        return out


def _is_data_file(name: str) -> bool:
    return name in (AFSPRAKEN_FILE, INDICATOREN_FILE) or Path(name).match(AGENDA_GLOB)


def repository(data_dir: Path) -> Repository:
    """The git repository that holds the data directory; HistoryProblem outside git."""
    from pa_cli.load.dataset import display_path

    directory = data_dir.resolve()
    r = _Git(directory).run("rev-parse", "--show-toplevel")
    if r.returncode != 0:
        raise HistoryProblem(f"de datamap {display_path(data_dir)} ligt niet in een "
                             "git-repository; pa leest de vorige versies uit git. Werk in een "
                             "kloon van de datarepository (of begin er een met git init)")
    return Repository(Path(r.stdout.decode().strip()).resolve(), directory)


def load_at(repo: Repository, data_dir: Path, commit: Commit,
            renames: dict[str, str]) -> Dataset:
    """The data as it was in `commit`, read and validated by pa's own loader from the bytes
    git gives; HistoryProblem when it did not exist or has errors."""
    from pa_cli.check.validate import validate
    from pa_cli.load.dataset import display_path, load
    from pa_cli.show.output import invalid_data_report

    files = repo.files(commit, renames)
    if AFSPRAKEN_FILE not in files:
        raise HistoryProblem(f"in {commit.naam()} bestond {repo.prefix}{AFSPRAKEN_FILE} nog "
                             "niet; kies een latere revisie of datum")
    ds = load(data_dir, snapshot=files)
    errors = [p for p in validate(ds) if p.severity == FOUT]
    if errors:
        shown = [Problem(f"{commit.short}:{p.file}", *p[1:]) for p in errors]
        report = invalid_data_report(ds, shown).split("\n", 1)[1]
        raise HistoryProblem(f"de gegevens in {commit.naam()} bevatten fouten, zodat pa ze niet "
                             f"kan vergelijken; kies een andere revisie:\n{report}")
    ds.directory = Path(display_path(data_dir))
    return ds
