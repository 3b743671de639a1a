"""Export every public view of the warehouse to Parquet, one file per view.

``python -m pipelines.warehouse.export`` (``make export``) reads WAREHOUSE_PATH and writes
``<warehouse dir>/parquet/<view>.parquet``. All views are read through one read-only
connection, so the files come from one warehouse version even if a new one is published
meanwhile. Each file is written under a temporary name beside its target and renamed into
place, so a reader never sees half a Parquet file.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import duckdb

from pipelines import settings
from pipelines.atomic import remove_stale_builds, replacing

PUBLIC_VIEW_PREFIX = "v_"
_SAFE_NAME = re.compile(r"[A-Za-z0-9_]+")  # view names become file names

log = logging.getLogger(__name__)


def sql_string(value: str) -> str:
    """``value`` as a SQL string literal (COPY ... TO cannot take a bound parameter)."""
    if "\x00" in value:
        raise ValueError(f"NUL character in {value!r}")
    return "'" + value.replace("'", "''") + "'"


def sql_identifier(name: str) -> str:
    if "\x00" in name:
        raise ValueError(f"NUL character in {name!r}")
    return '"' + name.replace('"', '""') + '"'


def public_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the views users are meant to query: every non-internal ``v_*`` view."""
    rows = con.execute(
        "SELECT view_name FROM duckdb_views() "
        "WHERE NOT internal AND database_name = current_database() "
        "AND starts_with(view_name, ?) ORDER BY view_name",
        [PUBLIC_VIEW_PREFIX],
    ).fetchall()
    return [r[0] for r in rows]


def _copy_view(con: duckdb.DuckDBPyConnection, view: str, target: Path) -> None:
    remove_stale_builds(target)
    with replacing(target) as tmp:
        # ORDER BY ALL: the same warehouse always gives the same rows in the same order.
        con.execute(
            f"COPY (SELECT * FROM {sql_identifier(view)} ORDER BY ALL) "
            f"TO {sql_string(str(tmp))} (FORMAT parquet)"
        )


def export_views(warehouse_path: Path, out_dir: Path) -> list[Path]:
    """Write every public view to ``out_dir/<view>.parquet``; returns the files, sorted."""
    warehouse_path = Path(warehouse_path)
    if not warehouse_path.is_file():
        raise FileNotFoundError(f"no warehouse at {warehouse_path}; run `make run` first")
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        for view in public_views(con):
            if not _SAFE_NAME.fullmatch(view):
                raise ValueError(f"view name {view!r} is not safe as a file name")
            target = out_dir / f"{view}.parquet"
            _copy_view(con, view, target)
            written.append(target)
    finally:
        con.close()
    log.info("exported %d views to %s", len(written), out_dir)
    return written


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    warehouse = settings.warehouse_path()
    try:
        paths = export_views(warehouse, warehouse.parent / "parquet")
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
