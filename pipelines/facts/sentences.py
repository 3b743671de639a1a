"""Split a paragraph into sentences at 。！？； and …… (closing quotes stay attached)."""

from __future__ import annotations

import re

# A terminator run, plus any closing quotes/brackets that belong to the sentence it ends.
_BOUNDARY = re.compile(r"(?:[。！？；!?;]+|…{2,}|\.{6,})[”’」』）)]*")


def split_sentences(paragraph: str) -> list[str]:
    sentences = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        sentence = paragraph[start : match.end()].strip()
        if sentence:
            sentences.append(sentence)
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences
