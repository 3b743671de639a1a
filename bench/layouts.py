"""``make eval``: the real-layout regression set, line by line.

tests/data/layouts/*.yaml hold short excerpts of real 人民日报 pages with the damage
scraped copies show, and what a careful editor keeps of them (written by hand). This
runs the whole text chain (clean + dedup) on each excerpt and prints, per kind of
article, how many real lines were removed and how many furniture lines (captions,
credits, bylines) were kept. tests/text/test_layouts.py asserts the same numbers.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipelines.models import CLEANING_REMOVAL_KINDS, CleanArticle, RawArticle
from pipelines.stages import clean_one, dedup_one
from pipelines.text.lines import split_lines

LAYOUT_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "layouts"


@dataclass
class Case:
    kind: str  # kind of article: statistics_communique, commentary, …
    source: str
    name: str
    features: list[str]
    raw: str
    paragraphs: list[tuple[str, str]]  # (paragraph kind, text)
    removed: list[tuple[str, str]]  # (removal kind, text), suspected_* rows left out
    flagged: list[tuple[str, str]] = field(default_factory=list)  # optional suspected_* rows

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.name}"


def _pairs(items: list[dict] | None) -> list[tuple[str, str]]:
    return [next(iter(item.items())) for item in items or []]


def load_cases(directory: Path = LAYOUT_DIR) -> list[Case]:
    cases = []
    for path in sorted(directory.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for c in doc["cases"]:
            cases.append(
                Case(
                    kind=doc["kind"],
                    source=c.get("source", doc["source"]),
                    name=c["name"],
                    features=c.get("features", []),
                    raw=c["raw"],
                    paragraphs=_pairs(c.get("paragraphs")),
                    removed=_pairs(c.get("removed")),
                    flagged=_pairs(c.get("flagged")),
                )
            )
    return cases


def run_chain(case: Case) -> CleanArticle:
    """What the pipeline makes of the excerpt: decoded text → clean → dedup."""
    raw = RawArticle(f"{case.name}.txt", case.raw, "utf-8", len(case.raw.encode()))
    result = dedup_one(clean_one(raw))
    assert result.article is not None, result.issues
    return result.article


@dataclass
class LineScore:
    real_lines: int = 0
    furniture_lines: int = 0
    real_removed: list[str] = field(default_factory=list)
    furniture_kept: list[str] = field(default_factory=list)

    def add(self, other: LineScore) -> None:
        self.real_lines += other.real_lines
        self.furniture_lines += other.furniture_lines
        self.real_removed += other.real_removed
        self.furniture_kept += other.furniture_kept


def score_lines(case: Case, article: CleanArticle) -> LineScore:
    """Each raw line under the title: furniture (by the hand-written removals) or real
    text; removed when a cleaning removal (caption, credit, byline) covers it."""
    furniture = {text for kind, text in case.removed if kind in CLEANING_REMOVAL_KINDS}
    cuts = [(r.raw_start, r.raw_end) for r in article.removals if r.kind in CLEANING_REMOVAL_KINDS]
    score = LineScore()
    for line in split_lines(case.raw)[1:]:
        removed = any(a <= line.raw_start and line.raw_end <= b for a, b in cuts)
        if line.text in furniture:
            score.furniture_lines += 1
            if not removed:
                score.furniture_kept.append(line.text)
        else:
            score.real_lines += 1
            if removed:
                score.real_removed.append(line.text)
    return score


def scores_by_kind(cases: list[Case]) -> dict[str, LineScore]:
    by_kind: dict[str, LineScore] = defaultdict(LineScore)
    for case in cases:
        by_kind[case.kind].add(score_lines(case, run_chain(case)))
    return dict(by_kind)


def main() -> int:
    cases = load_cases()
    by_kind = scores_by_kind(cases)
    total = LineScore()
    print(
        f"{'kind':<24}{'pages':>6}{'cases':>6}{'real':>6}{'real removed':>14}"
        f"{'furniture':>11}{'kept':>6}"
    )
    for kind, score in sorted(by_kind.items()):
        n = sum(c.kind == kind for c in cases)
        kind_pages = len({c.source for c in cases if c.kind == kind})
        print(
            f"{kind:<24}{kind_pages:>6}{n:>6}{score.real_lines:>6}{len(score.real_removed):>14}"
            f"{score.furniture_lines:>11}{len(score.furniture_kept):>6}"
        )
        total.add(score)
    pages = {c.source for c in cases}  # one real 人民日报 page per article
    removed_share = 1 - len(total.furniture_kept) / max(1, total.furniture_lines)
    print(
        f"{'all':<24}{len(pages):>6}{len(cases):>6}{total.real_lines:>6}"
        f"{len(total.real_removed):>14}"
        f"{total.furniture_lines:>11}{len(total.furniture_kept):>6}"
        f"   furniture removed: {removed_share:.1%}"
    )
    print(f"{len(pages)} distinct real articles, {len(by_kind)} kinds of article")
    for text in total.real_removed:
        print("real line removed:", text)
    for text in total.furniture_kept:
        print("furniture kept:", text)
    return 1 if total.real_removed else 0


if __name__ == "__main__":
    sys.exit(main())
