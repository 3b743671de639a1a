"""Article-level behaviour: sections, sentences, regions, periods, merging, flags."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from pipelines.facts import extract_article_facts, extract_sentence
from pipelines.facts.flags import IMPLAUSIBLE_MAGNITUDE, NONSTANDARD_NUMERAL
from pipelines.facts.sentences import split_sentences
from pipelines.models import Paragraph
from tests.growth import assert_linear

HEBEI = [
    Paragraph.contiguous("lead", "全省工会举办“大学习”课堂2.5万期，累计开展各类诵读活动4.1万场。"),
    Paragraph.contiguous("heading", "共奏时代“主旋律”，思想政治引领取得新成就"),
    Paragraph.contiguous(
        "body",
        "五年来，河北各级工会不断提高政治站位。——深入开展“大学习”活动，"
        "建立“职工读书小组”1.1万个，开展职工诵读4.1万场；组织举办职工文体活动。",
    ),
    Paragraph.contiguous("heading", "共建实事“项目单”，服务职工实现新提升"),
    Paragraph.contiguous(
        "body",
        "4月，张家口市工会社会工作者年度工作述职会上，全市工会系统84名在岗工会社会工作者"
        "一一登台亮相。河北省总工会本级拨付5700余万元，关爱慰问疫情防控一线人员。",
    ),
]


def test_split_sentences_keeps_terminators_and_quotes():
    text = "一把焊枪。“工会给予我希望。”开展诵读4.1万场；建设劳动公园……让教育有形！"
    assert split_sentences(text) == [
        "一把焊枪。",
        "“工会给予我希望。”",
        "开展诵读4.1万场；",
        "建设劳动公园……",
        "让教育有形！",
    ]


def test_section_is_the_last_heading():
    facts = extract_article_facts(HEBEI, title="河北工会五年工作回眸")
    sections = {f.raw_text: f.section for f in facts}
    assert sections["2.5万期"] is None
    assert sections["1.1万个"] == "共奏时代“主旋律”，思想政治引领取得新成就"
    assert sections["5700余万元"] == "共建实事“项目单”，服务职工实现新提升"


def test_lead_and_body_mentions_merge_with_both_sentences():
    facts = extract_article_facts(HEBEI)
    recitals = [f for f in facts if f.value == 41_000 and f.unit == "场"]
    assert len(recitals) == 1
    merged = recitals[0]
    assert merged.mention_count == 2
    assert len(merged.sentences) == 2
    assert merged.sentence == merged.sentences[0]  # the first mention (the lead)
    assert all("4.1万场" in s for s in merged.sentences)


def test_facts_come_in_first_mention_order_and_hold_their_raw_text():
    facts = extract_article_facts(HEBEI)
    assert [f.raw_text for f in facts] == ["2.5万期", "4.1万场", "1.1万个", "84名", "5700余万元"]
    for fact in facts:
        assert fact.raw_text in fact.sentence


def test_default_region_and_clause_opening_region():
    facts = {f.raw_text: f for f in extract_article_facts(HEBEI)}
    assert facts["2.5万期"].region == "河北"  # none named: the article's region
    assert facts["84名"].region == "张家口"  # named where the sentence opens


def test_region_named_later_in_another_role_is_ignored():
    # 苏州 opens the clause; 江苏省 only names the award.
    sentence = "2024年，苏州33家企业获评江苏省省级智能工厂、224家企业获评省级智能车间。"
    assert {f.region for f in extract_sentence(sentence, None, "全国")} == {"苏州"}


def test_places_listed_before_fenbie_pair_with_the_figures_in_order():
    sentence = "南山区、福田区、宝安区的二手房签约量同比分别大涨103%、97%、150%。"
    facts = extract_sentence(sentence, None, "深圳")
    assert [(f.raw_text, f.region) for f in facts] == [
        ("103%", "南山区"),
        ("97%", "福田区"),
        ("150%", "宝安区"),
    ]
    assert {f.indicator for f in facts} == {"二手房签约量同比大涨"}
    # without 分别 the clause's place scopes every figure, as before
    plain = extract_sentence("南山区二手房签约量同比增长103%、成交额增长97%。", None, None)
    assert {f.region for f in plain} == {"南山区"}


def test_place_inside_another_word_is_not_a_place():
    # 医保定点 holds the characters of 保定.
    sentence = "截至目前，天津全市村卫生室纳入医保定点实现100％全覆盖。"
    (fact,) = extract_sentence(sentence, None, None)
    assert fact.region == "天津"


def test_period():
    cases = {
        "截至2022年底，河北全省技能人才总量达1064.7万人。": "2022年底",
        "2017年，河北出台政策文件96项。": "2017",
        "五年来，全省工会累计开展诵读4.1万场。": "五年来",
        "一季度，全国规上原煤产量达到12亿吨。": "一季度",
        "回顾十三大以来的五年，建成职工书屋898家。": "十三大以来",
        "高技能人才324.1万人，比2017年翻一番。": None,  # a comparison base is no period
        "前4月武汉进出口总额同比增长15.5%。": "前4月",
    }
    for sentence, period in cases.items():
        (fact,) = extract_sentence(sentence, None, None)[:1]
        assert fact.period == period, sentence
    # A range of months is one period, and one basis after 较 (人民日报 2026-05-28 第07版):
    # the 2.7 points are the change of 1至4月, not a figure of 3月.
    facts = extract_sentence(
        "1至4月，全国规模以上工业企业利润同比增长18.2%，较1至3月加快2.7个百分点，"
        "其中4月增长24.7%。",
        None,
        None,
    )
    assert [f.period for f in facts] == ["1至4月", "1至4月", "4月"]


def test_nonstandard_and_implausible_figures_are_flagged_not_dropped():
    sentence = "累计培训困难职工、农民工等两万万余人次，获得各类技能等级证书1.5万余人次。"
    facts = {f.raw_text: f for f in extract_sentence(sentence, None, "河北")}
    assert facts["两万万余人次"].value == 200_000_000
    assert facts["两万万余人次"].quality_flag == NONSTANDARD_NUMERAL
    assert facts["1.5万余人次"].quality_flag is None
    # 人次 counts repeat visits: a year's visitors may be many times the population
    # (人民日报 2026-04-21 第02版), a hundredfold is a mis-scaled figure.
    (visitors,) = extract_sentence("全年接待游客8亿人次。", None, "陕西")
    assert visitors.quality_flag is None
    (misscaled,) = extract_sentence("累计培训职工200亿人次。", None, "河北")
    assert misscaled.quality_flag == IMPLAUSIBLE_MAGNITUDE
    (people,) = extract_sentence("累计培训职工2亿人。", None, "河北")
    assert people.quality_flag == IMPLAUSIBLE_MAGNITUDE  # people, not visits: above 河北's


def test_population_bound_depends_on_the_region():
    sentence = "中国是一个有14亿多人口的大国。"
    (national,) = extract_sentence(sentence, None, "全国")
    assert national.quality_flag is None
    (provincial,) = extract_sentence(sentence, None, "河北")
    assert provincial.quality_flag == IMPLAUSIBLE_MAGNITUDE


def test_extract_sentence_is_pure_and_order_independent():
    sentences = [s for p in HEBEI for s in split_sentences(p.text)]
    forward = [extract_sentence(s, "节", "河北") for s in sentences]
    backward = [extract_sentence(s, "节", "河北") for s in reversed(sentences)][::-1]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda s: extract_sentence(s, "节", "河北"), sentences))
    assert forward == backward == parallel


def test_extraction_grows_linearly_with_the_article(seed_paragraphs):
    """The seed's paragraphs repeated n and 4n times: CPU time grows about 4×, not 16×
    (tests/growth.py; the speed itself is in `make bench`)."""
    assert_linear(lambda k: extract_article_facts(seed_paragraphs * k), lambda k: k, 4)


def test_default_region_needs_a_dominant_place():
    from pipelines.facts.places import default_region

    touring = [
        "让更多基层群众在家门口享受优质医疗",
        "东台市卫生健康委主任介绍，全市建成6个农村区域医疗中心。",
        "黔江中心医院出资300万元，购买了13台血透机。",
        "目前武清区444个村级卫生室纳入医保定点。",
    ]
    assert default_region(touring) is None
    city = ["苏州：砥砺再出发", "江苏省表彰了一批企业。", "苏州工业总产值增长。"]
    assert default_region(city) == "苏州"  # named in the title
    body_only = [
        "",
        "苏州33家企业获评江苏省智能工厂。",
        "苏州新增224家智能车间。",
        "苏州工业稳步增长。",
    ]
    assert default_region(body_only) == "苏州"  # most specific of the dominant places


def test_measures_sharing_only_their_last_word_stay_apart():
    """对模型服务给予30% and 对语料采购给予30% are two incentives (held-out round 5)."""
    text = "对模型服务给予30%的激励；将数据交易由原来的3%调整为30%，对语料采购给予30%的激励。"
    paragraphs = [Paragraph.contiguous("body", text)]
    facts = [f for f in extract_article_facts(paragraphs, title="t") if f.value == 30]
    assert len(facts) == 3


def test_a_figure_line_takes_the_label_line_above_it():
    """Graphic pages name the measure on one line and give the figure on the next
    (政府工作报告里的KPI, held-out round 6); a later 2%左右的涨幅 restates it."""
    lines = ["居民消费价格", "涨幅2%左右", "粮食产量", "1.4万亿斤左右", "2%左右的涨幅，贴合实际。"]
    facts = extract_article_facts([Paragraph.contiguous("body", line) for line in lines], title="t")
    by_value = {fact.value: fact for fact in facts}
    assert len(facts) == 2
    assert by_value[2].indicator == "居民消费价格涨幅" and by_value[2].mention_count == 2
    assert by_value[1.4e12].indicator == "粮食产量"
    assert not by_value[1.4e12].quality_flag


def test_a_long_list_of_counts_under_one_change_grows_linearly():
    """动物界新增3380个物种和477个种下单元…: figures sharing a subject and verb are looked
    back over a bounded number of figures, so one sentence listing thousands stays linear."""

    def listing(n: int) -> str:
        return "动物界新增" + "和".join(f"{k + 1}个物种" for k in range(n)) + "。"

    assert_linear(lambda text: extract_sentence(text, None, None), listing, 100)
    facts = extract_sentence(listing(3), None, None)
    assert [f.indicator for f in facts] == ["动物界新增物种"] * 3


def test_two_counts_sharing_only_a_modifier_stay_two_facts():
    # both 12个 and both 基层: a test zone and a hospital department are two things
    paragraphs = [
        Paragraph.contiguous("body", "我国已遴选建设12个国家基层卫生健康综合试验区。"),
        Paragraph.contiguous("body", "濉溪县人民医院打造了12个基层特色科室。"),
    ]
    facts = [f for f in extract_article_facts(paragraphs) if f.raw_text == "12个"]
    assert [(f.indicator, f.mention_count) for f in facts] == [
        ("国家基层卫生健康综合试验区", 1),
        ("基层特色科室", 1),
    ]


def test_more_than_written_two_ways_is_one_bound():
    paragraphs = [
        Paragraph.contiguous("body", "苏埠镇有20多家绳网加工相关企业。"),
        Paragraph.contiguous("body", "如今，全镇有绳网加工相关企业20余家。"),
    ]
    facts = extract_article_facts(paragraphs)
    assert [(f.raw_text, f.mention_count) for f in facts] == [("20多家", 2)]


def test_over_and_and_above_are_one_bound_too():
    # 人民日报 2026-04-05 第01版, 秋粮收购: the heading and the body say one share
    paragraphs = [
        Paragraph.contiguous("heading", "市场化收购量占粮食收购总量超九成"),
        Paragraph.contiguous(
            "body", "当前，我国市场化收购量占粮食收购总量九成以上，加工企业成为主力。"
        ),
    ]
    facts = extract_article_facts(paragraphs)
    assert [(f.value, f.mention_count) for f in facts] == [(90, 2)]


def test_a_count_the_headline_makes_its_hook_is_no_fact_in_the_body():
    # 人民日报 2026-04-09 第10版, 两片叶子背后的“山海情”: the leaves are the story's motif
    paragraphs = [
        Paragraph.contiguous("body", "两片叶子，原本隔着2000多公里，素不相识。"),
        Paragraph.contiguous("body", "近6000家福建企业扎根宁夏。"),
    ]
    titled = extract_article_facts(paragraphs, title="两片叶子背后的“山海情”")
    assert [f.raw_text for f in titled] == ["2000多公里", "近6000家"]
    untitled = extract_article_facts(paragraphs)
    assert "两片" in [f.raw_text for f in untitled]


def test_a_count_of_a_phrase_the_paragraph_just_said_counts_the_sayings():
    # 人民日报 2026-08-08 第01版, 从“三个时间刻度”感悟新时代中国
    text = (
        "“尽短时间使整个国家‘脱贫’，尽短时间使中国立于发达国家之林……”两个“尽短时间”，道出紧迫感。"
    )
    assert extract_article_facts([Paragraph.contiguous("body", text)]) == []
    said = [Paragraph.contiguous("body", "这里要建设两个“中心”，投资3亿元。")]
    assert [f.raw_text for f in extract_article_facts(said)] == ["两个", "3亿元"]


def test_a_figure_a_question_is_asked_of_is_the_figure_stated_before():
    # 人民日报 2026-08-07 第02版, 从三点六万亿元增量看动能之新、结构之优
    lines = [
        "和去年上半年比，我国GDP增量达到3.6万亿元，是近5年同期最大增量。",
        "3.6万亿元，是什么水平？",
        "3.6万亿元，意味着什么？",
    ]
    facts = extract_article_facts([Paragraph.contiguous("body", line) for line in lines])
    assert [(f.indicator, f.mention_count) for f in facts] == [("GDP增量", 3)]
    # 人民日报 2026-08-07 第02版, 柔性制造: the figure restated as the topic after a comma
    lines = ["一辆个性化新能源汽车，18天交付", "18天，是四川成都市民张先生从下单到提车的时间。"]
    facts = extract_article_facts([Paragraph.contiguous("body", line) for line in lines])
    assert [(f.value, f.mention_count) for f in facts] == [(18, 2)]
    # 人民日报 2026-08-11 第02版, 从1.45万亿斤看粮食安全如何保障: quoted, then pointed at
    lines = [
        "提出粮食综合生产能力提升到2030年的1.45万亿斤左右。",
        "“1.45万亿斤左右这个目标既体现了稳，又体现了进。",
    ]
    facts = extract_article_facts([Paragraph.contiguous("body", line) for line in lines])
    assert [(f.value, f.mention_count) for f in facts] == [(1.45e12, 2)]


def test_a_count_the_article_repeats_word_for_word_has_become_a_name():
    # 人民日报 2026-08-03 第10版, 穿山跨海，“黄金大外环”要来了: 四类通道, thirteen times
    lines = [
        "到2030年，重点是抓好四类通道的建设，这条“大外环”便是其中之一。",
        "什么是四类通道？",
        "四类通道全面覆盖我国边境边疆、西部内陆、长江沿线、东部沿海等重点区域。",
        "“十五五”时期，四类通道建设将进入“做优增量、提质存量”的新阶段。",
        "大外环全长约2.7万公里。",
    ]
    paragraphs = [Paragraph.contiguous("body", line) for line in lines]
    assert [f.raw_text for f in extract_article_facts(paragraphs)] == ["约2.7万公里"]
    # said three times it is still a count
    assert "四类" in [f.raw_text for f in extract_article_facts(paragraphs[1:])]


def test_a_figure_naming_nothing_that_repeats_a_quoted_name_speaks_of_the_name():
    # 人民日报 2026-03-21 第07版, 老戏台 唱新韵: the programme “戏前三分钟”
    paragraphs = [
        Paragraph.contiguous("body", "每场演出前，都有“戏前三分钟”宣讲，已开展200余场。"),
        Paragraph.contiguous("body", "“三分钟很短，但日积月累，便能润物无声。”"),
    ]
    assert [f.raw_text for f in extract_article_facts(paragraphs)] == ["200余场"]


def test_a_building_named_by_its_address_is_no_count_anywhere_in_the_article():
    # 人民日报 2026-03-13 第13版, 老房子这样变成“好房子”: building 9 of the estate's part 2
    paragraphs = [
        Paragraph.contiguous("body", "湖南长沙市雨花区湘农桥社区二区9栋居民周伟总会多看几眼。"),
        Paragraph.contiguous("body", "曾经的9栋建于1975年，共有住户24户。"),
        Paragraph.contiguous("body", "小区另有3栋楼加装了电梯。"),
    ]
    facts = [f.raw_text for f in extract_article_facts(paragraphs)]
    assert "9栋" not in facts
    assert {"24户", "3栋"} <= set(facts)


def test_above_and_below_one_figure_are_two_facts():
    sentence = "沿岸677个村集体经济年收入均超20万元，而内陆296个村集体经济年收入均低于20万元。"
    facts = [f for f in extract_article_facts([Paragraph.contiguous("body", sentence)])]
    money = [(f.qualifier, f.mention_count) for f in facts if f.unit == "元"]
    assert money == [("超", 1), ("近", 1)]


def test_places_paired_with_figures_stay_linear_in_one_long_sentence():
    """Pairing places listed before 分别 looks back a bounded window, so a sentence of
    thousands of such lists without a full stop stays linear."""
    from pipelines.facts.places import find_places, listed_regions
    from pipelines.facts.quantities import find_quantities

    def prepared(n: int):
        text = "、".join("南山区、福田区的签约量分别增长3%、5%" for _ in range(n)) + "。"
        quantities = find_quantities(text)
        places = sorted(find_places(text), key=lambda m: m.start)
        return text, places, [q.start for q in quantities], [q.end for q in quantities]

    assert_linear(lambda args: listed_regions(*args), prepared, 400)
    assert listed_regions(*prepared(1)) == {0: "南山区", 1: "福田区"}


def test_counts_of_two_size_classes_in_one_sentence_stay_apart():
    sentence = (
        "培育电子信息等5个万亿元级产业集群，新材料等5个五千亿元级产业集群，"
        "人工智能与机器人等5个千亿元级产业集群。"
    )
    facts = extract_article_facts([Paragraph.contiguous("body", sentence)])
    assert [(f.indicator, f.mention_count) for f in facts] == [
        ("万亿元级产业集群", 1),
        ("五千亿元级产业集群", 1),
        ("千亿元级产业集群", 1),
    ]


def test_a_count_restated_by_its_head_noun_is_one_fact():
    paragraphs = [
        Paragraph.contiguous("body", "这里集聚超1万家外资经营主体，常驻外商3.8万名。"),
        Paragraph.contiguous("body", "面对来自100多个国家和地区的3.8万名外商，义乌升级服务。"),
    ]
    facts = [f for f in extract_article_facts(paragraphs) if f.unit == "名"]
    assert [(f.indicator, f.mention_count) for f in facts] == [("常驻外商", 2)]


def test_a_count_restated_under_what_was_said_of_it_is_one_fact():
    # 人民日报 2026-04-30, 三十一项指标稳居世界第一: the body's 31项“世界第一” names the
    # count by what the lead said of it; 储量居首（14种） restates it in brackets.
    paragraphs = [
        Paragraph.contiguous(
            "body", "我国在矿产资源储量与产量上实现“双领跑”，共有31项指标稳居世界第一。"
        ),
        Paragraph.contiguous(
            "body",
            "“家底”丰厚，31项“世界第一”筑牢资源底线。我国在14种矿产储量和17种矿产产量上双双"
            "占据全球榜首——储量居首（14种）：稀土、钨、锡等矿产储量位居世界第一；"
            "产量居首（17种）：2025年，煤炭、钒、钛等矿产产量位居世界第一。",
        ),
    ]
    facts = [(f.value, f.indicator, f.mention_count) for f in extract_article_facts(paragraphs)]
    assert facts == [(31, "指标", 2), (14, "矿产储量", 2), (17, "矿产产量", 2)]


def test_the_noun_a_figure_counts_is_no_restatement_of_another_count():
    # 人民日报 2026 (fact set umbrella_export): two counts of 100多个国家和地区
    paragraphs = [
        Paragraph.contiguous("body", "这是遍布全球100多个国家和地区客户发来的咨询消息。"),
        Paragraph.contiguous(
            "body", "2010年，她陆续在全球100多个国家和地区注册了“Real Star”品牌。"
        ),
    ]
    assert [f.mention_count for f in extract_article_facts(paragraphs)] == [1, 1]


def test_output_value_and_revenue_of_one_size_are_two_measures() -> None:
    # fact set toys_export_2025: two clusters, each 超300亿元, one in 产值, one in 营业收入
    paragraphs = [
        Paragraph.contiguous("body", "自行车童车产业集群年营业收入超300亿元人民币。"),
        Paragraph.contiguous("body", "目前，产业链注册企业约2000家，年产值超300亿元人民币。"),
    ]
    facts = [(f.indicator, f.mention_count) for f in extract_article_facts(paragraphs)]
    assert [n for ind, n in facts if ind.endswith(("产值", "收入"))] == [1, 1]


def test_gdp_and_its_chinese_name_are_one_measure_but_not_inside_another() -> None:
    # 人民日报 2026-04-17, 四个关键词，读懂经济“一季报”: GDP is 国内生产总值
    paragraphs = [
        Paragraph.contiguous("body", "一季度，国内生产总值同比增长5.0%，国民经济实现良好开局。"),
        Paragraph.contiguous("body", "“一季度GDP增长5.0%，在全球主要经济体里名列前茅。"),
        # …but 万元GDP二氧化碳排放 is another measure (2025 statistical communiqué)
        Paragraph.contiguous("body", "万元国内生产总值二氧化碳排放下降5.0%。"),
    ]
    facts = [(f.indicator, f.mention_count) for f in extract_article_facts(paragraphs)]
    assert facts[0] == ("国内生产总值同比增长", 2)
    assert [(ind[-8:], n) for ind, n in facts[1:]] == [("二氧化碳排放下降", 1)]


def test_the_same_figure_before_the_same_noun_is_one_count() -> None:
    # 人民日报 2026 (fact set agri_climate_census): 2000多个县 twice, once with a longer tail
    paragraphs = [
        Paragraph.contiguous(
            "body", "本次普查区划，涉及31个省（区、市）及其所辖的300多个市2000多个县。"
        ),
        Paragraph.contiguous("body", "成果将科学指导300多个市以及2000多个县农业结构优化调整。"),
    ]
    counties = [f for f in extract_article_facts(paragraphs) if f.value == 2000]
    assert [(f.indicator, f.mention_count) for f in counties] == [("县", 2)]


def test_a_contribution_and_a_share_of_equal_value_stay_two_facts() -> None:
    # 人民日报 2026-04-26, 更高水平更高质量做好节能降碳工作: both 70%, two measures
    facts = extract_article_facts(
        [
            Paragraph.contiguous(
                "body", "我国能耗强度降低对碳排放强度降低的贡献度始终保持在70%以上。"
            ),
            Paragraph.contiguous("body", "工业碳排放量约占全社会碳排放总量的70%。"),
        ]
    )
    assert [f.raw_text for f in facts] == ["70%以上", "70%"]


def test_a_national_change_and_its_cities_stay_apart() -> None:
    # 人民日报 2026-04-24, 房地产市场，稳的态势在增强: 由…转为 frames the change; the
    # cities listed alone take the measure before them; new and second-hand homes differ
    facts = extract_article_facts(
        [
            Paragraph.contiguous(
                "body",
                "3月份，一线城市新建商品住宅销售价格环比由上月持平转为上涨0.2%；二手住宅销售价格"
                "环比由上月下降0.1%转为上涨0.4%，其中，北京、上海、广州和深圳分别上涨0.6%、0.4%、"
                "0.2%和0.4%。",
            )
        ]
    )
    second_hand = "二手住宅销售价格环比上涨"
    assert [(f.raw_text, f.indicator, f.region) for f in facts] == [
        ("0.2%", "一线城市新建商品住宅销售价格环比上涨", None),
        ("0.1%", "二手住宅销售价格环比下降", None),
        ("0.4%", second_hand, None),
        ("0.6%", second_hand, "北京"),
        ("0.4%", second_hand, "上海"),
        ("0.2%", second_hand, "广州"),
        ("0.4%", second_hand, "深圳"),
    ]


def test_model_sizes_in_parameters_listed_in_one_sentence_stay_apart() -> None:
    # 人民日报 2026-04-24, 商业航天，加速“飞天”
    facts = extract_sentence(
        "包括80亿参数天基遥感模型、80亿参数天基天文时域模型、1.5亿参数“伏羲”气象模型等。",
        None,
        None,
    )
    assert [(f.value, f.unit, f.indicator) for f in facts] == [
        (8e9, "参数", "天基遥感模型"),
        (8e9, "参数", "天基天文时域模型"),
        (1.5e8, "参数", "伏羲气象模型"),
    ]


def test_batches_counted_after_a_verb_are_facts() -> None:
    # the counterpart of 卫星互联网低轨21组卫星 (a batch's name, test_not_facts.py)
    assert [f.raw_text for f in extract_sentence("我国成功发射3组卫星。", None, None)] == ["3组"]


def test_a_rate_restated_and_a_share_pointed_back_at() -> None:
    # 人民日报 2026-04-23, 从快递增速感受发展活力
    facts = extract_article_facts(
        [
            Paragraph.contiguous(
                "body", "今年一季度，我国快递业务量累计完成477.3亿件，同比增长5.8%。"
            ),
            Paragraph.contiguous(
                "body", "快递业常被视为经济运行的“晴雨表”。5.8%的增速，反映出怎样的经济态势？"
            ),
            Paragraph.contiguous(
                "body",
                "“十四五”以来，中西部快递业务量占全国比重累计提升7.5个百分点。在此基础上，"
                "今年一季度，这一比重进一步提升至32%。",
            ),
        ]
    )
    growth, share = facts[1], facts[3]
    assert (growth.raw_text, growth.mention_count, growth.quality_flag) == ("5.8%", 2, None)
    assert (share.raw_text, share.indicator) == ("32%", "中西部快递业务量占全国比重")


def test_a_count_of_trips_reached_in_a_bare_magnitude_is_a_fact() -> None:
    # 人民日报 2026-04-22, 船行千万里 智慧来护航
    (calls,) = extract_sentence("该平台年服务调用达百亿次，助力海上风电。", None, None)
    assert (calls.value, calls.unit) == (1e10, "次")


def test_a_figure_restated_as_the_topic_of_a_sentence_is_one_fact() -> None:
    # 人民日报 2026-04-02 第02版 (round 82): the diameter, then what that diameter is
    facts = extract_article_facts(
        [
            Paragraph.contiguous(
                "body",
                "具体来看，力箭二号各子级直径都是3.35米，贮箱、箱间段等各部段设计相似。"
                "3.35米也是航天行业的典型尺寸，适合规模化生产。",
            )
        ]
    )
    (diameter,) = [f for f in facts if f.raw_text == "3.35米"]
    assert diameter.mention_count == 2
    assert "直径" in (diameter.indicator or "")


@pytest.mark.parametrize(
    ("first", "second", "raw_text", "mention_counts"),
    [
        # 人民日报 2026-07-16 第15版 (round 143): 全长 and 长 of one track
        (
            "玉龙国际赛马场，在全长1600米的沙质赛道上，赛马全力冲刺。",
            "1600米长的国际标准沙质赛道平整紧实，马术障碍场地配套完整。",
            "1600米",
            [2],
        ),
        # 人民日报 2026-07-16 第11版 (round 143): 增长2.4% last year, 年均增长2.4% over five
        (
            "其中，职工医保参保3.89亿人，比上年增加907.78万人，增长2.4%。",
            "“十四五”时期职工医保参保人数年均增加880万人，年均增长2.4%。",
            "2.4%",
            [1, 1],
        ),
        # 人民日报 2026-07-16 第02版 (round 143): the subhead's 新动能贡献率 and the body's
        # 新动能对…经济增长的贡献率 (the body's raw text 超四成 merges into 超过四成)
        (
            "新动能贡献率超过四成",
            "以高端制造、数字经济为代表的新动能对上半年经济增长的贡献率超四成。",
            "超过四成",
            [2],
        ),
        # 人民日报 2026-07-17 第12版 (round 144): 2026—2030年 and “十五五”时期 name one span
        (
            "决定于2026—2030年实施计划，每年选派3.64万名高校毕业生到基层服务。",
            "“十五五”时期，每年将招募3.64万名、累计招募18.2万名左右高校毕业生。",
            "3.64万名",
            [2],
        ),
    ],
)
def test_one_measure_said_twice_merges_and_two_measures_stay_apart(
    first: str, second: str, raw_text: str, mention_counts: list[int]
) -> None:
    paragraphs = [Paragraph.contiguous("body", first), Paragraph.contiguous("body", second)]
    facts = extract_article_facts(paragraphs)
    assert [f.mention_count for f in facts if f.raw_text == raw_text] == mention_counts


def test_a_measure_named_then_its_values_by_date() -> None:
    # 人民日报 2026-08-15 第01版: a sentence naming a measure, then dated figures of it
    paragraph = Paragraph.contiguous(
        "body",
        "一条曲线，是服务业增加值占国内生产总值的比重。2012年，45.5%；2015年，50.5%，首次过半；今年上半年，59.5%。",
    )
    named = {f.raw_text: f.indicator for f in extract_article_facts([paragraph], title="")}
    assert named["45.5%"] == named["50.5%"] == named["59.5%"] == "服务业增加值占国内生产总值的比重"
    # a figure restated after a short lead (放眼全球，3.6万亿元，相当于…) is the same fact
    paragraphs = [
        Paragraph.contiguous("body", "上半年，我国国内生产总值为695704亿元，增量达3.6万亿元。"),
        Paragraph.contiguous("body", "放眼全球，3.6万亿元，相当于不少中等经济体全年经济总量。"),
    ]
    (increment,) = [f for f in extract_article_facts(paragraphs, title="") if f.value == 3.6e12]
    assert increment.mention_count == 2


def test_a_bare_figure_restates_the_one_just_given_and_a_title_motif_is_no_count() -> None:
    # 人民日报 2026-08-18 第14版: the flow measured, then the same figure alone in its clause
    paragraphs = [
        Paragraph.contiguous(
            "body", "利津水文站测得实时流量2030立方米每秒，这意味着黄河连续27年不断流。"
        ),
        Paragraph.contiguous("body", "2030立方米每秒，数据回传到屏幕上。"),
    ]
    (flow,) = [f for f in extract_article_facts(paragraphs, title="") if f.value == 2030]
    assert (flow.indicator, flow.mention_count) == ("流量", 2)
    # the headline's 三座水文站 is the story's frame, not a count, where the body repeats it
    body = [Paragraph.contiguous("body", "走进三座水文站，从大河之变看大河保护。")]
    assert extract_article_facts(body, title="从三座水文站看大河保护") == []


def test_figures_alone_are_named_by_the_sentence_after_that_says_what_they_are() -> None:
    # 人民日报 2026-08-29 第02版: two exports, then 这分别是…的出口量 and their growth
    paragraphs = [
        Paragraph.contiguous(
            "body", "97.73万辆、709.8万辆。这分别是2013年和2025年中国汽车的出口量，增长超6倍。"
        )
    ]
    named = {f.raw_text: f.indicator for f in extract_article_facts(paragraphs, title="")}
    assert named == {
        "97.73万辆": "中国汽车的出口量",
        "709.8万辆": "中国汽车的出口量",
        "超6倍": "中国汽车的出口量增长",
    }
    # figures alone with nothing said after them stay unnamed
    alone = [Paragraph.contiguous("body", "97.73万辆、709.8万辆。此后一路增长。")]
    assert all(f.indicator is None for f in extract_article_facts(alone, title=""))


def test_a_subhead_restating_a_figure_of_its_section_is_one_fact() -> None:
    # 人民日报 2026-09-03 第06版: bold subheads name how far the road still had to go
    paragraphs = [
        Paragraph.contiguous("body", "1000余米处的执念——"),
        Paragraph.contiguous("body", "抢修队伍连夜推进，距吉隆口岸国门还有1000余米。"),
    ]
    facts = extract_article_facts(paragraphs, title="")
    assert [(f.raw_text, f.indicator, f.mention_count) for f in facts] == [
        ("1000余米", "距吉隆口岸国门", 2)
    ]
    # two body sentences with the same length and different measures stay apart
    body = [
        Paragraph.contiguous("body", "该路段长1000余米。"),
        Paragraph.contiguous("body", "隧道全长1000余米。"),
    ]
    assert len(extract_article_facts(body, title="")) == 2


def test_a_share_of_two_things_joined_by_he_is_a_share_of_each():
    """航空服务覆盖…90%以上的地级行政单元和人口 (人民日报 2026-02-04, round 205): one figure
    said of two things is two facts; 的企业和个人参与 goes on past them and stays one."""
    facts = extract_sentence("航空服务覆盖全国90%以上的地级行政单元和人口。", None, None)
    assert sorted(f.indicator for f in facts) == ["人口", "地级行政单元"]
    facts = extract_sentence("超过80%的企业和个人参与了调查。", None, None)
    assert len(facts) == 1


def test_nouns_listed_before_one_rate_of_change_each_changed_at_it():
    """净利润、净资产收益率、经济增加值增幅超60% (人民日报 2026-09-01, round 201): three
    measures, one figure, no 均; each is a fact with the rate's word."""
    text = "大庆钻探提质增效22.6亿元，净利润、净资产收益率、经济增加值增幅超60%，动能强劲。"
    facts = [f for f in extract_sentence(text, None, None) if f.value == 60]
    assert [f.indicator for f in facts] == ["净利润增幅", "净资产收益率增幅", "经济增加值增幅"]
