"""Rejoin lines broken mid-sentence and decide which paragraphs are headings.

A scraped page breaks paragraphs anywhere: mid-word (``河`` / ``北工会``), before a short
tail (``…工运事业创新`` / ``发展的不竭动力。``), or around photo captions. A real section
heading is also a line without a full stop, so each join needs positive evidence that
the line is unfinished, not just a missing full stop.
"""

from __future__ import annotations

import logging
import re
from array import array
from functools import lru_cache
from itertools import pairwise

from pipelines.models import RAW_OFFSET_TYPECODE, Paragraph
from pipelines.text.chars import SENTENCE_END, ends_sentence, is_cjk
from pipelines.text.figures import holds_figure
from pipelines.text.lines import Line
from pipelines.text.normalize import full_width_punctuation
from pipelines.text.openers import opens_with_frame
from pipelines.text.parts import (
    MAX_HEADING_CHARS,
    NUMBERED,
    ends_mid_clause,
    is_numbered_heading,
    is_numbered_heading_start,
)

# Particles and marks that cannot begin a paragraph: a line starting with one continues
# the previous line.
_CONTINUATION_MARKS = set("，、。；：！？）》”’…,.;:!?)")
_CONTINUATION_START = _CONTINUATION_MARKS | set("的地得了着过们吗呢吧啊")
_FIRST_SENTENCE = re.compile(rf"^[^{SENTENCE_END}]*[{SENTENCE_END}]")
# A heading is a phrase; it never holds a full stop, and one this long is a sentence.
MAX_HEADING_LEN_FOR_JOIN = MAX_HEADING_CHARS
SHORT_TAIL_CHARS = 12
DECK_TAIL_CHARS = 16  # a deck's broken last clause may be longer than a heading's tail


@lru_cache(maxsize=1)
def _jieba():
    import jieba  # loaded lazily: its dictionary costs ~0.5 s

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def _word_spans_break(left: str, right: str, whole_words_count: bool = True) -> bool:
    """True if jieba's dictionary reads a word across the break (``河`` + ``北工会`` → 河北).

    Without HMM: words it guesses (民玉, 提振消) are no evidence. ``whole_words_count=False``
    also discounts a compound of two whole words meeting at the break (回顾 + 过去 →
    回顾过去), which is how a heading and the sentence under it can read; an idiom split
    in the middle (碧波 / 万顷) reads the same, so only headings get this doubt.
    """
    a, b = left[-4:], right[:4]
    if not a or not b:
        return False
    for _word, start, end in _jieba().tokenize(a + b, HMM=False):
        if not (start < len(a) < end and end - start >= 2):
            continue
        whole_words_meet = end - start >= 4 and len(a) - start >= 2 and end - len(a) >= 2
        if whole_words_count or not whole_words_meet:
            return True
    return False


def _is_short_tail(right: str, max_chars: int = SHORT_TAIL_CHARS) -> bool:
    """``发展的不竭动力。``: the next line's first sentence is a short fragment. Not one
    that trails off in ``……`` (``切边、弯折、冲孔……``): that opens a paragraph with a scene."""
    m = _FIRST_SENTENCE.match(right)
    return (
        bool(m)
        and len(m.group(0)) <= max_chars
        and "，" not in m.group(0)
        and not m.group(0).endswith("…")
    )


# After a numbered line with clauses only a very short fragment finishes it (``国内需求。``);
# ``经济总量实现新跨越。`` under ``一、…，综合国力再上新台阶`` starts the next paragraph.
NUMBERED_TAIL_CHARS = 8


def _is_numbered_heading_with_clauses(text: str) -> bool:
    return (
        is_numbered_heading_start(text)
        and len(text) <= MAX_HEADING_LEN_FOR_JOIN
        and not any(p in text for p in "。！？；")
    )


# Single-character words a heading never ends on (prepositions, conjunctions, particles):
# a line stopping on one stops mid-sentence (``…周伟在`` / ``9栋住了…``).
_DANGLING_WORDS = set("在把对从将被向和与及并或以由为于给让使了是等就也都又还很更最")


def _ends_on_lone_character(text: str) -> bool:
    """jieba leaves the line's last character a word of its own (``（一）大`` / ``力提振``)."""
    return len(list(_jieba().cut(text[-6:]))[-1]) == 1


# ``经过5个`` / ``回到这栋`` / ``一头``: a count or a demonstrative waiting for its noun.
_COUNT_WITHOUT_NOUN = re.compile(
    r"(?:\d|[这那每各此该一两几])[个位名家栋座项条种件批只头枚张间所块]$"
)


def stops_mid_phrase(text: str) -> bool:
    """The line ends where no heading ends: on a digit (``…住在9`` / ``栋``), on a count
    or demonstrative without its noun (``经过5个``), or on a dangling one-character word
    as jieba reads it (``作为``/``方向`` are whole words)."""
    if not text or ends_sentence(text):
        return False
    if text[-1].isdigit() or text[-1] == "." or _COUNT_WITHOUT_NOUN.search(text):
        return True
    if text[-1] not in _DANGLING_WORDS:
        return False
    return _ends_on_lone_character(text)


def _ends_on_digit_point(text: str) -> bool:
    """``…同比增长36.``: normalizing leaves a point after a digit at a line's end alone."""
    return len(text) > 1 and text[-1] == "." and text[-2].isdigit() and any(is_cjk(c) for c in text)


def continues_previous(left: str, right: str) -> bool:
    """Evidence on the right side alone that ``right`` finishes the sentence of ``left``."""
    if ends_sentence(left):
        return False
    if _FIGURE_GOES_ON.match(right) and "\u4e00" <= left[-1] <= "\u9fff":
        return True  # ``…推动落地合作项目`` / ``超1200项。``: the figure of the noun before
    return right[0] in _CONTINUATION_START or _word_spans_break(left, right)


# A figure with its unit, closed at once by a clause mark, cannot open a paragraph (a date
# can: ``2025年，…``).
_FIGURE_GOES_ON = re.compile(
    r"^(?:超过?|近|约|逾|达到?|仅|共)?\d+(?:\.\d+)?(?![\d.年月日号时])[万亿]?[\u4e00-\u9fff%]{1,3}[，。；、！？]"
)


def _is_stub(right: str) -> bool:
    """``区”`` / ``展。``: one or two characters and closing marks, never a paragraph."""
    return (
        len(content_chars(right)) <= 2
        and right[0] not in "“‘（《「"
        and right[-1] in SENTENCE_END + "”’」』）》"
    )


def _starts_next(text: str, nxt: str, tail: str = "") -> bool:
    """``玉`` / ``溪市峨山…``: a one- or two-character line that is the head of the next
    line's word, not the tail of the line before. A digit after a line ending on a digit
    or a decimal point (``…达3`` / ``9`` / ``262亿元``) belongs to both: the number runs on
    through it."""
    return (
        bool(nxt)
        and not ((tail[-1:].isdigit() or _ends_on_digit_point(tail)) and text[0].isdigit())
        and len(content_chars(text)) <= 2
        and text[-1] not in SENTENCE_END + "”’」』）》，、；："
        and _word_spans_break(text, nxt)
    )


# A speech's salutation: ``各位代表：`` / ``同志们、朋友们：``.
_SALUTATION = re.compile(
    r"^(?:各位|尊敬的|亲爱的)?[\u4e00-\u9fff、]{0,10}(?:代表|委员|来宾|同志们|朋友们|同学们|女士们|先生们)："
    r"$"
)


def _is_signature(text: str) -> bool:
    """``——人民网网友18****2``: a short ——attribution with no clause in it."""
    return (
        text.startswith(("——", "──"))
        and len(text) <= 30
        and not any(p in text for p in "，。！？；")
    )


def is_heading_pair(first: str, second: str) -> bool:
    """``养殖显“智”——`` over ``数字管理与精准营养，让好蛋可控可溯``: a sub-heading printed
    as a short lead phrase closed by a dash and a line under it, no sentence in either."""
    return (
        first.endswith("——")
        and len(first) <= 14
        and not any(p in first for p in "，。！？；：")
        and len(first) + len(second) <= MAX_HEADING_CHARS
        and not any(p in second for p in "。！？；：")
        and not ends_mid_clause(second)
    )


def _is_deck(left: str) -> bool:
    """``提升就业服务质量，需要…，形成经济发展和民生改善的良性循环``: the summary a
    commentary prints in bold over its first paragraph, one long sentence with no stop."""
    return (
        len(left) > MAX_HEADING_LEN_FOR_JOIN
        and left.count("，") >= 2
        and not any(p in left for p in "。！？；：")
    )


_PAIRS = ("“”", "‘’", "（）", "《》", "「」")
# ``今年3月，`` / ``近日，``: a time adverbial opens a sentence, never a heading.
_TIME_OPENING = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|今年|去年|近年来|近日|日前|目前|当前"
    r"|“[^，。”]{1,6}”时期)[^，。]{0,4}，"  # “十四五”时期，西藏累计建成高原
)


def _reads_mid_sentence(left: str) -> bool:
    """A short unstopped line that no heading reads like: a quote or bracket left open
    (``…“哪里``), a last clause of one or two characters (``区域协调发展，重``), or a
    time adverbial, frame or speaker opening it (``今年3月，国家能源局`` / ``如今，民营企业``
    / ``杨来毅表示，…``)."""
    if any(left.count(a) > left.count(b) for a, b in _PAIRS):
        return True
    if "，" in left and len(content_chars(left.rsplit("，", 1)[1])) <= 2:
        return True
    return bool(_TIME_OPENING.match(left)) or opens_with_frame(left)


def _wraps_on(left: str, right: str) -> bool:
    """A wrapped line goes on after ``left``; after a numbered heading only when it holds
    no sentence (``二、2025年`` / ``工作回顾``) or the heading is a bare number with a word
    or two (``（1）中央`` / ``本级支出45420亿元。``): else the heading stands over its text."""
    if not is_numbered_heading(left):
        return True
    words = content_chars(NUMBERED.sub("", left, count=1))
    return not any(p in right for p in "。！？；") or len(words) <= 2


def should_join(
    left: str,
    right: str,
    joined: bool = False,
    heading_pair: bool = False,
    opening: bool = False,
    wrapped: bool = False,
) -> bool:
    """Is ``right`` the continuation of the unfinished line ``left``?

    ``joined``: ``left`` is already several lines rejoined; holding a clause break, it
    is a sentence under way, never a heading (a heading is one line) — unless
    ``heading_pair``: ``left`` is a dash-led sub-heading over its second line.
    ``opening``: ``left`` is the body's first paragraph so far, ``right`` set apart from
    it by a blank line.
    ``wrapped``: the page sets its paragraphs apart with blank lines and ``right`` follows
    ``left`` with none: the page wrapped a paragraph there.
    """
    if ends_sentence(left):
        return False
    if _ends_on_digit_point(left):
        return right[0].isdigit()  # ``36.`` + ``8%`` is one decimal; else the point is a stop
    if left[-1] in "：；" and is_numbered_heading_start(right):
        return False  # ``…内容：`` / ``（一）…；`` then the next numbered item or heading
    if _SALUTATION.match(left):
        return False  # ``各位代表：`` opens a speech on a line of its own
    if (
        opening
        and _is_deck(left)
        and not ends_mid_clause(left)
        and not stops_mid_phrase(left)
        and not continues_previous(left, right)
        # …全国大型现代化 / 煤矿产能比重提升至87%。: one short clause ends the sentence
        and not _is_short_tail(right, DECK_TAIL_CHARS)
    ):
        return False  # the deck ends where no clause or word goes on
    if joined and "，" in left and not is_numbered_heading_start(right) and not heading_pair:
        return True
    if ends_mid_clause(left) or _is_stub(right):
        return True
    if _is_signature(left):
        # ``——人民网网友18****2`` signs a question: only a split word goes on after it.
        return right[0] in _CONTINUATION_MARKS or _word_spans_break(left, right)
    if heading_pair:
        return False
    if wrapped and not is_numbered_heading_start(right) and _wraps_on(left, right):
        return True
    if stops_mid_phrase(left):
        return True
    # Nothing but a clause or a split word goes on after a numbered heading: a particle
    # (过去一年 starts with 过) is no evidence there.
    if is_numbered_heading(left) or _is_numbered_heading_with_clauses(left):
        if right[0] in _CONTINUATION_MARKS or _word_spans_break(
            left, right, whole_words_count=False
        ):
            return True
        # ``一、攻坚克难促发展，综合国力再上新台阶`` is a heading; ``（一）大力提振消费、
        # 提高投资效益，全方位扩大`` is a numbered paragraph broken before its last words.
        if "，" in left and _is_short_tail(right, NUMBERED_TAIL_CHARS):
            return True
        # ``（二）指导`` / ``方针；``: a whole line this short is the item's end, not a paragraph.
        return (
            len(right) <= NUMBERED_TAIL_CHARS
            and right[-1] in SENTENCE_END + "；"
            and not any(p in right[:-1] for p in "，。！？；")
        )
    if continues_previous(left, right):
        return True
    if is_numbered_heading_start(right):
        return False  # a numbered heading starts a new paragraph
    if _reads_mid_sentence(left):
        return True
    if any(p in left for p in "。！？；") or len(left) > MAX_HEADING_LEN_FOR_JOIN:
        return True  # a heading holds no full stop and is short
    return _is_short_tail(right)


# should_join reads only whether ``left`` ends a sentence or clause, its last characters,
# and — when it is short enough to be a heading — all of it; so the last
# MAX_HEADING_LEN_FOR_JOIN + 1 characters decide exactly as the whole paragraph would.
_JOIN_CONTEXT = MAX_HEADING_LEN_FOR_JOIN + 1


def _reads_as_running_text(group: list[Line], line: Line) -> bool:
    """Lines already joined read as a sentence under way, not a heading, when the page
    wraps them as running text: three or more, one ending on a clause mark, or the next
    line following with no blank line. Two lines split mid-word and set apart from the
    next by a blank line may be one heading printed over two lines (``…的宏观`` /
    ``政策，着力稳定经济运行``): they get the evidence a single line gets."""
    if len(group) < 2:
        return False
    return (
        len(group) > 2 or line.blank_before == 0 or any(ends_mid_clause(g.text) for g in group[:-1])
    )


def usual_gap(lines: list[Line]) -> int:
    """Blank lines a page usually prints between paragraphs: the lower quartile of its
    gaps (not the median: on a short page the gaps around captions are many)."""
    gaps = sorted(line.blank_before for line in lines[1:]) or [0]
    return gaps[len(gaps) // 4]


def paragraph_gap(lines: list[Line]) -> int:
    """Blank lines the page prints after a finished sentence: the lower quartile of the
    gaps after lines that end one. A line following another with fewer is a wrap inside a
    paragraph (the gaps after unfinished lines would count the wraps themselves)."""
    gaps = sorted(nxt.blank_before for line, nxt in pairwise(lines) if ends_sentence(line.text))
    return gaps[len(gaps) // 4] if gaps else 0


def join_lines(lines: list[Line], page_gap: int | None = None) -> list[tuple[str, array]]:
    """Merge broken lines; return ``(text, raw_map)`` per paragraph. ``page_gap``: blank
    lines between the page's paragraphs (``paragraph_gap`` of these lines if not given).

    Linear in the text: a paragraph is assembled once from its lines, not re-copied
    (and re-punctuated) at each join, which made thousands of broken lines quadratic.
    """
    if page_gap is None:
        page_gap = paragraph_gap(lines)
    groups: list[list[Line]] = []
    tail = ""
    for k, line in enumerate(lines):
        nxt = lines[k + 1].text if k + 1 < len(lines) else ""
        group = groups[-1] if groups else []
        pair = len(group) == 2 and is_heading_pair(group[0].text, group[1].text)
        if (
            groups
            and should_join(
                tail,
                line.text,
                joined=_reads_as_running_text(group, line),
                heading_pair=pair,
                opening=len(groups) == 1 and line.blank_before > 0,
                wrapped=line.blank_before < page_gap,
            )
            and not _starts_next(line.text, nxt, tail)
        ):
            groups[-1].append(line)
            tail = (tail + line.text)[-_JOIN_CONTEXT:]
        else:
            groups.append([line])
            tail = line.text[-_JOIN_CONTEXT:]
    merged = []
    for group in groups:
        raw_map = array(RAW_OFFSET_TYPECODE)
        for line in group:
            raw_map.extend(line.raw_map)
        text = "".join(line.text for line in group)
        if len(group) > 1:
            # The join can put an ASCII mark next to Chinese for the first time.
            text = full_width_punctuation(text)
        if _ends_on_digit_point(text):
            text = text[:-1] + "。"  # no digit followed: the point ended the sentence
        merged.append((text, raw_map))
    return merged


# ``（一）2025年一般公共预算收支情况。`` / ``1.全国一般公共预算。``: a numbered heading
# that budget and plan reports close with a full stop — one short clause, nothing more.
MAX_STOPPED_HEADING_CHARS = 30


def _is_stopped_numbered_heading(text: str) -> bool:
    return (
        is_numbered_heading_start(text)
        and len(text) <= MAX_STOPPED_HEADING_CHARS
        and text.endswith("。")
        and text.count("。") == 1
        and not any(p in text for p in "，、；：！？“")
        and not holds_figure(text)
    )


def is_heading(text: str) -> bool:
    if _is_stopped_numbered_heading(text):
        return True
    # A ——… line is an attribution (——人民网网友) or a list item, not a heading.
    return (
        not ends_sentence(text)
        and len(text) <= MAX_HEADING_CHARS
        and not ends_mid_clause(text)
        and not text.startswith(("——", "──"))
        and not stops_mid_phrase(text)
    )


MAX_QUESTION_TITLE_CHARS = 15


def _is_question_title(text: str) -> bool:
    return (
        text.endswith("？")
        and len(text) <= MAX_QUESTION_TITLE_CHARS
        and not any(p in text[:-1] for p in "，。！？；：“”")
    )


def content_chars(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def assign_kinds(merged: list[tuple[str, array]]) -> list[Paragraph]:
    """heading / lead (everything before the first heading) / body.

    An article without headings has one lead paragraph, as in print.
    """
    kinds = ["heading" if is_heading(text) else "body" for text, _ in merged]
    # ``绿证是什么？`` over ``每交易1个绿证，意味着…`` : a section titled by a short question
    # and a line under it; a question standing over text is a paragraph of the story.
    for i in range(len(kinds) - 1):
        if kinds[i] == "body" and kinds[i + 1] == "heading" and _is_question_title(merged[i][0]):
            kinds[i] = "heading"
    first_heading = kinds.index("heading") if "heading" in kinds else None
    lead_end = first_heading if first_heading is not None else min(1, len(kinds))
    for i in range(lead_end):
        kinds[i] = "lead"
    return [
        Paragraph(kind, text, raw_map) for kind, (text, raw_map) in zip(kinds, merged, strict=True)
    ]
