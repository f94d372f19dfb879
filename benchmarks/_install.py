"""pa as a user installs it, for the benchmarks: a non-editable `pip install .` into a new venv.

The project's own .venv is an editable install: its start-up hook (a .pth file with an import
finder) and setuptools' distutils hack make every Python start there cost about twice as much,
which hides how long pa itself takes. The venv made here has no pip or setuptools of its own
(pip from the running interpreter installs into it), so its `python -c pass` is a plain
interpreter start and its `pa` is the console script with bytecode compiled at install time.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def user_install() -> Iterator[Path]:
    """The bin/ directory of a temporary venv with pa installed from this checkout."""
    with tempfile.TemporaryDirectory(prefix="pa-bench-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys._base_executable, "-m", "venv", "--without-pip", str(venv)],  # type: ignore[attr-defined]
                       check=True)
        print("installing pa into a temporary venv (pip install .) ...", file=sys.stderr)
        pip = subprocess.run([sys.executable, "-m", "pip", "--python",
                              str(venv / "bin" / "python"), "install", "--quiet",
                              "--disable-pip-version-check", str(ROOT)],
                             capture_output=True, text=True, check=False)
        if pip.returncode:
            sys.exit(f"pip install . failed:\n{pip.stdout}{pip.stderr}")
        yield venv / "bin"


def time_run(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    """Seconds one run of cmd takes, its output discarded."""
    import time

    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    return time.perf_counter() - start


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by the finished child processes. On a loaded
    machine this varies far less than wall-clock time, so it says what a run costs."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_in_terminal(cmd: list[str], env: dict[str, str], cwd: Path = ROOT,
                     columns: int = 120, lines: int = 40) -> float:
    """Seconds one run of cmd takes in a pseudo-terminal of columns x lines, as in a user's
    terminal window (so pa draws with rich); its output is read and discarded."""
    import fcntl
    import os
    import pty
    import struct
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=slave, stdout=slave, stderr=slave,
                            close_fds=True)
    os.close(slave)
    try:
        while os.read(master, 65536):  # drain, or pa would block on a full terminal
            pass
    except OSError:  # the terminal closed: pa has finished
        pass
    proc.wait()
    elapsed = time.perf_counter() - start
    os.close(master)
    return elapsed
