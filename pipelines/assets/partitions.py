"""One dynamic partition per article, keyed by its headline and content hash
(``团结引领燕赵职工奋力谱写-f1ea967424``, see raw_index.partition_key), and the runner that
streams a per-article asset's partitions through the process pool."""

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dagster as dg

from pipelines.assets.report import Report
from pipelines.assets.resources import WorkerPool
from pipelines.assets.storage import (
    ArticleStoreIOManager,
    StoredPartitions,
    read_pickle,
    write_pickle,
)
from pipelines.parallel import parallel_map

articles_partitions = dg.DynamicPartitionsDefinition(name="articles")

# Dagster's tags for a run that covers a range of partitions (what a single-run backfill
# uses); contiguous because new articles are always appended to the partition list.
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"
STORE_KEY = "article_store"


def range_tags(keys: list[str]) -> dict[str, str]:
    return {RANGE_START_TAG: keys[0], RANGE_END_TAG: keys[-1]}


def per_article_asset(**kwargs):
    """``@dg.asset`` for per-article work: partitioned, batched into one run, stored per key."""

    def decorate(fn):
        with warnings.catch_warnings():
            # BackfillPolicy is marked beta, but single-run backfills are what keep
            # thousands of article partitions from meaning thousands of runs.
            warnings.simplefilter("ignore", dg.BetaWarning)
            return dg.asset(
                partitions_def=articles_partitions,
                backfill_policy=dg.BackfillPolicy.single_run(),
                io_manager_key=STORE_KEY,
                owners=["team:huibao"],
                **kwargs,
            )(fn)

    return decorate


def _run_stored(job: tuple[Callable, Callable[[Any], Report], Path, Path]) -> Report:
    """In a pool worker: read one input from the store, run the stage, store the result,
    and hand back only its report, so the parent never (un)pickles an article."""
    fn, observe, source, target = job
    result = fn(read_pickle(source))
    write_pickle(target, result)
    return observe(result)


def run_per_article(
    context: dg.AssetExecutionContext,
    fn: Callable,
    observe: Callable[[Any], Report],
    inputs: StoredPartitions,
    article_store: ArticleStoreIOManager,
    worker_pool: WorkerPool,
) -> Report:
    """Apply ``fn`` to each partition's stored input on all cores, storing each result.

    Workers read and write the store themselves and hand back ``observe(result)``; the
    parent merges those reports in order and logs progress every tenth of the way.
    """
    keys = list(inputs)
    jobs = ((fn, observe, inputs.path(k), article_store.path(context.asset_key, k)) for k in keys)
    total, step = Report(), max(1, len(keys) // 10)
    for i, report in enumerate(parallel_map(_run_stored, jobs, worker_pool.count()), 1):
        total.merge(report)
        if i % step == 0 or i == len(keys):
            context.log.info(f"{fn.__name__}: {i}/{len(keys)} articles")
    return total


def stored_output(
    context: dg.AssetExecutionContext, article_store: ArticleStoreIOManager, keys, **kwargs
) -> dg.Output:
    """The asset's output: its partitions as already written to the store."""
    return dg.Output(article_store.stored(context.asset_key, keys), **kwargs)
