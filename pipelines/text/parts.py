"""Recognize the parts of a scraped page that are not body text.

Title, subtitle and byline sit at the top; photo credits, captions, chart sources and
reporter sign-offs are scattered through the page. Each rule looks at one line and its
neighbours, never at a particular article.
"""

from __future__ import annotations

import re

from pipelines.text.chars import CJK_PUNCT, ends_sentence
from pipelines.text.lines import Line

# Another paper's reporters on a shared page: 大众日报记者, 经济日报记者, 央视新闻记者.
_MEDIA = r"(?:[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|报|通讯社|电视台|新闻|网))"
_BYLINE = re.compile(
    rf"^[（(]?(本报(特约)?记者|本报通讯员|本报评论员|特约记者|通讯员|{_MEDIA}?记者|新华社记者|本期统筹|统筹|编辑|责任编辑)"
    r"(?!手记|观察|调查|笔记|札记|视点|来信)[：:\s]?[^。！？，]{0,40}?(采访整理|报道|整理)?[)）]?$"
)
# Sign-offs that close a story: the wire dateline (（新华社北京3月12日电）) and the author's
# note (（作者为本报重庆分社记者） / （作者单位：…）), each a whole bracketed line.
_SIGNOFF = re.compile(
    r"^[（(][^。！？，（）()]{0,16}\d{1,2}月\d{1,2}日电[)）]$"
    r"|^[（(](?:新华社|中新社|人民网|央视网?|本报)[^。！？，（）()]{0,12}电[)）]$"
    r"|^[（(]作者(?:为|系|是|单位[：:])[^。！？（）()]{2,40}[)）]$"
    r"|^[（(][^。！？，（）()]{2,20}(?:参与采写|参与采访|参与调研|对本文亦有贡献)[)）]$"
)
_EDITOR_SIGNOFF = re.compile(r"^——\s*(编\s*者|编辑部)$")
# Credits for photos, charts and data: "(摄影 胡小龙)", "制图：汪哲平", "数据来源：…", "张三 摄",
# "王  剑摄（人民视觉）", and the layout credits at the foot of a page ("版式设计：张丹峰").
_CREDIT_AGENCY = r"(?:[（(][^。！？，（）()]{1,12}[)）])?"
_CREDIT = re.compile(
    r"^[（(]\s*(摄影|摄|图片|图|制图|供图|视觉设计)[：:\s]*[^。！？，（）()]{1,40}[)）]$"
    r"|^(摄影|图片|制图|供图|视觉设计|版式设计|版式|美术编辑|美编|责任编辑|本版编辑|责编|校对|"
    r"图表制作|图表设计|设计|资料来源|数据来源|来源)\s*[：:]\s*[^。！？]{1,60}$"
    r"|^[（(]?(资料图片|资料照片|网络图片|图片来源[：:][^。！？]{1,30})[)）]?$"
    r"|^[（(](资料来源|数据来源|案例来源|素材来源|来源)[：:][^。！？（）()]{1,50}[)）]$"
    rf"|^[（(][^。！？，（）()]{{1,30}}(?<![拍航偷抓])\s*(摄|供图|制图|提供)[)）]{_CREDIT_AGENCY}$"
)
# 人民日报 prints some photos of people redrawn as sketches and says so after the credit or
# the caption: ``卢璐摄，AI修饰生成素描画``.
_AI_DRAWING_NOTE = r"(?:[，,]\s*AI(?:修饰)?生成(?:素描画|插画|图片|图像)?)"
_ENDS_WITH_AI_DRAWING_NOTE = re.compile(_AI_DRAWING_NOTE + "$")
# The same credit without brackets (``朱  桦摄``, ``湘农桥社区提供``): also how a sentence
# broken after its verb looks (``…免费提供``), so it counts only where no sentence is open.
_TRAILING_CREDIT = re.compile(
    rf"^[^。！？，、；：“”（）()]{{1,16}}(?<![拍航偷抓])(摄影报道|摄|供图|制图|提供){_CREDIT_AGENCY}"
    rf"{_AI_DRAWING_NOTE}?$"
)
# Markers that only photo captions start with on 人民日报 pages.
_CAPTION_MARKER = re.compile(
    r"^(?:[▲△↑↓←→]\s*\S|图[①-⑳]|图\d{1,2}[：:\s]|(?:上|下|左|右|中|题|封面|本版)图\s*[：:为\s]\S)"
)
# Bullets that mark captions on some pages and list items on others: evidence only
# together with caption wording.
_AMBIGUOUS_MARKER = re.compile(r"^[■●◆◇□○]\s*\S")
# "一、" "十一、" "（一）" "1." "第一部分": a numbered section heading's start.
NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十百]{1,4}、|[（(][一二三四五六七八九十百]{1,4}[)）]"
    r"|[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十百\d]{1,4}(?:部分|章|节|篇))"
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
_CAPTION_START = re.compile(r"^(图为|上图|下图|左图|右图|题图|图[①-⑳\d])")

MAX_CAPTION_CHARS = 40
MAX_HEADING_CHARS = 40


def has_caption_marker(text: str) -> bool:
    """``▲2019年9月，太原市产业工人参加宣讲活动。`` / ``图①：…`` / ``上图为…``."""
    return bool(_CAPTION_MARKER.match(text))


def has_ambiguous_marker(text: str) -> bool:
    return bool(_AMBIGUOUS_MARKER.match(text))


_GAP_THEN_CREDIT = re.compile(
    r"[。！？…”](?:\u3000|\s{2,})+(?P<credit>[^。！？，；：“”]{1,30}" + _AI_DRAWING_NOTE + "?)$"
)


# After the gap a page may print several credits, glued or spaced:
# ``…工程全景。　　资料图片制图：张芳曼　　数据来源：工业和信息化部``.
_GAP_THEN_CREDITS = re.compile(r"[。！？…”](?:\u3000|\s{2,})+(?P<credits>[^。！？]{1,80})$")
_CREDIT_START = re.compile(
    r"(?=资料图片|资料照片|网络图片|(?:制图|数据来源|资料来源|图片来源|摄影|版式设计|责任编辑)[：:])"
)


def ends_with_credit(raw_line: str) -> bool:
    """A caption signed on its own line after a wide gap, as pages print it:
    ``市民在网球场锻炼。“新印1950”曾是老厂区。　　王  剑摄（人民视觉）`` or
    ``两河口算电融合示范项目。　　资料图片``. The gap is the evidence: a sentence broken
    after ``…由企业免费提供`` has none."""
    line = raw_line.rstrip()
    if len(line) > 200:
        return False
    single = _GAP_THEN_CREDIT.search(line)
    if single and is_trailing_credit(re.sub(r"\s", "", single["credit"])):
        return True
    match = _GAP_THEN_CREDITS.search(line)
    if match is None:
        return False
    pieces = [
        re.sub(r"\s", "", piece)
        for gap_part in _WIDE_GAP.split(match["credits"])
        for piece in _CREDIT_START.split(gap_part)
    ]
    pieces = [piece for piece in pieces if piece]
    return bool(pieces) and all(
        is_trailing_credit(piece) or is_photo_credit_line(piece) or is_credit(piece)
        for piece in pieces
    )


# A caption above a photo credit: a paragraph of the story can stand above a stray credit
# too, so only what reads as a caption counts (short, a statement, not a quote).
MAX_CREDITED_CAPTION_CHARS = 80
MAX_LABEL_CHARS = 12
_WIDE_GAP = re.compile(r"(?:\u3000|\s{2,})+")


def looks_like_credited_caption(text: str) -> bool:
    """A caption above its credit line: one to three statements ending in 。, not a
    question, exclamation, quotation or ——list item."""
    sentences = text.count("。")
    return (
        text.endswith("。")
        and len(text) <= MAX_CREDITED_CAPTION_CHARS
        and 1 <= sentences <= 3
        and not any(p in text for p in "？！")
        and not text.startswith(("“", "「", "——", "──"))
    )


# ``4月10日，游客在…观赏樱花。`` / ``近日，…``: how a news photo's caption opens.
_SCENE_OPENING = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前)，")


def reads_as_scene_caption(text: str) -> bool:
    """One short dated sentence describing a scene: a photo caption's form, which only
    counts together with a credit line right under it."""
    return (
        bool(_SCENE_OPENING.match(text))
        and len(text) <= MAX_CAPTION_CHARS
        and text.count("。") == 1
        and text.endswith("。")
    )


def is_caption_label(text: str) -> bool:
    """``文化新空间`` / ``生产“新同事”``: a few words, no punctuation but quotes, not a
    numbered heading."""
    return (
        2 <= len(text) <= MAX_LABEL_CHARS
        and not any(ch in CJK_PUNCT for ch in text if ch not in "“”‘’")
        and text.count("“") == text.count("”")
        and not is_numbered_heading_start(text)
    )


def caption_label(raw_line: str) -> str | None:
    """The label in front of a one-line caption (``文化新空间　　市民…。　　王  剑摄``)."""
    pieces = [p for p in _WIDE_GAP.split(raw_line.strip()) if p]
    if len(pieces) < 3:
        return None
    label = re.sub(r"\s", "", pieces[0])
    return label if is_caption_label(label) else None


def is_numbered_heading_start(text: str) -> bool:
    return bool(NUMBERED.match(text))


def is_numbered_heading(text: str) -> bool:
    """``十一、文化旅游、卫生健康和体育`` / ``（一）…`` with no sentence or clause in it
    (``（一）大力提振消费、提高投资效益，全方…`` is a numbered paragraph's first line)."""
    return (
        is_numbered_heading_start(text)
        and len(text) <= MAX_HEADING_CHARS
        and not any(p in text for p in "。！？；，")
    )


# ``国务院总理  李  强`` under a report's title: an office, a wide gap, then a name.
_OFFICE_SIGNATURE = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,12}(?:总理|主席|委员长|部长|主任|院长|检察长|省长|市长|局长)"
    r"(?:\u3000|\s{2,})[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}\s*$"
)


def is_office_signature(raw_line: str) -> bool:
    return bool(_OFFICE_SIGNATURE.match(raw_line))


# Where a copied page says it came from: ``《人民日报》（2026年04月03日第 01 版）`` after the
# byline or on its own line, or a page header ``人民日报 2026年03月15日 第 04 版``.
_EDITION = (
    r"《?\s*人民日报(?:海外版)?\s*》?\s*(?:[（(]\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"\s*(?:第\s*)?\d{1,2}\s*版\s*[)）]?"
)
_EDITION_LINE = re.compile(rf"^\s*[（(]?{_EDITION}\s*$")
_EDITION_AT_END = re.compile(rf"\s*{_EDITION}\s*$")


# A Markdown archive's metadata block above the article: ``---``, ``title: "…"`` …, ``---``.
_FENCE = re.compile(r"^\s*-{3,}\s*$")
_FIELD = re.compile(r"^\s*[A-Za-z_][\w-]*\s*[:：]")
MAX_FRONT_MATTER_LINES = 40


def front_matter_end(raw_lines: list[str]) -> int:
    """How many lines at the top form a ``---`` fenced block of ``key: value`` fields
    (0 if none): page metadata, not the article."""
    if not raw_lines or not _FENCE.match(raw_lines[0]):
        return 0
    for k in range(1, min(len(raw_lines), MAX_FRONT_MATTER_LINES)):
        if _FENCE.match(raw_lines[k]):
            inner = raw_lines[1:k]
            return k + 1 if inner and all(_FIELD.match(x) for x in inner) else 0
    return 0


_MARKDOWN_TITLE = re.compile(r"^\s{0,3}#\s")
_MARKDOWN_SUBHEADING = re.compile(r"^\s{0,3}#{2,6}\s")


def markdown_title_index(raw_lines: list[str]) -> int:
    """The title's line: the first, unless sub-headings (``### 韧性  探索  活力``, a
    pre-title) stand above a level-one ``# title``."""
    for k, line in enumerate(raw_lines):
        if _MARKDOWN_TITLE.match(line):
            return k
        if not _MARKDOWN_SUBHEADING.match(line):
            return 0
    return 0


# A copied web page's publication metadata, each on a line of its own.
_PUBLICATION_METADATA = re.compile(
    r"^[（(]?(?:原标题|本文来源|文章来源|稿件来源|作者|发布时间|发布日期)\s*[：:]\s*[^。！？（）()]{1,60}[)）]?$"
    r"|^(?:新华社|中新社|本报)[\u4e00-\u9fff]{1,8}\d{1,2}月\d{1,2}日电$"  # a dateline alone
)


def is_edition_citation(text: str) -> bool:
    return bool(_EDITION_LINE.match(text)) or bool(_PUBLICATION_METADATA.match(text))


def without_edition_citation(text: str) -> str:
    """``本报记者  贺  勇《人民日报》（2026年04月03日第 01 版）`` → ``本报记者  贺  勇``."""
    return _EDITION_AT_END.sub("", text)


def is_byline(text: str) -> bool:
    text = without_edition_citation(text)
    return bool(_BYLINE.match(text)) and len(text) <= 60


# Common Chinese surnames. jieba tags only the names it has seen (丁怡婷 yes, 朱珉迕 or
# 盛来运 no), so an author's name alone under the title is also known by its surname;
# no maintained package offers this list, and it is stable.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_PADDED_PAIR = re.compile(r"^\s*\S\s{2,}\S\s*$")


def is_bare_name(text: str, raw_text: str = "") -> bool:
    """``丁怡婷`` / ``朱珉迕`` / ``铁  娟``: two or three Chinese characters that read as a
    personal name — jieba tags them as one, or they are no dictionary word and start
    with a common surname, or (two characters) the page pads them to a name's width.
    Not ``看似`` (a lead's first word broken off) nor ``引  子`` (a label)."""
    if not (2 <= len(text) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in text)):
        return False
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    words = list(jieba.posseg.cut(text))
    if len(words) == 1 and words[0].flag.startswith("nr"):
        return True
    if len(jieba.lcut(text, HMM=False)) == 1:
        return False  # a dictionary word: 看似, 引子, 链接
    return text[0] in _SURNAMES or (len(text) == 2 and bool(_PADDED_PAIR.match(raw_text)))


def is_editor_signoff(text: str) -> bool:
    return bool(_EDITOR_SIGNOFF.match(text))


def is_story_signoff(text: str) -> bool:
    """``（新华社北京3月12日电）`` / ``（作者为本报重庆分社记者）`` on a line of its own."""
    return bool(_SIGNOFF.match(text))


def has_ai_drawing_note(text: str) -> bool:
    """``旅客（左）在杭州东站夜间休息区办理登记，AI修饰生成素描画``: the line describes an
    image redrawn from a photo; no sentence of the story ends on that notice."""
    return bool(_ENDS_WITH_AI_DRAWING_NOTE.search(text))


def is_credit(text: str) -> bool:
    """A whole line that credits a photo, chart or data source (not a sentence about 摄影)."""
    return len(text) <= 70 and bool(_CREDIT.match(text))


def is_trailing_credit(text: str) -> bool:
    return bool(_TRAILING_CREDIT.match(text))


_STOCK_PHOTO_NOTE = re.compile(r"^[（(]?(资料图片|资料照片|网络图片)[)）]?$")


def is_photo_credit_line(text: str) -> bool:
    """A line that can only stand under a photo: ``张三摄`` / ``资料图片``."""
    return is_trailing_credit(text) or bool(_STOCK_PHOTO_NOTE.match(text))


# Photo agencies 人民日报 names after a photographer's credit (``黄洋洋摄（影像中国）``).
_AGENCY_TAG = re.compile(r"摄[（(](?:人民视觉|影像中国|视觉中国|人民图片|新华社发|中新社发)[)）]$")


def is_agency_credit(text: str) -> bool:
    """``黄洋洋摄（影像中国）``: a credit no sentence reads as, even one left open above it."""
    return is_trailing_credit(text) and bool(_AGENCY_TAG.search(text))


def is_separator(text: str) -> bool:
    return bool(_SEPARATOR.match(text))


def is_bracketed_note(text: str) -> bool:
    """``（2026年3月12日第十四届全国人民代表大会第四次会议通过）`` under a law's title: a
    whole line in brackets, not a sentence (bylines and credits are told apart first)."""
    return (
        text.startswith(("（", "("))
        and text.endswith(("）", ")"))
        and len(text) <= 60
        and not any(p in text[1:-1] for p in "（）()。！？")
    )


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


MIN_PRETITLE_CHARS = 6


def header_kind(line: Line, seen_body: bool) -> str | None:
    """What a line right after the title is: 'byline', 'subtitle', 'credit' or None (body).

    A numbered heading (``一、综合``) or a short label (``核心阅读``, ``引子``) under the
    title starts the body; only a descriptive phrase reads as a pre-title or subtitle.
    """
    text = line.text
    if is_byline(text) or is_edition_citation(text):
        return "byline"
    if is_subtitle(text):
        return "subtitle"
    if is_credit(text) or is_trailing_credit(text):
        return "credit"
    if is_bracketed_note(text):
        return "subtitle"  # after credits: （资料图片） is one
    if (
        not seen_body
        and MIN_PRETITLE_CHARS <= len(text) <= 30
        and not is_numbered_heading_start(text)
        and not any(p in text for p in "。！？；，")
        and not (text and text[-1] in CJK_PUNCT)
    ):
        return "pretitle"
    return None
