"""What the warehouse holds, read from its DDL: every table and view with its columns,
their types and COMMENTs, and which tables or views each view selects from.

The DDL (sql/tables, sql/views) is run in an empty in-memory DuckDB and read back from
DuckDB's own catalog, so a table, view or column added to sql/ shows up here (and in
the Dagster asset specs built from it) without a list to keep in step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
PUBLIC_VIEW_PREFIX = "v_"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str | None
    nullable: bool


@dataclass(frozen=True)
class Relation:
    name: str
    kind: str  # "table" or "view"
    description: str | None
    columns: tuple[Column, ...]
    # A view: the tables and views it selects from; a table: the tables its foreign keys
    # reference (a fact table depends on its dimensions).
    depends_on: tuple[str, ...]


def sql_files(stage: str) -> list[Path]:
    """The ``.sql`` files of one stage, in their numbered order."""
    return sorted((SQL_DIR / stage).glob("*.sql"))


def run_ddl(con: duckdb.DuckDBPyConnection) -> None:
    """Create the warehouse's tables and views (empty) in ``con``."""
    for stage in ("tables", "views"):
        for file in sql_files(stage):
            con.execute(file.read_text(encoding="utf-8"))


@cache
def relations() -> tuple[Relation, ...]:
    """Every table, then every public view, of the warehouse, in DDL order."""
    with duckdb.connect() as con:
        run_ddl(con)
        return read_relations(con)


def read_relations(con: duckdb.DuckDBPyConnection) -> tuple[Relation, ...]:
    """The tables and public views of the database ``con`` is connected to."""
    tables = con.execute(
        "SELECT table_name, comment FROM duckdb_tables() "
        "WHERE database_name = current_database() AND NOT internal AND NOT temporary "
        "ORDER BY table_oid"
    ).fetchall()
    views = con.execute(
        "SELECT view_name, comment, sql FROM duckdb_views() "
        "WHERE database_name = current_database() AND NOT internal AND NOT temporary "
        "AND starts_with(view_name, ?) ORDER BY view_oid",
        [PUBLIC_VIEW_PREFIX],
    ).fetchall()
    names = {name for name, *_ in tables} | {name for name, *_ in views}
    references: dict[str, set[str]] = {}  # table → tables its foreign keys name
    for table, referenced in con.execute(
        "SELECT table_name, referenced_table FROM duckdb_constraints() "
        "WHERE database_name = current_database() AND constraint_type = 'FOREIGN KEY'"
    ).fetchall():
        references.setdefault(table, set()).add(referenced)
    out = []
    for name, comment in tables:
        deps = tuple(sorted(references.get(name, ())))
        out.append(Relation(name, "table", comment, _columns(con, name), deps))
    for name, comment, sql in views:
        deps = tuple(sorted(n for n in _tables_named(con, sql) & names if n != name))
        out.append(Relation(name, "view", comment, _columns(con, name), deps))
    return tuple(out)


def _tables_named(con: duckdb.DuckDBPyConnection, create_view_sql: str) -> set[str]:
    """Tables and views a CREATE VIEW statement reads, from DuckDB's own parse tree
    (json_serialize_sql only parses, so this works before any row is loaded)."""
    query = create_view_sql.strip().rstrip(";").split(" AS ", 1)[1]
    (tree,) = con.execute("SELECT json_serialize_sql(?)", [query]).fetchone()
    found: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            if node.get("type") == "BASE_TABLE" and node.get("table_name"):
                found.add(node["table_name"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    parsed = json.loads(tree)
    if parsed.get("error"):
        raise ValueError(f"cannot parse view: {parsed.get('error_message')}")
    walk(parsed)
    return found


def _columns(con: duckdb.DuckDBPyConnection, name: str) -> tuple[Column, ...]:
    rows = con.execute(
        "SELECT column_name, data_type, comment, is_nullable FROM duckdb_columns() "
        "WHERE database_name = current_database() AND table_name = ? ORDER BY column_index",
        [name],
    ).fetchall()
    return tuple(Column(n, t, c, bool(nullable)) for n, t, c, nullable in rows)


def row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows of every table and public view of the catalog, as ``con`` sees them."""
    return {
        r.name: con.execute(f'SELECT count(*) FROM "{r.name}"').fetchone()[0] for r in relations()
    }


@dataclass(frozen=True)
class Check:
    """A query on the published warehouse that returns the rows violating one rule."""

    relation: str
    name: str
    description: str
    sql: str


def checks() -> list[Check]:
    """sql/checks/<relation>.<check>.sql; the first comment line says what is checked."""
    out = []
    for file in sql_files("checks"):
        relation, name = file.stem.split(".", 1)
        sql = file.read_text(encoding="utf-8")
        first = sql.splitlines()[0] if sql else ""
        description = first.removeprefix("--").split(" Rows returned")[0].strip()
        out.append(Check(relation, name, description or name, sql))
    return out


def problems(con: duckdb.DuckDBPyConnection, check: Check, limit: int = 3) -> tuple[int, list]:
    """How many rows violate ``check``, and the first ``limit`` of them."""
    rows = con.execute(check.sql).fetchall()
    return len(rows), rows[:limit]
