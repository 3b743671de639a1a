"""Acceptance on the hand-checked fact set (tests/data/fact_set/README.md lists its articles).

Scored like the seed (tests/facts/scoring.py): value+unit must match exactly, and the
indicator is right when one of the gold keys, the measure named with its subject
(研发经费投入强度, 农村居民人均可支配收入), is part of it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from pipelines import stages
from pipelines.facts import extract_article_facts
from pipelines.text.decode import read_article
from tests.facts.fact_set import load_fact_set, pooled, score_article
from tests.facts.scoring import Score, score_facts

FACT_SET = load_fact_set()
# Damage a copy-paste or an OCR pass does to punctuation and digits; the clean stage
# must undo it before extraction (a ５ or a , must not cost a fact).
DAMAGE = str.maketrans({"，": ",", "；": ";", "：": ":", "%": "％", "（": "(", "）": ")"})
FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.fixture(scope="module")
def scores() -> list[Score]:
    found = [score_article(gold) for gold in FACT_SET]
    for gold, score in zip(FACT_SET, found, strict=True):
        print(f"\n{gold['article']}\n{score.summary()}")
    return found


def test_the_set_is_real_and_large_enough() -> None:
    assert len(FACT_SET) >= 8
    assert sum(len(gold["required"]) for gold in FACT_SET) >= 150
    for gold in FACT_SET:
        # the paper's own page, or a reprint that names the 人民日报 issue it copies
        assert gold["source"].startswith("https://paper.people.com.cn/") or gold.get(
            "reprint_of", ""
        ).startswith("人民日报 ")
        # an annotation is of the paragraphs holding figures; with none it tests nothing
        assert gold["paragraphs"], gold["article"]
        for item in gold["required"]:
            assert item["keys"] and all(item["keys"])
    # one article, one file: a second annotation of an article already in the set would
    # count it twice, and as held out when its rules were tuned on the first
    sources = [gold["source"] for gold in FACT_SET]
    assert len(sources) == len(set(sources))


def test_value_and_unit(scores) -> None:
    assert pooled(scores)["value_unit_f1"] >= 0.95


def test_with_indicator(scores) -> None:
    assert pooled(scores)["with_indicator_f1"] >= 0.90


def test_no_not_fact_is_extracted(scores) -> None:
    assert [s.not_facts_extracted for s in scores if s.not_facts_extracted] == []


def _through_the_pipeline(gold: dict, damage) -> Score:
    raw = "\n".join([gold["title"], *map(damage, gold["paragraphs"])]) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{gold['article']}.txt"
        path.write_text(raw, encoding="utf-8")
        article = stages.dedup_one(stages.clean_one(read_article(path))).article
    assert article is not None
    return score_facts(extract_article_facts(article.paragraphs, title=article.title), gold)


def test_damaged_punctuation_and_digits_cost_at_most_two_points(scores) -> None:
    def damage(text: str) -> str:
        half = len(text) // 2  # digits full-width in half of each paragraph
        return (text[:half].translate(FULL_WIDTH_DIGITS) + text[half:]).translate(DAMAGE)

    clean = pooled([_through_the_pipeline(gold, str) for gold in FACT_SET])
    damaged = pooled([_through_the_pipeline(gold, damage) for gold in FACT_SET])
    assert clean["value_unit_f1"] - damaged["value_unit_f1"] <= 0.02
    assert clean["with_indicator_f1"] - damaged["with_indicator_f1"] <= 0.02
