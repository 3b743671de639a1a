"""POS tags for indicator phrases: jieba's tags, corrected where they mislead on news text.

jieba tags unknown words as names or numerals (荣获/nr, 良种/m), splits grades and codes
(500/m 强, 5/m G), glues 率 to the word after it (率已/d) and cannot know which place
words are places; the fixes here are what the indicator rules rely on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.facts.places import gazetteer
from pipelines.facts.segmenter import pos_tagger, words
from pipelines.facts.units import CLASSIFIER_WORDS

NOUNISH = {"n", "nt", "nz", "ng", "nl", "vn", "an", "j", "l", "b", "eng"}
# jieba tags unknown words as person names (沙龙/nr, 平仓/nr, 荣获/nr): such a token
# counts as a noun only next to a real one.
PERSON_NAME = {"nr", "nrt", "nrfg"}
# Place words (境外/s) modify a following noun; alone they are no indicator (站上/s).
MODIFIER_ONLY = {"s"}
VERBISH = {"v", "vd", "vg", "vi", "vq"}
_CLAUSE_DELIMITERS = set("，；：、,;:。！？!?（）()《》“”‘’…—")
EXPECTATIONS = words("预计 力争 争取 有望")
_SPANS = words("小时 分钟 天 周 星期 个月 季度")  # 一小时: how often, not a noun
_DEMONSTRATIVES = words("这 那 该 此 每 各 哪")
_NOUN_SUFFIXES = words("点 口 户 数")  # 基层学习点, 风沙口, 重点监测户, 仔猪数
_QUOTED_OR_BRACKETED = re.compile(
    r"“[^“”，。；]{1,15}”|‘[^‘’，。；]{1,15}’|《[^《》，。；]{1,15}》|（[^（）]*）|\([^()]*\)"
)
PLACE_SUFFIXES = "县区市村镇乡站园所厂馆院车船舱"
_ADMIN_SUFFIXES = words("州 县 市 省 盟 旗")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Token:
    word: str
    flag: str

    @property
    def nounish(self) -> bool:
        return self.flag in NOUNISH

    @property
    def verbish(self) -> bool:
        return self.flag in VERBISH

    @property
    def delimiter(self) -> bool:
        return self.word[0] in _CLAUSE_DELIMITERS and self.flag != "nz"  # not 《规划》


def tag(text: str) -> list[Token]:
    """POS tokens of ``text``; a short quoted name or 《title》 is one token, brackets are
    dropped."""
    tokens: list[Token] = []
    pos = 0
    plain = ""  # the text since the last quoted name, brackets dropped: 省（区、市）委 is 省委
    for match in _QUOTED_OR_BRACKETED.finditer(text):
        plain += text[pos : match.start()]
        if match.group().startswith(("“", "‘", "《")):
            tokens.extend(_tag_plain(plain))
            # 《规划》分为10章: a book or document title keeps its marks
            name = match.group() if match.group().startswith("《") else match.group()[1:-1]
            tokens.append(Token(name, "nz"))
            plain = ""
        pos = match.end()
    tokens.extend(_tag_plain(plain + text[pos:]))
    for fix in _FIXES:
        tokens = fix(tokens)
    return tokens


def _daily_measures(tokens: list[Token]) -> list[Token]:
    """全国日收获面积, 日烘干量: a lone 日/m after no numeral, before a verb or noun, makes
    the measure daily (not 6月2日: a date's 日 follows its number)."""
    return [
        Token(token.word, "b")
        if token.word == "日"
        and token.flag == "m"
        and (k == 0 or tokens[k - 1].flag != "m")
        and k + 1 < len(tokens)
        and (tokens[k + 1].verbish or tokens[k + 1].nounish)
        else token
        for k, token in enumerate(tokens)
    ]


def _school_grades(tokens: list[Token]) -> list[Token]:
    """1至2年级, 3年级: school grades are a group of pupils, one noun, not figures."""
    ranges = _merged_runs(
        tokens,
        4,
        lambda w: (
            w[0].flag == "m"
            and w[1].word in _RANGE_DASHES
            and w[2].flag == "m"
            and w[3].word == "年级"
        ),
        "n",
    )
    return _merged_runs(ranges, 2, lambda w: w[0].flag == "m" and w[1].word == "年级", "n")


def _casual_ge(tokens: list[Token]) -> list[Token]:
    """一天卖个四五百元, 赚个几万元: 个 between a verb and a figure only softens the
    figure; it counts nothing, so the verb is the figure's own."""
    return [
        token
        for k, token in enumerate(tokens)
        if not (
            token.word == "个"
            and k > 0
            and tokens[k - 1].flag == "v"
            # the piece before a figure ends in it
            and (k == len(tokens) - 1 or tokens[k + 1].flag == "m")
        )
    ]


_PARTNER_NAMES = words("中国 东盟 中亚 非洲 阿拉伯 拉美 欧盟 上合 东北亚 中东欧 太平洋岛国")


def _dash_joined_names(tokens: list[Token]) -> list[Token]:
    """中国—东盟现代工匠学院, 中国—中亚峰会: partners joined by one dash name one thing (a
    dash between figures is a range, month_ranges' and the quantities')."""
    return _merged_runs(
        tokens,
        3,
        lambda w: w[1].word == "—" and w[0].word in _PARTNER_NAMES and w[2].word in _PARTNER_NAMES,
        "nz",
    )


def tokens_within(tokens: list[Token], end: int) -> list[Token]:
    """The leading ``tokens`` that end at or before character offset ``end``."""
    kept, offset = [], 0
    for token in tokens:
        offset += len(token.word)
        if offset > end:
            break
        kept.append(token)
    return kept


def nounish_at(tokens: list[Token], i: int) -> bool:
    if i >= len(tokens):
        return False  # 产量有300吨的今年/t: asked past the last token, there is no noun
    token = tokens[i]
    if token.nounish:
        return True
    if token.flag == "h":  # 非/h 化石能源: a prefix belongs to the noun after it
        return i + 1 < len(tokens) and tokens[i + 1].nounish
    if token.flag in MODIFIER_ONLY:
        return i + 1 < len(tokens) and tokens[i + 1].nounish
    if token.flag not in PERSON_NAME:
        return False
    neighbours = tokens[max(i - 1, 0) : i] + tokens[i + 1 : i + 2]
    # 繁育东北虎/nr: right after a verb it is the verb's object, hence a noun; 红豆和红小豆/nr:
    # joined to a noun, one of a pair of things.
    joined = (
        i > 1
        and len(token.word) >= 2
        and tokens[i - 1].word in ("和", "与", "及")
        and tokens[i - 2].nounish
        and not (i + 1 < len(tokens) and tokens[i + 1].nounish)  # 及萨卡拉/nr 考古遗址: a place
    )
    return any(n.nounish for n in neighbours) or (i > 0 and tokens[i - 1].verbish) or joined


def _tag_plain(text: str) -> list[Token]:
    tokens: list[Token] = []
    for pair in pos_tagger().lcut(text):
        if not pair.word.strip():
            continue
        if pair.flag == "eng" and tokens and tokens[-1].word.isdigit():
            # 5G工厂, 4K频道: jieba splits the digit off a code, which is one attributive
            tokens[-1] = Token(tokens[-1].word + pair.word, "nz")
            continue
        if pair.flag == "n" and len(pair.word) == 1 and tokens and tokens[-1].flag == "eng":
            tokens[-1] = Token(tokens[-1].word + pair.word, "nz")  # PE管, LED灯: one noun
            continue
        if (
            len(pair.word) == 2
            and pair.word.endswith("的")
            and _unknown(pair.word)
            and pair.word != "有的"  # some of them: a pronoun missing from jieba's dictionary
        ):
            # 小青脚鹬的: jieba's guess glued an unknown character to 的 (not 目的)
            tokens.extend((Token(pair.word[0], "n"), Token("的", "uj")))
            continue
        if len(pair.word) == 2 and pair.word[1] == "约" and pair.word[0] in _DIMENSION_CHARS:
            # 单果重约/d 4斤: jieba glues a dimension to 约; the dimension names the measure
            tokens.extend((Token(pair.word[0], "n"), Token("约", "d")))
            continue
        if pair.word in _DIMENSION_REACHES:
            # 新大棚宽达/a 十五六米: the same with 达 (not 高达, 长达: "as much as")
            tokens.extend((Token(pair.word[0], "n"), Token("达", "v")))
            continue
        if len(pair.word) == 2 and pair.word[1] == "共" and pair.word[0] not in _GONG_ENDS_WORD:
            # 第一编共/j 9章, 安全生产法共/b 7章: jieba glues 共 (in all) to the noun before
            tokens.extend((Token(pair.word[0], "n"), Token("共", "d")))
            continue
        if len(pair.word) == 2 and pair.word[1] in "有是" and tokens and tokens[-1].word == "每":
            # 每列有/v 100标准箱: jieba glues the measure word after 每 to the verb
            tokens.extend((Token(pair.word[0], "q"), Token(pair.word[1], "v")))
            continue
        if pair.word == "相关" and tokens and tokens[-1].flag in ("nz", "n"):
            tokens.append(Token("相关", "b"))  # “露营”相关/v 搜索热度: an attributive
            continue
        if pair.word == "次" and tokens and _people_noun(tokens[-1]):
            tokens[-1] = Token(tokens[-1].word + "次", "n")  # 入境外国人/n 次/q: 人次 split
            continue
        if pair.word == "内" and tokens and tokens[-1].word.endswith("期"):
            tokens.append(Token("内", "f"))  # 经营期/n 内/n: within the period (城墙内 is a place)
            continue
        if pair.word in _DATE_GLUED_TO_BASIS and tokens and tokens[-1].word.isdigit():
            # 2025年比/j 2020年增加: jieba glues a date's 年 to the comparison after it
            tokens.extend((Token(pair.word[0], "m"), Token(pair.word[1], "p")))
            continue
        flag = _place_flag(pair.word, _expectation_flag(pair.word, pair.flag))
        after_figure = not tokens or tokens[-1].flag == "m"  # a piece starts after a figure
        if (
            flag == "m"
            and after_figure
            and _NO_NUMERAL.fullmatch(pair.word)
            and pair.word not in _QUANTITY_WORDS
        ):
            flag = "n"  # 4万多斤大米/m: after a figure, a word with no numeral in it is a noun
        elif (
            flag in PERSON_NAME
            and len(pair.word) >= 2
            and tokens
            and tokens[-1].flag == "m"
            and not tokens[-1].word.endswith(("名", "位"))
        ):
            flag = "n"  # 一根毛竹/nr: after a numeral and classifier a thing, not a person
        tokens.append(Token(pair.word, flag))
    if len(tokens) > 1 and tokens[-1].word == "双" and tokens[-2].verbish:
        # 产销/v 双 before 超700万辆: a 双 cut off 双超 ends a piece as "both", an adverb
        tokens[-1] = Token("双", "d")
    return tokens


def _unknown(word: str) -> bool:
    return not pos_tagger().tokenizer.FREQ.get(word)


_DIMENSION_CHARS = "重高长宽深厚"
_DIMENSION_REACHES = ("宽达", "深达", "厚达")
_PEOPLE_NOUN = re.compile(r"[\u4e00-\u9fff]+人")


def _people_noun(token: Token) -> bool:
    return token.nounish and bool(_PEOPLE_NOUN.fullmatch(token.word))


_GONG_ENDS_WORD = frozenset("公中总一统合与同")  # 公共, 中共, 总共, 一共: words of their own
_DATE_GLUED_TO_BASIS = words("年比 年较 月比 月较")
_QUANTITY_WORDS = frozenset(("左右", "上下", "以上", "以下", "前后", "若干", "许多", "大批"))
_NO_NUMERAL = re.compile(r"[^\d零〇一二两三四五六七八九十百千万亿几多半余数第首俩仨整]{2,}")


def _expectation_flag(word: str, flag: str) -> str:
    """预计/vn, 力争/nz open a forecast or target (总数达30083家，预计…突破3.4万家); like
    an adverb they name nothing, so the figure keeps the subject of its clause."""
    return "d" if word in EXPECTATIONS else flag


def _place_flag(word: str, flag: str) -> str:
    """Trust the gazetteer, not jieba, on what is a place: 大桥/ns is a noun, 河北 a place.

    Place words ending in 区 (街区, 园区, 景区, 社区) are places of a kind, i.e. nouns.
    """
    is_place = word in gazetteer().by_written
    if flag == "ns" and not is_place:
        return "n"
    if flag == "s" and len(word) >= 2 and word.endswith("区") and not is_place:
        return "n"
    return "ns" if is_place else flag


_RANGE_DASHES = ("—", "－", "-", "–", "至", "~", "～")


# 产生/n 约200万吨碳排放, 贡献/n 了约3.5亿吨, 1.1亿人办理/n 了退税
_VERBS_TAGGED_AS_NOUNS = words("产生 贡献 办理")


def _verbs_before_figures(tokens: list[Token]) -> list[Token]:
    """A verb jieba tags a noun is a verb where 了, an approximation or a figure follows
    (the end of a piece cut at a figure, too)."""
    return [
        Token(token.word, "v")
        if token.word in _VERBS_TAGGED_AS_NOUNS
        and token.flag == "n"
        and (
            k + 1 == len(tokens)
            or tokens[k + 1].word in ("了", "约", "近", "超")
            or tokens[k + 1].flag == "m"
        )
        else token
        for k, token in enumerate(tokens)
    ]


_POPULATION_BASES = ("十", "百", "千", "万", "十万", "百万")


def _per_population(tokens: list[Token]) -> list[Token]:
    """每/r 万/m 人/n 拥有约4家: a density's base is one noun (每万人), not a bare 人;
    每/zg 千名/m 儿童/n too (每千名儿童拥有的儿科执业医师数)."""
    return _merged_runs(
        tokens,
        3,
        lambda w: (
            w[0].word == "每"
            and (
                (w[1].word in _POPULATION_BASES and w[2].word in ("人", "人口", "户"))
                or (
                    w[1].word[:-1] in _POPULATION_BASES
                    and w[1].word[-1] == "名"
                    and w[2].flag == "n"
                )
            )
        ),
        "n",
    )


_OF_PLACES = words("乡 都 城 窗 家 源")


def _titles_with_zhi(tokens: list[Token]) -> list[Token]:
    """歌舞/n 之/u 乡/n: a title of honour (歌舞之乡, 鱼米之乡) is one noun."""
    return _merged_runs(
        tokens,
        3,
        lambda w: w[0].nounish and w[1].word == "之" and w[2].word in _OF_PLACES,
        "n",
    )


def _month_ranges(tokens: list[Token]) -> list[Token]:
    """1/m —/x 2/x 月份/n: a span of months is one time word (比1—2月份加快: the basis)."""
    return _merged_runs(
        tokens,
        4,
        lambda w: (
            w[0].word.isdigit()
            and w[1].word in _RANGE_DASHES
            and w[2].word.isdigit()
            and w[3].word in ("月", "月份")
        ),
        "t",
    )


def _months(tokens: list[Token]) -> list[Token]:
    """4/m 月/m, 4/x 月份/n: a month of the calendar is one time word (今年4月达到61.4%, so
    the month is not taken for what the figure measures)."""
    return _merged_runs(
        tokens,
        2,
        lambda w: w[0].word.isdigit() and 1 <= int(w[0].word) <= 12 and w[1].word in ("月", "月份"),
        "t",
    )


def _merged_runs(
    tokens: list[Token], size: int, joins: Callable[[list[Token]], bool], flag: str
) -> list[Token]:
    """``tokens`` with each run of ``size`` that ``joins`` accepts read as one word."""
    merged: list[Token] = []
    k = 0
    while k < len(tokens):
        window = tokens[k : k + size]
        if len(window) == size and joins(window):
            merged.append(Token("".join(t.word for t in window), flag))
            k += size
            continue
        merged.append(tokens[k])
        k += 1
    return merged


# Verbs of wrongdoing that class a noun after them (侵权/v 盗版/v 案件, 侵权/v 嫌疑/v 货物):
# before a noun they are attributives, so the case or the goods keep them in their name.
_WRONGS = words("侵权 盗版 假冒 嫌疑 违法 违规 涉案 涉嫌 走私 涉黑 涉恶 涉诈")


def _wrongs_as_attributes(tokens: list[Token]) -> list[Token]:
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k].word in _WRONGS and tokens[k].verbish and tokens[k + 1].nounish:
            tokens[k] = Token(tokens[k].word, "b")
    return tokens


def _negated_attributes(tokens: list[Token]) -> list[Token]:
    """抽检不/d 合格/n 企业, 经历6次无/v 麻药/n 清创: a negation glued to the word after it
    makes one attribute (不合格企业, 无麻药清创), not an adverb to drop."""
    merged: list[Token] = []
    k = 0
    while k < len(tokens):
        window = tokens[k : k + 3]
        if (
            len(window) == 3
            and window[0].word in ("不", "无")
            and len(window[1].word) == 2
            and window[1].flag in ("n", "a", "an")
            and (window[2].nounish or window[2].verbish)
        ):
            merged.append(Token(window[0].word + window[1].word, window[1].flag))
            k += 2
            continue
        merged.append(tokens[k])
        k += 1
    return merged


# 报销比例统一/vn 提高至50％: before a verb setting a level these say how, not what is measured
_MANNERS = words("统一 同步")
_SETTINGS = words("提高 提升 降低 下调 上调 调整 调至 控制 设定 增加 减少 执行")


def _manners_before_verbs(tokens: list[Token]) -> list[Token]:
    return [
        Token(token.word, "d")
        if k + 1 < len(tokens)
        and (
            (token.word in _MANNERS and tokens[k + 1].word in _SETTINGS)
            # 6.5万公里管线全部/n 实现数字孪生: how many of them did it, not a noun
            or (token.word == "全部" and tokens[k + 1].flag == "v")
        )
        else token
        for k, token in enumerate(tokens)
    ]


_TRIP_COUNTS = words("车次 航次 班次 架次 艘次 辆次")
_TREE_HEADS = words("树 林 苗")
_NOUNS_AFTER_DE = words("收入 支出 投入 产出 消费 投资 收益 回报")
_GLUED_AFTER_RATE = words("已 达 为 约 均 也 仍 将 已经 都 较 比 仅 只 超 近 高 保持 稳定")
BASIS_MARKS = ("比", "较")  # the prepositions of a comparison basis (较上年, 比2017年)
# 万亿元级, 厘米级 (after a unit, 厘米/q 级/q), 世界500强, 亿元以上项目: a grade or class,
# read as one attributive (a class of size is no fact, so its figure stays in the text)
_GRADE_AFTER = {"级": ("m", "q"), "强": ("m",), "以上": ("m",)}


def _merge_grades(tokens: list[Token]) -> list[Token]:
    """万亿元级 and 500强 are tagged numeral + 级/强; as a whole each is an attributive (b).

    点/口 after a noun or verb is a noun (基层学习点, 风沙口), not the numeral or
    classifier jieba tags.
    """
    merged: list[Token] = []
    for token in tokens:
        if (
            token.word in _NOUN_SUFFIXES
            and token.flag in ("m", "q")
            and merged
            and (merged[-1].flag != "m")
        ):
            merged.append(Token(token.word, "ng"))
        elif merged and merged[-1].flag in _GRADE_AFTER.get(token.word, ()):
            merged[-1] = Token(merged[-1].word + token.word, "b")  # 世界500强企业
        elif token.word == "级" and merged and merged[-1].flag in ("n", "a", "nr"):
            # 电池/n 级/q 碳酸锂, 先进/a 级 智能工厂, 卓越/nr 级 智能工厂: a grade
            merged[-1] = Token(merged[-1].word + "级", "b")
        elif token.word == "以上" and merged and merged[-1].word.endswith("级"):
            merged[-1] = Token(merged[-1].word + "以上", "b")  # 省级/b 以上/f 创新平台
        elif merged and merged[-1].word in _DEMONSTRATIVES and token.word in CLASSIFIER_WORDS:
            merged.append(Token(token.word, "q"))  # 这/r 条/n 总长度…的河道: 条 only points
        elif (
            token.word == "以上"
            and len(merged) > 1
            and merged[-1].word in ("及", "以及", "和")
            and merged[-2].word.endswith("级")
        ):
            # 地级/n 及/c 以上/f 城市: one grade and those above it, one attributive
            merged[-2:] = [Token(merged[-2].word + merged[-1].word + "以上", "b")]
        elif token.word in _NOUNS_AFTER_DE and merged and merged[-1].word == "的":
            merged.append(Token(token.word, "n"))  # 1500元的收入/v: after 的 a noun
        elif (
            token.word in _TREE_HEADS
            and token.flag != "n"
            and merged
            and (merged[-1].nounish or merged[-1].flag in PERSON_NAME)
        ):
            merged[-1] = Token(merged[-1].word + token.word, "n")  # 梭梭/nrt 树/v: a tree
        elif token.flag in ("ul", "uz", "ug") and merged and merged[-1].flag == "vn":
            merged[-1] = Token(merged[-1].word, "v")  # 供给/vn 了: with an aspect, a verb
            merged.append(token)
        elif (
            token.word == "次"
            and merged
            and merged[-1].nounish
            and len(merged[-1].word) >= 2
            and merged[-1].word[-1] + "次" in _TRIP_COUNTS
        ):
            merged[-1] = Token(merged[-1].word + "次", "n")  # 运输车/n 次/q: 运输车次
        elif token.word in _ADMIN_SUFFIXES and merged and merged[-1].flag == "ns":
            merged[-1] = Token(merged[-1].word + token.word, "ns")  # 果洛/ns 州/n: one place
        elif (
            token.word in ("乡", "镇")
            and len(merged) > 1
            and merged[-2].flag == "ns"
            and merged[-2].word.endswith(("县", "区", "市", "旗"))
            and len(merged[-1].word) == 2
            and _CJK_WORD.fullmatch(merged[-1].word)
            and _unknown(merged[-1].word)  # a name jieba does not know; not 两个乡, 下辖乡
        ):
            merged[-1] = Token(merged[-1].word + token.word, "ns")  # 亚东县 堆纳/v 乡: a township
        elif token.flag == "g" and len(token.word) == 1 and merged and merged[-1].flag == "n":
            merged[-1] = Token(merged[-1].word + token.word, "n")  # 鸡/n 胗/g: one noun
        elif token.word == "系列" and token.flag == "q":
            merged.append(Token("系列", "b"))  # 70余场系列/q 交流活动: an attributive
        elif (
            token.flag in ("zg", "ng")
            and token.word in PLACE_SUFFIXES
            and merged
            and (merged[-1].nounish or (merged[-1].flag == "f" and len(merged[-1].word) >= 2))
        ):
            merged[-1] = Token(merged[-1].word + token.word, "n")  # 标杆/n 厂/zg, 周边/f 村/zg
        elif token.word in ("式", "型") and merged and merged[-1].flag in ("v", "vn", "n", "a"):
            # 漂浮/v 式/k, 引领/v 型/k 品牌: an attributive
            merged[-1] = Token(merged[-1].word + token.word, "b")
        elif token.word == "类" and merged and merged[-1].flag == "a":
            # 主动/b 健康/a 类/q 课程资源: the adjective and 类 make one attributive, with
            # the attributive before them (142门主动健康类课程资源)
            word = merged.pop().word + "类"
            if merged and merged[-1].flag == "b":
                word = merged.pop().word + word
            merged.append(Token(word, "b"))
        elif (
            token.word.endswith("量")
            and len(token.word) > 1
            and token.nounish
            and merged
            and merged[-1].word in ("日", "月")
            and merged[-1].flag == "m"
            and not (len(merged) > 1 and (merged[-2].flag == "m" or merged[-2].word[-1].isdigit()))
        ):
            merged[-1] = Token(merged[-1].word + token.word, "n")  # 日/m 接待量: daily, one noun
        elif (
            token.word in _SPANS
            and merged
            and merged[-1].word == "一"
            and not (len(merged) > 1 and merged[-2].flag == "m")
        ):
            # 一小时能育秧: per hour, a time word (每小时耗电 keeps naming the measure)
            merged[-1] = Token("一" + token.word, "t")
        elif token.word == "日" and token.flag == "m" and merged and merged[-1].flag == "n":
            merged[-1] = Token(merged[-1].word + "日", "n")  # 雨雾/n 日/m: days of rain or fog
        elif token.word == "率" and merged and merged[-1].flag in ("v", "vn", "n", "l"):
            merged[-1] = Token(merged[-1].word + "率", "n")  # 化解/v 率/v: one measure noun
        elif (
            token.word[:1] == "率"
            and token.word[1:] in _GLUED_AFTER_RATE
            and merged
            and merged[-1].flag in ("v", "vn", "n", "l")
        ):
            # 自动化/l 率已/d 超过, 入托/v 率较/d: jieba glues 率 to the adverb or the
            # preposition of a comparison after it
            merged[-1] = Token(merged[-1].word + "率", "n")
            rest = token.word[1:]
            merged.append(Token(rest, "p" if rest in BASIS_MARKS else "d"))
        elif (
            merged
            and merged[-1].word == "年"
            and merged[-1].flag == "m"
            and token.flag in ("n", "vn", "nz")
            and not (len(merged) > 1 and merged[-2].flag in ("m", "eng"))
        ):
            merged[-1] = Token("年" + token.word, token.flag)  # 北极年平均气温: 年 + measure
        else:
            merged.append(token)
    return merged


# In order: names and grades first, so the word-level fixes see whole words.
def _measured_by_dimension(tokens: list[Token]) -> list[Token]:
    """桩/q 高/a 3米: a lone character opening its clause before a dimension is the thing
    measured (the pile's height), not the classifier jieba tags it."""
    return [
        Token(token.word, "n")
        if token.flag == "q"
        and len(token.word) == 1
        and (k == 0 or tokens[k - 1].delimiter)
        and k + 1 < len(tokens)
        and tokens[k + 1].word in _DIMENSIONS
        else token
        for k, token in enumerate(tokens)
    ]


_DIMENSIONS = ("高", "长", "宽", "深", "厚")


_FIXES: tuple[Callable[[list[Token]], list[Token]], ...] = (
    _dash_joined_names,
    _measured_by_dimension,
    _merge_grades,
    _wrongs_as_attributes,
    _negated_attributes,
    _manners_before_verbs,
    _titles_with_zhi,
    _month_ranges,
    _months,
    _per_population,
    _verbs_before_figures,
    _daily_measures,
    _casual_ge,
    _school_grades,
)
