"""Fuzzing the per-article chain clean → dedup → extract with random Chinese news-like text.

The text is built from real pieces (Chinese words, numbers as newspapers write them,
ASCII and full-width punctuation, line breaks), so the generator reaches the code paths
real articles take, not only the "no Chinese at all" early exits.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines import stages
from pipelines.models import RawArticle
from pipelines.text.decode import article_id_for
from pipelines.text.normalize import normalize_text

WORDS = [
    "河北", "全省", "工会", "职工", "累计", "开展", "培训", "覆盖", "建成", "劳动公园",
    "同比增长", "下降", "其中", "今年以来", "五年来", "本报记者", "张三", "摄", "图为",
    "石家庄市", "雄安新区", "国家统计局", "数据显示", "农民工", "就业岗位", "万元",
    "亿元", "人次", "家企业", "个项目", "的", "了", "和", "在", "是", "第一季度",
    "2023年", "上半年", "GDP", "CPI", "共奏时代主旋律", "思想政治引领取得新成就",
    "——", "★", "附件", "责任编辑", "www.example.com", "news@example.cn",
]  # fmt: skip
NUMBERS = [
    "2.5万", "3,200", "百分之六", "12%", "1.5亿元", "两万万余", "898家", "4.1万场",
    "110个", "35万人次", "0.3个百分点", "1/3", "三成", "十三", "2024", "7月", "-5",
    "１２３", "１０％", "3.", ".5", "1,2,3", "0", "100000000000000000000",
]  # fmt: skip
PUNCT = [*"，。、；：！？“”‘’（）《》…—,.;:!?()\"'-/·%", "……", "——"]
SPACES = ["\n", "\n\n", "\n\n\n", " ", "  ", "\u3000", "\t", "\r\n"]

pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NUMBERS),
    st.integers(min_value=-(10**6), max_value=10**9).map(str),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
    st.sampled_from(PUNCT),
    st.sampled_from(SPACES),
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=6),
)
articles = st.lists(pieces, min_size=0, max_size=120).map("".join)

_WS = re.compile(r"\s+")
# Joining two lines can put an ASCII mark next to Chinese for the first time, and then it
# becomes full-width (``,`` alone on a line → ``，`` once joined): compare modulo that.
_WIDTH = str.maketrans(",:;!?().", "，：；！？（）。")


def _squash(text: str) -> str:
    """Whitespace removed and ASCII punctuation folded to full width."""
    return _WS.sub("", text).translate(_WIDTH)


def _without(text: str, removals) -> str:
    """``text`` with the raw spans of ``removals`` blanked out (by a line break)."""
    chars = list(text)
    for r in removals:
        for k in range(r.raw_start, min(r.raw_end, len(chars))):
            chars[k] = "\n" if k == r.raw_start else ""
    return "".join(chars)


def _run_chain(text: str):
    raw = RawArticle("fuzz.txt", text, "utf-8", len(text.encode()), article_id=article_id_for(text))
    cleaned = stages.clean_one(raw)
    deduped = stages.dedup_one(cleaned)
    facts = stages.facts_one(deduped)
    return cleaned, deduped, facts


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_chain_never_fails_and_keeps_provenance(text: str) -> None:
    cleaned, deduped, facts = _run_chain(text)

    issues = [*cleaned.issues, *deduped.issues, *facts.issues]
    failed = [i for i in issues if i.stage in ("clean", "dedup", "extract") and "failed" in i.issue]
    assert not failed, failed
    assert cleaned.article is not None

    normalized = _squash(normalize_text(text))
    for stage in (cleaned, deduped):
        article = stage.article
        # A caption line between the halves of a broken sentence is cut out and the
        # halves rejoined (by design), and dedup cuts stutters out of a paragraph: the
        # paragraph is a substring of the input once those recorded removals are gone.
        kept = _squash(normalize_text(_without(text, article.removals)))
        for p in article.paragraphs:
            assert _squash(p.text) in normalized or _squash(p.text) in kept, (p.text, kept)
            assert len(p.raw_map) == len(p.text)
            assert list(p.raw_map) == sorted(set(p.raw_map)), "raw offsets must increase"
            assert all(0 <= off < len(text) for off in p.raw_map)

    for fact in facts.facts:
        assert fact.raw_text in fact.sentence, fact


# Sentences shaped like the ones facts come from, so extraction really runs.
REGIONS = ["河北", "石家庄市", "全省", "全国", "雄安新区", ""]
INDICATORS = ["累计培训职工", "新增就业岗位", "建成劳动公园", "GDP同比增长", "实现成果转化", ""]
UNITS = ["万人次", "个", "家", "%", "亿元", "项", "期", "元", ""]
fact_sentences = st.tuples(
    st.sampled_from(REGIONS),
    st.sampled_from(INDICATORS),
    st.sampled_from(NUMBERS) | st.integers(min_value=0, max_value=10**7).map(str),
    st.sampled_from(UNITS),
    st.sampled_from(["，", "。", "；", ",", ".", "！", "\n", ""]),
).map("".join)
fact_articles = st.tuples(
    st.sampled_from(["河北工会五年工作回眸", "", "GDP"]),
    st.lists(fact_sentences, min_size=1, max_size=40).map("".join),
).map(lambda t: f"{t[0]}\n\n{t[1]}\n")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fact_articles)
def test_fact_dense_text_never_fails(text: str) -> None:
    cleaned, deduped, facts = _run_chain(text)
    issues = [*cleaned.issues, *deduped.issues, *facts.issues]
    assert not [i for i in issues if "failed" in i.issue], issues
    sentences = "".join(p.text for p in deduped.article.paragraphs)
    for fact in facts.facts:
        assert fact.raw_text in fact.sentence, fact
        assert all(s in sentences for s in fact.sentences), fact


# Any Unicode at all (no lone surrogates: no decoder produces them).
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_arbitrary_unicode_never_fails(text: str) -> None:
    cleaned, deduped, facts = _run_chain(text)
    issues = [*cleaned.issues, *deduped.issues, *facts.issues]
    assert not [i for i in issues if "failed" in i.issue], issues
