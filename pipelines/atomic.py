"""Write a file under a temporary name beside its target, then rename it into place.

``os.replace`` within one directory is atomic: a reader sees the old file or the new
one, never half of one, and a process killed mid-write leaves the target untouched.
Every file huibao publishes or caches (the warehouse, Parquet exports, per-article
pickles, the raw-file index) is written this way, through ``replacing``.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# <target>.building-<pid>-<random>: the pid tells a later run whether the writer is gone.
TMP_MARK = ".building-"


@contextmanager
def replacing(target: Path, *leftovers: str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block succeeds, it replaces
    ``target``. The temporary file, and ``tmp + suffix`` for each of ``leftovers`` (a
    database's ``.wal``), are removed whatever happens."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}{TMP_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        for suffix in leftovers:
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_builds(target: Path) -> list[Path]:
    """Delete temporary files of ``target`` whose writer is gone (killed mid-write)."""
    removed = []
    pattern = re.compile(re.escape(target.name + TMP_MARK) + r"(\d+)-")
    for path in target.parent.glob(target.name + TMP_MARK + "*"):
        m = pattern.match(path.name)
        if m and not _pid_alive(int(m.group(1))):
            if path.is_dir():  # DuckDB's spill directory of a killed build (<tmp>.tmp)
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
    return removed
