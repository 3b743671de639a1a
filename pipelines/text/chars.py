"""Character classes for Chinese text."""

from __future__ import annotations

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


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends a sentence: 。！？… optionally followed by closing quotes."""
    stripped = text.rstrip(CLOSING_QUOTES)
    return bool(stripped) and stripped[-1] in SENTENCE_END
