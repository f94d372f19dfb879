"""Run pa in a pseudo-terminal of a given width, as a user's terminal window would be."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def in_terminal(args: list[str], cwd: Path, columns: int, code: int = 0, **env: str) -> str:
    """pa's output in a terminal of `columns` x 40 (stdout and stderr, as the user sees them)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR")}
    environ.update(env)
    proc = subprocess.Popen([sys.executable, "-m", "pa_cli", *args], cwd=cwd, env=environ,
                            stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            proc.kill()
            pytest.fail("pa did not finish in a terminal")
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal closed: pa has finished
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=30) == code
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
