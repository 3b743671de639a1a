"""Asset check specs of the per-article assets, and what each article adds to them; the
logic itself is in pipelines/output_checks.py.

The problems are gathered article by article as the per-article assets stream through
their partitions (into each asset's Report), so checks never need all articles at once.
"""

import dagster as dg

from pipelines import output_checks
from pipelines.assets.report import Report
from pipelines.stages import CleanResult, FactsResult

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
        f"{output_checks.MAX_REMOVED_SHARE:.0%} of any article's raw text.",
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


def check_dedup(report: Report, result: CleanResult) -> None:
    a = result.article
    if a is None:
        return
    duplicated = output_checks.duplicate_paragraphs(a)
    report.problem("no_duplicate_paragraphs", *(f"{a.source_file}: {t[:20]}" for t in duplicated))
    share = output_checks.removed_share(a)
    too_much = [f"{a.source_file}: {share:.0%}"] if share > output_checks.MAX_REMOVED_SHARE else []
    report.problem("removed_share_below_bound", *too_much)


def check_facts(report: Report, result: FactsResult) -> None:
    def named(facts) -> list[str]:
        return [f"{f.raw_text} in {f.sentence[:20]}" for f in facts]

    report.problem("facts_complete", *named(output_checks.incomplete_facts(result.facts)))
    report.problem("no_name_numerals", *named(output_checks.name_like_facts(result.facts)))
