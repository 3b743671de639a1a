-- The staging database ($DAGSTER_HOME/huibao/staging.duckdb): every article's warehouse rows,
-- kept between runs so a run restages only the articles whose results changed
-- (pipelines/warehouse/staging.py). Not the published warehouse; BI tools never see it.
-- Rows are keyed by content and hold no file name (a file may be renamed or moved between
-- runs): publish.py names every article from the current raw index.
CREATE TABLE IF NOT EXISTS staged_partition (
    partition_key  VARCHAR PRIMARY KEY,
    fingerprint    VARCHAR NOT NULL   -- of the stored per-article results it was built from
);
CREATE TABLE IF NOT EXISTS staged_digest (
    partition_key  VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    raw_chars      INTEGER NOT NULL,
    signature      BLOB               -- serialized MinHash; NULL for an empty text
);
CREATE TABLE IF NOT EXISTS stg_article (
    partition_key VARCHAR NOT NULL, article_id VARCHAR, title VARCHAR, subtitle VARCHAR,
    byline VARCHAR, encoding VARCHAR, raw_chars INTEGER
);
CREATE TABLE IF NOT EXISTS stg_section (
    partition_key VARCHAR NOT NULL, article_id VARCHAR, section_no INTEGER, section VARCHAR
);
CREATE TABLE IF NOT EXISTS stg_paragraph (
    partition_key VARCHAR NOT NULL, article_id VARCHAR, paragraph_no INTEGER, kind VARCHAR,
    text VARCHAR, raw_start INTEGER, raw_end INTEGER, section_no INTEGER, section VARCHAR
);
CREATE TABLE IF NOT EXISTS stg_removal (
    partition_key VARCHAR NOT NULL, article_id VARCHAR, kind VARCHAR, text VARCHAR,
    raw_start INTEGER, raw_end INTEGER, reason VARCHAR
);
CREATE TABLE IF NOT EXISTS stg_fact (
    partition_key VARCHAR NOT NULL, article_id VARCHAR, fact_id VARCHAR, fact_no INTEGER,
    section_no INTEGER, section VARCHAR, indicator VARCHAR, canonical_indicator VARCHAR,
    value DOUBLE, unit VARCHAR,
    unit_category VARCHAR, qualifier VARCHAR, region VARCHAR, period VARCHAR, sentence VARCHAR,
    raw_text VARCHAR, mention_count INTEGER, quality_flag VARCHAR
);
CREATE TABLE IF NOT EXISTS stg_issue (  -- source_file: only for issues without an article id
    partition_key VARCHAR NOT NULL, source_file VARCHAR, article_id VARCHAR, stage VARCHAR,
    severity VARCHAR, issue VARCHAR, detail VARCHAR
);
CREATE TABLE IF NOT EXISTS staging_version (version VARCHAR NOT NULL);
