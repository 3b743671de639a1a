"""facts group: metric facts from each deduplicated article."""

import dagster as dg

from pipelines import stages
from pipelines.assets import versions
from pipelines.assets.checks import FACT_CHECKS, check_facts
from pipelines.assets.partitions import per_article_asset, run_per_article, stored_output
from pipelines.assets.report import Report
from pipelines.assets.resources import WorkerPool
from pipelines.assets.storage import ArticleStore, StoredPartitions
from pipelines.models import Fact
from pipelines.stages import FactsResult

TOP_FACTS = 10


def top_facts_table(facts: list[Fact]) -> dg.MetadataValue:
    lines = ["| value | unit | qualifier | indicator | region |", "|---|---|---|---|---|"]
    lines += [
        f"| {f.value:g} | {f.unit} | {f.qualifier or ''} | {f.indicator or ''} | {f.region or ''} |"
        for f in facts[:TOP_FACTS]
    ]
    return dg.MetadataValue.md("\n".join(lines))


def observe_facts(result: FactsResult) -> Report:
    """One article's fact counts, its first facts and check problems (in a pool worker)."""
    report = Report()
    report.count(facts=len(result.facts), flagged=sum(1 for f in result.facts if f.quality_flag))
    report.sample(*result.facts[:TOP_FACTS])
    check_facts(report, result)
    return report


@per_article_asset(
    group_name="facts",
    kinds={"python"},
    code_version=versions.ARTICLE_FACTS,
    description="Metric facts of each article: value fully expanded, unit, qualifier, indicator, "
    "region, period and section; a fact stated twice is one fact with mention_count 2.",
    check_specs=FACT_CHECKS,
)
def article_facts(
    context: dg.AssetExecutionContext,
    deduplicated_article: StoredPartitions,
    article_store: ArticleStore,
    worker_pool: WorkerPool,
):
    report = run_per_article(
        context, stages.facts_one, observe_facts, deduplicated_article, article_store, worker_pool
    )
    metadata = {"facts": report.counts["facts"], "flagged": report.counts["flagged"]}
    yield stored_output(
        context,
        article_store,
        deduplicated_article,
        metadata={**metadata, "top_facts": top_facts_table(report.samples)},
    )
    yield from report.check_results(FACT_CHECKS)
