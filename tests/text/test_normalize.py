"""Normalization rules, each with a negative case, plus property tests."""

import re

from hypothesis import given
from hypothesis import strategies as st

from pipelines.text.normalize import normalize_line, to_simplified


def norm(text: str) -> str:
    return normalize_line(text, 0)[0]


def test_ascii_punctuation_between_chinese_becomes_full_width() -> None:
    assert norm("建成职工书屋898家,位居全国前列;成效显著!如何加以规范?") == (
        "建成职工书屋898家，位居全国前列；成效显著！如何加以规范？"
    )
    assert norm("市县劳动公园(广场)177个") == "市县劳动公园（广场）177个"
    assert norm("意见如下:一是") == "意见如下：一是"


def test_numbers_dates_urls_and_latin_are_left_alone() -> None:
    assert norm("增长3.5%,总额1,200万元") == "增长3.5%，总额1,200万元"
    assert norm("10:30开会") == "10:30开会"
    assert "https://www.people.com.cn/a,b" in norm("详见https://www.people.com.cn/a,b 网页")
    assert norm("LNG (liquefied natural gas)") == "LNG (liquefied natural gas)"


def test_full_width_digits_and_letters_become_half_width() -> None:
    assert norm("ＧＤＰ增长５．２％") == "GDP增长5.2%"


def test_stray_traditional_characters_become_simplified() -> None:
    assert norm("栉风沐雨砥礪行") == "栉风沐雨砥砺行"


def test_simplified_text_is_untouched_even_where_opencc_would_change_it() -> None:
    # 乾 is a standard simplified character (乾坤); OpenCC's t2s alone turns it into 干.
    assert to_simplified("扭转乾坤") == "扭转乾坤"


def test_zero_width_and_odd_spaces_are_removed() -> None:
    assert norm("职工\u200b书屋\u3000建成 898 家") == "职工书屋建成898家"


def test_raw_map_points_at_the_source_characters() -> None:
    raw = "  建成 职工书屋898家,"
    text, offsets = normalize_line(raw, 100)
    assert len(text) == len(offsets)
    for ch, off in zip(text, offsets, strict=True):
        source = raw[off - 100]
        assert ch == source or (ch, source) == ("，", ",")


chinese = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
noisy_text = st.text(
    alphabet=st.one_of(
        chinese,
        st.sampled_from(list(",.:;!?()，。：；！？（）“” 0123456789%０１２\u3000\u200babc")),
    ),
    max_size=60,
)


@given(noisy_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = norm(text)
    assert norm(once) == once


@given(st.text(max_size=80))
def test_normalize_never_raises_and_maps_every_char(text: str) -> None:
    out, offsets = normalize_line(text, 0)
    assert len(out) == len(offsets)
    assert offsets == sorted(offsets)


@given(noisy_text)
def test_normalize_keeps_every_digit(text: str) -> None:
    def digits(s: str) -> str:
        return re.sub(r"\D", "", s.translate({0xFF10 + i: str(i) for i in range(10)}))

    assert digits(norm(text)) == digits(text.replace("\u200b", ""))


def test_chained_opencc_conversions_reach_a_fixpoint() -> None:
    # OpenCC maps 薴 → 苧 and 苧 → 苎; one pass alone would not be idempotent.
    assert to_simplified("薴麻") == to_simplified(to_simplified("薴麻")) == "苎麻"


def test_a_line_in_traditional_script_converts_its_gb2312_forms_too():
    # 於 / 後 are in GB2312 (a surname, a rare form): converted only where the line around
    # them is traditional, as a scraped traditional paragraph is; a lone one stays.
    from pipelines.text.normalize import to_simplified

    assert to_simplified("9個月後，項目竣工，夫妻倆累計收入近5萬元。") == (
        "9个月后，项目竣工，夫妻俩累计收入近5万元。"
    )
    assert to_simplified("可以平鋪16張A4紙，略大於1台電視機的屏幕") == (
        "可以平铺16张A4纸，略大于1台电视机的屏幕"
    )
    assert to_simplified("周輖先生於2025年来京") == "周輖先生於2025年来京"


def test_ascii_stops_and_commas_around_quotes_percents_and_figures_become_chinese():
    from pipelines.text.normalize import full_width_punctuation

    # layout-set sentences with their punctuation typed in ASCII
    assert full_width_punctuation("如今成了海外市场“香饽饽”.海关总署数据显示") == (
        "如今成了海外市场“香饽饽”。海关总署数据显示"
    )
    assert full_width_punctuation("成本降低40%,2025年中国工业机器人出口首次超过进口") == (
        "成本降低40%，2025年中国工业机器人出口首次超过进口"
    )
    assert full_width_punctuation("在学研究生430.0万人.16—59岁人口") == (
        "在学研究生430.0万人。16—59岁人口"
    )
    # numbers and Latin text keep theirs
    kept = "增长1,200.5亿元，约合US$1.2bn"
    assert full_width_punctuation(kept) == kept
