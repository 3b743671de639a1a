"""The benchmark corpus: deterministic, and its injected defects and duplicates are found."""

from __future__ import annotations

from collections import Counter

from bench.corpus import generate, vary_numbers
from tests.bench.conftest import N_ARTICLES


def test_same_seed_gives_the_same_bytes() -> None:
    first, _ = generate(40, seed=3)
    again, _ = generate(40, seed=3)
    other, _ = generate(40, seed=4)
    assert first == again
    assert [data for _, data in first] != [data for _, data in other]


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one() -> None:
    small, _ = generate(20, seed=3)
    large, _ = generate(40, seed=3)
    assert large[:20] == small


def test_articles_look_like_the_seed(small_corpus) -> None:
    files = sorted(small_corpus.glob("*.txt"))
    assert len(files) == N_ARTICLES
    text = files[0].read_text(encoding="utf-8")
    title, rest = text.split("\n", 1)
    assert 4 <= len(title) <= 60 and "。" not in title
    assert any(line.startswith("本报") for line in rest.splitlines()[:4])
    assert "\n\n" in rest


def test_numbers_are_varied_but_dates_kept() -> None:
    import random

    text = "2017年5月10日,建成劳动公园177个,覆盖率100%,5G基站1.5万个。"
    varied = vary_numbers(text, random.Random(1))
    assert varied.startswith("2017年5月10日,建成劳动公园1")
    assert "177个" not in varied and "100%" in varied and "5G" in varied
    assert len(varied) == len(text)


def test_injected_duplicates_are_found(corpus_result, manifest) -> None:
    removals = [
        r
        for rs in corpus_result.extra_removals.values()
        for r in rs
        if r.kind == "duplicate_article"
    ]
    identical = [r for r in removals if "(identical text)" in r.reason]
    assert manifest["exact_duplicates"] >= 1 and manifest["near_duplicates"] >= 1
    assert len(identical) == manifest["exact_duplicates"]
    assert len(removals) - len(identical) == manifest["near_duplicates"]
    unique = N_ARTICLES - manifest["exact_duplicates"] - manifest["near_duplicates"]
    assert len(corpus_result.articles) == unique


def test_injected_defects_are_removed(corpus_result, manifest) -> None:
    kinds = Counter(r.kind for a in corpus_result.articles for r in a.removals)
    injected = manifest["defects"]
    assert injected["caption"] and kinds["caption"] >= injected["caption"]
    assert injected["stutter"] and kinds["phrase_stutter"] >= injected["stutter"]
    assert injected["repeated_block"] and kinds["duplicate_block"] >= 2 * injected["repeated_block"]
    assert kinds["stray_fragment"] >= injected["repeated_block"] * 0.8
    assert kinds["byline"] >= len(corpus_result.articles)
