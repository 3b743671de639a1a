"""Dagster's SQLite event log, writing a batch of partition materializations at once.

A run over 1,000 article partitions logs 1,000 materialization events per asset. The
stock ``SqliteEventLogStorage`` stores each one on its own: two fresh SQLite engines,
two commits and freshly compiled INSERTs per event, about 7 ms, which made event writing
the largest part of a 1,000-article run. Dagster hands storages such events as a batch
when ``DAGSTER_EVENT_BATCH_SIZE`` is set (``make run`` sets it) and leaves the batch
write to the storage; the Postgres storage does it in one statement, the SQLite one
loops. This one does what Postgres does: one multi-row INSERT per shard and one
transaction for the index rows. What is stored is the same as event by event (a test
compares the two). Configured in ``pipelines/dagster.yaml``, which ``make`` copies
into DAGSTER_HOME.

This subclasses private Dagster API (``dagster._core.storage.event_log``, ``dagster._serdes``,
``prepare_insert_event_batch``, ``_store_asset_event*``), so it is tied to the exact pinned
version: dagster==1.13.27 in pyproject.toml. tests/e2e/test_event_log.py is the guard: it
stores the same run through this storage and the stock one and compares every row, so an
upgrade that changes these internals fails there before it can write a different history.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from dagster import DagsterEventType, EventLogEntry, Field, StringSource
from dagster._core.storage.event_log import SqlEventLogStorageTable, SqliteEventLogStorage
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._serdes import ConfigurableClassData

# Rows per INSERT: ~10 bound values per row stays far below SQLite's 32,766 limit.
ROWS_PER_STATEMENT = 500
# Shards whose engine (and pooled connection) is kept: the index, the current run, and a
# few runs the UI reads; older ones are disposed, so open files stay few.
ENGINES_KEPT = 8


def default_base_dir() -> str:
    """Where Dagster's default SQLite storage keeps event logs under DAGSTER_HOME."""
    home = os.environ.get("DAGSTER_HOME")
    if not home:
        raise ValueError("DAGSTER_HOME is not set; give event_log_storage a base_dir")
    return os.path.join(home, "history", "runs")


class BatchedSqliteEventLogStorage(SqliteEventLogStorage):
    @classmethod
    def config_type(cls):
        return {"base_dir": Field(StringSource, is_required=False)}

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData | None, config_value):
        base_dir = (config_value or {}).get("base_dir") or default_base_dir()
        return cls(base_dir=base_dir, inst_data=inst_data)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[sa.Connection]:
        """The stock ``_connect`` with one engine per shard kept, not one made per call.

        The stock storage creates and disposes an engine (and opens and closes the SQLite
        file) for every read and write: ~1 ms each, hundreds of times per run for the
        warehouse's table, view and check events. Kept engines pool one connection; the
        transaction per call and SQLite's locking are unchanged. Engines are not shared
        across a fork (a child starts its own) and are dropped before the files are wiped.
        """
        with self._db_lock:
            engine = self._engine_for(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def _engine_for(self, shard: str) -> sa.Engine:
        engines = self.__dict__.get("_kept_engines")
        if engines is None or self.__dict__.get("_kept_engines_pid") != os.getpid():
            if engines:  # inherited through fork: the parent's connections are not ours
                for engine in engines.values():
                    engine.dispose(close=False)
            engines = self.__dict__["_kept_engines"] = OrderedDict()
            self.__dict__["_kept_engines_pid"] = os.getpid()
        engine = engines.get(shard)
        if engine is None:
            engine = sa.create_engine(
                self.conn_string_for_shard(shard),
                pool_size=1,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
            )
            engines[shard] = engine
            while len(engines) > ENGINES_KEPT:
                engines.popitem(last=False)[1].dispose()
        engines.move_to_end(shard)
        return engine

    def _dispose_engines(self) -> None:
        with self._db_lock:
            engines = self.__dict__.pop("_kept_engines", None) or {}
            same_process = self.__dict__.get("_kept_engines_pid") == os.getpid()
            for engine in engines.values():
                engine.dispose(close=same_process)

    def wipe(self) -> None:
        self._dispose_engines()  # no connection may stay open on a deleted file
        super().wipe()

    def dispose(self) -> None:
        self._dispose_engines()
        super().dispose()

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        kinds = {e.dagster_event_type for e in events}
        if not events or kinds != {DagsterEventType.ASSET_MATERIALIZATION}:
            super().store_event_batch(events)  # event by event, as stock Dagster does
            return
        for start in range(0, len(events), ROWS_PER_STATEMENT):
            self._store_materializations(events[start : start + ROWS_PER_STATEMENT])

    def _store_materializations(self, events: Sequence[EventLogEntry]) -> None:
        for run_id in dict.fromkeys(e.run_id for e in events):
            of_run = [e for e in events if e.run_id == run_id]
            insert = self.prepare_insert_event_batch(of_run)
            # The run's own shard first, then the cross-run index, as store_event does.
            # Should the index write fail, Dagster replays the batch event by event: the
            # run's log may then show those events twice, the index holds them once.
            with self.run_connection(run_id) as conn:
                conn.execute(insert)
            with self.index_transaction() as conn:
                rows = conn.execute(insert.returning(SqlEventLogStorageTable.c.id)).fetchall()
                # One statement under SQLite's write lock assigns increasing row ids, so
                # sorted ids pair with the events in insertion order.
                ids = sorted(row[0] for row in rows)
                self._store_asset_event_tags(conn, of_run, ids)
                for event, event_id in _last_per_asset(of_run, ids):
                    self._store_asset_event(conn, event, event_id)


def _last_per_asset(events: Sequence[EventLogEntry], ids: Sequence[int]):
    """The newest event of each asset: the asset row keeps only the latest one."""
    last = {}
    for event, event_id in zip(events, ids, strict=True):
        last[event.get_dagster_event().asset_key] = (event, event_id)
    return last.values()
