"""Properties: every written form of an integer parses back to it, and no cut of report
prose makes extraction fail."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipelines.facts import extract_sentence
from pipelines.facts.numbers import parse_number
from pipelines.facts.quantities import find_quantities

DIGITS = "零一二三四五六七八九"
SECTION_UNITS = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
GROUPS = ((10**8, "亿"), (10**4, "万"), (1, ""))
integers = st.integers(min_value=1, max_value=10**12 - 1)


def render_arabic(n: int, thousands: bool) -> str:
    return f"{n:,}" if thousands else str(n)


def render_decimal_multiplier(n: int) -> str:
    """2.5万 / 7.5亿 style: the largest multiplier the number reaches."""
    scale, word = (10**8, "亿") if n >= 10**8 else (10**4, "万")
    mantissa = format(Decimal(n) / scale, "f")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return mantissa + word


def _render_section(n: int) -> str:
    out, pending_zero = "", False
    for value, unit in SECTION_UNITS:
        digit = n // value % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out += "零"
            pending_zero = False
        out += DIGITS[digit] + unit
    return out


def render_chinese(n: int, liang: bool) -> str:
    """Standard Chinese numeral: 两万三千零五, 十八, 一亿零五十万."""
    out, skipped = "", False
    for value, word in GROUPS:
        group = n // value % 10**4
        if group == 0:
            skipped = bool(out)  # 三亿零一千: a zero group in between is read as 零
            continue
        if out and (group < 1000 or skipped):
            out += "零"
        out += _render_section(group) + word
        skipped = False
    out = out.replace("零零", "零")
    if out.startswith("一十"):
        out = out[1:]  # 十八, not 一十八
    if liang and out.startswith("二") and out[1:2] in ("千", "万", "亿"):
        out = "两" + out[1:]  # 两万, 两千: how 2 is said before a large unit
    return out


@settings(max_examples=300, deadline=None)
@given(integers, st.booleans())
def test_arabic_round_trip(n, thousands):
    assert parse_number(render_arabic(n, thousands)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=10**4, max_value=10**12 - 1))
def test_decimal_multiplier_round_trip(n):
    assert parse_number(render_decimal_multiplier(n)) == n


@settings(max_examples=300, deadline=None)
@given(integers, st.booleans())
def test_chinese_round_trip(n, liang):
    assert parse_number(render_chinese(n, liang)) == n


@settings(max_examples=100, deadline=None)
@given(integers, st.sampled_from(["人", "家", "项", "个"]))
def test_every_form_is_found_in_a_sentence_with_its_value(n, unit):
    big = max(n, 10**4)
    for written, expected in ((render_arabic(n, True), n), (render_decimal_multiplier(big), big)):
        sentence = f"全省累计建成{written}{unit}，位居全国前列。"
        (quantity,) = find_quantities(sentence)
        assert quantity.value == expected
        assert quantity.raw_text == written + unit


def test_renderers_match_known_spellings():
    assert render_chinese(23005, liang=True) == "两万三千零五"
    assert render_chinese(18, liang=False) == "十八"
    assert render_chinese(300_001_000, liang=False) == "三亿零一千"
    assert render_chinese(120, liang=False) == "一百二十"
    assert render_chinese(100_500_000, liang=False) == "一亿零五十万"
    assert render_decimal_multiplier(25_000) == "2.5万"
    assert render_decimal_multiplier(750_000_000) == "7.5亿"


# Damage as scraped pages show it, applied to a real report (人民日报 2026-01-20, fact set
# economy_review_2026): lines broken after a comma or between two digits, ASCII
# punctuation, full-width digits, traditional characters. Read through the cleaner, the
# damaged page must yield the very facts of the clean one.
_REPORT = (
    "全社会研究与试验发展经费投入达39262亿元，稳居世界第二位。"
    "我国成为世界上首个国内有效发明专利拥有量超500万件的国家。"
    "规模以上装备制造业、高技术制造业增加值占规模以上工业增加值的比重分别达36.8%和17.1%。"
    "民用无人机、工业机器人产量同比分别增长37.3%、28%。"
    "非化石能源占能源消费总量的比重比2024年提高约2个百分点。"
    "新能源汽车年产销量均超1600万辆。"
)
_DAMAGE = st.sampled_from(["break", "ascii", "wide_digit", "traditional"])


def _report_facts(body: str) -> list[tuple[float, str, str | None]]:
    from pipelines.facts import extract_article_facts
    from pipelines.models import RawArticle
    from pipelines.text.clean import clean_article

    raw = RawArticle("report.txt", f"中国经济顶压前行\n\n{body}\n", "utf-8", len(body))
    article = clean_article(raw)
    facts = extract_article_facts(article.paragraphs, title=article.title)
    return [(f.value, f.unit, f.qualifier) for f in facts]


def _damage(text: str, kind: str, picks: list[int]) -> str:
    if kind == "ascii":
        return text.replace("，", ",").replace("、", ",").replace("％", "%")
    if kind == "wide_digit":
        return "".join(
            chr(ord(c) + 0xFEE0) if c.isdigit() and i in picks else c for i, c in enumerate(text)
        )
    if kind == "traditional":
        return text.replace("产销", "產銷").replace("万辆", "萬輛").replace("发展", "發展")
    # break: after a comma / enumeration mark, between two digits, after a decimal point
    spots = [
        i + 1
        for i, c in enumerate(text[:-1])
        if c in "，、" or (c in "0123456789." and text[i + 1].isdigit())
    ]
    chosen = sorted({spots[p % len(spots)] for p in picks}, reverse=True)
    for i in chosen:
        text = text[:i] + "\n" + text[i:]
    return text


@settings(max_examples=40, deadline=None)
@given(_DAMAGE, st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=4))
@example("break", [0, 1])  # 达3 / 9 / 262亿元: a one-digit line inside a number
@example("break", [62, 313])  # 增长37. / 3%、2 / 8%: a decimal point, then a short line
def test_damaged_report_keeps_its_facts(kind, picks):
    assert _report_facts(_damage(_REPORT, kind, picks)) == _report_facts(_REPORT)


# Pieces of report prose, cut anywhere: figures, multipliers, approximations, units, the
# words the unit-less rules look for (收入比, 指数, 的农民工) and punctuation.
_PIECES = st.sampled_from(
    ["300", "2.05", "多", "余", "万", "亿", "人", "个", "%", "次/秒", "百亿亿", "收入比",
     "缩小至", "指数为", "在城镇就业的", "农民工", "居民", "小区", "口", "粒", "，", "。", "、",
     # what a share of a group did, 将/把 objects, 与…相比, 实现, idioms, example bases
     "的", "可以在", "分钟", "内到达", "等", "中心", "将", "耕地入股", "与", "相比", "实现产值",
     "三天两头", "以", "为例"]
)  # fmt: skip


@given(st.lists(_PIECES, min_size=1, max_size=12))
@example(["300"])
@example(["编号", "300", "多"])
@example(["300", "%", "的", "居民", "可以在", "300", "分钟", "内到达", "等", "中心"])
def test_extraction_reads_any_cut_of_report_prose_without_error(pieces):
    """No figure, at whatever point the text ends, makes a rule read past its end."""
    for fact in extract_sentence("".join(pieces), None, None):
        assert fact.raw_text in "".join(pieces)
        assert fact.value == fact.value  # never NaN
