"""The test oracle: the whole pipeline in memory, without Dagster or the staging database.

RAW_DIR → the per-article stages (in a process pool) → one ``WarehouseInput`` → stg_*
DataFrames → a published warehouse. Production builds go through the Dagster assets and
the staging database (pipelines/warehouse/staging.py, publish.publish_staged); tests
compare those against this simpler build (tests/warehouse/test_staging.py) and use it
where they need a warehouse without a Dagster run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import pandas as pd

from pipelines import raw_index, stages
from pipelines.models import CleanArticle, Fact, QualityIssue, Removal
from pipelines.parallel import parallel_map
from pipelines.stages import CleanResult, FactsResult
from pipelines.warehouse import duplicates
from pipelines.warehouse.assemble import (
    article_issues,
    duplicate_removals,
    named_as_now,
    rejected_files,
)
from pipelines.warehouse.frames import (
    STAGING_COLUMNS,
    article_rows,
    frame,
    issue_rows,
    removal_rows,
)
from pipelines.warehouse.publish import build_database, swap_in


@dataclass
class WarehouseInput:
    """Everything one warehouse build needs, already computed by the pure stages."""

    articles: list[CleanArticle]
    facts: dict[str, list[Fact]]
    extra_removals: dict[str, list[Removal]] = field(default_factory=dict)  # duplicate_article
    issues: list[QualityIssue] = field(default_factory=list)


def assemble(
    files: list[raw_index.RawFile],
    texts: Mapping[str, CleanResult],
    facts: Mapping[str, FactsResult],
) -> WarehouseInput:
    """Everything the warehouse needs from the per-article results and the raw folder.

    Only articles still in ``files`` are kept, each named by its file there now."""
    first = raw_index.first_files(files)
    texts = {k: r for k, r in texts.items() if r.article is None or r.article.article_id in first}
    issues = rejected_files(files)
    for key, result in texts.items():
        issues += [named_as_now(i, first) for i in article_issues(result, facts.get(key))]
    articles = {
        a.article_id: replace(a, source_file=first[a.article_id])
        for r in texts.values()
        if (a := r.article) is not None
    }
    digests = [
        replace(d, source_file=first[d.article_id])
        for r in texts.values()
        if (d := duplicates.digest(r)) is not None
    ]
    kept, extra = duplicate_removals(
        files, digests, lambda ids: {i: stages.article_text(articles[i].paragraphs) for i in ids}
    )
    kept_ids = set(kept)
    return WarehouseInput(
        articles=[a for a in articles.values() if a.article_id in kept_ids],
        facts={
            a.article_id: facts[k].facts
            for k, r in texts.items()
            if (a := r.article) and a.article_id in kept_ids and k in facts
        },
        extra_removals=extra,
        issues=issues,
    )


def process_articles(
    raw_dir: Path, workers: int = 1, index_file: Path | None = None
) -> tuple[list[raw_index.RawFile], dict[str, CleanResult], dict[str, FactsResult]]:
    """Every article of RAW_DIR through the per-article stages, without Dagster:
    the folder listing and the deduplicated texts and facts by article id."""
    files = raw_index.scan(raw_dir, index_file)
    by_article = raw_index.files_by_article(files)
    keys = list(by_article)
    raws = (stages.read_raw(raw_dir, by_article[k]) for k in keys)
    # One pool after the other: forking while another pool's threads run is unsafe.
    cleaned = list(parallel_map(stages.clean_one, raws, workers))
    deduped = list(parallel_map(stages.dedup_one, cleaned, workers))
    facts = list(parallel_map(stages.facts_one, deduped, workers))
    return files, dict(zip(keys, deduped, strict=True)), dict(zip(keys, facts, strict=True))


def process_corpus(
    raw_dir: Path, workers: int = 1, index_file: Path | None = None
) -> WarehouseInput:
    """The whole pipeline without Dagster: RAW_DIR → warehouse input (for tests, benchmarks)."""
    return assemble(*process_articles(raw_dir, workers, index_file))


def build_frames(data: WarehouseInput) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[tuple]] = {name: [] for name in STAGING_COLUMNS}
    for a in sorted(data.articles, key=lambda a: a.article_id):
        for name, more in article_rows(a, data.facts.get(a.article_id, [])).items():
            rows[name] += more
        rows["stg_removal"] += removal_rows(a.article_id, data.extra_removals.get(a.article_id, []))
    rows["stg_issue"] = issue_rows(data.issues)
    return {name: frame(name, rows[name]) for name in STAGING_COLUMNS}


def publish_frames(target: Path, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Publish a warehouse from in-memory staging frames (stg_* DataFrames)."""

    def stage(con: duckdb.DuckDBPyConnection) -> Callable[[], None]:
        for name, data in frames.items():
            con.register(name, data[STAGING_COLUMNS[name]])
        return lambda: [con.unregister(name) for name in frames]

    has_articles = len(frames["stg_article"]) > 0
    return swap_in(target, lambda tmp: build_database(tmp, stage, has_articles))
