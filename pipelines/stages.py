"""Per-article stages and the corpus-level duplicate check, as plain functions.

Each per-article function takes and returns small picklable values, so the assets can
run them in a process pool, and any executor (local, multiprocess, k8s) can run the
partitioned assets without shared local state.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import logging
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from pipelines.models import CleanArticle, Fact, Paragraph, QualityIssue, RawArticle, Removal

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
# Below this many items a pool costs more than it saves.
MIN_ITEMS_FOR_POOL = 8


def parallel_map(
    fn: Callable[[T], R], items: Iterable[T], workers: int, in_flight: int = 0
) -> Iterator[R]:
    """``map`` over a fork-started process pool when it pays, in order, streaming.

    Fork shares the parent's already loaded modules (jieba's dictionary included), so
    each worker pays no start-up beyond the fork itself. At most ``in_flight`` items
    (default: 32 per worker) are read ahead of the results handed back, so a 10,000-article
    run holds a window of articles in memory, not all of them.
    """
    items = iter(items)
    head = list(itertools.islice(items, MIN_ITEMS_FOR_POOL))
    if workers <= 1 or len(head) < MIN_ITEMS_FOR_POOL:
        yield from map(fn, itertools.chain(head, items))
        return
    window = in_flight or 32 * workers
    chunk = max(1, window // (workers * 4))
    batches = _batched(itertools.chain(head, items), chunk)
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_die_with_parent
    ) as pool:
        pending = deque(
            pool.submit(_map_batch, fn, b) for b in itertools.islice(batches, window // chunk)
        )
        while pending:
            done = pending.popleft().result()
            for batch in itertools.islice(batches, 1):
                pending.append(pool.submit(_map_batch, fn, batch))
            yield from done


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _map_batch(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    return [fn(item) for item in batch]


def _die_with_parent() -> None:
    """Pool workers get SIGTERM when the run that forked them dies (kill -9, OOM killer),
    instead of running on as orphans (Linux only; elsewhere a no-op)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


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


@dataclass(frozen=True)
class ArticleDigest:
    """What the corpus-wide duplicate check needs of one article (not its text)."""

    article_id: str
    source_file: str
    raw_chars: int
    signature: object | None  # MinHash of the clean text; None for an empty text


def digest(result: CleanResult) -> ArticleDigest | None:
    """The article's digest; the signature is computed here if the dedup step did not."""
    from pipelines.text.dedup import article_signature

    a = result.article
    if a is None:
        return None
    signature = result.signature
    if signature is None:
        signature = article_signature(article_text(a.paragraphs))
    return ArticleDigest(a.article_id, a.source_file, a.raw_chars, signature)


TextsOf = Callable[[list[str]], Mapping[str, str]]  # article ids → their clean texts


def fold_duplicate_articles(
    digests: Iterable[ArticleDigest], texts_of: TextsOf
) -> tuple[list[str], dict[str, list[Removal]]]:
    """Keep one of each group of near-identical articles (MinHash); record the others.

    Returns the kept article ids and, per kept article id, ``duplicate_article``
    removals holding the dropped copy's text (read with one ``texts_of`` call). The
    article whose file name sorts first is kept.
    """
    from pipelines.text.dedup import find_duplicate_articles

    ordered = sorted(digests, key=lambda d: (d.source_file, d.article_id))
    # Every signature is given, so the texts are never read here.
    duplicates = find_duplicate_articles(
        [(d.article_id, "") for d in ordered],
        signatures={d.article_id: d.signature for d in ordered},
    )
    by_id = {d.article_id: d for d in ordered}
    texts = texts_of([d.article_id for d in ordered if d.article_id in duplicates])
    kept, extra = [], {}
    for d in ordered:
        original = duplicates.get(d.article_id)
        if original is None:
            kept.append(d.article_id)
            continue
        reason = f"file {d.source_file} repeats {by_id[original].source_file} (near-identical text)"
        extra.setdefault(original, []).append(
            Removal("duplicate_article", texts[d.article_id], 0, d.raw_chars, reason)
        )
    return kept, extra


def exact_duplicate_removals(
    files_by_article: dict[str, list[str]],
    digests: Mapping[str, ArticleDigest],
    texts_of: TextsOf,
) -> dict[str, list[Removal]]:
    """Files whose decoded text is identical to an earlier file's (same article id)."""
    repeated = {k: v for k, v in files_by_article.items() if k in digests and len(v) > 1}
    texts = texts_of(list(repeated))
    extra: dict[str, list[Removal]] = {}
    for article_id, names in repeated.items():
        kept, text = digests[article_id], texts[article_id]
        for name in names[1:]:
            reason = f"file {name} repeats {names[0]} (identical text)"
            extra.setdefault(article_id, []).append(
                Removal("duplicate_article", text, 0, kept.raw_chars, reason)
            )
    return extra
