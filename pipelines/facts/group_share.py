"""Shares named by more than the noun next to them.

A share of a group is a measure of what the group does: 超过90%的居民可以在15分钟内到达
最近的医疗服务点 measures 居民到达医疗服务点, not 居民. The predicate often runs past another
figure (15分钟) or a list (影像、心电、检验等资源共享中心), where the clause-bound rules stop, so
it is read here from the sentence text up to the end of the clause. A share taken out of a
whole (从收益中拿出10%) is a share of that whole, not of whoever took it."""

from __future__ import annotations

import re
from itertools import takewhile

from pipelines.facts.phrases import MODALS, text_of
from pipelines.facts.tagging import Token, tag

_CLAUSE_END = re.compile(r"[，。；！？：,;!?:]")
_MAX_PREDICATE_CHARS = 40
_WHEN_OPENERS = ("在", "于")
_WHEN_CLOSERS = ("内", "以内", "之内", "前", "以前", "之前", "后", "以后", "之后", "时")
_LIST_HEADS = ("等", "的")  # …检验等资源共享中心, 最近的医疗服务点: the head follows the last
_SKIPPED_FLAGS = ("d", "ul", "uz", "ug", "c")
_MANNERS = ("主动", "积极", "自觉")  # 64.47%的企业主动/b 采取…: how they act, tagged no adverb


def what_the_group_did(sentence: str, group_end: int) -> str | None:
    """The verb and the head of its object in the clause after the group noun ending at
    ``group_end``: 到达医疗服务点, 建设资源共享中心. None where the clause has no verb first
    or its object is no plain noun phrase."""
    rest = sentence[group_end : group_end + _MAX_PREDICATE_CHARS]
    if rest[:2] in _WITHIN_THEN_COMMA:
        return _what_happens_within(rest[2:])
    end = _CLAUSE_END.search(rest)
    tokens = [t for t in tag(rest[: end.start()] if end else rest) if t.flag not in _SKIPPED_FLAGS]
    tokens = [t for t in tokens if t.word not in MODALS and t.word not in _MANNERS]
    tokens = _without_when(tokens)
    if len(tokens) < 2 or not tokens[0].verbish:
        return None
    verb, obj = tokens[0], tokens[1:]
    for k in range(len(obj) - 1, -1, -1):
        if obj[k].word in _LIST_HEADS:
            obj = obj[k + 1 :]
            break
    if not obj or not all(t.nounish for t in obj):
        return None
    return verb.word + (text_of(obj) or "")


_MAX_SHORT_PREDICATE = 12  # characters


def short_predicate(sentence: str, start: int) -> str | None:
    """纳入生态保护红线: a short clause rest from a verb to a noun, taken whole."""
    rest = sentence[start : start + _MAX_SHORT_PREDICATE + 1]
    end = _CLAUSE_END.search(rest)
    # a subhead closes without punctuation: the rest of it is the clause
    whole_rest = len(sentence) - start <= _MAX_SHORT_PREDICATE
    clause = rest[: end.start()] if end else (rest if whole_rest else "")
    tokens = tag(clause)
    if not tokens or not tokens[0].verbish or not tokens[-1].nounish:
        return None
    return clause


_WITHIN_THEN_COMMA = ("内，", "中，", "里，")


def _what_happens_within(clause: str) -> str | None:
    """超过90%的县域医共体内，基层成员单位都有上级医院的医务人员下沉派驻: within each
    of the group, the clause after says what happens: its last noun and verbs."""
    end = _CLAUSE_END.search(clause)
    closing = doer_and_deed(tag(clause[: end.start()] if end else clause))
    return closing[0].word + (text_of(closing[1]) or "") if closing else None


def doer_and_deed(clause: list[Token]) -> tuple[Token, list[Token]] | None:
    """…的医务人员下沉派驻: the noun and the verbs a clause closes on, or None."""
    verbs = list(takewhile(lambda t: t.verbish, reversed(clause)))[::-1]
    rest = clause[: len(clause) - len(verbs)]
    if not verbs or not rest or not rest[-1].nounish:
        return None
    return rest[-1], verbs


def _without_when(tokens: list[Token]) -> list[Token]:
    """在15分钟内到达: the span within which it is done is no part of what is done."""
    if not tokens or tokens[0].word not in _WHEN_OPENERS:
        return tokens
    close = next((k for k, t in enumerate(tokens) if t.word in _WHEN_CLOSERS), None)
    return tokens[close + 1 :] if close is not None else tokens


_FROM = ("从", "由")
_INSIDE = ("中", "里", "内")
_MAX_WHOLE_TOKENS = 3


def part_taken_from(left: list[Token]) -> str | None:
    """合作社还从收益中拿出10%: the whole after 从 and the verb that takes the part
    (收益拿出), not the taker before 从."""
    if len(left) < 4 or not left[-1].verbish or left[-2].word not in _INSIDE:
        return None
    start = next((k for k in range(len(left) - 3, -1, -1) if left[k].word in _FROM), None)
    if start is None:
        return None
    whole = left[start + 1 : -2]
    if not 0 < len(whole) <= _MAX_WHOLE_TOKENS or not all(t.nounish or t.verbish for t in whole):
        return None
    return (text_of(whole) or "") + left[-1].word


_WHOLE_CLOSERS = ("里", "中", "当中")


def opens_on_whole(piece: list[Token]) -> bool:
    """村集体公司每年的利润里，50%返给…，30%由全体村民共享: a clause of only a noun phrase
    and 里/中 right before a share names the whole the shares after it divide."""
    if len(piece) < 3 or piece[-1].word != "，" or piece[-2].word not in _WHOLE_CLOSERS:
        return False
    clause = list(takewhile(lambda t: not t.delimiter, reversed(piece[:-2])))
    # 在调查的企业中: a clause with a verb says more than the whole
    return bool(clause) and clause[0].nounish and not any(t.verbish for t in clause)
