"""facts group: metric facts from each deduplicated article."""

import dagster as dg

from pipelines import stages
from pipelines.assets.checks import FACT_CHECKS, fact_check_results
from pipelines.assets.partitions import per_article_asset
from pipelines.assets.text import run_per_article
from pipelines.stages import CleanResult, FactsResult


def top_facts_table(results: dict[str, FactsResult], n: int = 10) -> dg.MetadataValue:
    rows = [f for r in results.values() for f in r.facts][:n]
    lines = ["| value | unit | qualifier | indicator | region |", "|---|---|---|---|---|"]
    lines += [
        f"| {f.value:g} | {f.unit} | {f.qualifier or ''} | {f.indicator or ''} | {f.region or ''} |"
        for f in rows
    ]
    return dg.MetadataValue.md("\n".join(lines))


@per_article_asset(
    group_name="facts",
    kinds={"python"},
    code_version="1",
    description="Metric facts of each article: value fully expanded, unit, qualifier, indicator, "
    "region, period and section; a fact stated twice is one fact with mention_count 2.",
    check_specs=FACT_CHECKS,
)
def article_facts(context: dg.AssetExecutionContext, deduplicated_article: dict[str, CleanResult]):
    results = run_per_article(context, stages.facts_one, deduplicated_article)
    facts = [f for r in results.values() for f in r.facts]
    yield dg.Output(
        results,
        metadata={
            "facts": len(facts),
            "flagged": sum(1 for f in facts if f.quality_flag),
            "top_facts": top_facts_table(results),
        },
    )
    yield from fact_check_results(results)
