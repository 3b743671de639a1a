"""facts group: metric facts from each deduplicated article."""

from collections.abc import Mapping

import dagster as dg

from pipelines import stages
from pipelines.assets.checks import FACT_CHECKS, FactChecks
from pipelines.assets.partitions import per_article_asset, stored_output, stream_per_article
from pipelines.models import Fact

TOP_FACTS = 10


def top_facts_table(facts: list[Fact]) -> dg.MetadataValue:
    lines = ["| value | unit | qualifier | indicator | region |", "|---|---|---|---|---|"]
    lines += [
        f"| {f.value:g} | {f.unit} | {f.qualifier or ''} | {f.indicator or ''} | {f.region or ''} |"
        for f in facts[:TOP_FACTS]
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
def article_facts(context: dg.AssetExecutionContext, deduplicated_article: Mapping):
    checks, top = FactChecks(), []
    n_facts = n_flagged = 0
    for _, result in stream_per_article(context, stages.facts_one, deduplicated_article):
        checks.add(result)
        n_facts += len(result.facts)
        n_flagged += sum(1 for f in result.facts if f.quality_flag)
        top += result.facts[: TOP_FACTS - len(top)]
    yield stored_output(
        context,
        deduplicated_article,
        metadata={"facts": n_facts, "flagged": n_flagged, "top_facts": top_facts_table(top)},
    )
    yield from checks.results()
