"""Merge repeated statements of one measure within an article (lead + body).

A fact is a measure: (indicator, value, unit, qualifier, period, region). Two mentions
are one fact only when all of these agree; equal value and unit alone prove nothing
(国内生产总值年均增长5.4% and 居民人均可支配收入年均增长5.4% are two facts).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipelines.facts.canonical import canonical_indicator
from pipelines.facts.periods import years_of
from pipelines.facts.phrases import STRONG_MOVES, WEAK_INDICATOR, without_quotes
from pipelines.facts.places import gazetteer
from pipelines.facts.segmenter import word_boundaries, words
from pipelines.models import Fact

# Heads that many different indicators end in: sharing only these proves nothing
# (国家重点软件企业 10家 and 制造业单项冠军企业 10家 are different facts).
GENERIC_HEADS = words(
    "项目 企业 单位 职工 人员 工作 产品 服务 机构 平台 基地 中心 领域 行业 地区 国家 "
    "城市 群众 人才 公司 活动 建设 发展 全国 "
    # heads of measures: 粮食产量 and 早稻产量 share only what kind of number they are
    "产量 总量 规模 比重 占比 比例 收入 支出 投资 增加 加值 总额 人数 人次 数量 金额 产值 "
    "指数 价格 面积 比率"
)
# Words that say how a measure moved, not which measure it is: 年均增长 is shared by
# GDP and income growth alike, so they are dropped before indicators are compared.
_CHANGE_WORDS = re.compile(
    r"同比|环比|比上年|较上年|比去年|较去年|年均|增长|下降|上涨|下跌|提高|提升|增加|减少|"
    r"回落|上升|降低|增速|涨幅|降幅|增幅|增产|减产|净增|多增|少增|压减|偏高|偏低|达到|累计|平均|分别|"
    + STRONG_MOVES
)

# What kind of number a measure is, read from its last word. Two mentions whose kinds
# differ are two measures even when they share a noun (夏粮产量占全年粮食产量两成多 /
# 春播粮食进度过两成). Words of one kind are one class: 比重 and 占比 both name a share.
_MEASURE_KINDS = {
    **dict.fromkeys(("比重", "占比", "比例", "份额"), "share"),
    **dict.fromkeys(("总额", "金额", "规模", "总量", "总值"), "amount"),
    **dict.fromkeys(("产量", "产能"), "output"),
    **dict.fromkeys(("进度",), "progress"),
    **dict.fromkeys(("收入", "营收"), "income"),
    **dict.fromkeys(("产值",), "output value"),  # 年产值 / 年营业收入 (超300亿元): two
    **dict.fromkeys(("加值",), "value added"),
    **dict.fromkeys(("利润",), "profit"),
    **dict.fromkeys(("支出",), "spending"),
    **dict.fromkeys(("价格", "单价"), "price"),
    **dict.fromkeys(("面积",), "area"),
    **dict.fromkeys(("人数", "人次"), "headcount"),
    **dict.fromkeys(("指数",), "index"),
    **dict.fromkeys(("献率", "献度"), "contribution"),  # 贡献率, 贡献度
}


def consolidate(sentence_facts: list[list[Fact]]) -> list[Fact]:
    """One Fact per distinct measure, in first-mention order.

    ``sentence_facts`` holds the facts of each sentence occurrence, in text order.
    Mentions merge when they are the same measure (see ``same_measure``). Within one
    sentence equal figures are mostly different measures (增长5.0%，实际增长5.0%), so
    there one indicator must also contain the other: only a restated noun
    (其中在建项目1377个…，1377个在建项目完成投资) is the same fact.
    """
    merged: list[Fact] = []
    for facts in sentence_facts:
        taken: set[int] = set()  # merged-list slots this sentence already added to
        for fact in facts:
            for index, kept in enumerate(merged):
                if (
                    index in taken
                    and not _restated(kept.indicator, fact.indicator)
                    and not _in_brackets(fact)
                ):
                    continue
                if same_measure(kept, fact):
                    merged[index] = _merge(kept, fact)
                    taken.add(index)
                    break
            else:
                taken.add(len(merged))
                merged.append(replace(fact, sentences=list(fact.sentences or [fact.sentence])))
    return merged


def same_measure(a: Fact, b: Fact) -> bool:
    """Whether two mentions state the same measure.

    Value and unit must be equal; qualifier, period and region must not contradict
    (one side unstated is no contradiction); the indicators must share a specific
    two-character word once words of change (增长, 年均) are set aside (各类诵读活动 /
    职工诵读). Mentions without a usable indicator merge only when their sentences are
    identical, i.e. the same sentence restated.
    """
    if a.unit != b.unit or abs(a.value - b.value) > 1e-9 * max(abs(a.value), 1.0):
        return False
    if _qualifiers_contradict(a.qualifier, b.qualifier) or _regions_disagree(a.region, b.region):
        return False
    if a.sentence == b.sentence and (a.region is None) != (b.region is None):
        return False  # 二手住宅…上涨0.4%，其中，…上海…分别上涨…0.4%: the nation and a city
    if (
        _contradict(a.period, b.period)
        and not _nested(a.period, b.period)
        and not _same_years(a.period, b.period)
    ):
        return False  # 2025 and 2025年底 agree; 2024 and 2025 do not
    if ("年均" in (a.indicator or "")) != ("年均" in (b.indicator or "")):
        return False  # 参保…增长2.4% in one year, 参保人数年均增长2.4% over five
    if _said_of(a, b) or _said_of(b, a):
        return True
    if _subhead(a) != _subhead(b):
        return True  # 1000余米处的执念—— … 距吉隆口岸国门还有1000余米: the subhead restates it
    core_a, core_b = _core(a.indicator), _core(b.indicator)
    if _in_brackets(a) or _in_brackets(b):
        # 17种矿产产量…——产量居首（17种）: even a generic word shared is the label's
        return bool(_bigrams(core_a) & _bigrams(core_b))
    if a.sentence == b.sentence and core_a != core_b and not _restated(core_a, core_b):
        return False  # 80亿参数天基遥感模型、80亿参数天基天文时域模型: two things listed
    if core_a and core_b and _same_canonical_name(a, b):
        return True  # 国内生产总值同比增长 / GDP增长 (5.0%): one measure, two names
    if core_a and core_b and _only_generic(core_a) and _only_generic(core_b):
        # 100多个国家和地区 (客户 / 注册品牌): a count of a generic noun is the same fact
        # only where the words just before it are the same, as in a lead restated.
        return core_a == core_b and _words_before(a) == _words_before(b)
    if core_a and core_b and _contrasted(core_a, core_b):
        return False
    if core_a and core_b and _same_noun_counted(a, b, core_a, core_b):
        return True  # 2000多个县 … 2000多个县农业结构优化调整
    if (
        core_a
        and core_b
        and (_output_both_ways(core_a, core_b) or _output_both_ways(core_b, core_a))
    ):
        return True  # 规模以上工业原油产量 / 规模以上工业生产原油 (同比增长0.9%)
    if core_a and core_b:
        short, long = sorted((core_a, core_b), key=len)
        if len(short) >= 2 and long.endswith(short):
            return not _kinds_differ(core_a, core_b)  # 常驻外商3.8万名 … 3.8万名外商
        # 社零总额…加快0.7个百分点 / 商品零售额…加快0.7个百分点: shares and changes repeat
        # by chance, so only a name restated inside the other is one fact
        if a.unit in _RATIOS and (not _said_within(short, long) or _moved_apart(a, b)):
            return False
        shared = _bigrams(core_a) & _bigrams(core_b)
        if _precise(a) and shared and not _kinds_differ(core_a, core_b):
            return True  # 罚没款共计35.97亿元 twice: so precise a figure is not chance
        return (
            _overlap(core_a, core_b)
            and not _kinds_differ(core_a, core_b)
            and not _things_differ(core_a, core_b)
        )
    if _restates_generic(a, b) or _restates_generic(b, a):
        return True
    return a.sentence == b.sentence and a.raw_text == b.raw_text


_PRODUCED = re.compile(r"(?P<owner>.*)生产(?P<goods>[\u4e00-\u9fff]{1,4})")


def _output_both_ways(a: str, b: str) -> bool:
    """生产原油 is 原油产量 said with the verb: the same output."""
    produced = _PRODUCED.fullmatch(a)
    return bool(produced) and b == f"{produced['owner']}{produced['goods']}产量"


_CONNECTIVES = "和与及、"
_MIN_SAID_CHARS = 3
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?（(\d]")


def _in_brackets(fact: Fact) -> bool:
    """储量居首（14种）: a figure in brackets after a label restates one just given
    (在14种矿产储量…上占据全球榜首——储量居首（14种）)."""
    return fact.raw_text in _bracketed(fact.sentence)


@lru_cache(maxsize=64)
def _bracketed(sentence: str) -> frozenset[str]:
    """What stands alone in brackets, read once per sentence (a sentence holds many
    figures, and a flattened table is one very long sentence)."""
    return frozenset(_BRACKETED.findall(sentence))


_BRACKETED = re.compile(r"[（(]([^（）()]{1,16})[）)]")
_MAX_SAID_SENTENCE = 400  # 字: a flattened table is no clause to read a name from


def _said_of(a: Fact, b: Fact) -> bool:
    """共有31项指标稳居世界第一 … 31项“世界第一”: ``b`` is named by what ``a``'s own
    clause says of the figure, so both mentions are one measure."""
    name = without_quotes(b.indicator or "")
    if len(a.sentence) > _MAX_SAID_SENTENCE:
        return False
    start = a.sentence.find(a.raw_text)
    if len(name) < _MIN_SAID_CHARS or start < 0:
        return False
    rest = a.sentence[start + len(a.raw_text) :]
    clause = rest[: m.start()] if (m := _CLAUSE_END.search(rest)) else rest
    # 100多个国家和地区客户 / 100多个国家和地区: a name that is a's own noun proves nothing
    return name in without_quotes(clause) and name not in (a.indicator or "")


_CONTEXT_CHARS = 4


_PRECISE_DIGITS = 4
_RATIOS = ("%", "个百分点", "倍", "‰")


def _precise(fact: Fact) -> bool:
    """35.97亿元, 67604家: four significant digits or more, outside shares and changes
    (where 12.5% may well measure two things)."""
    if fact.unit in _RATIOS or fact.value <= 0:
        return False
    # the mantissa in scientific notation: .10g writes 5.5万亿 as 5.5e+12, and the
    # exponent's digits are no precision
    digits = f"{fact.value:.10e}".split("e")[0].replace(".", "").rstrip("0")
    return len(digits) >= _PRECISE_DIGITS


def _only_generic(core: str) -> bool:
    """国家和地区: every word of it (pairs across 和 aside) is a generic head."""
    pairs = _bigrams(core)
    return bool(pairs) and pairs <= GENERIC_HEADS


def _words_before(fact: Fact) -> str:
    start = fact.sentence.find(fact.raw_text)
    return fact.sentence[max(0, start - _CONTEXT_CHARS) : max(0, start)]


def _restates_generic(named: Fact, generic: Fact) -> bool:
    """居民消费价格涨幅2%左右 … 2%左右的涨幅: a later mention that names only the kind of
    change (涨幅), with the same qualifier, restates the measure that named it in full;
    so does the rate of a change named in full (快递业务量同比增长5.8% … 5.8%的增速)."""
    if not generic.indicator or _core(generic.indicator) or not _core(named.indicator):
        return False
    if generic.qualifier != named.qualifier or not named.indicator:
        return False
    if generic.qualifier and named.indicator.endswith(generic.indicator):
        return True
    return named.indicator.endswith(_RATE_OF.get(generic.indicator, ("\0",)))


_RATE_OF = {"增速": ("增长",), "增幅": ("增长",), "涨幅": ("上涨",), "降幅": ("下降",)}


_UP = re.compile(r"增长|上涨|提高|提升|增加|上升|回升|攀升|跃升|增速|涨幅|增幅")
_DOWN = re.compile(r"下降|下跌|减少|降低|回落|下滑|降幅|压减|收窄")


def _moved_apart(a: Fact, b: Fact) -> bool:
    """国内生产总值同比增长5.0% / 单位国内生产总值能耗下降5.0%: one rose, the other fell."""
    ups = [bool(_UP.search(f.indicator or "")) for f in (a, b)]
    downs = [bool(_DOWN.search(f.indicator or "")) for f in (a, b)]
    return (ups[0] and downs[1] and not downs[0]) or (ups[1] and downs[0] and not downs[1])


def _same_canonical_name(a: Fact, b: Fact) -> bool:
    """The whole indicators name one measure (pipelines/data/indicator_synonyms.tsv). Only
    whole names: GDP inside 万元GDP二氧化碳排放 is part of another measure."""
    return _core(canonical_indicator(a.indicator)) == _core(canonical_indicator(b.indicator))


def _same_noun_counted(a: Fact, b: Fact, core_a: str, core_b: str) -> bool:
    """300多个市2000多个县 … 指导…2000多个县农业结构优化调整: the same figure written the
    same way right before the same noun is one count, however much of the clause after
    it the longer indicator took along."""
    short, long = sorted((core_a, core_b), key=len)
    if a.raw_text != b.raw_text or _only_generic(short):
        return False  # 100多个国家和地区 (客户 / 注册品牌): too common a count to be one

    def right_before(fact: Fact, noun: str) -> bool:
        return fact.sentence[fact.sentence.find(fact.raw_text) + len(fact.raw_text) :].startswith(
            noun
        )

    if long.startswith(short):
        return all(right_before(fact, short) for fact in (a, b))
    # 5条古窑 … 5条古龙窑: the same head, one name with a word fewer
    return (
        len(short) >= 2
        and short[-1] == long[-1]
        and _in_order(short, long)
        and right_before(a, core_a)
        and right_before(b, core_b)
    )


def _said_within(short: str, long: str) -> bool:
    """新动能贡献率 in 新动能对经济|贡献率: the short name inside the long one, or its owner
    opening it and its head closing it (a relation between them added)."""
    if short in long:
        return True
    return any(
        long.startswith(short[:k]) and long.endswith(short[k:]) for k in range(2, len(short) - 1)
    )


def _in_order(short: str, long: str) -> bool:
    """Every character of ``short`` found in ``long``, in the same order."""
    rest = iter(long)
    return all(char in rest for char in short)


def _restated(a: str | None, b: str | None) -> bool:
    """One indicator inside the other, not cut out of a number (5个五千亿元级产业集群 is
    another measure than 5个千亿元级产业集群)."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    k = long.find(short)
    return k >= 0 and not (k > 0 and long[k - 1] in _NUMERAL_CHARS)


_NUMERAL_CHARS = frozenset("0123456789一二两三四五六七八九十百千万亿")


# 20多家 and 20余家, 超九成 and 九成以上 each say "more than": one bound written two ways.
# 超500家 and 500多家, 500余家, 500家以上: each says "more than 500"
_MORE_THAN = frozenset(("多", "余", "超", "以上"))


def _qualifiers_contradict(a: str | None, b: str | None) -> bool:
    return _contradict(a, b) and not {a, b} <= _MORE_THAN


def _contradict(a: str | None, b: str | None) -> bool:
    return bool(a and b and a != b)


def _same_years(a: str | None, b: str | None) -> bool:
    """十五五时期 and 2026—2030年: one span named two ways."""
    years = years_of(a or "")
    return years is not None and years == years_of(b or "")


def _regions_disagree(a: str | None, b: str | None) -> bool:
    """Two places that cannot hold one another (丽江 holds 玉龙纳西族自治县; 大连 not 成都).

    The gazetteer knows each place's province, not its city, so a city and a county
    of one province are taken as nested: a lead naming the city and the body the county.
    """
    if not _contradict(a, b):
        return False
    places = gazetteer().by_name
    pa, pb = places.get(a), places.get(b)
    if pa is None or pb is None or pa.level == pb.level:
        return True
    province_a = a if pa.level == "province" else pa.province
    province_b = b if pb.level == "province" else pb.province
    national = "country" in (pa.level, pb.level)
    return not national and province_a != province_b


def _nested(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _core(indicator: str | None) -> str:
    """The indicator without words of change (parts on either side stay apart) and
    without 的 (枸杞叶的利用率 / 枸杞叶利用率 name one measure)."""
    return _CHANGE_WORDS.sub("|", (indicator or "").replace("的", "")).strip("|")


def _overlap(a: str, b: str) -> bool:
    """Indicators share a specific two-character word (诵读), not just a generic head (企业)."""
    shared = _word_bigrams(a) & _word_bigrams(b) - GENERIC_HEADS
    # 对模型服务给予 / 语料采购给予, 毛竹的利用率 / 企业竹材综合利用率 (30%): a word both
    # end in, and nothing else shared, is a head or verb many measures end in, not proof
    # of one measure.
    suffix = _common_suffix(a, b)
    if a != b and 2 <= len(suffix) <= _MAX_HEAD_CHARS and shared <= _bigrams(suffix):
        return False
    return bool(shared) or (a == b)


_MAX_HEAD_CHARS = 3  # 利用率; a longer shared ending (…劳模和工匠人才创新工作室) names the thing


def _common_suffix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


def _things_differ(a: str, b: str) -> bool:
    """国家基层卫生健康综合试验区 / 基层特色科室 (12个 each): a shared modifier (基层) but
    two specific heads neither of which the other names are two counted things."""
    head_a, head_b = a[-2:], b[-2:]
    if _DIMENSIONS.get(head_a, head_a) == _DIMENSIONS.get(head_b, head_b):
        return False  # 沙质赛道全长 / 国际标准沙质赛道长度 (1600米): one length
    specific = head_a not in GENERIC_HEADS and head_b not in GENERIC_HEADS
    return specific and head_a not in b and head_b not in a


# Heads that name one dimension of a thing: 全长 and 长度, 总高 and 高度
_DIMENSIONS = {"全长": "长度", "总长": "长度", "总高": "高度", "全高": "高度", "全宽": "宽度"}


# Words statistics set against each other: one measure of new and one of second-hand
# homes (…住宅销售价格环比上涨0.2%) are two facts, however much of their names they share.
_CONTRASTS = (("新建", "二手"), ("城镇", "农村"), ("出口", "进口"), ("一线", "二线", "三线"))


def _contrasted(a: str, b: str) -> bool:
    for group in _CONTRASTS:
        in_a = {word for word in group if word in a}
        in_b = {word for word in group if word in b}
        if in_a and in_b and not in_a & in_b:
            return True
    return False


def _kinds_differ(a: str, b: str) -> bool:
    kinds = [_MEASURE_KINDS.get(core[-2:]) for core in (a, b)]
    return None not in kinds and kinds[0] != kinds[1]


@lru_cache(maxsize=1024)
def _word_bigrams(text: str) -> frozenset[str]:
    """The pairs that lie inside one word: 省级专项 and 国家级专精 share 级专, across words."""
    bounds = word_boundaries(text)
    pairs = _bigrams(text)
    return frozenset(text[k : k + 2] for k in range(len(text) - 1) if k + 1 not in bounds) & pairs


def _bigrams(text: str) -> set[str]:
    # Latin-only pairs (GD, DP) are left out: 人均GDP and 万元GDP能耗 are other measures;
    # so are pairs across 和/与/及 (家和 of 国家和地区), which are no words.
    pairs = (text[i : i + 2] for i in range(len(text) - 1))
    return {
        pair
        for pair in pairs
        if "|" not in pair and not pair.isascii() and not any(c in _CONNECTIVES for c in pair)
    }


def _subhead(fact: Fact) -> bool:
    """1000余米处的执念——: a short line ending on a dash opens a section; its figure is one
    the section's text states again."""
    line = fact.sentence.strip()
    return line.endswith(("——", "—")) and len(line) <= _MAX_SUBHEAD_CHARS


_MAX_SUBHEAD_CHARS = 20


def _merge(kept: Fact, other: Fact) -> Fact:
    flags = [
        flag for fact in (kept, other) if fact.quality_flag for flag in fact.quality_flag.split(",")
    ]
    named = kept if kept.indicator else other
    if WEAK_INDICATOR not in (named.quality_flag or "").split(","):
        flags = [flag for flag in flags if flag != WEAK_INDICATOR]  # 5.8%的增速 restated
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
