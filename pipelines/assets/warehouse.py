"""warehouse group: publish tables and views to the DuckDB file atomically."""

import dagster as dg

from pipelines import settings
from pipelines.assets.facts import ExtractedFacts
from pipelines.assets.text import DedupedCorpus
from pipelines.warehouse.frames import WarehouseInput, build_frames
from pipelines.warehouse.publish import publish


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb", "pandas"},
    code_version="1",
    description="The DuckDB warehouse at WAREHOUSE_PATH: star schema (dim_*, fact_metric, "
    "clean_paragraph, removed_block, quality_issue) and the public v_* views, built in a "
    "temporary file and swapped in with os.replace.",
)
def warehouse(
    context: dg.AssetExecutionContext,
    deduplicated_articles: DedupedCorpus,
    metric_facts: ExtractedFacts,
) -> dg.MaterializeResult:
    data = WarehouseInput(
        articles=deduplicated_articles.articles,
        facts=metric_facts.facts,
        extra_removals=deduplicated_articles.duplicate_articles,
        issues=deduplicated_articles.issues + metric_facts.issues,
    )
    target = settings.warehouse_path()
    counts = publish(target, build_frames(data))
    context.log.info(f"published {target}")
    return dg.MaterializeResult(
        metadata={"path": str(target), **{f"rows_{k}": v for k, v in counts.items()}}
    )
