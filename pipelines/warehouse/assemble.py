"""Combine per-article results and the raw-folder listing into one warehouse input."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pipelines import raw_index, stages
from pipelines.models import QualityIssue, Removal
from pipelines.quality import MAX_REMOVED_SHARE, removed_figures, removed_share
from pipelines.stages import CleanResult, FactsResult
from pipelines.warehouse.frames import WarehouseInput


def rejected_files(files: list[raw_index.RawFile]) -> list[QualityIssue]:
    def code(error: str) -> str:
        return "not_an_article_file" if error.startswith("not an article") else "unreadable_input"

    return [
        QualityIssue(f.name, None, "decode", "rejected", code(f.error or ""), f.error or "")
        for f in files
        if f.article_id is None
    ]


def article_issues(text: CleanResult, facts: FactsResult | None) -> list[QualityIssue]:
    """One article's quality issues: its stages' own, too much text removed, and each
    removed caption/credit/byline that holds a figure."""
    issues = [*text.issues, *(facts.issues if facts else [])]
    a = text.article
    if a is not None and (share := removed_share(a)) > MAX_REMOVED_SHARE:
        issues.append(
            QualityIssue(
                a.source_file,
                a.article_id,
                "dedup",
                "flagged",
                "excessive_removal",
                f"{share:.0%} of the raw text was removed",
            )
        )
    if a is not None:
        issues += [
            QualityIssue(
                a.source_file,
                a.article_id,
                "clean",
                "flagged",
                "figure_in_removed_text",
                f"{r.kind} removed at raw offset {r.raw_start} holds a figure: {r.text[:120]}",
            )
            for r in removed_figures(a)
        ]
    return issues


def duplicate_removals(
    files: list[raw_index.RawFile],
    digests: list[stages.ArticleDigest],
    texts_of: stages.TextsOf,
) -> tuple[list[str], dict[str, list[Removal]]]:
    """Kept article ids, and the duplicate_article removals of each kept article."""
    kept, near = stages.fold_duplicate_articles(digests, texts_of)
    by_id = {d.article_id: d for d in digests}
    exact = stages.exact_duplicate_removals(raw_index.files_by_article(files), by_id, texts_of)
    extra = {k: exact.get(k, []) + near.get(k, []) for k in {*exact, *near}}
    return kept, extra


def assemble(
    files: list[raw_index.RawFile],
    texts: Mapping[str, CleanResult],
    facts: Mapping[str, FactsResult],
) -> WarehouseInput:
    """Everything the warehouse needs from the per-article results and the raw folder."""
    issues = rejected_files(files)
    for key, result in texts.items():
        issues += article_issues(result, facts.get(key))
    articles = {r.article.article_id: r.article for r in texts.values() if r.article is not None}
    digests = [d for r in texts.values() if (d := stages.digest(r)) is not None]
    kept, extra = duplicate_removals(
        files, digests, lambda ids: {i: stages.article_text(articles[i].paragraphs) for i in ids}
    )
    kept_ids = set(kept)
    return WarehouseInput(
        articles=[a for a in articles.values() if a.article_id in kept_ids],
        facts={
            a.article_id: facts[k].facts
            for k, r in texts.items()
            if (a := r.article) and a.article_id in kept_ids and k in facts
        },
        extra_removals=extra,
        issues=issues,
    )


def process_articles(
    raw_dir: Path, workers: int = 1, index_file: Path | None = None
) -> tuple[list[raw_index.RawFile], dict[str, CleanResult], dict[str, FactsResult]]:
    """Every article of RAW_DIR through the per-article stages, without Dagster:
    the folder listing and the deduplicated texts and facts by article id."""
    files = raw_index.scan(raw_dir, index_file)
    by_article = raw_index.files_by_article(files)
    keys = list(by_article)
    raws = (stages.read_raw(raw_dir, by_article[k]) for k in keys)
    # One pool after the other: forking while another pool's threads run is unsafe.
    cleaned = list(stages.parallel_map(stages.clean_one, raws, workers))
    deduped = list(stages.parallel_map(stages.dedup_one, cleaned, workers))
    facts = list(stages.parallel_map(stages.facts_one, deduped, workers))
    return files, dict(zip(keys, deduped, strict=True)), dict(zip(keys, facts, strict=True))


def process_corpus(
    raw_dir: Path, workers: int = 1, index_file: Path | None = None
) -> WarehouseInput:
    """The whole pipeline without Dagster: RAW_DIR → warehouse input (for tests, benchmarks)."""
    return assemble(*process_articles(raw_dir, workers, index_file))
