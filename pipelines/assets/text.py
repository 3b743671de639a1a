"""text group: clean each article, then remove what it repeats."""

from collections.abc import Mapping

import dagster as dg

from pipelines import stages
from pipelines.assets.checks import DEDUP_CHECKS, DedupChecks
from pipelines.assets.partitions import per_article_asset, stored_output, stream_per_article
from pipelines.models import CLEANING_REMOVAL_KINDS, CleanArticle
from pipelines.stages import CleanResult


def preview(article: CleanArticle | None, n: int = 5) -> dg.MetadataValue:
    if article is None:
        return dg.MetadataValue.md("_no article_")
    lines = [f"**{article.title}** ({article.source_file})", ""]
    lines += [f"- *{p.kind}*: {p.text[:80]}" for p in article.paragraphs[:n]]
    return dg.MetadataValue.md("\n".join(lines))


class TextSummary:
    """Counts and a preview of the first article, gathered as the articles stream by."""

    def __init__(self) -> None:
        self.articles = self.paragraphs = self.cleaning = self.dedup = self.issues = 0
        self.first: CleanArticle | None = None

    def add(self, result: CleanResult) -> None:
        self.issues += len(result.issues)
        a = result.article
        if a is None:
            return
        self.first = self.first or a
        self.articles += 1
        self.paragraphs += len(a.paragraphs)
        cleaning = sum(1 for r in a.removals if r.kind in CLEANING_REMOVAL_KINDS)
        self.cleaning += cleaning
        self.dedup += len(a.removals) - cleaning

    def metadata(self, **extra) -> dict:
        return {
            "articles": self.articles,
            "paragraphs_kept": self.paragraphs,
            "preview": preview(self.first),
            **extra,
        }


@per_article_asset(
    group_name="text",
    kinds={"python"},
    code_version="1",
    description="Each article cleaned: punctuation and characters normalized, broken lines "
    "rejoined, title/subtitle/byline separated, captions and credits removed with raw offsets.",
)
def cleaned_article(context: dg.AssetExecutionContext, raw_article: Mapping) -> dg.Output:
    summary = TextSummary()
    for _, result in stream_per_article(context, stages.clean_one, raw_article):
        summary.add(result)
    metadata = summary.metadata(parts_removed=summary.cleaning, issues=summary.issues)
    return stored_output(context, raw_article, metadata=metadata)


@per_article_asset(
    group_name="text",
    kinds={"python"},
    code_version="1",
    description="Each cleaned article without repeated paragraph blocks, stray fragments, "
    "stuttered enumeration items and immediately repeated sentences (each removal recorded).",
    check_specs=DEDUP_CHECKS,
)
def deduplicated_article(context: dg.AssetExecutionContext, cleaned_article: Mapping):
    summary, checks = TextSummary(), DedupChecks()
    for _, result in stream_per_article(context, stages.dedup_one, cleaned_article):
        summary.add(result)
        checks.add(result)
    yield stored_output(
        context, cleaned_article, metadata=summary.metadata(dedup_removals=summary.dedup)
    )
    yield from checks.results()
