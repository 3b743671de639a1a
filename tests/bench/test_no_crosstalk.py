"""An article's facts from a corpus run equal its facts when it is processed alone."""

from __future__ import annotations

import shutil

from pipelines.warehouse.assemble import process_corpus


def test_facts_of_an_article_do_not_depend_on_the_rest_of_the_corpus(
    small_corpus, manifest, corpus_result, tmp_path
) -> None:
    copied = {e["of"] for e in manifest["files"] if e["of"]}
    # Three unique articles, none copied by a duplicate, with pasted blocks and stutters.
    picks = [
        e["name"]
        for e in manifest["files"]
        if e["kind"] == "unique" and e["name"] not in copied and len(e["defects"]) >= 2
    ][:3]
    assert len(picks) == 3
    by_file = {a.source_file: a.article_id for a in corpus_result.articles}
    for name in picks:
        alone_dir = tmp_path / name
        alone_dir.mkdir()
        shutil.copy(small_corpus / name, alone_dir / name)
        alone = process_corpus(alone_dir, workers=1)
        (article,) = alone.articles
        assert article.article_id == by_file[name]
        facts_alone = alone.facts[article.article_id]
        assert facts_alone, f"{name} has no facts"
        assert corpus_result.facts[article.article_id] == facts_alone
        in_corpus = next(a for a in corpus_result.articles if a.source_file == name)
        assert [p.text for p in in_corpus.paragraphs] == [p.text for p in article.paragraphs]
