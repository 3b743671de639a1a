"""warehouse group: combine every article partition and publish the DuckDB file atomically."""

from collections import Counter
from collections.abc import Mapping

import dagster as dg
import duckdb

from pipelines import raw_index, settings
from pipelines.assets.charts import facts_per_category_chart
from pipelines.warehouse.assemble import assemble
from pipelines.warehouse.frames import build_frames
from pipelines.warehouse.publish import publish, validate

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
    deduplicated_article: Mapping,
    article_facts: Mapping,
) -> dg.MaterializeResult:
    files = raw_index.scan(settings.raw_dir(), settings.raw_index_file())
    data = assemble(files, deduplicated_article, article_facts)
    target = settings.warehouse_path()
    counts = publish(target, build_frames(data))
    context.log.info(f"published {target}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(target)),
            "articles": len(data.articles),
            "duplicate_articles": sum(len(v) for v in data.extra_removals.values()),
            "rejected_files": sum(1 for i in data.issues if i.severity == "rejected"),
            "facts_per_unit_category": facts_per_category_chart(
                Counter(f.unit_category for fs in data.facts.values() for f in fs)
            ),
            **{f"rows_{k}": v for k, v in counts.items()},
        },
        check_results=[views_check(target)],
    )
