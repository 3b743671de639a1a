"""Headless run for ``make run``: register the articles in RAW_DIR as partitions,
materialize the per-article assets for the ones not yet processed and the warehouse in
one run, then print a summary. HUIBAO_FULL_REFRESH=1 reprocesses every article."""

import sys

if __name__ == "__main__":
    # `make run` checks every setting before Dagster loads (seconds of imports), so a bad
    # one is answered at once; main() checks again for callers that import this module.
    from pipelines import user_errors

    if user_errors.bad_settings():
        sys.exit(user_errors.EXIT_BAD_SETTING)

import logging
import os
from contextlib import contextmanager

import dagster as dg
import duckdb

from pipelines import settings, stages, user_errors
from pipelines.assets.partitions import articles_partitions, range_tags
from pipelines.assets.resources import RawFolder, resources_for, run_config_for
from pipelines.assets.sensors import PER_ARTICLE_KEYS, plan_partitions
from pipelines.assets.storage import ArticleStoreIOManager
from pipelines.assets.warehouse import WAREHOUSE_KEYS
from pipelines.definitions import asset_job, code_versions
from pipelines.models import RawArticle
from pipelines.parallel import MIN_ITEMS_FOR_POOL
from pipelines.run_lock import LockTimeout, run_lock
from pipelines.warehouse.shrink import ShrinkRefused, refuse_before_processing

SUMMARY_SQL = """
SELECT
    (SELECT count(*) FROM v_articles)                                   AS articles,
    (SELECT count(*) FROM v_clean_text)                                 AS paragraphs_kept,
    (SELECT count(*) FROM v_removed_blocks WHERE kind NOT LIKE 'suspected_%') AS blocks_removed,
    (SELECT count(*) FROM v_metric_facts)                               AS facts_extracted,
    (SELECT count(*) FROM v_quality_issues WHERE severity = 'rejected') AS files_rejected
"""


def sync_partitions(instance: dg.DagsterInstance, raw_dir: RawFolder) -> list[str]:
    """Make the article partitions match RAW_DIR; return all current keys in order."""
    files = raw_dir.scan()
    name = articles_partitions.name
    new, gone = plan_partitions(files, instance.get_dynamic_partitions(name))
    for key in gone:
        instance.delete_dynamic_partition(name, key)
    if new:
        instance.add_dynamic_partitions(name, new)
    return list(instance.get_dynamic_partitions(name))


# Dagster logs every event at DEBUG; a person running `make run` wants progress lines.
RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def full_refresh_requested() -> bool:
    """HUIBAO_FULL_REFRESH=1 (or true/yes): reprocess every article, not only new ones."""
    return settings.full_refresh()


def _stale_for(
    instance: dg.DagsterInstance,
    store: ArticleStoreIOManager,
    key: dg.AssetKey,
    keys: list[str],
) -> set[str]:
    """Partitions of ``key`` that Dagster has no materialization of, or whose value the
    current code has not stored.

    The article store files values under their asset's code version, so after a code
    version change nothing is stored for the new one and every partition is redone; a
    wiped store means redoing too. Both are one query and one directory listing, where
    reading each partition's latest event took ~1.3 s per asset at 10,000 articles.
    """
    done = instance.get_materialized_partitions(key)
    stored = store.stored_partitions(key)
    return {k for k in keys if k not in done or k not in stored}


def partitions_to_process(
    instance: dg.DagsterInstance, store: ArticleStoreIOManager, keys: list[str]
) -> list[str]:
    """The article partitions a run must (re)process, as one contiguous range of ``keys``.

    New articles are appended to the partition list, so what is missing is normally a
    range at the end; a gap further up widens the range (re-running a fresh article is
    harmless, skipping a stale one is not).
    """
    if full_refresh_requested():
        return keys
    stale: set[str] = set()
    for key in PER_ARTICLE_KEYS:
        stale |= _stale_for(instance, store, key, keys)
        if len(stale) == len(keys):
            break
    positions = [i for i, k in enumerate(keys) if k in stale]
    return keys[positions[0] : positions[-1] + 1] if positions else []


def _warm_up_stages() -> None:
    """Run the per-article stages once on a tiny article in this process.

    Their dictionaries (jieba's, the fact extractor's tagger and gazetteer) load lazily on
    first use; loaded here, before the process pool forks, every worker shares them
    instead of loading its own copy in each of the three pools.
    """
    text = "标题\n\n全省建成劳动公园177个,覆盖职工3500余人次。\n"
    raw = RawArticle("warm-up.txt", text, "utf-8", len(text.encode()), article_id="warm-up")
    stages.facts_one(stages.dedup_one(stages.clean_one(raw)))


# Dagster writes one event per partition and asset; sqlite writes cost ~7 ms each, which
# made event writing most of a 1,000-article run. These two settings cut that down:
BATCHED_EVENT_SETTINGS = {
    # one "materialization planned" event per asset for a partition-range run instead of
    # one per partition (the price: articles of a failed run show as missing, not failed,
    # which the next run treats the same way);
    "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS": "1",
    # the materializations of a step handed to the event log as batches, which
    # pipelines/event_log.py (configured in pipelines/dagster.yaml) writes at once.
    "DAGSTER_EVENT_BATCH_SIZE": "1000",
}


@contextmanager
def _batched_events():
    """Set BATCHED_EVENT_SETTINGS for the run; values set by the caller are left alone."""
    added = {k: v for k, v in BATCHED_EVENT_SETTINGS.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def execute(
    instance: dg.DagsterInstance, config: settings.Settings | None = None, **kwargs
) -> dg.JobExecutionResult:
    """Run the asset job (``asset_selection``/``tags`` as for execute_job) in this process,
    its resources configured from ``config`` (default: the environment, read now).

    execute_job, unlike execute_in_process, keeps no step output alive until the run ends;
    the in-process executor still runs every step here, with no per-step process start.
    """
    config = config or settings.Settings.from_environment()
    run_config = {**RUN_CONFIG, **run_config_for(config)}
    return dg.execute_job(
        dg.reconstructable(asset_job), instance=instance, run_config=run_config, **kwargs
    )


def materialize_all(
    instance: dg.DagsterInstance, config: settings.Settings | None = None
) -> dg.JobExecutionResult:
    """Register RAW_DIR's articles, process the ones not yet done, rebuild the warehouse.

    ``config`` says where (default: the environment, as `make run` sets it). Per-article
    assets run only for partitions without a materialization by the current code (all of
    them with HUIBAO_FULL_REFRESH=1); the warehouse is always rebuilt, from every
    partition in the article store.
    """
    config = config or settings.Settings.from_environment()
    resources = resources_for(config, code_versions)
    store = resources["article_store"]
    refuse_before_processing(  # a run that would empty the warehouse stops here
        resources["raw_dir"].folder, resources["raw_dir"].index_file, config.warehouse_path,
        config.allow_shrink,
    )  # fmt: skip
    keys = sync_partitions(instance, resources["raw_dir"])
    todo = partitions_to_process(instance, store, keys) if keys else []
    if todo:
        print(f"processing {len(todo)} of {len(keys)} article(s)", file=sys.stderr)
        if config.worker_count() > 1 and len(todo) >= MIN_ITEMS_FOR_POOL:
            _warm_up_stages()
        with _batched_events():
            result = execute(instance, config, tags=range_tags(todo))
        if result.success:
            for key in PER_ARTICLE_KEYS:
                store.remove_other_versions(key)
        return result
    # Nothing new (or no readable article at all): publish the warehouse from the store,
    # which still lists rejected files and drops articles whose files are gone.
    return execute(instance, config, asset_selection=WAREHOUSE_KEYS)


def summary(path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        cur = con.execute(SUMMARY_SQL)
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone(), strict=True))


def print_summary(path) -> None:
    """What `make run` (and `make cluster-run`) ends with: where the warehouse is, and counts."""
    print(f"\nwarehouse: {path}")
    for name, value in summary(path).items():
        print(f"  {name:16} {value}")


def main() -> int:
    # Every setting is checked before anything is read or written: one line per bad one.
    if user_errors.bad_settings():
        return user_errors.EXIT_BAD_SETTING
    try:
        # One run at a time per warehouse: a second `make run` waits for the first.
        config = settings.Settings.from_environment()
        with run_lock(config.warehouse_path), dg.DagsterInstance.get() as instance:
            result = materialize_all(instance, config)
    except (LockTimeout, ShrinkRefused) as exc:
        return user_errors.refused(exc)
    if not result.success:
        if known := user_errors.known_failure(result):
            print(f"error: {known[1]}", file=sys.stderr)
            return known[0]
        print("run failed; see the Dagster logs above", file=sys.stderr)
        return 1
    print_summary(config.warehouse_path)
    return 0


def exit_now(code: int) -> None:
    """Exit without tearing down the heap object by object: freeing jieba's dictionaries
    and Dagster's objects one at a time took ~0.8 s of every run. Everything is written,
    closed and unlocked by the time main() returns; only the streams need flushing."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_now(main())
