"""Measure words that follow a number, what they normalize to, and their category.

Multipliers are not units: ``9848万元`` is 9848 x 万 in the unit 元, ``3.5亿千瓦时`` is
3.5 x 亿 in 千瓦时. The scanner splits the multiplier off before it looks a unit up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNIT_CATEGORIES = (
    "people",
    "organizations",
    "events",
    "money",
    "ratio",
    "count",
    "length",
    "other",
)


@dataclass(frozen=True)
class Unit:
    written: str  # as it appears after the number
    unit: str  # what Fact.unit holds
    category: str
    classifier: bool = False  # can stand before a noun: 13个读书社, 84名社会工作者
    scale: float = 1.0  # 三成 = 30 %


def _units(category: str, words: str, classifier: bool = False) -> list[Unit]:
    return [Unit(word, word, category, classifier) for word in words.split()]


# Places counted with no classifier; in the contract's categories they are a count.
PLACE_UNITS = frozenset(("地", "市", "省", "县", "区"))
# 沿海14市统一开展…: places that act together, so the figure before counts them
PLACES_ACT_TOGETHER = ("统一", "联合", "同步", "共同", "相继", "陆续")
# Weights a crop or a catch is sold or yielded in (每亩产出100多斤, 每斤卖9元)
YIELD_WEIGHTS = ("斤", "公斤", "千克", "吨")
PEOPLE_NOUNS = frozenset(
    ("农民工", "农民", "群众", "居民", "村民", "市民", "职工", "员工", "工人", "游客", "旅客",
     "学生", "师生", "儿童", "老人", "患者", "婴幼儿", "老年人", "残疾人", "青少年", "毕业生",
     "大学生", "茶农", "果农", "菜农", "花农", "蔗农", "药农", "渔民", "牧民", "网友", "粉丝",
     "观众", "用户", "客户", "读者", "民众", "中等收入群体", "农牧民", "从业人员", "失能人员",
     "失能老人", "劳动力")
)  # fmt: skip

HOUSEHOLD_NOUNS = frozenset(
    (
        *("养殖户", "种植户", "农户", "农牧户", "牧户", "脱贫户", "商户", "住户", "经营户", "家庭"),
        # 惠及3000多万婴幼儿家庭: families named by their members count households
        *(noun + "家庭" for noun in PEOPLE_NOUNS),
    )
)

_TABLE: list[Unit] = [
    *_units("people", "名 位 户", classifier=True),
    *_units("people", "人 人次"),
    Unit("人年", "人年", "people"),  # 基础研究人才队伍59.7万人年: labour in person-years
    Unit("人口", "人", "people"),  # 14亿多人口
    Unit("中国人民", "人", "people"),  # 14亿多中国人民 (not 人民币: 人民 alone is no unit)
    # 2.8万常住人口, 带动近万脱贫人口稳定增收
    *(
        Unit(word, "人", "people")
        for word in ("常住人口", "户籍人口", "脱贫人口", "农村人口", "贫困人口", "农村贫困人口")
    ),
    # 带动16.5万农民增收: a figure right before the people it counts, with no 名 or 人
    # between; the noun is the unit (in 人) and names who was counted.
    *(Unit(word, "人", "people") for word in PEOPLE_NOUNS),
    # 超过1.6万养殖户受益: households counted by what they do, in 户
    *(Unit(word, "户", "people") for word in HOUSEHOLD_NOUNS),
    Unit("度电", "千瓦时", "other"),  # 5亿度电: a 度 of electricity is a kilowatt-hour
    *_units("organizations", "家 所 家次", classifier=True),
    *_units(
        "events",
        "场 期 次 场次 轮 届 批次 起 架次 航次 车次 班次 列 趟 辆次 艘次 项次 件次 台次 户次 笔 茬 "
        "幅次 餐次",  # 配送近1600餐次: meals delivered, one by one
        classifier=True,
    ),
    *_units("money", "元 美元 欧元 港元 日元 英镑"),
    Unit("块钱", "元", "money"),  # 10块钱一把: spoken yuan (a bare 块 counts pieces)
    Unit("元钱", "元", "money"),  # 卖了7000元钱: 钱 says money again, it names nothing
    # 每斤9毛多: spoken tenths of a yuan; a bare 毛 only before 多/钱/左右 or a clause end
    # (not_facts.py), not in 一毛不拔 or 5毛特效
    *(Unit(word, "元", "money", scale=0.1) for word in ("毛", "毛钱", "角钱")),
    Unit("％", "%", "ratio"),
    *_units("ratio", "% ‰ 个百分点 百分点 倍 个基点 基点"),
    # 孕产妇死亡率从16.9/10万下降至14.3/10万: a rate per 100,000 (deaths of mothers)
    Unit("/10万", "/10万", "ratio"),
    Unit("/十万", "/10万", "ratio"),
    Unit("成", "%", "ratio", scale=10.0),
    *_units(
        "count",
        "个 项 件 份 部 批 条 座 台 套 只 本 册 张 辆 艘 架 颗 棵 株 篇 首 幅 种 类 处 "
        "支 块 间 例 枚 款 门 栋 幢 道 宗 封 根 头 盏 枝 朵 盆 株 席 尾 口 粒 把 片 杯 瓶 碗 盒 罐 "
        "组 味 对 双 盘 路 杆 层 台套 箱 代 节 章 编 眼 顶 句 目 页 档 集 剂 剂次 班 胎 尊 遍 "
        # 9000万棒: mushroom logs; 500余匹赛驹: horses; 20多副眼镜; 七八拨检查: batches;
        # 档案384卷, 40余堂, 43科, 9孔闸, 1.3万票; 自主选择2至10段行程; 牲畜存栏1362万头只
        "羽 回 袋 麻袋 桶 字 棒 匹 副 拨 卷 堂 科 孔 票 段 头只",
        classifier=True,
    ),
    *_units("length", "米 公里 千米 厘米 毫米 微米 纳米 海里 英尺"),
    *_units(
        "other",
        "吨 千克 公斤 克 毫克 微克 斤 千瓦时 兆瓦时 吉瓦时 太瓦时 千瓦 兆瓦 吉瓦 太瓦 瓦 "
        "千伏安 兆伏安 "
        "千焦耳 千焦 焦耳 "
        "立方米 平方米 平方公里 平方千米 亩 公顷 "
        "标箱 标准箱 自然箱 吨标准煤 吨油当量 冷吨 "
        "个月 天 小时 分钟 秒 毫秒 微秒 纳秒 年 岁 立方厘米 升 毫升",
    ),
    # 2000兆帕大直径超高强度钢丝: a strength (pressure) in megapascals
    *_units("other", "兆帕 千帕 吉帕"),
    # 节约氦气1.36万基准立方, 日产氢气1000标方: gas volumes at reference conditions
    *_units("other", "基准立方米 基准立方 标方"),
    # 炸礁超2300万方, 一亩地用300方水: cubic metres as builders say them (三方: parties)
    Unit("方", "方", "other"),
    Unit("级", "级", "other"),  # 遇上七八级大风也不慌: a wind's force (not 三级医院, 5000吨级)
    Unit("千牛", "千牛", "other"),  # 下降器破断强度达到22千牛: kilonewtons of force
    Unit("千牛顿", "千牛", "other"),
    Unit("牛顿", "牛顿", "other"),  # 精准感知0.01牛顿的力
    Unit("像素", "像素", "other"),  # 分辨率提升至500万像素
    # 色温为5000开尔文的冷白光, 环境光线低于55勒克斯: colour temperature and illuminance
    *_units("other", "开尔文 勒克斯 流明"),
    Unit("发", "发", "count", classifier=True),  # 年产200发商业火箭: rockets, rounds
    *(Unit(word, "牛·米", "other") for word in ("牛·米", "牛米")),  # 300牛·米的关节: torque
    Unit("自由度", "自由度", "count"),  # 灵巧手拥有16自由度 (38个自由度 counts in 个)
    Unit("学时", "学时", "other"),  # 9门8学时至12学时的前沿短课: class hours
    Unit("课时", "课时", "other"),  # 每学年不少于8课时: lessons
    Unit("学年", "学年", "other"),  # 修读周期不超过两学年 (2025学年 names a year: not_facts.py)
    Unit("个学年", "学年", "other"),
    Unit("周岁", "岁", "other"),  # 女性年满45周岁: an age in full years is an age
    *_units("other", "摄氏度 ℃"),
    Unit("个小时", "小时", "other"),  # 8个小时 is 8 小时
    Unit("个词元", "词元", "count"),  # 消耗超过100万个词元: AI tokens are counted in 词元
    Unit("词元", "词元", "count"),
    Unit("号人", "人", "people"),  # 五支球队60号人: people, counted in the spoken 号
    Unit("个人", "人", "people"),  # 3个人忙活一天 counts people (unit_at: not 10个人工智能模型)
    Unit("个工作日", "工作日", "other"),  # 咨询类诉求3个工作日办结
    Unit("工作日", "工作日", "other"),
    Unit("周", "周", "other"),  # 提前约3周关闭
    Unit("分", "分", "other"),  # 满意度为85分 (a score; 分钟 and 分贝 are read whole)
    Unit("分贝", "分贝", "other"),  # 降低20分贝左右的噪声: loudness
    Unit("个星期", "周", "other"),
    Unit("星期", "周", "other"),  # 一星期内就可以…; 星期一 names a day (no figure before it)
    Unit("个春秋", "年", "other"),  # 走过了14个春秋: years, said as springs and autumns
    Unit("载", "年", "other"),  # 深耕非洲十余载: years, in a literary word
    Unit("载重吨", "载重吨", "other"),  # 两艘30.6万载重吨超大型油轮: a ship's deadweight
    Unit("转", "转", "other"),  # 转速1.4万转/分钟: revolutions
    Unit("个年头", "年", "other"),  # 干了20个年头
    Unit("个季度", "个季度", "other"),  # 连续10个季度保持6%以上增速: a span of quarters
    # 探测深度提升1个星等: astronomical magnitudes, a ratio of brightness on a log scale
    Unit("个星等", "星等", "ratio"),
    Unit("星等", "星等", "ratio"),
    Unit("秒钟", "秒", "other"),  # 平均不到13秒钟处置一起警情
    Unit("车道", "车道", "count"),
    Unit(
        "车", "车", "count", classifier=True
    ),  # 今年1月至7月完成133车、约3500吨: loads  # 双向六车道的桥面: a road's width in lanes
    Unit("学分", "学分", "count"),  # 劳动课的6学分中，占2个学分: course credits
    Unit("个学分", "学分", "count"),
    Unit("周年", "周年", "other"),  # read whole so 70周年 is not 70 周; never a fact
    # 西藏7市（地）已全部创建为…, 内蒙古、吉林等8地用于置换: places counted with no 个.
    # Only after Arabic digits and before a clause end or adverb (not_facts.py): 两地 and
    # 六省一市 are names of a pair or a region, 3县区 is 3 of something else.
    *(Unit(word, word, "count") for word in sorted(PLACE_UNITS)),
    Unit("件套", "件套", "count", classifier=True),
    Unit(
        "参数", "参数", "count", classifier=True
    ),  # 80亿参数天基遥感模型: a model's size  # 年产量1000多万件套: pieces and sets
    Unit("个次", "个次", "events"),  # 累计发布零工岗位近20万个次
    # 累计推动1.1万家/次科技型企业: firms counted once per visit, as 人次 counts people
    Unit("家次", "家次", "events"),
    Unit("家/次", "家次", "events"),
    Unit("人/次", "人次", "people"),
    # 调用量达到4.12万亿Token（词元）: AI tokens written in Latin letters
    *(Unit(word, "词元", "count") for word in ("Token", "Tokens", "token", "tokens")),
    Unit("个日夜", "天", "other"),  # 在办公室熬了1000多个日夜: days and nights, days
    Unit("省份", "省份", "count"),  # 涉及6省份
    Unit("亩次", "亩次", "other"),
    # 海道测量约2.3万换算平方公里: survey area converted to a standard scale, in 平方公里
    Unit(
        "换算平方公里", "平方公里", "other"
    ),  # 实施保护性耕作1.19亿亩次: an area worked, counted per pass
    Unit("大类", "类", "count", classifier=True),  # 覆盖12大类、27项具体任务
    # 每日突破6300单: orders or parcels (单位, 单价: not_facts.py); 5万锭的纺锭规模: spindles
    Unit("单", "单", "count", classifier=True),
    Unit("锭", "锭", "count"),
    Unit("纱锭", "锭", "count"),  # 10万纱锭智能纺纱项目: spindles
    Unit("机柜", "机柜", "count"),  # 总规模达14万机柜: data centres count racks as a unit
    # 效率提升3个数量级以上: orders of magnitude, a ratio of scale like 倍
    Unit("个数量级", "个数量级", "ratio"),
    Unit("数量级", "个数量级", "ratio"),
    Unit("吨公里", "吨公里", "other"),  # 公路货物周转量82.11亿吨公里: freight turnover
    Unit("个标准大气压", "标准大气压", "other"),  # 在73个标准大气压下: pressure
    Unit("个大气压", "标准大气压", "other"),
    Unit("标准大气压", "标准大气压", "other"),
    Unit("卡时", "卡时", "other"),  # 200卡时算力: an accelerator card's hours of work
    # 76光子“九章”原型机, 53比特超导处理器: quantum computers are sized in photons and qubits
    Unit("个光子", "光子", "count"),
    Unit("光子", "光子", "count"),
    Unit("个量子比特", "比特", "count"),
    Unit("量子比特", "比特", "count"),
    Unit("比特", "比特", "count"),
    Unit("卡", "卡", "count"),  # 6万卡集群部署: computing clusters count accelerator cards
    # Computing power (算力规模突破160EFLOPS) is written in Latin floating-point units.
    *_units("other", "EFLOPS PFLOPS TFLOPS"),
    Unit("P", "P", "other"),  # 智能算力规模188.2万P: petaflops, only after 算力 (unit_at)
    *_units("other", "TB PB EB GB"),  # 名录总下载量超过24TB（太字节）: data volumes
    *_units("other", "ppm"),  # 氨气浓度低于10ppm: parts per million
]

UNITS: dict[str, Unit] = {unit.written: unit for unit in _TABLE}
# One-character measure words (条, 个, 家): after 这/每 they point, they count nothing
CLASSIFIER_WORDS = frozenset(
    unit.written for unit in _TABLE if unit.classifier and len(unit.written) == 1
)
# Units of a span of time (a duration is a fact; 3天后 is a point in time).
DURATION_UNITS = frozenset({"年", "个季度", "个月", "周", "天", "工作日", "小时", "分钟", "秒"})
MAX_UNIT_LENGTH = max(map(len, UNITS))

# Units that may close a rate: 元/吨, 吨/年, 公里/小时.
RATE_DENOMINATORS = {
    "年",
    "月",
    "日",
    "天",
    "人",
    "户",
    "次",
    "吨",
    "千瓦时",
    "平方米",
    "小时",
    "秒",  # 米/秒, and 次/秒 (computing speed, read as EFLOPS)
    "分钟",  # 转速1.4万转/分钟
    "亩",
    # 垃圾分布密度256平方米/千米, 8元/斤, 0.5元/公里: per length, per weight, per piece
    "千米",
    "公里",
    "斤",
    "公斤",
    "千克",
    "件",
    "台",
    # 制造业机器人密度达567台/万人, 能耗0.5吨/万元: per a multiple of people or money
    "万人",
    "千人",
    "百人",
    "万元",
    "立方米",  # PM2.5平均浓度27微克/立方米, 水价3.5元/立方米
    "平方千米",  # 漂浮垃圾平均个数为26.5个/平方千米: a density per area
    "平方公里",
    "焦耳",  # 大模型推理能效比达到了10词元/焦耳: work per unit of energy
    "度",  # 电价接近1元/度: a 度 of electricity (read as 千瓦时, and only after money)
}


def unit_at(text: str, pos: int) -> Unit | None:
    """The longest unit written at ``text[pos:]`` (个百分点 beats 个, 千瓦时 beats 千瓦)."""
    if alternates := _ALTERNATES_THEN_TIMES.match(text, pos):
        # 交通运输工具24.7万余辆（架、列、艘）次: vehicles of every kind, counted as trips
        times = UNITS[alternates["unit"] + "次"]
        return Unit(alternates.group(), times.unit, times.category, times.classifier)
    for length in range(min(MAX_UNIT_LENGTH, len(text) - pos), 0, -1):
        unit = UNITS.get(text[pos : pos + length])
        if (
            unit is not None
            and unit.written == "人年"
            and not _LABOUR.search(text, max(0, pos - 30), pos)
        ):
            continue  # 带动3万人年增收: people, and 年 opens the next word; 人才队伍…59.7万人年
        if unit is not None and unit.written == "个人" and text.startswith(_OF_PERSONS, pos + 2):
            return _PERSONS_UNWRITTEN  # 4000万个人用户: individual users, counted in 人
        if unit is not None and not (unit.written == "个人" and _word_goes_on(text, pos + 1)):
            if unit.written in ("集", "回") and _word_goes_on(text, pos):
                # 360集团, 3集群, 49.8回升: the character starts a word; 2集动漫短剧 counts
                # episodes, 15回特高压直流 circuits
                return None
            if unit.written == "车" and not text.startswith(_AFTER_LOADS, pos + 1):
                return None  # 一车粮食, 4车11B: a cartful, a carriage; only 133车、 counts loads
            if unit.written == "发" and not text.startswith(_ROCKETS, pos + 1):
                return None  # 5G发展, 3月发布: 发 counts only rockets and rounds
            if unit.written == "方" and not _cubic_metres(text, pos):
                return None
            if unit.written == "级" and not (
                _WIND_AFTER.match(text, pos + 1) or _WIND_BEFORE.search(text, max(0, pos - 14), pos)
            ):
                return None
            if unit.written == "匹" and text.startswith("匹配", pos):
                return None  # 按1∶1匹配资金: matching, no horses
            if unit.written == "客户" and text.startswith("客户端", pos):
                return None  # 铁路12306客户端: an app, no customers
            if unit.written == "P" and (
                "算力" not in text[max(0, pos - 20) : pos] or text[pos + 1 : pos + 2].isalnum()
            ):
                return None  # 5P空调, P2P: no computing power
            if unit.written == "块" and _spoken_yuan(text, pos):
                return _SPOKEN_YUAN
            return unit
    return None


# 个人 before these is "individual" (个人用户), part of the noun: the people are counted in 人
_OF_PERSONS = ("用户", "客户", "会员", "投资者", "消费者", "创作者", "开发者")
_PERSONS_UNWRITTEN = Unit("", "人", "people")
_AFTER_LOADS = ("、", "，", "。", "；")
# 七八级大风, 8级以上阵风 (not 3级风险, 风格)
_WIND_AFTER = re.compile(r"(?:以上|左右的?)?[大台阵强狂飓]?风(?![险格貌采景尚气味光])")
# 抗风能力提升至8级, 最大风力14级: the wind's force named before the level (not 风险等级3级,
# 防台风应急响应由三级提升至二级)
_WIND_BEFORE = re.compile(r"(?:风力|抗风|阵风)[^，。；、\d]{0,6}[\d一二三四五六七八九十]+$")
_OF_CUBIC_METRES = (*_AFTER_LOADS, "水", "土", "混凝土", "砂", "沙", "石", "左右", "以上", "多")


def _cubic_metres(text: str, pos: int) -> bool:
    """2300万方, 300方水: 方 after digits or 万/亿, closing its clause or before what is
    moved, is cubic metres; 双方, 三方, 一方面 and 10方面 are parties and sides."""
    after = text[pos + 1 :]
    return (
        pos > 0
        and (text[pos - 1].isdigit() or text[pos - 1] in "万亿")
        and (not after or after.startswith(_OF_CUBIC_METRES))
    )


_ROCKETS = ("商业火箭", "运载火箭", "火箭", "炮弹", "子弹", "导弹")
_ALTERNATES_THEN_TIMES = re.compile(r"(?P<unit>辆|艘|架|列)（[^（）]{1,8}）次")
# Person-years measure labour: the workforce or its input is named before the figure.
_LABOUR = re.compile(r"人员|队伍|人才|当量|人力|投入")
_SPOKEN_YUAN = Unit("块", "元", "money")
# 一年收入8万块左右, 一天挣了2000多块: 块 is spoken yuan where the clause is about money and
# nothing is counted after it (3块石头 counts stones)
_MONEY_CLAUSE = re.compile(
    r"(?:收入|挣|赚|花|卖|工资|薪|补贴|价|费|存款|月入|年入)[^，。；！？]{0,8}$"
)
_AFTER_SPOKEN_YUAN = re.compile(r"(?:左右|上下|多|钱)?(?:[，。；！？、”]|$)")


def _spoken_yuan(text: str, pos: int) -> bool:
    before = text[max(0, pos - 16) : pos]
    before = before.rstrip("0123456789.万千百十多余一二两三四五六七八九")
    return bool(_MONEY_CLAUSE.search(before)) and bool(_AFTER_SPOKEN_YUAN.match(text, pos + 1))


def _word_goes_on(text: str, pos: int) -> bool:
    """人 at ``pos`` starts a longer word (人工智能, 人才): 10个 counts those, not people."""
    from pipelines.facts.segmenter import pos_tagger  # jieba loads on first use only

    first = next(iter(pos_tagger().tokenizer.cut(text[pos : pos + 6], HMM=False)), "")
    return len(first) > 1


def rate_denominator_at(text: str, pos: int, unit: Unit) -> str | None:
    """``/吨`` after 元 makes the rate 元/吨; returns the denominator or None. After a
    physical unit a flow or density spelled out with 每 counts too (2030立方米每秒, 50千克每
    立方米); 每 after a count or a sum opens the next clause too often to be read so."""
    if pos >= len(text) or text[pos] not in ("/", "每"):
        return None
    spelled = unit.category in ("other", "length") and unit.unit in _SPELLED_NUMERATORS
    if text[pos] == "每" and not spelled:
        return None
    for length in (4, 3, 2, 1):  # 平方千米 before 千米
        word = text[pos + 1 : pos + 1 + length]
        if word in RATE_DENOMINATORS and (text[pos] == "/" or word in _SPELLED_PER):
            return word
    return None


_SPELLED_NUMERATORS = frozenset(("立方米", "千克", "克", "毫克", "公里", "千米", "米", "吨", "升"))
_SPELLED_PER = ("秒", "分钟", "小时", "立方米", "升")
