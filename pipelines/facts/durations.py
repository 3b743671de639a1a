"""What a duration measures when the words around it say so: the event that lasts it, a
trip, a history, the work done within it or in it, one round or turn (为期3天的…工厂展,
上海到重庆只需5个多小时)."""

from __future__ import annotations

import re
from itertools import dropwhile, takewhile

from pipelines.facts.noun_after import (
    event_lasting,
    noun_after_de,
)
from pipelines.facts.phrases import (
    MODALS,
    ONE_PIECE,
    RANGE_MARKS,
    clause_before,
    strip_linking,
    text_of,
)
from pipelines.facts.segmenter import words
from pipelines.facts.tagged_sentence import (
    FRAMES,
    TaggedSentence,
    right_clause,
)
from pipelines.facts.tagging import (
    Token,
)

_SOON = words("就 便 即 即可 就能 便可 就可 才")


def _done_within(right: list[Token]) -> str | None:
    """3分钟就生成方案: a span right before 就 and a verb with its object is the time the
    work takes (生成方案用时). 在一周内就完成了事前摸排和保护措施: within it, the same."""
    if right[:1] and right[0].word in _WITHIN and right[1:2] and right[1].word in _SOON:
        right = right[1:]
    right = [t for t in right if t.flag != "ul"]  # 完成了
    if len(right) > 3 and right[1].word in MODALS and right[2].word in _SERVING:
        right = [right[0], *right[2:]]  # 一星期内就可以给客户做测试
    served = right[1:2] and right[1].word in _SERVING and len(right) > 3 and right[3].verbish
    if len(right) < 3 or right[0].word not in _SOON or not (right[1].verbish or served):
        return None
    done = list(
        takewhile(
            lambda t: t.verbish or t.nounish or t.flag in ("ns", "t") or t.word in _JOINING,
            right[2:] if served else right[1:],
        )
    )
    if served:
        done = right[1:2] + done  # 给客户做测试: for whom, then the work
    after = right[1 + len(done) :]
    if after[:1] and after[0].word == "的" and after[1:2] and after[1].nounish:
        # 12个小时就能烘干的小麦: the thing the work is done on, after 的
        done += list(takewhile(lambda t: t.nounish, after[1:]))
    if not (done[-1].nounish or done[-1].flag == "ns"):
        return None  # 10分钟就搞定: nothing named, only that it was done (开到宁波: a place)
    if done[0].word in MODALS and len(done) > 1:
        done = done[1:]  # 1小时就能/v 开到宁波
    return text_of(done) + "用时"


_JOINING = words("和 与 及")  # 完成了事前摸排和保护措施: two things done
_SERVING = words("给 为 替 帮")  # 就可以给客户做测试: the one the work is done for


_TRAVEL_VERBS = words("开车 驾车 步行 骑车 骑行 坐车 乘车 坐船 乘船 坐高铁 乘高铁 坐飞机 走路")


def _travelled(left: list[Token]) -> str | None:
    """要先开车30分钟, 步行10分钟: a way of travelling right before the time it takes."""
    tokens = [t for t in strip_linking(left) if not t.delimiter]
    return tokens[-1].word + "用时" if tokens and tokens[-1].word in _TRAVEL_VERBS else None


_ROUNDS = words("一圈 一趟 一轮 一遍 一周 一个来回")


def _one_round(left: list[Token]) -> str | None:
    """‘走’完一圈也要9个半小时: verbs before one round (一圈, 一趟) name the cycle timed."""
    tokens = [t for t in strip_linking(left) if not t.delimiter]
    if not tokens or tokens[-1].word not in _ROUNDS:
        return None
    verbs = list(takewhile(lambda t: t.verbish or t.flag == "nz", tokens[-2::-1]))[::-1]
    return text_of(verbs) + tokens[-1].word + "用时" if verbs else None


_WITHOUT_BREAK = words("连续 持续 坚持")
_MAX_KEPT_UP_TOKENS = 3


def _kept_up(right: list[Token], left: list[Token]) -> str | None:
    """权庆东曾连续跟车70余小时: 连续 and the verb (with its object) right before a span
    name the work that went on that long (连续缴纳3年社保: the noun after names it)."""
    if right[:1] and right[0].nounish:
        return None
    tokens = [t for t in left if t.flag != "d"]
    k = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].word in _WITHOUT_BREAK), None)
    work = tokens[k + 1 :] if k is not None else []
    if not 0 < len(work) <= _MAX_KEPT_UP_TOKENS or not work[0].verbish:
        return None
    return text_of(tokens[k:]) if all(t.verbish or t.nounish for t in work) else None


def _work_taking(left: list[Token]) -> str | None:
    """施工准备用了2个多月, 现场测量、计算用了整整7天, 全流程用了13个工作日: the work (or
    the process) before 用/花 that took it."""
    tokens = [t for t in left if t.flag not in ("ul", "d")]
    if len(tokens) < 2 or tokens[-1].word not in ("用", "花", "耗"):
        return None
    work = list(takewhile(lambda t: t.verbish or t.nounish or t.word == "、", tokens[-2::-1]))
    work = work[::-1]
    if not work or work[0].word == "、":
        return None
    if not any(t.flag in ("v", "vn") for t in work) and work[-1].word not in _PROCESSES:
        return None
    return text_of(work) + "用时"


_PROCESSES = words("流程 过程 程序 手续 工期 工序")  # 全流程用了13个工作日


def _done_in_time(tagged: TaggedSentence, i: int) -> str | None:
    """用10年的时间建成大桥, 用3年左右时间，基本建立…制度, 用10多年攻克了…技术, 用二十六载
    光阴守护孤弃儿童成长: a span spent (用/花) names the work after it (after 时间 or 光阴
    and a comma) that it is spent on."""
    spent = [t.word for t in tagged.lefts[i] if t.flag not in ("ul", "d")][-1:]
    tokens = [
        t
        for t in tagged.pieces[i + 1]
        if t.word not in ("的", "左右") and t.flag not in ("ul", "uz")
    ]
    if spent not in (["用"], ["花"], ["用时"]) or not tokens:
        return None
    if (task := _task_past_its_own_span(tagged, i, tokens)) is not None:
        return task
    if tokens[0].word not in ("时间", "光阴", "时光"):
        rest = tokens
    else:
        rest = tokens[2:] if tokens[1:2] and tokens[1].word == "，" else tokens[1:]
    rest = list(dropwhile(lambda t: t.flag == "d" or t.word in _MANNER_OF_DOING, rest))
    if not rest or not rest[0].verbish:
        return None
    # 建立长期/d 护理保险制度: an attributive jieba tags as an adverb stays inside;
    # 再造一个“海上海南”: the count and the quotes around the object say nothing more
    done = list(takewhile(lambda t: t.verbish or t.nounish or t.flag in ("d", "m", "s"), rest))
    done = [t for t in done if t.flag != "m"]
    while done and (done[-1].flag == "d" or done[-1].word in ("到", "至")):
        done.pop()
    return text_of(done) + "用时" if done else None


_MANNER_OF_DOING = words("基本 全面 逐步 初步")  # 基本/n 建立: how far, not what
_NEEDED = words("需 需要 要 用")


def _task_past_its_own_span(tagged: TaggedSentence, i: int, tokens: list[Token]) -> str | None:
    """仅用1年3个月的时间就完成了国外需3年的设计任务: the task done lies past the span it
    needs elsewhere (国外需3年的, 国外需8至10年的); named by the verb and the task."""
    verb = next((t for t in tokens if t.verbish and t.word not in ("时间", "就")), None)
    if verb is None or tokens[-1].word not in _NEEDED:
        return None
    for piece in tagged.pieces[i + 2 : i + 4]:
        if piece[:1] and piece[0].word == "的":
            task = noun_after_de(piece, direct=False)
            return f"{verb.word}{text_of(task)}用时" if task else None
        if text_of(piece) not in RANGE_MARKS:
            return None
    return None


_WITHIN = words("内 之内 以内")


_ACHIEVED = words("实现 完成")


def _achieved_within(right: list[Token]) -> str | None:
    """经办机构需在25个工作日内办结: the time allowed for the work (办结时限).
    在5分钟内实现陆行体与飞行体的自动分离或结合: the work done within the span, named by
    what follows its last 的 (自动分离或结合用时; 到达医疗服务点用时 with a verb of its own)."""
    if len(right) < 2 or right[0].word not in _WITHIN or not right[1].verbish:
        return None
    if len(right) == 2 or right[2].word in ("并", "并且", "后", "，"):
        return right[1].word + "时限"  # 经办机构需在25个工作日内办结并公示: the time allowed
    verb = "" if right[1].word in _ACHIEVED else right[1].word  # 内到达…: the verb says it
    done = right[2:]
    de = max((k for k, token in enumerate(done) if token.word == "的"), default=-1)
    if de < 0:
        return None  # 在2分钟内完成厘米级定位: the verb and its object already say it
    done = done[de + 1 :]
    if not done or not any(token.verbish or token.nounish for token in done):
        return None
    return verb + text_of(done) + "用时"


_SPAN_ACHIEVED = re.compile(r"(?:实现|完成|保持)了?(?:长达|连续|持续)?$")
_MAX_SPAN_OF_TOKENS = 4


def _span_achieved(left: list[Token], right: list[Token]) -> str | None:
    """能在…框架下实现长达5天的自主运行, 实现了连续30天的稳定运行: a span achieved, then 的
    and what went on that long (自主运行)."""
    if not _SPAN_ACHIEVED.search(text_of(left) or "") or right[:1] != [Token("的", "uj")]:
        return None
    done = list(
        takewhile(
            lambda t: t.nounish or t.verbish or t.flag == "a", right[1 : 1 + _MAX_SPAN_OF_TOKENS]
        )
    )
    if not done or not (done[-1].nounish or done[-1].verbish):
        return None
    return text_of(done)


_WORK_AFTER_SPAN = words("攻关 攻坚 深耕 坚守 探索")


def _work_after_span(left: list[Token], right: list[Token]) -> str | None:
    """是团队12年攻关的真实写照: the work right after a span went on that long, done by the
    noun right before the span."""
    if not right[:1] or right[0].word not in _WORK_AFTER_SPAN:
        return None
    doer = left[-1].word if left[-1:] and left[-1].nounish else ""
    return doer + right[0].word


_WHOLE_WAY = ("全程", "全流程", "整个过程", "全过程")
_FROM_TO_CLAUSE = re.compile(r"从(?P<start>[^，。；从到]{1,8})到(?P<end>[^，。；]{1,12})$")


def _whole_way_said_before(tagged: TaggedSentence, i: int, text: str | None) -> str | None:
    """货物从进站到完成出港分拨，全程仅需90分钟: 全程 is the way the clause before spans."""
    if text not in _WHOLE_WAY:
        return None
    way = _FROM_TO_CLAUSE.search(text_of(clause_before(tagged.pieces[i])) or "")
    return f"{way['start']}到{way['end']}用时" if way else None


_EVERY = ("每", "每过", "每隔")


_MAX_ACTION_TOKENS = 4


def _cycle_action(tagged: TaggedSentence, i: int) -> str | None:
    """每过40秒，它便转一圈: a span after 每 that ends its clause times what the next clause
    does with 就/便 (转一圈用时); 它 or another pronoun before 便 names nothing."""
    right, ends = tagged.rights[i]
    piece = tagged.pieces[i + 1]
    if right or not ends or not piece or not (text_of(tagged.lefts[i]) or "").endswith(_EVERY):
        return None
    clause = list(dropwhile(lambda t: t.flag == "r", right_clause(piece[1:], True)[0]))
    action = clause[1:]
    if not clause or clause[0].word not in _SOON or not action:
        return None
    if action[0].word == "有":
        # 每54秒，就有一辆新能源汽车驶下生产线: what there is, then what it does (一台拖拉机
        # 下线/n: jieba's noun for the verb)
        action = list(dropwhile(lambda t: t.flag in ("m", "q"), action[1:]))
        if action and action[0].nounish and len(action) <= _MAX_ACTION_TOKENS:
            return text_of(action) + "用时"
    if not action or not action[0].verbish:
        return None
    return text_of(action) + "用时" if len(action) <= _MAX_ACTION_TOKENS else None


def _one_piece_made(tagged: TaggedSentence, i: int) -> str | None:
    """平均每9秒下线一台笔记本电脑: a span after 每 that the verb and one piece made follow
    in its clause times that piece (笔记本电脑下线用时, as 每3分钟就有一台拖拉机下线)."""
    right, _ = tagged.rights[i]
    if not (text_of(tagged.lefts[i]) or "").endswith(_EVERY):
        return None
    made = list(takewhile(lambda t: t.verbish or (t.flag == "n" and t.word == "下线"), right))
    rest = right[len(made) :]
    taken = _one_piece_at(rest)
    if not made or len(made) > 2 or taken is None:
        return None
    goods = list(takewhile(lambda t: t.nounish, rest[taken:]))
    return text_of(goods) + text_of(made) + "用时" if goods else None


def _one_piece_at(tokens: list[Token]) -> int | None:
    """How many tokens 一台/m (or 一/m 台/q) takes at the start of ``tokens``, if it is there."""
    return next((n for n in (1, 2) if ONE_PIECE.fullmatch(text_of(tokens[:n]) or "")), None)


def _one_piece_then(tagged: TaggedSentence, i: int) -> str | None:
    """154秒，一块光洁的吉他面板就能脱模而出: a span that is its own clause, then one piece
    that 就 comes out: the time one piece takes (吉他面板脱模用时)."""
    right, ends = tagged.rights[i]
    if right or not ends or strip_linking(tagged.lefts[i]):
        return None
    clause = list(takewhile(lambda t: not t.delimiter, tagged.pieces[i + 1][1:]))
    taken = _one_piece_at(clause)
    soon = next((k for k, t in enumerate(clause) if t.word in _SOON), None)
    if taken is None or soon is None:
        return None
    goods = [t for t in clause[taken:soon] if t.nounish]
    # 能 脱模/n 而 出: the first word past the modal is the verb, whatever jieba tags it
    verb = next((t for t in clause[soon + 1 :] if t.word not in MODALS), None)
    return f"{text_of(goods)}{verb.word}用时" if goods and verb else None


_BRIEFLY = words("短短 仅 仅仅 只 只用 仅用 不到 不足 花 花了 用了 了")  # 花了一个月，才…


def _done_by_then(tagged: TaggedSentence, i: int) -> str | None:
    """短短半小时，崭新的户口本、护照便悉数办结: a short span that is its own clause times
    the verb the next clause reaches with 便/就 (办结用时)."""
    right, ends = tagged.rights[i]
    left = [t.word for t in tagged.lefts[i]]
    # 不到10分钟，她便获得…: the qualifier inside the figure says it briefly, too
    brief = bool(left) or tagged.quantities[i].has_prefix_qualifier
    if right or not ends or not brief or not set(left) <= _BRIEFLY:
        return None
    # the next clause, past a list of its subjects (户口本、护照)
    clause = list(takewhile(lambda t: t.word == "、" or not t.delimiter, tagged.pieces[i + 1][1:]))
    soon = next((k for k, t in enumerate(clause) if t.word in _SOON), None)
    if soon is None:
        return None
    done = list(dropwhile(lambda t: t.flag == "d", clause[soon + 1 :]))
    if done[:1] and done[0].word == "把":
        # 花了一个月，才把一个参数调准: the thing done to, then the verb (参数调准用时)
        rest = [t for t in done[1:] if t.flag != "m"]
        verbs = list(takewhile(lambda t: t.verbish, reversed(rest)))[::-1]
        thing = rest[: len(rest) - len(verbs)]
        if verbs and thing and all(t.nounish for t in thing):
            return text_of(thing) + text_of(verbs) + "用时"
        return None
    done = [t for t in done if t.flag != "m"]  # 获得一份家政服务工作: the one is no count
    verbs = list(takewhile(lambda t: t.verbish, done))
    got = done[len(verbs) :]
    if not verbs or len(got) > _MAX_GOT or not all(t.nounish for t in got):
        return None
    # 新增容的变压器便安装到位: what was done, named before 便 (not 她)
    doer = list(
        takewhile(
            lambda t: (t.nounish and t.flag != "r") or t.word == "、", reversed(clause[:soon])
        )
    )[::-1]
    doer = list(dropwhile(lambda t: t.word == "、", doer))
    return (text_of(doer) or "") + text_of(verbs) + (text_of(got) or "") + "用时"


_MAX_GOT = 3  # nouns of what the brief span got done


# 上海到重庆只需5个多小时: the time a trip from one place to another takes
_TRIP = re.compile(
    r"(?P<start>[\u4e00-\u9fff]{2,4})到(?P<end>[\u4e00-\u9fff]{2,4}?)(?:只需|仅需|需要|只要|需)$"
)


def _history_after(right: list[Token]) -> list[Token] | None:
    """养殖史, 的脱贫史, 历史: a history right after a span is what the span measures."""
    tokens = right[1:] if right[:1] and right[0].word == "的" else right
    for k, token in enumerate(tokens[:3]):
        if token.word.endswith("史"):
            return tokens[: k + 1]
        if not (token.nounish or token.verbish):  # 脱贫/v 史/nr
            return None
    return None


_ONE_GO = words("就是 就")
_ENGAGED_IN = words("从事 投身 扎根")


def _in_one_go(piece: list[Token]) -> str | None:
    """从事社会救助工作，一干就是15年: 一, a verb and 就是 before a span say how long the work
    named before it went on (从事社会救助工作), or, with nothing named, the verb (一干)."""
    tokens = [t for t in piece if t.flag != "ul"]
    if len(tokens) > 1 and tokens[-1].word in ("得", "要") and tokens[-2].word == "就":
        tokens = tokens[:-1]  # 一待就得三四个小时: 就 must, as 就是 is
    # 一教/n 就是28年: jieba tags some one-character verbs as nouns here
    if len(tokens) < 3 or tokens[-1].word not in _ONE_GO or tokens[-3].word != "一":
        return None
    if not (tokens[-2].verbish or len(tokens[-2].word) == 1):
        return None
    if tokens[-4:-3] and tokens[-4].word == "，":
        clause = list(takewhile(lambda t: not t.delimiter, tokens[-5::-1]))[::-1]
        engaged = next((k for k, t in enumerate(clause) if t.word in _ENGAGED_IN), None)
        if engaged is not None:
            work = list(takewhile(lambda t: t.nounish or t.verbish, clause[engaged + 1 :]))
            if work:
                return text_of(clause[engaged : engaged + 1 + len(work)])
    # 合同一签就是15年: the thing right before 一 is what lasts
    owner = list(takewhile(lambda t: t.nounish, tokens[-4::-1]))[::-1]
    return text_of(owner) + "一" + tokens[-2].word if owner else "一" + tokens[-2].word


def time_taken(tagged: TaggedSentence, i: int, text: str | None) -> str | None:
    """What a duration measures when the words around it say so: the event that lasts
    it, a trip, a history, the work done within it or in it, one round or turn."""
    if event := event_lasting(text_of(tagged.lefts[i]) or "", text_of(tagged.pieces[i + 1]) or ""):
        return event  # 为期3天的…工厂展在…开幕: how long the fair lasts
    if trip := _TRIP.search(text_of(tagged.lefts[i]) or ""):
        return f"{trip['start']}到{trip['end']}用时"  # 上海到重庆只需5个多小时
    if history := _history_after(tagged.rights[i][0]):
        return text_of(history)  # 这段横跨30年的脱贫史: the history that long
    if done := _done_within(tagged.rights[i][0]):
        # 配水模型3分钟就生成方案: how long the work takes (正常情况下 only frames it)
        return ("" if text in FRAMES or text is None else text) + done
    return (
        _achieved_within(tagged.rights[i][0])  # 可通过一键操作在5分钟内实现…: what is achieved
        or _span_achieved(tagged.lefts[i], tagged.rights[i][0])  # 实现长达5天的自主运行
        or _work_after_span(tagged.lefts[i], tagged.rights[i][0])  # 团队12年攻关
        or _whole_way_said_before(tagged, i, text)  # 从进站到完成出港分拨，全程仅需90分钟
        # 用约5年时间过渡到0.3%左右, 用了10年的时间建成大桥: the time it takes
        or _done_in_time(tagged, i)
        or _work_taking(tagged.lefts[i])  # 施工准备用了2个多月: the time the work took
        or _kept_up(tagged.rights[i][0], tagged.lefts[i])  # 连续跟车70余小时
        or _travelled(tagged.lefts[i])  # 要先开车30分钟到…的高速互通口: the drive
        or _one_round(tagged.lefts[i])  # ‘走’完一圈也要9个半小时: one round
        or _cycle_action(tagged, i)  # 每过40秒，它便转一圈: how long one turn takes
        or _one_piece_made(tagged, i)  # 每9秒下线一台笔记本电脑: the time one takes
        or _one_piece_then(tagged, i)  # 154秒，一块…吉他面板就能脱模而出: the same
        or _done_by_then(tagged, i)  # 短短半小时，…护照便悉数办结: the time it took
        or _in_one_go(tagged.pieces[i])  # 从事社会救助工作，一干就是15年: the work
    )
