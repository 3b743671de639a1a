"""Recognize the parts of a scraped page that are not body text.

Title, subtitle and byline sit at the top; photo credits, captions, chart sources and
reporter sign-offs are scattered through the page. Each rule looks at one line and its
neighbours, never at a particular article.
"""

from __future__ import annotations

import re

from pipelines.text.chars import CJK_PUNCT, ends_sentence
from pipelines.text.lines import Line

_BYLINE = re.compile(
    r"^[（(]?(本报(特约)?记者|本报通讯员|本报评论员|特约记者|通讯员|记者|新华社记者|本期统筹|统筹|编辑|责任编辑)"
    r"[：:\s]?[^。！？，]{0,40}?(采访整理|报道|整理)?[)）]?$"
)
_EDITOR_SIGNOFF = re.compile(r"^——\s*(编\s*者|编辑部)$")
# Credits for photos, charts and data: "(摄影 胡小龙)", "制图：汪哲平", "数据来源：…", "张三 摄".
_CREDIT = re.compile(
    r"^[（(]\s*(摄影|摄|图片|图|制图|供图|视觉设计)[：:\s]*[^。！？，（）()]{1,40}[)）]$"
    r"|^(摄影|图片|制图|供图|视觉设计|资料来源|数据来源|来源)\s*[：:]\s*[^。！？]{1,60}$"
    r"|^[（(]?[^。！？，（）()]{1,30}\s*(摄|供图|制图)[)）]?$"
)
_SEPARATOR = re.compile(r"^[\s…—\-=*·~～.。■□◆◇●○★☆]+$")
# How captions often end: a scene named without a verb.
_CAPTION_ENDINGS = (
    "现场",
    "仪式",
    "合影",
    "一角",
    "留影",
    "全景",
    "远眺",
    "鸟瞰",
    "夜景",
    "风貌",
    "掠影",
)
_CAPTION_START = re.compile(r"^(图为|上图|下图|左图|右图|图[①-⑳\d])")

MAX_CAPTION_CHARS = 40
MAX_HEADING_CHARS = 40


def is_byline(text: str) -> bool:
    return bool(_BYLINE.match(text)) and len(text) <= 60


def is_editor_signoff(text: str) -> bool:
    return bool(_EDITOR_SIGNOFF.match(text))


def is_credit(text: str) -> bool:
    """A whole line that credits a photo, chart or data source (not a sentence about 摄影)."""
    return len(text) <= 70 and bool(_CREDIT.match(text))


def is_separator(text: str) -> bool:
    return bool(_SEPARATOR.match(text))


def is_subtitle(text: str) -> bool:
    # ``——河北工会五年工作回眸``; a ``——…`` line that ends a sentence is a list item.
    return text.startswith(("——", "──", "--")) and len(text) <= 60 and not ends_sentence(text)


def looks_like_caption(text: str) -> bool:
    """Shape of an image caption: one short sentence with no comma, or a bare noun phrase."""
    if len(text) > MAX_CAPTION_CHARS or any(p in text for p in "，；：？！“"):
        return False
    body = text.rstrip("。")
    return "。" not in body and len(body) >= 4


def caption_by_wording(text: str) -> bool:
    body = text.rstrip("。")
    return bool(_CAPTION_START.match(text)) or body.endswith(_CAPTION_ENDINGS)


def is_unfinished(text: str) -> bool:
    """The line stops mid-sentence (no final punctuation), e.g. ``统筹全会力量，``."""
    return not ends_sentence(text)


def ends_mid_clause(text: str) -> bool:
    """Ends on a mark that can never end a paragraph (、，：“（ …) or a function word."""
    # Of the function words only 的 is safe: 作为/参与/方向 end with 为/与/向 legitimately.
    return bool(text) and (
        text[-1] in "，、；：“‘（《—,;:(" or (text[-1] == "的" and text[-2:] != "目的")
    )


def header_kind(line: Line, seen_body: bool) -> str | None:
    """What a line right after the title is: 'byline', 'subtitle', 'credit' or None (body)."""
    text = line.text
    if is_byline(text):
        return "byline"
    if is_subtitle(text):
        return "subtitle"
    if is_credit(text):
        return "credit"
    if (
        not seen_body
        and len(text) <= 30
        and not any(p in text for p in "。！？；，")
        and not (text and text[-1] in CJK_PUNCT)
    ):
        return "pretitle"
    return None
