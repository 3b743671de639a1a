"""Acceptance: the seed article's facts against tests/data/seed_facts.json."""

from __future__ import annotations

import json

import pytest

from pipelines.facts import extract_article_facts
from pipelines.models import Paragraph
from tests.conftest import SEED_FACTS_PATH as SEED_GOLD
from tests.facts.fact_set import f1
from tests.facts.scoring import Score, score_facts

SEED_TITLE = "团结引领燕赵职工奋力谱写中国式现代化建设河北篇章"


@pytest.fixture(scope="module")
def seed_score(seed_paragraphs) -> Score:
    facts = extract_article_facts(seed_paragraphs, title=SEED_TITLE)
    score = score_facts(facts, json.loads(SEED_GOLD.read_text(encoding="utf-8")))
    print("\n" + score.summary())
    return score


def test_value_and_unit_precision_and_recall(seed_score):
    assert f1(seed_score.precision, seed_score.recall) == 1.0


def test_indicator_precision_and_recall(seed_score):
    assert f1(seed_score.precision_with_indicator, seed_score.recall_with_indicator) >= 0.98


def test_mention_counts(seed_score):
    assert seed_score.mention_accuracy >= 0.90


def test_no_not_fact_is_extracted(seed_score):
    assert seed_score.not_facts_extracted == []


def test_suspicious_value_is_flagged(seed_score):
    assert seed_score.suspicious_unflagged == []


def test_a_not_fact_counts_as_extracted_only_when_a_whole_figure_of_it_is() -> None:
    # 学制5年 next to the date 2015年 (人民日报 2026-07-05): 5年 inside 2015年 is another number
    sentence = "2015年，竹溪选送31名本土学员进行定向委培，学制5年。"
    facts = extract_article_facts([Paragraph.contiguous("body", sentence)], title="")
    gold = {"required": [], "optional": [], "not_facts": ["2015年"]}
    assert score_facts(facts, gold).not_facts_extracted == []
    gold = {"required": [], "optional": [], "not_facts": ["学制5年"]}
    assert score_facts(facts, gold).not_facts_extracted == ["学制5年"]
