"""Checks on pipeline outputs, as plain functions returning what is wrong.

The Dagster asset checks (pipelines/assets/checks.py) report these; tests call them
directly with broken input to prove they can fail.
"""

from __future__ import annotations

import re
from collections import Counter

from pipelines.models import CLEANING_REMOVAL_KINDS, CleanArticle, Fact, Removal
from pipelines.text.dedup import content_key
from pipelines.text.figures import holds_figure

# A duplicated paragraph shorter than this can be legitimate (a repeated credit line).
MIN_CHECKED_PARAGRAPH_CHARS = 12
# Cleaning and dedup together should never take out more than this share of an article;
# more means a rule misfired (or the file is mostly junk) and a person should look.
MAX_REMOVED_SHARE = 0.5
_DATE_OR_ORDINAL = re.compile(r"^\d{1,2}月(\d{1,2}日)?|^第")


def duplicate_paragraphs(article: CleanArticle) -> list[str]:
    """Paragraphs (of a checkable length) that occur more than once."""
    keys = Counter(
        content_key(p.text)
        for p in article.paragraphs
        if len(p.text) >= MIN_CHECKED_PARAGRAPH_CHARS
    )
    return [p.text for p in article.paragraphs if keys.get(content_key(p.text), 0) > 1]


def removed_share(article: CleanArticle) -> float:
    """Share of the raw characters removed as captions, credits, duplicates …"""
    if not article.raw_chars:
        return 0.0
    removed = sum(
        len(r.text)
        for r in article.removals
        if not r.kind.startswith("suspected_") and r.kind != "duplicate_article"
    )
    return removed / article.raw_chars


def removed_figures(article: CleanArticle) -> list[Removal]:
    """Captions, credits and bylines taken out that hold a figure with a unit.

    Each needed positive evidence, but if one was body text after all, a fact left the
    warehouse with it: a person should see it. (Dedup's removals are copies of text
    that stays, so their figures are not lost.)
    """
    return [
        r for r in article.removals if r.kind in CLEANING_REMOVAL_KINDS and holds_figure(r.text)
    ]


def incomplete_facts(facts: list[Fact]) -> list[Fact]:
    """Facts without a value, unit or sentence, or whose number is not in its sentence."""
    return [
        f
        for f in facts
        if f.value is None or not f.unit or not f.sentence or f.raw_text not in f.sentence
    ]


def name_like_facts(facts: list[Fact]) -> list[Fact]:
    """Facts that are really years, dates or ordinals (2017年, 5月10日, 第一)."""

    def is_year(f: Fact) -> bool:
        return f.unit == "年" and 1900 <= f.value <= 2100 and float(f.value).is_integer()

    return [f for f in facts if is_year(f) or _DATE_OR_ORDINAL.match(f.raw_text)]
