"""Headless run for ``make run``: register the articles in RAW_DIR as partitions,
materialize every asset for all of them in one run, then print a summary."""

import sys

import dagster as dg
import duckdb

from pipelines import raw_index, settings
from pipelines.assets.partitions import articles_partitions, range_tags
from pipelines.assets.sensors import plan_partitions
from pipelines.definitions import defs

SUMMARY_SQL = """
SELECT
    (SELECT count(*) FROM v_articles)                                   AS articles,
    (SELECT count(*) FROM v_clean_text)                                 AS paragraphs_kept,
    (SELECT count(*) FROM v_removed_blocks WHERE kind NOT LIKE 'suspected_%') AS blocks_removed,
    (SELECT count(*) FROM v_metric_facts)                               AS facts_extracted,
    (SELECT count(*) FROM v_quality_issues WHERE severity = 'rejected') AS files_rejected
"""


def sync_partitions(instance: dg.DagsterInstance) -> list[str]:
    """Make the article partitions match RAW_DIR; return all current keys in order."""
    files = raw_index.scan(settings.raw_dir(), settings.raw_index_file())
    name = articles_partitions.name
    new, gone = plan_partitions(files, instance.get_dynamic_partitions(name))
    for key in gone:
        instance.delete_dynamic_partition(name, key)
    if new:
        instance.add_dynamic_partitions(name, new)
    return list(instance.get_dynamic_partitions(name))


# Dagster logs every event at DEBUG; a person running `make run` wants progress lines.
RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def materialize_all(instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    keys = sync_partitions(instance)
    job = defs.resolve_implicit_global_asset_job_def()
    if keys:
        return job.execute_in_process(
            instance=instance, tags=range_tags(keys), run_config=RUN_CONFIG
        )
    # No readable article: still publish a warehouse that lists the rejected files.
    return job.execute_in_process(
        instance=instance, asset_selection=[dg.AssetKey("warehouse")], run_config=RUN_CONFIG
    )


def summary(path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        cur = con.execute(SUMMARY_SQL)
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone(), strict=True))


def main() -> int:
    result = materialize_all(dg.DagsterInstance.get())
    if not result.success:
        print("run failed; see the Dagster logs above", file=sys.stderr)
        return 1
    path = settings.warehouse_path()
    print(f"\nwarehouse: {path}")
    for name, value in summary(path).items():
        print(f"  {name:16} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
