"""warehouse group: combine every article partition and publish the DuckDB file atomically."""

import dagster as dg

from pipelines import raw_index, settings, stages
from pipelines.models import QualityIssue
from pipelines.stages import CleanResult, FactsResult
from pipelines.warehouse.frames import WarehouseInput, build_frames
from pipelines.warehouse.publish import publish

ALL_ARTICLES = dg.AllPartitionMapping()


def rejected_files(files: list[raw_index.RawFile]) -> list[QualityIssue]:
    return [
        QualityIssue(f.name, None, "decode", "rejected", "unreadable_input", f.error or "")
        for f in files
        if f.article_id is None
    ]


def assemble(
    files: list[raw_index.RawFile],
    texts: dict[str, CleanResult],
    facts: dict[str, FactsResult],
) -> WarehouseInput:
    """Everything the warehouse needs from the per-article results and the raw folder."""
    issues = rejected_files(files)
    for result in texts.values():
        issues += result.issues
    for result in facts.values():
        issues += result.issues
    articles = {k: r.article for k, r in texts.items() if r.article is not None}
    kept, near_duplicates = stages.fold_duplicate_articles(articles.values())
    exact = stages.exact_duplicate_removals(raw_index.files_by_article(files), articles)
    extra = {k: exact.get(k, []) + near_duplicates.get(k, []) for k in {*exact, *near_duplicates}}
    kept_ids = {a.article_id for a in kept}
    return WarehouseInput(
        articles=kept,
        facts={k: r.facts for k, r in facts.items() if k in kept_ids},
        extra_removals=extra,
        issues=issues,
    )


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb", "pandas"},
    code_version="1",
    ins={
        "deduplicated_article": dg.AssetIn(partition_mapping=ALL_ARTICLES),
        "article_facts": dg.AssetIn(partition_mapping=ALL_ARTICLES),
    },
    io_manager_key="article_store",
    description="The DuckDB warehouse at WAREHOUSE_PATH: star schema (dim_*, fact_metric, "
    "clean_paragraph, removed_block, quality_issue) and the public v_* views, built from all "
    "article partitions in a temporary file and swapped in with os.replace. Articles that "
    "repeat another article are folded into it here (duplicate_article).",
)
def warehouse(
    context: dg.AssetExecutionContext,
    deduplicated_article: dict[str, CleanResult],
    article_facts: dict[str, FactsResult],
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
            **{f"rows_{k}": v for k, v in counts.items()},
        }
    )
