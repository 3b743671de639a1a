"""Folding duplicate articles at warehouse build time: near-identical texts (MinHash) and
files holding the very same text, each kept once with ``duplicate_article`` removals
recording the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from pipelines.models import Removal
from pipelines.stages import CleanResult, article_text


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
