"""What a number counts: the short noun phrase next to it, found with jieba POS tags.

Two word orders carry an indicator in Chinese news:

* noun phrase BEFORE the number: 建成职工书屋898家, 参赛企业2.9万家, 召开率达到100%
  (noun_before.py)
* classifier + noun phrase AFTER it: 建立13个红色读书社, 2508个创业项目 (noun_after.py)

tagged_sentence.py cuts the sentence at its figures and chooses between the two for each
figure; this module applies the context rules on top: shares, totals, comparisons,
subjects carried from an earlier clause.

Only the text between one quantity and the next is tagged (never the whole article).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import dropwhile, takewhile

from pipelines.facts.durations import (
    time_taken,
)
from pipelines.facts.farming import (
    AREA_UNITS,
    area_covered,
    area_worked,
    cycles_per_period,
    land_of,
    owned_area,
    work_on_one,
    yield_of_one_mu,
)
from pipelines.facts.group_share import (
    doer_and_deed,
    opens_on_whole,
    part_taken_from,
    short_predicate,
    what_the_group_did,
)
from pipelines.facts.noun_after import (
    DIMENSION_ADJECTIVES,
    LEVELS_PASSED,
    MAX_MODIFIED_TOKENS,
    appointed_role,
    designated,
    items_sharing_head,
    noun_after_de,
    thing_after_de,
)
from pipelines.facts.noun_before import (
    ALL_OF_THEM,
    AVERAGED,
    CASE_STAGES,
    REACHING,
    SEASONS,
    SHARE_HEADS,
    converted,
    distance_to,
    noun_phrase_before,
    per_one_unit,
    split_change,
    subject_before,
    trim_leading,
    walk_back,
)
from pipelines.facts.openings import kind_pointed_at, topic_since
from pipelines.facts.phrases import (
    CHANGE,
    CONJUNCTIONS,
    CUMULATIVE,
    FREQUENCY_BAND,
    GENERIC_MEASURES,
    GLUED_BASES,
    LINKING_WORDS,
    LOCATIVES,
    MEASURE_HEAD_ENDINGS,
    NOMINAL_VERBS,
    QUALIFYING_VERBS,
    RANGE_MARKS,
    RECORDS,
    RELATIVE_STARTS,
    SCOPE_WORDS,
    TIME_NEEDED,
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
    without_quotes,
)
from pipelines.facts.quantities import EVERY_VERBS, Quantity
from pipelines.facts.respective import (
    joined_as_range,
    respective,
    respective_carried,
    respective_from_to,
    respective_of_clauses,
    respective_without_mark,
    share_along_ranges,
    share_along_totals,
    split_items,
)
from pipelines.facts.segmenter import words
from pipelines.facts.tagged_sentence import (
    AREA_UNIT_NAMES,
    DIMENSIONS,
    DURATIONS,
    FRAME_CLOSERS,
    FRAME_OPENERS,
    LONE_DIMENSIONS,
    NOUN_TAGGED_VERBS,
    VALUE_WORDS,
    TaggedSentence,
    acting_verb,
    has_verb,
    left_clause_end,
    money_noun,
    names_only_places,
    right_clause,
)
from pipelines.facts.tagging import (
    BASIS_MARKS,
    PERSON_NAME,
    Token,
    tag,
)
from pipelines.facts.trade import (
    EARNING_VERBS,
    MONEY_NOUNS,
    NOT_GOODS,
    PRICE_PRAISE,
    SPENDING,
    as_price,
    cost_of_one,
    deal_of,
    fee_after,
    goods_of_one,
    goods_sold,
    levered,
    output_of,
    per_period_earnings,
    per_piece,
    price_per_unit,
    role_taken,
    sales_over_span,
    saving_of_costs,
    sold,
    up_to_selling,
)
from pipelines.facts.units import (
    HOUSEHOLD_NOUNS,
    PLACE_UNITS,
    PLACES_ACT_TOGETHER,
)

# The stock after a flow (新增科技型企业4765家，总数达30083家) counts all of them, not the
# new ones: the qualifying verb does not carry over, and later figures measure the stock.
_STOCK_MEASURES = words("总数 总量")
# words, not 占/与 + a noun; 占地区生产总值比重 is 占 + 地区
_NOT_RELATIVE = re.compile(r"占地(?!区)|占比|占用|与会")


# An amount of a substance moved or worked (回收废旧地膜2.14万吨) is measured by the verb:
# without it 废旧地膜 would read as a stock. Counts of things (建成职工书屋898家) are not.
_MASS_UNITS = frozenset(words("吨 千克 公斤 克 斤 立方米 升"))
_FLOWS = words(
    "回收 处理 处置 生产 销售 出口 进口 运输 转运 消耗 利用 加工 收购 采购 储存 调运 供应 收储"
)


def _left_of_range(tagged: TaggedSentence, i: int) -> list[Token]:
    """The clause before figure ``i``, or before its range's start (停留1至2个月: 停留)."""
    return tagged.lefts[i - 1 if i and joined_as_range(tagged, i - 1) else i]


def _with_flow_verb(left: list[Token], text: str) -> str:
    """The flow verb right before the tokens that spell ``text``, prepended; or, when
    ``text`` is named after the figure, the flow verb that closes its clause (一辆长管拖车
    才能运输250—300公斤氢气: hydrogen carried)."""
    verb = _word_before_spelling(left, text)
    relative = bool(left) and left[-1].word == "的"  # 进口的28立方米…板材: described by it
    if verb is None and not relative and text not in (text_of(left) or ""):
        verb = text_of(strip_linking(left)[-1:])  # 才能运输: modals are stripped too
    return verb + text if verb in _FLOWS and not text.startswith(verb) else text


def _word_before_spelling(left: list[Token], text: str) -> str | None:
    """The word right before the last tokens of ``left`` when they spell ``text``. The
    words are grown from the end and stop once as long as ``text``: linear in the clause."""
    stripped = strip_linking(left)
    spelled = ""
    for k in range(len(stripped) - 1, 0, -1):
        spelled = stripped[k].word + spelled
        if len(spelled) >= len(text):
            return stripped[k - 1].word if spelled == text else None
    return None


_SHIPPING = words("出货 发货 出口 进口 交付 运送 外运")
_DESTINATIONS = ("国家", "地区", "城市", "市场", "港口", "省份", "客户")


def _shipped(left: list[Token], counted: str) -> str:
    """每天能出货超30万盆绿植盆景: things counted as they are shipped are a flow (出货),
    not a stock of them."""
    stripped = [t for t in strip_linking(left) if t.flag != "ul"]
    if counted.endswith(_DESTINATIONS) or not stripped or stripped[-1].word not in _SHIPPING:
        return counted  # 出口100多个国家和地区: where to, not what
    return counted + stripped[-1].word


_MAX_TOPIC_TOKENS = 3


def _topic_between(piece: list[Token]) -> str | None:
    """煤炭的兜底保障作用较强，: a clause without figures that opens on a noun and 的 moves
    the topic to that noun for a bare measure (占比) after it."""
    cuts = clause_breaks(piece)
    if len(cuts) < 2:
        return None
    clause = piece[cuts[-2] + 1 : cuts[-1]]
    de = next((k for k, t in enumerate(clause) if t.word == "的"), None)
    if not de or de > _MAX_TOPIC_TOKENS or not all(t.nounish for t in clause[:de]):
        return None
    said = clause[de + 1 :]
    if not any(t.flag in ("a", "ad") for t in said) or said[-1].word in LOCATIVES:
        return None  # 公司的科技人才中，90后占比达74%: a frame, not a statement about 公司
    return text_of(clause[:de])


_ADDING = ("增加值", "产值", "投资", "消费", "支出", "出口", "进口")


def _contributor(tagged: TaggedSentence, i: int, subject: str | None) -> str | None:
    """Whose contribution a clause opening on 拉动 states: the subject in effect, or else the
    one the sentence opened on, where either names an output or a spending (_ADDING)."""
    opener = text_of(subject_before(tagged.lefts[0])) if i else None
    return next((s for s in (subject, opener) if s and s.endswith(_ADDING)), None)


def _puller_before(left: list[Token], text: str) -> str | None:
    """知识产权产品投资拉动全部投资增长: the text names only what is pulled; the noun before
    拉动 in the same clause is what pulls it."""
    words = [t.word for t in left]
    if "拉动" not in words or "拉动" in text:
        return None
    k = len(words) - 1 - words[::-1].index("拉动")
    if text_of(left[k + 1 :]) != text:
        return None
    return text_of(noun_phrase_before(left[:k]))


def _contributes(left: list[Token]) -> bool:
    """拉动规上工业增长: the clause opens on 拉动, its subject left out."""
    opening = [t.word for t in strip_linking(left) if t.flag != "d"]
    return opening[:1] == ["拉动"]


def _record_class(tagged: TaggedSentence, i: int) -> str | None:
    """最大26兆瓦级海上风电机组: the record's size class names the machine after 级."""
    left, (right, _) = tagged.lefts[i], tagged.rights[i]
    if not left or left[-1].word not in RECORDS or not right or right[0].word != "级":
        return None
    machine = list(takewhile(lambda t: t.nounish or t.flag == "s", right[1:]))
    return text_of(machine) if machine and machine[-1].nounish else None


def find_indicators(sentence: str, quantities: Sequence[Quantity]) -> list[Indicator]:
    """One Indicator per quantity, in order."""
    tagged = TaggedSentence.tagged(sentence, quantities)
    formulas = _parallel_formulas(quantities, tagged.pieces)
    indicators = []
    subject = None  # the last noun phrase named before a number, for 同比增长1.3%
    subjects = []  # the subject in effect at each figure
    topics: list[str | None] = []  # the clause topic last named up to each figure
    topic = None
    divided = False  # in a run of shares of a whole named after the subject (…的利润里，50%…)
    listed_whole = None  # the whole of a list of shares (占全球约9%的耕地、6%的淡水资源)
    gatherer = None  # the event that gathered what a figure before counted (汽车行业专场)
    for i, quantity in enumerate(quantities):
        if quantity.unit.unit != "%":
            divided = False
        elif opens_on_whole(tagged.pieces[i]):
            divided = True
        subjects.append(subject)
        if i == 0 or any(token.delimiter for token in tagged.pieces[i]):
            topic = text_of(subject_before(tagged.lefts[i])) or topic  # a clause's own opening
        topics.append(topic)
        text = _without_counted_before(tagged, i, tagged.own_phrase(i))
        if elided := _elided_head(tagged, i, indicators):
            text = elided  # 本科专业127个，撤销就业率低的41个: more of those 专业
        if quantity.unit.category == "ratio" and text in _SHARES_TAKEN:
            text = _holder_taking(tagged.lefts[i]) + text  # 自主品牌拿下近六成份额: whose
        if quantity.unit.category == "money" and (fee := fee_after(tagged.rights[i][0])):
            text = fee  # 向…剧组每天收取3000元场地费: the fee is what the amount is
        if quantity.unit.category == "money" and (used := _set_aside_for(tagged, i)):
            text = used  # 统筹安排4.77亿元，专项用于…发放养老服务消费补贴
        if quantity.unit.category == "ratio" and (goal := _goal_after(tagged.rights[i][0])):
            text = goal  # 提前完成年初提出的70%的接入率目标: the goal the rate is
        if quantity.unit_name.endswith("/小时") and (speed := _speed_of(tagged.rights[i][0])):
            text = (text or "") + speed  # 台风将以每小时20公里左右的速度向西北方向移动
        if quantity.unit.unit == "摄氏度" and (kept := _kept_at(tagged.rights[i][0])):
            text = kept  # 全程13摄氏度恒温冷链: the cold chain kept at that temperature
        if quantity.unit.unit in _RACE_TIMES and (
            race := _RACE_BEFORE.search(sentence, max(0, quantity.start - 8), quantity.start)
        ):
            text = race[1] + "成绩"  # 400米38秒15: the time run over the race named before
        if quantity.unit.unit in _MASS_UNITS and (weight := _weight_of(tagged.lefts[i])):
            text = weight  # 单果重约4斤: the weight of one fruit
        if quantity.unit.category == "length" and (apart := _place_away(tagged, i)):
            text = apart  # 视线转向距芜湖约150公里的合肥: how far 合肥 is from 芜湖
        elif quantity.unit.category == "length" and (level := _height_from(tagged.lefts[i])):
            text = level  # 捕获地面以上2公里内…: the height above the ground
        elif quantity.unit.category == "length" and (away := _distance_away(tagged.rights[i][0])):
            text = away  # 从2000公里外的福建“嫁”到宁夏: how far away Fujian is
        if quantity.unit.unit in AREA_UNIT_NAMES and (extent := _extent_of_situation(tagged, i)):
            text = extent  # 区域及周边约1.3万平方公里的降雨情况: the area watched
        elif quantity.unit.unit in AREA_UNIT_NAMES and text and _WHOLE_PLACE.fullmatch(text):
            text += "面积"  # 全村近10平方公里范围: the area of the whole village
        elif quantity.unit.unit in AREA_UNIT_NAMES and (thing := _thing_after(tagged, i, text)):
            text = f"{thing}面积"  # 为岛上279万平方米建筑供能: the buildings' floor area
        elif quantity.unit.unit in AREA_UNIT_NAMES and (
            part := owned_area(tagged.lefts[i], tagged.rights[i][0], text)
        ):
            text = part  # 工厂4400平方米生产车间内: the workshop's area, not the factory's
        if quantity.unit.unit == "%" and (part := part_taken_from(tagged.lefts[i])):
            text = part  # 从收益中拿出10%: a part of the proceeds, whoever takes it
        elif quantity.unit.unit == "%" and (applied := _rate_applied(tagged, i)):
            text = applied  # 机构护理按标准的75%报销费用: the rate it is paid back at
        elif quantity.unit.category == "ratio" and (share := _share_of_measure_before(tagged, i)):
            text = share  # 发表的论文数，占全国总数的近1/3: the share of that measure
        elif quantity.unit.unit == "%" and (named := _named_whole(tagged, i)):
            # 老年人口有835.06万人，占常住人口的26.20%: the subject's share of the whole
            own, whole = named
            holder = text_of(noun_phrase_before(own)) or subject or ""
            if text and _de_right_after(tagged, i):
                holder = text  # 以占全球约9%的耕地…养活: the noun after 的 is the part
                listed_whole = whole
            if holder not in whole:  # 额度（2万亿元）的56% stays the quota's
                text = f"{holder}占{whole}比重"
        elif listed_whole and text and _de_right_after(tagged, i):
            text = f"{text}占{listed_whole}比重"  # 约9%的耕地、6%的淡水资源: of the same whole
        if not (text_of(tagged.pieces[i + 1]) or "").endswith("、"):
            listed_whole = None
        if subject and converted(tagged.lefts[i]):
            text = subject
        if cycles := cycles_per_period(tagged.lefts[i], quantity.unit.unit, text):
            text = cycles  # 每年养4轮: batches a year, named by the work
        elif quantity.unit.category == "events" and (verb := _event_after(tagged.rights[i])):
            text = (text or "") + verb if not (text or "").endswith(verb) else text  # 4次搬迁
        elif quantity.unit.category == "events" and (doer := _doer_of_event(tagged, i, text)):
            text = doer + text  # 新方人员先后7次来到鸭绿江口湿地: who came, not only where
        used = _share_used_for(tagged.pieces[i + 1]) if quantity.unit.unit == "%" else None
        if text and used and used not in text:
            text += used  # 把每年利润的20%以上投入研发: the share of profit put into R&D
        if quantity.unit.category == "money" and (put := _put_into(tagged.lefts[i])):
            text = put  # 拉动社会资本投入相关产业超600亿元: the capital put in, not the sector
        if quantity.unit.category == "organizations" and (served := _firms_served(tagged, i)):
            text = served  # 为269家企业定制节能方案: the firms and what was done for them
        if quantity.unit.unit == "摄氏度" and (extreme := _extreme_temperature(tagged.lefts[i])):
            text = extreme  # 最低到零下35摄氏度，最高到60摄氏度: the range it bears
        if quantity.unit.unit == "千瓦时" and text and text.endswith(_POWER_VERBS):
            text += "量"  # 发电厂累计发电超过114亿千瓦时: the plant's output of power
        if quantity.unit.unit == "车道":
            text = _road_of_lanes(tagged, i) + "车道数"  # 双向六车道的桥面: the deck's lanes
        if quantity.unit.category == "events" and (done := _done_times(tagged, i)):
            text = done  # “一张图”是被提及11次的高频词: what was done 11 times
        elif quantity.unit.unit in _TIMES and (deed := _deed_to_thing_after(tagged, i)):
            text = deed  # 消防部门每周2次对园区开展无人机巡飞: how often the patrols fly
        work = tagged.rights[i][0][-1:]
        if quantity.unit.unit == "层" and text and work and work[0].flag == "vn":
            text = work[0].word + "层数"  # 35层无间隔连续精细监测: layers watched, not the gaps
        if text is None and subject and _dimension_only(tagged.lefts[i], quantity):
            # 该系统直径5米、高35米: the second dimension of the same subject; 宽度仅1.2米、
            # 重约200公斤: its weight
            dimension = tagged.lefts[i][-1].word
            text = _without_dimension(subject) + ("重量" if dimension == "重" else dimension)
        elif text is None and _dimension_only(tagged.lefts[i], quantity):
            # 这些“大家伙”是指针式喷灌机，长380多米: the thing the clause before ends on
            thing = text_of(noun_phrase_before(clause_before(tagged.pieces[i])))
            dimension = tagged.lefts[i][-1].word
            text = thing + ("重量" if dimension == "重" else dimension + "度") if thing else None
        if quantity.unit.classifier and text and (reach := _reach_of(tagged.lefts[i], text)):
            text = reach  # 入境航班目的地已覆盖国内160个城市: what covers those cities
        if text:
            text = _which_of_them(tagged, i, text)
        if quantity.unit.classifier and (role := _role_for_counted(tagged, i)):
            text = role  # 中国是近80个国家的主要出口目的地: what it is for each of them
        if text and (whose := _contributor_before(tagged, i, subject)):
            text = f"{whose}对{text}"  # 内需拉动起主导作用，对经济增长的贡献率超过80%
        if text and _EVERY_PERIOD.fullmatch(text):
            # 开展人工智能通识教育，每学年不少于8课时: of that, a year
            text = (subject or _noun_closing_clause_before(tagged, i) or "") + text
        if subject and text and _names_only_a_period(text):
            text = subject  # 利润增长3.2%，9月份单月同比增长21.6%: when, not what
        elif text and _names_only_a_period(text):
            # 消费品进口一季度增长5.4%: the period stands between the measure and its change
            timeless = [t for t in tagged.lefts[i] if not _PERIOD_ONLY.match(t.word)]
            text = text_of(noun_phrase_before(timeless)) or text
        basis = _comparison_basis(tagged.lefts[i])
        if basis is not None and not subject:
            # 三季度快递平均价格企稳回升，较二季度增长0.5%: the topic of the clause before
            subject = _noun_closing_clause_before(tagged, i) or text_of(
                subject_before(clause_before(tagged.pieces[i]))
            )
        if basis is not None and subject:
            # 社零总额增长2.8%，比上年12月份加快1.9个百分点: the figure changes the
            # subject's measure; 上年12月份 only says against what (增速比… keeps 增速).
            own = text_of(strip_linking(tagged.lefts[i][:basis]))
            text = own if own in GENERIC_MEASURES else subject
            change = text_of(split_change(strip_linking(tagged.lefts[i]))[1])
            if text == subject and change and not text.endswith(change):
                text += change  # 较应用前增长超30%: how the subject's measure moved
        text = _completed_by_overlap(text, subject, tagged.lefts[i])
        text = _with_achiever(tagged.lefts[i], text)
        if text and (own_gatherer := _gatherer(tagged, i, text)):
            gatherer = own_gatherer
            text = gatherer + text
        elif gatherer and text and text == text_of(strip_linking(tagged.lefts[i])):
            # 汽车行业专场组织148家用人单位，…，招聘需求812人次: a clause of a bare measure
            # after the event's own clause is the event's too
            text = gatherer + text
        if text and (owner := _owner_after_de(tagged, i, text)):
            text = owner + text  # 探获了资源量达69吨的深部金矿: the gold deposit's resource
        if record := _record_class(tagged, i):
            text = record  # 全球最大26兆瓦级海上风电机组: the size of the machine
        if text and quantity.unit_name.endswith("/亩") and text.endswith(("产出", "产量")):
            # 每亩虾塘产出100多斤; 每亩产量800斤 is no 每亩亩产量
            text = text.removesuffix("产出").removesuffix("产量").removesuffix("每亩") + "亩产量"
        if text and quantity.unit.unit in _MASS_UNITS:
            text = _with_flow_verb(_left_of_range(tagged, i), text)  # 共回收废旧地膜2.14万吨
        elif text and quantity.unit.classifier and text == text_of(tagged.after[i]):
            text = _shipped(tagged.lefts[i], text)  # 每天能出货超30万盆绿植盆景
        if text and (output := output_of(tagged, i, text)):
            text = output  # 一年生产这种产品100多吨, 日产各种笔类产品可达30万支: output
        if quantity.unit.category == "money" and (
            deal := deal_of(tagged.lefts[i], tagged.rights[i][0])
        ):
            text = deal  # 打八八折后是86元, 多花1元换购10元代金券
        elif quantity.unit.category == "money" and per_piece(tagged.rights[i][0]):
            text = as_price(text)  # 最高能卖到300多元一把: the price of one
        elif "/" in quantity.unit_name and text and (price := price_per_unit(text, topic)):
            text = price  # 这海带…每斤能卖10块钱左右: the seaweed's price, in 元/斤
        elif "/" in quantity.unit_name and (price := goods_of_one(tagged.lefts[i])):
            text = price  # 一公斤鲜果只卖两元左右: the fresh fruit's price, in 元/公斤
        elif "/" in quantity.unit_name and (cost := cost_of_one(tagged.lefts[i])):
            text = cost  # 旋耕一亩地的费用从160元: 旋耕费用, in 元/亩
        elif quantity.unit.unit in AREA_UNITS and (covered := area_covered(tagged.lefts[i])):
            text = covered  # 服务覆盖周边5000亩地: the area the service covers
        elif quantity.unit.unit in AREA_UNITS and (
            worked := area_worked(tagged.lefts[i], text) or land_of(tagged.rights[i][0], text)
        ):
            text = worked  # 种了40亩地, 够种40亩地: the area planted
        elif crop_yield := yield_of_one_mu(
            tagged.lefts[i], quantity.unit_name, tagged.rights[i][0]
        ):
            text = crop_yield  # 一亩地打不出100斤种子: the seed yield of one 亩
        elif quantity.unit.unit in DURATIONS and (work := work_on_one(tagged.lefts[i])):
            text = work  # 人工施肥一亩要20分钟: the time the work takes for one 亩
        if quantity.unit.category == "money" and _goods_per_weight(quantity, text):
            text = as_price(text)  # 云南种植的蜜宝西瓜在每斤4.99元以上: the melon's price
        if quantity.unit.category == "money" and text in SPENDING:
            text = _spent_on(tagged.lefts[i], text) or text  # 育种已累计投入超过14亿元
        if quantity.unit.category == "money" and (saving := saving_of_costs(tagged.lefts[i], text)):
            text = saving  # 就省了将近150万元: costs saved
        if quantity.unit.category == "money" and text in EARNING_VERBS:
            text = role_taken(tagged.pieces[i]) + "收入"  # 每年能赚10多万元: income
        elif (
            quantity.unit.category == "money"
            and text
            and text.endswith("贷")
            and not text.endswith("信贷")
        ):
            text += "款"  # 从银行贷到360万元: what was borrowed is a loan (银行贷款)
        elif quantity.unit.category == "money" and text in _SELLING_FOR:
            # 你卖10块，我就卖9块: what one sells for is the price; 一只精品卤鹅能卖到: of what
            text = sales_over_span(tagged.lefts[i]) or goods_sold(tagged.lefts[i]) + "售价"
            carried = _goods_carried(tagged, i, indicators) if text == "售价" else None
            if carried and text_of(tagged.lefts[i][-2:]) in ("卖了", "卖出了"):
                text = carried + "销售收入"  # 扛着7麻袋茶叶，…，卖了7000元钱: what they fetched
        elif quantity.unit.category == "money" and text in PRICE_PRAISE:
            # 拍出666万元的高价: the price the verb fetched; 高价 only praises it
            verb = _last_verb(tagged.lefts[i])
            text = verb + "价格"
        elif quantity.unit.category == "count" and sold(tagged.lefts[i], tagged.after[i]):
            # 共卖了100多万件, 新能源汽车销售近2000台: how many (of what) were sold
            goods = noun_phrase_before(strip_linking(up_to_selling(tagged.lefts[i])[:-1]))
            named = text_of(goods) or ""
            text = (named if len(named) > 1 and not named.endswith(NOT_GOODS) else "") + "销量"
        if quantity.unit.category == "people" and (role := appointed_role(*tagged.rights[i])):
            text = text_of(role)  # 50名各领域代表作为特邀行政执法监督员: counted by the role
        if quantity.unit.classifier and (listed := designated(*tagged.rights[i])):
            text = listed  # 16个城市被列为“电影+”消费综合试点城市: counted by the list
        if text in _BARE_COUNTS and (counted := _things_of_clause_before(tagged, i)):
            text = counted + text  # 满载…的货物，数量至少10万件: how many of those goods
        if quantity.unit.category == "ratio" and (
            band := _BAND_SHARE.search(
                sentence, max(0, quantity.start - _BAND_REACH), quantity.start
            )
        ):
            text = band[1] + "占比"  # 每季度消费1—2次的占比达41.96%: the share in that band
        if worst := _worst_category(sentence, quantity, tagged.lefts[i]):
            text = worst  # 其中“违规收送…礼品礼金”方面问题最多，查处8138起: that category's
        if quantity.unit.category == "people" and (needs := _needs_met(tagged, i)):
            text = needs  # 能够满足7万人一年的用电需求: whose needs are met, not the verb
        if quantity.unit.category == "people" and (casualties := _casualties(tagged.lefts[i])):
            text = casualties  # 接报火灾84.1万起，亡1827人、伤2161人: the dead, the injured
        right = tagged.rights[i][0]
        if text == "人" and right[:2] and right[0].flag == "ns" and right[1].word == "人":
            text = right[0].word + "人"  # 6万多鹰潭人在外开了1.3万家烘焙门店: people of a place
        if text and len(text) < 2 and not tagged.after[i]:
            text = None  # 多增11万人: a lone 增 names nothing; the subject does
        if indicators and _basis_only(tagged.lefts[i], quantity.unit.unit):
            text = indicators[-1].text or text  # 用电量突破10万亿千瓦时，…，是美国两倍还多
        if indicators and _another_basis(tagged, i, indicators[-1].text):
            text = indicators[-1].text  # 是全国平均水平的1.5倍、旱地的2.7倍: the same measure
        if share := _one_in_every_share(tagged, i):
            text = share  # 全国每4辆摩托就有1辆是“重庆造”: the share of those made there
        budgeted = _budget_completed(tagged, i, indicators)
        if budgeted:
            text = budgeted + "预算完成率"  # 一般公共预算收入…，为预算的98.3%
        if _compared_figure(tagged, i) and (earlier := _last_of_unit(tagged, i, indicators)):
            text = subject = earlier  # 总数达2193座，与初步筛查时的1355座相比: earlier
        if text is None and (named := _named_after_dash(sentence, quantity)):
            text = named  # 1.73亿吨——这是2025年三峡枢纽通过量: the figure first, then its name
        if text is None and indicators and tagged.after_range_mark(i):
            text = indicators[-1].text  # 经济增长4.5%—5%: both ends measure the same
        if indicators and _end_of_move(tagged, i):
            text = indicators[-1].text  # 比重从2015年的不足15%升至64%: where it moved to
        if (
            indicators
            and _only_a_verb(tagged.lefts[i], text)
            and _same_unit_before(tagged, i)
            and not _verb_of_its_own_before(tagged, i, indicators[-1].text)
            and not _subject_between(tagged, i)
            and not _states_contrasted(tagged, i, indicators[-1].text)
        ):
            text = indicators[-1].text  # 年用水量1700多万立方米，去年仅用了1500多万立方米
            if sibling := _sibling_flow(text or "", tagged.lefts[i]):
                text = sibling  # 统筹基金收入1.83万亿元，支出1.36万亿元: the fund's spending
            elif other := _other_verb_same_object(tagged, i, text):
                text = other  # 营造红树林超2030公顷、修复超3300公顷: 修复红树林
        if text is None and indicators and _totals_previous(tagged, i):
            text = indicators[-1].text  # 4类案件较多，合计5435件: the total of those
        if text is None and indicators and _part_of_previous(tagged, i):
            # 共发生过19次降雨…，其中3次…: part of those; 其中9个为市级特色产业园区: the part
            # named after 为
            text = _part_named(tagged.rights[i][0]) or indicators[-1].text
        if text is None and (title := _titled_before(sentence, quantity)):
            text = subject = title  # 《…生态环境法典（草案）》共5编、1242条: the law's parts
        if text is None and (spread := _spread_measure(tagged, i, indicators)):
            text = spread  # 充值费用，少则三四千元，多则七八千元: the measure that spreads
        if text in _TIME_SPENT and (work := _work_that_took(tagged, i)):
            text = work + text  # 耗时整整一个月，才…完成地形勘测和场地标定: the work's time
        elif (
            text is None
            and quantity.unit.unit in DURATIONS
            and (work := _work_that_took(tagged, i))
        ):
            text = work + "用时"  # 经过一年多的努力，案件终于启动了遣返程序
        elif text == "时间" and quantity.unit.unit in DURATIONS:
            text = _work_given_time(tagged, i) + text  # 在一个月的时间里，研制…振荡器
        if text is None and quantity.unit.unit in DURATIONS and _only_time_needed(tagged.lefts[i]):
            if between := _subject_between(tagged, i):
                text = subject = between  # …，培养…的产业工人，普遍需要3到5年: the work named
            elif indicators and indicators[-1].text and _same_unit_before(tagged, i):
                # 12个小时左右就能烘干的小麦，现在需要15至18个小时: the same work, now
                text = indicators[-1].text
        if (
            text is None
            and subject
            and tagged.may_borrow_subject(i)
            and (opened := _subject_opening_between(tagged, i))
        ):
            # 电源总装机达到1.77亿千瓦，风光总装机大幅提升，增至7100万千瓦: a clause between
            # the figures opens on a measure of its own
            text = subject = opened
        # …的利润里，50%返给…，30%由全体村民共享: shares of a whole named since the subject
        # are no measure of the subject
        if text is None and subject and not divided and tagged.may_borrow_subject(i):
            text = subject
            if any(t.word in CUMULATIVE for t in tagged.lefts[i]):
                text = _without_qualifying(subject)  # 新增公园694座、累计达到1100座: all parks
        text = text or text_of(subject_before(tagged.lefts[i]))
        if total := _total_of_previous(tagged, i):
            text = total  # 新组建92家创新联合体，累计达327家: all of them so far
        if text and (crimes := _crimes_of_clause_before(tagged, i, text)):
            text += crimes  # 依法惩治电信网络诈骗犯罪，起诉6.9万人: those crimes prosecuted
        if (not text or len(text) < 2) and (summed := _sum_of_noun_before(tagged.pieces[i])):
            text = summed  # 处以…7.5%的罚款，计35.21亿元: the fine just named, summed
        if text is None and (measure := _measure_said_before(tagged, i)):
            text = measure  # 床位使用率差异较大，从70%到120%不等: the rate just named
        if text is None and (moved := _subject_moving_from(tagged, i)):
            text = moved  # 上海沙县小吃店实现井喷式增长，从8家猛增到700多家
        if text and (puller := _puller_before(tagged.lefts[i], text)):
            text = puller + "拉动" + text  # 知识产权产品投资拉动全部投资增长1.2个百分点
        if text and _contributes(tagged.lefts[i]) and (puller := _contributor(tagged, i, subject)):
            # 高技术制造业增加值增长12.5%，…拉动规上工业增长2个百分点: whose contribution;
            # 知识产权产品投资占全部投资的比重为14.8%，…，拉动全部投资增长: the sentence's
            text = puller + ("" if text.startswith("拉动") else "拉动") + text
        if text and _grown_to(tagged.lefts[i], text):
            # 纽扣地摊从最初的2家发展到40多家: the same measure, later
            earlier = _last_of_unit(tagged, i, indicators)
            text = earlier or subject or text
        if (
            text in _BARE_OUTPUTS
            and subject is None
            and (owner := _owner_in_clause_before(tagged, i))
        ):
            text = owner + text  # 今年夏粮再获丰收，产量达到3014.9亿斤: the summer grain's output
        if text and CHANGE.fullmatch(text) and tagged.counted_before(i) and indicators[-1].text:
            text = without_change(indicators[-1].text) + text  # …乡村视频，同比增长24.59%
        elif text and (
            CHANGE.fullmatch(text)
            or text in GENERIC_MEASURES
            or (text.startswith(RELATIVE_STARTS) and not _NOT_RELATIVE.match(text))
            # 增速高于同期商品零售额, 同比降幅收窄: the rate of the subject's change
            or bool(_RATE_OPENING.match(text))
        ):
            if text in _STOCK_MEASURES and not subject and _same_unit_before(tagged, i):
                subject = indicators[-1].text  # 新增73家离境退税商店，全市总数增至363家
            stock = text in _STOCK_MEASURES and subject
            if stock:
                subject = _without_qualifying(subject)
            if subject is None and CHANGE.fullmatch(text):
                subject = _trend_before(tagged.pieces[i])
            if subject is None and text in ("金额", "总额") and _counted_before_sum(tagged, i):
                subject = indicators[-1].text  # 在13件案件中适用惩罚性赔偿，金额达到…
            if text in GENERIC_MEASURES and (shifted := _topic_between(tagged.pieces[i])):
                subject = shifted  # 石油占比不到两成，煤炭的兜底保障作用较强，占比超过五成
            elif text in _TOTALS and (done := _people_who_did(tagged.pieces[i])):
                subject = done  # …的医务人员下沉派驻，总人数超过了7万人: of those sent down
            if subject is None and text in _STOCK_MEASURES | {"总量", "数量"}:
                # 总量超过1000万块的光伏板: the total of the things named after it
                subject = text_of(thing_after_de(tagged.rights[i][0]))
            text = (subject or "") + text  # 国内生产总值增长5%，总量达到140.19万亿元
            if stock:
                subject = text
        elif text and text.startswith(SEASONS) and subject:
            text = subject + text  # 南极年平均气温 + 春季偏高; the subject stays the year's
        elif text and not tagged.after[i] and text_of(tagged.rights[i][0] or None) != text:
            subject = without_change(text)  # 保持在50%以上扩张区间: after it, not a subject
        if text and text.endswith(tuple(AVERAGED)) and text[:-2] in REACHING:
            text = text[-2:]  # 节假日能达到日均1000人: the average alone
        if text in VALUE_WORDS and indicators and indicators[-1].text:
            text = indicators[-1].text + text  # 280余套房产被查封，价值高达1.1亿余元
        if text in AVERAGED and (thing := _thing_right_after(tagged, i)):
            text += thing  # 全市旱天日均7.98万立方米污水从雨水系统剥离: the sewage a day
        elif text in AVERAGED and indicators and indicators[-1].text:
            text += without_change(indicators[-1].text)  # 提升至最高200万件、日均150万件
        text = _earlier_state(tagged, i, text) or text
        if text and (sibling := _sibling_measure(tagged, i, text)):
            text = sibling  # 花牛苹果栽培面积86.9万亩，产量198万吨: the apples' output
        if one_unit := per_one_unit(tagged.lefts[i], text):
            text = one_unit  # 一批能养4万多只, 这一批大概1.7万只: one batch's worth
        if quantity.unit.unit in DURATIONS and (taken := time_taken(tagged, i, text)):
            text = taken
        stay = strip_linking(_left_of_range(tagged, i))[-1:]
        if quantity.unit.unit in DURATIONS and stay and stay[0].word in _STAYING:
            text = stay[0].word  # 停留1至2个月越冬、觅食: how long they stay, not what for
        right = tagged.rights[i][0]
        if right and right[0].word in _PER_HEAD and quantity.unit.unit in _HEADCOUNTS:
            # 带动760户户均务工增收4000元: 户均 opens the next figure's measure
            verb = _last_verb(tagged.lefts[i])
            text = verb + _HEADCOUNTS[quantity.unit.unit]
        if quantity.unit.unit == "倍" and (drawn := levered(tagged.lefts[i], tagged.rights[i])):
            text = drawn  # 资金撬动企业10倍研发投入: the investment drawn in, 10 times over
        if among := _counted_among(tagged, i):
            text = among  # 法院在13件案件中适用惩罚性赔偿: the cases where it was applied
        if text and text.endswith("案件") and (stage := _case_stage(tagged.lefts[i], text)):
            # 新收各类知识产权案件14438件、审结14323件: how far the cases got
            text = stage + next((text[len(s) :] for s in CASE_STAGES if text.startswith(s)), text)
        if (
            quantity.unit.written in PLACE_UNITS
            and quantity.unit.unit not in (text or "")
            and (places := _places_counted(tagged, i))
        ):
            text = places  # 覆盖8市41县: 覆盖市, 覆盖县
        if quantity.unit.category == "length" and (extreme := _extreme_dimension(tagged, i)):
            text = extreme  # 一张铝箔，最薄0.006毫米: the foil's thickness
        elif text and quantity.unit.category == "length" and (dim := _noun_dimension(tagged, i)):
            text = text + _DIMENSION_NAMES[dim]  # 平台高128米: the platform's height
        elif text and quantity.unit.category == "length" and (dim := _dimension_after(tagged, i)):
            # 一条6米宽的道路: the road's width; 海面仍有3至4米高的巨大涌浪: the swell's, not
            # the sea's
            thing = text_of(thing_after_de(tagged.rights[i][0][1:]))
            text = (thing or text) + _DIMENSION_NAMES[dim]
        elif quantity.unit.unit == "级" and (wind := _wind_resisted(tagged, i)):
            text = wind  # 具备载重40公斤、抗7级风: what it withstands
        elif text and _weight_after(tagged, i) and not text.endswith("重量"):
            # 樟树高12.3米，超过50吨重: the tree's weight; 一块20公斤重的石头: the stone's
            thing = text_of(thing_after_de(tagged.rights[i][0][1:]))
            text = (thing or text) + "重量"
        if quantity.unit.unit == "倍" and (measure := _multiple_of_basis(tagged, i)):
            text = measure  # 不断提升效率，已经达到传统方式的3倍: the efficiency, not the basis
        if quantity.unit.unit == "代" and (bred := _generations_bred(tagged.rights[i][0])):
            text = bred  # 6代选育的新品种: the breeding, over generations
        if quantity.unit.unit == "席" and (ranking := _seats_in_ranking(tagged.pieces[i])):
            text = ranking  # 全球前50医药企业我国占6席: seats among the ranked
        if i == 0 and quantity.unit.classifier and not tagged.after[0]:
            # 像这样的精品民宿，流清湾片区已有330余家: the count is of the kind pointed at
            text = kind_pointed_at(sentence) or text
        if quantity.unit.unit == "%" and (share := _share_of_stated_whole(tagged, i, subject)):
            text = share  # 占全年8000亿元的76%: the share of that whole
        if budgeted:
            subject = budgeted  # …，为预算的98.3%，下降1.7%: the revenue fell, not the budget
        elif _inside_brackets(sentence, quantity):
            # 支出300100亿元（含中央预备费500亿元），增长4.4%: the spending grew
            subject = subjects[-1]
        if quantity.unit.unit == "%" and text and (listed := _share_of_listed(tagged, i, text)):
            text = listed  # 超过80%的餐饮、零售、住宿商户: all the items share the head
        if (classed := _share_of_class_by_bound(tagged, i, indicators)) and classed.endswith(
            text or ""
        ):
            text = classed  # 集体经济年收入50万元以上村占71.8%: of the villages so classed
        if quantity.unit.unit == "倍" and (basis := _times_basis_after(tagged.rights[i][0])):
            text = basis + "倍数"  # 四倍于国标水压的持续喷射: so many times the standard
        if text and quantity.unit.category == "people":
            classed = _class_of_people(text_of(tagged.lefts[i]) or "", text)
            if classed != text and subject == text:
                subject = classed  # …党员175.3万名，占84.0%: the share is of that class
            text = classed
        if (
            text
            and text[0].isdigit()
            and sentence[quantity.start - 1 : quantity.start] in ("（", "(")
            and (level := _measure_of_level_before(tagged.pieces[i]))
        ):
            text = level  # 最大风力为9级（23米/秒）: the wind's, 9级 written the other way
        if quantity.unit.unit == "年" and (dated := _dated_before_present(tagged, i)):
            text = dated  # 距今20万年的长阳人: how long ago the thing was, not 距今 alone
        if (
            text
            and quantity.unit.unit in DURATIONS
            and (work := _work_verb_before(tagged, i, text))
        ):
            text = work + text  # 杰普特光电深耕光电领域近20年: the years went to that work
        if quantity.unit.unit == "比值" and text and f"{text}比" in sentence:
            text += "比"  # 人均可支配收入/n 比/p 从…的2.45∶1: the ratio jieba cut off its noun
        name_like = i in formulas or _looks_like_slogan(quantity, tagged.rights[i][0])
        # 70多辆车: after a classifier a one-character noun is a name (车, 船).
        min_chars = 1 if tagged.after[i] else 2
        indicators.append(Indicator(clean_indicator(text, min_chars), name_like))
    indicators = respective_without_mark(tagged, respective(tagged, indicators))
    indicators = respective_carried(tagged, indicators)
    indicators = respective_of_clauses(tagged, indicators)
    indicators = respective_from_to(tagged, indicators)
    indicators = share_along_totals(tagged, indicators)
    indicators = share_along_ranges(tagged, indicators)
    indicators = _dimensions_before_de(tagged, indicators)
    indicators = _changes_of_subject(indicators, subjects)
    indicators = [_change_of_both(tagged, i, indicators) for i in range(len(indicators))]
    indicators = _verbs_of_topic(indicators, topics, topic_since(sentence))
    indicators = _ages_of_sentence_subject(tagged, indicators)
    indicators = _stage_reached_of_planned(tagged, indicators)
    indicators = _time_spent_on(tagged, indicators)
    named = [
        _measure_of_clause_before(tagged, i)
        or _area_of(tagged, i, topics[i])
        or _answer_to_question(tagged, i)
        or _label_before_colon(tagged, i)
        or _part_of_counted_before(tagged, i)
        or _far_away(tagged, i)
        or _guessed(tagged, i)
        if indicator.text is None and not indicator.name_like
        else indicator
        for i, indicator in enumerate(indicators)
    ]
    named = _guess_shared(tagged, named)
    named = [
        replace(indicator, text="电价")  # 0.5元左右的1千瓦时电: money per kilowatt-hour
        if indicator.text is None and tagged.quantities[i].unit_name.endswith(("/千瓦时", "/度"))
        else indicator
        for i, indicator in enumerate(named)
    ]
    for i in range(1, len(named)):  # in order: a run of periods carries the name along
        named[i] = _next_period_of_measure(tagged, i, named)
    named = _changes_of_clause_measure(indicators, named, subjects)
    named = _change_of_earlier_measure(tagged, named)
    named = _sales_owner_carried(tagged, named)
    named = [
        replace(named[i], text=per_period_earnings(tagged.lefts[i], named[i].text))
        if tagged.quantities[i].unit.category == "money"
        else named[i]
        for i in range(len(named))
    ]
    named = [
        _what_the_group_did(sentence, tagged, i, named[i], named[i - 1] if i else None)
        for i in range(len(named))
    ]
    named = _verbs_telling_apart(tagged, named)
    named = [
        replace(indicator, text=namely) if (namely := _namely_listed(tagged, i)) else indicator
        for i, indicator in enumerate(named)
    ]
    named = [
        _share_of_each_of_two(
            tagged,
            i,
            _output_and_sales(tagged.lefts[i], _with_measures_sharing(tagged, i, indicator)),
        )
        for i, indicator in enumerate(named)
    ]
    return [_as_temperature(tagged.quantities[i], indicator) for i, indicator in enumerate(named)]


_RACE_TIMES = ("秒", "分钟", "分", "小时")
_RACE_BEFORE = re.compile(r"(?<![\d.])(\d+米)$")


def _place_away(tagged: TaggedSentence, i: int) -> str | None:
    """距芜湖约150公里的合肥: the place after 的 lies so far from the one after 距."""
    away = distance_to(tagged.lefts[i])
    right = tagged.rights[i][0]
    if not away or [t.word for t in right[:1]] != ["的"]:
        return None
    there = list(takewhile(lambda t: t.flag == "ns" or t.nounish, right[1:]))
    after = right[1 + len(there) : 2 + len(there)]
    if len(there) > 1 and after and after[0].verbish:
        there = there[:-1]  # 甘肃国际会展中心人潮涌动: the crowd belongs to the place
    return text_of(there) + text_of(away) if there else None  # 合肥距芜湖


# 其中“违规收送名贵特产和礼品礼金”方面问题最多，查处8138起，批评教育和处理8792人: the
# counts right after name the category that has the most (a report's largest item)
_MOST_IN = re.compile(r"其中[，,]?“(?P<category>[^”]{2,80})”(?:方面)?的?问题最多[，,]")
_MOST_REACH = 40  # characters from the category's clause to the figure: 查处…，批评教育和处理
_MOST_LOOKBACK = _MOST_REACH + 100  # and back over the quoted category itself


def _worst_category(sentence: str, quantity: Quantity, left: list[Token]) -> str | None:
    if "问题最多" not in sentence:
        return None
    lookback = max(0, quantity.start - _MOST_LOOKBACK)
    found = list(_MOST_IN.finditer(sentence, lookback, quantity.start))
    most = found[-1] if found else None
    if most is None or quantity.start - most.end() > _MOST_REACH:
        return None
    if re.search(r"\d", sentence[most.end() : quantity.start].split("，")[-1]):
        return None  # another figure of the same clause came between
    category = most["category"].split("，")[0]
    category = category.rsplit("方面", 1)[-1] or category  # …保护方面不担当、不作为: the wrong
    deed = text_of([t for t in left if not t.delimiter]) or ""
    return f"{category}问题{deed}"


_BAND_SHARE = re.compile(rf"({FREQUENCY_BAND})的占(?:比)?(?:达|为|是)?$")
_BAND_REACH = 30  # characters: 每季度消费1—2次的占比达
_BARE_COUNTS = ("数量", "总数", "数目")


def _things_of_clause_before(tagged: TaggedSentence, i: int) -> str | None:
    """The noun closing the clause right before, when the figure's clause opens on a bare 数量."""
    own = [t for t in strip_linking(tagged.lefts[i]) if t.flag not in ("d", "ad")]
    if len(own) != 1:
        return None  # 斑海豹最大日上岸数量451只: the clause names its own count
    # only clauses with no figure: the first piece's opening clause has none either
    clauses = _clauses_between(tagged, i) if i else _clauses_of(tagged.pieces[0])[:-1]
    if not clauses or not clauses[-1] or not clauses[-1][-1].nounish:
        return None
    return text_of(noun_phrase_before(clauses[-1]))


_SHARES_TAKEN = ("份额", "市场份额")
_TAKING = words("拿下 占据 占有 获得 夺得 斩获 占领 赢得")


def _holder_taking(left: list[Token]) -> str:
    """自主品牌拿下近六成份额: the subject right before a verb of taking holds the share."""
    words_left = [t for t in left if t.flag not in ("d", "ul")]  # 占据了
    if len(words_left) < 2 or words_left[-1].word not in _TAKING:
        return ""
    return text_of(noun_phrase_before(words_left[:-1])) or ""


_MEETING_NEEDS = words("满足 保障 解决")
_NEEDS = ("需求", "需要")
_SPAN_OF_NEED = words("一年 全年 每年 每天 日常")


def _needs_met(tagged: TaggedSentence, i: int) -> str | None:
    """满足7万人一年的用电需求: people whose needs (用电需求) a supply meets, past the span
    of the need and its 的."""
    left, (right, _) = tagged.lefts[i], tagged.rights[i]
    if not left or left[-1].word not in _MEETING_NEEDS:
        return None
    holder = right[:1] if right[:1] and right[0].word in HOUSEHOLD_NOUNS else []  # 户家庭
    k = len(holder)
    k += 1 if right[k : k + 1] and right[k].word in _SPAN_OF_NEED else 0
    if right[k : k + 1] and right[k].word == "的":
        k += 1
    need = list(takewhile(lambda t: t.nounish or t.word in _NEEDS, right[k:]))
    if not need or need[-1].word not in _NEEDS or len(need) < 2:
        return None
    return left[-1].word + text_of([*holder, *need])


def _as_temperature(quantity: Quantity, indicator: Indicator) -> Indicator:
    """全程控制在27摄氏度以下: a figure in degrees is a temperature, whatever else its clause
    names (全程温度)."""
    text = indicator.text
    if quantity.unit.unit != "摄氏度" or not text or _NAMES_HEAT.search(text):
        return indicator
    return replace(indicator, text=text + "温度")


def _guess_shared(tagged: TaggedSentence, named: list[Indicator]) -> list[Indicator]:
    """1—2天可以逛小镇: the start of a range takes the name guessed for its end (ranges
    share names before guesses are made, so a guessed one comes too late for that);
    分别迈上1.3万亿斤和1.4万亿斤台阶: a figure listed after another of its unit, nothing
    else between, takes the other's."""
    named = list(named)
    for i in range(len(named) - 2, -1, -1):
        unnamed = named[i].text is None or named[i].guessed  # 用200—300个标准大气压把…
        if unnamed and named[i + 1].text and joined_as_range(tagged, i):
            named[i] = replace(named[i + 1], also=())
    for i in range(1, len(named)):
        listed = text_of(tagged.pieces[i]) in ("、", "和")
        alike = tagged.quantities[i].unit_name == tagged.quantities[i - 1].unit_name
        if named[i].text is None and named[i - 1].text and listed and alike:
            named[i] = replace(named[i - 1], also=())
    return named


_TITLE_THEN_ALL = re.compile(r"《([^《》]{2,30})》(?:全文)?共有?$")
_TITLE_REACH = 36  # characters: the longest title and its 全文共有


def _titled_before(sentence: str, quantity: Quantity) -> str | None:
    """A book or law named in 《》 right before 共 and the figure."""
    match = _TITLE_THEN_ALL.search(sentence, max(0, quantity.start - _TITLE_REACH), quantity.start)
    return re.sub(r"（[^（）]*）", "", match.group(1)) if match else None


def _inside_brackets(sentence: str, quantity: Quantity) -> bool:
    """（含中央预备费500亿元）: the figure among other words inside brackets (not a figure
    alone restating a label, as consolidate._in_brackets). Looked for within a bracket's
    reach, so that a long flattened table is not searched once per figure."""
    opening = sentence.rfind("（", max(0, quantity.start - _BRACKET_REACH), quantity.start)
    closing = sentence.find("）", quantity.end, quantity.end + _BRACKET_REACH)
    return opening >= 0 and closing >= 0 and "）" not in sentence[opening : quantity.start]


_BRACKET_REACH = 30


# 为预算的98.3%, 完成预算的96.8%: the share of its budget the measure just given reached
_OF_BUDGET = re.compile(r"[，,]?(?:为|完成|达到|是|占)(?:年初|年度|全年)?预算(?:数)?的")


def _budget_completed(tagged: TaggedSentence, i: int, indicators: list[Indicator]) -> str | None:
    if tagged.quantities[i].unit.unit != "%" or not indicators or not indicators[-1].text:
        return None
    if not _OF_BUDGET.fullmatch(text_of(tagged.pieces[i]) or ""):
        return None
    return without_change(indicators[-1].text)


# 30岁及以下党员, 31至35岁党员, 具有大专及以上学历的党员: a bracket that classes the people
_BRACKET_BEFORE = (
    r"(?:\d+至\d+岁|(?:\d+岁|(?:大专|本科|研究生|高中|初中|中专|小学)(?=及))(?:及以下|及以上)"
    r"(?:学历)?的?)"
)
# 新中国成立前入党的, 党的十八大以来入党的: when they did what makes them one class
_SINCE_OR_BEFORE = ("前", "以来", "以后", "后")


def _class_of_people(left: str, text: str) -> str:
    """A count of people in a breakdown keeps what classes them: an age or schooling
    bracket before the noun, the time before the verb of the class, or 其他 (the rest)."""
    if bracket := re.search(rf"{_BRACKET_BEFORE}(?={re.escape(text)}$)", left):
        return bracket.group() + text
    when = left.removesuffix(f"{text}的")
    if when != left and when.endswith(_SINCE_OR_BEFORE) and len(when) >= 3:
        return when + text  # 新中国成立前入党的4.3万名
    return "其他" + text if left == f"其他{text}" else text  # 其他职业人员789.8万名


def _de_right_after(tagged: TaggedSentence, i: int) -> bool:
    """约9%的耕地: 的 right after the figure opens the noun it is of."""
    right = tagged.rights[i][0]
    return bool(right) and right[0].word == "的"


def _share_of_listed(tagged: TaggedSentence, i: int, text: str) -> str | None:
    """超过80%的餐饮、零售、住宿商户: a share of the first item of a list whose items share
    one head is a share of all of them."""
    piece = tagged.pieces[i + 1]
    if len(piece) < 3 or piece[0].word != "的" or piece[1].word != text:
        return None
    listed = items_sharing_head(piece[2:])
    return text + text_of(listed) if listed else None


def _measure_of_level_before(piece: list[Token]) -> str | None:
    """最大风力为9级（23米/秒）: a figure in brackets right after a level (9级, which the rules
    do not read) restates the measure named before the level."""
    left = [t for t in piece if t.word not in ("（", "(")]
    if not left or not left[-1].word[0].isdigit():
        return None
    return text_of(noun_phrase_before(strip_linking(left[:-1])))


def _dated_before_present(tagged: TaggedSentence, i: int) -> str | None:
    """距今20万年的长阳人, 盐灶及制盐遗物距今约4000年: an age before the present names
    the thing it dates, after the figure (up to its 的) or else before 距今."""
    left = [t for t in tagged.lefts[i] if t.flag != "d"]  # 距今约…: 约 is read already
    if not left or left[-1].word != "距今":
        return None
    right = tagged.rights[i][0]
    right = right[1:] if right[:1] and right[0].word == "左右" else right
    thing = noun_after_de(right, direct=True) or noun_phrase_before(left[:-1])
    return (text_of(thing) or "") + "距今"


_LIFE_WORK = words("深耕 扎根 耕耘 坚守 从事 专注 致力 投身 坚持")


def _work_verb_before(tagged: TaggedSentence, i: int, text: str) -> str | None:
    """深耕光电领域近20年: the verb of a life's work before the field a span is named by."""
    word = _word_before_spelling(tagged.lefts[i], text)
    return word if word in _LIFE_WORK else None


def _share_of_class_by_bound(
    tagged: TaggedSentence, i: int, indicators: list[Indicator]
) -> str | None:
    """集体经济年收入50万元以上村占71.8%: a share of the things the figure before bounds
    (villages earning 50万元 or more) is named by the measure, the bound and the things."""
    if i == 0 or tagged.quantities[i].unit.unit != "%" or not indicators[-1].text:
        return None
    bound = tagged.quantities[i - 1]
    piece = tagged.pieces[i]
    if not bound.raw_text.endswith(("以上", "以下")) or len(piece) < 2 or piece[-1].word != "占":
        return None
    if not all(t.nounish for t in piece[:-1]):
        return None
    return indicators[-1].text + bound.raw_text + text_of(piece[:-1])


def _times_basis_after(right: list[Token]) -> str | None:
    """四倍于国标水压: the basis after 于 (up to its 的) that the multiple is of."""
    if not right[:1] or right[0].word != "于":
        return None
    basis = list(takewhile(lambda t: t.nounish, right[1:]))
    return text_of(basis) if basis else None


def _goods_carried(tagged: TaggedSentence, i: int, indicators: list[Indicator]) -> str | None:
    """扛着7麻袋茶叶，辗转一个多月，卖了7000元钱: the goods counted last before a sale whose
    clause names none, when nothing but spans stands between."""
    for k in range(i - 1, -1, -1):
        unit = tagged.quantities[k].unit
        if unit.category == "count" and unit.classifier:
            return indicators[k].text
        if unit.unit not in DURATIONS:
            return None
    return None


def _what_the_group_did(
    sentence: str, tagged: TaggedSentence, i: int, indicator: Indicator, previous: Indicator | None
) -> Indicator:
    """超过90%的居民可以在15分钟内到达最近的医疗服务点: the share measures what the group
    after 的 does (居民到达医疗服务点), past the figures and lists that cut the clause."""
    quantity, text = tagged.quantities[i], indicator.text
    if quantity.unit.unit != "%" or not text:
        return indicator
    if sentence.startswith(text, quantity.unit_end) and len(text) >= 2:
        # 超90%红树林纳入生态保护红线: the group right after the figure, without 的
        group_end = quantity.unit_end + len(text)
        did = what_the_group_did(sentence, group_end) or short_predicate(sentence, group_end)
        return replace(indicator, text=text + did) if did and did not in text else indicator
    borrowed = i > 0 and previous is not None and previous.text == text
    if borrowed and (own := short_predicate(sentence, quantity.end)) and own not in text:
        # 近93%的红树林纳入生态保护红线，约68%纳入重要湿地: the same group, its own deed
        group = "".join(
            t.word for t in takewhile(lambda t: t.nounish or t.flag in PERSON_NAME, tag(text))
        )
        return replace(indicator, text=group + own) if group else indicator
    if not sentence.startswith("的", quantity.unit_end):
        return indicator
    group = text_of(noun_after_de(tagged.rights[i][0], direct=False))
    if not group or not text.startswith(group) or text[len(group) :].startswith("占"):
        return indicator  # 淡水资源占全球比重: the share of a whole already named
    group = group.removesuffix("内")  # 县域医共体内，…: within each of them
    group_end = quantity.unit_end + 1 + len(group)
    if sentence[quantity.unit_end + 1 : group_end] != group:
        return indicator
    did = what_the_group_did(sentence, group_end) or short_predicate(sentence, group_end)
    if not did or did in text:
        return indicator
    return replace(indicator, text=group + did)


def _changes_of_clause_measure(
    indicators: list[Indicator], named: list[Indicator], subjects: list[str | None]
) -> list[Indicator]:
    """内需贡献率更高，达到84.7%，同比提高近30个百分点: a bare change right after a figure
    named from the clause before it (no subject in effect) is that measure's change."""
    named = list(named)
    for i in range(1, len(named)):
        text, before = named[i].text, named[i - 1].text
        fresh = subjects[i] is None and indicators[i - 1].text is None
        if fresh and text and before and CHANGE.fullmatch(text):
            named[i] = replace(named[i], text=without_change(before) + text)
    return named


def _change_of_earlier_measure(tagged: TaggedSentence, named: list[Indicator]) -> list[Indicator]:
    """人均预期寿命达到79岁，连续3个五年规划都实现提高一岁以上: a figure named by verbs
    alone, a change last, changes the measure of the nearest earlier figure in its unit."""
    named = list(named)
    for i in range(1, len(named)):
        verbs = tag(named[i].text or "")
        if not verbs or not all(t.verbish for t in verbs) or not CHANGE.fullmatch(verbs[-1].word):
            continue
        unit = tagged.quantities[i].unit.unit
        k = next((k for k in range(i - 1, -1, -1) if tagged.quantities[k].unit.unit == unit), None)
        earlier = named[k].text if k is not None else None
        if earlier and not tag(earlier)[-1].verbish:
            named[i] = replace(named[i], text=without_change(earlier) + verbs[-1].word)
    return named


# A platform's or a shop's measures of trade, stated one after another of one owner
_SALES_MEASURES = words("订单量 订单数 销量 销售量 销售额 成交额 交易额 营收 营业收入 利润 客流量")


def _sales_owner_carried(tagged: TaggedSentence, named: list[Indicator]) -> list[Indicator]:
    """美妆个护团购订单量同比增长131%，销售额同比增长176%: a clause that opens on a bare
    measure of sales after one of an owner's (美妆个护团购 + 订单量) is the same owner's."""
    named = list(named)
    for i in range(1, len(named)):
        text, before = named[i].text, named[i - 1].text
        opens_clause = any(t.word in ("，", ",") for t in tagged.pieces[i])
        if not (text and before and opens_clause):
            continue
        measure = next((m for m in _SALES_MEASURES if text.startswith(m)), None)
        if measure is None or not CHANGE.fullmatch(text[len(measure) :]):
            continue
        owned = without_change(before)
        earlier = next((m for m in _SALES_MEASURES if owned.endswith(m)), None)
        owner = owned[: -len(earlier)] if earlier and earlier != measure else ""
        owner = owner[owner.rfind("的") + 1 :]
        if len(owner) >= 2:
            named[i] = replace(named[i], text=owner + text)
    return named


_BOTH_OUTPUT_AND_SALES = re.compile(r"(?P<what>.*)产销量?(?P<each>双|均|都)?")


def _output_and_sales(left: list[Token], indicator: Indicator) -> Indicator:
    """新能源汽车产销量双超700万辆, 汽车产销量均超过1500万辆 (产销双超700万辆 too): output
    and sales each passed the mark, two facts."""
    both = _BOTH_OUTPUT_AND_SALES.fullmatch(indicator.text or "")
    if both is None or indicator.also:
        return indicator
    if not both["each"] and not any(t.word in ("双", *ALL_OF_THEM) for t in left):
        return indicator  # 产销量达到…: one figure of the two together
    return replace(indicator, text=both["what"] + "产量", also=(both["what"] + "销量",))


def _with_measures_sharing(tagged: TaggedSentence, i: int, indicator: Indicator) -> Indicator:
    """种植面积、加工产能、产品种类均占全国90%以上, 智算占比、国产化率、区域集中度均超过90%:
    measures listed with 、 and 均/都 before one figure each have that value. The figure's
    indicator names the last of them; the others are named the same way."""
    text = indicator.text
    left = tagged.lefts[i]
    mark = next((k for k, t in enumerate(left) if t.word in ALL_OF_THEM), None)
    rate = _rate_of_each_listed(left) if mark is None else None
    if mark is None and (_measures_listed(left) or rate):
        mark = len(strip_linking(left))  # 地表水水质优良比例、饮用水水源达标率持续保持100%
    if not text or mark is None:
        return indicator
    items = split_items(left[:mark])
    if len(items) == 1:
        items = _split_at_conjunction(items[0])  # 游客数量和旅游综合性收入均同比增长近一成
    if len(items) < 2:
        return indicator
    if not all(_names_a_measure(item[-1]) for item in items):
        return _subjects_sharing(items, indicator)
    names = [text_of(item) or "" for item in items]
    last = names[-1]
    if last not in text:
        return indicator
    joined = (
        text_of(items[0]) + "".join(t.word for t in left[:mark] if t.word in CONJUNCTIONS) + last
    )
    if len(names) == 2 and joined in text:
        text = text.replace(joined, last)  # the figure's own name lists only the last
    if rate:
        names = [name if name.endswith(rate) else name + rate for name in names]
    others = tuple(clean_indicator(text.replace(last, name)) or name for name in names[:-1])
    if len(names) == 2 and (owner := _owner_of_first(items)):
        text = text.replace(last, owner + last, 1)  # 购物券订单量和销售额: 购物券销售额
    return replace(indicator, text=clean_indicator(text), also=others)


def _share_of_each_of_two(tagged: TaggedSentence, i: int, indicator: Indicator) -> Indicator:
    """航空服务覆盖全国90%以上的地级行政单元和人口: a share of two things joined by 和,
    closing the clause, is a share of each; the second is named as the first is."""
    right, ends = tagged.rights[i]
    if tagged.quantities[i].unit.unit != "%" or not ends or indicator.also or not indicator.text:
        return indicator
    if len(right) < 4 or right[0].word != "的":
        return indicator
    marks = [k for k, t in enumerate(right) if t.word in ("和", "与", "及")]
    if len(marks) != 1:
        return indicator
    first, second = right[1 : marks[0]], right[marks[0] + 1 :]
    if not all(0 < len(part) <= 3 and all(t.nounish for t in part) for part in (first, second)):
        return indicator
    named = "".join(t.word for t in first)
    if not indicator.text.endswith(named):
        return indicator
    also = indicator.text[: -len(named)] + "".join(t.word for t in second)
    return replace(indicator, also=(also,))


def _verbs_telling_apart(tagged: TaggedSentence, named: list[Indicator]) -> list[Indicator]:
    """营造红树林113.7公顷，修复红树林722公顷: when another figure of the sentence is
    written right after the same thing, the verb before this figure's noun is what tells
    the two apart (not so for 缩短至1分钟, which only moves the figure before)."""

    def right_after(k: int, text: str | None) -> bool:
        return bool(text) and (text_of(tagged.lefts[k]) or "").endswith(text)

    out = list(named)
    for i, indicator in enumerate(named):
        text, left = indicator.text, tagged.lefts[i]
        if not text or not right_after(i, text):
            continue
        if not any(
            k != i and right_after(k, other.text) and other.text.endswith(text)
            for k, other in enumerate(named)
        ):
            continue
        covered, k = "", len(left)
        while k and len(covered) < len(text):
            k -= 1
            covered = left[k].word + covered
        verb = left[k - 1] if k and covered == text else None
        if verb and verb.flag == "v" and len(verb.word) == 2 and verb.word not in LINKING_WORDS:
            out[i] = replace(indicator, text=verb.word + text)
    return out


_SET_ASIDE_FOR = re.compile(r"^(?:专项|主要|全部|重点)?用于")


def _set_aside_for(tagged: TaggedSentence, i: int) -> str | None:
    """安徽统筹安排4.77亿元，专项用于向…老年人发放养老服务消费补贴: money set aside, its
    clause closed, is named by what the next clause says it is used for (its last nouns)."""
    left, (right, closed) = tagged.lefts[i], tagged.rights[i]
    if right or not closed or not left or not left[-1].word.endswith(tuple(SPENDING)):
        return None
    piece = tagged.pieces[i + 1]
    start = next((k + 1 for k, t in enumerate(piece) if t.delimiter), None)
    if start is None:
        return None
    clause, _ = right_clause(piece[start:], False)
    if not _SET_ASIDE_FOR.match(text_of(clause) or ""):
        return None
    # 发放养老/nr 服务消费补贴: jieba's name guess inside the noun run is part of it
    tail = list(takewhile(lambda t: t.nounish or t.flag == "nr", reversed(clause)))[::-1]
    return text_of(tail) if 0 < len(tail) < len(clause) and clause[-len(tail) - 1].verbish else None


_PUT_INTO = words("投入 注入")
_USED_FOR = words("投入 用于 投向")


def _share_used_for(after: list[Token]) -> str | None:
    """20%以上投入研发: where a share (of the noun before) goes, said right after it."""
    tokens = list(dropwhile(lambda t: t.word in ("以上", "左右"), after))
    if len(tokens) < 2 or tokens[0].word not in _USED_FOR:
        return None
    where = list(takewhile(lambda t: t.nounish or t.flag == "vn", tokens[1:4]))
    rest = tokens[1 + len(where) :]
    if rest and rest[0].word in ("、", "和", "及", "与"):
        return None  # 总支出的79.7%用于维权、帮扶及补助下级: several uses, the share stays
    return tokens[0].word + text_of(where) if where else None


def _put_into(left: list[Token]) -> str | None:
    """社会资本投入相关产业超600亿元: money after 投入 + where it went is the money of the
    noun before 投入; not 投入研发资金5亿元, whose money noun follows."""
    tokens = strip_linking(left)
    k = max((k for k, t in enumerate(tokens) if t.word in _PUT_INTO), default=None)
    target = tokens[k + 1 :] if k is not None else []
    if not target or len(target) > 3 or not all(t.nounish or t.flag == "b" for t in target):
        return None
    if any(money_noun(t.word) for t in target):
        return None
    owner = noun_phrase_before(tokens[:k])
    if not owner or not owner[-1].nounish:
        return None
    return text_of(owner) + tokens[k].word


_NAMES_HEAT = re.compile("[温热冷冻沸熔燃]|度")


def _extreme_temperature(left: list[Token]) -> str | None:
    """最低到零下35摄氏度, 气温最高达40摄氏度: the lowest or highest temperature (最高气温),
    of the noun before when there is one."""
    k = max((k for k, t in enumerate(left) if t.word in ("最低", "最高")), default=None)
    if k is None or len(left) - k > 3 or any(t.nounish for t in left[k + 1 :]):
        return None
    owner = noun_phrase_before(left[:k]) if k else None
    named = text_of(owner) if owner and owner[-1].nounish else ""
    if named.endswith(("气温", "温度", "水温", "体温")):
        return left[k].word + named  # 气温最高 -> 最高气温
    return f"{named}{left[k].word}温度"


def _road_of_lanes(tagged: TaggedSentence, i: int) -> str:
    """桥面 of 双向六车道的桥面, 高速 of 高速双向8车道: the road whose lanes are counted."""
    right = tagged.rights[i][0]
    if len(right) > 1 and right[0].word == "的" and right[1].nounish:
        return right[1].word
    road = noun_phrase_before([t for t in tagged.lefts[i] if t.word not in ("双向", "单向")])
    return text_of(road) if road and road[-1].nounish else ""


def _done_times(tagged: TaggedSentence, i: int) -> str | None:
    """被提及11次的高频词: a count of times between a verb and 的 counts the verb's doing,
    not the noun after 的. 引航上千次国内外船舶: times of a deed done to a thing count the
    deed, so the verb stays before the thing (召开两次…工作会议 counts the meeting)."""
    left, right, counted = tagged.lefts[i], tagged.rights[i][0], tagged.after[i]
    if not left or not acting_verb(left[-1]):
        return None
    if right and right[0].word == "的":
        return left[-1].word
    if (
        tagged.quantities[i].unit.unit in _TIMES
        and counted
        and counted[0].flag in ("n", "s")
        and not counted[-1].word.endswith(_EVENT_ENDINGS)
    ):
        return text_of([left[-1], *counted])
    return None


_TIMES = ("次", "趟")
_TOWARDS_THING = words("对 向 为 给")


def _deed_to_thing_after(tagged: TaggedSentence, i: int) -> str | None:
    """每周2次对园区开展无人机巡飞: times, then 对 and what the deed is done to, then the deed
    closing the clause; the deed to the thing (对园区开展无人机巡飞) is what is counted."""
    right, ends = tagged.rights[i]
    if not ends or len(right) < 4 or right[0].word not in _TOWARDS_THING:
        return None
    verb = next((k for k in range(2, len(right)) if right[k].flag == "v"), None)
    if verb is None or not all(t.nounish for t in right[1:verb]) or len(right) - verb > 4:
        return None
    return text_of(right)


_EVENT_ENDINGS = ("会", "会议", "活动", "赛", "展", "节", "培训", "演出")


def _namely_listed(tagged: TaggedSentence, i: int) -> str | None:
    """明确了三档税率，即6%、9%、13%: figures listed after …，即 are the values of the
    measure that closes the clause before."""
    k = i
    while k > 0 and [t.word for t in tagged.pieces[k]] == ["、"]:
        k -= 1
    piece = tagged.pieces[k]
    if len(piece) < 3 or piece[-1].word != "即" or not piece[-2].delimiter:
        return None
    measure = noun_phrase_before(clause_before(piece))
    if not measure or not is_measure_head(measure[-1]):
        return None
    return clean_indicator(text_of(measure))


def _owner_of_first(items: list[list[Token]]) -> str | None:
    """商超购物券订单量和销售额均增长超70%: a bare measure (销售额) listed after one with its
    owner (商超购物券 + 订单量) is the same owner's."""
    first, last = items
    if len(last) != 1 or not is_measure_head(last[0]):
        return None
    measure = 2 if len(first[-1].word) == 1 else 1  # 订单/量, 销售额
    owner = first[:-measure]
    if not owner or not owner[-1].nounish or owner[-1].flag in ("ns", "t"):
        return None
    de = max((k for k, t in enumerate(owner) if t.word == "的"), default=-1)
    return text_of(owner[de + 1 :])  # 生活消费为主的商超购物券: the owner after 的


def _subjects_sharing(items: list[list[Token]], indicator: Indicator) -> Indicator:
    """油菜薹、蕨菜、马齿苋成交额同比增长均超100%: things listed before the last one's
    measure (成交额) and change each have that measure and value."""
    last = items[-1]
    head = next((k for k, t in enumerate(last) if is_measure_head(t)), None)
    if head is None and len(last) >= 2 and last[-1].word in NOMINAL_VERBS:
        head = len(last) - 1  # 二氧化碳、硫氧化物、颗粒物排放均减少90%以上: each one's 排放
    subject = text_of(last[:head]) if head else None
    text = indicator.text or ""
    others = [item for item in items[:-1] if all(t.nounish or t.flag in ("a", "b") for t in item)]
    if not subject or subject not in text or len(others) != len(items) - 1:
        return indicator
    named = tuple(clean_indicator(text.replace(subject, text_of(item) or "")) for item in others)
    return replace(indicator, also=tuple(name for name in named if name))


def _change_of_both(tagged: TaggedSentence, i: int, indicators: list[Indicator]) -> Indicator:
    """接待游客1.16亿人次，实现文旅综合收入870.68亿元，同比增长均超10%: a change that
    都/均 says of both figures before it is a fact of each measure."""
    indicator = indicators[i]
    left = tagged.lefts[i]
    mark = next((k for k, t in enumerate(left) if t.word in ALL_OF_THEM), None)
    if i < 2 or mark is None or indicator.also or not indicator.text:
        return indicator
    said = text_of(left[:mark]) or ""
    change = said.removeprefix("两项指标")  # 两项指标年均增长都在5%左右: both named before
    last, first = indicators[i - 1].text, indicators[i - 2].text
    if not CHANGE.fullmatch(change) or not last or not first:
        return indicator
    if indicator.text != last + change and not (change != said and indicator.text.endswith(change)):
        return indicator
    if first == last or tagged.quantities[i - 2].unit.category == "ratio":
        return indicator
    return replace(
        indicator,
        text=clean_indicator(last + change) or last,
        also=(clean_indicator(first + change) or first,),
    )


def _measures_listed(left: list[Token]) -> bool:
    """Without 均/都, a list is of measures sharing the figure only when every item ends
    in a measure's head (比例, 达标率), not where items are things (产值、利润 may be)."""
    if any(t.word == "分别" for t in left):
        return False
    items = split_items(strip_linking(left))
    return len(items) >= 2 and all(
        len(item) >= 2 and is_measure_head(item[-1]) and not has_verb(item) for item in items
    )


_RATES_OF_CHANGE = words("增幅 增速 涨幅 降幅")


def _rate_of_each_listed(left: list[Token]) -> str | None:
    """净利润、净资产收益率、经济增加值增幅超60%: nouns listed, the last closing on a rate of
    change, before one figure: each of them changed at that rate (the rate's word)."""
    if any(t.word == "分别" for t in left):
        return None
    items = split_items(strip_linking(left))
    if len(items) < 2 or len(items[-1]) < 2 or items[-1][-1].word not in _RATES_OF_CHANGE:
        return None
    if not all(item and all(t.nounish for t in item) for item in items):
        return None
    return items[-1][-1].word


def _names_a_measure(token: Token) -> bool:
    return token.nounish or token.word in MONEY_NOUNS  # 旅游综合性收入/v: jieba's verb


def _split_at_conjunction(item: list[Token]) -> list[list[Token]]:
    """游客数量和旅游综合性收入: two nouns joined by one 和/与/及."""
    marks = [k for k, t in enumerate(item) if t.word in CONJUNCTIONS]
    if len(marks) != 1 or marks[0] == 0 or not item[marks[0] - 1].nounish:
        return [item]
    return [item[: marks[0]], item[marks[0] + 1 :]]


_ANSWER_GIVEN = ("答案：", "答案:", "答案是", "答案为")
_HOW_LONG = words("多久 多长时间")


def _answer_to_question(tagged: TaggedSentence, i: int) -> Indicator | None:
    """有多少“墩墩”主题文创？超过1000件: a figure right after a question of how many
    answers it; what was asked about is what it counts."""
    piece = tagged.pieces[i]
    marks = [k for k, t in enumerate(piece) if t.word in ("？", "?")]
    if not marks:
        return None
    after = text_of(strip_linking(piece[marks[-1] + 1 :])) or ""
    if after and not after.endswith(_ANSWER_GIVEN):
        return None
    asked = piece[: marks[-1]]
    if asked and asked[-1].word in _HOW_LONG and tagged.quantities[i].unit.unit in DURATIONS:
        # 检测一支药液，需要多久？…给出新答案：0.1秒: the time the work asked about takes
        # (the figures inside the work, 一支药液, cut the sentence into pieces of its own)
        before = [t for piece_before in tagged.pieces[:i] for t in piece_before] + asked
        work = [t for t in clause_before(before) if t.flag != "m"]
        if work and (work[0].verbish or work[0].flag == "vn"):
            return Indicator(clean_indicator(text_of(work) + "用时"))
        return None
    how_many = next((k for k in range(len(asked) - 1, -1, -1) if asked[k].word == "多少"), None)
    noun = asked[how_many + 1 :] if how_many is not None else []
    if noun and all(t.nounish for t in noun):
        return Indicator(clean_indicator(text_of(noun)))
    return None


_WHOLE_PLACE = re.compile(r"全[村镇乡县市区省国岛]|本村")


def _thing_after(tagged: TaggedSentence, i: int, text: str | None) -> str | None:
    """``text`` when it is the noun right after the figure's unit and not already a
    measure; with attributives listed by 、 (智能化、绿色化厂区) the whole phrase."""
    after = text_of(tagged.rights[i][0]) or ""
    if not text or not after.startswith(text):
        return None
    phrase = left_clause_end(tagged.pieces[i + 1])
    if (text_of(phrase) or "").startswith(text + "、"):
        # 12万平方米智能化、绿色化厂区: the listed attributives share the head noun
        if len(phrase) > MAX_MODIFIED_TOKENS or not all(
            t.nounish or t.word == "、" or t.flag in PERSON_NAME for t in phrase
        ):
            return None
        tokens, text = phrase, text_of(phrase)
    else:
        tokens = tag(text)
    if not all(t.nounish or t.flag in PERSON_NAME for t in tokens if t.word != "、"):
        return None
    if is_measure_head(tokens[-1]) or tokens[-1].word.endswith(("产", "全部", "面积")):
        return None  # 亩产 is a yield, not an area; 21公顷水域面积 names its area already
    return text


def _area_of(tagged: TaggedSentence, i: int, topic: str | None) -> Indicator | None:
    """是典型的超大型居住区，1.8平方公里上住着…: an area no word names is the area of the
    clause's topic (or just 面积), which is more than the words around it would say."""
    if tagged.quantities[i].unit.unit not in AREA_UNIT_NAMES:
        return None
    if any(t.flag not in ("f", "s") for t in tagged.lefts[i]):
        return None  # 周边209平方公里: a direction alone names no area either
    return Indicator(clean_indicator((topic or "") + "面积"))


def _share_of_measure_before(tagged: TaggedSentence, i: int) -> str | None:
    """…上发表的论文数，占全国总数的近1/3: a clause of only 占… takes the measure that
    closes the clause before it, in the same stretch of text with no figure between."""
    left = tagged.lefts[i]
    if not left or left[0].word != "占" or not any(t.delimiter for t in tagged.pieces[i]):
        return None
    measure = noun_phrase_before(clause_before(tagged.pieces[i]))
    if not measure or not is_measure_head(measure[-1]):
        return None
    relation = left[:-1] if left[-1].word == "的" else left
    return text_of(measure) + (text_of(relation) or "")


def _named_whole(tagged: TaggedSentence, i: int) -> tuple[list[Token], str] | None:
    """约占全市老年人口一半, 占常住人口的26.20%: (what comes before 占, the whole) when 占
    names a whole that is no measure of its own (占GDP比重 is read as a measure) and no
    measure follows the figure (占全国80%市场份额)."""
    left, right = tagged.lefts[i], tagged.rights[i][0]
    if right and is_measure_head(right[0]):
        return None
    k = next((k for k in range(len(left) - 1, -1, -1) if left[k].word == "占"), None)
    if k is None:
        return None
    whole = left[k + 1 : -1] if left[-1].word == "的" else left[k + 1 :]
    if whole[:1] and whole[0].word in ("了", "到"):
        whole = whole[1:]  # 出口量占了全国同类产品的六成以上
    # 流转/v 林地: a verb may class the noun of the whole
    # 全国同/p 细分品类: the same kind of thing
    if not whole or not all(
        t.nounish or t.flag in ("ns", "b", "t", "v") or t.word == "同" for t in whole
    ):
        return None
    if whole[-1].flag == "v":
        return None
    if is_measure_head(whole[-1]) and not whole[-1].word.endswith(("人口", "人数", "总数")):
        return None
    return left[:k], text_of(whole) or ""


def _share_named_in(clause: list[Token], piece: list[Token]) -> str | None:
    """知识产权产品投资占全社会固定资产投资比重持续提升: the share a clause names, whole
    and holder, up to its head (比重); a clause opening on 占 takes the holder from the clause
    before it (知识产权产品投资规模不断扩大，占…), less the 规模 that grew."""
    at = [t.word for t in clause]
    if "占" not in at:
        return None
    heads = [k for k, t in enumerate(clause) if t.word in SHARE_HEADS and k > at.index("占")]
    if not heads:
        return None
    holder = text_of(noun_phrase_before(clause[: at.index("占")]))
    if not holder and at.index("占") == 0:
        breaks = clause_breaks(piece)
        earlier = clause_before(piece[: breaks[-2] + 1]) if len(breaks) > 1 else []
        grown = next((k for k, t in enumerate(earlier) if t.word.endswith(_GROWN_SIZES)), None)
        if grown is not None and all(t.nounish for t in earlier[: grown + 1]):
            holder = text_of(earlier[: grown + 1]) or ""
            holder = holder.removesuffix("规模").removesuffix("总量")
    if not holder:
        return None
    return clean_indicator(holder + (text_of(clause[at.index("占") : heads[-1] + 1]) or ""))


_GROWN_SIZES = ("规模", "总量")


def _measure_of_clause_before(tagged: TaggedSentence, i: int) -> Indicator | None:
    """内贸份额逐年上升，目前已占到30%左右: a figure whose clause says only when and how
    much is the value of the measure that opens the clause before (no figure of its own)."""
    own = [
        t
        for t in strip_linking(tagged.lefts[i])
        if t.flag not in ("t", "d") and not _YEAR_TOKEN.fullmatch(t.word)  # 2025年达…
    ]
    right, ends_clause = tagged.rights[i]
    if own or (right and not ends_clause) or any(t.nounish or t.verbish for t in right):
        return None
    clause = clause_before(tagged.pieces[i])
    if share := _share_named_in(clause, tagged.pieces[i]):
        return Indicator(share)  # …投资占全社会固定资产投资比重持续提升，分别为11.0%、…
    subject = subject_before(clause)
    # 新疆外贸进出口实现…“四连跳”，2025年达5203.7亿元: a trade flow names a measure too
    if subject and (is_measure_head(subject[-1]) or subject[-1].word in NOMINAL_VERBS):
        return Indicator(text_of(subject))
    ranked = _measure_ranked_by(clause)
    return Indicator(ranked) if ranked else None


def _next_period_of_measure(tagged: TaggedSentence, i: int, named: list[Indicator]) -> Indicator:
    """…渗透率不断提升，今年4月达到61.4%、5月达到62.9%: a list item that says only when and
    how much gives the next value of the measure the item before it was found to have."""
    guess = named[i]
    if (
        (guess.text and not guess.guessed)
        or i == 0
        or named[i - 1].guessed
        or not named[i - 1].text
    ):
        return guess
    piece = tagged.pieces[i]
    if not piece or piece[0].word not in ("、", "，") or not _same_unit_before(tagged, i):
        return guess
    own = [t for t in strip_linking(piece[1:]) if t.flag not in ("t", "d")]
    if piece[0].word == "，" and not _DATE_ONLY.fullmatch(text_of(own) or ""):
        return guess  # ，2024年突破1.4万亿斤: after a comma only a year may say when
    right, ends_clause = tagged.rights[i]
    dated = not own or piece[0].word == "，"
    return named[i - 1] if dated and ends_clause and not right else guess


def _measure_ranked_by(clause: list[Token]) -> str | None:
    """俄罗斯、阿联酋、巴西成为中国汽车出口量前三的国家，均突破10万辆: the places named
    are ranked by a measure, which the figure after them is a value of."""
    for k in range(len(clause) - 2, 0, -1):
        rank = clause[k + 1].word
        if is_measure_head(clause[k]) and rank.startswith(("前", "第")) and rank != "前":
            return text_of(noun_phrase_before(clause[: k + 1]))
    return None


_TREND = ("v", "a", "p", "d", "ad", "vd")
_RATES = words("增幅 增速 涨幅 降幅")
_MAX_TREND_TOKENS = 3


def _trend_before(piece: list[Token]) -> str | None:
    """风力发电机组及其零件出口向好，同比增长45.2%: a clause saying only how a flow
    trends names what the change right after it measures."""
    clause = clause_before(piece)
    if any(t.flag == "m" for t in clause):
        return None
    trend = len(clause)
    while (
        trend > 1 and len(clause) - trend < _MAX_TREND_TOKENS and clause[trend - 1].flag in _TREND
    ):
        trend -= 1  # 向/p 好/a, 持续/d 回暖/v
    if trend == len(clause):
        # 居民人均服务性消费支出占居民消费支出的比重，比上年同期提高了0.2个百分点: a clause
        # of nothing but a measure's name
        named = noun_phrase_before(clause) if clause and is_measure_head(clause[-1]) else None
        return text_of(named) if named and named[-1] is clause[-1] else None
    named = noun_phrase_before(clause[:trend])
    superlative = clause[trend].word.startswith("最")
    if named and len(named) > 1 and named[-1].word in _RATES and superlative:
        return text_of(named[:-1])  # 其中巴西市场增幅最大，同比增长3.8倍: the Brazilian market's
    if named and (named[-1].word in NOMINAL_VERBS or is_measure_head(named[-1])):
        return text_of(named)
    return None


_LEVELS = words("以上 以下 之上 之下")


def _height_from(left: list[Token]) -> str | None:
    """地面以上2公里: a length measured from a named level (地面以上), not by the verb or
    adverb before it (精准捕获)."""
    if len(left) >= 2 and left[-1].word in _LEVELS and left[-2].flag in ("n", "s"):
        return left[-2].word + left[-1].word
    return None


_SITUATIONS = ("情况", "状况", "态势")


def _extent_of_situation(tagged: TaggedSentence, i: int) -> str | None:
    """周边约1.3万平方公里的降雨情况开展精细化监测: an area before 的 and a situation is how
    far the work done on it reaches (监测面积), not the size of the rain."""
    right = tagged.rights[i][0]
    run = list(takewhile(lambda t: t.nounish, right[1:]))
    if not right or right[0].word != "的" or not run or not run[-1].word.endswith(_SITUATIONS):
        return None
    work = next((t.word for t in right[len(run) + 1 :] if t.flag == "vn"), "")
    return work + "面积"


def _spent_on(left: list[Token], verb: str) -> str | None:
    """育种已累计投入超过14亿元: a lone verb of spending is named by the work or thing it
    went to, said before the adverbs (育种投入)."""
    tokens = strip_linking(left)
    if not tokens or tokens[-1].word != verb:
        return None
    k = len(tokens) - 2
    while k >= 0 and (tokens[k].flag in ("d", "ad") or tokens[k].word in CUMULATIVE):
        k -= 1
    if k < 0 or k == len(tokens) - 2 or not (tokens[k].nounish or tokens[k].flag == "v"):
        return None
    return tokens[k].word + verb


_EXTREMES = {"薄": "厚度", "厚": "厚度", "长": "长度", "短": "长度", "高": "高度", "宽": "宽度"}
_EXTREMES.update({"窄": "宽度", "深": "深度", "细": "直径"})
_LINKS_AFTER_EXTREME = words("为 是 达 达到 约 只有 仅 仅有 可达")


def _extreme_dimension(tagged: TaggedSentence, i: int) -> str | None:
    """一张铝箔，最薄0.006毫米: 最 + a dimension adjective names the dimension; the thing
    is named before it in the clause, or closes the clause before."""
    left = list(tagged.lefts[i])
    while left and left[-1].word in _LINKS_AFTER_EXTREME:
        left.pop()  # 最高为2997毫米 (strip_linking would take 最高 for a link, as in 最高达)
    if len(left) >= 2 and left[-2].word == "最" and left[-1].word in _EXTREMES:
        left = [*left[:-2], Token("最" + left[-1].word, "a")]  # 最/d 宽/a: jieba splits it
    if not left or not left[-1].word.startswith("最") or left[-1].word[1:] not in _EXTREMES:
        return None
    right = tagged.rights[i][0]
    if right and right[0].nounish and right[0].word[-1] in _DIMENSION_NOUN_ENDS:
        return None  # 最高6米层高: the dimension is named right after the figure
    dimension = _EXTREMES[left[-1].word[1:]]
    thing = noun_phrase_before(left[:-1]) or noun_phrase_before(clause_before(tagged.pieces[i]))
    return (text_of(thing) or "") + dimension


_DIMENSION_NOUN_ENDS = "高长宽深厚距径度"


def _generations_bred(right: list[Token]) -> str | None:
    """选育 (of 新品种 after its 的), 筛选: what the generations were spent on."""
    verb = right[0].word if right and right[0].verbish else None
    if verb is None:
        return None
    bred = noun_after_de(right[1:], direct=False) if right[1:2] and right[1].word == "的" else None
    return (text_of(bred) or "") + verb + "代数"


_SERVING_FIRMS = words("为 帮 帮助")


def _firms_served(tagged: TaggedSentence, i: int) -> str | None:
    """为269家企业定制节能/v 方案: the firms, the verb and its object (a verb may class it)."""
    left, right = tagged.lefts[i], tagged.rights[i][0]
    if not left or left[-1].word not in _SERVING_FIRMS:
        return None  # not 给7家电商平台开出…罚单: a fine is no service
    firms = list(takewhile(lambda t: t.nounish, right))
    rest = right[len(firms) :]
    if not firms or not rest or rest[0].flag != "v":
        return None
    done = list(takewhile(lambda t: t.nounish or t.flag == "v", rest[1:4]))
    while done and not done[-1].nounish:
        done.pop()
    return text_of([*firms, rest[0], *done]) if done else None


_EVERY_COUNTED = re.compile(
    rf"每(?:{EVERY_VERBS})?[\d一二两三四五六七八九十百千万]+\w(?P<counted>[^，]*?)，?(?:就|大?约|近)有"
)


def _one_in_every_share(tagged: TaggedSentence, i: int) -> str | None:
    """每3台‘退役’的新能源汽车，就有1台的废旧电池交由我们处理: the things counted and
    what is said of the part, as a share (退役新能源汽车废旧电池交由我们处理占比)."""
    quantity = tagged.quantities[i]
    every = _EVERY_COUNTED.match(quantity.raw_text) if quantity.unit_name == "%" else None
    if not every:
        return None
    right = tagged.rights[i][0]
    end = next((k for k, t in enumerate(right) if t.delimiter and t.word not in "“”‘’"), None)
    predicate = without_quotes(text_of(right[:end]) or "").removeprefix("的").removeprefix("是")
    counted = without_quotes(every["counted"]).replace("的", "")
    if counted and predicate.endswith(counted):
        counted = ""  # 每用10度电就有近4度是绿电: the part's name holds the whole's
    return clean_indicator(f"{counted}{predicate}占比") if counted or predicate else None


_CRIME_HEADS = ("犯罪", "案件")


def _crimes_of_clause_before(tagged: TaggedSentence, i: int, text: str) -> str | None:
    """起诉 after 依法惩治电信网络诈骗犯罪，: a lone verb of justice counts the crimes
    the clause before names (加大惩治经济犯罪力度，起诉13.7万人: 经济犯罪)."""
    verb = tag(text)
    if len(verb) != 1 or not verb[0].verbish:
        return None
    piece = tagged.pieces[i]
    if i > 0 and sum(t.delimiter and t.word != "、" for t in piece) < 2:
        return None  # the clause before is the previous figure's own
    clause = clause_before(piece)
    ends = [k for k, t in enumerate(clause) if t.word.endswith(_CRIME_HEADS)]
    crimes = walk_back(clause[: ends[-1] + 1]) if ends else []
    while crimes and crimes[0].verbish:
        crimes = crimes[1:]
    start = ends[-1] + 1 - len(crimes) if crimes else 0
    if start > 0 and clause[start - 1].verbish and (start == 1 or clause[start - 2].flag == "p"):
        crimes = [clause[start - 1], *crimes]  # 对侵害未成年人犯罪: the crime is the harm done
    named = text_of(crimes)
    return named if named and named not in _CRIME_HEADS else None


def _other_verb_same_object(tagged: TaggedSentence, i: int, previous: str | None) -> str | None:
    """A lone verb after 、 names the object the verb before it took (营造红树林超2030公顷、
    修复超3300公顷): the other work on the same thing."""
    verbs = [t for t in tagged.lefts[i] if t.flag in ("v", "vn")]
    earlier = tagged.lefts[i - 1]
    k = max((k for k, t in enumerate(earlier) if t.flag in ("v", "vn")), default=None)
    if previous is None or len(verbs) != 1 or k is None or len(earlier[k].word) < 2:
        return None
    obj = "".join(t.word for t in earlier[k + 1 :] if t.nounish or t.flag == "nr")
    # 开展建设项目576个、建成476个: the object alone may have named the figure before
    named = previous in (earlier[k].word + obj, obj)
    if obj and named and verbs[0].word != earlier[k].word:
        return verbs[0].word + obj
    return None


def _states_contrasted(tagged: TaggedSentence, i: int, previous: str | None) -> bool:
    """其中建成投运超27万吨/年，在建超113万吨/年: the figure before was named by nothing
    but verbs too, so each lone verb names a state of the same whole (not 用水量…，仅用了)."""
    before = [t for t in strip_linking(tagged.lefts[i - 1]) if t.flag not in ("r", "d")]
    verbs = all(t.verbish or t.flag == "vn" for t in before)
    return bool(before) and verbs and text_of(before) == previous


def _only_a_verb(left: list[Token], text: str | None) -> bool:
    """去年仅用了: the clause says only when and that something was used or spent."""
    words_left = [t for t in left if t.flag not in ("t", "d", "ul", "ug", "uz") and not t.delimiter]
    if not text or CHANGE.fullmatch(text) or len(words_left) != 1 or not words_left[0].verbish:
        return False  # 缩短近10小时: a change of the measure, said as such
    if words_left[0].word.endswith(_WAIVED):
        return False  # 进口商品20.21亿元，免税3.29亿元: the tax waived is a measure of its own
    if len(words_left[0].word) >= 4:
        return False  # 批准逮捕…66.4万人，提起公诉140.4万人: a set verb names its own action
    return text in (words_left[0].word, "仅" + words_left[0].word)


_BY_RULE = words("按 按照")


_MEASURE_ENDS = ("率", "量", "额", "数", "比重", "占比", "规模")


def _goal_after(right: list[Token]) -> str | None:
    """70%的接入率目标: a rate said as a goal (…目标) after 的 is that goal."""
    if right[:1] != [Token("的", "uj")]:
        return None
    goal = list(takewhile(lambda t: t.nounish, right[1:]))
    if len(goal) < 2 or goal[-1].word != "目标" or not goal[-2].word.endswith(_MEASURE_ENDS):
        return None  # 7.5%左右的预期目标: the measure is said before it
    return text_of(goal)


_HELD_TEMPERATURES = ("恒温", "低温", "常温", "高温")


def _speed_of(right: list[Token]) -> str | None:
    """的速度向西北方向移动: a speed per hour is the speed of the move said after it."""
    if [t.word for t in right[:2]] != ["的", "速度"]:
        return None
    verb = next((t.word for t in right[2:] if t.flag in ("v", "vn") and len(t.word) == 2), "")
    return f"{verb}速度"


def _kept_at(right: list[Token]) -> str | None:
    """13摄氏度恒温冷链, 零下18摄氏度低温仓库: what is held at the temperature just given."""
    if not right or right[0].word not in _HELD_TEMPERATURES:
        return None
    held = list(takewhile(lambda t: t.nounish and t.flag != "vn", right))
    # 常年保持18摄氏度恒温, 在204摄氏度高温下: no thing named after it
    return text_of(held) if len(held) > 1 else None


def _rate_applied(tagged: TaggedSentence, i: int) -> str | None:
    """机构护理按标准的75%报销费用: a share of a basis (按…的) that a verb then applies is
    that verb's rate for what comes before 按, not a share of the basis; 按90%比例返还: the
    verb's rate."""
    left, right = tagged.lefts[i], tagged.rights[i][0]
    if left[-1:] and left[-1].word in _BY_RULE and [t.word for t in right[:1]] == ["比例"]:
        # 按90%比例返还的11.83万元稳岗资金: the rate it is paid back at
        return right[1].word + "比例" if len(right) > 1 and right[1].verbish else None
    by = next((k for k in range(len(left) - 1, -1, -1) if left[k].word in _BY_RULE), None)
    if by is None or left[-1].word != "的" or not right or not right[0].verbish:
        return None
    holder = list(takewhile(lambda t: t.nounish, left[by - 1 :: -1] if by else []))[::-1]
    return text_of(holder) + right[0].word + "比例" if holder else None


_ENDS_OF_A_SPREAD = words("多则 少则 高则 低则 快则 慢则 最多 最少 最高 最低")


def _spread_measure(tagged: TaggedSentence, i: int, indicators: list[Indicator]) -> str | None:
    """充值费用，少则三四千元，多则七八千元: a clause of only 少则/多则 gives one end of how far
    the measure named just before spreads; the second end shares the first one's name."""
    clauses = _clauses_of(tagged.pieces[i])
    if len(clauses[-1]) != 1 or clauses[-1][0].word not in _ENDS_OF_A_SPREAD:
        return None
    if len(clauses) > 1 and clauses[-2] and clauses[-2][-1].nounish:
        return text_of(noun_phrase_before(clauses[-2]))
    if indicators and indicators[-1].text and _same_unit_before(tagged, i):
        return indicators[-1].text
    return None


def _only_time_needed(left: list[Token]) -> bool:
    """普遍需要: the clause only says that time is needed, not by what."""
    words_left = [t for t in left if not t.delimiter and t.flag not in ("d", "ad", "t")]
    return len(words_left) == 1 and words_left[0].word in TIME_NEEDED


def _subject_opening_between(tagged: TaggedSentence, i: int) -> str | None:
    """风光总装机大幅提升，增至…: the measure a clause between two figures opens on."""
    for clause in reversed(_clauses_between(tagged, i)):
        head = subject_before(clause) if clause[:1] and clause[0].nounish else None
        rest = [t for t in clause[len(head or []) :] if t.flag not in ("d", "ad")]
        moved = len(rest) == 1 and bool(CHANGE.fullmatch(rest[0].word))  # 风光总装机大幅提升
        if head and (is_measure_head(head[-1]) or moved):
            return text_of(head)
    return None


def _clauses_of(piece: list[Token]) -> list[list[Token]]:
    """The tokens between two figures, cut at the punctuation between clauses."""
    clauses: list[list[Token]] = [[]]
    for token in piece:
        if token.delimiter:
            clauses.append([])
        else:
            clauses[-1].append(token)
    return clauses


_MOVED_TO = ("到", "至")


_NAMED_AFTER_DASH = re.compile(
    r"——这(?:就)?是(?:\d{4}年|今年|去年|上半年|全年)?(?P<name>[\u4e00-\u9fff]{2,16})[。，；]"
)


def _named_after_dash(sentence: str, quantity: Quantity) -> str | None:
    """超42亿吨——这是2025年长江干线港口吞吐量。: a figure put first, named after a dash."""
    named = _NAMED_AFTER_DASH.match(sentence, quantity.end)
    return named["name"] if named else None


_MOVED_TO_ONLY = re.compile(
    r"(?:内|以内)?"  # 由…15日内缩短为10日内: within the days, then the move
    r"(?:升|降|增|减|提高|提升|上升|下降|增长|增加|减少|降低|回落|回升|攀升|跃升|扩大|缩小|缩短|延长)"
    r"(?:至|到|为)"
)


def _end_of_move(tagged: TaggedSentence, i: int) -> bool:
    """从…不足15%升至64%: a figure right after the move word, when 从 opened the figure
    before, is the same measure."""
    if i == 0 or not _MOVED_TO_ONLY.fullmatch(text_of(tagged.pieces[i]) or ""):
        return False
    return any(t.word in ("从", "由") for t in tagged.lefts[i - 1])


_BARE_OUTPUTS = words("产量 总产量 单产 销量 产值 总产值 营收 播种面积 种植面积")


def _owner_in_clause_before(tagged: TaggedSentence, i: int) -> str | None:
    """夏粮再获丰收，产量达到…: the noun opening the clause before names whose output a bare
    产量 is, when that clause holds no figure of its own."""
    clause = [t for t in clause_before(tagged.pieces[i]) if t.flag != "t"]  # 今年
    owner = list(takewhile(lambda t: t.flag in ("n", "nz"), clause))
    rest = clause[len(owner) :]
    if not owner or len(text_of(owner) or "") < 2 or len(clause) > _MAX_OWNER_CLAUSE:
        return None
    if any(t.flag == "m" for t in rest):
        return None
    return text_of(owner) if rest and rest[0].flag in ("v", "d") else None


_MAX_OWNER_CLAUSE = 6  # tokens: 夏粮再获丰收, a short statement of the owner


def _subject_moving_from(tagged: TaggedSentence, i: int) -> str | None:
    """上海沙县小吃店实现井喷式增长，从8家猛增到700多家: a clause of only 从 and the move
    measures the subject of the whole clause before it."""
    left = [t for t in strip_linking(tagged.lefts[i]) if t.flag != "d"]  # 也从6个增加到19个
    right = tagged.rights[i][0]
    if [t.word for t in left] not in (["从"], ["由"]):
        return None
    if not any(t.word in _MOVED_TO for t in right[:2]):
        return None
    before = _whole_clause_before(tagged, i)
    if before is None:
        return None
    if before and before[-1].nounish and all(t.nounish or t.word == "的" for t in before):
        return text_of(before)  # 茶馆的雅座，也从6个增加到19个: the clause is the subject
    return text_of(subject_before(before))


def _whole_clause_before(tagged: TaggedSentence, i: int) -> list[Token] | None:
    """The clause wholly between figure i-1 (or the sentence start) and figure i's own."""
    clauses = _clauses_of(tagged.pieces[i])
    return clauses[-2] if len(clauses) >= (2 if i == 0 else 3) else None


def _clauses_between(tagged: TaggedSentence, i: int) -> list[list[Token]]:
    """The clauses wholly between figure i-1 and figure i (not the ones they stand in)."""
    return _clauses_of(tagged.pieces[i])[1:-1]


def _subject_between(tagged: TaggedSentence, i: int) -> str | None:
    """需要1到2年，培养…的产业工人，普遍需要3到5年: a clause of its own between the two
    figures, ending on a noun, names what the second one is of."""
    named = [clause for clause in _clauses_between(tagged, i) if clause and clause[-1].nounish]
    return clean_indicator(text_of(named[-1])) if named else None


def _verb_of_its_own_before(tagged: TaggedSentence, i: int, previous: str | None) -> bool:
    """每个月报销1530元，再自付270元: the figure before was named by a verb of its own, so a
    second verb names another measure, not the same one again."""
    left = [t for t in tagged.lefts[i - 1] if not t.delimiter] if i else []
    return bool(left) and left[-1].verbish and left[-1].word == previous


_WAIVED = ("税", "费", "息", "租")  # 免税, 减费, 贴息, 免租: a verb naming the money itself


def _another_basis(tagged: TaggedSentence, i: int, previous: str | None) -> bool:
    """、旱地的2.7倍 after 亩均产量更是全国平均水平的1.5倍: a second basis, one measure.
    Not where the first figure was a share of the noun before its 的 (设备投入的30%、软件
    投资的50%): then each figure is a share of its own noun."""
    piece = tagged.pieces[i]
    first_whole = text_of(noun_phrase_before(tagged.lefts[i - 1][:-1])) if i else None
    return (
        _same_unit_before(tagged, i)
        and previous != first_whole
        and tagged.quantities[i].unit.unit in ("倍", "%")
        and len(piece) >= 3
        and piece[0].word == "、"
        and piece[-1].word == "的"
        and all(t.nounish or t.flag in ("ns", "b", "a") for t in piece[1:-1])
        and [t.word for t in tagged.lefts[i - 1][-1:]] == ["的"]
    )


# 你卖10块, 一斤能卖到50元: what one sells for
_SELLING_FOR = words("卖 卖了 卖到 能卖 能卖到 可卖 可卖到 卖出 售 售价")
_CASUALTY_VERBS = {
    **dict.fromkeys(("亡", "死", "死亡", "致死"), "死亡人数"),
    **dict.fromkeys(("伤", "受伤", "致伤"), "受伤人数"),
    **dict.fromkeys(("遇难",), "遇难人数"),
    **dict.fromkeys(("失踪",), "失踪人数"),
}


_AWAY = words("外 以外 之外")


def _distance_away(right: list[Token]) -> str | None:
    """2000公里外的福建, 30公里以外的县城: a length before 外 and 的 is the distance to the
    place after it."""
    if len(right) < 2 or right[0].word not in _AWAY:
        return None
    start = 2 if right[1].word == "的" else 1  # 消纳20公里外发电基地提供的绿电
    # a quoted word after the place (福建“嫁”到宁夏) is tagged nz and is no part of it
    # 自然资源/l 部第三/m 海洋研究所: a set phrase and an ordinal inside an institute's name
    place = list(takewhile(_inside_a_place_name, right[start:]))
    while place and place[-1].flag == "vn":
        place.pop()  # 发电/vn 基地: a verbal noun only inside the name
    return "距离" + (text_of(place) or "") if place else None


def _inside_a_place_name(token: Token) -> bool:
    return token.flag in ("n", "ns", "nt", "s", "vn", "l") or (
        token.flag == "m" and token.word.startswith("第")
    )


_MAX_SIBLING_CHARS = 3  # 产量, 总产量, 产值: a bare head, no subject of its own


def _sibling_measure(tagged: TaggedSentence, i: int, text: str) -> str | None:
    """花牛苹果栽培面积86.9万亩，产量198万吨: a bare measure opening the clause after another
    figure belongs to that figure's subject (花牛苹果产量)."""
    left = [t for t in strip_linking(tagged.lefts[i]) if not t.delimiter]
    if i == 0 or len(text) > _MAX_SIBLING_CHARS or [t.word for t in left] != [text]:
        return None
    if not is_measure_head(left[0]) or not any(t.delimiter for t in tagged.pieces[i]):
        return None
    previous = noun_phrase_before(tagged.lefts[i - 1]) or []
    subject = list(
        takewhile(lambda t: t.flag in ("n", "nz", "nr", "j") and not is_measure_head(t), previous)
    )
    if not subject or len(subject) == len(previous):
        return None
    return text_of(subject) + text


_WEIGHT_DENOMINATORS = ("/斤", "/公斤", "/千克", "/吨", "/克")
# 每斤成本, 每吨运费, 每公斤补贴: money per weight that is no price
_NOT_PRICES = re.compile(r"[价费税贴息租]|成本|收入|收益|利润|工资|奖励|资金|投入|附加值")


def _goods_per_weight(quantity: Quantity, text: str | None) -> bool:
    return bool(
        text
        and quantity.unit_name.endswith(_WEIGHT_DENOMINATORS)
        and not _NOT_PRICES.search(text)
        and not CHANGE.fullmatch(text)  # 从过去的十元跃升至近百元: the move, not goods
    )


def _weight_of(left: list[Token]) -> str | None:
    """单果重约4斤: 重 right before a weight names it with the noun before."""
    if len(left) < 2 or left[-1].word != "重":
        return None
    thing = text_of(noun_phrase_before(left[:-1]))
    return thing + "重" if thing else None


def _elided_head(tagged: TaggedSentence, i: int, indicators: list[Indicator]) -> str | None:
    """新增…本科专业127个，撤销就业率低的41个，停招或隔年招的504个: a count right after a
    clause and 的, listed after a count in the same classifier, leaves out the noun that
    count named; the clause says which of them."""
    left, unit = tagged.lefts[i], tagged.quantities[i].unit
    if not unit.classifier or not left or left[-1].word != "的" or tagged.rights[i][0]:
        return None
    k = i - 1
    while k >= 0 and tagged.quantities[k].unit == unit and tagged.lefts[k][-1:] == left[-1:]:
        k -= 1  # the earlier items of the same kind
    if k < 0 or tagged.quantities[k].unit != unit or not indicators[k].text:
        return None
    clause = list(dropwhile(lambda t: t.delimiter, left[:-1]))  # 、参与跨区作业的20多万台
    if not clause or clause[-1].word in _AMONG:
        return None  # 41个工业大类中的30个: a part of the whole, read elsewhere
    return text_of(clause) + "的" + indicators[k].text


_AMONG = words("中 之中 当中 里")


def _without_counted_before(tagged: TaggedSentence, i: int, text: str | None) -> str | None:
    """每分钟20.55亿笔交易和单位成本0.8元: the noun the figure before counts, and the
    conjunction after it, are no part of this figure's name."""
    counted = text_of(tagged.after[i - 1]) if i else None
    if not counted:
        return text
    if (
        text in (None, counted)
        and tagged.quantities[i].unit.category == "people"
        and tagged.quantities[i - 1].unit.category != "people"
        and text_of(tagged.pieces[i]) == counted + "、"
    ):
        # 调查摸底21万家企业、570万人次: the people are no 企业; the verb before both says
        # what was done to them
        done = strip_linking(tagged.lefts[i - 1])
        return text_of(done) if done and (done[0].verbish or done[0].flag == "vn") else None
    if not text:
        return text
    for conjunction in CONJUNCTIONS:
        if text.startswith(counted + conjunction) and len(text) > len(counted + conjunction) + 1:
            return text[len(counted + conjunction) :]
    return text


_TOTALS = words("总人数 人数 总数")


def _people_who_did(piece: list[Token]) -> str | None:
    """基层成员单位都有上级医院的医务人员下沉派驻，总人数…: a clause closing on people and
    what they did names whom a bare total after it counts."""
    closing = doer_and_deed(clause_before(piece))
    if not closing or not closing[0].word.endswith(_PEOPLE_ENDINGS):
        return None
    return closing[0].word + (text_of(closing[1]) or "")


_PEOPLE_ENDINGS = ("人员", "人才", "干部", "医生", "教师", "专家", "志愿者", "党员", "员工")


def _casualties(left: list[Token]) -> str | None:
    """亡1827人、伤2161人: a verb of death or injury alone before a headcount."""
    tokens = [t for t in left if not t.delimiter]
    if len(tokens) != 1:
        return None
    return _CASUALTY_VERBS.get(tokens[0].word)


_ACHIEVING = words("实现 创造 取得 创下 录得 达成")


def _with_achiever(left: list[Token], text: str | None) -> str | None:
    """北斗产业实现产值782亿元: what 实现 and its like achieve is the measure of the noun
    before them (北斗产业产值), not a measure of its own."""
    tokens = strip_linking(left)
    if not text or len(tokens) < 3 or tokens[-1].word != text or not tokens[-1].nounish:
        return text
    if tokens[-2].word not in _ACHIEVING:
        return text
    achiever = text_of(noun_phrase_before(tokens[:-2]))
    if not achiever or names_only_places(achiever) or _names_only_a_period(achiever):
        return text
    return achiever + text


_GATHERING = words("组织 吸引 汇聚 集聚 聚集 邀请 招募")


def _gatherer(tagged: TaggedSentence, i: int, text: str) -> str | None:
    """汽车行业专场组织148家用人单位: those a named event or body gathered are counted as its
    own (汽车行业专场用人单位), or four fairs' employers would share one name. The event, or
    None."""
    tokens = strip_linking(tagged.lefts[i])
    after = tagged.after[i]
    if not after or text != text_of(after) or len(tokens) < 2:
        return None
    k = len(tokens) - 1
    if tokens[k].word in ("等", "等等"):
        # 组织深爱半导体、永联科技等243家用人单位: examples between the verb and the count
        k = max((j for j, t in enumerate(tokens) if t.word in _GATHERING), default=0)
    if k < 1 or tokens[k].word not in _GATHERING:
        return None
    gatherer = text_of(noun_phrase_before(tokens[:k]))
    if (
        not gatherer
        or len(gatherer) < 4
        or names_only_places(gatherer)
        or _names_only_a_period(gatherer)
    ):
        return None
    return gatherer


_COLONS = ("：", ":")


def _label_before_colon(tagged: TaggedSentence, i: int) -> Indicator | None:
    """大屏上显示着生产线转动速度：“28米/秒”: a figure right after a colon is the value of
    the noun phrase the colon closes."""
    piece = [t for t in tagged.pieces[i] if t.word not in ("“", "‘")]
    if len(piece) < 2 or piece[-1].word not in _COLONS:
        return None
    right = tagged.rights[i][0]
    if right and right[0].flag in ("p", "v"):
        return None  # “502020”计划：50万人通过企业吸纳实现就业: the figure's own deed
    label = noun_phrase_before(piece[:-1])
    if not label or label[-1].word in _ANSWER_WORDS:
        return None  # 需要多久？…给出新答案：0.1秒: the question says what it measures
    return Indicator(clean_indicator(text_of(label), 2))


_ANSWER_WORDS = words("答案 回答 结果 答卷")


def _compared_figure(tagged: TaggedSentence, i: int) -> bool:
    """与2023年初步筛查时的1355座相比: the figure a comparison frame holds is the measure
    just given, at another time or place, not the time clause before it."""
    left, right = tagged.lefts[i], tagged.rights[i][0]
    return bool(
        left
        and right
        and left[0].word in FRAME_OPENERS
        and right[0].word in FRAME_CLOSERS
        and not any(token.delimiter for token in left)
    )


def _last_of_unit(tagged: TaggedSentence, i: int, indicators: list[Indicator]) -> str | None:
    """The indicator of the last figure before ``i`` in the same unit."""
    unit = tagged.quantities[i].unit_name
    return next(
        (
            indicators[k].text
            for k in range(i - 1, -1, -1)
            if tagged.quantities[k].unit_name == unit
        ),
        None,
    )


def _same_unit_before(tagged: TaggedSentence, i: int) -> bool:
    return i > 0 and tagged.quantities[i - 1].unit_name == tagged.quantities[i].unit_name


def _counted_before_sum(tagged: TaggedSentence, i: int) -> bool:
    """A count of cases or items right before a bare 金额: the sum is theirs."""
    return i > 0 and bool(tagged.after[i - 1]) and tagged.quantities[i].unit.category == "money"


def _counted_among(tagged: TaggedSentence, i: int) -> str | None:
    """在13件案件中适用惩罚性赔偿: things counted before 中 and a verb phrase are those
    the verb phrase applies to (适用惩罚性赔偿案件)."""
    noun, right = tagged.after[i], tagged.rights[i][0]
    k = len(noun or [])
    if not noun or right[:k] != noun or right[k : k + 1] != [Token("中", "f")]:
        return None
    done = list(takewhile(lambda t: t.verbish or t.nounish, right[k + 1 :]))
    if not done or not done[0].verbish or len(done) < 2:
        return None
    return (text_of(done) or "") + (text_of(noun) or "")


def _case_stage(left: list[Token], cases: str) -> str | None:
    stage = next((t.word for t in reversed(left) if t.word in CASE_STAGES), None)
    return stage if stage and stage not in cases else None


def _share_of_stated_whole(tagged: TaggedSentence, i: int, subject: str | None) -> str | None:
    """今年累计安排…资金6065亿元，占全年8000亿元的76%: a share right after a whole whose
    size is stated is the share of the subject in it."""
    if i == 0 or [t.word for t in tagged.pieces[i]] != ["的"]:
        return None
    left = tagged.lefts[i - 1]
    k = next((k for k in range(len(left) - 1, -1, -1) if left[k].word == "占"), None)
    if k is None or not left[k + 1 :]:
        return None
    holder = text_of(noun_phrase_before(left[:k])) or subject
    return f"{without_change(holder)}占{text_of(left[k + 1 :])}比重" if holder else None


def _grown_to(left: list[Token], text: str) -> bool:
    words_left = [t.word for t in left if t.flag not in ("d", "ul")]
    if len(words_left) >= 2 and words_left[-1] in ("到", "至") and words_left[-2] in _TRANSITIONS:
        return text.endswith(words_left[-2])  # 从0.15%左右起步，用约5年时间过渡到0.3%左右
    return len(words_left) == 2 and words_left[0] == text and words_left[1] in ("到", "至")


_TRANSITIONS = words("过渡 发展 跃升 攀升 扩展")


def _last_verb(tokens: list[Token]) -> str:
    return next((t.word for t in reversed(tokens) if t.verbish), "")


def _places_counted(tagged: TaggedSentence, i: int) -> str | None:
    """覆盖8市41县1194.5万亩农田: places counted right after a verb are named by it and
    their unit (覆盖市); a count right after another count of places shares its verb; one
    before a verb is named by what the places did."""
    first = i
    while (
        first > max(0, i - _MAX_LISTED_PLACES)
        and not tagged.pieces[first]
        and tagged.quantities[first - 1].unit.written in PLACE_UNITS
    ):
        first -= 1
    left = tagged.lefts[first]
    unit = tagged.quantities[i].unit.unit
    if left and left[-1].verbish:
        return left[-1].word + unit
    right = tagged.rights[i][0]
    if right[:1] and right[0].word in PLACES_ACT_TOGETHER:
        right = right[1:]  # 14市统一开展…活动: how they act together, not what they do
    done = list(takewhile(lambda t: t.nounish or t.flag == "b", right[1:]))
    if first == i and right[:1] and right[0].verbish and done:
        # 100市（县）出台…政策: what they did; 沿海14市: which places
        where = left[-1].word if left and left[-1].flag in ("f", "s") else ""
        return where + unit + right[0].word + (text_of(done) or "")
    return None


_MAX_LISTED_PLACES = 8  # 覆盖8市41县…: how far back a run of place counts shares its verb
_RATE_OPENING = re.compile(
    r"(?:同比|环比)?(?:增速|增幅|涨幅|降幅)(?:高于|低于|快于|慢于|收窄|扩大|加快|回落)"
)
_MULTIPLE_OF = words("达到 达 是 为 相当于")
# 不到铁路的一半: a share below a basis compares the measure before (是年度计划的132% is
# the plan's share, named by the plan)
_SHARE_OF_BASIS = words("不到 不足 仅为 约为 相当于")


def _multiple_of_basis(tagged: TaggedSentence, i: int) -> str | None:
    """自动化分拣线不断提升效率，已经达到传统方式的3倍以上: in a clause with no subject,
    what comes after the verb and before 的 is the basis of the multiple; the measure is
    the one the clause before raises."""
    left = [t for t in tagged.lefts[i] if t.flag not in ("d", "ad")]
    verb = next((k for k, t in enumerate(left) if t.word in _MULTIPLE_OF), None)
    if verb is None or len(left) < 3 or left[-1].word != "的":
        return None
    if verb == 1 and left[0].word in ("数量", "总数", "规模") and i > 0 and tagged.after[i - 1]:
        # 发现了160个候选高红移星系，数量是先前发现的3倍: the number of what was just counted
        return (text_of(tagged.after[i - 1]) or "") + left[0].word
    if verb > 0:
        return None
    if not all(t.nounish or t.flag in ("b", "t") for t in left[1:-1]):
        return None
    clause = clause_before(tagged.pieces[i])
    if not clause or any(t.flag == "m" for t in clause):
        return None
    if is_measure_head(clause[-1]):  # 自动化分拣线不断提升效率: the line's 效率
        owner = list(takewhile(lambda t: t.flag not in ("d", "p"), clause[:-2]))
        owner = owner if owner and owner[-1].nounish else []
        raised = dropwhile(lambda t: t.verbish, noun_phrase_before(clause) or [])
        return (text_of(owner) or "") + (text_of(list(raised)) or "") or None
    subject = subject_before(clause)
    if subject and is_measure_head(subject[-1]):  # 产量增长迅速，达到上年的2倍
        return text_of(subject)
    return None


def _thing_right_after(tagged: TaggedSentence, i: int) -> str | None:
    """污水 of 7.98万立方米污水从…: nouns right after a measure's unit name what it is of."""
    right = tagged.rights[i][0]
    nouns = list(takewhile(lambda t: t.nounish, right))
    return text_of(nouns) if nouns else None


def _basis_only(left: list[Token], unit: str) -> bool:
    """是美国, 是无锡全市平均水平的 (倍), 不到铁路的 (%): a link and the basis of a multiple or
    share, nothing measured named."""
    words = [t for t in left if t.flag not in ("d", "ad") and t.word not in SCOPE_WORDS]
    if words and words[-1].word == "的":
        words = words[:-1]
    linking = _MULTIPLE_OF if unit == "倍" else _SHARE_OF_BASIS if unit == "%" else ()
    # 是2023年同期的2.2倍: a year may date the basis
    basis = [t for t in words[1:] if not (t.flag == "t" or _YEAR_TOKEN.fullmatch(t.word))]
    return (
        1 <= len(basis) <= 2
        and words[0].word in linking
        and all(t.nounish or t.flag == "ns" for t in basis)
    )


def _seats_in_ranking(piece: list[Token]) -> str | None:
    """百强创新集群当中，我国占5席 / 全球前50医药企业我国占6席 -> 创新集群席位: the
    seats a holder takes are counted among the ranked things named before it."""
    if len(piece) < 3 or piece[-1].word != "占":
        return None
    before = piece[:-2]  # the holder (我国, 中国企业) stands right before 占
    if before and before[-1].nounish and piece[-2].flag == "n":
        before = before[:-1]  # 中国/n 企业/n
    if before and before[-1].delimiter:
        before = before[:-1]
    while before and (before[-1].flag in ("f", "s") or before[-1].word in LOCATIVES):
        before = before[:-1]  # 榜单中, 集群当中
    ranked = trim_leading(walk_back(before))
    return f"{text_of(ranked)}席位" if ranked and ranked[-1].nounish else None


_YEAR_TOKEN = re.compile(r"\d{4}年?|年")
_VAGUE_COUNT = re.compile(r"(?:几|上|数|十几|几十)[十百千万]+多?")
_ONLY_NOW = re.compile(r"(?:现在|如今|目前|当前|眼下|已经|已|有|高峰期|每天|每日|每年)+")
_SMALLNESS = words("只有 仅有 只 仅 才 也就 就 还 不到 不足")


def _earlier_state(tagged: TaggedSentence, i: int, text: str | None) -> str | None:
    """员工只有几百人，现在有超3000人: a figure whose clause names only when is the new
    state of the noun whose earlier, unmeasured amount (几百人, 上百场) the sentence gave
    in an earlier clause with the same unit."""
    if text and not _ONLY_NOW.fullmatch(text):
        return None
    before = text_of(tagged.pieces[i]) or ""
    unit = tagged.quantities[i].unit.written
    vague = [m for m in _VAGUE_COUNT.finditer(before) if before.startswith(unit, m.end())]
    if not vague or not re.search("[，,；;]", before[vague[-1].end() :]):
        return None
    clause = re.split("[，,；;：:。“”]", before[: vague[-1].start()])[-1]
    tokens = strip_linking(tag(clause))
    while tokens and tokens[-1].word in _SMALLNESS:
        tokens = strip_linking(tokens[:-1])
    if tokens and tokens[-1].flag == "t":
        # 村里过去只有几十户; not 开业初期: a noun before the time word modifies it
        tokens = tokens[:-1] if len(tokens) > 1 and tokens[-2].flag == "s" else []
    phrase = noun_phrase_before(tokens)
    # 几年前演出也就上百场: a performance counted is a verb in jieba's tags
    if phrase and (phrase[-1].nounish or phrase[-1].flag in ("s", "vn", "v")):
        return text_of(phrase)
    return None


def _changes_of_subject(indicators: list[Indicator], subjects: list[str | None]) -> list[Indicator]:
    """采购经理指数为58.1%，…环比、同比分别上升6.8个、3.8个百分点: a respective run that
    names only the kinds of change (环比上升) changes the measure the clause is about."""
    return [
        Indicator(clean_indicator(subject + indicator.text), indicator.name_like)
        if indicator.text and subject and CHANGE.fullmatch(indicator.text)
        else indicator
        for indicator, subject in zip(indicators, subjects, strict=True)
    ]


_SPANS_PER = ("秒", "分钟", "小时", "天", "日", "周", "月", "年")


def _verbs_of_topic(
    indicators: list[Indicator], topics: list[str | None], opening: str | None = None
) -> list[Indicator]:
    """中欧班列稳定开行18条国际线路，2025年开行6037列: a lone verb says what was done;
    the topic the sentence named before says by whom (中欧班列开行). A clause whose only
    noun is the verb itself (各地共办理68.2万对) takes what the sentence opened on."""
    out = []
    for indicator, topic in zip(indicators, topics, strict=True):
        text = indicator.text
        if opening and topic in (None, text):
            topic = opening
        if topic in _SPANS_PER:
            topic = "每" + topic  # 每小时能提取10—50克: what is done per hour, 小时 is no doer
        lone_verb = (
            bool(text)
            and len(text) <= 3
            and len(tokens := tag(text)) == 1
            and (tokens[0].verbish or tokens[0].word in NOUN_TAGGED_VERBS)
        )
        # 化肥农药用量减少25%，每亩每年多挣1400多元: a measure is nobody's income (收入/v)
        measure = bool(topic) and (CHANGE.search(topic) or topic.endswith(MEASURE_HEAD_ENDINGS))
        if (
            lone_verb
            and topic
            and topic != text
            and not (text in MONEY_NOUNS and measure)
            and not _lone_state(topic)  # 其中已投运…，在建…: the state before names no topic
        ):
            indicator = Indicator(clean_indicator(topic + text), indicator.name_like)
        out.append(indicator)
    return out


def _ages_of_sentence_subject(
    tagged: TaggedSentence, indicators: list[Indicator]
) -> list[Indicator]:
    """孔龙村遗址地处…，年代距今约5500—4800年: an age named by 距今 alone is the age of what
    the sentence opened on (孔龙村遗址年代距今); 距今 alone would merge every site's age."""
    subject = None
    for i, indicator in enumerate(indicators):
        if indicator.text != "距今":
            continue
        subject = subject or _sentence_subject(tagged.pieces[0])
        if not subject:
            break
        start = i
        while start and (text_of(tagged.pieces[start]) or "") in RANGE_MARKS:
            start -= 1  # 年代距今约5500—4800年: the end of a range is dated as its start
        era = "年代" if any(t.word == "年代" for t in tagged.lefts[start]) else ""
        indicators[i] = Indicator(clean_indicator(subject + era + "距今"), indicator.name_like)
    return indicators


def _sentence_subject(opening: list[Token]) -> str | None:
    """The thing the sentence's first real clause opens on, up to the word placing or
    classing it (此外，…丹巴县罕额依遗址近年新发掘… -> 四川甘孜藏族自治州丹巴县罕额依遗址).
    Read from the text: jieba cuts such names badly (罕/ag 额/n 依/d, 肇始/v 期为/v)."""
    text = text_of(opening) or ""
    for clause in re.split(r"[，。；：！？,;:]", text):
        if len(clause) <= 2:
            continue  # 此外, 同时: a link, no clause
        m = _SUBJECT_THEN_PLACED.match(clause)
        if not m:
            return None
        subject = m["subject"].rsplit("的", 1)[-1]
        return subject if len(subject) >= 2 else None
    return None


# 孔龙村遗址地处…, 肇始期为…, 繁荣期相当于…: the subject, then the word placing or classing it
_SUBJECT_THEN_PLACED = re.compile(
    r"(?P<subject>[\u4e00-\u9fff的]{2,24}?)"
    r"(?:地处|位于|坐落于|坐落在|(?<![较作成认因称更极最行视])为|(?<![就但还也都正而可于总凡若要只即])是"
    r"|相当于|属于|近年|始建于|形成于|出土|发现于)"
)


def _stage_reached_of_planned(
    tagged: TaggedSentence, indicators: list[Indicator]
) -> list[Indicator]:
    """计划…建设口袋体育公园49个，目前已建成22个: a clause of nothing but a project's stage
    counts, in the same unit, the things the clause before planned (建成口袋体育公园); read
    alone it took the plan's name."""
    for i in range(1, len(indicators)):
        words = [t.word for t in strip_linking(tagged.lefts[i]) if t.word not in _SO_FAR]
        this, before = tagged.quantities[i], tagged.quantities[i - 1]
        if len(words) != 1 or words[0] not in _PROJECT_STAGES or this.unit != before.unit:
            continue
        if not any(t.delimiter for t in tagged.pieces[i]) or not indicators[i - 1].text:
            continue
        if tagged.after[i] or tagged.rights[i][0][:1]:
            continue  # 已建成13个国家现代农业产业园: the count names its own things
        planned = tag(indicators[i - 1].text)
        k = len(planned)  # where the nouns closing the plan's name start
        while k and planned[k - 1].nounish and planned[k - 1].word not in _BUILDING:
            k -= 1
        head = planned[k:]
        if head and k and any(t.flag.startswith("n") for t in head):
            indicators[i] = Indicator(clean_indicator(words[0] + text_of(head)))
    return indicators


def _time_spent_on(tagged: TaggedSentence, indicators: list[Indicator]) -> list[Indicator]:
    """利用1年左右时间，在全国范围开展深化扫黑除恶专项斗争: a span closing its clause on
    时间 is the time the next clause's work takes; 时间 alone names nothing."""
    for i, indicator in enumerate(indicators):
        right, ends = tagged.rights[i]
        if indicator.text != "时间" or not ends or [t.word for t in right] != ["时间"]:
            continue
        if tagged.quantities[i].unit.unit not in DURATIONS:
            continue
        work = _clause_after(tagged.pieces[i + 1])[:_MAX_WORK_TOKENS]
        while work and not work[-1].nounish:
            work.pop()
        if len(work) >= 2 and work[0].verbish:
            indicators[i] = Indicator(clean_indicator(text_of(work)))
    return indicators


_MAX_WORK_TOKENS = 6
_SO_FAR = words("目前 现已 已 已经 累计 如今 现在 其中")
# 建设口袋体育公园: the verb before the things planned, no part of their name
_BUILDING = words("建设 新建 改造 打造 开设 设立 建 推进 实施")


def _lone_state(text: str) -> bool:
    """投运, 建成投运: nothing but a project's stage, what state a thing is in rather than
    the thing."""
    return all(t.word in _PROJECT_STAGES for t in tag(text))


_PROJECT_STAGES = words("在建 建成 投运 投产 在运 开工 竣工 并网 已建")


# Function words that name nothing at either end of a guessed indicator.
_GUESS_EDGE_FLAGS = words("d p c u uj ul uz ug ud r x y e o m q")  # POS flags


_PARTS = words("首批 第一批 首期")


def _part_of_counted_before(tagged: TaggedSentence, i: int) -> Indicator | None:
    """计划改造提升约1000个…多式联运节点，首批300个正在加快推进: a count with nothing after
    it, its clause opening on 首批, is a part of what the count before counted."""
    quantity = tagged.quantities[i]
    if not i or tagged.after[i] or not tagged.after[i - 1] or not quantity.unit.classifier:
        return None
    if quantity.unit != tagged.quantities[i - 1].unit:
        return None
    left = strip_linking(tagged.lefts[i])
    if len(left) != 1 or left[0].word not in _PARTS:
        return None
    return Indicator(left[0].word + text_of(tagged.after[i - 1]))


def _far_away(tagged: TaggedSentence, i: int) -> Indicator | None:
    """270公里外，江山分院手术室里…: a length before 外 closing a clause of no verb is how far
    away the place the next clause names is (喷至45米外 is how far the verb reaches)."""
    right, ends_clause = tagged.rights[i]
    if tagged.quantities[i].unit.category != "length" or not ends_clause:
        return None
    if len(right) != 1 or right[0].word not in _AWAY or any(t.verbish for t in tagged.lefts[i]):
        return None
    return Indicator("距离")


def _guessed(tagged: TaggedSentence, i: int) -> Indicator:
    """When no rule finds what a figure measures, the words of its clause are still a
    better lead for a reader than nothing: what follows the figure up to the clause's
    end (1.2万余个老年助餐点服务群众就餐, 超过30%需要用到超精密过滤), else what
    precedes it in the clause. Flagged ``weak_indicator``, and never the subject of the
    figures after it (it is chosen once all of them have theirs)."""
    right, ends_clause = tagged.rights[i]
    if right and right[0].word == "后" and tagged.quantities[i].unit.unit in DURATIONS:
        right = right[1:]  # 3天后抵达浙江杭州: the time the goods took to arrive
    # 突破10万亿千瓦时大关: a level the figure passed names nothing; nor does what happens at
    # the spot so far along (1000余米处的执念)
    names_nothing = (len(right) == 1 and right[0].word in LEVELS_PASSED) or (
        tagged.quantities[i].unit.category == "length" and right[:1] and right[0].word == "处"
    )
    candidates = [right] if ends_clause and not names_nothing else []
    if not ends_clause and right and all(t.verbish for t in right) and i + 1 < len(tagged.after):
        # 8个月完成3次迭代: what was done in the time, counted by the figure after
        candidates.append([*right, *(tagged.after[i + 1] or tagged.rights[i + 1][0])])
    own = strip_linking(tagged.lefts[i])
    if all(t.word in _BEING if t.verbish else not t.nounish for t in own):
        # 像我一样的智慧巡检无人机，将来在这里一共会有20台左右: a clause naming only a
        # thing is the topic the count after it is of
        candidates.append(_topic_clause_before(tagged, i))
    if own and all(t.flag == "t" for t in own):
        # “田管家”成立于1986年，目前有56人: a clause holding only a time word counts what
        # the clause before named
        candidates.append(subject_before(clause_before(tagged.pieces[i])) or [])
    candidates.append(own)
    if not any(t.nounish or t.verbish for t in own):
        # 向种植户出租各类机器人，每亩1元: a clause of nothing but the figure is said of
        # what the clause before it did; 短短1毫秒内，这个指令就…抵达算力中心: or of
        # what the clause after it does
        candidates.append(_measure_cut_by_figure(tagged, i))
        before = _clause_before(tagged.pieces[i])
        said = bool(before) and before[-1].word in _SAYING
        # 姜楠钧介绍，不到两个月，4S店便为…定制了一款机器人: who speaks names nothing; the
        # time is what the clause after took
        candidates.append([] if said else before)
        within = all(t.word in ("内", "以内", "之内") for t in right)
        taken = said and tagged.quantities[i].unit.unit in DURATIONS
        if ends_clause and (within or taken):
            candidates.append(_clause_after(tagged.pieces[i + 1]))
    # 拿起一款锦鲤驱蚊贴，约10厘米长: the length of what the clause before named
    length = tagged.quantities[i].unit.category == "length"
    dimension = _dimension_after(tagged, i) if length else None
    for tokens in candidates:
        kept = _trim_edges([t for t in tokens if t.flag != "ns"])  # a place is the region
        text = clean_indicator(text_of(kept))
        if text and any(
            len(t.word) >= 2 and (t.nounish or t.verbish or t.flag == "t") for t in kept
        ):
            if dimension and tokens is not right:
                text += _DIMENSION_NAMES[dimension]
            return Indicator(text, guessed=True)
        if text and len(text) >= 2 and _short_deed(kept):
            return Indicator(text, guessed=True)  # 船要走一个多月: who does what
    return Indicator(None)


def _short_deed(tokens: list[Token]) -> bool:
    """船要走: words of one character each, a thing (or a count) and a verb."""
    return any(t.verbish for t in tokens) and any(t.nounish or t.flag == "m" for t in tokens)


_LIKE = words("像 如同 和 跟 与")
_BEING = words("有 会 能 将 共有 还有 就有")


def _topic_clause_before(tagged: TaggedSentence, i: int) -> list[Token]:
    """The noun phrase a clause of its own names (像我一样的智慧巡检无人机，…): 的 and the
    noun after it, with nothing before 的 but a likeness."""
    before = _whole_clause_before(tagged, i) or []
    de = max((k for k, t in enumerate(before) if t.word == "的"), default=None)
    if de is None or not before[-1].nounish:
        return []
    if any(t.verbish and t.word not in _LIKE for t in before[:de]):
        return []
    topic = noun_after_de(before[de:], direct=False) or []
    return topic if topic and topic[-1] is before[-1] else []


def _measure_cut_by_figure(tagged: TaggedSentence, i: int) -> list[Token]:
    """服务业增加值连续迈上三个“10万亿元”新台阶，2025年突破80万亿元: the clause before was
    cut by a figure; the measure that opens it is what this figure is a value of."""
    clause_ends = [t for t in tagged.pieces[i] if t.delimiter and t.word != "、"]
    if i == 0 or len(clause_ends) != 1:
        return []
    subject = subject_before(tagged.lefts[i - 1])
    return subject if subject and is_measure_head(subject[-1]) else []


def _measure_said_before(tagged: TaggedSentence, i: int) -> str | None:
    """A figure whose clause names nothing, right after a clause that names a measure
    (…住院床位使用率差异较大，从70%到120%不等): that measure's range."""
    left = tagged.lefts[0]
    spans = any(t.word in ("从", "由") for t in left)  # 从70%到120%不等: a spread, from … to
    if i > 0 or not spans or not all(t.flag in ("p", "d", "c", "x") for t in left):
        return None  # a later figure has the ones before it; words of its own name it
    clause = clause_before(tagged.pieces[0])
    k = next((k for k in range(len(clause) - 1, -1, -1) if is_measure_head(clause[k])), None)
    return text_of(walk_back(clause[: k + 1])) if k is not None else None


def _clause_before(piece: list[Token]) -> list[Token]:
    """The clause before the last one of ``piece``, from its verb when a preposition
    phrase opens it (向种植户 出租各类机器人), or its head noun when it ends in one after 的."""
    clause = clause_before(piece)
    de = max((k for k, t in enumerate(clause) if t.word == "的"), default=None)
    head = clause[de + 1 :] if de is not None else []
    attributive = ("t", "j", "b")  # 沙洲 现代/t 农旅/j 示范基地
    named = (
        bool(head) and head[-1].nounish and all(t.nounish or t.flag in attributive for t in head)
    )
    if clause[:1] and clause[0].flag == "p" and named:
        return head  # 以几个专业合作社为主体的沙洲现代农旅示范基地: the base so described
    if clause[:1] and clause[0].flag == "p":
        # the verb after the preposition's object (种植/v 户/ng is that object)
        verb = next(
            (k for k in range(2, len(clause)) if clause[k].verbish and clause[k - 1].nounish),
            len(clause),
        )
        clause = clause[verb:]
    one = next((k for k, t in enumerate(clause) if _ONE_OF_A_KIND.fullmatch(t.word)), None)
    if one and clause[one - 1].verbish and clause[one + 1 : one + 2] and clause[one + 1].nounish:
        return clause[one + 1 :]  # 拿起一款锦鲤驱蚊贴，约10厘米长: the thing, not the picking up
    return clause


_SAYING = words("介绍 说 表示 指出 认为 称 透露 坦言 感慨")
_ONE_OF_A_KIND = re.compile("一[款根个台件只条块张把颗枚种]")


_TIME_SPENT = ("耗时", "用时", "历时", "耗费")
_MAX_WORK_TOKENS = 10  # 研制功率谱密度分析仪中的关键部件振荡器
_STAYING = words("停留 逗留 驻留 滞留 停歇 停靠 栖息")
_ONLY_THEN = ("才", "方", "终于")
_EFFORTS = words("努力 奋战 攻关 坚持 奋斗 攻坚 探索")
_THEN_REACH = 3  # tokens: 案件终于 (the subject may come before 终于)


def _work_given_time(tagged: TaggedSentence, i: int) -> str:
    """在一个月的时间里，研制…振荡器: the work a span was given for, named by the whole
    next clause (short enough to be one task), or "" when the span is not so given."""
    right, ends_clause = tagged.rights[i]
    opened = tagged.lefts[i][-1:] and tagged.lefts[i][-1].word == "在"
    if not opened or not ends_clause or [t.word for t in right][1:2] != ["时间"]:
        return ""
    piece = tagged.pieces[i + 1]
    cut = next((k for k, t in enumerate(piece) if t.delimiter), len(piece))
    work = list(takewhile(lambda t: not t.delimiter, piece[cut + 1 :]))
    return (text_of(work) or "") if len(work) <= _MAX_WORK_TOKENS else ""


def _work_that_took(tagged: TaggedSentence, i: int) -> str | None:
    """耗时整整一个月，才逐个点位完成地形勘测和场地标定: the work a span was spent on is
    named in the clause after, opened by 才 (only then was it done)."""
    right, ends_clause = tagged.rights[i]
    piece = tagged.pieces[i + 1]
    efforts = [t.word for t in right[:1]] == ["的"] and text_of(right[1:]) in _EFFORTS
    if (right and not efforts) or not ends_clause or len(piece) < 3:
        return None
    # 经过一年多的努力，案件终于启动了遣返程序: the effort's time, and what it got done
    cut = len(right)
    if not any(t.word in _ONLY_THEN for t in piece[cut + 1 : cut + 1 + _THEN_REACH]):
        return None
    return text_of(_clause_after(piece))


def _clause_after(piece: list[Token]) -> list[Token]:
    """The clause after the first delimiter of ``piece``, from its first verb."""
    cuts = clause_breaks(piece)
    if not cuts:
        return []
    clause = piece[cuts[0] + 1 : cuts[1] if len(cuts) > 1 else len(piece)]
    verb = next((k for k, t in enumerate(clause) if t.verbish and len(t.word) > 1), None)
    return clause[verb:] if verb is not None else []


def _trim_edges(tokens: list[Token]) -> list[Token]:
    start, end = 0, len(tokens)
    while start < end and _guess_edge(tokens[start]):
        start += 1
    while end > start and _guess_edge(tokens[end - 1]):
        end -= 1
    if end - start > 1 and tokens[end - 1].word in _NEW_RECORDS:
        end -= 1  # 市场化交易电量再创新高，超6.6万亿千瓦时: the record is no part of the name
    return tokens[start:end]


_NEW_RECORDS = ("再创新高", "创新高", "创历史新高")


def _guess_edge(token: Token) -> bool:
    """Punctuation, function words, numerals and a month (3月上海带看量…) edge a guess."""
    return token.flag in _GUESS_EDGE_FLAGS or token.delimiter or token.word[0].isdigit()


# Words that say when a figure was measured, never what: 9月份单月 / 当月 / 前三季度.
_PERIOD_ONLY = re.compile(
    r"^(?:\d*月份?|单月|当月|本月|全年|上半年|下半年|前?[一二三四1-4]季度|当季|同期|年度|累计"
    r"|现在|目前|如今|当前|过去|此前|以前|以往)+$"
)


def _reach_of(left: list[Token], counted: str) -> str | None:
    """保供范围覆盖20多个省份: the subject and 覆盖 before the places counted."""
    tokens = [t for t in left if t.word not in ("已", "已经", "国内", "全国")]
    if len(tokens) < 2 or tokens[-1].word not in _COVERING or tokens[-1].word in counted:
        return None
    subject = noun_phrase_before(tokens[:-1]) or []
    # not 举办覆盖…, 构建涵盖…: a verb before 覆盖 makes it a modifier of what is counted
    if not subject or not subject[-1].nounish or len(text_of(subject) or "") < 2:
        return None
    return f"{text_of(subject)}{tokens[-1].word}{counted}"


_COVERING = words("覆盖 涵盖")


def _which_of_them(tagged: TaggedSentence, i: int, text: str) -> str:
    """9名社区干部，服务1500多户群众: people counted as those served (服务群众); 从首届40余名
    学生到…: as an intake (首届学生); the word right before the figure says which."""
    quantity, left = tagged.quantities[i], tagged.lefts[i]
    last = left[-1].word if left else ""
    people = quantity.unit.category in ("people", "households")
    # not 交易额从首届不足2亿元到…: an amount from the first edition on, a time
    since = left[-2].word if len(left) > 1 else ""
    timed = since in ("从", "由") and not quantity.unit.classifier
    which = (people and last in _REACHING_PEOPLE) or (_BATCH.fullmatch(last) and not timed)
    return last + text if which and last not in text else text


_REACHING_PEOPLE = words("服务 帮助 帮扶 救助 吸纳 辐射")
_BATCH = re.compile(r"首[届批期]|第[一二三四五六七八九十\d]+[届批期]")
_ROLE_COPULAS = words("是 成为")


def _role_for_counted(tagged: TaggedSentence, i: int) -> str | None:
    """是近80个国家的主要出口目的地: the subject's role for each thing counted (国家的主要出口
    目的地), when 的 and the role close the clause."""
    left, (right, ends) = tagged.lefts[i], tagged.rights[i]
    if not ends or not left or left[-1].word not in _ROLE_COPULAS or len(right) < 3:
        return None
    de = next((k for k, t in enumerate(right) if t.word == "的"), None)
    if de is None or de == 0 or de == len(right) - 1:
        return None
    if not all(t.nounish for t in right[:de]) or not all(
        t.nounish or t.flag in ("a", "b") for t in right[de + 1 :]
    ):
        return None
    return text_of(right)


def _contributor_before(tagged: TaggedSentence, i: int, subject: str | None) -> str | None:
    """对经济增长的贡献率 opening a clause: whose contribution the clause before says."""
    left = tagged.lefts[i]
    if subject or not left or left[0].word != "对" or not any(t.word == "贡献率" for t in left):
        return None
    clause = clause_before(tagged.pieces[i])
    return text_of(subject_before(clause)) if clause else None


_EVERY_PERIOD = re.compile(r"每(?:学年|学期|年|月|周|天|日|季度)")


def _noun_closing_clause_before(tagged: TaggedSentence, i: int) -> str | None:
    """A clause that is one noun phrase (…的超长期特别国债资金额度，) or ends in one (开展人工
    智能通识教育，): the phrase, which the figure's clause goes on about."""
    clause = clause_before(tagged.pieces[i])
    return text_of(noun_phrase_before(clause)) if clause and clause[-1].nounish else None


def _names_only_a_period(text: str) -> bool:
    stripped = without_change(text)
    return stripped != text and bool(_PERIOD_ONLY.match(stripped))


_POWER_VERBS = ("发电", "用电", "售电", "供电", "送电", "输电", "充电", "节电")
_EVENT_NOUNS = ("危机", "事故", "会议", "战争", "地震", "洪水", "改革", "调整", "考察")


def _event_after(right: tuple[list[Token], bool]) -> str | None:
    """展厅已4次搬迁，: after a count of events, a lone verb closing the clause is the event."""
    tokens, ends = right
    if ends and len(tokens) == 1 and tokens[0].flag in ("v", "vn") and len(tokens[0].word) >= 2:
        return tokens[0].word
    if (
        ends
        and tokens[-1:]
        and tokens[-1].word.endswith(_EVENT_NOUNS)
        and all(t.nounish or t.flag == "i" for t in tokens)  # 能源危机/i
    ):
        return text_of(tokens)  # 我们经历了3次能源危机: the events counted, named after 次
    # 先后四次向党中央请示和报告: to whom, then what was done each time
    if ends and 3 <= len(tokens) <= _MAX_EVENT_TOKENS and tokens[0].word in _TOWARDS:
        addressee = list(takewhile(lambda t: t.nounish, tokens[1:]))
        done = tokens[1 + len(addressee) :]
        if addressee and done and done[0].verbish and all(t.flag in _EVENT_FLAGS for t in done):
            return text_of(tokens)
    return None


def _doer_of_event(tagged: TaggedSentence, i: int, text: str | None) -> str | None:
    """The noun phrase right before a count of events whose name is the verb phrase after
    it (专家组3次来到现场)."""
    after = tagged.after[i]
    if not text or not after or not after[0].verbish or text != text_of(after):
        return None
    left = strip_linking(tagged.lefts[i])
    while left and left[-1].word in _HOW_OFTEN:
        left = left[:-1]  # 先后/t 7次: jieba's time word is an adverb here
    doer = noun_phrase_before(left)
    return text_of(doer) if doer and doer[-1].nounish else None


_HOW_OFTEN = words("先后 前后 曾 曾经 共 累计")


_TOWARDS = words("向 对 为 与 同")
_MAX_EVENT_TOKENS = 6
_EVENT_FLAGS = frozenset(("v", "vn", "n", "c"))


_DIMENSION_NAMES = {
    "长": "长度",
    "宽": "宽度",
    "高": "高度",
    "深": "深度",
    "厚": "厚度",
    "重达": "重量",
}


def _dimension_before(left: list[Token]) -> str | None:
    if left and (left[-1].word in DIMENSION_ADJECTIVES or left[-1].word == "重达"):
        return left[-1].word  # 长380公里, 重达700吨 (strip_linking would drop them)
    tokens = strip_linking(left)
    word = tokens[-1].word if tokens else ""
    if word == "里程" and len(tokens) > 1 and tokens[-2].word == "总":
        word = "总里程"  # 总/b 里程/n
    return word if word in LONE_DIMENSIONS or word in _MEASURED_WHOLES else None


_MEASURED_WHOLES = ("总面积", "总长度", "总里程")  # 总里程168公里的治沙骨干路网: alone too


def _dimensions_before_de(tagged: TaggedSentence, indicators: list[Indicator]) -> list[Indicator]:
    """一条长380公里、总面积215万亩、宽度1—20公里的环绿洲锁边林带: each dimension of a
    list that ends in 的 + noun is the noun's (林带长度, 林带总面积, 林带宽度)."""
    out = list(indicators)
    count = len(tagged.quantities)
    i = 0
    while i < count:
        dimension = _dimension_before(tagged.lefts[i])
        if dimension is None:
            i += 1
            continue
        dimensions = {i: dimension}
        j = i
        while j + 1 < count:
            piece = tagged.pieces[j + 1]
            if len(piece) == 2 and piece[0].word == "、" and (d := _dimension_before(piece)):
                dimensions[j + 1] = d  # 、总面积215万亩
            elif len(piece) == 1 and piece[0].word in RANGE_MARKS:
                dimensions[j + 1] = dimensions[j]  # 1—20公里: both ends are the width
            else:
                break
            j += 1
        noun = thing_after_de(tagged.rights[j][0])
        alone = len(dimensions) == 1 and dimension in _MEASURED_WHOLES
        for k, dim in dimensions.items() if noun and (len(dimensions) > 1 or alone) else ():
            text = clean_indicator(text_of(noun) + _DIMENSION_NAMES.get(dim, dim))
            out[k] = Indicator(text, out[k].name_like)
        i = j + 1
    return out


def _noun_dimension(tagged: TaggedSentence, i: int) -> str | None:
    """平台高128米, 大桥长2.5公里: a dimension adjective right after a noun and right
    before the length; the adjective alone (、高35米) is _dimension_only's."""
    left = tagged.lefts[i]
    if len(left) >= 2 and left[-1].word in _DIMENSION_NAMES and left[-2].nounish:
        return left[-1].word
    return None


def _dimension_after(tagged: TaggedSentence, i: int) -> str | None:
    """12米宽的硬化柏油路, 6米宽、坑洼不平的道路: a dimension adjective right after the
    length says which one the noun has."""
    right = tagged.rights[i][0]
    if right and right[0].word in _DIMENSION_NAMES and right[0].flag == "a":
        return right[0].word
    return None


def _wind_resisted(tagged: TaggedSentence, i: int) -> str | None:
    right, left = tagged.rights[i][0], tagged.lefts[i]
    if right and left and "风" in right[0].word and left[-1].word in ("抗", "抵御", "抵抗"):
        return left[-1].word + right[0].word
    return None


def _weight_after(tagged: TaggedSentence, i: int) -> bool:
    right = tagged.rights[i][0]
    return tagged.quantities[i].unit.unit in _MASS_UNITS and bool(right) and right[0].word == "重"


def _dimension_only(left: list[Token], quantity: Quantity) -> bool:
    """The clause is a lone dimension adjective before a length (、高35米) or a weight (、重…)."""
    tokens = [t for t in left if t.word != "、"]
    if len(tokens) != 1:
        return False
    if quantity.unit.unit in _MASS_UNITS:
        return tokens[0].word == "重"  # 、重约200公斤
    return quantity.unit.category == "length" and tokens[0].word in DIMENSION_ADJECTIVES


def _without_dimension(subject: str) -> str:
    """系统直径 → 系统: the subject without the dimension it measured before."""
    for word in sorted(DIMENSIONS, key=len, reverse=True):
        if subject.endswith(word) and len(subject) > len(word):
            return subject[: -len(word)]
    return subject


def _totals_previous(tagged: TaggedSentence, i: int) -> bool:
    """A figure after 合计/共计 alone: the total of what the figure before counted."""
    left = tagged.lefts[i]
    return i > 0 and len(left) == 1 and left[0].word in ("合计", "共计", "总计")


def _part_of_previous(tagged: TaggedSentence, i: int) -> bool:
    """A figure right after 其中 with no noun of its own, in the unit of the one before.
    Not when a verb follows it (其中四成以上认为…新奇有趣): that says what this part did."""
    left = [t for t in strip_linking(tagged.lefts[i]) if t.flag != "d"]
    right = tagged.rights[i][0]
    return (
        i > 0
        and bool(left)
        and left[0].word == "其中"
        and not any(t.nounish for t in left[1:])
        and tagged.quantities[i].unit_name == tagged.quantities[i - 1].unit_name
        and not (right and right[0].verbish)
    )


def _owner_after_de(tagged: TaggedSentence, i: int, text: str) -> str | None:
    """资源量达69吨的深部金矿: a measure alone before its link and figure, then 的 and the
    thing it is of, closing the clause."""
    left = tagged.lefts[i]
    own = strip_linking(left)
    if not own or own == left or own[-1].word != text or not is_measure_head(own[-1]):
        return None
    if not all(t.verbish or t.flag in ("ul", "d") for t in own[:-1]):
        return None  # 探获了资源量: no owner named before the measure
    right, ends = tagged.rights[i]
    if not ends or right[:1] == [] or right[0].word != "的":
        return None
    thing = thing_after_de(right)
    return text_of(thing) if thing and len(thing) == len(right) - 1 else None


def _part_named(right: list[Token]) -> str | None:
    """为市级特色产业园区 after 其中9个: the nouns after 为/是 name the part."""
    if len(right) < 2 or right[0].word not in ("为", "是"):
        return None
    return text_of(trim_scope([t for t in right[1:] if t.nounish or t.flag == "b"]) or None)


def _total_of_previous(tagged: TaggedSentence, i: int) -> str | None:
    """累计达327家 right after 新组建92家创新联合体: the total of the things just counted."""
    left = tagged.lefts[i]
    if i == 0 or not left or left[0].word not in CUMULATIVE or strip_linking(left[1:]):
        return None
    if tagged.after[i]:
        return None  # 11场政策宣讲，共计131场活动: the total names its own things
    if tagged.quantities[i].unit_name != tagged.quantities[i - 1].unit_name:
        return None
    return text_of(tagged.after[i - 1])


_SUMMING = CUMULATIVE | TOTAL_MARKS | {"计"}


def _sum_of_noun_before(piece: list[Token]) -> str | None:
    if len(piece) < 3 or piece[-1].word not in _SUMMING or piece[-2].word not in ("，", ","):
        return None
    run = list(takewhile(lambda t: t.nounish, reversed(piece[:-2])))[::-1]
    return text_of(run)


def _noun_after_basis_verb(tokens: list[Token]) -> bool:
    *_, verb, noun, change = tokens
    return verb.verbish and noun.nounish and bool(CHANGE.fullmatch(change.word))


def _comparison_basis(left: list[Token]) -> int | None:
    """Where ``比上年同期`` starts in a clause that names nothing else before it
    (``比上年12月份加快`` / ``增速比上年同期加快``), or None."""
    tokens = strip_linking(left)
    for k, token in enumerate(tokens):
        if token.word in BASIS_MARKS or token.word in GLUED_BASES:
            if CHANGE.fullmatch("".join(t.word for t in tokens[k:])):
                return None  # 比上年增长: the change words alone, nothing to skip
            before = text_of([t for t in tokens[:k] if t.flag not in ("d", "ad")])  # 确实比去年
            if any(is_measure_head(t) and t.word not in _BASIS_FIGURES for t in tokens[k + 1 :]):
                return None  # 较以往平均在泊时长缩短: the measure is named after the basis
            if len(tokens) > k + 3 and _noun_after_basis_verb(tokens):
                return None  # 较从广州港出海航程缩短: so is 航程, after the basis's verb
            if tokens[-1].word in _SAVING_VERBS:
                return None  # 较此前节水20%: the verb names what was saved, a measure
            if k + 1 < len(tokens) and (
                before is None or before in GENERIC_MEASURES or _DATE_ONLY.fullmatch(before)
            ):
                return k
            return None
    return None


# 比2025年执行数增长1.8%: the figure a budget is set against, not a measure of its own
_BASIS_FIGURES = words("执行数 预算数 计划数 决算数")
_DATE_ONLY = re.compile(r"\d{4}年(?:\d{1,2}月份?)?")  # 2025年比2020年增加: when, not what
_SAVING_VERBS = words("节水 节能 节电 节煤 节油 节地 减排 降耗 降本 增收 增产 减碳 省水 省电")


def _completed_by_overlap(text: str | None, subject: str | None, left: list[Token]) -> str | None:
    """研发经费投入达260亿元，…，投入强度达到2.88%: a measure that opens its clause and
    starts with the word the subject ends with (投入) is the subject's own measure:
    研发经费投入强度."""
    if not (text and subject) or text_of(strip_linking(left)) != text:
        return text
    if not text.endswith(MEASURE_HEAD_ENDINGS):
        return text
    for k in range(len(text) - 1, 1, -1):
        if subject.endswith(text[:k]) and len(subject) > k:
            return subject + text[k:]
    return text


# Flows of one owner's money or goods, each the other's counterpart
_COUNTERPARTS = ("收入", "支出", "结余", "出口", "进口")


def _sibling_flow(subject: str, left: list[Token]) -> str | None:
    """收入1.83万亿元，支出1.36万亿元: a clause of only the counterpart flow is the same
    owner's (职工医保统筹基金支出)."""
    said = text_of(strip_linking(left)) or ""
    own = next((flow for flow in _COUNTERPARTS if subject.endswith(flow)), None)
    if said not in _COUNTERPARTS or own is None or own == said:
        return None
    return subject[: -len(own)] + said


def _without_qualifying(text: str) -> str:
    """新增科技型企业 -> 科技型企业."""
    for verb in sorted(QUALIFYING_VERBS, key=len, reverse=True):
        if text.startswith(verb) and len(text) > len(verb) + 1:
            return text[len(verb) :]
    return text


_PER_HEAD = ("户均", "人均")
_HEADCOUNTS = {"户": "户数", "人": "人数"}


def _parallel_formulas(quantities: Sequence[Quantity], pieces: list[list[Token]]) -> set[int]:
    """两个市场、两种资源: parallel small Chinese counts of single nouns are a formula."""
    found: set[int] = set()
    for i in range(len(quantities) - 1):
        a, b = quantities[i], quantities[i + 1]
        between = pieces[i + 1]
        if (
            _small_chinese_count(a)
            and _small_chinese_count(b)
            and len(between) == 2
            and between[0].nounish
            and between[1].word == "、"
        ):
            found.update((i, i + 1))
    return found


def _small_chinese_count(quantity: Quantity) -> bool:
    return quantity.chinese and quantity.value <= 10 and quantity.unit.classifier


def _looks_like_slogan(quantity: Quantity, right: list[Token]) -> bool:
    """两个确立, 五个坚决: a small Chinese count of a verb or quality is a slogan.

    A verb that takes an object (三个服务基层的小组) is a real modifier, so the
    word after the verb must not be a noun.
    """
    if not (_small_chinese_count(quantity) and quantity.unit.written == "个") or not right:
        return False
    if right[0].flag not in ("v", "a", "ad", "d", "i", "vd") or right[0].word in _HAVING:
        return False  # 两个装有沉淀、净化等设施的雨水调蓄池: what the counted things have
    return len(right) == 1 or not right[1].nounish


_HAVING = words("装有 设有 配有 建有 带有 拥有 具有")
