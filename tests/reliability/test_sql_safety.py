"""File names and article text reach DuckDB only as registered DataFrames, never as SQL.

publish.build_database executes the numbered sql/*.sql files, a fixed validation query
per view and CHECKPOINT; every value is loaded from the staging DataFrames with
``con.register`` (frames.build_frames). These tests check that at run time.
"""

from __future__ import annotations

import re

import duckdb
import pytest

from pipelines.warehouse import publish as publish_module
from tests.oracle import build_frames, process_corpus, publish_frames
from tests.reliability.conftest import ARTICLES, SQL_INJECTION_NAME, HostileRun

HOSTILE_TEXT = (
    "系统安全测试\n\n"
    "有人在留言框输入x'); DROP TABLE dim_article; --和\"; DELETE FROM fact_metric; --"
    "等字符，累计拦截3200次。\n\n"
    "另有人输入' OR '1'='1以及$$;DROP VIEW v_articles;$$，系统均已拦截。\n"
)


def test_injection_file_name_is_stored_verbatim_and_harmless(hostile_run: HostileRun) -> None:
    assert hostile_run.success
    with duckdb.connect(str(hostile_run.warehouse), read_only=True) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert "fact_metric" in tables
        (facts,) = con.execute("SELECT count(*) FROM fact_metric").fetchone()
        row = con.execute(
            "SELECT source_file, n_facts FROM v_articles WHERE source_file = ?",
            [SQL_INJECTION_NAME],
        ).fetchone()
    assert facts > 0
    assert row is not None and row[0] == SQL_INJECTION_NAME
    assert row[1] > 0, "the article behind the odd name is processed like any other"


class _RecordingConnection:
    """A DuckDB connection that remembers every SQL string it was asked to execute."""

    def __init__(self, con: duckdb.DuckDBPyConnection, log: list[str]) -> None:
        self._con = con
        self._log = log

    def execute(self, sql, *args, **kwargs):
        self._log.append(sql)
        return self._con.execute(sql, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._con, name)


@pytest.fixture
def recorded_publish(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SQL_INJECTION_NAME).write_text(ARTICLES["sql_name"], encoding="utf-8")
    (raw / 'it\'s "quoted"; DROP VIEW v_articles.txt').write_text(HOSTILE_TEXT, encoding="utf-8")
    (raw / "x'); DELETE FROM quality_issue; --.txt").write_bytes(b"")  # rejected: an issue row
    data = process_corpus(raw)
    statements: list[str] = []
    real_connect = duckdb.connect
    monkeypatch.setattr(
        publish_module.duckdb,
        "connect",
        lambda *a, **k: _RecordingConnection(real_connect(*a, **k), statements),
    )
    target = tmp_path / "wh" / "huibao.duckdb"
    publish_frames(target, build_frames(data))
    monkeypatch.undo()
    return raw, data, target, statements


def test_only_fixed_sql_is_executed(recorded_publish) -> None:
    raw, _, _, statements = recorded_publish
    sql_files = {
        path.read_text(encoding="utf-8")
        for stage in publish_module.SQL_STAGES
        for path in publish_module.sql_files(stage)
    }
    fixed = re.compile(r'SELECT count\(\*\) FROM "v_[a-z_]+"|CHECKPOINT|SELECT view_name FROM .*')
    assert statements
    for sql in statements:
        assert sql in sql_files or fixed.fullmatch(" ".join(sql.split())), sql
    for name in (p.name for p in raw.iterdir()):
        assert not [s for s in statements if name in s or name.removesuffix(".txt") in s]


def test_hostile_names_and_text_round_trip_exactly(recorded_publish) -> None:
    _, data, target, _ = recorded_publish
    with duckdb.connect(str(target), read_only=True) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        files = {r[0] for r in con.execute("SELECT source_file FROM v_articles").fetchall()}
        rejected = {
            r[0] for r in con.execute("SELECT source_file FROM v_quality_issues").fetchall()
        }
        stored = {
            r[0]: r[1]
            for r in con.execute(
                "SELECT a.source_file, string_agg(t.text, '\n' ORDER BY t.paragraph_no) "
                "FROM v_clean_text t JOIN v_articles a USING (article_id) GROUP BY 1"
            ).fetchall()
        }
    assert {"dim_article", "fact_metric", "quality_issue"} <= tables
    assert files == {SQL_INJECTION_NAME, 'it\'s "quoted"; DROP VIEW v_articles.txt'}
    assert rejected == {"x'); DELETE FROM quality_issue; --.txt"}
    for article in data.articles:
        assert stored[article.source_file] == "\n".join(p.text for p in article.paragraphs)
    assert "DROP TABLE dim_article" in stored['it\'s "quoted"; DROP VIEW v_articles.txt']
