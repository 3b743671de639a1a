"""Every public table, view and column of a fresh warehouse carries a comment."""

from __future__ import annotations

import shutil

import duckdb

from tests.warehouse.helpers import PUBLIC_TABLES, PUBLIC_VIEWS

UNCOMMENTED = """
SELECT 'table ' || table_name FROM duckdb_tables()
 WHERE NOT internal AND database_name = current_database() AND coalesce(trim(comment), '') = ''
UNION ALL
SELECT 'view ' || view_name FROM duckdb_views()
 WHERE NOT internal AND database_name = current_database() AND coalesce(trim(comment), '') = ''
UNION ALL
SELECT 'column ' || table_name || '.' || column_name FROM duckdb_columns()
 WHERE NOT internal AND database_name = current_database() AND coalesce(trim(comment), '') = ''
ORDER BY 1
"""


def uncommented(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(UNCOMMENTED).fetchall()]


def test_every_table_view_and_column_has_a_comment(seed_warehouse) -> None:
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    try:
        assert uncommented(con) == []
        # ... and the check looked at everything the SQL files declare.
        tables = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal "
            "AND database_name = current_database() ORDER BY 1"
        ).fetchall()
        views = con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal "
            "AND database_name = current_database() ORDER BY 1"
        ).fetchall()
        n_columns = con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE NOT internal "
            "AND database_name = current_database()"
        ).fetchone()[0]
    finally:
        con.close()
    assert [t for (t,) in tables] == PUBLIC_TABLES
    assert [v for (v,) in views] == PUBLIC_VIEWS
    assert n_columns > 100


def test_the_check_finds_a_missing_comment(seed_warehouse, tmp_path) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seed_warehouse, copy)
    con = duckdb.connect(str(copy))
    try:
        con.execute("COMMENT ON TABLE dim_unit IS NULL")
        con.execute("COMMENT ON VIEW v_articles IS ''")
        con.execute("COMMENT ON COLUMN v_metric_facts.unit IS '  '")
        assert uncommented(con) == [
            "column v_metric_facts.unit",
            "table dim_unit",
            "view v_articles",
        ]
    finally:
        con.close()
