"""Raw article → CleanArticle: the text a careful editor would keep, and a record of the rest."""

from __future__ import annotations

from pipelines.models import CleanArticle, Paragraph, RawArticle, Removal
from pipelines.text import parts
from pipelines.text.chars import ends_sentence
from pipelines.text.decode import article_id_for
from pipelines.text.figures import holds_figure
from pipelines.text.lines import Line, split_lines
from pipelines.text.normalize import normalize_line
from pipelines.text.paragraphs import (
    assign_kinds,
    continues_previous,
    is_heading,
    join_lines,
    stops_mid_phrase,
    usual_gap,
)

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
    # A Markdown archive prints the pre-title as ``### …`` above the ``# title``.
    first = parts.markdown_title_index([line.raw_text for line in lines[:_HEADER_SCAN_LINES]])
    header.subtitle = [_layout_text(line) for line in lines[:first]]
    header.title = _layout_text(lines[first])
    i = first + 1
    while i < min(len(lines), _HEADER_SCAN_LINES):
        line = lines[i]
        kind = parts.header_kind(line, seen_body=False)
        broken_off = i + 1 < len(lines) and continues_previous(line.text, lines[i + 1].text)
        if parts.is_office_signature(line.raw_text):
            kind = "byline"  # the speaker of a report: 国务院总理  李  强
        under_title = i == 1 or (i == 2 and bool(header.subtitle))
        if under_title and parts.is_bare_name(line.text, line.raw_text) and not broken_off:
            kind = "byline"  # a commentary's author, alone under the title (or subtitle)
        if kind == "pretitle" and (
            header.subtitle
            or (header.byline and i > 3)
            or stops_mid_phrase(line.text)
            or broken_off
        ):
            kind = None  # the first line of a lead broken off under the title
        if kind is None:
            break
        if kind == "byline":
            if byline := parts.without_edition_citation(_layout_text(line)):
                header.byline.append(byline)
            removals.append(_removal("byline", line, "byline under the title"))
        elif kind == "credit":
            removals.append(_removal("photo_credit", line, "credit line under the title"))
        else:
            header.subtitle.append(_layout_text(line).lstrip("—─- "))
        i += 1
    return header, i


class _Page:
    """What the body's layout says around each line: its usual paragraph gap, and the
    labels printed inside captions (``文化新空间　　市民在…。　　王  剑摄``)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.usual_gap = usual_gap(lines)
        credited = [line for line in lines if parts.ends_with_credit(line.raw_text)]
        self.caption_labels = {parts.caption_label(line.raw_text) for line in credited} - {None}
        self.doubled_run = _doubled_run(lines)

    def set_apart_before(self, i: int) -> bool:
        """More blank lines above than between the page's paragraphs: a caption's gap."""
        return self.lines[i].blank_before >= 2 and self.lines[i].blank_before > self.usual_gap

    def set_apart_after(self, i: int) -> bool:
        line = self.lines[i]
        last = i == len(self.lines) - 1
        return last or (line.blank_after >= 2 and line.blank_after > self.usual_gap)

    def credit_follows(self, i: int) -> bool:
        if i + 1 >= len(self.lines):
            return False
        # Only the bare form: a bracketed credit (（新华社记者 张三 摄）) also closes a story.
        return parts.is_photo_credit_line(self.lines[i + 1].text)


def _open_sentence(prev: str) -> bool:
    """The kept line before stops mid-sentence (not a heading that needs no full stop)."""
    return bool(prev) and not ends_sentence(prev) and not is_heading(prev)


def _continues(prev: str, text: str) -> bool:
    """``text`` finishes the sentence ``prev`` left open: then it is text, whatever it
    looks like (``…各类产业道路`` / ``820公里。``)."""
    return (
        bool(prev)
        and not ends_sentence(prev)
        and (_open_sentence(prev) or continues_previous(prev, text))
    )


# A verdict: (removal kind, reason, text removed?). A ``suspected_*`` kind keeps the text.
_Verdict = tuple[str, str, bool]


def _strong_furniture(line: Line) -> _Verdict | None:
    """Lines whose wording alone says they are not body text, wherever they stand."""
    text = line.text
    if parts.is_credit(text):
        return "photo_credit", "photo, chart, data-source or layout credit", True
    if parts.is_agency_credit(text):
        return "photo_credit", "photographer's credit with the photo agency's name", True
    if parts.is_editor_signoff(text):
        return "byline", "editor's note signature", True
    if parts.is_story_signoff(text):
        return "byline", "wire dateline or author's note closing the story", True
    if parts.is_edition_citation(text):
        return "byline", "edition citation or publication metadata (原标题：/作者：…)", True
    if parts.is_separator(text):
        return "caption", "decorative separator line", True
    if parts.has_caption_marker(text):
        return "caption", "line starts with a photo-caption marker (▲ 图① 上图…)", True
    if parts.ends_with_credit(line.raw_text):
        return "caption", "photo caption ending with its photographer's credit", True
    if parts.has_ai_drawing_note(text) and not parts.is_trailing_credit(text):
        return "caption", "image caption ending with the AI-drawing notice", True
    return None


def _classify_body_line(
    page: _Page, i: int, kept: list[Line], after_credit: bool, after_furniture: bool = False
) -> _Verdict | None:
    """If line ``i`` is not (or may not be) body text: ``(kind, reason, removed)``."""
    text = page.lines[i].text
    prev = kept[-1].text if kept else ""
    if verdict := _strong_furniture(page.lines[i]):
        return verdict
    if _set_apart_caption(page, i, prev):
        return "caption", "short caption line set apart by blank lines", True
    if _doubled_caption(page, i, not kept or after_furniture):
        return "caption", "photo caption printed twice above the story", True
    continuing = _continues(prev, text)
    if parts.is_trailing_credit(text) and not continuing:
        return "photo_credit", "photographer or source credit (…摄 / …供图)", True
    if parts.is_byline(text):
        if continuing:
            return "suspected_byline", "reads like a byline but ends an open sentence", False
        return "byline", "reporter or editor sign-off line", True
    if continuing:
        return None  # the rest of a broken sentence is text, never a caption
    if page.credit_follows(i) and parts.looks_like_credited_caption(text):
        # The credit words it as a caption. A paragraph of the story can stand above a
        # stray credit too, so it counts only in a block of photos (before the story
        # starts, after other furniture, or set apart), and with a figure only if short.
        short = len(text) <= parts.MAX_CAPTION_CHARS and text.count("。") == 1
        in_photo_block = not kept or after_furniture or page.set_apart_before(i)
        if holds_figure(text) and not parts.caption_by_wording(text) and not short:
            return "suspected_caption", "above a photo credit but holds a figure", False
        # Inside the story the credit alone is no proof; caption wording (图为…) or a
        # caption's dated one-sentence form with no figure makes two pieces of evidence.
        captioned = parts.caption_by_wording(text) or (
            parts.reads_as_scene_caption(text) and not holds_figure(text)
        )
        if not in_photo_block and not captioned:
            return "suspected_caption", "above a photo credit, inside the story", False
        return "caption", "photo caption followed by its credit line", True
    if (
        i + 2 < len(page.lines)
        and parts.is_caption_label(text)
        and parts.looks_like_credited_caption(page.lines[i + 1].text)
        and page.credit_follows(i + 1)
    ):
        if text in page.caption_labels:
            return "caption", "photo group label, also printed inside a caption", True
        return "suspected_caption", "short label right above a credited photo caption", False
    if parts.has_ambiguous_marker(text):
        if parts.caption_by_wording(text.lstrip("■●◆◇□○ ")):
            return "caption", "bullet line worded as a photo caption", True
        if parts.looks_like_caption(text) and not holds_figure(text):
            return "suspected_caption", "short bullet line, maybe a photo caption", False
        return None
    if not parts.looks_like_caption(text):
        return None
    worded = parts.caption_by_wording(text)
    figure = holds_figure(text)
    if page.set_apart_before(i) and (worded or page.set_apart_after(i)):
        if figure and not worded:
            return "suspected_caption", "set apart like a caption but holds a figure", False
        return "caption", "short caption line set apart by blank lines", True
    if after_credit:
        if figure and not worded:
            return "suspected_caption", "after the photo credit but holds a figure", False
        return "caption", "short caption line after the photo credit", True
    if worded:
        return "suspected_caption", "worded like an image caption, set in the text", False
    return None


def _doubled_run(lines: list[Line]) -> set[int]:
    """Lines in a run of two or more pairs, each line printed twice in a row."""
    pairs = {k for k in range(len(lines) - 1) if lines[k].text == lines[k + 1].text}
    run: set[int] = set()
    for k in pairs:
        if k + 2 in pairs or k - 2 in pairs:
            run.update((k, k + 1))
    return run


def _doubled_caption(page: _Page, i: int, before_story: bool) -> bool:
    """``晒纸车间，…焙面上。`` twice, then ``郑村燎草基地…燎草。`` twice, before the story
    starts: a copied page prints each photo's caption twice (run in, then on its own), and
    without a credit both copies are the same line. One line printed twice may be the
    lead pasted again (dedup keeps it once), so only a run of such pairs counts; a line
    holding a figure is never taken as a caption here."""
    text = page.lines[i].text
    return (
        before_story
        and i in page.doubled_run
        and parts.looks_like_credited_caption(text)
        and text.count("。") == 1
        and not holds_figure(text)
    )


def _set_apart_caption(page: _Page, i: int, prev: str) -> bool:
    """A whole short sentence with a wider gap above than between the page's paragraphs
    (photos sit in those gaps) and one below too, or caption wording: a caption even
    between the halves of a broken sentence. Never one holding a figure unless worded as
    a caption, one that reads on from the line before, or the page's last line (which
    may be the only end the open sentence has)."""
    text = page.lines[i].text
    worded = parts.caption_by_wording(text)
    return (
        parts.looks_like_caption(text)
        and ends_sentence(text)
        and page.set_apart_before(i)
        and (page.set_apart_after(i) or worded)
        and i < len(page.lines) - 1
        and (worded or not holds_figure(text))
        and not (prev and continues_previous(prev, text))
    )


def clean_body(lines: list[Line]) -> tuple[list[Paragraph], list[Removal]]:
    """Body lines (everything under the title block) → paragraphs, and what was removed."""
    page = _Page(lines)
    removals: list[Removal] = []
    kept: list[Line] = []
    after_credit = after_furniture = False
    for i in range(len(lines)):
        verdict = _classify_body_line(page, i, kept, after_credit, after_furniture)
        after_furniture = verdict is not None and verdict[2]
        if verdict is None:
            kept.append(lines[i])
            continue
        kind, reason, removed = verdict
        removals.append(_removal(kind, lines[i], reason))
        if not removed:
            kept.append(lines[i])
            continue
        # Captions printed under the last photo follow its credit at the page's foot.
        after_credit = after_credit or (
            kind == "photo_credit" and i >= len(lines) - 8 and lines[i].text.startswith(("（", "("))
        )
    return assign_kinds(join_lines(kept)), removals


def clean_article(raw: RawArticle) -> CleanArticle:
    """Clean one decoded article (``raw.text`` must be set)."""
    assert raw.text is not None, "clean_article needs a decoded article"
    lines = split_lines(raw.text)
    removals: list[Removal] = []
    metadata = parts.front_matter_end([line.raw_text for line in lines])
    for line in lines[:metadata]:
        removals.append(_removal("byline", line, "metadata block (front matter) above the article"))
    lines = lines[metadata:]
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
