"""Combine per-article results and the raw-folder listing into one warehouse input."""

from __future__ import annotations

from pathlib import Path

from pipelines import raw_index, stages
from pipelines.models import QualityIssue
from pipelines.quality import MAX_REMOVED_SHARE, removed_share
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


def assemble(
    files: list[raw_index.RawFile],
    texts: dict[str, CleanResult],
    facts: dict[str, FactsResult],
) -> WarehouseInput:
    """Everything the warehouse needs from the per-article results and the raw folder."""
    issues = rejected_files(files)
    for result in texts.values():
        issues += result.issues
    for result in facts.values():
        issues += result.issues
    articles = {k: r.article for k, r in texts.items() if r.article is not None}
    for a in articles.values():
        share = removed_share(a)
        if share > MAX_REMOVED_SHARE:
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
    signatures = {k: r.signature for k, r in texts.items() if r.signature is not None}
    kept, near_duplicates = stages.fold_duplicate_articles(articles.values(), signatures)
    exact = stages.exact_duplicate_removals(raw_index.files_by_article(files), articles)
    extra = {k: exact.get(k, []) + near_duplicates.get(k, []) for k in {*exact, *near_duplicates}}
    kept_ids = {a.article_id for a in kept}
    return WarehouseInput(
        articles=kept,
        facts={k: r.facts for k, r in facts.items() if k in kept_ids},
        extra_removals=extra,
        issues=issues,
    )


def process_corpus(
    raw_dir: Path, workers: int = 1, index_file: Path | None = None
) -> WarehouseInput:
    """The whole pipeline without Dagster: RAW_DIR → warehouse input (for tests, benchmarks)."""
    files = raw_index.scan(raw_dir, index_file)
    by_article = raw_index.files_by_article(files)
    keys = list(by_article)
    raws = [stages.read_raw(raw_dir, by_article[k]) for k in keys]
    cleaned = list(stages.parallel_map(stages.clean_one, raws, workers))
    deduped = list(stages.parallel_map(stages.dedup_one, cleaned, workers))
    facts = list(stages.parallel_map(stages.facts_one, deduped, workers))
    return assemble(
        files, dict(zip(keys, deduped, strict=True)), dict(zip(keys, facts, strict=True))
    )
