"""What the number counts (indicator), on sentences from the seed and the corpus."""

from __future__ import annotations

import pytest

from pipelines.facts import extract_article_facts, extract_sentence
from pipelines.facts.tagging import tag
from pipelines.models import Paragraph


def indicator_of(sentence: str, raw_text: str) -> str | None:
    facts = [f for f in extract_sentence(sentence, None, None) if f.raw_text == raw_text]
    assert len(facts) == 1, [f.raw_text for f in extract_sentence(sentence, None, None)]
    return facts[0].indicator


@pytest.mark.parametrize(
    ("sentence", "raw_text", "expected"),
    [
        # noun phrase before the number
        ("——建成河北工运事业发展历程展，建成职工书屋898家。", "898家", "职工书屋"),
        ("每年参赛企业2.9万家、职工480余万人。", "2.9万家", "参赛企业"),
        ("每年参赛企业2.9万家、职工480余万人。", "480余万人", "职工"),
        ("受援职工5255人，挽回经济损失9848万元。", "5255人", "受援职工"),
        ("受援职工5255人，挽回经济损失9848万元。", "9848万元", "挽回经济损失"),
        ("办理职工法律援助案件2719件。", "2719件", "办理职工法律援助案件"),
        ("截至2022年底，河北全省技能人才总量达1064.7万人。", "1064.7万人", "技能人才总量"),
        ("职代会制度、厂务公开制度覆盖职工超900万人。", "超900万人", "覆盖职工"),
        ("建立“职工读书小组”1.1万个，开展职工诵读4.1万场。", "1.1万个", "职工读书小组"),
        ("示范带动市县召开率达到100%。", "100%", "市县召开率"),
        ("河北省总工会本级总支出的79.7%用于维权、帮扶及补助下级。", "79.7%", "总支出"),
        ("劳动模范的比例提高到60%以上。", "60%以上", "劳动模范的比例"),  # never a bare 比例
        # classifier + noun phrase after the number
        ("依托职工书屋，建立13个红色读书社。", "13个", "红色读书社"),
        ("通过小额贷款贴息扶持的2508个创业项目带动20多万人实现就业。", "2508个", "创业项目"),
        ("仅2022年就选派513名干部组成225个赴基层蹲点工作组。", "225个", "赴基层蹲点工作组"),
        ("充电设施方面，3家头部民营企业市场份额达47.9%。", "3家", "头部民营企业"),
        ("已有来自218个国家和地区的超过19万名境外采购商到会。", "超过19万名", "境外采购商"),
        # what the counted people did, said after the number
        ("推动实施多元评价，256.97万人次获证……", "256.97万人次", "获证"),
        ("通过小额贷款贴息扶持的2508个创业项目带动20多万人实现就业。", "20多万人", "实现就业"),
        ("10.7万个基层工会入驻，226.6万名职工注册。", "226.6万名", "职工注册"),
        # a share is a share of the noun after 的
        ("粤港澳大湾区约75%的国际航空货物，经由香港国际机场转运海外。", "约75%", "国际航空货物"),
        # 等 lists keep their verb
        (
            "累计培训困难职工、农民工、转岗待岗职工等两万万余人次。",
            "两万万余人次",
            "培训困难职工等",
        ),
    ],
)
def test_indicator(sentence, raw_text, expected):
    assert indicator_of(sentence, raw_text) == expected


@pytest.mark.parametrize(
    ("sentence", "raw_text", "key"),
    [
        ("创建了18家国家示范性、898家省级劳模和工匠人才创新工作室。", "18家", "创新工作室"),
        ("获得国家专利2.5万项。", "2.5万项", "专利"),
        ("全省工会举办“大学习”课堂2.5万期。", "2.5万期", "大学习"),
        # 人民日报 2026-03-27 (round 97): a basis after 相比 is no part of the measure
        (
            "数据显示，阿里地区人民医院2025年第四季度门诊量相比上年同期增加18.2%。",
            "18.2%",
            "门诊量",
        ),
        # 人民日报 2026-07-23 (round 150): a level reached, read past jieba's place words 中/上
        ("三大粮食作物化肥利用率已迈入40%至50%的国际中上水平区间。", "40%", "化肥利用率"),
        ("三大粮食作物化肥利用率已迈入40%至50%的国际中上水平区间。", "50%", "化肥利用率"),
        (
            "开展165种极度濒危国家重点保护野生动植物抢救性保护和监测预警。",
            "165种",
            "极度濒危国家重点保护野生动植物",
        ),
        # 人民日报 2026-08-21 (round 179): what a streak kept from happening
        (
            "8月20日，黑河尾闾东居延海实现连续22年不干涸，这是治理规划实施的重要成果。",
            "22年",
            "不干涸",
        ),
    ],
)
def test_indicator_contains(sentence, raw_text, key):
    assert key in (indicator_of(sentence, raw_text) or "")


def test_enumeration_shares_the_head_noun():
    sentence = "创建18家国家级、898家省级劳模和工匠人才创新工作室，位居全国前列。"
    first, second = (indicator_of(sentence, raw) for raw in ("18家", "898家"))
    assert first.startswith("国家级") and first.endswith("创新工作室")
    assert second.startswith("省级") and second.endswith("创新工作室")


def test_growth_rate_borrows_the_subject_of_the_clause_before():
    sentence = "一季度我国原油产量达5480万吨，同比增长1.3%；"
    assert indicator_of(sentence, "5480万吨") == "原油产量"
    assert indicator_of(sentence, "1.3%") == "原油产量同比增长"


def test_growth_rate_alone_is_indicated_by_the_growth_word():
    assert "增长" in indicator_of("规模以上工业增加值同比增长9%。", "9%")


def test_from_to_figures_share_their_subject():
    sentence = "全区基层就诊率从2022年的48.2％提升至2025年的60％以上。"
    assert indicator_of(sentence, "48.2％") == "基层就诊率"
    assert indicator_of(sentence, "60％以上") == "基层就诊率"


def test_a_range_shares_its_noun():
    sentence = "创新研发一种能覆盖30米至1000米跨度的通用桥型。"
    assert indicator_of(sentence, "30米") == indicator_of(sentence, "1000米") == "跨度"


# Held-out 人民日报 articles (tests/data/fact_set, round 2) showed these error classes.


def test_a_stock_after_a_flow_names_the_stock_and_forecasts_keep_it():
    sentence = "全市新增科技型企业4765家，总数达30083家，预计到2026年底突破3.4万家。"
    assert indicator_of(sentence, "4765家") == "新增科技型企业"
    assert indicator_of(sentence, "30083家") == "科技型企业总数"
    assert indicator_of(sentence, "突破3.4万家") == "科技型企业总数"


def test_a_target_verb_is_no_indicator():
    sentence = "全市技术合同成交额达830.6亿元，同比增长14.9%，2026年底力争达920亿元。"
    assert indicator_of(sentence, "920亿元") == "技术合同成交额"


@pytest.mark.parametrize(
    ("sentence", "raw_text", "expected"),
    [
        # a verb between a one-word modifier noun and the head is inside the compound
        ("全市各级各类科技创新平台达1924个。", "1924个", "科技创新平台"),
        ("沈阳筹集保障性租赁住房2288套。", "2288套", "保障性租赁住房"),
        # place-like nouns in 区 are heads (街区, 园区)
        ("7个科创街区、13个科创园区集聚创新平台345个。", "7个", "科创街区"),
        # 稳定在 only links the measure to its value
        (
            "全省中心城市环境空气质量平均优良天数比例稳定在98%以上。",
            "98%以上",
            "中心城市环境空气质量平均优良天数比例",
        ),
    ],
)
def test_held_out_indicators(sentence, raw_text, expected):
    assert indicator_of(sentence, raw_text) == expected


def test_coordinated_figures_pair_with_coordinated_items_without_fenbie():
    sentence = "水源涵养和土壤保持功能增强区域面积比例约为60%和47%，固碳功能增加区域面积比例达到55%"
    assert indicator_of(sentence, "约为60%") == "水源涵养功能增强区域面积比例"
    assert indicator_of(sentence, "47%") == "土壤保持功能增强区域面积比例"


def test_a_measure_opening_its_clause_completes_the_subject_it_overlaps():
    sentence = "全社会研发经费投入达260亿元，同比增长11.2%，投入强度达到2.88%。"
    assert indicator_of(sentence, "2.88%") == "全社会研发经费投入强度"


@pytest.mark.parametrize(
    ("sentence", "raw_text", "expected"),
    [
        # 的 before the next figure links two counts, it does not open a noun phrase
        ("在机器人餐吧，5家具身智能企业的8台机器人分工合作。", "5家", "具身智能企业"),
        # a name jieba tags as an idiom (无水石膏/i) still heads the noun after a figure
        ("磷化集团建成10万吨无水石膏示范装置，变废渣为建筑新材料。", "10万吨", "无水石膏示范装置"),
    ],
)
def test_noun_after_the_figure(sentence, raw_text, expected):
    assert indicator_of(sentence, raw_text) == expected


@pytest.mark.parametrize(
    ("sentence", "raw_text", "key"),
    [
        # held-out round 3: 新设 is one qualifying verb, like 新增
        ("其中新设企业58.18万户，同比增长12.02%。", "58.18万户", "新设企业"),
        # a comparison basis (可比口径) is no subject: the growth is the visitors'
        ("景区共接待游客77.8万人次，可比口径同比增长12%。", "12%", "游客"),
        # 类 makes a kind of the noun before it
        ("几年间，100多家生物医药类企业在郑州航空港区注册落地。", "100多家", "生物医药类企业"),
        # where the people counted were and what they did
        ("春节假期，有3.5万人在北极村过大年。", "3.5万人", "北极村过大年"),
    ],
)
def test_held_out_round_3_indicators(sentence, raw_text, key):
    assert key in (indicator_of(sentence, raw_text) or "")


def test_respective_items_share_what_the_last_item_adds():
    sentence = "沙化、荒漠化土地面积分别减少32.65万亩、4.52万亩，阻沙带宽度由11公里扩展到34公里"
    assert indicator_of(sentence, "32.65万亩").startswith("沙化土地面积")
    assert indicator_of(sentence, "4.52万亩").startswith("荒漠化土地面积")
    assert indicator_of(sentence, "34公里") == indicator_of(sentence, "11公里")


def test_a_bound_before_the_figure_only_links():
    sentence = "近岸海水温度常年低于24.5摄氏度，尤其凉快。"
    assert indicator_of(sentence, "低于24.5摄氏度") == "近岸海水温度"


def test_the_figure_after_you_from_is_the_subjects_starting_value():
    sentence = "新版政策将数据交易由原来的3%调整为30%。"
    assert indicator_of(sentence, "3%") == "数据交易"
    assert indicator_of(sentence, "30%") == "数据交易"


def test_dian_after_a_noun_is_a_noun():
    sentence = "国家老年大学已在各地设立8.2万个基层学习点，办学服务网络逐步成形。"
    assert indicator_of(sentence, "8.2万个") == "基层学习点"


@pytest.mark.parametrize(
    ("sentence", "raw_text", "expected"),
    [
        # an adverb tag (自然/d, 特别/d) right before a noun is an attributive
        ("全省自然保护地132个，覆盖重要生态区域。", "132个", "自然保护地"),
        ("拟发行超长期特别国债1.3万亿元。", "1.3万亿元", "长期特别国债"),
        # 类 inside the phrase before the figure
        ("对外非金融类直接投资超1万亿元。", "超1万亿元", "对外非金融类直接投资"),
    ],
)
def test_compound_modifiers_before_the_figure(sentence, raw_text, expected):
    assert indicator_of(sentence, raw_text).endswith(expected)


def test_a_length_before_de_measures_the_noun_after_unless_a_dimension_is_named():
    sentence = "面对河西走廊1686公里的风沙线和212个重点风沙口，甘肃打好攻坚战。"
    assert indicator_of(sentence, "1686公里") == "风沙线"
    assert indicator_of(sentence, "212个") == "重点风沙口"
    assert indicator_of("直径超10米、高度超2米的贮箱筒段样件。", "超2米") == "贮箱筒段样件高度"


def test_a_part_after_qizhong_that_a_verb_follows_keeps_its_own_verb() -> None:
    # 其中四成以上认为…: the part of the users did something else than the whole.
    sentence = (
        "调查发现，过半数用户接触过AI生成的视音频内容，其中四成以上认为AI生成的内容新奇有趣、"
        "更感兴趣。"
    )
    assert "用户" in indicator_of(sentence, "过半数")
    assert "认为" in indicator_of(sentence, "四成以上")


def test_things_listed_before_one_figure_are_counted_together() -> None:
    # the last item alone (新工艺) would name a third of what the figure counts
    assert indicator_of("累计推出新产品、新技术、新工艺超1500项。", "超1500项") == (
        "新产品、新技术、新工艺"
    )
    assert indicator_of("集聚自行车、童车、玩具上下游企业5285家。", "5285家") == (
        "自行车、童车、玩具上下游企业"
    )
    # measures listed before one figure stay one fact each (均占…)
    shared = extract_sentence("种植面积、加工产能、产品种类均占全国90%以上。", None, None)
    assert [f.indicator for f in shared] == [
        "种植面积占全国比重",
        "加工产能占全国比重",
        "产品种类占全国比重",
    ]
    # a clause in the list (产业升级) is not a list item
    assert indicator_of("推动产业升级、新增企业超300家。", "超300家") == "新增企业"


def test_a_measure_or_dimension_around_the_figure_and_de() -> None:
    # 以 + amount + 的 + measure: the measure after 的, of the subject before 以
    sentence = "今年3月，二手房市场以31215套的成交量创下近5年新高。"
    assert indicator_of(sentence, "31215套") == "二手房市场成交量"
    # a dimension alone before the figure is the dimension of the noun after 的
    sentence = "面积超10万平方米的光伏系统在工厂屋顶上有序排布。"
    assert indicator_of(sentence, "超10万平方米") == "光伏系统面积"
    assert indicator_of("直径2.2米的管道是“输水大动脉”。", "2.2米") == "管道直径"
    sentence = "一支无人驾驶矿车组成的车队，运行在海拔约5000米的玉龙铜矿上。"
    assert indicator_of(sentence, "约5000米") == "玉龙铜矿海拔"


def test_an_average_per_transaction_is_one_measure() -> None:
    sentence = "新政实施仅一周，全市公积金贷款笔均金额从124万元增至149万元。"
    assert indicator_of(sentence, "124万元") == "公积金贷款笔均金额"
    assert indicator_of(sentence, "149万元") == "公积金贷款笔均金额"


def test_strong_moves_are_words_of_change() -> None:
    assert indicator_of("一季度利润同比下滑5.2%。", "5.2%") == "利润同比下滑"
    assert indicator_of("全市二手房签约量同比大涨103%。", "103%") == "二手房签约量同比大涨"


def test_seaweed_and_carpet_town_figures_name_what_they_measure() -> None:
    # a settlement and a bare headcount closing the clause: its population
    assert indicator_of("小镇5.2万人，1200余家地毯上下游企业。", "5.2万人") == "小镇人口"
    assert indicator_of("全村300人参加培训。", "300人") != "全村人口"
    # 价值 after the verb: the value of the goods after 的
    assert indicator_of("去年我分到价值1200元的海藻苗。", "1200元") == "海藻苗价值"
    # a place cut to one character (乡) names nothing: the goods after the figure do
    sentence = "被告人自愿认购象山县黄避岙乡422.5吨蓝碳生态价值产品。"
    assert indicator_of(sentence, "422.5吨") == "蓝碳生态价值产品"
    # every 5 seconds a carpet: a cycle time is a fact, 每10万人 stays a denominator
    assert indicator_of("“热转印”工艺平均每5秒就能“喷”出一块地毯。", "5秒") == "热转印工艺"


def test_reclaimed_water_figures() -> None:
    # an area unit before a thing: the thing's area
    assert indicator_of("为岛上279万平方米建筑源源不断送去冬暖夏凉。", "279万平方米") == "建筑面积"
    assert indicator_of("修复1100多亩红树林。", "1100多亩") == "红树林面积"
    # a relative clause opened by a verb between the count and the noun it counts
    sentence = "这里有3座安静运转的能源站，一股股再生水变身“超级大空调”。"
    assert indicator_of(sentence, "3座") == "能源站"
    # but a noun first is what is counted, whatever the clause says after it
    sentence = "会场外，8台机器人实现从点餐、制餐到送餐的全流程自主协同。"
    assert indicator_of(sentence, "8台").startswith("机器人")
    assert indicator_of("制冷装机容量近5.8万冷吨。", "近5.8万冷吨") == "制冷装机容量"


def test_a_price_per_unit_is_a_price() -> None:
    assert indicator_of("这种苹果每斤卖8元。", "8元") == "苹果售价"
    # the clause's own 每斤 is the denominator (元/斤), not what is sold
    assert indicator_of("“你看这海带，叶片宽，每斤能卖10块钱左右。”", "10块钱左右") == "售价"


def test_a_weight_of_goods_produced_is_their_output() -> None:
    sentence = "现在我们公司一年生产这种产品100多吨，海外订单已经排到了年底。"
    assert indicator_of(sentence, "100多吨") == "产品年产量"
    assert indicator_of("年产绳、线、网等产品约1.5万吨。", "约1.5万吨") == "绳等产品年产量"
    assert indicator_of("生产粮食1.2亿吨。", "1.2亿吨") == "粮食产量"


def test_money_spent_names_what_it_was_spent_on() -> None:
    # 幸福村/nr: a person-name guess after a noun still closes the noun phrase
    sentence = "“十四五”时期，云南投入138亿元建设边境幸福村。"
    assert indicator_of(sentence, "138亿元") == "投入建设边境幸福村"


def test_county_hospital_figures() -> None:
    sentence = "那拉提镇有2.8万常住人口，辖区内的那拉提景区每年接待游客数百万人次。"
    assert indicator_of(sentence, "2.8万常住人口") == "常住人口"
    assert indicator_of("将近600味中药饮片纳入统一调配。", "将近600味").startswith("中药饮片")


def test_money_before_de_and_what_it_is_to_its_holder() -> None:
    # 收入/v after 的 is a noun: the villagers' income
    sentence = "靠着采收，每名村民一天最多可以有1500元的收入。"
    assert indicator_of(sentence, "1500元") == "村民收入"


def test_rope_net_town_figures() -> None:
    # the verb that selected the counted things stays beside their own predicate
    assert indicator_of("我们注册了集体商标，并首批授权9家企业使用。", "9家") == "授权企业使用"
    # 相关 is an attributive inside the noun phrase, not a verb ending it
    sentence = "如今，全镇有绳网加工相关企业20余家。"
    assert indicator_of(sentence, "20余家") == "绳网加工相关企业"


def test_pen_town_figures() -> None:
    assert indicator_of("企业日产各种笔类产品可达30万支。", "30万支") == "笔类产品日产量"
    sentence = "形成了拥有1家亿元制笔企业、5家亿元培育企业、一批科技型成长企业的产业梯度矩阵。"
    assert indicator_of(sentence, "1家") == "亿元制笔企业"
    assert indicator_of(sentence, "5家") == "亿元培育企业"


def test_a_grade_whose_word_jieba_takes_for_a_name_stays_with_its_noun() -> None:
    # 人民日报 2026-05-28 第15版 and 2026-04-28 第01版: 卓越/nr 级/q is the grade 卓越级
    sentence = "天津市智能工厂达528家，其中国家卓越级智能工厂达17家。"
    assert indicator_of(sentence, "17家") == "国家卓越级智能工厂"
    sentence = "辽宁梯度培育智能工厂，建成670家基础级、18家卓越级智能工厂。"
    assert indicator_of(sentence, "670家") == "基础级智能工厂"
    assert indicator_of(sentence, "18家") == "卓越级智能工厂"


def test_a_place_before_a_first_names_a_kind_of_store() -> None:
    # 人民日报 2026-05-19 第11版: 全国首店 (first in the country) against 华中区域首店
    sentence = "长沙累计引入品质首店884家，其中全国首店41家，华中区域首店110家。"
    assert [f.indicator for f in extract_sentence(sentence, None, None)] == [
        "品质首店",
        "全国首店",
        "华中区域首店",
    ]


def test_de_inside_the_predicate_after_the_counted_noun() -> None:
    # 巨大的经济潜力 is what the trees show, not what the 4 counts
    sentence = "评估报告显示，4种珍贵树种在集约化经营下展现出巨大的经济潜力。"
    assert indicator_of(sentence, "4种") == "珍贵树种"
    # 人民日报 2026-04-20 第12版 (一个蛋糕…): 均 says each platform took the shops down
    sentence = "7家电商平台均已下架未经审核的有关“幽灵店铺”，停止与相关转单平台的餐饮转单合作。"
    assert indicator_of(sentence, "7家") == "电商平台"
    # 深入 (going into) the platforms: the investigators, not the platforms, investigate
    sentence = "市场监管总局组织7个专案组，深入7家电商平台展开调查，共查实67604家“幽灵店铺”。"
    assert indicator_of(sentence, "7家") == "电商平台"


def test_toothbrush_town_figures() -> None:
    sentence = "新建12万平方米智能化、绿色化厂区，产能从日均80万件提升至最高200万件、日均150万件。"
    assert indicator_of(sentence, "12万平方米") == "智能化、绿色化厂区面积"
    assert indicator_of(sentence, "80万件") == "产能"
    assert indicator_of(sentence, "200万件") == "产能"
    assert indicator_of(sentence, "150万件") == "日均产能"
    sentence = "如今国内国际两个市场“两条腿走路”，日均生产牙刷120万支左右。"
    assert indicator_of(sentence, "120万支左右") == "牙刷日产量"


def test_urban_wildlife_and_farm_stay_figures() -> None:
    sentence = "闵勇说，白头硬尾鸭在全球范围内仅存1.3万余只，主要栖息在欧洲。"
    assert indicator_of(sentence, "1.3万余只") == "白头硬尾鸭"
    sentence = "完成了2万余亩的生态修复，昔日废弃矿山上长出成片梭梭林。"
    assert indicator_of(sentence, "2万余亩") == "生态修复"
    sentence = "依托万州57万多亩水果产业，玫瑰香橙轮番接力。"
    assert indicator_of(sentence, "57万多亩") == "万州水果产业"
    assert indicator_of("查封案涉价值200余万元挖掘机一台。", "200余万元") == "挖掘机价值"


def test_mulan_river_figures() -> None:
    sentence = "去年片区分期分批次带动5万亩莆田桂圆基地协同升级。"
    assert indicator_of(sentence, "5万亩").startswith("桂圆基地")
    sentence = "目前，莆田全市梳理发展清单超6800条，有效推动产业发展。"
    assert indicator_of(sentence, "超6800条") == "发展清单"
    # an age class between the count and the noun (100年以上的) describes the trees
    sentence = "“北大村有1500多棵100年以上的老荔枝树，生态资源极为丰富。”"
    assert indicator_of(sentence, "1500多棵") == "老荔枝树"
    # 共计 links the noun to the total after it; it is not the noun's predicate
    sentence = "成都滚动发布实施4批次堵点治理任务清单共计313项。"
    assert indicator_of(sentence, "4批次") == "堵点治理任务清单"


def test_brand_day_figures() -> None:
    # a duration that moved (缩短至) is the same measure as the one before it
    sentence = "过去，更换一个配方需要人工调整生产线20分钟，现在缩短至1分钟。"
    assert indicator_of(sentence, "1分钟") == indicator_of(sentence, "20分钟")
    assert indicator_of("今年4月，再次种下2万棵梭梭树。", "2万棵") == "梭梭树"  # 树/v
    sentence = "年消纳磷石膏140万吨，联产65万吨硫酸、80万吨水泥，实现资源闭环利用。"
    assert indicator_of(sentence, "65万吨") == "硫酸"
    assert indicator_of(sentence, "80万吨") == "水泥"


def test_payments_and_prices_of_one_unit() -> None:
    assert indicator_of("陕西华山路桥集团有限公司支付给我们70万元。", "70万元").endswith("支付")
    # the recipient between verb and amount says to whom, not what
    sentence = "查处违规收费案件5900多件，退还企业13亿多元。"
    assert indicator_of(sentence, "13亿多元") == "退还企业"
    # but money followed by its own noun is that noun (发放3万元补贴)
    assert "补贴" in indicator_of("广州出台新政，“卖旧买新”最高发放3万元补贴。", "3万元")
    sentence = "价格低迷时一公斤鲜果只卖两元左右，不少人弃管甚至砍树。"
    assert indicator_of(sentence, "两元左右") == "鲜果售价"


def test_xinjiang_figures() -> None:
    sentence = "“十四五”时期，新疆外贸进出口实现千亿元级“四连跳”，2025年达5203.7亿元。"
    assert indicator_of(sentence, "5203.7亿元") == "外贸进出口"
    sentence = "目前，“西气东输”涉及28个省区市、400余座城市，惠及5亿人口。"
    assert indicator_of(sentence, "5亿人口") == "惠及人口"
    # 人民日报 2026-04-19 第04版: the people China has
    sentence = "匡贤明表示，中国拥有14亿多人口的超大规模市场，消费发展潜力巨大。"
    assert indicator_of(sentence, "14亿多人口") == "中国人口"


def test_shrimp_farm_figures() -> None:
    assert indicator_of("“以前每亩虾塘产出100多斤就顶天了。”", "100多斤") == "虾塘亩产量"
    sentence = "恒兴集团生产虾苗200亿尾，超过1.6万养殖户受益。"
    assert indicator_of(sentence, "超过1.6万养殖户") == "养殖户受益"


def test_yearly_energy_saved_is_one_measure() -> None:
    # 年节 (a festival) must not swallow the 节 of 节能量
    assert indicator_of("全面推广LED节能灯具，年节能量2.5万千瓦时。", "2.5万千瓦时") == "年节能量"


def test_a_share_of_the_noun_right_after_it() -> None:
    # 供给/vn 了 is a verb; the share is of the talents after the figure
    sentence = "近5年，职业教育为现代产业供给了70%以上新增高素质高技能人才。"
    assert indicator_of(sentence, "70%以上") == "新增高素质高技能人才"


def test_a_gap_to_a_basis_after_bi_names_the_measure_before_it() -> None:
    sentence = "果蔗的含糖率比糖蔗低两个百分点。"
    assert "含糖率" in indicator_of(sentence, "两个百分点")  # not the basis 糖蔗
    # jieba reads 收入比 (an income ratio) into the comparison
    assert indicator_of("城镇居民收入比农村居民高2.5倍。", "2.5倍").startswith("城镇居民收入比")
    assert indicator_of("亩产比普通稻田高出200斤。", "200斤").startswith("亩产")


def test_shop_deals_and_fees_name_what_the_money_is() -> None:
    # 人民日报 2026-05-07, 全域协作，“村超”消费链越“链”越长
    sentence = "“打八八折后是86元。您还可以多花1元换购10元代金券。”"
    assert indicator_of(sentence, "86元") == "折后价"
    assert "换购" in indicator_of(sentence, "1元")
    sentence = "他订了一间江景大床房，一晚单价328元，两晚折后577元。"
    assert indicator_of(sentence, "328元") == "单价"
    assert indicator_of(sentence, "577元") == "折后价"  # not the 单价 of the night before
    # 人民日报 2026-05-08, 田里流行“管理学”: a fee after 的 is no payment
    sentence = "农户则在秋收后向我们支付每亩650元的服务费。"
    assert indicator_of(sentence, "650元") == "服务费"
    sentence = "2025年，通辽市首次实现超200万亩规模“吨粮田”，水肥利用率提升30%。"
    assert indicator_of(sentence, "超200万亩") == "吨粮田"  # 规模 only says it is a size


def test_village_livestream_figures() -> None:
    # 人民日报 2026-05-08, 向下扎根的“村播”何以向上生长
    sentence = "去年12月的一场直播，他和10多名“村播”卖出去4万多斤大米。"
    assert indicator_of(sentence, "4万多斤") == "大米"  # jieba tags 大米 as a numeral
    sentence = "我们收购了近30万张农户采集的竹叶，为附近乡亲带来3万多元收入。"
    assert indicator_of(sentence, "近30万张") == "竹叶"  # not the farmers who gathered them
    sentence = "抖音新增超过13.6亿条乡村视频，同比增长24.59%。"
    assert indicator_of(sentence, "24.59%") == "抖音新增乡村视频同比增长"


def test_grades_and_times_inside_the_counted_noun() -> None:
    # 人民日报 2026-05-07, 江西奋力把资源优势转化为产业优势
    sentence = "创建稀土与钨新材料等10个未来产业先导试验区。"
    assert indicator_of(sentence, "10个") == "未来产业先导试验区"  # 未来/t is attributive
    sentence = "刚投产不久的一期年产2万吨电池级碳酸锂项目生产火热。"
    assert "电池级碳酸锂" in indicator_of(sentence, "2万吨")  # 电池/n 级/q: a grade


def test_young_founder_figures() -> None:
    # 人民日报 2026-05-06, 用数据和AI把家乡拖鞋卖到海外
    sentence = "他和他的团队将25万双“广东制造”拖鞋卖到了美国、日本、韩国等国家和地区。"
    assert "拖鞋" in indicator_of(sentence, "25万双")  # 双 counts pairs
    sentence = "2025年3月，读大三的容海瑞利用30万元启动资金，组建创业团队。"
    assert indicator_of(sentence, "30万元") == "启动资金"  # 利用 a verb, 启动资金/l a noun
    sentence = "容海瑞的团队目前有11人，00后占绝大多数，只有3名全职员工。"
    assert indicator_of(sentence, "11人") == "团队"  # 目前 says when
    assert extract_sentence("推进双碳目标，一双手。", None, None) == []


def test_words_jiebas_dictionary_tags_as_adverbs() -> None:
    # 人民日报 2026-05-06, “没想到，开封这么会‘留人’”: 更新/d, 互动/d, 二次/m in jieba
    assert indicator_of("景区保持每年30%的节目更新率。", "30%") == "节目更新率"
    assert indicator_of("每日NPC互动超2000场。", "超2000场") == "NPC互动"
    sentence = "而餐饮、文创等二次消费收入达4.8亿元，占比37.8%。"
    assert indicator_of(sentence, "4.8亿元") == "二次消费收入"


def test_a_level_reached_is_not_what_the_figure_counts() -> None:
    # 人民日报 2026-05-06, 东方红拖拉机: 大关 after 1万台 is the milestone, not the noun
    sentence = "去年，海外市场销量首次突破1万台大关，同比增长41%。"
    assert indicator_of(sentence, "突破1万台") == "海外市场销量"
    assert indicator_of(sentence, "41%") == "海外市场销量同比增长"
    sentence = "在2025年建设的16个宜居宜业和美乡村建设先导区基础上，再建设一批。"
    assert "先导区" in indicator_of(sentence, "16个")  # 基础 closes a longer noun phrase


def test_pay_for_a_day_or_a_month_names_its_period() -> None:
    # 人民日报 2026-05-07, 村级小额工程集体建: a day's pay and a month's are two measures
    sentence = "村民方吉森一边帮人砌鸡棚，一天挣260元；一边自己搞养殖，每个月能再赚1500元。"
    assert indicator_of(sentence, "260元") == "日收入"
    assert indicator_of(sentence, "1500元") == "月收入"
    assert indicator_of("她在家门口务工，一天收入100多元。", "100多元") == "日收入"
    assert indicator_of("村民人均月收入达5000元。", "5000元") == "村民人均月收入"
    assert indicator_of("9月收入达5000元。", "5000元") == "收入"  # a month's, not monthly


def test_a_count_before_the_size_of_each_counts_the_noun_after_de() -> None:
    # 人民日报 2026-05-04, 非遗鱼灯舞出山村魅力
    sentence = "默契配合，9条长约4米、高约2米的巨型鱼灯在暮色中缓缓“游”进主街。"
    assert indicator_of(sentence, "9条") == "巨型鱼灯"
    assert indicator_of(sentence, "约4米") == "巨型鱼灯长度"


def test_acrobatics_figures() -> None:
    # 人民日报 2026-05-05, 吴桥：“杂技+”走出融合路
    sentence = "102件杂技陶俑借助三维与增强现实技术“活”了起来。"
    assert indicator_of(sentence, "102件") == "杂技陶俑"  # 陶俑/nr is still a noun
    sentence = "第二十届中国吴桥国际杂技艺术节成功举办，50余万人次现场参与，国庆假期接待游客。"
    assert indicator_of(sentence, "50余万人次") == "现场参与"  # 现场 says how they took part


def test_a_plant_named_by_its_capacity_is_measured_by_it() -> None:
    # 人民日报 2026-05-04, 红海畔，又添中国“大风车”: the gulf is where, not what
    sentence = "由中国电力建设集团承建的苏伊士湾1.1吉瓦风电项目正在进行风机吊装作业。"
    assert indicator_of(sentence, "1.1吉瓦") == "风电项目装机容量"
    assert indicator_of("建成10万千瓦光伏电站。", "10万千瓦") == "光伏电站装机容量"
    sentence = "2025年1月苏伊士湾1.1吉瓦风电项目启动时，他辞去石油公司的工作。"
    assert indicator_of(sentence, "1.1吉瓦") == "风电项目装机容量"  # 启动时/l closes it


def test_a_year_inside_the_counted_phrase_says_which_list() -> None:
    # 人民日报 2026-05-06, 农业气候资源普查
    sentence = "气象部门依托区划成果完成首批37家2025年抚州市气候友好型企业评审。"
    assert "气候友好型企业" in indicator_of(sentence, "37家")


def test_compounds_with_a_verb_inside_and_days_of_weather() -> None:
    # 人民日报 2026-05 (fact set rural_youth, hunan_sci_tech; round 48 relay_guard_mountains)
    sentence = "为杭州地区300多名蔬菜种植大户提供了优良蔬菜苗。"
    assert indicator_of(sentence, "300多名") == "蔬菜种植大户"
    sentence = "1000万元项目支持资金撬动企业10倍研发投入，加快研发速度。"
    assert indicator_of(sentence, "1000万元") == "项目支持资金"
    sentence = "设立百亿元金融授信支持企业重大技改。"
    assert "支持企业" not in (indicator_of(sentence, "百亿元") or "")  # 企业 is the object
    sentence = "保护区年降水量超1800毫米，雨雾日长达310天。"
    assert indicator_of(sentence, "310天") == "雨雾日"


def test_a_short_relative_clause_before_the_counted_noun() -> None:
    # 人民日报 2026-05-03, 共享车位 高效便民
    sentence = "94家具备条件的机关企事业单位在周末也免费开放停车场，提供车位4000多个。"
    assert indicator_of(sentence, "94家") == "机关企事业单位"


def test_saving_is_a_change_of_the_measure_before_it() -> None:
    # 人民日报 2026-04-30, 大模型助力种小麦，出苗率提升近三成
    sentence = "春灌用水减少近两成，追肥用量节省超20%，小麦出苗率提升近三成。"
    assert indicator_of(sentence, "超20%") == "追肥用量节省"


def test_an_average_reached_takes_the_measure_before_it() -> None:
    # 人民日报 2026-04-30, 全球每10朵茉莉花6朵来自广西横州
    sentence = "高峰期时每天要接待300人，节假日能达到日均1000人。"
    assert indicator_of(sentence, "1000人") == "日均接待"


def test_now_figure_measures_the_noun_whose_earlier_amount_was_vague() -> None:
    # 人民日报 2026 (fact set kaifeng_experience): 几百人 is no figure (上百场 is, over a
    # hundred), and both name what the figures after 现在 count.
    sentence = "“我来时，员工只有几百人，现在有超3000人；几年前演出也就上百场，现在已有3000多场了。"
    assert indicator_of(sentence, "超3000人") == "员工"
    assert indicator_of(sentence, "3000多场") == "演出"
    # a noun that only dates the earlier state (开业初期) names nothing
    sentence = "开业初期每天只有几百单的流水，如今高峰期每日突破6300单。"
    assert indicator_of(sentence, "突破6300单") != "开业"


def test_an_area_between_an_owner_and_a_noun_measures_the_noun() -> None:
    # 人民日报 2026 (fact set yiwu_foreigners, rural_youth)
    sentence = "如今，工厂4400平方米生产车间内，多条生产线正满负荷运转。"
    assert indicator_of(sentence, "4400平方米") == "工厂生产车间面积"
    sentence = "合作社1700多亩小麦长势良好，希望又是丰收年。"
    assert indicator_of(sentence, "1700多亩") == "合作社小麦面积"  # not 小麦长势
    sentence = "截至目前，乔鑫管理的合作社托管农户土地2万亩左右。"
    assert "面积" not in (indicator_of(sentence, "2万亩左右") or "")  # nothing after it


def test_two_big_counts_the_names_listed_before_it() -> None:
    # 人民日报 2026 (fact set running_shoes): 两大 is no part of the noun; the names are
    sentence = "截至目前，我国企业建设的海外仓已超过2500个，其中仅美国和欧洲两大市场就占七成以上。"
    assert indicator_of(sentence, "七成以上") == "美国和欧洲市场"
    sentence = "长三角、珠三角两大城市群经济总量超过40万亿元。"
    assert indicator_of(sentence, "超过40万亿元") == "长三角、珠三角城市群经济总量"


def test_pay_given_to_someone_is_named_by_the_pay() -> None:
    # 人民日报 2026 (fact set seaweed_carbon): 给我 says to whom; 采收报酬 says what it is
    assert indicator_of("“小院发放给我6万多元采收报酬呢。", "6万多元") == "采收报酬"
    assert indicator_of("公司支付给我们70万元。", "70万元") == "公司支付"


def test_money_a_subject_works_with_is_named_by_the_noun_after_it() -> None:
    # 人民日报 2026-04-27, 政策性农担这样稳粮富农
    sentence = "10年来，农担以700亿元资本金累计撬动银行贷款近2万亿元。"
    assert indicator_of(sentence, "700亿元") == "农担资本金"
    assert indicator_of(sentence, "近2万亿元") == "银行贷款"


def test_a_price_praised_as_high_is_the_price_the_verb_fetched() -> None:
    # 人民日报 2026-04-30, 经济大省挑大梁
    sentence = "2024年10月，一个名为“普冰03”的小麦品种，在河南省中原农谷拍出666万元的高价。"
    assert indicator_of(sentence, "666万元") == "拍出价格"


def test_a_noun_and_its_products_are_one_measure() -> None:
    # 人民日报 2026-04-30, 经济大省挑大梁: 及其 joins the two nouns
    sentence = "2025年，河南生产了全国1/4的小麦、1/10的粮食，每年调出原粮及其制成品600亿斤。"
    assert indicator_of(sentence, "600亿斤") == "原粮及其制成品"


def test_each_better_than_keeps_the_measure_before_it() -> None:
    # 人民日报 2026 (fact set beidou_agriculture): 均 between the measure and 优于
    sentence = "直线、交接行作业精度均优于2.5厘米，让农机在翻耕、耙地时开得更直。"
    assert "作业精度" in (indicator_of(sentence, "2.5厘米") or "")


def test_a_sentence_opening_on_a_policy_since_it_began_names_what_was_done() -> None:
    # 人民日报 2026-04-30, 为困难群众筑牢生活防线: the clause's only noun is the verb
    sentence = (
        "婚姻登记“全国通办”自2025年5月10日实施以来，截至目前各地共办理68.2万对，"
        "彻底解决跨省婚恋群众“来回跑”的困扰。"
    )
    assert indicator_of(sentence, "68.2万对") == "婚姻登记全国通办办理"


def test_including_opens_a_part_like_among_them() -> None:
    sentence = "全省共有各类市场主体120万户，包括企业40万户、个体工商户80万户。"
    assert indicator_of(sentence, "40万户") == "企业"


def test_visits_a_host_received_name_the_host_and_the_visit() -> None:
    # 人民日报 2026 (fact set sports_events_consumption)
    sentence = "据统计，3天的赛事累计吸引2.3万人次现场观赛，赛场艺廊累计迎来3.5万人次游览。"
    assert indicator_of(sentence, "3.5万人次") == "赛场艺廊游览"


def test_a_kind_pointed_at_before_the_figure_is_what_is_counted() -> None:
    # 人民日报 2026 (fact set bamboo_straw, farm_stay_experience)
    sentence = "像这样的毛竹加工厂，目前池州市已建成20多个，与循环产业园构成分级加工的生产体系。"
    assert indicator_of(sentence, "20多个") == "毛竹加工厂"
    sentence = "像这样的精品民宿，流清湾片区已有330余家。"
    assert indicator_of(sentence, "330余家") == "精品民宿"


def test_people_appointed_to_a_role_are_counted_by_the_role() -> None:
    # 人民日报 2026 (fact set enforcement_campaign)
    sentence = "司法部选聘了50名各领域代表作为特邀行政执法监督员。"
    assert indicator_of(sentence, "50名") == "特邀行政执法监督员"


def test_a_bare_value_is_the_value_of_the_things_counted_before() -> None:
    # 人民日报 2026 (fact set procuratorate_firms)
    sentence = "该项目280余套房产被悉数查封，价值高达1.1亿余元。"
    assert indicator_of(sentence, "1.1亿余元") == "房产价值"


def test_classes_of_animals_listed_each_name_their_count() -> None:
    # 人民日报 2026 (fact set nature_reserves_70y): 爬行/v 类/q in jieba's own dictionary
    sentence = "记录有兽类43种、鸟类277种、两栖类23种、爬行类62种、鱼类25种、已鉴定昆虫996种。"
    assert indicator_of(sentence, "43种") == "兽类"
    assert indicator_of(sentence, "62种") == "爬行类"


def test_seats_a_holder_takes_are_counted_among_the_ranked() -> None:
    # 人民日报 2026 (fact set ndrc_outlook, drug_prices)
    sentence = "全球排名前15位的百强创新集群当中，我国占5席。"
    assert indicator_of(sentence, "5席") == "百强创新集群席位"
    sentence = "行业龙头企业加速崛起，目前全球前50医药企业我国占6席。"
    assert indicator_of(sentence, "6席") == "医药企业席位"


def test_times_drawn_in_are_named_by_the_investment_drawn() -> None:
    # 人民日报 2026 (fact set hunan_sci_tech)
    sentence = "1000万元项目支持资金撬动企业10倍研发投入，加快研发速度。"
    assert indicator_of(sentence, "10倍") == "研发投入"


def test_the_circumstance_a_figure_frames_is_not_what_it_measures() -> None:
    # 人民日报 2026-04-28, 淠史杭灌区，农田喝上及时水; fact set internet_hospitals
    sentence = "在水稻栽插面积基本一致、降雨量较上年同期偏少5%的情况下，灌区灌溉引水量下降。"
    assert "降雨量" in (indicator_of(sentence, "5%") or "")
    sentence = "由于部门衔接不畅，时有出现患者药品配送延迟3—5天的情况。"
    assert indicator_of(sentence, "5天") == "患者药品配送延迟"


def test_a_change_both_figures_had_is_a_fact_of_each() -> None:
    # 人民日报 2026 (fact set kaifeng_experience)
    sentence = "去年，开封累计接待游客1.16亿人次，实现文旅综合收入870.68亿元，同比增长均超10%。"
    facts = [f.indicator for f in extract_sentence(sentence, None, None) if f.raw_text == "超10%"]
    assert facts == ["接待游客同比增长", "文旅综合收入同比增长"]


def test_growth_of_a_kind_is_growth_of_the_subject() -> None:
    # 人民日报 2026 (fact set kaifeng_experience): 跨越式 only says what kind
    sentence = "近年来，万岁山年综合营收从8000多万元增至12.7亿元，实现了15倍的跨越式增长。"
    assert "综合营收增长" in (indicator_of(sentence, "15倍") or "")


def test_a_measure_named_after_the_basis_it_is_compared_to() -> None:
    # 人民日报 2026 (fact set port_hub): not the subject of the clause before (西江)
    sentence = "届时西江中上游船舶可经此直抵北部湾，较从广州港出海航程缩短560公里以上。"
    assert (indicator_of(sentence, "560公里以上") or "").endswith("航程缩短")


def test_households_counted_before_a_per_household_figure() -> None:
    # 人民日报 2026-04-27, 政策性农担这样稳粮富农: 户户 here is no reduplication (一户户)
    sentence = "去年给村集体分红126万元，带动760户户均务工增收4000元。"
    assert indicator_of(sentence, "760户") == "带动户数"
    assert indicator_of(sentence, "4000元") == "户均务工增收"


def test_a_place_suffix_heads_the_noun_after_a_share() -> None:
    # 人民日报 2026-04-27, 政策性农担这样稳粮富农: 农业/n 大/a 县/zg
    sentence = "截至目前，农担业务覆盖99%以上的县域和100%农业大县。"
    assert indicator_of(sentence, "100%") == "农业大县"


def test_a_span_after_weiqi_is_how_long_the_event_after_it_lasts() -> None:
    # 人民日报 2026-04-28, “世界超市”魅力足 (jieba glues 展在 into one verb)
    sentence = "4月27日，为期3天的2026义乌国际时尚饰品工厂展在义乌国际博览中心开幕。"
    assert indicator_of(sentence, "3天") == "2026义乌国际时尚饰品工厂展会期"


def test_a_clause_saying_how_a_flow_trends_names_the_change_after_it() -> None:
    # 人民日报 2026-04-27, 绿电清风，从这里吹向全球
    sentence = "今年一季度，我国风力发电机组及其零件出口向好，同比增长45.2%。"
    assert indicator_of(sentence, "45.2%") == "风力发电机组及其零件出口同比增长"


def test_a_lone_head_after_suo_is_named_by_what_needs_it() -> None:
    # 人民日报 2026-04-28, 物流动脉更畅 服务产业更强
    sentence = "标准化托盘循环共用，货车一次周转所消耗的时间也减少了一半。"
    assert indicator_of(sentence, "一半") == "周转时间减少"


def test_a_compound_count_of_trips_split_by_jieba_is_one_noun() -> None:
    # 人民日报 2026-04-28, 物流动脉更畅 (jieba: 运输车/n 次/q)
    sentence = "“我找车”平台已累计注册司机108.3万人，累计运输车次近997万次。"
    assert indicator_of(sentence, "近997万次") == "运输车次"


def test_a_multiple_of_a_basis_measures_what_the_clause_before_raises() -> None:
    # 人民日报 2026-04-28, 物流动脉更畅: 传统方式 is the basis, not the measure
    sentence = "快递企业的智慧分拨中心内，自动化分拣线不断提升效率，已经达到传统方式的3倍以上。"
    assert indicator_of(sentence, "3倍以上") == "自动化分拣线效率"


def test_places_selected_as_pilots_are_counted_by_the_title() -> None:
    # 人民日报 2026-04-28, 辽宁制造提“智”加“数”
    sentence = "推出典型产品329个；4市入选中小企业数字化转型试点城市。"
    assert indicator_of(sentence, "4市") == "市入选中小企业数字化转型试点城市"


def test_a_grade_after_an_adjective_stays_on_the_noun() -> None:
    # 人民日报 2026-04-28, 辽宁制造提“智”加“数” (jieba: 先进/a 级/q)
    assert indicator_of("在辽宁，这样的先进级智能工厂有273家。", "273家") == "先进级智能工厂"


def test_a_place_between_a_verb_and_its_object_leaves_the_verb() -> None:
    # 人民日报 2026-04-28, 辽宁制造提“智”加“数”: 辽宁 goes to the region column
    sentence = "重点培育省级工业互联网平台达112个，服务辽宁企业超2万家。"
    assert indicator_of(sentence, "超2万家") == "服务企业"


def test_a_place_before_a_lone_counted_noun_names_the_programme() -> None:
    # 人民日报 2026-04-25, 坚持改革创新…专题新闻发布: 湖北实验室 is a programme
    sentence = "湖北将建好用好45个全国重点实验室、10个湖北实验室。"
    assert indicator_of(sentence, "10个") == "湖北实验室"


def test_a_count_grown_from_an_earlier_one_keeps_its_measure() -> None:
    # 人民日报 2026-04-20, 一粒小纽扣，如何联动大市场: 从…发展到
    sentence = "很快，桥头镇的纽扣地摊从最初的2家发展到40多家。"
    assert indicator_of(sentence, "2家") == "纽扣地摊"
    assert indicator_of(sentence, "40多家") == "纽扣地摊"


@pytest.mark.parametrize(
    ("sentence", "raw_text", "expected"),
    [
        # 人民日报 2026-04-26, 都江堰的春灌水，精准称出来
        ("4.6万多公里渠系延绵交错，覆盖8市41县1194.5万亩农田。", "8市", "覆盖市"),
        ("4.6万多公里渠系延绵交错，覆盖8市41县1194.5万亩农田。", "41县", "覆盖县"),
        (
            "需水预测模型和配水模型3分钟就生成方案，农田按需“喝水”。",
            "3分钟",
            "配水模型生成方案用时",
        ),
        # 人民日报 2026-04-25, 我国创新能力持续提升: verbs of wrongdoing class the cases
        ("全国版权部门共查处实体市场侵权盗版案件1.28万件。", "1.28万件", "实体市场侵权盗版案件"),
        ("海关共查扣进出口侵权嫌疑货物28.2万批次。", "28.2万批次", "进出口侵权嫌疑货物"),
        (
            "人民法院共审结知识产权民事、刑事、行政案件277万件。",
            "277万件",
            "审结" + "知识产权民事、刑事、行政案件",
        ),
        # 人民日报 2026-04-25, 坚持改革创新…专题新闻发布
        ("以20个千亿元级特色产业为骨干的产业集群加快发展。", "20个", "千亿元级特色产业"),
        ("湖北新增返乡创业经营主体17.1万户、带动就地就业45.2万人。", "45.2万人", "就地就业"),
        # 人民日报 2026-04-26, 黑龙江加快高新技术成果产业化 (jieba: 合同/a)
        ("他们引资1000万元成立的安牧吉（黑龙江）食品有限公司，即将投产。", "1000万元", "引资成立"),
        ("生态圈内高校院所省内成交技术合同1015项、成交额超14亿元。", "1015项", "技术合同"),
        # 人民日报 2026-04-26, 更高水平更高质量做好节能降碳工作
        (
            "工业能源消费量约占全社会能源消费总量的2/3。",
            "2/3",
            "工业能源消费量占全社会" + "能源消费总量",
        ),
        ("我国人均电力消费量仅为经济合作与发展组织（OECD）国家的56%。", "56%", "人均电力消费量"),
        (
            "我国能耗强度降低对碳排放强度降低的贡献度始终保持在70%以上。",
            "70%以上",
            "能耗强度降低对碳排放强度降低的贡献度",
        ),
        ("部分工业行业仍有超过10%的产能能效低于基准水平。", "超过10%", "产能能效低于基准水平"),
        # 人民日报 2026-04-25, 把计算机代码“种”进泥土里
        ("不育系繁种产量太低，一亩地打不出100斤种子。", "100斤", "种子亩产"),
        # 人民日报 2026-04-24, 房地产市场，稳的态势在增强
        (
            "今年一季度，全国超100市（县）出台房地产相关政策约160条。",
            "超100市",
            "市出台房地产相关政策",
        ),
        # 人民日报 2026-04-27, 科创企业有了专属“服务员”: near a bound is an amount
        ("平台已为30多家企业对接了累计近亿元的金融服务。", "近亿元", "金融服务"),
        # 人民日报 2026-04-24, 白羽肉鸡育种攻关记
        ("当时县里“圈”出3000亩符合生物安全标准的区域用于核心育种场建设。", "3000亩", "区域"),
        (
            "国内鸡爪价格是北美地区的1.9—2.3倍，鸡胸肉价格仅为美国的20%左右。",
            "20%左右",
            "鸡胸肉价格",
        ),
        ("白羽肉鸡作为世界鸡肉生产的主导品种，贡献了全球约70%的鸡肉。", "约70%", "全球鸡肉"),
        ("“品种还在持续迭代，至今育种已累计投入超过14亿元。”", "超过14亿元", "育种投入"),
        # 人民日报 2026-04-24, 透视84.7%贡献率里的内需新动能
        (
            "服务零售额同比增长5.5%，网上商品和服务零售额同比增长8.0%。",
            "8.0%",
            "网上商品和服务零售额同比增长",
        ),
        ("其中设备工器具购置投资更是大幅增长13.9%。", "13.9%", "设备工器具购置投资增长"),
        # 人民日报 2026-04-27, 广西做实做强做优实体经济; 全链条节水，严控春灌耗水量
        ("一张铝箔，最薄0.006毫米。", "0.006毫米", "铝箔厚度"),
        (
            "以前春夏灌年用水量1700多万立方米，去年仅用了1500多万立方米。",
            "1500多万立方米",
            "灌年用水量",
        ),
        (
            "预计2026年河套灌区春灌耗水量将严格控制在14亿立方米左右。",
            "14亿立方米左右",
            "河套灌区春灌耗水量",
        ),
        # 人民日报 2026-04-24, 商业航天，加速“飞天” (jieba: 在/p 轨/n, 卫星/nr)
        ("现在太空大概有800颗在轨遥感卫星，数量还在快速增长。", "800颗", "在轨遥感卫星"),
        # 人民日报 2026-04-24, 大巴山里长出片片“生金”林
        ("康开祥成功从银行贷到360万元。", "360万元", "银行贷款"),
        ("开发面积只占流转林地的1/10。", "1/10", "开发面积占流转林地比重"),
        # 人民日报 2026-04-26, 知识产权聚活力 创新发展添动力
        (
            "布局建设82家国家级知识产权保护中心和50家快速维权中心。",
            "82家",
            "国家级知识产权保护中心",
        ),
        # 人民日报 2026-04-28, 秀出中国制造硬实力 (jieba: 片段/m)
        ("累计处理真实驾驶数据片段超3亿条，实车验证里程超12亿公里。", "超3亿条", "数据片段"),
        # 人民日报 2026-04-22, 船行千万里 智慧来护航: changes of the figures just stated
        (
            "我国港口进出港船舶达811.06万艘次，货物吞吐量达47.95亿吨，同比分别增长6.57%、21.72%。",
            "6.57%",
            "港口进出港船舶增长",
        ),
        (
            "我国港口进出港船舶达811.06万艘次，货物吞吐量达47.95亿吨，同比分别增长6.57%、21.72%。",
            "21.72%",
            "货物吞吐量增长",
        ),
        # 人民日报 2026-04-22, 又“酸”又“瘦”的荒坡，这样变沃土
        ("好在，民和街道凰岭村在村委积极推动下，率先流转了200亩土地。", "200亩", "流转面积"),
        ("最终，北良农场在全县流转到8000余亩土地，经平整后扩充至1万多亩。", "8000余亩", "流转面积"),
        # 人民日报 2026-04-22, 川渝两地知识产权案件数量稳步下降
        ("2025年重庆法院新收各类知识产权案件14438件、审结14323件。", "14323件", "审结知识产权案件"),
        (
            "其中，法院在13件案件中适用惩罚性赔偿，金额达到3400多万元。",
            "13件",
            "适用惩罚性赔偿案件",
        ),
        (
            "其中，法院在13件案件中适用惩罚性赔偿，金额达到3400多万元。",
            "3400多万元",
            "适用惩罚性赔偿案件金额",
        ),
        # 人民日报 2026-04-23, 从快递增速感受发展活力
        ("今年一季度，我国快递业务量累计完成477.3亿件，同比增长5.8%。", "477.3亿件", "快递业务量"),
        ("纵向看，与近几年同期的增幅相比，5.8%的增速有所回落。", "5.8%", "增速"),
        # 人民日报 2026-04-22, 内蒙古新篇章; 山东…增长极; 又“酸”又“瘦”的荒坡
        ("内蒙古“十四五”时期煤炭累计产量61亿吨，占全国1/4以上。", "61亿吨", "煤炭累计产量"),
        ("全国超过1/3的商用车、一半的动车组、80%的深海钻井平台产自山东。", "一半", "动车组"),
        ("单说水肥管理这一块，一人、一机、一屏，就能管1000亩地。", "1000亩", "管理面积"),
        # 人民日报 2026-04-21: 数据集, 岸线 (jieba splits both); a span before 学制
        ("打造不少于40个典型应用场景、3个以上行业高质量数据集。", "3个以上", "行业高质量数据集"),
        ("近年来，宜宾沿江197户企业整体搬迁或关停，5.61公里生产岸线退出。", "5.61公里", "生产岸线"),
        ("这6个大学生技师班均采取全日制教育教学，2年学制，包括1年在校学习。", "2年", "学制"),
        # 人民日报 2026-04-20, 服务消费潜力稳定释放: 1—2月份 is one basis
        (
            "网上服务零售额增长8.8%，增速比1—2月份加快1.5个百分点。",
            "1.5个百分点",
            "网上服务零售额增速",
        ),
        (
            "服务零售额同比增长5.5%，增速高于同期商品零售额3.3个百分点。",
            "3.3个百分点",
            "服务零售额增速高于同期商品零售额",
        ),
        # 人民日报 2026-04-24, 房地产市场，稳的态势在增强
        (
            "全国新建商品房销售面积19525万平方米，同比降幅比1—2月份收窄3.1个百分点。",
            "3.1个百分点",
            "新建商品房销售面积同比降幅收窄",
        ),
        # 人民日报 2026-04-20, 今年已累计安排“两重”建设资金6065亿元
        (
            "今年累计安排“两重”建设资金6065亿元，占全年8000亿元的76%。",
            "76%",
            "两重建设资金占全年比重",
        ),
        # 人民日报 2026-04-19, 中国经济韧性持续增强
        ("一季度，我国汽车累计出口222.6万辆，同比增长56.7%。", "222.6万辆", "汽车出口"),
        ("超六成企业拥有自有品牌，近4000家企业首次亮相。", "超六成", "企业拥有自有品牌"),
        # 人民日报 2026-04-20, 用有效投资打开发展新维度
        ("到2030年贯通后，上海到重庆只需5个多小时。", "5个多小时", "上海到重庆用时"),
        ("3岁以下婴幼儿人数接近3000万，教育投资空间巨大。", "接近3000万", "婴幼儿人数"),
        # 人民日报 2026-04-17 第07版, “丝路海运”助港航贸一体化发展: items up to 等 count as
        # the class named after it
        (
            "厦门港海天码头，一艘装载6000多件鞋服、小电器及日用百货等跨境电商货物的货船离泊。",
            "6000多件",
            "跨境电商货物",
        ),
        # 人民日报 2026-04-18 第04版, “白色污染”变“绿色资源”: the tons are those recovered
        ("2025年秋季以来，共回收废旧地膜2.14万吨。", "2.14万吨", "回收废旧地膜"),
        # 人民日报 2026-04-18 第01版, 中国创新正在全方位加速突破: whose contribution
        (
            "规上高技术制造业增加值同比增长12.5%，占规上工业增加值比重提高到16.9%，"
            "拉动规上工业增长2个百分点。",
            "2个百分点",
            "规上高技术制造业增加值拉动规上工业增长",
        ),
        # 人民日报 2026-04-17 第04版, 四个关键词，读懂经济“一季报”
        (
            "从一季度数据来看，内需贡献率更高，达到84.7%，同比提高近30个百分点。",
            "近30个百分点",
            "内需贡献率同比提高",
        ),
        ("投资增速与去年比由负转正，消费品进口一季度增长5.4%。", "5.4%", "消费品进口增长"),
        (
            "目前我国能源消费总量中，石油占比不到两成，煤炭的兜底保障作用较强，占比超过五成。",
            "超过五成",
            "煤炭占比",
        ),
        ("公司的科技人才中，90后占比达74%。", "74%", "占比"),
        # 人民日报 2026-04-17 第07版, 微盆景创出大产业: shipped, a flow; 出口…国家 says where
        ("旺季时，每天能出货超30万盆绿植盆景。", "超30万盆", "绿植盆景出货"),
        ("产品出口100多个国家和地区。", "100多个", "国家和地区"),
        # 人民日报 2026-04-17 第07版, 国潮绽放消费新活力: the height of the thing after 的
        ("由工作人员装扮的一个3米多高的机甲正在和观众热情互动。", "3米多", "机甲高度"),
        # 人民日报 2026-04-17 第15版, 小屏幕激活大产业: the fee after the amount
        ("向进村拍摄的剧组每天收取3000元场地费，餐饮、住宿由村里统一提供。", "3000元", "场地费"),
        ("村民农闲时当群演，一天能挣100到200元。", "100", "群演日收入"),
        # 人民日报 2026-04-18 第06版, 监测“云中雨” 预报更精准: a cycle, a height, layers
        (
            "每过40秒，它便转一圈，每转过一圈，就能精准捕获地面以上2公里内近地面层大气中的液态水信息。",
            "40秒",
            "转一圈用时",
        ),
        (
            "每过40秒，它便转一圈，每转过一圈，就能精准捕获地面以上2公里内近地面层大气中的液态水信息。",
            "2公里",
            "地面以上",
        ),
        ("“水利测雨雷达可对地面以上2公里空间，进行35层无间隔连续精细监测。”", "35层", "监测层数"),
        (
            "这套系统可以对三峡—葛洲坝梯级水利枢纽工程区域及周边约1.3万平方公里的降雨情况开展精细化监测与预报。",
            "约1.3万平方公里",
            "监测面积",
        ),
        # 人民日报 2026-04-19, 经济韧性: a market ranked by a measure, the largest growth
        (
            "前两月，俄罗斯、阿联酋、巴西成为中国汽车出口量前三的国家，均突破10万辆；"
            "其中巴西市场增幅最大，同比增长3.8倍。",
            "突破10万辆",
            "中国汽车出口量",
        ),
        (
            "前两月，俄罗斯、阿联酋、巴西成为中国汽车出口量前三的国家，均突破10万辆；"
            "其中巴西市场增幅最大，同比增长3.8倍。",
            "3.8倍",
            "巴西市场同比增长",
        ),
        # 人民日报 2026-04-18, 青海因地制宜做强高原特色农业: how the change was reckoned
        (
            "2025年，都兰县枸杞鲜果产值达4127万元，按统计口径测算同比增长578.11%。",
            "578.11%",
            "枸杞鲜果产值同比增长",
        ),
        # …but a comparison before it is no superlative (人民日报 2026-04-23, 快递一季报)
        ("纵向看，与近几年同期的增幅相比，5.8%的增速有所回落。", "5.8%", "增速"),
    ],
)
def test_measures_of_blind_rounds_52_to_60(sentence: str, raw_text: str, expected: str) -> None:
    # Each case is a real sentence from a round's article (人民日报 2026-04-17…28) and the
    # rule it prompted.
    assert indicator_of(sentence, raw_text) == expected


def test_two_figures_of_one_value_in_one_list_are_one_fact_each() -> None:
    # 人民日报 2026-04-24, 白羽肉鸡育种攻关记 (jieba: 鸡/n 胗/g)
    sentence = "‘沃德188’鸡翅增产8%、鸡爪增产20%、鸡胗增产20%、鸡腿增产10%。"
    facts = [f for f in extract_sentence(sentence, None, None) if f.raw_text == "20%"]
    assert [f.indicator for f in facts] == ["鸡爪增产", "鸡胗增产"]


_JOB_FAIRS = (
    "人力资源社会保障部组织各地各有关机构陆续推出84场面向先进制造、医疗卫生、信息技术、"
    "现代服务、新能源等重点行业和京津冀、珠三角、成渝地区等重点区域的线上线下专场（校园）"
    "招聘会，12场跨区域巡回招聘会，24场直播带岗，11场政策宣讲和就业指导，共计131场活动。"
)


@pytest.mark.parametrize(
    ("sentence", "raw_text", "expected"),
    [
        # 人民日报 2026-04-16, 高校毕业生春季专场: a long 面向… description before 的
        (_JOB_FAIRS, "84场", "线上线下专场招聘会"),
        (_JOB_FAIRS, "11场", "政策宣讲和就业指导"),
        # 人民日报 2026-04-16, 黄海湿地: a relative clause, then the head noun (探头/n)
        (
            "‘720高地’安装了13台带有鸟类智能识别功能的全景探头，24小时不间断追踪鸟类活动轨迹。",
            "13台",
            "全景探头",
        ),
        # 人民日报 2026-04-15, 装配式住房: a share taken by a verb or closing a 等 list
        (
            "位于河北廊坊的智能工厂完成结构浇筑、保温处理、管线预埋、室内装修等90%以上工序。",
            "90%以上",
            "工序",
        ),
        ("智能工厂完成90%工序。", "90%", "工序"),
        ("全年投资完成80%。", "80%", "投资"),  # nothing after: the subject's share
        # …and a habitual adverb between subject and verb
        (
            "“以往类似规模的厂房主体施工往往需要8个月以上，还容易受天气影响。",
            "8个月以上",
            "厂房主体施工",
        ),
        # …and those counted named by a verb phrase and 的 alone (的字结构)
        ("在玉皇社区集中安置点，像王维英家这样采用轻钢结构的已有29户。", "29户", "采用轻钢结构"),
        ("其中来自农村的有20人。", "20人", "来自农村"),
        # 人民日报 2026-04-16, 县域普惠金融: an altitude is no measure of the place it describes
        (
            "在平均海拔超5000米的西藏自治区那曲市双湖县，农行西藏双湖支行是全县唯一的金融机构。",
            "超5000米",
            "平均海拔",
        ),
        ("面积超10万平方米的光伏系统。", "超10万平方米", "光伏系统面积"),
        # …a name jieba glued to 的 (鹬的), and 单次/b inside the measure's name
        (
            "小青脚鹬的单次调查最高数量为2694只，为目前全球记录到的最高数量。",
            "2694只",
            "小青脚鹬的单次调查最高数量",
        ),
        # 人民日报 2026-04-15, 科学智能: a field's name kept whole (蛋白质折叠/n)
        ("其中，3万卡规模蛋白质折叠模拟较传统算法加速1000倍；", "3万卡", "蛋白质折叠"),
        # 人民日报 2026-04-12 第01版, 水清岸绿共城兴: a grade and those above it, adjectives
        # before the head noun, a measure word after 这 that only points
        (
            "放眼全国，截至2025年底，3000多条地级及以上城市黑臭水体基本消除、治理成效进一步巩固提升。",
            "3000多条",
            "地级及以上城市黑臭水体基本消除",
        ),
        ("全市二级及以上医院达到56家。", "56家", "二级及以上医院"),
        ("这条总长度不到400米的河道，如今24小时有人守护。", "不到400米", "河道总长度"),
        ("这个村有农户120户。", "120户", "农户"),
        # 人民日报 2026-04-11 第04版, 临泽县节水记: a share of a place's level, and a
        # saving named by its verb after the basis
        ("甘肃省张掖市临泽县，年均降水量不到全国平均水平的三成。", "三成", "年均降水量"),
        ("“车间阀门实现自动化控制，较此前节水20%至25%。", "25%", "节水"),
        # 人民日报 2026-04-12 第01版, 千年运河正青春: a list up to 等 counts the class after
        # it, whichever classes (各级各类) it covers; 古建筑/nr is a noun in the list
        (
            "大运河拥有的1200多处河道、古建筑、古遗址、石刻等各级各类遗存，368处水工设施等重要代表性遗存。",
            "1200多处",
            "遗存",
        ),
        # 人民日报 2026-04-11 第05版: 本地/b before the class after 等, a measure word after
        # 这 that only points
        (
            "喻屯甜瓜、运河大米、风干鱼等30余种本地特产集中亮相，吸引游客驻足选购。",
            "30余种",
            "本地特产集中亮相",
        ),
        ("这款甘蔗单根重量达6—8斤。", "8斤", "甘蔗单根重量"),
        # 人民日报 2026-04-11 第06版, 春耕图鉴上新: a multiple of one basis and another,
        # and an adverb (反而/c) between a measure and its change
        (
            "大中型灌区亩均产量更是全国平均水平的1.5倍、旱地的2.7倍。",
            "2.7倍",
            "大中型灌区亩均产量",
        ),
        (
            "新版本在算力缩小50%的同时，关键任务性能反而提升了5%。",
            "5%",
            "关键任务性能提升",
        ),
        # 人民日报 2026-04-10 第07版, 超级试验场: a size, more description, 的 + the thing
        (
            "走进“模数空间”，一个20厘米高、长相可爱的机器人娃娃，正在朗读面前的少儿绘本。",
            "20厘米",
            "机器人娃娃高度",
        ),
        (
            "从城央的市民公园，到700多平方公里的万山无人船海上测试场。",
            "700多平方公里",
            "万山无人船海上测试场",
        ),
        # 人民日报 2026-04-10 第01版, 辽宁以开放新优势: a basis that is no period, 提速 a
        # change, 今年以来 only when
        ("时效较海运提速超2倍。", "超2倍", "时效提速"),
        ("今年以来企业出口量同比增长超三成。", "超三成", "企业出口量同比增长"),
        # 人民日报 2026-04-11 第02版, 海南自由贸易港: the tax waived is no second import sum
        (
            "截至3月底，海南进口“零关税”商品20.21亿元，免税3.29亿元。",
            "3.29亿元",
            "进口零关税商品免税",
        ),
        # 人民日报 2026-04-11 第05版: a money noun ending a compound (经济收入) after 的
        (
            "不仅为村集体带来年均15万元的经济收入，更带动周边村民就近务工就业。",
            "15万元",
            "经济收入",
        ),
    ],
)
def test_measures_of_round_62_and_unscored_april_articles(
    sentence: str, raw_text: str, expected: str
) -> None:
    assert indicator_of(sentence, raw_text) == expected


@pytest.mark.parametrize(
    ("sentence", "raw_text", "expected"),
    [
        # 人民日报 2026-04-14 第07版, 统种共富: after 将 the figure measures the object and
        # what is done with it, not the villagers before 将
        ("110户村民自愿将3000多亩耕地入股，合作社统一购置农机。", "3000多亩", "耕地入股"),
        # 多 after 万元 and before 的: the dividend is what the sum is, not who took it
        ("2025年家里六口人领了11万元多的分红，再加上外出务工。", "11万元多", "分红"),
        # a part taken out of a whole is a share of the whole, not of who took it
        ("合作社还从收益中拿出10%，用于发展村集体经济和公共事业。", "10%", "收益拿出"),
        # 人民日报 2026-03-25 第18版, 车市走势: 逼近 qualifies the figure like 接近
        ("在年销量增速逼近两位数、新能源渗透率逼近50%之后。", "逼近50%", "新能源渗透率"),
        # 人民日报 2026-03-25 第07版, 小小焊丝: 占地区… is 占 + 地区, not 占地; a reading
        # quoted after a colon is the value of what the colon closes
        (
            "2025年，东丽区民营经济增加值356.82亿元，增长3.5%，占地区生产总值比重45.6%。",
            "45.6%",
            "民营经济增加值占地区生产总值比重",
        ),
        ("车间电子大屏上显示着生产线转动速度：“28米/秒”。", "28米/秒", "生产线转动速度"),
        # 人民日报 2026-03-25 第13版, 浙江义乌: a fund named right after its sum is what the
        # sum is, and what the fund then does is no part of it
        ("义乌运作30亿元产业基金，重点支持“4+X”先进制造业体系项目。", "30亿元", "产业基金"),
        ("义乌还安排1亿元专项资金支持企业“品牌出海”，深化融合。", "1亿元", "专项资金"),
        # shares of two wholes listed, each of its own (not a second basis of one measure)
        ("最高按照生产设备投入的30%、网络软硬件投资的50%予以补助。", "50%", "网络软硬件投资"),
        # 人民日报 2026-03-25 第18版, 以旧换新: 小于 only bounds the figure; a comparative
        # after a basis (较行业平均水平高) leaves the measure before it; 耗电…度 is electricity
        ("要求洗每公斤衣物耗电不超过0.11度，耗水量小于6升。", "6升", "每公斤衣物耗水量"),
        ("拆解效率较行业平均水平高20%，资源回收率达95%。", "20%", "拆解效率"),
        # 人民日报 2026-03-18 第11版, 消防救援: the dead and the injured; a first item that
        # names its own measure (起数) takes no shared tail
        (
            "2025年，全国共接报火灾84.1万起，亡1827人、伤2161人，直接财产损失85.3亿元。",
            "1827人",
            "死亡人数",
        ),
        (
            "2025年，全国共接报火灾84.1万起，亡1827人、伤2161人，直接财产损失85.3亿元。",
            "2161人",
            "受伤人数",
        ),
        (
            "与2024年相比，起数、亡人数、伤人数分别下降7.6%、9.5%和19.6%。",
            "7.6%",
            "起数下降",
        ),
        ("从任务负荷看，全年平均不到13秒钟处置一起警情。", "不到13秒钟", "处置一起警情"),
        # 人民日报 2026-03-18 第08版, 山海共育“富民棚”: 亩产 before 能; a length before 外的
        # is a distance; what one 斤 sells for is a price
        ("别看现在苗子矮，不到半年就能长到4米高，亩产能到14吨。", "14吨", "亩产"),
        ("口感甜脆的福红李，是从2000公里外的福建“嫁”到宁夏的。", "2000公里", "距离福建"),
        ("这些产自宁夏的果子，一斤能卖到50元，还返销到福建。", "50元", "售价"),
        # 人民日报 2026-03-18 第11版, 防城港市: an economic development zone (经开区)
        (
            "防城港经开区规模以上工业总产值超2350亿元，产业园区综合评价名列全区第一。",
            "超2350亿元",
            "经开区规模以上工业总产值",
        ),
        # 人民日报 2026-03-18 第18版, 青岛百年纺织: 以 + area + 的 names the hall; spindles;
        # how long the research took (历经) is a measured span
        ("博物馆以2.3万平方米的历史文化馆为主体。", "2.3万平方米", "历史文化馆"),
        ("走进即发龙山工业园，10万纱锭智能纺纱项目展现着“智造”魅力。", "10万纱锭", "智能纺纱项目"),
        ("历经11年研发、投入1亿余元资金，公司建设无水染色装备。", "11年", "研发"),
        # 人民日报 2026-03-18 第08版, 社会救助: a fund or grant after 的 names the sum, not
        # the clause before with its own verb
        ("确保互助社成立时有不少于3万元的启动资金。", "不少于3万元", "启动资金"),
        ("根据章程按比例给予单人单笔最高1000元的救助金。", "1000元", "救助金"),
        # 人民日报 2026-03-27 第03版, 长期护理保险: a span spent (用…时间) on the work after
        # it; the rate moved to (过渡到) is the rate it started from; 主要 an adverb
        (
            "意见要求用3年左右时间，基本建立长期护理保险制度。",
            "3年左右",
            "建立长期护理保险制度用时",
        ),
        ("未就业城乡居民费率从0.15%左右起步，用约5年时间过渡到0.3%左右。", "约5年", "过渡用时"),
        (
            "未就业城乡居民费率从0.15%左右起步，用约5年时间过渡到0.3%左右。",
            "0.3%左右",
            "就业城乡居民费率",
        ),
        ("目前，为失能人员提供长期护理服务的场所主要有3类。", "3类", "场所"),
        (
            "全国长期照护师人员总数从零起步，2025年底已突破1万人。",
            "突破1万人",
            "长期照护师人员总数",
        ),
        # 人民日报 2026-03-27 第11版, 丰都: a population with no unit (总人口85万, 外出人员达
        # 26.5万); people counted before a relative clause are who is counted
        ("丰都县总人口85万，常年外出人员达26.5万。", "85万", "总人口"),
        ("丰都县总人口85万，常年外出人员达26.5万。", "26.5万", "外出人员"),
        ("并组建由11名律师参与的维权专班。", "11名", "律师"),
        ("建设3个部门联合发布的文件", "3个", "部门"),
        # 人民日报 2026-03-27 第06版, 花牛苹果 / 算电协同: a bare measure after another
        # figure is its subject's; a distance to a place; people and how they found work
        (
            "截至2025年底，天水市苹果栽培面积132.7万亩，总产量287万吨，其中，花牛苹果栽培面积86.9万亩，产量198万吨。",
            "198万吨",
            "花牛苹果产量",
        ),
        ("可以保障算力园区稳定消纳20公里外发电基地提供的绿电。", "20公里", "距离发电基地"),
        ("累计带动超3.3万人次就近就地就业。", "超3.3万人次", "就近就地就业"),
        # 人民日报 2026-03-17 第15版, 小衣架: after a relative clause ending in 的, the noun
        # after the figure is what it measures, not where it came from
        (
            "当地企业从克罗地亚进口的28立方米欧洲白蜡木板材抵达保税仓。",
            "28立方米",
            "欧洲白蜡木板",
        ),
        # 人民日报 2026-03-17 第04版, 前两月经济: months listed before 分别 share the measure
        # after the last; 回升面 is one word
        ("1月、2月CPI环比分别上涨0.2%和1%，2月受春节因素带动。", "1%", "CPI环比上涨"),
        ("41个大类行业中有31个行业增速比上年12月回升，回升面为75.6%。", "75.6%", "回升面"),
        # 人民日报 2026-03-17 第10版, 西瓜为何四季甜: a price per 斤 of named goods; 一般 says
        # how often; 重约 split; a count before a weight range and 的 counts the melons
        ("云南种植的蜜宝西瓜在每斤4.99元以上。", "4.99元以上", "蜜宝西瓜售价"),
        ("一季度的西瓜全国月均批发价格一般在每斤3元以上。", "3元以上", "月均批发价格"),
        ("由许勇团队选育的“京美2K”，单果重约4斤，已成为主栽品种。", "约4斤", "单果重"),
        ("箱内可容纳4个重量在10斤至12斤的西瓜。", "4个", "西瓜"),
        # 人民日报 2026-03-20, 国产数据库 / 狮头鹅: 率 glued to 仅; 一度 an adverb; a kind
        # pointed at (这样的) before the counted noun
        ("测试中，波动率仅为0.16%，保障了100%的数据正确性。", "0.16%", "波动率"),
        (
            "多年前，国外数据库产品的市场份额一度占80%以上，几乎垄断了核心系统。",
            "80%以上",
            "国外数据库产品的市场份额",
        ),
        ("如今，富锦已有25户这样的养殖户，年养殖量达3.5万只。", "25户", "养殖户"),
        # the noun one figure counts, then 和 and the next figure's own name
        ("并以每分钟20.55亿笔交易和单位成本0.8元的成绩，刷新了纪录。", "20.55亿笔", "交易"),
        ("并以每分钟20.55亿笔交易和单位成本0.8元的成绩，刷新了纪录。", "0.8元", "单位成本"),
        # 人民日报 2026-04-14 第07版, 2193座廊桥: the work that took the time (…用了)
        ("黄闽辉回忆，现场测量、计算用了整整7天，施工准备用了2个多月。", "2个多月", "施工准备用时"),
        # 人民日报 2026-04-13 第12版, 贵州困难群体就业 (round 64, after its first score):
        # the time allowed for the work; an age threshold a rule sets, in 岁
        ("经办机构需在25个工作日内办结并公示5个工作日。", "25个工作日", "办结时限"),
        (
            "大龄人员指女性年满45周岁及以上、男性年满55周岁及以上的失业人员。",
            "45周岁",
            "大龄人员指女性",
        ),
        # 人民日报 2026-03-23, 沙漠边也能种小麦 / 浙BA: a lone dimension after the thing the
        # clause before ends on; one round timed; 全部 and 全程 are how, not what
        ("这些“大家伙”是指针式喷灌机，长380多米。", "380多米", "指针式喷灌机长度"),
        ("“现在已经设置了最快速率，‘走’完一圈也要9个半小时。”", "9个半小时", "走完一圈用时"),
        ("新增的6个名额全部留给从复活赛突围的“县大队”。", "6个", "名额"),
        ("身高193厘米的嘉兴经开区队球员潘承恺是助理工程师。", "193厘米", "经开区队球员潘承恺身高"),
        ("传统的平移式喷灌机至少需要1个人全程看护。", "1个人", "平移式喷灌机全程看护"),
        # 人民日报 2026-04-13 第18版, 大行年报 (round 64, after its first score): a noun
        # listed with 、 right after the count is what is counted
        ("这家手握287项专利、核心技术全自研的国家级专精特新“小巨人”企业", "287项", "专利"),
        # 人民日报 2026-03-23 第03版, 苏台高速: a place reached within the time; half taken
        # off after 少了
        ("1小时就能开到宁波，路线更短，过路费省不少。", "1小时", "开到宁波用时"),
        ("实现‘一次勘界、双省确认’，前期工作时长少了一半。", "一半", "前期工作时长"),
        ("以前没有苏台高速，要先开车30分钟到嘉兴海宁市长安镇的高速互通口。", "30分钟", "开车用时"),
        # 人民日报 2026-03-23 第18版, 解码“场景办”: how long an agreement is set to last
        ("双方很快敲定了为期五年的合作伙伴关系。", "五年", "合作伙伴关系"),
        # 人民日报 2026-04-13 第08版, 火山岛结出燕窝果 (round 64, after its first score):
        # 根据 and the noun after it say what the price depends on, not what it is
        ("市场售价根据果品品级每斤从40元到80元不等。", "80元", "市场售价"),
        # 人民日报 2026-04-09 (round 65, after its first score): 同比增 is a change; places
        # that act together are counted; a period between whose and the measure
        ("2025年，我国花卉进出口总额9.18亿美元，同比增17％。", "17％", "花卉进出口总额同比增"),
        (
            "广东组织沿海14市统一开展粤港澳大湾区广东志愿净滩活动。",
            "14市",
            "沿海市开展粤港澳大湾区",
        ),
        (
            "杨文丽统计过，自己创办的苗绣工坊去年销售额386万元，再创新高。",
            "386万元",
            "创办的苗绣工坊销售额",
        ),
        ("近15万福建人到宁夏工作、生活；同样，有近5万宁夏人在福建就业创业。", "近5万", "宁夏人"),
        (
            "该技术通过化学分解技术和创新工艺，可产出纯度高达99.9%的再生DMT新材料。",
            "99.9%",
            "产出纯度",
        ),
        ("每名旅客最多可同车托运2只符合规定的宠物。", "2只", "宠物"),
        (
            "通过优化布局减少一次性投入5.94亿元，每年节约财政资金3.35亿元。",
            "5.94亿元",
            "一次性投入",
        ),
        # 人民日报 2026-04-07 (round 66, after its first score)
        (
            "2019年，2400多平方公里的长三角生态绿色一体化发展示范区在此落笔。",
            "2400多平方公里",
            "长三角生态绿色一体化发展示范区",
        ),
        ("平台高128米，超过40层居民楼。", "128米", "平台高度"),
        ("项目实现全部完工交付，项目工期仅历时12个月。", "12个月", "项目工期历时"),
        (
            "规划明确，河砂可开采总量较上轮规划压减86%，河道禁采河段占比约81%。",
            "86%",
            "开采总量压减",
        ),
        (
            "如今，富平乳品抽检合格率连续5年保持100%，12万人靠奶山羊产业实现就业增收。",
            "12万人",
            "靠奶山羊产业实现就业增收",
        ),
        ("在林芝，一座占地126亩的“水工厂”建成投产。", "126亩", "水工厂占地"),
        ("2013年前后，农家乐增至300多家，政府牵头修通公路。", "300多家", "农家乐"),
        ("硅钢是一种含硅量0.5%—4.8%的极薄钢片。", "4.8%", "含硅量"),
        ("该航行器可完成水下航程1000米的深海实验。", "1000米", "水下航程"),
        ("放眼示范区，迄今已发布6批共72项公共服务共建共享清单。", "6批", "公共服务共建共享清单"),
        ("海油工程天津智能制造基地拥有400余台套智能生产设备。", "400余台套", "智能生产设备"),
        # 人民日报 2026-04-05/06 (round 67, after its first score)
        ("在湖南，种粮大户黄勇的1200亩晚稻去年底就已售罄。", "1200亩", "晚稻面积"),
        (
            "航空集装货物外形轮廓最宽为2438毫米、最高为2997毫米。",
            "2438毫米",
            "航空集装货物外形轮廓宽度",
        ),
        ("航空集装货物外形轮廓最宽为2438毫米、最高为2997毫米。", "2997毫米", "高度"),
        (
            "截至3月底，汕头市公立医院已累计为7.56万人次减免挂号费约89.22万元。",
            "7.56万人次",
            "减免挂号费",
        ),
        ("这一品种的食味值达89分，远超普通大米的70分。", "89分", "食味值"),
        # 人民日报 2026-04-08 第18版, 水上“大力士” (read, not annotated): 重达 weighs
        ("该船桩架高度156米，能施打直径7米、重达700吨的桩基。", "7米", "桩基直径"),
        ("该船桩架高度156米，能施打直径7米、重达700吨的桩基。", "700吨", "桩基重量"),
        # 人民日报 2026-04-08 第10版, 小丝网: a micron is a length
        ("要利用径细11微米的不锈钢丝，编织出480个网孔。", "11微米", "不锈钢丝"),
        # 人民日报 2026-04-03 (round 68, after its first score): the passive's subject,
        # steel used by a sector, hives counted in 箱
        ("李加义说，消耗数亿词元，开发周期被压缩至两个月。", "两个月", "开发周期"),
        ("2025年，我国建筑业用钢占比由2020年的58%降至49%。", "49%", "建筑业用钢占比"),
        ("除了50余家本地养蜂户、约9000箱蜂群，今年从外地来的蜂农有35家。", "约9000箱", "蜂群"),
        # generations a line was bred over; a county jieba tags as a noun is no measure
        (
            "这个历时12年、6代选育的新品种，集生长快、含肉率高等优势于一身。",
            "6代",
            "新品种选育代数",
        ),
        ("每一个最终确定的玉米杂交组合，至少需要经过5代筛选。", "5代", "筛选代数"),
        ("3月18日，来自盱眙的一批1700公斤熟制小龙虾从上海港启运。", "1700公斤", "熟制小龙虾"),
        ("2023年至2025年，南宁每年举办演唱会的场次从21场增至约40场。", "21场", "举办演唱会的场次"),
        ("据统计，长沙夜间消费占全天消费额的60%左右。", "60%左右", "夜间消费占全天消费额"),
        # 人民日报 2026-03-28 (round 70, after its first score)
        ("科幻阅读产业全年总营收51.9亿元，实现连续8年增长。", "51.9亿元", "科幻阅读产业总营收"),
        ("不同科室住院床位使用率差异较大，从70%到120%不等。", "120%", "不同科室住院床位使用率"),
        ("“湘办通”APP已实现规模化应用，开通用户91万，覆盖全省党政机关单位。", "91万", "开通用户"),
        # 人民日报 2026-03-09 (round 72): a field's size class names the yield; the things a
        # classifier counts, not the work done on them; a long counted noun keeps its head
        ("十亩田单产1505公斤、百亩田单产1453公斤。", "1453公斤", "百亩田单产"),
        ("支撑10余个重大航天型号的考核鉴定工作。", "10余个", "重大航天型号"),
        (
            "补贴配置了370多台深沟探墒播种覆膜一体机，有效抵御了春旱。",
            "370多台",
            "深沟探墒播种覆膜一体机",
        ),
        ("2025年，未来产业产值同比增长13.3%。", "13.3%", "未来产业产值同比增长"),
        # 人民日报 2026-03-10 (round 73), the procuratorate's and the court's reports: crimes
        # listed before 等 name a bare head; a verb before 各类 says which; a set verb is
        # its own action; a lone verb counts the crimes the clause before names
        ("严惩严重暴力犯罪，起诉故意杀人、抢劫、绑架等犯罪5.4万人。", "5.4万人", "故意杀人等犯罪"),
        ("起诉金融、国企、能源等领域职务犯罪9174人。", "9174人", "金融等领域职务犯罪"),
        (
            "全年批准逮捕各类犯罪嫌疑人66.4万人，提起公诉140.4万人。",
            "66.4万人",
            "批准逮捕犯罪嫌疑人",
        ),
        ("全年批准逮捕各类犯罪嫌疑人66.4万人，提起公诉140.4万人。", "140.4万人", "提起公诉"),
        ("全国检察机关共办理各类案件346.7万件。", "346.7万件", "办理案件"),
        ("依法惩治电信网络诈骗犯罪，起诉6.9万人。", "6.9万人", "起诉电信网络诈骗犯罪"),
        (
            "最高人民检察院指导依法以涉嫌诈骗、故意杀人等犯罪，对285人提起公诉。",
            "285人",
            "提起公诉涉嫌诈骗等犯罪",  # the first item only, not the clause before it
        ),
        ("对侵害未成年人犯罪零容忍，起诉7.3万人。", "7.3万人", "起诉侵害未成年人犯罪"),
        ("审结故意杀人等严重暴力犯罪案件4.6万件5.3万人。", "4.6万件", "审结严重暴力犯罪案件"),
        # round 72: a size before more description and 的; the run after 分别 relates the
        # measures of the clauses before, in order; the number of what was just counted
        ("有一座高约15米、形似“套娃”的建筑，这就是空间磁环境科学装置。", "约15米", "建筑"),
        (
            "年均粮食播种面积稳定在1097.4万亩，年均产量达252.1万吨，分别占陕西省的1/4和1/5。",
            "1/4",
            "年均粮食播种面积占陕西省比重",
        ),
        (
            "发现了超过160个宇宙早期的候选高红移星系，数量是先前发现的3倍。",
            "3倍",
            "候选高红移星系数量",
        ),
        (
            "发现了超过160个宇宙早期的候选高红移星系，数量是先前发现的3倍。",
            "超过160个",
            "候选高红移星系",
        ),
        # round 73: what things relate to, then the things; the groups listed after a
        # headcount and what all of them did; an adverb before that verb
        ("加入200多个科技相关的国际组织和多边机制……", "200多个", "国际组织"),
        ("签署120个政府间科技合作协定。", "120个", "签署政府间科技合作协定"),
        (
            "带动6.2万名农村妇女、脱贫群众、残疾人就近就业。",
            "6.2万名",
            "带动农村妇女就近就业",
        ),
        ("带动2000名农民就近就业。", "2000名", "带动农民就近就业"),
        ("高平市已建成农村老年人日间照料中心210个。", "210个", "农村老年人日间照料中心"),
        # 人民日报 2026-03-11 (round 74): a size before 长/宽 and 的; sizes in a row; the
        # trip a lone time is of; a total after the things just counted; the part named
        # after 为; things related to something; a conjunction before a place in a name
        ("在冲沟上架起了一座6米长的钢制便桥。", "6米", "钢制便桥长度"),
        ("形成了一条50公里长、4米宽的大冲沟，横亘在草场之间。", "50公里", "大冲沟长度"),
        ("牧民们去县城的时间从2个小时缩短到40分钟。", "40分钟", "去县城时间"),
        ("新组建92家创新联合体，累计达327家；建成中试平台28家。", "327家", "创新联合体"),
        ("建成科技产业园区23个，其中9个为市级特色产业园区。", "9个", "市级特色产业园区"),
        ("人力资源社会保障部发布超20个与人工智能相关的新职业。", "超20个", "新职业"),
        ("新立项支持13个外资及港澳台企业研究院。", "13个", "外资及港澳台企业研究院"),
        # 人民日报 2026-03-15/16 (round 76): a measure alone, then 的 and what it is of
        ("正是这一突破，探获了资源量达69吨的深部金矿。", "69吨", "深部金矿资源量"),
        ("2025年，村集体年收入超3300万元。", "超3300万元", "村集体年收入"),
        # 人民日报 2026-03-08 (round 77): a multiple after 是 + its basis is of the measure
        # just given; a daily average names what follows its unit
        (
            "2025年，中国全社会用电量突破10万亿千瓦时，全球第一，是美国两倍还多。",
            "两倍",
            "中国全社会用电量",
        ),
        ("改造后，全市旱天日均7.98万立方米污水从雨水系统剥离。", "7.98万立方米", "日均污水"),
        # 人民日报 2026-03-06 (round 78): the class of projects counted; firms named by
        # what they received; money named after a one-character verb
        ("其中，3亿元以上项目35个，10亿元以上项目7个。", "35个", "3亿元以上项目"),
        ("全市5000万元以上工业项目120个。", "120个", "5000万元以上工业项目"),
        (
            "推动区属国企系统性重塑，新增获AAA主体信用评级的企业2家。",
            "2家",
            "获AAA主体信用评级的企业",
        ),
        ("健新医疗、源生生物等4家企业获1.1亿元融资。", "1.1亿元", "融资"),
        # 人民日报 2026-03-06 (round 79), the budget and plan reports: the share of its
        # budget a revenue reached, and its change; a figure set against last year's
        # executed one; a fund's own-level revenue; a bracketed part leaves the subject
        (
            "全国一般公共预算收入216044.88亿元，为预算的98.3%，比2024年下降1.7%。",
            "98.3%",
            "一般公共预算收入预算完成率",
        ),
        (
            "全国一般公共预算收入216044.88亿元，为预算的98.3%，比2024年下降1.7%。",
            "1.7%",
            "一般公共预算收入下降",
        ),
        (
            "全国一般公共预算支出287395.42亿元，完成预算的96.8%，增长1%。",
            "96.8%",
            "一般公共预算支出预算完成率",
        ),
        (
            "中央一般公共预算收入95670亿元，比2025年执行数增长1.8%。",
            "1.8%",
            "中央一般公共预算收入增长",
        ),
        (
            "地方政府性基金预算本级收入52647.67亿元，下降8.2%。",
            "52647.67亿元",
            "地方政府性基金预算本级收入",
        ),
        (
            "全国一般公共预算支出300100亿元（含中央预备费500亿元），增长4.4%。",
            "4.4%",
            "一般公共预算支出增长",
        ),
        (
            "城乡居民基本医疗保险人均财政补助标准再提高24元，达到每人每年724元。",
            "724元",
            "城乡居民基本医疗保险人均财政补助标准",
        ),
        ("城镇老旧小区改造新开工2.7万个。", "2.7万个", "城镇老旧小区改造新开工"),
        ("全年跨省异地就医直接结算惠及3.08亿人次。", "3.08亿人次", "跨省异地就医直接结算惠及"),
        # a code's parts: named by their number, or by the law's title in 《》
        ("第一编共9章、147条，主要内容有：", "147条", "第一编"),
        ("新修订的安全生产法共7章119条。", "7章", "安全生产法"),
        (
            "《中华人民共和国生态环境法典（草案）》共5编、1242条。",
            "1242条",
            "中华人民共和国生态环境法典",
        ),
        (
            "全国人大常委会党组先后四次向党中央请示和报告。",
            "四次",
            "向党中央请示和报告",
        ),
        # 人民日报 2026-04-01/02 (round 80): a share written X在Y中的比例; a move after a
        # basis of time; those a business employs; a yield per 亩 named once
        (
            "太原市地下水在总供水量中的比例从2000年的83.5%下降到2025年的19.5%。",
            "19.5%",
            "地下水占总供水量比例",
        ),
        ("“难老泉的地下水水位比年初又‘长高’0.22米。", "0.22米", "地下水水位长高"),
        ("年利润翻了两番，带动27名本村妇女和老人就业。", "27名", "带动本村妇女和老人就业"),
        ("每亩产量800斤、总产量120万斤。", "800斤", "亩产量"),
        # 人民日报 2026-04-01/02 (round 81): a span (近5年) or a dated basis (环比去年四季度)
        # between the measure and its change; a gap to a basis of things; a sales measure
        # after a comma, or after 和, is the owner's named before; items before a from-to run
        ("跨省域的技术合同成交额近5年增长3倍。", "3倍", "跨省域的技术合同成交额增长"),
        ("门店的销售额环比去年四季度将增长近20%。", "近20%", "门店的销售额增长"),
        (
            "越野跑鞋销量增速较户外鞋类整体高出60%，引领户外鞋类增长爆发。",
            "60%",
            "越野跑鞋销量增速较户外鞋类整体高出",
        ),
        (
            "美妆个护团购订单量同比增长131%，销售额同比增长176%。",
            "176%",
            "美妆个护团购销售额同比增长",
        ),
        (
            "“总对总”调解组织、调解员数量快速增长，从最初的566家、2350人增长到2025年底的"
            "3.8万家、9.6万人。",
            "2350人",
            "调解员数量",
        ),
        (
            "“总对总”调解组织、调解员数量快速增长，从最初的566家、2350人增长到2025年底的"
            "3.8万家、9.6万人。",
            "3.8万家",
            "总对总调解组织数量",
        ),
        ("从1906年到2026年，义利走过了120年，它不是古董。", "120年", "义利走过"),
        # 人民日报 2026-04-01/02 (round 82): 线上, 通道 and 轨道吊 as jieba words
        (
            "通过电商直播，线上销售额年增长超40%，花农亩均收益达1.5万至3万元。",
            "超40%",
            "线上销售额增长",
        ),
        ("一个由200平方米闲置通道改造而成的艺术空间。", "200平方米", "闲置通道面积"),
        (
            "工作人员发出作业指令后，4台近30米高的红色轨道吊便开始自动抓取集装箱。",
            "4台",
            "红色轨道吊",
        ),
        # money named after a verb jieba tags as a noun (办理/n)
        ("村民凭借一本林权证办理了20万元抵押贷款，建起标准化鸭舍。", "20万元", "抵押贷款"),
        # 人民日报 2026-04-08 (round 84): dimensions by direction (东西长, 南北宽) before 的 and
        # the thing; a density per 10,000 people; jieba words 举措 (n), 优良 (b), 点位, 新注册;
        # 总体 between a measure and its verb
        ("登上海岛最高点，东西长约4公里、南北宽约1.5公里的小岛尽收眼底。", "约1.5公里", "南北宽"),
        ("当前海南咖啡馆数量已超过4000家，平均每万人拥有约4家。", "约4家", "平均每万人拥有"),
        ("围绕优化高新区布局等6个方面推出22条具体举措。", "22条", "具体举措"),
        (
            "辽宁全省近岸海域优良水质面积比例总体稳定在90%左右。",
            "90%左右",
            "近岸海域优良水质面积比例",
        ),
        ("调查团队布设200多个监测点位，开展高频次加密监测。", "200多个", "监测点位"),
        ("哥伦比亚2025年新注册摩托车超过110万辆。", "超过110万辆", "新注册摩托车"),
        # 人民日报 2026-04-10 (round 85): 人次 split by jieba after a people noun
        (
            "2025年，辽宁外贸出口总额同比增长8%，实际使用外资同比增长10%，入境外国人次同比增长54%。",
            "54%",
            "入境外国人次同比增长",
        ),
        # 人民日报 2026-04-10 (round 86): verbs jieba tags nouns (产生, 贡献) before a figure;
        # the trip a time is of; places listed before a comparison frame and 分别
        (
            "中国出口的风机和光伏产品，在生产阶段产生约200万吨碳排放，却在运行阶段为全球贡献了"
            "约3.5亿吨碳减排收益。",
            "约200万吨",
            "碳排放",
        ),
        ("打头的那个‘黄’指黄果树，就在安顺，离大桥就半小时左右车程。", "半小时左右", "离大桥车程"),
        (
            "北京、上海、广州的二手房成交量，相较于去年同期，分别上涨了2%、3%和4%。",
            "3%",
            "二手房成交量",
        ),
        # 人民日报 2026-04-10 (round 87): the measure that opens a clause cut by a figure
        (
            "“十四五”时期，我国服务业增加值连续迈上三个“10万亿元”新台阶，2025年突破80万亿元。",
            "突破80万亿元",
            "服务业增加值",
        ),
        # 人民日报 2026-04-11 (round 88): a quoted topic 相关 before a measure; kinds of trips
        (
            "京东数据显示，近1个月“露营”相关搜索热度环比增长174%，露营装备迎来新一轮销售高峰。",
            "174%",
            "露营相关搜索热度环比增长",
        ),
        ("春假期间，亲子游出游人次较去年同期增长超2倍。", "超2倍", "亲子游出游人次增长"),
        # 人民日报 2026-03-18 (round 93): a verb tells apart two figures of one thing;
        # 一级 classes a noun like 二级; 老年食堂 is one word
        ("营造红树林113.7公顷，修复红树林722公顷。", "722公顷", "修复红树林"),
        ("营造红树林113.7公顷，修复红树林722公顷。", "113.7公顷", "营造红树林"),
        (
            "构建源头纳管、全链条监管等4个一级场景和12个二级场景。",
            "4个",
            "一级场景",
        ),
        ("2025年，重庆新增老年食堂1733家、服务248万人次。", "1733家", "新增老年食堂"),
        # 人民日报 2026-03-20 (round 94): values listed after …，即; a count of times done;
        # goods sold for; one span said two ways; widths; a history; the time a work took
        ("目前，增值税法中明确了三档税率，即6%、9%、13%，与此前相比并无变化。", "6%", "税率"),
        ("目前，增值税法中明确了三档税率，即6%、9%、13%，与此前相比并无变化。", "13%", "税率"),
        ("《通知》中，“一张图”是被提及11次的高频词。", "11次", "一张图提及"),
        ("融合潮汕风味的改良卤鹅香气扑鼻，一只精品卤鹅能卖到1198元。", "1198元", "精品卤鹅售价"),
        (
            "“年应征增值税销售额”是指纳税人在连续不超过12个月或4个季度的经营期内累计应征增值税销售额。",
            "不超过12个月",
            "经营期",
        ),
        (
            "“通过协调，沙阳线改扩建工程高效推进，现在已是12米宽的硬化柏油路。",
            "12米",
            "硬化柏油路宽度",
        ),
        (
            "山东省已分类启动建设片区2070个，覆盖建制村1.8万余个，占全省近1/3。",
            "1.8万余个",
            "建制村",
        ),
        ("当年，杨玉梓的银行卡里多出1300元。", "1300元", "银行卡多出"),
        (
            "从外围系统深入高端市场核心系统，达梦用10多年攻克了数据库共享存储集群技术。",
            "10多年",
            "攻克数据库共享存储集群技术用时",
        ),
        ("汕头澄海，是狮头鹅300年养殖史的核心腹地。", "300年", "养殖史"),
        ("这段横跨30年的脱贫史充分表明。", "30年", "脱贫史"),
        ("2019年10月，海扬数据库打破了国外厂商垄断9年的纪录。", "9年", "国外厂商垄断"),
        # 人民日报 2026-03-23 (round 95): lanes of a road; 三省一市, 种植基地 and 急难愁盼 are words
        ("行驶在苏台高速桃源特大桥上，双向六车道的桥面宽阔平坦。", "六车道", "桥面车道数"),
        (
            "每年召开两次三省一市交通运输部门负责人工作会议，协商省际交通合作重大事项。",
            "两次",
            "三省一市交通运输部门负责人工作会议",
        ),
        (
            "在塔克拉玛干沙漠南缘的新疆昆玉市，8200余亩小麦种植基地的返青保苗率保持在90%以上。",
            "8200余亩",
            "小麦种植基地面积",
        ),
        (
            "2025年，广西办成民生实事1.17万件，解决群众急难愁盼问题2.06万个。",
            "2.06万个",
            "群众急难愁盼问题",
        ),
        # 人民日报 2026-03-25 (round 96): a share in a whole without 的; what a cycle turns out
        (
            "传统产业，是我国产业体系的基本盘，其增加值在制造业中占比80%左右。",
            "80%左右",
            "增加值占制造业比重",
        ),
        ("每54秒，就有一辆新能源汽车驶下生产线。", "54秒", "新能源汽车驶下生产线用时"),
        # 人民日报 2026-03-27 (round 97): partners joined by a dash; the vehicles after a
        # description; extreme temperatures; capital put into a sector; a share put into R&D
        (
            "广西在东盟国家建设17个中国—东盟现代工匠学院、15个孔子学院和孔子课堂。",
            "17个",
            "中国—东盟现代工匠学院",
        ),
        ("6辆载有电子产品的无人驾驶集装箱卡车顺利通关。", "6辆", "无人驾驶集装箱卡车"),
        ("现在，最低到零下35摄氏度，最高到60摄氏度，产品都能耐受。", "零下35摄氏度", "最低温度"),
        ("现在，最低到零下35摄氏度，最高到60摄氏度，产品都能耐受。", "60摄氏度", "最高温度"),
        ("当天气温最高达40摄氏度。", "40摄氏度", "最高气温"),
        (
            "据不完全统计，试点以来，长期护理保险拉动社会资本投入相关产业超600亿元。",
            "超600亿元",
            "长期护理保险拉动社会资本投入",
        ),
        (
            "我们坚持把每年利润的20%以上投入研发，这个比例不低，但很值得。",
            "20%以上",
            "利润投入研发",
        ),
        ("当地气候冷凉，全市年均气温6.4摄氏度，自然冷却时长达10个月。", "10个月", "自然冷却时长"),
        ("2025年，广西接待入境过夜游客人次同比增长56.5%。", "56.5%", "入境过夜游客人次同比增长"),
        # 人民日报 2026-03-17/19 (round 98): 首次, 冲破, 链上 and 架空索道 as jieba reads them
        ("2025年，中国冰雪经济总规模首次冲破万亿元大关。", "万亿元", "中国冰雪经济总规模冲破"),
        ("全市商业航天链上企业325家；其中规上企业52家。", "325家", "商业航天链上企业"),
        (
            "多贝玛亚集团参与北京延庆国家高山滑雪中心9条架空索道的建设和保障工作。",
            "9条",
            "架空索道",
        ),
        # 人民日报 2026-03-24 (round 99): a Latin name and a noun are one word; 多收
        ("全市更换LED灯3000盏。", "3000盏", "LED灯"),
        ("每度电多收一角钱。", "一角钱", "度电多收"),
        # 人民日报 2026-03-30 (round 100): two ratings of one station; jieba words
        (
            "在参与单位的共同努力下，江苏金坛60兆瓦/300兆瓦时盐穴压缩空气储能电站正式投产运行。",
            "60兆瓦",
            "盐穴压缩空气储能电站",
        ),
        ("我很快收到500多元保险赔付，这让我宽慰许多。", "500多元", "保险赔付"),
        ("车间的不良品率降低16.5%。", "16.5%", "车间的不良品率降低"),
        # 人民日报 2026-03-29 (round 101): firms served and what was done for them
        (
            "截至目前，团队已为441家企业“把脉问诊”，为269家企业定制节能方案。",
            "269家",
            "企业定制节能方案",
        ),
        ("一天凌晨，产线突发数据异常，涂布工艺对齐度超出0.5毫米。", "超出0.5毫米", "工艺对齐度"),
        ("依托“渝快办”平台上线事项1319项，网上可办率达82.35%。", "82.35%", "网上可办率"),
        # 人民日报 2026-06-01 (round 102): 统防统治, 输电线路, 台球杆, 生态修复, 奖补资金 and
        # 自建 as jieba words; two states of one head (运营及在建); the object a span is spent on
        # past its count and quotes
        ("全县统防统治面积28万多亩。", "28万多亩", "统防统治面积"),
        ("山脊上，4条专用输电线路从光伏电站延伸而出。", "4条", "专用输电线路"),
        ("年产台球桌70万台、台球杆1000万支。", "1000万支", "台球杆"),
        ("为423个生态修复项目提供全链条支撑。", "423个", "生态修复项目"),
        ("微生物取样器获得海南首台套奖补资金超30万元。", "超30万元", "海南首台套奖补资金"),
        ("公司有着1.2万余平方米自建生产基地。", "1.2万余平方米", "自建生产基地面积"),
        (
            "湖北移动在全省布局了27个市州级数据中心、42个运营及在建算力节点。",
            "42个",
            "运营及在建算力节点",
        ),
        ("海南提出向海图强，用10年时间再造一个“海上海南”。", "10年", "再造海上海南用时"),
        # 人民日报 2026-06-02 (round 103): a rate a basis is paid back at (按…的85%报销); a
        # second verb names a second measure; 待遇 is money; a size class in 亩; 多地, 示范基地
        # and 省下 as jieba words
        ("长护险基金能为居家护理按标准的85%报销费用。", "85%", "居家护理报销比例"),
        ("“每个月报销1530元，再自付270元，享受专业护理服务。", "270元", "自付"),
        ("“机构护理按标准的75%报销费用，每月省下1350元。", "1350元", "机构护理省下"),
        ("撬动重度失能人员每月超千元的长护险待遇。", "超千元", "长护险待遇"),
        ("目前，洪湖建成7个万亩莲藕标准化示范基地。", "7个", "万亩莲藕标准化示范基地"),
        # 人民日报 2026-06-04 (round 104): a format before the pitch; a contract's term; the
        # work a clause of its own names before 普遍需要; a route's length; 定制公交, 理论学习,
        # 宣讲服务 and 下午场 as jieba words
        ("原来开阔的大巴停车场变身1块八人制足球场和3块标准篮球场。", "1块", "八人制足球场"),
        ("包含2块11人制天然草皮足球场。", "2块", "11人制天然草皮足球场"),
        ("社区引入专业机构负责运维服务，8年服务期内，政府不再追加维护资金。", "8年", "服务期"),
        (
            "厂房基建建设需要1到2年，培养熟练生产变压器核心器件的产业工人，普遍需要3到5年。",
            "5年",
            "培养熟练生产变压器核心器件的产业工人",
        ),
        ("搁以前，从她家到单位15公里路程，早高峰开车得一个小时。", "15公里", "路程"),
        ("济南开通通勤、通学等定制公交线路73条，旅游专线6条。", "73条", "定制公交线路"),
        ("截至目前，这样的宣讲服务已经开展了3500多场。", "3500多场", "宣讲服务开展"),
        ("“工作日下午场只要19.9元，场地宽敞明亮，价格划算。", "19.9元", "工作日下午场"),
        # 人民日报 2026-06-05 (round 105): the thing a work is done on after 的, under a frame
        # (正常情况下); the same work needed now; 去化率, 续建 and 一人公司 as jieba words
        (
            "正常情况下12个小时左右就能烘干的小麦，现在需要15至18个小时。",
            "12个小时左右",
            "烘干小麦用时",
        ),
        (
            "正常情况下12个小时左右就能烘干的小麦，现在需要15至18个小时。",
            "18个小时",
            "烘干小麦用时",
        ),
        ("该项目在同板块楼盘中去化率率先超过90%。", "超过90%", "去化率"),
        ("华信悦峰小区仅用10个月便完成续建，交房办证。", "10个月", "完成续建用时"),
        ("目前，温州市一人公司已增至近16万家。", "近16万家", "一人公司"),
        # 人民日报 2026-06-08 (round 106): a clause between two figures opens on a measure of
        # its own that moved; 核定, 新记录种 and 移动物联网 as jieba words
        (
            "2025年末，电源总装机达到1.77亿千瓦，风光总装机大幅提升，增至7100万千瓦。",
            "7100万千瓦",
            "风光总装机",
        ),
        ("我们决定为企业核定1亿元流动资金贷款额度。", "1亿元", "流动资金贷款额度"),
        ("发现新种及疑似新种25个、中国新记录种18个、四川新记录种253个。", "18个", "中国新记录种"),
        # 人民日报 2026-06-09 (round 107): both ends of a spread (少则…，多则…) of the measure
        # named before; a set phrase that describes before 的 and the thing counted
        (
            "公司技术人员每月在多个大模型平台上的充值费用，少则三四千元，多则七八千元。",
            "七八千元",
            "充值费用",
        ),
        ("她已经收集了20多个造型各异的“捏捏乐”。", "20多个", "捏捏乐"),
        ("不远处的滩涂上有10余只灰白相间的斑海豹。", "10余只", "斑海豹"),
        ("园里有3座风格各异的小楼。", "3座", "小楼"),
        # 人民日报 2026-06-10 (round 108): the distance to an institute named with a set
        # phrase and an ordinal; 水土保持率, 入住时长 and 斜坡道 as jieba words
        (
            "部分海水来到1公里外的自然资源部第三海洋研究所，被滴注进系统。",
            "1公里",
            "距离自然资源部第三海洋研究所",
        ),
        ("当前，北京河湖健康水体超九成，水土保持率提高到90%以上。", "90%以上", "水土保持率"),
        ("平均入住时长延长0.7天。", "0.7天", "平均入住时长延长"),
        ("完成5420米辅助斜坡道的掘进施工。", "5420米", "辅助斜坡道"),
        # 人民日报 2026-06-11 (round 109): 每 cut from its unit before a speed; 适老化改造 and
        # 颐养之家 as jieba words
        ("而是将车速稳稳保持在每小时40公里。", "40公里", "车速"),
        ("当地累计实施适老化改造1.3万多户。", "1.3万多户", "适老化改造"),
        (
            "如今全区内设食堂的266个颐养之家、45个养老机构，已实现智慧监管全覆盖。",
            "266个",
            "颐养之家",
        ),
        # 人民日报 2026-06-14/15 (rounds 112-113): a generic head described before 的; a
        # clause of only 从 and its move; money named after 的; people and what they did
        (
            "南昌开展听力筛查的机构从2023年的33家增至目前的38家。",
            "33家",
            "开展听力筛查的机构",
        ),
        ("我国长期在城镇居住生活但未落户的群众超过2.5亿人。", "超过2.5亿人", "未落户的群众"),
        (
            "一年多时间里，上海沙县小吃店实现井喷式增长，从8家猛增到700多家。",
            "700多家",
            "沙县小吃店",
        ),
        ("吸纳村里50余名劳动力就业，村集体收入年增18万元。", "18万元", "村集体收入年增"),
        ("各地探索多元助餐模式，目前全国已建成8.2万个老年助餐点。", "8.2万个", "老年助餐点"),
        ("成立不到5个月，安澜数智就拿到了杭州银行200万元的信用贷款。", "200万元", "银行信用贷款"),
        (
            "目前已累计为萧山区10个项目提供研发保障，撬动企业超6000万元的研发投入。",
            "超6000万元",
            "研发投入",
        ),
        ("超过1.6亿人完成汇算申报，超过1.1亿人办理了退税。", "超过1.1亿人", "办理了退税"),
        (
            "截至目前已有10人进入世界500强中的航运企业及重点行业单位就业。",
            "10人",
            "进入世界500强中的航运企业及重点行业单位就业",
        ),
        ("公园拥有近千亩原始松林和21公顷水域面积。", "21公顷", "水域面积"),
        ("公园拥有近千亩原始松林和21公顷水域面积。", "近千亩", "原始松林面积"),
        ("前不久，经历了三轮面试后，莫奇龙被录取。", "三轮", "面试"),
        ("现行个人所得税政策共设立子女教育等7项专项附加扣除。", "7项", "专项附加扣除"),
        # 人民日报 2026-06-16 (round 114): a frame of a range; a description opened by 由
        ("一样的产品，代工供货价在16—17元区间，一旦贴上了国际品牌的标签。", "17元", "代工供货价"),
        ("园内设置了3条由企业抱团组成的水性喷涂自动化生产线。", "3条", "水性喷涂自动化生产线"),
        ("共核定形成3.67万吨碳汇。", "3.67万吨", "碳汇"),
        # 人民日报 2026-06-17 (round 115): a determiner of kinds; orders counted in 单
        ("将发动内外部超60万名各类岗位员工和行业人员。", "超60万名", "岗位员工和行业人员"),
        ("企业依据禁限清单政策完成15单业务，货值超350万元。", "15单", "业务"),
        # 人民日报 2026-06-18 (round 116): a rating in the counted name; a daily measure; a
        # move of 缩减; a determiner of types; a sum lent and what for
        ("累计投运5座330千伏变电站。", "5座", "330千伏变电站"),
        ("6月2日至4日，连续3天全国日收获面积超过2000万亩。", "超过2000万亩", "日收获面积"),
        ("通关时间从10天缩减到2小时。", "2小时", "通关时间"),
        ("动员28万多台履带式收割机、7万多台各型烘干机。", "7万多台", "烘干机"),
        ("中国农业银行累计投放100亿元用于粮食种植。", "100亿元", "中国农业银行投放用于粮食种植"),
        # 人民日报 2026-06-19 (round 117): a work kept up unbroken (not 连续缴纳3年社保)
        ("为攻克技术难题，权庆东曾连续跟车70余小时，采集上千组运行数据。", "70余小时", "连续跟车"),
        ("他的父母必须满足在当地连续缴纳3年社保。", "3年", "社保"),
        # 人民日报 2026-06-22 (round 119): jieba words (慢行, 钻深, 第三方, 分平台)
        ("北京已建成崇文门、金融街等16个慢行示范街道。", "16个", "慢行示范街道"),
        ("钻深达3413米，突破了国际极地热水钻探2540米的纪录。", "3413米", "钻深"),
        ("碳积分商城已引入10家第三方商城、1家区级分平台。", "10家", "第三方商城"),
        # 人民日报 2026-06-24 (round 121): a span within which the measure grew; 后市场
        ("带动汽车保有量三年内增长100万辆。", "100万辆", "汽车保有量增长"),
        ("全球汽车后市场规模突破万亿美元。", "突破万亿美元", "全球汽车后市场规模"),
        # 人民日报 2026-06-25 (round 122): a work done in one go, time spent, 以上 pointing back
        ("我从2011年开始从事社会救助工作，一干就是15年。", "15年", "从事社会救助工作"),
        ("他投身乡村教育，一教就是28年。", "28年", "投身乡村教育"),
        ("杨守伟用二十六载光阴守护孤弃儿童成长。", "二十六载", "守护孤弃儿童成长用时"),
        ("院长用30年的时光丈量着万里山河。", "30年", "丈量山河用时"),
        ("他们仅用两年就建成了产业园。", "两年", "建成产业园用时"),
        (
            "赵先生递交资料，短短半小时，崭新的户口本、护照便悉数办结。",
            "半小时",
            "户口本、护照办结用时",
        ),
        (
            "其中，314.6万元资金为以上6个村居帮扶的常太镇霞山村、灵川镇硋灶村等薄弱村的资金。",
            "6个",
            "村居",
        ),
        (
            "销售收入达到1500万元，分配机制运转有序：村集体公司每年的利润里，"
            "50%返给土地入股群众，30%由全体村民共享，20%投入村内公益事业。",
            "30%",
            "全体村民共享",
        ),
        # 人民日报 2026-06-26 (round 123): one batch's worth, the thing a height is of, times
        # of a deed, a place and its 州
        ("每栋鸡舍大约1440平方米，一批能养4万多只，一年能养3批。", "4万多只", "一批能养"),
        ("每栋鸡舍大约1440平方米，一批能养4万多只，一年能养3批。", "3批", "一年能养"),
        ("“这一批大概1.7万只，全靠我们两口子。", "1.7万只", "这一批"),
        ("台风警报刚刚解除，海面仍有3至4米高的巨大涌浪。", "4米", "巨大涌浪高度"),
        ("他平安引航上千次国内外船舶安全进出港。", "上千次", "引航国内外船舶安全进出港"),
        ("目前，该项目已实现青海省39个包虫病流行区全覆盖。", "39个", "包虫病流行区"),
        ("160余艘专业引航艇编织成一张现代化的引航网络。", "160余艘", "专业引航艇"),
        ("那曲市人民医院开展关节置换手术量突破100台。", "突破100台", "人民医院开展关节置换手术量"),
        # 人民日报 2026-06-27 (round 124): the base a clause opened by 以 describes; a process
        # that took so long
        (
            "如今，以几个专业合作社为主体的沙洲现代农旅示范基地，扩展到了近600亩。",
            "近600亩",
            "沙洲现代农旅示范基地",
        ),
        ("从受理、核验、公示到审批，全流程用了13个工作日。", "13个工作日", "流程用时"),
        # 人民日报 2026-06-28 (round 125): one piece made per span; the size of what is
        # formed; shares of a whole listed after 的; the goods carried, then sold; a term
        # jieba cut (深度/ns 治理)
        ("在这里，平均每9秒下线一台笔记本电脑。", "9秒", "笔记本电脑下线用时"),
        ("在这里，每10秒产出一块主板。", "10秒", "主板产出用时"),
        (
            "形成总规模超100亿元的脑机接口产业基金群。",
            "超100亿元",
            "脑机接口产业基金群总规模",
        ),
        ("天津将争创2至3家脑机接口领域国家级创新平台。", "3家", "脑机接口领域国家级创新平台"),
        ("我国以占全球约9%的耕地、6%的淡水资源养活了世界上近20%的人口。", "约9%", "耕地占全球比重"),
        (
            "我国以占全球约9%的耕地、6%的淡水资源养活了世界上近20%的人口。",
            "6%",
            "淡水资源占全球比重",
        ),
        (
            "闵洪艳和村干部扛着7麻袋茶叶，辗转一个多月，在陕西卖了7000元钱。",
            "7000元钱",
            "茶叶销售收入",
        ),
        ("德龙钢铁上马100多个环保深度治理和提升改造项目。", "100多个", "环保深度治理"),
        # 人民日报 2026-06-29/30 (rounds 126, 127): a ratio's 比 jieba reads as a preposition;
        # the task past the span it needs elsewhere; the class of figures listed; a multiple
        # of a basis; 一线 is a noun; an era opening the noun after 的
        (
            "城乡居民人均可支配收入比从2006年的2.45∶1下降至2025年的1.76∶1。",
            "2.45∶1",
            "城乡居民人均可支配收入比",
        ),
        (
            "他们仅用1年3个月的时间就完成了国外需3年的设计任务。",
            "1年3个月",
            "完成设计任务用时",
        ),
        ("又用时3年半完成了国外需8至10年的建设任务。", "3年半", "完成建设任务用时"),
        ("福建消费券设置了50元、100元、300元三种面额。", "50元", "面额"),
        ("福建消费券设置了50元、100元、300元三种面额。", "300元", "面额"),
        ("面料经历上万次反复摩擦、四倍于国标水压的持续喷射。", "四倍", "国标水压倍数"),
        ("扎根港口一线40余年，张连钢始终牢记党员身份。", "40余年", "扎根港口一线"),
        ("街区涵盖400余年的明清窑作群。", "400余年", "明清窑作群"),
        # 人民日报 2026-06-30/07-01 (rounds 127, 128): the list sharing a head; a breakdown of
        # people by age, schooling, when they joined, and the rest; countries and regions
        (
            "合作中心内超过80%的餐饮、零售、住宿商户完成线下POS机终端的全面升级。",
            "超过80%",
            "餐饮、零售、住宿商户",
        ),
        ("30岁及以下党员1209.4万名，31至35岁党员1011.5万名。", "1209.4万名", "30岁及以下党员"),
        ("30岁及以下党员1209.4万名，31至35岁党员1011.5万名。", "1011.5万名", "31至35岁党员"),
        (
            "新中国成立前入党的4.3万名，党的十八大以来入党的3018.7万名。",
            "4.3万名",
            "新中国成立前入党",
        ),
        (
            "学生253.7万名，其他职业人员789.8万名，离退休人员2208.2万名。",
            "789.8万名",
            "其他职业人员",
        ),
        (
            "学生253.7万名，其他职业人员789.8万名，离退休人员2208.2万名。",
            "2208.2万名",
            "离退休人员",
        ),
        ("发展具有大专及以上学历的党员114.3万名，占54.8%。", "114.3万名", "大专及以上学历的党员"),
        ("发展具有大专及以上学历的党员114.3万名，占54.8%。", "54.8%", "大专及以上学历的党员"),
        ("澳大利亚、英国等28个国家和地区3月刷新了电动汽车月度销量纪录。", "28个", "国家和地区"),
        # a name with its variants in brackets is tagged as the name without them
        ("其中，省（区、市）委31个，市（州）委396个。", "396个", "市委"),
        ("文山州选派79名主抓农业科技工作的副乡（镇）长。", "79名", "副乡长"),
        # 人民日报 2026-07-02 (round 129): a level passed names nothing; one piece after a
        # span of its own; a supply period (供应期); a clause that is the subject of a move
        (
            "2025年我国全社会用电量迈上新的里程碑，突破10万亿千瓦时大关。",
            "突破10万亿千瓦时",
            "全社会用电量迈上新的里程碑",
        ),
        ("在智能化车间，154秒，一块光洁的吉他面板就能脱模而出。", "154秒", "吉他面板脱模用时"),
        ("将荔枝鲜果供应期从2个月左右延展至3个月左右。", "3个月左右", "荔枝鲜果供应期"),
        ("茶馆的雅座，也从6个增加到19个。", "19个", "茶馆的雅座"),
        # 人民日报 2026-07-06 and 07-07 (rounds 133, 134): a unitless ratio (容积率); a stock
        # of what the flow before it counted, or of what is named after it; an equity share
        # (股比); a dimension named right after the figure; a ship's tonnage is not what it
        # did; a count of the thing a clause of its own names
        ("厂房容积率从不到0.8提升到4.0。", "不到0.8", "厂房容积率"),
        ("新增73家离境退税商店，全市总数增至363家。", "363家", "离境退税商店总数"),
        ("总量超过1000万块的光伏板，组成广阔的“蓝海”。", "超过1000万块", "光伏板总量"),
        ("引入20家民营企业参股，民资股比提高到10%至20%。", "20%", "民资股比"),
        ("楼宇内部打造了最高6米层高、8.4米柱距的空间。", "6米", "层高"),
        ("在马普托港，一艘8.2万吨大型散货轮完成装卸作业。", "8.2万吨", "大型散货轮"),
        ("像我一样的智慧巡检无人机，将来在这里一共会有20台左右。", "20台左右", "智慧巡检无人机"),
        # 人民日报 2026-07-06 and 07-08 (rounds 133, 135): a share of the things a bound
        # classes; a month is when, not what (and the next month's value is the same measure)
        ("大庆市集体经济年收入50万元以上村占71.8%。", "71.8%", "集体经济年收入50万元以上村"),
        ("渗透率不断提升，今年4月达到61.4%、5月达到62.9%。", "61.4%", "渗透率"),
        ("渗透率不断提升，今年4月达到61.4%、5月达到62.9%。", "62.9%", "渗透率"),
        ("4月份新能源乘用车市场渗透率首次站上60%关口。", "60%", "新能源乘用车市场渗透率"),
        # 人民日报 2026-07-09 (round 136): a class of job seekers is one word
        # 人民日报 2026-07-10 (round 137): statistical terms (新增就业, 在港时间, 留学回国人员),
        # the verb of a life's work before a span's field
        ("民营经济贡献全省70%以上的技术创新成果、80%以上的新增就业。", "80%以上", "新增就业"),
        ("船舶平均在港时间1.7天，快于国外主要港口。", "1.7天", "船舶平均在港时间"),
        ("全市人才总量425万人，留学回国人员超7万人。", "超7万人", "留学回国人员"),
        ("杰普特光电深耕光电领域近20年，自主研发激光器。", "近20年", "深耕光电领域"),
        ("郑州还发布包含100余处取景地的微短剧拍摄地图。", "100余处", "取景地"),
        # 人民日报 2026-07-11 (round 138): an age before the present names what it dates; a
        # list counted before a verb jieba took for a noun (联合攻关); 年金
        ("距今20万年的长阳人，开启了长江文明的先声。", "20万年", "长阳人距今"),
        ("当时发现的盐灶及制盐遗物距今约4000年。", "约4000年", "盐灶及制盐遗物距今"),
        ("400余家企业、高校、科研机构联合攻关控制器等关键技术。", "400余家", "企业"),
        ("管理基本养老金786亿元，年金管理规模突破2.2万亿元。", "突破2.2万亿元", "年金管理规模"),
        ("其中海上风电并网规模超720万千瓦。", "超720万千瓦", "海上风电并网规模"),
        ("占据消费级四足机器人六成以上市场。", "六成以上", "消费级四足机器人"),
        # 人民日报 2026-07-13 (round 140): a figure in brackets after a level restates the
        # measure before the level
        ("其中心位于无为市境内，外围最大风力为9级（23米/秒）。", "23米/秒", "最大风力"),
        ("全市每年至少安置1万名农村就业困难人员在公益性岗位就业。", "1万名", "农村就业困难人员"),
        # 人民日报 2026-07-15 (round 142): a second run of shares (在…中的比重分别为) of the
        # same items; a document title; a share of the whole country; a span served; a record
        # of a measure; what lasts 一签就是…; people with a longer modifier
        (
            "今年一季度，我国造船完工量、新接订单量、手持订单量分别同比增长46.0%、195.2%、"
            "43.6%，在世界总量中的比重分别为57.3%、84.9%、69.8%，份额全球领先。",
            "84.9%",
            "新接订单量在世界总量中的比重",
        ),
        (
            "城镇失业人员再就业人数2500万人，就业困难人员就业人数650万人。",
            "2500万人",
            "城镇失业人员再就业人数",
        ),
        ("《规划》分为10章40节，以满足人民日益增长的美好生活需要为目标。", "40节", "《规划》分为"),
        (
            "我国管辖海域面积约300万平方公里，大陆自然岸线保有率保持在35%以上。",
            "35%以上",
            "大陆自然岸线保有率",
        ),
        ("长三角生物医药产业规模全国占比约1/3。", "约1/3", "长三角生物医药产业规模全国占比"),
        ("参保人员连续缴费满12个月，可同步享受生育医疗费用报销。", "12个月", "参保人员连续缴费满"),
        (
            "截至今年6月，行业累计试点投放竹基快递袋超5000万个。",
            "超5000万个",
            "行业试点投放竹基快递袋",
        ),
        (
            "如今已将全球17.4万立方米LNG运输船建造周期纪录压缩至16个月。",
            "16个月",
            "LNG运输船建造周期",
        ),
        ("合同一签就是15年——设计、采购、建造、安装。", "15年", "合同一签"),
        # who, and what all of them did (全部 before the verb, as 均/都)
        ("全国710多万建档立卡贫困残疾人全部脱贫。", "710多万", "建档立卡贫困残疾人脱贫"),
        # 人民日报 2026-07-16 (round 143): money recovered; a comparison of a named measure;
        # more than a year before; a plant's capacity named after the figure; the basis of a
        # multiple with its scope; a share of a group and what it did
        (
            "全国医保系统追回医保基金163.5亿元，处理违法违规人员13万人。",
            "163.5亿元",
            "医保系统追回医保基金",
        ),
        (
            "上市民营企业研发强度高于全市场1.6个百分点。",
            "1.6个百分点",
            "上市民营企业研发强度高于全市场",
        ),
        ("非金融企业股票融资2933亿元，同比多1224亿元。", "1224亿元", "非金融企业股票融资同比多"),
        (
            "在埃及马特鲁13万吨/日装机规模海水淡化厂，沃顿科技自主研制的海水淡化膜。",
            "13万吨/日",
            "海水淡化厂装机规模",
        ),
        (
            "阳山农民人均可支配收入达7.18万元，是无锡全市平均水平的1.5倍。",
            "1.5倍",
            "阳山农民人均可支配收入",
        ),
        ("96.3%的企业采取了可持续生产措施。", "96.3%", "企业采取可持续生产措施"),
        ("一斤杨梅的附加值已从过去的十元跃升至近百元。", "近百元", "杨梅附加值"),
        ("玉龙马业常年存栏赛马近千匹，年繁育小马驹百匹左右。", "百匹左右", "小马驹"),
        (
            "目前，科技创新和技术改造再贷款总额度1.2万亿元。",
            "1.2万亿元",
            "科技创新和技术改造再贷款总额度",
        ),
        (
            "以高端制造、数字经济为代表的新动能对上半年经济增长的贡献率超四成。",
            "超四成",
            "新动能对经济增长的贡献率",
        ),
        # 人民日报 2026-07-17 (round 144): 按季度看 names nothing; the end of a move after 从;
        # a repeated verb before the next count; a new record is no part of the name
        ("其中出口按季度看已连续11个季度保持增长。", "11个季度", "出口保持增长"),
        (
            "市场化交易电量占全社会用电量比重从2015年的不足15%升至64%。",
            "64%",
            "市场化交易电量占全社会用电量比重",
        ),
        (
            "“十五五”时期，每年将招募3.64万名、累计招募18.2万名左右高校毕业生到基层服务。",
            "3.64万名",
            "招募高校毕业生",
        ),
        (
            "2025年，我国市场化交易电量再创新高，超6.6万亿千瓦时。",
            "超6.6万亿千瓦时",
            "市场化交易电量",
        ),
        ("造船业新接订单占全球七成多。", "七成多", "造船业新接订单占全球比重"),
        ("“三支一扶”计划自2006年启动，每5年一轮，已实施4轮。", "4轮", "三支一扶计划实施"),
        # 人民日报 2026-07-18 (round 145): a title of honour with 之; jieba words
        ("怒江州现有11个民族传统文化保护区、21个歌舞之乡、354项非遗项目。", "21个", "歌舞之乡"),
        ("王迪带着12名协会骨干和4条大马力冲锋舟火速出发救援。", "4条", "大马力冲锋舟"),
        # 人民日报 2026-07-19 (round 146): a figure put first and named after a dash; a share
        # below a basis compares the measure before; 一待就得; the work done after 花了…，才把
        ("1.73亿吨——这是2025年三峡枢纽通过量。", "1.73亿吨", "三峡枢纽通过量"),
        (
            "内河水运的二氧化碳排放量仅为公路的1/13，不到铁路的一半。",
            "一半",
            "内河水运的二氧化碳排放量",
        ),
        ("三峡枢纽年总通过能力将达到3.36亿吨。", "3.36亿吨", "三峡枢纽年总通过能力"),
        ("队员们需要带着工具爬上工作台，一待就得三四个小时。", "三四个小时", "一待"),
        ("最难的时候，花了一个月，才把一个参数调准。", "一个月", "参数调准用时"),
        # 是年度计划的132%: the plan's share stays named by the plan
        ("辽宁省完成综合治理任务434.04万亩，是年度计划的132%。", "132%", "年度计划"),
        # 人民日报 2026-07-20 (round 147): a span
        # achieved, then what went on that long; work right after a span; a rate applied with
        # 按…比例; a fee for one 亩 with nothing between; individual users; a demand's share
        ("甚至能在主动式智能体框架下实现长达5天的自主运行。", "5天", "自主运行"),
        ("系统实现了连续30天的稳定运行。", "30天", "稳定运行"),
        ("”段宝岩的这句话，是团队12年攻关的真实写照。", "12年", "团队攻关"),
        ("企业凭借按90%比例返还的11.83万元稳岗资金开展培训。", "90%", "返还比例"),
        ("收费：夏收一亩地55元，播种一亩地20元，飞防每亩地5元。", "55元", "夏收费用"),
        ("平台拥有3000万个人用户。", "3000万", "个人用户"),
        ("平台注册用户超千万。", "超千万", "平台注册用户"),
        ("可以满足目前全球约1/3的电力需求。", "约1/3", "全球电力需求"),
        (
            "聚合了120余家农业生产性服务组织及相关企事业单位。",
            "120余家",
            "农业生产性服务组织及相关企事业单位",
        ),
        # 人民日报 2026-07-21 (round 148): items joined by 和 before 分别 with the head once;
        # the price of one 斤 of goods; a temperature a chain is kept at; 全程 after a
        # from–to clause; money set aside for the use the next clause names
        ("林业和草原专利分别增长14.2%、15.8%。", "15.8%", "草原专利增长"),
        ("“往年这个时候，一斤榴莲要30多元，舍不得常吃。", "30多元", "榴莲价格"),
        ("采用智能温控箱实时监测，全程13摄氏度恒温冷链运输。", "13摄氏度", "恒温冷链"),
        ("这条暗河，洞内气温常年保持18摄氏度恒温，堪称天然“空调房”。", "18摄氏度", "气温"),
        (
            "货物从进站到完成出港分拨，全程仅需90分钟。",
            "90分钟",
            "进站到完成出港分拨用时",
        ),
        (
            "安徽统筹安排4.77亿元，专项用于向中度以上失能老年人发放养老服务消费补贴。",
            "4.77亿元",
            "养老服务消费补贴",
        ),
        ("人形机器人整机产品达400余款、超全球半数。", "超全球半数", "人形机器人整机产品"),
        # 人民日报 2026-07-22 (round 149): jieba words; a place in two before 、; a rate said
        # as a goal; customers counted in 人
        ("其中自主品牌汽车出口89.2万辆，同比增长1.1倍。", "89.2万辆", "自主品牌汽车出口"),
        ("盛夏时节，仓温仍可保持在25摄氏度以下，仓湿40%以下。", "40%", "仓湿"),
        ("上半年，中美货物贸易总值2万亿元。", "2万亿元", "中美货物贸易总值"),
        ("“楚超”赛事带动湖北武汉、宜昌团购消费同比分别增长107%、71%。", "107%", "团购消费同比增长"),
        ("提前完成年初提出的70%的接入率目标。", "70%", "接入率目标"),
        ("我们如今已拥有678万海外客户。", "678万", "海外客户"),
        ("今年1—6月，医保智能监管事前提醒已累计5605万人次。", "5605万人次", "医保智能监管事前提醒"),
        (
            "锚定规模以上工业增加值增长7.5%左右的预期目标。",
            "7.5%左右",
            "锚定规模以上工业增加值增长",
        ),
        # round 150: the fields a base was built on
        (
            "在全国已建成10亿亩高标准农田基础上，各地持续完善建后管护机制。",
            "10亿亩",
            "高标准农田面积",
        ),
        # 人民日报 2026-07-24 (round 151): what is counted after a description and 的; one
        # in ten as a share; a price per kilowatt-hour with nothing else to name it
        ("冠脉旋磨治疗系统的磨头极小，其上镶嵌1000多颗微小的金刚石。", "1000多颗", "金刚石"),
        ("却藏着10多所国内顶级的生物医药研究机构。", "10多所", "生物医药研究机构"),
        ("今天，中国每用10度电就有近4度是绿电。", "每用10度电就有近4度", "绿电占比"),
        ("在汕头，0.5元左右的1千瓦时电，通过人工智能算力加工成词元出海。", "0.5元左右", "电价"),
        # 人民日报 2026-07-25 (round 152): jieba words (堂食店, 预见期, 盗抢骗, 点段, 非电利用,
        # 茶饮, 小镇; 规模较 split); a radar's 达 links no figure
        ("如今，桂林的米粉堂食店有9000余家，加工型企业约100家。", "9000余家", "米粉堂食店"),
        ("目前，全国大江大河洪水预见期已从3天延长到10天。", "10天", "大江大河洪水预见期"),
        ("截至2026年6月，水利系统已建成240部水利测雨雷达。", "240部", "水利测雨雷达"),
        (
            "今年上半年，传统盗抢骗案件立案30.7万起，同比下降38.9%；",
            "30.7万起",
            "传统盗抢骗案件立案",
        ),
        ("挂牌督办了1890处突出点段和111处恶劣天气高影响路段治理。", "1890处", "突出点段"),
        (
            "到2030年，可再生能源非电利用总规模较2025年增长1.5倍，折合约1.5亿吨标准煤。",
            "1.5倍",
            "可再生能源非电利用总规模增长",
        ),
        ("每个周六，茶庄都会冲泡200杯各种茶饮，与游客居民分享。", "200杯", "茶饮"),
        ("神农架出行天数可随心而定：1—2天可以逛小镇、吃美食、山间散步。", "2天", "逛小镇"),
        ("神农架出行天数可随心而定：1—2天可以逛小镇、吃美食、山间散步。", "1", "逛小镇"),
        ("伸手触摸树龄约1300年的古杉，能真切感受跨越时光的生命力量。", "约1300年", "触摸树龄"),
        # rounds 151-152: jieba words (土石坝, 蓄水率, 极度濒危)
        ("将27座水库平均蓄水率降至45%，16座土石坝水库蓄水率降至40%。", "16座", "土石坝水库蓄水率"),
        ("将27座水库平均蓄水率降至45%，16座土石坝水库蓄水率降至40%。", "40%", "土石坝水库蓄水率"),
        # 人民日报 2026-07-26 (round 153): a sum after 计 is of the noun just named; a speed
        # per hour is the speed of the move after it; jieba words (公开表, 自评表, 在营, 申遗)
        ("处以其2025年中国境内销售额469.58亿元7.5%的罚款，计35.21亿元。", "35.21亿元", "罚款"),
        (
            "预计，台风“红霞”将以每小时20公里左右的速度向西北方向移动。",
            "20公里左右",
            "台风红霞移动速度",
        ),
        (
            "公开内容包括部门概况、9张部门决算公开表、部门决算说明和专业名词解释等4个部分。",
            "9张",
            "部门决算公开表",
        ),
        (
            "今年，随同中央决算报送全国人大常委会的项目绩效自评表共756个。",
            "756个",
            "项目绩效自评表",
        ),
        ("神州租车在营车辆规模接近20万辆。", "接近20万辆", "神州租车在营车辆规模"),
        ("景德镇保护工作持续近半个世纪，申遗工作历时11年。", "11年", "申遗工作历时"),
        # 人民日报 2026-07-27 (round 154): a credit line or loan after the sum names it; the
        # other work on the same thing; a share's group and its deed without 的, and the next
        # share's own deed
        ("拿到了招商银行3000万元授信额度，新产线按期投产；", "3000万元", "授信额度"),
        ("收到了兴业银行1000万元纯信用贷款，创新成果加速走向市场。", "1000万元", "纯信用贷款"),
        ("海南累计营造红树林超2030公顷、修复超3300公顷。", "超3300公顷", "修复红树林"),
        ("目前，超90%红树林纳入生态保护红线。", "超90%", "红树林纳入生态保护红线"),
        (
            "我国完成新营造红树林约1.16万公顷，超90%红树林纳入生态保护红线",
            "超90%",
            "红树林纳入生态保护红线",
        ),
        (
            "年产毛衣约9亿件，意味着全球每5件毛衣约有1件产自大朗。",
            "每5件毛衣约有1件",
            "毛衣产自大朗占比",
        ),
        ("你想，准备货源都十多二十天，船要走一个多月，加上零零碎碎的时间。", "一个多月", "船要走"),
        # 人民日报 2026-07-28 (round 155): determiners in a row; the goods before one 斤
        ("“百日行动”期间，将推出近百项各级各类体育赛事活动。", "近百项", "体育赛事活动"),
        ("普通红薯一斤1.2元左右，精品红薯能卖到1.5元以上。", "1.2元左右", "普通红薯价格"),
        ("普通山药一斤卖3.3到3.4元，他们的能卖到3.9元；", "3.4元", "普通山药售价"),
        ("截至目前，德州市共治理涝洼地48万亩。", "48万亩", "涝洼地"),
        ("沙漠与黄河最近距离由不足50米东移至3公里。", "3公里", "距离"),
        # 人民日报 2026-07-29 (round 156): those a named event gathered are its own
        ("汽车行业专场组织148家用人单位，提供电气工程师等岗位。", "148家", "汽车行业专场用人单位"),
        (
            "广西北部湾港运河沿线，30个江海联运泊位新建与改造项目正加紧推进；",
            "30个",
            "江海联运泊位",
        ),
        # 人民日报 2026-07-31 (round 158): ordinals written once before 分别 (第一、二、三产业…);
        # the items of 分别 a clause back when its own holds only 同比
        (
            "其中，第一、二、三产业和居民生活用电量同比分别增长4.9%、5.1%、8.0%、3.1%。",
            "5.1%",
            "第二产业用电量增长",
        ),
        (
            "其中，第一、二、三产业和居民生活用电量同比分别增长4.9%、5.1%、8.0%、3.1%。",
            "3.1%",
            "居民生活用电量增长",
        ),
        (
            "充换电服务业、互联网数据服务业用电量增长强劲，同比分别增长56.9%、44.0%。",
            "56.9%",
            "充换电服务业用电量增长",
        ),
        ("广东近93%的红树林纳入生态保护红线，约68%纳入重要湿地。", "约68%", "红树林纳入重要湿地"),
        (
            "赵维刚介绍，4年前，第一百货主要消费群体年龄在35岁到55岁。",
            "35岁",
            "百货主要消费群体年龄",
        ),
        (
            "“十五五”时期，每万人口高价值发明专利的指标设定为大于22件，较“十四五”末增长6件以上。",
            "22件",
            "每万人口高价值发明专利指标",
        ),
        # rounds 160, 161 (人民日报 2026-08-02/03)
        (
            "上半年，森林抚育面积、育种育苗面积均保持较好增长势头，分别增长7.4%、12.7%。",
            "12.7%",
            "育种育苗面积增长",
        ),
        ("“田管家”成立于1986年，目前有56人，其中35周岁以下青年占比87%。", "56人", "田管家"),
        ("“田管家”成立于1986年，目前有56人，其中35周岁以下青年占比87%。", "87%", "青年占比"),
        (
            "本期，我们邀请3位第九届鲁迅文学奖评委，请他们谈谈评奖感受。",
            "3位",
            "第九届鲁迅文学奖评委",
        ),
        ("穿着10多斤重的射击服一站就是几个小时。", "10多斤", "射击服重量"),
        ("集成电路产业链各环节上市公司131家。", "131家", "集成电路产业链各环节上市公司"),
        ("63家上市时未盈利企业中，已有28家实现盈利。", "63家", "上市时未盈利企业"),
        ("其中，在运机组62台、装机6614万千瓦，居世界第二。", "62台", "在运机组"),
        # round 163 (人民日报 2026-08-05) and the lists things are named to
        ("16个城市被列为“电影+”消费综合试点城市。", "16个", "电影+消费综合试点城市"),
        ("全省有5家企业入选国家级专精特新“小巨人”企业。", "5家", "国家级专精特新小巨人企业"),
        ("11家中试平台入选工信部重点培育名单。", "11家", "中试平台入选工信部重点培育名单"),
        ("出口市场由去年同期的23个拓展到了49个；", "23个", "出口市场"),
        ("出口市场由去年同期的23个拓展到了49个；", "49个", "出口市场"),
        ("如今，龙泉驿区的早熟品种已占比过半。", "过半", "早熟品种占比"),
        ("这款机器人可以攀爬45度斜坡，灵活穿梭于设备缝隙。", "45度", "斜坡"),
        (
            "发布农业、工业、城镇三大领域12个合同节水典型应用场景与案例，预期年节水量约2.7亿立方米。",
            "约2.7亿立方米",
            "预期年节水量",
        ),
        ("普渡机器人累计出货量超过13万台，服务超过5万家的终端客户。", "超过5万家", "终端客户"),
        ("全国年快递业务量达到近2000亿件的新高度。", "近2000亿件", "年快递业务量"),
        ("如今，龙泉驿区已改造低效果园6000多亩，实施高接换种近2万亩。", "近2万亩", "高接换种"),
        ("今年夏粮再获丰收，产量达到3014.9亿斤，比上年增加20亿斤。", "3014.9亿斤", "夏粮产量"),
        (
            "人均肉、蛋、水产品消费量分别从68.5公斤、24.1公斤、47.7公斤增加到75.1公斤、24.8公斤、56.6公斤。",
            "24.8公斤",
            "蛋消费量",
        ),
        ("目前，公司已在国内获批上市25款一类新药和5款二类新药。", "25款", "一类新药"),
        ("研发投入占营收比从2015年的约19%提升到2025年的近30%。", "约19%", "研发投入占营收比"),
        ("他说，夫妻俩每月收入加起来超过7000元。", "超过7000元", "夫妻俩月收入"),
        ("集团智能化磨粉生产线已扩增10条。", "10条", "集团智能化磨粉生产线扩增"),
        # round 169: a run of years after a named measure, each clause a year and a figure
        (
            "推动粮食总产量不断迈上新台阶，2015年超越1.3万亿斤，2024年突破1.4万亿斤，2025年达到1.43万亿斤。",
            "1.43万亿斤",
            "粮食总产量",
        ),
        ("全市煤油气产量分别占全国的13.2%、4.8%、9.5%。", "4.8%", "油产量"),
        (
            "汽车行业专场组织148家用人单位，提供电气工程师、维修工程师等岗位，招聘需求812人次。",
            "812人次",
            "汽车行业专场招聘需求",
        ),
        (
            "电力新能源行业专场组织深爱半导体、永联科技、万宝能源等243家用人单位，提供岗位。",
            "243家",
            "电力新能源行业专场用人单位",
        ),
        # 人民日报 2026-08-13 (round 171): the level reached (跃上…台阶) is no part of the
        # name, and the clause after carries the subject; income jieba tags as a verb; a
        # temperature; the length of what the clause before named; a pair joined by 和;
        # an increment; a deal pending; a span after who said it; listed figures
        (
            "我国社会消费品零售总额相继跃上40万亿元、45万亿元和50万亿元台阶，5年间增长超10万亿元。",
            "40万亿元",
            "社会消费品零售总额",
        ),
        (
            "我国社会消费品零售总额相继跃上40万亿元、45万亿元和50万亿元台阶，5年间增长超10万亿元。",
            "超10万亿元",
            "社会消费品零售总额增长",
        ),
        ("粮食生产跨上1.4万亿斤新台阶，2025年粮食产量达到1.43万亿斤。", "1.4万亿斤", "粮食生产"),
        ("可带来约3000个工次、50余万元季节性务工收入。", "50余万元", "季节性务工收入"),
        ("向其投放了1000万元科技信用贷，解了企业的燃眉之急。", "1000万元", "科技信用贷款"),
        ("鲜果抵达压榨线，全程控制在27摄氏度以下。", "27摄氏度", "全程温度"),
        ("拿起一款锦鲤驱蚊贴，约10厘米长，造型精致。", "约10厘米", "锦鲤驱蚊贴长度"),
        ("筛选出40多款红豆和红小豆开展盲测。", "40多款", "红豆和红小豆开展盲测"),
        (
            "未来5年，社会消费品零售总额将有10万亿元左右增量。",
            "10万亿元左右",
            "社会消费品零售总额增量",
        ),
        ("这家4S店已服务近10家客户，还有10余家客户在洽谈中。", "10余家", "客户在洽谈"),
        (
            "中心研发人员姜楠钧介绍，不到两个月，4S店便为杭白菊种植定制了一款植保机器人。",
            "不到两个月",
            "种植定制了一款植保机器人",
        ),
        (
            "我国粮食产量不断增加，2015年、2024年分别迈上1.3万亿斤和1.4万亿斤台阶。",
            "1.4万亿斤",
            "粮食产量不断增加",
        ),
        (
            "近日，上汽集团与通用汽车续约20年，合资期限延长至2047年；",
            "20年",
            "上汽集团与通用汽车续约",
        ),
        # 人民日报 2026-08-14 (round 172): a pile's height; project stages told apart; a
        # total so far keeps 累计; items of 分别 after a place; a name guess between nouns;
        # a move from a pilot's figure; the work a month went into; a count jieba cut
        ("一排排光伏板整齐列阵，桩高3米，板架离地间隙达两米以上。", "3米", "桩高度"),
        (
            "其中建成投运超27万吨/年，在建超113万吨/年，电解水制氢为主要路线。",
            "超113万吨/年",
            "在建",
        ),
        (
            "截至7月底，全国碳排放权交易市场累计成交量超9.3亿吨。",
            "超9.3亿吨",
            "碳排放权交易市场累计成交量",
        ),
        ("同期，伊春接待旅游人次和旅游花费，分别同比增长36%、39%。", "36%", "接待旅游人次同比增长"),
        ("同期，伊春接待旅游人次和旅游花费，分别同比增长36%、39%。", "39%", "旅游花费同比增长"),
        ("张奎说，经监测，试点区域林木生长量是对照区的2.86倍。", "2.86倍", "试点区域林木生长量"),
        ("目前，森林可持续经营范围从试点的20万亩扩大至更广林区。", "20万亩", "森林可持续经营范围"),
        (
            "工作人员顶着大风，耗时整整一个月，才逐个点位完成地形勘测和场地标定。",
            "一个月",
            "完成地形勘测和场地标定耗时",
        ),
        ("每头母猪年提供仔猪数从22头增加到26头。", "22头", "母猪年提供仔猪数"),
        (
            "将富余绿电送往23个省区市，累计外送新能源电量突破3000亿千瓦时。",
            "突破3000亿千瓦时",
            "外送新能源电量",
        ),
        # 人民日报 2026-08-15 (round 173): a share named in the clause before 比上年…; X在Y
        # 当中的比重; how long birds stay; a family of birds; a related compound; who came
        # (not only where); a span's manner and work; the other verb on the same object;
        # a water use per 亩 from before to now; a range start takes its end's guess
        (
            "支出端，上半年，居民人均服务性消费支出占居民消费支出的比重，比上年同期提高了0.2个百分点。",
            "0.2个百分点",
            "服务性消费支出占居民消费支出的比重比上年同期提高",
        ),
        (
            "上半年，知识产权产品投资在固定资产投资当中的比重提高至13.8%。",
            "13.8%",
            "知识产权产品投资占固定资产投资比重",
        ),
        ("游客平均停留3天。", "3天", "游客停留"),
        ("可观测到的鸟类从2010年的43科250种增加到2021年的63科324种。", "43科", "鸟类"),
        ("今年4月，保护区在6个鸟类集中点位安装6台水鸟智能监控设备。", "6个", "鸟类集中点位"),
        ("批准实施《生物多样性公约》等30多项环境相关多边公约；", "30多项", "环境相关多边公约"),
        (
            "此后，新方人员先后7次来到鸭绿江口湿地，中方人员4次前往米兰达保护区。",
            "7次",
            "新方人员来到鸭绿江口湿地",
        ),
        ("专家组3次来到现场。", "3次", "专家组来到现场"),
        (
            "这一原创技术在真实海水中实现了超过3200小时稳定运行。",
            "超过3200小时",
            "原创技术稳定运行",
        ),
        ("杭州累计开展建设项目576个、建成476个，受益居民超492万人；", "476个", "建成建设项目"),
        ("发射期间，5万余名航天迷汇聚海阳。", "5万余名", "航天迷汇聚海阳"),
        ("目前有两条主流路径：用200—300个标准大气压把氢气“压进”钢瓶里。", "200", "氢气压进钢瓶里"),
        ("一辆49吨长管拖车满载才能运输250—300公斤氢气，效率低。", "300公斤", "运输氢气"),
        # 人民日报 2026-08-16 (round 174): the work a span was given for; money of 经费
        # named after 投入; a return after 的; a heritage bearer (传承人, one word)
        (
            "忆起大学毕业入职时的第一项任务：在一个月的时间里，研制功率谱密度分析仪中的关键部件振荡器。",
            "一个月",
            "研制功率谱密度分析仪中的关键部件振荡器时间",
        ),
        (
            "”钟定江说，公司每年投入研发经费500多万元，破解了酸汤的“风味密码”。",
            "500多万元",
            "研发经费",
        ),
        ("每投资1美元用于抗旱能力建设，可带来10美元的回报。", "10美元", "投资回报"),
        ("2020年以来，潮州新增市级非遗代表性传承人83人。", "83人", "新增市级非遗代表性传承人"),
        # 人民日报 2026-08-17 (round 175): things named to a list of their kind (纳入…目录);
        # a price moved to an average keeps its denominator; shelf life (货架期, one word)
        (
            "我们将数据标注师、无人机驾驶员等51个职业纳入急需紧缺职业指导目录。",
            "51个",
            "纳入急需紧缺职业指导目录",
        ),
        ("团队把红毛丹常温货架期从3天延长至5天以上。", "3天", "红毛丹常温货架期"),
        # 人民日报 2026-08-18 (round 176): items of 分别 named a clause back when only the
        # rate stands before it
        (
            "7月，装备制造业、高技术制造业发展势头向好，增速分别比上月加快1.3个和2.8个百分点。",
            "2.8个百分点",
            "高技术制造业增速",
        ),
        # 人民日报 2026-08-19 (round 177): a limit moved from the day it counts from; a move
        # from a peak (锐减至)
        (
            "《决定》将住房公积金管理中心批准贷款的时限由自受理申请之日起15日内缩短为10日内；",
            "10日",
            "住房公积金管理中心批准贷款的时限",
        ),
        ("客运量从最高峰时的每年580万人次锐减至2022年的38万人次。", "580万人次", "客运量"),
        # 人民日报 2026-08-21 (round 179): sizes of a thing described (洁白/z 雪道/nr); how
        # often a deed is counted (单日); a set meal; a day's sales; the noun a listed count
        # after 的 leaves out; 再就业; a share's own predicate past 以上; a figure's own deed
        # after a plan's colon; a brief span then what was got (便获得…); a streak of not
        # happening; spans listed with 、 before one 的-noun
        (
            "站在坡顶放眼望，500余米长、40余米宽的洁白雪道，在浓绿山林之中格外亮眼。",
            "40余米",
            "洁白雪道宽度",
        ),
        (
            "据悉，本次系列活动期间，牙克石单日接待游客超1万人次，有效集聚人气。",
            "超1万人次",
            "单日接待游客",
        ),
        ("一荤两素10元，干净卫生，味道也不错。", "10元", "一荤两素"),
        (
            "他的步家烧饼店一直是大名县风情街上的一间小店，5个人忙活，一天卖个四五百元。",
            "四五百元",
            "日销售额",
        ),
        (
            "2025年以来，河南高校新增社会紧缺的本科专业127个，撤销就业率低的41个，停招或隔年招的504个。",
            "504个",
            "停招或隔年招的本科专业",
        ),
        ("新都因工业而兴，拥有41个工业大类中的30个，形成五大百亿级产业集群。", "30个", "工业大类"),
        ("失业人员再就业16.56万人，就业困难人员实现就业5.26万人。", "16.56万人", "失业人员再就业"),
        (
            "截至目前，郑州比亚迪已吸纳产业工人约6万人，九成以上来自郑州及周边地区。",
            "九成以上",
            "产业工人来自郑州及周边地区",
        ),
        (
            "源自河南针对毕业生群体实施的“502020”计划：50万人通过企业吸纳实现就业，20万人自主创业及灵活就业。",
            "50万人",
            "企业吸纳实现就业",
        ),
        (
            "小站工作人员牵线，不到10分钟，她便获得一份家政服务工作，还被安排到家政公司接受岗前培训。",
            "不到10分钟",
            "获得家政服务工作用时",
        ),
        ("不到一周，新增容的变压器便安装到位。", "不到一周", "变压器安装到位用时"),
        (
            "新（改）建零工驿站、家门口就业服务站2977个，累计服务灵活就业人员183万人次。",
            "2977个",
            "家门口就业服务站",
        ),
        ("东居延海已连续22年未干涸。", "22年", "东居延海未干涸"),
        (
            "7月、8月，中游地区先后组织实施为期7天、5天的集中调度措施，有力保障了调度目标落地。",
            "7天",
            "集中调度措施",
        ),
        ("周边209平方公里、180多万人口的日常生活污水，经物理沉淀处理。", "209平方公里", "面积"),
        ("其中联合收割机80多万台、参与跨区作业的20多万台。", "20多万台", "参与跨区作业的收割机"),
        # 人民日报 2026-08-22 (round 180): work done within a span (内就完成了…); what the
        # counted things have (装有…的); a band in a name; an area's pipes (not 距…市区);
        # 全部 before a verb says how many; a saving named by what is saved
        (
            "“我们在一周内就完成了事前摸排和保护措施，保障了顺利开工。",
            "一周",
            "完成事前摸排和保护措施用时",
        ),
        (
            "收集起来的雨水会汇集到小区北侧两个装有沉淀、净化等设施的雨水调蓄池，用于小区绿化。",
            "两个",
            "雨水调蓄池",
        ),
        (
            "今年在泃河沿线新增了9处高点视频，并布设115套370兆赫窄带通信基站。",
            "115套",
            "370兆赫窄带通信基站",
        ),
        (
            "其中，中心城区6.5万公里管线全部实现数字孪生，叠加道路与建筑信息。",
            "6.5万公里",
            "中心城区管线",
        ),
        (
            "距中卫市区10多公里的“西部云基地”，一座座数据中心形成集群。",
            "10多公里",
            "西部云基地距中卫市区",
        ),
        (
            "这类机床具有高性能、高可靠等特征，快移速度可达60—200米/分钟，加工定位精度1微米。",
            "200米/分钟",
            "快移速度",
        ),
        ("“换了种方案，就省了将近150万元。", "将近150万元", "节省费用"),
        ("一年光饲料钱就能省下五六万元。", "五六万元", "光饲料钱省下"),
        ("符靖林介绍，初步计算，这一方法能节省25%以上的氦气。", "25%以上", "节省氦气"),
        ("企业累计自主研发投入超620亿元，申请专利超2.49万件。", "超2.49万件", "申请专利"),
        ("蕴含丰富人体所需的微量元素，pH值为7.32-8.0，天然弱碱性水。", "7.32", "pH值"),
        # 人民日报 2026-08-23 (round 181): lessons a year after what the clause before
        # names; grades of school; whose contribution; a role for each thing counted; an
        # intake (首届); whom a count of people is served or reached by; a place's altitude
        # after the verb that leaves it; a gap to the national figure
        (
            "北京市教委要求全市中小学校开展人工智能通识教育，每学年不少于8课时，课程可独立设置；",
            "不少于8课时",
            "人工智能通识教育每学年",
        ),
        (
            "义务教育阶段开设人工智能相关课程，1至2年级每学年不少于6课时、3至9年级每学年不少于8课时；",
            "不少于6课时",
            "1至2年级每学年",
        ),
        (
            "内需拉动起主导作用，对经济增长的贡献率超过80%，其中消费的贡献率接近50%。",
            "超过80%",
            "内需对经济增长的贡献率",
        ),
        (
            "中国年进口规模超20万亿元，是近80个国家的主要出口目的地。",
            "近80个",
            "国家的主要出口目的地",
        ),
        (
            "从首届40余名学生到如今学院在校生逾千人，从个位数师资到50多人的教学团队。",
            "40余名",
            "首届学生",
        ),
        ("展会交易额从首届不足2亿元到2026年突破10亿元。", "不足2亿元", "展会交易额"),
        (
            "另一边，社区干部马茹也有烦恼：“9名社区干部，服务1500多户群众，真有些忙不过来。",
            "1500多户",
            "服务群众",
        ),
        (
            "6年前，一家人离开海拔4500多米的西藏亚东县堆纳乡牧区，易地搬迁到边境新村庞达村。",
            "4500多米",
            "亚东县堆纳乡牧区海拔",
        ),
        (
            "一栋废旧厂房，被改造成使用面积约2000平方米的零碳展示中心。",
            "约2000平方米",
            "零碳展示中心使用面积",
        ),
        (
            "上半年，机械工业规模以上企业增加值同比增长6.4%，高于同期全国工业1个百分点；",
            "1个百分点",
            "机械工业规模以上企业增加值高于全国工业",
        ),
        ("设立以来，80余项制度创新成果从这里走向全国。", "80余项", "制度创新成果"),
        # 人民日报 2026-08-24 (round 182): sectors listed after 在 with one 的-head, paired
        # by 分别; events named after 次; power in 千瓦时 after its verb; 春油菜; slopes in 度
        (
            "2025届本科毕业生在电子电气设备制造业、机械设备制造业、交通运输设备制造业的就业比例，分别较2021届提高了0.8个、1.6个和1.0个百分点。",
            "1.6个",
            "机械设备制造业的就业比例",
        ),
        ("“过去50年里，我们经历了3次能源危机，分别是1973年的石油危机。", "3次", "经历能源危机"),
        (
            "国能锦界能源有限责任公司总经理鲁鹏飞说，今年以来发电厂累计发电超过114亿千瓦时。",
            "超过114亿千瓦时",
            "发电厂发电量",
        ),
        (
            "中国农业科学院油料所联合内蒙古农牧业科学院培育出“北亚油1号”等5个春油菜新品种，标志着育种迈出关键一步。",
            "5个",
            "春油菜新品种",
        ),
        (
            "石质阳坡——坡度30度以上、土壤贫瘠、岩石裸露——被公认为造林界的世界级难题。",
            "30度以上",
            "坡度",
        ),
        ("农业农村部引导推动41个省部共建市场和663个定点市场数字化建设。", "41个", "省部共建市场"),
        # 人民日报 2026-08-26/27 (rounds 184, 185): a race's time named by the race; a
        # comparison past an adverb (只比); a circumstance after 的 (…的情况下) names
        # nothing measured; 宁德时代 is one name
        ("原地跳高3.4米、400米38秒15、1500米2分21秒64……", "38秒15", "400米成绩"),
        ("原地跳高3.4米、400米38秒15、1500米2分21秒64……", "2分21秒64", "1500米成绩"),
        (
            "让其在产品定价只比其他同行高5%—10%的情况下保持了较高的利润率。",
            "10%",
            "产品定价",
        ),
        ("根据2025年年报，宁德时代全年研发费用高达221.47亿元。", "221.47亿元", "宁德时代研发费用"),
        (
            "宁德时代上半年净利润超430亿元，超过国内10家上市整车企业利润总和。",
            "超430亿元",
            "宁德时代净利润",
        ),
        # the time an effort took, named by what it got done; a multiple of last year's
        # period is of the measure before; people whose needs are met; a rank held for
        # years; work done within a span for someone
        (
            "经过一年多的努力，案件终于启动了遣返程序，作为案件的主办侦查员，贾晓亮参与了这次遣返任务。",
            "一年多",
            "启动了遣返程序用时",
        ),
        (
            "全省累计新收行政复议案件7.2万余件，其中，今年上半年新收1.5万余件，是2023年同期的2.2倍。",
            "2.2倍",
            "新收行政复议案件",
        ),
        (
            "投产后预计每年可为油田提供5400万千瓦时绿色电力，能够满足7万人一年的用电需求。",
            "7万人",
            "满足用电需求",
        ),
        (
            "待8月风电场全部投产后，年均可提供16亿千瓦时清洁电力，满足62.5万户家庭一年的用电需求。",
            "62.5万户",
            "满足家庭用电需求",
        ),
        (
            "在动力电池赛道，该企业连续6年专利申请增量全行业第一，其追求的不是短期获利。",
            "6年",
            "企业专利申请增量全行业第一",
        ),
        (
            "一些定制件以前需要两个月出样，现在一星期内就可以给客户做测试。",
            "一星期",
            "给客户做测试用时",
        ),
        ("收购价从2元每公斤稳步提升至11.2元每公斤，", "11.2元每公斤", "收购价"),
        ("城乡居民收入倍差缩小至1.48∶1。", "1.48∶1", "收入倍差"),
        # 人民日报 2026-08-28 (round 186): 八项规定, 奢靡之风 and 批评教育 are one word each
        (
            "7月，全国共查处违反中央八项规定精神问题27995起，批评教育和处理34683人。",
            "27995起",
            "中央八项规定精神问题",
        ),
        (
            "7月，全国共查处违反中央八项规定精神问题27995起，批评教育和处理34683人。",
            "34683人",
            "批评教育和处理",
        ),
        ("7月全国共查处享乐主义、奢靡之风问题12816起，", "12816起", "奢靡之风问题"),
        (
            "7月全国共查处享乐主义、奢靡之风问题12816起，批评教育和处理15283人，其中“违规收送名贵特产和礼品礼金”方面问题最多，查处8138起，批评教育和处理8792人。",
            "8792人",
            "违规收送名贵特产和礼品礼金问题批评教育和处理",
        ),
        # whose share is taken; people named by their place; a day's peak of a deed; a
        # place so far from another
        ("上半年，高端新能源市场同比增长46%，自主品牌拿下近六成份额。", "近六成", "自主品牌份额"),
        ("到2015年，6万多鹰潭人在外开了1.3万家烘焙门店，年产值超50亿元。", "6万多", "鹰潭人"),
        (
            "自开放以来，单日最高接待游客突破5万人次，累计接待游客突破130万人次。",
            "突破5万人次",
            "单日最高接待游客",
        ),
        ("视线转向距芜湖约150公里的合肥，国轩高科的生产基地同样繁忙。", "约150公里", "合肥距芜湖"),
        (
            "24家单位获批工业和信息化部标准级科技型企业孵化器。",
            "24家",
            "单位获批工业和信息化部标准级科技型企业孵化器",
        ),
        # 人民日报 2026-08-29 (round 187): done per hour; a bare 数量 of the goods the clause
        # before names; 文保员 is one word
        (
            "冷凝后形成可收集的水冰，每小时能提取10—50克，该装置的研发打通了月球水资源利用。",
            "50克",
            "每小时提取",
        ),
        (
            "我们知道一号沉船满载以景德镇瓷器为主的货物，数量至少10万件，散落范围达上万平方米。",
            "至少10万件",
            "货物数量",
        ),
        ("今年高峰期，斑海豹最大日上岸数量451只，连续3年创新高。", "451只", "数量"),
        ("全县现有252名群众文保员，遍布各遗址点。", "252名", "群众文保员"),
        # 人民日报 2026-02-02/03/04 (rounds 204, 205): a density per 1,000 people named; 量 is
        # the measure's head (not 量减少); 有的 (some of them) is no part of the noun; visits
        # named by what people came for; a change in the unit of an earlier figure; partners
        # counted by what was done with them; a measure of the items named before a date; a
        # predicate after a modal; a weight after its unit; a width with 达
        (
            "目前每千名儿童拥有的儿科执业（助理）医师数达1.39人，儿科门急诊能力增强。",
            "1.39人",
            "每千名儿童拥有的儿科执业医师数",
        ),
        ("现在采用装配式建筑，渣土量减少了近40%。", "近40%", "渣土量减少"),
        ("5位外国友人有的在江苏学习，有的在江苏工作；", "5位", "外国友人"),
        ("2021—2024年累计近200亿就诊人次享受医保报销。", "近200亿", "就诊人次"),
        (
            "我国人均预期寿命达到79岁，连续3个五年规划都实现提高一岁以上。",
            "一岁以上",
            "人均预期寿命提高",
        ),
        (
            "我国与132个国家签署了双边航空运输协定，与83个国家保持定期客货运通航。",
            "132个",
            "签署双边航空运输协定国家",
        ),
        (
            "我国与132个国家签署了双边航空运输协定，与83个国家保持定期客货运通航。",
            "83个",
            "保持定期客货运通航国家",
        ),
        (
            "失业保险、工伤保险更加健全，截至2025年底，参保人数分别达2.49亿人、3.05亿人。",
            "3.05亿人",
            "工伤保险参保人数",
        ),
        (
            "重大传染病发病率保持在低流行水平，重大慢性病过早死亡率降至15%以下。",
            "15%",
            "重大慢性病过早死亡率",
        ),
        ("“运河全线共有101个堆存场需要复垦，总面积约3.76万亩。", "101个", "堆存场需要复垦"),
        ("樟树高12.3米，超过50吨重，为提高成活率。", "超过50吨", "樟树重量"),
        ("新大棚宽达十五六米，长一百五六十米，棚顶开阔。", "十五六米", "新大棚宽"),
        ("红树林50米内不允许炸礁，环保要求高。", "50米", "红树林"),
        ("又新建5条农沟、4座涵管和2座蓄水池。", "4座", "涵管"),
        ("将检测时间压缩至3分钟内，漏检率控制在0.5%以下。", "0.5%", "漏检率"),
        ("具备载重40公斤、抗7级风、在2000米高空稳定作业的能力。", "7级", "抗风"),
        (
            "分别确定160个国家乡村振兴重点帮扶县和一批省级乡村振兴重点帮扶县。",
            "160个",
            "国家乡村振兴重点帮扶县",
        ),
        ("巴达木东墓群共清理十六国墓葬18座、唐代墓葬9座。", "18座", "清理十六国墓葬"),
        (
            "2025年10月以来，消防部门每周2次对园区开展无人机巡飞，一旦发现违停车辆。",
            "2次",
            "对园区开展无人机巡飞",
        ),
        (
            "全国食品安全监督抽检不合格率为2.74%，多批次抽检不合格企业数量同比下降了57%；",
            "57%",
            "抽检不合格企业数量同比下降",
        ),
        (
            "活动当天吸引登记失业人员、返乡农民工、残疾人等3000多人次入场求职，初步达成意向。",
            "3000多人次",
            "入场求职",
        ),
        # 人民日报 2026-09-03 (round 203): the time the next clause's work takes
        (
            "明确从今年7月开始，利用1年左右时间，在全国范围开展深化扫黑除恶专项斗争。",
            "1年左右",
            "开展深化扫黑除恶专项斗争",
        ),
        # 人民日报 2026-09-01/02/03 (round 202): a share of those who use something to do a thing
        ("有调查数据显示，71.0%的学生用AI辅助完成作业。", "71.0%", "学生用AI辅助完成作业"),
        # 人民日报 2026-09-01 (round 201): a stage reached counts what the clause before planned
        (
            "赣州计划利用城市微空间建设口袋体育公园49个，目前已建成22个，有效破解场地不足。",
            "22个",
            "建成口袋体育公园",
        ),
        # 人民日报 2026-09-05 (round 201): the work a span took
        ("团队开发酶改造平台，通过5周的迭代实现100多倍的活性提升。", "5周", "迭代"),
        ("经过3年的建设，项目建成投产。", "3年", "建设"),
        # 人民日报 2026-09-03/04 (round 200): the size of a group; firms counted by what they
        # did; jieba 重卡
        ("中国移动13人党员突击队，逆向而行、徒步向前。", "13人", "党员突击队"),
        ("4家上市公司实施重大资产重组。", "4家", "上市公司实施重大资产重组"),
        ("我们一口气给70多辆重卡加了油。", "70多辆", "重卡"),
        # 人民日报 2026-09-05 (round 198): an age before present is the age of what the
        # sentence opened on
        (
            "孔龙村遗址地处大渡河正源东岸二级阶地，海拔近2500米，年代距今约5500—4800年。",
            "4800年",
            "孔龙村遗址年代距今",
        ),
        ("肇始期为仰韶文化晚期（石岭下类型）阶段，距今约5500—5100年。", "5100年", "肇始期距今"),
        # 人民日报 2026-09-04 (round 197): each end of a move names its own thing; people
        # surveyed after firms surveyed are no firms
        ("从76.8亿元援宁资金到逾千亿元实际到位投资，可以看出…", "76.8亿元", "援宁资金"),
        ("从76.8亿元援宁资金到逾千亿元实际到位投资，可以看出…", "逾千亿元", "实际到位投资"),
        (
            "湖北通过线上线下结合的方式，调查摸底21万家企业、570万人次，形成指导目录。",
            "570万人次",
            "调查摸底",
        ),
        # 人民日报 2026-09-02/03/06 (rounds 195, 196): the class after the listed objects of a
        # verb; a headcount per class; a count of all the nouns listed; jieba words
        ("推动50人取得初级电工、无人机驾驶等职业技能证书。", "50人", "取得职业技能证书"),
        ("今年春季班、夏季班分别开设6、7门课，每班15人左右，一上线就抢空。", "15人左右", "每班"),
        ("孔繁森同志纪念馆陈列着631份图片、实物及各类文献。", "631份", "图片、实物及各类文献"),
        (
            "汇集北京开放大学等13家高校、教育机构的“京学”夜校教育服务共同体于去年12月启动。",
            "13家",
            "高校、教育机构",
        ),
        ("累计推动274处、240万余平方米商业设施完成业态升级。", "240万余平方米", "商业设施面积"),
        ("5000多名普通群众登上了属于自己的舞台。", "5000多名", "普通群众"),
        ("约200名数据标注师正在紧张地忙碌。", "约200名", "数据标注师"),
        ("累计挖掘培育2000余名乡土文化能人；", "2000余名", "乡土文化能人"),
        ("配备网格员483人。", "483人", "网格员"),
        # 人民日报 2026-09-03/04 (rounds 192, 193): the time goods took to arrive; the
        # noun after a size class; the total of what the clause before counted; the first
        # batch of what the clause before counted; how far away; goods priced per 公斤; a
        # monthly pay; the class the items listed after a bound belong to
        ("满载300吨新鲜葡萄和桑葚一路向东，3天后抵达浙江杭州。", "3天", "抵达"),
        (
            "首趟搭载了14个40英尺“背包式”冷藏集装箱的“甬凉号”乡村振兴班列从凉山州西昌市出发。",
            "14个",
            "背包式冷藏集装箱",
        ),
        ("2025年，全省新增3200家高新技术企业，总量达2.35万家。", "2.35万家", "高新技术企业总量"),
        (
            "全国计划改造提升约1000个主要货运多式联运节点，首批300个正在加快推进。",
            "300个",
            "首批主要货运多式联运节点",
        ),
        ("270公里外，江山分院手术室里的4支机械臂同步完成胆总管探查。", "270公里", "距离"),
        ("新鲜蔬果琳琅满目，1公斤青枣5元，1公斤西红柿1.5元，", "1.5元", "西红柿售价"),
        ("”付说耀说，在成都，陪诊师月收入一般在五六千元。", "五六千元", "陪诊师月收入"),
        ("依托协作资金支持，40万尾微山湖四鼻鲤鱼苗，来到长滩镇。", "40万尾", "微山湖四鼻鲤鱼苗"),
        (
            "将新建或改扩建5000个以上小（微）型体育公园、小型健身中心、多功能运动场等场地设施。",
            "5000个以上",
            "场地设施",
        ),
        # 人民日报 2026-09-02 (round 191): the share of a frequency band
        ("每季度消费1—2次的占比达41.96%，每月消费1—3次的占39.78%。", "39.78%", "每月消费1—3次占比"),
        # 人民日报 2026-09-01 (round 190): who pulls the growth; a share the clause before
        # names, its holder from the clause before that; 占了, 同细分品类; a weight after a width
        (
            "知识产权产品投资拉动全部投资增长1.2个百分点。",
            "1.2个百分点",
            "知识产权产品投资拉动全部投资增长",
        ),
        (
            "今年1至7月份，知识产权产品投资占全部投资的比重为14.8%，比上年同期提高2.1个百分点，拉动全部投资增长1.2个百分点。",
            "1.2个百分点",
            "知识产权产品投资拉动全部投资增长",
        ),
        (
            "2022年至2025年，知识产权产品投资规模不断扩大，占全社会固定资产投资比重持续提升，分别为11.0%、12.0%、12.6%和14.1%。",
            "14.1%",
            "知识产权产品投资占全社会固定资产投资比重",
        ),
        (
            "如今，这款拖拉机出口量占了全国同细分品类的六成以上。",
            "六成以上",
            "拖拉机出口量占全国同细分品类比重",
        ),
        (
            "星月集团研发的丘陵高速插秧机，整机宽度仅1.2米、重约200公斤，专为狭窄梯田设计。",
            "约200公斤",
            "整机重量",
        ),
        # 人民日报 2026-08-31 (round 189): the whole length of the thing after 的; land
        # taken over (流转来)
        (
            "截至目前，贯穿北部沙区、总里程168公里的“五横九纵”治沙骨干路网已经建成。",
            "168公里",
            "五横九纵治沙骨干路网总里程",
        ),
        ("李子红从流转来1700多亩土地的那天起，就一直与咸酸地打交道。", "1700多亩", "流转面积"),
        # 人民日报 2026-08-30 (round 188): the Chinese people; an attributive between a verb
        # and its object (直达偏远/b 山乡)
        ("更承载着14亿多中国人民走向更加美好生活的朴实愿望。", "14亿多中国人民", "中国人民"),
        (
            "在重庆，1456个以旧换新服务站扎根村社，让智能家电两天内直达偏远山乡。",
            "两天",
            "智能家电直达偏远山乡",
        ),
        # 人民日报 2026-08-25 (round 183): what covers the places counted; knowledge-
        # intensive as one word; things named to a list, passive too; a description by an
        # idiom before 的
        (
            "今年以来，陕西煤炭企业累计签订电煤中长期合同2.24亿吨，保供范围覆盖20多个省份，有效保障各地火电生产。",
            "20多个",
            "保供范围覆盖省份",
        ),
        (
            "上半年，我国知识密集型服务出口8056.7亿元，同比增长12.8%。",
            "8056.7亿元",
            "知识密集型服务出口",
        ),
        (
            "北京市、天津市、内蒙古自治区呼伦贝尔市等18个地区被纳入试点范围。",
            "18个",
            "地区纳入试点范围",
        ),
        (
            "涵盖足球、马拉松、跆拳道、冰球、拳击等10余类群众喜闻乐见的运动项目，预计吸引数万名运动员参赛。",
            "10余类",
            "运动项目",
        ),
        (
            "新政落地首月，深圳海关累计办理离境退税验核业务1.3万票、验核申请单金额1.7亿元。",
            "1.3万票",
            "验核业务",
        ),
        # a Mongolian village (嘎查村) is one word
        ("覆盖77个嘎查村，占比58%。", "77个", "嘎查村"),
        # 人民日报 2026-04-14 第07版, 2193座廊桥: the figure a 与…相比 frame holds is the
        # measure just given, earlier, and the change after it is that measure's
        (
            "目前全国已知廊桥文物总数达2193座，与2023年初步筛查时的1355座相比，增长超61%。",
            "1355座",
            "已知廊桥文物总数",
        ),
        (
            "目前全国已知廊桥文物总数达2193座，与2023年初步筛查时的1355座相比，增长超61%。",
            "超61%",
            "已知廊桥文物总数增长",
        ),
        # 人民日报 2026-04-14 第04版, 三个高地: what 实现 achieves is the subject's measure
        ("去年北斗产业实现产值782亿元、占全国的12%。", "782亿元", "北斗产业产值"),
        # 人民日报 2026-04-14 第02版, 一地三收: 扩到 links like 扩大到
        ("2026年，黑山县本地‘一地三收’要扩到20万亩。", "20万亩", "本地一地三收"),
        # 人民日报 2026-04-14 第02版, 就近就便就医: a span before 的 measures the thing after,
        # whose attributive jieba tags as an adverb (长期/d)
        ("支持基层医疗机构最长开具不超过12周的长期处方。", "不超过12周", "长期处方"),
        # 人民日报 2026-04-14 第02版, 就近就便就医: a share of a group measures what the group
        # does, past the figure (15分钟) or the list (影像、心电、检验等) that cuts the clause
        (
            "目前，超过90%的居民可以在15分钟内到达最近的医疗服务点。",
            "超过90%",
            "居民到达医疗服务点",
        ),
        (
            "超过80%的县建设了影像、心电、检验等资源共享中心，服务群众超过3.3亿人次。",
            "超过80%",
            "县建设资源共享中心",
        ),
        ("目前，超过90%的居民可以在15分钟内到达最近的医疗服务点。", "15分钟", "到达医疗服务点用时"),
        # within each of the group (医共体内，…), what happens there; a bare total after a
        # clause closing on people and what they did counts those people
        (
            "全国超过90%的县域医共体内，基层成员单位都有上级医院的医务人员下沉派驻，总人数超过了7万人。",
            "超过90%",
            "县域医共体医务人员下沉派驻",
        ),
        (
            "全国超过90%的县域医共体内，基层成员单位都有上级医院的医务人员下沉派驻，总人数超过了7万人。",
            "超过了7万人",
            "医务人员下沉派驻总人数",
        ),
        # a date glued to 比 (2025年比/j) is split, and the date is no subject
        ("粮食产量2025年比2020年增加超过5%。", "超过5%", "粮食产量增加"),
        # 人民日报 2026-04-14 第04版, 三个高地: trade with a continent, 对非
        ("成为对非经贸合作“桥头堡”，近年来对非贸易年均增长12%。", "12%", "对非贸易年均增长"),
        # 人民日报 2026-04-14 第08版, 科技消费: the work achieved within the span
        (
            "用户可通过一键操作在5分钟内实现陆行体与飞行体的自动分离或结合。",
            "5分钟",
            "自动分离或结合用时",
        ),
    ],
)
def test_measures_of_round_63(sentence: str, raw_text: str, expected: str) -> None:
    assert indicator_of(sentence, raw_text) == expected


def test_measures_listed_without_均_share_the_figure_when_each_names_a_measure() -> None:
    # 人民日报 2026-03-18 第11版, 防城港市: two rates before one figure are two facts
    sentence = "地表水水质优良比例、饮用水水源达标率持续保持100%，近岸海域水质连续8年保持“优”等级。"
    assert [f.indicator for f in extract_sentence(sentence, None, None) if f.unit == "%"] == [
        "地表水水质优良比例",
        "饮用水水源达标率",
    ]
    # 人民日报 2026-08-06 (round 164): jieba's 快递/v 服务 and 通达/nr 率 are nouns of a rate
    sentence = "农村自来水普及率达到96%，行政村5G通达率、快递服务覆盖率超95%。"
    assert [f.indicator for f in extract_sentence(sentence, None, None) if f.value == 95] == [
        "行政村5G通达率",
        "快递服务覆盖率",
    ]
    # things listed (not measures) keep one figure
    sentence = "油菜、小麦种植面积达到100万亩。"
    assert len(extract_sentence(sentence, None, None)) == 1


def test_a_figure_alone_in_its_clause_is_guessed_from_the_work_around_it() -> None:
    # 人民日报 2026-04-12 第03版, 田间来了“大力士”: no rule names these figures; the
    # words that say what they are about are a lead, flagged weak_indicator
    facts = {
        f.raw_text: f
        for f in extract_sentence(
            "绿控农业开发能下田的履带款，8个月完成3次迭代；向种植户出租各类机器人，每亩1元。",
            None,
            None,
        )
    }
    assert facts["8个月"].indicator == "完成迭代"  # done in the time, counted after it
    assert facts["3次"].indicator == "迭代"
    assert facts["1元"].indicator == "出租各类机器人"  # what the clause before did
    assert "weak_indicator" in (facts["1元"].quality_flag or "")
    assert "weak_indicator" in (facts["8个月"].quality_flag or "")
    # 人民日报 2026-04-10 第02版, 一毫秒，京冀间完成一次“握手”: or the clause after it
    sentence = "短短1毫秒内，这个指令就沿着专用光纤抵达算力中心，完成了京冀间的一次“握手”。"
    assert [f.indicator for f in extract_sentence(sentence, None, None)] == ["抵达算力中心"]


def test_things_listed_before_one_measure_and_均_each_have_the_value() -> None:
    # 人民日报 2026-04-11 第05版, 赏春正当时 消费暖意足
    sentence = "油菜薹、蕨菜、马齿苋成交额同比增长均超100%。"
    assert [f.indicator for f in extract_sentence(sentence, None, None)] == [
        "油菜薹成交额同比增长",
        "蕨菜成交额同比增长",
        "马齿苋成交额同比增长",
    ]
    sentence = "数码相机、云台相机销量分别增长超5倍、2倍。"  # 相机 is the first item's own
    assert [f.indicator for f in extract_sentence(sentence, None, None)] == [
        "数码相机销量增长",
        "云台相机销量增长",
    ]


def test_a_long_indicator_is_cut_in_front_at_a_word_start() -> None:
    from pipelines.facts.phrases import MAX_INDICATOR_CHARS, clean_indicator

    long = "国家重点研发计划支持的企业及高校科研院所联合开展的关键核心技术攻关项目数量"
    cut = clean_indicator(long)
    assert cut is not None and long.endswith(cut) and len(cut) <= MAX_INDICATOR_CHARS
    assert cut.startswith("及高校")  # not 业及高校: 企业 is not cut in two


def test_a_bare_measure_listed_after_an_owned_one_is_the_same_owner_s() -> None:
    # 人民日报 2026-04-01 第19版 (round 81): 商超购物券 owns both 订单量 and 销售额
    sentence = "生活消费为主的商超购物券订单量和销售额均同比增长超70%。"
    assert [f.indicator for f in extract_sentence(sentence, None, None)] == [
        "生活消费为主的商超购物券订单量同比增长",
        "商超购物券销售额同比增长",
    ]
    # a measure with its own owner (营业收入) is left alone
    sentence = "全市实现地区生产总值5000亿元，增长5%，营业收入增长3%。"
    assert extract_sentence(sentence, None, None)[-1].indicator == "营业收入增长"


def test_cases_counted_with_generic_nouns_take_the_theme_the_sentence_opens_on() -> None:
    # 最高人民检察院工作报告 2026: the campaign is named first, its cases generically after
    facts = extract_sentence(
        "加强公民个人信息司法保护，起诉相关犯罪6142人，办理公益诉讼4456件，坚决维护网络空间秩序。",
        None,
        None,
    )
    assert [f.indicator for f in facts] == ["公民个人信息犯罪", "办理公民个人信息公益诉讼"]
    # a sentence that opens on no campaign leaves the generic name alone
    facts = extract_sentence("全年办理公益诉讼4456件。", None, None)
    assert [f.indicator for f in facts] == ["办理公益诉讼"]


def test_things_listed_before_one_activity_each_have_the_change():
    # 人民日报 2026-07-07 第10版 (round 134): three emissions, each down by 90% or more
    paragraphs = [Paragraph.contiguous("body", "二氧化碳、硫氧化物、颗粒物排放均减少90%以上。")]
    facts = extract_article_facts(paragraphs, title="")
    assert sorted(f.indicator for f in facts) == [
        "二氧化碳排放减少",
        "硫氧化物排放减少",
        "颗粒物排放减少",
    ]
    assert {(f.value, f.unit, f.qualifier) for f in facts} == {(90.0, "%", "以上")}


def test_two_indicators_said_to_grow_alike_each_have_the_change():
    # 人民日报 2026-07-14 第07版 (round 141): 两项指标…都 points back at both measures
    sentence = "营业收入达262.7万亿元，利润达21.4万亿元，两项指标年均增长都在5%左右。"
    grown = [f for f in extract_sentence(sentence, None, None) if f.raw_text == "5%左右"]
    assert sorted(f.indicator for f in grown) == ["利润年均增长", "营业收入年均增长"]


def test_a_level_set_uniformly_is_the_level_not_its_manner() -> None:
    """人民日报 2026-07-15 (round 142): 统一 before 提高 says how the level is set."""
    sentence = (
        "城乡居民医保参保人员产前检查费用报销比例统一提高至50％，年度门诊统筹支付限额提升至1000元。"
    )
    assert indicator_of(sentence, "50％").endswith("产前检查费用报销比例")


def test_two_services_listed_before_one_coverage_rate_are_two_facts() -> None:
    """人民日报 2026-07-15 (round 142): 基本康复、辅助器具适配服务覆盖率均…85%以上."""
    facts = extract_sentence(
        "残疾人基本康复、辅助器具适配服务覆盖率均稳定在85%以上，服务人数分别达到4241.93万人次、806.57万人次。",
        None,
        None,
    )
    rates = sorted(f.indicator for f in facts if f.raw_text == "85%以上")
    assert len(rates) == 2
    assert "基本康复" in rates[0] and "辅助器具适配服务覆盖率" in rates[1]


def test_the_counterpart_flow_of_one_owner() -> None:
    """人民日报 2026-07-16 (round 143): 收入…，支出… of one fund."""
    sentence = "其中，职工医保统筹基金（含生育保险）收入1.83万亿元，支出1.36万亿元。"
    assert indicator_of(sentence, "1.36万亿元") == "职工医保统筹基金支出"
    assert indicator_of(sentence, "1.83万亿元") == "职工医保统筹基金收入"


def test_output_and_sales_each_past_a_mark_are_two_facts() -> None:
    """人民日报 2026-07-17 (round 144): 产销量双超700万辆; 产销量达到… stays one."""
    both = extract_sentence("前6个月，新能源汽车产销量双超700万辆。", None, None)
    assert sorted(f.indicator for f in both) == ["新能源汽车产量", "新能源汽车销量"]
    assert indicator_of("汽车产销量达到3000万辆。", "3000万辆") == "汽车产销量"
    # round 147: 产销双超 without 量 (jieba reads 双超 as a name)
    both = extract_sentence("上半年，新能源汽车产销双超700万辆。", None, None)
    assert sorted(f.indicator for f in both) == ["新能源汽车产量", "新能源汽车销量"]


def test_a_township_jieba_splits_is_one_place_and_only_that() -> None:
    # 人民日报 2026-08-23 (round 181): 亚东县 堆纳/v 乡 is one township; a count or a verb
    # before 乡 is no name (两个乡, 下辖乡)
    assert [t.word for t in tag("西藏亚东县堆纳乡牧区")][2] == "堆纳乡"
    assert "两个乡" not in [t.word for t in tag("亚东县两个乡都通了公路")]
    assert "下辖乡" not in [t.word for t in tag("亚东县下辖乡7个")]


def test_a_time_word_closing_the_noun_after_de_does_not_crash() -> None:
    # found by tests/reliability/test_fuzz_chain.py: 的 and a time word end the clause, and
    # the noun after it was looked up past the last token (IndexError)
    assert indicator_of("产量有300吨的今年", "300吨") == "产量"
