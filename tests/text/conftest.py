"""Shared fixtures for the text tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipelines.models import Paragraph

REPO = Path(__file__).resolve().parents[2]
SEED_RAW = REPO / "raw" / "hebei_union_five_years.txt"

_HEADER_LINES = 4  # title, subtitle, two byline lines
_SENTENCE_END = ("。", "！", "？", "…", "”")
_MAX_CAPTION_CHARS = 40
_MAX_HEADING_CHARS = 30
_ASCII_TO_FULL_WIDTH = str.maketrans(",;:!?", "，；：！？")


def _lines_with_gaps(raw: str) -> list[tuple[int, str, int]]:
    """(raw offset of the stripped text, stripped text, newlines before it) per non-empty line."""
    lines = []
    newlines_before = 0
    for match in re.finditer(r"[^\n]*\n?", raw):
        line = match.group().rstrip("\n")
        stripped = line.strip()
        if not stripped:
            newlines_before += match.group().count("\n")
            continue
        start = match.start() + len(line) - len(line.lstrip())
        lines.append((start, stripped, newlines_before))
        newlines_before = match.group().count("\n")
    return lines


def _is_mid_article_caption(lines: list[tuple[int, str, int]], index: int) -> bool:
    # In the seed, photo captions stand between two or more blank lines on a side.
    _, text, gap_before = lines[index]
    gap_after = lines[index + 1][2] if index + 1 < len(lines) else 0
    return len(text) <= _MAX_CAPTION_CHARS and max(gap_before, gap_after) >= 3


def _looks_like_heading(text: str) -> bool:
    # Section headings of this article: two short phrases around a comma, no full stop.
    return len(text) <= _MAX_HEADING_CHARS and "，" in text and not text.endswith(_SENTENCE_END)


def stand_in_paragraphs(raw: str, header_lines: int = _HEADER_LINES) -> list[Paragraph]:
    """Split a raw article into paragraphs the crude way (see ``seed_paragraphs_for_dedup``)."""
    lines = _lines_with_gaps(raw)[header_lines:]
    lines = [line for i, line in enumerate(lines) if not _is_mid_article_caption(lines, i)]
    while lines and len(lines[-1][1]) <= _MAX_CAPTION_CHARS:  # captions after the last paragraph
        lines.pop()

    paragraphs: list[Paragraph] = []
    unfinished: Paragraph | None = None
    for start, text, _ in lines:
        text = text.translate(_ASCII_TO_FULL_WIDTH)  # same length: offsets stay valid
        piece = Paragraph.contiguous("body", text, start)
        if unfinished is not None:
            joined_map = unfinished.raw_map + piece.raw_map
            piece = Paragraph("body", unfinished.text + piece.text, joined_map)
            unfinished = None
        if _looks_like_heading(piece.text):
            paragraphs.append(Paragraph("heading", piece.text, piece.raw_map))
        elif piece.text.endswith(_SENTENCE_END):
            paragraphs.append(piece)
        else:
            unfinished = piece
    if unfinished is not None:
        paragraphs.append(unfinished)
    if paragraphs and paragraphs[0].kind == "body":
        paragraphs[0].kind = "lead"
    return paragraphs


@pytest.fixture(scope="session")
def seed_raw_text() -> str:
    return SEED_RAW.read_text(encoding="utf-8")


@pytest.fixture
def seed_paragraphs_for_dedup(seed_raw_text: str) -> list[Paragraph]:
    """The seed article as paragraphs, split by a crude stand-in until the cleaner is wired.

    Blank lines separate paragraphs; a paragraph not ending in 。！？…” is rejoined with
    the next; the title/subtitle/byline lines, photo captions and the short credit and
    caption lines after the last paragraph are skipped; ASCII ,;:!? become full-width.
    """
    return stand_in_paragraphs(seed_raw_text)
