"""Numerals that name, order or date things are never facts (real sentences)."""

from __future__ import annotations

import pytest

from pipelines.facts import extract_sentence


def raw_texts(sentence: str) -> list[str]:
    return [fact.raw_text for fact in extract_sentence(sentence, None, "河北")]


def assert_no_fact_in(sentence: str, span: str) -> None:
    assert span in sentence
    overlapping = [raw for raw in raw_texts(sentence) if raw in span or span in raw]
    assert overlapping == [], overlapping


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # ordinals: congress numbers, plenary sessions, 第N, ranks
        ("回顾河北省工会十三大以来的五年，在河北省委、全总的坚强领导下。", "十三大"),
        ("推动党的二十大精神入脑入心、走深走实。", "二十大"),
        ("5月23日至24日，河北省委十四届四次全会向全省发出了号召。", "十四届四次全会"),
        ("4月19日，第137届广交会第一期圆满结束。", "第137届"),
        ("充电运营企业前10名中民营企业为9家。", "前10名"),
        ("我以高出第二名12分的优势夺冠。", "第二名"),
        ("需要二次清根补焊，容易出现气孔等瑕疵。", "二次"),
        ("国际四大煤炭指数逆势上涨。", "四大"),
        # a survey panel's name, a policy's bracketed nickname, a family, listed things
        ("70个大中城市中，新房和二手房价格环比上涨城市个数均比2月增加。", "70个"),
        ("银川市出台《若干措施》（银八条），从住宅小区规划设计等方面精准施策。", "八条"),
        ("带着两个孩子前来看房的市民王先生说。", "两个"),
        ("客户进门先问3件事：有没有电梯、户型好不好。", "3件"),
        ("一组数据见证了变化。", "一组"),
        ("如今国内国际两个市场“两条腿走路”。", "两个"),
        ("挖笋体验加柴火餐，一行四人，人均消费100多元。", "四人"),
        ("哪怕一味不常用的药材也能配齐，不能一味追求速度。", "一味"),
        # a floor of a building (人民日报 2026-04, 中国技术深度赋能世界顶级赛事)
        ("地下六层是国际足联的库房。", "六层"),
        ("笔者认为这是一笔不小的开支。", "一笔"),
        ("开展1对1帮扶，走访企业。", "1对1"),
        # 人民日报 2026-04-21, 贵阳贵安数字经济何以“三级跳”: the stories a list spells out
        ("今年全国两会，全国人大代表黄勇分享了3个故事：", "3个"),
        # 人民日报 2026-04-20, 一个蛋糕为何引出35.97亿元罚单: an office, not four places
        ("市场监管总局稽查局稽查四处干部娄思涵介绍。", "四处"),
        # 人民日报 2026-04-24, 大巴山里长出片片“生金”林: 四处 is everywhere
        ("资金最紧时，工人工资差了55万元，康开祥只能四处筹借。", "四处"),
        # 人民日报 2026-04-24, 商业航天，加速“飞天”: a batch named by its number
        ("前不久，我国成功将卫星互联网低轨21组卫星发射升空。", "21组"),
        # 人民日报 2026-04-24, 白羽肉鸡育种攻关记: round-the-clock service hours
        ("佛山海关设立出口绿色通道，提供7×24小时检疫、查验、出证一站式服务。", "7×24小时"),
        ("全县有3000居民小区完成改造。", "3000居民"),
        # programme names and slogans, quoted or formulaic
        ("连续四年开展职工文化“五个一”精品创作大赛活动。", "五个一"),
        ("河北工会按照“四个一批”脱困路径，实施集中攻坚行动。", "四个一批"),
        ("引导职工群众深刻领悟“两个确立”的决定性意义。", "两个确立"),
        ("引导职工群众深刻领悟两个确立的决定性意义。", "两个确立"),
        ("探索推行“八个依托”建会工作法。", "八个依托"),
        ("切实把“五个坚决”落到实处。", "五个坚决"),
        ("打造“冀工之家”工会网上工作“四大平台”。", "四大平台"),
        ("采取“一帮三”工作模式。", "一帮三"),
        ("深入开展“建功‘十四五’争当排头兵”劳动竞赛。", "十四五"),
        ("推出“河北省职工庆祝‘五一’特别节目”。", "五一"),
        ("按照增“三性”、去“四化”改革总体思路。", "三性"),
        ("统筹利用国际国内两个市场、两种资源。", "两个市场、两种资源"),
        ("工业和信息化部等三部门日前联合印发通知。", "三部门"),
        ("印发《关于组织开展新型电力系统建设第一批试点工作的通知》。", "第一批"),
        # dates and years
        ("2017年，推进产业工人队伍建设改革的大幕徐徐拉开。", "2017年"),
        ("特别是2022年底，河北省总工会联合省财政厅印发办法。", "2022年底"),
        ("7月的雄安新区，塔吊林立，机器轰鸣。", "7月"),
        ("5月10日至12日，习近平总书记考察河北。", "5月10日至12日"),
        ("2024年1—11月，苏州新增注册登记新能源汽车20.9万辆。", "2024年1—11月"),
        ("五年来，河北各级工会不断提高政治站位。", "五年"),
        ("前两个月，能源领域民营企业重点项目完成投资额同比增长超10%。", "前两个月"),
        # vague amounts
        ("背后是数以万计建设者披星戴月、不分昼夜的奋战。", "数以万计"),
        ("组织动员千万职工积极投身推动高质量发展主战场。", "千万职工"),
        ("就业影响着千家万户的生活。", "千家万户"),
        ("工会工作讲起来有千条万条，最根本的一条是跟党走。", "千条万条"),
        # reduplicated measure words and the indefinite 一
        ("一座座民生工程相继兴建，一个个治理项目陆续实施。", "一座座"),
        ("一把焊枪，改变的不仅仅是职工牛彩良本人。", "一把"),
        ("把每一项工作做实做好，一步一个脚印继续开创工会工作新局面。", "一步一个脚印"),
        ("“阳光就业暖心行动”中一对一帮助困难职工大学毕业生子女实现就业。", "一对一"),
        # words made of numeral characters
        ("弧光闪烁，一个个独立零件拼接成巨轮。", "零件"),
        ("这两天反倒更严重了。", "两天"),
        ("病情有了明显好转，两天后出院。", "两天"),
        # a count of the items of the quoted formula before it
        ("河池着力写好“融、通、升”三篇文章，布局跨境电商平台。", "三篇"),
        # an idiom
        ("打造“研判中枢、侦查中枢、指挥中枢”三位一体的新型合成作战平台。", "三位"),
        # 单 starting another word
        ("3单位联合发文，部署专项行动。", "3单"),
        # one quote per item (人民日报 2026-05-19 第06版)
        (
            "推广“科技成果+创业”“产业发展+创业”“职业技能+创业”“民生需求+创业”四种模式。",
            "四种",
        ),
        # a size class, not a measurement
        ("国内首次使用移动机器人加工直径十米级的火箭贮箱筒段样件。", "十米"),
        # a sport's name (人民日报 2026-04-16, 黄海湿地): triathlon, not three items
        ("举办诗会、青少年足球邀请赛、湿地骑行、铁人三项、半程马拉松等活动。", "三项"),
        # 人民日报 2026-04-14 第12版, 居家透析: an idiom for "often", and a family's size
        ("白天我还能正常地去上班，不用三天两头请病假。", "三天"),
        ("白天我还能正常地去上班，不用三天两头请病假。", "两头"),
        ("2025年家里六口人领了11万元多的分红。", "六口"),
        # 人民日报 2026-04-14 第07版, 统种共富: the unit an example is worked out for
        ("以1亩玉米为例，通过规模化经营和统一采购，可节约成本124元。", "1亩"),
        # 人民日报 2026-03-25 第02版: which floor of the mall, not how many
        ("商场5层，一个黑白风格的艺术装置展映入眼帘。", "5层"),
        # 人民日报 2026-03-18 第08版: the children someone raises
        ("家住小城村的王大文，离异后独自抚养两个孩子。", "两个"),
        # 人民日报 2026-03-27 第03版: the count of two names joined by 和
        ("国家制定了统一的目录，包括生活照护和医疗护理两类。", "两类"),
        # a person's age after 年满 stays a person's age
        ("他年满18岁就参军了。", "18岁"),
        # 人民日报 2026-04-09/04-07 (rounds 65 and 66): the principles a plan is framed by,
        # the characters of a quote, and an hour as the denominator of how often
        ("舟山在一体化改革过程中，确立三条基本原则和四条实施路径，层层推进。", "三条"),
        ("舟山在一体化改革过程中，确立三条基本原则和四条实施路径，层层推进。", "四条"),
        ("示范区招牌上“生态绿色”4个大字，偶有发生的下游水体重金属超标事件。", "4个"),
        ("值守工人要像弹钢琴一样操控冷轧机器，1小时点击几千次。", "1小时"),
        ("如今，依靠AI算法，值守工人1小时的点击次数减至几百次。", "1小时"),
        # the count of the names listed right after it
        ("沈晓华和两名“老伙计”池建芳、沈建春，相聚太浦河畔。", "两名"),
        # 人民日报 2026-04-03/04 (round 68): a room for four; the count of a quoted pair
        ("“这是我住的四人间，每月含水电才560元，还能一周一付。”", "四人"),
        ("从南到北，一“智”一“绿”两个场景折射出我国钢铁行业的转型成效。", "两个"),
        # 人民日报 2026-03-30 (round 100): the name of two allowances; two things of advice
        ("困难残疾人两项补贴惠及71.4万名残疾人。", "两项"),
        ("他说，这两件事深深影响了他。", "两件"),
        # 人民日报 2026-03-24 (round 99): a village's groups
        ("靠近长江边的五组村民老郑则表示，他们几户人家直接抽取长江水饮用。", "五组"),
        ("原计划是从长江里抽水至龙洞湾水池，覆盖大坝村三、五、六组果园。", "六组"),
        # 人民日报 2026-03-19 (round 98): a dual structure
        ("从传统环境法“污染防治+生态保护”二元结构，迈向“一体三面”。", "二元"),
        # 人民日报 2026-03-25 (round 96): floors where; a slogan; all around; a tractor
        ("商场中庭布置了沉浸式数字影像装置，2至5层都有展览空间分布。", "5层"),
        ("1台顶3台！", "1台"),
        ("1台顶3台！", "3台"),
        ("气膜四周设有喷淋设施和大型雾炮机，阻隔扬尘外溢。", "四周"),
        ("像东方红15马力小四轮拖拉机，农忙时可跑耕地。", "四轮"),
        # 人民日报 2026-03-20 (round 94): a case supposed (哪怕); the weight a price is per
        ("“数据库哪怕有1秒的停顿，影响都很大。", "1秒"),
        ("将约1000斤樱桃，全部以10元1斤保底价收购，钱款当天到账。", "1斤"),
        # 人民日报 2026-03-17 (round 92): a battery chemistry (ternary cathode)
        ("聚焦锂硫电池、三元正极材料等开展关键技术研发，已获得20多项专利。", "三元"),
        # 人民日报 2026-04-12 (round 89): four-wheel steering; a set-up written as a sum
        ("机器人开始自动四轮转向，四轮转动。", "四轮"),
        ("推行“1个行业+1名法律顾问+N名‘法律明白人’”工作模式。", "1名"),
        ("推行“1个行业+1名法律顾问+N名‘法律明白人’”工作模式。", "1个"),
        # 人民日报 2026-04-10 (round 87): races named by their length; a couple and two
        # families in a story
        ("测试项目包括30米冲刺跑和1500米跑。", "30米"),
        ("他是米兰冬奥会速度滑冰男子1500米冠军。", "1500米"),
        ("夫妻二人在村里种葡萄。", "二人"),
        ("350余株葡萄苗串起了两家人的向上人生。", "两家"),
        # 人民日报 2026-04-08 (round 85): a drug's registration class
        ("他们研发的1类新药注射用BG136进入临床Ⅱ期。", "1类"),
        # 人民日报 2026-04-01 (round 83): a wharf named 三条岭 in a list of wharves
        ("途经临江、渔洞村、三条岭、晏家等9个沿江码头，最终抵达忠县西山码头。", "三条"),
        # 人民日报 2026-04-01/02 (round 82): ages at a pupil's school start and end; floors
        # walked up, a hall named on one; two sentences of a target
        ("“从7岁入学到18岁毕业，李老师简直给我‘换’了一个儿子！", "7岁"),
        ("“从7岁入学到18岁毕业，李老师简直给我‘换’了一个儿子！", "18岁"),
        ("三层的“城纪千年”里，一座精密的古城模型缓缓旋转。", "三层"),
        ("今年的经济增长目标实际上是两句话。", "两句"),
        # 人民日报 2026-04-01/02 (round 81): the words of a summary; a firm named by a numeral
        ("张小燕用三个“转化”，概括她对中国创新未来的期待。", "三个"),
        ("他用三个词来形容这座城市：开放、包容、创新。", "三个"),
        ("“自从与三元合作并推出鲜牛奶后，面包每天能卖上百个。”", "三元"),
        # 人民日报 2026-04-01 (round 80): eyes, not wells
        ("他两眼放光，连声叫好。", "两眼"),
        # 人民日报 2026-03-06 (round 79): the traits a review is organised by; the draft
        # of a reading; a code's chapter named by its number
        ("全年经济社会发展呈现4个突出特点：一是经济韧性强。", "4个"),
        ("形成完整的生态环境法典草案三次审议稿。", "三次"),
        ("一是加强化学物质污染风险管控（草案第二编第三十四章）。", "三十四章"),
        ("主要是修订章程，完善编制。", "章程"),
        # 人民日报 2026-03-06 (round 78): the least investment that classes projects;
        # a project's phase
        ("其中，3亿元以上项目35个，10亿元以上项目7个。", "3亿元以上"),
        ("50亿元以上重大项目实现新突破。", "50亿元以上"),
        ("零跑汽车、力聚四期等项目竣工投产。", "四期"),
        # 人民日报 2026-03-08 (round 77): the events a commentary sets side by side
        ("将政府工作报告的部署，与最近发生的两件事放在一起看更能体会中国优势。", "两件"),
        # 人民日报 2026-03-16 (round 76): the figures a piece is organised by
        ("两组数字，彰显中国担当。", "两组"),
        # 人民日报 2026-03-13 (round 75): a building of an estate's part; an idiom
        ("湖南长沙市雨花区湘农桥社区二区9栋居民周伟总会多看几眼。", "9栋"),
        ("面对五花八门的需求。", "八门"),
        # 人民日报 2026-03-10/11 (rounds 73–74)
        ("为近五年首次“双下降”。", "近五年"),
        ("扎实开展深入贯彻中央八项规定精神学习教育。", "八项"),
        ("汤建伟代表举起一张20元人民币，讲起取景地的生态故事。", "20元"),
        ("如今许多村民都喜欢把20元人民币夹在手机壳里。", "20元"),
        ("新质、优质、高质，3个词概括出天津市走内涵式发展路子的思考与实践。", "3个"),
        # 人民日报 2026-03-09 (round 72)
        ("做好“高”与“新”两篇文章，是推进迭代建设的重要手段。", "两篇"),
        ("高新区聚焦“改、才、创、服”4个关键维度进行系统性攻坚。", "4个"),
        ("“老幼共托，一招解决两头难”", "两头"),
        ("十亩田单产1505公斤、万亩田单产1216公斤。", "十亩"),
        ("粮食播种面积达1101.52万亩，总产量达268.57万吨，两项指标再创新高。", "两项"),
        ("“有两个办法。一个是可以吃速冻的龙虾，但口感差点意思。”", "两个"),
        ("三代人接力守护这片林子。", "三代"),
        ("研发第五代战机。", "五代"),
        # 人民日报 2026-03-26 (round 69): a person's age after 是; a per-吨 content's 1吨
        ("“遛弯儿”，是57岁的袁玉新搬家后的新习惯。", "57岁"),
        ("按照国标要求，1吨阴极铜的杂质含量不超过65克。", "1吨"),
        # 人民日报 2026-03-28 (round 70): archaeological phases are names
        ("公元前2200年—公元前1900年，中原地区的王湾三期文化强势南下。", "三期"),
        ("其中的二里头三期至殷墟时期则与中原存在广泛交流。", "三期"),
        ("“同是夜蛾科的两种蛾子，背部花纹差之毫厘，其习性却天差地别。”", "两种"),
        # 人民日报 2026-03-21 (round 71): grades by 类; the unit a rate is per
        ("“这是我搞研究50年来，晚播面积最大、三类弱苗占比最高的一年。”", "三类"),
        ("地表水达到或好于三类水体比例为90%。", "三类"),
        ("“氢腾”燃料电池每发1千瓦时电，可节约400克标准煤。", "1千瓦时"),
    ],
)
def test_not_a_fact(sentence, span):
    assert_no_fact_in(sentence, span)


def test_real_figures_next_to_names_are_kept():
    # The slogan goes, the measurement in the same sentence stays.
    sentence = "连续四年开展职工文化“五个一”精品创作大赛活动，推出职工优秀作品700余部。"
    assert "700余部" in raw_texts(sentence)
    sentence = "河北工会按照“四个一批”脱困路径，11.7万户困难职工家庭如期解困脱困。"
    assert raw_texts(sentence) == ["11.7万户"]


def test_vague_bare_multiplier_with_a_qualifier_is_a_figure():
    # 近百条 is "nearly a hundred": a figure, unlike the bare 千家万户.
    assert raw_texts("盐田港每周有近百条航线联通世界各地。") == ["近百条"]


def test_a_target_quoted_in_figures_is_a_figure():
    # 人民日报 2026-04-17 第18版, 一淀清波映雄安: a measure and its figure in quotes is a
    # target, where “五个一” is a name
    sentence = "雄安新区从规划之始就锚定“蓝绿空间占比70%”的硬指标，强力守护生态本底。"
    assert raw_texts(sentence) == ["70%"]
    assert raw_texts("开展职工文化“五个一”精品创作大赛活动。") == []


def test_a_size_class_is_no_figure_unless_it_is_a_record():
    # 人民日报 2026-05-15 第07版: the largest turbine's class is its size
    sentence = "由东方电气集团自主研制的全球最大26兆瓦级海上风电机组成功吊装。"
    (turbine,) = extract_sentence(sentence, None, None)
    assert (turbine.raw_text, turbine.indicator) == ("26兆瓦", "海上风电机组")
    assert raw_texts("将实现5000吨级船舶江海直达。") == []


def test_the_years_over_which_a_figure_is_a_record_are_no_figure():
    # 人民日报 2026-04-17 第04版: 近五年 says over which years the growth is the highest
    sentence = "一季度，我国货物进出口总额118380亿元，同比增长15.0%，季度增速是近五年最高。"
    assert raw_texts(sentence) == ["118380亿元", "15.0%"]


def test_the_terms_of_an_exchange_are_no_figures():
    # 人民日报 2026-04-18 第04版, “白色污染”变“绿色资源”: points per 公斤, and how a part counts
    sentence = "将废旧地膜回收纳入积分事项，1公斤地膜换1积分，超出0.5公斤的部分按1公斤算。"
    assert raw_texts(sentence) == ["超出0.5公斤"]


def test_a_bare_count_of_campaign_events_is_a_figure():
    # 人民日报 2026-04-20 广东，千年商脉赓续开放襟怀: 百场 events held, not a vague many;
    # 百家访谈 (2026-03-05 第13版) names a campaign and 千家万户 is a saying.
    assert raw_texts("百场主题活动进机关、进校园、进企业，让党员干部在回望历史中强化担当。") == [
        "百场"
    ]
    sentence = "在制定上海“十五五”规划过程中，“百家访谈、万家调研”活动共收到群众建议1.1万余条。"
    assert raw_texts(sentence) == ["1.1万余条"]
    assert raw_texts("就业影响着千家万户的生活。") == []


def test_a_bare_multiplier_with_an_approximate_remainder_is_a_count():
    # 千余张 is "a thousand and more" (春运数据照见活力中国, 2026-03-15); 千家万户 is not.
    facts = extract_sentence("1秒钟，铁路12306售出千余张车票；", None, None)
    assert [(f.value, f.unit, f.qualifier) for f in facts if f.unit == "张"] == [(1000, "张", "余")]
    facts = extract_sentence("新能源车出行总量超3.6亿辆次。", None, None)
    assert [(f.value, f.unit, f.qualifier) for f in facts] == [(360000000, "辆次", "超")]


def test_numerals_inside_place_names_are_not_figures():
    assert raw_texts("七台河市新建3个职工驿站。") == ["3个"]


def test_one_tenth_is_a_share_but_not_inside_a_word():
    # 人民日报 2026-04-24 第03版: 春玉米播种过一成 is 10%; 一成不变 and 这一成果 are words.
    facts = extract_sentence(
        "其中早稻播栽过八成，春玉米播种过一成，春大豆播种陆续展开。", None, None
    )
    assert [(f.value, f.unit) for f in facts] == [(80, "%"), (10, "%")]
    assert raw_texts("管理制度并非一成不变，这一成果来之不易。") == []
    assert raw_texts("利润率提高一成左右。") == ["一成左右"]


def test_a_class_number_and_figures_referred_to_again_are_no_facts() -> None:
    sentence = "批准1类创新药76个，其中新机制新靶点药物11个，两项数据均创历史新高。"
    assert raw_texts(sentence) == ["76个", "11个"]
    assert raw_texts("覆盖3类产品。") == ["3类"]  # a count of kinds stays a fact
    # 两项指标 restates two figures only when two were given; alone it counts
    assert raw_texts("两项指标均超过90%。") == ["两项", "超过90%"]


def test_the_age_of_a_tree_or_a_house_is_a_measure() -> None:
    # 人民日报 2026-03-16 第02版 and 2026-03-13 第13版
    assert raw_texts("黄蔚谷发现一株500年树龄的古樟树叶异常枯黄。") == ["500年"]
    assert raw_texts("集群街2号楼房龄近50年。") == ["近50年"]


def test_quoted_items_counted_in_digits_are_a_tally() -> None:
    # “改、才、创、服”4个关键维度 counts a formula's letters; named results in digits stay
    sentence = "“异种器官移植”和“高性能柔性叠层太阳能电池”2项陕西科研成果入选年度十大进展。"
    assert "2项" in raw_texts(sentence)
    assert "两篇" not in raw_texts("持续做深做透“高”和“新”两篇文章。")


def test_two_people_opening_a_clause_are_the_people_just_named() -> None:
    # 人民日报 2026-05-04: the master and his apprentice, not a count of people
    # (how long they have worked together, said with 了, is a span: round 102)
    assert raw_texts("徒弟汪剑摆动着鱼尾。两人搭档了4年，早就有了默契。") == ["4年"]
    assert raw_texts("刘聪就赶到现场，二人边分析边调出实时数据。") == []
    assert raw_texts("全队共有两人获奖。") == ["两人"]  # counted inside the clause
    assert raw_texts("两人获奖，3人受伤。") == ["3人"]


def test_a_school_year_and_a_banknote_are_no_facts() -> None:
    # 人民日报 2026-05-02, 游山水，更懂山水
    assert raw_texts("初二学生丁垚垚扒着船舷，声音里满是惊喜。") == []
    assert raw_texts("10元人民币背面的“夔门”图案在她眼前展开。") == []
    assert raw_texts("共有3名高三学生获奖，门票10元。") == ["3名", "10元"]


def test_a_temperature_threshold_and_points_a_dash_names_are_no_facts() -> None:
    # 人民日报 2026-05-06, 农业气候资源普查
    assert raw_texts("无霜期延长、大于等于10摄氏度积温增加。") == []
    assert raw_texts("“我们聚焦3个核心——资源家底、区划精度、应用实效。”") == []
    assert raw_texts("最高气温超过40摄氏度。") == ["超过40摄氏度"]
    # a count whose items a colon goes on to name is still a count
    assert raw_texts("当地打造10多条研学线路：“跟着诗词游奉节”把白帝城连成一线。") == ["10多条"]
    assert raw_texts("编制5张核心气候区划图。") == ["5张"]


def test_camera_feeds_count_but_bus_routes_and_counties_do_not() -> None:
    # 人民日报 2026-04-29, 补网强链提速 客流物流畅达
    assert raw_texts("如今，500余路摄像头覆盖核心港区。") == ["500余路"]
    assert raw_texts("四川南江至三台高速公路等项目开工建设。") == []
    assert raw_texts("乘坐10路公交车，经过3个路口。") == ["3个"]


def test_a_sport_named_by_its_events_leaves_other_counts() -> None:
    # 十项全能 is the decathlon; 三项改革任务 in the same sentence still counts tasks
    assert raw_texts("他获得男子十项全能冠军，完成三项改革任务。") == ["三项"]


def test_full_width_digits_are_arabic_numerals_not_chinese_ones() -> None:
    # 稽查四处 names the fourth division; a figure in digits, ASCII or full-width, counts
    assert raw_texts("稽查局稽查四处干部介绍。") == []
    assert raw_texts("稽查局稽查４处干部介绍。") == ["４处"]
    assert raw_texts("稽查局稽查4处干部介绍。") == ["4处"]
    # 两卡 names phone and bank cards; ６万卡 counts accelerator cards
    assert raw_texts("打击“两卡”违法犯罪，该集群实现６万卡集群部署。") == ["６万卡"]


def test_families_count_but_a_courtyard_does_not() -> None:
    # 家庭 after a number counts households (人民日报 2026-04-12 第05版, 政策托举); 庭院 is
    # another word
    assert raw_texts("去年育儿补贴已惠及3000多万婴幼儿家庭。") == ["3000多万婴幼儿家庭"]
    assert raw_texts("三家庭院很漂亮。") == []


def test_a_headcount_as_a_condition_is_no_fact() -> None:
    # 人民日报 2026-04-12 第07版, 九〇后“羊倌”当代表: when there are 10 people, not a count
    sentence = "“10个人的时候，我自己事事都管；100个人的时候，就需要专门的管理人才。”"
    assert raw_texts(sentence) == []
    assert raw_texts("东乡养殖企业有700多家，团队只有5个人。") == ["700多家", "5个人"]


def test_a_recent_span_opening_a_clause_is_no_fact() -> None:
    # 人民日报 2026-04-11 第05版: 近1个月 says over which span the search grew
    assert raw_texts("京东数据显示，近1个月“露营”相关搜索热度环比增长174%。") == ["174%"]
    assert raw_texts("工程历时近3个月完成。") == ["近3个月"]  # a span measured


def test_how_long_a_campaign_lasted_is_a_fact() -> None:
    # 人民日报 2026-04-10 第18版, 一条鱼何以“游”出发展新空间: a span in 年 linked by 持续
    assert raw_texts("2018年，宁德推进海上养殖综合整治，开展了一场持续两年多的硬仗。") == ["两年多"]
    assert raw_texts("他坚持20年义务巡河。") == ["20年"]


def test_time_spent_before_a_summary_and_a_sum_paid_to_a_partner_are_facts() -> None:
    # 用…概括 counts words only when words or a quoted term are what is used
    assert "两个月" in raw_texts("他用两个月完成总结，用3年时间概括出一套方法。")
    assert "三元" in raw_texts("每斤售价三元，比去年低。")


def test_a_waiver_a_former_price_storeys_and_a_team_are_facts() -> None:
    # 人民日报 2026-04-01/02 (round 82): 免 links a span; 从前 is "formerly", not "the top";
    # children taken to a contest are a team, not a family
    assert "4个" in raw_texts("2018年，李紫微带着4个孩子参赛，一举夺得16枚奖牌。")
    # 人民日报 2026-04-08 (round 84): over a bound after a measure is that measure's amount
    assert "超千亿元" in raw_texts("上万家丝网工贸企业开足马力，勾勒着年产值超千亿元的产业画卷。")
    assert raw_texts("投资过亿元的项目有12个。") == ["12个"]
    # 人民日报 2026-04-08/10 (round 85): how long a search, a road or a stall went on
    assert "10多年" in raw_texts("云洲智能在机器人领域探索10多年，无人船艇远销60多个国家和地区。")
    assert "20多年" in raw_texts("到如今进入临床Ⅱ期，这条路已经走了20多年。")
    assert "半年" in raw_texts("项目停滞半年之久，直到转向结直肠癌，方向才终于明朗。")
    # 人民日报 2026-04-10 (round 87): a track's length; years of work with its field between;
    # a year and more spent
    assert "1500米" in raw_texts("全长1500米跑道已建成。")
    assert "十余载" in raw_texts("这是中国创业者深耕非洲十余载的本土化实践成果。")
    assert "一年多" in raw_texts("从机翼设计到第一根翼肋成型，就花了一年多时间。")
    # 人民日报 2026-04-11 (round 88): a firm's age after 仅; a year spent after 经过
    assert "两年" in raw_texts("成立仅两年的中国品牌张雪机车夺冠。")
    assert "一年" in raw_texts("经过一年，研发团队成功攻克了细杆钛铝合金气门稳定成型工艺。")
    # 人民日报 2026-03-30 (round 100): a service life
    assert "近20年" in raw_texts("182台染色机服役了近20年，月月要检修。")
    assert "5年" in raw_texts("“以前乳化液半年就要更换，现在可以用5年。")
    # 人民日报 2026-03-24 (round 99): a span after a linking verb and 了; a business's age
    assert "8年" in raw_texts("”投资人杨晓东说，老建筑的修复持续了8年。")
    assert "不到两年" in raw_texts("这一新晋打卡地开业不到两年，前身是建于1993年的粮库。")
    assert "三组" in raw_texts("全市组建了三组专家团队。")
    # 人民日报 2026-06-01 (round 102): a career's length; a search that went on with 了;
    # 一年半载 is an idiom, 半个月后 a point in time
    assert "12年" in raw_texts("抗体工程专家隋建华结束12年海外研究生涯，回国加盟研究所。")
    assert "40多年" in raw_texts("2012年之前，全球科学家已苦苦找寻了40多年。")
    assert raw_texts("这种改变一年半载也难见成效。") == []
    assert raw_texts("半个月后，新的生产线开始试运行。") == []
    assert raw_texts("为了2030年的目标，全市正在加紧建设。") == []
    # 人民日报 2026-06-02 (round 103): a made-up person's figures show how a rule works;
    # "even two screws" is a concession; a posting's length; an amount a month before 的
    example = "例如，一名在职职工的医保月缴费基数为6000元，个人每月只需缴纳7.5元长护险保费。"
    assert raw_texts(example) == []
    assert raw_texts("我们搭建平台，实现两颗螺丝钉也能散卖。") == []
    assert raw_texts("选派各部门年轻党员干部驻企锻炼1年。") == ["1年"]
    assert raw_texts("撬动重度失能人员每月超千元的长护险待遇。") == ["超千元"]
    # 人民日报 2026-06-04 (round 104): a graduating class; a team format; a contract's term;
    # an hour a trip takes; over so many years; 年 opening a yearly measure
    graduates = "全力促进2026届高校毕业生和2024、2025届离校未就业毕业生等重点群体尽早就业。"
    assert raw_texts(graduates) == []
    assert raw_texts("包含2块11人制天然草皮足球场以及2块7人制足球场。") == ["2块", "2块"]
    assert "8年" in raw_texts("社区引入专业机构负责运维服务，8年服务期内，政府不再追加维护资金。")
    assert "一个小时" in raw_texts("从她家到单位15公里路程，早高峰开车得一个小时。")
    assert "超过30年" in raw_texts("运行中的变压器平均使用年限普遍超过30年。")
    assert "超400亿年" not in raw_texts("在全国形成3万家门店、超400亿年产值的特色产业。")
    assert raw_texts("信息稳定保存超10万年。") == ["超10万年"]
    # 人民日报 2026-06-05 (round 105): cheers rising on all sides; over fifty (年过半百);
    # three to five; episodes, but not 集团
    assert raw_texts("骑手纵马驰骋，观众欢呼声四起。") == []
    assert raw_texts("业主何元菊，如今已年过半百。") == []
    assert raw_texts("周文强的一人公司每月“接单”三五条广告片。") == ["三五条"]
    assert raw_texts("游客三五成群地走进景区。") == []
    assert raw_texts("还能每天上架2集动漫短剧。") == ["2集"]
    assert raw_texts("360集团董事长说。") == []
    # 人民日报 2026-06-06/08 (round 106): years over which a total ran; a formula of one and
    # two; how often a survey is repeated
    assert raw_texts("这一变化的背后，是5年累计超630亿元的农村电网投资。") == ["超630亿元"]
    assert raw_texts("农光互补、渔光互补，实现一片区域、两份收益。") == []
    assert raw_texts("将建立常态化补充调查机制，每隔10至15年开展一次资源复查。") == ["10", "15年"]
    # 人民日报 2026-06-09 (round 107): how long equipment has run
    assert raw_texts("现有产线上的部分设备已满负荷运行10年。") == ["10年"]
    # 人民日报 2026-06-10 (round 108): the age a rule opens at; doses; a career with its
    # field between; a bite
    assert raw_texts("满13周岁未接种过HPV疫苗的女孩都可以免费接种。") == ["13周岁"]
    assert raw_texts("使用该疫苗接种需要2剂次。") == ["2剂次"]
    assert raw_texts("苏路华从事矿山建设工作30余年。") == ["30余年"]
    assert raw_texts("经常是饿了就啃两口面包，困了就靠在设备上打个盹。") == []
    # 人民日报 2026-06-11 (round 109): a unit defined in brackets (the 算力 itself counts)
    assert raw_texts("建成人工智能算力3.6万P（1P约等于每秒1000万亿次计算速度）。") == ["3.6万P"]
    # 人民日报 2026-06-12 (round 110): city size classes; how long a condition is met; a
    # tradition of 1280-odd years (no calendar year takes 余); flights; three shifts
    classes = (
        "全面落实城区常住人口300万以下城市取消落户限制要求，"
        "全面放宽城区常住人口300万至500万城市落户条件。"
    )
    assert raw_texts(classes) == []
    assert raw_texts("父母必须满足在当地连续缴纳3年社保、在同一街道居住3年以上等条件。") == [
        "3年",
        "3年以上",
    ]
    assert raw_texts("径山镇自唐代至今传承1280余年。") == ["1280余年"]
    assert raw_texts("全货机包机业务累计执飞83班，总货量3880吨。") == ["83班", "3880吨"]
    assert raw_texts("仓储24小时三班倒。") == ["24小时"]
    # 人民日报 2026-06-13 (round 111): years in a trade; a half-life past any calendar year;
    # litters bred
    assert raw_texts("从业27年，山西博物院陶瓷文物修复师续凯切实感受到了变化。") == ["27年"]
    assert "5730年" in raw_texts("碳十四的半衰期大约是5730年。")
    assert raw_texts("大熊猫累计繁育143胎。") == ["143胎"]
    assert raw_texts("到2100年，全市将全面建成。") == []
    # 人民日报 2026-06-14 (round 112): a numbered institute, school years, set phrases, a
    # three-word answer; spans after 为期/持续 and a span stressed as whole are facts
    assert raw_texts("天津理工大学海运学院与中国船舶707所组建跨校企微专业团队。") == []
    assert raw_texts("新建学校50所。") == ["50所"]
    assert raw_texts("2025学年，学校开设了课程。") == []
    assert raw_texts("外出经营小吃的人一天比一天多。") == []
    assert raw_texts("县里四套班子的领导干部走村入户。") == []
    assert raw_texts("为什么不歇歇？他以3个字回答：“放不下。”") == []
    assert raw_texts("组织党员干部在县内外开展为期一个月的调研。") == ["一个月"]
    assert raw_texts("每年一路北上，从河南到河北，持续一个月。") == ["一个月"]
    assert raw_texts("莫奇龙学习、研究水产相关专业整整7年，对鱼类研究发自内心热爱。") == ["7年"]
    # 人民日报 2026-06-16 (round 114): a department named by number; the time a work took
    assert raw_texts("双流区企业综合服务中心产业社区服务六部部长袁俊涛为企业带来好消息。") == []
    assert raw_texts("仅用一周就为企业完成了环评审查、节能审查初审。") == ["一周"]
    # 人民日报 2026-06-17 (round 115): a warranty, years of work, problems a text will name
    assert raw_texts("自2024年起，首批享受8年质保的动力电池集中进入退役期。") == ["8年"]
    assert raw_texts("导游张晓旭在一线岗位工作17年，用心用情向游客讲好山西故事。") == ["17年"]
    assert raw_texts("王新明坚持做竹雕30年，摸索出一套竹材养护工艺。") == ["30年"]
    assert raw_texts("他大学毕业工作2年后回到家乡。") == []
    assert raw_texts("当前，传统电力系统正面临两道难题。") == []
    # 人民日报 2026-06-18 (round 116): how much earlier; sums saved and lent; a name with
    # 和 inside is no list; a saying; passes
    assert raw_texts("两大500千伏项目提前一年竣工。") == ["一年"]
    assert raw_texts("能为企业节约上百万元的运输成本。") == ["上百万元"]
    assert raw_texts("中国农业银行累计投放千亿元用于粮食种植。") == ["千亿元"]
    assert raw_texts("种粮大户吴定和的麦田今年喷防了两次，灌浆后期。") == ["两次"]
    assert raw_texts("能耗和算力是词元调用的两个关键成本。") == []
    assert raw_texts("“实验室模拟100遍，不如实地跑一遍。”") == []
    assert raw_texts("安徽4月底前全省基本完成两遍高质量赤霉病防控。") == ["两遍"]
    # 人民日报 2026-06-19 (round 117): two ports before a span are no count of them; an old
    # couple; 差不多 is 约
    assert raw_texts("昆山距离上海洋山港和外高桥港只有两小时车程。") == ["两小时"]
    assert raw_texts("慢慢地，老两口把兰军霞当成了亲人。") == []
    (fee,) = extract_sentence("“上午摘了50斤，差不多75元。", None, None)[1:]
    assert (fee.value, fee.qualifier) == (75, "约")
    # 人民日报 2026-06-20 (round 118): the time a crop takes; a range of spans after a
    # measure of a span
    assert raw_texts("香榧从种植到盛产通常需15年，生产周期长、投入大。") == ["15年"]
    assert raw_texts("三叶青喜阴怕晒、生长周期3—5年。") == ["3", "5年"]
    # 人民日报 2026-06-22 (round 119): a township named with a numeral; the past year's
    assert raw_texts("甘肃省临夏回族自治州东乡族自治县五家乡，高原夏菜示范基地的大棚里。") == []
    assert raw_texts("从帮扶政策到近一年的收入情况，再到目前面临的困难与问题。") == []
    assert raw_texts("耗时近一年的工程终于完工。") == ["近一年"]
    # 人民日报 2026-06-23 (round 120): networks and corners named by number; the figures
    # just given named again; a thing's age; how much earlier
    assert raw_texts("物流网的规划建设，将为其它五张网提供实物流动支持和应用场景。") == []
    assert raw_texts("锚泊定位系统，是在船体的四个角上各抛出两个锚。") == ["两个"]
    sentence = "营业收入达262.7万亿元，利润达21.4万亿元，两项指标年均增长均为5%左右。"
    assert "两项" not in raw_texts(sentence)
    assert raw_texts("其中近600岁的“盐步老龙”格外引人注目。") == ["近600岁"]
    assert raw_texts("今年端午节，周边的民宿提前半个月就订满了。") == ["半个月"]
    sentence = "两只蜜枣粽外观几无二致，入口却完全不同：一只米粒紧实弹牙，另一只则绵软细腻。"
    assert raw_texts(sentence) == []
    # 人民日报 2026-06-25/26 (rounds 122, 123): time spent (光阴, before 就); people a report
    # follows; a verb before 城市 is no city size class; 约有 is about
    assert raw_texts("杨守伟用二十六载光阴守护孤弃儿童成长。") == ["二十六载"]
    assert raw_texts("他们仅用两年就建成了产业园。") == ["两年"]
    assert raw_texts("我们走近三名海员，他们身处不同海域。") == []
    assert raw_texts("他们要走近一个小时，前往一处野外回归基地。") == ["近一个小时"]
    assert raw_texts("每天约有1亿人乘坐城市轨道交通高效通勤。") == ["约有1亿人"]
    assert raw_texts("城区常住人口300万以下城市全面取消落户限制。") == []
    # 人民日报 2026-06-27 (round 124): circuits (回, not 回升); viewpoints and days a text
    # is organised by; a thing's age after 建成
    assert raw_texts("“十五五”时期将新增投产15回特高压直流绿电大通道。") == ["15回"]
    facts = raw_texts("制造业采购经理指数为49.8回升0.3个百分点。")
    assert "0.3个百分点" in facts and not any(fact.endswith("回") for fact in facts)
    assert raw_texts("细读规划，可以从三个字去理解我国能源体系的前景——") == []
    assert raw_texts("两个日子，被贾亚灿铭记于心。") == []
    assert raw_texts("长安小区已建成30余年，共有13栋居民楼。") == ["30余年", "13栋"]
    # 人民日报 2026-06-28 (round 125): the years since a founding frame what follows; one
    # piece made per span is a cycle time (checking once per span is a rate); what someone
    # did while talking is a scene
    assert raw_texts("成立3年多来，天开园逐步形成覆盖研发投入的政策支持网络。") == []
    facts = raw_texts("在这里，平均每9秒下线一台笔记本电脑，每10秒产出一块主板。")
    assert facts == ["9秒", "10秒"]
    assert raw_texts("每两小时检测一次，记录洞里的湿度。") == []
    assert raw_texts("说话间，商贩周李华就麻利地装好了两袋椰汁。") == []
    sentence = "说话间，张建荣老人拿起一张全家福，他那辈家里有4个林业工人。"
    assert raw_texts(sentence) == ["4个"]
    facts = raw_texts("杨显话音刚落，87元的到账提醒声已经响起。")
    assert facts == ["87元"]
    # 人民日报 2026-06-29/30 (rounds 126, 127): the economy's three sectors; a count of the
    # figures just listed; a site's phase; a lease's term, a firm's presence, a heritage's
    # age; 1∶1 splits a cost
    assert raw_texts("我国服务业就业人数近3.6亿，居三次产业首位。") == ["近3.6亿"]
    sentence = "吕梁市地区生产总值先后迈上2000亿元、2500亿元两个台阶。"
    assert raw_texts(sentence) == ["2000亿元", "2500亿元"]
    assert raw_texts("2023年12月，青岛港自动化码头三期投产运营。") == []
    assert raw_texts("全年共举办三期培训班。") == ["三期"]
    assert raw_texts("马云宵很快签下20年的租约，启动装修。") == ["20年"]
    assert raw_texts("自1935年进入中国市场以来，霍尼韦尔已在华发展90余年。") == ["90余年"]
    assert raw_texts("高通在中国开展业务已有30余年。") == ["30余年"]
    facts = raw_texts("街区涵盖400余年的明清窑作群和70余年的陶瓷工业遗产。")
    assert facts == ["400余年", "70余年"]
    assert raw_texts("市、区两级财政按1∶1比例配套。") == []
    # 人民日报 2026-07-01 (round 128): the time frame a sentence opens with; an age bracket
    # that classes whom a count is of (a threshold a rule sets stays a fact)
    assert raw_texts("3个月内，上万条建议涌入。") == ["上万条"]
    assert raw_texts("发展35岁及以下党员175.3万名，占84.0%。") == ["175.3万名", "84.0%"]
    assert "45周岁" in raw_texts("大龄人员指女性年满45周岁及以上的失业人员。")
    # 人民日报 2026-07-02 (round 129): “ever the same” for round tens of years; a train's two
    # numbers
    sentence = "图书馆工作人员背着背篼，十年如一日把书香送达10个乡镇90余个偏远村落。"
    assert raw_texts(sentence) == ["10个", "90余个"]
    assert raw_texts("员工们16年如一日扎根深山峡谷。") == ["16年"]
    assert raw_texts("在四川大凉山地区，5633/5634次公益慢火车单程票价最低2元。") == ["2元"]
    # 人民日报 2026-07-03 (round 130): sets named by their size, a bus route, a device's
    # regulatory class, one person hired as the basis of a subsidy; a tradition's age
    assert raw_texts("“京八件”分为节令大八件与日常小八件。") == []
    assert raw_texts("出站后可乘坐“村超”专线公交（5路）或出租车。") == []
    assert raw_texts("企业现已拿下5项国家三类医疗器械注册证。") == ["5项"]
    assert raw_texts("企业按每吸纳1人不超过1500元的标准发放补助资金。") == ["不超过1500元"]
    assert raw_texts("北京稻香村薪火相传130余年，走出了一条路。") == ["130余年"]
    # 人民日报 2026-07-04 (round 131): a railway's phase; the characters of a phrase (a
    # text's length in 字 counts)
    assert raw_texts("埃及斋月十日城铁路三期首通段正式通车。") == []
    assert raw_texts("拼出来的却是不寻常的两个字：信仰。") == []
    assert raw_texts("精准把握16字行动指南。") == []
    assert raw_texts("这篇2万多字的文章写于1921年。") == ["2万多字"]
    # 人民日报 2026-07-05 (round 132): the first months of a stay; a course's length; the
    # ideas an essay is organised by
    assert raw_texts("进校头3个月，每天清晨5点爬起来练功。") == []
    assert raw_texts("进行定向委培，学制5年，毕业后直接进入剧团。") == ["5年"]
    assert raw_texts("这背后藏着三组耐人寻味的辩证法。") == []
    # 人民日报 2026-07-06 (round 133): a crop year; fingers held up before the count said
    assert raw_texts("预计2026/27年度全球小麦产量将下降3.8%。") == ["3.8%"]
    assert raw_texts("副总经理指着其中一栋厂房，笑着伸出两根手指，“20多家。") == ["20多家"]
    # 人民日报 2026-07-07 and 07-09 (rounds 134, 136): a span denied; the time until
    assert raw_texts("研究成果不是两三年就可以出来，要先想想。") == []
    assert raw_texts("正是羊长膘的时候，再过两个多月就可以卖了。") == []
    assert raw_texts("羊群从100来只，增加到了两个多月前的300只。") == ["100来只", "300只"]
    assert raw_texts("多处深层煤矿，其中很多已稳定开采近20年。") == ["近20年"]
    # 人民日报 2026-07-10 (round 137): one 亩 is the rate's denominator
    assert raw_texts("每年托管1亩地花不到500元，还能多挣300元。") == ["不到500元", "300元"]
    # 人民日报 2026-07-11 (round 138): a forecast's window (not how far a forecast reaches),
    # a launch batch, ages before the present, a span, a thing's age in 岁
    assert raw_texts("未来3天华北、东北地区将有大到暴雨。") == []
    assert raw_texts("只能了解未来12小时内的基本降水预报信息。") == ["12小时"]
    assert raw_texts("火箭将千帆极轨15组卫星准确送入预定轨道。") == []
    assert raw_texts("当时发现的盐灶及制盐遗物距今约4000年。") == ["约4000年"]
    assert raw_texts("盐业遗存，距今4400—4100年，它标志着…") == ["4400", "4100年"]
    assert raw_texts("一个跨度2000余年的产业群落。") == ["2000余年"]
    assert raw_texts("让200多岁的5条古龙窑重新挺起脊梁。") == ["200多岁", "5条"]
    # 人民日报 2026-07-13 (round 140): the hall on a floor; one 斤 picked is the denominator
    assert raw_texts("孩子们转动把手；5层魔术剧场灯光亮起，亲子家庭欢笑互动。") == []
    assert raw_texts("大楼共5层，5层高的建筑。") == ["5层", "5层"]
    assert raw_texts("摘1斤能挣4块钱的手工费。") == ["4块钱"]
    assert raw_texts("一台机器能卖到10多万元，造10台就差不多顶全厂一年的产值。") == ["10多万元"]
    assert raw_texts("以前每亩虾塘产出100多斤就顶天了。") == ["100多斤"]
    # 人民日报 2026-07-14 (round 141): a thing's age; a grade; a level held
    assert raw_texts("但18年的老棚，实在撑不下去了。") == ["18年"]
    assert raw_texts("已入职30年的老党员关伟看着眼前的装备感慨道。") == []
    assert raw_texts("村民马春生家的棚定级为三类，补1万元。") == ["1万元"]
    assert raw_texts("中国实际使用外资连续16年保持在千亿美元以上。") == ["16年", "千亿美元以上"]
    # 人民日报 2026-07-15 (round 142): quoted words a text goes through; the years of
    # schooling someone gets; a span with its approximation before the measure
    assert raw_texts("从三个“动”词，可以看到答案。") == []
    assert raw_texts("家庭经济困难残疾学生普遍享受12年免费教育。") == ["12年"]
    assert raw_texts("实施学前一年免费教育政策。") == []
    assert raw_texts("新世纪之初，中国造船业进入10年左右的上行周期。") == ["10年左右"]
    # 人民日报 2026-07-16 (round 143): words a summary is put in; the years a record is
    # over; the two measures named again; matching is no horse
    assert raw_texts("毛盛勇用“稳”“韧”“新”“优”4个关键字概括上半年中国经济基本情况。") == []
    assert raw_texts("GDP增量3.6万亿元，是近5年同期最大增量。") == ["3.6万亿元"]
    assert raw_texts(
        "广义货币（M2）余额同比增长8.0%，社会融资规模存量同比增长7.4%，两项指标增速均继续高于名义GDP增速。"
    ) == ["8.0%", "7.4%"]
    assert raw_texts("省级财政按1∶1匹配资金。") == []
    # 人民日报 2026-07-17 (round 144): one bag, its size and price next; the past month;
    # so anxious that (急得) is no time needed
    assert raw_texts("今年化肥供得足，1袋100斤的尿素110元。") == ["100斤", "110元"]
    assert raw_texts("记录着他和团队近一个月来奔波于基地各家企业调研的成果。") == []
    assert raw_texts("她急得一天给福建专家打好几个电话。") == []
    assert raw_texts("早高峰开车得一个小时。") == ["一个小时"]
    # 人民日报 2026-07-18 (round 145): a saying of deeds done; a sum after 仅需, not a name
    assert raw_texts("做好一件，人心就近一点，做好十件，社区就暖一度。") == []
    assert raw_texts("走进古镇的“壹圆老茶馆”——仅需一元便可静坐品茗。") == ["一元"]
    assert raw_texts("张一元茶庄的茉莉花茶。") == []
    # 人民日报 2026-07-19 (round 146): the figures a text goes through first
    assert raw_texts("回答网友的问题，先看两组数据。") == []
    assert raw_texts("实验采集了3组数据。") == ["3组"]
    # 人民日报 2026-07-20 (round 147): a time from now; what one hour's work does; a unit
    # defined in brackets
    assert raw_texts("“过两天，你提前下单，咱来做第二遍飞防。") == []
    assert raw_texts("经过4年艰苦攻关，团队建成系统。") == ["4年"]
    assert raw_texts("全自动生产线1小时能处理近300斤松子，一个工人1小时最多剥5斤。") == [
        "近300斤",
        "5斤",
    ]
    assert raw_texts("用1小时就完成3个任务。") == ["1小时", "3个"]
    assert raw_texts("每年可以提供约1万太瓦时（1太瓦时等于10亿千瓦时）的电力。") == ["约1万太瓦时"]
    # 人民日报 2026-07-22 (round 149): the months just named, counted again
    assert raw_texts("5、6月两个月，青岛海关为企业减让税款1.8亿元。") == ["1.8亿元"]
    # a set named by its pieces (三件套), not a count; 300件套 counts
    assert raw_texts("“耳机+手表+平板”三件套等组合消费显著增加。") == []
    assert raw_texts("采购了300件套防护服。") == ["300件套"]
    assert raw_texts("旅客可通过铁路12306客户端查询车票。") == []
    # 人民日报 2026-07-23 (round 150): the people just quoted; a bend of a road, named
    assert raw_texts("两名瓜农的情况说明，当前产区确有价格下滑。") == []
    assert raw_texts("两名瓜农种了10亩西瓜。") == ["两名", "10亩"]
    assert raw_texts("在夹金山五道拐红军步道上，重走行军路线。") == []
    assert raw_texts("换了3万人民币。") == []  # 人民币 is money, no people
    # 人民日报 2026-09-02 (round 201): the span a work took, the clause after saying it was done
    assert raw_texts("需要洁净厂房，不到一年，光谷就建成近6000平方米的生产和办公空间。") == [
        "不到一年",
        "近6000平方米",
    ]
    # 人民日报 2026-02-02/04 (rounds 204, 205): a count of places closing a list (豫等六省一市
    # names a region); a park's phase; a bound makes 一岁 a measure; 双方, 三方 are parties
    assert raw_texts("将1200余株幼苗移植至南宁、桂林、柳州等9市的区域。") == ["1200余株", "9市"]
    assert raw_texts("涉及豫等六省一市的项目。") == []
    assert raw_texts("作为中关村东升科技园三期的具身智能创新产业园。") == []
    assert raw_texts("连续3个五年规划都实现提高一岁以上。") == ["3个", "一岁以上"]
    assert raw_texts("人均预期寿命提高了一岁。") == []
    assert raw_texts("双方签约后，三方共同出资。") == []
    # 人民日报 2026-02-05 (round 206): a wind's force counts; levels of response and rank do not
    assert raw_texts("防汛防台风应急响应由三级提升至二级。") == []
    assert raw_texts("风险等级为3级，全市有三级医院5家。") == ["5家"]
    # 人民日报 2026-02-05 (round 207): the floor someone lives on
    assert raw_texts("郭静住在3层，从前父母经常推着她跨过门槛。") == []
    # 人民日报 2026-09-03 (round 203): a class of a grade
    assert raw_texts("”五年级五班班主任李俊抛出问题，引发学生们思考。") == []
    assert raw_texts("全校五年级共有五个班。") == ["五个"]
    # 人民日报 2026-09-03 (round 200): how long a programme has run
    assert raw_texts("“柚子饭卡”温暖公益计划，已开展5年；") == ["5年"]
    # 人民日报 2026-09-03/04/05 (round 199): how long data keeps; capacities listed after
    # 一般 (no 一 of a thing); a 两 of rice; two cars passing each other in a story
    assert raw_texts("遇到对向来车，两辆车一点点找地方错位，后视镜几乎擦着山壁过去。") == []
    assert raw_texts("车队共有两辆车。") == ["两辆"]
    assert raw_texts("在9.4摄氏度下理论上可保存两万年。") == ["9.4摄氏度", "两万年"]
    assert raw_texts("汉代卮的容量一般为二升、七升。") == ["二升", "七升"]
    assert raw_texts("他买了一两米饭。") == []
    # 人民日报 2026-09-03/04/05 (round 198): ages before present given as a range; a scheme
    # named by its layers
    assert raw_texts("孔龙村遗址年代距今约5500—4800年，是川西地区年代最早的遗址。") == [
        "5500",
        "4800年",
    ]
    assert raw_texts("为企业定制三层防护方案，依托毫秒级故障自愈系统。") == []
    assert raw_texts("大楼共有三层。") == ["三层"]
    # 人民日报 2026-09-04 (round 197): a port's phase
    assert raw_texts("深中通道南沙线建成通车，广州港四期码头整体竣工验收。") == []
    # 人民日报 2026-09-06 (round 195): how long a building lay idle; a ewe's legs
    assert raw_texts("“樘院”是富有特色的中式传统建筑，却一度闲置近20年。") == ["近20年"]
    assert raw_texts("这块146亩的工业用地曾闲置10余年。") == ["146亩", "10余年"]
    assert raw_texts("家里唯一值钱的一只三条腿的母羊被卖了，换来600株树苗。") == ["600株"]
    assert raw_texts("这只母羊有三条腿。") == ["三条"]
    # 人民日报 2026-09-02/03 (round 196): rooms named by their beds; laboratories tallied
    # (a set-up of one thing and N things stays no count); journeys of so many legs, not the
    # stages of a story
    assert raw_texts("全列采用软卧包厢设计，有双人、三人、四人间，满足不同群体出行需求。") == []
    assert raw_texts("构建了“1家国家实验室+13家全国重点实验室+5家湖北实验室”的矩阵。") == [
        "1家",
        "13家",
        "5家",
    ]
    assert raw_texts("推行“1个行业+1名法律顾问+N名法律明白人”模式。") == []
    assert raw_texts("购票人可自主选择2至10段行程出行。") == ["2", "10段"]
    assert raw_texts("3段历程，近10年跨越，勾勒出企业的成长足迹。") == []
    # 人民日报 2026-09-05 (round 194): generations of rejuvenation bred
    assert raw_texts("经过3至5代的复壮提纯，42个株系实现稳定产胶。") == ["5代", "42个"]
    # 人民日报 2026-09-03/04 (rounds 192, 193): the time goods took to arrive (两天后出院 is
    # a point in time); an age bracket a share is of; a bracket defining a unit; the weight
    # a price is per
    assert raw_texts("满载300吨新鲜葡萄和桑葚一路向东，3天后抵达浙江杭州。") == ["300吨", "3天"]
    assert raw_texts("病情有了明显好转，两天后出院。") == []
    assert raw_texts("来云南旅居人群中，18岁至60岁人口占比超过八成。") == ["超过八成"]
    assert raw_texts("年龄在35岁到55岁。") == ["35岁", "55岁"]
    assert raw_texts("两地双向传输时延稳定在42毫秒（1毫秒为1/1000秒）……") == ["42毫秒"]
    assert raw_texts("农贸市场里，1公斤青枣5元，1公斤西红柿1.5元。") == ["5元", "1.5元"]
    # 人民日报 2026-09-02 (round 191): frequency bands a share is of; the conditions an
    # explanation names
    assert raw_texts("每季度消费1—2次的占比达41.96%，每周消费1次及以上的占8.10%。") == [
        "41.96%",
        "8.10%",
    ]
    assert raw_texts("专家分析，全球比价成为常态，得益于3个条件的成熟。") == []
    # 人民日报 2026-09-01 (round 190): a vehicle named by its wheels
    assert raw_texts("江苏徐州拥有电动三轮摩托车整车重点企业49家。") == ["49家"]
    assert raw_texts("开展了三轮巡查。") == ["三轮"]
    # 人民日报 2026-08-31 (round 189): a village named by its gully; half a month waited
    assert raw_texts("在八道沟治沙道路和治沙二环路交会处，他站在瞭望亭里。") == []
    assert raw_texts("村民挖了两道沟。") == ["两道"]
    assert raw_texts("单证齐全，至少半个月才能拿到融资贷款。") == ["至少半个月"]
    # 人民日报 2026-08-28 (round 186): a count of the figures just listed that all rank
    # first; a price band naming a market; an idiom (两头使劲); a vehicle's age; a span a
    # model is kept (沿用5至10年)
    assert "4项" not in raw_texts(
        "上半年，安徽全省汽车产量168.67万辆、新能源汽车产量88.18万辆，"
        "汽车出口量100.6万辆、汽车出口值1043.6亿元，4项均居全国第一。"
    )
    assert raw_texts("全省有企业1200家，4项均居全国第一。") == ["1200家", "4项"]
    assert raw_texts("上半年，40万元以上高端新能源市场同比增长46%。") == ["46%"]
    assert raw_texts("这需要两头使劲。") == []
    assert raw_texts("养了两头牛。") == ["两头"]
    assert raw_texts("其中，燃油车占比86.81%、平均车龄8.2年。") == ["86.81%", "8.2年"]
    assert raw_texts("一款基础车型沿用5至10年，不能也不敢高频推新。") == ["5", "10年"]
    # 人民日报 2026-08-26 (round 184): work done within a span (一周便可出具…), not a
    # day's rate; a range of years a span is lengthened by
    assert raw_texts("现在本地平台一周便可出具试验报告，快速满足各国市场准入要求。") == ["一周"]
    assert raw_texts("一天就能卖出200单。") == ["200单"]
    assert raw_texts("一天就能完成以往人工巡检半个多月的工作量。") == []
    assert raw_texts("个人寄租模式可使设备生命周期延长3至5年。") == ["3", "5年"]
    # 人民日报 2026-08-27 (round 185): races named by their lengths: listed, of a group,
    # right before the time run; a real height stays
    assert raw_texts("荣耀机器人“闪电”参加了大型组100米、400米和1500米三项竞速。") == []
    assert raw_texts("400米小型组决赛，天工Omni机器人以独特姿势冲过终点。") == []
    assert raw_texts("原地跳高3.4米、400米38秒15、1500米2分21秒64……") == [
        "3.4米",
        "38秒15",
        "2分21秒64",
    ]
    assert raw_texts("河道全长400米，宽20米。") == ["400米", "20米"]
    # 人民日报 2026-08-24 (round 182): strengths told as trump cards
    assert raw_texts("“中国手里有两张王牌：电动汽车和可再生能源。") == []
    # 人民日报 2026-08-23 (round 181): ordinals listed (第五、六批); a few words said
    assert raw_texts("她是黑龙江省第五、六批援疆干部人才中的体育专业人才。") == []
    assert raw_texts("楼栋长袁义燕走在楼道里，逢人就聊上两句。") == []
    # 人民日报 2026-08-22 (round 180): work done within a span (在一周内就完成了…)
    assert raw_texts("“我们在一周内就完成了事前摸排和保护措施，保障了顺利开工。") == ["一周"]
    assert raw_texts("计划在一周内完成。") == []
    # 人民日报 2026-08-21 (round 179): honours told as signboards; a rhetorical question
    assert raw_texts("它头顶三块“金字招牌”：该产品所属品类是国家地理标志保护产品；") == []
    assert raw_texts("说实话，这哪是一两家的事儿？") == []
    assert raw_texts("这里是一两家企业的试点。") == ["一两家"]
    # 人民日报 2026-08-20 (round 178): how long a thing lasts without (20年不用重播); how
    # little time, in a clause of its own (not 短短一个月内无法训练…)
    assert raw_texts("羊草一旦建植成功，20年不用重播，还能抑制外来物种入侵。") == ["20年"]
    assert raw_texts("短短一分钟，电力负荷研判完成，调度策略同步落地。") == ["一分钟"]
    assert raw_texts("“短短一个月内无法训练所有题目，最后只能聚焦重难点。") == []
    # 人民日报 2026-08-19 (round 177): how long works take (工期3年) or a firm has gone on; a
    # span a right needs (缴费一个月，就能…); a trip's time; gates counted in 孔 (not 荔波小
    # 七孔); treasures a saying names; pictures a text compares
    assert raw_texts("总投资73.84亿元，工期3年。") == ["73.84亿元", "3年"]
    assert raw_texts("陈李济创立于1600年，426年持续经营。") == ["426年"]
    assert raw_texts("只要同时开户，缴费一个月，就能申请住房公积金贷款。") == ["一个月"]
    assert raw_texts("一个月就过去了。") == []
    assert raw_texts("小区门口上车，一小时直达国贸。") == ["一小时"]
    assert raw_texts("单程至少花费一个半小时。") == ["一个半小时"]
    assert raw_texts("新闸由9孔改为7孔，过流宽度从27米扩至35米。") == ["9孔", "7孔", "27米", "35米"]
    assert raw_texts("持续推动荔波小七孔建设知名旅游景区。") == []
    assert raw_texts("“广东三件宝，陈皮、老姜、禾秆草”。") == []
    assert raw_texts("走进药厂，两幅“图画”，对照着看，令人感慨。") == []
    # 人民日报 2026-08-17 (round 175): a range of spans after the span's measure and a
    # linking 一般是
    assert raw_texts("且贷款期限一般是1—3年，若申请固定资产贷款，额度又太低。") == ["1", "3年"]
    # 人民日报 2026-08-16 (round 174): how long a run kept up before an event (连续…22分钟后);
    # the time given for a task; a simile (像两块粗砂纸); the ways a text goes on to name;
    # a ship's roll in degrees
    assert raw_texts("光伏电站并网发电正常，连续平稳运行22分钟后顺利并网。") == ["22分钟"]
    assert raw_texts("连续奋战300多个日夜后，终于松了一口气。") == ["300多个日夜"]
    assert raw_texts("两天后出院。") == []
    assert raw_texts("第一项任务：在一个月的时间里，研制振荡器。") == ["一个月"]
    assert raw_texts("他皮肤黝黑，手掌伸出来像两块粗砂纸。") == []
    assert raw_texts("两条解决路径摆在大家面前——一条是新建供电线路；") == []
    assert raw_texts("“三天不吃酸，走路打蹿蹿。") == []
    assert raw_texts("连续三天不停工，完成了任务。") == ["三天"]
    assert raw_texts("恶劣海况下，船体可能出现30度横摇。") == ["30度"]
    # 人民日报 2026-08-15 (round 173): a range of counts in words (两到三名, not 一到三月份);
    # families of birds (43科, not 科室); the paths a text goes on to name
    assert raw_texts("合作社在每个村设立两到三名管水员。") == ["两", "三名"]
    assert raw_texts("一到三月份销量增长。") == []
    assert raw_texts("可观测到的鸟类从2010年的43科250种增加到2021年的63科324种。") == [
        "43科",
        "250种",
        "63科",
        "324种",
    ]
    assert raw_texts("他在科技部工作，3科室。") == []
    assert raw_texts("目前有两条主流路径：用200—300个标准大气压把氢气压进钢瓶里。") == [
        "200",
        "300个标准大气压",
    ]
    # 人民日报 2026-08-14 (round 172): a bound before the number (建区前不足10只, no rank);
    # counties counted with 个; parts (零件, not a slogan's 零); the time a work keeps
    # people busy; a range of spans ending in 半年
    assert raw_texts("种群数量从建区前不足10只增长至目前200余只。") == ["不足10只", "200余只"]
    assert raw_texts("“基地横跨两个县，共有风机286台。") == ["两个", "286台"]
    assert raw_texts("过去需要七八十个零件焊接的底板，如今80秒一体压铸成型；") == [
        "七八十个",
        "80秒",
    ]
    assert raw_texts("也至少要200名工人忙一周。") == ["200名", "一周"]
    assert raw_texts("“靠人工，3个月到半年才会清洗一次。") == ["3个月", "半年"]
    assert raw_texts("从1月到半年末，销量增长。") == []
    # 人民日报 2026-08-13 (round 171): a model's name before 成功; a renewal's span (not
    # 约 20); a crowd a day reaches (每天上百名, not 天上); 持续约 keeps its 约
    assert raw_texts("长安马自达已将南京工厂生产的马自达EZ—6成功出口到20余个国家和地区。") == [
        "20余个"
    ]
    assert raw_texts("超6成企业实现盈利。") == ["超6成"]
    assert raw_texts("近日，上汽集团与通用汽车续约20年，合资期限延长至2047年；") == ["20年"]
    assert raw_texts("第一轮水稻育秧期供水持续约30天。") == ["约30天"]
    assert raw_texts("高峰期每天上百名工人进园采摘。") == ["上百名"]
    # 人民日报 2026-08-12 (round 170): one machine a span of days is counted per
    assert raw_texts("在公司的生产线上，3天可完成1台风力发电机组的生产组装。") == ["3天"]
    assert raw_texts("今年完成1台样机。") == ["1台"]
    # 人民日报 2026-08-09 (round 167): lanes named by number; 三台子 a place; volumes, lessons
    assert raw_texts("来到北京市东城区草厂四条胡同北口，旁边就是草厂四条44号院。") == []
    assert raw_texts("42个客房分布在草厂胡同三条至十条。") == ["42个"]
    assert raw_texts("沈阳市皇姑区三台子街道牡丹社区。") == []
    assert raw_texts("共保存调腔艺术档案384卷，为孩子们上阅读课40余堂。") == ["384卷", "40余堂"]
    assert raw_texts("修了三条路。") == ["三条"]
    # 人民日报 2026-08-08 (round 166): a distance run (not a race's name); the end of a range
    # of spans; 两个大局; people in the spoken 号 (not 3号人物); a memorial named by a poem
    assert raw_texts("约21公里跑下来，机器人的短板都会暴露。") == ["约21公里"]
    assert raw_texts("1000米跑是必考项目。") == []
    assert raw_texts("从西宁到拉萨，一般要半年到一年。") == ["半年", "一年"]
    assert raw_texts("统筹两个大局，立足关键时期。") == []
    assert raw_texts("5支队伍、60号人，首届“村BA”开赛了。") == ["5支", "60号人"]
    assert raw_texts("他是3号人物，还在光子2号人工智能算力中心工作。") == []
    assert raw_texts("学校一学期要迎接七八拨检查。") == ["七八拨"]
    assert raw_texts("提升改造后的大余梅岭三章纪念馆里，游客们驻足聆听。") == []
    # 人民日报 2026-08-07 (round 165): a family of six; glasses by the pair
    assert raw_texts("一个六口之家一次性买走20多副眼镜。") == ["20多副"]
    # 人民日报 2026-08-06 (round 164): a class of furnaces by size (not a bound: 0.7‰以下和
    # 1.8‰以下); editions held; seats naming a car; 升 as a verb
    assert raw_texts("全省450立方米以下高炉、40吨以下转炉坚决淘汰；") == []
    assert raw_texts("受害率分别控制在0.7‰以下和1.8‰以下。") == ["0.7‰", "1.8‰"]
    assert raw_texts("90平方米以下每年最高提取2000元。") == ["90平方米", "2000元"]
    assert raw_texts("如今，南北山上已连续举办了两届骑行赛。") == ["两届"]
    assert raw_texts("司机王永明坐在一辆崭新的七座商务车里。") == []
    assert raw_texts("重点景区增加汽车公厕4座。") == ["4座"]
    assert raw_texts("核心零部件国产化率，从0升至95%。") == ["95%"]
    assert raw_texts("每天喝水2升到3升。") == ["2升", "3升"]
    # 人民日报 2026-08-05 (round 163): the scale a measure is held to; a slope's angle
    assert raw_texts("企业第三代纳米磷酸铁锂材料实现30纳米级粒径控制。") == ["30纳米"]
    assert raw_texts("建成十米级贮箱。") == []
    assert raw_texts("这款机器人可以攀爬45度斜坡。") == ["45度"]
    # 人民日报 2026-08-04 (round 162): a tree's age in four digits; a history's length; one
    # plot and two incomes (一干就是两三个小时 is a span)
    assert raw_texts("这棵近1900年树龄的银杏树，是电影里一棵古树的原型。") == ["近1900年"]
    assert raw_texts("万盛有180余年煤炭开采史，因煤而兴。") == ["180余年"]
    assert raw_texts("芦笋地里养金蝉，一块土地两份收入。") == []
    assert raw_texts("一干就是两三个小时。") == ["两三个小时"]
    # 人民日报 2026-08-02/03 (rounds 160, 161): every household; a share of listed firms
    assert raw_texts("让更高品质的大黄鱼‘游’上千家万户的餐桌。") == []
    assert raw_texts("约九成科创板公司在上市前获得创投机构投资。") == ["约九成"]
    assert raw_texts("三棵树公司发布新品。") == []
    assert raw_texts("走进上海市闵行区华漕三期保障房——云栖华庭项目，感受就是敞亮。") == []
    # 人民日报 2026-08-01 (round 159): the highlights a text goes on to name
    assert raw_texts("上半年，内需指标运行承压，但有两个亮点非常突出。") == []
    assert raw_texts("打造10个亮点项目。") == ["10个"]
    assert raw_texts("这批铜器年代跨度从公元64年至185年。") == []
    assert raw_texts("量子纠缠，是指两个或多个粒子在构成一个整体后，状态瞬间关联。") == []
    assert raw_texts("就像两个硬币纠缠在一起。") == []
    assert raw_texts("形成“一个条例、三张清单、三项制度”的制度体系。") == []
    # 人民日报 2026-07-30 (round 157): the years over which something is the largest
    assert raw_texts("4.7%的经济增长对应的经济增量达到3.6万亿元，是近五年同期增量最大的一次。") == [
        "4.7%",
        "3.6万亿元",
    ]
    # 人民日报 2026-07-29 (round 156): a race named by how long it runs
    assert raw_texts("参加TCR世界巡回赛、纽博格林24小时耐力赛等经典赛事。") == []
    assert raw_texts("他打破了大众印象中扎着两个发髻的“胖大叔”形象。") == []
    # 人民日报 2026-07-28 (round 155): the last stretch; the two values compared; what is
    # picked up to show; a span after 耗时整整; how far away; a capacity in a bare 万
    assert raw_texts("治理田间沟渠4181条，打通了农田灌排最后1米。") == ["4181条"]
    assert raw_texts("“如果两个数值的差异超出阈值，就表示投加工艺产生了异常。") == []
    assert raw_texts("公司负责人王希毕拿起两只瓷碗轻轻相碰。") == []
    assert raw_texts("今天气温30度，电脑验光误差100度。") == []
    assert raw_texts("历经10余次工业验证，耗时整整一年，终于找到最佳平衡点。") == ["10余次", "一年"]
    assert raw_texts("沙丘间，输电线路直入一公里外的宁夏中卫数据中心集群。") == ["一公里"]
    assert raw_texts("是一个年产能万台的人形机器人规模化生产基地。") == ["万台"]
    # 人民日报 2026-07-27 (round 154): the months whose pay is owed
    assert raw_texts("几乎每家企业都能讲出一两个与海外客户打交道的故事。") == []
    assert raw_texts("一两黄金。") == []
    assert raw_texts("从千卡、万卡到10万卡，计算基础设施的建设逻辑也在发生变化。") == []
    assert raw_texts("近日，我国首个全国产10万卡人工智能超集群正式落成。") == ["10万卡"]
    assert raw_texts("自2025年12月至2026年5月，近6个月的工资被拖欠。") == ["近6个月"]
    # 人民日报 2026-07-26 (round 153): a project's phase with its name between; the figures
    # a text goes on to give; the second of a formula of both markets
    assert raw_texts("看到三期钛白粉项目试生产进入优化工艺阶段。") == []
    assert raw_texts("从两个数据中窥斑见豹：参展国际展品占比较上届提升20%；") == ["20%"]
    assert raw_texts("在国内国际两个市场两种资源联动效应中赢得竞争主动。") == []
    assert raw_texts("原则上以5年为周期，实现重点项目评价全覆盖。") == ["5年"]
    assert raw_texts("半个世纪以来，这里发生巨变。") == []
    # 人民日报 2026-07-24 (round 151): traits announced; the value of one unit
    assert raw_texts("服务消费呈现3个“新”特点。") == []
    assert raw_texts("从“瓦特”到“比特”，1千瓦时电实现价值跃升。") == []
    # 人民日报 2026-07-25 (round 152): a mountain named with a numeral; ways of eating
    assert raw_texts("中宁枸杞种植面积超10万亩，六盘山下的黄牛肉畅销各大城市。") == ["超10万亩"]
    assert raw_texts("游客翻过两座山。") == ["两座"]
    assert raw_texts("一碗米粉，两种吃法，浓淡干湿，多种滋味从舌尖涌向心底。") == []
    # 人民日报 2026-07-24 (round 151): the one kilowatt-hour a price is of
    assert raw_texts("在汕头，0.5元左右的1千瓦时电，通过人工智能算力加工成词元出海。") == [
        "0.5元左右"
    ]
    # 人民日报 2026-03-27 (round 97): generations a product went through; years of a work
    # said before its verb
    assert "5代" in raw_texts("我们2023年发布首款人形机器人，到现在已完成5代产品迭代。")
    assert "14年" in raw_texts("14年专注生产陶瓷树，信良陶瓷有限公司坚持创新研发。")
    # 人民日报 2026-03-25 (round 96): a range of spans a work takes; a bare price about a
    # magnitude; a production cycle after a comma; weeks
    facts = raw_texts(
        "选育一个好的辣椒品种，过去需要5到8年，如今通过分子育种技术，2到3年就能实现。"
    )
    assert "8年" in facts and "3年" in facts
    assert "千元左右" in raw_texts("现在购买一台40英寸液晶电视只要千元左右。")
    assert "54秒" in raw_texts("每54秒，就有一辆新能源汽车驶下生产线。")
    assert "四周" in raw_texts("培训为期四周。")
    # 人民日报 2026-03-20 (round 94): how long a hold lasted, a history, the time a work took
    assert "9年" in raw_texts("打破了国外厂商垄断9年的纪录。")
    assert "300年" in raw_texts("汕头澄海，是狮头鹅300年养殖史的核心腹地。")
    assert "10多年" in raw_texts("达梦用10多年攻克了数据库共享存储集群技术。")
    # 人民日报 2026-04-12 (round 91): how long a document stays valid
    assert "不超过5年" in raw_texts("规范性文件有效期不超过5年，期满自动失效。")
    # 人民日报 2026-03-12 (round 90): how long a system has been in force
    assert "25年" in raw_texts("2024年10月，科技特派员制度实施25年，一场座谈交流会在南平召开。")
    # 人民日报 2026-04-12 (round 89): the gap before a river's shipping came back
    assert "20余年" in raw_texts("时隔20余年，小清河复航。")
    assert "3轮" in raw_texts("经过3轮谈判达成协议。")
    # cities counted from a number to a larger one
    assert "6市" in raw_texts("近岸海域污染防治工作从沿海6市拓展至全省14市。")
    assert "5年" in raw_texts("特别是首期免5年租金的政策，为他减轻了运营之初的资金压力。")
    assert "5元" in raw_texts("经过花农的艺术创作，从前5元一把的蜡梅，现在可卖到几十元。")
    assert "三层" in raw_texts("这是一栋三层的小楼。")
    assert "120年" in raw_texts("从1906年到2026年，义利走过了120年，它不是古董。")
