"""One dynamic partition per article, keyed by the article id (content hash)."""

import warnings

import dagster as dg

articles_partitions = dg.DynamicPartitionsDefinition(name="articles")

# Dagster's tags for a run that covers a range of partitions (what a single-run backfill
# uses); contiguous because new articles are always appended to the partition list.
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"


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
                io_manager_key="article_store",
                owners=["team:huibao"],
                **kwargs,
            )(fn)

    return decorate
