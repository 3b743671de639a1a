"""Measure words, unit categories and qualifiers, on sentences from real articles."""

from __future__ import annotations

import pytest

from pipelines.facts import extract_sentence
from pipelines.facts.quantities import find_quantities
from pipelines.facts.units import UNITS


def only(sentence: str, raw_text: str):
    matches = [q for q in find_quantities(sentence) if q.raw_text == raw_text]
    assert len(matches) == 1, [q.raw_text for q in find_quantities(sentence)]
    return matches[0]


@pytest.mark.parametrize(
    ("sentence", "raw_text", "value", "unit", "category"),
    [
        ("受援职工5255人，挽回经济损失9848万元。", "9848万元", 98_480_000, "元", "money"),
        ("投资总额超过550亿元。", "超过550亿元", 5.5e10, "元", "money"),
        ("广东进出口总额首次站上9万亿元新台阶。", "9万亿元", 9e12, "元", "money"),
        ("12.2亿美元货物快速出口。", "12.2亿美元", 1.22e9, "美元", "money"),
        ("256.97万人次获证……", "256.97万人次", 2_569_700, "人次", "people"),
        ("高技能人才324.1万人。", "324.1万人", 3_241_000, "人", "people"),
        ("全市工会系统84名在岗工会社会工作者一一登台亮相。", "84名", 84, "名", "people"),
        ("11.7万户困难职工家庭如期解困脱困。", "11.7万户", 117_000, "户", "people"),
        ("建成职工书屋898家。", "898家", 898, "家", "organizations"),
        ("新盘共接待500组客户，成交15套。", "500组", 500, "组", "count"),
        ("黄避岙乡已完成9笔海藻碳汇交易。", "9笔", 9, "笔", "events"),
        ("制造业机器人密度达567台/万人。", "567台/万人", 567, "台/万人", "count"),
        ("价格低迷时一公斤鲜果只卖两元左右。", "两元左右", 2, "元/公斤", "money"),
        ("现在一吨糖出厂价5000多元。", "5000多元", 5000, "元/吨", "money"),
        ("年前价格已跌到每斤9毛多。", "9毛多", 0.9, "元/斤", "money"),
        ("水果摊上苹果30元一斤。", "30元", 30, "元/斤", "money"),
        ("居民电价0.6元一度。", "0.6元", 0.6, "元/千瓦时", "money"),
        ("股价30元一度跌破发行价。", "30元", 30, "元", "money"),  # 一度: at one time
        ("累计实施保护性耕作1.19亿亩次。", "1.19亿亩次", 1.19e8, "亩次", "other"),
        ("“以前每亩虾塘产出100多斤就顶天了。”", "100多斤", 100, "斤/亩", "other"),
        ("2025年，基地年选育亲虾10万对。", "10万对", 100_000, "对", "count"),
        ("超过1.6万养殖户受益。", "超过1.6万养殖户", 16_000, "户", "people"),
        (
            "垃圾分布密度从2022年的256平方米/千米，下降到116平方米/千米。",
            "256平方米/千米",
            256,
            "平方米/千米",
            "other",
        ),
        ("与150余所学校合作。", "150余所", 150, "所", "organizations"),
        ("全省工会举办“大学习”课堂2.5万期。", "2.5万期", 25_000, "期", "events"),
        ("累计开展各类诵读活动4.1万场。", "4.1万场", 41_000, "场", "events"),
        ("前后17次修改。", "17次", 17, "次", "events"),
        ("出台政策文件96项。", "96项", 96, "项", "count"),
        ("建立13个红色读书社。", "13个", 13, "个", "count"),
        ("办理职工法律援助案件2719件。", "2719件", 2719, "件", "count"),
        ("签订集体合同5.6万份。", "5.6万份", 56_000, "份", "count"),
        ("推出职工优秀作品700余部。", "700余部", 700, "部", "count"),
        ("分三批谋划确定503家改革试点。", "三批", 3, "批", "count"),
        ("长输油气管道里程突破20万公里。", "突破20万公里", 200_000, "公里", "length"),
        ("大桥有625米高。", "625米", 625, "米", "length"),
        ("原油产量达5480万吨。", "5480万吨", 54_800_000, "吨", "other"),
        ("全国可再生能源装机达到23.95亿千瓦。", "23.95亿千瓦", 2.395e9, "千瓦", "other"),
        ("全社会用电量2.5亿千瓦时。", "2.5亿千瓦时", 2.5e8, "千瓦时", "other"),
        ("种植面积达10.27万亩。", "10.27万亩", 102_700, "亩", "other"),
        ("同比增长6.1%。", "6.1%", 6.1, "%", "ratio"),
        ("全区基层就诊率从2022年的48.2％提升。", "48.2％", 48.2, "%", "ratio"),
        ("比国际煤价涨幅低10个百分点以上。", "10个百分点以上", 10, "个百分点", "ratio"),
        ("生产效率提升了8倍。", "8倍", 8, "倍", "ratio"),
        ("可再生能源发电量占全部发电量的近四成。", "近四成", 40, "%", "ratio"),
        ("比例达到百分之六。", "百分之六", 6, "%", "ratio"),
        ("承担广东超1/3外贸进出口量。", "超1/3", 100 / 3, "%", "ratio"),
        ("动力煤现货平仓价753元/吨。", "753元/吨", 753, "元/吨", "money"),
        ("全省算力规模突破160EFLOPS。", "突破160EFLOPS", 160, "EFLOPS", "other"),
        # 百亿亿次/秒 is how Chinese writes EFLOPS (10^18 operations a second)
        ("全省算力规模超166百亿亿次/秒（EFLOPS）。", "超166百亿亿次/秒", 166, "EFLOPS", "other"),
        ("峰值运算速度达12.5亿亿次/秒。", "12.5亿亿次/秒", 0.125, "EFLOPS", "other"),
        ("系统处理能力达9万次/秒。", "9万次/秒", 90_000, "次/秒", "events"),
        ("风速达到12米/秒。", "12米/秒", 12, "米/秒", "length"),
        ("带动16.5万农民增收。", "16.5万农民", 165_000, "人", "people"),
        ("抽油机井数字化计量诊断技术已累计应用超万口井。", "超万口", 10_000, "口", "count"),
        ("经精量生产线播出的钵盘，每穴恰好6粒种子。", "6粒", 6, "粒", "count"),
        # no unit, but a word right before names a ratio or an index (2026-05-27 第03版)
        ("实现城乡居民人均可支配收入比值缩小至2.05。", "2.05", 2.05, "比值", "ratio"),
        ("基尼系数为0.465。", "0.465", 0.465, "比值", "ratio"),
        ("居民消费价格指数为101.3。", "101.3", 101.3, "点", "ratio"),
        ("全链路时延缩短至50微秒以内。", "50微秒", 50, "微秒", "other"),
        ("最低气温零下44.5摄氏度。", "零下44.5摄氏度", -44.5, "摄氏度", "other"),
        ("数据中心总规模达14万机柜。", "14万机柜", 140_000, "机柜", "count"),
        # 人民日报 2026-04-15 第06版: accelerator cards
        ("该集群实现6万卡集群部署。", "6万卡", 60_000, "卡", "count"),
        ("效率提升3个数量级以上；", "3个数量级以上", 3, "个数量级", "ratio"),
        # 人民日报 2026-04-12 第05版: families count households, named by members or not
        ("去年育儿补贴已惠及3000多万婴幼儿家庭；", "3000多万婴幼儿家庭", 3e7, "户", "people"),
        ("育儿补贴已惠及3000多万家庭。", "3000多万家庭", 3e7, "户", "people"),
        # 个人 counts people unless 人 starts a longer word (人工智能, 人才)
        ("拿背负式机器人来说，一台的工作量顶上3个人。", "3个人", 3, "人", "people"),
        ("发布10个人工智能模型。", "10个", 10, "个", "count"),
        ("培养20个人才团队。", "20个", 20, "个", "count"),
        ("液化天然气总接收能力超过1.2亿吨/年。", "超过1.2亿吨/年", 1.2e8, "吨/年", "other"),
    ],
)
def test_unit_category_and_expanded_value(sentence, raw_text, value, unit, category):
    quantity = only(sentence, raw_text)
    assert quantity.value == pytest.approx(value, rel=1e-12)
    assert quantity.unit_name == unit
    assert quantity.unit.category == category


def test_multiplier_is_split_from_a_unit_that_starts_with_a_multiplier_char():
    # 亿 + 千瓦时, not 亿千 + 瓦时; 十万 + 千瓦, not 十万千 + 瓦.
    assert only("发电2.5亿千瓦时。", "2.5亿千瓦时").unit_name == "千瓦时"
    assert only("装机十万千瓦。", "十万千瓦").value == 100_000


def test_list_items_share_the_unit_written_after_the_last_one():
    sentence = "分别高于全国平均水平0.8、2.0、2.8个百分点。"
    quantities = find_quantities(sentence)
    assert [(q.raw_text, q.value, q.unit_name) for q in quantities] == [
        ("0.8", 0.8, "个百分点"),
        ("2.0", 2.0, "个百分点"),
        ("2.8个百分点", 2.8, "个百分点"),
    ]


@pytest.mark.parametrize(
    ("sentence", "raw_text", "qualifier", "value"),
    [
        # before the number
        ("职代会制度、厂务公开制度覆盖职工超900万人。", "超900万人", "超", 9_000_000),
        ("投资总额超过550亿元。", "超过550亿元", "超", 5.5e10),
        ("惠及职工逾百万人。", "逾百万人", "超", 1_000_000),  # 逾 = exceeding, labelled 超
        ("到了2025年，产量已突破了100万吨。", "突破了100万吨", "超", 1_000_000),
        ("力争实现人工智能核心产业规模破万亿元。", "破万亿元", "超", 1e12),
        ("我国已经与近50个国家开展油气贸易合作。", "近50个", "近", 50),
        ("绿色燃料产能合计约800万吨/年。", "约800万吨/年", "约", 8_000_000),
        ("组织不少于3万家次企业参加展会。", "不少于3万家次", "以上", 30_000),
        # 人民日报 2026-04-10 第01版: 超 after 提高 (jieba's word 高超) is still 超
        ("时效较海运提高超2倍。", "超2倍", "超", 2),
        # between number and multiplier / after the number
        ("累计参与职工2100多万人次。", "2100多万人次", "多", 21_000_000),
        ("覆盖职工3500余人次。", "3500余人次", "余", 3500),
        ("返还小微企业经费6300余万元。", "6300余万元", "余", 63_000_000),
        ("获得各类技能等级证书1.5万余人次。", "1.5万余人次", "余", 15_000),
        ("解决生产技术难题5万多项。", "5万多项", "多", 50_000),
        # after the unit
        ("劳动模范的比例提高到60%以上。", "60%以上", "以上", 60),
        ("培养造就2000名左右大国工匠。", "2000名左右", "约", 2000),
        ("新能源汽车销量占比三成多。", "三成多", "多", 30),
        # 人民日报 2026-04-17 第07版 国潮绽放消费新活力, 守护…山路: a size, then its adjective
        ("由工作人员装扮的一个3米多高的机甲正在和观众热情互动。", "3米多", "多", 3),
        ("沿着2米多宽的山路，他们小心翼翼地在密林中穿行。", "2米多", "多", 2),
        # 人民日报 2026-06-28 (round 125): 差不多有 is about, as 约有 is
        ("贾飞德掂了掂背包的重量，差不多有20斤重。", "差不多有20斤", "约", 20),
        # none
        ("培养新型学徒4.1万人。", "4.1万人", None, 41_000),
    ],
)
def test_qualifiers(sentence, raw_text, qualifier, value):
    quantity = only(sentence, raw_text)
    assert quantity.qualifier == qualifier
    assert quantity.value == pytest.approx(value)


def test_qu_after_sign_is_not_approximation():
    # 签约3个项目: 约 belongs to 签约, the figure is exact.
    assert only("当天签约3个项目。", "3个").qualifier is None


def test_raw_text_is_verbatim_in_sentence():
    sentence = "累计参与职工2100多万人次，覆盖职工超900万人，比例提高到60%以上。"
    for quantity in find_quantities(sentence):
        assert sentence[quantity.start : quantity.end] == quantity.raw_text


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # statistics tables printed as text: the growth rate carries its sign
        ("1—2月份，全国规模以上工业企业利润同比增长-0.3%。", [-0.3]),
        ("居民消费价格指数同比为－0.7%，比上年低0.9个百分点。", [-0.7, 0.9]),
        ("哈尔滨1月平均气温-17.5摄氏度。", [-17.5]),
        # a dash between figures or inside a code is no minus sign
        ("2021-2025年，全省城镇新增就业310万人。", [3_100_000.0]),
        ("G-20峰会期间共签约项目12个。", [12.0]),
    ],
)
def test_a_minus_sign_on_a_figure_is_its_sign(sentence, values):
    found = [q.value for q in find_quantities(sentence)]
    assert [v for v in found if v in values or -v in values] == values
    assert [v for v in found if v < 0] == [v for v in values if v < 0]


@pytest.mark.parametrize(
    ("sentence", "raw_text", "qualifier"),
    [
        # Half as a share: with a bound, or as the share of a whole (的/占 before it).
        ("划定生态保护红线占市域总面积的近一半，生态产品总值（GEP）达4240亿元。", "近一半", "近"),
        ("可再生能源制氢年产能达25万吨，占全球一半以上。", "一半以上", "以上"),
        ("目前完成审批的99个绿电直连项目中，民营企业占比超过一半。", "超过一半", "超"),
        ("调查发现，过半数用户接触过AI生成的视音频内容。", "过半数", "超"),
        # 人民日报 2026-04-28, 物流动脉更畅: a change by half of the measure before it
        ("货车一次周转所消耗的时间也减少了一半。", "一半", None),
        # 人民日报 2026-06-29 (round 126): 近半 without 一
        ("我国服务业就业人数近3.6亿，占全国就业人口总数近半。", "近半", "近"),
    ],
)
def test_half_is_a_share_of_fifty_percent(sentence: str, raw_text: str, qualifier: str) -> None:
    quantity = only(sentence, raw_text)
    assert (quantity.value, quantity.unit_name, quantity.qualifier) == (50, "%", qualifier)


@pytest.mark.parametrize(
    "sentence",
    ["一半是海水，一半是火焰。", "超过半年没有下雨，过半小时才到。", "把蛋糕切成两半。"],
)
def test_half_without_a_bound_or_a_whole_is_no_quantity(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_every_unit_category_is_one_the_contract_lists() -> None:
    # CONTRACT.md fixes unit_category to eight values that BI users filter on; a new kind of
    # unit (places counted as 7市, 8地) must fall into one of them.
    contract = {"people", "organizations", "events", "money", "ratio", "count", "length", "other"}
    assert {unit.category for unit in UNITS.values()} <= contract
    (places,) = [q for q in find_quantities("内蒙古、吉林等8地用于置换存量隐性债务。")]
    assert (places.unit.unit, places.unit.category) == ("地", "count")


def test_spoken_hundred_millions_of_zero_read_nothing() -> None:
    assert "元" not in [q.unit.unit for q in find_quantities("去年出口0个多亿。")]
    (half,) = find_quantities("卖了3个半亿。")
    assert half.value == 350_000_000


@pytest.mark.parametrize("text", ["价格为9毛", "卖了1元", "收入三成"])
def test_a_money_or_tenths_unit_ending_the_text_reads(text: str) -> None:
    # 多 may follow a money unit (9毛多); with nothing after the unit there is no mark
    (quantity,) = find_quantities(text)
    assert quantity.qualifier is None and quantity.end == len(text)


def test_lai_after_a_round_number_is_about() -> None:
    # 人民日报 2026-04-30, 大模型助力种小麦: 十来万元 is about 100,000 yuan
    (income,) = extract_sentence("“一年下来能多赚十来万元，数字化种植省力又高效。”", None, None)
    assert (income.value, income.unit, income.qualifier) == (100000, "元", "约")
    (young,) = extract_sentence("村里来了20来个年轻人。", None, None)
    assert (young.value, young.qualifier) == (20, "约")
    assert extract_sentence("近3年来，十年来，村里发展很快。", None, None) == []


def test_money_per_mu_with_a_long_measure_between() -> None:
    # 人民日报 2026-04-29, 细算5笔账，农户主动用上膜下滴灌
    sentence = "用上膜下滴灌技术，每亩仅需新增滴灌设备投入约150元，其中政府给予每亩100元补贴。"
    assert [f.unit for f in extract_sentence(sentence, None, None)] == ["元/亩", "元/亩"]


def test_ai_tokens_named_before_an_amount_are_counted_in_tokens() -> None:
    # 人民日报 2026-04-24, 透视84.7%贡献率里的内需新动能
    quantity = only("我国人工智能日均词元调用量突破140万亿，比上年末增长超40%。", "突破140万亿")
    assert (quantity.value, quantity.unit_name, quantity.qualifier) == (1.4e14, "词元", "超")


def test_half_a_year_is_a_span_only_when_spent() -> None:
    assert find_quantities("上半年GDP增长5%。")[0].raw_text == "5%"
    assert find_quantities("近半年来，销量增长。") == []


def test_neighbouring_digits_are_about_the_upper_end_and_never_a_list() -> None:
    (range_,) = find_quantities("一个月能挣七八千块钱")[1:]
    assert (range_.raw_text, range_.value, range_.qualifier) == ("七八千块钱", 8000, "约")
    assert find_quantities("推动一二三产融合发展") == []  # three digits: the three sectors
    assert find_quantities("买了一两黄金。") == []  # a 两 of gold, no range
    assert [q.raw_text for q in find_quantities("每隔10秒20个包裹下线。")] == ["10秒", "20个"]
    assert find_quantities("今天是星期一。") == []
    assert find_quantities("地球表面一半是海水。") == []


def test_a_diopter_is_no_kilowatt_hour() -> None:
    # 电脑验光 is no word of electricity: 100度 stays unread
    assert find_quantities("电脑验光误差约100度。") == []


@pytest.mark.parametrize(
    ("sentence", "raw_text", "value", "unit"),
    [
        # 人民日报 2026-04-26, 都江堰的春灌水，精准称出来: a flow, and 杆 counting meters
        ("“数据出来了，流量是每秒23.20立方米，水量足足的。”", "23.20立方米", 23.2, "立方米/秒"),
        ("源头蓄水、后台调水，2600多杆量水秤，称出用水“明白账”。", "2600多杆", 2600, "杆"),
        # 人民日报 2026-04-24, 大巴山里长出片片“生金”林: the cost of one 吨
        ("用无人机把木材运下山，一吨运费就要160元。", "160元", 160, "元/吨"),
        # 人民日报 2026-04-24, 一站式服务 让更多国产好物被看见: both ends of a range
        ("公司每场直播观看人数在1万到3万之间。", "1万", 10000, "人"),
        ("公司每场直播观看人数在1万到3万之间。", "3万", 30000, "人"),
        # 人民日报 2026-04-22, 奋力谱写中国式现代化内蒙古新篇章: 度 of electricity
        ("累计发电3.7万亿度，外送电量超1.2万亿度。", "3.7万亿度", 3.7e12, "千瓦时"),
        ("累计发电3.7万亿度，外送电量超1.2万亿度。", "超1.2万亿度", 1.2e12, "千瓦时"),
        # spoken yuan with 多 after 块 (9块多, 9块多钱), a known miss of earlier rounds
        ("一斤能卖9块多，比去年高。", "9块多", 9, "元/斤"),
        ("每斤卖到9块多钱。", "9块多", 9, "元/斤"),
        # 人民日报 2026-04-13 第12版: an age in full years (周岁) is an age in 岁
        ("大龄人员指女性年满45周岁及以上的失业人员。", "45周岁", 45, "岁"),
        # 人民日报 2026-03-25 第18版, 以旧换新: electricity used, 耗电
        ("要求洗每公斤衣物耗电不超过0.11度，耗水量小于6升。", "不超过0.11度", 0.11, "千瓦时"),
        # 人民日报 2026-04-22, 船行千万里 智慧来护航
        (
            "年均完成海道测量约2.3万换算平方公里，电子海图年发行量超500万幅次。",
            "约2.3万换算平方公里",
            23000,
            "平方公里",
        ),
        (
            "年均完成海道测量约2.3万换算平方公里，电子海图年发行量超500万幅次。",
            "超500万幅次",
            5e6,
            "幅次",
        ),
        # 人民日报 2026-04-22, 又“酸”又“瘦”的荒坡，这样变沃土: acidity and a content per 千克
        ("土壤含氮量每千克只有22毫克、酸碱度约为5。", "22毫克", 22, "毫克/千克"),
        ("土壤含氮量每千克只有22毫克、酸碱度约为5。", "约为5", 5, "pH"),
        # 人民日报 2026-04-09 第13版/第10版: two neighbouring digits, read as the upper end
        (
            "平均一场直播销售额六七千元，自己创办的苗绣工坊去年销售额386万元。",
            "六七千元",
            7000,
            "元",
        ),
        ("2025年，几款主打产品推出，当年销售额达六七百万元。", "六七百万元", 7e6, "元"),
        ("插秧机、收割机，就砸进去七八十万元。", "七八十万元", 8e5, "元"),
        ("很多外地司机不得不滞留排队，要在车里等上两三天。", "两三天", 3, "天"),
        # 人民日报 2026-04-05 第01版: grain priced per 100 斤
        ("都是优质香稻，价格基本在每百斤155元。", "155元", 155, "元/百斤"),
        # 人民日报 2026-03-26 (round 69): a content per 吨; a time limit in 日
        ("按照国标要求，1吨阴极铜的杂质含量不超过65克。", "不超过65克", 65, "克/吨"),
        ("西南铜业生产出每吨铜板仅含18克杂质的阴极铜。", "18克", 18, "克/吨"),
        ("同时，大型活动申报审批受理到许可时限缩短到5日。", "5日", 5, "天"),
        # 人民日报 2026-04-03 第06版, 小词元: tokens counted with 个; half a year spent
        ("生成1分钟视频大约会消耗超过100万个词元。", "超过100万个词元", 1e6, "词元"),
        ("同等体量的软件系统开发至少要半年，还得多人共同配合。", "半年", 6, "个月"),
        # 人民日报 2026-03-09 (round 72): quarters spanned; astronomical magnitudes
        ("地区生产总值同比增长6.8%，连续10个季度保持6%以上增速。", "10个季度", 10, "个季度"),
        ("将韦布空间望远镜探测深度提升1个星等，准确度提升1.6个星等。", "1.6个星等", 1.6, "星等"),
        # 人民日报 2026-03-11 (round 74): a headcount with a bound, people going somewhere
        ("再吸引100万以上高校毕业生在粤就业创业。", "100万以上", 1e6, "人"),
        # 人民日报 2026-03-13 (round 75): carriages; parts per million
        ("已是零点，抬眼望去，4节车厢组成的临时休息区内。", "4节", 4, "节"),
        ("鸡舍氨气浓度低于10ppm。", "低于10ppm", 10, "ppm"),
        # 人民日报 2026-03-15/16 (round 76): firms per visit, days and nights, provinces
        ("累计推动1.1万家/次科技型企业在此碰撞。", "1.1万家/次", 11000, "家次"),
        ("他在办公室熬了1000多个日夜。", "1000多个日夜", 1000, "天"),
        ("案件成功告破，涉及6省份的犯罪网络被彻底摧毁。", "6省份", 6, "省份"),
        # 人民日报 2026-03-08 (round 77): tokens in Latin letters, a concentration, 民众
        ("中国AI模型的调用量达到4.12万亿Token（词元）。", "4.12万亿Token", 4.12e12, "词元"),
        ("东营PM2.5平均浓度27微克/立方米。", "27微克/立方米", 27, "微克/立方米"),
        ("其服务区域内6700万美国民众2026年的电费将上涨20%至30%。", "6700万", 6.7e7, "人"),
        # 人民日报 2026-03-06 (round 79): basis points; a code's volumes and chapters
        ("全年全国新发放企业贷款加权平均利率比上年下降41个基点。", "41个基点", 41, "个基点"),
        ("《中华人民共和国生态环境法典（草案）》共5编、1242条。", "5编", 5, "编"),
        ("第一编共9章、147条，主要内容有：", "9章", 9, "章"),
        # 人民日报 2026-04-01/02 (round 80): doubled twice over; wells; under a week;
        # items of one list after 每亩, each per 亩
        ("村里的冻干金银花卖到茶企和超市，年利润翻了两番。", "翻了两番", 4, "倍"),
        ("省属企业工业总产值和利润5年翻了一番。", "翻了一番", 2, "倍"),
        ("4万多眼各类取水井关停、管控。", "4万多眼", 40000, "眼"),
        ("不到一周，新增容的变压器便安装到位。", "不到一周", 1, "周"),
        ("每亩向农户补贴包衣小麦良种17公斤、专用配方肥15公斤。", "15公斤", 15, "公斤/亩"),
        ("每亩产量800斤、总产量120万斤。", "120万斤", 1.2e6, "斤"),
        # 人民日报 2026-04-01 (round 81): tents counted in 顶
        ("这批帐篷是客户为清明小长假准备的，我们得在月底前交付3000顶。", "3000顶", 3000, "顶"),
        ("这些条凳陪伴他和菜农们走过了14个春秋。", "14个春秋", 14, "年"),
        ("他在这里干了20个年头。", "20个年头", 20, "年"),
        ("走进车间，一种规格达480目的不锈钢印刷网薄如蝉翼。", "480目", 480, "目"),
        ("700多个铁锚散落丢失，损失上百万元。", "上百万元", 1e6, "元"),
        ("全国每5条大黄鱼有4条从这里“游”出。", "每5条大黄鱼有4条", 80, "%"),
        # 人民日报 2026-04-10 (round 86): spoken yuan in 块; half an hour taken
        ("“一年收入8万块左右。", "8万块左右", 80000, "元"),
        ("在调研迁建方案时，发现城墙内15分钟可达，城墙外半小时能到。", "半小时", 0.5, "小时"),
        ("工人们搬了3000多块石头。", "3000多块", 3000, "块"),
        # 人民日报 2026-04-11 (round 88): revolutions a minute
        ("换上新气门的发动机，转速可以稳定达到1.4万转/分钟。", "1.4万转/分钟", 14000, "转/分钟"),
        (
            "11岁的小文，当场给记者表演了一段《看升旗》，100多句快板词分毫不差。",
            "100多句",
            100,
            "句",
        ),
        # 人民日报 2026-03-20 (round 94): pages
        ("创始人阳振坤曾撰写100多页的代码规范。", "100多页", 100, "页"),
        # 人民日报 2026-03-25 (round 96): loudness; 上 before 百亿 reaches it
        ("可稳定降低20分贝左右的噪声。", "20分贝左右", 20, "分贝"),
        ("目前，海尔每年研发投入上百亿元，约1/3用于绿色产品研发。", "上百亿元", 1e10, "元"),
        # 人民日报 2026-03-30 (round 100): megawatt-hours; credits; 上下游 is no "about"
        ("江苏金坛60兆瓦/300兆瓦时盐穴压缩空气储能电站正式投产运行。", "300兆瓦时", 300, "兆瓦时"),
        ("志愿服务在必修课程劳动课的6学分中，占2个学分。", "2个学分", 2, "学分"),
        ("通过平台与170多家上下游企业数据实时共享。", "170多家", 170, "家"),
        # 人民日报 2026-03-24 (round 99): prices per length and per 度 (a kilowatt-hour),
        # 3毛 as 0.3 exactly
        ("直径20厘米镀锌管每米171元，直径11厘米PE管每米65元。", "171元", 171, "元/米"),
        ("每度电多收一角钱。", "一角钱", 0.1, "元/千瓦时"),
        ("即便抽长江水不用交水费，但要缴纳每度3毛多的电费。", "3毛多", 0.3, "元/千瓦时"),
        # 人民日报 2026-03-27 (round 97): a density per area; settings
        (
            "漂浮垃圾平均个数为26.5个/平方千米，主要类型为塑料类。",
            "26.5个/平方千米",
            26.5,
            "个/平方千米",
        ),
        ("“支持3档温度调节、持久聚热。", "3档", 3, "档"),
        # 人民日报 2026-03-23 (round 95): lanes
        ("行驶在苏台高速桃源特大桥上，双向六车道的桥面宽阔平坦。", "六车道", 6, "车道"),
        # 人民日报 2026-06-01 (round 102): half a month spent; half after the whole unit
        ("郭兰在所属的家政公司参加了为期半个月的岗前培训。", "半个月", 0.5, "个月"),
        ("数据加工用了两年半，所有资料只能存进硬盘。", "两年半", 2.5, "年"),
        ("项目历时3年半。", "3年半", 3.5, "年"),
        # 人民日报 2026-06-02 (round 103): a price per 度 written with a slash
        ("晋城依托煤电资源优势，电价不足0.6元/度。", "不足0.6元/度", 0.6, "元/千瓦时"),
        # 人民日报 2026-06-12 (round 110): freight turnover; a second figure of one rate
        ("全市公路货物周转量82.11亿吨公里。", "82.11亿吨公里", 8211000000, "吨公里"),
        ("之所以建议每亩分别施肥59.4公斤和66公斤，是因为土壤不同。", "66公斤", 66, "公斤/亩"),
        # 人民日报 2026-06-14 (round 112): people after a modifier and what they gain; school
        # years; statues
        ("超过160万失能老年人直接受益。", "超过160万", 1.6e6, "人"),
        ("正式建设“智慧航海与智能船舶”微专业，修读周期不超过两学年。", "不超过两学年", 2, "学年"),
        ("169.6平方米的大雄宝殿内，容纳近2000尊繁复壮丽的悬塑。", "近2000尊", 2000, "尊"),
        ("再加上9门8学时至12学时的前沿短课。", "12学时", 12, "学时"),
        ("新增变电容量738万千伏安。", "738万千伏安", 7.38e6, "千伏安"),
        # 人民日报 2026-06-18/20 (rounds 116, 118): a unit shared across 和; deadweight tons
        ("按照统一规范40和80厘米的“大小行”交替行距。", "40", 40, "厘米"),
        ("两艘30.6万载重吨超大型油轮同时交付。", "30.6万载重吨", 306000, "载重吨"),
        ("4亿多中等收入群体的梯度需求。", "4亿多中等收入群体", 4e8, "人"),
        ("“盐步老龙”相关话题全网传播量超4.5亿。", "超4.5亿", 4.5e8, "次"),
        ("这艘打桩船的瞬时冲击力高达1360千焦耳。", "1360千焦耳", 1360, "千焦耳"),
        ("团队根据他们的设计与草图研发了近半年，推出两款热销产品。", "近半年", 6, "个月"),
        # 人民日报 2026-06-26 (round 123): birds hatched in 羽, herders and farmers as people
        ("年孵化商品鸡苗能有1亿羽。", "1亿羽", 1e8, "羽"),
        ("实施57项供水保障工程，10万农牧民实现安全饮水。", "10万农牧民", 1e5, "人"),
        # 人民日报 2026-06-28 (round 125): sacks counted; 钱 after 元 says money again
        ("闵洪艳和村干部扛着7麻袋茶叶，辗转一个多月。", "7麻袋", 7, "麻袋"),
        ("在陕西卖了7000元钱。", "7000元钱", 7000, "元"),
        # 人民日报 2026-06-29/30 (rounds 126, 127): containers counted as they come, a ratio
        # to one, years and months as one span, people in a trade
        ("首船作业桥吊单机效率达26.1自然箱/小时。", "26.1自然箱/小时", 26.1, "自然箱/小时"),
        ("城乡居民人均可支配收入比从2006年的2.45∶1下降。", "2.45∶1", 2.45, "比值"),
        ("收入比下降至1.76∶1，显著低于浙江省1.81∶1的水平。", "1.81∶1", 1.81, "比值"),
        ("他们仅用1年3个月的时间就完成了设计任务。", "1年3个月", 15, "个月"),
        ("覆盖当地全产业链的1万多名党员和25万从业人员。", "25万从业人员", 250000, "人"),
        # 人民日报 2026-07-01 (round 128): barrels, kilonewtons
        ("电动汽车的存量可使每日减少约170万桶石油的消费需求。", "约170万桶", 1.7e6, "桶"),
        ("下降器破断强度达到22千牛，远超国家标准。", "22千牛", 22, "千牛"),
        # 人民日报 2026-07-04 (round 131): the rural poor counted as people
        ("中国近1亿农村贫困人口全部脱贫。", "近1亿农村贫困人口", 1e8, "人"),
        # 人民日报 2026-07-06 (round 133): a floor-area ratio, from and to, has no unit
        ("容积率从不到0.8提升到4.0。", "不到0.8", 0.8, "比值"),
        ("容积率从不到0.8提升到4.0。", "4.0", 4.0, "比值"),
        # 人民日报 2026-07-08 (round 135): volumes applied per 亩, the second named after its
        # figure; what one 亩 earns
        ("每亩铺入10立方米腐熟牛粪、20立方米草炭土。", "10立方米", 10, "立方米/亩"),
        ("每亩铺入10立方米腐熟牛粪、20立方米草炭土。", "20立方米", 20, "立方米/亩"),
        ("亩产最高达到3500公斤，一亩地净收入超过2000元。", "超过2000元", 2000, "元/亩"),
        ("每年托管1亩地花不到500元，还能多挣300元。", "不到500元", 500, "元/亩"),
        # 人民日报 2026-07-12 (round 139): labour in person-years (not 3万人年增收), mushroom logs
        ("基础研究人才队伍从21.2万人年增长到59.7万人年。", "59.7万人年", 597000, "人年"),
        ("R&D人员全时当量达到12万人年。", "12万人年", 120000, "人年"),
        ("带动3万人年增收1亿元。", "3万人", 30000, "人"),
        ("全市1.2万人年均增收3000元。", "1.2万人", 12000, "人"),
        ("目前，宁夏年食用菌生产超9000万棒。", "超9000万棒", 9e7, "棒"),
        # 人民日报 2026-07-13 (round 140): a speed named between span and figure; what one 斤
        # picked earns
        ("有的拥有400个针头，每分钟转速高达1800转。", "1800转", 1800, "转/分钟"),
        ("摘1斤能挣4块钱的手工费。", "4块钱", 4, "元/斤"),
        # 人民日报 2026-07-15 (round 142): people after a longer modifier, doing something
        ("242.2万城乡残疾人参加职业技能培训。", "242.2万", 2422000, "人"),
        ("全国710多万建档立卡贫困残疾人全部脱贫。", "710多万", 7100000, "人"),
        # 人民日报 2026-07-16 (round 143): horses; what one 斤 of fruit yields, and the end
        # of its move
        ("可容纳500余匹赛驹驻场驯养。", "500余匹", 500, "匹"),
        ("一斤杨梅的附加值已从过去的十元跃升至近百元。", "十元", 10, "元/斤"),
        ("一斤杨梅的附加值已从过去的十元跃升至近百元。", "近百元", 100, "元/斤"),
        # 人民日报 2026-07-17 (round 144): an index's range; petaflops after 算力; vehicles
        # of every kind counted as trips
        ("全国公路物流运价指数保持在105点至107点的区间。", "107点", 107, "点"),
        ("我国已建成智能算力规模188.2万P。", "188.2万P", 1.882e6, "P"),
        (
            "交通运输工具24.7万余辆（架、列、艘）次，同比增长36.2%。",
            "24.7万余辆（架、列、艘）次",
            247000,
            "辆次",
        ),
        # 人民日报 2026-07-18 (round 145): pressure in standard atmospheres
        ("二氧化碳在73个标准大气压下会进入超临界状态。", "73个标准大气压", 73, "标准大气压"),
        # 人民日报 2026-07-20 (round 147): minutes and seconds are one time; users with no
        # unit; terawatt-hours; individual users counted in 人; a fee for one 亩
        ("荣耀“闪电”机器人以50分26秒的成绩夺冠。", "50分26秒", 3026, "秒"),
        ("平均每1分43秒就发出一次提醒。", "1分43秒", 103, "秒"),
        ("全程用时2小时15分钟。", "2小时15分钟", 135, "分钟"),
        ("平台注册用户超千万；", "超千万", 1e7, "人"),
        ("每年可以为地面提供约1万太瓦时的电力。", "约1万太瓦时", 1e4, "太瓦时"),
        ("已服务超4000万个人用户。", "超4000万", 4e7, "人"),
        ("夏收一亩地55元，播种一亩地20元。", "20元", 20, "元/亩"),
        # 人民日报 2026-07-21 (round 148): the price of one 斤 of goods; over half of the world's
        ("一斤榴莲要30多元，舍不得常吃。", "30多元", 30, "元/斤"),
        ("人形机器人整机产品达400余款、超全球半数。", "超全球半数", 50, "%"),
        # 人民日报 2026-07-23 (round 150): the next grades' prices per 斤 too (not a sum
        # earned); a price after 每斤能卖到; a sum over a hundred million
        ("精品大果可卖到每斤0.7—0.9元，中果0.4—0.5元，次果仅0.2—0.3元。", "0.3元", 0.3, "元/斤"),
        ("收购价多为每斤0.2—0.3元，品相较好的可卖到0.4—0.6元。", "0.6元", 0.6, "元/斤"),
        ("苹果每斤卖10元，一天卖了3000元。", "3000元", 3000, "元"),
        ("品相较好的西瓜每斤能卖到0.4元。", "0.4元", 0.4, "元/斤"),
        ("孕育出年产值上亿元的高温干热测试产业。", "上亿元", 1e8, "元"),
        # round 151 (人民日报 2026-07-24): days after 缩短至现在的; a price said before 的 and
        # one kilowatt-hour; one in ten said with a verb, the part's unit cut to 度
        ("临床试验审批时间从10年前的14个月缩短至现在的30日。", "30日", 30, "天"),
        (
            "在汕头，0.5元左右的1千瓦时电，通过人工智能算力加工成词元出海。",
            "0.5元左右",
            0.5,
            "元/千瓦时",
        ),
        ("今天，中国每用10度电就有近4度是绿电。", "每用10度电就有近4度", 40, "%"),
        # round 154: card-hours; one or two (not 一两黄金); about a hundred people; one in five
        # with the part's 约 before 有; a thousand people and more
        ("面向新用户推出普惠资源包，包含200卡时算力。", "200卡时", 200, "卡时"),
        ("只偶尔能见到一两名工人。", "一两名", 2, "名"),
        ("小剧场通常每场仅容纳百人左右。", "百人左右", 100, "人"),
        ("年产毛衣约9亿件，意味着全球每5件毛衣约有1件产自大朗。", "每5件毛衣约有1件", 20, "%"),
        ("我们在国内设立了50多个培训点，年培训规模可达千人以上。", "千人以上", 1000, "人"),
        ("靠的是2000兆帕大直径超高强度钢丝。", "2000兆帕", 2000, "兆帕"),
        # round 164: one in five people, counted with another word (not a density)
        ("全省技能人才突破2000万——每5个人中，就有1名技能人才。", "每5个人中，就有1名", 20, "%"),
        ("每10万人中有3名医生。", "3名", 3, "名"),
        # rounds 160, 161: just over (出头); buildings in 幢; meals delivered
        ("早稻生长期较短，一般为100天出头，多为籼稻。", "100天出头", 100, "天"),
        ("351户居民挤在4幢老楼里，厨卫合用。", "4幢", 4, "幢"),
        ("我们已累计服务老年人7万余人次，配送近1600餐次。", "近1600餐次", 1600, "餐次"),
        # round 159: quantum computers sized in photons and qubits
        ("从2020年的76光子“九章”原型机，到2023年的255光子“九章三号”。", "255光子", 255, "光子"),
        (
            "2019年，谷歌宣称凭借53比特超导处理器“悬铃木”率先实现了量子计算优越性。",
            "53比特",
            53,
            "比特",
        ),
        # round 155: an angle turned (not 气温30度, 验光误差100度)
        ("机器人还能180度转腰、灵活关节屈伸。", "180度", 180, "度"),
        ("摄像头可旋转360度。", "360度", 360, "度"),
        # round 155: the price of one 斤 with nothing between
        ("普通红薯一斤1.2元左右，精品红薯能卖到1.5元以上。", "1.2元左右", 1.2, "元/斤"),
        # round 153: half a century is fifty years (not 半个世纪以来)
        ("景德镇保护工作持续近半个世纪，申遗工作历时11年。", "近半个世纪", 50, "年"),
        # 人民日报 2026-08-15 (round 173): water per 亩 from before to now
        (
            "每亩玉米的年灌溉用水量从以前的近千立方米下降到如今的400立方米。",
            "近千立方米",
            1000,
            "立方米/亩",
        ),
        (
            "每亩玉米的年灌溉用水量从以前的近千立方米下降到如今的400立方米。",
            "400立方米",
            400,
            "立方米/亩",
        ),
        ("“靠人工，3个月到半年才会清洗一次。", "半年", 6, "个月"),
        # 人民日报 2026-08-26/27 (rounds 184, 185): race times in seconds and hundredths;
        # torque, joints, force; one or two thousand; a week
        ("8秒64！", "8秒64", 8.64, "秒"),
        ("原地跳高3.4米、400米38秒15、1500米2分21秒64……", "38秒15", 38.15, "秒"),
        ("原地跳高3.4米、400米38秒15、1500米2分21秒64……", "2分21秒64", 141.64, "秒"),
        ("去年使用的是300牛·米的关节模组，", "300牛·米", 300, "牛·米"),
        ("OmniHand灵巧手拥有16自由度，覆盖常用手势与完整抓握谱系，", "16自由度", 16, "自由度"),
        ("哪怕只有0.01牛顿的力，传感器也能精准感知。", "0.01牛顿", 0.01, "牛顿"),
        ("AI眼镜去年月出货量是一两千台，", "一两千台", 2000, "台"),
        ("如今每年外销一两百万台。", "一两百万台", 2e6, "台"),
        ("现在一星期内就可以给客户做测试。", "一星期", 1, "周"),
        ("城乡居民收入倍差缩小至1.48∶1。", "1.48∶1", 1.48, "比值"),
        ("现在公司生产的桃酥一半卖给南昌优口食品有限公司。", "一半", 50, "%"),
        # 人民日报 2026-02-02/03/04 (rounds 204, 205): cubic metres as builders say them; a
        # rate per 100,000; a hundred-and-fifty-or-sixty; a hundred after 生成; visits named
        # by what people came for; people on an island; what one 亩 yields in a year
        (
            "从2023年9月至今，平陆运河沿线炸礁超2300万方，完成任务总量超90%。",
            "超2300万方",
            2.3e7,
            "方",
        ),
        ("“一亩地用300方水，比普通农田省一半。", "300方", 300, "方"),
        ("孕产妇死亡率从2020年的16.9/10万、5.4‰下降。", "16.9/10万", 16.9, "/10万"),
        ("新大棚宽达十五六米，长一百五六十米，棚顶开阔。", "一百五六十米", 160, "米"),
        ("约三千五六百元。", "三千五六百元", 3600, "元"),
        ("输入关键词，4秒能生成上百张贴合全球潮流的设计图。", "上百张", 100, "张"),
        ("2021—2024年累计近200亿就诊人次享受医保报销。", "近200亿", 2e10, "人次"),
        ("如今，3.2万岛上居民生产生活能源实现自给之余。", "3.2万", 32000, "人"),
        ("而今，一亩地年产值能到8万元。", "8万元", 80000, "元/亩"),
        ("“瞄准科技这条路，合作社的资产现在已增加到60多亿；", "60多亿", 6e9, "元"),
        ("新船的抗风浪能力明显增强，遇上七八级大风也不慌。", "七八级", 8, "级"),
        ("船的设计航速达17.5公里/小时，抗风能力提升至8级。", "8级", 8, "级"),
        # 人民日报 2026-09-01/02 (round 201): a concentration per cubic centimetre
        ("负氧离子浓度每立方厘米高达2.9万个；", "2.9万个", 29000, "个/立方厘米"),
        # 人民日报 2026-09-03/04/05 (round 199): seventeen or eighteen; one or two metres (not
        # a 两 of rice); a current's speed per second
        ("我的毕业实践成果前后修改了十七八个版本。", "十七八个", 18, "个"),
        ("来了二十三四个人。", "二十三四个人", 24, "人"),
        ("窄处仅一两米，只能容得下两人并肩。", "一两米", 2, "米"),
        ("一侧是每秒流速达六七米的急流。", "六七米", 7, "米/秒"),
        # 人民日报 2026-09-04 (round 197): head of livestock large and small; herding households;
        # what one 亩 earns; a workforce after its modifier
        ("粮食产量突破143亿斤，牲畜存栏1362万头只。", "1362万头只", 1.362e7, "头只"),
        ("带动12.9万农牧户增产增收；", "12.9万农牧户", 1.29e5, "户"),
        ("村子守着7224亩沙地，却只能种玉米，一亩顶多挣1500元。", "1500元", 1500, "元/亩"),
        ("帮助500余万西部地区农村劳动力实现就业。", "500余万", 5e6, "人"),
        # 人民日报 2026-09-06 (round 195): two goods listed after one 每亩, both per 亩 (an
        # income earned in all stays in 元)
        ("每亩节水50至100立方米、减少化肥施用2至3公斤，", "3公斤", 3, "公斤/亩"),
        ("每亩节水50至100立方米、减少化肥施用2至3公斤，", "100立方米", 100, "立方米/亩"),
        ("每亩增产100斤、带动农户增收2000元。", "2000元", 2000, "元"),
        # 人民日报 2026-09-05 (round 194): a content per 100 grams, carried to the next kind;
        # one or two plants; people counted by their need
        ("每百克梅山猪奶的蛋白质含量达10.6克，大白猪奶高达16.7克，", "10.6克", 10.6, "克/百克"),
        ("每百克梅山猪奶的蛋白质含量达10.6克，大白猪奶高达16.7克，", "16.7克", 16.7, "克/百克"),
        ("就算遇到，也常常只有零星的一两株。", "一两株", 2, "株"),
        (
            "基金累计支出1142亿元，为超过460万失能人员提供了护理服务。",
            "超过460万失能人员",
            4.6e6,
            "人",
        ),
        # 人民日报 2026-09-03/04 (rounds 192, 193): loads counted by the wagon; tokens per
        # joule; colour temperature, illuminance, rockets; the goods of one 公斤 priced;
        # one or two operations; a population closing on 的
        ("今年1月至7月完成133车、约3500吨，", "133车", 133, "车"),
        ("大模型推理能效比达到了10词元/焦耳，", "10词元/焦耳", 10, "词元/焦耳"),
        ("在桥面试装色温为5000开尔文的冷白光LED灯具。", "5000开尔文", 5000, "开尔文"),
        ("即环境光线低于、高于55勒克斯，系统都会自动开关灯。", "55勒克斯", 55, "勒克斯"),
        ("到2028年形成年产200发商业火箭及发动机的制造能力。", "200发", 200, "发"),
        ("新鲜蔬果琳琅满目，1公斤青枣5元，1公斤西红柿1.5元，", "1.5元", 1.5, "元/公斤"),
        ("一斤酒水20元、一包香烟8元，加上九菜一汤，", "8元", 8, "元"),
        ("专家下乡帮扶需要长途奔波，一天最多做一两台手术；", "一两台", 2, "台"),
        ("数据显示，常住人口600多万的贵阳，拥有3000多家咖啡店，", "600多万", 6e6, "人"),
        # 人民日报 2026-09-02 (round 191): money per 公里 written before it
        ("一旦堵车，货车被迫绕行，每公里得多花3元以上。", "3元以上", 3, "元/公里"),
        # 人民日报 2026-08-30 (round 188): pixels; the Chinese people counted
        ("二代类脑视觉芯片顺利完成流片，分辨率提升至500万像素，", "500万像素", 5e6, "像素"),
        ("更承载着14亿多中国人民走向更加美好生活的朴实愿望。", "14亿多中国人民", 1.4e9, "人"),
        ("收购价从2元每公斤稳步提升至11.2元每公斤，", "2元每公斤", 2, "元/公斤"),
        ("收购价从2元每公斤稳步提升至11.2元每公斤，", "11.2元每公斤", 11.2, "元/公斤"),
        # 人民日报 2026-08-25 (round 183): a lifetime's range of years; people, the measure
        # naming them (将突破4亿); a capacity of 万台 reached
        ("算力设备与运营层，即GPU、服务器和算力调度平台，寿命只有3到5年。", "3", 3, "年"),
        ("基础设施层，即土地、机房、变电站和供配电冷却系统，寿命20到30年；", "30年", 30, "年"),
        (
            "预计2035年左右，60岁及以上老年人口将突破4亿，在总人口中占比超30%；",
            "突破4亿",
            4e8,
            "人",
        ),
        ("乐聚与东方精工合作建设年产能达万台的机器人产线。", "万台", 10000, "台"),
        # 人民日报 2026-08-24 (round 182): one in three sent out, and more; over half
        (
            "“每外送3度电，就有1度多是绿电，‘塞上绿电’成为宁夏的新名片。",
            "每外送3度电，就有1度多",
            100 / 3,
            "%",
        ),
        ("真实场景吸引来第一波流量，1小时卖了200多单，一半多订单来自新疆。", "一半多", 50, "%"),
        # 人民日报 2026-08-23 (round 181): lessons in 课时; one in N of electricity, nearly
        ("北京市要求中小学校开展人工智能通识教育，每学年不少于8课时。", "不少于8课时", 8, "课时"),
        (
            "目前中国全社会用电量中每10千瓦时电中有近4千瓦时是绿电。",
            "每10千瓦时电中有近4千瓦时",
            40,
            "%",
        ),
        # 人民日报 2026-08-22 (round 180): gas in reference cubic metres; 多 inside a chain
        # of multipliers (1万多亿元 is more than 1万亿元)
        (
            "新方法节约氦气1.36万基准立方，置换实际成本不到40万元。",
            "1.36万基准立方",
            13600,
            "基准立方",
        ),
        (
            "2025年行业规模以上企业营收1万多亿元，同年机床出口份额首次跃升至世界第一。",
            "1万多亿元",
            1e12,
            "元",
        ),
        ("营收3万多亿元", "3万多亿元", 3e12, "元"),
        # 人民日报 2026-08-21 (round 179): half of what was just named (其中一半)
        ("清洁机器人的生产订单已经排到了今年12月，其中一半来自海外市场。", "一半", 50, "%"),
        # 人民日报 2026-08-20 (round 178): both ends of a move in pH
        ("土壤pH值从8.9降到8.2了，再坚持一年，肯定丰收。", "8.9", 8.9, "pH"),
        ("土壤pH值从8.9降到8.2了，再坚持一年，肯定丰收。", "8.2", 8.2, "pH"),
        # 人民日报 2026-08-19 (round 177): a legal time limit in 日; left and right, not 约
        ("时限由自受理申请之日起15日内缩短为10日内；", "15日", 15, "天"),
        ("两幅左右并立的古人画像神情坚毅。", "两幅", 2, "幅"),
        # 人民日报 2026-08-18 (round 176): flows and densities spelled with 每; oil in its
        # equivalent tonnes; percentage points listed with 和
        ("利津水文站测得实时流量2030立方米每秒，这意味着…", "2030立方米每秒", 2030, "立方米/秒"),
        ("在线光电测沙仪测得含沙量50千克每立方米", "50千克每立方米", 50, "千克/立方米"),
        (
            "国内油气供应量达4.4亿吨油当量，新增油气长输管道2万公里",
            "4.4亿吨油当量",
            4.4e8,
            "吨油当量",
        ),
        ("增速分别比上月加快1.3个和2.8个百分点。", "1.3个", 1.3, "个百分点"),
        ("种植3000亩每年增收", "3000亩", 3000, "亩"),
        # 人民日报 2026-08-17 (round 175): a price per 斤 moved to an average
        ("收购价从每斤4至6元涨到均价10元，果农黄朝花说。", "10元", 10, "元/斤"),
    ],
)
def test_units_of_blind_rounds_52_to_57(
    sentence: str, raw_text: str, value: float, unit: str
) -> None:
    quantity = only(sentence, raw_text)
    assert (quantity.value, quantity.unit_name) == (value, unit)


def test_one_in_every_few_is_a_share_over_the_whole_phrase() -> None:
    # 人民日报 2026-03-25 第07版 and 2026-03-10 第01版: one in three, across a comma and
    # past a 三元 inside the phrase; every 3 minutes a tractor is a rate, no share
    (share,) = find_quantities("如今，国内每3根焊条，就有1根是“金桥制造”。")
    assert (share.raw_text, share.value, share.unit_name) == ("每3根焊条，就有1根", 100 / 3, "%")
    (share,) = [
        q
        for q in find_quantities("全球每4块三元锂电池，就有1块的关键材料由我们供给。")
        if q.unit_name == "%"
    ]
    assert share.value == 25
    assert all(q.unit_name != "%" for q in find_quantities("每3分钟，就有一台拖拉机下线。"))
    (share,) = find_quantities("每三辆新能源汽车就有一辆搭载‘首钢芯’。")
    assert share.value == 100 / 3


def test_a_fraction_is_not_cut_out_of_a_decimal() -> None:
    # 人民日报 2026-03-25 第19版: 11/10.5代 names two production lines, no 11/10
    quantities = find_quantities("我们正加速11/10.5代液晶玻璃基板的研发。")
    assert [q.unit_name for q in quantities] == ["代"]  # a generation name, not_facts.py's
    assert not extract_sentence("我们正加速11/10.5代液晶玻璃基板的研发。", None, None)
    (share,) = find_quantities("厚度仅是普通打印纸的1/4.")
    assert share.value == 25
