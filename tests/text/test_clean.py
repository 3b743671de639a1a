"""Cleaning the seed and small real examples: parts separated, lines rejoined, nothing lost."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.models import RawArticle
from pipelines.text.chars import ends_sentence
from pipelines.text.clean import clean_article, clean_body, render_article
from pipelines.text.lines import split_lines
from pipelines.text.paragraphs import should_join


def clean_text(text: str, name: str = "t.txt"):
    return clean_article(RawArticle(name, text, "utf-8", len(text.encode())))


def body_texts(article) -> list[str]:
    return [p.text for p in article.paragraphs]


# --- the seed (issue acceptance 1) -------------------------------------------------------


def test_seed_title_subtitle_byline_are_separated(seed_clean) -> None:
    assert seed_clean.title == "团结引领燕赵职工奋力谱写中国式现代化建设河北篇章"
    assert seed_clean.subtitle == "河北工会五年工作回眸"
    assert "李昱霖" in seed_clean.byline and "田恒海" in seed_clean.byline
    joined = "\n".join(body_texts(seed_clean))
    for not_body in ("本报记者", "本报通讯员", "摄影 胡小龙", "胡小龙", seed_clean.title):
        assert not_body not in joined


def test_seed_captions_and_credit_are_removed_with_offsets(seed_clean, seed_raw) -> None:
    captions = {r.text for r in seed_clean.removals if r.kind == "caption"}
    assert {
        "劳动模范参观在唐山市工人文化宫举办的书法美术展。",
        "2020年全省工会关爱快递员、网约送餐员集中入会仪式现场。",
        "石家庄市的环卫工人在户外劳动者驿站休息。",
        "2021年河北省职工职业技能比赛现场。",
        "邢台市平乡县劳动公园。",
    } <= captions
    assert [r.kind for r in seed_clean.removals].count("photo_credit") == 1
    for r in seed_clean.removals:
        raw_piece = seed_raw.text[r.raw_start : r.raw_end]
        assert re.sub(r"\W", "", raw_piece) == re.sub(r"\W", "", r.text)


def test_seed_paragraphs_end_with_sentence_punctuation_except_headings(seed_clean) -> None:
    for p in seed_clean.paragraphs:
        if p.kind != "heading":
            assert ends_sentence(p.text), p.text


def test_seed_headings_are_the_five_section_titles(seed_clean) -> None:
    headings = [p.text for p in seed_clean.paragraphs if p.kind == "heading"]
    assert [h[:2] for h in headings] == ["共奏", "共筑", "共画", "共建", "共谱"]
    first = next(i for i, p in enumerate(seed_clean.paragraphs) if p.kind == "heading")
    assert all(p.kind == "lead" for p in seed_clean.paragraphs[:first])
    assert first >= 3


def test_seed_normalized_characters_and_punctuation(seed_clean) -> None:
    text = "\n".join(body_texts(seed_clean))
    assert "砥砺" in text and "礪" not in text
    assert not re.search(r"[\u4e00-\u9fff][,:;!?][\u4e00-\u9fff]", text)


def test_seed_broken_lines_are_rejoined(seed_clean) -> None:
    texts = body_texts(seed_clean)

    def one_paragraph_holds(piece: str) -> bool:
        return sum(piece in t for t in texts) >= 1

    assert one_paragraph_holds("让河北工人故事、河北工会故事传遍燕赵大地。")
    assert one_paragraph_holds("改革是推动新时代工运事业创新发展的不竭动力。")
    assert one_paragraph_holds("以不懈奋斗书写新时代新篇章，")
    assert one_paragraph_holds("社会和谐稳定放在心上")
    # The paragraph split by two captions is whole again.
    assert one_paragraph_holds("统筹全会力量，把抓好职工就业服务")


def test_every_paragraph_maps_back_to_raw_text(seed_clean, seed_raw) -> None:
    for p in seed_clean.paragraphs:
        assert len(p.raw_map) == len(p.text)
        for ch, off in zip(p.text, p.raw_map, strict=True):
            raw_ch = seed_raw.text[off]
            assert ch == raw_ch or not ch.isalnum() or ch == "砺", (ch, raw_ch)


# --- rules on small real examples, with negative cases (acceptance 2) -----------------------


def test_real_heading_is_not_joined_to_next_paragraph() -> None:
    assert not should_join(
        "共奏时代“主旋律”，思想政治引领取得新成就", "依托职工书屋，建立13个红色读书社。"
    )


def test_short_line_broken_mid_phrase_is_joined() -> None:
    assert should_join(
        "改革是推动新时代工运事业创新", "发展的不竭动力。五年来，河北各级工会守正创新。"
    )
    assert should_join("让河北工人故事、河", "北工会故事传遍燕赵大地。")


def test_a_figure_cut_from_its_noun_goes_on_but_a_date_opens_a_paragraph() -> None:
    # 人民日报 2026-04-02 第02版: a first paragraph (read as a possible deck) broken before
    # the figure of its last noun
    left = "截至2025年底，合肥累计发布场景机会超1400项，场景能力约1500项，推动落地合作项目"
    assert should_join(left, "超1200项。", opening=True)
    assert not should_join(left, "2025年，全市新增场景机会300项。", opening=True)
    # 人民日报 2026-08-12 第06版: a lead broken inside its last clause, whatever the words
    left = (
        "国家发展改革委、国家能源局近日印发规划，明确到2030年，产供储销体系更加完善，全国大型现代化"
    )
    assert should_join(left, "煤矿产能比重提升至87%。", opening=True)


def test_sentence_mentioning_photography_is_not_a_credit() -> None:
    text = (
        "标题\n\n——接连组织全省职工书法、美术、摄影展，组织举办全省职工足球大赛。\n\n"
        "开展职工诵读4.1万场。\n"
    )
    article = clean_text(text)
    assert any("摄影展" in p.text for p in article.paragraphs)
    assert not [r for r in article.removals if r.kind == "photo_credit"]


def test_credit_lines_in_several_forms_are_removed() -> None:
    text = (
        "标题\n本报记者  韩  鑫\n制图：汪哲平\n正文第一段，建成职工书屋898家。\n"
        "（新华社记者 张三 摄）\n第二段内容在此，职工群众的获得感更加充实。\n"
    )
    article = clean_text(text)
    kinds = sorted(r.kind for r in article.removals)
    assert kinds == ["byline", "photo_credit", "photo_credit"]
    assert article.byline == "本报记者 韩鑫"
    assert body_texts(article) == [
        "正文第一段，建成职工书屋898家。",
        "第二段内容在此，职工群众的获得感更加充实。",
    ]


def test_caption_between_halves_of_a_paragraph() -> None:
    text = (
        "标题\n\n五年来，全省工会统筹全会力量，\n\n\n\n"
        "劳动模范参观在唐山市工人文化宫举办的书法美术展。\n\n\n\n"
        "2020年全省工会关爱快递员、网约送餐员集中入会仪式现场。\n\n"
        "把抓好职工就业服务、促进就业再就业作为职工办实事的具体措施，助推更高质量更充分就业。\n"
    )
    article = clean_text(text)
    assert body_texts(article) == [
        "五年来，全省工会统筹全会力量，"
        "把抓好职工就业服务、促进就业再就业作为职工办实事的具体措施，助推更高质量更充分就业。"
    ]
    assert [r.kind for r in article.removals] == ["caption", "caption"]


def test_short_last_line_after_unfinished_sentence_is_its_end_not_a_caption() -> None:
    text = "标题\n\n五年来，全省工会统筹全会力量，\n\n\n\n把抓好职工就业服务作为具体措施。\n"
    article = clean_text(text)
    assert body_texts(article) == ["五年来，全省工会统筹全会力量，把抓好职工就业服务作为具体措施。"]


def test_short_standalone_paragraph_is_not_a_caption() -> None:
    text = (
        "标题\n从“刀耕火种”到“指尖种田”，云南农业正在改变。\n"
        "这是2026年的春日云南。\n科技赋能，让农业更有奔头。\n"
    )
    assert "这是2026年的春日云南。" in body_texts(clean_text(text))


def test_one_paragraph_per_line_corpus_layout() -> None:
    text = (
        "三个关键词看首季能源形势（经济聚焦）\n本报记者  丁怡婷  王云杉\n韧性  探索  活力\n"
        "能源问题是发展中的战略问题。\n韧  性\n今年以来，我国积极应对突发事件影响。\n"
    )
    article = clean_text(text)
    assert article.subtitle == "韧性 探索 活力"
    assert [(p.kind, p.text) for p in article.paragraphs] == [
        ("lead", "能源问题是发展中的战略问题。"),
        ("heading", "韧性"),
        ("body", "今年以来，我国积极应对突发事件影响。"),
    ]


# --- properties (acceptance 3) -------------------------------------------------------------

PIECES = [
    "全省工会举办“大学习”课堂2.5万期,",
    "累计开展各类诵读活动4.1万场。",
    "共奏时代“主旋律”,思想政治引领取得新成就",
    "建成职工书屋898家",
    "(摄影 胡小龙)",
    "本报记者 李昱霖",
    "邢台市平乡县劳动公园。",
    "改革是推动新时代工运事业创新",
    "发展的不竭动力。",
    "同比增长3.5%!",
    "栉风沐雨砥礪行",
    "\n",
    "\n\n",
    "\n\n\n\n",
    " ",
    "，",
    ",",
    "、",
]
article_text = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def clean_body_text(text: str) -> list[tuple[str, str]]:
    paragraphs, _removals = clean_body(split_lines(text))
    return [(p.kind, p.text) for p in paragraphs]


@settings(max_examples=300, deadline=None)
@given(article_text)
def test_cleaning_is_idempotent(text: str) -> None:
    # The body: which line is a title or pre-title is a guess from position, so the
    # round trip is checked on what sits under the title block.
    once = clean_body_text(text)
    twice = clean_body_text("\n\n".join(t for _, t in once))
    assert twice == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_cleaning_never_raises_on_arbitrary_unicode(text: str) -> None:
    clean_text(text)


@settings(max_examples=200, deadline=None)
@given(article_text)
def test_cleaning_never_loses_a_digit_of_the_body(text: str) -> None:
    article = clean_text("标题\n\n" + text)
    header = [article.title or "", article.subtitle or ""]  # bylines are also removals
    # suspected_* rows flag text that is still in the body: not counted twice
    removed = [r.text for r in article.removals if not r.kind.startswith("suspected_")]
    kept = "".join(body_texts(article) + header + removed)
    assert sorted(re.findall(r"\d", kept)) == sorted(re.findall(r"\d", text))


def test_seed_round_trip_is_stable(seed_clean) -> None:
    again = clean_text(render_article(seed_clean))
    assert body_texts(again) == body_texts(seed_clean)
    assert again.title == seed_clean.title and again.subtitle == seed_clean.subtitle


def test_gb18030_copy_of_the_seed_cleans_identically(seed_clean, seed_raw, tmp_path) -> None:
    from pipelines.text.decode import read_article

    path = tmp_path / "seed_gb.txt"
    path.write_bytes(seed_raw.text.encode("gb18030"))
    gb = read_article(path)
    assert gb.encoding == "gb18030"
    gb_clean = clean_article(gb)
    assert gb_clean.article_id == seed_clean.article_id
    assert [(p.kind, p.text) for p in gb_clean.paragraphs] == [
        (p.kind, p.text) for p in seed_clean.paragraphs
    ]


# --- issue 14: removal needs positive evidence ------------------------------------------


def test_caption_markers_remove_the_line_wherever_it_stands() -> None:
    text = (
        "标题\n\n全省开展宣讲活动，\n▲2019年9月，太原市产业工人参加宣讲活动。\n"
        "覆盖职工120万人次。\n\n↑工人在车间作业。\n\n图②：新建的职工书屋。\n"
    )
    article = clean_text(text)
    assert body_texts(article) == ["全省开展宣讲活动，覆盖职工120万人次。"]
    assert [r.kind for r in article.removals] == ["caption"] * 3


def test_a_tail_with_a_figure_set_apart_is_kept_and_flagged() -> None:
    text = (
        "标题\n\n在监测的339个地级及以上城市中，\n\n\n"
        "空气质量达标的城市超过七成。\n\n\n全年粮食产量71488万吨。\n"
    )
    article = clean_text(text)
    assert body_texts(article)[0].endswith("空气质量达标的城市超过七成。")
    assert not [r for r in article.removals if not r.kind.startswith("suspected_")]


def test_bullets_are_list_items_unless_worded_as_captions() -> None:
    text = (
        "标题\n\n这一年，全省工会办成了几件实事：\n\n"
        "●全省新建职工书屋898家，覆盖职工200万人。\n\n"
        "●新建户外劳动者驿站1200个。\n\n■图为职工在驿站休息。\n"
    )
    article = clean_text(text)
    texts = body_texts(article)
    assert any("898家" in t for t in texts) and any("1200个" in t for t in texts)
    assert [(r.kind, r.text) for r in article.removals] == [("caption", "■图为职工在驿站休息。")]


def test_reference_marks_close_a_paragraph_and_a_numbered_heading_follows() -> None:
    text = (
        "标题\n\n全年研究生教育招生143.8万人。（见图22）\n"
        "十一、文化旅游、卫生健康和体育\n全年国内出游65.2亿人次，比上年增长16.2%。（见图23）\n"
    )
    assert [(p.kind, p.text) for p in clean_text(text).paragraphs] == [
        ("lead", "全年研究生教育招生143.8万人。（见图22）"),
        ("heading", "十一、文化旅游、卫生健康和体育"),
        ("body", "全年国内出游65.2亿人次，比上年增长16.2%。（见图23）"),
    ]


def test_a_byline_shaped_line_inside_an_open_sentence_is_text() -> None:
    text = "标题\n\n正文第一段，据工作人员介绍，\n记者\n在现场看到，职工书屋已有1200家。\n"
    article = clean_text(text)
    assert body_texts(article) == [
        "正文第一段，据工作人员介绍，记者在现场看到，职工书屋已有1200家。"
    ]
    assert [r.kind for r in article.removals] == ["suspected_byline"]


def test_a_decimal_broken_at_its_point_is_one_number_and_a_final_point_a_stop() -> None:
    # 人民日报 2026-01-20: …比重分别达36.8%和17.1%, broken after the point; and lines whose
    # ASCII full stop follows a figure.
    article = clean_article(
        RawArticle(
            "r.txt",
            "中国经济顶压前行\n\n"
            "规模以上装备制造业增加值占规模以上工业增加值的比重分别达36.\n8%和17.1%。\n"
            "全年粮食产量增长1.\n全国规模以上工业增加值增长5.8%。\n",
            "utf-8",
            0,
        )
    )
    assert [p.text for p in article.paragraphs] == [
        "规模以上装备制造业增加值占规模以上工业增加值的比重分别达36.8%和17.1%。",
        "全年粮食产量增长1。",
        "全国规模以上工业增加值增长5.8%。",
    ]


def _clean(text: str):
    return clean_article(RawArticle("r.txt", text, "utf-8", 0))


def test_an_unmarked_caption_over_its_credit_inside_the_story_is_removed_when_worded_or_dated():
    article = _clean(
        "乡村振兴见成效\n\n"
        "今年以来，全县新建高标准农田5.2万亩，粮食产量稳定在30万吨以上。\n\n"
        "图为村民在合作社分拣猕猴桃。\n本报记者 张三摄\n\n"
        "下一步，县里将继续推进产业融合发展，力争农民人均可支配收入增长6%。\n\n"
        "4月10日，游客在公园观赏樱花。\n新华社记者 李四 摄\n\n"
        "全县接待游客120万人次。\n\n"
        "近日，村民在合作社分拣猕猴桃。\n资料图片\n\n"
        "场景是重要且稀缺的创新资源。\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "今年以来，全县新建高标准农田5.2万亩，粮食产量稳定在30万吨以上。",
        "下一步，县里将继续推进产业融合发展，力争农民人均可支配收入增长6%。",
        "全县接待游客120万人次。",
        "场景是重要且稀缺的创新资源。",
    ]
    assert [(r.kind, r.text) for r in article.removals] == [
        ("caption", "图为村民在合作社分拣猕猴桃。"),
        ("photo_credit", "本报记者张三摄"),
        ("caption", "4月10日，游客在公园观赏樱花。"),
        ("photo_credit", "新华社记者李四摄"),
        ("caption", "近日，村民在合作社分拣猕猴桃。"),
        ("photo_credit", "资料图片"),
    ]


def test_a_story_paragraph_over_a_stray_credit_is_kept_and_flagged():
    # neither caption wording nor a dated scene: the credit alone is no proof
    article = _clean(
        "乡村振兴见成效\n\n"
        "今年以来，全县新建高标准农田5.2万亩，粮食产量稳定在30万吨以上。\n\n"
        "村里的合作社越办越红火。\n本报记者 张三摄\n\n"
        "下一步，县里将继续推进产业融合发展。\n"
    )
    assert "村里的合作社越办越红火。" in [p.text for p in article.paragraphs]
    assert ("suspected_caption", "村里的合作社越办越红火。") in [
        (r.kind, r.text) for r in article.removals
    ]


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        # real sentences of the layout set, broken where no heading ends
        ("区域协调发展，重", "在改革，贵在创新。", True),
        ("中国商人“鼻子太灵”，“哪里", "有市场机会，哪里很快就能看到他们的身影”。", True),
        ("今年3月，国家能源局", "核发绿证1.74亿个，同比增长9.39倍。", True),
        # 人民日报 2026-07-14 第10版: a plan period opens a sentence, broken inside a word
        ("“十四五”时期，西藏累计建成高原", "和美村庄1000个，人居环境显著改善。", True),
        # 人民日报 2026-07-17 第11版: a viewpoint opens the sentence (fact_damage, seed 0)
        (
            "从出入境人员构成来看，上半年全省口岸内地居民",
            "出入境76.7万余人次，同比上升9.34%。",
            True,
        ),
        # a heading with a comma stays one
        ("一、攻坚克难促发展，综合国力再上新台阶", "经济总量实现新跨越。", False),
        ("锻造“韧”，做好压舱石", "面对外部环境变化，我国经济顶压前行。", False),
    ],
)
def test_an_unstopped_line_no_heading_reads_like_is_joined(left, right, joined):
    assert should_join(left, right) is joined


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_broken_mid_word_stays_a_heading_over_its_paragraph(gap: str) -> None:
    """Two lines split mid-word, then a blank line: one heading printed over two lines,
    not a sentence under way. Three wrapped lines of running text still read as one."""
    heading = "一年来实施更加积极有为的宏观" + gap + "政策，着力稳定经济运行"
    body = "国务院总理李强5日在政府工作报告中介绍，一年来，实施更加积极有为的宏观政策。"
    article = _clean("标题\n\n第一段文字很长，说明了许多事情。\n\n" + heading + "\n\n" + body)
    assert [(p.kind, p.text) for p in article.paragraphs[1:]] == [
        ("heading", "一年来实施更加积极有为的宏观政策，着力稳定经济运行"),
        ("body", body),
    ]
    # A page that sets paragraphs apart with blank lines wraps one with no blank line.
    wrapped = "一年来，我国经济顶压前行、展现\n强大韧性，经济运行总体\n平稳、稳中有进。"
    article = _clean("标题\n\n第一段文字很长，说明了许多事情。\n\n" + wrapped + "\n\n" + body)
    whole = "一年来，我国经济顶压前行、展现强大韧性，经济运行总体平稳、稳中有进。"
    assert body_texts(article)[1] == whole
    # One paragraph per line and no blank lines: no wrap evidence from the page, but a
    # line opening with a time adverbial (一年来，) reads as a sentence, not a heading.
    article = _clean("标题\n第一段文字很长，说明了许多事情。\n" + wrapped + "\n" + body)
    assert body_texts(article)[1] == whole


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("如今，民营企业", "数量占企业总数92%以上。"),  # an opener clause
        (
            "杨来毅表示，短短几年，苏州湾文化中心人气",
            "持续攀升，已经成为热门文化打卡地。",
        ),  # speaker
        ("在实体卡基础上，雄安新区", "还创新构建“一卡一码一平台”。"),  # a frame of place
        ("经过5个", "多月筹备，休息区正式亮相。"),  # a count without its noun
        ("铝合金门窗、明亮的电梯，每次回到这栋", "簇新的四层小楼。"),  # a demonstrative
    ],
)
def test_a_line_that_reads_as_a_sentence_start_is_joined_over_a_blank_line(left, right):
    article = _clean(f"标题\n\n第一段文字很长，说明了许多事情。\n\n{left}\n\n{right}")
    assert body_texts(article) == ["第一段文字很长，说明了许多事情。", left + right]


def test_a_numbered_heading_wrapped_in_a_blank_line_page_joins_its_second_line():
    page = "标题\n\n第一段文字很长，说明了许多事情。\n\n{}\n\n其次，我们要做好工作。"
    article = _clean(page.format("一、2024年\n工作回顾"))
    assert [(p.kind, p.text) for p in article.paragraphs][1] == ("heading", "一、2024年工作回顾")
    # a heading of its own words over its text, no blank line between: stays a heading
    article = _clean(page.format("一、总体要求\n要坚持稳中求进工作总基调。"))
    assert ("heading", "一、总体要求") in [(p.kind, p.text) for p in article.paragraphs]
