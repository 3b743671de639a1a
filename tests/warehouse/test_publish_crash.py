"""SIGKILL the publishing process in the middle of a build.

The child pauses at a known point of ``publish`` (it writes a "ready" file, then sleeps), or,
with a large input, is killed as soon as its temp file appears, wherever DuckDB is then. The
published warehouse must be untouched and answer every view; the next successful publish must
remove the dead build's temp files (and, while the build is alive, must leave them alone).
"""

from __future__ import annotations

import os
import pickle
import signal

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from pipelines.warehouse.publish import remove_stale_builds
from tests.conftest import HANG_GUARD_S
from tests.oracle import publish_frames
from tests.warehouse.helpers import (
    PUBLIC_VIEWS,
    dump_file,
    kill,
    leftovers,
    replicate,
    start_python,
    wait_for,
    with_marker,
)

CRASHING_PUBLISH = """
import os, pickle, sys, time
from pathlib import Path
import pipelines.warehouse.publish as publish

frames_file, target, ready, point = sys.argv[1:5]
frames = pickle.loads(Path(frames_file).read_bytes())

def pause():
    Path(ready).write_text(str(os.getpid()))
    time.sleep(300)  # bounded; the test kills this process within seconds

if point in ("tables", "load", "views"):  # before that stage's SQL files run
    real_sql_files = publish.sql_files
    def sql_files(stage):
        if stage == point:
            pause()
        return real_sql_files(stage)
    publish.sql_files = sql_files
elif point == "validate":  # views built and checked, not yet checkpointed
    real_validate = publish.validate
    def validate(con, expect_rows):
        counts = real_validate(con, expect_rows)
        pause()
        return counts
    publish.validate = validate
elif point == "replace":  # temp file complete and closed, not yet renamed
    real_replace = os.replace
    def replace(src, dst):
        pause()
        real_replace(src, dst)
    os.replace = replace
elif point != "anywhere":
    raise SystemExit(f"unknown point {point}")
from tests.oracle import publish_frames
publish_frames(Path(target), frames)
"""


def read_all_views(path) -> dict[str, int]:
    """Open read-only through SQLAlchemy and select every row of every public view."""
    engine = create_engine(f"duckdb:///{path}?access_mode=read_only", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return {
                v: len(conn.execute(text(f'SELECT * FROM "{v}"')).fetchall()) for v in PUBLIC_VIEWS
            }
    finally:
        engine.dispose()


@pytest.mark.parametrize("point", ["load", "views", "validate", "replace", "anywhere"])
def test_killed_build_leaves_the_published_warehouse_intact(seed_frames, tmp_path, point) -> None:
    target = tmp_path / "wh" / "huibao.duckdb"
    publish_frames(target, with_marker(seed_frames, 0))
    before = dump_file(target)
    counts = read_all_views(target)
    inode = os.stat(target).st_ino

    new = with_marker(seed_frames, 1)
    if point == "anywhere":  # large enough that the build takes a while; kill at first sight
        new = replicate(new, 200)
    frames_file = tmp_path / "frames.pkl"
    frames_file.write_bytes(pickle.dumps(new))
    ready = tmp_path / "ready"
    log = tmp_path / "child.log"

    proc = start_python(CRASHING_PUBLISH, str(frames_file), str(target), str(ready), point, log=log)
    try:
        if point == "anywhere":
            wait_for(lambda: leftovers(target), HANG_GUARD_S, "the temp file", proc)
        else:
            wait_for(ready.exists, HANG_GUARD_S, f"the child to pause at {point}", proc)
            # While the build is alive its temp file is not stale, and readers are unaffected.
            live = leftovers(target)
            assert live and remove_stale_builds(target) == []
            assert leftovers(target) == live
            assert read_all_views(target) == counts
        os.killpg(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL, log.read_text(errors="replace")
    finally:
        kill(proc)

    # The dead build left its temp file behind, named after the dead pid.
    stale = leftovers(target)
    assert stale and all(f".building-{proc.pid}-" in p.name for p in stale)
    # The published warehouse is the previous one, whole, and answers every view.
    assert os.stat(target).st_ino == inode
    assert read_all_views(target) == counts
    assert dump_file(target) == before

    # The next successful run publishes and removes the dead build's files.
    publish_frames(target, with_marker(seed_frames, 2))
    assert leftovers(target) == []
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    assert read_all_views(target) == counts
    assert dump_file(target) != before  # the new version (marker 2) is the published one


def test_stale_spill_directory_of_a_dead_build_is_removed(tmp_path) -> None:
    from pipelines.warehouse.publish import remove_stale_builds

    target = tmp_path / "huibao.duckdb"
    dead_pid = 2**22 + 12345  # above the default pid_max: no such process
    spill = tmp_path / f"huibao.duckdb.building-{dead_pid}-abcd1234.tmp"
    spill.mkdir()
    (spill / "duckdb_temp_block.bin").write_bytes(b"x")
    assert remove_stale_builds(target) == [spill]
    assert not spill.exists()
