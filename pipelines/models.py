"""Plain data passed between the pipeline stages.

Everything here is a small dataclass with no behaviour beyond bookkeeping, so any
executor (in-process, multiprocess, remote) can pickle it and every stage can be
unit-tested without Dagster.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

# Raw offsets per character: 4-byte ints (articles are capped far below 2**31 chars);
# they are most of an article's pickled size, so 8-byte ones would double it.
RAW_OFFSET_TYPECODE = "i"

PARAGRAPH_KINDS = ("lead", "heading", "body")
REMOVAL_KINDS = (
    "duplicate_block",
    "stray_fragment",
    "phrase_stutter",
    "repeated_sentence",
    "caption",
    "photo_credit",
    "byline",
    "duplicate_article",
)
# Taken out by cleaning (the rest by dedup, or flagged as suspected_* by it).
CLEANING_REMOVAL_KINDS = ("caption", "photo_credit", "byline")


@dataclass
class Paragraph:
    """One paragraph of cleaned text.

    ``raw_map[i]`` is the offset in the decoded raw text of ``text[i]``; it keeps every
    change traceable back to the raw characters even after lines were rejoined,
    whitespace collapsed or a stutter cut out.
    """

    kind: str
    text: str
    raw_map: array = field(repr=False)

    @classmethod
    def contiguous(cls, kind: str, text: str, raw_start: int = 0) -> Paragraph:
        """A paragraph whose characters sit one after another in the raw text."""
        return cls(kind, text, array(RAW_OFFSET_TYPECODE, range(raw_start, raw_start + len(text))))

    @property
    def raw_start(self) -> int:
        return self.raw_map[0] if self.raw_map else 0

    @property
    def raw_end(self) -> int:
        return self.raw_map[-1] + 1 if self.raw_map else 0

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of ``text[start:end]`` (end exclusive)."""
        if start >= end or not self.raw_map:
            pos = self.raw_map[min(start, len(self.raw_map) - 1)] if self.raw_map else 0
            return pos, pos
        return self.raw_map[start], self.raw_map[end - 1] + 1

    def cut(self, start: int, end: int) -> Paragraph:
        """A copy with ``text[start:end]`` removed (offsets follow the text)."""
        raw_map = self.raw_map[:start] + self.raw_map[end:]
        return Paragraph(self.kind, self.text[:start] + self.text[end:], raw_map)


@dataclass(frozen=True)
class Removal:
    """Something taken out of the raw text: what, where (raw offsets) and why."""

    kind: str
    text: str
    raw_start: int
    raw_end: int
    reason: str


@dataclass
class RawArticle:
    """A file from RAW_DIR after decoding. ``error`` set means it was rejected."""

    source_file: str
    text: str | None
    encoding: str | None
    n_bytes: int
    error: str | None = None
    article_id: str | None = None  # content hash of the decoded text, set when readable


@dataclass
class CleanArticle:
    article_id: str
    source_file: str
    encoding: str
    title: str | None
    subtitle: str | None
    byline: str | None
    paragraphs: list[Paragraph]
    removals: list[Removal]
    raw_chars: int = 0


@dataclass
class Fact:
    """One metric fact: a measured number with what it measures, where and when."""

    value: float
    unit: str
    unit_category: str
    qualifier: str | None
    indicator: str | None
    region: str | None
    period: str | None
    section: str | None
    sentence: str
    raw_text: str  # the number expression as written, e.g. "2100多万人次"
    mention_count: int = 1
    quality_flag: str | None = None
    sentences: list[str] = field(default_factory=list)  # provenance of every mention


@dataclass(frozen=True)
class QualityIssue:
    """An input file or fact that needs a person's attention (v_quality_issues)."""

    source_file: str
    article_id: str | None
    stage: str  # decode | clean | dedup | extract | publish
    severity: str  # rejected | flagged
    issue: str
    detail: str
