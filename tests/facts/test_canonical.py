"""Canonical indicator names group one measure written differently (real wordings)."""

from __future__ import annotations

import pytest

from pipelines.facts import extract_sentence
from pipelines.facts.canonical import canonical_indicator


@pytest.mark.parametrize(
    "variants",
    [
        ("城镇新增就业", "新增城镇就业", "城镇新增就业人数", "全年全国城镇新增就业"),
        ("国内生产总值", "GDP", "ＧＤＰ", "全年国内生产总值"),
        ("国内生产总值增长", "GDP同比增长", "国内生产总值比上年增长", "GDP增速"),
        ("研发经费投入强度", "全社会研发投入强度", "R&D经费投入强度"),
    ],
)
def test_one_measure_written_differently_gets_one_name(variants: tuple[str, ...]) -> None:
    names = {canonical_indicator(v) for v in variants}
    names = {n.removeprefix("全社会") for n in names}  # scope words of the measure itself stay
    assert len(names) == 1, names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("国内生产总值", "地区生产总值"),  # a region's output is not the national one
        ("国内生产总值增长", "国内生产总值年均增长"),  # a five-year average is another measure
        ("居民消费价格同比上涨", "居民消费价格环比上涨"),
        ("城镇新增就业", "城镇调查失业率"),
    ],
)
def test_different_measures_keep_different_names(a: str, b: str) -> None:
    assert canonical_indicator(a) != canonical_indicator(b)


def test_no_indicator_has_no_canonical_name() -> None:
    assert canonical_indicator(None) is None
    assert canonical_indicator("") is None


def test_extracted_wordings_from_two_reports_meet() -> None:
    """The 2026 government work report and the 2025 statistics communiqué."""
    report = "就业总体稳定，城镇新增就业1267万人，城镇调查失业率平均为5.2%。"
    communique = "全年全国城镇新增就业1267万人，比上年多增11万人。"
    facts = [extract_sentence(text, None, None)[0] for text in (report, communique)]
    assert {canonical_indicator(fact.indicator) for fact in facts} == {"城镇新增就业"}
