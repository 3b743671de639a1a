"""Figures listed against items: 装备制造业、高技术制造业增加值分别增长9.7%、9.6%.

Item k goes with figure k, with or without 分别; a later run of as many figures goes on
with the same items (占…比重, 拉动…); a range or a total shares the measure of the
figure before it.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from pipelines.facts.phrases import (
    CHANGE,
    GLUED_BASES,
    RANGE_MARKS,
    RELATIVE_STARTS,
    TOTAL_MARKS,
    Indicator,
    clause_before,
    clause_breaks,
    clean_indicator,
    is_measure_head,
    strip_linking,
    text_of,
    trim_scope,
    without_change,
)
from pipelines.facts.tagging import BASIS_MARKS, PERSON_NAME, Token, tag
from pipelines.facts.units import DURATION_UNITS

if TYPE_CHECKING:
    from pipelines.facts.tagged_sentence import TaggedSentence


def respective(tagged: TaggedSentence, indicators: list[Indicator]) -> list[Indicator]:
    """高技术制造业、装备制造业增加值分别增长9.4%、9.2%: item k goes with figure k.

    The items listed before 分别 pair with the figures listed after it; a head written
    once after the last item (增加值, 产量) belongs to every item.
    """
    for i, end in coordinated_groups(tagged):
        left = tagged.lefts[i]
        marks = [k for k, token in enumerate(left) if token.word in ("分别", "分别为")]
        if not marks or end - i < 2:
            continue
        verb = text_of(left[marks[-1] + 1 :]) or ""
        verb = verb if CHANGE.fullmatch(verb) else ""
        listed = left[: marks[-1]] or _clause_before_frame(tagged.pieces[i])
        places = _measure_of_listed_places(listed, end - i)
        if places == [] and verb:
            # 二手住宅销售价格环比…上涨0.4%，其中，北京、上海…分别上涨0.6%、0.4%: the
            # change alone; the subject in effect completes it, place by place
            for k in range(i, end):
                indicators[k] = Indicator(verb)
            continue
        if places:
            for k in range(i, end):  # the places themselves are the facts' regions
                indicators[k] = Indicator(clean_indicator(text_of(places) + verb))
            continue
        items = split_items(left[: marks[-1]])
        if len(items) == 1 and text_of(items[0]) in _BASES_ONLY:
            items = []  # 用电量增长强劲，同比分别增长56.9%、44.0%: the items are further back
        # 装备制造业、高技术制造业发展势头向好，增速分别比上月加快1.3个和2.8个百分点: only
        # the measure before 分别, its items named by the clause before
        # 失业保险、工伤保险更加健全，截至2025年底，参保人数分别达2.49亿人、3.05亿人: a
        # measure of the items named two clauses back, past the date
        measure = (
            text_of(items[0])
            if len(items) == 1 and (text_of(items[0]) in _RATES or is_measure_head(items[0][-1]))
            else None
        )
        if measure:
            before = _items_of_clause_before(_without_date_clause(tagged.pieces[i]))
            names = [_leading_name(item) for item in before]
            named = [[*name, Token(measure, "n")] for name in names if name]
            if named or measure in _RATES:
                items = named
        items = items or _items_of_clause_before(tagged.pieces[i])
        if shorthand := _ordinal_shorthand(left[: marks[-1]]):
            items = shorthand  # 第一、二、三产业和居民生活用电量: four items
        if len(items) == 1 and (packed := _packed_goods(items[0], end - i)):
            items = packed  # 煤油气产量分别占全国的13.2%、4.8%、9.5%: coal, oil, gas
        n = end - i
        if len(items) != n and (joined := _items_joined(left[: marks[-1]], n)):
            items = joined  # 林业和草原专利分别增长14.2%、15.8%
        if len(items) != n and verb and i >= n and all(ind.text for ind in indicators[i - n : i]):
            # 进出港船舶达811.06万艘次，货物吞吐量达47.95亿吨，同比分别增长6.57%、21.72%:
            # the changes of the figures just stated, in their order
            for k in range(n):
                name = without_change(indicators[i - n + k].text or "")
                indicators[i + k] = Indicator(clean_indicator(name + verb))
            continue
        if len(items) == n:
            head = text_of(_shared_tail(items[-1], items[0])) or ""
            for k, item in enumerate(items):
                name = text_of(item) or ""
                if head and name.endswith("的" + head):
                    name = name[: -len(head) - 1] + head  # 原材料制造业的利润, as the others
                elif head and not name.endswith(head):
                    name += head
                indicators[i + k] = Indicator(
                    clean_indicator(name + verb), indicators[i + k].name_like
                )
    return indicators


# 中国、美国、日本的温室气体排放量，相较于…核算结果，分别调整了-17.7%、+15.2%和+7.2%: a
# comparison frame between the listed places and 分别
_BASES_ONLY = ("同比", "环比", "比上年", "较上年")


def _leading_name(item: list[Token]) -> list[Token]:
    """高技术制造业 of 高技术制造业发展势头/l: the nouns naming the item, not what it shows."""
    return list(itertools.takewhile(lambda t: t.flag in ("n", "nz", "nt", "j", "b", "ns"), item))


_RATES = ("增速", "增幅", "涨幅", "降幅")
# 第一、二、三产业和居民生活用电量: ordinals written once, the noun after the last, and
# maybe one more item joined by 和 that carries the head (用电量) all of them share
_ORDINAL_SHORTHAND = re.compile(
    r"第(?P<first>[一二三四五六七八九])(?P<more>(?:、[一二三四五六七八九])+)(?P<noun>产业|季度)"
    r"(?P<tail>[\u4e00-\u9fff]*?)(?:同比|环比)?$"
)


# 煤油气产量, 粮油肉: goods named by one character each, written together before a head
_ONE_CHARACTER_GOODS = frozenset("煤油气电水热粮棉糖肉蛋奶菜茶")


def _packed_goods(item: list[Token], n: int) -> list[list[Token]] | None:
    text = text_of(item) or ""
    head = text[n:]
    if len(text) <= n or not all(c in _ONE_CHARACTER_GOODS for c in text[:n]):
        return None
    if head[:1] in _ONE_CHARACTER_GOODS:
        return None  # 煤油气电: more goods than figures
    return [[Token(c + head, "n")] for c in text[:n]]


def _ordinal_shorthand(tokens: list[Token]) -> list[list[Token]] | None:
    text = "".join(t.word for t in tokens)
    start = text.rfind("第")
    found = _ORDINAL_SHORTHAND.fullmatch(text, start) if start >= 0 else None
    if not found:
        return None
    ordinals = [found["first"], *found["more"].split("、")[1:]]
    items = [[Token(f"第{n}{found['noun']}", "n")] for n in ordinals]
    tail = found["tail"]
    other = tail[1:] if tail[:1] in ("和", "及", "与") else ""
    words_after = [t for t in tag(other or tail) if t.nounish]
    head = words_after[-1:]  # 用电量, 增加值: the measure every item shares
    if other and len(words_after) > 1:
        items.append([Token("".join(t.word for t in words_after[:-1]), "n"), *head])
    elif head:
        items[-1] = [*items[-1], *head]
    return items


_FRAME_OPENERS = ("相较于", "相较", "相比于", "相比", "较", "与", "比", "对比")


def _without_date_clause(piece: list[Token]) -> list[Token]:
    """The piece without its last clause when the clause before it is a date alone (截至
    2025年底): what was said before the date is what the figure's clause goes on with."""
    breaks = clause_breaks(piece)
    if len(breaks) < 2:
        return piece
    clause = [t for t in piece[breaks[-2] + 1 : breaks[-1]] if t.word not in _DATE_OPENERS]
    return (
        piece[: breaks[-2] + 1] if clause and all(t.flag in ("t", "m") for t in clause) else piece
    )


_DATE_OPENERS = ("截至", "截止", "到", "至")


def _clause_before_frame(piece: list[Token]) -> list[Token]:
    """The clause before the one 分别 opens, past a comparison frame clause between them."""
    clauses: list[list[Token]] = [[]]
    for token in piece:
        if token.delimiter and token.word != "、":
            clauses.append([])
        else:
            clauses[-1].append(token)
    earlier = [clause for clause in clauses[:-1] if clause]
    if len(earlier) >= 2 and earlier[-1][0].word in _FRAME_OPENERS:
        return earlier[-2]
    return []


COORDINATORS = ("、", "和", "与", "及")
_PERIOD = re.compile(r"\d{1,2}月份?|[一二三四1-4]季度|[上下]半年|\d{4}年")


def _measure_of_listed_places(tokens: list[Token], n: int) -> list[Token] | None:
    """南山区、福田区、宝安区的二手房签约量: n places listed before one measure; the
    measure (二手房签约量) is every place's. Places alone give an empty measure."""
    items = _coordinated_items(tokens)
    while len(items[0]) > 1 and items[0][0].flag in ("r", "d", "c", "p", "t"):
        items[0] = items[0][1:]  # 其中, 此外
    if len(items) == n and all(_PERIOD.fullmatch(text_of(item) or "") for item in items[:-1]):
        # 1月、2月CPI环比分别上涨0.2%和1%: periods listed, the measure after the last
        period = next((k for k in range(len(items[-1]), 0, -1)
                       if _PERIOD.fullmatch(text_of(items[-1][:k]) or "")), 0)  # fmt: skip
        return items[-1][period:] if period else None
    # 带动湖北武汉、宜昌团购消费: a place may be written in two (province, city), after the
    # words that lead to the list
    trailing = list(itertools.takewhile(lambda t: t.flag == "ns", reversed(items[0])))[::-1]
    if trailing:
        items[0] = trailing
    if len(items) != n or any(not item or {t.flag for t in item} != {"ns"} for item in items[:-1]):
        return None
    last = items[-1]
    if not last or last[0].flag != "ns":
        return None
    last = list(itertools.dropwhile(lambda t: t.flag == "ns", last[1:]))
    measure = last[1:] if last[:1] and last[0].word == "的" else last
    if not measure:
        return []  # places alone: the measure is said before them
    return measure if any(t.nounish for t in measure) else None


def _coordinated_items(tokens: list[Token]) -> list[list[Token]]:
    """``tokens`` cut at 、/和/与/及 (the list's items, possibly empty)."""
    items: list[list[Token]] = [[]]
    for token in tokens:
        if token.word in COORDINATORS:
            items.append([])
        else:
            items[-1].append(token)
    return items


def respective_without_mark(tagged: TaggedSentence, indicators: list[Indicator]) -> list[Indicator]:
    """水源涵养和土壤保持功能增强区域面积比例约为60%和47%: as many coordinated items as
    coordinated figures pair up in order even without 分别; the measure written once after
    the last item (功能增强区域面积比例) belongs to every item."""
    for i, end in coordinated_groups(tagged):
        left = strip_linking(tagged.lefts[i])
        if end - i >= 2 and not any(t.word in ("分别", "分别为") for t in left):
            items = _coordinated_items(left)
            items[0] = trim_scope(items[0])
            first, last = items[0], items[-1]
            if (
                len(items) == end - i
                and all(any(t.nounish for t in item) for item in items)
                and is_measure_head(last[-1])
                and len(last) > len(first)
            ):
                tail = last[len(first) :]
                for k, item in enumerate(items):
                    name = text_of(item if k == len(items) - 1 else [*item, *tail])
                    indicators[i + k] = Indicator(
                        clean_indicator(name), indicators[i + k].name_like
                    )
    return indicators


def coordinated_groups(tagged: TaggedSentence) -> list[tuple[int, int]]:
    """``(i, end)`` of each run of figures joined by 、/和 (9.7%、9.6%), in order."""
    groups, i, quantities = [], 0, tagged.quantities
    while i < len(quantities):
        end = i + 1
        while end < len(quantities) and [t.word for t in tagged.pieces[end]] in (
            [mark] for mark in COORDINATORS
        ):
            end += 1
        groups.append((i, end))
        i = end
    return groups


def respective_carried(tagged: TaggedSentence, indicators: list[Indicator]) -> list[Indicator]:
    """装备制造业、高技术制造业增加值分别增长9.7%、9.6%，占规模以上工业比重为35.9%、
    16.7%，比去年同期提高2.1个、0.8个百分点: a later run of as many figures with no
    items of its own goes on with the same items, in order — its own words name the
    measure (占…比重), or, after 比…, it is the change of the run before."""
    groups = coordinated_groups(tagged)
    carried: set[int] = set()  # groups whose figures got the items from the run before
    for (i, end), (j, end_j) in itertools.pairwise(groups):
        n = end - i
        if n < 2 or end_j - j != n:
            continue
        listed = strip_linking(tagged.lefts[i])
        own = strip_linking(tagged.lefts[j])
        if own and own[0].word == "分别":
            own = own[1:]  # 分别拉动…增长5.4个、7.8个百分点: the same items, said again
        elif own and own[-1].word in ("分别", "分别为"):
            own = own[:-1]  # 在世界总量中的比重分别为57.3%、84.9%: the same items, again
        itemized = i in carried or any(t.word in ("、", "分别", "分别为") for t in listed)
        if not itemized or any(t.word in (*COORDINATORS, "分别", "分别为") for t in own):
            continue
        if own and (own[0].word in BASIS_MARKS or own[0].word in GLUED_BASES):
            names = [indicators[i + k].text for k in range(n)]
        else:
            measure = text_of(own)
            if not measure or not (
                measure.startswith(_CARRIED_RELATIONS) or _SHARE_OF_WHOLE.fullmatch(measure)
            ):
                continue  # only a relation (占…比重, 拉动…) is unmistakably the items' own
            names = [
                _relation_of(without_change(indicators[i + k].text or ""), measure) or None
                for k in range(n)
            ]
        for k in range(n):
            indicators[j + k] = Indicator(clean_indicator(names[k]), indicators[j + k].name_like)
        carried.add(j)
    return indicators


def respective_from_to(tagged: TaggedSentence, indicators: list[Indicator]) -> list[Indicator]:
    """调解组织、调解员数量快速增长，从最初的566家、2350人增长到…3.8万家、9.6万人: the
    items the clause before lists go with the figures of a run after 从 and of the run after
    到 it grew to, in order."""
    for (i, end), (j, end_j) in itertools.pairwise(coordinated_groups(tagged)):
        n = end - i
        left = tagged.lefts[i]
        if n < 2 or end_j - j != n or not any(t.word == "从" for t in left):
            continue
        if not any(t.word in ("到", "至") for t in tagged.pieces[j]):
            continue
        items = _items_of_clause_before(tagged.pieces[i])
        if len(items) != n and any(t.word in ("分别", "分别为") for t in left):
            # 人均肉、蛋、水产品消费量分别从68.5公斤、24.1公斤、47.7公斤增加到75.1公斤、…:
            # 分别 named the run after 从; the run it grew to is of the same items
            indicators[j:end_j] = indicators[i:end]
            continue
        if len(items) != n:
            continue
        measured = [k for k, t in enumerate(items[-1]) if is_measure_head(t)]
        if not measured:
            continue
        items[-1] = items[-1][: measured[-1] + 1]  # 数量快速增长/n: the measure, not its growth
        head = text_of(_shared_tail(items[-1], items[0])) or ""
        for k, item in enumerate(items):
            name = text_of(item) or ""
            name = clean_indicator(name if name.endswith(head) else name + head)
            indicators[i + k] = Indicator(name, indicators[i + k].name_like)
            indicators[j + k] = Indicator(name, indicators[j + k].name_like)
    return indicators


def respective_of_clauses(tagged: TaggedSentence, indicators: list[Indicator]) -> list[Indicator]:
    """播种面积稳定在1097.4万亩，年均产量达252.1万吨，分别占陕西省的1/4和1/5: a run of
    figures after 分别 + a relation, right after as many clauses each stating one measure,
    relates those measures in order (read alone, the whole run was the last one's)."""
    groups = coordinated_groups(tagged)
    single = {i for i, end in groups if end == i + 1}  # figures standing alone
    for j, end in groups:
        n = end - j
        own = strip_linking(tagged.lefts[j])
        if n < 2 or j < n or own[:1] == [] or own[0].word != "分别":
            continue
        if not text_of(own[1:]).startswith(RELATIVE_STARTS):
            continue
        stated = range(j - n, j)  # one figure per clause: 1097.4万亩，…252.1万吨，
        if any(k not in single or not _clause_ends(tagged.pieces[k + 1]) for k in stated):
            continue
        measures = [indicators[k].text or "" for k in stated]
        runs = [indicators[j + k].text or "" for k in range(n)]
        last = measures[-1]
        if "" in measures or len(set(measures)) < n or not all(r.startswith(last) for r in runs):
            continue
        for k in range(n):
            name = measures[k] + runs[k][len(last) :]
            indicators[j + k] = Indicator(clean_indicator(name), indicators[j + k].name_like)
    return indicators


def _clause_ends(piece: list[Token]) -> bool:
    return any(t.word in ("，", "；", ",", ";") for t in piece)


# 占…比重 and 快于… relate an item to a whole; 拉动/带动/贡献 say how much of the whole's
# change the item made (装备制造业拉动全部规上工业企业利润增长5.4个百分点).
_CONTRIBUTIONS = ("拉动", "带动", "贡献")
_CARRIED_RELATIONS = (*RELATIVE_STARTS, *_CONTRIBUTIONS)
# 在世界总量中的比重: each item's share of a whole, the whole named with 在…中
_SHARE_OF_WHOLE = re.compile(r"在[\u4e00-\u9fff]{1,12}中的?(?:比重|占比|份额)")


def _relation_of(item: str, measure: str) -> str:
    """The item's measure and the relation: 装备制造业增加值占规模以上工业比重. A
    contribution names the item, not its measure again: 装备制造业利润 拉动…利润增长 is
    装备制造业拉动…利润增长."""
    if measure.startswith(_CONTRIBUTIONS):
        head = tag(item)[-1].word if item else ""
        if len(item) > len(head) and head in measure:
            item = item[: -len(head)]
    return item + measure


def _shared_tail(last: list[Token], first: list[Token] | None = None) -> list[Token]:
    """增加值占规模以上工业比重 of 高技术制造业增加值占规模以上工业比重: from the first
    measure head (增加值, 产量) or 占 after the item's own name to the end.

    Without such a head (沙化、荒漠化土地面积), what the last item has beyond the
    first item's length is shared: 土地面积.
    """
    for j in range(1, len(last)):
        if is_measure_head(last[j]) or last[j].word == "占":
            if first and is_measure_head(first[-1]) and all(map(is_measure_head, last[j:])):
                return []  # 起数、亡人数、伤人数: the first names its own measure (起数)
            if first and 0 < len(first) < j:
                tail = last[len(first) :]  # 沙化、荒漠化林草用地…盖度: the head's modifiers too
                # 数码相机、云台相机销量: a modifier the first item ends in is its own already
                while len(tail) > 1 and (text_of(first) or "").endswith(tail[0].word):
                    tail = tail[1:]
                return tail
            return last[j:]
    if first and 0 < len(first) < len(last) and not any(is_measure_head(t) for t in first):
        return last[len(first) :]
    return []


def _items_of_clause_before(piece: list[Token]) -> list[list[Token]]:
    """其中冬季和秋季尤为明显，分别偏高2.13摄氏度和1.78摄氏度: the items 分别 pairs with
    are named in the clause before its own: the leading run of nouns or time words there,
    joined by 和/与/及/、. Verbs inside an item modify its head noun (育种/v 育苗/v 面积), and
    jieba's name guesses are nouns there (森林抚育/nr 面积)."""
    items: list[list[Token]] = [[]]
    clause = clause_before(piece)
    for k, token in enumerate(clause):
        if token.word in (*COORDINATORS, "以及"):
            items.append([])
        elif token.nounish or token.flag in ("t", *PERSON_NAME) or token.verbish:
            items[-1].append(token)
        elif token.flag in ("r", "ns", "m") and not any(items):
            continue  # 其中; 伊春接待旅游人次和旅游花费: the place is the region; 2025届
        elif token.word == "在" and len(items) == 1:
            items = [[]]  # 本科毕业生在电子电气设备制造业、…的就业比例: the sectors listed
        elif (
            token.word == "的"
            and len(items) > 1
            and k + 1 < len(clause)
            and (clause[k + 1].nounish or clause[k + 1].verbish)
        ):
            items[-1].append(token)  # …交通运输设备制造业的就业比例: the head all share
        else:
            break
    while items[-1] and items[-1][-1].verbish:
        items[-1].pop()  # 用电量增长强劲: the item's predicate, not its name
    named = all(item and (item[-1].nounish or item[-1].flag == "t") for item in items)
    return items if len(items) >= 2 and named else []


def _items_joined(tokens: list[Token], n: int) -> list[list[Token]] | None:
    """林业和草原专利: n items of the clause joined by 和/与/及, the head (专利) written once
    after the last; None unless there are exactly n."""
    start = max((k + 1 for k, token in enumerate(tokens) if token.delimiter), default=0)
    items = _coordinated_items(trim_scope(tokens[start:]))
    return items if len(items) == n and all(items) else None


def split_items(tokens: list[Token]) -> list[list[Token]]:
    items: list[list[Token]] = [[]]
    for token in tokens:
        if token.word == "、":
            items.append([])
        elif not token.delimiter:
            items[-1].append(token)
    items[0] = trim_scope(items[0])
    return [item for item in items if item]


def joined_as_range(tagged: TaggedSentence, i: int) -> bool:
    """30米至1000米: figures ``i`` and ``i + 1`` are the ends of one range."""
    between = tagged.pieces[i + 1]
    return (
        len(between) == 1
        and between[0].word in RANGE_MARKS
        and tagged.quantities[i].unit_name == tagged.quantities[i + 1].unit_name
    )


def share_along_ranges(tagged: TaggedSentence, indicators: list[Indicator]) -> list[Indicator]:
    """30米至1000米跨度: the lower end of a range shares the upper end's noun; but
    含硅量0.5%—4.8%的极薄钢片: a measure named before the range is both ends'."""
    quantities = tagged.quantities
    for i in range(len(quantities) - 2, -1, -1):
        between = tagged.pieces[i + 1]
        if joined_as_range(tagged, i):
            own = strip_linking(tagged.lefts[i])
            # not an amount a share is taken of (支付销售额3%—12%的品种权费)
            named = own and is_measure_head(own[-1]) and not own[-1].word.endswith(("额", "值"))
            if named and indicators[i].text:
                indicators[i + 1] = Indicator(indicators[i].text, indicators[i + 1].name_like)
            else:
                indicators[i] = Indicator(indicators[i + 1].text, indicators[i].name_like)
        elif len(between) == 1 and between[0].word == "/" and indicators[i + 1].text:
            # 60兆瓦/300兆瓦时盐穴压缩空气储能电站: two ratings of the thing named after both
            indicators[i] = Indicator(indicators[i + 1].text, indicators[i].name_like)
        elif (
            len(between) == 1
            and between[0].word in ("或", "或者")
            and {quantities[i].unit.unit, quantities[i + 1].unit.unit} <= DURATION_UNITS
            and indicators[i + 1].text
        ):
            # 不超过12个月或4个季度的经营期: one span said two ways, both of the noun after
            indicators[i] = Indicator(indicators[i + 1].text, indicators[i].name_like)
    return indicators


def share_along_totals(tagged: TaggedSentence, indicators: list[Indicator]) -> list[Indicator]:
    """发布5批次共27项…技术装备名单: a figure that names nothing but its verb counts
    what the total after 共 names."""
    for i in range(len(tagged.quantities) - 2, -1, -1):
        between = tagged.pieces[i + 1]
        own = tagged.lefts[i]
        if (
            len(between) == 1
            and between[0].word in TOTAL_MARKS
            and not any(token.nounish for token in strip_linking(own))
            and indicators[i + 1].text
        ):
            indicators[i] = Indicator(indicators[i + 1].text, indicators[i].name_like)
    return indicators
