"""Properties of dedup_paragraphs over real paragraphs: copies go, clean text stays, a fixpoint."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipelines.models import Paragraph
from pipelines.text.dedup import MIN_BLOCK_CHARS, content_key, dedup_paragraphs, sentence_spans

# Clean, distinct real paragraphs: the seed article (raw/hebei_union_five_years.txt) and
# short quotes from 人民日报 corpus articles. Short lines and headings are in on purpose:
# they are what a fragment rule could wrongly eat when a copy lands next to them.
POOL: list[tuple[str, str]] = [
    ("heading", "共奏时代“主旋律”，思想政治引领取得新成就"),
    ("body", "五年的征程砥砺前行、踏浪进击；五年的辉煌戮力同心、奋楫笃行。"),
    ("body", "7月的雄安新区，塔吊林立，机器轰鸣。"),
    (
        "body",
        "一座座民生工程相继兴建，一个个治理项目陆续实施，一处处生态公园建成投用……"
        "雄安新区“日新月异”的背后，是数以万计建设者披星戴月、不分昼夜的奋战。",
    ),
    (
        "body",
        "——深入开展技术攻关、技术交流、技术协作等职工技术创新和“五小”活动，"
        "解决生产技术难题5万多项，实现成果转化1.6万项，获得国家专利2.5万项。",
    ),
    (
        "body",
        "劳动创造幸福，奋斗铸就伟大。五年来，河北各级工会大力弘扬劳模精神、劳动精神、工匠精神，"
        "以不懈奋斗书写新时代新篇章，共同创造新时代幸福生活和美好未来。",
    ),
    ("heading", "共建实事“项目单”，服务职工实现新提升"),
    (
        "body",
        "一把焊枪，改变的不仅仅是职工牛彩良本人，更带来了40名工友的技能提升和30名工友的转岗增收。",
    ),
    (
        "body",
        "五年来，一个征程；五年，一个转折。踏上新征程，河北工会必将一如既往，解放思想、奋发进取。",
    ),
    ("heading", "韧  性"),
    ("body", "——油气供应总体平稳有序。"),
    ("heading", "个人事迹精选"),
    ("body", "★曹宇轩"),
    ("body", "今年以来，我国积极应对突发事件影响，能源系统韧性充分彰显，能源供应得到有效保障。"),
]

clean_articles = st.lists(st.sampled_from(POOL), min_size=1, max_size=len(POOL), unique=True)


def as_paragraphs(rows: list[tuple[str, str]]) -> list[Paragraph]:
    paragraphs, offset = [], 0
    for kind, text in rows:
        paragraphs.append(Paragraph.contiguous(kind, text, offset))
        offset += len(text) + 1
    return paragraphs


def rows_of(paragraphs: list[Paragraph]) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in paragraphs]


def surely_a_copy(rows: list[tuple[str, str]]) -> bool:
    """The documented limits: a lone heading, or a run this short, is only flagged."""
    if sum(len(content_key(text)) for _, text in rows) < MIN_BLOCK_CHARS:
        return False
    return not (len(rows) == 1 and rows[0][0] == "heading")


@st.composite
def with_pasted_copy(draw, article):
    """The article with a copy of k consecutive paragraphs pasted anywhere after them."""
    k = draw(st.integers(1, len(article)))
    start = draw(st.integers(0, len(article) - k))
    at = draw(st.integers(start + k, len(article)))
    return article[:at] + article[start : start + k] + article[at:], article[start : start + k]


@given(st.data())
@settings(max_examples=200, deadline=None)
def test_pasted_copy_is_removed_and_original_restored(data):
    article = data.draw(clean_articles)
    damaged, copied = data.draw(with_pasted_copy(article))
    assume(surely_a_copy(copied))
    kept, removals = dedup_paragraphs(as_paragraphs(damaged))
    assert rows_of(kept) == article
    assert [r.kind for r in removals if not r.kind.startswith("suspected_")] == [
        "duplicate_block"
    ] * len(copied)


@given(clean_articles)
@settings(deadline=None)
def test_clean_article_comes_out_unchanged(article):
    kept, removals = dedup_paragraphs(as_paragraphs(article))
    assert rows_of(kept) == article
    assert removals == []


# --------------------------------------------------------------------------- idempotence


@st.composite
def stuttered(draw, text):
    """Repeat one enumeration item of the text a few times (跟党走、 → 跟党走、跟党走、…)."""
    items = [i for i, ch in enumerate(text) if ch == "、"]
    if not items:
        return text
    end = draw(st.sampled_from(items)) + 1
    start = max(text.rfind(ch, 0, end - 1) for ch in "、，；：。…") + 1
    return text[:end] + text[start:end] * draw(st.integers(1, 3)) + text[end:]


@st.composite
def sentence_doubled(draw, text):
    start, end = draw(st.sampled_from(sentence_spans(text)))
    return text[:end] + text[start:end] + text[end:]


@st.composite
def damaged_articles(draw):
    """Real paragraphs with scraping damage of every kind, in any combination."""
    rows = list(draw(clean_articles))
    for _ in range(draw(st.integers(0, 4))):
        damage = draw(st.sampled_from(["copy", "stutter", "sentence", "fragment"]))
        index = draw(st.integers(0, len(rows) - 1))
        kind, text = rows[index]
        if damage == "copy":
            rows, _ = draw(with_pasted_copy(rows))
        elif damage == "stutter":
            rows[index] = (kind, draw(stuttered(text)))
        elif damage == "sentence":
            rows[index] = (kind, draw(sentence_doubled(text)))
        else:
            tail = text[-draw(st.integers(1, min(8, len(text)))) :]
            rows.insert(draw(st.integers(0, len(rows))), ("body", tail))
    return rows


@given(damaged_articles())
@settings(max_examples=300, deadline=None)
def test_dedup_is_idempotent(rows):
    once, _ = dedup_paragraphs(as_paragraphs(rows))
    twice, _ = dedup_paragraphs(once)
    assert rows_of(twice) == rows_of(once)


def is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


@given(damaged_articles())
@settings(deadline=None)
def test_every_removal_points_at_its_raw_text(rows):
    raw = "\n".join(text for _, text in rows)
    _, removals = dedup_paragraphs(as_paragraphs(rows))
    for removal in removals:
        span = raw[removal.raw_start : removal.raw_end]
        assert removal.text
        # the span is exact unless an earlier cut (a stutter inside a repeated sentence)
        # lies within it; then it also covers that cut
        assert span[0] == removal.text[0] and span[-1] == removal.text[-1]
        assert is_subsequence(removal.text, span)
