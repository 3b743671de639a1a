"""Issue 14, acceptance 3: over the whole text chain (clean + dedup), breaking a sentence
across lines — after a comma or mid-word, with or without a blank line — gives the same
clean text as the unbroken article, and no figure of the body is lost.

The articles are the hand-cleaned paragraphs of the real-layout set (tests/data/layouts),
so the sentences, headings and figures are real 人民日报 text."""

from __future__ import annotations

import re
from collections import Counter

import jieba
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.layouts import load_cases
from pipelines.models import RawArticle
from pipelines.stages import clean_one, dedup_one
from pipelines.text.chars import is_cjk

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _article(title: str, paragraphs: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _clean(text: str) -> list[tuple[str, str]]:
    result = dedup_one(clean_one(RawArticle("t.txt", text, "utf-8", len(text.encode()))))
    return [(p.kind, p.text) for p in result.article.paragraphs]


def _bases() -> list[tuple[str, list[str], list[tuple[str, str]]]]:
    """(title, paragraph texts, their clean form) of every layout case whose hand-cleaned
    paragraphs clean to themselves."""
    bases = []
    for case in load_cases():
        title = case.raw.splitlines()[0]
        texts = [text for _kind, text in case.paragraphs]
        if texts and _clean(_article(title, texts)) == case.paragraphs:
            bases.append((title, texts, case.paragraphs))
    return bases


BASES = _bases()


def _break_points(text: str, after_comma: bool) -> list[int]:
    """Offsets to break ``text`` at: right after a comma, or inside a word (between two
    characters of one dictionary word: ``河`` / ``北工会``)."""
    if after_comma:
        return [i + 1 for i, ch in enumerate(text[:-1]) if ch == "，"]
    return [
        i
        for _word, start, end in jieba.tokenize(text, HMM=False)
        for i in range(start + 1, end)
        if is_cjk(text[i - 1]) and is_cjk(text[i])
    ]


@st.composite
def broken_articles(draw):
    title, texts, clean = draw(st.sampled_from(BASES))
    sentences = [i for i, (kind, _) in enumerate(clean) if kind != "heading"]
    texts = list(texts)
    for index in draw(st.sets(st.sampled_from(sentences), min_size=1, max_size=2)):
        text = texts[index]
        points = _break_points(text, after_comma=draw(st.booleans()))
        if not points:
            continue
        at = draw(st.sampled_from(points))
        texts[index] = text[:at] + draw(st.sampled_from(["\n", "\n\n"])) + text[at:]
    return _article(title, texts), clean


def test_the_property_runs_on_most_of_the_layout_set() -> None:
    assert len(BASES) >= 20


@settings(max_examples=400, deadline=None)
@given(broken_articles())
def test_breaking_sentences_across_lines_changes_nothing(example) -> None:
    text, clean = example
    broken = _clean(text)
    assert broken == clean
    body = "".join(t for _, t in clean)
    assert Counter(_FIGURE.findall("".join(t for _, t in broken))) == Counter(_FIGURE.findall(body))
