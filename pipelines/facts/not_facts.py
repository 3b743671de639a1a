"""Decide whether a number + unit expression measures something or only names it.

Chinese prose is full of numerals that are not measurements: ordinals (第一, 十三大,
十四届四次全会), slogans and programme names (“五个一”, “四个一批”), dates (2017年,
5月10日), vague amounts (千家万户, 数以万计) and figures of speech (一座座, 一个个).
Each rule below is a general pattern rather than a list of phrases from one article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.facts.numbers import CHINESE_NUMERAL_CHARS
from pipelines.facts.phrases import (
    FREQUENCY_BAND,
    ONE_PIECE,
    RECORDS,
    SPAN_MEASURES,
    TIME_NEEDED,
)
from pipelines.facts.quantities import (
    CONTENT_OF,
    COST_AFTER_ONE,
    GOODS_NAMED,
    SALE_OF_ONE,
    Quantity,
)
from pipelines.facts.segmenter import pos_tagger, words
from pipelines.facts.units import (
    DURATION_UNITS,
    PEOPLE_NOUNS,
    PLACE_UNITS,
    PLACES_ACT_TOGETHER,
    YIELD_WEIGHTS,
)

if TYPE_CHECKING:
    from jieba.posseg import pair

# 目前/此前/当前/从前 end in 前 without meaning "the top N" or "the first N months".
_WORDS_ENDING_IN_QIAN = "目此之当以提空眼面日年月从先早"
# 数十个, 几十万: approximate magnitudes (上百/成千 are caught as bare multipliers).
_VAGUE_PREFIXES = "数几"
_YEAR_THEN_QIAN = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4}|今|去|明)年前$")
# A unit character that starts a longer word instead: 两部门, 两位数, 三方.
_UNIT_STARTS_WORD = {
    "部": "门委部",  # 服务六部部长: a department named by its number
    "遍": "布及地",  # 两遍赤霉病防控 (passes); 遍布, 遍及 are words
    "位": "数",
    "人": "民间",  # 人民; 四人间 is a room for four, not four people
    "项": "目",
    "孔": "子雀",  # 新闸由9孔改为7孔 (openings); 孔子, 孔雀 are names
    "科": "室技学研普目长员",  # 鸟类43科 (families); 3科室, 科技 are not
    "期": "间等项工",  # 力聚四期等项目, 二期工程: a project's phase
    "台": "湾子",  # 三台子街道: a place
    "笔": "者记试画墨名迹锋触",  # 9笔交易 (transactions); 笔者, 笔试 are not
    "轮": "车船椅胎转驱拖",  # 四轮转向, 四轮驱动, 小四轮拖拉机: four-wheel, not four rounds
    "茬": "口",  # 一年收两茬 (crops a year); 茬口 is a rotation slot
    "家庭": "院",  # 3000多万家庭 counts households; 三家庭院 is three courtyards
    "口": "岸罩号径味感语袋子腔碑头",  # 超万口井 counts wells; 3口岸 does not
    "把": "握关手脉控式守持头柄",  # 7000多把 (umbrellas); 一把手 is a title
    # 三元锂电池, 三元正极材料 (battery chemistry), 三元素, 二元结构 (dual); not 5元一斤
    "元": "素宵旦锂正结化论",
    # 4节车厢 (carriages); 节日, 节约, 节能, 节点, 节目, 节奏 are words; 四节蜉 a mayfly
    "节": "日约能点目假水电省奏气俭庆制拍蜉",
    "单": "位元独项品体日次价程线车人个据子列",  # 6300单 (parcels); 3单位, 单价 are not
    "组": "织成合团建件装长委",  # 500组客户; 3组织, 两组长 are not
    # 亲虾10万对 (pairs); 1对1帮扶, 对外, 对接 are not
    "对": "0123456789一二三四五六七八九十于外接话象比口照标待应策手付抗立称齐",
    "盘": "活点整旋查踞算问",  # 近千盘 (seedling trays); 盘活, 盘点 are verbs
    "目": "标录前光睹击中次睽",  # 480目 (a screen's mesh count); 目标, 目录 are words
    "转": "化型变移让运入出岗账交发向身达载包售换基折弯乘机播述告诊院学业正眼",  # 1000转
    "载": "重客货人体具荷波入有着满",  # 十余载 (years); 载重, 载客 are words
    "句": "子号式型读话",  # 100多句快板词 (lines); 句子, 句号 are words, 两句话 rhetoric
    "顶": "住端级尖部层峰替岗天梁流上着格棚楼点用风针撞班事多",  # 3000顶 (tents); 顶尖 not
    # 500余路摄像头 (camera feeds); 10路公交, 路线, 路口 are routes and roads
    "路": "公车线口段面径况费网由过上边灯桥基演程人易军标牌",
    # 25万双拖鞋 (pairs); 双碳, 双循环, 双一流, 两双手 are not
    "双": "碳循减创赢向重方手边语胞百一拥休轨核城",
    # 6万卡集群 (accelerator cards); 一卡通, 3卡车, 卡片, 卡点 are not
    "卡": "通车片点口位路住号拉顿尔",
    # 共9章、147条 (a law's chapters and volumes); 章程, 章节, 编号, 编制 are words
    "章": "程节法鱼",
    "编": "号制辑写织排导者剧码著成入程组委",
}
_BUILDINGS = ("商场", "大楼", "大厦", "酒店", "商城", "购物中心", "图书馆", "博物馆", "医院")
_IDIOM_ENDINGS = {"位": "一体"}
# 三天两头 (often), 三番五次 (again and again): numerals of a set phrase that count nothing;
# jieba tags them m, so a list, not a tag, tells them apart.
_NUMERAL_IDIOMS = words(
    "三天两头 三番五次 三年五载 一年半载 三言两语 三三两两 三五成群 三天打鱼 两天晒网"
    " 一时半会 十之八九 七上八下 四面八方 五湖四海 一举两得 三心二意 接二连三"
    # 一招解决两头难: both ends (of a family), no cattle; 中央八项规定精神: the rules' name
    " 两头难 两头跑 两头忙 两头兼顾 两头使劲 两头发力 两头落空 八项规定 五花八门"
    # 残疾人两项补贴: the name of the two disability allowances; 两件事 of advice
    " 两项补贴 两件事 一件事"
    # 欢呼声四起: rising on all sides, no count of events
    " 声四起 烽烟四起"
    # 三班倒: working in three shifts, no count of flights or classes
    " 两班倒 三班倒 四班倒"
    # 四套班子: a county's four leading bodies; 一天比一天多: more by the day
    " 四套班子 一天比一天 一年比一年 一次比一次"
    # 老两口: an old couple, no count of mouths
    " 老两口 小两口"
    # 物流网…为其它五张网提供…: the six networks of a plan, named by number; 四个角 (corners)
    " 五张网 六张网 四个角"
    # 让大黄鱼‘游’上千家万户的餐桌: every household, no count of firms
    " 千家万户 上千家万户"
    # 统筹两个大局: the domestic and the international situation, a formula
    " 两个大局"
)
# 以1亩玉米为例, 拿一吨钢来说: the unit an example is worked out for, not a measure
_EXAMPLE_BASIS = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:为例|来说|来看|来算)")
_SPORT_NAMES = words("铁人三项 现代五项 十项全能 七项全能 冬季两项 北欧两项")
_DURATIONS = DURATION_UNITS
# 年 and 岁 measure something only when a verb, a copula or a measure noun hands the
# figure to a subject (受教育年限增加到11.3年, 预期寿命提高到79.25岁, 平均年龄为35岁,
# 连续16年); bare, they date (2025年), span a period (过去5年, 5年过渡期) or describe a
# person (32岁的郭昊天).
_YEARS_AND_AGES = {"年", "岁"}
# a tree's, a house's or a vehicle's age is measured
_AGES_OF_THINGS = ("树龄", "房龄", "楼龄", "车龄", "船龄", "机龄")
# 深耕非洲十余载, 在机器人领域探索10多年: how long a work has gone on, right after the verb
# or with its field between
_WORK_VERBS = ("探索", "深耕", "扎根", "耕耘", "坚守")
# 团队12年攻关, 426年持续经营: how long a work has gone on, the verb after
_WORK_VERBS_AFTER = (*_WORK_VERBS, "专注", "致力", "如一日", "攻关", "攻坚", "持续经营")
_LINKS_TO_MEASURE = (
    "连续", "为", "是", "达", "到", "至", "从", "由", "提高", "提升", "增加", "延长", "缩短",
    "减少", "降低", "长达", "平均", "仅需", "只需", "需要", "用时", "历时", "耗时", "超过", "历经",
    "年龄", "寿命", "年限", "工龄", "时长", "期限", "周期", "时间", "学制", *_AGES_OF_THINGS,
    "持续", "坚持",  # 持续两年多的硬仗, 坚持20年义务巡河: how long it lasted
    "为期",  # 为期五年的合作伙伴关系: how long it is set to last
    "跨度",  # 一个跨度2000余年的产业群落: how long it spanned
    "建成", "落成", "成立", "开通",  # 长安小区已建成30余年: a thing's age
    "走过", "走过了",  # 义利走过了120年: how long a firm or a road has gone on
    "免",  # 首期免5年租金: how long a waiver lasts
    "续约", "续签", "续租",  # 上汽集团与通用汽车续约20年: how long a renewal runs
    "工期",  # 总投资73.84亿元，工期3年: how long the works take
    *_WORK_VERBS, "走了", "停滞",  # 在机器人领域探索10多年
    "垄断",  # 打破了国外厂商垄断9年的纪录: how long a hold lasted
    "服役", "可以用", "能用", "可用", "沿用",  # 染色机服役了近20年, 一款车型沿用5至10年
    "经过", "成立", "开业",  # 经过一年，攻克了…; 成立仅两年的中国品牌, 开业不到两年 (its age)
    "时隔",  # 时隔20余年复航: the gap
    "实施",  # 科技特派员制度实施25年: how long it has gone on
    "有效期", "保质期", "保修期",  # 有效期不超过5年: how long a document or good stays valid
    "锻炼", "挂职", "支教", "轮岗", "任职",  # 驻企锻炼1年: how long a posting lasts
    "每隔",  # 每隔10至15年开展一次资源复查: how often
    "运行", "运营",  # 设备已满负荷运行10年: how long it has run
    "闲置", "空置", "荒废", "撂荒", "搁置",  # 一度闲置近20年: how long it lay idle
    "保存", "储存", "存放", "保鲜",  # 理论上可保存两万年: how long it keeps
    "开展", "举办",  # “柚子饭卡”温暖公益计划，已开展5年: how long it has run
    "传承", "延续",  # 径山茶宴自唐代至今传承1280余年: how long a tradition has lasted
    "居住", "缴纳",  # 连续缴纳3年社保、在同一街道居住3年以上: how long a condition is met
    "从业", "工作",  # 从业27年, 在一线岗位工作17年: how long someone has worked
    "提前",  # 两大500千伏项目提前一年竣工: how much earlier
    "需",  # 香榧从种植到盛产通常需15年: the time it takes
    "整整",  # 研究水产相关专业整整7年: a span stressed as whole
    "相传",  # 北京稻香村薪火相传130余年: how long a tradition has lasted
    "发展", "已有",  # 霍尼韦尔已在华发展90余年, 在中国开展业务已有30余年: a firm's presence
)  # fmt: skip
# 原本5年的育种周期, 2年学制, 500年树龄的古樟: a span before the measure of a span (or of
# an age) is its value
_SPAN_MEASURE_AFTER = re.compile(
    rf"(?:的[\u4e00-\u9fff]{{0,4}})?(?:{'|'.join((*SPAN_MEASURES, *_AGES_OF_THINGS))})"
    # 狮头鹅300年养殖史, 横跨30年的脱贫史, 有800多年历史: how long a history runs
    r"|的?[\u4e00-\u9fff]{0,4}?史"  # 180余年煤炭开采史
    # 结束12年海外研究生涯, 30年的军旅生涯: how long a career ran
    r"|的?[\u4e00-\u9fff]{0,4}?生涯"
    # 原则上以5年为周期: the span a cycle of work takes
    r"|为(?:一个)?周期"
    # 8年服务期内, 20年的特许经营期: how long a contract runs
    r"|的?(?:服务期|合同期|租期|租约|运营期|经营期|特许经营期|建设期|免租期)"
    # 享受8年质保的动力电池: how long a warranty runs
    r"|的?(?:质保|保修)"
    # 400余年的明清窑作群, 70余年的陶瓷工业遗产: the age of a heritage
    r"|的[\u4e00-\u9fff]{0,6}?(?:遗产|遗址|建筑群|窑作群|古建筑|古树|古城|古镇|古村落)"
)
_SCHOOLING_AFTER = re.compile(r"的?(?:免费|义务|学历|职业)?教育")
_DEEDS_DONE = ("做好", "办好", "干好", "做成", "办成")
_SINCE_AFTER = re.compile(r"多?来(?![自到看说讲源回往])")  # not 两小时来回, 3天来到
_PACKAGE_SIZE = re.compile(r"\d+(?:\.\d+)?(?:斤|公斤|千克|克|升|毫升|吨)的")
# 经过一年, 为期一个月的调研, 持续一个月: a year or a month, not "a"
_SPENT_ON = (
    *("经过", "历经", "历时", "耗时", "用了", "花了", "为期", "持续", "持续了", "长达"),
    *("仅用", "只用", "才用"),  # 仅用一周就为企业完成了环评审查
    "提前",  # 提前一个月完成电力接入
    *("忙", "忙了", "干了"),  # 也至少要200名工人忙一周: the time the work takes
)
# 从7岁入学到18岁毕业: the age someone started or left school, work or service at
_LIFE_EVENTS = ("入学", "上学", "毕业", "退休", "参军", "入伍", "参加工作", "入职", "结婚")
_FLOOR_BEFORE = re.compile(r"[一二三四五六七八九]层的")  # another floor, named the same way
_LIVING_ON = ("住在", "家住", "位于", "住")
_VENUE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:剧场|展馆|展厅|大厅|餐厅|影院|书店|馆)")
_RANGE_MARK = r"(?:至|到|—|-|～|~)"  # between the two ends of a range
_FLOOR_RANGE_AFTER = re.compile(rf"{_RANGE_MARK}[\d一二三四五六七八九十]+层")
# 选育一个品种过去需要5到8年, 生长周期3—5年, 生命周期延长3至5年: a range of spans after a
# verb that links it to a measure or moves it, or after the measure of a span
_SPAN_LINKED_RANGE = re.compile(
    r"(?:需要|需|要|用|用了|历时|耗时|每隔|延长|缩短"
    r"|距今(?:约|大约)?"  # 年代距今约5500—4800年: an age range
    rf"|(?:{'|'.join(SPAN_MEASURES)})(?:一般|通常|大多|普遍|只有|仅有|仅|约)?(?:是|为|在)?)\d+"
    + _RANGE_MARK
    + "$"  # 贷款期限一般是1—3年
)
# 5、6月两个月: the months just named, counted again
_MONTHS_NAMED = re.compile(r"\d{1,2}月?[、和至到—－-]\d{1,2}月(?:份)?$")
# 两名瓜农的情况说明, 两位专家的话表明: what the people just quoted said or showed
_THEIR_ACCOUNT = re.compile(r"[\u4e00-\u9fff]{1,4}的(?:情况|经历|话|说法|介绍|讲述|故事)")
_ROAD_BENDS = ("拐", "弯", "湾")  # 五道拐: a bend of a road, named
_GULLIES = ("沟", "梁", "岭", "岔")
_FREQUENCY_BAND_SHARE = re.compile(rf"{FREQUENCY_BAND}的(?:占比|占|比例|比重)")
_BAND_REACH = 12  # characters on either side of a figure: 每季度消费1—2次的占比
_WHEELED = ("车", "摩托", "电动车", "汽车", "货车", "机动车", "自行车")
_PLACE_NUMERALS = tuple("二三四五六七八九十")  # 两 counts; 二道沟, 八道沟 name places
# 过两天 (in two days) opening a clause, 再过三个月: not 经过, 不过, 超过, 过了
_FROM_NOW = re.compile(r"(?:^|[，。；！？：“”]|再)过$")
# 为期四周, 四周后, 四周内: weeks; otherwise 四周 is "all around"
_WEEKS_BEFORE = ("为期", "持续", "持续了", "历时", "需要", "用了", "连续", "经过", "每")
_WEEKS_AFTER = ("后", "内", "以内", "之内", "时间", "的时间", "左右", "以来")
_ONE_DOES_MANY_AFTER = re.compile(r"顶[\d一二两三四五六七八九十]+")
_WORTH_AS_MUCH_AFTER = re.compile(r"就(?:差不多|几乎|基本)?(?:顶(?!天)|抵得上|抵)")  # not 就顶天了
_ONE_DOES_MANY_BEFORE = re.compile(r"(?:^|[^\d.])[1一][\u4e00-\u9fff]顶$")
_DONE_WITHIN_SPAN = ("就能", "就可", "便能", "即可", "就能够")
_CLAUSE_THEN_DONE = re.compile(
    r"[，,][\u4e00-\u9fff]{0,6}?(?:就|便|即)(?:已经?)?(?:建成|完成|实现|落地|投产|开通|建起)"
)
_PRICED_PER = words("斤 公斤 千克 克 吨 亩 平方米 千瓦时 度")
# 以10元1斤保底价收购, 0.5元左右的1千瓦时电: the price said right before the one unit
_PRICE_BEFORE_ONE = re.compile(r"[\d一二两三四五六七八九十百千万]\s*(?:元|块钱|块)(?:左右)?的?$")
_VILLAGE_BEFORE_GROUP = re.compile(r"村(?:[一二三四五六七八九十]+、)*$")
# 哪怕有1秒的停顿, 哪怕只差一分钱: a case supposed to make a point
_SUPPOSED = re.compile(r"哪怕(?:只|仅|就|是|有|只有|仅有|只是|差|只差){0,2}$")
_SPENDING_TIME = ("用", "用了", "花", "花了")
_THEN = ("就", "便", "，")
_TIME_SPENT = ("时间", "的时间", "左右时间", "光阴", "的光阴", "时光", "的时光")
_PROGRAMMES = ("行动", "计划", "规划", "攻坚", "专项")
_PERIOD_AFTER_YEARS = ("来", "以来", "间", "内", "期", "里", "累计")  # 5年累计超630亿元: over
# 季度增速是近五年最高, 为近五年首次“双下降”: the years over which it is a record or a first
_RECORD_WITHIN = re.compile(r"[\u4e00-\u9fff]{1,6}?最(?:高|低|快|多|大|小)")
_RECORD_AFTER_YEARS = (
    *("最高", "最低", "最快", "最多", "最大", "最小", "新高", "新低", "首次", "首度"),
    *("同期最", "同期新"),  # 是近5年同期最大增量: over which years it is the largest
)
_SPAN_NOUNS = ("情况", "期间", "以来", "的情况")
# 三棵树公司; not 成立仅两年的中国品牌 (的 ends the numeral's phrase)
_NAME_AFTER = re.compile(r"^(?!的)[\u4e00-\u9fff]{1,3}?(?:公司|集团|股份|品牌|有限)")
_NAMED_RATE_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:率|圈)")
# 到近一年的收入情况, 在近两年的实践中: a preposition or a clause's start before 近N年的
_BEFORE_A_PERIOD = ("到", "至", "在", "对", "和", "与", "及", "，", "。", "；", "：")
_TOWNSHIPS = ("乡", "镇", "村", "屯")
_COUNTIES = ("县", "市", "区", "旗", "州")
# The groups and academies whose research institutes go by number (中国船舶707所)
_INSTITUTE_OWNERS = ("船舶", "电科", "科工", "航天", "航空", "兵器", "核工业", "集团", "院")
_CALENDAR_YEAR = re.compile(r"\d{4}|[〇零一二三四五六七八九]{3,4}")
# 三个关键词看首季能源形势, 从3个方面解读: a small count of viewpoints a text is organised
# by, not a measurement.
_RHETORICAL = re.compile(
    r"(?:关键词|关键字|字|词|看点|亮点|方面|维度|角度|视角|细节|镜头|画面|故事|瞬间|数字)(?:里|中)?"
    r"去?(?:看|读|解读|观察|透视|说|聊|谈|品|感受|勾勒|理解|把握)"  # 从三个字去理解
    # 从4个方面通报, 重点聚焦3个方面, 建设美丽海湾的3个关键词: aspects and key words
    # organise a text whatever verb follows.
    # 聚焦3个核心——资源家底、区划精度、应用实效
    r"|(?:方面|层面|维度|关键词|关键字|核心(?=——|—|：|:|，|。))"
    # 避免以下4个常见误区, 3个要点: the points a piece of advice is organised by
    r"|(?:常见|主要|典型)?(?:误区|要点)"
    # 确立三条基本原则和四条实施路径: the principles a plan is framed by
    r"|(?:基本|核心|实施|主要|主流|解决)?(?:原则|路径)"
    # 有两个办法。一个是…另一个是…: the ways an answer is organised by; 一碗米粉，两种吃法，
    r"|(?:办法|方法|原因|途径|吃法|做法|玩法)(?=[。：:；;，,]|$)"
    # 得益于3个条件的成熟: the conditions an explanation goes on to name
    r"|(?:条件|因素)(?=的|[。：:；;，,]|$)"
    # 两个日子，被贾亚灿铭记于心: the days a story goes on to tell
    r"|日子(?=[。：:；;，,])"
    # 两项数据均创历史新高: the figures just given, referred to again; 两组数字，彰显…
    # 从两个数据中窥斑见豹: the figures a text goes on to give
    r"|数据(?:均|都|双双|同时)|(?:数据|数字)中|数字(?=[，：:])|数值(?=的|[，：:])"
    # 客户进门先问3件事：…, 分享了3个故事：…: the things a list after the colon spells out;
    # 与最近发生的两件事放在一起看: the events an argument sets side by side
    r"|(?:事|事情|问题|故事)[：:]|(?:事|事情)(?:放在一起|联系起来|对照起来)"
    # 给大家细算5笔账: the reckonings an argument is organised by
    r"|账"
    # “广东三件宝，陈皮、老姜、禾秆草”: the treasures a saying goes on to name
    r"|宝(?=[，,：:])"
    # 上半年经济运行有两个亮点非常突出: the highlights a text goes on to name (not 亮点项目)
    r"|(?:亮点|看点)(?!项目|工程|村|街区|产业)"
    # 全年经济社会发展呈现4个突出特点：一是…, 服务消费呈现3个“新”特点: the traits a review
    # is organised by
    r"|(?:“[^“”]{1,4}”)?(?:突出|显著|鲜明|主要)?(?:特点|特征)(?=[。：:；;，,]|$)"
    # 这背后藏着三组耐人寻味的辩证法: the ideas an essay is organised by
    r"|(?:[\u4e00-\u9fff]{1,6}的)?辩证法"
    # 从三个“动”词，可以看到答案: words quoted for the text to go through
    r"|“[^“”]{1,4}”(?:词|字)"
)
# 实验室模拟100遍，不如实地跑一遍: a saying that compares, no count
_NOT_AS_GOOD_AS = re.compile(r"[，,]?不如")
# 正面临两道难题: the problems or tests a text goes on to name
_TESTS_FACED = ("难题", "考题", "难关", "坎", "关")
# 用三个“转化”概括, 用一句话来形容, 以3个字回答: the count of the words a summary is put in
_WORDING_VERBS = ("用", "用了", "以")
_SUMMED_UP = re.compile(
    r"(?:“[^“”]{1,8}”|话|词语?|字眼?|关键词|关键字|数字)[，,]?来?"
    r"(?:概括|形容|总结|归纳|描述|描绘|诠释|表达|总括|回答|作答)"
)
# 与三元合作, 同五粮液联手: a number-named firm as the partner of a deal, never a sum
_PARTNER_BEFORE = ("与", "同", "跟", "和")
_PARTNERING = ("合作", "联手", "携手", "联合", "签约", "共建", "牵手")
# 两项指标再创新高, 两项指标年均增长均为5%左右: the figures just given, named again
_MEASURES_AGAIN = re.compile(
    r"(?:主要)?指标(?:增速|增幅)?(?:均|都|双双|同时|再|又|年均|同比|分别)"  # 两项指标增速均…
)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.年月日])")  # not a date
_FRACTION_AS_NUMBER = re.compile(r"\d+/\d+$")
_FRAME_OPENING = ("内，", "来，", "以来，", "间，")
# 2000亿元、2500亿元: figures (a number and a short unit) listed right before a count
_LISTED_FIGURE = r"\d[\d.]*[^\d、，。；和与及]{0,4}"


_ALL_OF_THEM_RANK = re.compile(r"(?:均|都|全部|皆)(?:居|位居|位列|排名|排在|列|名列|保持)")


def _inside_frequency_band(sentence: str, quantity: Quantity) -> bool:
    """每季度消费1—2次的占比: the figure is part of a band a share is of."""
    start, end = max(0, quantity.start - _BAND_REACH), quantity.unit_end + _BAND_REACH
    return any(
        band.start() <= quantity.start and band.end() >= quantity.unit_end
        for band in _FREQUENCY_BAND_SHARE.finditer(sentence, start, end)
    )


def _figures_before(before: str, quantity: Quantity) -> bool:
    """At least as many figures earlier in the sentence as the count says."""
    return quantity.value.is_integer() and len(_FIGURE.findall(before)) >= quantity.value


def _counts_figures_listed(before: str, quantity: Quantity) -> bool:
    """迈上2000亿元、2500亿元两个台阶: the count says how many figures were just listed."""
    count = int(quantity.value)
    if quantity.value != count or not 2 <= count <= 5:
        return False
    listed = rf"(?:{_LISTED_FIGURE}[、和]){{{count - 1}}}{_LISTED_FIGURE}$"
    return re.search(rf"(?<![\d.、]){listed}", before) is not None


# 说话间，…装好了两袋椰汁: the clause right after 说话间 tells what someone did while talking,
# nothing the report measures (the clauses after it may: …，他那辈家里有4个林业工人; and
# 话音刚落 often opens a quote that does: …便介绍：“…60余家医药企业)
_TOLD_SCENE = re.compile(r"说话间，[^，。！？；“]*$")
# 拿起两只瓷碗轻轻相碰, 扎着两个发髻的“胖大叔”: what someone picks up or wears, no count
_PICKED_UP = ("拿起", "端起", "举起", "捧起", "拎起", "抱起", "拿出", "掏出")
_WORN = ("扎着", "梳着", "戴着", "穿着", "留着", "背着", "挎着", "提着", "拿着", "握着", "抱着")
_HELD_OR_WORN = (*_PICKED_UP, *_WORN)
_CYCLE_AFTER = ("就", "便", "即", "，就", "，便")  # 每5秒就能…一块, 每54秒，就有一辆…: a cycle
# 每9秒下线一台笔记本电脑: one piece made per span is a cycle time too (每两小时检测一次 and
# 每两年举办一届 say how often, in events, and stay rates)
_ONE_MADE_AFTER = re.compile(rf"[\u4e00-\u9fff]{{1,4}}?{ONE_PIECE.pattern}")
_PER_ACTION = re.compile(
    r"每(?:生产|制成|处理|消耗|使用|种植|加工|运输|销售|卖出|发|吸纳|招用|招聘|安置)$"
)
_PART_OF_EVERY = re.compile(r"每[\d一二两三四五六七八九十百千万]+[^\d，。；！？]{0,8}?，?就有$")
_PRICE_OF_ONE = re.compile(  # 1吨卖3000多元, 托管1亩地花不到500元
    rf"(?:{SALE_OF_ONE}|{COST_AFTER_ONE}(?:不到|不足|约|近|超过|超|仅)?)[\d一二两三四五六七八九十]"
)
_GOODS_THEN_PRICE = re.compile(rf"{GOODS_NAMED}[\d.]+(?:元|块)")  # 1公斤青枣5元
# Whose family: 和其两个女儿, 他有两个儿子, 家里3个孩子 (全村有5个孩子 counts a village's).
_POSSESSORS = re.compile(
    r"(?:其|他|她|我|你|们|和|与|家|家里)(?:有|育有|生了|养了)?$|(?:带着|领着|抱着|牵着)$"
    r"|(?:抚养|养育|照顾|供养)$"  # 独自抚养两个孩子: whom someone raises
)  # 带着两个孩子前来看房: who came along
_ONLY_BEFORE_SPAN = re.compile(r"(?:仅|才|只|只有|刚|已|仅仅)$")  # 成立仅两年, 寿命只有3到5年
# 深耕非洲十余载, 坚持做竹雕30年: a work verb, then its field, then the span
# 其中很多已稳定开采近20年: 已 and a verb say how long the work has gone on so far
_WORK_SO_FAR = re.compile(r"已(?:经)?[\u4e00-\u9fff]{0,2}?(?:开采|运行|运营|经营|服役|使用|投用)$")
_BODY_PARTS_OF = re.compile(r"(?:腿|脚|胳膊|手臂|眼睛|耳朵|翅膀)的")
_OLDEST_PERSON = 120  # 岁 beyond it is a thing's age (古龙窑, 古树)
_SPAN_VERB_NEAR = re.compile(
    rf"(?:{'|'.join((*_WORK_VERBS, '从事', '坚持'))})[\u4e00-\u9fff]{{1,6}}$"
)
# 3天可完成1台风力发电机组的生产组装: a span, then the one piece made in it
_SPAN_THEN_MADE = re.compile(
    r"[\d一二两三四五六七八九十半]+(?:个)?(?:天|小时|分钟|秒|周|个月)"
    r"(?:就|即|便)?(?:可|能|可以)?(?:完成|生产|下线|造出|组装|装配)$"
)
# before[-2:] | after[:2]: a lane named by its number next to 胡同, a house number, or the
# end of 三条至十条
_HUTONG = re.compile(r"胡同\||\|(?:胡同|\d)|胡同\|至|条至\|")
# 大余梅岭三章纪念馆: a memorial named after a text in so many parts
_TEXT_UNITS = ("章", "首", "篇", "句", "字")
_MEMORIALS = ("纪念馆", "纪念碑", "纪念园", "陈列馆", "广场", "公园")
# 一般要半年到一年: a span, then 到 before the range's end
_SPAN_RANGE_BEFORE = re.compile(r"(?:半年|[半两三四五六七八九十\d]+个?(?:月|天|周|年))(?:到|至)$")
# 100米、400米和1500米三项竞速, 400米小型组决赛, 400米38秒15: races named by their lengths,
# listed, of a group, or right before the time run
_RACE_AFTER = re.compile(
    r"(?:[、和及与]\d+米)*(?:[一二两三四五六七八九十]项)?(?:[\u4e00-\u9fff]{1,3}组)?"
    r"(?:冲刺跑|冲刺|赛跑|长跑|短跑|跑(?![道车马下完])|接力|自由泳|蛙泳|仰泳|蝶泳|混合泳|栏|障碍|竞走|竞速)"
    r"|(?:[\u4e00-\u9fff]{1,3}组)?(?:冠军|金牌|银牌|铜牌|决赛|预赛)"
    r"|(?:\d+分)?\d+秒"
)
_PLUS_AFTER = re.compile(r"[\u4e00-\u9fff“”‘’]{0,8}[+＋]")
_PLUS_BEFORE = re.compile(r"[+＋][\u4e00-\u9fff“”‘’]{0,8}$")
_COUNT_PLUS_AFTER = re.compile(r"[\u4e00-\u9fff“”‘’]{0,8}[+＋](?:[2-9]|1\d)")
_COUNT_PLUS_BEFORE = re.compile(
    r"(?:[2-9]|1\d)\d*[\u4e00-\u9fff“”‘’]{1,9}[+＋][\u4e00-\u9fff“”‘’]{0,8}$"
)
_PAIRS_NAMED = ("夫妻", "夫妇", "母子", "母女", "父子", "父女", "兄弟", "姐妹", "师徒", "祖孙")
_TEAM_EVENTS = ("参赛", "参加", "出征", "比赛", "登台", "演出")
_FEATURING = ("走近", "走进")
_FEATURED_PEOPLE = 5
_KIN = re.compile(r"(?:女儿|儿子|孩子|子女|孙子|孙女|兄弟|姐妹|弟弟|妹妹|哥哥|姐姐|儿女)")
_SESSION = re.compile(r"(?:中全会|次全会|全会|全体会议|会议|代表大会|党代会)")
# 二期工程; 三期钛白粉项目: the project named between
_PHASE = re.compile(r"(?:[\u4e00-\u9fff]{0,5}?(?:工程|项目)|规划|建设|扩建)")
_BRACKETED_NAME = re.compile(r"[（(][\u4e00-\u9fff]{1,3}.$")
# 1类创新药76个, 1类新药注射用BG136: a drug's registration class, named by its number
_CLASS_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}\d|(?:创新药|新药|仿制药|医疗器械)")
_GRADED = re.compile(r"弱?(?:苗|水体|水质|水(?!平))")  # seedlings and waters are graded by 类
_QUOTE_PAIRS = {"“": "”", "‘": "’", "《": "》", "「": "」"}
_MAX_NAME_QUOTE = 12  # “建功‘十四五’争当排头兵”: quoted names are short, speech is not
_EXCHANGED_FOR = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:兑换|换|抵)[\d一二两三四五六七八九十]")
# 1千瓦时电实现价值跃升, 一斤杨梅的附加值: what one unit of a good is worth is a base
_VALUE_OF_ONE = re.compile(r"[\u4e00-\u9fff]{0,3}?的?(?:实现|完成)?(?:价值|附加值)")
# 经过5代筛选, 6代选育: generations a line was bred or selected over
# 6代选育, 完成5代产品迭代: generations a breeding or a product went through are counted
_GENERATIONS_BRED = re.compile(
    r"(?:的)?(?:选育|筛选|繁育|杂交|培育|育种|选择|改良|回交|自交|复壮|提纯|[\u4e00-\u9fff]{0,2}迭代)"
)
_CONTENT_AFTER_ONE = re.compile(rf"{CONTENT_OF}\d")
_BOTH_BEING = re.compile(r"(?:同是|同为|同属|都是)[^，。；]{0,8}的$")
# The sites whose phases go by number (铁路三期), whatever follows
_SITES_IN_PHASES = ("铁路", "公路", "码头", "港区", "机场", "地铁", "工程", "园")
# 码头三期投产运营: a phase of a site, then what it did
_PHASE_NAMED = (
    "文化",
    "至",
    "遗存",
    "时期",
    "工程",
    "项目",
    "投产",
    "开港",
    "开工",
    "竣工",
    "建成",
    # 华漕三期保障房: an estate built in phases
    "保障房",
    "安置房",
    "小区",
    # 广州港四期码头整体竣工: a port's phase, the site named after it
    "码头",
    "港区",
    "厂房",
    "园区",
)
_PER_SPAN_UNITS = ("小时", "分钟", "秒", "秒钟", "天")
_TIMES_IN_SPAN = re.compile(
    r"的?[\u4e00-\u9fff]{0,4}?(?:[几数\d一二两三四五六七八九十百千万]+次|次数)"
)
# 1小时能处理近300斤松子, 1小时最多剥5斤: what one hour's work does, a rate per hour
_WORK_IN_SPAN = re.compile(
    r"(?:就|最多|至少|可|能|可以|能够|就能|便能|只能|才能){1,2}[\u4e00-\u9fff]{1,3}?"
    r"(?:近|约|超|多达|上)?[\d一二两三四五六七八九十百千万]"
)
_SPAN_TAKEN = re.compile(r"(?:用|花|需|要|耗时|历时|仅|只)了?$")
_NO_SPAN_OF_YEARS = 1e6  # 超10万年 of storage is a span; 400亿年 is no span of anything
_YEARLY_MEASURES = ("产值", "产量", "销售", "营收", "收入", "均", "交易", "出口", "进口")
_FEW = 10
_LAST_CALENDAR_YEAR = 2100  # the latest year news plans for; 5730年 is a span
_CITY_CLASS = re.compile(
    r"(?:及?(?:以下|以上))?(?:[至到]\d+(?:\.\d+)?万)?(?:及?(?:以下|以上))?"
    # 500万以上超大特大城市, 50万以上人口城市; not 1亿人乘坐城市轨道交通 (a verb between)
    r"(?:人口|常住人口|超大|特大|大|中等|中|小|型|级|的)*城市"
)
_EATING = ("啃", "吃", "喝", "咬", "尝", "扒")
_TIMED_RACES = ("耐力赛", "拉力赛", "挑战赛", "接力赛")
_SCALE_REACH = 12  # characters before a figure where bare magnitudes of its unit may stand
_BARE_MAGNITUDE = r"(?<![\d.零〇一二两三四五六七八九十百千万亿余多几数上近超])[百千万亿]"
_QUOTED_FORMULA = re.compile(r"(?:[一两二三四五六七八九十][个张项条类][\u4e00-\u9fff]{1,4}、?)+")
# 从公元64年至185年: the end of a range of years after 公元 is a year too
_YEAR_RANGE_OPENED = re.compile(r"公元前?\d{1,4}年(?:至|到|—|-)$")
# 就像两个硬币纠缠在一起: a simile, no count; 两个或多个粒子: a definition
_SIMILE = ("就像", "好像", "好比", "如同", "仿佛", "犹如")
_IMAGES = ("图像", "影像", "画像", "录像", "头像", "肖像", "雕像", "塑像", "佛像", "偶像")
_STORIES = re.compile(r"[^，。；！？]{0,14}?故事")
_STAGES_OF_A_STORY = ("历程", "经历", "旅程", "人生", "往事", "回忆", "岁月", "佳话")
_PAY_OF_SPAN = re.compile(r"的(?:工资|薪水|薪资|工钱|房租|租金|报酬)")
_SECOND_OF_BOTH = re.compile(r"(?:国内国际|国内外)[两二][个种][\u4e00-\u9fff]{1,3}、?$")
# 一块土地两份收入: a clause of one thing and two gains, nothing else
_ONE_PIECE_OPENS = re.compile(r"(?:^|[，。；：“])一[块片亩份][\u4e00-\u9fff]{1,3}$")
_NOUN_CLOSES = re.compile(r"[\u4e00-\u9fff]{1,3}(?:$|[，。；！”])")
# 实现30纳米级粒径控制: the scale a measure is held to is its value, no class of things
_SCALE_OF_MEASURE = re.compile(r"级(?:的)?(?:粒径|精度|分辨率|线宽|制程)")
# (一般为二升、七升: 一般 and its like are no count of one thing)
_ONE_THING_THEN = re.compile(
    r"(?<![\d一二三四五六七八九十百千万])一(?![般直定起些样旦同度向贯律再致举切共道并边])"
    r"[\u4e00-\u9fff]{1,4}、$"
)
# 开车得一个小时 (it takes); not 急得一天给专家打好几个电话 (so anxious that)
_TAKES_TIME = re.compile(
    "(?:" + "|".join("(?<![急忙累乐气笑哭吓愁])得" if w == "得" else w for w in TIME_NEEDED) + ")$"
)
_TIME_FOR_ONE = re.compile(rf"[地田]?(?:就)?(?:{'|'.join(TIME_NEEDED)})")
_AFTER_SPOKEN_SUM = "钱多余左以上下的一每至到"
_UNITS_IN_MOUNTAIN_NAMES = words("盘 台 门")
_WORDS_OPENED_BY_ZERO = ("零件", "零部件", "零售", "零食", "零工")
_PLACE_AFTER_NUMERAL = re.compile(r"(?:高速公路|高速|公路|铁路|县|机场|火车站|岭|峪)")  # 三条岭
# 三天不吃酸，走路打蹿蹿: a short clause of 不 + verb after a span in words, then a comma
_SAYING_AFTER = re.compile(r"不[\u4e00-\u9fff]{1,3}[，,]")
# 一小时直达国贸, 单程至少花费一个半小时: a trip's time
_SPENT_ON_SPAN = ("花费", "花了", "至少花费", "要花")  # 单程至少花费一个半小时
_DONE_IN_SPAN_AFTER = re.compile(
    r"(?:就|便|即)(?:可|能)[^，。；！？\d一二两三四五六七八九十百千万半]*(?:[，。；！？]|$)"
)
_REACHED_IN = ("直达", "到达", "抵达", "可达", "即可到", "就能到", "就到")
_KEPT_UP = re.compile(r"连续[\u4e00-\u9fff]{1,5}$")
# 3天后抵达浙江杭州, 48小时后到达广东深圳: how long the goods were on their way
_TRANSIT_TIME = re.compile(r"后(?:即可|即|便|就|可|才)?(?:抵达|到达|运抵|送达)")
_WELLS = re.compile(r"[\u4e00-\u9fff]{0,4}?[井泉]")
_DRAFT_OF_READING = re.compile(r"[\u4e00-\u9fff]{0,2}稿")
_CLASS_BOUND = re.compile(r"(?:以上|以下)[\u4e00-\u9fff]{0,6}?(?:组成|构成)")
# 已连续举办了两届骑行赛: editions held are counted (十四届 names one)
_HELD_BEFORE = re.compile(r"(?:举办|举行|召开|办)了?$")
_ORDINALS_LISTED = re.compile(r"第[一二三四五六七八九十\d]+[、和]$")
_CHATTED = re.compile(r"(?:聊|说|讲|唠|问|夸|劝)[上了几]?$")
_RHETORICAL_IS = re.compile(r"(?:哪|哪里|岂)是$")
# 三块“金字招牌”, 一张金名片, 两张王牌: honours and strengths told as signboards or cards
_ACCOLADES = ("金字招牌", "金名片", "名片", "王牌")
# 七座商务车: seats name the kind of car (not 4座汽车公厕)
_SEATED_VEHICLES = ("商务车", "轿车", "客车", "小客车", "SUV", "MPV")
_LAYERED_DESIGNS = ("防护", "保护", "防线", "屏障", "架构", "过滤", "净化", "保障体系")
_PASSING = re.compile(r"车?[\u4e00-\u9fff]{0,7}?(?:错位|错车|会车|交会|相向而行)")
_ROOM_CLASS_AFTER = re.compile(r"(?:[、和或][单双两二三四五六八\d]人)*(?:间|房|包间|套房|病房)")
# 0.7‰以下和1.8‰以下, 90平方米以下每年最高提取2000元: a bound, not a class of things
_NOT_A_CLASS_AFTER = "的，。；、和与及或至到为每（("
# 3亿元以上项目35个, 2000万元以上企业: an amount of money at least which projects or firms
# reach classes them; the count after it is the fact.
# 40万元以上高端新能源市场同比增长46%: a price band names a market segment
_CLASSED_BY_MONEY = re.compile(
    r"的?[\u4e00-\u9fff]{0,4}?(?:项目|企业|工程)|以上[\u4e00-\u9fff]{0,6}?市场"
)
_BANKNOTE = re.compile(r"(?:人民币)?(?:纸币|钞票|硬币|面值|背面|正面|券面)")
_CLAUSE_PUNCT = "，。；！？：,;!?"
_CLAUSE_OPENERS = _CLAUSE_PUNCT + "“"
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十几]个$")
_CONTEXT_CHARS = 80  # > _MAX_LISTED_CHARS, _MAX_NAME_QUOTE and every pattern below
_BOOK_TITLE_CHARS = 200  # the longest 《…》 a figure may sit inside as part of a name


def facts_among(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities that are facts. A list item or range start that borrows the unit of
    the figure after it (6000—8000标准箱等级) goes with that figure."""
    kept: list[Quantity] = []
    after_rejected = False
    for quantity in reversed(quantities):
        borrowed = quantity.unit.written and quantity.unit_start == quantity.end
        rejected = rejection_reason(sentence, quantity) is not None or (borrowed and after_rejected)
        if not rejected:
            kept.append(quantity)
        after_rejected = rejected
    return kept[::-1]


# 例如，一名在职职工的医保月缴费基数为6000元: a figure of one made-up person shows how a
# rule works; it measures nobody
_WORKED_EXAMPLE = re.compile(r"^[“]?(?:例如|比如|譬如|假如|假设)[，,]?(?:一名|一位|一个|一户|某)")


_EQUALS = ("约等于", "等于", "约合", "相当于", "为")  # （1毫秒为1/1000秒）
_UNIT_DEFINED = re.compile(
    rf"[（(]1[A-Za-z\u4e00-\u9fff]{{1,6}}(?:{'|'.join(_EQUALS)}|即)(?:每秒|每年|每天|每小时)?$"
)


def rejection_reason(sentence: str, quantity: Quantity) -> str | None:
    """Why ``quantity`` is not a fact, or None when it is one."""
    # Every rule looks at most a few dozen characters around the figure; copying the whole
    # sentence instead would cost a flattened table (one 1 MB "sentence") quadratic time.
    before = sentence[max(0, quantity.start - _CONTEXT_CHARS) : quantity.start]
    after = sentence[quantity.unit_end : quantity.unit_end + _CONTEXT_CHARS]
    unit = quantity.unit.written

    if before.endswith("第") or _ORDINALS_LISTED.search(before):
        return "ordinal"  # 第五、六批援疆干部: the 第 is both's
    if unit == "句" and quantity.chinese and quantity.value <= 3 and _CHATTED.search(before):
        return "a few words said"  # 逢人就聊上两句
    if _WORKED_EXAMPLE.match(sentence):
        return "worked example"
    if quantity.unit.category == "events" and _inside_frequency_band(sentence, quantity):
        return "frequency band"  # 每季度消费1—2次的占比达41.96%: the band a share is of
    if after.startswith("如一日") and quantity.chinese and quantity.value % 10 == 0:
        return "idiom"  # 十年如一日把书香送达, 二十年如一日扎根: “ever the same”, no count
    if _FRACTION_AS_NUMBER.match(quantity.numeral) and after.startswith("次"):
        return "train number"  # 5633/5634次公益慢火车: the train's two numbers, no fraction
    if _FRACTION_AS_NUMBER.match(quantity.numeral) and after.startswith("年度"):
        return "split year"  # 2026/27年度全球小麦产量: a crop or fiscal year, no fraction
    if unit in ("根", "个") and after.startswith(("手指", "指头")):
        return "gesture"  # 笑着伸出两根手指，“20多家。”: fingers held up, a count said next
    if quantity.chinese and quantity.value <= 4 and _BODY_PARTS_OF.match(after):
        return "what a creature looks like"  # 一只三条腿的母羊: which ewe, no count of legs
    if _TOLD_SCENE.search(before):
        return "scene of a story"  # 说话间，商贩…就麻利地装好了两袋椰汁: what she did then
    if quantity.unit.unit == "年" and _YEAR_RANGE_OPENED.search(before):
        return "date or calendar year"  # 从公元64年至185年
    if unit in _TEXT_UNITS and after.startswith(_MEMORIALS):
        return "name of a memorial"  # 大余梅岭三章纪念馆: named after a poem in three parts
    if unit == "条" and quantity.chinese and _HUTONG.search(before[-2:] + "|" + after[:2]):
        return "street name"  # 草厂四条胡同, 草厂胡同三条至十条, 草厂四条44号院
    if unit == "号人" and after[:1] and after[0] in "物士员选工口民才力":
        return "a number before a word in 人"  # 3号人物, 光子2号人工智能; not 60号人
    if quantity.chinese and _SAYING_AFTER.match(after) and (not before or before.endswith("“")):
        return "saying"  # “三天不吃酸，走路打蹿蹿: a folk saying opens the quote, no span
    if unit == "成" and after.startswith("功"):
        return "a number before 成功"  # 马自达EZ—6成功出口: a model's name, no tenths
    if quantity.chinese and quantity.value <= 3 and unit in ("幅", "张") and after[:1] == "“":
        return "figure of speech"  # 两幅“图画”，对照着看: quoted, the pictures are a metaphor
    if quantity.chinese and quantity.value <= 5 and after.lstrip("“").startswith(_ACCOLADES):
        return "figure of speech"  # 头顶三块“金字招牌”: honours held, told as signboards
    if quantity.chinese and _RHETORICAL_IS.search(before):
        return "rhetorical question"  # 这哪是一两家的事儿？: no count is given
    if unit == "孔" and before.endswith("小"):
        return "place name"  # 荔波小七孔: a scenic spot
    if unit == "口" and after.startswith("之家"):
        return "family size"  # 一个六口之家买走20多副眼镜: what kind of family, no count
    if unit == "座" and after.startswith(_SEATED_VEHICLES):
        return "vehicle class"  # 一辆崭新的七座商务车: seats name the kind of car
    if unit == "层" and quantity.chinese and after.startswith(_LAYERED_DESIGNS):
        return "design named by its layers"  # 为企业定制三层防护方案: what kind of scheme
    if unit == "辆" and quantity.chinese and quantity.value == 2 and _PASSING.match(after):
        return "scene of a story"  # 遇到对向来车，两辆车一点点找地方错位: two cars passing
    if unit == "班" and before.endswith("年级"):
        return "class of a grade"  # 五年级五班班主任: which class, no count
    if unit == "人" and _ROOM_CLASS_AFTER.match(after):
        return "room class"  # 有双人、三人、四人间: beds name the kind of room
    if unit == "升" and after[:1] in ("至", "到") and before.endswith(("从", "由")):
        return "a rise, no litres"  # 国产化率从0升至95%
    if after.startswith("以下") and _CJK.match(after[2:3]) and after[2:3] not in _NOT_A_CLASS_AFTER:
        return "class of size"  # 450立方米以下高炉、40吨以下转炉坚决淘汰: which furnaces
    if (
        quantity.chinese
        and quantity.value <= 3
        and (
            before.endswith(_SIMILE)
            or (before.endswith("像") and not before.endswith(_IMAGES))  # 手掌像两块粗砂纸
            or after.startswith(("或多", "或两个以上", "或以上"))
        )
    ):
        return "example, no count"  # 就像两个硬币纠缠在一起, 两个或多个粒子
    if quantity.chinese and quantity.value <= 3 and before.endswith(_HELD_OR_WORN):
        return "scene of a story"  # 拿起两只瓷碗轻轻相碰, 扎着两个发髻: what is held or worn
    if quantity.unit.unit in DURATION_UNITS and after.startswith(_TIMED_RACES):
        return "event name"  # 纽博格林24小时耐力赛: a race named by how long it runs
    if before.endswith("最后") and quantity.unit.category == "length" and quantity.value <= 1:
        return "last stretch"  # 打通了农田灌排最后1米: the saying, no length measured
    if quantity.unit.category == "count" and re.compile(
        rf"{_BARE_MAGNITUDE}{re.escape(unit)}(?:级|[、，,到至和与])"
    ).search(before, max(0, len(before) - _SCALE_REACH)):
        # 从千卡、万卡到10万卡, 与千卡、万卡级系统相比，10万卡部署…: a size class in a
        # progression of bare magnitudes, no count of anything
        return "size class"
    if (
        quantity.unit.unit in DURATION_UNITS
        and before.endswith("未来")
        and not re.match(rf"(?:内|以内|之内|的|{_RANGE_MARK})", after)
    ):
        # 未来3天华北、东北地区将有大到暴雨: the forecast's window (未来12小时内的降水预报
        # is how far ahead a forecast reaches, a measure)
        return "period ahead"
    if quantity.unit.unit in DURATION_UNITS and _SINCE_AFTER.match(after):
        return "period"  # 团队近一个月来奔波于…: over the past month, no span measured
    if quantity.unit.unit in DURATION_UNITS and before.endswith("再过"):
        return "time until"  # 再过两个多月就可以卖了: when it will happen, no span measured
    if quantity.unit.unit in DURATION_UNITS and before.endswith("不是") and after.startswith("就"):
        return "span denied"  # 研究成果不是两三年就可以出来: how long it does not take
    if quantity.unit.unit in DURATION_UNITS and before.endswith("头") and after.startswith("，"):
        return "rank or leading period"  # 进校头3个月，每天清晨5点爬起来练功: the first months
    if quantity.unit.unit in DURATION_UNITS and not before and after.startswith(_FRAME_OPENING):
        return "period"  # 3个月内，上万条建议涌入: the time frame a sentence opens with
    if _UNIT_DEFINED.search(before):
        return "unit definition"  # 算力3.6万P（1P约等于每秒1000万亿次计算速度）
    if quantity.value == 1 and before.endswith(("（", "(")) and after.startswith(_EQUALS):
        return "unit definition"  # 约1万太瓦时（1太瓦时等于10亿千瓦时）: the unit defined
    if unit == "组" and before.endswith("看") and after.startswith(("数据", "数字")):
        return "figures the text goes through"  # 回答网友的问题，先看两组数据
    if unit == "件" and before.endswith(_DEEDS_DONE) and after[:1] in ("，", ","):
        return "saying"  # 做好一件，人心就近一点，做好十件，社区就暖一度
    if quantity.value == 1 and quantity.unit.classifier and _PACKAGE_SIZE.match(after):
        return "one package"  # 1袋100斤的尿素110元: the bag its size and price are of
    if unit == "层" and before.endswith(("地下", "地上", "楼", "负")):
        return "floor"  # 地下六层是…库房: which floor, not a count of layers
    if unit == "层" and (_RANGE_START.search(before[-3:]) or _FLOOR_RANGE_AFTER.match(after)):
        return "floor"  # 2至5层都有展览空间: the floors where, not a count
    if unit == "层" and before.endswith(_LIVING_ON) and not after.startswith(("高", "楼")):
        return "floor"  # 郭静住在3层: the floor she lives on
    if unit == "层" and before.endswith(_BUILDINGS) and not after.startswith(("高", "楼")):
        return "floor"  # 商场5层，一个…艺术装置展映入眼帘: where; 大楼共5层, 5层高 count
    if unit == "层" and (not before or before.endswith(("，", "；"))) and _VENUE.match(after):
        return "floor"  # 5层魔术剧场灯光亮起: the hall on that floor, where
    if (
        unit == "层"
        and quantity.chinese
        and after.startswith("的")
        and (_FLOOR_BEFORE.search(before) or after.startswith("的“"))
    ):
        # 一层的非遗工坊…二层的…展厅, 三层的“城纪千年”里: a walk up the floors, a named hall
        return "floor"
    if unit == "类" and before.endswith(_GRADED_AS):
        return "grade"  # 村民马春生家的棚定级为三类，补1万元: which class, no count
    if unit == "组" and _batch_named(before, after):
        # 卫星互联网低轨21组卫星, 千帆极轨15组卫星: the batch, named by its number
        return "batch name"
    if unit == "处" and quantity.chinese and _batch_named(before, after, ("n", "vn", "nt", "j")):
        return "office name"  # 稽查四处干部, 稽查四处处长: the fourth division
    if before.endswith(("×", "*", "x")) and before[-2:-1].isdigit():
        return "service hours"  # 7×24小时检疫: round the clock, not a span measured
    if (
        unit == "组"
        and quantity.chinese
        and (after.startswith("村民") or _VILLAGE_BEFORE_GROUP.search(before))
    ):
        return "village group"  # 五组村民老郑, 大坝村三、五、六组果园: which group, not a count
    if unit == "毛" and not (
        not after
        or after[0] in _CLAUSE_PUNCT + "多余钱"
        or after.startswith("左右")
        or "/" in quantity.unit_name  # 每度3毛多的电费: a price per unit
    ):
        return "not money"  # 一毛不拔, 5毛特效; 每斤9毛多, 3毛钱 are tenths of a yuan
    if unit == "个" and after.startswith("点") and "百分点" in before:
        return "percentage points restated"  # 低两个百分点…两个点就差了100块钱
    if unit == "卡" and quantity.chinese:
        return "name of a pair of cards"  # 打击“两卡”违法犯罪: phone and bank cards; 6万卡 counts
    if unit == "期" and (
        (quantity.chinese and _CJK.fullmatch(before[-1:]) and after.startswith(_PHASE_NAMED))
        or before.endswith(_SITES_IN_PHASES)  # 斋月十日城铁路三期首通段: a railway's phase
    ):
        return "phase name"  # 王湾三期文化, 二里头三期至殷墟时期, 柯拉二期工程
    if quantity.chinese and quantity.value == 2 and _BOTH_BEING.search(before[-14:]):
        return "the pair compared"  # 同是夜蛾科的两种蛾子，背部花纹差之毫厘
    if unit == "代" and not _GENERATIONS_BRED.match(after):
        return "generation named"  # 第五代, 三代人, 5代机; 历时12年、6代选育 counts
    if unit in PLACE_UNITS and not _counts_places(quantity, before, after):
        return "place name"  # 两地合力, 六省一市, 二区5楼, 3县区
    if quantity.unit.unit == "周年":
        return "anniversary"  # 成立100周年: an ordinal of years
    # 建区前不足10只: a bound before the number makes 前 a time, no rank
    if (
        before.endswith("前")
        and quantity.start == quantity.number_start
        and (
            not before[:-1].endswith(tuple(_WORDS_ENDING_IN_QIAN))
            or _YEAR_THEN_QIAN.search(before[-8:])
        )
    ):
        return "rank or leading period"  # 前10名, 前两个月, 2025年前11个月
    cycle = quantity.unit.unit in DURATION_UNITS and (
        after.startswith(_CYCLE_AFTER) or _ONE_MADE_AFTER.match(after)
    )
    if (before.endswith("每") and not cycle) or _PER_ACTION.search(before[-4:]):
        return "rate denominator"  # 每10万人, 每制成1吨精制盐水; 每5秒就能喷出一块 is a cycle time
    if quantity.value == 1 and _PRICE_OF_ONE.match(after):
        return "rate denominator"  # 1吨卖3000多元: the price is 元/吨; 1亩地花…元: 元/亩
    if quantity.value == 1 and unit in YIELD_WEIGHTS and _GOODS_THEN_PRICE.match(after):
        return "rate denominator"  # 1公斤青枣5元: the price is 元/公斤
    if quantity.value == 1 and unit in _PRICED_PER and _PRICE_BEFORE_ONE.search(before):
        return "rate denominator"  # 以10元1斤保底价收购: the price is 元/斤
    if quantity.value == 1 and quantity.unit.classifier and _SPAN_THEN_MADE.search(before):
        return "rate denominator"  # 3天可完成1台风力发电机组的生产组装: the days per machine
    if quantity.value == 1 and _TIME_FOR_ONE.match(after):
        return "rate denominator"  # 灌溉1亩地需要半天时间: the time is per 亩
    if quantity.value == 1 and unit in _PER_SPAN_UNITS and _TIMES_IN_SPAN.match(after):
        return "rate denominator"  # 1小时点击几千次, 1小时的点击次数: how often per hour
    if (
        quantity.value == 1
        and unit in _PER_SPAN_UNITS
        and _WORK_IN_SPAN.match(after)
        and before[-1:].isalpha()  # 生产线1小时能处理; not ，1小时可以调拨 (a time, as 10分钟)
        and not _SPAN_TAKEN.search(before)
    ):
        return "rate denominator"  # 1小时能处理近300斤松子 (not 用1小时就完成): work per hour
    if quantity.value == 1 and _CONTENT_AFTER_ONE.match(after):
        return "rate denominator"  # 1吨阴极铜的杂质含量不超过65克: the content is 克/吨
    if quantity.value == 1 and _EXCHANGED_FOR.match(after):
        return "rate denominator"  # 1公斤地膜换1积分: points per 公斤
    if quantity.value == 1 and unit in _PRICED_PER and _VALUE_OF_ONE.match(after):
        return "rate denominator"  # 1千瓦时电实现价值跃升: the value of one unit
    if before.endswith(("以", "拿")) and _EXAMPLE_BASIS.match(after):
        return "example basis"  # 以1亩玉米为例，…可节约成本124元: the cost is per 亩
    if before.endswith("按") and after.startswith(("算", "计")):
        return "counting rule"  # 超出0.5公斤的部分按1公斤算: how a part is counted
    if _PART_OF_EVERY.search(before[-16:]):
        return "part of a ratio"  # 全国每4辆摩托就有1辆是“重庆造”: one in four
    if before.endswith(("这", "那", "该", "此")):
        return "demonstrative reference"  # 这两天, 这3个项目 were counted before
    if (
        quantity.unit.unit in _DURATIONS
        and quantity.raw_text.startswith("近")
        and (not before or before[-1] in _CLAUSE_OPENERS)
        and not _PAY_OF_SPAN.match(after)
    ):
        # 近1个月“露营”相关搜索热度环比增长174%: the recent span a clause looks back
        # over (工程历时近3个月 is a measured one, as 近6个月的工资被拖欠)
        return "recent period"
    kept_up = _KEPT_UP.search(before[-8:])  # 连续平稳运行22分钟后并网: how long it ran
    if (
        quantity.unit.unit in _DURATIONS
        and after.startswith(("后", "前"))
        and not kept_up
        and not _TRANSIT_TIME.match(after)
    ):
        return "point in time"  # 两天后出院
    if quantity.chinese and unit == "件套":
        return "name of a set"  # “耳机+手表+平板”三件套: what the set is called, not a count
    if quantity.unit.unit in _DURATIONS and _MONTHS_NAMED.search(before):
        return "period"  # 5、6月两个月，青岛海关…: the months just named, counted
    if quantity.unit.unit in _DURATIONS and _FROM_NOW.search(before):
        return "point in time"  # 过两天，你提前下单; 再过三个月就能收获: a time from now
    if quantity.unit.unit in _DURATIONS and quantity.chinese and after.startswith(_SPAN_NOUNS):
        return "period"  # 综合两个月情况看: the span the text looks at
    if quantity.unit.unit in _DURATIONS and _NAMED_RATE_AFTER.match(after):
        return "part of a measure's name"  # 72小时妥投率, 15分钟生活圈
    if quantity.unit.unit in ("摄氏度", "℃") and after.startswith(("积温", "以上积温")):
        return "part of a measure's name"  # 大于等于10摄氏度积温: the threshold it sums above
    if quantity.unit.unit == "分" and before.endswith(("点", "时")):
        return "time of day"  # 3点10分
    if quantity.unit.unit == "分" and quantity.chinese:
        return "adverb or proverb"  # 十分重要, 三分靠天: scores are written in digits
    if quantity.numeral[:1] == "0" and quantity.numeral[1:2].isdigit():
        return "code"  # 003片区: a number with a leading zero labels, it does not count
    if _touches_latin(sentence, quantity):
        return "code or model name"  # 5G, C919
    if quantity.unit.unit in _YEARS_AND_AGES:
        reason = _year_or_age_reason(before, after, quantity)
        if reason:
            return reason
    if after.startswith("的时候"):
        return "condition"  # “10个人的时候，我自己事事都管”: when there are, not how many
    if _SUPPOSED.search(before[-6:]):
        return "supposition"  # 数据库哪怕有1秒的停顿，影响都很大: even if, not a measure
    if quantity.unit.category in ("count", "people") and _CLASS_BOUND.match(after):
        return "class of size"  # 由两个以上民族组成的家庭: which households, not a count
    if (
        quantity.unit.category == "money"
        and quantity.raw_text.endswith("以上")
        and _CLASSED_BY_MONEY.match(after)
    ):
        return "class of size"  # 3亿元以上项目35个: which projects, not an amount
    if quantity.unit.unit == "眼" and not _WELLS.match(after):
        return "eyes"  # 4万多眼取水井 counts wells; 两眼放光 does not
    if quantity.unit.unit == "次" and _DRAFT_OF_READING.match(after):
        return "name of a draft"  # 生态环境法典草案三次审议稿: the draft of the third reading
    if (
        after.startswith(("级", "等级"))
        and not before.endswith(RECORDS)
        and not _SCALE_OF_MEASURE.match(after)
    ):
        # 十米级贮箱, 百亿元级项目, 2吨级无人机: a size class; the largest one's class
        # (全球最大26兆瓦级海上风电机组) is its size, a record
        return "grade or class"
    if quantity.numeral[:1] in "十百千万亿" and _COUNTED_BEFORE.search(before[-4:]):
        return "size of each counted"  # 跨越3个千亿元台阶: each step is 千亿元, no total
    if unit == "成" and quantity.value > 100:
        return "not tenths"  # 2025成都…: 成 counts tenths, so at most 十成
    if unit and after.startswith(unit) and len(unit) == 1 and quantity.numeral == "一":
        # 一座座, 一个个; not 带动760户户均增收 (户均: per household) or 3个个体户
        return "reduplicated measure word"
    if quantity.unit.classifier and quantity.chinese and _counts_figures_listed(before, quantity):
        return "count of the figures listed"  # 迈上2000亿元、2500亿元两个台阶
    if (
        quantity.unit.classifier
        and _ALL_OF_THEM_RANK.match(after)
        and _figures_before(before, quantity)
    ):
        return "count of the figures listed"  # …汽车出口值1043.6亿元，4项均居全国第一
    if (unit == "字" or (unit == "个" and after.startswith("字"))) and quantity.value < 100:
        return "characters of a phrase"  # 16字行动指南, 两个字：信仰; 2万多字的文章 is a length
    if unit == "件" and quantity.chinese and before.endswith(("京", "大", "小")):
        return "name of a set"  # 节令大八件与日常小八件: sets of pastries named by their size
    if unit == "路" and before.rstrip("（(").endswith(("公交", "专线", "公交车", "巴士")):
        return "bus route"  # “村超”专线公交（5路）: the route's number
    if unit == "类" and quantity.chinese and after.startswith("医疗器械"):
        return "regulatory class"  # 三类医疗器械注册证: class III devices, no count
    if unit == "次" and after.startswith("产业") and quantity.numeral in ("三", "3"):
        return "name of the economy's sectors"  # 居三次产业首位: primary, secondary, tertiary
    if unit in _UNIT_STARTS_WORD and after[:1] and after[0] in _UNIT_STARTS_WORD[unit]:
        return "unit character starts another word"
    if quantity.chinese and after.startswith(_IDIOM_ENDINGS.get(unit, "\0")):
        return "idiom"  # 三位一体: 3位一线民警 still counts people
    if quantity.chinese and _inside_numeral_idiom(sentence, quantity):
        return "idiom"  # 不用三天两头请病假: often, not three days
    if quantity.unit.category == "length" and _RACE_AFTER.match(after):
        return "event name"  # 30米冲刺跑, 速度滑冰男子1500米冠军: a race named by its length
    if (
        quantity.value == 1
        and (_PLUS_AFTER.match(after) or _PLUS_BEFORE.search(before[-10:]))
        and not _COUNT_PLUS_AFTER.match(after)
        and not _COUNT_PLUS_BEFORE.search(before[-14:])
    ):
        # “1个行业+1名法律顾问+N名‘法律明白人’”: a set-up, not counts (but 1家国家实验室+
        # 13家全国重点实验室 tallies what there is)
        return "formula"
    if quantity.numeral == "四" and unit == "周" and not _weeks_meant(before, after):
        return "surroundings"  # 气膜四周设有喷淋设施: all around, not four weeks
    if _ONE_DOES_MANY_AFTER.match(after) or _ONE_DOES_MANY_BEFORE.search(before):
        return "formula"  # 1台顶3台！: one machine does the work of three, a slogan
    if _WORTH_AS_MUCH_AFTER.match(after):
        return "supposed"  # 造10台就差不多顶全厂一年的产值: a count supposed for a comparison
    if quantity.chinese and quantity.value <= 3 and before.endswith(_PAIRS_NAMED):
        return "people just named"  # 夫妻二人, 母子两人: who they are, not a count
    if quantity.chinese and unit == "家" and after.startswith("人"):
        return "family in a story"  # 串起两家人的向上人生
    if unit in PEOPLE_NOUNS and _noun_follows(after):
        return "people noun inside a longer name"  # 3000居民小区 counts estates, not people
    if quantity.chinese:
        reason = _chinese_numeral_reason(before, after, quantity)
        if reason:
            return reason
    if (
        quantity.unit.classifier
        and _MEASURES_AGAIN.match(after)
        and len(_FIGURE.findall(before)) >= quantity.value
    ):
        return "count of the figures just given"  # 播种面积达…，总产量达…，两项指标再创新高
    if quantity.unit.classifier and quantity.value <= 10 and _RHETORICAL.match(after):
        return "rhetorical count"
    if quantity.value == 2 and quantity.unit.classifier and f"另一{unit}" in after:
        return "two things compared"  # 两只蜜枣粽…一只米粒紧实弹牙，另一只则绵软细腻
    if _NOT_AS_GOOD_AS.match(after):
        return "saying"  # 实验室模拟100遍，不如实地跑一遍: a comparison, no count
    if unit == "道" and quantity.value <= 5 and after.startswith(_TESTS_FACED):
        return "rhetorical count"  # 正面临两道难题: the problems a text goes on to name
    if quantity.value <= 10 and before.endswith(_WORDING_VERBS) and _SUMMED_UP.match(after):
        return "rhetorical count"  # 用三个“转化”概括, 用一句话形容: the words of a summary
    kin = (
        (found := _KIN.match(after))
        and _POSSESSORS.search(before[-6:])
        and not after[found.end() :].startswith(_TEAM_EVENTS)  # 带着4个孩子参赛: a team
    )
    if quantity.value <= 10 and (kin or (unit == "口" and before.endswith(("家", "家里")))):
        return "family in a story"  # 其两个女儿, 一家三口: who someone is, not a measure
    # 我们走近三名海员: whom the report follows (走 + 近三名 as read; not 走近一个小时)
    featuring = before.endswith(_FEATURING) or (
        before.endswith("走") and quantity.raw_text.startswith("近")
    )
    if quantity.value <= _FEATURED_PEOPLE and unit in ("名", "位") and featuring:
        return "people a story features"
    if unit in ("次", "届") and _SESSION.match(after):
        return "session ordinal"  # 四次全会
    if unit == "届" and _CALENDAR_YEAR.fullmatch(quantity.numeral):
        return "graduating class"  # 2026届高校毕业生: the year they graduate
    if unit == "家" and after[:1] in _TOWNSHIPS and before.endswith(_COUNTIES):
        return "place name"  # 东乡族自治县五家乡: a township named with a numeral
    if unit == "所" and quantity.numeral.isdigit() and before.endswith(_INSTITUTE_OWNERS):
        return "institute name"  # 中国船舶707所, 中国电科38所: a numbered research institute
    if quantity.unit.unit == "学年" and _CALENDAR_YEAR.fullmatch(quantity.numeral):
        return "school year"  # 2025学年, 2025—2026学年: which year, not how many
    if quantity.unit.category == "people" and _CITY_CLASS.match(after):
        return "city size class"  # 城区常住人口300万以下城市, 300万至500万城市: which cities
    if unit == "口" and before.endswith(_EATING):
        return "mouthful"  # 饿了就啃两口面包: a bite, no count of anything
    if unit == "人" and after.startswith("制"):
        return "team format"  # 八人制足球场, 11人制: how many play a side
    if (
        quantity.chinese
        and unit in ("个", "则", "段")
        and quantity.value <= _FEW
        and _STORIES.match(after)
    ):
        return "stories told"  # 都能讲出一两个与海外客户打交道的故事: anecdotes, no count
    if unit == "段" and after.startswith(_STAGES_OF_A_STORY):
        return "stages of a story"  # 3段历程，近10年跨越: how the story is told, no count
    if (
        quantity.chinese
        and quantity.value <= _FEW
        and (
            _ONE_THING_THEN.search(before)
            or (_ONE_PIECE_OPENS.search(before) and _NOUN_CLOSES.match(after))
        )
    ):
        return "formula"  # 一片区域、两份收益: one thing, two gains
    if quantity.bare and not _bare_count_kept(quantity, before, after):
        return "vague amount"  # 千家万户, 千万职工; 近百条, 千余张 and 百艘以上 are kept
    if _inside_short_quote(sentence, quantity):
        return "name in quotes"  # “五个一”工程
    if unit == "类" and quantity.value <= 5 and not quantity.chinese and _CLASS_NAME.match(after):
        return "class name"  # 批准1类创新药76个: drug class 1, counted by the next figure
    if unit == "类" and quantity.value <= 5 and _GRADED.match(after):
        return "class name"  # 三类弱苗占比最高, 好于三类水体: a grade, not a count of kinds
    if before.endswith("一行") and quantity.unit.category == "people":
        return "party in a story"  # 一行四人，人均消费100多元
    if quantity.chinese and (
        before.endswith(("国内国际", "国内外")) or _SECOND_OF_BOTH.search(before)
    ):
        # 国内国际两个市场两种资源: the domestic and the foreign one, not a count
        return "formula"
    if quantity.unit.category == "money" and (
        _BANKNOTE.match(after)
        or (before.endswith(("张", "把")) and after.startswith("人民币") and _face_value(quantity))
    ):
        # 10元人民币背面的“夔门”图案, 举起一张20元人民币, 把20元人民币夹在手机壳里: a note
        return "banknote"
    if (
        quantity.numeral == "一"
        and quantity.unit.category == "money"
        and _CJK.match(after[:1])
        and after[0] not in _AFTER_SPOKEN_SUM
        and not before.endswith(("需", "要", "花", "付", "收", "仅"))  # 仅需一元便可静坐品茗
    ):
        return "part of a name"  # 张一元茶庄; 一元钱, 一元一斤, 一元多 are sums
    if unit == "味" and quantity.chinese:
        return "adverb"  # 一味追求; 近600味中药饮片 counts herbs
    if quantity.numeral in _SIZE_CLASS_NUMERALS and unit == "亩" and _FIELD_CLASS.match(after):
        return "size class of a field"  # 十亩田单产1505公斤, 万亩方: fields of that class
    if quantity.raw_text == "四处" and not _noun_follows(after):
        return "adverb"  # 只能四处筹借: everywhere; 四处景点 counts places
    if unit in ("栋", "幢") and _ESTATE_PART.search(before[-4:]):
        return "address"  # 湘农桥社区二区9栋居民: building 9 of the estate's second part
    if unit == "个" and after.startswith("大中城市"):
        return "statistical panel"  # 70个大中城市: the house-price survey's name
    if (
        quantity.chinese
        and _BRACKETED_NAME.search(sentence[: quantity.start + 1])
        and sentence[quantity.end : quantity.end + 1] in ("）", ")")
    ):
        return "name in brackets"  # 《…若干措施》（银八条）: a policy's nickname
    if quantity.chinese and before.endswith(_PARTNER_BEFORE) and after.startswith(_PARTNERING):
        return "name of a partner"  # 自从与三元合作: the dairy 三元, not three yuan
    if quantity.chinese and quantity.unit.unit != "%" and _NAME_AFTER.match(after):
        # 三棵树公司, 五粮液集团: a numeral inside a brand (约九成上市公司 is a share of them)
        return "part of a name"
    if _counts_quoted_list(before, quantity):
        return "count of a quoted formula"  # 写好“融、通、升”三篇文章
    if _WORDS_COUNTED.match(after) and _words_listed_before(before) == quantity.value:
        return "count of the words just listed"  # 新质、优质、高质，3个词概括出…
    if _CHARACTERS.match(after) and _quote_length(before) == quantity.value:
        return "count of a quote's characters"  # 招牌上“生态绿色”4个大字
    if quantity.chinese and quantity.unit.category == "people" and _names_after(after, quantity):
        return "count of the names listed after it"  # 两名“老伙计”池建芳、沈建春
    if (
        quantity.chinese
        and quantity.unit.unit not in _DURATIONS  # 洋山港和外高桥港只有两小时车程
        and _counts_listed_names(before, quantity)
    ):
        return "count of the names listed before it"  # 神舟二十三号、神舟二十四号两批乘组
    return None


# After a count of places: the clause ends, a bracketed gloss (7市（地）), an adverb or a
# verb of selection (4市入选…试点城市).
_AFTER_PLACE_COUNT = (
    *"（(，。；、",
    *("已", "均", "全部", "都", "共", "先后", "分别", "用于"),
    *("入选", "入围", "获批", "获评"),
    *("拓展", "扩展", "扩大", "扩至", "增至", "增加到", "至", "到"),  # 从沿海6市拓展至全省14市
    *PLACES_ACT_TOGETHER,
)


def _inside_numeral_idiom(sentence: str, quantity: Quantity) -> bool:
    start = max(0, quantity.start - 4)
    window = sentence[start : quantity.unit_end + 4]
    # 一天比一天多: the unit as written, not a 多 read after it, ends inside the idiom
    end = quantity.unit_start + len(quantity.unit.written)
    for idiom in _NUMERAL_IDIOMS:
        found = window.find(idiom)
        while found >= 0:
            if start + found <= quantity.start and end <= start + found + len(idiom):
                return True
            found = window.find(idiom, found + 1)
    return False


def _counts_places(quantity: Quantity, before: str, after: str) -> bool:
    """覆盖8市41县1194.5万亩农田: a count of places may also run on into the next figure.
    南宁、桂林、柳州等9市: a count in digits closing a list of places counts them (豫等六省一市
    names a region)."""
    if not quantity.numeral.isdigit():
        return False
    return (
        before.endswith("等")
        or not after
        or after.startswith(_AFTER_PLACE_COUNT)
        or after[0].isdigit()
    )


def _batch_named(
    before: str, after: str, flags: tuple[str, ...] = ("n", "b", "nz", "j", "i", "l")
) -> bool:
    """低轨21组卫星: a number between a noun and the noun it numbers is the batch's name
    (千帆极轨, jieba's idiom, is one too); 发射3组卫星 counts (a verb before it)."""
    last = list(pos_tagger().cut(before[-6:]))[-1:] if before else []
    return bool(last) and last[0].flag in flags and _noun_follows(after)


def _noun_follows(after: str) -> bool:
    """小区 after 3000居民: the people noun only modifies the noun that follows. 群体 and
    队伍 (近3亿农民工群体) name the same people as a whole."""
    if after.startswith(_COLLECTIVE_NOUNS):
        return False
    first = next(iter(pos_tagger().cut(after[:6])), None)
    return first is not None and first.flag.startswith("n")


_COLLECTIVE_NOUNS = ("群体", "队伍", "大军")


_NEAR = ("近", "约")
_REACHED = ("达", "达到", "突破")
_CAPACITIES = ("产能", "年产量")


def _bare_count_kept(quantity: Quantity, before: str, after: str) -> bool:
    """近百条 / 千余张 / 百艘以上: a bare 百/千/万 with a qualifier counts. 亿元以上项目 and
    投资过亿元的项目 do not: a bare amount of money that goes on to 以上 or 的 classes what
    follows (projects of 1亿元 or more). 年服务调用达百亿次: reached, closing its clause,
    it is an amount too."""
    if quantity.unit.category == "money" and after.startswith("的"):
        # 累计近亿元的金融服务: near a bound is an amount, over one (过亿元的项目) a class;
        # after a measure (年产值超千亿元的产业画卷) or a rate (每月超千元的长护险待遇) it
        # is that measure's amount
        return quantity.qualifier in _NEAR or before.endswith(
            (*_MONEY_MEASURES, *_RATES_OF, *_MONEY_SAVED)
        )
    if quantity.unit.category == "money" and before.endswith(_MONEY_PUT_IN):
        return True  # 中国农业银行累计投放千亿元用于粮食种植: the sum lent
    if quantity.unit.category == "money" and before.endswith(_HELD_AT):
        return True  # 实际使用外资连续16年保持在千亿美元以上: the level it stays at
    if before.endswith(_REACHED) and (not after or after[0] in _CLAUSE_PUNCT):
        return True
    if any(before.removesuffix(verb).endswith(_CAPACITIES) for verb in ("", *_REACHED)):
        return True  # 一个年产能万台的人形机器人规模化生产基地, 年产能达万台的产线: its size
    if quantity.unit.category == "money" and quantity.qualifier is None and _noun_follows(after):
        return len(quantity.numeral) >= 2  # 百亿元金融授信: a fund of a stated size
    if quantity.unit.unit == "场" and _EVENTS_HELD.match(after):
        return True  # 百场主题活动进机关, 开展千场惠民活动: a campaign's count of events
    return (
        quantity.has_prefix_qualifier
        or quantity.qualifier == "余"
        # 每场仅容纳百人左右: people counted about a round hundred
        or (
            quantity.qualifier is not None
            and (quantity.unit.classifier or quantity.unit.category == "people")
        )
        # 一台电视只要千元左右, 价格普遍在万元左右: a bare price about a magnitude
        or (quantity.unit.category == "money" and quantity.qualifier == "约")
    )


_RATES_OF = ("每月", "每年", "每天", "每人", "人均", "月均", "年均", "日均")
_MONEY_MEASURES = ("产值", "收入", "营收", "规模", "销售额", "成交额", "交易额", "总额", "利润")
# 能为企业节约上百万元的运输成本: the money saved is an amount
_MONEY_SAVED = ("节约", "节省", "省下", "减少", "降低")
_MONEY_PUT_IN = ("投放", "投入", "放贷", "发放")
_HELD_AT = ("保持在", "稳定在", "维持在")
_OLD_THING_AFTER = re.compile(r"的老[\u4e00-\u9fff](?:[，。；、！？]|$)")
_GRADED_AS = ("定级为", "评为", "评定为", "列为", "定为", "划为")
_EVENTS_HELD = re.compile(r"[\u4e00-\u9fff]{0,6}活动")


def _counts_quoted_list(before: str, quantity: Quantity) -> bool:
    """“融、通、升”三篇文章, “改、才、创、服”4个关键维度: the figure only counts the items
    of the quoted formula right before it, so it names the formula rather than measures."""
    if not before.endswith("”"):
        return False
    quotes = _QUOTED_RUN.search(before[-_MAX_LISTED_CHARS:])
    if quantity.chinese and quotes and quotes.group().count("“") == quantity.value:
        # 推广“科技成果+创业”“产业发展+创业”…四种模式: one quote per item. Written in
        # digits, such a count is a tally (“异种器官移植”和“…”2项科研成果入选).
        return True
    opening = before.rfind("“")
    items = before[opening + 1 : -1].split("、") if opening >= 0 else []
    short = len(before) - opening <= _MAX_NAME_QUOTE
    return short and len(items) >= 2 and len(items) == quantity.value


_SIZE_CLASS_NUMERALS = frozenset("十百千万")
_FIELD_CLASS = re.compile(r"[田方片](?![地野间埂])")  # not 2000多万亩田地 (farmland)
# 一“智”一“绿”两个场景, “高”与“新”两篇文章
_QUOTED_RUN = re.compile(r"(?:一?“[^“”]{1,12}”(?:、|与|和|及)?){2,}$")
_CHARACTERS = re.compile(r"个?大?字(?![号节数幕])")  # not 字号, 数字


# 湘农桥社区二区9栋: a part of an estate, then its building
ESTATE_PART = r"[\d一二三四五六七八九十东南西北]+[区期]"
_ESTATE_PART = re.compile(ESTATE_PART + "$")


def _face_value(quantity: Quantity) -> bool:
    return quantity.raw_text in ("1元", "5元", "10元", "20元", "50元", "100元")


_WORDS_COUNTED = re.compile(r"个?(?:词|关键词|短语)(?![语汇典])")  # not 词语, 词典


def _words_listed_before(before: str) -> int:
    """新质、优质、高质，: the short words the clause right before the count lists."""
    clause = re.split(r"[。；！？：]", before.rstrip("，,"))[-1]
    clause = clause[clause.rfind("，") + 1 :]
    items = [item.strip("“”") for item in clause.split("、")]
    return len(items) if len(items) > 1 and all(1 <= len(w) <= 4 for w in items) else 0


def _quote_length(before: str) -> int | None:
    quote = re.search(r"“([^“”]{1,12})”$", before)
    return len(quote.group(1)) if quote else None


_RANGE_START = re.compile(rf"\d{_RANGE_MARK}$")
_AGE_BEFORE = re.compile(r"(?:距今|树龄|寿命)(?:约|大约)?$")  # 距今约5500—4800年
_AGE_RANGE_START = re.compile(rf"\d周?岁{_RANGE_MARK}$")
_GROUP_OF_AGES = ("人口", "人群", "群体", "年龄段", "的")


_MAX_LISTED_CHARS = 60  # the names a count restates stand right before it
_LISTED_NAMES = re.compile(r"(?:[^\W\d_]{2,10}、)+[^\W\d_]{2,10}$")
# (not 种粮大户吴定和的麦田今年喷防了两次: a 的 inside or a 了 says no name follows 和)
_TWO_NAMES = re.compile(r"(?:^|[^\W\d_]{2})[^\W\d_]{0,8}(?:和|与|及)[^\W\d_的了]{2,10}的?$")


# people's names (two or three characters) listed after a count, behind a quoted role
_NAMES_LISTED_AFTER = re.compile(
    r"(?:“[^“”]{1,6}”)?((?:[\u4e00-\u9fff]{2,3}[、和])+[\u4e00-\u9fff]{2,3})(?=[，。；：,;])"
)


def _names_after(after: str, quantity: Quantity) -> bool:
    names = _NAMES_LISTED_AFTER.match(after)
    return bool(names) and len(re.split("[、和]", names.group(1))) == quantity.value


def _counts_listed_names(before: str, quantity: Quantity) -> bool:
    """北京、上海两地 / 神舟二十三号、神舟二十四号两批: a Chinese count right after as
    many names joined by 、 only says how many were just named."""
    m = _LISTED_NAMES.search(before[-_MAX_LISTED_CHARS:])
    if m and len(m.group().split("、")) == quantity.value:
        return True
    # 包括生活照护和医疗护理两类: two names joined by 和
    return quantity.value == 2 and bool(_TWO_NAMES.search(before[-_MAX_LISTED_CHARS:]))


def _year_or_age_reason(before: str, after: str, quantity: Quantity) -> str | None:
    # 如今2到3年就能实现; 不到一年，光谷就建成近6000平方米的…: the span a work took
    done_within = after.startswith(_DONE_WITHIN_SPAN) or bool(
        quantity.has_prefix_qualifier and _CLAUSE_THEN_DONE.match(after)
    )
    if (
        quantity.raw_text.startswith("近")
        and quantity.unit.unit in ("年", "个月")
        and after.startswith("的")
        and (not before or before.endswith(_BEFORE_A_PERIOD))
    ):
        return "period"  # 从帮扶政策到近一年的收入情况: the past year's (not 耗时近一年的工程)
    if _RANGE_START.search(before[-3:]) and not (_SPAN_LINKED_RANGE.search(before) or done_within):
        return "range of years or ages"  # 20至30岁年轻人群: a bracket, not a measure
    if _SPAN_LINKED_RANGE.search(before):
        return None  # 生长周期3—5年, 需要5到8年: the end of a range of spans is one
    if (
        quantity.unit.unit == "岁"
        and _AGE_RANGE_START.search(before[-6:])
        and after.startswith(_GROUP_OF_AGES)
    ):
        return "range of years or ages"  # 18岁至60岁人口占比超过八成: whom the share is of
    if (
        quantity.unit.unit == "岁"
        and after.startswith(("及以下", "及以上"))
        and not before.endswith("满")
    ):
        # 发展35岁及以下党员175.3万名: whom the count is of (年满45周岁及以上 is a threshold)
        return "age bracket"
    if quantity.unit.unit == "岁" and after.startswith(("时", "之前", "以前", *_LIFE_EVENTS)):
        return "age as a point in time"  # 到18岁时, 从7岁入学到18岁毕业
    if quantity.unit.unit == "岁" and after.startswith("的“"):
        return None  # 近600岁的“盐步老龙”: the age of a thing named in quotes
    if quantity.unit.unit == "岁" and after.startswith("的") and _a_person(after[1:]):
        return "personal age"  # 是57岁的袁玉新搬家后的新习惯 (是 links no measure here)
    if quantity.unit.unit == "岁" and quantity.value > _OLDEST_PERSON:
        return None  # 让200多岁的5条古龙窑重新挺起脊梁: a thing's age, no person's
    if quantity.unit.unit == "年" and _AGE_BEFORE.search(before):
        # 盐业遗存距今4100年, 树龄约1300年的古杉: an age, not a calendar year
        return None
    if quantity.unit.unit == "年":
        if (
            _CALENDAR_YEAR.fullmatch(quantity.numeral)
            and quantity.qualifier not in ("余", "多")
            and quantity.value <= _LAST_CALENDAR_YEAR
            and not after.startswith(_AGES_OF_THINGS)  # 近1900年树龄的银杏树: its age
        ):
            # 2025年, 二〇二六年; not 传承1280余年 nor 半衰期约为5730年 (spans)
            return "date or calendar year"
        if quantity.value >= _NO_SPAN_OF_YEARS and after.startswith(_YEARLY_MEASURES):
            return "年 opens a yearly measure"  # 超400亿年产值: 400亿 (元) of output a year
        if after.removeprefix("多").startswith(_PERIOD_AFTER_YEARS):
            return "period"  # 五年来, 三年内, 成立3年多来
        if after.startswith(_RECORD_AFTER_YEARS) or (
            quantity.raw_text.startswith("近") and _RECORD_WITHIN.match(after)
        ):
            # 季度增速是近五年最高, 是近五年同期增量最大的一次: over which it is highest
            return "period of a record"
        if after.startswith(_PROGRAMMES):
            return "programme name"  # 执行工作规范提升三年行动, 三年行动计划
    if before.endswith("年满") and after.startswith(("及以上", "以上", "及以下", "以下", "的")):
        return None  # 女性年满45周岁及以上: an age threshold a rule sets, not a person's age
    if before.endswith("满") and after.startswith(("未", "不满", "且", "并")):
        return None  # 满13周岁未接种过HPV疫苗的女孩: the age a rule opens at
    if before.endswith(_SPENDING_TIME) and after.startswith(_TIME_SPENT):
        # 用3年左右时间基本建立…制度, 用了10年的时间建成, 用二十六载光阴守护: the time it takes
        return None
    if before.endswith(_SPENDING_TIME) and (_opens_with_verb(after) or after.startswith(_THEN)):
        return None  # 达梦用10多年攻克了…技术, 仅用两年就建成: the time the work took
    if after.startswith("之久"):
        return None  # 项目停滞半年之久: a span stressed as long
    if quantity.unit.unit == "年" and _OLD_THING_AFTER.match(after):
        return None  # 但18年的老棚，实在撑不下去了: how old the thing is (not 30年的老党员)
    if done_within:
        return None  # 如今2到3年就能实现: the span a work now takes
    if quantity.unit.written in ("个春秋", "个年头"):
        return None  # 走过了14个春秋: a span in so many words, never a calendar year
    if _SPAN_VERB_NEAR.search(before[-10:]):
        return None  # 深耕非洲十余载: how long a work went on, its field between
    if after.startswith(_WORK_VERBS_AFTER):
        return None  # 14年专注生产陶瓷树: how long a work has gone on, the verb after
    if after.startswith(("不用", "无需", "不必", "不需")):
        return None  # 羊草一旦建植成功，20年不用重播: how long it lasts without
    if before.endswith(("享受", "享有", "接受")) and _SCHOOLING_AFTER.match(after):
        return None  # 困难学生普遍享受12年免费教育: the years of schooling someone gets
    if (
        quantity.unit.unit == "年"
        and quantity.raw_text.startswith(("超过", "超"))
        and not quantity.bare
        and not after.startswith("的")
    ):
        return None  # 使用年限普遍超过30年: over so many years is a span (超过20年的命案 a class)
    stripped = _ONLY_BEFORE_SPAN.sub("", before.rstrip())
    # 老建筑的修复持续了8年: the aspect 了 after the linking verb changes nothing
    # 年龄在35岁到55岁: 在 between the measure and the span changes nothing either
    linked = any(
        stripped.removesuffix(particle).endswith(_LINKS_TO_MEASURE) for particle in ("", "了", "在")
    )
    if (
        not linked
        # 进入10年左右的上行周期: the approximation between the span and its measure
        and not _SPAN_MEASURE_AFTER.match(after.removeprefix("左右"))
        and not _verb_then_le(stripped)
        and not _WORK_SO_FAR.search(before)
    ):
        return "date, period or personal age"  # not 原本5年的育种周期, a measured span
    return None


# 已苦苦找寻了40多年: a verb with 了 says how long it went on (为了/除了/到了 are no verbs
# of that kind)
_NOT_A_SPAN_VERB = ("为了", "除了", "到了", "了了")


def _verb_then_le(before: str) -> bool:
    return (
        len(before) >= 2
        and before.endswith("了")
        and "\u4e00" <= before[-2] <= "\u9fff"
        and not before.endswith(_NOT_A_SPAN_VERB)
    )


def _weeks_meant(before: str, after: str) -> bool:
    return before.endswith(_WEEKS_BEFORE) or after.startswith(_WEEKS_AFTER)


def _opens_with_verb(text: str) -> bool:
    first = _first_word(text[:6])
    return first is not None and first.flag == "v" and len(first.word) == 2


def _a_person(text: str) -> bool:
    first = _first_word(text[:8])
    return first is not None and (first.flag == "nr" or first.word in PEOPLE_NOUNS)


def _first_word(text: str) -> pair | None:
    return next(iter(pos_tagger().cut(text)), None)


_CJK = re.compile(r"[\u4e00-\u9fff]")
_TENTH_ENDINGS = ("多", "左右", "以上", "以下", "上下")


# 实现两颗螺丝钉也能散卖: "even two screws can be sold", a concession, not a count
_EVEN_SO = re.compile(r"[\u4e00-\u9fff]{0,4}?也(?:能|可以|可|会)")


def _chinese_numeral_reason(before: str, after: str, quantity: Quantity) -> str | None:
    unit = quantity.unit.written
    if quantity.value <= 2 and quantity.unit.classifier and _EVEN_SO.match(after):
        return "concession"
    # 一成 is one tenth where the word ends there (春玉米播种过一成，/ 一成左右), not in
    # 一成不变 or 这一成果.
    tenth = unit == "成" and (not _CJK.match(after[:1]) or after.startswith(_TENTH_ENDINGS))
    if (
        quantity.numeral == "一"
        and quantity.unit.category != "money"
        and unit not in ("倍", "番")  # 一倍, 翻一番 (doubled)
        and not tenth
        # 一年多; 连续3个五年规划都实现提高一岁以上: a bound makes it a measure
        and not (quantity.qualifier and quantity.unit.unit in (*_DURATIONS, "岁"))
        # 耗时整整一年: 整整/足足 between the verb and the span changes nothing
        and not (
            before.removesuffix("整整").removesuffix("足足").endswith(_SPENT_ON)
            and quantity.unit.unit in _DURATIONS
        )
        # 早高峰开车得一个小时, 需要一个月: the time something takes
        and not (_TAKES_TIME.search(before) and quantity.unit.unit in _DURATIONS)
        and not (before.endswith(_SPENT_ON_SPAN) and quantity.unit.unit in _DURATIONS)
        # 短短一分钟，电力负荷研判完成: how little time, a clause of its own
        and not (
            before.endswith(("短短", "仅仅"))
            and after.startswith("，")
            and quantity.unit.unit in _DURATIONS
        )
        # 在一个月的时间里，研制…振荡器: the time a task was given; 缴费一个月，就能申请…:
        # the span a right needs
        and not (
            quantity.unit.unit in _DURATIONS
            and after.startswith(("的时间里", "的时间内", "，就", "，便", *_REACHED_IN))
        )
        # 在一周内就完成了事前摸排, 一周便可出具试验报告: done within the span (not 一天就能
        # 卖出200单, a day's rate)
        and not (
            quantity.unit.unit in _DURATIONS
            and (after.startswith(("内就", "内便")) or _DONE_IN_SPAN_AFTER.match(after))
        )
        # 直入一公里外的数据中心集群: how far away it is
        and not (quantity.unit.category == "length" and after.startswith(("外", "以外", "之外")))
        # 一般要半年到一年: the end of a range of spans
        and not (quantity.unit.unit in _DURATIONS and _SPAN_RANGE_BEFORE.search(before))
    ):
        return "indefinite article"  # 一把焊枪, 一批问题; not 不到一周, 一年多
    if quantity.numeral == "二" and quantity.unit.classifier:
        return "ordinal 二"  # 二次清根, 二期: counts of two are written 两
    if before[-1:] and before[-1] in _VAGUE_PREFIXES and not quantity.has_prefix_qualifier:
        return "vague amount"
    if after.startswith("几"):
        return "vague amount"  # 十几个
    if unit == "届" and not _HELD_BEFORE.search(before):
        return "session ordinal"  # 十四届; 已连续举办了两届骑行赛 counts editions held
    if unit == "项" and any(
        name in before[-4:] + quantity.numeral + unit + after[:2] for name in _SPORT_NAMES
    ):
        return "sport name"  # 铁人三项、半程马拉松等活动: triathlon, not three items
    if (
        unit == "个"
        and after[:1]
        and after[0] in CHINESE_NUMERAL_CHARS
        and not after.startswith(_WORDS_OPENED_BY_ZERO)
    ):
        return "slogan"  # 五个一, 四个一批 (not 七八十个零件)
    if unit == "期" and _PHASE.match(after):
        return "project phase"  # 二期工程
    if unit != "个" and _PLACE_AFTER_NUMERAL.match(after):
        # 四川南江至三台高速公路: 三台 is a county (基地横跨两个县 counts them)
        return "place name"
    if quantity.unit.category == "people" and before.endswith(("初", "高")):
        return "school year"  # 初二学生, 高三学生: a grade, not two students
    if unit == "人" and quantity.value <= 3 and (not before or before[-1] in _CLAUSE_OPENERS):
        return "people just named"  # 徒弟汪剑摆动着鱼尾。两人搭档了4年: they, not a count
    if (
        quantity.unit.category == "people"
        and quantity.value <= 3
        and not before
        and _THEIR_ACCOUNT.match(after)
    ):
        return "people just named"  # 两名瓜农的情况说明…: the two just quoted, not a count
    if unit == "轮" and quantity.chinese and after.startswith(_WHEELED):
        return "vehicle name"  # 电动三轮摩托车, 两轮车: named by its wheels, no rounds
    if unit == "道" and after[:1] in _ROAD_BENDS:
        return "place name"  # 夹金山五道拐红军步道: a bend of the road, named
    if unit == "道" and after[:1] in _GULLIES and quantity.numeral in _PLACE_NUMERALS:
        return "place name"  # 在八道沟治沙道路: a village named by its gully (挖了两道沟 counts)
    if unit in _UNITS_IN_MOUNTAIN_NAMES and after[:1] in ("山", "峡"):
        return "place name"  # 六盘山, 五台山, 三门峡 (not 两座山: 座 counts mountains)
    return None


def _touches_latin(sentence: str, quantity: Quantity) -> bool:
    before = sentence[quantity.number_start - 1 : quantity.number_start]
    # A Latin unit (160EFLOPS) is the unit itself; a code goes on after it (EFLOPS2).
    latin_unit = quantity.unit.written.isascii() and quantity.unit.written.isalpha()
    at = quantity.unit_end if latin_unit else quantity.unit_start
    after = sentence[at : at + 1]
    return bool(re.fullmatch(r"[A-Za-z]", before)) or bool(re.fullmatch(r"[A-Za-z]", after))


_TARGET_MEASURES = ("占比", "比重", "比例", "率", "达到", "不低于", "不少于")


def _quoted_target(before: str, quantity: Quantity) -> bool:
    return not quantity.chinese and len(before) >= 3 and before.endswith(_TARGET_MEASURES)


def _inside_short_quote(sentence: str, quantity: Quantity) -> bool:
    """True when the number sits inside a short quoted or book-title span.

    Quoted numerals are names (“两个确立”, “五个一”, 《…第一批…通知》); a long quote is
    reported speech and may hold real figures, so only short quotes without clause
    punctuation count.
    """
    for opening, closing in _QUOTE_PAIRS.items():
        lowest = max(0, quantity.number_start - _BOOK_TITLE_CHARS)
        left = sentence.rfind(opening, lowest, quantity.number_start)
        if left < 0:
            continue
        if closing != opening and sentence.rfind(closing, left + 1, quantity.number_start) >= 0:
            continue
        right = sentence.find(closing, quantity.unit_start, quantity.unit_start + _BOOK_TITLE_CHARS)
        if right < 0:
            continue
        inner = sentence[left + 1 : right]
        if opening != "《" and _quoted_target(sentence[left + 1 : quantity.number_start], quantity):
            continue  # “蓝绿空间占比70%”的硬指标: a target set in figures, not a name
        if opening != "《" and inner == quantity.raw_text and "/" in quantity.unit_name:
            continue  # 大屏上显示着生产线转动速度：“28米/秒”: a reading, quoted as shown
        if opening == "《" or (
            len(inner) <= _MAX_NAME_QUOTE and not any(p in inner for p in _CLAUSE_PUNCT)
        ):
            return True
        if _QUOTED_FORMULA.fullmatch(inner):
            return True  # “一个条例、三张清单、三项制度”: a formula however long
    return False
