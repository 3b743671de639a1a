"""Short clauses that open a sentence by setting its time, place, source or scope.

Said twice in a row they are a stutter (dedup: 一年来，一年来，), and a line that starts
with one is a sentence, never a heading (line joining: ``如今，民营企业`` / ``数量占…``).
Rhetoric repeats verbs and exclamations (走啊，走啊 / 好，好), which are not openers.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

# jieba word classes of an opener: time (近日/如今), place (北京), conjunction (同时).
_OPENER_FLAGS = ("t", "ns", "c")
_PERSONAL_PRONOUNS = {"我们", "你们", "他们", "她们", "咱们", "大家", "自己"}
_PERSONAL_PRONOUNS |= set("您你我他她")
_YEARS_SINCE = re.compile(r"^[一二三四五六七八九十百多几两\d]+年来$")
# ``在实体卡基础上`` / ``在此基础上`` / ``入学后``: a frame of place or time; ``杨来毅表示``:
# a speaker introduced. Neither opens a heading.
# ``从出入境人员构成来看``: a viewpoint, too.
_FRAME = re.compile(
    r"^(?:在.{1,12}(?:上|中|下|里|内|外|间|时|前|后)|.{1,6}(?:后|以来|期间|之际)|从.{1,12}来?看)$"
)
_SPEAKER = re.compile(r"^.{1,12}(?:表示|介绍|指出|认为|说|坦言|告诉记者)$")


@lru_cache(maxsize=4096)
def _words(clause: str) -> tuple[tuple[str, str], ...]:
    import jieba
    import jieba.posseg  # loaded lazily: only short clauses are tagged

    jieba.setLogLevel(logging.WARNING)
    return tuple((w.word, w.flag) for w in jieba.posseg.cut(clause, HMM=False))


def is_sentence_opener(clause: str) -> bool:
    """``近年来`` / ``北京`` / ``据介绍`` / ``在长沙`` / ``一年来`` / ``其中``: a short
    clause that sets time, place, source or scope before a sentence."""
    if not clause:
        return False
    if clause.startswith(("据", "下一步")) or _YEARS_SINCE.match(clause):
        return True
    words = _words(clause)
    if words[0][1] in _OPENER_FLAGS:
        return True
    if len(words) == 1 and words[0][1] == "r" and clause not in _PERSONAL_PRONOUNS:
        return True  # 其中 / 为此 / 对此; 我们，我们， may be a speaker's emphasis
    return len(words) == 2 and words[0][1] == "p" and words[1][1] in _OPENER_FLAGS


def opens_with_frame(text: str) -> bool:
    """The line's first clause is an opener, a frame of place or time, or a speaker
    introduced (``如今，`` / ``在此基础上，`` / ``杨来毅表示，``): it reads as a sentence."""
    if "，" not in text:
        return False
    first = text.split("，", 1)[0]
    return bool(_FRAME.match(first) or _SPEAKER.match(first)) or (
        len(first) <= 4 and is_sentence_opener(first)
    )
