"""Raw article → CleanArticle: the text a careful editor would keep, and a record of the rest."""

from __future__ import annotations

from pipelines.models import CleanArticle, Paragraph, RawArticle, Removal
from pipelines.text import parts
from pipelines.text.decode import article_id_for
from pipelines.text.lines import Line, split_lines
from pipelines.text.normalize import normalize_line
from pipelines.text.paragraphs import assign_kinds, continues_previous, join_lines

_HEADER_SCAN_LINES = 8  # title block: title, pre-title, subtitle, bylines, credits


def _layout_text(line: Line) -> str:
    return normalize_line(line.raw_text, 0, keep_layout=True)[0]


def _removal(kind: str, line: Line, reason: str) -> Removal:
    return Removal(kind, line.text, line.raw_start, line.raw_end, reason)


class _Header:
    def __init__(self) -> None:
        self.title: str | None = None
        self.subtitle: list[str] = []
        self.byline: list[str] = []


def _split_header(lines: list[Line], removals: list[Removal]) -> tuple[_Header, int]:
    """Take title, subtitle and bylines off the top; return the index of the first body line."""
    header = _Header()
    if not lines:
        return header, 0
    header.title = _layout_text(lines[0])
    i = 1
    while i < min(len(lines), _HEADER_SCAN_LINES):
        line = lines[i]
        kind = parts.header_kind(line, seen_body=False)
        if kind == "pretitle" and (header.subtitle or (header.byline and i > 3)):
            kind = None
        if kind is None:
            break
        if kind == "byline":
            header.byline.append(_layout_text(line))
            removals.append(_removal("byline", line, "byline under the title"))
        elif kind == "credit":
            removals.append(_removal("photo_credit", line, "credit line under the title"))
        else:
            header.subtitle.append(_layout_text(line).lstrip("—─- "))
        i += 1
    return header, i


def _classify_body_line(
    lines: list[Line], i: int, kept: list[Line], after_credit: bool
) -> tuple[str, str] | None:
    """If line ``i`` is not body text, return ``(removal kind, reason)``."""
    line = lines[i]
    text = line.text
    if parts.is_credit(text):
        return "photo_credit", "photo, chart or data-source credit"
    if parts.is_byline(text):
        return "byline", "reporter or editor sign-off line"
    if parts.is_editor_signoff(text):
        return "byline", "editor's note signature"
    if parts.is_separator(text):
        return "caption", "decorative separator line"
    if not parts.looks_like_caption(text):
        return None
    prev = kept[-1].text if kept else ""
    if prev and parts.ends_mid_clause(prev) and i == len(lines) - 1:
        return None  # nothing after it could finish the sentence: it is the continuation
    isolated = line.blank_before >= 2 and (line.blank_after >= 2 or i == len(lines) - 1)
    if isolated:
        return "caption", "short caption line set apart by blank lines"
    if after_credit:
        return "caption", "short caption line after the photo credit"
    if kept and continues_previous(kept[-1].text, text):
        return None  # the second half of a broken sentence (``河`` / ``北工会故事…``)
    if prev and (
        parts.ends_mid_clause(prev)
        or (parts.is_unfinished(prev) and len(prev) > parts.MAX_HEADING_CHARS)
    ):
        return "caption", "short caption line inside a broken paragraph"
    if parts.caption_by_wording(text):
        return "caption", "short line worded as an image caption"
    return None


def clean_body(lines: list[Line]) -> tuple[list[Paragraph], list[Removal]]:
    """Body lines (everything under the title block) → paragraphs, and what was removed."""
    removals: list[Removal] = []
    kept: list[Line] = []
    after_credit = False
    for i in range(len(lines)):
        verdict = _classify_body_line(lines, i, kept, after_credit)
        if verdict is None:
            kept.append(lines[i])
            continue
        kind, reason = verdict
        removals.append(_removal(kind, lines[i], reason))
        after_credit = after_credit or (kind == "photo_credit" and i >= len(lines) - 8)
    return assign_kinds(join_lines(kept)), removals


def clean_article(raw: RawArticle) -> CleanArticle:
    """Clean one decoded article (``raw.text`` must be set)."""
    assert raw.text is not None, "clean_article needs a decoded article"
    lines = split_lines(raw.text)
    removals: list[Removal] = []
    header, start = _split_header(lines, removals)
    paragraphs, body_removals = clean_body(lines[start:])
    removals = sorted(removals + body_removals, key=lambda r: (r.raw_start, r.raw_end))
    return CleanArticle(
        article_id=raw.article_id or article_id_for(raw.text),
        source_file=raw.source_file,
        encoding=raw.encoding or "",
        title=header.title,
        subtitle=" ".join(header.subtitle) or None,
        byline=" ".join(header.byline) or None,
        paragraphs=paragraphs,
        removals=removals,
        raw_chars=len(raw.text),
    )


def render_article(article: CleanArticle) -> str:
    """The cleaned article as plain text in the raw layout (title block, blank-line paragraphs)."""
    head = [article.title or ""]
    if article.subtitle:
        head.append("——" + article.subtitle)
    if article.byline:
        head.append(article.byline)
    return "\n".join(head) + "\n\n" + "\n\n".join(p.text for p in article.paragraphs) + "\n"
