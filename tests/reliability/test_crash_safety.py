"""SIGKILL a run anywhere: the published warehouse stays as it was, the next run just works.

The warehouse is built in ``<WAREHOUSE_PATH>.building-<pid>-…`` and swapped in with
``os.replace``; per-article results are written to a temp file and renamed; the run lock
is a ``flock`` the kernel drops with the killed process. So a kill at any point leaves
either the old warehouse or the new one, never a mix, and nothing that blocks the next run.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import duckdb
import pytest

from pipelines.run_lock import run_lock
from tests.conftest import HANG_GUARD_S, SEED_PATH
from tests.reliability.conftest import (
    ARTICLES,
    SEED_TEXT,
    PipelineProcess,
    pipeline_env,
    view_counts,
    view_snapshot,
    wait_until,
)

N_COPIES = 40


def _add_copies(raw: Path) -> None:
    """40 copies of the seed, each with one distinct sentence: 40 articles to process."""
    for i in range(N_COPIES):
        extra = f"\n第{i + 1}号附记：本文由第{i + 1}家媒体转载，转载编号{1000 + i}。\n"
        (raw / f"zz_copy_{i:02d}.txt").write_text(SEED_TEXT + extra, encoding="utf-8")


def _building_files(warehouse: Path) -> list[Path]:
    return sorted(warehouse.parent.glob(warehouse.name + ".building-*"))


def _pickles(home: Path, asset: str) -> int:
    folder = home / "huibao" / "assets" / asset  # one subfolder per code version
    return len(list(folder.glob("v*/*.pkl"))) if folder.exists() else 0


def _assert_untouched(warehouse: Path, before: dict, counts: dict) -> None:
    assert view_counts(warehouse) == counts  # opens read-only; every view selects
    assert view_snapshot(warehouse) == before
    with run_lock(warehouse, timeout=0):  # the killed run's lock died with it
        pass


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A RAW_DIR and a warehouse published from it by one complete run."""
    tmp = tmp_path_factory.mktemp("crash")
    raw = tmp / "raw"
    raw.mkdir()
    shutil.copy(SEED_PATH, raw / SEED_PATH.name)
    for name in ("gbk", "utf16"):
        (raw / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    warehouse = tmp / "wh" / "huibao.duckdb"
    env = pipeline_env(raw, warehouse, tmp / "home")
    run = PipelineProcess(env, tmp / "baseline.log")
    assert run.wait(timeout=HANG_GUARD_S) == 0, run.output()[-3000:]
    before, counts = view_snapshot(warehouse), view_counts(warehouse)
    assert counts["v_articles"] == 3
    _add_copies(raw)  # from now on a finished run would change the warehouse
    return tmp, raw, warehouse, env, before, counts


def _kill_when(published, label: str, condition, timeout: float = HANG_GUARD_S) -> PipelineProcess:
    tmp, _, warehouse, env, before, counts = published
    run = PipelineProcess(env, tmp / f"{label}.log")
    try:
        assert wait_until(lambda: condition() or not run.running(), timeout), label
        assert run.running(), f"run ended before the kill point {label}:\n{run.output()[-2000:]}"
    finally:
        run.kill()
    _assert_untouched(warehouse, before, counts)
    return run


@pytest.mark.parametrize("seconds", [0.5, 1.5, 3.0])
def test_kill_after_a_delay_leaves_the_warehouse_intact(published, seconds: float) -> None:
    start = time.monotonic()
    _kill_when(published, f"after_{seconds}s", lambda: time.monotonic() - start >= seconds)


def test_kill_between_per_article_assets_leaves_the_warehouse_intact(published) -> None:
    tmp = published[0]
    done = _pickles(tmp / "home", "cleaned_article")
    _kill_when(published, "mid_articles", lambda: _pickles(tmp / "home", "cleaned_article") > done)


def test_kill_while_the_new_warehouse_is_being_built_leaves_the_old_one(published) -> None:
    warehouse = published[2]
    assert not _building_files(warehouse)
    _kill_when(published, "mid_publish", lambda: bool(_building_files(warehouse)))
    assert _building_files(warehouse), "the kill was meant to land mid-build"


def test_next_run_after_the_kills_finishes_normally(published) -> None:
    tmp, _raw, warehouse, env, _, counts = published
    run = PipelineProcess(env, tmp / "after_kills.log")
    code = run.wait(timeout=HANG_GUARD_S)
    assert code == 0, run.output()[-3000:]
    assert "another huibao run holds" not in run.output()
    assert not _building_files(warehouse), "stale build files of killed runs are removed"
    after = view_counts(warehouse)
    assert after["v_articles"] == counts["v_articles"]  # the copies fold into the seed
    with duckdb.connect(str(warehouse), read_only=True) as con:
        (duplicates,) = con.execute(
            "SELECT count(*) FROM v_removed_blocks WHERE kind = 'duplicate_article'"
        ).fetchone()
        files = {r[0] for r in con.execute("SELECT source_file FROM v_articles").fetchall()}
    assert duplicates == N_COPIES
    assert SEED_PATH.name in files
