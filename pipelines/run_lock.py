"""One huibao run at a time per warehouse: an ``fcntl.flock`` on ``<WAREHOUSE_PATH>.lock``.

Two ``make run`` started together would share the Dagster instance, the raw-file index
and the per-article store, and race to publish the warehouse. The second run therefore
waits for the first (up to ``HUIBAO_LOCK_TIMEOUT`` seconds, default 600) and then runs
against the state the first one left.

The kernel drops a ``flock`` when the last descriptor of the locked open file closes,
which includes the holder being killed (SIGKILL, OOM), so a crashed run never leaves a
stale lock. A forked child (the stages' process pool) would inherit that descriptor and
keep the lock alive if only the parent were killed, so children close it right after
``fork``. The lock file itself is never deleted: unlinking it would let a waiting
process lock an orphaned inode while a newcomer locks a fresh file.
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from pipelines.settings_check import check_lock_timeout

DEFAULT_TIMEOUT_S = 600.0
TIMEOUT_ENV = "HUIBAO_LOCK_TIMEOUT"
POLL_S = 0.2


# Descriptors of locks this process holds; a forked child closes its copies at once, so
# an orphaned pool worker never keeps the lock of a killed run.
_HELD: set[int] = set()


def _close_held_in_child() -> None:
    for fd in _HELD:
        with suppress(OSError):
            os.close(fd)
    _HELD.clear()


os.register_at_fork(after_in_child=_close_held_in_child)


class LockTimeout(RuntimeError):
    """Another run kept the lock for longer than we were willing to wait."""


def lock_path_for(warehouse_path: Path) -> Path:
    return Path(f"{warehouse_path}.lock")


def lock_timeout() -> float:
    """Seconds to wait for the lock: HUIBAO_LOCK_TIMEOUT, else 600."""
    value = os.environ.get(TIMEOUT_ENV, "")
    return check_lock_timeout(value, TIMEOUT_ENV) if value.strip() else DEFAULT_TIMEOUT_S


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(fd: int) -> str:
    """``held by pid N; `` from the pid the holder wrote into the lock file, or ``""``."""
    try:
        pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f"held by pid {pid}; " if pid.isdigit() else ""


@contextmanager
def run_lock(
    warehouse_path: Path,
    timeout: float | None = None,
    out: TextIO | None = None,
) -> Iterator[Path]:
    """Hold the exclusive run lock of ``warehouse_path`` for the ``with`` block.

    Waits up to ``timeout`` seconds (default: ``lock_timeout()``) if another run holds
    it, telling ``out`` (default stderr) once that it is waiting; raises LockTimeout if
    the lock is still held after that.
    """
    path = lock_path_for(Path(warehouse_path))
    wait = lock_timeout() if timeout is None else timeout
    stream = sys.stderr if out is None else out
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            print(
                f"another huibao run holds {path}; waiting… "
                f"({_holder(fd)}up to {wait:g} s, set {TIMEOUT_ENV} to change)",
                file=stream,
                flush=True,
            )
            deadline = time.monotonic() + wait
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise LockTimeout(
                        f"another huibao run still holds {path} after {wait:g} s "
                        f"({_holder(fd)}raise {TIMEOUT_ENV} to wait longer); "
                        "gave up without touching the warehouse"
                    )
                time.sleep(min(POLL_S, max(0.0, deadline - time.monotonic())))
        _HELD.add(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield path
    finally:
        _HELD.discard(fd)
        os.close(fd)  # closing the descriptor releases the lock
