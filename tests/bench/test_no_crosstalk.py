"""An article's facts from a corpus run equal its facts when it is processed alone."""

from __future__ import annotations

import shutil

from bench.corpus import read_manifest
from tests.oracle import process_corpus


def test_facts_of_an_article_do_not_depend_on_the_rest_of_the_corpus(
    corpus_1000, corpus_1000_result, tmp_path
) -> None:
    manifest = read_manifest(corpus_1000)
    copied = {e["of"] for e in manifest["files"] if e["of"]}
    # Unique articles, none copied by a duplicate, with pasted blocks and stutters, taken
    # from the start, the middle and the end of the 1,000 (the pool's first and last chunks).
    candidates = [
        e["name"]
        for e in manifest["files"]
        if e["kind"] == "unique" and e["name"] not in copied and len(e["defects"]) >= 2
    ]
    picks = [candidates[i] for i in (0, 1, len(candidates) // 2, -2, -1)]
    assert len(set(picks)) == 5
    by_file = {a.source_file: a.article_id for a in corpus_1000_result.articles}
    for name in picks:
        alone_dir = tmp_path / name
        alone_dir.mkdir()
        shutil.copy(corpus_1000 / name, alone_dir / name)
        alone = process_corpus(alone_dir, workers=1)
        (article,) = alone.articles
        assert article.article_id == by_file[name]
        facts_alone = alone.facts[article.article_id]
        assert facts_alone, f"{name} has no facts"
        assert corpus_1000_result.facts[article.article_id] == facts_alone
        in_corpus = next(a for a in corpus_1000_result.articles if a.source_file == name)
        assert [p.text for p in in_corpus.paragraphs] == [p.text for p in article.paragraphs]
