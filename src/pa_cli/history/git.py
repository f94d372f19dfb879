"""Read older versions of the data from git: which commit a revision or date means, and the data
directory's files as they were in it (following renames).

Only git itself is asked, as a subprocess without a shell and with a timeout. What an older
version holds is untrusted: it is read by pa's own loader from bytes and validated like any
data, and a version with errors is refused rather than compared.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pa_cli.base import repo
from pa_cli.base.exits import UsageProblem
from pa_cli.base.problems import FOUT, Problem, printable
from pa_cli.load.dataset import AFSPRAKEN_FILE, AGENDA_GLOB, INDICATOREN_FILE, Dataset

if TYPE_CHECKING:
    import subprocess

__all__ = ["HistoryProblem", "NotInGit", "Commit", "Repository", "repository", "load_at", "TIMEOUT"]

TIMEOUT = 30  # seconds for one git command
MAX_BLOB = 5_000_000  # as yamlio.read.MAX_BYTES: larger files are refused unread
_OBJECT_ID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")  # SHA-1 or SHA-256
# what git reads as an option, an exclusion or a range (-p, ^A, A..B, A^@, A^!, A^-): not one
# commit to compare with
_NOT_ONE_REVISION = re.compile(r"^[-^]|\.\.|\^[@!-]")


class HistoryProblem(Exception):
    """git cannot give what was asked (no repository, missing history): exit 1, Dutch."""


class NotInGit(HistoryProblem):
    """The data directory lies in no git repository at all (not: one pa refuses)."""


class Commit(NamedTuple):
    sha: str
    short: str
    datum: date
    onderwerp: str  # the first line of the commit message

    def naam(self) -> str:
        from pa_cli.base.fmt import datum_nl

        return f"{self.short} ({datum_nl(self.datum)})"


# How pa runs git, in one place (`_Git.run`). What a pull request controls is the work tree
# (any file but a `.git`, which git never checks out) and its commits; a CI job may also pass on
# environment variables. So pa finds the repository itself and names it to git explicitly, and
# builds a command line under which no configuration can start a program. For each way git
# can start one, what pa does (checked against git 2.39, see tests/history/test_git_safety.py):
# - a git folder planted in the data (HEAD, objects/, refs/ and a config) or a `.git` pointer
#   into the work tree: `repository()` refuses the first and ignores any git folder but the
#   `.git` of the work tree it finds; `--git-dir`/`--work-tree` are always given, so git never
#   searches; `safe.bareRepository=explicit` for the one search that checks ownership;
# - GIT_DIR, GIT_WORK_TREE, GIT_CONFIG_PARAMETERS, GIT_EXTERNAL_DIFF, GIT_PAGER and every other
#   GIT_* variable from outside: dropped, pa sets its own;
# - core.fsmonitor (run whenever the index is read): `core.fsmonitor=` (empty is "off" in every
#   git version; `false` would be a hook named false before git 2.36);
# - hooks: none of the commands below runs one; `core.hooksPath` points at nothing anyway;
# - clean/smudge/process filters (.gitattributes): `cat-file --batch` without `--filters` gives
#   the stored bytes, and the renames come from `diff-index --cached`, which compares the commit
#   with the index and never reads (and so never cleans) a work-tree file (nor looks into a
#   submodule's work tree, which would start git there with the submodule's own config);
# - diff drivers and textconv: `--no-ext-diff --no-textconv`, and only names are asked for;
# - log.showSignature with gpg.program/gpg.ssh.program: `log.showSignature=false`;
# - core.pager: `--no-pager` (and stdout is a pipe);
# - core.sshCommand, remote helpers, credential helpers: only reached by fetching, which a
#   partial clone does on its own for a missing object; GIT_NO_LAZY_FETCH (newer git) and
#   GIT_ALLOW_PROTOCOL naming no protocol (git 2.39 too) stop that: pa never reaches the network;
# - include.path/includeIf in a config: the settings above are on the command line, which
#   git reads after every config file, so no included file overrides them;
# - replace refs: `--no-replace-objects`, so a commit is read as it was stored.
# System and global configuration stay: they are the user's own (and hold safe.directory).
_CONFIG = (
    "safe.bareRepository=explicit",
    "core.fsmonitor=",
    f"core.hooksPath={os.devnull}",
    "log.showSignature=false",
)
_NO_PROTOCOL = "pa-no-network"  # GIT_ALLOW_PROTOCOL: only this (non-existent) protocol is allowed


def _environment(**extra: str) -> dict[str, str]:
    """The environment git runs in: the caller's without any GIT_* variable, plus pa's."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("GIT_")}
    env.update(GIT_TERMINAL_PROMPT="0", GIT_NO_LAZY_FETCH="1", GIT_ALLOW_PROTOCOL=_NO_PROTOCOL,
               GIT_OPTIONAL_LOCKS="0", LC_ALL="C", **extra)
    return env


class _Git:
    """git for one repository: its work tree `root` and git folder `git_dir`, both found by pa.
    Without `git_dir` git searches from `root` (only `repository()` does that, once)."""

    def __init__(self, root: Path, git_dir: Path | None = None) -> None:
        self.root, self.git_dir = root, git_dir

    def command(self, *args: str) -> list[str]:
        """The command line for `git ARGS`, hardened as described above."""
        where = [] if self.git_dir is None else [f"--git-dir={self.git_dir}",
                                                  f"--work-tree={self.root}"]
        config = [arg for setting in _CONFIG for arg in ("-c", setting)]
        return ["git", "--no-pager", "--no-replace-objects", *where, *config, *args]

    def run(self, *args: str, feed: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        """git with these arguments, `feed` on its standard input (else nothing)."""
        import subprocess  # only here: `pa report` builds this object without running git

        # the one search for the repository stops at `root`: never a folder above it
        extra = {} if self.git_dir else {"GIT_CEILING_DIRECTORIES": str(self.root.parent)}
        stdin = None if feed is not None else subprocess.DEVNULL
        try:
            return subprocess.run(self.command(*args), cwd=self.root, capture_output=True,
                                  timeout=TIMEOUT, env=_environment(**extra), input=feed,
                                  stdin=stdin)
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

    def __init__(self, root: Path, git_dir: Path, data_dir: Path) -> None:
        self.git = _Git(root, git_dir)
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
        not_one = UsageProblem(f"{option} '{printable(rev)}' is geen revisie; geef een commit, "
                               "tak of tag (bijvoorbeeld main of HEAD~3) of een datum")
        if not rev or _NOT_ONE_REVISION.search(rev):
            raise not_one
        r = self.git.run("rev-parse", "--verify", "--quiet", "--end-of-options",
                         f"{rev}^{{commit}}")
        sha = r.stdout.decode("ascii", "replace").strip()
        if r.returncode == 0 and not _OBJECT_ID.fullmatch(sha):
            raise not_one  # git read it as more than one commit (^A, A..B): the same class
        if r.returncode != 0:
            missing = self._missing_history()
            if missing:
                raise HistoryProblem(f"revisie '{printable(rev)}' ({option}) is niet "
                                     f"gevonden{missing}")
            raise UsageProblem(f"revisie '{printable(rev)}' ({option}) bestaat niet in deze "
                               "repository; 'git log --oneline' toont de commits")
        return self._info(sha)

    def last_before(self, day: date, tip: str = "HEAD") -> Commit | None:
        """The last commit before a day (so that "sinds 27 november" counts the changes of
        27 november) in the (first-parent) history of `tip`."""
        eve = day.fromordinal(day.toordinal() - 1)
        r = self.git.run("rev-list", "-1", "--first-parent", f"--before={eve.isoformat()} "
                         "23:59:59", "--end-of-options", tip)
        sha = r.stdout.decode("ascii", "replace").strip()
        return self._info(sha) if r.returncode == 0 and _OBJECT_ID.fullmatch(sha) else None

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
        fields = self.git.out("show", "-s", "--format=%H%x00%h%x00%cs%x00%s", sha,
                              "--").split("\0", 3)
        try:
            return Commit(fields[0], fields[1], date.fromisoformat(fields[2]), fields[3])
        except (IndexError, ValueError):  # a commit with a date no calendar has
            raise HistoryProblem(f"git kan commit {sha[:12]} niet lezen (of de datum ervan); "
                                 "kies een andere revisie") from None

    def renames(self, since: Commit) -> dict[str, str]:
        """Files renamed from a commit to the index (what `git mv` and `git add` staged), as
        git's rename detection sees them: new path -> old path, both from the top."""
        # --cached: the commit against the index, never a work-tree file (which git would first
        # pass through a filter of .gitattributes); no external diff or textconv program
        args = ["diff-index", "--cached", "--no-ext-diff", "--no-textconv", "-z", "-M",
                "--name-status", since.sha]
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
            if head[1:] == [b"missing"]:  # a partial clone lacks it: pa fetches nothing
                raise HistoryProblem(f"git kan {name} niet lezen: het ontbreekt in deze kloon "
                                     "(een gedeeltelijke kloon vult pa niet aan; gebruik een "
                                     "volledige kloon)")
            if len(head) != 3 or head[0].decode() != oid or not head[2].isdigit():
                raise HistoryProblem(f"git gaf de inhoud van {name} niet zoals gevraagd "
                                     "(git cat-file); probeer het opnieuw")
            size = int(head[2])
            out[name] = raw[end + 1:end + 1 + size]
            at = end + 1 + size + 1  # the content is followed by a newline
        return out


def _is_data_file(name: str) -> bool:
    return name in (AFSPRAKEN_FILE, INDICATOREN_FILE) or Path(name).match(AGENDA_GLOB)


_GIT_FOLDER = ("objects", "refs", "commondir")  # with HEAD: what makes git take a folder for one


def _git_folder_files(directory: Path) -> list[str]:
    """The names that make `directory` look like a git folder to git (HEAD with objects/,
    refs/ or commondir); empty when it does not."""
    if not os.path.lexists(directory / "HEAD"):
        return []
    found = [n + ("/" if (directory / n).is_dir() else "") for n in _GIT_FOLDER
             if os.path.lexists(directory / n)]
    return ["HEAD", *found] if found else []


def _git_dir(top: Path, shown: str) -> Path:
    """The git folder that `top/.git` names (base/repo.py): refused when it lies in a work tree
    outside any `.git` folder, where a pull request could have written it."""
    try:
        return repo.git_dir(top)
    except repo.GitDirRefused as e:
        if e.found is None:
            raise HistoryProblem(f"{shown}/.git is geen git-map en geen verwijzing (gitdir:) "
                                 "naar een; pa leest de vorige versies uit git") from None
        raise HistoryProblem(f"{shown}/.git verwijst naar {printable(str(e.found))}, een map in "
                             "een werkmap: die kan uit de gegevens of een pull request komen, "
                             "dus pa leest daar geen geschiedenis uit. Verwijder dit "
                             ".git-bestand") from None


def repository(data_dir: Path) -> Repository:
    """The git repository that holds the data directory, found by pa itself: the nearest
    `.git` above (or in) it. HistoryProblem outside git, and for a data directory that is a
    git folder itself or a `.git` that points into a work tree (see the comment at _CONFIG)."""
    from pa_cli.load.dataset import display_path

    directory = data_dir.resolve()
    shown = display_path(data_dir)
    planted = _git_folder_files(directory)
    if planted:
        raise HistoryProblem(
            f"de datamap {shown} bevat de bestanden van een git-map ({', '.join(planted)}); "
            "pa leest geen geschiedenis uit de gegevens en vergelijkt daarom niet. Zulke "
            "bestanden horen niet bij de gegevens: verwijder ze (neem een pull request die ze "
            "toevoegt niet over)")
    top = repo.top(directory)
    if top is None:
        raise NotInGit(f"de datamap {shown} ligt niet in een git-repository; pa leest "
                             "de vorige versies uit git. Werk in een kloon van de "
                             "datarepository (of begin er een met git init)")
    git_dir = _git_dir(top, display_path(top))
    # git's own search from the top, once: it checks that the repository belongs to the user
    # (safe.directory) and that it is one; every later call names the folders explicitly
    r = _Git(top).run("rev-parse", "--absolute-git-dir", "--show-toplevel")
    lines = r.stdout.decode("utf-8", "replace").splitlines()
    if r.returncode != 0 or len(lines) != 2:
        error = r.stderr.decode("utf-8", "replace")
        if "safe.directory" in error:
            raise HistoryProblem(f"git vertrouwt de repository {display_path(top)} niet: een "
                                 "andere gebruiker is er eigenaar van. Vertrouwt u haar wel, "
                                 "zeg het git dan met 'git config --global --add "
                                 f"safe.directory {top}'")
        raise HistoryProblem(f"de datamap {shown} ligt niet in een bruikbare git-repository "
                             f"(git kan {display_path(top)}/.git niet lezen); pa leest de "
                             "vorige versies uit git")
    if not (_same(lines[0], git_dir) and _same(lines[1], top)):
        raise HistoryProblem(f"git leest {display_path(top)} anders dan pa (git-map "
                             f"{printable(lines[0])}, werkmap {printable(lines[1])}); pa "
                             "vergelijkt alleen in een gewone kloon")
    return Repository(top, git_dir, directory)


def _same(path: str, expected: Path) -> bool:
    try:
        return os.path.samefile(path, expected)
    except OSError:
        return False


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
