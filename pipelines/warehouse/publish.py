"""Build the DuckDB warehouse in a temporary file, validate it, then swap it in atomically.

A reader (DuckDB CLI, a BI tool opened read-only) keeps the old file's inode open while a
new one is built beside it; ``os.replace`` makes the switch atomic, so nobody ever sees a
half-built warehouse and a crash mid-build leaves the published file untouched.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import uuid
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.warehouse.frames import STAGING_COLUMNS

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
SQL_STAGES = ("tables", "load", "views")
PUBLIC_VIEWS_REQUIRING_ROWS = ("v_articles", "v_clean_text")
_TMP_MARK = ".building-"

log = logging.getLogger(__name__)


class PublishError(RuntimeError):
    """The new warehouse failed validation; the published one was left as it was."""


def sql_files(stage: str) -> list[Path]:
    """The ``.sql`` files of one stage, in their numbered order."""
    return sorted((SQL_DIR / stage).glob("*.sql"))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_builds(target: Path) -> list[Path]:
    """Delete temp files left by builds whose process is gone (killed mid-build)."""
    removed = []
    pattern = re.compile(re.escape(target.name + _TMP_MARK) + r"(\d+)-")
    for path in target.parent.glob(target.name + _TMP_MARK + "*"):
        m = pattern.match(path.name)
        if m and not _pid_alive(int(m.group(1))):
            if path.is_dir():  # DuckDB's spill directory of a killed build (<tmp>.tmp)
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def view_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name"
        ).fetchall()
    ]


def validate(con: duckdb.DuckDBPyConnection, expect_rows: bool) -> dict[str, int]:
    """Every view selects; the core views have rows when there was input."""
    counts = {}
    for view in view_names(con):
        counts[view] = con.execute(f'SELECT count(*) FROM "{view}"').fetchone()[0]
    if expect_rows:
        empty = [v for v in PUBLIC_VIEWS_REQUIRING_ROWS if counts.get(v, 0) == 0]
        if empty:
            raise PublishError(f"views empty although articles were loaded: {empty}")
    return counts


def build_database(path: Path, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Create tables, load the staged frames, create views, validate. Returns view row counts."""
    con = duckdb.connect(str(path))
    try:
        for file in sql_files("tables"):
            con.execute(file.read_text(encoding="utf-8"))
        for name, frame in frames.items():
            con.register(name, frame[STAGING_COLUMNS[name]])
        for file in sql_files("load"):
            con.execute(file.read_text(encoding="utf-8"))
        for name in frames:
            con.unregister(name)
        for file in sql_files("views"):
            con.execute(file.read_text(encoding="utf-8"))
        counts = validate(con, expect_rows=len(frames["stg_article"]) > 0)
        con.execute("CHECKPOINT")
        return counts
    finally:
        con.close()


def publish(target: Path, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Build into a temp file next to ``target`` and atomically replace it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(target)
    tmp = target.with_name(f"{target.name}{_TMP_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        counts = build_database(tmp, frames)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    log.info("published %s: %s", target, counts)
    return counts
