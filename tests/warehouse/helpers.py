"""Helpers for the warehouse tests: child processes, reading every view, bounded waits."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.warehouse.publish import SQL_DIR
from tests.conftest import ROOT

MARKER_ISSUE = "publish_round"


def declared_names(stage: str, kind: str) -> list[str]:
    """Names of the tables or views the SQL files create (the public contract)."""
    pattern = re.compile(rf"CREATE\s+{kind}\s+(\w+)", re.IGNORECASE)
    names = []
    for file in sorted((SQL_DIR / stage).glob("*.sql")):
        names += pattern.findall(file.read_text(encoding="utf-8"))
    return sorted(names)


PUBLIC_VIEWS = declared_names("views", "VIEW")
PUBLIC_TABLES = declared_names("tables", "TABLE")


def with_marker(frames: dict[str, pd.DataFrame], version: int) -> dict[str, pd.DataFrame]:
    """The frames plus one quality-issue row naming ``version``: same row counts, new content."""
    out = dict(frames)
    marker = pd.DataFrame(
        [("publish_test.txt", None, "publish", "flagged", MARKER_ISSUE, f"version {version}")],
        columns=frames["stg_issue"].columns,
    )
    out["stg_issue"] = pd.concat([frames["stg_issue"], marker], ignore_index=True)
    return out


def replicate(frames: dict[str, pd.DataFrame], copies: int) -> dict[str, pd.DataFrame]:
    """``copies`` copies of every article under distinct ids (a large, slow-to-build input)."""
    out = {}
    for name, frame in frames.items():
        parts = []
        for i in range(copies):
            part = frame.copy()
            if "article_id" in part:
                part["article_id"] = [
                    None if a is None else f"{a}-{i:04d}" for a in part.article_id
                ]
            if "fact_id" in part:
                part["fact_id"] = [f"{f}-{i:04d}" for f in part.fact_id]
            parts.append(part)
        out[name] = pd.concat(parts, ignore_index=True)
    return out


def leftovers(target: Path) -> list[Path]:
    """Temp files of builds of ``target`` (the database and its WAL)."""
    return sorted(target.parent.glob(f"{target.name}.building-*"))


def start_python(
    code: str, *args: str, log: Path, env: dict[str, str] | None = None
) -> subprocess.Popen:
    """``python -c code args`` in its own session (so it can be killed as a group).

    Output goes to ``log`` (a file, not a pipe nobody reads, so the child never blocks on it).
    """
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    with open(log, "wb") as out:
        return subprocess.Popen(
            [sys.executable, "-c", code, *args],
            cwd=ROOT,
            env=full_env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def kill(proc: subprocess.Popen) -> None:
    """SIGKILL the child's whole session if it still runs, and reap it."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):  # it exited meanwhile
            os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def wait_for(
    condition: Callable[[], bool], timeout: float, what: str, proc: subprocess.Popen | None = None
) -> None:
    """Poll ``condition`` until true; fail after ``timeout`` s or if ``proc`` exits first."""
    deadline = time.monotonic() + timeout
    while not condition():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"child exited ({proc.returncode}) before: {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for: {what}")
        time.sleep(0.005)


def object_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every user table and view of the open warehouse."""
    rows = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND database_name = "
        "current_database() UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal "
        "AND database_name = current_database() ORDER BY 1"
    ).fetchall()
    return [r[0] for r in rows]


def dump(con: duckdb.DuckDBPyConnection, names: list[str]) -> dict[str, str]:
    """Column names, types and every row (``ORDER BY ALL``) of each object, as exact text."""
    out = {}
    for name in names:
        rel = con.execute(f'SELECT * FROM "{name}" ORDER BY ALL')
        header = [(d[0], str(d[1])) for d in rel.description]
        out[name] = repr((header, rel.fetchall()))
    return out


def dump_file(path: Path) -> dict[str, str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return dump(con, object_names(con))
    finally:
        con.close()
