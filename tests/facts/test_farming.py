"""Land worked: the area after a verb of planting, watering or renting land; crops or
batches a year."""

from __future__ import annotations

import pytest

from pipelines.facts import extract_sentence


@pytest.mark.parametrize(
    ("sentence", "raw_text", "indicator"),
    [
        # 人民日报 2026-05-03, 推广粉用稻 专供螺蛳粉: 够种/v keeps the modal on the verb
        ("一小时能育秧近千盘，够种40亩地。", "40亩", "种植面积"),
        ("去年种植40亩。", "40亩", "种植面积"),
        # 人民日报 2026-04-29, 细算5笔账，农户主动用上膜下滴灌
        ("以往大水漫灌，3个人忙活一天，最多浇8亩地。", "8亩", "浇地面积"),
        ("当时打理着西谷庄等3个村4300多亩地。", "4300多亩", "土地面积"),
        # what was planted is named: the rule stays out of the way
        ("今年种植小麦40亩。", "40亩", "种植小麦"),
        ("截至目前，合作社托管农户土地2万亩左右。", "2万亩左右", "农户土地"),
        # 人民日报 2026-04-27, 政策性农担这样稳粮富农: only where lies between 覆盖 and the area
        (
            "合作社自己有4000亩地，农机服务覆盖周边5000亩地，耕种管收一条龙。",
            "5000亩",
            "农机服务覆盖面积",
        ),
        ("专业化耕种管收服务覆盖周边乡镇5万亩。", "5万亩", "专业化耕种管收服务覆盖面积"),
        # what is covered is named: the rule stays out of the way
        ("该项目获2.26亿元超长期特别国债支持，覆盖农田面积10万亩。", "10万亩", "农田面积"),
    ],
)
def test_the_area_of_land_worked_or_covered(sentence: str, raw_text: str, indicator: str) -> None:
    (fact,) = [f for f in extract_sentence(sentence, None, None) if f.raw_text == raw_text]
    assert fact.indicator == indicator


def test_saving_is_a_verb_and_reckonings_are_no_facts() -> None:
    # 人民日报 2026-04-29: 节省/n in jieba's dictionary; 细算5笔账 organises the argument
    (labour,) = extract_sentence("灌溉、施肥智能化管控，节省80%以上人工。", None, None)
    assert (labour.value, labour.qualifier, labour.indicator) == (80, "以上", "人工")
    assert extract_sentence("他都会给大家细算5笔账——", None, None) == []
    assert extract_sentence("5笔账算完，种植户的顾虑立刻打消。", None, None) == []


def test_land_doing_something_is_still_land() -> None:
    # 人民日报 2026-04-30, 大模型助力种小麦
    sentence = "今年春耕，依托墒情监测，段傲笛的300多亩地实现水肥一体化管控。"
    (land,) = extract_sentence(sentence, None, None)
    assert land.indicator == "土地面积"


def test_forest_economy_areas_and_shares() -> None:
    # 人民日报 2026-04-29, 林下经济迈入系统推进新阶段
    sentence = "采用仿野生栽培模式种植林下参，种植总面积超100万亩，去年年产值近123亿元。"
    assert extract_sentence(sentence, None, None)[0].indicator == "种植总面积"
    sentence = "带动周边发展农家乐51家，农特产品附加消费占比提升至总产值的38.5%。"
    share = extract_sentence(sentence, None, None)[-1]
    assert share.value == 38.5 and share.indicator.startswith("农特产品附加消费占比")


@pytest.mark.parametrize(
    ("sentence", "raw_text", "indicator"),
    [
        # 人民日报 2026 (fact set shrimp_seedlings)
        ("现在用“中兴1号”，每年养4轮，每亩虾塘产出稳定在500斤以上。", "4轮", "每年养殖轮次"),
        ("这里的水稻一年收两茬。", "两茬", "水稻一年收获茬数"),
        ("大棚蔬菜一年能种3茬。", "3茬", "大棚蔬菜一年种植茬数"),
    ],
)
def test_crops_or_batches_in_a_period(sentence: str, raw_text: str, indicator: str) -> None:
    facts = [f for f in extract_sentence(sentence, None, None) if f.raw_text == raw_text]
    assert [f.indicator for f in facts] == [indicator]


def test_a_rotation_slot_is_no_count_of_crops() -> None:
    assert extract_sentence("安排好两茬口衔接。", None, None) == []
