"""The noun phrase BEFORE a number: 建成职工书屋898家, 参赛企业2.9万家, 召开率达到100%.

Walks back from a figure over jieba-tagged tokens to the measured noun, past linking
verbs, comparison frames, scope words and governing verbs. The phrase after a number
(classifier + noun) is in noun_after.py; indicator.py chooses between the two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import dropwhile

from pipelines.facts.noun_after import qualifying
from pipelines.facts.phrases import (
    CHANGE,
    COMPARATIVES,
    CONJUNCTIONS,
    COPULAS,
    CUMULATIVE,
    KIND_WORDS,
    LINKING_VERBS_BEFORE_TO,
    LINKING_WORDS,
    LOCATIVES,
    MODALS,
    RELATIVE_STARTS,
    SCOPE_WORDS,
    first_in_place,
    glued_linking,
    is_measure_head,
    strip_linking,
    text_of,
    trim_scope,
)
from pipelines.facts.quantities import Quantity
from pipelines.facts.segmenter import words
from pipelines.facts.tagging import BASIS_MARKS, EXPECTATIONS, Token, nounish_at

_LIST_MARKERS = {"、", "和", "与", "及", "以及"}
_RESULTATIVE_ENDINGS = "成出到了起入完好进"
# Shares are written A占B的比重: 的 stays inside the phrase before these heads; so does
# the group a headcount is of (从事软件行业的人数).
SHARE_HEADS = words("比重 比例 占比 份额 人数")
_WHOLES = words("全国 全球 全世界 世界 全省 全市")
# 按年平均汇率折算达13953美元: a conversion names how, not what, was measured.
_CONVERSIONS = words("折算 计算 换算 测算 核算")
# Verbs that open a clause and govern the measure after them (推动研发投入强度达到…).
_GOVERNING_VERBS = words(
    "实现 推动 保持 确保 完成 促进 力争 推进 带动 使 让 加快 支撑 支撑起 严守 守住 坚守"
)
ATTRIBUTIVE_ENDINGS = ("级", "性", "型", "类", "式")
ALL_OF_THEM = words("均 都 全部 全都")
_PERIOD_NOUNS = ("时期", "期间")
SEASONS = tuple(words("春季 夏季 秋季 冬季 一季度 二季度 三季度 四季度 上半年 下半年"))


def rate_of_change(tokens: list[Token]) -> bool:
    """增速, 增长, 增幅: a noun after 的 that only says the figure is a change."""
    text = text_of(tokens) or ""
    return text in ("增速", "增幅", "涨幅", "降幅") or bool(CHANGE.fullmatch(text))


def distance_to(left: list[Token]) -> list[Token] | None:
    """距离/距/离 + the place it is measured from, ending the clause before a length."""
    stripped = strip_linking(left)
    for k in range(len(stripped) - 2, max(len(stripped) - 5, -1), -1):
        place = stripped[k + 1 :]
        if stripped[k].word in ("距离", "距", "离") and all(
            t.nounish or t.flag == "ns" for t in place
        ):
            return [Token(stripped[k].word, "n"), *place]
    return None


def rate_named_after(tokens: list[Token]) -> list[Token] | None:
    """95%超高/v 双面率: a measure head right after a share, at most one modifier between."""
    for k, token in enumerate(tokens[:2]):
        if is_measure_head(token) and token.word.endswith("率"):
            modifiers = tokens[:k]
            if all(t.flag in ("a", "v", "b") and len(t.word) >= 2 for t in modifiers):
                return [*modifiers, token]
            return None
        if token.delimiter:
            return None
    return None


def _span_served(tokens: list[Token]) -> list[Token] | None:
    """参保人员连续缴费满12个月: a span someone has served names who and what they did
    (the adverb kept: 连续 is part of the rule)."""
    if len(tokens) < 2 or tokens[-1].word != "满" or not tokens[-2].verbish:
        return None
    k = len(tokens) - 2
    while k > 0 and tokens[k - 1].flag in ("d", "a", "ad"):
        k -= 1
    who = walk_back(tokens[:k]) if k else []
    return [*who, *tokens[k:]]


_BY = ("按", "从")


def _without_viewpoint(tokens: list[Token]) -> list[Token]:
    """出口按季度看已连续: 按…看 (from which angle) sits between the measure and its
    figure and names neither."""
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].word in ("看", "来看"):
            openers = (j for j in range(k - 1, max(k - 4, -1), -1) if tokens[j].word in _BY)
            opener = next(openers, None)
            if opener is not None and opener > 0:
                return [*tokens[:opener], *tokens[k + 1 :]]
    return tokens


def noun_phrase_before(left: list[Token]) -> list[Token] | None:
    if compared := _compared_to_basis(left):
        return compared
    tokens = strip_linking(_without_viewpoint(left))
    if tokens and tokens[-1].word == "被":
        tokens = strip_linking(tokens[:-1])  # 开发周期被压缩至两个月: the passive's subject
    while tokens and tokens[-1].word in _NOW:
        # 团队目前有11人, 厂房主体施工往往需要8个月: when, between noun and figure
        tokens = strip_linking(tokens[:-1])
    if len(tokens) > 2 and tokens[-2].word in ALL_OF_THEM and tokens[-1].word in _GAP_VERBS:
        tokens = [*tokens[:-2], tokens[-1]]  # 作业精度均优于2.5厘米: 均 only says "each"
    if tokens and tokens[-1].word in ("等", "等等"):
        return _enumeration(tokens[:-1])
    if reached := _span_served(tokens):
        return reached
    if len(tokens) > 1 and tokens[-1].word in ("纪录", "记录") and is_measure_head(tokens[-2]):
        tokens = tokens[:-1]  # 建造周期纪录压缩至16个月: the record is the measure's value
    if headless := _headless_subject(tokens):
        return headless
    while tokens and tokens[-1].word in _NOW | THERE_ARE:
        tokens = strip_linking(tokens[:-1])  # 截至目前已有10人进入…: 已有 names nothing
    if described := _described_head(tokens):
        return described
    if target := _target_of(tokens):
        return target
    if listed := _listed_nouns(tokens):
        return listed
    if located := _subject_before_where(tokens):
        return located
    for i in range(len(tokens) - 1, -1, -1):
        if _few_big(tokens, i):
            break  # 长三角、珠三角两大城市群: the list before is what 两大 counts
        if tokens[i].word == "、":
            if not _closed_by_deng(tokens[i + 1 :]):  # 起诉故意杀人、抢劫等犯罪: one phrase
                tokens = tokens[i + 1 :]
            break
    head, change = split_change(tokens)
    if change:
        # 旅游综合收入同比增长20.4%: the measure is the noun phrase before the change
        # words; with none (…，同比增长12.1%) the caller borrows the clause's subject.
        head = _without_basis(_without_span_of_time(strip_linking(head)))
        phrase = _with_comparison(head, trim_leading(walk_back(head)))
        if not phrase and head and head[-1].flag in ("d", "c"):
            # 关键任务性能反而/c 提升了5%: an adverb between the measure and its change
            bare = list(head)
            while bare and bare[-1].flag in ("d", "c"):
                bare.pop()
            phrase = _with_comparison(bare, trim_leading(walk_back(bare)))
        if not phrase:
            # 其中春季偏高2.14摄氏度: a season names which part of the subject changed.
            phrase = [token for token in head if token.word in SEASONS][-1:]
        return [*(phrase or []), *change]
    if gap := _gap_to_basis(tokens):
        return gap
    return _with_comparison(tokens, trim_leading(walk_back(_without_span_of_time(tokens))))


THERE_ARE = words("有 已有 共有 还有 现有 另有")


def _headless_subject(tokens: list[Token]) -> list[Token] | None:
    """像王维英家这样采用轻钢结构的已有29户: a verb phrase and 的 with no noun after it
    names those counted (the ones that use light steel)."""
    if tokens[-1:] and tokens[-1].word in THERE_ARE:
        tokens = tokens[:-1]
    if len(tokens) < 3 or tokens[-1].word != "的":
        return None
    phrase = walk_back(tokens[:-1])
    verb = next((k for k, t in enumerate(phrase) if t.verbish), None)
    if verb is None or not any(t.nounish for t in phrase[verb + 1 :]):
        return None  # 新增的…, 累计的…: no verb with an object, so no description
    return phrase[verb:]


# Heads that name nothing by themselves: 获AAA主体信用评级的企业 is which firms.
_DESCRIBED_HEADS = words("企业 项目 单位 机构 园区 学校 医院 群众")
# 未落户的群众: a verb with no object describes the head after a negation or 已.
_STATE_ADVERBS = words("未 尚未 没有 已 已经")


def _described_head(tokens: list[Token]) -> list[Token] | None:
    """新增获AAA主体信用评级的企业2家: a generic head after 的 is named by the verb and
    object before it (the firms that received the rating)."""
    if len(tokens) < 4 or tokens[-2].word != "的" or tokens[-1].word not in _DESCRIBED_HEADS:
        return None
    phrase = walk_back(tokens[:-2])
    start = len(tokens) - 2 - len(phrase)
    if phrase and not phrase[0].verbish and start > 0 and tokens[start - 1].verbish:
        phrase = [tokens[start - 1], *phrase]
    # 未落户/n 的群众, 已脱贫/v 的群众: those not (yet) settled
    state = start - 1 if phrase else start - 2
    if (
        len(phrase) <= 1
        and state >= 0
        and tokens[state].word in _STATE_ADVERBS
        and (phrase or tokens[start - 1].verbish)
    ):
        return tokens[state:]
    if len(phrase) < 2 or not phrase[0].verbish or not all(t.nounish for t in phrase[1:]):
        return None
    return [*phrase, *tokens[-2:]]


def _share_in_whole(tokens: list[Token]) -> list[Token] | None:
    """地下水在总供水量中的比例, 其增加值在制造业中占比: X在Y中(的)比重 is X's share of Y
    (X占Y比例)."""
    if len(tokens) < 5 or tokens[-1].word not in SHARE_HEADS:
        return None
    within = len(tokens) - (3 if tokens[-2].word == "的" else 2)  # the 中 that closes Y
    if tokens[within].word not in ("中", "里", "之中", "当中"):
        return None
    at = next((k for k in range(within - 1, 0, -1) if tokens[k].word == "在"), None)
    whole = tokens[at + 1 : within] if at else []
    part = trim_leading(walk_back(tokens[:at])) if at else []
    if not whole or not part or not all(t.nounish for t in whole):
        return None
    head = Token("比重", "n") if tokens[-1].word == "占比" else tokens[-1]  # not 占…占比
    return [*part, Token("占", "v"), *whole, head]


def _target_of(tokens: list[Token]) -> list[Token] | None:
    """经济增长的预期目标为4.5％—5％, 每万人口高价值发明专利的指标设定为大于22件: a target is
    named by what it is set for."""
    run = walk_back(tokens)
    k = len(tokens) - len(run)
    if (
        not run
        or not text_of(run).endswith(("目标", "指标"))
        or k < 2
        or tokens[k - 1].word != "的"
    ):
        return None
    owner = trim_leading(walk_back(tokens[: k - 1]))
    return [*owner, *run] if owner else None


_NOW = words("目前 现在 如今 当前 眼下 至今 迄今 往往 通常 常常 一般 大多 普遍 总体 整体")


def _subject_before_where(tokens: list[Token]) -> list[Token] | None:
    """白头硬尾鸭在全球范围内仅存1.3万余只: 在…内 says where; what is counted is the noun
    before 在 (only adverbs and a verb such as 仅存 may follow the place)."""
    k = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k].word == "在"), None)
    if k is None or tokens[k].flag != "p" or not tokens[k - 1].nounish:
        return None
    tail = tokens[k + 1 :]
    f = next((j for j, t in enumerate(tail) if t.flag == "f" or t.word in LOCATIVES), None)
    if f is None or not all(t.flag in ("d", "v") for t in tail[f + 1 :]):
        return None
    return trim_leading(walk_back(tokens[:k]))


def _listed_nouns(tokens: list[Token]) -> list[Token] | None:
    """新产品、新技术、新工艺超1500项: short noun items listed with 、 right before the figure
    are counted together, so the indicator names them all (the last alone would say a third).
    The first item may follow its verb (推出新产品); an item with a verb of its own is a
    clause, not a list item, and leaves the rule to the plain noun phrase."""
    items: list[list[Token]] = [[]]
    for token in tokens:
        if token.word == "、":
            items.append([])
        else:
            items[-1].append(token)
    if len(items) < 2 or not all(_short_noun_item(item) for item in items[1:]):
        return None
    first = items[0]
    k = len(first)
    while k > 0 and first[k - 1].flag in (*_THING_FLAGS, "a"):
        k -= 1
    if not _short_noun_item(first[k:]):
        return None
    if k > 0 and first[k - 1].word in CASE_STAGES and items[-1][-1].word.endswith("案件"):
        k -= 1  # 审结知识产权民事、刑事、行政案件: the stage the cases reached
    listed = [*first[k:]]
    for item in items[1:]:
        listed += [Token("、", "x"), *item]
    return listed


def _short_noun_item(item: list[Token]) -> bool:
    """发动机, 新技术, 超大型: a thing, not an activity (清淤/vn) or a measure (国产化率,
    年产值: measures listed before one figure are _with_measures_sharing's)."""
    return (
        0 < len(item) <= 3
        and item[-1].flag in _THING_FLAGS
        and all(t.flag in _THING_FLAGS or t.flag == "a" for t in item)
        and not any(is_measure_head(t) for t in item)
    )


_THING_FLAGS = {"n", "nz", "b", "ng", "j", "eng"}


_GAP_VERBS = words("高出 高于 低于 超出 多出 优于 好于")


def _gap_to_basis(tokens: list[Token]) -> list[Token] | None:
    """吨钢盈利高出全国平均水平31.4%: the figure is a gap between the measure before the
    verb and the basis after it; the basis alone (平均水平) names no measure."""
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].word in _GAP_VERBS:
            basis = tokens[k + 1 :]
            measure = trim_leading(walk_back(tokens[:k]))
            if measure and all(t.nounish or t.flag in ("ns", "b") for t in basis):
                return [*measure, tokens[k], *basis]
            return None
    return None


_BASIS_FLAGS = ("ns", "b", "t", "s")  # 比户外/s 鞋类整体: a place word may start the basis


def _compared_to_basis(left: list[Token]) -> list[Token] | None:
    """果蔗的含糖率比糖蔗低两个百分点: the figure is the gap between the measure before 比
    and the basis after it, so the basis (糖蔗) is not what was measured."""
    tokens: list[Token] = []
    for token in left:
        if token.flag in ("d", "ul"):
            continue  # 比老款还高了
        if len(token.word) >= 3 and token.word.endswith("比") and token.nounish:
            # 城镇居民收入比/n 农村居民高: jieba reads a ratio (收入比) into the comparison
            tokens += [Token(token.word[:-1], "n"), Token("比", "p")]
        else:
            tokens.append(token)
    comparative = tokens[-1:] and (tokens[-1].word in _GAP_VERBS or tokens[-1].word in COMPARATIVES)
    if len(tokens) < 4 or not comparative or tokens[-1].flag not in ("a", "v", "m"):
        return None
    k = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].word in BASIS_MARKS), None)
    if k is None or tokens[k].flag not in ("p", "zg"):  # 较/zg 户外鞋类整体高出
        return None
    basis = tokens[k + 1 : -1]
    measure = trim_leading(walk_back(tokens[:k]))
    if not basis or not measure or not all(t.nounish or t.flag in _BASIS_FLAGS for t in basis):
        return None
    return [*measure, tokens[k], *basis, tokens[-1]]


# How long a change took, said between the measure and the change: 森林蓄积量10年来年均净增,
# 地区生产总值2021年以来年均增长, 粮食产量近五年来, 销量连续多年保持.
_SPAN_OF_TIME = re.compile(
    r"(?:(?:近|过去|最近)?(?:\d+|[一二两三四五六七八九十几多]+)个?(?:年|月)|近年|多年|\d{4}年)"
    r"(?:以来|来|间|里|内)"  # 汽车保有量三年内增长100万辆: within the span
    r"|连续(?:多|几|数)年"
    r"|(?:近|过去|最近)(?:\d+|[一二两三四五六七八九十几多]+)个?(?:年|月)"  # 成交额近5年增长3倍
    r"|\d{4}年(?:\d{1,2}月份?)?(?:底|末|初)?"  # 热线接通率2023年5月增长到99.77%: when
)


# 环比去年四季度, 相比上年同期: marks of a basis when a date follows them
_PERIOD_BASIS_MARKS = ("环比", "同比", "相比", "相较")


def _without_basis(tokens: list[Token]) -> list[Token]:
    """单产较应用前平均提高: the measure before 较/比, without the basis it is compared to.

    环比/同比 mark a basis too when one follows them (销售额环比去年四季度将增长)."""
    for k in range(len(tokens) - 1, 0, -1):
        # 环比去年/t 四季度; not 环比由上月下降 (a change's frame)
        next_flag = tokens[k + 1].flag if k + 1 < len(tokens) else ""
        dated = tokens[k].word in _PERIOD_BASIS_MARKS and next_flag == "t"
        if (tokens[k].word in BASIS_MARKS or dated) and tokens[k - 1].nounish:
            return tokens[:k]
    return tokens


def _without_span_of_time(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a span of time at their end, when a noun stands before it."""
    for k in range(max(len(tokens) - 4, 1), len(tokens)):
        if _SPAN_OF_TIME.fullmatch("".join(token.word for token in tokens[k:])):
            return tokens[:k] if tokens[k - 1].nounish else tokens
    return tokens


def _with_comparison(tokens: list[Token], run: list[Token] | None) -> list[Token] | None:
    """快于经济增速1.1个百分点: the figure is the gap, so the comparison stays in front."""
    if not run:
        return run
    start = len(tokens) - len(run)
    if run[0].word in RELATIVE_STARTS[2:] and start > 0 and is_measure_head(tokens[start - 1]):
        # 上市民营企业研发强度高于全市场1.6个百分点: whose measure is compared
        return [*_measure_phrase(tokens[:start]), *run]
    before = tokens[max(start - 2, 0) : start]
    if len(before) == 2 and before[1].word == "于" and before[0].flag == "a":
        return [Token(before[0].word + "于", "v"), *run]
    if before and before[-1].word in RELATIVE_STARTS[2:]:
        return [before[-1], *run]
    # 高于同期全国工业1个百分点: the place compared with is part of the basis, its time not
    k = start
    while k > 0 and (
        _timed(tokens[k - 1]) or tokens[k - 1].flag == "ns" or tokens[k - 1].word in _WHOLES
    ):
        k -= 1
    if start - k <= 2 and k > 0 and start > k and tokens[k - 1].word in RELATIVE_STARTS[2:]:
        places = [t for t in tokens[k:start] if not _timed(t)]
        return [tokens[k - 1], *places, *run]
    return run


def _timed(token: Token) -> bool:
    return token.flag == "t" or token.word == "同期"


def converted(left: list[Token]) -> bool:
    """按年平均汇率折算达13953美元: the figure is a conversion of the subject's."""
    tokens = strip_linking(left)
    return bool(tokens) and tokens[-1].word in _CONVERSIONS


def split_change(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Tokens before and the words of change (同比增长, 年均增长, 增产) that end ``tokens``."""
    for k in range(len(tokens)):
        if CHANGE.fullmatch("".join(token.word for token in tokens[k:])):
            return tokens[:k], tokens[k:]
    return tokens, []


_FEW = words("两 三 四 五 六 七 八 九 十 几")


def _few_big(tokens: list[Token], i: int) -> bool:
    """两大市场, 三大区域: a count of the names listed before, not part of the noun."""
    return tokens[i].word == "大" and i > 0 and tokens[i - 1].word in _FEW


def _lists_names(tokens: list[Token], i: int) -> bool:
    """、, 和 or 等 after a name, in the list that 两大/三大 counts."""
    return tokens[i].word in ("、", "和", "与", "及", "等") and i > 0 and tokens[i - 1].nounish


def walk_back(tokens: list[Token]) -> list[Token]:
    """The noun phrase (with its governing verb) that ends ``tokens``."""
    if share := _share_in_whole(tokens):
        return share
    if tokens and is_measure_head(tokens[-1]):
        return _measure_phrase(tokens)
    run: list[Token] = []
    numeral_of_big = None
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        if i == numeral_of_big:
            continue
        if run and _few_big(tokens, i):
            numeral_of_big = i - 1  # 美国和欧洲两大市场: 两大 points back at the names
            continue
        if numeral_of_big is not None and _lists_names(tokens, i):
            run.insert(0, token)
            continue
        if token.word in CUMULATIVE and run and _noun_before_total(tokens, i):
            continue  # 我国汽车累计出口222.6万辆: the total of 汽车出口
        if run and first_in_place(token, run[0]):
            run.insert(0, token)
            continue
        if run and _period_between(tokens, i, run):
            continue  # 科幻阅读产业全年营收: the year between the industry and its revenue
        if run and token.word in SCOPE_WORDS and not token.nounish:
            break  # 累计新增农民工会员: a scope verb opens the phrase (全省 may be inside)
        if _adverb_before_time_taken(tokens, i, run):
            continue  # 项目工期仅历时12个月: how little, between the work and its time
        if run and token.flag == "ns" and i > 0 and tokens[i - 1].flag in ("v", "vn"):
            continue  # 服务辽宁企业: the place goes to the region column, the verb stays
        if run and token.word in _EVERY_KIND:
            # 批准逮捕各类犯罪嫌疑人, 办理各类案件: the verb before "of every kind" says
            # which of them, and opens the phrase
            if i > 0 and (tokens[i - 1].verbish or tokens[i - 1].flag == "vn"):
                run.insert(0, tokens[i - 1])
            break
        if run and token.word in ("等", "等等") and _bare_head(run):
            # 起诉故意杀人、抢劫、绑架等犯罪: a bare head after a list is named by the list
            first = next((k for k, t in enumerate(tokens[:i]) if t.word == "、"), i)
            item = list(dropwhile(_opens_item, tokens[max(0, first - _MAX_ITEM_TOKENS) : first]))
            if not item or item[-1].flag == "ns":
                return run  # 在深圳、珠海等地: places listed go to the region column
            # 故意/d 杀人: an adverb inside a crime's name is part of it
            item = [Token(t.word, "b") if t.flag == "d" else t for t in item]
            return [*item, Token("等", "u"), *run]
        if len(run) == 1 and len(run[0].word) == 1 and _ORDINAL.fullmatch(token.word):
            run[0] = Token(token.word + run[0].word, "n")  # 第一编共9章: the part it names
            break
        if run and _MONEY_CLASS.fullmatch(run[0].word) and _DIGITS.fullmatch(token.word):
            run[0] = Token(token.word + run[0].word, "b")  # 3亿元以上项目: the class's bound
            continue
        if (
            token.word in ("已", "已经")
            and len(run) == 1
            and run[0].verbish
            and i > 0
            and tokens[i - 1].nounish
        ):
            continue  # 磨粉生产线已扩增10条: what grew, past the adverb
        if run and token.word == "各" and i > 0 and tokens[i - 1].nounish:
            run.insert(0, Token("各", "b"))  # 集成电路产业链各环节上市公司: each link of it
        elif nounish_at(tokens, i):
            run.insert(0, token if token.nounish else Token(token.word, "n"))
        elif token.flag == "a" and run:
            run.insert(0, token)  # 优秀作品; an adjective next to the number is not counted
        elif token.word in KIND_WORDS and run and i > 0 and tokens[i - 1].nounish:
            run.insert(0, Token(token.word, "b"))  # 非金融类直接投资
        elif (
            token.flag == "d"
            and run
            and len(token.word) >= 2
            and run[0].nounish
            and token.word not in LINKING_WORDS
            and token.word not in SCOPE_WORDS
            and token.word not in EXPECTATIONS
        ):
            # 自然/d 保护地, 特别/d 国债: an adverb cannot modify a noun, so jieba's d
            # right before one is an attributive inside the compound.
            run.insert(0, Token(token.word, "b"))
        elif token.word in _WHERE_WORK_IS and len(run) == 1 and run[0].verbish:
            run.insert(0, Token(token.word, "b"))  # 带动就地/d 就业: local jobs
        elif token.verbish and token.word not in MODALS:
            if len(run) >= 2 and run[0].verbish and run[1].verbish:
                break  # 持续保持年产: long verb chains are predicates, not names
            run.insert(0, token)
            # A verb next to the number is a nominalised one (成果转化, 拨付, 增长);
            # a verb before a noun phrase governs it (建成 职工书屋) and ends the phrase,
            # except 占 whose subject belongs to the share (产销量占全球60%).
            # 城镇新增就业人数: a qualifying verb (新增) is inside the phrase, too.
            governs = len(run) > 1 and not run[1].verbish
            # 设备工器具购置投资: a verb before a nominalised one (投资/vn) classes it
            classes = len(run) == 2 and run[1].flag == "vn" and token.word not in _GOVERNING_VERBS
            governs = governs and not (classes and token.word[-1] not in _RESULTATIVE_ENDINGS)
            opens = governs and token.word != "占" and not qualifying(token)
            if opens and not _inside_compound(tokens, i):
                if i > 0 and tokens[i - 1].word in _PER_TIME:
                    run.insert(0, Token(tokens[i - 1].word, "b"))  # 单日接待游客: daily
                elif i > 1 and tokens[i - 1].word in _PEAKS and tokens[i - 2].word in _PER_TIME:
                    # 单日最高接待游客: the day's peak
                    run[:0] = [Token(tokens[i - 2].word, "b"), Token(tokens[i - 1].word, "b")]
                break
        elif token.word in CONJUNCTIONS and run and i > 0 and tokens[i - 1].nounish:
            run.insert(0, token)
        else:
            if token.word == "的" and len(run) == 1 and (needed_for := _need_before_suo(tokens, i)):
                run.insert(0, needed_for)
            elif token.word == "的" and len(run) == 1 and (trip := _trip_before_de(tokens, i, run)):
                run[:0] = trip  # 牧民们去县城的时间: the time of that trip
            break
    return run


def _closed_by_deng(tokens: list[Token]) -> bool:
    """抢劫、绑架等犯罪: the list ends in 等 and a bare head noun the list names."""
    deng = next((k for k, t in enumerate(tokens) if t.word in ("等", "等等")), None)
    return deng is not None and _bare_head(tokens[deng + 1 :])


def _opens_item(token: Token) -> bool:
    return token.delimiter or token.flag in ("p", "c", "r", "uj", "ul", "m")


_MAX_ITEM_TOKENS = 2  # 以涉嫌诈骗、故意杀人等犯罪: the first item, not the clause before it
_FIELDS = words("领域 行业 方面 类")


def _bare_head(run: list[Token]) -> bool:
    """犯罪, 产品, 领域职务犯罪: one noun, or a field and one noun, says nothing of which."""
    if len(run) == 2 and run[0].word in _FIELDS:
        run = run[1:]
    return len(run) == 1 and run[0].nounish


_EVERY_KIND = words("各类 各种 各项 各级")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+")
_MONEY_CLASS = re.compile(r"[万亿]?元(?:及)?以上")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _need_before_suo(tokens: list[Token], de: int) -> Token | None:
    """货车一次周转所消耗的时间: a lone head after 所…的 is named by what needs it (周转时间)."""
    if de < 3 or tokens[de - 2].word != "所":
        return None
    done, doing = tokens[de - 1], tokens[de - 3]
    if (done.verbish or done.nounish) and (doing.verbish or doing.nounish):
        return Token(doing.word, "n")
    return None


_TRIP_MEASURES = words("时间 距离 路程 车程 用时 时长")


def _trip_before_de(tokens: list[Token], de: int, run: list[Token]) -> list[Token] | None:
    """去县城的时间, 到医院的距离: a one-character verb of going and its place name the
    trip a lone time or distance is of."""
    if run[0].word not in _TRIP_MEASURES or de < 2:
        return None
    go, place = tokens[de - 2], tokens[de - 1]
    if go.verbish and len(go.word) == 1 and (place.nounish or place.flag == "ns"):
        return [Token(go.word, "b"), place]  # kept: 去县城时间, not 县城时间
    return None


def _noun_before_total(tokens: list[Token], i: int) -> bool:
    """汽车/n 累计 出口: a noun of its own, not a scope (全省) or a period (时期), before 累计."""
    before = tokens[i - 1] if i > 0 else None
    return bool(before and before.nounish and before.word not in (*SCOPE_WORDS, *_PERIOD_NOUNS))


def _inside_compound(tokens: list[Token], i: int) -> bool:
    """科技创新平台, 保障性租赁住房: a two-character verb between a one-word modifier
    noun and a noun is part of a compound noun, not a verb governing the noun after it.
    A resultative verb (建成, 完成, 引进) governs: 建成职工书屋."""
    verb = tokens[i].word
    if i == 0 or len(verb) != 2 or verb in _GOVERNING_VERBS or verb[-1] in _RESULTATIVE_ENDINGS:
        return False
    before = tokens[i - 1]
    if before.flag not in ("n", "vn", "b") or before.word in SCOPE_WORDS:
        return False
    # 厂务公开制度覆盖职工: a noun phrase of its own before the verb is its subject.
    return not (i > 1 and tokens[i - 2].nounish)


_ASPECT_ADVERBS = ("已", "仍", "均", "都", "也")


def _adverb_before_head(tokens: list[Token], i: int, run: list[Token]) -> bool:
    """An adverb of frequency or degree (通常, 一般, 平均) right before a lone measure head,
    with a noun before it: the noun is the measure's subject."""
    token = tokens[i]
    return (
        token.flag == "d"
        and len(run) == 1
        and (
            token.word in _ASPECT_ADVERBS  # 早熟品种已占比过半 (已 links elsewhere: 已达)
            or (len(token.word) >= 2 and token.word not in LINKING_WORDS)
        )
        and token.word not in SCOPE_WORDS
        and i > 0
        and tokens[i - 1].nounish
    )


def _measure_phrase(tokens: list[Token]) -> list[Token]:
    """The whole phrase naming a measure: 劳动年龄人口平均受教育年限, 建制村快递服务覆盖率.

    Walks back over nouns, verbs, attributives and prefixes to the clause start; stops at
    prepositions, adverbs, time words, numbers (年 of 年吞吐量 excepted), pronoun scope
    words and a governing verb that opens the clause (推动, 实现).
    """
    head = tokens[-1]
    run = [head]
    numeral_of_big = None
    for i in range(len(tokens) - 2, -1, -1):
        token = tokens[i]
        if i == numeral_of_big:
            continue
        if _few_big(tokens, i):
            numeral_of_big = i - 1  # 长三角、珠三角两大城市群经济总量
            continue
        if numeral_of_big is not None and _lists_names(tokens, i):
            run.insert(0, token)
            continue
        share = head.word in SHARE_HEADS
        if token.word in SCOPE_WORDS and i > 0 and tokens[i - 1].word == "占":
            run.insert(0, token)  # 销售额占全国销售收入的比重: the whole, not the scope
            continue
        if token.word in CUMULATIVE and i > 0 and tokens[i - 1].nounish:
            run.insert(0, Token(token.word, "b"))  # 煤炭累计产量61亿吨: the total so far
            continue
        if share and run == [head] and token.word in _WHOLES and i > 0 and tokens[i - 1].nounish:
            run.insert(0, token)  # 集成电路产业规模全国占比3/5: the share of the whole country
            continue
        if _period_between(tokens, i, run):
            continue  # 苗绣工坊去年销售额, 科幻阅读产业全年总营收: when, between whose and what
        if token.word in _PERIOD_NOUNS:
            break  # “十四五”时期煤炭累计产量: when, not what
        if token.word in _GOVERNING_VERBS or token.word in MODALS or token.word in SCOPE_WORDS:
            break
        if token.word in COPULAS:
            break  # 也是唯一的…水质优良率: what the subject is, not part of the measure
        if token.word.startswith("非"):
            run.insert(0, token)  # 非烟非能工业增加值: 非 (non-) is a prefix whatever its tag
            continue
        # 对规模以上工业增长的贡献率, 占国内生产总值的比重: 的 stays inside after a noun
        # or verb (not after a pronoun or number).
        inner_de = token.word == "的" and i > 0 and (tokens[i - 1].nounish or tokens[i - 1].verbish)
        keep_de = token.word == "的" and (share or inner_de)
        # 内需对经济增长贡献率, 社会物流总费用与GDP的比率: 对/与 between two nouns.
        if token.word in ("和", "及") and i > 0 and tokens[i - 1].nounish and run[0].nounish:
            run.insert(0, token)  # 网上商品和服务零售额: one measure of both
            continue
        # 能耗强度降低对碳排放强度降低的贡献度: a change contributes, too
        if (
            token.word in ("对", "与", "同")
            and i > 0
            and (tokens[i - 1].nounish or tokens[i - 1].verbish)
        ):
            run.insert(0, token)
            continue
        if token.word in ("与", "占") and (i == 0 or tokens[i - 1].delimiter):
            run.insert(0, token)  # ，与GDP之比达2.80%: the subject is the clause's before
            break
        if _adverb_before_head(tokens, i, run):
            continue  # 清洁能源通常/d 占比: how often, not part of the measure's name
        if token.word == "的" and i > 1 and [t.word for t in tokens[i - 2 : i]] == ["为", "代表"]:
            break  # 以…为代表的新动能: the examples, not the measure's name
        if token.flag == "t" and i > 1 and tokens[i - 1].word == "对" and tokens[i - 2].nounish:
            continue  # 新动能对上半年经济增长的贡献率: when, inside the phrase
        if token.word in ("约", "大约") and run[0].word == "占":
            continue  # 工业能源消费量约占…总量的2/3: the share's qualifier
        if token.flag in ("p", "d", "t", "c", "f", "u", "uj", "ul") and not keep_de:
            break
        if token.flag == "m" and token.word != "年" and not token.word.endswith("元"):
            break  # 年吞吐量, 万元GDP能耗 stay; other numbers end the phrase
        if token.flag == "r" and len(token.word) < 2:
            break
        if token.delimiter:
            break
        run.insert(0, token)
    while run and run[0].flag in ("r", "ns", "m", "uj") and len(run) > 1:
        run = run[1:]  # 本省, 成都 (the region column has it), a dangling 的
    return run


def _enumeration(tokens: list[Token]) -> list[Token] | None:
    """培训困难职工、农民工、转岗待岗职工等: keep the verb and the first item, add 等."""
    first_item = []
    for token in tokens:
        if token.word == "、":
            break
        first_item.append(token)
    if first_item and first_item[-1].flag == "ns":
        return None  # 在深圳、珠海、广州等8个地市开展试点: places listed, the count names them
    run = trim_scope(first_item)
    return [*run, Token("等", "u")] if run else None


_WHERE_WORK_IS = words("就地 就近 异地")
_TIME_TAKEN = words("历时 耗时 用时")
_WHOLE_PERIODS = words("全年 当年 今年 去年 上年 年内")
_TIME_CHARS = re.compile("[年月季日天]")


def _period_between(tokens: list[Token], i: int, run: list[Token]) -> bool:
    word = tokens[i].word
    # 去年, 今年一季度 (not 前三, a rank jieba tags as time)
    period = word in _WHOLE_PERIODS or (tokens[i].flag == "t" and bool(_TIME_CHARS.search(word)))
    return (
        period
        and i > 0
        and tokens[i - 1].flag in ("n", "nz", "j", "nt")  # 宁德时代/nt 上半年净利润
        and all(t.flag in ("n", "b", "nz", "j") for t in run)
    )


def _adverb_before_time_taken(tokens: list[Token], i: int, run: list[Token]) -> bool:
    return (
        len(run) == 1
        and run[0].word in _TIME_TAKEN
        and tokens[i].flag == "d"
        and i > 0
        and tokens[i - 1].nounish
    )


CASE_STAGES = words("审结 受理 办结 办理 起诉 立案 审理 执结 结案 新收")


def trim_leading(run: list[Token]) -> list[Token] | None:
    if len(run) > 1 and run[0].word in ("与", "占") and is_measure_head(run[-1]):
        return run  # 与GDP之比: completed by the clause's subject later
    run = trim_scope(run)
    if len(run) > 1 and run[0].flag == "q":
        run = run[1:]  # 这/r 款/q 甘蔗单根重量: the measure word only pointed
    if run and is_measure_head(run[-1]):
        return run  # 建制村快递服务覆盖率: its verbs are part of the measure's name
    # 建成职工书屋 -> 职工书屋, but 覆盖职工 stays: 职工 alone would say too little.
    # 审结…案件: the stage a case reached is what its count measures, so it stays too.
    while (
        len(run) > 1
        and run[0].verbish
        and not (run[0].word in CASE_STAGES and run[-1].word.endswith("案件"))
        and not qualifying(run[0])
        and len(run[1].word) > 1  # 退化林, 造林: a verb on a one-character noun is a compound
        and _rich(run[1:])
    ):
        run = run[1:]
    while run and run[0].word in CONJUNCTIONS:
        run = run[1:]
    if len(run) > 1 and run[0].word == "有" and run[1].nounish:
        run = run[1:]  # 记录有兽类43种: 有 only says they are there
    return run or None


def _rich(tokens: list[Token]) -> bool:
    """Enough to name a thing without the verb before it. A place goes to the region
    column, so 服务辽宁企业 without 服务 would name only 企业."""
    named = [t for t in tokens if t.flag != "ns"]
    return len(named) >= 2 or (len(named) == 1 and len(named[0].word) >= 3)


def after_preposition(left: list[Token]) -> bool:
    """与近50个国家开展合作: the number is a prepositional object, not the subject; so is
    a place gone to (深入7家电商平台展开调查: the visitors investigate, not the platforms)."""
    return bool(left) and (left[-1].flag == "p" or left[-1].word in _GOING_INTO)


_GOING_INTO = words("深入 走进 走访 前往 奔赴 进驻 来到 深入到 走入")


def after_from(left: list[Token]) -> bool:
    """由原来的3%, 从2022年的48.2％, 由去年同期的23个: only time words and 的 between 由/从
    and the figure."""
    i = len(left)
    while i > 0:
        i -= 1
        token = left[i]
        if token.word in ("从", "由"):
            return i > 0
        if token.word == "之日起":
            # 时限由自受理申请之日起15日内: the day a limit counts from is when, too
            i = next((k for k in range(i - 1, -1, -1) if left[k].word == "自"), i)
            continue
        # 产能从日均80万件: how it is counted may stand between, too
        counted_how = token.word in AVERAGED
        timed = (
            token.flag in ("t", "d", "m", "uj")
            or token.word.endswith(_TIME_NOUN_ENDINGS)
            or token.word in _STARTING_WHEN
        )
        if token.word != "的" and not timed and not counted_how:
            return False
    return False


AVERAGED = words("日均 月均 年均 人均 平均 最高 最低")
# 牙克石单日接待游客: how often the deed is counted stays with it, not with its doer
_PER_TIME = words("日均 月均 年均 单日 单月 平均")
_PEAKS = words("最高 最多")
# 经营范围从试点的20万亩, 客运量从最高峰时的每年580万人次: the stage or time a move starts
# from, between 从 and the figure
_STARTING_WHEN = words("试点 起步 初期 最初 起初 最高峰 高峰 峰值 时 每年")
_TIME_NOUN_ENDINGS = ("同期", "年初", "年底", "年末", "月底", "月末")  # jieba's 去年同期/n
REACHING = ("达到", "能达到", "可达到", "达", "可达", "为", "能")


def moves_on(right: list[Token]) -> bool:
    """由3%调整为30% / 从48.2%提高到…: after the figure the value moves on to another; 由10个
    电池驱动 names an agent, not a starting value."""
    if not right:
        return False
    word = right[0].word
    return (
        word in ("到", "至", "为", "调整", "调整为", "调整到", "变为", "改为")
        or word in LINKING_VERBS_BEFORE_TO
        or (word[-1:] in ("到", "至", "为") and word[:-1] in LINKING_VERBS_BEFORE_TO)
        or glued_linking(right[0])
    )


def noun_before_from(left: list[Token]) -> list[Token] | None:
    """就诊率从2022年的48.2％: the subject stands before 从/由."""
    for i in range(len(left) - 1, -1, -1):
        if left[i].word in ("从", "由"):
            tokens = strip_linking(left[:i])  # 比例也/d 从
            # 开展听力筛查的机构从2023年的33家: which institutions
            return _described_head(tokens) or trim_leading(walk_back(tokens))
    return None


def subject_before(left: list[Token]) -> list[Token] | None:
    """Last resort: the first noun run of the clause."""
    run: list[Token] = []
    tokens = trim_scope(left)
    for k, token in enumerate(tokens):
        between_nouns = run and k + 1 < len(tokens) and tokens[k + 1].nounish
        if token.nounish or (between_nouns and nounish_at(tokens, k)):
            run.append(token)  # 试点区域林木/nr 生长量: a name guess between nouns is one
        elif run:
            break
    return run or None


def shared_head(
    quantities: Sequence[Quantity],
    pieces: list[list[Token]],
    after: list[list[Token] | None],
    i: int,
) -> str | None:
    """18家国家示范性、898家省级…创新工作室: both numbers count the later head noun.

    Applies when only an attributive (国家级, 示范性) or nothing stands between a
    classifier and a list marker followed by the next number with the same unit.
    """
    if i + 1 >= len(quantities) or not quantities[i].unit.classifier:
        return None
    if quantities[i + 1].unit.unit != quantities[i].unit.unit:
        return None
    between = pieces[i + 1]
    if repeated := _verb_repeated(pieces[i], between, after[i + 1]):
        return repeated
    if len(between) > 3 or not between or between[-1].word not in _LIST_MARKERS:
        return None
    own = between[:-1]
    if own and not _attributive(own[-1]):
        return None
    head = after[i + 1]
    if head is None:
        return None
    while len(head) > 1 and _attributive(head[0]):
        head = head[1:]
    return (text_of(own) or "") + (text_of(head) or "")


def _verb_repeated(
    before: list[Token], between: list[Token], head: list[Token] | None
) -> str | None:
    """每年将招募3.64万名、累计招募18.2万名左右高校毕业生: the verb said again before the
    next count (a total between), both counting the noun after the last one."""
    if not head or len(between) < 2 or len(between) > 3 or between[0].word not in _LIST_MARKERS:
        return None
    verb, middle = between[-1], between[1:-1]
    if not verb.verbish or not before or before[-1].word != verb.word:
        return None
    if not all(t.word in CUMULATIVE or t.word in SCOPE_WORDS for t in middle):
        return None
    return verb.word + (text_of(head) or "")


# 八种造型、八种馅料: nouns of their own that only end like an attribute (示范性, 国家级)
_NOUNS_ENDING_LIKE_ATTRIBUTES = words("造型 类型 模型 车型 机型 户型 体型 发型 原型 门类 品类")


def _attributive(token: Token) -> bool:
    if token.word in _NOUNS_ENDING_LIKE_ATTRIBUTES:
        return False
    return token.flag == "b" or token.word.endswith(ATTRIBUTIVE_ENDINGS)


# 一批能养4万多只, 一年能养3批: one batch, year or day opening the clause says per what
_ONE_UNIT = re.compile(r"一(?:批|年|天|季|茬|月|个月|周|次|轮|炉|窑|船|车)")
_DEMONSTRATIVES = words("这 那")


def per_one_unit(left: list[Token], text: str | None) -> str | None:
    """一批能养4万多只 -> 一批能养, 这一批大概1.7万只 -> 这一批: a clause opened by one
    batch (year, day…) and only a modal verb measures that one unit's worth, so the unit
    stays in the indicator; None where the clause names more."""
    tokens = [t for t in left if t.flag != "d"]
    pointer = bool(tokens) and tokens[0].word in _DEMONSTRATIVES
    rest = tokens[1:] if pointer else tokens
    if not rest or not _ONE_UNIT.fullmatch(rest[0].word):
        return None
    one = text_of(tokens[: 2 if pointer else 1])
    done = text_of(rest[1:])
    if not done:
        return one if text is None else None
    modal_verb = done[:1] in ("能", "可") and len(done) <= 3
    return one + done if done == text and modal_verb else None
