"""What a sentence's opening names for the figures after it: a kind pointed at
(像这样的精品民宿，流清湾片区已有330余家) or a policy reported since it began
(婚姻登记“全国通办”自2025年5月10日实施以来，…共办理68.2万对)."""

from __future__ import annotations

import re

_POINTED_KIND = re.compile(
    r"(?:像|类似)?(?:这样|这种|这类|此类)的?(?P<kind>[^，,。；;“”\d]{2,10})[，,]"
)
_SINCE = re.compile(
    r"(?P<topic>[^，,。；;：:\d]{2,12}?)自[^，,。；;]{2,16}?(?:实施|启动|开通|运行|上线|开展|推行)"
    r"(?:以来|(?=[，,]))"  # “三支一扶”计划自2006年启动，…已实施4轮
)


def kind_pointed_at(sentence: str) -> str | None:
    """像这样的毛竹加工厂，… -> 毛竹加工厂."""
    match = _POINTED_KIND.match(sentence)
    return match["kind"] if match else None


def topic_since(sentence: str) -> str | None:
    """婚姻登记“全国通办”自2025年5月10日实施以来 -> 婚姻登记全国通办."""
    match = _SINCE.match(sentence)
    return re.sub(r"[“”\"\s]", "", match["topic"]) if match else None
