"""Merge repeated statements of one fact within an article (lead + body)."""

from __future__ import annotations

from dataclasses import replace

from pipelines.facts.segmenter import words
from pipelines.models import Fact

# Heads that many different indicators end in: sharing only these proves nothing
# (国家重点软件企业 10家 and 制造业单项冠军企业 10家 are different facts).
GENERIC_HEADS = words(
    "项目 企业 单位 职工 人员 工作 产品 服务 机构 平台 基地 中心 领域 行业 地区 国家 "
    "城市 群众 人才 公司 活动 建设 发展 全国"
)


def consolidate(facts: list[Fact]) -> list[Fact]:
    """One Fact per distinct fact, in first-mention order.

    Two mentions are the same fact when value and unit agree and their indicators
    overlap: they share a specific two-character word (各类诵读活动 / 职工诵读).
    Mentions without an indicator merge only when their sentences are identical.
    """
    merged: list[Fact] = []
    for fact in facts:
        for index, kept in enumerate(merged):
            if _same_fact(kept, fact):
                merged[index] = _merge(kept, fact)
                break
        else:
            merged.append(replace(fact, sentences=list(fact.sentences or [fact.sentence])))
    return merged


def _same_fact(a: Fact, b: Fact) -> bool:
    if a.unit != b.unit or abs(a.value - b.value) > 1e-9 * max(abs(a.value), 1.0):
        return False
    if a.indicator and b.indicator:
        return _overlap(a.indicator, b.indicator)
    return a.sentence == b.sentence and a.raw_text == b.raw_text


def _overlap(a: str, b: str) -> bool:
    """Indicators share a specific two-character word (诵读), not just a generic head (企业)."""
    shared = _bigrams(a) & _bigrams(b)
    return bool(shared - GENERIC_HEADS) or (a == b)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _merge(kept: Fact, other: Fact) -> Fact:
    flags = [
        flag for fact in (kept, other) if fact.quality_flag for flag in fact.quality_flag.split(",")
    ]
    return replace(
        kept,
        qualifier=kept.qualifier or other.qualifier,
        indicator=kept.indicator or other.indicator,
        region=kept.region or other.region,
        period=kept.period or other.period,
        mention_count=kept.mention_count + other.mention_count,
        quality_flag=",".join(dict.fromkeys(flags)) or None,
        sentences=[*kept.sentences, *(other.sentences or [other.sentence])],
    )
