"""The time span a figure refers to: 2017, 2022年底, 今年一季度, 五年来, 十三大以来."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN = "〇零一二两三四五六七八九十"
_MONTH = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
_YEAR_SUFFIX = (
    rf"(?:{_MONTH}(?:—|-|－|～|~|至|到){_MONTH}月|{_MONTH}月(?:底|末|份|以来)?"
    r"|年底|年末|底|末|初|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|全年|以来)?"
)
_PERIOD = re.compile(
    "|".join(
        (
            # 于2026—2030年实施: a span of years, read whole
            r"\d{4}(?:—|-|－|～|~|至|到)\d{4}年",
            rf"(?P<year>\d{{4}}|[〇零一二三四五六七八九]{{4}})年(?P<year_suffix>{_YEAR_SUFFIX})",
            rf"(?:今年|去年|上年|前年|明年|当年)(?:{_MONTH}(?:—|-|－|至){_MONTH}月"
            r"|前[两三四五六七八九十\d]+个月|[一二三四]季度|上半年|下半年|前三季度|以来|底|年底)?",
            rf"近[{_CN}\d]+年(?:来)?",
            rf"[{_CN}\d]+年(?:来|以来|间)",
            r"[“‘]?十[一二三四五六七八九]五[”’]?(?:以来|时期|期间)",
            r"(?:党的)?[十二][一二三四五六七八九十]?大以来",
            r"前[两三四五六七八九十\d]+个?月|[一二三四]季度|上半年|下半年|前三季度",
            rf"{_MONTH}月\d{{1,2}}日",
            # 1至4月, 1—4月份: months of this year, read whole (较1至3月 is one basis)
            rf"(?<![\d年]){_MONTH}(?:—|-|－|～|~|至|到){_MONTH}月份?",
            rf"(?<![\d年]){_MONTH}月(?:底|末|份|以来)?",
        )
    )
)
# 比2017年翻一番, 较上年增长: the comparison base, not the period of the figure.
_COMPARISON = ("比", "较", "同比", "相比", "与", "比上")


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    text: str


def find_periods(sentence: str) -> list[PeriodMention]:
    mentions = []
    for match in _PERIOD.finditer(sentence):
        if sentence.endswith(_COMPARISON, 0, match.start()):  # no slice: lines may be long
            continue
        if match["year"] and not match["year_suffix"]:
            text = match["year"]  # 2017年 -> 2017
        else:
            text = re.sub("[“”‘’]", "", match.group())  # “十五五”时期 -> 十五五时期
        mentions.append(PeriodMention(match.start(), match.end(), text))
    return mentions


def period_for(mentions: list[PeriodMention], position: int) -> str | None:
    """The period named last before ``position``, else the first one after it."""
    before = [mention.text for mention in mentions if mention.end <= position]
    if before:
        return before[-1]
    return mentions[0].text if mentions else None


# The five-year plans by their years: 十五五 is 2026—2030.
_PLAN_NUMBERS = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15}
_PLAN = re.compile(r"十(?P<n>[一二三四五])五(?:时期|期间)")
_YEAR_SPAN = re.compile(r"(?P<first>\d{4})(?:—|-|－|～|~|至|到)(?P<last>\d{4})年")


def years_of(period: str) -> tuple[int, int] | None:
    """The first and last year a plan period or a span of years covers."""
    if plan := _PLAN.fullmatch(period):
        first = 1981 + 5 * (_PLAN_NUMBERS[plan["n"]] - 6)  # 六五 began in 1981, 十一五 in 2006
        return first, first + 4
    if span := _YEAR_SPAN.fullmatch(period):
        return int(span["first"]), int(span["last"])
    return None
