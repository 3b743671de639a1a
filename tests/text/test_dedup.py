"""dedup_paragraphs on the seed article and on real sentences: what goes, what must stay."""

from __future__ import annotations

import pytest

from pipelines.models import Paragraph, Removal
from pipelines.text.dedup import dedup_paragraphs

# What the seed's scraping damage looks like, and what the sentence must read after.
SEED_STUTTER_FIXES = {
    "深入车间、深入一线、深入一线、深入一线，": "深入车间、深入一线，",
    "听党话、跟党走、跟党走、跟党走、跟党走。": "听党话、跟党走。",
    "听党话、跟党走、跟党走、跟党走、跟党走的政治责任": "听党话、跟党走的政治责任",
}
SEED_REPEATED_SENTENCE = "书写新时代工会人更加精彩的答卷！"
SEED_FRAGMENT = "好未来。"
# Parallelism and reduplication the article uses on purpose.
SEED_LEGITIMATE = [
    "劳模精神、劳动精神、工匠精神",
    "技术攻关、技术交流、技术协作",
    "一座座",
    "一个个",
    "做实做细做好",
    "走深走实",
    "有力有效有序",
    "推动党的二十大精神入脑入心、走深走实",
]
_FULL_WIDTH = str.maketrans(",;:!?", "，；：！？")


def paragraphs_from(texts: list[str], kinds: list[str] | None = None) -> list[Paragraph]:
    """Paragraphs laid end to end in a pretend raw text, one newline apart."""
    paragraphs, offset = [], 0
    for i, text in enumerate(texts):
        paragraphs.append(Paragraph.contiguous(kinds[i] if kinds else "body", text, offset))
        offset += len(text) + 1
    return paragraphs


def texts(paragraphs: list[Paragraph]) -> list[str]:
    return [p.text for p in paragraphs]


def of_kind(removals: list[Removal], kind: str) -> list[Removal]:
    return [r for r in removals if r.kind == kind]


def expected_seed(paragraphs: list[Paragraph]) -> list[tuple[str, str]]:
    """(kind, text) of the seed as it was written: no fragment, no copy, no stutters."""
    rows = [(p.kind, p.text) for p in paragraphs]
    fragment = [text for _, text in rows].index(SEED_FRAGMENT)
    original_block = rows[fragment - 4 : fragment]
    assert rows[fragment + 1 : fragment + 5] == original_block, "seed fixture changed"
    rows = rows[:fragment] + rows[fragment + 5 :]
    fixes = {**SEED_STUTTER_FIXES, SEED_REPEATED_SENTENCE * 2: SEED_REPEATED_SENTENCE}
    for damaged, fixed in fixes.items():
        hits = [i for i, (_, text) in enumerate(rows) if damaged in text]
        assert len(hits) == 1, damaged
        kind, text = rows[hits[0]]
        rows[hits[0]] = (kind, text.replace(damaged, fixed))
    return rows


@pytest.fixture
def seed_dedup(seed_paragraphs_for_dedup):
    return dedup_paragraphs(seed_paragraphs_for_dedup)


# --------------------------------------------------------------------------- the seed


def test_seed_comes_out_as_written(seed_paragraphs_for_dedup, seed_dedup):
    kept, _ = seed_dedup
    assert [(p.kind, p.text) for p in kept] == expected_seed(seed_paragraphs_for_dedup)


def test_seed_pasted_block_removed_first_copy_kept(seed_paragraphs_for_dedup, seed_dedup):
    kept, removals = seed_dedup
    blocks = of_kind(removals, "duplicate_block")
    assert len(blocks) == 4
    assert blocks[0].text.startswith("2017年，推进产业工人队伍建设改革的大幕徐徐拉开")
    assert blocks[-1].text.startswith("五年的奋勇探索证明，产业工人队伍建设改革的走深走实")
    for removal in blocks:
        assert texts(seed_paragraphs_for_dedup).count(removal.text) == 2
        assert texts(kept).count(removal.text) == 1
        assert "repeats paragraph" in removal.reason


def test_seed_fragment_before_the_copy_removed(seed_dedup):
    kept, removals = seed_dedup
    (fragment,) = of_kind(removals, "stray_fragment")
    assert fragment.text == SEED_FRAGMENT
    assert "left before the pasted copy" in fragment.reason
    assert SEED_FRAGMENT not in texts(kept)
    assert any(p.text.endswith("共同创造新时代幸福生活和美好未来。") for p in kept)


def test_seed_stutters_collapsed_and_sentences_read_right(seed_dedup):
    kept, removals = seed_dedup
    stutters = of_kind(removals, "phrase_stutter")
    assert sorted(r.text for r in stutters) == sorted(
        ["深入一线、深入一线、", "跟党走、跟党走、跟党走、", "跟党走、跟党走、跟党走、"]
    )
    body = "\n".join(texts(kept))
    for fixed in SEED_STUTTER_FIXES.values():
        assert fixed in body
    assert "跟党走、跟党走" not in body
    assert "深入一线、深入一线" not in body


def test_seed_repeated_closing_sentence_printed_once(seed_dedup):
    kept, removals = seed_dedup
    (repeat,) = of_kind(removals, "repeated_sentence")
    assert repeat.text == SEED_REPEATED_SENTENCE
    assert kept[-1].text.endswith("昂扬向上的姿态，书写新时代工会人更加精彩的答卷！")
    assert kept[-1].text.count(SEED_REPEATED_SENTENCE) == 1


def test_seed_removes_nothing_else(seed_dedup):
    _, removals = seed_dedup
    assert sorted(r.kind for r in removals) == sorted(
        ["duplicate_block"] * 4
        + ["stray_fragment"]
        + ["phrase_stutter"] * 3
        + ["repeated_sentence"]
    )


def test_seed_legitimate_parallelism_untouched(seed_paragraphs_for_dedup, seed_dedup):
    kept, _ = seed_dedup
    as_written = "\n".join(text for _, text in expected_seed(seed_paragraphs_for_dedup))
    output = "\n".join(texts(kept))
    for phrase in SEED_LEGITIMATE:
        assert phrase in output
        assert output.count(phrase) == as_written.count(phrase), phrase
    # the same slogan in two different paragraphs, far apart: both kept
    assert sum("推动党的二十大精神入脑入心、走深走实" in p.text for p in kept) == 2


def test_seed_removals_point_at_their_raw_text(seed_raw_text, seed_dedup):
    _, removals = seed_dedup
    for removal in removals:
        raw = seed_raw_text[removal.raw_start : removal.raw_end]
        assert raw.translate(_FULL_WIDTH) == removal.text, removal


def test_seed_output_is_clean_so_second_pass_changes_nothing(seed_dedup):
    kept, _ = seed_dedup
    again, removals = dedup_paragraphs(kept)
    assert [(p.kind, p.text) for p in again] == [(p.kind, p.text) for p in kept]
    assert removals == []


# --------------------------------------------------------------------------- clean text

# Short quotes from 人民日报 articles of the corpus (energy_q1_2026, heilongjiang_union_2026):
# headings, a one-name line and a short dash line, all legitimate.
CLEAN_CORPUS_EXCERPT = [
    ("heading", "韧性  探索  活力"),
    (
        "body",
        "国家能源局27日举行新闻发布会，介绍一季度全国能源形势等情况。"
        "首季能源形势不妨从3个关键词来观察。",
    ),
    ("heading", "韧  性"),
    ("body", "通过稳产、多元化进口、价格临时调控等多种方式确保油气供应平稳有序"),
    ("body", "今年以来，我国积极应对突发事件影响，能源系统韧性充分彰显，能源供应得到有效保障。"),
    ("body", "——油气供应总体平稳有序。"),
    (
        "body",
        "他们以精益求精的匠心和甘于奉献的担当，生动诠释了“身在最北方，心向党中央”的坚定信念，"
        "展现了新时代龙江劳动者的精神风貌。",
    ),
    ("heading", "个人事迹精选"),
    ("body", "★曹宇轩"),
]


def test_clean_corpus_excerpt_comes_out_unchanged():
    kinds, lines = zip(*CLEAN_CORPUS_EXCERPT, strict=True)
    paragraphs = paragraphs_from(list(lines), list(kinds))
    kept, removals = dedup_paragraphs(paragraphs)
    assert [(p.kind, p.text) for p in kept] == CLEAN_CORPUS_EXCERPT
    assert removals == []


def test_quotation_repeated_in_the_body_is_kept_and_flagged():
    # union_acftu_centennial_2025: a quote set under the section heading, then again in the body
    quote = (
        "“工会工作讲起来有千条万条，"
        "最根本的一条是把广大职工群众紧密团结在党的周围，为实现党的中心任务而团结奋斗"
    )
    lines = [
        "团结就是力量，团结才能胜利",
        quote + "”",
        "新时代以来，习近平总书记多次就工人阶级和工会工作发表重要讲话、作出重要指示。",
        quote + "。”",
    ]
    kept, removals = dedup_paragraphs(paragraphs_from(lines, ["heading", "body", "body", "body"]))
    assert texts(kept) == lines
    (flag,) = removals
    assert flag.kind == "suspected_duplicate_block"
    assert flag.text == quote + "。”"
    assert "quotation" in flag.reason


# --------------------------------------------------------------------------- stutters


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        (
            "通过深入车间、深入一线、深入一线、深入一线，结合职工实际创新思想政治引领方式方法。",
            "通过深入车间、深入一线，结合职工实际创新思想政治引领方式方法。",
        ),
        (
            "让职工群众在潜移默化中更加坚定听党话、跟党走、跟党走、跟党走、跟党走。",
            "让职工群众在潜移默化中更加坚定听党话、跟党走。",
        ),
        (
            "担负起引领职工群众听党话、跟党走、跟党走、跟党走、跟党走的政治责任。",
            "担负起引领职工群众听党话、跟党走的政治责任。",
        ),
        ("，跟党走､跟党走､跟党走，", "，跟党走，"),  # half-width ideographic comma
    ],
)
def test_enumeration_stutter_collapses_to_one_item(damaged, repaired):
    kept, removals = dedup_paragraphs(paragraphs_from([damaged]))
    assert texts(kept) == [repaired]
    (stutter,) = removals
    assert stutter.kind == "phrase_stutter"
    assert damaged.replace(stutter.text, "", 1) == repaired
    assert (stutter.raw_start, stutter.raw_end) == (
        damaged.index(stutter.text),
        damaged.index(stutter.text) + len(stutter.text),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "推动劳模精神、劳动精神、工匠精神更加深入人心。",
        "深入开展技术攻关、技术交流、技术协作等职工技术创新和“五小”活动。",
        "一座座民生工程相继兴建，一个个治理项目陆续实施，一处处生态公园建成投用。",
        "深入细致地把服务职工工作做实做细做好，推动改革走深走实。",
        "有力有效有序推进产业工人队伍建设改革向纵深突破。",
        "我们天天都在想，常常讨论到深夜。",
        "这是他的的确确做到了的事，他说了了解情况再定。",
        "协助外卖、出租车、房地产行业建立工会，发展新能源汽车、汽车零部件产业。",
        "两地分别完成培训1.5万、5万人次。",
        "五年来，一个征程；五年，一个转折。",
    ],
)
def test_legitimate_parallelism_is_not_touched(sentence):
    kept, removals = dedup_paragraphs(paragraphs_from([sentence]))
    assert texts(kept) == [sentence]
    assert removals == []


def test_two_copies_glued_to_more_text_are_only_flagged():
    # 跟党走、跟党走的 is surely a stutter, but 汽车、汽车零部件 has the same shape
    sentence = "引领职工群众听党话、跟党走、跟党走的政治责任。"
    kept, removals = dedup_paragraphs(paragraphs_from([sentence]))
    assert texts(kept) == [sentence]
    assert [r.kind for r in removals] == ["suspected_phrase_stutter"]


def test_phrase_repeated_without_separator_is_only_flagged():
    sentence = "让职工群众更加坚定听党话跟党走跟党走。"
    kept, removals = dedup_paragraphs(paragraphs_from([sentence]))
    assert texts(kept) == [sentence]
    assert [(r.kind, r.text) for r in removals] == [("suspected_phrase_stutter", "跟党走跟党走")]


# --------------------------------------------------------------------------- sentences


def test_sentence_printed_twice_in_a_row_is_printed_once():
    sentence = "劳动创造幸福，奋斗铸就伟大。"
    kept, removals = dedup_paragraphs(
        paragraphs_from([sentence * 2 + "五年来，河北各级工会大力弘扬劳模精神。"])
    )
    assert texts(kept) == [sentence + "五年来，河北各级工会大力弘扬劳模精神。"]
    assert [(r.kind, r.text) for r in removals] == [("repeated_sentence", sentence)]


def test_short_exclamation_repeated_is_rhetoric_and_only_flagged():
    paragraph = "现场职工齐声高喊：加油！加油！"
    kept, removals = dedup_paragraphs(paragraphs_from([paragraph]))
    assert texts(kept) == [paragraph]
    assert [r.kind for r in removals] == ["suspected_repeated_sentence"]


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("激发内生动力。激发内生动力。", "激发内生动力。"),
        ("绿证是什么？绿证是什么？", "绿证是什么？"),
        ("（二）主要预期目标。（二）主要预期目标。", "（二）主要预期目标。"),
        # the copy carries the closing quote the first one lacks: it closes the kept one
        (
            "“安吉白茶讲究一芽一叶，不能用指甲掐。“安吉白茶讲究一芽一叶，不能用指甲掐。”"
            "新加坡游客李婉欣在茶农的指导下，小心采下一片嫩叶。",
            "“安吉白茶讲究一芽一叶，不能用指甲掐。”新加坡游客李婉欣在茶农的指导下，小心采下一片嫩叶。",
        ),
    ],
)
def test_a_short_statement_or_question_pasted_again_in_a_row_is_kept_once(damaged, fixed):
    kept, removals = dedup_paragraphs(paragraphs_from([damaged]))
    assert texts(kept) == [fixed]
    assert [r.kind for r in removals] == ["repeated_sentence"]


def test_two_sentences_pasted_again_in_a_row_are_kept_once():
    run = (
        "方太集成烹饪中心，凭借多功能创新设计市场占有率不断增长……"
        "自2016年以来，中国轻工联共发布11批升级和创新消费品指南，入选产品914个。"
    )
    kept, removals = dedup_paragraphs(paragraphs_from([run + run + "覆盖33个细分领域。"]))
    assert texts(kept) == [run + "覆盖33个细分领域。"]
    assert [(r.kind, r.text) for r in removals] == [("repeated_sentence", run)]


@pytest.mark.parametrize("text", ["是的。是的。", "为什么？为什么？"])
def test_a_very_short_reply_or_question_twice_is_only_flagged(text):
    kept, removals = dedup_paragraphs(paragraphs_from([text]))
    assert texts(kept) == [text]
    assert [r.kind for r in removals] == ["suspected_repeated_sentence"]


def test_same_sentence_in_two_paragraphs_far_apart_is_kept():
    lines = [
        "连续四年开展职工文化精品创作大赛活动，推动党的二十大精神入脑入心、走深走实。",
        "7月的雄安新区，塔吊林立，机器轰鸣。",
        "劳动创造幸福，奋斗铸就伟大。",
        "举办职工诵读活动4.1万场，推动党的二十大精神入脑入心、走深走实。",
    ]
    kept, removals = dedup_paragraphs(paragraphs_from(lines))
    assert texts(kept) == lines
    assert removals == []


# --------------------------------------------------------------------------- blocks, fragments

BLOCK = [
    "2017年，推进产业工人队伍建设改革的大幕徐徐拉开，并迅速在全国推开。",
    "一系列安排部署相继出台，一项项政策措施密集落地，一个个重大项目接踵推进。",
]
BEFORE = "以不懈奋斗书写新时代新篇章，共同创造新时代幸福生活和美好未来。"
AFTER = "五年的奋勇探索证明，产业工人队伍建设改革的走深走实，为广大产业工人前进的道路铺满阳光。"


def test_copy_differing_only_in_punctuation_and_spaces_is_removed():
    near_copy = ["2017年,推进产业工人队伍建设改革的大幕徐徐拉开 并迅速在全国推开", BLOCK[1]]
    kept, removals = dedup_paragraphs(paragraphs_from([BEFORE, *BLOCK, AFTER, *near_copy]))
    assert texts(kept) == [BEFORE, *BLOCK, AFTER]
    assert [r.kind for r in removals] == ["duplicate_block", "duplicate_block"]
    assert removals[0].reason == "repeats paragraph 2 (block paragraphs 2–3)"


def test_fragment_after_the_copy_is_removed_when_it_heads_the_next_paragraph():
    lines = [BEFORE, *BLOCK, AFTER, *BLOCK, "五年的奋勇", "河北是京畿重地。"]
    kept, removals = dedup_paragraphs(paragraphs_from(lines))
    assert texts(kept) == [BEFORE, *BLOCK, AFTER, "河北是京畿重地。"]
    assert [r.kind for r in removals] == ["duplicate_block"] * 2 + ["stray_fragment"]


def test_fragment_that_is_the_tail_of_the_previous_paragraph_is_removed():
    kept, removals = dedup_paragraphs(paragraphs_from([BEFORE, "好未来。", AFTER]))
    assert texts(kept) == [BEFORE, AFTER]
    assert [(r.kind, r.text) for r in removals] == [("stray_fragment", "好未来。")]


def test_short_real_paragraph_next_to_a_copy_is_not_a_fragment():
    lines = [BEFORE, *BLOCK, AFTER, "河北是京畿重地。", *BLOCK]
    kept, removals = dedup_paragraphs(paragraphs_from(lines))
    assert texts(kept) == [BEFORE, *BLOCK, AFTER, "河北是京畿重地。"]
    assert [r.kind for r in removals] == ["duplicate_block"] * 2


def test_heading_that_echoes_the_text_before_a_copy_stays_a_heading():
    lines = [BEFORE, *BLOCK, AFTER, "美好未来", *BLOCK]
    kinds = ["body", "body", "body", "body", "heading", "body", "body"]
    kept, removals = dedup_paragraphs(paragraphs_from(lines, kinds))
    assert [(p.kind, p.text) for p in kept] == [*zip(kinds, lines, strict=True)][:5]
    # removals come in raw order: the flag on the heading first
    assert [r.kind for r in removals] == ["suspected_stray_fragment"] + ["duplicate_block"] * 2


def test_lone_short_line_seen_twice_is_only_flagged():
    lines = ["个人事迹精选", BEFORE, "个人事迹精选", AFTER]
    kept, removals = dedup_paragraphs(
        paragraphs_from(lines, ["heading", "body", "heading", "body"])
    )
    assert texts(kept) == lines
    assert [r.kind for r in removals] == ["suspected_duplicate_block"]


def test_paragraph_made_only_of_earlier_sentences_is_flagged():
    first, second = (
        "劳动创造幸福，奋斗铸就伟大。",
        "五年来，河北各级工会大力弘扬劳模精神、劳动精神、工匠精神。",
    )
    lines = [first + second, AFTER, second + first]
    kept, removals = dedup_paragraphs(paragraphs_from(lines))
    assert texts(kept) == lines
    assert [(r.kind, r.text) for r in removals] == [("suspected_duplicate_block", lines[2])]


def test_short_paragraph_echoing_a_whole_clause_is_only_flagged():
    # a clause said again on its own line may be an echo on purpose; 好未来 is cut mid-word
    lines = ["劳动创造幸福，奋斗铸就伟大。", "奋斗铸就伟大。", AFTER]
    kept, removals = dedup_paragraphs(paragraphs_from(lines))
    assert texts(kept) == lines
    assert [r.kind for r in removals] == ["suspected_stray_fragment"]


def test_pasted_block_opening_with_a_quote_used_twice_goes_as_one_block():
    # union_acftu_centennial_2025 layout: the quote under the heading, again in the body,
    # then a …… separator; the paste repeats the body quote, the separator and what follows
    quote = "“工会工作讲起来有千条万条，最根本的一条是把广大职工群众紧密团结在党的周围"
    article = [
        ("heading", "团结就是力量，团结才能胜利"),
        ("body", quote + "”"),
        ("body", "新时代以来，习近平总书记多次就工人阶级和工会工作发表重要讲话、作出重要指示。"),
        ("body", quote + "。”"),
        ("body", "…………"),
        (
            "body",
            "团结就是力量，团结才能胜利。全面建设社会主义现代化国家，必须充分发挥亿万人民的创造伟力。",
        ),
    ]
    # the paste starts mid-sentence: 重要指示。 is the tail of the paragraph before its source
    pasted = [*article, ("body", "重要指示。"), *article[3:]]
    kinds, lines = zip(*pasted, strict=True)
    kept, removals = dedup_paragraphs(paragraphs_from(list(lines), list(kinds)))
    assert [(p.kind, p.text) for p in kept] == article
    assert [r.kind for r in removals] == [
        "suspected_duplicate_block",  # the body quote repeating the one under the heading
        "stray_fragment",
        "duplicate_block",
        "duplicate_block",
        "duplicate_block",
    ]


# Stuttered clauses and pasted paragraphs in real 人民日报 text (layout set excerpts).
@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "有外商感慨，有外商感慨，中国商人“鼻子太灵”。",
            "有外商感慨，中国商人“鼻子太灵”。",
        ),
        (
            "议大事、聚众智、绘新篇，议大事、聚众智、绘新篇，十四届全国人大四次会议圆满完成各项议程。",
            "议大事、聚众智、绘新篇，十四届全国人大四次会议圆满完成各项议程。",
        ),
        (
            "日前，日前，日前，国家发展改革委下达2025年度以工代赈中央预算内投资50亿元。",
            "日前，国家发展改革委下达2025年度以工代赈中央预算内投资50亿元。",
        ),
    ],
)
def test_a_clause_printed_again_in_a_row_is_kept_once(damaged, fixed):
    kept, removals = dedup_paragraphs(paragraphs_from([damaged]))
    assert texts(kept) == [fixed]
    assert [r.kind for r in removals] == ["phrase_stutter"]


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "一年来，一年来，我国经济顶压前行、展现强大韧性。",
            "一年来，我国经济顶压前行、展现强大韧性。",
        ),
        ("如今，如今，民营企业数量占企业总数92%以上。", "如今，民营企业数量占企业总数92%以上。"),
        ("据介绍，据介绍，《报告》共5万余字。", "据介绍，《报告》共5万余字。"),
        (
            "近年来，近年来，青岛着力推进养老服务项目建设。",
            "近年来，青岛着力推进养老服务项目建设。",
        ),
        (
            "正文共7章。在长沙，在长沙，市、区两级财政按1∶1比例进行奖补。",
            "正文共7章。在长沙，市、区两级财政按1∶1比例进行奖补。",
        ),
    ],
)
def test_a_time_place_or_source_opener_said_twice_is_a_stutter(damaged, fixed):
    kept, removals = dedup_paragraphs(paragraphs_from([damaged]))
    assert texts(kept) == [fixed]
    assert [r.kind for r in removals] == ["phrase_stutter"]


@pytest.mark.parametrize(
    "text",
    [
        "种得好，种得好，又卖得好。",  # not an opener: rhetoric or a stutter, only flagged
        "他连声说：近日，近日，就在近日。",  # an opener word, but not opening a sentence
    ],
)
def test_a_short_clause_twice_that_opens_no_sentence_is_only_flagged(text):
    kept, removals = dedup_paragraphs(paragraphs_from([text]))
    assert texts(kept) == [text]
    assert [r.kind for r in removals] == ["suspected_phrase_stutter"]


def test_short_clause_twice_and_parallel_clauses_stay():
    text = "走啊，走啊，有的城市胜在科创引领，有的突出制造支撑，有的依靠区域联动。"
    kept, removals = dedup_paragraphs(paragraphs_from([text]))
    assert texts(kept) == [text]
    assert [r.kind for r in removals] == ["suspected_phrase_stutter"]


def test_a_paragraph_pasted_right_under_itself_goes_whatever_its_place():
    first = "完整产业体系带来的产品竞争力，并非变压器产业独有。"
    last = "产业竞争不能单打独斗。"
    kept, removals = dedup_paragraphs(
        paragraphs_from([first, first, last, last], ["lead", "body", "body", "body"])
    )
    assert texts(kept) == [first, last]
    assert [r.kind for r in removals] == ["duplicate_block", "duplicate_block"]
