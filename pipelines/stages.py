"""The per-article stages (read, clean, dedup, extract facts), as plain functions.

Each takes and returns small picklable values, so the assets can run them in a process
pool (pipelines/parallel.py), and any executor (local, multiprocess, k8s) can run the
partitioned assets without shared local state.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipelines.models import CleanArticle, Fact, Paragraph, QualityIssue, RawArticle

log = logging.getLogger(__name__)


@dataclass
class CleanResult:
    """Outcome of cleaning one article; ``article`` is None if it failed."""

    article: CleanArticle | None
    issues: list[QualityIssue] = field(default_factory=list)
    # MinHash of the deduplicated text, for the corpus-wide duplicate-article check.
    signature: object | None = None


@dataclass
class FactsResult:
    facts: list[Fact]
    issues: list[QualityIssue] = field(default_factory=list)


def read_raw(raw_dir: Path, names: list[str]) -> RawArticle:
    """The article behind one partition: the first of the files holding it."""
    from pipelines.text.decode import read_article

    return read_article(raw_dir / names[0])


def _failed(
    stage: str, severity: str, source_file: str, article_id: str | None, exc: Exception
) -> QualityIssue:
    """Log a stage's crash on one article and turn it into a quality issue."""
    log.exception("%s of %s failed", stage, source_file)
    return QualityIssue(
        source_file, article_id, stage, severity, f"{stage}_failed", f"{type(exc).__name__}: {exc}"
    )


def clean_one(raw: RawArticle) -> CleanResult:
    from pipelines.text.clean import clean_article

    if raw.text is None:
        issue = QualityIssue(
            raw.source_file,
            None,
            "decode",
            "rejected",
            "unreadable_input",
            raw.error or "not readable",
        )
        return CleanResult(None, [issue])
    try:
        article = clean_article(raw)
    except Exception as exc:  # one bad article must not stop the run
        return CleanResult(
            None, [_failed("clean", "rejected", raw.source_file, raw.article_id, exc)]
        )
    issues = []
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
    return CleanResult(article, issues)


def dedup_one(result: CleanResult) -> CleanResult:
    from pipelines.text.dedup import article_signature, dedup_paragraphs

    a = result.article
    if a is None:
        return result
    try:
        paragraphs, removals = dedup_paragraphs(a.paragraphs)
    except Exception as exc:  # keep the cleaned text if dedup fails
        issue = _failed("dedup", "flagged", a.source_file, a.article_id, exc)
        return CleanResult(a, [*result.issues, issue])
    merged = sorted(a.removals + removals, key=lambda r: (r.raw_start, r.raw_end))
    signature = article_signature(article_text(paragraphs))
    return CleanResult(replace(a, paragraphs=paragraphs, removals=merged), result.issues, signature)


def facts_one(result: CleanResult) -> FactsResult:
    from pipelines.facts.extract import extract_article_facts

    a = result.article
    if a is None:
        return FactsResult([])
    try:
        return FactsResult(extract_article_facts(a.paragraphs, a.title))
    except Exception as exc:  # keep the article's text even if extraction fails
        return FactsResult([], [_failed("extract", "flagged", a.source_file, a.article_id, exc)])


def article_text(paragraphs: Iterable[Paragraph]) -> str:
    """The article's clean text, one paragraph per line."""
    return "\n".join(p.text for p in paragraphs)
