"""`make cluster-run`: `make run`'s job spread over the celery workers.

The article partitions still to process are cut into contiguous batches
(HUIBAO_CLUSTER_BATCH articles each); each batch is one Dagster run of the per-article
assets over its partition range, and all batch runs are submitted together, so every
step (one asset over one batch) is a celery task that any idle worker takes. Each run
is orchestrated by a small process of its own (``python -m pipelines.cluster batch``);
the steps execute on the workers. Then one run of the warehouse asset, the single
writer, publishes from every article in the store, atomically as in `make run`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid

import dagster as dg

from pipelines import run as local_run
from pipelines import settings
from pipelines.assets.partitions import range_tags
from pipelines.assets.sensors import PER_ARTICLE_KEYS, WAREHOUSE_KEY
from pipelines.cluster import config, jobs
from pipelines.run_lock import LockTimeout, run_lock


def batches(keys: list[str], size: int) -> list[list[str]]:
    return [keys[i : i + size] for i in range(0, len(keys), size)]


def run_batch(first: str, last: str, cluster_run_id: str) -> int:
    """In a batch process: one run of the per-article assets over ``first..last``."""
    with dg.DagsterInstance.get() as instance:
        result = jobs.execute(
            instance,
            asset_selection=PER_ARTICLE_KEYS,
            tags={**range_tags([first, last]), jobs.CLUSTER_RUN_TAG: cluster_run_id},
        )
    return 0 if result.success else 1


def submit_batches(parts: list[list[str]], cluster_run_id: str, env: dict[str, str]) -> int:
    """Start every batch run at once and wait for all; return how many failed.

    At most 2 runs per worker are orchestrated at a time: that keeps every worker busy
    (a run's next step is queued as soon as its previous one ends) without an idle
    orchestrator process per batch of a 10,000-article corpus.
    """
    limit = max(2, 2 * config.worker_count())
    pending = list(parts)
    active: list[subprocess.Popen] = []
    failed = 0
    while pending or active:
        while pending and len(active) < limit:
            part = pending.pop(0)
            argv = [sys.executable, "-m", "pipelines.cluster", "batch", part[0], part[-1],
                    cluster_run_id]  # fmt: skip
            active.append(subprocess.Popen(argv, env=env))
        time.sleep(0.2)
        for proc in [p for p in active if p.poll() is not None]:
            active.remove(proc)
            failed += proc.returncode != 0
    return failed


def materialize_all(instance: dg.DagsterInstance, env: dict[str, str]) -> tuple[bool, str]:
    """Batches of new articles on the workers, then the warehouse; (success, run tag)."""
    cluster_run_id = uuid.uuid4().hex[:12]
    keys = local_run.sync_partitions(instance)
    todo = local_run.partitions_to_process(instance, keys) if keys else []
    if todo:
        parts = batches(todo, config.batch_size())
        print(
            f"processing {len(todo)} of {len(keys)} article(s) in {len(parts)} batch run(s) "
            f"of up to {config.batch_size()} on the celery workers",
            file=sys.stderr,
        )
        failed = submit_batches(parts, cluster_run_id, env)
        if failed:
            print(
                f"{failed} of {len(parts)} batch run(s) failed; the warehouse is left as it "
                "was. Their articles are redone by the next `make cluster-run`.",
                file=sys.stderr,
            )
            return False, cluster_run_id
        for key in PER_ARTICLE_KEYS:
            jobs.cluster_defs.resources["article_store"].remove_other_versions(key)
    result = jobs.execute(
        instance, asset_selection=[WAREHOUSE_KEY], tags={jobs.CLUSTER_RUN_TAG: cluster_run_id}
    )
    return result.success, cluster_run_id


def main() -> int:
    from pipelines.cluster import lifecycle

    env = lifecycle.up()
    # This process and the batch processes use the cluster's instance and settings.
    os.environ.update(env)
    try:
        with run_lock(settings.warehouse_path()), dg.DagsterInstance.get() as instance:
            success, cluster_run_id = materialize_all(instance, env)
            used = jobs.workers_of_runs(instance, jobs.runs_of(instance, cluster_run_id))
    except LockTimeout as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not success:
        print("cluster run failed; see the Dagster logs above", file=sys.stderr)
        return 1
    path = settings.warehouse_path()
    print(f"\nwarehouse: {path}")
    for name, value in local_run.summary(path).items():
        print(f"  {name:16} {value}")
    print(f"celery workers used: {len(used)}")
    return 0
