"""The noun phrase AFTER a figure: classifier + noun (13个红色读书社), 的 + noun
(30%的无效能耗), or a short verb phrase closing the clause (20多万人实现就业).

Rules over jieba POS tags of the text between one quantity and the next; called by
``indicator.find_indicators``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile
from typing import TYPE_CHECKING

from pipelines.facts.phrases import (
    CONJUNCTIONS,
    COPULAS,
    CUMULATIVE,
    KIND_WORDS,
    NOMINAL_VERBS,
    QUALIFYING_VERBS,
    RANGE_MARKS,
    glued_linking,
    text_of,
)
from pipelines.facts.segmenter import words
from pipelines.facts.tagging import PERSON_NAME, PLACE_SUFFIXES, Token, nounish_at

if TYPE_CHECKING:
    from pipelines.facts.quantities import Quantity

# Link verbs that start a new predicate after a noun phrase (市场份额达47.9%).
_PREDICATE_LINKS = words("达 达到 已达 为 是 约为 占 占到 高达 多达 突破 超过")

# 站上9万亿元新台阶, 突破5万亿元关口: the noun after the figure is the milestone reached,
# not what was measured.
# 突破10万亿千瓦时大关: levels a figure passes; a noun after one names nothing measured
LEVELS_PASSED = words("台阶 新台阶 关口 大关")
_MILESTONES = LEVELS_PASSED | words(
    "高位 纪录 新高 新高度 高度 水平 规模 目标 格局 发展格局 速度 幅度 基础"
)  # 以8.1%的速度增长: 速度 only says the figure is a rate

_MAX_PREDICATE_TOKENS = 3  # 单位荣获全国五一劳动奖状: a short predicate closing the clause

MAX_MODIFIED_TOKENS = 5  # modifiers + head noun taken after the unit
MAX_MODIFIED_TOKENS_AFTER_DE = 8

# 亿元企业 (firms with a turnover of 100 million yuan), 万亩莲藕标准化示范基地: a class of
# size before a noun.
_SIZE_CLASSES = words("亿元 十亿元 百亿元 千亿元 千万元 百亿 千亿 万亿 万亩 千亩 百亩")

_SIZED = {"n", "vn", "nz", "j"}
# 无水石膏/i, 启动资金/l: right after a unit, a name jieba took for an idiom or set phrase
_IDIOM_FLAGS = ("i", "l")

_MAX_RELATIVE_CLAUSE = 6  # tokens of a verb phrase before 的 that modifies the noun

# 完成了2万余亩的生态修复: after 的 these verbs name the work done, as nouns do.
_RESTORING = words("修复 治理 改造 整治 绿化 造林 种植 复垦 保护")


def _noun_phrase_to_clause_end(tokens: list[Token]) -> bool:
    """就地 住宿服务站，: nothing but attributives and nouns up to the clause's end."""
    for token in tokens:
        if token.delimiter:
            break
        if not (token.nounish or token.flag in ("b", "d")):
            return False
    return any(token.nounish for token in tokens[:2])


def qualifying(token: Token) -> bool:
    return token.word in QUALIFYING_VERBS


_DETERMINERS = ("该", "此", "各", "各类", "各种", "各项", "各级", "各型")
# ratings and radio bands that name a kind of equipment
_RATINGS = ("千伏", "千伏安", "兆伏安", "伏", "兆赫", "千兆赫", "吉赫")


def noun_phrase_after(
    tokens: list[Token], ends_clause: bool, after_preposition: bool = False, people: bool = False
) -> list[Token] | None:
    """Classifier + noun phrase: 13个红色读书社, 225个赴基层蹲点工作组, 226.6万名职工注册.
    With ``people`` (名, 位, or a count after 以上/上述 pointing back) the noun right after
    the count is who is counted, even before a relative clause (由11名律师参与的维权专班)."""
    run: list[Token] = []
    modifier_clause = False  # 赴基层蹲点工作组: a verb phrase in front of the head noun
    # 18个地区被纳入试点范围: named to a list, passive or not, the things counted are that
    tokens = [
        t
        for k, t in enumerate(tokens)
        if not (
            t.word == "被" and k > 0 and k + 1 < len(tokens) and tokens[k + 1].word in _NAMED_TO
        )
    ]
    if not people and (described := _described_by_idiom(tokens)):
        return described  # 20多个造型各异的“捏捏乐”, 10余只灰白相间的斑海豹: what is described
    if tokens and (
        _named_like_a_person(tokens[0], "z")
        or (not tokens[0].nounish and tokens[0].word in PLACE_SUFFIXES)
    ):
        # 20多颗卫星/nr, 50万枝鲜切花/z, 70多辆车/zg: right after a classifier stands its noun
        tokens = [Token(tokens[0].word, "n"), *tokens[1:]]
    if (
        len(tokens) > 2
        and len(tokens[0].word) == 4
        and tokens[0].word.isdigit()
        and tokens[1].word == "年"
        and (tokens[2].nounish or tokens[2].flag == "ns")
    ):
        tokens = tokens[2:]  # 37家2025年抚州市气候友好型企业: the year says which list
    if len(tokens) > 2 and tokens[0].flag == "m" and tokens[1].word in _RATINGS:
        # 5座330千伏变电站, 115套370兆赫窄带通信基站: the rating is part of the name
        tokens = [Token(tokens[0].word + tokens[1].word, "b"), *tokens[2:]]
    if len(tokens) > 1 and tokens[0].flag == "m" and tokens[1].word == "人制":
        tokens = [Token(tokens[0].word + "人制", "b"), *tokens[2:]]  # 2块11人制足球场: a format
    while (
        len(tokens) > 1
        and tokens[0].word in _DETERMINERS
        and (tokens[1].nounish or tokens[1].word in _DETERMINERS)
    ):
        # 安装3套该系统, 50名各领域代表, 60万名各类岗位员工, 近百项各级各类体育赛事活动: the
        # determiners only point
        tokens = tokens[1:]
    if (
        tokens[:1]
        and tokens[0].nounish
        and not people
        and (described := noun_after_relative_clause(tokens))
    ):
        return described  # 30万张农户采集的竹叶: the leaves, which farmers gathered
    if tokens[:1] and tokens[0].word in ("与", "和", "同") and (related := _thing_related(tokens)):
        return related  # 20个与人工智能相关的新职业
    if tokens and tokens[0].flag == "m":
        de = next((k for k, t in enumerate(tokens[:5]) if t.word == "的"), None)
        if de and all(t.flag in ("m", "q", "f", "b") for t in tokens[:de]):
            return noun_after_de(tokens[de:], direct=False)  # 1500多棵100年以上的老荔枝树
    for i, token in enumerate(tokens):
        rest = tokens[i + 1 :]
        if glued_linking(token) or token.word in _PREDICATE_LINKS:
            # 两块厚达20毫米的钢板; 3家头部民营企业市场份额达47.9%: the noun before
            # the link is the next figure's subject, not part of this one's phrase.
            # 20个千亿元级特色产业为骨干的…: with a noun after the link, no figure is its
            # subject's.
            figure_next = not any(t.nounish for t in rest)
            all_of_them = bool(run) and run[-1].word in ("全部", "全都")
            own_phrase = len(run) == 2 and run[0].verbish
            if len(run) > 1 and run[-1].nounish and not own_phrase and (figure_next or all_of_them):
                run.pop()
            break
        if (
            run
            and ends_clause
            and token.flag == "d"
            and (closing := _closing_predicate(tokens[i:]))
        ):
            return [*run, *closing]  # 带动2000名农民就近就业: those counted, what they did
        if token.word in _RELATED and run and rest[:1] and rest[0].word == "的":
            return _thing_related(tokens[i:]) or _trim_after(run)  # 200多个科技相关的国际组织
        if nounish_at(tokens, i) or (token.flag == "ns" and rest and rest[0].nounish):
            # 102件杂技陶俑/nr: a name between nouns is one of them
            run.append(Token(token.word, "n") if token.flag in PERSON_NAME else token)
        elif (
            token.flag in ("f", "t", "s")  # 81笔对外/s 授权交易
            and len(token.word) == 2
            and not token.word[0].isdigit()  # 9个国家和地区4月电动汽车销量: a month ends it
            and rest
            and rest[0].nounish
        ):
            # 14家下游/f 企业, 10个未来/t 产业先导试验区: a position or time as attributive
            run.append(Token(token.word, "b"))
        elif token.flag == "t" and run and rest[:1] and rest[0].word == "的" and rest[1:]:
            # 160个宇宙早期的候选高红移星系: when something was, then what is counted
            return noun_after_de(rest, direct=False) or _trim_after(run)
        elif token.word in _SIZE_CLASSES and not run and rest and rest[0].flag in _SIZED:
            run.append(Token(token.word, "b"))  # 1家亿元/m 制笔企业: a size class
        elif (
            token.flag == "d"
            and len(token.word) == 2
            and all(t.flag in ("b", "d") for t in run)
            and rest
            and _noun_phrase_to_clause_end(rest)
        ):
            run.append(Token(token.word, "b"))  # 127个就近/d 就地/d 住宿服务站: attributives
        elif run and head_noun(token):
            run.append(Token(token.word, "n"))  # 508辆巡回/v 诊疗/v 车/zg: the head noun
        elif token.word in KIND_WORDS and run and rest and rest[0].nounish:
            run.append(token)  # 100多家生物医药类企业: 类 makes the noun before a kind
        elif _ordinal_inside(token, run, rest):
            run.append(token)  # 27项氢能领域首台/m技术装备名单
        elif (
            token.flag in _IDIOM_FLAGS and not run and rest and (rest[0].nounish or rest[0].verbish)
        ):
            run.append(Token(token.word, "n"))  # 无水石膏/i: a name jieba took for an idiom
        elif (
            token.verbish
            and run
            and run[-1].nounish
            and len(token.word) == 2
            and _compound_head(rest)
        ):
            run.append(token)  # 300多名蔬菜种植/v 大户提供…: a verb inside the compound
        elif token.verbish or token.flag == "a":
            # 83条定期直飞国际及地区航线: only nominal verbs so far, so they modify a head
            # noun still to come.
            if not run or modifier_clause or all(t.flag in ("vn", "b") for t in run):
                modifier_clause = modifier_clause or not run
                run.append(token)
                continue
            noun_next = next((t for t in rest if t.flag != "a"), None)
            if token.flag == "a" and noun_next is not None and noun_next.nounish:
                # 国家先进制造业集群, 城市黑/a 臭/a 水体: adjectives inside the phrase
                run.append(token)
                continue
            # The noun phrase's own predicate: keep it when it closes the clause
            # (职工注册，单位荣获全国五一劳动奖状，能力提升项目，) since it says what was counted.
            if (
                token.verbish
                and len(token.word) >= 2
                and ends_clause
                and not after_preposition
                and token.word not in COPULAS
                and token.word not in CUMULATIVE  # a total follows
                and (
                    len(rest) <= _MAX_PREDICATE_TOKENS
                    # 135个国家乡村振兴重点帮扶县: a compound closing on its head noun
                    or (len(rest) <= MAX_MODIFIED_TOKENS and head_noun(rest[-1]))
                )
                # 20家大黄鱼收购企业全部纳入监管: all of them did it
                and all(
                    t.nounish or t.verbish or t.flag == "ns" or head_noun(t) or t.word == "全部"
                    for t in rest
                )
            ):
                rest = [Token(t.word, "n") if head_noun(t) else t for t in rest]
                return _trim_after([*run, token, *rest])
            break
        elif (
            token.word in CONJUNCTIONS
            and run
            and rest
            and (
                nounish_at(tokens, i + 1)
                or rest[0].flag == "a"
                or (modifier_clause and rest[0].verbish)
            )
            # 每分钟20.55亿笔交易和单位成本0.8元: nouns running into the next figure name it
            and (ends_clause or not all(t.nounish for t in rest))
        ):
            run.append(token)  # 升级和创新消费品指南
        elif (
            token.word in CONJUNCTIONS
            and run
            and all(t.flag == "vn" for t in run)
            and rest[:1]
            and rest[0].verbish
        ):
            # 42个运营/vn 及在建/v 算力节点: two states of the head noun still to come
            modifier_clause = True
            run.append(token)
        elif token.flag == "r" and modifier_clause:
            run.append(token)  # 来自各地的产业工人
        elif token.word == "在" and run and ends_clause and _in_progress(rest):
            return [*run, token, rest[0]]  # 还有10余家客户在洽谈中: those whose deal is pending
        elif token.word == "的" and modifier_clause:
            if not rest and run[-1].nounish:
                break  # 5家具身智能企业的8台机器人: 的 links to the next figure
            if run[-1].nounish and not any(t.verbish for t in run) and work_done(rest):
                break  # 10余个重大航天型号的考核鉴定工作: the models counted, the work on them
            return noun_after_de(tokens[i:], direct=False)  # 来自各地的产业工人
        else:
            break
    return _trim_after(run)


_RELATED = ("相关", "有关")
_DESCRIPTIONS = ("i", "z")  # 五颜六色/i, 灰白/z (相间)
_DIFFERING = ("各异", "不一", "不等", "相间", "纷呈")  # 风格各异/l: jieba's set phrases
_ACCLAIM = words("顶级 顶尖 一流 知名 著名")  # praise jieba tags as nouns


def _described_by_idiom(tokens: list[Token]) -> list[Token] | None:
    """五颜六色的花, 风格各异的小楼: a set phrase that describes, then 的, then the noun
    counted (困难群众/l 的基本生活 counts the people, a set phrase that names)."""
    de = next((k for k, t in enumerate(tokens[:3]) if t.word == "的"), None)
    first = tokens[0] if tokens else None
    describes = (
        first is not None
        and (
            first.flag in _DESCRIPTIONS
            or (first.flag == "l" and first.word.endswith(_DIFFERING))
            # 1000多颗微小/b的金刚石; 10多所国内顶级的生物医药研究机构 (jieba: 顶级/n)
            or (de == 1 and first.flag in ("a", "b"))
            or (
                bool(de)
                and tokens[de - 1].word in _ACCLAIM
                and all(t.flag == "s" for t in tokens[: de - 1])
            )
        )
    )
    if not de or not describes or any(t.delimiter for t in tokens[:de]):
        return None
    return noun_after_de(tokens[de:], direct=False)


def _thing_related(tokens: list[Token]) -> list[Token] | None:
    """与人工智能相关的新职业: what the things relate to, 的, then the things."""
    related = next((k for k, t in enumerate(tokens[:6]) if t.word in _RELATED), None)
    if (
        related is None
        or tokens[related + 1 : related + 2] == []
        or tokens[related + 1].word != "的"
    ):
        return None
    return noun_after_de(tokens[related + 1 :], direct=False)


def listed_people_doing(tokens: list[Token]) -> list[Token] | None:
    """带动6.2万名农村妇女、脱贫群众、残疾人就近就业: the first group named and what all
    of the groups did."""
    if len(tokens) < 2 or not tokens[0].nounish or tokens[1].word != "、":
        return None
    closing = _closing_predicate(tokens[2:])
    return [tokens[0], *closing] if closing else None


def _closing_predicate(tokens: list[Token]) -> list[Token] | None:
    """就近就业 of 、脱贫群众、残疾人就近就业: more listed nouns, then (an adverb and) the verb
    closing the clause, which says what all of them did."""
    end = next((k for k, t in enumerate(tokens) if t.delimiter and t.word != "、"), len(tokens))
    clause = tokens[:end]
    if not clause or not clause[-1].verbish or len(clause[-1].word) < 2:
        return None
    k = len(clause) - 1
    if k > 0 and clause[k - 1].flag == "d" and len(clause[k - 1].word) == 2:
        k -= 1
    listed = clause[:k]
    if any(
        not (t.nounish or t.word in ("、", "和", "与", "及") or (t.verbish and listed[j + 1 :][:1]))
        for j, t in enumerate(listed)
    ):
        return None
    if listed and not listed[-1].nounish:
        return None
    return clause[k:]


def work_done(tokens: list[Token]) -> bool:
    """考核鉴定工作: only verbs and verbal nouns up to the clause's end, work done on a
    thing rather than a thing a classifier counts."""
    clause = tokens[: next((k for k, t in enumerate(tokens) if t.delimiter), None)]
    return bool(clause) and all(t.verbish or t.flag == "vn" for t in clause)


# Heads of compounds with a verb inside (蔬菜种植大户, 项目支持资金, 粮食加工企业)
_COMPOUND_HEADS = words(
    "资金 经费 基金 补贴 大户 农户 企业 主体 人员 能手 专业户 基地 线 生产线 设备 装置 车间 中心 "
    "点位"  # 6个鸟类集中点位
)


def _compound_head(tokens: list[Token]) -> bool:
    """The compound's head noun first, then a verb, a conjunction (保护中心和…) or the
    clause's end (not 支持企业重大技改, where 企业 is the verb's object)."""
    if not tokens or not tokens[0].nounish or tokens[0].word not in _COMPOUND_HEADS:
        return False
    return (
        len(tokens) == 1
        or tokens[1].verbish
        or tokens[1].delimiter
        or tokens[1].word in ("和", "与", "及")
    )


def head_noun(token: Token) -> bool:
    """A noun, or a one-character place or body suffix jieba leaves untagged (县/zg)."""
    return token.nounish or (len(token.word) == 1 and token.word in PLACE_SUFFIXES)


_EDITION = re.compile(r"第[一二三四五六七八九十百]+[届期批]")


def _ordinal_inside(token: Token, run: list[Token], rest: list[Token]) -> bool:
    """``首台`` / ``首批`` between nouns or opening the phrase: a word jieba tags as a
    numeral that is part of the noun phrase, not a new figure (no digit in it)."""
    return (
        # 127项首台（套）重大技术装备, 3位第九届鲁迅文学奖评委
        (bool(run) or token.word.startswith("首") or _EDITION.fullmatch(token.word) is not None)
        and token.flag == "m"
        and token.word.startswith(("首", "第", "头", "多元"))
        and not any(ch.isdigit() for ch in token.word)
        and bool(rest)
        and (rest[0].nounish or (rest[0].flag == "a" and len(rest) > 1 and rest[1].nounish))
    )


_ALL_WORDS = words("全部 全都 均")  # 新增的6个名额全部留给…: how many of them, not what


def _in_progress(rest: list[Token]) -> bool:
    """洽谈中, 建设中: a verb and 中 closing the clause after 在."""
    return len(rest) == 2 and rest[0].verbish and rest[1].word == "中"


_MODALS = ("需要", "需", "要", "可以", "能够")


def _trim_after(run: list[Token]) -> list[Token] | None:
    if run and run[-1].verbish and not any(t.nounish for t in run):
        return None
    while len(run) > 1 and (run[-1].word in CUMULATIVE or run[-1].word in _ALL_WORDS):
        run.pop()  # 4批次堵点治理任务清单共计313项: 共计 links to the total after it
    while run and not (run[-1].nounish or run[-1].verbish):
        run.pop()
    # 101个堆存场需要复垦: a modal before the predicate's verb keeps it (not 堆存场需要)
    while (
        len(run) > 1
        and not run[-1].nounish
        and not run[-2].nounish
        and not (run[-2].word in _MODALS and run[-1].verbish)
    ):
        run.pop()
    while run and run[0].flag == "ns" and len(run) > 2:
        run = run[1:]  # 60项云南省农业主推技术: the province is the region
    # 10个湖北实验室: a place before a lone noun names the programme, and stays
    if run and not any(t.nounish for t in run) and not run[-1].verbish:
        return None
    return run or None


def _named_like_a_person(token: Token, *other_flags: str) -> bool:
    """A word of two or more characters jieba tags as a name (or ``other_flags``): right
    after a unit it is the measured noun (卫星/nr, 红树林/nr)."""
    return token.flag in (*PERSON_NAME, *other_flags) and len(token.word) >= 2


def milestone(noun: list[Token]) -> bool:
    """站上9万亿元新台阶, 3个大台阶: the figure reached a level. 5万锭的纺锭规模 is the size
    of what the noun before 规模 names, so that one is a measure."""
    if len(noun) > 1 and noun[-1].word == "规模" and noun[-2].nounish:
        return False
    return any(token.word in _MILESTONES for token in noun)


def only_a_milestone(noun: list[Token]) -> bool:
    """大关, 大台阶, 千亿元台阶: nothing but the level reached, so no counted noun."""
    return noun[-1].word in _MILESTONES and all(
        t.word in _MILESTONES or t.word in _SIZE_CLASSES or t.flag in ("a", "b") for t in noun
    )


def noun_after_relative_clause(tokens: list[Token]) -> list[Token] | None:
    """发行了1.12万亿元用于置换存量隐性债务的地方政府再融资专项债券: a verb phrase and 的
    between the amount and the noun closing the clause; the noun is what the amount is of."""
    if len(tokens) > 3 and tokens[0].nounish and tokens[1].verbish and tokens[2].word == "的":
        # 30万张农户采集的竹叶: the clause may name its own subject (not 212个村卫生室纳入
        # 乡镇卫生院的…管理, where the verb has an object and the noun is the subject)
        tokens = tokens[1:]
    if not tokens or not tokens[0].verbish:
        return None
    de = next((k for k, t in enumerate(tokens[: _MAX_RELATIVE_CLAUSE + 1]) if t.word == "的"), None)
    if de is None:
        return None
    noun = noun_after_de(tokens[de:], direct=False)
    # 圈出3000亩符合生物安全标准的区域用于…建设: or it is what a purpose verb is said of
    purpose = next((k for k, t in enumerate(noun or []) if t.word in _PURPOSE_VERBS), None)
    if noun and purpose:
        return noun[:purpose]
    return noun if noun and de + 1 + len(noun) == len(tokens) else None


_PURPOSE_VERBS = words("用于 用作 作为")
# 一艘8.2万吨大型散货轮完成装卸作业: verbs that say what the noun did, never a compound's
_DONE_BY_THE_NOUN = words("完成 实现 开展 进行 取得 获得")


def noun_after_de(tokens: list[Token], direct: bool) -> list[Token] | None:
    """的 + noun phrase right after the unit (30%的无效能耗, 1万多米长的焊缝).

    With ``direct`` a noun phrase without 的 also counts (1000米跨度), but then only
    nouns and attributives are taken, so a following predicate is not mistaken for it.
    """
    start = 0
    if tokens[:1] and tokens[0].flag == "a" and tokens[1:2] and tokens[1].word == "的":
        start = 1  # 长的焊缝
    after_de = bool(tokens[start : start + 1]) and tokens[start].word == "的"
    if after_de:
        start += 1
    elif not direct:
        return None
    named = start  # 的洁白/z 雪道/nr: describing words may stand before it
    while after_de and named < len(tokens) - 1 and tokens[named].flag in ("a", "z"):
        named += 1
    if named < len(tokens) and _named_like_a_person(tokens[named]):
        # 1100多亩红树林/nr: right after a unit stands what it measures, not a person
        tokens = [*tokens[:named], Token(tokens[named].word, "n"), *tokens[named + 1 :]]
    # After 的, modifiers may be mis-tagged (南繁育种基地 -> 南/ns 繁育/v 种/m 基地/n):
    # take them all up to the head noun.
    loose = ("ns", "v", "a", "z", "m", "b") if after_de else ("a", "b")
    if direct and start < len(tokens) - 1 and qualifying(tokens[start]):
        loose = (*loose, tokens[start].flag)  # 70%以上新增/v 高素质高技能人才
    if direct and start < len(tokens) - 1 and tokens[start].flag == "ns":
        start += 1  # 5万亩莆田桂圆基地: the place is the region; the base is measured
    run = []
    index = start
    # 2400多平方公里的长三角生态绿色一体化发展示范区: after 的 the whole noun phrase is
    # the name, its head last; without 的 a long run is likely the next clause's.
    limit = MAX_MODIFIED_TOKENS_AFTER_DE if after_de else MAX_MODIFIED_TOKENS
    while index < min(len(tokens), start + limit):
        token = tokens[index]
        index += 1
        if nounish_at(tokens, index - 1) or token.flag in loose:
            run.append(token)
        elif after_de and not run and token.flag == "t" and nounish_at(tokens, index):
            run.append(token)  # 400余年的明清/t 窑作群: an era that opens the noun
        elif _ordinal_inside(token, run, tokens[index:]):
            run.append(token)  # 氢能领域首台/m技术装备: an ordinal inside the noun phrase
        elif run and head_noun(token):
            run.append(Token(token.word, "n"))  # 100%农业大/a 县/zg: a place suffix heads it
        elif (
            not run
            and token.flag == "d"
            and len(token.word) >= 2
            and index < len(tokens)
            and nounish_at(tokens, index)
            # right after 的, or direct with no 的 ahead (…日常办公使用的台式计算机)
            and (after_de or (direct and not any(t.word == "的" for t in tokens)))
        ):
            run.append(token)  # 200公里单次/d续航, 12周的长期/d处方: an attributive tagged d
        elif token.flag in _IDIOM_FLAGS and not run:
            run.append(Token(token.word, "n"))  # 10万吨无水石膏/i: a name taken for an idiom
        elif (
            direct
            and run
            and token.verbish
            and tokens[index:]
            and all(t.nounish for t in tokens[index:])
            and not run[-1].word.endswith(FUND_NOUNS)  # 1亿元专项资金支持企业: what it does
            and token.word not in _DONE_BY_THE_NOUN
        ):
            run.append(token)  # 无水石膏示范装置: a verb inside a compound closing the clause
        elif direct and run and token.verbish and _compound_head(tokens[index:]):
            run.extend((token, tokens[index]))  # 项目支持资金撬动…: the compound ends in 资金
            break
        elif direct and run and token.word in NOMINAL_VERBS and index == len(tokens):
            run.append(Token(token.word, "vn"))  # 1500吨二氧化碳排放: the measured activity
        else:
            break
    activity = (
        after_de
        and len(run) > 1
        and run[-1].word in NOMINAL_VERBS | _RESTORING
        and index == len(tokens)  # the verb closes the clause
        and run[-1] is tokens[-1]
    )
    while run and not (run[-1].nounish or _name_closing_noun(run) or activity):
        run.pop()
    if after_de and len(run) == 1 and _frames_the_clause(tokens, start):
        return None  # 比同行高5%的情况下: the circumstance the clause sets, not a measured thing
    return run or None


_FRAME_NOUNS = words("情况 前提 条件 背景 形势 态势")


def _frames_the_clause(tokens: list[Token], k: int) -> bool:
    """…的情况下 / 前提下: a circumstance noun then 下 closes a frame around the figure."""
    return k + 1 < len(tokens) and tokens[k].word in _FRAME_NOUNS and tokens[k + 1].word == "下"


def items_sharing_head(rest: list[Token]) -> list[Token] | None:
    """80%的餐饮/n、零售/vn、住宿/n 商户: one-word items listed before one head share it."""
    items: list[Token] = []
    k = 0
    while (
        k + 1 < len(rest)
        and rest[k].word == "、"
        and (rest[k + 1].nounish or rest[k + 1].flag == "vn")
    ):
        items += rest[k : k + 2]
        k += 2
    head = list(takewhile(lambda t: t.nounish, rest[k:]))
    return [*items, *head] if items and 0 < len(head) <= 2 else None


def _name_closing_noun(run: list[Token]) -> bool:
    """边境/n 幸福村/nr: a person-name guess after a noun closes the noun phrase."""
    return run[-1].flag in PERSON_NAME and len(run) > 1 and run[-2].nounish


# 50余万人次现场参与, 3万人次线上观看: nouns saying how, before the verb of the figure
_MANNER_NOUNS = words("现场 线上 线下 在线 网上 远程 当场 实地 同步 全程")


def verb_phrase_after(
    tokens: list[Token], ends_clause: bool, max_tokens: int = 4, loose: bool = False
) -> list[Token] | None:
    """256.97万人次获证, 20多万人实现就业: a short verb phrase closing the clause."""
    if len(tokens) > 1 and tokens[0].word in _ALREADY and tokens[1].verbish:
        tokens = tokens[1:]  # 有46家已入驻跨境产业园: when they did it says nothing of what
    if ends_clause and 2 <= len(tokens) <= max_tokens and tokens[0].word == "在":
        # 有3.5万人在北极村过大年: where they were and what they did
        place, activity = tokens[1], tokens[2:]
        if (place.nounish or place.flag == "ns") and activity and activity[-1].flag != "f":
            return tokens
    # 实现了超过3200小时稳定/a 运行: how it ran, then that it did (a span's own work)
    how = len(tokens) > 1 and (
        tokens[0].word in _MANNER_NOUNS or (loose and tokens[0].flag in ("a", "ad"))
    )
    manner = how and tokens[1].verbish
    # 连续22年不干涸: what a span kept from happening
    negated = loose and len(tokens) > 1 and tokens[0].word in _NEGATIONS and tokens[1].verbish
    if not ends_clause or not tokens or not (tokens[0].verbish or manner or negated):
        return None
    if len(tokens) > max_tokens:
        return None
    allowed = ("ns", *PERSON_NAME, "m", "a", "b") if loose else ("ns", *PERSON_NAME)
    if all(
        token.verbish
        or token.nounish
        or token.flag in allowed
        or (k and token.word == "了")
        or (not k and negated)
        or _attributive_inside(tokens, k)  # 直达偏远/b 山乡
        for k, token in enumerate(tokens)
    ):
        # 超550万人来云南旅居: a place may be the verb's object; 1.1亿人办理了退税
        return tokens
    return None


def _attributive_inside(tokens: list[Token], k: int) -> bool:
    """偏远/b between a verb and its object noun (直达偏远山乡) modifies the noun."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].flag in ("d", "b")
        and tokens[k - 1].verbish
        and tokens[k + 1].nounish
    )


_NAMED_TO = words("纳入 列入 评为 认定为 确定为 命名为 选为")
_NEGATIONS = words("不 未 没 没有 从未 无")
_ALREADY = words("已 已经 均 都 全部")


# Money of a fund: 30亿元产业基金, 1亿元专项资金 are the fund's size
FUND_NOUNS = ("基金", "资金", "资本金")
DIMENSION_ADJECTIVES = words("高 长 宽 深 厚 粗")


def head_after_dimensions(
    pieces: list[list[Token]], quantities: Sequence[Quantity], i: int
) -> list[Token] | None:
    """9条长约4米、高约2米的巨型鱼灯: the size of each counted thing stands between the
    count and 的 + noun; the noun is what is counted."""
    j = i + 1
    if (
        j + 1 < len(pieces)
        and quantities[j].unit.category == "length"
        and not pieces[j]
        and pieces[j + 1]
        and pieces[j + 1][0].word != "的"
    ):
        # 14个40英尺“背包式”冷藏集装箱: a size class right between the count and its noun
        return thing_after_de([Token("的", "uj"), *pieces[j + 1]])
    while j < len(quantities) and quantities[j].unit.category in ("length", "other"):
        words_between = [t.word for t in pieces[j] if t.word not in ("、", "在", "为", "约")]
        if j > i + 1 and words_between and words_between[0] in RANGE_MARKS:
            j += 1  # 重量在10斤至12斤: the range's upper end
            continue
        if len(words_between) != 1 or words_between[0] not in _SIZE_WORDS:
            break
        j += 1
    return thing_after_de(pieces[j]) if j > i + 1 else None


# 4个重量在10斤至12斤的西瓜: a dimension named as a noun, too
_SIZE_WORDS = frozenset((*DIMENSION_ADJECTIVES, "重", "重量", "长度", "高度", "宽度", "直径"))


def thing_after_de(tokens: list[Token]) -> list[Token] | None:
    """的 + the noun it introduces, cut before a verb of its own (的大桥建成/v 通车: the
    bridge, not its opening)."""
    if not tokens or tokens[0].word != "的":
        return None
    noun = noun_after_de(tokens, direct=False)
    verb = next((k for k, t in enumerate(noun or []) if k and t.flag == "v"), None)
    return noun[:verb] if noun else None


_POWER_UNITS = ("千瓦", "兆瓦", "吉瓦", "瓦")
_PLANTS = ("项目", "电站", "电厂", "电场", "基地", "工程", "机组")
_MAX_PLANT_TOKENS = 4


def plant_of_capacity(quantity: Quantity, right: list[Token]) -> list[Token] | None:
    """苏伊士湾1.1吉瓦风电项目: a plant named by its size is measured by it; the place
    before is where, whatever the clause says the plant did."""
    if quantity.unit.unit not in _POWER_UNITS or not right or right[0].word == "的":
        return None
    noun: list[Token] = []
    for token in right[:_MAX_PLANT_TOKENS]:  # 风电项目启动时/l: the nouns, not what follows
        if not (token.nounish or token.flag == "ns"):
            break
        noun.append(token)
    while noun and not noun[-1].word.endswith(_PLANTS):
        noun.pop()
    return [*noun, Token("装机容量", "n")] if noun else None


_APPOINTING = words("作为 担任 为 成为")
_ROLE_ENDINGS = ("员", "者", "师", "官", "代表", "专家", "大使", "顾问")


def appointed_role(right: list[Token], ends_clause: bool) -> list[Token] | None:
    """选聘了50名各领域代表作为特邀行政执法监督员: people counted as they are appointed
    to a role are counted by the role, the last noun phrase of the clause."""
    if not ends_clause:
        return None
    k = next((k for k, t in enumerate(right) if t.word in _APPOINTING), None)
    if k is None:
        return None
    role: list[Token] = []
    for token in reversed(right[k + 1 :]):
        if not (token.nounish or token.flag in PERSON_NAME):
            break
        role.insert(0, token)
    if not role or not role[-1].word.endswith(_ROLE_ENDINGS):
        return None
    return role


_DESIGNATING = words(
    "被列为 列为 入选 获评 被评为 评为 被确定为 确定为 被认定为 认定为 被命名为 "
    "纳入 列入 被纳入 被列入"  # 51个职业纳入…目录
)


def designated(right: list[Token], ends_clause: bool) -> str | None:
    """16个城市被列为“电影+”消费综合试点城市: things counted as they are named to a list
    are counted by the list's name, when it ends in their head noun (not 中试平台入选…名单)."""
    if not ends_clause:
        return None
    k = next((k for k, t in enumerate(right) if t.word in _DESIGNATING), None)
    counted = [t for t in right[:k] if t.nounish] if k else []
    if not counted:
        return None
    name = [t for t in right[k + 1 :] if t.flag != "x"]  # “小巨人”: the quotes name nothing
    head = counted[-1].word
    if len(name) < 2 or not name[-1].nounish:
        return None
    if name[-1].word in _LISTS and head in (text_of(name[:-1]) or ""):
        # 51个职业纳入急需紧缺职业指导目录: a list of that kind of thing, named with the verb
        return text_of([right[k], *name])
    return text_of(name) if name[-1].word.endswith(head) else None


_LISTS = words("目录 名录 名单 清单")


_EVENT_AFTER_SPAN = re.compile(
    r"的(?P<event>[^，,。；;、的]{2,24}?(?:展|会|节|赛|论坛|活动|培训|行动|展览|博览会))"
    r"(?=在|于|将|已|正式|开幕|举办|启动|，|,|。|$)"
)


def event_lasting(left_text: str, right_text: str) -> str | None:
    """为期3天的2026义乌国际时尚饰品工厂展在…开幕 -> …工厂展会期: a span after 为期 is how
    long the event named after it lasts (jieba glues 展在, so this reads the text)."""
    if not left_text.endswith("为期"):
        return None
    match = _EVENT_AFTER_SPAN.match(right_text)
    if match is None:
        return None
    event = match["event"]
    return event + ("会期" if event.endswith(("展", "会", "节", "论坛")) else "时长")
