"""A sentence cut at its figures and tagged with jieba, and the phrase each figure names
itself with: the noun phrase before it, the classifier phrase after it, or the verb
phrase that says what it did (indicator.py applies the context rules on top)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import dropwhile, takewhile

from pipelines.facts.noun_after import (
    DIMENSION_ADJECTIVES,
    FUND_NOUNS,
    head_after_dimensions,
    head_noun,
    listed_people_doing,
    milestone,
    noun_after_de,
    noun_after_relative_clause,
    noun_phrase_after,
    only_a_milestone,
    plant_of_capacity,
    verb_phrase_after,
    work_done,
)
from pipelines.facts.noun_before import (
    ALL_OF_THEM,
    ATTRIBUTIVE_ENDINGS,
    SHARE_HEADS,
    THERE_ARE,
    after_from,
    after_preposition,
    distance_to,
    moves_on,
    noun_before_from,
    noun_phrase_before,
    rate_named_after,
    rate_of_change,
    shared_head,
    split_change,
    subject_before,
    trim_leading,
    walk_back,
)
from pipelines.facts.phrases import (
    CHANGE,
    COMPARATIVES,
    CONJUNCTIONS,
    COPULAS,
    FREQUENCY_WORDS,
    LINKING_WORDS,
    PER_UNIT,
    RANGE_MARKS,
    SETTLING_VERBS,
    SPAN_MEASURES,
    clean_indicator,
    is_measure_head,
    strip_linking,
    text_of,
)
from pipelines.facts.places import find_places, gazetteer
from pipelines.facts.quantities import Quantity
from pipelines.facts.segmenter import words
from pipelines.facts.tagging import (
    BASIS_MARKS,
    PERSON_NAME,
    Token,
    tag,
)
from pipelines.facts.trade import (
    MONEY_NOUNS,
    SPENDING,
    kind_of_pay,
    paid,
)
from pipelines.facts.units import (
    DURATION_UNITS,
    HOUSEHOLD_NOUNS,
    PEOPLE_NOUNS,
    PLACE_UNITS,
)

# Verbs that change a count of something named before them (动物界新增3380个物种).
_COUNT_CHANGES = words("新增 增加 减少 新建 新设")


_MAX_SHARED_CHANGE = 8


_TRAVEL_SPANS = words("车程 航程 路程 行程 步程")


DIMENSIONS = tuple(
    words("长度 宽度 高度 深度 直径 厚度 里程 距离 跨度 半径 全长 长 宽 高 深 航程 射程")
)


# Durations (连续四年开展…) do not inherit the subject of an earlier clause, only of
# their own (从两小时减至30分钟).
DURATIONS = DURATION_UNITS


# A title or honour conferred on the counted (创建为…示范县, 被命名为, 获得…称号); adverbs
# between are left out.
_HONOUR = re.compile(
    r"(?:已经|已|全部|均|都|先后|共)*(?P<passive>被?)"
    r"(?P<verb>创建为|创建成为|命名为|评为|评选为|认定为|授予|获评|荣获|获得|获授|获批|入选|入围)(?P<title>.{2,})"
)


_HONOURED = ("people", "organizations", "count")
_NIGHTS = re.compile(r"[两二三四五六七八九十\d]晚$")


@dataclass
class TaggedSentence:
    """A sentence cut at its quantities, each piece POS-tagged once."""

    quantities: Sequence[Quantity]
    pieces: list[list[Token]]  # before, between and after the quantities
    lefts: list[list[Token]]  # each quantity's clause up to the number
    rights: list[tuple[list[Token], bool]]  # its clause after the unit, and whether it ends
    after: list[list[Token] | None]  # classifier + noun phrase (13个红色读书社)

    @classmethod
    def tagged(cls, sentence: str, quantities: Sequence[Quantity]) -> TaggedSentence:
        count = len(quantities)
        pieces = [tag(text) for text in _pieces(sentence, quantities)]
        for i, quantity in enumerate(quantities):
            if quantity.unit.unit == "天" and _NIGHTS.match(text_of(pieces[i + 1][:2]) or ""):
                # 三天两晚的行程: the nights belong to the days; what follows is the trip
                pieces[i + 1] = pieces[i + 1][2:]
        lefts = [
            _without_comparison_frame(_left_clause(_around_brackets(pieces, i)))
            for i in range(count)
        ]
        rights = [right_clause(pieces[i + 1], i + 1 == count) for i in range(count)]
        after = [
            _head_after_description(pieces[i + 1])
            or _counted_after_de(lefts[i], pieces[i + 1])
            or head_after_dimensions(pieces, quantities, i)
            or (quantities[i].unit.category == "people" and listed_people_doing(pieces[i + 1]))
            or _class_of_listed(
                pieces[i + 1],
                _with_shared_head(
                    pieces[i + 1],
                    noun_phrase_after(
                        *_noun_side(rights, pieces, quantities, i),
                        after_preposition(lefts[i]),
                        quantities[i].unit.category == "people" or _points_back(pieces[i]),
                    ),
                ),
            )
            if quantities[i].unit.classifier
            else None
            for i in range(count)
        ]
        # 销量首次突破1万台大关: the level reached is not what the figure counts
        after = [None if noun and only_a_milestone(noun) else noun for noun in after]
        return cls(quantities, pieces, lefts, rights, after)

    def own_phrase(self, i: int) -> str | None:
        """The phrase next to quantity ``i`` itself."""
        if own := self._own_noun_from_to(i):
            return own
        right = self.rights[i][0]
        if right[:1] and right[0].word in ("内", "以内"):
            right = right[1:]  # 由…15日内缩短为10日内: within the days, then the move
        starts = right[:1] and right[0].word in ("开始", "起")  # 年金险从60岁开始领
        if after_from(self.lefts[i]) and (moves_on(right) or starts):
            # 将智算部分由原来的3%调整为30%: the figure right after 由/从 is the
            # starting value of the subject before 由.
            from_subject = text_of(noun_before_from(self.lefts[i]))
            if from_subject:
                return from_subject
        return (
            _group_of_people_after(self.quantities[i], right)
            or _visits_named_after(self.quantities[i], right)
            or _deed_of_people_listed(self.quantities[i], self.lefts[i], self.pieces[i + 1])
            or _deed_of_firms_counted(self.after[i], self.rights[i])
            or _deed_with_partners_counted(self.lefts[i], self.after[i], self.rights[i])
            or shared_head(self.quantities, self.pieces, self.after, i)
            or self.class_of_figures_listed(i)
            or self.disposed_of(i)
            or self.honoured(i)
            or text_of(self.with_subject_of_change(i))
            or text_of(_with_verb_before(self.lefts[i], self.after[i]))
            or text_of(self.head_after_next_figure(i))
            or text_of(self.described_after_size(i))
            or text_of(self.before_or_after(i))
            or text_of(noun_before_from(self.lefts[i]))
            or _per_group_alone(self.lefts[i], self.quantities[i])
        )

    def _own_noun_from_to(self, i: int) -> str | None:
        """从76.8亿元援宁资金到逾千亿元实际到位投资: each end of the move names its own
        thing right after it (the 援宁资金 before 到 is not the second figure's)."""
        if i + 1 < len(self.quantities) and _opens_on_from(self.lefts[i]):
            named = _nouns_then_to(self.pieces[i + 1])
            return text_of(named) if named else None
        if i and _opens_on_from(self.lefts[i - 1]) and _nouns_then_to(self.pieces[i]):
            own, ends = self.rights[i]
            return text_of(own) if ends and _short_noun_phrase(own) else None
        return None

    def class_of_figures_listed(self, i: int) -> str | None:
        """设置了50元、100元、300元三种面额: figures listed, then how many they are and
        their class; the class (面额) names each of them."""
        first, last = i, i
        while first > 0 and text_of(self.pieces[first]) in _LIST_JOINS:
            first -= 1
        while last + 1 < len(self.quantities) and text_of(self.pieces[last + 1]) in _LIST_JOINS:
            last += 1
        right = self.rights[last][0]
        if last == first or len(right) < 2 or right[0].flag != "m" or not right[1].nounish:
            return None
        if milestone(right[1:2]):
            return None  # 迈上2000亿元、2500亿元两个台阶: levels reached, not what they measure
        counted = _SMALL_COUNTS.get(right[0].word[:1])
        return right[1].word if counted == last - first + 1 else None

    def disposed_of(self, i: int) -> str | None:
        """村民自愿将3000多亩耕地入股: after 将/把 the figure measures the object, and what is
        done with it (耕地入股), not the agent before 将."""
        left, right = self.lefts[i], self.rights[i][0]
        if not left or left[-1].word not in _DISPOSAL:
            return None
        nouns = list(takewhile(lambda token: token.nounish, right))
        if not 0 < len(nouns) <= _MAX_DISPOSED_NOUNS or len(nouns) == len(right):
            return None
        verb = right[len(nouns)]
        if not verb.flag.startswith("v"):
            return None
        return text_of(nouns) + verb.word

    def counted_before(self, i: int) -> bool:
        """新增超过13.6亿条乡村视频，同比增长24.59%: the things the figure before counted,
        closing its clause, are what a bare change right after them is of."""
        if i == 0 or not self.after[i - 1] or not self.rights[i - 1][1]:
            return False
        # 跨越…个大台阶，年均增长: steps reached are no measure
        return not milestone(self.after[i - 1]) and len(strip_linking(self.lefts[i])) <= 2

    def described_after_size(self, i: int) -> list[Token] | None:
        """一个20厘米高、长相可爱的机器人娃娃, 一座高约15米、形似“套娃”的建筑: a size,
        more description, then 的 + the thing of that size."""
        right, left, piece = self.rights[i][0], self.lefts[i], self.pieces[i + 1]
        if self.quantities[i].unit.category != "length":
            return None
        sized_after = len(right) == 1 and right[0].word in DIMENSION_ADJECTIVES
        sized_before = (
            not right
            and bool(left)
            and left[-1].word in DIMENSION_ADJECTIVES
            and [t.word for t in piece[:1]] == ["、"]
        )
        if not (sized_after or sized_before):
            return None
        j = i  # 50公里长、4米宽的大冲沟: sizes in a row, then the thing
        while (
            sized_after
            and j + 1 < len(self.quantities)
            and [t.word for t in self.pieces[j + 1]] == [self.rights[j][0][0].word, "、"]
            and self.quantities[j + 1].unit.category == "length"
            and self.rights[j + 1][0][:1]
            and self.rights[j + 1][0][0].word in DIMENSION_ADJECTIVES
        ):
            j += 1
        clause = left_clause_end(self.pieces[j + 1])
        de = next((k for k, t in enumerate(clause[: _MAX_DESCRIPTION + 1]) if t.word == "的"), None)
        return noun_after_de(clause[de:], direct=False) if de else None

    def before_or_after(self, i: int) -> list[Token] | None:
        """拥有67户250多人的小康乡: a figure right before another shares its clause after."""
        phrase = _before_or_after(
            self.quantities[i],
            self.lefts[i],
            _noun_side(self.rights, self.pieces, self.quantities, i),
        )
        return _class_of_listed_objects(phrase, self.pieces[i + 1])

    def honoured(self, i: int) -> str | None:
        """38个县创建为全国民族团结进步示范县, 69家单位被命名为…示范单位, 204人获得…模范
        称号: a count of those given a title is named by the title; the counted noun
        alone (县, 单位) would merge it with any other count of them. 154个集体、204人获得…
        称号: items listed with 、 share the honour said after the last."""
        quantity = self.quantities[i]
        if quantity.unit.category not in _HONOURED:
            return None
        counted = text_of(self.after[i]) or ""
        honour = self._honour_after(i, counted)
        listed = [t.word for t in self.pieces[i + 1]]  # the last piece follows the last figure
        last = i + 1 == len(self.quantities)
        if honour is None and not last and listed == [*(t.word for t in self.after[i] or []), "、"]:
            nxt = self.quantities[i + 1]
            if nxt.unit.category in _HONOURED and not self.after[i + 1]:
                honour = self._honour_after(i + 1, "")
        if honour is None:
            return None
        if quantity.unit.written in PLACE_UNITS:
            counted = quantity.unit.unit  # 7市（地）已全部创建为…示范市: the unit is counted
        return clean_indicator(counted + honour["passive"] + honour["verb"] + honour["title"])

    def _honour_after(self, i: int, counted: str) -> re.Match[str] | None:
        right, ends = self.rights[i]
        text = text_of(right) or ""
        if not ends or not text.startswith(counted):
            return None
        honour = _HONOUR.fullmatch(text, len(counted))
        last = tag(honour["title"])[-1] if honour else None
        if last is None or not (head_noun(last) or last.flag in PERSON_NAME):
            return None  # 文明村/nr: a title jieba took for a name is still a noun
        return honour

    def with_subject_of_change(self, i: int) -> list[Token] | None:
        """动物界新增3380个物种, 真菌界增加了8个门: what changed by the count is named before
        the verb; the counted noun alone (物种, 门) would merge every kingdom's count."""
        prefix = self._subject_and_change(i)
        return [*prefix, *self.after[i]] if prefix and self.after[i] else None

    def _subject_and_change(self, i: int) -> list[Token] | None:
        """The subject and verb of change that figure ``i`` counts under, looking back over
        at most _MAX_SHARED_CHANGE figures that share them (so a long list stays linear)."""
        verb = None  # 植物界新增431个物种，减少2个…: a later verb of the same subject
        for k in range(i, max(i - _MAX_SHARED_CHANGE, -1), -1):
            left = strip_linking(self.lefts[k])
            between = self.pieces[k]
            counted_before = len(self.after[k - 1] or []) if k > 0 else 0
            if (
                k > 0
                and len(between) == counted_before + 1
                and between[-1].word in CONJUNCTIONS | {"、"}
            ):
                continue  # 新增3380个物种和477个种下单元: the same subject and verb
            if k > 0 and len(left) == 1 and left[0].word in _COUNT_CHANGES:
                verb = verb or left[0]
                continue
            if len(left) < 2 or left[-1].word not in _COUNT_CHANGES or not left[-2].nounish:
                return None
            run = trim_leading(walk_back(left[:-1])) or []
            start = len(left) - 1 - len(run)
            if len(run) > 1 and len(run[0].word) == 1 and start > 0 and left[start - 1].flag == "m":
                run = run[1:]  # 2026版/n 真菌界: the 版 of an edition number names nothing
            return [*run, verb or left[-1]] if run else None
        return None

    def head_after_next_figure(self, i: int) -> list[Token] | None:
        """汇聚79.3万个、总时长729.5万分钟的…课程资源: a count, then 、 and a second figure
        with its own measure (总时长); the noun after the second figure's 的 is what both
        describe, so it is what the count counts."""
        if i + 1 >= len(self.quantities) or not self.quantities[i].unit.classifier:
            return None
        between = self.pieces[i + 1]
        if not between or between[0].word != "、" or not all(t.nounish for t in between[1:]):
            return None
        if len(between) == 1 and self.quantities[i].unit.unit == "类" and self.after[i + 1]:
            # 覆盖12大类、27项具体任务: kinds of the tasks counted next
            return [*self.after[i + 1], Token(self.quantities[i].unit.written, "n")]
        return noun_after_de(self.rights[i + 1][0], direct=False)

    def after_range_mark(self, i: int) -> bool:
        between = self.pieces[i]
        return len(between) == 1 and between[0].word in RANGE_MARKS

    def may_borrow_subject(self, i: int) -> bool:
        """从80%提高到98%: a figure with no noun of its own shares the previous subject;
        not a part after 其中 that a verb follows (其中四成以上认为…): it did something else."""
        left = strip_linking(self.lefts[i])
        if any(token.nounish for token in left):
            return False
        right = self.rights[i][0]
        if (
            left[:1] and left[0].word == "其中"
            and right and right[0].verbish
            and not moves_on(right) and not CHANGE.match(right[0].word)
        ):  # fmt: skip
            return False
        if (
            self.quantities[i].unit.category == "people"
            and _only_when(left)
            and right and right[0].verbish
            and not moves_on(right) and not CHANGE.match(right[0].word)
        ):  # fmt: skip
            return False  # …保持100%，12万人靠奶山羊产业实现就业增收: what these people did
        same_clause = not any(token.delimiter for token in self.pieces[i])
        # …调整生产线20分钟，现在缩短至1分钟: a duration that moved is the same measure
        moved = any(CHANGE.fullmatch(token.word) for token in self.lefts[i])
        return same_clause or moved or self.quantities[i].unit.unit not in DURATIONS


_DISPOSAL = ("将", "把")


_MAX_DISPOSED_NOUNS = 2


_MAX_DESCRIPTION = 14  # tokens of a description between a classifier and its 的


def acting_verb(token: Token) -> bool:
    """A two-character verb that does something (授权, 提及), not one that links (达到, 是)."""
    return token.flag == "v" and len(token.word) == 2 and token.word not in LINKING_WORDS | COPULAS


def _with_verb_before(left: list[Token], counted: list[Token] | None) -> list[Token] | None:
    """首批授权9家企业使用: when the counted noun has a predicate of its own (使用), the
    verb right before the figure (授权) is what selected the things counted; keep both."""
    if not counted or not counted[-1].verbish or len(counted) < 2 or not left:
        return counted
    verb = left[-1]
    if not acting_verb(verb):
        return counted
    if verb.word.endswith("有"):
        return counted  # 还有16个数据中心项目在建: existence, not a selection
    return [verb, *counted]


_SHORT_RELATIVE = 2  # tokens before 的: 具备条件的


_SCOPE_VERBS = words("面向 针对 覆盖 涵盖")


_BACK_POINTERS = words("以上 上述 前述")


def _points_back(piece: list[Token]) -> bool:
    """以上6个村居帮扶的常太镇霞山村: 以上 before a count points back to things already
    named, so the noun right after the count is what it counts, not a head further on."""
    return bool(piece) and piece[-1].word in _BACK_POINTERS


def _counted_after_de(left: list[Token], piece: list[Token]) -> list[Token] | None:
    """服务超过5万家的终端客户: 的 right after the count, then the noun phrase closing the
    clause is what is counted, when no noun before the figure is (快递业务量达到近2000亿件的
    新高度 is the volume's; 100多家的规模 is a measure)."""
    if any(t.nounish and t.flag != "vn" for t in left):  # 服务/vn 超过: a deed, no subject
        return None
    clause = left_clause_end(piece)
    if len(clause) < 2 or clause[0].word != "的" or not clause[-1].nounish:
        return None
    if is_measure_head(clause[-1]) or not all(
        t.nounish or t.flag in ("b", "vn") for t in clause[1:]
    ):
        return None
    return clause[1:]


def _head_after_description(piece: list[Token]) -> list[Token] | None:
    """189条功能日益完善、内涵愈加丰富的“最美上学路”: a description with its own predicate
    (日益完善) and 的 before the noun that closes the clause; the noun is what is counted.
    12个村的村民 keeps 村: nouns alone before 的 are the counted thing."""
    clause = left_clause_end(piece)
    # 84场面向先进制造、医疗卫生…等重点区域的…招聘会: a verb naming whom the things serve
    # opens a description that may list many items before its 的
    reach = len(clause) if clause[:1] and clause[0].word in _SCOPE_VERBS else _MAX_DESCRIPTION
    de = next((k for k, t in enumerate(clause[: reach + 1]) if t.word == "的"), None)
    described = any(t.flag in ("a", "d", "ad", "i") for t in clause[:de]) if de else False
    pointed = clause[:1] and clause[0].word in _KIND_POINTERS  # 25户这样的养殖户
    made_of = bool(de) and clause[0].word == "由" and clause[de - 1].word in _MADE_BY
    if not de or not (described or pointed or made_of or _verb_first(clause)):
        return None
    if (
        de >= 2
        and clause[0].nounish
        and all(t.flag in ("v", "vn") for t in clause[1:de])
        and clause[de - 1].word not in ("相关", "有关")  # 200多个科技相关的国际组织
    ):
        return None  # 由11名律师参与的维权专班: the lawyers who take part are counted
    if len(clause) > 1 and clause[0].nounish and clause[1].word == "、":
        return None  # 手握287项专利、核心技术全自研的…企业: the patents, one of its features
    if not made_of and any(t.flag == "p" or t.word in ALL_OF_THEM for t in clause[:de]):
        # 4种珍贵树种在…下展现出巨大的经济潜力, 7家电商平台均已下架…的有关“幽灵店铺”: a
        # preposition or 均 (each of them) puts 的 inside the predicate of the counted noun
        return None
    if clause[de - 1].nounish and work_done(clause[de + 1 :]):
        return None  # 10余个重大航天型号的考核鉴定工作: the models counted, the work on them
    noun = noun_after_de(clause[de:], direct=False)
    if not noun:
        return None
    closes = de + 1 + len(noun) == len(clause)
    # 94家具备/v 条件的机关企事业单位在周末也免费开放: a short verb-object clause before 的,
    # the noun after it the subject of what follows
    predicate = clause[de + 1 + len(noun) :]
    short = de <= _SHORT_RELATIVE and clause[0].verbish
    return noun if closes or (short and predicate[0].flag in ("p", "v", "d")) else None


_KIND_POINTERS = words("这样 那样 这种 这类 此类 同类 类似")


# 3条由企业抱团组成的…生产线: 由 opens a description of who made up the counted things
_MADE_BY = words("组成 构成 组建 建设 建成 打造 牵头 主导 投资")


def _verb_first(clause: list[Token]) -> bool:
    """3座安静运转/vn 的能源站: a verb before any noun after the classifier opens a
    relative clause (8台机器人实现…: the noun first is what is counted). A verbal noun
    first is the counted thing (104场比赛/vn 的…), after a modifier a verb (安静运转/vn)."""
    for k, token in enumerate(clause):
        modified = k > 0 and clause[k - 1].flag in ("a", "ad", "d", *PERSON_NAME)
        if token.verbish or (token.flag == "vn" and modified):
            return True
        if token.nounish or token.word == "的":
            return False
    return False


def left_clause_end(piece: list[Token]) -> list[Token]:
    """``piece`` up to its first clause delimiter other than 、."""
    for k, token in enumerate(piece):
        if token.delimiter and token.word != "、":
            return piece[:k]
    return piece


def _with_shared_head(piece: list[Token], counted: list[Token] | None) -> list[Token] | None:
    """127家中级/b、基层法院: attributives listed with 、 before one head all share it;
    so do nouns (13个机关、企事业单位党组织) when the list closes its clause on a noun."""
    if not counted:
        return counted
    k = len(counted)
    if piece[:k] != counted or len(piece) <= k or piece[k].word != "、":
        return counted
    if not all(t.flag == "b" for t in counted):
        rest = left_clause_end(piece[k + 1 :])
        listed = len(counted) == 1 and counted[0].nounish and 1 < len(rest) <= 3
        return [*counted, piece[k], *rest] if listed and all(t.nounish for t in rest) else counted
    shared = noun_phrase_after(right_clause(piece[k + 1 :], True)[0], True)
    return [*counted, piece[k], *shared] if shared and shared[-1].nounish else counted


_AFTER_FIGURE = ("以上", "左右", "多", "余")


_LISTED_NOUNS = frozenset(("n", "nt", "nz", "ng", "nl", "j", "eng"))


def _closes_list(piece: list[Token], k: int) -> bool:
    """Whether piece[:k] lists nouns alone (no verbs, places or figures among them; 教育/vn
    机构, 各类/r 文献 inside an item) and closes its clause or its 的 phrase."""
    if k >= len(piece) or not (piece[k].word == "的" or piece[k].word in "，。；！？"):
        return False
    items: list[list[Token]] = [[]]
    for token in piece[:k]:
        if token.word == "、" or token.word in CONJUNCTIONS:
            items.append([])
        elif token.flag in _LISTED_NOUNS or token.flag in ("a", "b", "vn", "r"):
            items[-1].append(token)
        else:
            return False
    return len(items) > 1 and all(item and item[-1].flag in _LISTED_NOUNS for item in items)


def _class_of_listed(piece: list[Token], counted: list[Token] | None) -> list[Token] | None:
    """6000多件鞋服、小电器及日用百货等跨境电商货物: items listed up to 等 are counted
    as the class named after it."""
    if piece and piece[0].word in _AFTER_FIGURE:
        piece = piece[1:]  # 5000个以上小（微）型体育公园、…等场地设施: a bound before the list
    if (
        not counted
        or not all(t.nounish or t.flag in ("a", "b") for t in counted)
        or piece[: len(counted)] != counted
    ):
        return counted
    k = len(counted)
    while k < len(piece) and (
        piece[k].nounish
        or piece[k].word in (*CONJUNCTIONS, "、")
        or piece[k].flag in ("a", "b", *PERSON_NAME)  # 古建筑/nr: jieba's name, a noun
        # 、实物及各类/r 文献: which of them opens an item
        or (
            piece[k].flag == "r"
            and (piece[k - 1].word == "、" or piece[k - 1].word in CONJUNCTIONS)
            and k + 1 < len(piece)
            and piece[k + 1].nounish
        )
        # 小型健身/v 中心: a verb inside an item's name, a noun after it
        or (
            piece[k].flag == "v"
            and piece[k - 1].flag in ("a", "b")
            and k + 1 < len(piece)
            and piece[k + 1].nounish
        )
    ):
        k += 1
    if k > len(counted) and _closes_list(piece, k):
        # 陈列着631份图片、实物及各类文献, 13家高校、教育机构的…: the count is of them all
        return piece[:k]
    if k == len(counted) or k >= len(piece) or piece[k].word not in ("等", "等等"):
        return counted
    # 1200多处河道、古建筑…等各级各类遗存: which classes (各级各类/r) is no part of the name
    rest = list(dropwhile(lambda t: t.flag == "r", piece[k + 1 :]))
    named = list(takewhile(lambda t: t.nounish or t.flag in ("a", "b"), rest))
    while named and not named[-1].nounish:
        named.pop()
    return named or counted


_PER_GROUP = re.compile(r"每个?[\u4e00-\u9fff]{1,3}")


def _per_group_alone(left: list[Token], quantity: Quantity) -> str | None:
    """每班15人左右: people counted per group, with nothing else named before them, are
    named by the group (每班); 每年, 每人 say how often or per whom, not what is counted."""
    tokens = [t for t in left if not t.delimiter]
    if quantity.unit.category != "people" or len(tokens) != 1:
        return None
    word = tokens[0].word
    if word in FREQUENCY_WORDS or PER_UNIT.match(word) or not _PER_GROUP.fullmatch(word):
        return None
    return word


_FIRMS = ("企业", "公司", "上市公司", "机构", "单位")


def _deed_of_firms_counted(
    counted: list[Token] | None, right: tuple[list[Token], bool]
) -> str | None:
    """4家上市公司实施重大资产重组: firms counted by what they did, the clause closing on it;
    上市公司 alone would merge every count of them."""
    tokens, ends = right
    if not counted or not ends or counted[-1].word not in _FIRMS:
        return None
    n = len(counted)
    deed = tokens[n:]
    if tokens[:n] != counted or not 2 <= len(deed) <= 4 or deed[0].flag != "v":
        return None
    if not all(t.nounish or t.verbish or t.flag == "a" for t in deed[1:]) or not deed[-1].nounish:
        return None
    return text_of([*counted, *deed])


_PARTNERS = ("国家", "地区", "国家和地区", "城市")


def _deed_with_partners_counted(
    left: list[Token], counted: list[Token] | None, right: tuple[list[Token], bool]
) -> str | None:
    """我国与132个国家签署了双边航空运输协定: partners counted after 与 are named by what
    was done with them, the clause closing on it; 国家 alone would merge every such count."""
    tokens, ends = right
    if not counted or not ends or not left or left[-1].word not in ("与", "同"):
        return None
    if text_of(counted) not in _PARTNERS or tokens[: len(counted)] != counted:
        return None
    deed = [t for t in tokens[len(counted) :] if t.flag not in ("ul", "uz", "ug")]  # 了, 着, 过
    if not 2 <= len(deed) <= 5 or deed[0].flag != "v":
        return None
    if not all(t.nounish or t.verbish or t.flag in ("a", "b", "j", "d") for t in deed):
        return None
    return text_of(deed) + text_of(counted)


_GROUPS = ("队", "团", "组", "团队", "小组", "班子", "小分队")


def _group_of_people_after(quantity: Quantity, right: list[Token]) -> str | None:
    """中国移动13人党员突击队, 5人专家小组: people counted right before a group are its
    size; the group names the figure."""
    if quantity.unit.unit != "人" or quantity.unit.written not in ("人", "") or not right:
        return None
    nouns = list(takewhile(lambda t: t.nounish, right[:3]))
    if nouns and nouns[-1].word.endswith(_GROUPS) and len(nouns[-1].word) >= 2:
        return text_of(nouns)
    return None


def _visits_named_after(quantity: Quantity, right: list[Token]) -> str | None:
    """近200亿就诊人次享受医保报销: visits in 万/亿 with their unit after what they came for
    are named by both (就诊人次)."""
    if quantity.unit.unit != "人次" or quantity.unit.written or len(right) < 2:
        return None
    return right[0].word + right[1].word if right[1].word == "人次" else None


def _deed_of_people_listed(quantity: Quantity, left: list[Token], piece: list[Token]) -> str | None:
    """吸引登记失业人员、农村劳动者、返乡农民工、残疾人等3000多人次入场求职: people of a list
    closed by 等 are counted by what they did, the clause closing on it (not 等12名逃匿、死亡的
    …犯罪嫌疑人, a list of what they did before the noun)."""
    if quantity.unit.category != "people" or quantity.unit.classifier:
        return None  # 寇某等15名班组长组织…: after 名 stands who is counted
    if not left or left[-1].word != "等":
        return None
    end = next((k for k, t in enumerate(piece) if t.delimiter), len(piece))
    deed = piece[:end]
    if end < len(piece) and piece[end].word == "、":
        return None
    if not 2 <= len(deed) <= 3 or not all(t.verbish or t.flag in ("n", "d") for t in deed):
        return None
    return text_of(deed) if deed[-1].verbish else None


def _opens_on_from(left: list[Token]) -> bool:
    """从1999年的5000美元: 从 opens the clause, only a time and 的 between it and the figure."""
    tokens = [t for t in left if not t.delimiter]
    k = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].word in ("从", "由")), None)
    return k == 0 and all(t.flag in ("t", "m", "uj") for t in tokens[1:])


def _nouns_then_to(piece: list[Token]) -> list[Token] | None:
    """援宁资金到: the thing the figure before names, then 到 opening the next figure."""
    if len(piece) < 2 or piece[-1].word not in ("到", "至"):
        return None
    named = piece[:-1]
    return named if _short_noun_phrase(named) else None


def _short_noun_phrase(tokens: list[Token]) -> bool:
    """援/vg 宁/j 资金, 实际到位投资: a few words closing on a noun, no clause."""
    return (
        0 < len(tokens) <= 4
        and tokens[-1].nounish
        and not any(t.delimiter or t.word in ("的", "是", "为") for t in tokens)
    )


_MAX_LISTED_OBJECT_TOKENS = 12


def _class_of_listed_objects(phrase: list[Token] | None, piece: list[Token]) -> list[Token] | None:
    """推动50人取得初级电工、无人机驾驶等职业技能证书: a verb's objects listed up to 等 are
    named by the class after it (取得职业技能证书), not by the first item alone."""
    if not phrase or len(phrase) < 2 or not phrase[0].verbish:
        return phrase
    if not all(t.nounish or t.flag in ("a", "b") for t in phrase[1:]):
        return phrase
    n = len(phrase)
    k = next((k for k in range(len(piece) - n + 1) if piece[k : k + n] == phrase), None)
    rest = piece[k + n :] if k is not None else []
    if not rest or rest[0].word != "、":
        return phrase
    end = next(
        (j for j, t in enumerate(rest[:_MAX_LISTED_OBJECT_TOKENS]) if t.word in ("等", "等等")),
        None,
    )
    if end is None or any(t.delimiter and t.word != "、" for t in rest[:end]):
        return phrase
    named = list(takewhile(lambda t: t.nounish or t.flag in ("a", "b"), rest[end + 1 :]))
    while named and not named[-1].nounish:
        named.pop()
    return [phrase[0], *named] if named else phrase


def _noun_side(
    rights: list[tuple[list[Token], bool]],
    pieces: list[list[Token]],
    quantities: Sequence[Quantity],
    i: int,
) -> tuple[list[Token], bool]:
    """The clause after quantity ``i``; when a second figure follows it at once (4万个60千瓦
    以上“超快结合”充电枪), that figure only specifies the noun after both."""
    if i + 1 < len(rights) and [t.word for t in pieces[i + 1]] in ([], ["的"]):
        return rights[i + 1]  # 200多岁的5条古龙窑: the kilns are 200 years old
    if (
        i + 1 < len(rights)
        and [t.word for t in pieces[i + 1]] == ["、"]
        and quantities[i + 1].unit_name == quantities[i].unit_name
        and rights[i + 1][0][:1]
        and rights[i + 1][0][0].word == "的"
    ):
        return rights[i + 1]  # 为期7天、5天的集中调度措施: both are spans of those
    return rights[i]


AREA_UNIT_NAMES = ("平方米", "平方公里", "平方千米", "亩", "公顷")


def _a_place(token: Token) -> bool:
    """盱眙/n: jieba tags some counties as nouns; the gazetteer knows them."""
    return token.flag == "ns" or token.word in gazetteer().by_written


_SERVING = words("为 给 帮 帮助 替")
_SAVING_SHARES = words("节省 节约 省下 减少 降低 削减 压减")
_AREAS = ("城区", "市区", "辖区", "园区", "库区", "景区", "流域")  # parts of a place


def _service_done(tokens: list[Token]) -> list[Token] | None:
    """减免挂号费, 提供法律咨询: the verb and its object after the people served."""
    if not tokens or tokens[0].flag != "v":
        return None
    done = list(takewhile(lambda t: t.nounish, tokens[1:]))
    return [tokens[0], *done] if done else None


_ROUTES = words("路程 路途")


NOUN_TAGGED_VERBS = words("办理 受理")  # jieba's n; as a dictionary verb 办理 would govern


VALUE_WORDS = words("价值 总价值 货值")


# A dimension named alone before a figure and 的 + noun: the noun's (面积超…的光伏系统).
LONE_DIMENSIONS = frozenset(
    (
        *DIMENSIONS,
        *words("面积 占地 占地面积 建筑面积 使用面积 容量 装机容量 海拔 水深 埋深 身高 体重 规模"),
    )
)


def _lone_dimension(text: str) -> bool:
    """面积, 平均海拔, 总长度: a dimension alone, perhaps averaged or summed."""
    return text.removeprefix("平均").removeprefix("总") in LONE_DIMENSIONS


_LIST_JOINS = ("、", "和")
_SMALL_COUNTS = {"两": 2, "三": 3, "四": 4, "五": 5}


FRAME_OPENERS = ("与", "同", "和", "跟")


FRAME_CLOSERS = ("相比", "相较", "比较", "对比")


_RANK = re.compile(r"第[一二三四五六七八九十\d]+|首位|榜首|前列")
_MAX_RANKED = 7  # tokens: 专利申请增量全行业第一


def _ranked_after(right: list[Token], ends: bool) -> bool:
    """专利申请增量全行业第一: nouns, then the rank they hold, closing the clause."""
    return (
        ends
        and 2 <= len(right) <= _MAX_RANKED
        and bool(_RANK.fullmatch(right[-1].word))
        and all(t.nounish or t.word in ("全", "各") for t in right[:-1])  # 全/a 行业
    )


def _without_comparison_frame(left: list[Token]) -> list[Token]:
    """常住人口与改造前相比增加约八成 / 综合制造成本较沿海地区降低约12%: ``与…相比`` and
    ``较…`` before the change only say against what; without them the clause reads
    常住人口增加 / 综合制造成本降低. So does ``由…转为`` (由上月持平转为上涨0.2%)."""
    left = _without_accounting_basis(left)
    left = _without_criterion(left)
    turn = next((k for k, t in enumerate(left) if t.word in _TURNS), None)
    if turn is not None and left[turn + 1 :] and left[-1].verbish:
        start = next((k for k in range(turn - 1, -1, -1) if left[k].word == "由"), turn)
        return [*left[:start], *left[turn + 1 :]]
    for end, token in enumerate(left):
        if token.word in FRAME_CLOSERS:
            for start in range(end - 1, 0, -1):
                if left[start].word in FRAME_OPENERS:
                    return [*left[:start], *left[end + 1 :]]
            return left
    if len(left) > 3 and left[-1].word == "的":
        # 附加消费占比提升至总产值的38.5%: the whole the share is of, after 至, names
        # nothing new; the share named before it is what the figure measures
        to = next((k for k in range(len(left) - 2, 0, -1) if left[k].word in ("至", "到")), None)
        if to and any(t.word in SHARE_HEADS for t in left[:to]):
            return left[:to]
    for start, token in enumerate(left):
        if token.word in BASIS_MARKS and _noun_before_basis(left, start):
            head, change = split_change(strip_linking(left[start + 1 :]))
            # 比2024年提高: jieba tags a year as a numeral (2024/m 年/m)
            # 较2015年分别增长60.5%、99.9%: 分别 stays, it pairs the items with the figures
            basis = [t for t in head if t.word != "分别"]
            respective = head[len(basis) :] if head[-1:] and head[-1].word == "分别" else []
            if change and basis and all(t.nounish or t.flag in ("b", "t", "f", "m") for t in basis):
                return [*left[:start], *respective, *change]
            last = left[-1]
            if (
                not change
                and last.word in COMPARATIVES
                and last.flag == "a"
                and len(left) > start + 2
            ):
                return [*left[:start], last]  # 拆解效率较行业平均水平高20%: higher, by so much
            if not change and _moved_after_basis(basis[:-1], last):
                return [*left[:start], last]  # 地下水水位比年初又‘长高’0.22米: how it moved
            return left
    return left


def _noun_before_basis(left: list[Token], start: int) -> bool:
    """产品定价只比其他同行高: the compared noun right before 比, or before one adverb."""
    before = start - 1 if start > 0 and left[start - 1].flag != "d" else start - 2
    return before >= 0 and left[before].nounish


def _moved_after_basis(between: list[Token], last: Token) -> bool:
    """比年初又‘长高’: a quoted word after a basis of time, with only adverbs between, is
    how the measure before 比 moved."""
    return (
        bool(between)
        and len(last.word) == 2
        and last.flag == "nz"
        and all(t.flag in ("t", "d") for t in between)
        and between[0].flag == "t"
    )


_CRITERIA = words("根据 依据 按照 视")


def _without_criterion(left: list[Token]) -> list[Token]:
    """市场售价根据果品品级每斤从40元到80元不等: 根据 and the noun after it say what the
    figure depends on; the measure is the noun before 根据."""
    for k in range(1, len(left)):
        if left[k].word in _CRITERIA and left[k].flag == "p" and left[k - 1].nounish:
            end = k + 1
            while end < len(left) and left[end].nounish:
                end += 1
            if end > k + 1:
                return [*left[:k], *left[end:]]
    return left


_TURNS = words("转为 转而 转")


_RECKONED = words("计算 测算 核算 折算 统计")


def _without_accounting_basis(left: list[Token]) -> list[Token]:
    """产值达4127万元，按统计口径测算同比增长578.11%: ``按…测算`` only says how the change
    was reckoned; the change is the subject's."""
    by = next((k for k, t in enumerate(left) if t.word == "按"), None)
    if by is None:
        return left
    for end in range(len(left) - 2, by, -1):
        if left[end].word in _RECKONED and CHANGE.fullmatch(text_of(left[end + 1 :]) or ""):
            return [*left[:by], *left[end + 1 :]]
    return left


def _pieces(sentence: str, quantities: Sequence[Quantity]) -> list[str]:
    """The text before, between and after the quantities (len(quantities) + 1 pieces)."""
    bounds = [0] + [pos for q in quantities for pos in (q.start, q.end)] + [len(sentence)]
    return [sentence[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]


_OPENING_BRACKETS = ("（", "(")


_CLOSING_BRACKETS = ("）", ")")


def _around_brackets(pieces: list[list[Token]], i: int) -> list[Token]:
    """占今年额度（2万亿元）的56%: a figure in brackets gives the value of the noun right
    before them, and the text after them reads on from before them."""
    piece = pieces[i]
    if piece and piece[-1].word in _OPENING_BRACKETS:
        before = piece[:-1]
        noun = len(before)
        while noun > 0 and (before[noun - 1].nounish or before[noun - 1].flag == "t"):
            noun -= 1
        return before[noun:] if noun < len(before) else before
    previous = pieces[i - 1] if i > 0 else []
    if (
        piece
        and piece[0].word in _CLOSING_BRACKETS
        and previous[-1:]
        and (previous[-1].word in _OPENING_BRACKETS)
    ):
        return [*previous[:-1], *piece[1:]]
    return piece


def _left_clause(tokens: list[Token]) -> list[Token]:
    """Tokens after the last clause delimiter other than 、 (kept for 等 lists)."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].delimiter and tokens[i].word != "、":
            return tokens[i + 1 :]
    return tokens


def right_clause(tokens: list[Token], last_piece: bool) -> tuple[list[Token], bool]:
    """Tokens up to the first delimiter, and whether the clause ends there."""
    for i, token in enumerate(tokens):
        if token.delimiter:
            return tokens[:i], True
    return tokens, last_piece


# 电解槽产能接近全球的60%: the whole a share is taken of, and the verb relating to it.
_WHOLES = words("全球 全国 全省 全市 全区 全县 世界 全世界 全行业 总量 总数 总额")


_WORLDWIDE = words("全球 世界 全世界")


_SHARE_VERBS = words("接近 超过 达到 相当于 约为 为 达 超 约 不到 不足 仅为 只有")


def _without_whole(quantity: Quantity, left: list[Token]) -> list[Token]:
    """The clause before a share of a whole (…接近全球的60%) or a multiple of a basis
    (消融速率达到历史同期的17倍), without the whole or basis and its verb."""
    if len(left) < 4 or left[-1].word != "的":
        return left
    if quantity.unit.category == "ratio" and left[-2].word in _WHOLES:
        if left[-3].word in _SHARE_VERBS:
            return left[:-3]
        if left[-3].word == "占" and len(left) > 4 and left[-4].word == "约":
            return left[:-4]  # 在研创新药数量约占全球的1/3: the subject's share
        return left
    if quantity.unit.unit in ("倍", "%"):
        # 我国人均电力消费量仅为经济合作与发展组织国家的56%: a share of a basis, too,
        # when a noun stands before the verb
        for k in range(len(left) - 2, max(len(left) - 6, 0), -1):
            if left[k].word in _SHARE_VERBS or left[k].word in _IS or moves_on([left[k]]):
                basis = left[k + 1 : -1]
                measure = [t for t in left[:k] if t.flag != "d"]
                if quantity.unit.unit == "%" and not (measure and measure[-1].nounish):
                    break
                # 不到全国/ns 平均水平的三成: a place may name whose level is the basis
                if basis and all(t.nounish or t.flag in ("b", "t", "ns") for t in basis):
                    return left[:k]
                break
    return left


_IS = words("是 更是 也是 则是 就是 均是 都是")  # 亩均产量更是全国平均水平的1.5倍


_BY_MEANS = ("以", "用")


FRAMES = words("情况 情况下 情形 前提 前提下 背景 背景下 条件下")


_RECEIVING = words("迎来 吸引 接待 迎接 吸引了 接待了 迎来了")


_INCREMENTS = ("增量", "增幅", "降幅", "涨幅")


# 通过5周的迭代实现…: what follows the work a span took
_WORK_ACHIEVED = ("实现", "完成", "达到", "取得", "获得", "使", "让", "后")


def _before_or_after(
    quantity: Quantity, left: list[Token], right: tuple[list[Token], bool]
) -> list[Token] | None:
    left = _without_whole(quantity, left)
    after = right[0]
    if (
        after[:1]
        and after[0].word == "规模"
        and ((after[1:2] and after[1].nounish) or _de_noun(after[1:]))
    ):
        right = (after[1:], right[1])  # 超200万亩规模“吨粮田”: the size of the fields
    elif (
        len(after) > 2
        and after[0].nounish
        and after[1].word == "规模"
        and after[2].nounish
        and (plant := list(takewhile(lambda t: t.nounish, after[2:])))
    ):
        return [*plant, *after[:2]]  # 13万吨/日装机规模海水淡化厂: the plant's 装机规模
    if population := _population_before(quantity, left, right[0]):
        return population
    if plant := plant_of_capacity(quantity, right[0]):
        return plant
    # 发放3万元补贴, 支付每亩650元的服务费: the money's own noun, not a payment
    named_after = bool(right[0]) and (right[0][0].nounish or _de_noun(right[0]))
    if quantity.unit.category == "money" and not named_after and (payment := paid(left)):
        # 陕西华山路桥集团有限公司支付给我们70万元: a payment; 小院发放给我6万多元采收报酬:
        # the pay named after the figure, not the payer
        return kind_of_pay(right[0]) or payment
    if quantity.unit.category == "money" and left and left[-1].word in _BY_MEANS:
        means = list(takewhile(lambda t: t.nounish, right[0]))
        if means:  # 农担以700亿元资本金撬动…: the money is the capital it works with
            return [*(noun_phrase_before(left[:-1]) or []), *means]
    before = noun_phrase_before(left)
    if before and len(before) == 1 and len(before[0].word) == 1 and before[0].flag != "v":
        before = None  # 黄避岙乡 cut to 乡: a lone character names nothing
    if before and all(_a_place(t) for t in before) and noun_after_de(right[0], direct=True):
        before = None  # 来自盱眙的一批1700公斤熟制小龙虾: the place is the region column's
    sized = quantity.unit.category == "length" or quantity.unit.unit in AREA_UNIT_NAMES
    if (
        sized
        and before
        and text_of(before).endswith(_AREAS)
        and not distance_to(left)  # 距中卫市区10多公里的“西部云基地”: how far from it
        and (named := noun_after_de(after, True))
    ):
        return [*before, *named]  # 中心城区6.5万公里管线: the area's pipes
    if quantity.unit.written == "人口":
        if before and all(t.verbish for t in before):
            return [*before, Token("人口", "n")]  # 惠及5亿人口: the people it reached
        if before and before[-1].word in ("拥有", "有") and len(before) > 1:
            return [*before[:-1], Token("人口", "n")]  # 中国拥有14亿多人口: China's people
        return before or [Token("人口", "n")]  # 14亿多人口的超大规模市场: the unit names it
    if quantity.unit.written.endswith("人口") or quantity.unit.written == "中国人民":
        return [Token(quantity.unit.written, "n")]  # 那拉提镇有2.8万常住人口, 14亿多中国人民
    if quantity.unit.unit == "人" and not quantity.unit.written:
        # 300多万在城镇稳定就业居住的农民工获得了公租房保障: who, and what they got.
        tokens = right[0]
        k = next((k for k, t in enumerate(tokens) if t.word in PEOPLE_NOUNS), None)
        if k is not None:
            # 1199.8万困难残疾人, 710多万建档立卡贫困残疾人: a modifier right before the
            # people stays with them
            modifier = "".join(t.word for t in tokens[:k])
            who = (
                tokens[: k + 1]
                if k <= 3 and modifier.isalpha() and "的" not in modifier
                else tokens[k : k + 1]
            )
            return [*who, *(verb_phrase_after(tokens[k + 1 :], right[1], 4) or [])]
    if quantity.unit.written in PEOPLE_NOUNS | HOUSEHOLD_NOUNS:
        # 带动16.5万农民增收: the unit names who, what follows says what they did.
        return [Token(quantity.unit.written, "n"), *(verb_phrase_after(*right, 4) or [])]
    served = quantity.unit.category == "people" and left and left[-1].word in _SERVING
    if served and (done := _service_done(right[0])):
        return done  # 为7.56万人次减免挂号费约89.22万元: what was done for them
    # 连续17年成为全球第二大进口市场: what lasted is said after a duration.
    duration = quantity.unit.unit in DURATIONS
    if duration and right[0][:1] and right[0][0].word == "的":
        span = noun_after_de(right[0], direct=False)
        if span and span[-1].word.endswith(SPAN_MEASURES):
            return span  # 原本5年的育种周期: the span measured
        work = right[0][1:3]
        if (
            work
            and work[0].flag in ("v", "vn")
            and len(work[0].word) >= 2
            and (len(work) == 1 or work[1].word in _WORK_ACHIEVED)
        ):
            return work[:1]  # 通过5周的迭代实现…, 经过3年的建设，: the work the span took
    if duration and right[0][:1] and right[0][0].word in _TRAVEL_SPANS:
        return [*(distance_to(left) or []), right[0][0]]  # 离大桥就半小时左右车程
    if quantity.unit.category == "length" and right[0][:1] and right[0][0].word in _ROUTES:
        return [*(distance_to(left) or []), right[0][0]]  # 从她家到单位15公里路程
    if duration and right[0][:1] and right[0][0].word in ("内", "以内", "之内"):
        right = (right[0][1:], right[1])  # 鲜花48小时内可送达: within the time, what happens
    verb_after = verb_phrase_after(*right, 7 if duration else 4, loose=duration)
    if verb_after is None and quantity.unit.category == "people" and right[0][:1]:
        # 带动超3.3万人次就近/d 就地/d 就业: how they found work, then that they did
        manner = list(takewhile(lambda t: t.flag == "d" and len(t.word) == 2, right[0]))
        if manner and (done := verb_phrase_after(right[0][len(manner) :], right[1], 4)):
            verb_after = [*manner, *done]
    if duration and not verb_after and _ranked_after(*right):
        verb_after = right[0]  # 连续6年专利申请增量全行业第一: the rank held, with no verb
    if duration and verb_after:
        # 制造业增加值规模连续16年保持全球第一: what, and what it kept doing.
        return [*(before or subject_before(left) or []), *verb_after]
    # 2508个创业项目带动20多万人实现就业: what the 20万 did is said after it.
    spent = quantity.unit.category == "money" and bool(before) and before[-1].word in SPENDING
    if verb_after and spent:
        return [*before, *verb_after]  # 投入5亿元用于改造: spent on what
    if before and before[-1].word in _RECEIVING and (host := subject_before(left)):
        # 赛场艺廊累计迎来3.5万人次游览: the host, and what the visitors came to do
        activity = verb_after or (right[0] if right[1] and len(right[0]) == 1 else None)
        if activity:
            return [*host, *activity]
    if verb_after and (before is None or before[-1].verbish):
        return verb_after
    if verb_after and quantity.unit.category == "people" and right[1]:
        return [*before, *verb_after]  # 带动相关产业超120万人就业增收: people who found work
    rate_after = rate_named_after(right[0]) if quantity.unit.category == "ratio" else None
    if rate_after and (before is None or before[-1].verbish):
        return rate_after  # 拥有95%超高双面率: the rate named right after the figure
    # 承受7000多吨的力, 30%的无效能耗, 1000米跨度: the noun after it is what is measured.
    noun_after = noun_after_de(right[0], direct=True)
    de_change = right[0][1:] if right[0][:1] and right[0][0].word == "的" else []
    if len(de_change) == 2 and de_change[0].word.endswith(ATTRIBUTIVE_ENDINGS):
        de_change = de_change[1:]  # 实现了15倍的跨越式增长: the kind of growth only
    rate_named = (
        quantity.unit.category == "ratio"
        and rate_of_change(de_change[:1])
        and not (de_change[1:2] and de_change[1].nounish)  # 30%以上的增产潜力 goes on
    )
    if rate_named:
        # 实现年均10%的增长: 增长/v names the figure as 增速 does; 5.8%的增速有所回落:
        # what the rate did next is no part of its name
        noun_after = de_change[:1]
    founded = right[0][1:2] and right[0][0].verbish and right[0][1].word == "的"
    if noun_after is None and spent and founded:
        return [*before, right[0][0]]  # 引资1000万元成立的…公司: raised to found it
    relative = False
    if noun_after is None and before and before[-1].verbish and right[1]:
        noun_after = noun_after_relative_clause(right[0])
        relative = noun_after is not None
    # 10%的产能能效低于基准水平: a level said in the noun's own predicate is no milestone
    if (
        noun_after
        and right[0][0].word != "的"
        and len(left) >= 2
        and left[-1].word == "的"
        and (left[-2].flag in ("v", "vn") or left[-2].flag in PERSON_NAME)
    ):
        # 从克罗地亚进口的28立方米欧洲白蜡木板材: what was imported; 种粮大户黄勇的1200亩
        # 晚稻: whose it is says nothing of what is measured
        return noun_after
    level = _level_with_place_words(right[0])
    if level and (subject := subject_before(left)):
        return subject  # 化肥利用率已迈入40%至50%的国际中上水平区间: the rate that reached it
    if (
        noun_after
        and len(noun_after) > 1
        and noun_after[-1].word == "基础"
        and noun_after[-2].nounish
    ):
        noun_after = noun_after[:-1]  # 在已建成10亿亩高标准农田基础上: the fields, not a base
    noun_only = list(takewhile(lambda t: not t.verbish, noun_after or []))
    if text_of(noun_after) in _INCREMENTS and before and before[-1].nounish:
        return [*before, *noun_after]  # 零售总额将有10万亿元左右增量: the total's increment
    if (
        noun_after is None
        or milestone(noun_only)
        or level
        or noun_after[-1].word in FRAMES
        or text_of(noun_after) == "区间"  # 代工供货价在16—17元区间 (not 2吨至20吨运力区间)
    ):
        return before  # 降雨量较上年同期偏少5%的情况下: 情况 frames the sentence
    if spent and noun_after[0].flag == "vn":
        return [*before, *noun_after]  # 云南投入138亿元建设边境幸福村: spent on building it
    if (population := _population_of(quantity, right[0], noun_after)) is not None:
        return population
    # 大湾区约75%的国际航空货物: a share is a share OF the noun after 的; so is a figure
    # with a dimension adjective (1482公里长的林草阻沙带) or after a verb that governs
    # the noun after it (构建起…的林草阻沙带). 征集文物2万余件的历史守护者 keeps its noun.
    de = right[0]
    share_of = quantity.unit.category == "ratio" and de[:1] and de[0].word == "的"
    # 河西走廊1686公里的风沙线: a length or area before 的 measures the noun after it.
    # 高度超2米的贮箱: unless the phrase before already names the dimension.
    length_of = quantity.unit.category == "length" and de[:1] and de[0].word == "的"
    if length_of and (distance := distance_to(left)):
        return distance  # 距离万象城3公里的会展中心, 距离瑞安市区38海里的北麂乡: the distance
    if length_of and not (before and text_of(before).endswith(DIMENSIONS)):
        share_of = True
    after_de = bool(de[:1]) and de[0].word == "的"
    if after_de and quantity.unit.category == "money" and money_noun(noun_after[-1].word):
        # not 享受 …补贴, nor a clause with its own verb (互助社成立时有…的启动资金)
        holder = before if before and before[-1].nounish and not has_verb(before) else []
        return [*holder, *noun_after]  # 每名村民一天最多可以有1500元的收入
    if after_de and left and left[-1].word == "以" and is_measure_head(noun_after[-1]):
        return [*(before or []), *noun_after]  # 二手房市场以31215套的成交量创下…新高
    if after_de and left and left[-1].word == "以" and quantity.unit.unit in AREA_UNIT_NAMES:
        return noun_after  # 博物馆以2.3万平方米的历史文化馆为主体: the hall's floor area
    if after_de and left and left[-1].word == "重达":
        return [*(noun_only or noun_after), Token("重量", "n")]  # 一块重达3吨的巨石
    # the verb opening the phrase, or one after its subject (not 改造成使用/v 面积)
    verb = max(
        (
            k
            for k, t in enumerate((before or [])[:-1])
            if t.flag == "v" and (k == 0 or before[k - 1].nounish)
        ),
        default=None,
    )
    if after_de and before and verb is not None:
        # 形成总规模超100亿元的…产业基金群: the verb makes what the dimension is of;
        # 一家人离开海拔4500多米的…牧区: so does a clause ending in one
        rest = before[verb + 1 :]
        before = rest if _lone_dimension(text_of(rest) or "") else before
    if after_de and _lone_dimension(text_of(before) or ""):
        # 面积超10万平方米的光伏系统: the system's area (直径2.2米的管道是…: up to 是).
        # 平均海拔超5000米的那曲市双湖县: a place's is the region's, named apart.
        if names_only_places(text_of(noun_after) or ""):
            return before
        copula = next((k for k, t in enumerate(noun_after) if t.word in COPULAS), None)
        # 占地126亩的“水工厂”建成投产: the predicate after the noun is no part of it
        return [*(noun_only or noun_after[:copula]), *before]
    if share_of and before and is_measure_head(before[-1]):
        return before  # 优良率为100%的增长: the measure is named; 的 opens a relative clause
    if share_of and rate_of_change(noun_after) and (subject := subject_before(left)):
        return [*subject, *noun_after]  # 制造业产值实现年均10%的增速: the subject's rate
    if share_of and after_de and left and left[-1].word in _SAVING_SHARES:
        return [left[-1], *noun_after]  # 能节省25%以上的氦气: the share saved of it
    if share_of and before is None and left and left[-1].word in SETTLING_VERBS:
        return None  # 优良率连续5年保持100%的省份: the subject is before the duration
    dimension = len(de) > 1 and de[0].flag == "a" and de[1].word == "的"
    governed = bool(before) and before[-1].flag == "v" and de[:1] and de[0].word == "的"
    # 集团建成10万吨无水石膏示范装置: a phrase ending in its verb governs the noun after.
    # 4家企业获1.1亿元融资: a one-character verb, too, when money is named after the sum.
    verb_ends = (
        bool(before)
        and (before[-1].flag == "v" or before[-1].word in NOUN_TAGGED_VERBS)  # 办理了/n
        and (len(before[-1].word) >= 2 or (not after_de and _money_named(noun_after[-1].word)))
    )
    # 义乌运作/vn 30亿元产业基金: a fund named right after the sum is what the sum is
    fund = (
        quantity.unit.category == "money"
        and not after_de
        and bool(before)
        and before[-1].flag == "vn"
        and noun_after[-1].word.endswith(FUND_NOUNS)
    )
    # 智能工厂完成90%以上工序: a verb before the share takes the noun after it; so does
    # a list closed by 等 (完成结构浇筑、保温处理等90%以上工序: what the items are of)
    last = left[-1].word if left else ""
    share_taken = (
        quantity.unit.category == "ratio"
        and bool(de[:1])
        and de[0].nounish
        and (
            last in ("等", "等等")
            or (
                bool(left)
                and left[-1].flag == "v"
                and len(last) == 2
                and not CHANGE.fullmatch(last)
                and last not in COPULAS | _SHARE_VERBS
                and (last not in LINKING_WORDS or last == "完成")
            )
        )
    )
    if before and before[-1].word in VALUE_WORDS and de[:1] and de[0].word == "的":
        return [*noun_after, Token("价值", "n")]  # 采购了价值100万元的晴雨伞: their value
    if quantity.unit.category == "length" and before and [t.flag for t in before] == ["vn"]:
        return [*before, *noun_after]  # 建设2256米漂浮式木栈道: what was built, that long
    if (
        quantity.unit.category == "money"
        and not after_de
        and before
        and len(before) == 1
        and before[0].word in _BUYING
    ):
        return [*before, *noun_after]  # 收购300万元茉莉鲜花: what was bought, for that sum
    if (
        share_of
        and left
        and left[-1].word in _WORLDWIDE
        and text_of(before) in (None, left[-1].word)
    ):
        return [left[-1], *noun_after]  # 贡献了全球约70%的鸡肉: a share of all the world's
    # 超六成企业拥有自有品牌: a share right before a noun and what they do, too
    bare_share = quantity.unit.category == "ratio" and bool(de[:1]) and de[0].nounish
    if (
        (share_of or bare_share)
        and not rate_named
        and (did := _what_the_share_did(right, noun_after))
    ):
        return [*noun_after, *did]  # 90%以上的纺织企业实施了技术改造: a share of those who did it
    if (
        share_of
        or dimension
        or governed
        or verb_ends
        or fund
        or share_taken
        or relative
        or before is None
        or all(t.verbish for t in before)
    ):
        return noun_after
    if not after_de and before[-1].word in VALUE_WORDS:
        return [*noun_after, Token("价值", "n")]  # 涉价值200余万元挖掘机一台
    possessor = len(before) == 2 and before[1].flag == "n" and before[0].flag == "v"
    if not after_de and possessor and len(before[0].word) == 2:
        return [before[1], *noun_after]  # 依托万州57万多亩水果产业: 万州's fruit industry
    return before


def _money_named(word: str) -> bool:
    """融资, 补贴, 启动资金: money named by what it is or how it was raised."""
    return word in SPENDING or money_noun(word)


def has_verb(tokens: list[Token]) -> bool:
    return any(t.verbish for t in tokens)


def money_noun(word: str) -> bool:
    """收入, and compounds ending in one (经济收入, 销售收入); funds and grants (启动资金,
    救助金, 研发经费)."""
    return any(word.endswith(noun) for noun in MONEY_NOUNS) or word.endswith(("金", "经费"))


_BUYING = words("收购 采购 购买 购置 进口 出口 订购")


_ADMIN_SUFFIXES = frozenset("省市县区州旗盟镇乡村自治")


def names_only_places(text: str) -> bool:
    """西藏自治区那曲市双湖县: place names and their administrative suffixes only."""
    mentions = find_places(text)
    for mention in mentions:
        text = text.replace(mention.place.name, "")
    return bool(mentions) and set(text) <= _ADMIN_SUFFIXES


def _de_noun(tokens: list[Token]) -> bool:
    return len(tokens) > 1 and tokens[0].word == "的" and tokens[1].nounish


def _what_the_share_did(right: tuple[list[Token], bool], noun: list[Token]) -> list[Token] | None:
    """The verb phrase closing the clause after 的 + the noun a share is of."""
    tokens, ends = right
    text = text_of(tokens) or ""
    start = text.find(text_of(noun) or "\0")
    if start < 0:
        return None
    consumed, k = 0, 0
    while k < len(tokens) and consumed < start + len(text_of(noun) or ""):
        consumed += len(tokens[k].word)
        k += 1
    rest = [t for t in tokens[k:] if t.flag not in ("ul", "uz", "ug")]  # 实施了: no aspect
    while rest and rest[0].flag == "d":
        rest = rest[1:]  # 20%的问题有望/d 得到解决
    if rest[:1] and rest[0].word in ("用", "借助") and rest[0].flag == "p":
        # 71.0%的学生用/p AI辅助完成作业: what they use is what they do
        return verb_phrase_after([Token(rest[0].word, "v"), *rest[1:]], ends, 5)
    return verb_phrase_after(rest, ends, 4)


_POPULATION_MEASURES = {"人": "人口", "户": "户数"}


_SETTLEMENTS = ("乡", "村", "镇", "社区", "小区", "街道", "县", "城", "岛")


def _population_of(
    quantity: Quantity, right: list[Token], noun_after: list[Token]
) -> list[Token] | None:
    """拥有67户250多人的小康乡: people or households before 的 and a settlement are its
    population and its households, not the settlement itself."""
    measure = _POPULATION_MEASURES.get(quantity.unit.unit)
    if measure is None or not right or right[0].word != "的":
        return None
    if not (text_of(noun_after) or "").endswith(_SETTLEMENTS):
        return None
    return [*noun_after, Token(measure, "n")]


def _population_before(
    quantity: Quantity, left: list[Token], right: list[Token]
) -> list[Token] | None:
    """小镇5.2万人，1200余家企业: a settlement and a bare count of people or households
    closing the clause are its population (小镇/nr: jieba's person-name guess included).
    With more said after the figure (全村300人参加培训) it counts who did that."""
    measure = _POPULATION_MEASURES.get(quantity.unit.written)
    tokens = strip_linking(left)
    if measure is None or right or len(tokens) != 1:
        return None
    place = tokens[0].word
    if len(place) < 2 or not place.endswith(_SETTLEMENTS):
        return None
    return [Token(place, "n"), Token(measure, "n")]


_AS_OF = words("截至 截止 到 至")


def _only_when(left: list[Token]) -> bool:
    """截至目前已有: before the figure only when, and that there are some (or nothing)."""
    return all(t.flag == "t" or t.word in THERE_ARE or t.word in _AS_OF for t in left)


def _level_with_place_words(right: list[Token]) -> bool:
    """化肥利用率已迈入40%至50%的国际中上水平区间: jieba tags 中/上 as place words, which end
    the noun after 的 at 国际; read on through them, the noun is a level reached."""
    if not right or right[0].word != "的":
        return False
    run = list(takewhile(lambda t: t.nounish or t.flag == "f", right[1:]))
    return (
        any(t.flag == "f" for t in run)
        and bool(run)
        and (milestone(run[-1:]) or run[-1].word == "区间")
    )
