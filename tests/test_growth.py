"""The complexity guard itself: it passes linear work and fails quadratic work."""

from __future__ import annotations

import pytest

from tests.growth import assert_linear


def pairs_of_equal_characters(text: str) -> int:
    """Quadratic: compares every character with every later one."""
    return sum(a == b for i, a in enumerate(text) for b in text[i + 1 :])


def count_of_figures(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def sentence(n: int) -> str:
    unit = "河北新增就业岗位3200个"
    return unit * (n // len(unit) + 1)


def test_linear_work_passes() -> None:
    growth = assert_linear(count_of_figures, sentence, 20_000)
    assert growth.ratio < 6.0


def test_quadratic_work_fails() -> None:
    # by its ratio (≈16×) on every attempt, or sooner by the CPU cap of a step
    with pytest.raises(AssertionError, match="grows faster than linear"):
        assert_linear(pairs_of_equal_characters, sentence, 400)
