"""Which province, city or county a sentence talks about (gazetteer look-up).

The gazetteer (pipelines/data/gazetteer.tsv) is read once per process. Provinces and
prefecture cities match by their short names too (河北, 石家庄); counties only by their
full names (正定县), because bare county names are too often ordinary words.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pipelines.facts.segmenter import word_boundaries

GAZETTEER_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv"
NATIONAL = "全国"
CHINA_POPULATION_BOUND = 1.5e9
_NATIONAL_WORDS = ("全国", "我国")
_BOUNDARY_WINDOW = 4
# 在全国率先, 位居全国前列: 全国 as the yardstick of a comparison, not the subject.
_YARDSTICK_BEFORE = ("在", "居", "列", "获", "于", "为")
_YARDSTICK_AFTER = ("率先", "首", "前列", "第", "领先", "排名", "之最", "同类", "平均")


class Span(Protocol):
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    name: str  # short for provinces and cities (河北, 石家庄), full for counties (正定县)
    level: str  # province | city | county | country
    province: str | None


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: Place


class Gazetteer:
    def __init__(self, lines: list[str]):
        self.by_written: dict[str, Place] = {}
        self.by_name: dict[str, Place] = {}
        self.population: dict[str, int] = {}
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            full, alias_field, level, province, population = line.rstrip("\n").split("\t")
            aliases = [alias for alias in alias_field.split(",") if alias]
            place = Place(aliases[0] if aliases else full, level, province or None)
            if population:
                self.population[place.name] = int(population)
            self.by_name.setdefault(place.name, place)
            for written in (full, *aliases):
                self.by_written.setdefault(written, place)
        national = Place(NATIONAL, "country", None)
        self.by_name[NATIONAL] = national
        for word in _NATIONAL_WORDS:
            self.by_written[word] = national
        self._lengths: dict[str, list[int]] = {}
        for written in self.by_written:
            self._lengths.setdefault(written[0], []).append(len(written))
        for lengths in self._lengths.values():
            lengths.sort(reverse=True)

    def find(self, text: str) -> list[PlaceMention]:
        """Place names in ``text``, longest match first, left to right."""
        mentions = []
        pos = 0
        while pos < len(text):
            place, length = self._match_at(text, pos)
            if place is None:
                pos += 1
                continue
            if not self._starts_word(text, pos):
                pos += 1
                continue
            if not self._is_yardstick(text, pos, length, place):
                mentions.append(PlaceMention(pos, pos + length, place))
            pos += length
        return mentions

    def _match_at(self, text: str, pos: int) -> tuple[Place | None, int]:
        for length in self._lengths.get(text[pos], ()):
            written = text[pos : pos + length]
            place = self.by_written.get(written)
            if place is None:
                continue
            if place.level == "county" and text[pos + length : pos + length + 1] == "域":
                continue  # 河北区域 is "the Hebei region", not Tianjin's 河北区
            return place, length
        return None, 0

    @staticmethod
    def _starts_word(text: str, pos: int) -> bool:
        """医保定点 holds 保定 and 黔江城区 holds 江城区, but neither starts a word there."""
        if pos == 0:
            return True
        window_start = max(0, pos - _BOUNDARY_WINDOW)
        window = text[window_start : pos + _BOUNDARY_WINDOW]
        return pos - window_start in word_boundaries(window)

    @staticmethod
    def _is_yardstick(text: str, pos: int, length: int, place: Place) -> bool:
        if place.level != "country":
            return False
        # endswith/startswith with bounds: a slice would copy the whole line per place
        return text.endswith(_YARDSTICK_BEFORE, 0, pos) or text.startswith(
            _YARDSTICK_AFTER, pos + length
        )

    def population_bound(self, region: str | None) -> float:
        """Most people a figure about ``region`` can plausibly count.

        Cities and counties borrow their province's population: a loose bound, but
        one that never flags a true figure.
        """
        place = self.by_name.get(region) if region else None
        if place is None or place.level == "country":
            return CHINA_POPULATION_BOUND
        province = place.name if place.level == "province" else place.province
        return float(self.population.get(province or "", CHINA_POPULATION_BOUND))


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer(GAZETTEER_PATH.read_text(encoding="utf-8").splitlines())


def find_places(text: str) -> list[PlaceMention]:
    return gazetteer().find(text)


# A place is the article's subject only if it (with the places inside it) accounts for
# more than this share of all place mentions; an article touring three provinces has
# none, and a figure it does not place is better left without a region than a wrong one.
SUBJECT_SHARE = 0.5


def default_region(texts: list[str]) -> str | None:
    """The place an article is about, or None when no place dominates.

    ``texts[0]`` is expected to be the title: a place named there is the subject. In the
    body, a place's support is its own mentions plus those of places inside it (石家庄
    supports 河北); of the places with a dominant share the most specific wins, so an
    article about 苏州 is about 苏州, not 江苏.
    """
    title_places = [m.place for m in find_places(texts[0])] if texts else []
    if title_places:
        return max(title_places, key=lambda p: _LEVEL_RANK.get(p.level, 0)).name
    own: Counter[str] = Counter()
    support: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for text in texts[1:]:
        for mention in find_places(text):
            place = mention.place
            places.setdefault(place.name, place)
            own[place.name] += 1
            support[place.name] += 1
            if place.province and place.province != place.name:
                support[place.province] += 1
    total = sum(own.values())
    dominant = [name for name in support if support[name] > SUBJECT_SHARE * total]
    if not dominant:
        return None

    def rank(name: str) -> tuple[int, int]:
        # A province supported only through its cities is not in ``places``.
        level = places[name].level if name in places else "province"
        return _LEVEL_RANK.get(level, 0), own[name]

    return max(dominant, key=rank)


# More specific places rank higher when several dominate.
_LEVEL_RANK = {"country": 0, "province": 1, "city": 2, "county": 3}


_CLAUSE_DELIMITERS = "，；：,;:。！？"
# How far before a figure (in characters) a place may stand and still scope it.
REGION_WINDOW = 200


def _start(span) -> int:
    return span.start


# What may stand before a place that opens a clause: 在贵州，… / 据…，一季度我国…
_CLAUSE_OPENERS = re.compile(
    r"(?:——|—|在|据|从|由|截至|截止|目前|如今|同时|其中|此外|另外|近日|近年来|“"
    r"|走进|来到|位于|地处|作为)*"
)


def region_for(
    sentence: str, mentions: list[PlaceMention], periods: Sequence[Span], position: int
) -> str | None:
    """The place a figure at ``position`` is about, or None.

    ``mentions`` and ``periods`` must be sorted by start (as find_places/find_periods give).

    Only a place that opens its clause sets the scope (苏州33家企业获评江苏省…，224家企业…
    is about 苏州, not 江苏); the last such place before the figure wins, so in a chain
    (临沧市镇康县) the most specific one. ``periods`` (spans with start/end) may stand
    before the place.
    """
    # Only places in the text just before the figure can scope it. Both lists are sorted
    # by start, so bisect finds the window: a megabyte-long "sentence" without a full stop
    # then costs time linear, not quadratic, in its length.
    lo = bisect_left(mentions, position - REGION_WINDOW, key=_start)
    hi = bisect_left(mentions, position, key=_start)
    nearby = [m for m in mentions[lo:hi] if m.end <= position]
    for mention in reversed(nearby):
        lookback = max(0, mention.start - REGION_WINDOW)
        starts = [sentence.rfind(d, lookback, mention.start) for d in _CLAUSE_DELIMITERS]
        if max(starts) < 0 and lookback > 0:
            continue  # the clause opens further back than any opener could reach
        clause_start = max(starts) + 1 if max(starts) >= 0 else 0
        prefix = list(sentence[clause_start : mention.start])
        # Periods and larger places may precede it: 2024年，苏州… / 楚雄州元谋县的…
        first = bisect_left(periods, clause_start - REGION_WINDOW, key=_start)
        last = bisect_left(periods, mention.start, key=_start)
        for span in (*periods[first:last], *nearby):
            if span.end <= clause_start or span.start >= mention.start:
                continue
            for k in range(max(span.start, clause_start), min(span.end, mention.start)):
                prefix[k - clause_start] = ""
        if _CLAUSE_OPENERS.fullmatch("".join(prefix).strip()):
            return mention.place.name
    return None


_LIST_JOINS = ("、", "和", "与", "及")


def listed_regions(
    sentence: str, mentions: list[PlaceMention], starts: Sequence[int], ends: Sequence[int]
) -> dict[int, str]:
    """南山区、福田区、宝安区的二手房签约量同比分别大涨103%、97%、150%: places listed before
    分别 pair in order with as many figures listed after it (figure k is about place k).

    ``starts``/``ends`` are the figures' offsets; returns figure index -> place name.
    """
    paired: dict[int, str] = {}
    if "分别" not in sentence:
        return paired  # most sentences: nothing to pair
    i = 0
    while i < len(starts):
        end = i + 1
        while end < len(starts) and sentence[ends[end - 1] : starts[end]] in _LIST_JOINS:
            end += 1
        if end - i >= 2:
            paired.update(_paired_places(sentence, mentions, starts[i], range(i, end)))
        i = end
    return paired


def _paired_places(
    sentence: str, mentions: list[PlaceMention], first_start: int, figures: range
) -> dict[int, str]:
    # Look back a bounded window only (a long text without a full stop stays linear).
    lookback = max(0, first_start - REGION_WINDOW)
    opened = max(sentence.rfind(d, lookback, first_start) for d in _CLAUSE_DELIMITERS) + 1
    clause_start = max(opened, lookback)
    mark = sentence.rfind("分别", clause_start, first_start)
    if mark < 0:
        return {}
    lo = bisect_left(mentions, clause_start, key=_start)
    hi = bisect_left(mentions, mark, key=_start)
    run = _joined_run(sentence, [m for m in mentions[lo:hi] if m.end <= mark])
    if len(run) != len(figures):
        return {}
    return {k: place.place.name for k, place in zip(figures, run, strict=True)}


def _joined_run(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The first run of places joined only by 、/和/与/及."""
    run: list[PlaceMention] = []
    for mention in mentions:
        if run and sentence[run[-1].end : mention.start] not in _LIST_JOINS:
            break
        run.append(mention)
    return run
