"""Does a line hold a measured figure (a number with a unit)?

Removing such a line loses a fact, so the cleaner needs stronger evidence for it and
every removal that holds one is reported (v_quality_issues). Kept apart from
pipelines/facts on purpose: the cleaner only needs a yes/no, not the parsed value.
"""

from __future__ import annotations

import re

_DIGITS = r"(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千万亿半]+)"
# Units of measure and counting; not 年/月/日/号/时 (dates, addresses, clock times),
# which name a moment or a place rather than measure something.
_UNITS = (
    "%|‰|个百分点|百分点|成|倍|余|多|万|亿|元|美元|人次|人|户|家|个|项|次|场|期|座|所|台|辆|"
    "吨|千瓦时|千瓦|瓦|公里|千米|米|平方米|平方公里|公顷|亩|斤|公斤|千克|立方米|件|套|张|部|"
    "只|条|份|册|类|种|名|位|批|处|栋|间|床|层|岁|天|小时|分钟|年间|周|度|℃|GB|TB|MW|GW|km"
)
_FIGURE = re.compile(rf"{_DIGITS}\s*(?:{_UNITS})")
_ARABIC = re.compile(r"\d")


def holds_figure(text: str) -> bool:
    """``…各类产业道路820公里。`` / ``超过七成``: a number followed by a unit."""
    for match in _FIGURE.finditer(text):
        number = match.group(0)
        # A Chinese numeral alone is a figure only with a unit that cannot be a word
        # part: 七成 / 三倍 yes, 一个 / 一些 (any sentence has them) no.
        if _ARABIC.search(number) or number[-1] in "成倍%" or "万" in number[:-1]:
            return True
    return False
