"""Metric facts (number, unit, indicator, region, period) from cleaned article text.

The extractor is imported on first use: it loads jieba's part-of-speech model (over a
second), which modules that only need a small piece of this package (the warehouse needs
``canonical``) and the Dagster definitions should not pay for at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipelines.facts.extract import extract_article_facts, extract_sentence

__all__ = ["extract_article_facts", "extract_sentence"]


def __getattr__(name: str):
    if name in __all__:
        from pipelines.facts import extract

        return getattr(extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
