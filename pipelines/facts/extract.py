"""Metric facts of one article: per-sentence extraction, then consolidation.

``extract_sentence`` is a pure function of its arguments (it only reads dictionaries
that are loaded once per process), so sentences can be processed in any order or in
parallel; ``extract_article_facts`` adds the article context (section, default
region) and merges repeated mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipelines.facts.consolidate import consolidate
from pipelines.facts.flags import quality_flag
from pipelines.facts.indicator import find_indicators
from pipelines.facts.not_facts import ESTATE_PART, facts_among
from pipelines.facts.periods import find_periods, period_for
from pipelines.facts.phrases import (
    CHANGE,
    GENERIC_MEASURES,
    MEASURE_HEAD_ENDINGS,
    WEAK_INDICATOR,
    Indicator,
    weak_indicator,
    without_change,
)
from pipelines.facts.places import default_region, find_places, listed_regions, region_for
from pipelines.facts.quantities import find_quantities
from pipelines.facts.sentences import split_sentences
from pipelines.models import Fact, Paragraph


def extract_article_facts(paragraphs: list[Paragraph], title: str | None = None) -> list[Fact]:
    """Facts of an article's cleaned paragraphs, repeated mentions merged, in text order."""
    region = default_region([title or ""] + [paragraph.text for paragraph in paragraphs])
    motifs = _MOTIF.findall(title or "") + _formulas(paragraphs)
    names = {n for paragraph in paragraphs for n in _QUOTED_NAME.findall(paragraph.text)}
    buildings = {b for paragraph in paragraphs for b in _ADDRESSED.findall(paragraph.text)}
    section: str | None = None
    sentence_facts: list[list[Fact]] = []
    label: str | None = None  # a short line without figures just before this paragraph
    for paragraph in paragraphs:
        if paragraph.kind == "heading":
            section = paragraph.text
        previous = ""
        said: list[str] = []  # the paragraph's sentences so far
        measure: str | None = None  # 一条曲线，是服务业…的比重。2012年，45.5%；…
        sentences = split_sentences(paragraph.text)
        for k, sentence in enumerate(sentences):
            counted_sayings = _counts_of_phrases_said(sentence, said)
            facts = [
                fact
                for fact in extract_sentence(sentence, section, region)
                if not any(m.startswith(fact.raw_text) and m in sentence for m in motifs)
                and not _restates_a_name(fact, names)
                and fact.raw_text not in buildings
                and not any(c.startswith(fact.raw_text) for c in counted_sayings)
            ]
            said.append(sentence)
            if label and _is_fragment(paragraph.text):
                facts = [_labelled(fact, label) for fact in facts]
            if (
                previous.endswith(_CLAUSE_JOINS)
                or _asks_for_a_figure(previous)
                or (previous and _PERIOD_THEN_FIGURE.search(sentence))
            ):
                facts = _continued(facts, previous, sentence, section, region)
            if previous.endswith(_CLAUSE_JOINS) and sentence_facts:
                facts = [_sibling_of_clause_before(f, sentence_facts[-1]) for f in facts]
            if measure and _DATED_FIGURE.match(sentence):
                facts = [_of_measure(fact, measure) for fact in facts]
            if (named_next := _named_by_next(sentence, sentences[k + 1 : k + 2])) and facts:
                facts = [_renamed(f, named_next) if _names_nothing(f) else f for f in facts]
            if k and (named := _named_by_next(sentences[k - 1], [sentence])):
                # …这分别是…中国汽车的出口量，增长超6倍: the change is that measure's
                facts = [
                    _renamed(f, named + f.indicator) if _bare_change(f.indicator) else f
                    for f in facts
                ]
            if not facts:
                measure = _measure_named(sentence)
            elif not _DATED_FIGURE.match(sentence):
                measure = None
            facts = [_pointed_back(k, facts, sentence_facts) for k in range(len(facts))]
            facts = [_restated_as_topic(fact, sentence_facts) for fact in facts]
            sentence_facts.append(facts)
            previous = sentence
        label = paragraph.text.strip() if _is_label(paragraph.text) else None
    return consolidate(sentence_facts)


# 两片叶子背后的“山海情”: a count the headline makes its hook is the story's motif where
# the body repeats it (两片叶子，原本隔着2000多公里), not a measure.
_MOTIF = re.compile(
    r"[一二两三四五六七八九十]+[个片颗根粒条张件位名只棵本台辆项种类座][\u4e00-\u9fff]{2}"
)


# 四类通道 thirteen times in one article (什么是四类通道？…四类通道各有侧重): a count written
# the same way again and again has become the name of the thing, like a headline's motif.
_MIN_FORMULA_REPEATS = 4


def _formulas(paragraphs: list[Paragraph]) -> list[str]:
    counts = Counter(m for p in paragraphs for m in _MOTIF.findall(p.text))
    return [motif for motif, n in counts.items() if n >= _MIN_FORMULA_REPEATS]


# “戏前三分钟” named in the article, then “三分钟很短，但日积月累…”: a figure that names
# nothing and repeats a quoted name's Chinese numeral speaks of the name.
_QUOTED_NAME = re.compile(r"“([^“”]{2,12})”")


# 湘农桥社区二区9栋 once, then 9栋建于1975年, 在9栋住了32年: the building's name
_ADDRESSED = re.compile(ESTATE_PART + r"(\d+[栋幢])")


# “尽短时间使整个国家‘脱贫’，尽短时间使…”两个“尽短时间”，道出…: a count of a phrase the
# paragraph has just said counts the sayings, not things.
_COUNT_OF_QUOTED = re.compile(r"[两二三四五六七八九十]个“([^”]{1,8})”")


def _counts_of_phrases_said(sentence: str, said: list[str]) -> list[str]:
    """The counts (两个“尽短时间”) in ``sentence`` of a phrase said before them, read once
    per sentence: a line of thousands of figures must not be searched once per figure."""
    return [
        found[0]
        for found in _COUNT_OF_QUOTED.finditer(sentence)
        if found[1] in "".join(said) + sentence[: found.start()]
    ]


def _restates_a_name(fact: Fact, names: set[str]) -> bool:
    chinese = not any(char.isdigit() for char in fact.raw_text)
    return fact.indicator is None and chinese and any(n.endswith(fact.raw_text) for n in names)


# Graphic pages set a measure's name on one line and its figure on the next
# (居民消费价格 / 涨幅2%左右; 粮食产量 / 1.4万亿斤左右).
_MAX_LABEL_CHARS = 20
_CLAUSE_MARKS = set("，。；！？：,;!?:")


def _is_fragment(text: str) -> bool:
    text = text.strip()
    return len(text) <= _MAX_LABEL_CHARS and not _CLAUSE_MARKS & set(text)


def _is_label(text: str) -> bool:
    text = text.strip()
    return bool(text) and _is_fragment(text) and not find_quantities(text)


def _labelled(fact: Fact, label: str) -> Fact:
    """A figure line whose own indicator names no measure takes the label above it."""
    flagged_weak = WEAK_INDICATOR in (fact.quality_flag or "").split(",")
    if not flagged_weak and not _bare_change(fact.indicator):
        return fact
    # A bare change (涨幅) or generic measure completes the label; words guessed from
    # the figure's clause give way to it.
    named = fact.indicator if weak_indicator(fact.indicator) or _bare_change(fact.indicator) else ""
    return _renamed(fact, label + (named or ""))


# 97.73万辆、709.8万辆。这分别是2013年和2025年中国汽车的出口量: figures alone, then the
# sentence after says what they are
_FIGURES_ONLY = re.compile(
    r"[\d.万亿千百]+[\u4e00-\u9fff]{0,2}(?:[、和][\d.万亿千百]+[\u4e00-\u9fff]{0,2})*[。！…]*"
)
_THIS_IS = re.compile(
    r"这(?:分别|也|就)?是(?:(?:\d{4}年|[、和至])+)?(?P<what>[^，。；！？\d]{2,24})"
)
_MAX_FIGURES_ONLY = 40  # characters: a line of figures alone is short


def _named_by_next(sentence: str, following: list[str]) -> str | None:
    """What the sentence after a line of figures alone says they are (这分别是…), or None."""
    if not following or len(sentence) > _MAX_FIGURES_ONLY or not _FIGURES_ONLY.fullmatch(sentence):
        return None
    named = _THIS_IS.match(following[0])
    return named["what"] if named else None


def _renamed(fact: Fact, indicator: str) -> Fact:
    """``fact`` named by ``indicator``, which names a measure: no longer weak."""
    flags = [f for f in (fact.quality_flag or "").split(",") if f and f != WEAK_INDICATOR]
    return replace(fact, indicator=indicator, quality_flag=",".join(flags) or None)


# A semicolon ends a sentence for splitting, not for grammar: the clause after it may
# leave out the subject it shares (地区生产总值…年均增长5.9%；2025年，达到94545亿元).
_CLAUSE_JOINS = ("；", ";")


# Measures a report states in pairs: …基金预算收入338.95亿元，下降11%；支出392.48亿元 is
# that fund's spending.
_SIBLINGS = {"收入": "支出", "支出": "收入", "进口": "出口", "出口": "进口"}


def _sibling_of_clause_before(fact: Fact, before: list[Fact]) -> Fact:
    """A clause after a semicolon that opens on a bare 支出 (or 收入, 进口, 出口) states the
    sibling measure of the subject the clause before named."""
    indicator = fact.indicator or ""
    head = next((h for h in _SIBLINGS if indicator.startswith(h)), None)
    if head is None or not (indicator == head or CHANGE.fullmatch(indicator[len(head) :])):
        return fact
    sibling = _SIBLINGS[head]
    for earlier in before:
        named = without_change(earlier.indicator or "")
        if named.endswith(sibling) and len(named) > len(sibling):
            return replace(fact, indicator=named[: -len(sibling)] + indicator)
    return fact


# 我记得去年是3000亿元: a clause naming only another period restates the measure of the
# sentence before for that period.
_PERIOD_THEN_FIGURE = re.compile(
    r"(?:^|[，,])[^，,。]{0,4}(?:去年|上年|前年|同期|此前|以前|过去|原来)(?:是|为|约为|只有|仅为|才)"
    r"[\d一二两三四五六七八九十百千万]"
)


def _pointed_back(k: int, facts: list[Fact], earlier: list[list[Fact]]) -> Fact:
    """这一比重进一步提升至32%: a generic measure after 这一/该 is the one named before
    (中西部快递业务量占全国比重), earlier in its sentence or in the sentences before."""
    fact = facts[k]
    generic = fact.indicator or ""
    pointer = generic in GENERIC_MEASURES or generic in _BARE_FIGURES
    if not pointer or not any(p + generic in fact.sentence for p in _POINTERS):
        return fact
    # the measure is named close by: a bounded look-back keeps long articles linear
    close_by = [f for facts in earlier[-_POINTED_BACK_SENTENCES:] for f in facts]
    for before in reversed([*close_by, *facts[:k]]):
        named = without_change(before.indicator or "")
        # 城镇化率为53.1%，…，这一数字达到67.9%: a bare 数字 is the last measure in its unit
        bare = generic in _BARE_FIGURES and before.unit == fact.unit
        if named and named != generic and (named.endswith(generic) or bare):
            return _renamed(fact, named)
    return fact


_POINTERS = ("这一", "该", "这个", "此")
_BARE_FIGURES = ("数字", "数据", "数值")  # name no measure of their own


# 各子级直径都是3.35米…。3.35米也是航天行业的典型尺寸: a figure that opens its sentence as
# the topic of 是 says something more about a measure already given
_TOPIC_COPULA = ("也是", "就是", "正是", "是")
_LOOKING_LEAD = re.compile(r"(?:放眼|纵向|横向|对比|对照|比较)[\u4e00-\u9fff]{0,4}，")
_LEAD_REACH = 8  # characters: 纵向对照，
_COMPARED_TO = ("相当于", "约为", "约等于", "等于", "超过")
_TOPIC_REACH = 6  # characters after the figure: ”，也是 / 这个


def _restated_as_topic(fact: Fact, earlier: list[list[Fact]]) -> Fact:
    sentence = fact.sentence
    start = 1 if sentence.startswith("“") else 0  # “1.45万亿斤左右”是…: quoted, the same
    # 放眼全球，3.6万亿元，相当于…: a short lead naming only where one looks from
    lead = _LOOKING_LEAD.match(sentence, 0, _LEAD_REACH)
    framed = lead is not None and sentence.startswith(fact.raw_text, lead.end())
    if framed:
        start = lead.end()
    if not sentence.startswith(fact.raw_text, start):
        return fact  # checked in place: no copy of a long sentence per figure
    end = start + len(fact.raw_text)
    rest = sentence[end : end + _TOPIC_REACH].removeprefix("”")
    # 3.6万亿元，是什么水平？ 3.6万亿元，意味着什么？: a question asked of the figure
    asked = rest.startswith("，") and fact.sentence.rstrip().endswith(("？", "?"))
    # 18天，是…从下单到提车的时间: the comma before 是 changes nothing; 1.45万亿斤左右这个
    # 目标: a pointer back at it
    topic = rest.removeprefix("，").startswith(_TOPIC_COPULA) or rest.startswith(_POINTERS)
    compared = framed and rest.removeprefix("，").startswith(_COMPARED_TO)
    # 2030立方米每秒，数据回传到屏幕上: a figure alone in its clause, naming nothing, is the
    # one given before (the flow just measured)
    alone = start == 0 and rest.startswith("，") and _names_nothing(fact)
    if not topic and not asked and not compared and not alone:
        return fact
    reach = _POINTED_BACK_SENTENCES if topic or asked or compared else _ALONE_REACH
    for before in reversed([f for facts in earlier[-reach:] for f in facts]):
        if (before.value, before.unit) == (fact.value, fact.unit) and before.indicator:
            # the same figure again: its measure, flags and period are the earlier one's
            return replace(
                fact,
                indicator=before.indicator,
                quality_flag=before.quality_flag,
                period=before.period,
            )
    return fact


_POINTED_BACK_SENTENCES = 20
_ALONE_REACH = 3  # sentences: a bare figure restates only one given just before


def _asks_for_a_figure(sentence: str) -> bool:
    """猜猜我家有多少“墩墩”主题文创？超过1000件！, 检测一支药液，需要多久？…0.1秒:
    the figure answers the question."""
    return sentence.endswith(("？", "?")) and any(word in sentence for word in _ASKING_WORDS)


_ASKING_WORDS = ("多少", "多久", "多长时间")


def _continued(
    facts: list[Fact], previous: str, sentence: str, section: str | None, region: str | None
) -> list[Fact]:
    """Facts whose own clause names no measure, read again with the clause before the
    semicolon, which may hold their subject. A reading that still names none changes
    nothing."""
    if not any(_names_nothing(fact) for fact in facts):
        return facts
    joined = extract_sentence(previous + sentence, section, region)[-len(facts) :]
    if [f.raw_text for f in joined] != [f.raw_text for f in facts]:
        return facts  # the join read the figures differently: keep the clause's own reading
    return [
        replace(fact, indicator=again.indicator, quality_flag=again.quality_flag)
        if _names_nothing(fact) and not _names_nothing(again)
        else fact
        for fact, again in zip(facts, joined, strict=True)
    ]


# 一条曲线，是服务业增加值占国内生产总值的比重。: a sentence of no figure naming a measure,
# then 2012年，45.5%；2015年，50.5%: the measure's values by date
_NAMED_MEASURE = re.compile(r"(?:^|[，,])(?:就|正|也|则)?是([^，,。；“”]{4,30})[。；]?$")
_DATED_FIGURE = re.compile(r"^[^，,。；]{0,8}(?:\d{4}年|上半年|下半年|季度|月份?)，")


def _measure_named(sentence: str) -> str | None:
    found = _NAMED_MEASURE.search(sentence)
    return found[1] if found and found[1].endswith(MEASURE_HEAD_ENDINGS) else None


def _of_measure(fact: Fact, measure: str) -> Fact:
    """A dated figure naming nothing of its own is a value of the measure just named."""
    if not _names_nothing(fact) and not _only_a_period(fact.indicator or ""):
        return fact
    return _renamed(fact, measure)


def _only_a_period(text: str) -> bool:
    return bool(
        re.fullmatch(r"(?:今年|去年|\d{4}年)?(?:上半年|下半年|前三季度|一季度|全年)?", text)
    )


def _names_nothing(fact: Fact) -> bool:
    return fact.indicator is None or WEAK_INDICATOR in (fact.quality_flag or "").split(",")


def _bare_change(indicator: str | None) -> bool:
    return bool(indicator) and bool(CHANGE.fullmatch(indicator))


def extract_sentence(sentence: str, section: str | None, default_region: str | None) -> list[Fact]:
    """Facts stated in one sentence."""
    candidates = facts_among(sentence, find_quantities(sentence))
    if not candidates:
        return []  # most sentences: no jieba, no gazetteer work
    places = sorted(find_places(sentence), key=lambda m: m.start)
    in_place_name = {i for place in places for i in range(place.start, place.end)}
    # 七台河, 三门峡: numerals inside a place name are part of the name.
    quantities = [q for q in candidates if q.number_start not in in_place_name]
    if not quantities:
        return []
    indicators = find_indicators(sentence, quantities)
    periods = sorted(find_periods(sentence), key=lambda p: p.start)
    listed = listed_regions(
        sentence, places, [q.start for q in quantities], [q.end for q in quantities]
    )
    facts = []
    for k, (quantity, indicator) in enumerate(zip(quantities, indicators, strict=True)):
        if indicator.name_like:
            continue
        region = (
            listed.get(k) or region_for(sentence, places, periods, quantity.start) or default_region
        )
        # 种植面积、加工产能、产品种类均占全国90%以上: one figure, one fact per measure
        for name in (*indicator.also, _with_theme(indicator.text, sentence)):
            facts.append(
                Fact(
                    value=quantity.value,
                    unit=quantity.unit_name,
                    unit_category=quantity.unit.category,
                    qualifier=quantity.qualifier,
                    indicator=name,
                    region=region,
                    period=period_for(periods, quantity.start),
                    section=section,
                    sentence=sentence,
                    raw_text=quantity.raw_text,
                    quality_flag=_flags(quality_flag(quantity, region), indicator),
                    sentences=[sentence],
                )
            )
    return facts


# 加强公民个人信息司法保护，起诉相关犯罪6142人，办理公益诉讼4456件: a work report opens on a
# campaign's theme and counts its cases with generic nouns after it.
_THEME_OPENING = re.compile(
    r"^(?:加强|持续打击|依法打击|打击|开展|深化|强化|严惩|依法惩治)([^，。；、\d]{2,24})，"
)
_THEME_TAIL = re.compile(r"(?:司法保护|专项监督|监督活动|专项行动|犯罪)$")
_GENERIC_CASES = re.compile(r"(办理|起诉|提起|)(相关)?(公益诉讼|犯罪|案件)(.*)")


def _with_theme(name: str | None, sentence: str) -> str | None:
    generic = _GENERIC_CASES.fullmatch(name or "")
    opening = _THEME_OPENING.match(sentence)
    if not generic or not opening or not (generic[1] or generic[2]):
        return name
    theme = _THEME_TAIL.sub("", opening.group(1))
    verb, _, noun, rest = generic.groups()
    return f"{verb}{theme}{noun}{rest}"


def _flags(quality: str | None, indicator: Indicator) -> str | None:
    """Value flags plus ``weak_indicator`` when the indicator names no measure or is
    only the words around the figure."""
    flags = [quality] if quality else []
    if indicator.guessed or weak_indicator(indicator.text):
        flags.append(WEAK_INDICATOR)
    return ",".join(flags) or None
