"""Asset check specs and results; the logic itself is in pipelines/quality.py."""

import dagster as dg

from pipelines import quality
from pipelines.stages import CleanResult, FactsResult


def _result(check_name: str, problems: list[str], limit: int = 3) -> dg.AssetCheckResult:
    """Passed when there is no problem; otherwise an ERROR naming the first few."""
    examples = "; ".join(problems[:limit])
    if len(problems) > limit:
        examples += f" (+{len(problems) - limit} more)"
    return dg.AssetCheckResult(
        check_name=check_name,
        passed=not problems,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"problems": len(problems), "examples": examples},
    )


DEDUP_CHECKS = [
    dg.AssetCheckSpec(
        "no_duplicate_paragraphs",
        asset="deduplicated_article",
        description="No paragraph of 12+ characters occurs twice in an article.",
    ),
    dg.AssetCheckSpec(
        "removed_share_below_bound",
        asset="deduplicated_article",
        description=f"Cleaning and dedup removed at most "
        f"{quality.MAX_REMOVED_SHARE:.0%} of any article's raw text.",
    ),
]
FACT_CHECKS = [
    dg.AssetCheckSpec(
        "facts_complete",
        asset="article_facts",
        description="Every fact has a value, a unit and a sentence holding it.",
    ),
    dg.AssetCheckSpec(
        "no_name_numerals",
        asset="article_facts",
        description="No year, date or ordinal was extracted as a fact.",
    ),
]


def dedup_check_results(results: dict[str, CleanResult]) -> list[dg.AssetCheckResult]:
    articles = [r.article for r in results.values() if r.article is not None]
    duplicated = [
        f"{a.source_file}: {t[:20]}" for a in articles for t in quality.duplicate_paragraphs(a)
    ]
    too_much = [
        f"{a.source_file}: {share:.0%}"
        for a in articles
        if (share := quality.removed_share(a)) > quality.MAX_REMOVED_SHARE
    ]
    return [
        _result("no_duplicate_paragraphs", duplicated),
        _result("removed_share_below_bound", too_much),
    ]


def fact_check_results(results: dict[str, FactsResult]) -> list[dg.AssetCheckResult]:
    facts = [f for r in results.values() for f in r.facts]
    incomplete = [f"{f.raw_text} in {f.sentence[:20]}" for f in quality.incomplete_facts(facts)]
    names = [f"{f.raw_text} in {f.sentence[:20]}" for f in quality.name_like_facts(facts)]
    return [_result("facts_complete", incomplete), _result("no_name_numerals", names)]
