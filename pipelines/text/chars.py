"""Character classes for Chinese text."""

from __future__ import annotations

import re

# Sentence-final marks; a paragraph that ends in one of these is complete.
SENTENCE_END = "。！？…"
CLOSING_QUOTES = "”’」』）》"
CJK_PUNCT = "，。、；：！？“”‘’（）《》〈〉「」『』【】…—～·"


def is_cjk(ch: str) -> bool:
    if not ch:
        return False
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FA1F
        or 0xF900 <= code <= 0xFAFF
    )


def is_cjk_or_cjk_punct(ch: str) -> bool:
    return bool(ch) and (is_cjk(ch) or ch in CJK_PUNCT)


# Reference marks printed after a sentence's full stop: （见图19）（见表17）（附表2）[3] [注1].
# They belong to the sentence before them and never continue it.
TRAILING_REFERENCES = re.compile(
    r"(?:[（(](?:见|详见)?(?:附)?[图表][\d一二三四五六七八九十]+[)）]|\[注?\d+\]|[（(]注\d+[)）])+$"
)


def without_trailing_references(text: str) -> str:
    return TRAILING_REFERENCES.sub("", text)


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends a sentence: 。！？… optionally followed by closing quotes
    and reference marks (``…增长5.8%。（见图19）``)."""
    stripped = without_trailing_references(text).rstrip(CLOSING_QUOTES)
    return bool(stripped) and stripped[-1] in SENTENCE_END
