"""What a warehouse build adds to the per-article results: rejected files, each article's
quality issues, and the folding of duplicate articles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from pipelines import raw_index
from pipelines.models import QualityIssue, Removal
from pipelines.output_checks import MAX_REMOVED_SHARE, removed_figures, removed_share
from pipelines.stages import CleanResult, FactsResult
from pipelines.warehouse import duplicates


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
    digests: list[duplicates.ArticleDigest],
    texts_of: duplicates.TextsOf,
) -> tuple[list[str], dict[str, list[Removal]]]:
    """Kept article ids, and the duplicate_article removals of each kept article."""
    kept, near = duplicates.fold_duplicate_articles(digests, texts_of)
    by_id = {d.article_id: d for d in digests}
    exact = duplicates.exact_duplicate_removals(raw_index.files_by_article(files), by_id, texts_of)
    extra = {k: exact.get(k, []) + near.get(k, []) for k in {*exact, *near}}
    return kept, extra


def named_as_now(issue: QualityIssue, first: Mapping[str, str]) -> QualityIssue:
    """The issue naming its article's file as RAW_DIR names it now (raw_index.first_files)."""
    name = first.get(issue.article_id) if issue.article_id else None
    return replace(issue, source_file=name) if name and name != issue.source_file else issue
