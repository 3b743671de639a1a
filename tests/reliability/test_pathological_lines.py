"""Long lines without punctuation stay linear, whatever they hold.

The cases once made a stage super-linear: an e-mail pattern retried at every position of
an ASCII run (quadratic on a hex dump), region lookup rescanning every earlier place of a
"sentence" without a full stop (cubic on a flattened table), and lines re-joined and
re-punctuated at each join (quadratic on thousands of broken lines). Each test runs the
stages on the case at size n and 4n in this process and checks the growth of CPU time
(tests/growth.py), so a busy or slow machine cannot fail them and a fast one cannot hide a
regression. How fast the chain is on each case at 1 MB is reported by ``make bench``
(bench/pathological.py).
"""

from __future__ import annotations

import pytest

from bench.pathological import ARTICLES, broken_lines, chain, raw_article
from pipelines import stages
from tests.growth import assert_linear

# n; the 4n input is 256 KB. Larger inputs add nothing against a quadratic step but
# make the ratio noisy: their working set leaves the CPU caches a busy machine shares.
N_BYTES = 64_000


@pytest.mark.parametrize("case", ["ascii_blob", "figures_line", "words_line"])
def test_whole_chain_grows_linearly(case: str) -> None:
    make = ARTICLES[case]
    assert_linear(chain, make, N_BYTES)
    deduped, facts = chain(make(4 * N_BYTES))
    assert deduped.article is not None and deduped.article.paragraphs
    assert not [i for i in deduped.issues + facts.issues if i.issue.endswith("_failed")]


def test_joining_broken_lines_grows_linearly() -> None:
    """A paragraph scraped as one short line per clause: 5,000 lines vs 20,000."""
    assert_linear(lambda text: stages.clean_one(raw_article(text)), broken_lines, 100_000)
    (paragraph,) = stages.clean_one(raw_article(broken_lines(400_000))).article.paragraphs
    assert paragraph.text.startswith("职工书屋建成，职工书屋建成，")
    assert paragraph.text.endswith("完。")


def distinct_broken_lines(n_bytes: int) -> str:
    """Like broken_lines, but every clause differs, so no stutter rule shortens the sentence."""
    lines, size = [], 0
    while size < n_bytes:
        lines.append(f"第{len(lines)}家职工书屋建成,\n")
        size += len(lines[-1].encode("utf-8"))
    return "标题\n\n" + "".join(lines) + "完。\n"


def test_dedup_of_one_sentence_of_many_clauses_grows_linearly() -> None:
    """The broken lines joined: one sentence of thousands of distinct clauses."""

    def cleaned(n_bytes: int) -> stages.CleanResult:
        return stages.clean_one(raw_article(distinct_broken_lines(n_bytes)))

    assert_linear(stages.dedup_one, cleaned, 400_000)
    (paragraph,) = stages.dedup_one(cleaned(100_000)).article.paragraphs
    assert paragraph.text.startswith("第0家职工书屋建成，第1家职工书屋建成，")
    assert paragraph.text.count("职工书屋建成") == distinct_broken_lines(100_000).count("建成")


def test_dedup_keeps_a_clause_printed_thousands_of_times_once() -> None:
    """The same clause on every broken line is a stutter: one copy stays, in linear time."""

    def cleaned(n_bytes: int) -> stages.CleanResult:
        return stages.clean_one(raw_article(broken_lines(n_bytes)))

    assert_linear(stages.dedup_one, cleaned, 200_000)
    (paragraph,) = stages.dedup_one(cleaned(200_000)).article.paragraphs
    assert paragraph.text == "职工书屋建成，完。"
