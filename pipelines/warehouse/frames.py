"""Turn pipeline results into the staging DataFrames the SQL load scripts read."""

from __future__ import annotations

import hashlib

import pandas as pd

from pipelines.facts.canonical import canonical_indicator
from pipelines.models import CleanArticle, Fact, QualityIssue, Removal

STAGING_COLUMNS = {
    "stg_article": [
        "article_id",
        "source_file",
        "title",
        "subtitle",
        "byline",
        "encoding",
        "raw_chars",
    ],
    "stg_section": ["article_id", "section_no", "section"],
    "stg_paragraph": [
        "article_id",
        "paragraph_no",
        "kind",
        "text",
        "raw_start",
        "raw_end",
        "section_no",
        "section",
    ],
    # Numbered in SQL (sql/load), after duplicate_article removals have joined them.
    "stg_removal": ["article_id", "kind", "text", "raw_start", "raw_end", "reason"],
    "stg_fact": [
        "article_id",
        "fact_id",
        "fact_no",
        "section_no",
        "section",
        "indicator",
        "canonical_indicator",
        "value",
        "unit",
        "unit_category",
        "qualifier",
        "region",
        "period",
        "sentence",
        "raw_text",
        "mention_count",
        "quality_flag",
    ],
    "stg_issue": ["source_file", "article_id", "stage", "severity", "issue", "detail"],
}


def fact_id_for(article_id: str, fact: Fact) -> str:
    key = f"{article_id}|{fact.value!r}|{fact.unit}|{fact.indicator}|{fact.raw_text}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _section_numbers(article: CleanArticle) -> list[tuple[int, str | None]]:
    out, no, heading = [], 0, None
    for p in article.paragraphs:
        if p.kind == "heading":
            no, heading = no + 1, p.text
        out.append((no, heading))
    return out


def article_rows(article: CleanArticle, facts: list[Fact]) -> dict[str, list[tuple]]:
    """One article's staging rows (no quality issues, no duplicate_article removals)."""
    rows: dict[str, list[tuple]] = {name: [] for name in STAGING_COLUMNS if name != "stg_issue"}
    a = article
    rows["stg_article"].append(
        (a.article_id, a.source_file, a.title, a.subtitle, a.byline, a.encoding, a.raw_chars)
    )
    sections = _section_numbers(a)
    section_no_of = {heading: no for no, heading in sections}
    # Section 0 (before any heading) always exists, so every fact has a section row.
    for no, heading in sorted({(0, None), *sections}, key=lambda s: s[0]):
        rows["stg_section"].append((a.article_id, no, heading))
    for no, (p, (section_no, heading)) in enumerate(zip(a.paragraphs, sections, strict=True), 1):
        rows["stg_paragraph"].append(
            (a.article_id, no, p.kind, p.text, p.raw_start, p.raw_end, section_no, heading)
        )
    rows["stg_removal"] = removal_rows(a.article_id, a.removals)
    seen_ids: set[str] = set()
    for no, f in enumerate(facts, 1):
        fact_id = fact_id_for(a.article_id, f)
        if fact_id in seen_ids:  # same number, unit and words twice: keep the first
            continue
        seen_ids.add(fact_id)
        rows["stg_fact"].append(
            (
                a.article_id,
                fact_id,
                no,
                section_no_of.get(f.section, 0),
                f.section,
                f.indicator,
                canonical_indicator(f.indicator),
                float(f.value),
                f.unit,
                f.unit_category,
                f.qualifier,
                f.region,
                f.period,
                f.sentence,
                f.raw_text,
                f.mention_count,
                f.quality_flag,
            )
        )
    return rows


def removal_rows(article_id: str, removals: list[Removal]) -> list[tuple]:
    return [(article_id, r.kind, r.text, r.raw_start, r.raw_end, r.reason) for r in removals]


def issue_rows(issues: list[QualityIssue]) -> list[tuple]:
    return [(i.source_file, i.article_id, i.stage, i.severity, i.issue, i.detail) for i in issues]


def frame(name: str, rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=STAGING_COLUMNS[name])
