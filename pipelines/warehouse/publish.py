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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.raw_index import RawFile, first_files
from pipelines.warehouse import staging
from pipelines.warehouse.assemble import duplicate_removals, rejected_files
from pipelines.warehouse.frames import STAGING_COLUMNS, frame, issue_rows, removal_rows

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
SQL_STAGES = ("tables", "load", "views")
PUBLIC_VIEWS_REQUIRING_ROWS = ("v_articles", "v_clean_text")
_TMP_MARK = ".building-"
STAGING_ALIAS = "huibao_staging"  # the staging database, attached while building

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
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary "
            "ORDER BY view_name"
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


Stager = Callable[[duckdb.DuckDBPyConnection], Callable[[], None]]


def build_database(path: Path, stage: Stager, has_articles: bool) -> dict[str, int]:
    """Create tables, load the stg_* inputs that ``stage`` provides (it returns how to
    take them away again), create views, validate. Returns view row counts."""
    con = duckdb.connect(str(path), config=staging.BUILD_CONFIG)
    try:
        for file in sql_files("tables"):
            con.execute(file.read_text(encoding="utf-8"))
        unstage = stage(con)
        for file in sql_files("load"):
            con.execute(file.read_text(encoding="utf-8"))
        unstage()
        for file in sql_files("views"):
            con.execute(file.read_text(encoding="utf-8"))
        counts = validate(con, expect_rows=has_articles)
        con.execute("CHECKPOINT")
        return counts
    finally:
        con.close()


def _swap_in(target: Path, build: Callable[[Path], dict[str, int]]) -> dict[str, int]:
    """Build into a temp file next to ``target`` and atomically replace it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(target)
    tmp = target.with_name(f"{target.name}{_TMP_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        counts = build(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    log.info("published %s: %s", target, counts)
    return counts


def publish(target: Path, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Publish a warehouse from in-memory staging frames (stg_* DataFrames)."""

    def stage(con: duckdb.DuckDBPyConnection) -> Callable[[], None]:
        for name, data in frames.items():
            con.register(name, data[STAGING_COLUMNS[name]])
        return lambda: [con.unregister(name) for name in frames]

    has_articles = len(frames["stg_article"]) > 0
    return _swap_in(target, lambda tmp: build_database(tmp, stage, has_articles))


@dataclass
class StagedBuild:
    articles: int  # kept after folding duplicate articles
    duplicate_articles: int
    rejected_files: int
    view_rows: dict[str, int]


def publish_staged(target: Path, staging_path: Path, files: list[RawFile]) -> StagedBuild:
    """Publish a warehouse from the staging database (pipelines/warehouse/staging.py).

    Duplicate articles are folded here, from the staged MinHash digests; the staged rows
    of the kept articles go into the new file in SQL, without passing through Python.
    ``files`` is the current raw index: it names every article, and only articles still
    in it are published.
    """
    first = first_files(files)  # every file name comes from here, none from staging
    with duckdb.connect(str(staging_path), read_only=True) as con:
        digests = staging.read_digests(con, "main", first)
        kept, extra = duplicate_removals(
            files, digests, lambda ids: staging.read_texts(con, "main", ids)
        )
    rejected = rejected_files(files)
    removals = [row for k, rs in sorted(extra.items()) for row in removal_rows(k, rs)]

    inputs = {
        "current_file": pd.DataFrame(
            {"article_id": list(first), "source_file": list(first.values())}, dtype=object
        ),
        "kept_article": pd.DataFrame({"article_id": pd.Series(kept, dtype=object)}),
        "extra_removal": frame("stg_removal", removals),
        "rejected_file": frame("stg_issue", issue_rows(rejected)),
    }

    def stage(con: duckdb.DuckDBPyConnection) -> Callable[[], None]:
        # DuckDB names a file's catalog after its name up to the first dot.
        if con.execute("SELECT current_database()").fetchone()[0] == STAGING_ALIAS:
            raise PublishError(f"a warehouse file may not be called {STAGING_ALIAS}.*: {target}")
        con.execute(f"ATTACH ? AS {STAGING_ALIAS} (READ_ONLY)", [str(staging_path)])
        for name, data in inputs.items():
            con.register(name, data)
        con.execute((SQL_DIR / "staging" / "02_kept_rows.sql").read_text(encoding="utf-8"))

        def unstage() -> None:
            for name in STAGING_COLUMNS:
                con.execute(f"DROP VIEW temp.{name}")
            for name in inputs:
                con.unregister(name)
            con.execute(f"DETACH {STAGING_ALIAS}")

        return unstage

    counts = _swap_in(target, lambda tmp: build_database(tmp, stage, has_articles=bool(kept)))
    return StagedBuild(len(kept), sum(len(v) for v in extra.values()), len(rejected), counts)
