"""Periods a figure refers to, and the years a plan period covers."""

from __future__ import annotations

import pytest

from pipelines.facts.periods import find_periods, years_of


def test_a_span_of_years_and_a_quoted_plan_period_are_read_whole() -> None:
    # 人民日报 2026-07-17 第12版 (round 144)
    texts = [p.text for p in find_periods("决定于2026—2030年实施计划，“十五五”时期，每年将招募。")]
    assert texts == ["2026—2030年", "十五五时期"]


@pytest.mark.parametrize(
    ("period", "years"),
    [
        ("十一五时期", (2006, 2010)),
        ("十四五时期", (2021, 2025)),
        ("十五五期间", (2026, 2030)),
        ("2026—2030年", (2026, 2030)),
        ("2025年底", None),
        ("五年来", None),
    ],
)
def test_years_a_plan_period_covers(period: str, years: tuple[int, int] | None) -> None:
    assert years_of(period) == years
