"""Land worked: an area right after a verb of planting or renting land is that kind of
area (种了40亩地 -> 种植面积, 够种40亩地 -> 种植面积, 流转土地2000亩 stays 流转土地),
and the time to work one unit is named by the work (人工施肥一亩要20分钟 -> 人工施肥)."""

from __future__ import annotations

import re
from itertools import takewhile

from pipelines.facts.phrases import LOCATIVES, SCOPE_WORDS, is_measure_head, strip_linking
from pipelines.facts.tagging import Token, tokens_within
from pipelines.facts.units import YIELD_WEIGHTS

AREA_UNITS = ("亩", "公顷", "平方米", "平方公里", "平方千米")

# The verb, and the name of the area it works
_AREA_OF_WORK = {
    "种": "种植面积",
    "种植": "种植面积",
    "种上": "种植面积",
    "栽": "栽种面积",
    "栽种": "栽种面积",
    "播种": "播种面积",
    "承包": "承包面积",
    "流转": "流转面积",
    "托管": "托管面积",
    "耕种": "耕种面积",
    "浇": "浇地面积",  # 3个人忙活一天，最多浇8亩地
    "浇灌": "浇灌面积",
    "灌溉": "灌溉面积",
    "收割": "收割面积",
    "管": "管理面积",  # 一人、一机、一屏，就能管1000亩地
    "管理": "管理面积",
}
_LAND = ("地", "土地", "耕地")
_MODALS = ("够", "能", "可", "可以", "能够", "足够")  # 够种40亩地: what the seedlings plant


def area_worked(left: list[Token], named: str | None) -> str | None:
    """种植面积 when the clause ends in a bare verb of working land before the area and
    the indicator found so far (``named``) is nothing but that verb."""
    tokens = [t for t in strip_linking(left) if t.flag not in ("ul", "uz")]  # 种了
    if len(tokens) > 1 and tokens[-1].word in ("到", "下", "来"):
        tokens = tokens[:-1]  # 流转到8000余亩土地, 流转来1700多亩土地
    if not tokens:
        return None
    if named in ("面积", "总面积") and len(tokens) > 1 and tokens[-2].word in _AREA_OF_WORK:
        return tokens[-2].word + named  # 种植总面积超100万亩: the verb says which area
    verb = _without_modal(tokens[-1].word)
    # 流转了200亩土地: the land named after the area is what the verb worked
    land = (named or "").removesuffix("面积") in _LAND
    if verb not in _AREA_OF_WORK or (named and not land and _without_modal(named) != verb):
        return None
    before = tokens[-2] if len(tokens) > 1 else None
    if before is not None and before.nounish and before.word not in SCOPE_WORDS:
        return None  # 农户土地: the noun before names what was planted (全县: where)
    return _AREA_OF_WORK[verb]


def _without_modal(verb: str) -> str:
    for modal in _MODALS:
        if verb.startswith(modal) and verb[len(modal) :] in _AREA_OF_WORK:
            return verb[len(modal) :]  # 够种/v: jieba keeps the modal on the verb
    return verb


def land_of(right: list[Token], named: str | None) -> str | None:
    """打理着3个村4300多亩地: 地 right after the area, and nothing else names it (or only
    地 and what the land does: 300多亩地实现水肥一体化管控)."""
    if (named and not named.startswith("地")) or not right or right[0].word not in _LAND:
        return None
    return "耕地面积" if right[0].word == "耕地" else "土地面积"


_TIME_FOR_ONE = re.compile(
    r"(?:一|1|每)(?:亩|吨|公斤|斤|个|台|件|单|趟|车)[地田]?(?:就)?(?:要|需要?|只要|只需|仅需|用|得)$"
)
_MAX_WORK_CHARS = 8


def work_on_one(left: list[Token]) -> str | None:
    """人工施肥一亩要20分钟 -> 人工施肥: the work named before one unit it is timed on."""
    text = "".join(t.word for t in left)
    match = _TIME_FOR_ONE.search(text)
    if match is None:
        return None
    tokens = tokens_within(left, match.start())
    while tokens and tokens[0].flag in ("t", "c", "d", "p", "r", "x"):
        tokens = tokens[1:]  # 过去人工收割: when, not what
    work = "".join(t.word for t in tokens)
    if not 2 <= len(work) <= _MAX_WORK_CHARS or not all("\u4e00" <= c <= "\u9fff" for c in work):
        return None
    return work


# 一亩地打不出100斤种子, 一亩能产1200斤: a weight grown on one 亩 is a yield
_YIELD_OF_ONE = re.compile(
    r"(?:一|1)亩[地田]?(?:能|可|就|只|才)?(?:产出|产|打出|打不出|打|收获|收|出)$"
)


def yield_of_one_mu(left: list[Token], unit: str, right: list[Token]) -> str | None:
    """一亩地打不出100斤种子 -> 种子亩产: what one 亩 yields, named by the crop after the
    weight when there is one."""
    if unit not in YIELD_WEIGHTS or not _YIELD_OF_ONE.search("".join(t.word for t in left)):
        return None
    crop = "".join(t.word for t in takewhile(lambda t: t.nounish, right))
    return f"{crop}亩产"


# 每年养4轮, 一年收两茬: how many crops or batches the work yields in a period
_CYCLE_NAMES = {"轮": "轮次", "茬": "茬数"}
_WORK_NAMES = {"养": "养殖", "种": "种植", "收": "收获", "栽": "栽种"}
_WORK_PER_PERIOD = re.compile(
    r"(每年|一年|每季|一季)(?:能够|能|可以|可|要)?(养殖|种植|收获|栽种|养|种|收|栽)$"
)


def cycles_per_period(left: list[Token], unit: str, named: str | None) -> str | None:
    """每年养4轮 -> 每年养殖轮次; 水稻一年收两茬 -> 水稻一年收获茬数 (the subject kept)."""
    text = "".join(t.word for t in left)
    match = _WORK_PER_PERIOD.search(text) if unit in _CYCLE_NAMES else None
    if match is None:
        return None
    period, verb = match.groups()
    grown: list[str] = []
    for token in reversed(tokens_within(left, match.start())):
        if not token.nounish:
            break
        grown.insert(0, token.word)  # 大棚蔬菜一年能种3茬: what is grown
    subject = "".join(grown) or (named if named and named in text[: match.start()] else "")
    return f"{subject}{period}{_WORK_NAMES.get(verb, verb)}{_CYCLE_NAMES[unit]}"


_COVERING = ("覆盖", "辐射")
_MAX_WHERE_CHARS = 6  # 周边乡镇, 全县: where the cover reaches, not what it is
_FARMLAND = ("面积", "农田", "耕地", "土地")


def area_covered(left: list[Token]) -> str | None:
    """农机服务覆盖周边5000亩地 -> 农机服务覆盖面积: an area a service covers, with only
    where it lies between the verb and the figure."""
    k = next((k for k in range(len(left) - 1, -1, -1) if left[k].word in _COVERING), None)
    if k is None:
        return None
    where = left[k + 1 :]
    if any(t.verbish or t.delimiter or t.word.endswith(_FARMLAND) for t in where):
        return None  # 覆盖农田面积10万亩: the words name what is covered
    if sum(len(t.word) for t in where) > _MAX_WHERE_CHARS:
        return None
    service: list[str] = []
    for token in reversed(left[:k]):
        if not (token.nounish or token.flag in ("vn", "v")) or len(service) >= 4:
            break
        service.insert(0, token.word)
    # 基地22个，覆盖430余万亩耕地: no service named, the land after names the area
    return "".join(service) + left[k].word + "面积" if service else None


def owned_area(left: list[Token], right: list[Token], named: str | None) -> str | None:
    """工厂4400平方米生产车间内 -> 工厂生产车间面积, 合作社1700多亩小麦长势良好 -> 合作社小麦面积:
    between an owner (``named``, the noun right before the figure) and a noun, an area
    measures the noun after it, which the owner holds."""
    if not named or not left or not left[-1].nounish or not named.endswith(left[-1].word):
        return None
    if is_measure_head(left[-1]) or named.endswith("面积"):
        return None  # 种植面积1700多亩: the measure is already named
    run: list[Token] = []
    for token in right:
        if not token.nounish or token.word in LOCATIVES:
            break
        run.append(token)
    rest = right[len(run) :]
    if len(run) > 1 and rest and rest[0].flag == "a":
        run.pop()  # 小麦长势良好: the last noun is what the adjective says of the crop
    if not run or is_measure_head(run[-1]):
        return None
    return named + "".join(t.word for t in run) + "面积"
