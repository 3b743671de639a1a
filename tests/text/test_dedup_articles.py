"""find_duplicate_articles: the same article scraped twice, under two file names."""

from __future__ import annotations

import re

import pytest
from datasketch import MinHash

from pipelines.text.dedup import article_signature, find_duplicate_articles

SEED_BYLINE = "本报通讯员 田恒海 刘光远 高会坡"

# A different article on the same subject (heilongjiang_union_2026 in the corpus), quoted.
OTHER_UNION_ARTICLE = (
    "黑龙江省总工会 劳动铸荣光 匠心耀龙江\n"
    "在2026年“五一”国际劳动节来临之际，黑龙江省表彰捷报频传：全省12个单位荣获全国五一劳动奖状，"
    "53名个人荣获全国五一劳动奖章，49个集体荣获全国工人先锋号。\n"
    "他们以精益求精的匠心和甘于奉献的担当，生动诠释了“身在最北方，心向党中央”的坚定信念，"
    "展现了新时代龙江劳动者的精神风貌。\n"
    "个人事迹精选\n"
)


def rewrapped(text: str, width: int = 37) -> str:
    """The same words with the line breaks somewhere else, as a second scrape has them."""
    flat = re.sub(r"\s+", "", text)
    return "\n".join(flat[i : i + width] for i in range(0, len(flat), width))


@pytest.fixture(scope="module")
def seed_copy(seed_raw_text: str) -> str:
    assert SEED_BYLINE in seed_raw_text
    return rewrapped(seed_raw_text.replace(SEED_BYLINE, "本报记者 张晓明"))


def test_seed_scraped_twice_with_other_line_breaks_and_byline_is_a_duplicate(
    seed_raw_text, seed_copy
):
    articles = [("hebei_union_five_years", seed_raw_text), ("hebei_union_copy", seed_copy)]
    assert find_duplicate_articles(articles) == {"hebei_union_copy": "hebei_union_five_years"}


def test_first_seen_is_kept_whatever_its_name(seed_raw_text, seed_copy):
    articles = [
        ("b_copy", seed_copy),
        ("other", OTHER_UNION_ARTICLE),
        ("a_original", seed_raw_text),
        ("c_third_copy", rewrapped(seed_raw_text, width=51)),
    ]
    assert find_duplicate_articles(articles) == {"a_original": "b_copy", "c_third_copy": "b_copy"}


def test_different_articles_on_the_same_subject_are_not_duplicates(seed_raw_text):
    half = len(seed_raw_text) // 2
    articles = [
        ("seed", seed_raw_text),
        ("other_union", OTHER_UNION_ARTICLE),
        ("seed_first_half", seed_raw_text[:half]),
        ("seed_second_half", seed_raw_text[half:]),
    ]
    # half of the seed shares every shingle with the seed but is half its size: Jaccard ~0.5
    assert find_duplicate_articles(articles) == {}


def test_threshold_decides_how_much_overlap_is_a_copy(seed_raw_text):
    cut = int(len(seed_raw_text) * 0.7)
    articles = [("seed", seed_raw_text), ("most_of_seed", seed_raw_text[:cut])]
    assert find_duplicate_articles(articles) == {}
    assert find_duplicate_articles(articles, threshold=0.5) == {"most_of_seed": "seed"}


def test_empty_articles_are_not_copies_of_each_other():
    assert find_duplicate_articles([("a", ""), ("b", " \n"), ("c", "。")]) == {}


def test_an_id_given_twice_is_an_error(seed_raw_text):
    with pytest.raises(ValueError, match="appears twice"):
        find_duplicate_articles([("a", seed_raw_text), ("a", OTHER_UNION_ARTICLE)])


def test_candidates_come_from_lsh_not_from_comparing_all_pairs(seed_raw_text, monkeypatch):
    flat = re.sub(r"\s+", "", seed_raw_text)
    chunks = [flat[i : i + 120] for i in range(0, len(flat) - 120, 120)]  # distinct "articles"
    articles = [(f"chunk{i}", chunk) for i, chunk in enumerate(chunks)]
    articles.append(("copy_of_chunk7", rewrapped(chunks[7], width=11)))
    comparisons = []
    original_jaccard = MinHash.jaccard

    def counting_jaccard(self, other):
        comparisons.append(1)
        return original_jaccard(self, other)

    monkeypatch.setattr(MinHash, "jaccard", counting_jaccard)
    assert find_duplicate_articles(articles) == {"copy_of_chunk7": "chunk7"}
    assert len(chunks) > 50
    assert len(comparisons) < len(articles)  # all pairs would be ~n²/2


def test_precomputed_signatures_give_the_same_answer(seed_raw_text, seed_copy):
    articles = [
        ("a_original", seed_raw_text),
        ("b_copy", seed_copy),
        ("c_other", "另一篇文章。" * 20),
    ]
    signatures = {article_id: article_signature(text) for article_id, text in articles}
    assert (
        find_duplicate_articles(articles, signatures=signatures)
        == find_duplicate_articles(articles)
        == {"b_copy": "a_original"}
    )
    assert article_signature("，。 \n") is None
