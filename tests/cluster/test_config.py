"""Cluster mode's pure parts: settings, batches, the celery job, the stop order."""

import pytest
from dagster._core.execution.retries import RetryMode
from dagster_celery.executor import CeleryExecutor

from pipelines.cluster import config, jobs, lifecycle, runner, services
from pipelines.settings import Settings


def test_batches_are_contiguous_disjoint_and_cover_the_keys():
    keys = [f"a{i:03d}" for i in range(23)]
    parts = runner.batches(keys, 5)
    assert [len(p) for p in parts] == [5, 5, 5, 5, 3]
    assert [k for p in parts for k in p] == keys


def test_settings_from_the_environment(monkeypatch):
    monkeypatch.setenv("HUIBAO_CELERY_WORKERS", "3")
    monkeypatch.setenv("HUIBAO_CLUSTER_BATCH", "25")
    assert (config.worker_count(), config.batch_size()) == (3, 25)
    monkeypatch.setenv("HUIBAO_CLUSTER_BATCH", "zwei")
    with pytest.raises(ValueError, match="HUIBAO_CLUSTER_BATCH must be a whole number"):
        config.batch_size()
    monkeypatch.setenv("HUIBAO_CELERY_WORKERS", "0")
    with pytest.raises(ValueError, match="at least 1"):
        config.worker_count()


def test_urls_local_or_given(monkeypatch):
    monkeypatch.delenv("HUIBAO_PG_URL", raising=False)
    monkeypatch.delenv("HUIBAO_BROKER_URL", raising=False)
    monkeypatch.setenv("HUIBAO_PG_PORT", "55555")
    assert config.pg_url() == "postgresql+psycopg2://huibao@127.0.0.1:55555/huibao"
    assert config.broker_url().startswith("redis://127.0.0.1:")
    # a bare postgresql:// URL gets the psycopg2 driver dagster-postgres ships with
    monkeypatch.setenv("HUIBAO_PG_URL", "postgres://u:p@db.example:5432/dagster")
    assert config.pg_url() == "postgresql+psycopg2://u:p@db.example:5432/dagster"
    monkeypatch.setenv("HUIBAO_BROKER_URL", "redis://broker.example:6379/2")
    assert config.celery_config()["broker"] == "redis://broker.example:6379/2"


def test_celery_config_acks_late_and_is_valid_executor_config():
    cfg = config.celery_config()
    source = cfg["config_source"]
    assert source["task_acks_late"] and source["task_reject_on_worker_lost"]
    assert source["broker_transport_options"]["visibility_timeout"] == config.visibility_timeout()
    executor = CeleryExecutor(retries=RetryMode.DISABLED, **cfg)
    assert executor.broker == cfg["broker"] and executor.backend == cfg["backend"]


def test_cluster_job_runs_every_asset_on_the_celery_executor():
    job = jobs.cluster_job()
    assert job.executor_def.name == "celery"
    names = {k.to_user_string() for k in job.asset_layer.executable_asset_keys}
    assert {"raw_article", "cleaned_article", "deduplicated_article", "article_facts",
            "warehouse"} <= names  # fmt: skip


def test_runs_carry_their_paths_for_the_workers(tmp_path):
    """A worker started for one RAW_DIR serves runs of another: each run's resource config
    names its folders, whatever the worker's environment says."""
    where = Settings(tmp_path / "raw", tmp_path / "w" / "h.duckdb", tmp_path / "state", 1)
    resources = jobs.run_config(where)["resources"]
    assert resources["raw_dir"]["config"]["path"] == str(tmp_path / "raw")
    assert resources["warehouse_files"]["config"]["path"] == str(tmp_path / "w" / "h.duckdb")
    assert resources["worker_pool"]["config"]["workers"] == 1
    assert resources["article_store"]["config"]["base_dir"].startswith(str(tmp_path / "state"))
    assert runner.run_tags("abc") == {jobs.CLUSTER_RUN_TAG: "abc"}


def test_down_stops_users_before_storage(monkeypatch, tmp_path):
    monkeypatch.setenv("HUIBAO_CLUSTER_DIR", str(tmp_path))
    run = config.pids_dir()
    run.mkdir(parents=True)
    for name in ("postgres", "redis", "dagster-daemon", "huibao-w1", "huibao-w2"):
        (run / f"{name}.pid").write_text("999999999 15\n")  # no such process
    order = [p.stem for p in lifecycle._pid_files()]
    assert order == ["huibao-w1", "huibao-w2", "dagster-daemon", "redis", "postgres"]
    assert lifecycle.down() == []  # nothing was running
    assert list(run.glob("*.pid")) == []


def test_worker_uses_the_solo_pool_and_a_distinct_name(tmp_path):
    argv = services.worker_service(2, {}, tmp_path / "celery.yaml").argv
    assert argv[argv.index("--pool") + 1] == "solo"
    assert argv[argv.index("-n") + 1] == "huibao-w2"
