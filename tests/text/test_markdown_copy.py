"""Articles copied from a Markdown archive of 人民日报 pages (leeperfect/PeopleDailyMaterial
keeps front matter, ``# title``, ``> byline《人民日报》（…）`` and ``### pre-title``): the
markup and metadata go, recorded; the article cleans as its plain-text form does.

Excerpts: 新疆将资源优势转化为高质量发展胜势 (2026-04-03, 第01版) and 三个关键词看首季能源
形势 (2026-04-28, 第08版)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pipelines.models import RawArticle
from pipelines.text.clean import clean_article
from pipelines.text.normalize import normalize_line

BODY = [
    "看不见烟囱冒气，听不到机器轰鸣，只有电流静默无声——新疆克拉玛依的戈壁滩上，庞大的“锅炉房”静静矗立。",
    "目前，新疆已建成42处智能化煤矿，43个智能化综采工作面。",
]
PLAIN = "新疆将资源优势转化为高质量发展胜势\n本报记者  贺  勇  蒋云龙\n" + "\n".join(BODY)
MARKDOWN = (
    '---\ntitle: "新疆将资源优势转化为高质量发展胜势"\ndate: 2026-04-03\n'
    'section: "第01版"\nauthor: "贺  勇  蒋云龙"\n'
    'source_url: "https://paper.people.com.cn/rmrb/pc/content/202604/03/content_30148970.html"\n'
    "---\n\n# 新疆将资源优势转化为高质量发展胜势\n\n"
    "> 本报记者  贺  勇  蒋云龙《人民日报》（2026年04月03日第 01 版）\n\n"
    + "\n\n".join(BODY)
    + "\n"
)


def clean(text: str):
    return clean_article(RawArticle("m.txt", text, "utf-8", len(text.encode())))


def test_the_markdown_copy_cleans_as_the_plain_text_does() -> None:
    plain, markdown = clean(PLAIN), clean(MARKDOWN)
    assert markdown.title == plain.title == "新疆将资源优势转化为高质量发展胜势"
    assert [p.text for p in markdown.paragraphs] == [p.text for p in plain.paragraphs] == BODY
    assert markdown.byline.replace(" ", "") == "本报记者贺勇蒋云龙"


def test_front_matter_and_the_edition_citation_are_recorded_removals() -> None:
    removed = clean(MARKDOWN).removals
    reasons = {r.reason for r in removed}
    assert sum(r.reason.startswith("metadata block") for r in removed) == 7
    assert "byline under the title" in reasons
    assert all(MARKDOWN[r.raw_start : r.raw_end] for r in removed)


def test_a_pre_title_above_the_title_is_the_subtitle() -> None:
    text = "### 韧性  探索  活力\n\n# 三个关键词看首季能源形势（经济聚焦）\n\n" + BODY[1]
    article = clean(text)
    assert article.title == "三个关键词看首季能源形势（经济聚焦）"
    assert article.subtitle == "韧性 探索 活力"
    assert [p.text for p in article.paragraphs] == [BODY[1]]


def test_an_edition_citation_on_its_own_line_inside_the_text_goes() -> None:
    text = "标题\n\n" + BODY[0] + "\n\n《人民日报》（2026年04月03日第 01 版）\n\n" + BODY[1]
    article = clean(text)
    assert [p.text for p in article.paragraphs] == BODY
    assert [r.kind for r in article.removals] == ["byline"]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("## 升级传统产业", "升级传统产业"),
        ("**升级传统产业**，“智能化”成为重要抓手", "升级传统产业，“智能化”成为重要抓手"),
        ("- 新疆已建成42处智能化煤矿", "新疆已建成42处智能化煤矿"),
        ("* * *", "* * *"),  # a separator, no Chinese: left to the separator rule
        ("#话题#讨论", "#话题#讨论"),  # no space after #: not a heading mark
        ("-17.5摄氏度", "-17.5摄氏度"),  # a minus sign, not a list bullet
    ],
)
def test_markdown_marks_are_dropped_only_where_they_are_markup(raw: str, text: str) -> None:
    assert normalize_line(raw, 0)[0] == text


@given(st.text(alphabet="#>*-_ 新疆煤矿42。，", max_size=40))
@example("__ ，__新")  # the space dropped before ， closed the emphasis on the second pass
def test_stripping_markup_is_idempotent(line: str) -> None:
    once = normalize_line(line, 0)[0]
    assert normalize_line(once, 0)[0] == once


@pytest.mark.parametrize(
    "line",
    [
        "原标题：40天，全社会跨区域人员流动量94.1亿人次，创历史新高",
        "（本文来源：经济日报）",
        "作者：孔德晨",
        "发布时间：2026-04-17 19:18:15",
        "新华社北京3月5日电",
        "人民日报 2026年03月15日 第 04 版",
    ],
)
def test_publication_metadata_of_a_copied_page_is_a_recorded_removal(line: str) -> None:
    article = clean("标题\n\n" + BODY[0] + "\n\n" + line + "\n\n" + BODY[1])
    assert [p.text for p in article.paragraphs] == BODY
    assert [r.kind for r in article.removals] == ["byline"]


def test_a_sentence_about_an_author_is_text() -> None:
    text = "作者：这部小说写的是一个工人家庭三代人的故事。"
    article = clean("标题\n\n" + text)
    assert [p.text for p in article.paragraphs] == [text]


def test_a_lead_printed_twice_is_kept_once_not_taken_for_doubled_captions() -> None:
    lead = "晒纸车间，非遗代表性传承人正用松针刷将湿宣纸精准贴合在高温焙面上。"
    article = clean("标题\n\n" + lead + "\n\n" + lead + "\n\n" + BODY[1])
    # the cleaner keeps both copies (dedup then keeps one): no caption evidence in one pair
    assert [p.text for p in article.paragraphs] == [lead, lead, BODY[1]]
    assert article.removals == []


def test_another_papers_reporters_are_a_byline() -> None:
    text = (
        "# 从“一朵花”到“一条链”\n\n"
        "> 大众日报记者  赵  琳  蒋  鑫《人民日报》（2026年04月16日第 10 版）\n\n"
    )
    article = clean(text + BODY[1])
    assert article.byline.replace(" ", "") == "大众日报记者赵琳蒋鑫"
    assert [p.text for p in article.paragraphs] == [BODY[1]]
