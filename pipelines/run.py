"""Headless run for ``make run``: materialize every asset in one run, then print a summary."""

from __future__ import annotations

import sys

import dagster as dg
import duckdb

from pipelines import settings
from pipelines.definitions import defs

SUMMARY_SQL = """
SELECT
    (SELECT count(*) FROM v_articles)                                   AS articles,
    (SELECT count(*) FROM v_clean_text)                                 AS paragraphs_kept,
    (SELECT count(*) FROM v_removed_blocks WHERE kind NOT LIKE 'suspected_%') AS blocks_removed,
    (SELECT count(*) FROM v_metric_facts)                               AS facts_extracted,
    (SELECT count(*) FROM v_quality_issues WHERE severity = 'rejected') AS files_rejected
"""


def summary(path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        cur = con.execute(SUMMARY_SQL)
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone(), strict=True))


def main() -> int:
    instance = dg.DagsterInstance.get()
    job = defs.resolve_implicit_global_asset_job_def()
    result = job.execute_in_process(instance=instance, raise_on_error=False)
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
