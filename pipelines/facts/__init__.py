"""Metric facts (number, unit, indicator, region, period) from cleaned article text."""

from pipelines.facts.extract import extract_article_facts, extract_sentence

__all__ = ["extract_article_facts", "extract_sentence"]
