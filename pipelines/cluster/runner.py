"""`make cluster-run`: `make run`'s job spread over the celery workers.

The article partitions still to process are cut into contiguous batches
(HUIBAO_CLUSTER_BATCH articles each); each batch is one Dagster run of the per-article
assets over its partition range, and all batch runs are submitted together, so every
step (one asset over one batch) is a celery task that any idle worker takes. Then one
run of the warehouse asset, the single writer, publishes from every article in the
store, atomically as in `make run`.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import uuid
from concurrent.futures import ProcessPoolExecutor

import dagster as dg

from pipelines import run as local_run
from pipelines import settings, user_errors
from pipelines.assets.partitions import range_tags
from pipelines.assets.resources import resources_for
from pipelines.assets.sensors import PER_ARTICLE_KEYS
from pipelines.assets.warehouse import WAREHOUSE_KEYS
from pipelines.cluster import config, jobs
from pipelines.definitions import code_versions
from pipelines.run_lock import LockTimeout, run_lock
from pipelines.settings import Settings
from pipelines.warehouse.shrink import ShrinkRefused, refuse_before_processing

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def batches(keys: list[str], size: int) -> list[list[str]]:
    return [keys[i : i + size] for i in range(0, len(keys), size)]


def run_tags(cluster_run_id: str) -> dict[str, str]:
    """What every run of one cluster-run carries: its id (the paths are resource config)."""
    return {jobs.CLUSTER_RUN_TAG: cluster_run_id}


def run_batch(keys: list[str], cluster_run_id: str, where: Settings) -> bool:
    """One run of the per-article assets over the partition range of ``keys``."""
    with dg.DagsterInstance.get() as instance:
        result = jobs.execute(
            instance,
            where,
            asset_selection=PER_ARTICLE_KEYS,
            tags={**range_tags(keys), **run_tags(cluster_run_id)},
        )
    return result.success


def _die_with_parent() -> None:
    """An orchestrator gets SIGTERM when cluster-run dies (Linux prctl), so its run ends
    as failed instead of waiting on as an orphan (as stages.py does for its pool)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def submit_batches(parts: list[list[str]], cluster_run_id: str, where: Settings) -> int:
    """Start the batch runs together and wait for all; return how many failed.

    Each run is orchestrated by a process forked from this one (the steps run on the
    workers; an orchestrator mostly waits for celery results). Forked, it starts with
    Dagster and the definitions already imported, seconds saved per run; threads are
    no option, as Dagster's per-run logging set-up (logging.config.dictConfig) deadlocks
    when runs start in threads side by side. At most 2 runs per worker at a time keep
    every worker busy (a run's next step is queued as soon as its previous one ends)
    without thousands of waiting orchestrators for a 10,000-article corpus.
    """
    limit = min(len(parts), max(2, 2 * config.worker_count()))
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=limit, mp_context=fork, initializer=_die_with_parent
    ) as pool:
        n = len(parts)
        results = list(pool.map(run_batch, parts, [cluster_run_id] * n, [where] * n))
    return results.count(False)


def materialize_all(instance: dg.DagsterInstance, where: Settings) -> tuple[bool, str]:
    """Batches of new articles on the workers, then the warehouse; (success, run tag)."""
    cluster_run_id = uuid.uuid4().hex[:12]
    resources = resources_for(where, code_versions)
    store = resources["article_store"]
    refuse_before_processing(  # as `make run`: a run that would empty the warehouse stops
        resources["raw_dir"].folder, resources["raw_dir"].index_file, where.warehouse_path,
        where.allow_shrink,
    )  # fmt: skip
    keys = local_run.sync_partitions(instance, resources["raw_dir"])
    todo = local_run.partitions_to_process(instance, store, keys) if keys else []
    if todo:
        parts = batches(todo, config.batch_size())
        print(
            f"processing {len(todo)} of {len(keys)} article(s) in {len(parts)} batch run(s) "
            f"of up to {config.batch_size()} on the celery workers",
            file=sys.stderr,
        )
        failed = submit_batches(parts, cluster_run_id, where)
        if failed:
            print(
                f"{failed} of {len(parts)} batch run(s) failed; the warehouse is left as it "
                "was. Their articles are redone by the next `make cluster-run`.",
                file=sys.stderr,
            )
            return False, cluster_run_id
        for key in PER_ARTICLE_KEYS:
            store.remove_other_versions(key)
    result = jobs.execute(
        instance, where, asset_selection=WAREHOUSE_KEYS, tags=run_tags(cluster_run_id)
    )
    return result.success, cluster_run_id


def main() -> int:
    from pipelines.cluster import lifecycle

    # The same checks as `make run`, before any service is started or article read; the
    # cluster brings its own DAGSTER_HOME (config.dagster_home), so the caller's is not used.
    home = config.dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    if user_errors.bad_settings({**os.environ, "DAGSTER_HOME": str(home)}):
        return user_errors.EXIT_BAD_SETTING
    env = lifecycle.up()
    # This process uses the cluster's instance (DAGSTER_HOME) and step settings.
    os.environ.update(env)
    where = settings.Settings.from_environment()
    try:
        with run_lock(where.warehouse_path), dg.DagsterInstance.get() as instance:
            success, cluster_run_id = materialize_all(instance, where)
            used = jobs.workers_of_runs(instance, jobs.runs_of(instance, cluster_run_id))
    except (LockTimeout, ShrinkRefused) as exc:
        return user_errors.refused(exc)
    if not success:
        print("cluster run failed; see the Dagster logs above", file=sys.stderr)
        return 1
    local_run.print_summary(where.warehouse_path)
    print(f"celery workers used: {len(used)}")
    return 0
