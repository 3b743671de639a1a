"""text group: clean each article, then remove what it repeats."""

import dagster as dg

from pipelines import stages
from pipelines.assets import versions
from pipelines.assets.checks import DEDUP_CHECKS, check_dedup
from pipelines.assets.partitions import per_article_asset, run_per_article, stored_output
from pipelines.assets.report import Report
from pipelines.assets.resources import WorkerPool
from pipelines.assets.storage import ArticleStore, StoredPartitions
from pipelines.models import CLEANING_REMOVAL_KINDS, CleanArticle
from pipelines.stages import CleanResult


def preview(article: CleanArticle, n: int = 5) -> str:
    lines = [f"**{article.title}** ({article.source_file})", ""]
    lines += [f"- *{p.kind}*: {p.text[:80]}" for p in article.paragraphs[:n]]
    return "\n".join(lines)


def observe_text(result: CleanResult) -> Report:
    """One article's counts and preview (runs in a pool worker, like the stage)."""
    report = Report()
    report.count(issues=len(result.issues))
    a = result.article
    if a is None:
        return report
    cleaning = sum(1 for r in a.removals if r.kind in CLEANING_REMOVAL_KINDS)
    report.count(
        articles=1,
        paragraphs_kept=len(a.paragraphs),
        parts_removed=cleaning,
        dedup_removals=len(a.removals) - cleaning,
    )
    report.sample(preview(a))
    return report


def observe_dedup(result: CleanResult) -> Report:
    report = observe_text(result)
    check_dedup(report, result)
    return report


def text_metadata(report: Report, *extra: str) -> dict:
    return {
        "articles": report.counts["articles"],
        "paragraphs_kept": report.counts["paragraphs_kept"],
        "preview": dg.MetadataValue.md(report.samples[0] if report.samples else "_no article_"),
        **{name: report.counts[name] for name in extra},
    }


@per_article_asset(
    group_name="text",
    kinds={"python"},
    code_version=versions.CLEANED_ARTICLE,
    description="Each article cleaned: punctuation and characters normalized, broken lines "
    "rejoined, title/subtitle/byline separated, captions and credits removed with raw offsets.",
)
def cleaned_article(
    context: dg.AssetExecutionContext,
    raw_article: StoredPartitions,
    article_store: ArticleStore,
    worker_pool: WorkerPool,
):
    report = run_per_article(
        context, stages.clean_one, observe_text, raw_article, article_store, worker_pool
    )
    metadata = text_metadata(report, "parts_removed", "issues")
    return stored_output(context, article_store, raw_article, metadata=metadata)


@per_article_asset(
    group_name="text",
    kinds={"python"},
    code_version=versions.DEDUPLICATED_ARTICLE,
    description="Each cleaned article without repeated paragraph blocks, stray fragments, "
    "stuttered enumeration items and immediately repeated sentences (each removal recorded).",
    check_specs=DEDUP_CHECKS,
)
def deduplicated_article(
    context: dg.AssetExecutionContext,
    cleaned_article: StoredPartitions,
    article_store: ArticleStore,
    worker_pool: WorkerPool,
):
    report = run_per_article(
        context, stages.dedup_one, observe_dedup, cleaned_article, article_store, worker_pool
    )
    metadata = text_metadata(report, "dedup_removals")
    yield stored_output(context, article_store, cleaned_article, metadata=metadata)
    yield from report.check_results(DEDUP_CHECKS)
