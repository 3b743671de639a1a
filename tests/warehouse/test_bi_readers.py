"""A BI tool reading through SQLAlchemy + duckdb-engine while the warehouse is republished.

A second process publishes five new versions of the warehouse (same row counts, a marker row
naming the version). The reader opens the file read-only the way Superset does and runs every
public view over and over: it must never error and must always see a whole warehouse.
"""

from __future__ import annotations

import os
import pickle
import time
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests.conftest import HANG_GUARD_S
from tests.oracle import publish_frames
from tests.warehouse.helpers import (
    MARKER_ISSUE,
    PUBLIC_VIEWS,
    kill,
    leftovers,
    start_python,
    with_marker,
)

VERSIONS = 5

PUBLISH_VERSIONS = """
import pickle, sys, time
from pathlib import Path
from tests.oracle import publish_frames
versions = pickle.loads(Path(sys.argv[1]).read_bytes())
for frames in versions:
    publish_frames(Path(sys.argv[2]), frames)
    time.sleep(0.2)  # let the reader see each version
"""


@dataclass(frozen=True)
class Snapshot:
    views: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]
    version: str


def read_everything(conn) -> Snapshot:
    """One query round: the list of views, every row of every public view, the version."""
    views = (
        conn.execute(
            text("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name")
        )
        .scalars()
        .all()
    )
    counts = tuple(
        (v, len(conn.execute(text(f'SELECT * FROM "{v}"')).fetchall())) for v in PUBLIC_VIEWS
    )
    version = conn.execute(
        text("SELECT detail FROM v_quality_issues WHERE issue = :i"), {"i": MARKER_ISSUE}
    ).scalar_one()
    return Snapshot(tuple(views), counts, version)


@pytest.fixture
def republishing(seed_frames, tmp_path):
    """A warehouse at version 0 and a function starting the child that publishes 1..5."""
    target = tmp_path / "wh" / "huibao.duckdb"
    publish_frames(target, with_marker(seed_frames, 0))
    versions_file = tmp_path / "versions.pkl"
    versions_file.write_bytes(
        pickle.dumps([with_marker(seed_frames, v) for v in range(1, VERSIONS + 1)])
    )
    procs = []

    def start():
        proc = start_python(
            PUBLISH_VERSIONS, str(versions_file), str(target), log=tmp_path / "child.log"
        )
        procs.append(proc)
        return proc

    try:
        yield target, start
    finally:
        for proc in procs:
            kill(proc)


def read_until_exit(proc, read_round, log) -> list[Snapshot]:
    snapshots = []
    deadline = time.monotonic() + HANG_GUARD_S
    while proc.poll() is None:
        assert time.monotonic() < deadline, "publisher did not finish in time"
        snapshots.append(read_round())
        time.sleep(0.02)  # leave the publisher a core
    assert proc.returncode == 0, log.read_text(errors="replace")
    return snapshots


def test_fresh_connections_see_complete_new_versions(republishing, tmp_path) -> None:
    target, start = republishing
    # connect_args form; NullPool: each query round gets a new DuckDB connection (as Superset).
    engine = create_engine(
        f"duckdb:///{target}", connect_args={"read_only": True}, poolclass=NullPool
    )

    def read_round() -> Snapshot:
        with engine.connect() as conn:
            return read_everything(conn)

    try:
        before = read_round()
        snapshots = read_until_exit(start(), read_round, tmp_path / "child.log")
        after = read_round()
    finally:
        engine.dispose()

    assert before.version == "version 0"
    assert list(before.views) == PUBLIC_VIEWS
    assert dict(before.counts)["v_articles"] == 1
    assert len(snapshots) >= VERSIONS, "the reader hardly ran while the child published"
    for snap in snapshots:  # complete: same views, same counts in every read
        assert snap.views == before.views
        assert snap.counts == before.counts
    seen = [int(s.version.split()[1]) for s in snapshots]
    assert seen == sorted(seen), "a new connection saw an older version after a newer one"
    assert len(set(seen)) >= 2, f"fresh connections never saw a new version: {set(seen)}"
    assert after.version == f"version {VERSIONS}" and after.counts == before.counts
    assert leftovers(target) == []


def test_long_lived_connection_keeps_its_version_through_swaps(republishing, tmp_path) -> None:
    target, start = republishing
    inode = os.stat(target).st_ino
    # URL form of read-only; the default QueuePool keeps this one connection open.
    engine = create_engine(f"duckdb:///{target}?access_mode=read_only")
    try:
        with engine.connect() as conn:
            before = read_everything(conn)
            snapshots = read_until_exit(
                start(), lambda: read_everything(conn), tmp_path / "child.log"
            )
            assert os.stat(target).st_ino != inode, "the file was never swapped"
            after_swaps = read_everything(conn)
        # Back in the pool the connection still holds the old file: dispose closes it.
        engine.dispose()
        with engine.connect() as conn:
            reconnected = read_everything(conn)
    finally:
        engine.dispose()

    assert before.version == "version 0" and list(before.views) == PUBLIC_VIEWS
    assert len(snapshots) >= VERSIONS
    assert all(s == before for s in snapshots), "the open connection's data changed"
    assert after_swaps == before  # still the old inode, still complete
    assert reconnected.version == f"version {VERSIONS}"
    assert reconnected.counts == before.counts


def test_read_only_engine_cannot_write(seed_warehouse) -> None:
    for engine in (
        create_engine(f"duckdb:///{seed_warehouse}", connect_args={"read_only": True}),
        create_engine(f"duckdb:///{seed_warehouse}?access_mode=read_only"),
    ):
        try:
            with engine.connect() as conn, pytest.raises(Exception, match="read-only"):
                conn.execute(text("CREATE TABLE scratch (x INTEGER)"))
        finally:
            engine.dispose()
