"""Build the DuckDB warehouse in a temporary file, validate it, then swap it in atomically.

A reader (DuckDB CLI, a BI tool opened read-only) keeps the old file's inode open while a
new one is built beside it; ``os.replace`` makes the switch atomic, so nobody ever sees a
half-built warehouse and a crash mid-build leaves the published file untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.atomic import remove_stale_builds, replacing
from pipelines.raw_index import RawFile, first_files
from pipelines.warehouse import staging
from pipelines.warehouse.assemble import duplicate_removals, rejected_files
from pipelines.warehouse.catalog import SQL_DIR, sql_files
from pipelines.warehouse.frames import STAGING_COLUMNS, frame, issue_rows, removal_rows
from pipelines.warehouse.shrink import refuse_shrink

SQL_STAGES = ("tables", "load", "views")
PUBLIC_VIEWS_REQUIRING_ROWS = ("v_articles", "v_clean_text")
STAGING_ALIAS = "huibao_staging"  # the staging database, attached while building

log = logging.getLogger(__name__)


class PublishError(RuntimeError):
    """The new warehouse failed validation; the published one was left as it was."""


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


def swap_in(target: Path, build: Callable[[Path], dict[str, int]]) -> dict[str, int]:
    """Build into a temp file next to ``target`` and atomically replace it."""
    remove_stale_builds(Path(target))
    with replacing(target, ".wal") as tmp:
        counts = build(tmp)
    log.info("published %s: %s", target, counts)
    return counts


@dataclass
class StagedBuild:
    articles: int  # kept after folding duplicate articles
    duplicate_articles: int
    rejected_files: int
    view_rows: dict[str, int]  # every view of the new file (validate)


def publish_staged(
    target: Path,
    staging_path: Path,
    files: list[RawFile],
    allow_shrink: bool = False,
    source: str = "",
) -> StagedBuild:
    """Publish a warehouse from the staging database (pipelines/warehouse/staging.py).

    Duplicate articles are folded here, from the staged MinHash digests; the staged rows
    of the kept articles go into the new file in SQL, without passing through Python.
    Raises ShrinkRefused, before building, if the new file would drop more than half of
    the published articles and ``allow_shrink`` (HUIBAO_ALLOW_SHRINK) is off; ``source``
    says in that message where the files came from.
    ``files`` is the current raw index: it names every article, and only articles still
    in it are published.
    """
    first = first_files(files)  # every file name comes from here, none from staging
    with duckdb.connect(str(staging_path), read_only=True) as con:
        digests = staging.read_digests(con, "main", first)
        kept, extra = duplicate_removals(
            files, digests, lambda ids: staging.read_texts(con, "main", ids)
        )
    refuse_shrink(target, len(kept), allow_shrink, source)
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

    counts = swap_in(target, lambda tmp: build_database(tmp, stage, has_articles=bool(kept)))
    return StagedBuild(len(kept), sum(len(v) for v in extra.values()), len(rejected), counts)
