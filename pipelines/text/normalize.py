"""Character-level normalization that keeps a map back to raw offsets.

Every step either substitutes one character for one character or deletes characters,
so ``raw_map`` (the raw offset of each output character) stays exact.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from pipelines.text.chars import CJK_PUNCT, is_cjk, is_cjk_or_cjk_punct

_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
# ASCII punctuation → full-width, when it stands in Chinese text.
_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
# The lookbehind anchors an e-mail address at the start of its word: without it the
# pattern is retried at every position of a long ASCII run (quadratic on a hex dump).
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+", re.ASCII)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _is_standard_simplified(ch: str) -> bool:
    # GB2312 is the standard simplified character set. OpenCC's t2s also rewrites
    # characters that are perfectly good simplified Chinese (乾→干 in 乾坤, 於→于 in a
    # surname), so we only accept its change for characters outside GB2312.
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def to_simplified(text: str) -> str:
    """Convert stray traditional characters; text that is already simplified is untouched."""
    if text.isascii():
        return text
    # OpenCC's tables chain for a few rare characters (薴 → 苧 → 苎): repeat until stable
    # so that normalizing twice gives the same text.
    for _ in range(3):
        converted = _convert_once(text)
        if converted == text:
            break
        text = converted
    return text


def _convert_once(text: str) -> str:
    converted = _t2s().convert(text)
    if converted == text:
        return text
    if len(converted) != len(text):
        # A phrase rule changed the length: fall back to character by character.
        converted = "".join(
            _t2s().convert(ch) if len(_t2s().convert(ch)) == 1 else ch for ch in text
        )
    # Nor is a change kept that never reaches GB2312: 周輖 is a name written in simplified
    # Chinese, and t2s's 𫐏 (CJK Extension E) is no standard character either.
    pairs = list(zip(text, converted, strict=True))
    stray = sum(1 for old, new in pairs if old != new and not _is_standard_simplified(old))
    # A line with several characters outside GB2312 that t2s converts is written in
    # traditional script: then its 於 / 後 / 乾, which GB2312 also holds, are traditional too.
    in_traditional = stray >= TRADITIONAL_LINE_EVIDENCE
    return "".join(
        new
        if old != new
        and (in_traditional or not _is_standard_simplified(old))
        and _reaches_standard(new)
        else old
        for old, new in pairs
    )


TRADITIONAL_LINE_EVIDENCE = 2


@lru_cache(maxsize=65536)
def _reaches_standard(ch: str) -> bool:
    """``苧`` → ``苎``: the character, or where t2s's chain takes it, is in GB2312."""
    for _ in range(3):
        if _is_standard_simplified(ch):
            return True
        nxt = _t2s().convert(ch)
        if nxt == ch or len(nxt) != 1:
            return False
        ch = nxt
    return _is_standard_simplified(ch)


def _width_fold(ch: str) -> str:
    """Full-width digits/letters → ASCII; every kind of space → ' '; ％ → %."""
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch == "％":
        return "%"
    if ch == "．":
        return "."  # 5．2 → 5.2; a sentence-final one becomes 。 in the punctuation pass
    if ch in "\t\u3000\u00a0" or (ch != "\n" and unicodedata.category(ch) == "Zs"):
        return " "
    return ch


def _drop(ch: str) -> bool:
    return ch in _ZERO_WIDTH or (unicodedata.category(ch) in ("Cc", "Cf") and ch != " ")


def _collapse_spaces(chars: list[str], offs: list[int], keep_layout: bool) -> bool:
    """Remove spaces next to Chinese; leave one space between Latin words/numbers.

    ``keep_layout`` (titles, bylines): keep one space between multi-character
    Chinese words (``苏州：砥砺再出发 昂扬向新行``) but still drop padding inside
    spaced-out single characters (``韧  性`` → ``韧性``).
    """
    out_c: list[str] = []
    out_o: list[int] = []
    i, n = 0, len(chars)
    while i < n:
        if chars[i] != " ":
            out_c.append(chars[i])
            out_o.append(offs[i])
            i += 1
            continue
        j = i
        while j < n and chars[j] == " ":
            j += 1
        before = out_c[-1] if out_c else ""
        after = chars[j] if j < n else ""
        if (
            before
            and after
            and (
                not _space_is_noise(before, after)
                or (keep_layout and not _is_letter_padding(out_c, chars, j))
            )
        ):
            out_c.append(" ")
            out_o.append(offs[i])
        i = j
    changed = len(out_c) != len(chars)
    chars[:] = out_c
    offs[:] = out_o
    return changed


def _space_is_noise(before: str, after: str) -> bool:
    """A space between Chinese characters, Chinese punctuation or a number and Chinese
    (``2.5 万期``) is a scraping artifact; one beside a Latin word is real (``LNG 运输船``)."""
    if before in CJK_PUNCT or after in CJK_PUNCT:
        return True
    if before.isdigit() and after.isdigit():
        return False

    def chinese_or_number(ch: str) -> bool:
        return is_cjk(ch) or ch.isdigit() or ch in "%.,"

    return chinese_or_number(before) and chinese_or_number(after)


def _is_letter_padding(before: list[str], chars: list[str], j: int) -> bool:
    """True for the spaces in ``韧  性`` / ``胡  健``: lone CJK characters on both sides."""
    left_single = len(before) == 1 or (len(before) >= 2 and before[-2] == " ")
    right_single = j + 1 >= len(chars) or chars[j + 1] == " "
    return is_cjk(before[-1]) and is_cjk(chars[j]) and left_single and right_single


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL.finditer(text)]


_CLOSERS = "”’）》」』%"


def _full_width_punctuation(chars: list[str]) -> bool:
    """One left-to-right pass; returns True if anything changed."""
    text = "".join(chars)
    urls = _url_spans(text)
    chinese_line = any(is_cjk(c) for c in chars)
    changed = False
    for i, ch in enumerate(chars):
        if ch not in _FULL_WIDTH and ch != ".":
            continue
        if any(a <= i < b for a, b in urls):
            continue
        prev = chars[i - 1] if i > 0 else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if prev.isdigit() and nxt.isdigit():
            continue  # 1,200 / 3.5 / 10:30
        # A mark that ends a Chinese line (``增长3.5%!``) is Chinese punctuation too.
        line_end = not nxt and chinese_line and not (prev.isascii() and prev.isalpha())
        if ch == ".":
            if line_end and prev.isdigit():
                continue  # ``达36.`` / ``8%``: maybe a decimal broken at its point; joining decides
            # Only a full stop after Chinese that ends the line or precedes Chinese, or
            # before a figure (万人.16—59岁), or after a closing quote or a percent inside a
            # Chinese line (…“香饽饽”.海关…).
            before_text = not (nxt.isascii() and nxt.isalpha())
            after_close = chinese_line and prev in _CLOSERS and before_text
            after_cjk = is_cjk(prev) and (is_cjk_or_cjk_punct(nxt) or nxt.isdigit())
            if line_end or after_close or after_cjk:
                chars[i] = "。"
                changed = True
            continue
        if ch in "()":
            continue  # handled as pairs below
        after_percent = chinese_line and prev == "%" and ch in ",;:"  # 降低40%,2025年
        if line_end or after_percent or is_cjk_or_cjk_punct(prev) or is_cjk_or_cjk_punct(nxt):
            chars[i] = _FULL_WIDTH[ch]
            changed = True
    return _full_width_brackets(chars) or changed


def _full_width_brackets(chars: list[str]) -> bool:
    """``(广场)`` → ``（广场）`` when the bracket holds or touches Chinese; ``(GDP)`` stays."""
    changed = False
    stack: list[int] = []
    for i, ch in enumerate(chars):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            inner = chars[start + 1 : i]
            prev = chars[start - 1] if start > 0 else ""
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if any(is_cjk(c) for c in inner) or is_cjk(prev) or is_cjk(nxt):
                chars[start], chars[i] = "（", "）"
                changed = True
    return changed


# Markdown a page copied from a Markdown archive keeps (the 人民日报 mirrors print the
# title as ``# …``, the byline as ``> …`` and sub-headings in ``**…**``): markup, not text.
_MARKDOWN_PREFIX = re.compile(
    r"^(?:[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=[^\x00-\x7f#>*+-])))+"
)
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def markdown_spans(line: str) -> set[int]:
    """Offsets of Markdown markup in a line that holds Chinese: the block marker that
    opens it and the ``**`` around emphasis. A line without Chinese is left alone
    (``* * *`` is a separator, ``2**10`` arithmetic)."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in line):
        return set()
    drop: set[int] = set()
    if m := _MARKDOWN_PREFIX.match(line):
        drop.update(range(m.start(), m.end()))
    for m in _MARKDOWN_EMPHASIS.finditer(line):
        drop.update(range(m.start(1), m.end(1)))
        drop.update(range(m.end() - len(m.group(1)), m.end()))
    return drop


def normalize_line(line: str, raw_start: int, keep_layout: bool = False) -> tuple[str, list[int]]:
    """Normalize one raw line; return the text and the raw offset of each character."""
    chars: list[str] = []
    offs: list[int] = []
    markup = markdown_spans(line)
    for k, ch in enumerate(line):
        if _drop(ch) or k in markup:
            continue
        chars.append(_width_fold(ch))
        offs.append(raw_start + k)
    simplified = to_simplified("".join(chars))
    chars = list(simplified)
    _collapse_spaces(chars, offs, keep_layout)
    # Converting one mark can make its neighbour "touch Chinese", a space next to a mark
    # that just became full-width is noise, and a dropped space can close emphasis it
    # kept open (__ ，__新 -> __，__新); repeat all three to a fixpoint so that
    # normalizing twice gives the same text (each pass only converts or deletes, so
    # this ends).
    while True:
        while _full_width_punctuation(chars) | _collapse_spaces(chars, offs, keep_layout):
            pass
        if not (markup := markdown_spans("".join(chars))):
            break
        kept = [k for k in range(len(chars)) if k not in markup]
        chars, offs = [chars[k] for k in kept], [offs[k] for k in kept]
    while chars and chars[-1] == " ":
        chars.pop()
        offs.pop()
    return "".join(chars), offs


def full_width_punctuation(text: str) -> str:
    """The punctuation pass alone (1:1 characters), for text joined from several lines."""
    chars = list(text)
    while _full_width_punctuation(chars):
        pass
    return "".join(chars)


def normalize_text(text: str) -> str:
    """Normalize a whole text line by line (for callers that need no offsets)."""
    return "\n".join(normalize_line(line, 0)[0] for line in text.split("\n"))
