"""A share of a group is a measure of what the group does: 超过90%的居民可以在15分钟内到达
最近的医疗服务点 measures 居民到达医疗服务点, not 居民. The predicate often runs past another
figure (15分钟) or a list (影像、心电、检验等资源共享中心), where the clause-bound rules stop, so
it is read here from the sentence text up to the end of the clause."""

from __future__ import annotations

import re

from pipelines.facts.phrases import MODALS, text_of
from pipelines.facts.tagging import Token, tag

_CLAUSE_END = re.compile(r"[，。；！？：,;!?:]")
_MAX_PREDICATE_CHARS = 40
_WHEN_OPENERS = ("在", "于")
_WHEN_CLOSERS = ("内", "以内", "之内", "前", "以前", "之前", "后", "以后", "之后", "时")
_LIST_HEADS = ("等", "的")  # …检验等资源共享中心, 最近的医疗服务点: the head follows the last
_SKIPPED_FLAGS = ("d", "ul", "uz", "ug", "c")


def what_the_group_did(sentence: str, group_end: int) -> str | None:
    """The verb and the head of its object in the clause after the group noun ending at
    ``group_end``: 到达医疗服务点, 建设资源共享中心. None where the clause has no verb first
    or its object is no plain noun phrase."""
    rest = sentence[group_end : group_end + _MAX_PREDICATE_CHARS]
    end = _CLAUSE_END.search(rest)
    tokens = [t for t in tag(rest[: end.start()] if end else rest) if t.flag not in _SKIPPED_FLAGS]
    tokens = [t for t in tokens if t.word not in MODALS]
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


def _without_when(tokens: list[Token]) -> list[Token]:
    """在15分钟内到达: the span within which it is done is no part of what is done."""
    if not tokens or tokens[0].word not in _WHEN_OPENERS:
        return tokens
    close = next((k for k, t in enumerate(tokens) if t.word in _WHEN_CLOSERS), None)
    return tokens[close + 1 :] if close is not None else tokens
