"""facts group: metric facts from the deduplicated text."""

from dataclasses import dataclass

import dagster as dg

from pipelines import corpus
from pipelines.assets.text import DedupedCorpus
from pipelines.models import Fact, QualityIssue


@dataclass
class ExtractedFacts:
    facts: dict[str, list[Fact]]
    issues: list[QualityIssue]


def _top_facts_table(facts: dict[str, list[Fact]], n: int = 10) -> str:
    rows = [f for fs in facts.values() for f in fs][:n]
    lines = ["| value | unit | qualifier | indicator | region |", "|---|---|---|---|---|"]
    lines += [
        f"| {f.value:g} | {f.unit} | {f.qualifier or ''} | {f.indicator or ''} | {f.region or ''} |"
        for f in rows
    ]
    return "\n".join(lines)


@dg.asset(
    group_name="facts",
    kinds={"python"},
    code_version="1",
    description="Metric facts per article: value fully expanded, unit, qualifier, indicator, "
    "region, period and section; a fact stated twice is one fact with mention_count 2.",
)
def metric_facts(deduplicated_articles: DedupedCorpus) -> dg.Output[ExtractedFacts]:
    facts, issues = corpus.extract_corpus(deduplicated_articles.articles)
    all_facts = [f for fs in facts.values() for f in fs]
    return dg.Output(
        ExtractedFacts(facts, issues),
        metadata={
            "facts": len(all_facts),
            "flagged": sum(1 for f in all_facts if f.quality_flag),
            "top_facts": dg.MetadataValue.md(_top_facts_table(facts)),
        },
    )
