"""The hand-checked fact set (tests/data/fact_set/*.json): real articles, scored.

Each file holds short quoted paragraphs of one 人民日报 article with the facts a
careful reader finds in them (value, unit, qualifier, acceptable indicator keys,
mentions), the optional ones (durations, milestones that are arguably facts) and
strings that must not become facts. Shared by tests/facts/test_fact_set.py and
``make bench``.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.facts import extract_article_facts
from pipelines.models import Fact, Paragraph
from tests.facts.scoring import Score, score_facts

FACT_SET_DIR = Path(__file__).resolve().parents[1] / "data" / "fact_set"


def load_fact_set(folder: Path = FACT_SET_DIR) -> list[dict]:
    paths = sorted(folder.glob("*.json"))
    return [json.loads(path.read_text(encoding="utf-8")) for path in paths]


def gold_facts_extracted(gold: dict) -> list[Fact]:
    """What the extractor finds in a gold file's quoted paragraphs."""
    paragraphs = [Paragraph.contiguous("body", text) for text in gold["paragraphs"]]
    return extract_article_facts(paragraphs, title=gold["title"])


def score_article(gold: dict) -> Score:
    return score_facts(gold_facts_extracted(gold), gold)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def pooled(scores: list[Score]) -> dict[str, float]:
    """Micro-averaged P/R/F1 over all articles (value+unit, and with indicator)."""
    scored = sum(s.scored for s in scores)
    required = sum(s.required for s in scores)
    matched = sum(s.matched for s in scores)
    with_indicator = sum(s.matched_with_indicator for s in scores)
    figures = {"articles": len(scores), "required": required, "scored": scored}
    for name, hits in (("value_unit", matched), ("with_indicator", with_indicator)):
        precision = hits / scored if scored else 0.0
        recall = hits / required if required else 0.0
        figures |= {
            f"{name}_precision": precision,
            f"{name}_recall": recall,
            f"{name}_f1": f1(precision, recall),
        }
    return figures
