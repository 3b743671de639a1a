"""Find "number + measure word" expressions in one sentence.

A quantity is a numeral (Arabic, Chinese or mixed), an optional multiplier chain
(万, 亿, 万亿 ...), an optional approximation mark (多/余) and a measure word, plus the
qualifier words around it (超/近/约 before, 以上/左右 after). A number with no measure
word after it is never a candidate: that alone rules out most names (五一, 四史, 三性).
Whether a candidate is really a measurement is decided later (not_facts.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines.facts.numbers import (
    APPROXIMATION_MARKS,
    Number,
    amount_value,
    arabic_value,
    multiplier_value,
    parse_number,
)
from pipelines.facts.places import gazetteer
from pipelines.facts.units import (
    DURATION_UNITS,
    PEOPLE_NOUNS,
    UNITS,
    YIELD_WEIGHTS,
    Unit,
    rate_denominator_at,
    unit_at,
)

_NUMERAL = re.compile(
    r"(?P<percent>百分之(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十]+))"
    r"|(?<![\d/.])(?P<fraction>\d+/\d+)(?![\d/]|\.\d)"  # not 11/10.5代 (a line, 11 or 10.5)
    r"|(?P<chinese_fraction>[一二两三四五六七八九十百千]+分之[一二两三四五六七八九十]+)"
    # 占比过半, 占全国就业人口总数近半; not 年过半百 (over fifty), 近半年
    r"|(?P<half>一半|半数|(?<=[过近])半(?![年月天日个小周百载世]))"
    # 开发至少要半年, 历时半年: half a year spent, read as 6 个月 (not 上半年, 近半年来)
    # 3个月到半年才会清洗一次: the end of a range of spans
    r"|(?P<half_year>(?<=[要需用花时经达滞近])半年(?![来以内后前底初])|半年(?=之久)"
    r"|(?<=[月天周][到至])半年(?![来以内后前底初末]))"
    # 保护工作持续近半个世纪: fifty years (not 半个世纪以来, 半个世纪前)
    r"|(?P<half_century>半个世纪(?![以来前后]))"
    # 为期半个月的岗前培训, 用了半个月: half a month spent (not 近半个月来, 半个月后)
    # 至少半个月才能拿到贷款: at least, or only then
    r"|(?P<half_month>(?<=[要需用花时经达滞期前少])半个月(?![来以内后前])|半个月(?=才))"
    # 城墙外半小时能到, 仅需半个小时: half an hour taken (not 每半小时, 过半小时, 半小时后)
    r"|(?P<half_hour>(?<![每上下过])半个?小时(?![后前以]))"
    # 翻一番, 翻了两番: doubled once or twice over, 2 or 4 倍
    r"|(?P<doublings>(?:(?<=翻)|(?<=翻了))[一两三四]番)"
    r"|(?P<arabic>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"|(?P<chinese>[零〇一二两三四五六七八九十百千万亿]+)"
)
_CHAIN_CHARS = "十百千万亿"
_PERCENT = Unit("", "%", "ratio")
# 城乡居民收入比缩小至2.05, 基尼系数为0.465, 居民消费价格指数为101.3, 容积率从不到0.8提升到4.0:
# a measure without a unit, named right before the figure by a word that makes it one.
# Ratios and coefficients are read as 比值, an index as 点 (its points, as 上证指数3000点).
_UNITLESS_NAME = r"(?:(?P<ratio>收入比|比值|之比|系数|容积率)|(?P<index>指数))"
_UNITLESS_MEASURE = re.compile(
    _UNITLESS_NAME
    + r"(?:为|是|达|达到|降至|降到|降为|缩小至|缩小到|缩小为|扩大至|扩大到|提高到|提高至|提升至"
    r"|提升到|升至|上升至|下降至|下降到|回落至|回升至|保持在|稳定在)$"
)
# 运价指数保持在105点至107点的区间: the upper end of an index's range
_INDEX_RANGE_END = re.compile(r"指数[^，。；]{0,16}?\d+(?:\.\d+)?点?(?:至|到|—|－|-|～)$")
# 拥堵指数由实施前的3.28下降至2.44: both ends of a move of such a measure.
_UNITLESS_FROM = re.compile(_UNITLESS_NAME + r"(?:由|从)(?:[^，。；\d]{0,8}的|不到|不足|约)?$")
_UNITLESS_TO = re.compile(
    _UNITLESS_NAME + r"(?:由|从)[^，。；]{0,14}?"
    r"(?:下降|降|上升|升|提高|增加|回落|缩小|扩大|增长)(?:至|到|为)$"
)
_RATIO = Unit("", "比值", "ratio")
# 收入比从2006年的2.45∶1下降至2025年的1.76∶1，低于浙江省1.81∶1: a ratio to one, in 比值,
# where a ratio (…比 and its verb) or an earlier ratio to one stands before it in the sentence
_TO_ONE = re.compile(r"[∶:：]1(?![\d.])")
_RATIO_NAMED = re.compile(
    r"[\u4e00-\u9fff](?:比|倍差)(?:为|是|从|由|达|约|接近|缩小|下降|降|稳定|保持|提高|扩大)"
    r"|\d[∶:：]1(?![\d.])"
)
# 土壤酸碱度约为5, 酸碱度6.3: acidity, in pH
# 土壤pH值从8.9降到8.2: the start and the end of a move are both in pH
_PH_BEFORE = re.compile(
    r"(?:酸碱度|[pP][hH]值?)(?:在|约为|为|是|达|仅为|只有|约|从|由)?$"
    r"|(?:酸碱度|[pP][hH]值?)(?:从|由)\d+(?:\.\d+)?(?:降|升|下降|上升|降低|提高)(?:到|至)$"
)
_PH = Unit("", "pH", "other")
_INDEX_POINTS = Unit("", "点", "ratio")
# 累计有300多万在城镇稳定就业居住的农民工: an amount in 万/亿 with no unit, whose clause
# goes on to 的 and the people it counts, is a headcount of them.
_PEOPLE_AFTER_DE = re.compile(
    r"[^，。；、！？：,;!?（）()0-9]{0,16}?的[\u4e00-\u9fff]{0,3}?(?:"
    + "|".join(sorted(PEOPLE_NOUNS, key=len, reverse=True))
    + ")"
)
# 惠及1199.8万困难残疾人和1682.6万重度残疾人: a two-character modifier, then the people;
# 710多万建档立卡贫困残疾人: a longer one, where all of them do something
_PEOPLE_MODIFIED = re.compile(
    r"[\u4e00-\u9fff]{2,6}?(?:"
    + "|".join(sorted(PEOPLE_NOUNS, key=len, reverse=True))
    # 100万高校毕业生在粤就业: where they go; 6700万美国民众2026年的电费: when
    # 超过160万失能老年人直接受益: what they gain; 242.2万城乡残疾人参加职业技能培训
    # 帮助500余万西部地区农村劳动力实现就业: what they achieve
    # 3.2万岛上居民生产生活能源实现自给: what they live on
    + r")(?=[，。；、！？和与及在到赴\d]|直接|受益|享受|获得|得到|参加|参与|实现|全部|均|都"
    r"|生产|生活|$)"
)
# 累计近200亿就诊人次享受医保报销: visits named by what the people came for
_VISITS_MODIFIED = re.compile(r"[\u4e00-\u9fff]{2}人次")
_HEADCOUNT = Unit("", "人", "people")
_PERSON_TIMES = Unit("", "人次", "people")
_VIEWS = Unit("", "次", "events")
_DAYS = Unit("日", "天", "other")
_HALF_YEAR = Unit("半年", "个月", "other")
_DOUBLINGS = Unit("番", "倍", "ratio")
# 缩短至现在的30日: "now" may stand between the verb and the days
_SPAN_BEFORE_DAYS = re.compile(
    r"(?:时限|期限|缩短|压缩|减少|延长|压减)(?:到|至|为)?(?:(?:现在|目前|如今|当前)的)?$"
    r"|之日起$"  # 自受理申请之日起15日内: a legal time limit
)
_TOKENS = Unit("", "词元", "count")  # 日均词元调用量突破140万亿: tokens of AI models
# The measure names its unit: 人次/人数/人口, followers and users (人), views (次).
_UNIT_NAMED_BEFORE = re.compile(
    r"(?P<noun>人次|人数|人口|粉丝数|粉丝量|用户数|用户量|用户规模"
    r"|(?P<views>浏览|播放|点击|阅读|访问|观看|传播)(?:量|次数)"
    r"|(?P<tokens>词元|[Tt]oken)(?:调用|使用|消耗)?量)"
    r"(?:累计|共|已|总计|就|均|也|都|还|很快|迅速|已经|将|将会|有望)?"
    r"(?:突破了?|超过了?|超|逾|达到|已达|达|接近|近|约|为|在|增至|升至|增长到|增加到|提高到)$"
    r"|(?:常住|户籍|总)人口$"  # 这座常住人口17万的小县城: the population, with no verb
    r"|(?:开通|注册|新增|活跃|累计)用户$"  # 开通用户91万: the users, with no verb
    # 常年外出人员达26.5万: people, then a verb of reaching
    r"|(?:"
    + "|".join(sorted(PEOPLE_NOUNS | {"人员", "党员", "会员"}, key=len, reverse=True))
    + r")"
    r"(?:累计|共|已|总数)?(?:达到|已达|达|突破了?|超过了?|超|逾)$"
    # 合作社的资产现在已增加到60多亿: a sum of money, 元 left unsaid
    r"|(?P<money>资产|营收|营业收入|销售额|成交额|交易额|产值)(?:现在|目前|已|已经|累计|共)*"
    r"(?:增加到|增长到|增至|达到|已达|达|突破了?|超过了?|超|逾)$"
)
_CLAUSE_ENDS = "，。；、！？：,;!?）)"
_RANGE_MARKS = ("到", "至", "—", "－", "-", "~", "～")
_RANGE_START_BEFORE = re.compile(r"\d+(?:\.\d+)?[万亿]+(?:到|至|—|－|-|~|～)$")
_SPOKEN_YUAN = Unit("块", "元", "money")
# 3个多月, 1个半小时, 1分多钟: 多/半 inside the unit
_SPAN_WITH_MORE = re.compile(
    r"(?:个(?:(?P<more>多)|(?P<half>半))(?P<unit>月|小时|星期))"
    r"|分(?:(?P<more_min>多)|(?P<half_min>半))(?P<minute>钟)"
    # 数据加工用了两年半, 住了三天半: half after the whole unit (not 一年半载, 半年)
    r"|(?P<whole>年|天)(?P<half_after>半)(?![载年月天日])"
)
_TIME_AFTER_GE = {"月": "个月", "小时": "小时", "星期": "个星期", "钟": "分钟"}
_SPOKEN_YI = re.compile(r"个(?:(?P<more>多)|(?P<half>半))?(?P<chain>万亿|亿)")
_UNSAID_YUAN = Unit("", "元", "money")
_TRADING_VERBS = ("卖", "买", "花", "赚", "挣", "卖了", "买了", "花了", "卖到", "卖出")

# Qualifier words and the label they get. 逾 ("exceeding") and 突破 ("broke through")
# mean the same as 超; 不少于/不低于 state a floor, like 以上; 不足/不到/低于 state a ceiling
# just above the figure, the nearest label being 近.
_PREFIX_QUALIFIERS = {
    "超过": "超",
    "超出": "超",
    "超": "超",
    "逾": "超",
    "突破": "超",
    "突破了": "超",  # 产量已突破了100万吨
    "超越": "超",  # 2015年超越1.3万亿斤
    "超过了": "超",
    "破": "超",  # 规模破万亿元: short for 突破
    "将近": "近",
    "接近": "近",
    "逼近": "近",  # 渗透率逼近50%
    "近": "近",
    "大约": "约",
    "差不多有": "约",  # 背包…差不多有20斤重
    "差不多": "约",  # 上午摘了50斤，差不多75元
    "约为": "约",
    "大约有": "约",
    "约有": "约",  # 每天约有1亿人乘坐城市轨道交通
    "约": "约",
    "不少于": "以上",
    "不低于": "以上",
    "至少": "以上",
    "不足": "近",
    "不到": "近",
    "低于": "近",  # 内陆296个村…均低于20万元: a ceiling, never the same as 超20万元
    "少于": "近",
}
_BELOW_ZERO = "零下"
_MINUS_SIGNS = "-－−"


def _minus_before(sentence: str, number_start: int) -> bool:
    """A minus sign written on the figure (增速为-0.3%), not a dash joining two figures or
    codes (2020-2025, G-20)."""
    if number_start == 0 or sentence[number_start - 1] not in _MINUS_SIGNS:
        return False
    before = sentence[number_start - 2] if number_start >= 2 else ""
    return not (before.isascii() and before.isalnum()) and not before.isdigit()


_SUFFIX_QUALIFIERS = {
    "以上": "以上",
    "左右": "约",
    "上下": "约",
    "出头": "多",  # 100天出头: just over
}
# 签约3个项目 is not "约 3"; 最近3年 / 附近 are not "近 3".
_NOT_QUALIFIER_AFTER = {
    "约": "签合预节公条制邀履特相",
    "近": "最附亲靠临",
    "超": "赶",  # 赶超: catching up; 提高超30% is over 30%
    "破": "打攻击爆冲",  # 打破3项纪录 is no floor
}


@dataclass(frozen=True)
class Quantity:
    """One number-with-unit expression at ``sentence[start:end]``."""

    start: int  # includes a qualifier written before the number
    end: int  # includes 以上/左右 written after the unit
    number_start: int
    unit_start: int
    unit_end: int
    raw_text: str
    value: float
    unit: Unit
    unit_name: str  # unit.unit, or a rate such as 元/吨
    qualifier: str | None
    has_prefix_qualifier: bool
    chinese: bool  # numeral written in Chinese characters
    numeral: str
    nonstandard: bool
    bare: bool


def find_quantities(sentence: str) -> list[Quantity]:
    """All number + unit expressions of ``sentence``, left to right."""
    found: list[Quantity] = []
    listed: list[re.Match[str]] = []  # 0.8、2.0、2.8个百分点: numbers waiting for the unit
    for match in _NUMERAL.finditer(sentence):
        if found and match.start() < found[-1].unit_end:
            continue  # 18万个: the 万 was already read as 18's multiplier
        if found and (timed := _with_hundredths(sentence, found[-1], match)):
            found[-1] = timed  # 400米38秒15: a race time in seconds and hundredths
            continue
        quantity = _read_quantity(sentence, match)
        if quantity is None:
            # 40和80厘米的“大小行”: two figures joined by 和 share the unit as a list does
            if match.lastgroup == "arabic" and sentence.startswith(
                (*_LIST_MARKS, "和"), match.end()
            ):
                listed = [*listed, match] if _follows(listed, match) else [match]
            else:
                listed = []
            continue
        if listed and _follows(listed, match) and match.end() == quantity.unit_start:
            found.extend(_with_shared_unit(item, quantity) for item in listed)
        listed = []
        found.append(quantity)
    found = _with_range_starts(sentence, _compound_spans(sentence, found))
    return _one_in_every(
        sentence,
        _every_part_shortened(
            sentence, _per_denominators(sentence, _with_completed_units(sentence, found))
        ),
    )


# 8秒64！, 2分21秒64: a race time writes hundredths of a second after 秒
_HUNDREDTHS = re.compile(r"\d{2}(?![\d.%\u4e00-\u9fff])")


def _with_hundredths(sentence: str, seconds: Quantity, match: re.Match[str]) -> Quantity | None:
    """38秒15: two digits right after a figure in 秒, with no unit of their own, are the
    hundredths of that figure (a race time), not a figure of their own."""
    if seconds.unit.unit != "秒" or seconds.qualifier or match.start() != seconds.end:
        return None
    hundredths = _HUNDREDTHS.match(sentence, match.start())
    if hundredths is None or not seconds.value.is_integer():
        return None
    end = hundredths.end()
    return replace(
        seconds,
        end=end,
        raw_text=sentence[seconds.start : end],
        value=seconds.value + int(hundredths.group()) / 100,
    )


# A larger unit then a smaller one written together is one span in the smaller unit:
# 仅用1年3个月的时间, 以50分26秒的成绩, 平均每1分43秒 (分 before 秒 is minutes, not a score).
_COMPOUND_SPANS = {("年", "个月"): 12, ("小时", "分钟"): 60, ("分", "秒"): 60, ("分钟", "秒"): 60}
_COMPOUND_SPAN_MAX = 100  # 2025年3个月 would be no span


def _compound_spans(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """1年3个月, 50分26秒: a larger unit then a smaller one written together is one span,
    in the smaller unit."""
    result: list[Quantity] = []
    for quantity in found:
        larger = result[-1] if result else None
        factor = larger and _COMPOUND_SPANS.get((larger.unit.unit, quantity.unit.unit))
        if (
            larger is not None
            and factor
            and larger.end == quantity.start
            and larger.qualifier is None
            and quantity.qualifier is None
            and larger.value.is_integer()
            and larger.value < _COMPOUND_SPAN_MAX
            and quantity.value < factor
        ):
            result[-1] = replace(
                quantity,
                start=larger.start,
                number_start=larger.number_start,
                raw_text=sentence[larger.start : quantity.end],
                value=larger.value * factor + quantity.value,
            )
        else:
            result.append(quantity)
    return result


# 每用10度电, 每卖出10辆汽车: a verb may stand between 每 and the whole counted
EVERY_VERBS = "用|卖出?|售出|生产|销售|消费|使用|外送|发"
_EVERY_BEFORE = re.compile(rf"每(?:{EVERY_VERBS})?$")
_EVERY_REACH = 3  # characters: 每 and its verb before the whole


def _every_start(sentence: str, whole: Quantity) -> int | None:
    """Where 每 opens the phrase of ``whole`` (每4辆, 每用10度电), or None."""
    every = _EVERY_BEFORE.search(sentence, max(0, whole.start - _EVERY_REACH), whole.start)
    return every.start() if every else None


# 每3台‘退役’的新能源汽车，就有1台…: between the two counts of one classifier
_EVERY_THEN_PART = re.compile(r"[^，。；！？]{0,14}?，?就?有")  # 每4辆摩托就有1辆, 每5条大黄鱼有4条
_MAX_EVERY_THEN_PART = 17
_EVERY_THEN_BARE = re.compile(r"[^，。；！？]{0,14}?，?就?")
_ABOUT_HAVING = ("约有", "近有", "大约有")


def _recent(result: list[Quantity], since: int):
    """Indices of the quantities ending at ``since`` or later, newest first: only those
    can open the phrase, so a line of thousands of figures is not rescanned per figure."""
    k = len(result) - 1
    while k >= 0 and result[k].end >= since:
        yield k
        k -= 1


_FEW_PEOPLE = 100


def _counted_alike(whole: Quantity, part: Quantity) -> bool:
    """每4辆…就有1辆, 每5个人中就有1名: the part counted as the whole is (people may be
    counted with another word)."""
    if whole.unit.category == part.unit.category == "people":
        return whole.value <= _FEW_PEOPLE  # 每10万人中有3名医生 is a density, no share
    if whole.unit.unit in _SHARED_ENERGY:
        return whole.unit.unit == part.unit.unit  # 每10千瓦时电中有近4千瓦时是绿电
    return whole.unit.classifier and whole.unit.written == part.unit.written


_SHARED_ENERGY = ("千瓦时", "度")


def _one_in_every(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """全国每4辆摩托就有1辆是“重庆造”: one in four, a share of 25 %, read as one figure
    over the whole phrase, numbers inside it dropped (每4块三元锂电池). Every 3 minutes a
    tractor is a rate, not a share: its two counts are of different units."""
    result: list[Quantity] = []
    for quantity in found:
        every = next(
            (
                k
                for k in _recent(result, quantity.start - _MAX_EVERY_THEN_PART)
                if _every_start(sentence, result[k]) is not None
                and _counted_alike(result[k], quantity)
                and result[k].value > quantity.value
                and (
                    _EVERY_THEN_PART.fullmatch(sentence, result[k].end, quantity.start)
                    # 每5件毛衣约有1件: the part's qualifier before 有 is read with it
                    or (
                        quantity.raw_text.startswith(_ABOUT_HAVING)
                        and _EVERY_THEN_BARE.fullmatch(sentence, result[k].end, quantity.start)
                    )
                )
            ),
            None,
        )
        if every is None:
            result.append(quantity)
            continue
        whole = result[every]
        start = _every_start(sentence, whole)
        result[every:] = [
            replace(
                quantity,
                start=start,
                number_start=whole.number_start,
                numeral=whole.numeral,
                raw_text=sentence[start : quantity.end],
                value=quantity.value * 100 / whole.value,
                unit=_PERCENT,
                unit_name="%",
                qualifier=quantity.qualifier,  # 每10千瓦时电中有近4千瓦时: nearly 40 %
                has_prefix_qualifier=False,
            )
        ]
    return result


_SHORTENED_PART = re.compile(
    r"[^，。；！？]{0,8}?，?就?有(?P<qualifier>近|约|超过|超)?(?P<number>\d+(?:\.\d+)?)"
)
_PART_QUALIFIERS = {"超过": "超"}


def _every_part_shortened(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """每用10度电就有近4度是绿电: a share whose part is written with the whole's unit cut
    to its first character (度 alone would read as a temperature)."""
    result = list(found)
    for k, whole in enumerate(found):
        written = whole.unit.written
        start = _every_start(sentence, whole)
        if len(written) < 2 or start is None:
            continue
        part = _SHORTENED_PART.match(sentence, whole.end)
        if not part or not sentence.startswith(written[0], part.end()):
            continue
        if any(whole.end <= q.start < part.end() for q in found) or whole.value <= float(
            part["number"]
        ):
            continue
        end, qualifier = part.end() + 1, part["qualifier"]
        if sentence.startswith("多", end):
            qualifier, end = qualifier or "多", end + 1  # 就有1度多是绿电: a third and more
        result[k] = replace(
            whole,
            start=start,
            end=end,
            raw_text=sentence[start:end],
            value=float(part["number"]) * 100 / whole.value,
            unit=_PERCENT,
            unit_name="%",
            qualifier=_PART_QUALIFIERS.get(qualifier, qualifier),
            has_prefix_qualifier=False,
        )
    return result


# 售价1.98万至2.08万元, 年薪25万至50万元: the start of a range keeps its multiplier and
# borrows the unit written once after the end.
_RANGE_START_WITH_CHAIN = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万亿|亿|万)(?:至|到|—|－|-|～|~)$")


# 设立两到三名管水员: a one-character start of a range of counts in words
_WORD_RANGE_START = re.compile(
    r"(?<![\d一二两三四五六七八九十百千万亿第])([一二两三四五六七八九])(?:到|至)$"
)


def _with_range_starts(sentence: str, found: list[Quantity]) -> list[Quantity]:
    result: list[Quantity] = []
    for quantity in found:
        start = _RANGE_START_WITH_CHAIN.search(
            sentence, max(0, quantity.start - 16), quantity.start
        )
        if start and (not result or result[-1].end <= start.start()) and quantity.unit.written:
            number, chain = start.group(1), start.group(2)
            value = float(amount_value(number, chain).value) * quantity.unit.scale
            raw_text = number + chain
            result.append(_borrowing_unit(quantity, start.start(), raw_text, number, value))
        elif (
            quantity.chinese
            and len(quantity.numeral) == 1
            and quantity.unit.written
            and (
                word := _WORD_RANGE_START.search(
                    sentence, max(0, quantity.start - 2), quantity.start
                )
            )
            and (not result or result[-1].end <= word.start())
        ):
            number = word.group(1)
            value = float(amount_value(number).value) * quantity.unit.scale
            if value < quantity.value:
                result.append(_borrowing_unit(quantity, word.start(), number, number, value))
        result.append(quantity)
    return result


_ONE_OF_ANOTHER = re.compile(r"(?:^|[、，])(?:一|1)[\u4e00-\u9fff]")


def _per_denominators(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``每千克25至35元`` is 25 and 35 元/千克, as ``682元/吨`` is 元/吨: the 每 written
    before a figure (or before the first end of its range) names the rate's denominator."""
    denominator = None
    price: tuple[str, float, str] | None = None  # denominator, value, unit
    for k, quantity in enumerate(found):
        between = sentence[found[k - 1].unit_end : quantity.start] if k else ""
        # 一斤酒水20元、一包香烟8元: one of another unit opens a price of its own
        another_one = _ONE_OF_ANOTHER.search(between)
        # 每千克25至35元, 产量从每亩800斤提升至6000斤: both ends are per 亩
        joined = (
            k
            and not another_one
            and (
                between in _LIST_MARKS
                or _MOVES_TO.fullmatch(between)
                # 每亩补贴良种17公斤、专用配方肥15公斤: items of one list, each per 亩
                # 每亩铺入10立方米腐熟牛粪、20立方米草炭土: or named after the figures
                # 每亩节水50至100立方米、减少化肥施用2至3公斤: amounts of two goods
                or (
                    (_ITEM_NAMED.fullmatch(between) or _ITEM_NAMED_AFTER.fullmatch(between))
                    and (
                        quantity.unit == found[k - 1].unit
                        or (_goods_amount(quantity) and _goods_amount(found[k - 1]))
                    )
                )
                # 每亩分别施肥59.4公斤和66公斤: two figures of one rate joined by 和
                or (between in ("和", "与", "及", "或") and quantity.unit == found[k - 1].unit)
            )
        )
        if m := _PER_BEFORE.search(sentence, max(0, quantity.start - 8), quantity.start):
            denominator = m["per"] or m["one"]
        elif m := _PER_TIME_BEFORE.search(
            sentence, max(0, quantity.start - 4), quantity.start
        ) or _PER_TIME_MEASURE.search(sentence, max(0, quantity.start - 14), quantity.start):
            denominator = m["per"]  # 流量是每秒23.20立方米: a flow, in 立方米/秒
        elif _rate_with_words_between(quantity) and (
            m := _PER_WITH_MEASURE.search(sentence, max(0, quantity.start - 16), quantity.start)
        ):
            # 每亩成本还降低约15元: money per 亩, its measure between; 每亩虾塘产出100多斤:
            # a yield
            denominator = m["per"]
        elif quantity.unit.unit in _CONTENT_WEIGHTS and (
            m := _CONTENT_OF_ONE.search(sentence, max(0, quantity.start - 24), quantity.start)
        ):
            denominator = m["per"]  # 1吨阴极铜的杂质含量不超过65克, 每吨铜板仅含18克: 克/吨
        elif quantity.unit.category == "money" and (
            m := COST_OF_ONE.search(sentence, max(0, quantity.start - 14), quantity.start)
        ):
            denominator = m["one"]  # 旋耕一亩地的费用从160元降到130元: per 亩
        elif quantity.unit.category == "money" and (
            m := GOODS_PRICED.search(sentence, max(0, quantity.start - 6), quantity.start)
        ):
            denominator = m["weight"]  # 1公斤青枣5元: per 公斤
        elif (
            not joined
            and not another_one
            and price
            and quantity.unit.unit == price[2]
            and "，" in between
            and "每" not in between
            and price[1] / _PRICE_SPREAD <= quantity.value <= price[1] * _PRICE_SPREAD
        ):
            # 每斤0.7—0.9元，中果0.4—0.5元，次果仅0.2—0.3元: the next grades' prices, per 斤 too;
            # 每百克梅山猪奶的蛋白质含量达10.6克，大白猪奶高达16.7克: the next kind's content
            denominator = price[0]
        elif not joined:
            denominator = None
        per = denominator
        after = (
            _PER_AFTER.match(sentence, quantity.end) if quantity.unit.category == "money" else None
        )
        if not per and after:
            per = after["one"] or after["every"]  # 苹果30元一斤: the price of one 斤
        if per and quantity.unit_name == quantity.unit.unit and quantity.unit.written:
            per = _denominator_name(per)  # 每度电多收一角钱: a 度 is a kilowatt-hour
            found[k] = replace(quantity, unit_name=f"{quantity.unit_name}/{per}")
            if after and after["every"] == per:
                end = after.end()  # 2元每公斤: the rate written after the figure is part of it
                found[k] = replace(found[k], end=end, raw_text=sentence[quantity.start : end])
        if per in YIELD_WEIGHTS and quantity.unit.category == "money":
            price = (per, quantity.value, quantity.unit.unit)  # a price per weight of goods
        elif per == "百克" and quantity.unit.unit in _CONTENT_WEIGHTS:
            price = (per, quantity.value, quantity.unit.unit)  # a content per 100 grams
    return found


# 、专用配方肥: the next list item's own name, no total (、总产量, 、全村) among its words
_ITEM_NAME = r"(?![^、]*[总全共累合])[\u4e00-\u9fff]{1,8}"
_ITEM_NAMED = re.compile("、" + _ITEM_NAME)
_ITEM_NAMED_AFTER = re.compile(_ITEM_NAME + "、")  # 10立方米腐熟牛粪、20立方米…: after the figure


def _goods_amount(quantity: Quantity) -> bool:
    # Not money: 每亩增产100斤、带动增收2000元 earns the 2000元 in all, not per 亩
    return quantity.unit.unit in (*YIELD_WEIGHTS, "立方米")


def _rate_with_words_between(quantity: Quantity) -> bool:
    # 每亩铺入10立方米腐熟牛粪: a volume applied per 亩 is a rate too
    return quantity.unit.category == "money" or _goods_amount(quantity)


def _with_completed_units(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``提高2.1个、0.8个百分点``: a list item whose unit is the start of the next item's
    (个 of 个百分点) is written short; it takes the full unit, right to left along the list."""
    for k in range(len(found) - 2, -1, -1):
        this, nxt = found[k], found[k + 1]
        if (
            sentence[this.unit_end : nxt.start]
            in ("、", "和", "与", "至", "到")  # 1.3个和2.8个百分点
            and nxt.unit.written.startswith(this.unit.written)
            and len(nxt.unit.written) > len(this.unit.written)
            and this.end == this.unit_end
        ):
            value = this.value / this.unit.scale * nxt.unit.scale
            found[k] = replace(this, unit=nxt.unit, unit_name=nxt.unit_name, value=value)
    return found


# Only amounts of goods: 每年/每人 before a figure say how often or for whom, and the
# figure keeps its own unit (每年投入100亿元 is 100亿元).
PER_UNITS = (
    # 每百斤155元: grain is priced per 100 斤; 镀锌管每米171元: pipe by length; 每百克…含量
    "千瓦时|平方米|立方厘米|立方米|千克|公斤|吨|百斤|斤|百克|克|升|亩|度|公里|米"
)
# What one 吨 (or 每吨) of a material contains, in 克: an impurity or nutrient content.
_CONTENT_WEIGHTS = ("克", "毫克", "微克")
# The words between the 吨 and the weight it contains (阴极铜的杂质含量不超过); not_facts.py
# uses them to tell that 1吨 is the denominator.
CONTENT_OF = r"[^\d，。；、！？]{0,12}?含[^\d，。；、！？]{0,6}"
_CONTENT_OF_ONE = re.compile(
    rf"(?:每|(?<![\d.])1|(?<![一二三四五六七八九十])一)(?P<per>{PER_UNITS}){CONTENT_OF}$"
)
# 每亩成本还降低约15元: money per 亩 with the measure's words between.
# 每亩玉米的年灌溉用水量从以前的近千立方米: the start of a move after its measure
_PER_WITH_MEASURE = re.compile(
    rf"每(?P<per>{PER_UNITS})[^\d，。；、！？]{{1,12}}(?:从(?:以前|过去|原来)?的?)?$"
)
# 产量从每亩800斤提升至6000斤: the end of a move shares the start's denominator.
_MOVES_TO = re.compile(
    r"(?:提升|提高|增加|增长|下降|降低|减少|缩小|扩大|上升|跃升|降|涨|上涨)(?:至|到)"
    r"(?:如今|现在|目前)?的?(?:均价)?"  # 收购价从每斤4至6元涨到均价10元
)
# What follows one unit of goods when its price is said: 1吨卖3000多元, 一斤苹果售价8元,
# 一公斤鲜果只卖两元左右, 一吨糖出厂价5000多元 (the goods, then a sale or a price word).
SALE_OF_ONE = (
    r"(?P<goods>[\u4e00-\u9fff]{1,4}?)??(?:只|仅|才|就)?能?"
    r"(?P<sale>卖到|卖出|卖|售|(?:出厂|收购|零售|批发|销售)?(?:售价|价格|价))"
    r"(?:为|达|约|在|不到|不足|仅|只有|才|近)?"  # 1吨价格不到500元
)
# The price of one unit of goods is a rate too; 一度售价 (once priced at) is not per 度.
_PER_BEFORE = re.compile(
    rf"(?:每(?P<per>{PER_UNITS})(?:只有|仅有|约为|仅为|高达|为|达|约|仅|只)?"  # 每千克只有22毫克
    r"(?:(?:能|可|可以)?(?:卖到|卖出|卖))?"  # 品相较好的西瓜每斤能卖到0.4元
    rf"|(?:(?<![\d.])1|(?<![一二三四五六七八九十])一)(?!度(?:卖|售|价))(?P<one>{PER_UNITS})"
    rf"{SALE_OF_ONE})$"
)
# 旋耕一亩地的费用从160元, 收割一亩地只要80元, 托管1亩地花不到500元, 夏收一亩地55元: the cost
# of one unit;
# 一亩地净收入超过2000元, 一亩顶多挣1500元: what one unit earns.
COST_AFTER_ONE = (
    # 一斤杨梅的附加值已从过去的十元: the goods named, what one of them yields, from when
    r"(?:[地田]|(?P<thing>[\u4e00-\u9fff]{2,3})(?=的))?"
    r"(?:的?(?P<cost>费用|成本|租金|收费|服务费|作业费|运费|价钱|价格|净收入|纯收入|收入|收益|附加值|年?产值)"
    # 一亩地年产值能到8万元: what one 亩 yields in a year
    r"(?:已经?)?(?:从(?:过去|以前|原来)?的?|为|是|达|约|在|仅|只有|才|就要|要|能到|能达到|可达)?"
    r"|(?:顶多|最多|至少|少说)?(?:只要|只需|仅需|仅要|就要|要|花|(?P<earned>能挣|挣|能赚|赚))"
    r"|(?<=[地田])"  # 夏收一亩地55元，播种一亩地20元: the fee for one 亩, nothing between
    r"|(?<=斤)"  # 普通红薯一斤1.2元左右: the price of one 斤, nothing between
    r"|(?P<priced>[\u4e00-\u9fff]{1,4}?)(?:就要|要|得))"  # 一斤榴莲要30多元: the goods
)
# 1公斤青枣5元，1公斤西红柿1.5元: one weight, the goods named (no verb), then the price
GOODS_NAMED = r"(?P<named>(?:(?![卖售要挣能可只就得花收费价本])[\u4e00-\u9fff]){1,3})"
GOODS_PRICED = re.compile(
    rf"(?:(?<![\d.])1|(?<![一二三四五六七八九十])一)(?P<weight>{'|'.join(YIELD_WEIGHTS)})"
    rf"{GOODS_NAMED}$"
)
COST_OF_ONE = re.compile(
    rf"(?:(?<![\d.])1|(?<![一二三四五六七八九十])一)(?P<one>{PER_UNITS}){COST_AFTER_ONE}$"
)
# 苹果30元一斤, 电费0.5元一度电; not 股价30元一度跌破 (一度: at one time).
_PER_AFTER = re.compile(
    rf"的?(?:1|一)(?!度(?!电|[，。；、！？]|$))(?P<one>{PER_UNITS})"
    rf"|每(?P<every>{PER_UNITS})(?![\d一二两三四五六七八九十])"  # 2元每公斤 (not 每斤5元)
)
# 每秒23.20立方米, 每小时60公里: a flow or a speed, when 每 and the span touch the figure
# (每小时处理200吨 says how much work an hour takes, read as 200吨).
_PER_TIME_BEFORE = re.compile(r"每(?P<per>秒|分钟|小时)钟?$")
# 每分钟转速高达1800转: a speed named between the span and the figure
_PER_TIME_MEASURE = re.compile(
    r"每(?P<per>秒|分钟|小时)钟?[\u4e00-\u9fff]{0,4}?(?:转速|速度|流量|流速|风速)"
    r"(?:为|达|达到|可达|高达|约)?$"
)
# Prices of the next grades of goods are of the same order as the first (a sum earned is not).
_PRICE_SPREAD = 5
# 0.8、2.0、2.8个百分点 / 每千克25至35元: numbers that share the unit of the last one.
_LIST_MARKS = ("、", "至", "到", "～", "~", "—", "－", "–", "-")


def _follows(listed: list[re.Match[str]], match: re.Match[str]) -> bool:
    return not listed or listed[-1].end() + 1 == match.start()


def _with_shared_unit(match: re.Match[str], last: Quantity) -> Quantity:
    """A list item that borrows the unit written once after the last item."""
    value = float(arabic_value(match.group())) * last.unit.scale
    return _borrowing_unit(last, match.start(), match.group(), match.group(), value)


def _borrowing_unit(
    last: Quantity, start: int, raw_text: str, numeral: str, value: float
) -> Quantity:
    """The figure ``raw_text`` at ``start``, with no unit of its own, read in ``last``'s."""
    end = start + len(raw_text)
    return replace(
        last,
        start=start,
        end=end,
        number_start=start,
        unit_start=end,
        unit_end=end,
        raw_text=raw_text,
        value=value,
        qualifier=None,
        has_prefix_qualifier=False,
        numeral=numeral,
    )


@dataclass(frozen=True)
class _Reading:
    """One way to split the text after a numeral into multipliers and unit."""

    mantissa_end: int
    chain: str
    approx: str | None
    unit_pos: int
    unit: Unit


def _read_quantity(sentence: str, match: re.Match[str]) -> Quantity | None:
    kind = match.lastgroup
    if kind in ("percent", "fraction", "chinese_fraction"):
        number = Number(parse_number(match.group()))
        return _build(sentence, match.start(), match.group(), number, None, None, match.end())
    if kind == "half":
        return _half(sentence, match)
    if kind == "doublings":
        # the figure reads from 翻, so the measure before it is named without the verb
        start = sentence.rindex("翻", 0, match.start())
        times = Number(2.0 ** parse_number(match.group()[0]))
        return _build(sentence, start, match.group()[0], times, None, _DOUBLINGS, match.end() - 1)
    if kind == "half_hour":
        hour = Unit(match.group()[1:], "小时", "other")  # 小时 or 个小时
        return _build(sentence, match.start(), "半", Number(0.5), None, hour, match.start() + 1)
    if kind == "half_month":
        month = UNITS["个月"]
        return _build(sentence, match.start(), "半", Number(0.5), None, month, match.start() + 1)
    if kind == "half_century":
        century = Unit("半个世纪", "年", "other")
        return _build(sentence, match.start(), "半", Number(50.0), None, century, match.start())
    if kind == "half_year":
        return _build(sentence, match.start(), "半", Number(6.0), None, _HALF_YEAR, match.start())
    numeral = match.group()
    if kind == "chinese" and (
        _NEIGHBOUR_DIGITS.fullmatch(numeral)
        or (numeral == "一两" and _ONE_OR_TWO_COUNTED.match(sentence, match.end()))
    ):
        return _neighbour_range(sentence, match)
    if kind in ("arabic", "chinese") and (spoken := _spoken_hundred_millions(sentence, match)):
        return spoken
    if kind in ("arabic", "chinese") and (span := _span_with_more(sentence, match)):
        return span
    if sentence.startswith("日", match.end()) and _SPAN_BEFORE_DAYS.search(
        sentence, max(0, match.start() - 8), match.start()
    ):
        number = amount_value(numeral, "")
        if number is not None:  # 许可时限缩短到5日: a span of days, not the 5th
            return _build(sentence, match.start(), numeral, number, None, _DAYS, match.end())
    # A Chinese run may end in chars that belong to the unit: 十万千瓦 = 十万 + 千瓦.
    give_back = len(numeral) - len(numeral.rstrip(_CHAIN_CHARS)) if kind == "chinese" else 0
    readings = [
        reading
        for back in range(min(give_back, len(numeral) - 1) + 1)
        for reading in _unit_readings(sentence, match.end() - back)
    ]
    if not readings:
        if kind != "arabic":  # 注册用户超千万: a Chinese amount in 万/亿 the measure names
            return _unit_named_before(sentence, match) if numeral[-1] in "万亿" else None
        return (
            _unitless(sentence, match)
            or _ratio_to_one(sentence, match)
            or _people_counted_after(sentence, match)
            or _unit_named_before(sentence, match)
        )
    # The longest unit wins (3.5亿千瓦时 is 亿 + 千瓦时, not 亿千 + 瓦时); then the
    # reading that keeps most characters in the number.
    best = max(readings, key=lambda r: (len(r.unit.written), r.mantissa_end, len(r.chain)))
    mantissa = sentence[match.start() : best.mantissa_end]
    number = amount_value(mantissa, best.chain)
    if number is None:
        return None
    unit = best.unit
    if unit.written == "块" and _spoken_yuan(sentence, match.start(), best.unit_pos + 1):
        unit = _SPOKEN_YUAN
    return _build(sentence, match.start(), mantissa, number, best.approx, unit, best.unit_pos)


def _spoken_hundred_millions(sentence: str, match: re.Match[str]) -> Quantity | None:
    """去年出口5个多亿, 投资两个亿: speech counts 亿 with 个 and leaves 元 unsaid. Read as
    written, 5个 would count nothing."""
    spoken = _SPOKEN_YI.match(sentence, match.end())
    if spoken is None or unit_at(sentence, spoken.end()) is not None:
        return None
    number = amount_value(match.group(), spoken["chain"])
    if number is None or number.value == 0:
        return None  # 0个亿 says nothing
    magnitude = float(multiplier_value(spoken["chain"])[0])
    number = Number(number.value + (magnitude / 2 if spoken["half"] else 0))
    more, end = spoken["more"], spoken.end()
    return _build(sentence, match.start(), match.group(), number, more, _UNSAID_YUAN, end)


# 六七千元, 两三天, 七八十万元: two neighbouring digits say "six or seven thousand".
# 三五条广告片: three to five, as 七八天 (三五成群 is an idiom)
_NEIGHBOUR_PAIR = re.compile(r"一二|两三|二三|三四|四五|五六|六七|七八|八九")
_NEIGHBOUR_DIGITS = re.compile(
    r"(?:一二|两三|二三|三四|三五(?!成群)|四五|五六|六七|七八|八九)[十百千万亿]*"
    r"|一两[十百千万亿]+"  # 一两千台, 一两百万台 (一两 alone may be a 两 of weight)
    rf"|[一二三四五六七八九]?十(?:{_NEIGHBOUR_PAIR.pattern})"  # 十七八个版本
    rf"|[一二三四五六七八九][百千](?:{_NEIGHBOUR_PAIR.pattern})[十百]"  # 长一百五六十米
)
# 一两名工人, 一两个月: one or two; not 一两黄金 (one 两 of gold)
_ONE_OR_TWO_COUNTED = re.compile(
    r"个|名|位|次|天|年|家|件|人|只|条|项|岁|种|户|场|周|趟|遍|分钟|小时|台|例|辆|套|株"
    r"|公里|米(?![饭粮粉酒面])"  # 窄处仅一两米 (not 一两米饭, a 两 of rice)
)


def _neighbour_range(sentence: str, match: re.Match[str]) -> Quantity | None:
    """六七千元 is read as its upper end (7000元, 约), as 3—5天 gives 5天 its measure; the
    lower end is left out, a reader's guess more than a figure of its own."""
    pair = _NEIGHBOUR_PAIR.search(match.group())
    if pair and pair.start() > 0:
        return _inner_neighbour_range(sentence, match, match.start() + pair.start())
    upper = _NUMERAL.match(sentence, match.start() + 1)
    quantity = _read_quantity(sentence, upper) if upper else None
    if quantity is None:
        return None
    return replace(
        quantity,
        start=match.start(),
        raw_text=sentence[match.start() : quantity.end],
        qualifier=quantity.qualifier or "约",
    )


def _inner_neighbour_range(sentence: str, match: re.Match[str], lower: int) -> Quantity | None:
    """十七八个版本 is read as 十八个 (约), 一百五六十米 as 一百六十米: the upper end is read
    from the sentence with the first of the two neighbouring digits (at ``lower``) left out."""
    shorter = sentence[:lower] + sentence[lower + 1 :]
    upper = _NUMERAL.match(shorter, match.start())
    quantity = _read_quantity(shorter, upper) if upper else None
    if quantity is None or quantity.end <= lower:
        return None
    end = quantity.end + 1
    return replace(
        quantity,
        end=end,
        number_start=match.start(),
        unit_start=quantity.unit_start + 1,
        unit_end=quantity.unit_end + 1,
        raw_text=sentence[match.start() : end],
        qualifier=quantity.qualifier or "约",
    )


def _span_with_more(sentence: str, match: re.Match[str]) -> Quantity | None:
    """仅用1个多月, 两个半小时: 多/半 between 个 and the unit of time. Read as written,
    1个 would count nothing and 多月 would be lost."""
    span = _SPAN_WITH_MORE.match(sentence, match.end())
    value = parse_number(match.group()) if span else None
    if span is None or value is None:
        return None
    if span["whole"]:
        unit = replace(UNITS[span["whole"]], written=span.group())  # 年半: read as 年
        return _build(
            sentence, match.start(), match.group(), Number(value + 0.5), None, unit, span.start()
        )
    unit = UNITS[_TIME_AFTER_GE[span["unit"] or span["minute"]]]
    number = Number(value + (0.5 if span["half"] or span["half_min"] else 0))
    unit_pos = span.end() - len(unit.written)  # so that the unit ends where the span does
    more = span["more"] or span["more_min"]
    return _build(sentence, match.start(), match.group(), number, more, unit, unit_pos)


def _spoken_yuan(sentence: str, number_start: int, unit_end: int) -> bool:
    """你卖10块，我就卖9块: 块 right after a verb of buying or selling, ending its clause,
    is spoken yuan; 一块块伞布 and 3块屏幕 count pieces."""
    for spoken in ("多钱", "多", "钱"):  # 一斤能卖9块多, 卖到9块多钱
        if sentence.startswith(spoken, unit_end):
            unit_end += len(spoken)
            break
    closes = unit_end == len(sentence) or sentence[unit_end] in _CLAUSE_ENDS
    return closes and sentence.endswith(_TRADING_VERBS, max(0, number_start - 3), number_start)


def _half(sentence: str, match: re.Match[str]) -> Quantity | None:
    """占总面积的近一半, 一半以上, 超过半数, 占比过半, 约占全市老年人口一半: half as a share
    (50 %). Only with a bound or as the share of a whole (的/占 before it, or 占 and the
    whole): 一半是海水 counts nothing."""
    more = sentence.startswith("多", match.end())  # 一半多订单来自新疆: over half
    end = match.end() + more
    quantity = _build(
        sentence, match.start(), match.group(), Number(50.0), "多" if more else None, None, end
    )
    if quantity.qualifier or sentence[match.start() - 1 : match.start()] in ("的", "占"):
        return quantity
    if bound := _BOUND_THEN_WHOLE.search(sentence, max(0, match.start() - 8), match.start()):
        # 人形机器人整机产品…超全球半数: over half of the world's, the whole between
        return replace(
            quantity,
            start=bound.start(),
            raw_text=sentence[bound.start() : quantity.end],
            qualifier=_PREFIX_QUALIFIERS[bound["bound"]],
            has_prefix_qualifier=True,
        )
    if _SHARE_OF_WHOLE.search(sentence, max(0, match.start() - 12), match.start()):
        return quantity
    if _CHANGED_BY.search(sentence, max(0, match.start() - 6), match.start()):
        return quantity
    listed = sentence[match.start() - 1 : match.start()] in ("、", "和")
    if listed and sentence.startswith("的", match.end()):
        return quantity  # 全国超过1/3的商用车、一半的动车组: a share listed with others
    if _CJK_CHAR.match(sentence, max(0, match.start() - 1)) and _HALF_GOES.match(sentence, end):
        return quantity  # 公司生产的桃酥一半卖给南昌…: half of the goods just named
    return None


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_HALF_GOES = re.compile(r"(?:都|均)?(?:卖给|卖到|销往|销售到|出口到?|来自|用于|供应|流向|发往)")


_BOUND_THEN_WHOLE = re.compile(r"(?P<bound>超过|超|逾|接近|近)(?:全球|全世界|世界|全国|全省|全市)$")
# 时间也减少了一半, 成本降低一半: a change by half of what the clause names
# 时长少了一半, 成本省了一半: the short verbs too, but only with 了 (少一半的人 is no change)
_CHANGED_BY = re.compile(
    r"(?:减少|降低|下降|缩短|缩减|压缩|节省|节约|提高|提升|增加)了?$|(?:少|省|降|减|多|增)了$"
)

# 占全市老年人口一半; 2000万元年产值中，有一半来自茉莉花食品: the whole named before 中;
# 生产订单已经排到了今年12月，其中一半来自海外市场: of those just named
_SHARE_OF_WHOLE = re.compile(
    r"占[^，。；、！？：,;!?]{1,10}$|中[，,]?(?:有|约有|就有)$|其中(?:有|约有)?$"
)


def _unitless(sentence: str, match: re.Match[str]) -> Quantity | None:
    """收入比缩小至2.05: a figure with no unit is a fact only where such a word names it."""
    named = (
        _UNITLESS_MEASURE.search(sentence, max(0, match.start() - 8), match.start())
        or _UNITLESS_FROM.search(sentence, max(0, match.start() - 14), match.start())
        or _UNITLESS_TO.search(sentence, max(0, match.start() - 30), match.start())
        or _PH_BEFORE.search(sentence, max(0, match.start() - 16), match.start())
        or _INDEX_RANGE_END.search(sentence, max(0, match.start() - 40), match.start())
    )
    after = sentence[match.end() : match.end() + 1]
    if named is None or (after and ((after.isascii() and after.isalnum()) or after in "%％:：")):
        return None  # 2.05:1 and 指数为50.3% are read elsewhere, or not at all
    if named.re is _PH_BEFORE:
        unit = _PH
    else:
        unit = _RATIO if named.re is not _INDEX_RANGE_END and named["ratio"] else _INDEX_POINTS
    number = Number(float(arabic_value(match.group())))
    end = match.end() + (unit is _INDEX_POINTS and after == "点")  # 105点: its points
    return _build(sentence, match.start(), sentence[match.start() : end], number, None, unit, end)


def _ratio_to_one(sentence: str, match: re.Match[str]) -> Quantity | None:
    """料蛋比接近2.1∶1: the figure before ∶1 is the ratio's value (1∶1 splits a cost or
    matches funds, and is no measure)."""
    to_one = _TO_ONE.match(sentence, match.end())
    if to_one is None or match.group() == "1":
        return None
    if not _RATIO_NAMED.search(sentence, max(0, match.start() - 60), match.start()):
        return None
    unit = Unit(to_one.group(), _RATIO.unit, _RATIO.category)
    number = Number(float(arabic_value(match.group())))
    return _build(sentence, match.start(), match.group(), number, None, unit, match.end())


def _people_counted_after(sentence: str, match: re.Match[str]) -> Quantity | None:
    for chain_start, chain_end, approx, end in _multiplier_chains(sentence, match.end(), "万亿"):
        if chain_end == chain_start:
            return None  # a bare 300 before 的 says no amount of people
        number = amount_value(match.group(), sentence[chain_start:chain_end])
        if number is None:
            return None
        # 100万以上高校毕业生: the bound (read by _build) stands before the people
        at = end + next((len(w) for w in ("以上", "左右") if sentence.startswith(w, end)), 0)
        if _VISITS_MODIFIED.match(sentence, at):
            return _build(
                sentence, match.start(), match.group(), number, approx, _PERSON_TIMES, end
            )
        if not (
            _PEOPLE_AFTER_DE.match(sentence, at)
            or _PEOPLE_MODIFIED.match(sentence, at)
            or _people_of_a_place(sentence, at)
        ):
            return None
        return _build(sentence, match.start(), match.group(), number, approx, _HEADCOUNT, end)
    return None


def _people_of_a_place(sentence: str, pos: int) -> bool:
    """近15万福建人到宁夏工作: people named by the province or city they come from (not
    福建人民, 福建人才)."""
    for length in (3, 2):  # 黑龙江人, 福建人
        place = gazetteer().by_written.get(sentence[pos : pos + length])
        after = sentence[pos + length : pos + length + 2]
        if place and place.level in ("province", "city") and after[:1] == "人":
            return not after[1:] or after[1:] not in _NOT_PEOPLE_AFTER_REN
    return False


_NOT_PEOPLE_AFTER_REN = "民才员口气工文造大"


def _unit_named_before(sentence: str, match: re.Match[str]) -> Quantity | None:
    """观赛人次突破2000万, 游客人数达3000万, 粉丝数近26万, 浏览量很快突破20万: the measure
    names its unit before an amount in 万/亿 that ends its clause."""
    start = match.start()
    # 观看人数在1万到3万之间: the end of a range is named where its start is
    if first := _RANGE_START_BEFORE.search(sentence, max(0, start - 10), start):
        start = first.start()
    named = _UNIT_NAMED_BEFORE.search(sentence, max(0, start - 12), start)
    if named is None:
        return None
    for chain_start, chain_end, approx, end in _multiplier_chains(sentence, match.end(), "万亿"):
        number = amount_value(match.group(), sentence[chain_start:chain_end])
        closes = end == len(sentence) or sentence[end] in _CLAUSE_ENDS
        closes = closes or sentence.startswith((*_SUFFIX_QUALIFIERS, *_RANGE_MARKS, "之间"), end)
        # 常住人口600多万的贵阳: the population of the place after 的
        closes = closes or (sentence.startswith("的", end) and named.group().endswith("人口"))
        # 注册用户超千万: a Chinese numeral may hold its own 万/亿
        in_numeral = match.lastgroup == "chinese" and match.group()[-1] in "万亿"
        if (chain_end == chain_start and not in_numeral) or number is None or not closes:
            return None
        unit = (
            _UNSAID_YUAN
            if named["money"]
            else _PERSON_TIMES
            if named["noun"] == "人次"
            else _VIEWS
            if named["views"]
            else _TOKENS
            if named["tokens"]
            else _HEADCOUNT
        )
        return _build(sentence, match.start(), match.group(), number, approx, unit, end)
    return None


_KILOWATT_HOURS = Unit("度", "千瓦时", "other")


def _denominator_name(per: str) -> str:
    """The unit a rate is per: a 度 (of electricity) is a kilowatt-hour."""
    return _KILOWATT_HOURS.unit if per == _KILOWATT_HOURS.written else per


# 累计发电3.7万亿度, 外送电量超1.2万亿度: a 度 of electricity, said in the clause before
# (电脑验光误差100度 is a diopter: only words of electricity count)
_ELECTRICITY_BEFORE = re.compile(
    r"(?:发电|电量|用电|电力|供电|售电|购电|绿电|电能|输电|送电|储电|充电|耗电|电耗|节电|省电)"
    r"[^，。；！？,;!?]{0,8}$"
)


# 机器人能180度转腰, 可360度旋转, 旋转90度: an angle turned (not 100度近视, a diopter)
_TURN_AFTER = re.compile(
    r"度(?:的)?(?:转|旋转|扭转|翻转|全景|无死角|环视|视角|弯折|斜坡|陡坡|坡|仰角|夹角|倾角|横摇|纵摇|侧倾)"
)  # 攀爬45度斜坡: a slope; 船体可能出现30度横摇: a roll
_TURN_BEFORE = re.compile(
    r"(?:旋转|转动|扭转|翻转|转了|倾斜|(?:坡度|倾角|夹角)(?:为|达|在|超过|大于)?)"
    r"[\d.零一二两三四五六七八九十百]+[多余]?$"
)  # 坡度30度以上: an angle named before it
_ANGLE = Unit("度", "度", "other")
_ANGLE_REACH = 12  # characters: the turning verb, then the number


def _du_read(sentence: str, pos: int) -> Unit | None:
    """A lone 度 is a kilowatt-hour after words of electricity, an angle next to a turn, and
    otherwise nothing read here (度电 is a unit of its own)."""
    if not sentence.startswith("度", pos) or sentence.startswith("度电", pos):
        return None
    if _ELECTRICITY_BEFORE.search(sentence, max(0, pos - 20), pos):
        return _KILOWATT_HOURS
    turned = _TURN_AFTER.match(sentence, pos) or _TURN_BEFORE.search(
        sentence, max(0, pos - _ANGLE_REACH), pos
    )
    return _ANGLE if turned else None


def _unit_readings(sentence: str, mantissa_end: int):
    """Ways to read ``sentence[mantissa_end:]`` as [多/余][multipliers][多/余] unit."""
    for chain_start, chain_end, mark, unit_pos in _multiplier_chains(sentence, mantissa_end):
        chain = sentence[chain_start:chain_end]
        if mark and chain and chain_end < unit_pos:
            # 1万多亿元: the 多 stands inside the chain (more than 1万亿)
            rest = unit_pos
            while rest < len(sentence) and sentence[rest] in _CHAIN_CHARS:
                rest += 1
            chain, unit_pos = chain + sentence[unit_pos:rest], rest
        unit = unit_at(sentence, unit_pos) or _du_read(sentence, unit_pos)
        if unit is not None:
            yield _Reading(mantissa_end, chain, mark, unit_pos, unit)


_ROUND_ENDINGS = ("十", "百", "千", "0")


def _multiplier_chains(sentence: str, pos: int, chain_chars: str = _CHAIN_CHARS):
    """(chain start, chain end, 多/余 mark, end) for each way to read [多/余][multipliers]
    [多/余] after a mantissa ending at ``pos``: the whole run of multipliers first."""
    approx = None
    if pos < len(sentence) and sentence[pos] in APPROXIMATION_MARKS:
        approx, pos = sentence[pos], pos + 1
    elif sentence[pos : pos + 1] == "来" and sentence[pos - 1 : pos] in _ROUND_ENDINGS:
        approx, pos = "约", pos + 1  # 十来万元, 20来个: about; never after a unit (近3年来)
    run_end = pos
    while run_end < len(sentence) and sentence[run_end] in chain_chars:
        run_end += 1
    for chain_end in range(run_end, pos - 1, -1):
        end, mark = chain_end, approx
        if mark is None and end < len(sentence) and sentence[end] in APPROXIMATION_MARKS:
            mark, end = sentence[end], end + 1
        yield pos, chain_end, mark, end


def _build(
    sentence: str,
    number_start: int,
    numeral: str,
    number: Number,
    approx: str | None,
    unit: Unit | None,
    unit_pos: int,
) -> Quantity:
    """Assemble a Quantity; ``unit`` None means a percent written as words or fraction."""
    if unit is None:
        unit, unit_end = _PERCENT, unit_pos
    else:
        unit_end = unit_pos + len(unit.written)
    unit_name, scale, nonstandard = unit.unit, unit.scale, number.nonstandard
    denominator = rate_denominator_at(sentence, unit_end, unit) if unit.written else None
    if denominator == _KILOWATT_HOURS.written and unit.category != "money":
        denominator = None  # 电价接近1元/度 is per kilowatt-hour; only a price is
    if denominator:
        unit_end += 1 + len(denominator)
        unit_name = f"{unit_name}/{_denominator_name(denominator)}"
    if unit_name == "次/秒" and number.value >= 1e12:
        # 算力规模超166百亿亿次/秒（EFLOPS）: Chinese writes floating-point speed as
        # operations a second with 亿亿 (10^16), which here is standard, not a slip. Fewer
        # than 万亿 (TFLOPS) a second are other events (9万次/秒 of a ticketing system).
        unit_name, scale, nonstandard = "EFLOPS", 1e-18, False
        unit = Unit(unit.written, "EFLOPS", "other")

    mark = sentence[unit_end : unit_end + 1]  # "" at the end: in any string, so test it
    if mark and mark in APPROXIMATION_MARKS and _mark_after_unit(sentence, unit, unit_end):
        approx, unit_end = approx or sentence[unit_end], unit_end + 1  # 三成多, 每斤9毛多
    start, prefix = _prefix_qualifier(sentence, number_start)
    if _over(sentence, start, unit, number) or _up_to(sentence, start, numeral, number):
        start, prefix = start - 1, "超"
    end, suffix = _suffix_qualifier(sentence, unit_end)
    qualifier = approx or prefix or suffix
    sign = 1.0
    if sentence.endswith(_BELOW_ZERO, 0, start):  # no slice: a line may be 1 MB long
        sign, start = -1.0, start - len(_BELOW_ZERO)  # 最低气温零下44.5摄氏度
    elif _minus_before(sentence, number_start) and numeral[:1].isdigit():
        sign = -1.0  # 利润同比增长-0.3% / 指数为－0.7%
        if start == number_start:
            start -= 1
    return Quantity(
        start=start,
        end=end,
        number_start=number_start,
        unit_start=unit_pos,
        unit_end=unit_end,
        raw_text=sentence[start:end],
        # 3毛 is 0.3 元, not 0.30000000000000004: a scaled value keeps 12 significant digits
        value=sign * number.value * scale
        if scale == 1
        else float(f"{sign * number.value * scale:.12g}"),
        unit=unit,
        unit_name=unit_name,
        qualifier=qualifier,
        has_prefix_qualifier=prefix is not None,
        # full-width digits (６万) are Arabic numerals too, only wider
        chinese=not any(char.isdigit() for char in numeral),
        numeral=numeral,
        nonstandard=nonstandard,
        bare=number.bare,
    )


# 经过, 通过, 超过, 越过, 穿过, 不过: verbs of their own, not "over" (进度过两成 is).
_VERBS_ENDING_IN_GUO = ("经", "通", "超", "越", "穿", "不")


def _over(sentence: str, start: int, unit: Unit, number: Number) -> bool:
    """进度过两成 / 产值过亿元 / 采摘量过百万斤: 过 before a share or a bare magnitude (no
    digit) is a threshold passed, as 超 is. Before a count it is mostly the aspect of a
    verb (去过3次); 上千名 and 成百上千 stay vague."""
    return (
        (unit.unit == "%" or number.bare)
        and sentence[start - 1 : start] == "过"
        and sentence[start - 2 : start - 1] not in _VERBS_ENDING_IN_GUO
    )


def _up_to(sentence: str, start: int, numeral: str, number: Number) -> bool:
    """卖上百个, 吸引上万人, 损失上百万元: 上 before a bare 百/千/万 reaches it, as 超 does
    (rounds 64–69, 81 and 85 read it so), 研发投入上百亿元, 年产值上亿元; 上亿款 stays a vague
    crowd."""
    sum_over = numeral == "亿" and sentence.startswith("元", start + 1)
    return (
        number.bare
        and (numeral in ("百", "千", "万", "百万", "千万", "百亿", "千亿") or sum_over)
        and sentence[start - 1 : start] == "上"
        and (
            sentence[start - 2 : start - 1] not in _ENDS_IN_SHANG
            or sentence[start - 3 : start - 1] in _DAYS_BEFORE_SHANG  # 高峰期每天上百名工人
        )
    )


# 成百上千, 成千上万 (a vague crowd), 数百至上千 (a vague range), 线上, 晚上, 以上
_ENDS_IN_SHANG = frozenset("百千至到线网晚早以之马础路身会台面场世楼海岸天地向往北")
# 每天上百名: a day before 上, not 天上 (the sky)
_DAYS_BEFORE_SHANG = ("每天", "当天", "今天", "天天", "全天", "一天")


def _renewal_before(sentence: str, start: int) -> bool:
    """续约 (renewed) before the number, not 持续/继续/连续 + 约 (持续约30天 is about 30)."""
    return sentence[start - 1 : start] == "续" and sentence[start - 2 : start - 1] not in _GOING_ON


_GOING_ON = frozenset("持继连陆延后手断")


def _prefix_qualifier(sentence: str, number_start: int) -> tuple[int, str | None]:
    for word in sorted(_PREFIX_QUALIFIERS, key=len, reverse=True):
        start = number_start - len(word)
        if start >= 0 and sentence[start:number_start] == word:
            if start > 0 and sentence[start - 1] in _NOT_QUALIFIER_AFTER.get(word, ""):
                continue
            if word == "约" and _renewal_before(sentence, start):
                continue  # 与通用汽车续约20年: a renewal, not "about"
            if start > 0 and sentence[start - 1] == "不":
                return start - 1, None  # 不超过8个小时: a ceiling, not 超; no label says "at most"
            return start, _PREFIX_QUALIFIERS[word]
    return number_start, None


def _mark_after_unit(sentence: str, unit: Unit, unit_end: int) -> bool:
    """三成多, 9毛多, 1元多一斤: 多/余 after the unit; for money only where nothing else
    follows (5元多功能卡 is not 多 5元)."""
    if unit.written == "成":
        return True
    after = sentence[unit_end + 1 : unit_end + 2]
    if unit.category in ("length", "other") and not unit.classifier:
        # 3米多高的机甲, 2米多宽的山路, 100米多。: not 多功能 or 多项; 花了一年多时间
        spent = unit.unit in DURATION_UNITS and after == "时"
        return not after or after in _CLAUSE_ENDS or after in _SIZE_AFTER or spent
    return unit.category == "money" and (not after or after in _CLAUSE_ENDS or after in "钱一的")


_SIZE_AFTER = "高长宽深厚粗重的"


# 170多家上下游企业 (upstream and downstream), 两幅左右并立的画像 (left and right): sides, not
# "about"
_SIDES = ("上下游", "左右并", "左右对", "左右两", "左右分", "左右各", "上下两", "上下各")


def _suffix_qualifier(sentence: str, unit_end: int) -> tuple[int, str | None]:
    if sentence.startswith(_SIDES, unit_end):
        return unit_end, None
    for word, label in _SUFFIX_QUALIFIERS.items():
        if sentence.startswith(word, unit_end):
            return unit_end + len(word), label
    return unit_end, None
