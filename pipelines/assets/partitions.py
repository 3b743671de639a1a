"""One dynamic partition per article, keyed by the article id (content hash), and the
runner that streams a per-article asset's partitions through the process pool."""

import warnings
from collections.abc import Callable, Iterator, Mapping

import dagster as dg

from pipelines import settings, stages

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
                required_resource_keys={STORE_KEY},
                owners=["team:huibao"],
                **kwargs,
            )(fn)

    return decorate


def stream_per_article(
    context: dg.AssetExecutionContext, fn: Callable, inputs: Mapping
) -> Iterator[tuple[str, object]]:
    """Apply ``fn`` to each partition's input on all cores; store and yield each result.

    Inputs are read and results written one by one as the pool goes, so memory holds a
    window of articles; progress is logged every tenth of the way.
    """
    store = getattr(context.resources, STORE_KEY)
    keys = list(inputs)
    step = max(1, len(keys) // 10)
    results = stages.parallel_map(fn, (inputs[k] for k in keys), settings.workers())
    for i, (key, result) in enumerate(zip(keys, results, strict=True), 1):
        store.write(context.asset_key, key, result)
        if i % step == 0 or i == len(keys):
            context.log.info(f"{fn.__name__}: {i}/{len(keys)} articles")
        yield key, result


def stored_output(context: dg.AssetExecutionContext, keys, **kwargs) -> dg.Output:
    """The asset's output: its partitions as already written by ``stream_per_article``."""
    store = getattr(context.resources, STORE_KEY)
    return dg.Output(store.stored(context.asset_key, keys), **kwargs)
