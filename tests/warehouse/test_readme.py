"""Every SQL, Python and ``duckdb -c`` example in README.md runs against a fresh warehouse.

The examples use the default path ``warehouse/huibao.duckdb``; the test runs them in a temporary
directory holding a fresh warehouse at that path (and, in Python blocks, also rewrites the path
to the absolute one), so they run exactly as written.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import re
import shlex
import shutil

import duckdb
import pytest
import sqlalchemy
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

from pipelines.warehouse import export
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DEFAULT_PATH = "warehouse/huibao.duckdb"
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
URI = re.compile(r"duckdb:///[^\s`\"')\]]+")


def blocks(*languages: str) -> list[str]:
    return [body for lang, body in FENCE.findall(README) if lang in languages]


def shell_commands() -> list[list[str]]:
    """Each command line of the shell blocks, split like a shell would (comments dropped)."""
    return [
        shlex.split(line, comments=True)
        for body in blocks("sh", "bash", "shell", "console")
        for line in body.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def duckdb_cli(argv: list[str]) -> tuple[str | None, str] | None:
    """``duckdb [FILE] -c SQL`` → (FILE or None, SQL); None for other commands."""
    if not argv or argv[0] != "duckdb" or "-c" not in argv:
        return None
    i = argv.index("-c")
    files = [a for a in argv[1:i] if not a.startswith("-")]
    return (files[0] if files else None), argv[i + 1]


@pytest.fixture
def readme_cwd(seed_warehouse, tmp_path, monkeypatch):
    """A working directory with a fresh warehouse at the README's default path."""
    (tmp_path / "warehouse").mkdir()
    shutil.copy(seed_warehouse, tmp_path / DEFAULT_PATH)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WAREHOUSE_PATH", DEFAULT_PATH)
    return tmp_path


def close_everything(namespace: dict) -> None:
    """Close what an example left open: DuckDB shares one instance per file per process."""
    for value in namespace.values():
        if isinstance(value, duckdb.DuckDBPyConnection):
            value.close()
        elif isinstance(value, sqlalchemy.Engine):
            value.dispose()
    namespace.clear()
    gc.collect()


def test_readme_has_the_examples_this_test_runs() -> None:
    assert "## Connect a BI tool" in README
    assert len(blocks("sql")) >= 2
    assert len(blocks("python")) >= 3
    assert len([c for c in shell_commands() if duckdb_cli(c)]) >= 2
    assert ["make", "export"] in shell_commands()
    assert [u for body in blocks("text") for u in URI.findall(body)]
    assert blocks("json")


@pytest.mark.parametrize("index", range(len(blocks("sql"))))
def test_sql_block_runs(readme_cwd, index: int) -> None:
    sql = blocks("sql")[index]
    con = duckdb.connect(DEFAULT_PATH, read_only=True)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    assert rows, f"README sql block {index} returned no rows:\n{sql}"


def test_shell_commands_run(readme_cwd) -> None:
    """``make export`` (what its recipe runs) and every ``duckdb … -c "…"``, in README order."""
    ran = 0
    for argv in shell_commands():
        if argv == ["make", "export"]:
            assert export.main() == 0
            assert (readme_cwd / "warehouse" / "parquet" / "v_metric_facts.parquet").is_file()
            continue
        cli = duckdb_cli(argv)
        if cli is None:
            continue
        database, sql = cli
        con = duckdb.connect(database or ":memory:", read_only=database is not None)
        try:
            rows = con.execute(sql).fetchall()
        finally:
            con.close()
        assert rows, f"README command returned no rows: {shlex.join(argv)}"
        ran += 1
    assert ran >= 2


@pytest.mark.parametrize("index", range(len(blocks("python"))))
def test_python_block_runs(readme_cwd, index: int) -> None:
    code = blocks("python")[index].replace(DEFAULT_PATH, str(readme_cwd / DEFAULT_PATH))
    namespace: dict = {"__name__": "__readme__"}
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"README.md python block {index}", "exec"), namespace)
    finally:
        close_everything(namespace)
    if "print(" in code:
        assert out.getvalue().strip(), f"README python block {index} printed nothing"


def assert_read_only_engine(engine: sqlalchemy.Engine) -> None:
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM v_articles")).scalar_one() == 1
            with pytest.raises(sqlalchemy.exc.DBAPIError, match="read-only"):
                conn.execute(text("CREATE TABLE scratch (x INTEGER)"))
    finally:
        engine.dispose()


def test_readme_urls_open_the_warehouse_read_only(readme_cwd) -> None:
    """The URL for BI tools, with the example's absolute path replaced by the real one."""
    for uri in (u for body in blocks("text") for u in URI.findall(body)):
        url = make_url(uri)
        assert url.database.endswith(DEFAULT_PATH), uri
        real = url.set(database=str(readme_cwd / DEFAULT_PATH))
        assert_read_only_engine(create_engine(real, poolclass=NullPool))


def test_readme_engine_parameters_make_it_read_only(readme_cwd) -> None:
    for body in blocks("json"):
        params = json.loads(body)
        url = f"duckdb:///{readme_cwd / DEFAULT_PATH}"
        assert_read_only_engine(create_engine(url, poolclass=NullPool, **params))
