"""The batched SQLite event log stores what Dagster's own stores, only in fewer writes."""

from __future__ import annotations

import warnings

import dagster as dg
import pytest
from dagster._core.storage.event_log import SqliteEventLogStorage

from pipelines.assets.partitions import range_tags
from pipelines.event_log import BatchedSqliteEventLogStorage
from pipelines.run import BATCHED_EVENT_SETTINGS
from pipelines.settings import init_dagster_home

KEYS = [f"篇{i:03d}" for i in range(7)]
parts = dg.DynamicPartitionsDefinition(name="articles")


class Nothing(dg.IOManager):
    def handle_output(self, context, obj):
        pass

    def load_input(self, context):
        return None


with warnings.catch_warnings():
    warnings.simplefilter("ignore", dg.BetaWarning)  # backfill_policy
    single_run = dict(partitions_def=parts, backfill_policy=dg.BackfillPolicy.single_run())

    @dg.asset(code_version="3", **single_run)
    def counted(context):
        return dg.Output({k: 1 for k in context.partition_keys}, metadata={"n": 7})

    @dg.asset(code_version="5", **single_run)
    def derived(context, counted):
        return {k: 2 for k in context.partition_keys}


def _run_and_describe(home, monkeypatch) -> dict:
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    for name, value in BATCHED_EVENT_SETTINGS.items():
        monkeypatch.setenv(name, value)
    with dg.DagsterInstance.get() as instance:
        instance.add_dynamic_partitions("articles", KEYS)
        for keys in (KEYS[:4], KEYS[2:]):  # two runs: partitions 2 and 3 twice
            result = dg.materialize(
                [counted, derived],
                instance=instance,
                resources={"io_manager": Nothing()},
                tags=range_tags(keys),
            )
            assert result.success
        storage = instance.event_log_storage
        out = {"storage": type(storage).__name__}
        for key in (counted.key, derived.key):
            records = instance.fetch_materializations(key, limit=100).records
            out[key.to_user_string()] = {
                "records": sorted(
                    (r.partition_key, str(r.asset_materialization.metadata.get("n")))
                    for r in records
                ),
                "code_versions": sorted(
                    {r.asset_materialization.tags.get("dagster/code_version") for r in records}
                ),
                "latest_by_partition": sorted(
                    storage.get_latest_storage_id_by_partition(
                        key, dg.DagsterEventType.ASSET_MATERIALIZATION
                    )
                ),
                "materialized": sorted(instance.get_materialized_partitions(key)),
                "last_partition": storage.get_asset_records([key])[
                    0
                ].asset_entry.last_materialization.dagster_event.partition,
                "tags_indexed": len(storage.get_event_tags_for_asset(key)),
            }
        run_ids = [r.dagster_run.run_id for r in instance.get_run_records()]
        out["events_per_run"] = sorted(len(instance.all_logs(run_id)) for run_id in run_ids)
        return out


def test_batched_storage_stores_what_the_stock_one_stores(tmp_path, monkeypatch):
    stock_home = init_dagster_home(tmp_path / "stock")
    (stock_home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    ours_home = init_dagster_home(tmp_path / "ours")

    written = []
    original = BatchedSqliteEventLogStorage._store_materializations

    def spy(self, events):
        written.append(len(events))
        return original(self, events)

    monkeypatch.setattr(BatchedSqliteEventLogStorage, "_store_materializations", spy)
    stock = _run_and_describe(stock_home, monkeypatch)
    assert not written
    ours = _run_and_describe(ours_home, monkeypatch)

    assert stock.pop("storage") == SqliteEventLogStorage.__name__
    assert ours.pop("storage") == BatchedSqliteEventLogStorage.__name__
    # Four batches (two assets, two runs), each holding that run's partitions.
    assert sorted(written) == [4, 4, 5, 5]
    assert ours == stock
    assert ours["counted"]["materialized"] == sorted(KEYS)
    assert len(ours["counted"]["records"]) == 9  # 4 + 5 materializations
    assert ours["counted"]["last_partition"] in KEYS[2:]  # one of the second run
    assert ours["counted"]["code_versions"] == ["3"]


def test_other_event_batches_are_stored_one_by_one(tmp_path, monkeypatch):
    """Anything but a batch of materializations goes through Dagster's own path."""
    monkeypatch.setenv("DAGSTER_HOME", str(init_dagster_home(tmp_path / "home")))
    calls = []
    monkeypatch.setattr(SqliteEventLogStorage, "store_event", lambda self, e: calls.append(e))
    with dg.DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        assert isinstance(storage, BatchedSqliteEventLogStorage)
        entries = [
            dg.EventLogEntry(
                error_info=None,
                level="INFO",
                user_message=f"消息{i}",
                run_id="r",
                timestamp=1.0 + i,
            )
            for i in range(3)
        ]
        storage.store_event_batch(entries)
    assert [e.user_message for e in calls] == ["消息0", "消息1", "消息2"]


def test_missing_dagster_home_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    with pytest.raises(ValueError, match="DAGSTER_HOME"):
        BatchedSqliteEventLogStorage.from_config_value(None, {})


def test_dagster_is_the_version_the_batched_storage_was_written_against() -> None:
    # pipelines/event_log.py subclasses private Dagster storage code; moving the pin means
    # re-running the equivalence tests above against the new version first.
    assert dg.__version__ == "1.13.27"


def _message(run_id: str, text: str) -> dg.EventLogEntry:
    return dg.EventLogEntry(
        error_info=None, level="INFO", user_message=text, run_id=run_id, timestamp=1.0
    )


def test_kept_engines_are_few_and_dropped_before_a_wipe(tmp_path, monkeypatch):
    """One engine per shard is kept (not one per call); at most ENGINES_KEPT of them, and
    a wipe closes them before deleting the files, so later writes land in the new files."""
    from pipelines.event_log import ENGINES_KEPT

    monkeypatch.setenv("DAGSTER_HOME", str(init_dagster_home(tmp_path / "home")))
    with dg.DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        runs = [f"run{i}" for i in range(ENGINES_KEPT + 3)]
        for run_id in runs:
            storage.store_event(_message(run_id, f"开始{run_id}"))
            storage.store_event(_message(run_id, f"结束{run_id}"))
        engines = storage.__dict__["_kept_engines"]
        assert len(engines) == ENGINES_KEPT
        assert runs[-1] in engines and runs[0] not in engines
        assert [e.user_message for e in storage.get_logs_for_run(runs[0])] == [
            "开始run0",
            "结束run0",
        ]
        storage.wipe()
        assert storage.get_logs_for_run(runs[-1]) == []
        storage.store_event(_message(runs[-1], "擦除之后"))
        assert [e.user_message for e in storage.get_logs_for_run(runs[-1])] == ["擦除之后"]


def test_a_forked_child_opens_its_own_engines(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("DAGSTER_HOME", str(init_dagster_home(tmp_path / "home")))
    with dg.DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        storage.store_event(_message("r", "父进程"))
        parent_engine = storage.__dict__["_kept_engines"]["r"]
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child writes through an engine of its own
            try:
                storage.store_event(_message("r", "子进程"))
                ok = storage.__dict__["_kept_engines"]["r"] is not parent_engine
                os.write(write, b"1" if ok else b"0")
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        assert os.read(read, 1) == b"1"
        assert [e.user_message for e in storage.get_logs_for_run("r")] == ["父进程", "子进程"]
        assert storage.__dict__["_kept_engines"]["r"] is parent_engine
