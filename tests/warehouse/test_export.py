"""Parquet export of every public view (``make export``)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import duckdb
import pytest

from pipelines import atomic
from pipelines.warehouse.export import export_views, sql_string
from tests.conftest import HANG_GUARD_S, ROOT
from tests.warehouse.helpers import PUBLIC_VIEWS, dump, kill


def parquet_dump(path) -> str:
    con = duckdb.connect()
    try:
        name = "exported"
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({sql_string(str(path))})")
        return dump(con, [name])[name]
    finally:
        con.close()


def test_every_public_view_is_exported_with_all_rows(seed_warehouse, tmp_path) -> None:
    out = tmp_path / "parquet"
    paths = export_views(seed_warehouse, out)
    assert [p.name for p in paths] == [f"{v}.parquet" for v in PUBLIC_VIEWS]
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in paths]  # no temp files
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    try:
        expected = dump(con, PUBLIC_VIEWS)
    finally:
        con.close()
    for view, path in zip(PUBLIC_VIEWS, paths, strict=True):
        assert parquet_dump(path) == expected[view], view


def test_quotes_and_semicolons_in_the_path_are_just_characters(seed_warehouse, tmp_path) -> None:
    out = tmp_path / "it's; DROP VIEW v_articles; --" / "out 'x'"
    paths = export_views(seed_warehouse, out)
    assert len(paths) == len(PUBLIC_VIEWS)
    assert all(p.parent == out and p.is_file() for p in paths)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        p.name for p in paths
    )


def test_sql_string_doubles_quotes() -> None:
    assert sql_string("/a/it's") == "'/a/it''s'"
    con = duckdb.connect()
    try:
        literal = sql_string("x''y'; SELECT 1 --")
        assert con.execute(f"SELECT {literal}").fetchall() == [("x''y'; SELECT 1 --",)]
    finally:
        con.close()
    with pytest.raises(ValueError):
        sql_string("a\x00b")


def test_reexport_replaces_files_and_failed_rename_leaves_nothing(
    seed_warehouse, tmp_path, monkeypatch
) -> None:
    out = tmp_path / "parquet"
    first = export_views(seed_warehouse, out)
    before = {p.name: p.read_bytes() for p in first}
    export_views(seed_warehouse, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # deterministic

    fresh = tmp_path / "fresh"

    def failing_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        export_views(seed_warehouse, fresh)
    assert list(fresh.iterdir()) == []  # neither a final file nor a temp file


def test_leftover_temp_file_of_a_dead_export_is_removed(seed_warehouse, tmp_path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"], start_new_session=True)
    try:
        dead.wait(timeout=HANG_GUARD_S)
    finally:
        kill(dead)
    out = tmp_path / "parquet"
    out.mkdir()
    stale = out / f"v_articles.parquet.building-{dead.pid}-deadbeef"
    stale.write_bytes(b"half a file")
    export_views(seed_warehouse, out)
    assert not stale.exists()
    assert sorted(p.name for p in out.iterdir()) == [f"{v}.parquet" for v in PUBLIC_VIEWS]


def run_module(env: dict[str, str], cwd) -> subprocess.CompletedProcess:
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipelines.warehouse.export"],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=HANG_GUARD_S)
    finally:
        kill(proc)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_module_main_exports_next_to_warehouse_path(seed_warehouse, tmp_path) -> None:
    target = tmp_path / "wh" / "huibao.duckdb"
    target.parent.mkdir()
    target.write_bytes(seed_warehouse.read_bytes())
    done = run_module({"WAREHOUSE_PATH": str(target)}, tmp_path)
    assert done.returncode == 0, done.stderr
    expected = [target.parent / "parquet" / f"{v}.parquet" for v in PUBLIC_VIEWS]
    assert done.stdout.split() == [str(p) for p in expected]
    assert all(p.is_file() for p in expected)

    missing = run_module({"WAREHOUSE_PATH": str(tmp_path / "nowhere.duckdb")}, tmp_path)
    assert missing.returncode == 1
    assert "no warehouse" in missing.stderr
    assert not (tmp_path / "parquet").exists()


def test_make_export_runs_the_module() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    rule = re.search(r"^export: (.*)\n\t(.*)$", makefile, re.MULTILINE)
    assert rule, "no export target in the Makefile"
    assert rule.group(1) == "$(VENV)/.synced"
    assert rule.group(2) == "$(VENV)/bin/python -m pipelines.warehouse.export"
    assert re.search(r"^\.PHONY:.*\bexport\b", makefile, re.MULTILINE)
