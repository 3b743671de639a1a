"""text group: clean each article, then remove repeats inside and across articles."""

from dataclasses import dataclass

import dagster as dg

from pipelines import corpus
from pipelines.models import CleanArticle, QualityIssue, RawArticle, Removal


@dataclass
class CleanedCorpus:
    articles: list[CleanArticle]
    issues: list[QualityIssue]


@dataclass
class DedupedCorpus:
    articles: list[CleanArticle]
    duplicate_articles: dict[str, list[Removal]]
    issues: list[QualityIssue]


def _preview(articles: list[CleanArticle], n: int = 5) -> str:
    if not articles:
        return "_no articles_"
    a = articles[0]
    lines = [f"**{a.title}** ({a.source_file})", ""]
    lines += [f"- *{p.kind}*: {p.text[:80]}" for p in a.paragraphs[:n]]
    return "\n".join(lines)


@dg.asset(
    group_name="text",
    kinds={"python"},
    code_version="1",
    description="Articles cleaned: normalized punctuation and characters, broken lines rejoined, "
    "title/subtitle/byline separated, captions and credits removed (with raw offsets).",
)
def cleaned_articles(
    context: dg.AssetExecutionContext, raw_articles: list[RawArticle]
) -> dg.Output[CleanedCorpus]:
    def progress(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            context.log.info(f"cleaned {done}/{total} articles")

    articles, issues = corpus.clean_corpus(raw_articles, progress)
    issues = corpus.rejection_issues(raw_articles) + issues
    return dg.Output(
        CleanedCorpus(articles, issues),
        metadata={
            "articles": len(articles),
            "paragraphs": sum(len(a.paragraphs) for a in articles),
            "removed_parts": sum(len(a.removals) for a in articles),
            "issues": len(issues),
            "preview": dg.MetadataValue.md(_preview(articles)),
        },
    )


@dg.asset(
    group_name="text",
    kinds={"python"},
    code_version="1",
    description="Cleaned articles without repeated blocks, stray fragments, stuttered phrases, "
    "repeated sentences, and without whole articles seen twice.",
)
def deduplicated_articles(
    context: dg.AssetExecutionContext, cleaned_articles: CleanedCorpus
) -> dg.Output[DedupedCorpus]:
    before = {a.article_id: len(a.removals) for a in cleaned_articles.articles}
    kept, duplicates = corpus.dedup_corpus(cleaned_articles.articles)
    n_dup_articles = sum(len(v) for v in duplicates.values())
    if n_dup_articles:
        context.log.info(f"{n_dup_articles} duplicate article(s) folded into their originals")
    return dg.Output(
        DedupedCorpus(kept, duplicates, cleaned_articles.issues),
        metadata={
            "articles": len(kept),
            "duplicate_articles": n_dup_articles,
            "paragraphs": sum(len(a.paragraphs) for a in kept),
            "dedup_removals": sum(len(a.removals) - before.get(a.article_id, 0) for a in kept),
            "preview": dg.MetadataValue.md(_preview(kept)),
        },
    )
