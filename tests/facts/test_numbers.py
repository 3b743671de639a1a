"""Numbers in every written form found in 人民日报 articles."""

from __future__ import annotations

import pytest

from pipelines.facts.numbers import chinese_numeral_value, parse_number, parse_numeral


@pytest.mark.parametrize(
    ("written", "value"),
    [
        # Arabic
        ("898", 898),
        ("1,200", 1200),
        ("3.5", 3.5),
        # Arabic with multipliers, including the approximation mark inside
        ("2.5万", 25_000),
        ("7.5亿", 750_000_000),
        ("1.2万亿", 1.2e12),
        ("256.97万", 2_569_700),
        ("1064.7万", 10_647_000),
        ("2100多万", 21_000_000),
        ("5700余万", 57_000_000),
        ("5万多", 50_000),
        # Chinese numerals (cn2an) and mixed
        ("十八", 18),
        ("一百二十", 120),
        ("三千", 3000),
        ("两万", 20_000),
        ("两万三千零五", 23_005),
        ("3千", 3000),
        # percentages, tenths, fractions -> percent
        ("6.1%", 6.1),
        ("百分之六", 6),
        ("百分之3.5", 3.5),
        ("三成", 30),
        ("1/3", 100 / 3),
        ("三分之一", 100 / 3),
    ],
)
def test_written_forms(written, value):
    assert parse_number(written) == pytest.approx(value, rel=1e-12)


def test_liang_wan_wan_is_two_hundred_million_and_nonstandard():
    # 累计培训…两万万余人次 (seed): cn2an rejects 两万万; readers decode it as 2亿.
    number = parse_numeral("两万万")
    assert number is not None
    assert number.value == 200_000_000
    assert number.nonstandard


def test_standard_forms_are_not_flagged_nonstandard():
    for written in ("两亿", "1.2万亿", "两万三千零五", "2100多万"):
        number = parse_numeral(written)
        assert number is not None and not number.nonstandard, written


def test_bare_multiplier_reads_as_one_and_is_marked_bare():
    # 建设百米劳动文化长廊 (seed): 百 alone means 一百, but bare forms are often vague.
    hundred = parse_numeral("百")
    assert hundred is not None and hundred.value == 100 and hundred.bare
    ten_million = parse_numeral("千万")
    assert ten_million is not None and ten_million.value == 10_000_000 and ten_million.bare


@pytest.mark.parametrize("name", ["五一", "十四五", "一二三", "零五"])
def test_digit_strings_are_names_not_numbers(name):
    assert chinese_numeral_value(name) is None


def test_garbage_is_rejected():
    with pytest.raises(ValueError):
        parse_number("职工")
