"""text group: clean each article, then remove what it repeats."""

import dagster as dg

from pipelines import stages
from pipelines.assets.checks import DEDUP_CHECKS, DedupChecks
from pipelines.assets.partitions import per_article_asset, run_per_article, stored_output
from pipelines.assets.resources import WorkerPool
from pipelines.assets.storage import ArticleStore, StoredPartitions
from pipelines.models import CLEANING_REMOVAL_KINDS, CleanArticle
from pipelines.stages import CleanResult


def preview(article: CleanArticle, n: int = 5) -> str:
    lines = [f"**{article.title}** ({article.source_file})", ""]
    lines += [f"- *{p.kind}*: {p.text[:80]}" for p in article.paragraphs[:n]]
    return "\n".join(lines)


class TextReport:
    """Counts and a preview of the first article, merged article by article."""

    def __init__(self) -> None:
        self.articles = self.paragraphs = self.cleaning = self.dedup = self.issues = 0
        self.preview: str | None = None

    def add(self, result: CleanResult) -> None:
        self.issues += len(result.issues)
        a = result.article
        if a is None:
            return
        self.preview = self.preview or preview(a)
        self.articles += 1
        self.paragraphs += len(a.paragraphs)
        cleaning = sum(1 for r in a.removals if r.kind in CLEANING_REMOVAL_KINDS)
        self.cleaning += cleaning
        self.dedup += len(a.removals) - cleaning

    def merge(self, other: "TextReport") -> None:
        for name in ("articles", "paragraphs", "cleaning", "dedup", "issues"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.preview = self.preview or other.preview

    def metadata(self, **extra) -> dict:
        return {
            "articles": self.articles,
            "paragraphs_kept": self.paragraphs,
            "preview": dg.MetadataValue.md(self.preview or "_no article_"),
            **extra,
        }


class DedupReport(TextReport):
    """A TextReport plus the dedup asset's check problems."""

    def __init__(self) -> None:
        super().__init__()
        self.checks = DedupChecks()

    def add(self, result: CleanResult) -> None:
        super().add(result)
        self.checks.add(result)

    def merge(self, other: "DedupReport") -> None:
        super().merge(other)
        self.checks.merge(other.checks)


@per_article_asset(
    group_name="text",
    kinds={"python"},
    code_version="1",
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
        context, stages.clean_one, raw_article, TextReport, article_store, worker_pool
    )
    metadata = report.metadata(parts_removed=report.cleaning, issues=report.issues)
    return stored_output(context, article_store, raw_article, metadata=metadata)


@per_article_asset(
    group_name="text",
    kinds={"python"},
    code_version="1",
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
        context, stages.dedup_one, cleaned_article, DedupReport, article_store, worker_pool
    )
    metadata = report.metadata(dedup_removals=report.dedup)
    yield stored_output(context, article_store, cleaned_article, metadata=metadata)
    yield from report.checks.results()
