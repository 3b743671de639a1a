"""Canonical indicator names: one measure written differently gets one name.

Articles name the same measure in several ways (城镇新增就业 / 新增城镇就业 /
城镇新增就业人数; 国内生产总值 / GDP; 同比增长 / 比上年增长). ``canonical_indicator``
maps each written indicator to one name so a BI user can chart a measure across
articles (v_indicator_series). It applies, in order:

1. NFKC width folding and upper-case Latin (ＧＤＰ, gdp -> GDP);
2. the synonym list pipelines/data/indicator_synonyms.tsv (variant -> canonical, longest
   variant first, one pass);
3. general rules: leading scope words that the region/period columns already carry
   (全年, 全国, 年末) and the comparison base of a growth rate (同比, 比上年) are dropped,
   since 国内生产总值同比增长 and 国内生产总值比上年增长 are the same measure.
   年均 and 环比 are kept: they are different measures.

A hand-kept list instead of embeddings or clustering: grouping two measures that differ
(地区生产总值 vs 国内生产总值) would put wrong numbers on one chart, so every grouping
must be explainable by a row in the list or a rule here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

SYNONYMS_PATH = Path(__file__).resolve().parent.parent / "data" / "indicator_synonyms.tsv"

_LEADING_SCOPE = re.compile(r"^(?:全年|全国|全省|全市|全区|全县|年末|年底|年初|其中|今年|当年)+")
_COMPARISON_BASE = re.compile(r"(?:同比|比上年同期|较上年同期|比上年|较上年|比去年|较去年)")


@cache
def synonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The variant pattern (longest first) and the variant -> canonical map."""
    table: dict[str, str] = {}
    for line in SYNONYMS_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        variant, canonical = line.split("\t")
        table[_fold(variant)] = _fold(canonical)
    variants = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, variants))), table


def canonical_indicator(indicator: str | None) -> str | None:
    """The canonical name of ``indicator`` (None stays None)."""
    if not indicator:
        return None
    pattern, table = synonyms()
    text = pattern.sub(lambda match: table[match.group()], _fold(indicator))
    text = _COMPARISON_BASE.sub("", text)
    text = _LEADING_SCOPE.sub("", text)
    return text or _fold(indicator)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).upper()
