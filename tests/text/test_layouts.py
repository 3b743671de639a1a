"""The real-layout regression set (tests/data/layouts, issue 14): the whole text chain
(clean + dedup) on short excerpts of real 人民日报 pages gives the paragraphs, kinds and
removals written by hand, removes no real line and keeps (almost) no furniture."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.layouts import LineScore, load_cases, run_chain, score_lines

CASES = load_cases()
MIN_FURNITURE_REMOVED = 0.98


# The kinds of article issue 14 names; each must come from several real pages.
REQUIRED_KINDS = (
    "statistics_communique",
    "government_work_report",
    "feature_with_photos",
    "commentary",
    "interview_qa",
    "list_timeline",
)


def test_the_set_covers_the_kinds_of_article() -> None:
    assert len({c.kind for c in CASES}) >= 6
    assert len({c.source for c in CASES}) >= 40  # distinct real pages
    for kind in REQUIRED_KINDS:
        assert len({c.source for c in CASES if c.kind == kind}) >= 2, kind


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_excerpt_cleans_as_by_hand(case) -> None:
    article = run_chain(case)
    assert [(p.kind, p.text) for p in article.paragraphs] == case.paragraphs
    removed = [(r.kind, r.text) for r in article.removals if not r.kind.startswith("suspected_")]
    assert Counter(removed) == Counter(case.removed)
    flags = {(r.kind, r.text) for r in article.removals if r.kind.startswith("suspected_")}
    assert set(case.flagged) <= flags


def test_no_real_line_removed_and_furniture_removed() -> None:
    total = LineScore()
    for case in CASES:
        total.add(score_lines(case, run_chain(case)))
    assert total.real_removed == []
    assert total.furniture_lines > 0
    kept_share = len(total.furniture_kept) / total.furniture_lines
    assert 1 - kept_share >= MIN_FURNITURE_REMOVED, total.furniture_kept
