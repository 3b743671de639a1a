"""text group: clean each article, then remove what it repeats."""

import dagster as dg

from pipelines import settings, stages
from pipelines.assets.checks import DEDUP_CHECKS, dedup_check_results
from pipelines.assets.partitions import per_article_asset
from pipelines.models import CleanArticle, RawArticle
from pipelines.stages import CleanResult


def preview(results: dict[str, CleanResult], n: int = 5) -> dg.MetadataValue:
    article = next((r.article for r in results.values() if r.article), None)
    if article is None:
        return dg.MetadataValue.md("_no article_")
    lines = [f"**{article.title}** ({article.source_file})", ""]
    lines += [f"- *{p.kind}*: {p.text[:80]}" for p in article.paragraphs[:n]]
    return dg.MetadataValue.md("\n".join(lines))


def _articles(results: dict[str, CleanResult]) -> list[CleanArticle]:
    return [r.article for r in results.values() if r.article is not None]


def text_metadata(results: dict[str, CleanResult]) -> dict:
    """Counts and a preview shown on every materialization of a text asset."""
    articles = _articles(results)
    return {
        "articles": len(articles),
        "paragraphs_kept": sum(len(a.paragraphs) for a in articles),
        "preview": preview(results),
    }


def run_per_article(context: dg.AssetExecutionContext, fn, inputs: dict) -> dict:
    """Apply ``fn`` to each partition's input on all cores, logging progress."""
    keys = list(inputs)
    out = {}
    step = max(1, len(keys) // 10)
    for i, value in enumerate(
        stages.parallel_map(fn, [inputs[k] for k in keys], settings.workers()), 1
    ):
        out[keys[i - 1]] = value
        if i % step == 0 or i == len(keys):
            context.log.info(f"{fn.__name__}: {i}/{len(keys)} articles")
    return out


@per_article_asset(
    group_name="text",
    kinds={"python"},
    code_version="1",
    description="Each article cleaned: punctuation and characters normalized, broken lines "
    "rejoined, title/subtitle/byline separated, captions and credits removed with raw offsets.",
)
def cleaned_article(
    context: dg.AssetExecutionContext, raw_article: dict[str, RawArticle]
) -> dg.Output[dict[str, CleanResult]]:
    results = run_per_article(context, stages.clean_one, raw_article)
    metadata = text_metadata(results)
    metadata["parts_removed"] = sum(len(a.removals) for a in _articles(results))
    metadata["issues"] = sum(len(r.issues) for r in results.values())
    return dg.Output(results, metadata=metadata)


@per_article_asset(
    group_name="text",
    kinds={"python"},
    code_version="1",
    description="Each cleaned article without repeated paragraph blocks, stray fragments, "
    "stuttered enumeration items and immediately repeated sentences (each removal recorded).",
    check_specs=DEDUP_CHECKS,
)
def deduplicated_article(
    context: dg.AssetExecutionContext, cleaned_article: dict[str, CleanResult]
):
    results = run_per_article(context, stages.dedup_one, cleaned_article)
    before = sum(len(a.removals) for a in _articles(cleaned_article))
    metadata = text_metadata(results)
    metadata["dedup_removals"] = sum(len(a.removals) for a in _articles(results)) - before
    yield dg.Output(results, metadata=metadata)
    yield from dedup_check_results(results)
