"""Turn numbers as written in Chinese news (Arabic, Chinese, mixed) into values.

cn2an handles standard Chinese numerals (``十八``, ``两万三千零五``); this module adds
what real articles also use: Arabic digits with Chinese multipliers (``2.5万``,
``1.2万亿``), an approximation mark between digits and multiplier (``2100多万``), a bare
leading multiplier (``百米``), the non-standard ``两万万`` (= 2亿), percentages
(``百分之六``), tenths (``三成``) and fractions (``1/3``, ``三分之一``).

Arithmetic is done in Decimal so that ``1234.5678万`` is exactly 12345678.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import cn2an

CHINESE_DIGITS = "零〇一二两三四五六七八九"
MULTIPLIER_VALUES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千万亿"
APPROXIMATION_MARKS = "多余"

_DIGIT_RUN = re.compile(r"[一二两三四五六七八九〇][一二两三四五六七八九〇]")
_ARABIC = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


@dataclass(frozen=True)
class Number:
    """A parsed numeral.

    ``nonstandard``: a form no style guide uses although readers decode it (``两万万``
    for 2亿) -- worth a quality flag because such figures are often typos.
    ``bare``: starts with a multiplier and no digit (``千万``, ``百``); in prose these are
    mostly vague amounts (``千万职工``, ``千家万户``) rather than measurements.
    """

    value: float
    nonstandard: bool = False
    bare: bool = False


def multiplier_value(chain: str) -> tuple[Decimal, bool]:
    """Product of a multiplier chain such as ``万``, ``万亿`` or ``万万``.

    Returns the product and whether the chain is non-standard: a repeated multiplier
    (``万万``, ``亿亿``) is what cn2an rejects and what the writer should have put as 亿.
    """
    product = Decimal(1)
    for char in chain:
        product *= MULTIPLIER_VALUES[char]
    return product, len(set(chain)) != len(chain)


def arabic_value(text: str) -> Decimal:
    """``1,200`` -> 1200, ``256.97`` -> 256.97 (exact)."""
    return Decimal(text.replace(",", ""))


def chinese_numeral_value(text: str) -> Number | None:
    """Value of a run of Chinese numeral characters, or None if it is not a number.

    Digit strings such as ``五一`` or ``一二三`` are read as names (五一 is May Day),
    never as 51 or 123, so they are rejected; so is anything cn2an cannot read even after
    peeling a trailing multiplier chain (``十四五``).
    """
    if not text or any(char not in CHINESE_NUMERAL_CHARS for char in text):
        return None
    if _DIGIT_RUN.search(text) or text[0] in "零〇":
        return None  # 零件, 零部件: 零 never opens a written number
    bare = text[0] in "百千万亿"
    # cn2an needs the leading digit that writers drop in 百米 / 千万.
    normalized = "一" + text if bare else text
    value = _cn2an(normalized)
    if value is not None:
        return Number(float(value), bare=bare)
    # cn2an refuses repeated multipliers (两万万); peel them off and multiply back.
    for cut in range(len(normalized) - 1, 0, -1):
        head, tail = normalized[:cut], normalized[cut:]
        if any(char not in "万亿" for char in tail):
            break
        head_value = _cn2an(head)
        if head_value is not None:
            product, _ = multiplier_value(tail)
            return Number(float(head_value * product), nonstandard=True, bare=bare)
    return None


def amount_value(mantissa: str, chain: str = "") -> Number | None:
    """Value of ``mantissa`` (Arabic or Chinese) times a multiplier ``chain``.

    ``("2.5", "万")`` -> 25000, ``("1.2", "万亿")`` -> 1.2e12, ``("两万", "万")`` -> 2e8
    (flagged non-standard: 万 after a numeral that already holds 万).
    """
    product, chain_nonstandard = multiplier_value(chain)
    if _ARABIC.fullmatch(mantissa):
        return Number(float(arabic_value(mantissa) * product), nonstandard=chain_nonstandard)
    number = chinese_numeral_value(mantissa)
    if number is None:
        return None
    nonstandard = number.nonstandard or chain_nonstandard
    if chain and "万" in chain and number.value >= 10**4 and number.value % 10**4 == 0:
        nonstandard = True  # 两万 + 万: should have been written 两亿
    return Number(float(Decimal(repr(number.value)) * product), nonstandard, number.bare)


def _cn2an(text: str) -> Decimal | None:
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    try:
        return Decimal(repr(value))
    except InvalidOperation:
        return None


_PERCENT_WORDS = re.compile(r"百分之(?P<rest>.+)")
_TENTHS = re.compile(r"(?P<rest>.+)成")
_FRACTION_ARABIC = re.compile(r"(?P<num>\d+)/(?P<den>\d+)")
_FRACTION_CHINESE = re.compile(
    r"(?P<den>[一二两三四五六七八九十百千]+)分之(?P<num>[一二两三四五六七八九十]+)"
)
_AMOUNT = re.compile(
    rf"(?P<mantissa>\d+(?:,\d{{3}})*(?:\.\d+)?|[{CHINESE_NUMERAL_CHARS}]+?)"
    rf"[{APPROXIMATION_MARKS}]?(?P<chain>[十百千万亿]*)[{APPROXIMATION_MARKS}]?"
)


def parse_number(text: str) -> float:
    """Parse a complete written amount and return its value.

    Percent and tenths forms return the percentage (``百分之六`` -> 6, ``三成`` -> 30,
    ``1/3`` -> 33.33...). Raises ValueError for text that is not a number.
    """
    text = text.strip().rstrip("%％")
    if match := _PERCENT_WORDS.fullmatch(text):
        return parse_number(match["rest"])
    if match := _FRACTION_ARABIC.fullmatch(text):
        return 100 * int(match["num"]) / int(match["den"])
    if match := _FRACTION_CHINESE.fullmatch(text):
        return 100 * parse_number(match["num"]) / parse_number(match["den"])
    if (match := _TENTHS.fullmatch(text)) and match["rest"] != text:
        return 10 * parse_number(match["rest"])
    number = parse_numeral(text)
    if number is None:
        raise ValueError(f"not a number: {text!r}")
    return number.value


def parse_numeral(text: str) -> Number | None:
    """Like parse_number for plain amounts, keeping the nonstandard/bare marks."""
    if number := chinese_numeral_value(text):
        return number
    match = _AMOUNT.fullmatch(text)
    if match is None:
        return None
    return amount_value(match["mantissa"], match["chain"])
