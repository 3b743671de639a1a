"""Corpus-level stages: the per-article pure functions applied to every file in RAW_DIR.

No Dagster here: the assets call these, and so can a notebook or a test.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from pipelines.models import CleanArticle, Fact, QualityIssue, RawArticle, Removal

log = logging.getLogger(__name__)


def list_raw_files(raw_dir: Path) -> list[Path]:
    """Every visible file in RAW_DIR (sorted by name, so runs are reproducible)."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"RAW_DIR {raw_dir} is not a directory")
    return sorted(p for p in raw_dir.iterdir() if not p.name.startswith(".") and not p.is_dir())


def read_corpus(raw_dir: Path) -> list[RawArticle]:
    from pipelines.text.decode import read_article

    return [read_article(path) for path in list_raw_files(raw_dir)]


def rejection_issues(raws: Iterable[RawArticle]) -> list[QualityIssue]:
    return [
        QualityIssue(r.source_file, None, "decode", "rejected", "unreadable_input", r.error)
        for r in raws
        if r.error
    ]


def clean_corpus(
    raws: list[RawArticle], progress: Callable[[int, int], None] | None = None
) -> tuple[list[CleanArticle], list[QualityIssue]]:
    """Clean every decoded article; a failure in one article never stops the others."""
    from pipelines.text.clean import clean_article

    cleaned, issues = [], []
    readable = [r for r in raws if r.text is not None]
    for n, raw in enumerate(readable, 1):
        try:
            article = clean_article(raw)
        except Exception as exc:
            log.exception("cleaning %s failed", raw.source_file)
            issues.append(
                QualityIssue(
                    raw.source_file,
                    None,
                    "clean",
                    "rejected",
                    "clean_failed",
                    f"{type(exc).__name__}: {exc}",
                )
            )
            continue
        if not article.paragraphs:
            issues.append(
                QualityIssue(
                    raw.source_file,
                    article.article_id,
                    "clean",
                    "flagged",
                    "no_body_text",
                    "no paragraph left after cleaning",
                )
            )
        cleaned.append(article)
        if progress:
            progress(n, len(readable))
    return cleaned, issues


def dedup_corpus(
    articles: list[CleanArticle],
) -> tuple[list[CleanArticle], dict[str, list[Removal]]]:
    """Dedup inside each article, then drop whole articles seen twice.

    Returns the kept articles and, per kept article id, the ``duplicate_article``
    removals that record the files folded into it.
    """
    from pipelines.text.dedup import dedup_paragraphs, find_duplicate_articles

    deduped = []
    for a in articles:
        paragraphs, removals = dedup_paragraphs(a.paragraphs)
        deduped.append(_replace(a, paragraphs, a.removals + removals))
    # Same id = same normalized text: keep the first file (by name) of each.
    by_id: dict[str, CleanArticle] = {}
    extra: dict[str, list[Removal]] = {}
    unique = []
    for a in sorted(deduped, key=lambda a: a.source_file):
        if a.article_id in by_id:
            extra.setdefault(a.article_id, []).append(
                _duplicate_removal(a, by_id[a.article_id], 1.0)
            )
            continue
        by_id[a.article_id] = a
        unique.append(a)
    texts = [(a.article_id, "\n".join(p.text for p in a.paragraphs)) for a in unique]
    duplicates = find_duplicate_articles(texts)
    kept = []
    for a in unique:
        original = duplicates.get(a.article_id)
        if original is None:
            kept.append(a)
        else:
            extra.setdefault(original, []).append(_duplicate_removal(a, by_id[original], None))
    return kept, extra


def _replace(a: CleanArticle, paragraphs, removals) -> CleanArticle:
    return CleanArticle(
        a.article_id,
        a.source_file,
        a.encoding,
        a.title,
        a.subtitle,
        a.byline,
        paragraphs,
        removals,
        a.raw_chars,
    )


def _duplicate_removal(dup: CleanArticle, kept: CleanArticle, similarity: float | None) -> Removal:
    how = "identical text" if similarity == 1.0 else "near-identical text (MinHash)"
    text = "\n".join(p.text for p in dup.paragraphs)
    return Removal(
        "duplicate_article",
        text,
        0,
        dup.raw_chars,
        f"file {dup.source_file} repeats {kept.source_file}: {how}",
    )


def extract_corpus(
    articles: list[CleanArticle],
) -> tuple[dict[str, list[Fact]], list[QualityIssue]]:
    from pipelines.facts.extract import extract_article_facts

    facts: dict[str, list[Fact]] = {}
    issues = []
    for a in articles:
        try:
            facts[a.article_id] = extract_article_facts(a.paragraphs, a.title)
        except Exception as exc:
            log.exception("extracting facts from %s failed", a.source_file)
            issues.append(
                QualityIssue(
                    a.source_file,
                    a.article_id,
                    "extract",
                    "flagged",
                    "extract_failed",
                    f"{type(exc).__name__}: {exc}",
                )
            )
            facts[a.article_id] = []
    return facts, issues
