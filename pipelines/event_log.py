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
from collections.abc import Sequence

from dagster import DagsterEventType, EventLogEntry, Field, StringSource
from dagster._core.storage.event_log import SqlEventLogStorageTable, SqliteEventLogStorage
from dagster._serdes import ConfigurableClassData

# Rows per INSERT: ~10 bound values per row stays far below SQLite's 32,766 limit.
ROWS_PER_STATEMENT = 500


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
