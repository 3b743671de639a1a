"""Asset check specs and results; the logic itself is in pipelines/quality.py.

The results are gathered article by article as the per-article assets stream through
their partitions (``DedupChecks.add``), so checks never need all articles at once.
"""

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


class DedupChecks:
    def __init__(self) -> None:
        self.duplicated: list[str] = []
        self.too_much: list[str] = []

    def add(self, result: CleanResult) -> None:
        a = result.article
        if a is None:
            return
        self.duplicated += [f"{a.source_file}: {t[:20]}" for t in quality.duplicate_paragraphs(a)]
        if (share := quality.removed_share(a)) > quality.MAX_REMOVED_SHARE:
            self.too_much.append(f"{a.source_file}: {share:.0%}")

    def merge(self, other: "DedupChecks") -> None:
        self.duplicated += other.duplicated
        self.too_much += other.too_much

    def results(self) -> list[dg.AssetCheckResult]:
        return [
            _result("no_duplicate_paragraphs", self.duplicated),
            _result("removed_share_below_bound", self.too_much),
        ]


class FactChecks:
    def __init__(self) -> None:
        self.incomplete: list[str] = []
        self.names: list[str] = []

    def add(self, result: FactsResult) -> None:
        self.incomplete += [
            f"{f.raw_text} in {f.sentence[:20]}" for f in quality.incomplete_facts(result.facts)
        ]
        self.names += [
            f"{f.raw_text} in {f.sentence[:20]}" for f in quality.name_like_facts(result.facts)
        ]

    def merge(self, other: "FactChecks") -> None:
        self.incomplete += other.incomplete
        self.names += other.names

    def results(self) -> list[dg.AssetCheckResult]:
        return [_result("facts_complete", self.incomplete), _result("no_name_numerals", self.names)]
