"""Money, prices, sales and output: what an amount is when it was earned, spent, sold
per unit or produced (苹果每斤卖8元 -> 苹果售价, 年产…产品约1.5万吨 -> 产品年产量).

Rules of find_indicators that only apply to money and to goods, kept apart from the
noun-phrase rules in indicator.py and noun_after.py.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from pipelines.facts.noun_after import LEVELS_PASSED
from pipelines.facts.phrases import MEASURE_HEAD_ENDINGS, NOMINAL_VERBS, strip_linking
from pipelines.facts.quantities import COST_OF_ONE, GOODS_PRICED, PER_UNITS, SALE_OF_ONE
from pipelines.facts.segmenter import words
from pipelines.facts.tagging import Token, tokens_within
from pipelines.facts.units import unit_at

if TYPE_CHECKING:
    from pipelines.facts.tagged_sentence import TaggedSentence

_WEIGHTS = words("斤 公斤 千克 克 吨")
EARNING_VERBS = words("赚 挣 赚了 挣了 赚到 挣到")
_SELLING = ("卖到", "卖出", "卖", "售", "售出", "出售", "销售")

_INCOME_NOUNS = ("收入", "工资", "工钱", "收益")
# 一天收入100多元, 每个月能再赚1500元: a day's or a month's pay is a different measure
# from a year's, so the period joins the name.
_PER_PERIOD_EARNING = re.compile(
    r"(?:每|一)(?:个)?(天|日|月|年)(?:能|可|可以|能够|就|再|都|还|也|又|多|少)*"
    r"(?:收入|工资|工钱|收益|赚了?|挣了?|赚到|挣到)$"
    # 他的月收入, 人均月收入, 陪诊师月收入: 月/日 right before the noun (not 9月收入 nor
    # 上月收入, a month's)
    r"|(?<![\d一二三四五六七八九十上下本当同])(月|日)(?:收入|工资)(?:一般|通常|普遍|大多)?在?$"
)
_PERIOD_PREFIX = {"天": "日", "日": "日", "月": "月", "年": "年"}


def per_period_earnings(left: list[Token], text: str | None) -> str | None:
    """村民人均收入 -> 村民人均月收入 when the clause says 每月/一天 before the earning."""
    if not text or not text.endswith(_INCOME_NOUNS) or text[-3:-2] in _PERIOD_PREFIX.values():
        return text
    per = _PER_PERIOD_EARNING.search("".join(t.word for t in strip_linking(left)))
    if not per:
        return text
    return text[:-2] + _PERIOD_PREFIX[per[1] or per[2]] + text[-2:]


_SOLD = words("卖 卖了 卖出 卖出了 卖出去 售出 售出了 销售 销售了 出售")


def sold(left: list[Token], counted: list[Token] | None) -> bool:
    """A count right after a verb of selling, with no noun of its own after the unit."""
    tokens = up_to_selling(left)
    return not counted and bool(tokens) and tokens[-1].word in _SOLD


def up_to_selling(left: list[Token]) -> list[Token]:
    return strip_linking([t for t in left if t.flag != "ul"])  # 卖/v 了/ul


NOT_GOODS = tuple("里内上中地")  # 店里卖出, 各地销售: where, not what


def per_piece(right: list[Token]) -> bool:
    """10块钱一把, 30元一斤: money followed by one of a classifier is a unit price."""
    if not right or right[0].flag != "m" or len(right[0].word) != 2 or right[0].word[0] != "一":
        return False
    unit = unit_at(right[0].word, 1)  # 一年 says how often, not per what
    return unit is not None and (unit.classifier or unit.unit in _WEIGHTS)


_PER_UNIT_SALE = re.compile(r"每[\u4e00-\u9fff]{1,2}?(?:能|可|可以|就能)?(?:卖到|卖出|卖|售)$")


def price_per_unit(text: str, topic: str | None) -> str | None:
    """苹果每斤卖 -> 苹果售价; 每斤能卖 alone -> the clause topic's 售价 (这海带)."""
    match = _PER_UNIT_SALE.search(text)
    if match is None:
        return None
    if topic and topic.startswith("每"):
        topic = None  # the clause's own 每斤 is the denominator, not what is sold
    what = text[: match.start()] or (topic or "").removeprefix("这").removeprefix("那")
    return what + "售价"


_GOODS_OF_ONE = re.compile(rf"(?:1|一)(?:{PER_UNITS}){SALE_OF_ONE}$")


def goods_of_one(left: list[Token]) -> str | None:
    """一公斤鲜果只卖两元左右 -> 鲜果售价, 一吨糖出厂价 -> 糖出厂价: the goods named between
    the unit and the sale or price word."""
    text = "".join(t.word for t in left)
    if named := GOODS_PRICED.search(text):
        return named["named"] + "售价"  # 1公斤西红柿1.5元: the goods alone
    match = _GOODS_OF_ONE.search(text)
    if match is None or not match["goods"]:
        return None
    return match["goods"] + (match["sale"] if "价" in match["sale"] else "售价")


_MAY = words("能 可 可以 就 就能 只 只能 仅 才 也 都 一般 每年")


def goods_sold(left: list[Token]) -> str:
    """一只精品卤鹅能卖到1198元 -> 精品卤鹅: the nouns right before the selling verb
    (and its 能), in the same clause; none before 你卖10块."""
    tokens = up_to_selling(left)[:-1]
    while tokens and tokens[-1].word in _MAY:
        tokens.pop()
    if len(tokens) > 1 and tokens[-1].word in _GOODS_WEIGHTS and tokens[-2].word in ("一", "1"):
        tokens = tokens[:-2]  # 普通山药一斤卖3.3到3.4元: the goods before the one 斤 sold
    elif tokens and tokens[-1].word in _ONE_WEIGHT:
        tokens = tokens[:-1]  # jieba: 一斤/m
    return _goods_before(tokens)


# 一天卖个四五百元: money taken over a span is that span's sales, not a price
_SALES_SPANS = {
    **dict.fromkeys(("一天", "每天", "一日", "每日", "日均"), "日销售额"),
    **dict.fromkeys(("一个月", "每月", "每个月", "月均"), "月销售额"),
    **dict.fromkeys(("一年", "每年", "年均"), "年销售额"),
}


def sales_over_span(left: list[Token]) -> str | None:
    """The sales a span names right before the selling verb (一天卖, 每月能卖)."""
    tokens = up_to_selling(left)[:-1]
    while tokens and tokens[-1].word in _MAY:
        tokens.pop()
    return _SALES_SPANS.get(tokens[-1].word) if tokens else None


def cost_of_one(left: list[Token]) -> str | None:
    """旋耕一亩地的费用从160元 -> 旋耕费用, 收割一亩地只要80元 -> 收割费用: the cost of the
    work done on one unit, named by the verb before it; 一斤榴莲要30多元 -> 榴莲价格."""
    text = "".join(t.word for t in left)
    match = COST_OF_ONE.search(text)
    if match is None:
        return None
    if match["priced"]:
        return match["priced"] + "价格"  # 一斤榴莲要30多元: the price of the goods
    before = tokens_within(left, match.start())  # the verb ending right before 一/1
    ends_there = before and len("".join(t.word for t in before)) == match.start()
    work = before[-1].word if ends_there and before[-1].verbish else ""
    if not (work or match["thing"] or match["cost"]) and match["one"] in _GOODS_WEIGHTS:
        goods = _goods_before(before)  # 普通红薯一斤1.2元左右: the price of the goods
        return goods + "价格" if goods else None
    # 杨梅附加值; 一亩能赚2万多元: what it earns
    return (work or match["thing"] or "") + (
        match["cost"] or ("收入" if match["earned"] else "费用")
    )


_GOODS_WEIGHTS = words("斤 公斤 千克")
_ONE_WEIGHT = frozenset(one + weight for one in ("一", "1") for weight in _GOODS_WEIGHTS)


def _goods_before(tokens: list[Token]) -> str:
    """The goods named by the nouns that close ``tokens`` (普通山药, 精品卤鹅), or ""."""
    goods: list[Token] = []
    for token in reversed(tokens[-3:]):
        if token.flag not in ("n", "nz") or token.word in NOT_GOODS or token.word[0] == "每":
            break
        goods.insert(0, token)
    return "".join(t.word for t in goods)


_DISCOUNTED = re.compile(r"折后价?(?:是|为|仅|只要|只需|才)?$")
_SPENDING_ON = words("花 多花 花了 再花 只花 仅花 只需花")


def deal_of(left: list[Token], right: list[Token]) -> str | None:
    """What a sum paid in a shop is: 打八八折后是86元 -> 折后价; 多花1元换购10元代金券 ->
    换购 (what the extra yuan buys)."""
    if _DISCOUNTED.search("".join(t.word for t in left)):
        return "折后价"
    if left and left[-1].word in _SPENDING_ON and len(right) == 1 and right[0].verbish:
        return right[0].word  # only the verb before the next figure (a whole clause after
        # the sum, 花3000元搭起凉棚, is found by the verb-phrase rule)
    return None


# What an amount of money is to its holder: said after the amount and 的.
MONEY_NOUNS = words(
    "收入 报酬 工资 奖金 补贴 利润 收益 成本 费用 营收 销售额 分红 租金 待遇 贷款 投入"
)
# 就省了将近150万元, 每年可节省150万元: a bare saving of money is a saving of costs
_SAVING_VERBS = {"省": "节省", "节省": "节省", "节约": "节约"}


def saving_of_costs(left: list[Token], text: str | None) -> str | None:
    """节省费用 for money right after a saving verb when its clause names nothing saved
    (一年光饲料钱就能省下五六万元 saves on feed)."""
    tokens = up_to_selling(left)
    saved = _SAVING_VERBS.get(tokens[-1].word) if tokens else None
    if not saved or text not in (None, tokens[-1].word):
        return None
    named = any(t.nounish and t.flag != "t" for t in tokens[:-1])
    return None if named else saved + "费用"


SPENDING = words("投入 投放 投资 安排 拨付 筹集 下达 争取 统筹 整合 引资 融资 募资 出资")
_PRODUCING = words("生产 年产 产出 出产 年产出 加工生产")
_MAX_GOODS_TOKENS = 4
# A production verb that says per what time: the figure is an output whatever its unit.
_OUTPUT_RATES = {"年产": "年产量", "日产": "日产量", "月产": "月产量"}
_OUTPUT_PERIODS = {
    **dict.fromkeys(("日均", "每天", "每日", "一天"), "日产量"),
    **dict.fromkeys(("年均", "每年", "一年"), "年产量"),
    **dict.fromkeys(("月均", "每月"), "月产量"),
}


def output_of(tagged: TaggedSentence, i: int, text: str) -> str | None:
    """年产绳、线、网等产品约1.5万吨, 一年生产这种产品100多吨: a weight of the goods a
    production verb before them governs is their output (产量, per year 年产量); after
    日产/年产 (日产各种笔类产品可达30万支) so is a count."""
    left = strip_linking(tagged.lefts[i])
    k = next((k for k, t in enumerate(left) if t.word in (*_PRODUCING, *_OUTPUT_RATES)), None)
    if k is not None and k == len(left) - 1 and tagged.quantities[i].unit.unit in _WEIGHTS:
        # 加工生产120吨有机茉莉花茶: the goods are named after the weight
        goods = [t for t in tagged.rights[i][0][:_MAX_GOODS_TOKENS] if t.flag != "x"]
        named = ""
        for token in goods:
            if not (token.nounish or token.flag in ("a", "b")) or token.flag == "vn":
                break  # 碳酸锂项目生产/vn 火热: what it does next
            named += token.word
        if named and goods[0].word != "的" and named not in LEVELS_PASSED:
            text = named
            left = [*left, Token(named, "n")]
    if k is None or not left or not left[-1].nounish or text.endswith(MEASURE_HEAD_ENDINGS):
        return None
    verb = left[k].word
    per = left[k - 1].word if k > 0 else ""
    if verb in _OUTPUT_RATES:
        measure = _OUTPUT_RATES[verb]
    elif per in _OUTPUT_PERIODS:
        measure = _OUTPUT_PERIODS[per]  # 日均生产牙刷120万支: a daily output
    elif tagged.quantities[i].unit.unit in _WEIGHTS:
        yearly = any(
            t.word in ("一年", "每年", "年") and not (j and left[j - 1].word.isdigit())
            for j, t in enumerate(left[:k])
        )  # not 2025年, a date
        measure = "年产量" if yearly else "产量"
    else:
        return None
    text = text.removeprefix(per)
    for word in sorted((*_PRODUCING, *_OUTPUT_RATES), key=len, reverse=True):
        text = text.removeprefix(word)  # 生产粮食 -> 粮食产量
    return text + measure if text else None


def as_price(text: str | None) -> str:
    if text and "价" in text:
        return text  # 门票价格为80元一张
    for verb in _SELLING:
        if text and text.endswith(verb):
            text = text[: -len(verb)]
            break
    if text in ("能", "可", "能够", "可以", "就能"):
        text = ""  # 一斤能卖9块多: the modal names nothing
    return (text or "") + "售价"


# Verbs that hand money over; the recipient may stand between them and the amount.
_PAYING = words("支付 拨付 发放 付 赔偿 退还 偿还 返还 补偿 捐赠 捐 奖励 补贴 垫付")


def paid(left: list[Token]) -> list[Token] | None:
    """支付给我们70万元, 支付我公司51万余元: the amount is a payment; the recipient
    (给 + 我们, 我公司) only says to whom. Returns the paying verb and a named recipient."""
    for k in range(len(left) - 1, max(len(left) - 5, -1), -1):
        if left[k].word in _PAYING and left[k].verbish:
            recipient = left[k + 1 :]
            if all(t.word == "给" or t.flag in ("r", "n", "nr") for t in recipient):
                named = [t for t in recipient if t.flag != "r" and t.word != "给"]
                return [left[k], *named]  # 退还企业13亿多元; 支付给我们 -> 支付
            return None
    return None


# 拍出666万元的高价: words that only praise a price; the verb before says which price
PRICE_PRAISE = words("高价 天价 好价钱 好价 低价")


def kind_of_pay(after: list[Token]) -> list[Token] | None:
    """发放给我6万多元采收报酬 -> 采收报酬: a verb saying what the pay is for, then a noun
    of pay."""
    if len(after) > 1 and after[0].verbish and after[1].word in MONEY_NOUNS:
        return after[:2]
    return None


_LEVERING = words("撬动 带动 拉动 吸引 撬动了 带动了 拉动了 吸引了")
_INVESTED = ("投入", "投资", "资本", "资金")


def levered(left: list[Token], right: tuple[list[Token], bool]) -> str | None:
    """资金撬动企业10倍研发投入 -> 研发投入: a multiple drawn in by a levering verb is
    named by the investment drawn."""
    tokens, ends = right
    if not ends or not any(t.word in _LEVERING for t in left[-3:]):
        return None
    drawn = list(takewhile(lambda t: t.nounish or t.word in (*NOMINAL_VERBS, *_INVESTED), tokens))
    if not drawn or len(drawn) != len(tokens) or not drawn[-1].word.endswith(_INVESTED):
        return None
    return "".join(t.word for t in drawn)


def role_taken(piece: list[Token]) -> str:
    """村民农闲时当群演，一天能挣100到200元: the earnings of a role taken (群演)."""
    for k in range(len(piece) - 2, -1, -1):
        if piece[k].word in ("当", "担任") and piece[k + 1].nounish:
            return "".join(t.word for t in takewhile(lambda t: t.nounish, piece[k + 1 :]))
    return ""


_MAX_FEE_TOKENS = 3


_MONEY_HEADS = ("费", "额度", "贷款")


def fee_after(tokens: list[Token]) -> str | None:
    """每天收取3000元场地费: a fee (场地/s 费/v as jieba tags it) right after an amount of
    money is what the amount is; 消费 and 消费券 are no fee. So is a credit line or a loan
    (拿到了招商银行3000万元授信额度: the line, not the bank)."""
    for k, token in enumerate(tokens[:_MAX_FEE_TOKENS]):
        if token.word.endswith(_MONEY_HEADS) and not token.word.endswith("消费"):
            fee = tokens[: k + 1]
            ends = k + 1 == len(tokens) or not tokens[k + 1].nounish
            return (
                "".join(t.word for t in fee)
                if ends and all(_named(t) for t in tokens[:k])
                else None
            )
        if not _named(token):
            return None
    return None


def _named(token: Token) -> bool:
    return token.nounish or token.flag in ("s", "b", "a")  # 场地/s, 纯/a 信用贷款
