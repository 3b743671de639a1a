"""The vocabulary and word-level steps every indicator rule shares.

Which words only link a measure to its figure (达, 为, 稳定在), which name a change (同比增长)
or a measure's head (…率, …比重), which open a phrase without being part of it (全省,
今年); and the Indicator a rule returns, trimmed and cleaned the same way everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.facts.segmenter import word_boundaries, words
from pipelines.facts.tagging import PERSON_NAME, Token

RANGE_MARKS = {"至", "到", "—", "-", "－", "~", "～"}
MODALS = words("要 需 需要 能 能够 可 可以 将 会 应 应当 得以 必须 拟")
# Words between a noun phrase and its number that say nothing about what is counted.
LINKING_WORDS = words(
    "达 达到 已达 为 是 约为 分别 分别为 共 共有 共计 合计 总计 累计 的 "
    "了 就 仅 已 最高 最低 平均 增至 降至 升至 高达 多达 突破 有 在 完成 累计完成 "
    "处于 保持 保持在 始终保持 维持 稳定在 控制在 严格控制 持续 持续保持 连续 "
    "约 占 占到 首次 按 按照 以 "
    # 温度常年低于24.5摄氏度: a bound right before the figure; 利用率只有30%
    "低于 高于 不低于 不高于 只有 仅有 只 小于 大于 不小于 不大于 少于 不少于 不多于 "
    "主要"  # 场所主要有3类
    " 跃上 迈上 跨上 登上"  # 零售总额跃上40万亿元台阶: the level reached, as 突破
)
SETTLING_VERBS = words("稳定 保持 维持 控制 稳")
# 提高到60%: the verb before 到/至 only links the subject (比例) to its new value.
LINKING_VERBS_BEFORE_TO = words(
    "提高 提升 增加 增长 上升 下降 减少 降低 扩大 扩展 拓展 延长 拉长 扩容 缩短 压缩 "
    "降 升 增 减 缩小 优化 发展 扩 涨 缩减 锐减 骤降 猛增 激增"
)
# Scope words that open a phrase but are not part of what is counted.
SCOPE_WORDS = words(
    "全省 全市 全国 全县 全区 各级 各地 每年 全年 当年 其中 目前 累计 共 "
    "合计 总计 本级 我国 今年 去年 同时 包括 包含"
)
# Strong moves (大涨, 下滑, 回升): words of change like 增长, shared with consolidate.py.
STRONG_MOVES = "下滑|回升|攀升|跃升|飙升|大涨|大增|大降|激增|猛增|锐减|缩减|收窄"
_COMPARED = r"(?:同比|环比|(?:比|较)(?:上年|去年|常年)(?:同期)?|同期|年均|实际|按?可比口径)"
CHANGE = re.compile(
    rf"{_COMPARED}*"
    r"(?:增长|下降|上涨|下跌|提高|提升|增加|减少|回落|上升|降低|增速|涨幅|降幅|增幅|增产|减产|净增"
    r"|多增|少增|压减|压缩|缩短|偏高|偏低|偏暖|偏冷|偏多|偏少|节省|节约|提速"
    rf"|{STRONG_MOVES})"
    # 同比增17％: after a comparison a one-character verb names the change too (tried
    # last, so 同比增长 is never cut to 同比增)
    rf"|{_COMPARED}+(?:增|降|涨|减|升)"
    # 净融资2.07万亿元，同比多9167亿元: more (or less) than a year before, by so much
    rf"|{_COMPARED}+(?:多|少)"
)
# Heads that alone say only what kind of number it is (总量, 比重): with nothing in
# front of them the subject of the clause before completes them (国内生产总值 … 总量).
GENERIC_MEASURES = words(
    "总量 总额 总数 规模 总规模 比重 占比 比例 数量 人数 总人数 金额 增速 增幅 涨幅 降幅"
)
# Heads of a measure (…率, …比重, …强度, …年限, …量): the measure is named by the whole
# phrase in front of them, verbs included (研发经费投入强度, 平均受教育年限, 快递业务量),
# so the walk back does not stop at the first verb.
MEASURE_HEAD_ENDINGS = (
    "率", "比例", "比重", "占比", "强度", "年限", "寿命", "规模", "总量", "总额", "量", "额",
    "总重", "重量", "周期",
    "指数", "密度", "浓度", "盖度", "份额", "产值", "增加值", "总值", "均值", "时限",
    "之比", "能耗", "排放", "人数", "比值", "收入比", "系数", "时长", "数", "幅度",
    "贡献度", "满意度", "依存度", "集中度", "完成度", "覆盖度", "参与度", "纯度", "精度", "场次",
)  # fmt: skip
# 开车得一个小时, 普遍需要3到5年: verbs saying how long something takes
TIME_NEEDED = ("需要", "只需", "仅需", "要", "需", "得")
# Measures of a span of time (原本5年的育种周期): a duration before 的 + one of them is its value.
SPAN_MEASURES = ("周期", "年限", "期限", "工期", "时长", "学制", "寿命")
# One piece made or turned out (下线一台, 产出一块, 一块…面板就能脱模): after a span, a cycle time.
ONE_PIECE = re.compile(r"(?:一|1)[台辆块部件架艘张瓶盒箱]")
# A phrase starting with these relates the subject to something else (占…比重,
# 与GDP之比, 快于经济增速): the clause's subject completes it.
RELATIVE_STARTS = ("占", "与", "快于", "慢于", "高于", "低于", "多于", "少于")
NOT_GLUED = words("发达 表达 到达 抵达 送达 传达 下达 直达 以至 乃至 甚至 模拟 虚拟 草拟")
GLUED_BASES = words("比上年 比去年 较上年 较去年 比上月 较上月 比同期 较同期")
WEAK_INDICATOR = "weak_indicator"
GLUED_MODALS = ("要", "需", "将", "应", "可")
COMPARATIVES = words("高 低 多 少 快 慢 大 小 长 短")
FREQUENCY_WORDS = words("每年 每月 每天 每日 每周 每季度")
# 每千克25元: the quantity a price is per (the unit reads 元/千克), not what is measured.
PER_UNIT = re.compile(
    r"^每(?:千克|公斤|吨|斤|克|升|平方米|亩|人|户|公里|百公里|千瓦时|度|秒|秒钟|分钟|小时)$"
)
_PER_HEAD_A_YEAR = re.compile(r"^每[人户]每[年月天]$")  # 达到每人每年724元
MAX_INDICATOR_CHARS = 24  # 数字经济核心产业增加值占国内生产总值的比重


@dataclass(frozen=True)
class Indicator:
    text: str | None
    name_like: bool = False  # 两个确立, 两个市场、两种资源: a formula, not a count
    guessed: bool = False  # the words around the figure, not a measure's name: flagged weak
    # 种植面积、加工产能、产品种类均占全国90%以上: the other measures the same figure states
    also: tuple[str, ...] = ()


def clause_breaks(piece: list[Token]) -> list[int]:
    """Where ``piece`` is cut into clauses: its punctuation, less the 、 inside a list."""
    return [k for k, token in enumerate(piece) if token.delimiter and token.word != "、"]


def clause_before(piece: list[Token]) -> list[Token]:
    """The clause before the last one of ``piece`` (the text up to a figure)."""
    breaks = clause_breaks(piece)
    if not breaks:
        return []
    start = breaks[-2] + 1 if len(breaks) > 1 else 0
    return piece[start : breaks[-1]]


# 每季度消费1—2次, 每周消费1次及以上: a band of how often something is done, which a survey's
# share is of (the counts in it are no facts; the share is named by the band)
FREQUENCY_BAND = (
    r"每(?:季度|月|周|年|天|日)[\u4e00-\u9fff]{0,4}\d+(?:[—\-至到]\d+)?次(?:及以上|以上|以下)?"
)


def weak_indicator(text: str | None) -> bool:
    """No indicator, or one that names no measure (增长, 同比增长, 比重): flag the fact."""
    return not text or bool(CHANGE.fullmatch(text)) or text in GENERIC_MEASURES


def without_change(text: str) -> str:
    """国内游客同比增长 -> 国内游客: the subject a later 同比增长 may borrow."""
    for match in CHANGE.finditer(text):
        if match.end() == len(text) and match.start() >= 2:
            return text[: match.start()]
    return text


def is_measure_head(token: Token) -> bool:
    # 贡献率/nr: jieba's person-name guess is never right for a word ending in 率.
    nominal = token.nounish or token.flag in ("vn", *PERSON_NAME)
    return nominal and token.word.endswith(MEASURE_HEAD_ENDINGS)


def strip_linking(tokens: list[Token]) -> list[Token]:
    tokens = list(tokens)
    while tokens:
        last = tokens[-1]
        if (
            PER_UNIT.match(last.word)
            or last.word in FREQUENCY_WORDS
            or _PER_HEAD_A_YEAR.match(last.word)
        ):
            tokens.pop()  # 每千克25元 / 毕业生每年超500万人: how often or per what
            continue
        if len(tokens) > 1 and tokens[-2].word == "每" and PER_UNIT.match("每" + last.word):
            del tokens[-2:]  # 车速保持在每/r 小时/n 40公里: jieba cuts 每 from the unit
            continue
        if (
            last.word in ("为", "成为")
            and len(tokens) > 1
            and (tokens[-2].verbish or tokens[-2].flag == "vn")
        ):
            del tokens[-2:]  # 确定为10元, 列为, 调整/vn 为: the verb only sets the value
        elif last.word == "在" and len(tokens) > 1 and tokens[-2].word in SETTLING_VERBS:
            del tokens[-2:]  # 比例稳定在98%以上: jieba splits 稳定在, the verb only links
        elif (
            last.word in COMPARATIVES
            and last.flag == "a"
            and len(tokens) > 1
            and len(tokens[-2].word) >= 2  # 服务/时/长: a word split, not a comparison
        ):
            tokens.pop()  # 收入至少高/a 了1倍: how it compares, not what
        elif last.word in ("需在", "要在", "将在", "应在"):
            tokens.pop()  # 成本需在每千克25元: jieba glues the modal to 在
        elif last.word in LINKING_WORDS or last.word in MODALS or last.flag in ("d", "ul", "uj"):
            tokens.pop()
        elif last.word in ("到", "至"):
            tokens.pop()
            if (
                tokens
                and (
                    tokens[-1].word in LINKING_VERBS_BEFORE_TO
                    or (  # 成本要降/v 至: jieba glues the modal to the verb
                        tokens[-1].word[:1] in GLUED_MODALS
                        and tokens[-1].word[1:] in LINKING_VERBS_BEFORE_TO
                    )
                )
            ):
                tokens.pop()
        elif last.word[-1:] in ("到", "至") and last.word[:-1] in LINKING_VERBS_BEFORE_TO:
            tokens.pop()  # 成本要降到/降至每千克3元: jieba glues the change verb and 到
        elif last.word.endswith("拟") and len(last.word) >= 2 and last.word not in NOT_GLUED:
            tokens[-1] = Token(last.word[:-1], "n")  # 赤字率拟按4%: jieba glues the modal
        elif glued_linking(last):
            # jieba glues 达/至 onto the word before: 占比达, 减至, 厚达
            if len(last.word) > 2:
                tokens[-1] = Token(last.word[:-1], last.flag)
            else:
                tokens.pop()
            break
        else:
            break
    return tokens


_NOUNS_ENDING_IN_DA = ("雷达", "马达")  # 240部水利测雨雷达: no 达 linking a figure


def glued_linking(token: Token) -> bool:
    return (
        len(token.word) >= 2
        and token.word[-1] in "达至"
        and token.word not in NOT_GLUED
        and not token.word.endswith(_NOUNS_ENDING_IN_DA)
    )


def first_in_place(place: Token, head: Token) -> bool:
    """全国首店, 全国首发: a place before a 首 word names a kind (the first there), so the
    place stays in the indicator instead of going to the region column."""
    return place.flag == "ns" and len(head.word) > 1 and head.word[0] == "首"


def trim_scope(run: list[Token]) -> list[Token]:
    while run and (
        run[0].word in SCOPE_WORDS or run[0].flag in ("r", "d", "p", "c", "m", "ns", "t")
    ):
        if run[1:] and first_in_place(run[0], run[1]):
            break
        run = run[1:]
    return run


def text_of(tokens: list[Token] | None) -> str | None:
    return "".join(token.word for token in tokens) if tokens else None


_QUOTES_AND_SPACE = re.compile(r"[“”‘’\s]")


def without_quotes(text: str) -> str:
    """The text without quotation marks or whitespace (“世界第一” is 世界第一)."""
    return _QUOTES_AND_SPACE.sub("", text)


def clean_indicator(text: str | None, min_chars: int = 2) -> str | None:
    if not text:
        return None
    text = without_quotes(text)
    if len(text) < min_chars:
        return None  # 让, 厚: a lone character names nothing
    if len(text) > MAX_INDICATOR_CHARS:
        # the head noun comes last in Chinese; cut in front, at a word's start (业及高校…
        # was 企业及高校…)
        cut = len(text) - MAX_INDICATOR_CHARS
        text = text[min((b for b in word_boundaries(text) if b >= cut), default=cut) :]
    return text or None


# Word lists shared by the rules before and after a figure.
CONJUNCTIONS = {"和", "与", "及", "或", "以及", "及其"}
LOCATIVES = words("内 中 里 上 外 间")  # 范围内/n: jieba does not always tag them f

CUMULATIVE = words("累计 总计 共计 合计")
TOTAL_MARKS = words("共 共计 合计 总计")  # 发布5批次共27项: the total of what came before
# 全球最大26兆瓦级海上风电机组: a size class that is a record is the machine's size
RECORDS = ("最大", "最高", "最长")

# Verbs that qualify a count rather than govern it: new items are another measure than
# the stock (新增城镇就业人数, 新设外资企业).
# 追回医保基金163.5亿元: money recovered, not the fund it came back to
QUALIFYING_VERBS = words("新增 新设 新建 新开工 新签 追回 退回 挽回 收回 追缴")

KIND_WORDS = words("类 型 式 级")

# 15家企业作为省级试点: a copula links to a role, it does not say what was counted.
COPULAS = words("作为 成为 列为 属于 位于 包括 涉及 是")

# Verbs that name a measured activity after its substance (二氧化碳排放, 能源消费).
NOMINAL_VERBS = words("排放 消费 消耗 使用 生产 出口 进口 进出口 投资 减排 回收 利用 储存")
