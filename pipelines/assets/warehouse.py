"""warehouse group: combine every article partition and publish the DuckDB file atomically."""

from collections import Counter
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.assets.charts import facts_per_category_chart
from pipelines.assets.resources import RawFolder, WarehouseFiles
from pipelines.assets.storage import StoredPartitions
from pipelines.run_lock import run_lock
from pipelines.warehouse.publish import publish_staged, validate
from pipelines.warehouse.staging import Staging, fingerprint

ALL_ARTICLES = dg.AllPartitionMapping()


def views_check(path) -> dg.AssetCheckResult:
    """Open the published file read-only, as a BI tool would, and select every view."""
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            counts = validate(con, expect_rows=False)
    except duckdb.Error as exc:
        return dg.AssetCheckResult(
            check_name="views_select", passed=False, metadata={"error": str(exc)}
        )
    return dg.AssetCheckResult(
        check_name="views_select", passed=bool(counts), metadata={"views": len(counts)}
    )


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb", "pandas"},
    owners=["team:huibao"],
    code_version="1",
    ins={
        "deduplicated_article": dg.AssetIn(partition_mapping=ALL_ARTICLES),
        "article_facts": dg.AssetIn(partition_mapping=ALL_ARTICLES),
    },
    io_manager_key="article_store",
    check_specs=[
        dg.AssetCheckSpec(
            "views_select",
            asset="warehouse",
            description="Every view of the published warehouse selects.",
        ),
    ],
    description="The DuckDB warehouse at WAREHOUSE_PATH: star schema (dim_*, fact_metric, "
    "clean_paragraph, removed_block, quality_issue) and the public v_* views, built from all "
    "article partitions in a temporary file and swapped in with os.replace. Articles that "
    "repeat another article are folded into it here (duplicate_article).",
)
def warehouse(
    context: dg.AssetExecutionContext,
    deduplicated_article: StoredPartitions,
    article_facts: StoredPartitions,
    raw_dir: RawFolder,
    warehouse_files: WarehouseFiles,
) -> dg.MaterializeResult:
    files = raw_dir.scan()
    store = deduplicated_article.store
    ready = store.stored_partitions(deduplicated_article.asset_key) & store.stored_partitions(
        article_facts.asset_key
    )
    keys = [k for k in deduplicated_article if k in ready]
    if len(keys) < len(deduplicated_article):
        # Articles whose per-article steps have not run (yet) or failed: the warehouse is
        # built from the others rather than not at all; `make run` processes them first.
        context.log.warning(
            f"{len(deduplicated_article) - len(keys)} article partition(s) have no stored "
            "results and are left out; materialize their per-article assets to add them"
        )
    fingerprints = {
        k: fingerprint(deduplicated_article.path(k), article_facts.path(k)) for k in keys
    }
    target = Path(warehouse_files.path)
    staged = Staging(Path(warehouse_files.staging_path))

    def progress(done: int, total: int) -> None:
        context.log.info(f"staged {done}/{total} changed article(s)")

    # One build at a time per staging database (a UI run beside `make run`).
    with run_lock(staged.path):
        stats = staged.refresh(
            fingerprints, lambda k: (deduplicated_article[k], article_facts[k]), progress
        )
        build = publish_staged(target, staged.path, files)
    context.log.info(
        f"published {target}: {stats.staged} article(s) restaged, {stats.unchanged} unchanged, "
        f"{stats.dropped} dropped"
    )
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(target)),
            "articles": build.articles,
            "articles_restaged": stats.staged,
            "articles_without_results": len(deduplicated_article) - len(keys),
            "duplicate_articles": build.duplicate_articles,
            "rejected_files": build.rejected_files,
            "facts_per_unit_category": facts_per_category_chart(facts_per_category(target)),
            **{f"rows_{k}": v for k, v in build.view_rows.items()},
        },
        check_results=[views_check(target)],
    )


def facts_per_category(path) -> Counter:
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute(
            "SELECT unit_category, count(*) FROM v_metric_facts GROUP BY unit_category"
        ).fetchall()
    return Counter(dict(rows))
